#!/usr/bin/env python3
"""Writer A (ID prefix 19717 / w2a): hand-written evaluation mentions, Dec 2025 - Mar 2026.
Texts and labels are written by hand below; this script only assigns ids, orders and serialises them."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part-A.jsonl")
rng = random.Random(19717)

ITEMS = []      # in writing order
BYKEY = {}


def add(key, platform, handle, name, followers, text, when, route, dept, reason, lang="en",
        verified=False, foi=False, foi_valid=None, esc=None, reply_to=None, root=False,
        replies=0, likes=0, reposts=0):
    assert key not in BYKEY, key
    d = dict(key=key, platform=platform, handle=handle, name=name, followers=followers, text=text,
             when=when, route=route, dept=dept, reason=reason, lang=lang, verified=verified, foi=foi,
             foi_valid=foi_valid, esc=esc, reply_to=reply_to, root=root, replies=replies, likes=likes,
             reposts=reposts)
    ITEMS.append(d)
    BYKEY[key] = d


# =====================================================================================
# THREADS
# =====================================================================================

# --- T1: Christmas bin chaos on the Church End estate (X) ---------------------------
add("t1", "x", "@kemi_nw10", "Kemi A.", 284,
    "3rd week no general waste collected on the Church End estate. \"Christmas changes\" my foot. "
    "foxes having a party every night 🦊🦊 @Brent_Council",
    "2026-01-07T19:22:10Z", 4, "Environment",
    "Several neighbours are discussing one recurring hotspot (missed collections across the estate after the "
    "Christmas changes): 'a more specific ongoing conversation of relevance to a particular service area'; "
    "no single address, so not one customer case (ambiguous with 2)", root=True, replies=6, likes=31, reposts=5)
add("t1r1", "x", "@nw10dad", None, 97,
    "@kemi_nw10 @Brent_Council same on Eric Road. bags piled up past the ground floor windows nearly",
    "2026-01-07T19:40:51Z", 4, "Environment",
    "Adds to the ongoing estate-wide bins conversation; no own case with an address, so the service should join "
    "the thread (ambiguous with 2)", reply_to="t1", likes=12)
add("t1r2", "x", "@sade_b", "Sade", 143,
    "what day are bins now?",
    "2026-01-07T20:05:33Z", 4, "Environment",
    "Inside the thread about three weeks of missed collections the question is part of the live service "
    "conversation, not a simple timetable query (the same words standalone would be route 3)",
    reply_to="t1", likes=4)
add("t1r3", "x", "@tolu_says", None, 612,
    "@kemi_nw10 😂😂 foxes having a party is right, one was sat on our bin bag like a throne",
    "2026-01-07T20:11:02Z", 1, "Environment",
    "Banter inside the thread, no case and nothing new for the service: 'of no particular consequence'",
    reply_to="t1", likes=9)
add("t1r4", "x", "@CllrMarciaHoward", "Cllr Marcia Howard", 1840,
    "As a ward councillor for this area I've had a dozen residents on the Church End estate contact me about "
    "this since New Year. I've raised it with the Environment team tonight and asked for a catch-up collection "
    "this week. @Brent_Council please update residents here.",
    "2026-01-07T21:48:19Z", 5, "Environment",
    "A councillor speaking publicly about a council service failure: 'highly influential' commentator, liaise "
    "with the communications officer and service lead even though the tone is constructive",
    esc="councillor", reply_to="t1", likes=44, reposts=8)
add("t1r5", "x", "@kemi_nw10", "Kemi A.", 284,
    "@CllrMarciaHoward @Brent_Council thank you, at least someone is listening 🙏",
    "2026-01-07T22:03:40Z", 1, "Environment",
    "Thanks to the councillor inside an already escalated thread; nothing new to act on",
    reply_to="t1r4", likes=6)

# --- T2: Neasden Lane tower planning application (Facebook group) --------------------
add("t2", "facebook", "@NeasdenResidentsAssoc", "Neasden Residents' Association", 1460,
    "PLANNING ALERT 🏗️ Application 25/2874 for a 14-storey block on the old car wash site on Neasden Lane is "
    "out for consultation until 19 December. That's 168 flats, 6 parking spaces and no new GP or school places. "
    "We'll be objecting on overshadowing of Birse Crescent and the loss of light to the allotments. Please read "
    "the drawings and comment on the planning portal — individual comments carry weight. Meeting at St "
    "Catherine's hall Thursday 7pm.",
    "2025-12-03T10:15:00Z", 4, "Planning",
    "A community group running a live discussion on one planning application during its consultation: a "
    "'specific ongoing conversation' the planning officers should join (critical but not reputation-threatening)",
    root=True, replies=41, likes=88, reposts=37)
add("t2r1", "facebook", "@jo.mensah.neasden", "Jo Mensah", 212,
    "Six parking spaces for 168 flats is a joke. Where do they think everyone will park, in Dudden Hill Lane? "
    "It's already rammed on event days. Has anyone asked the council whether a CPZ extension comes with this?",
    "2025-12-03T11:02:41Z", 4, "Planning",
    "Substantive contribution to the ongoing planning-application discussion; officers joining the thread can "
    "address parking assumptions", reply_to="t2", likes=23)
add("t2r2", "facebook", "@ramesh.k.patel", "Ramesh Patel", 380,
    "I'm not against new homes, my kids can't afford anything round here. But 14 storeys next to two-storey "
    "houses is too much. As I've said on every post about this, object on the portal quoting 25/2874 before the "
    "19th or it doesn't count.",
    "2025-12-03T12:30:15Z", 4, "Planning",
    "Part of the ongoing conversation on application 25/2874, balanced view; service conversation",
    reply_to="t2", likes=31)
add("t2r3", "facebook", "@lorraine.w.1958", "Lorraine W", 64,
    "Does anyone know if the Greggs on Neasden Lane is reopening? Been shut weeks 😂",
    "2025-12-03T13:12:00Z", 1, None,
    "Off-topic chatter inside the planning thread: no council matter, monitor", reply_to="t2", likes=2)

# --- T3: Budget consultation - library hours (Facebook, council page comments) -------
add("t3", "facebook", "@kingsbury.book.club", "Kingsbury Library Book Club", 530,
    "The council's budget consultation includes a proposal to cut opening hours at Kingsbury and Kilburn "
    "libraries to three days a week from April. For lots of our members the library is the only warm place they "
    "go all day, and it's where the kids do homework because there's no quiet at home. We're collecting "
    "responses together — please comment below with what the library means to you and we'll put them into our "
    "submission before the 16 January deadline.",
    "2025-12-09T09:40:00Z", 4, "Libraries",
    "Organised, ongoing discussion about a live budget consultation proposal for one service: library officers "
    "should join 'appropriately (ideally themselves, rather than through the webteam)'",
    root=True, replies=27, likes=140, reposts=52)
add("t3r1", "facebook", "@pat.osullivan.nw9", "Pat O'Sullivan", 45,
    "I'm 78 and I go to Kingsbury library every weekday. I read the papers, use the computer to do my "
    "prescriptions and talk to people. Three days a week means four days on my own with the heating off to save "
    "money. Please don't do this.",
    "2025-12-09T10:21:33Z", 4, "Libraries",
    "A response within the consultation conversation; loneliness and cold are mentioned but as the reason for "
    "opposing the proposal, not a present risk (ambiguous with 5 only at a stretch)", reply_to="t3", likes=96)
add("t3r2", "facebook", "@daniel.achterberg", "Daniel Achterberg", 188,
    "Where do we actually fill in the consultation? I can't find it anywhere on the website",
    "2025-12-09T11:55:02Z", 3, "Finance",
    "A 'simple confusion' answered by signposting to the consultation page; the web team can reply directly "
    "even inside the service thread (ambiguous with 4)", reply_to="t3", likes=14)
add("t3r3", "facebook", "@gaz.nw9", "Gaz", 33,
    "close them all. nobody under 60 reads a book anymore, waste of my council tax",
    "2025-12-09T13:08:47Z", 1, "Libraries",
    "Low-reach provocative comment with no case or request; monitor", reply_to="t3", likes=1)

# --- T4: Flooding on Hillside, Stonebridge, storm night (X) --------------------------
add("t4", "x", "@stonebridge_jay", "Jay", 356,
    "Hillside in Stonebridge is a river right now. drains backed up, water's over the kerb and into the front "
    "gardens, two cars stuck. @Brent_Council is anyone out???",
    "2026-01-20T23:41:08Z", 5, "Emergency Planning",
    "A live flooding incident in the storm, water reaching homes: emergencies go to Emergency Planning via "
    "communications whatever the follower count (ambiguous with 4 as a street-level hotspot)",
    esc="flood", root=True, replies=9, likes=73, reposts=40)
add("t4r1", "x", "@amina_hillside", None, 58,
    "@stonebridge_jay @Brent_Council its in our kitchen now. my neighbour upstairs is in a wheelchair and the "
    "lift is out. we cant get her down",
    "2026-01-21T00:07:44Z", 5, "Emergency Planning",
    "Someone who cannot get out of a flooding building: risk to life, escalate at once",
    esc="risk_to_life", reply_to="t4", likes=38, reposts=22)
add("t4r2", "x", "@hillside_mum3", None, 112,
    "@stonebridge_jay where can we get sandbags round here?? more rain coming thursday",
    "2026-01-21T00:20:15Z", 3, "Emergency Planning",
    "A general 'where' question answered by published flood guidance; in the middle of an escalated incident, "
    "so the web team should answer quickly (ambiguous with 5)", reply_to="t4", likes=11)

# --- T5: Queensbury CPZ consultation, Romanian-speaking Facebook group -----------------
add("t5", "facebook", "@romani.in.queensbury", "Românii din Queensbury & Kingsbury", 2310,
    "A primit cineva scrisoarea de la Brent despre noua zonă de parcare cu permis (CPZ) în Queensbury? "
    "Consultarea se închide pe 30 ianuarie. Eu zic să răspundem toți, permisul o să coste destul de mult pe an.",
    "2026-01-12T18:30:00Z", 4, "Parking",
    "Romanian: 'Did anyone get Brent's letter about the new controlled parking zone in Queensbury? The "
    "consultation closes 30 January. Let's all respond, the permit will cost quite a lot per year.' A community "
    "group discussing a live consultation: service conversation for Parking",
    lang="ro", root=True, replies=18, likes=46, reposts=9)
add("t5r1", "facebook", "@ionut.dobre.84", "Ionuț Dobre", 301,
    "Da, am primit-o. Pe Stag Lane oricum e imposibil de parcat în zilele cu meci pe Wembley. Eu votez pentru, "
    "dar doar pentru orele de eveniment, nu toată ziua.",
    "2026-01-12T19:04:27Z", 4, "Parking",
    "Romanian: 'Yes, got it. On Stag Lane it's impossible to park on Wembley match days anyway. I'll vote for it, "
    "but only for event-day hours, not all day.' Part of the ongoing CPZ consultation discussion",
    lang="ro", reply_to="t5", likes=17)

# --- T6: School Street at a Kingsbury primary (Facebook parents group) ---------------
add("t6", "facebook", "@fryent.parents", "Fryent Primary Parents", 690,
    "Update on the School Street trial outside Fryent Primary: the camera went live on Monday and three parents "
    "have already had £130 fines for dropping off at 8:40. Several of you have asked whether blue badge holders "
    "and childminders can get exemptions. We've asked the council and are waiting to hear — keep your questions "
    "coming here so we can send them in one go.",
    "2026-02-25T16:10:00Z", 4, "Highways",
    "A parents' group running an ongoing discussion about one traffic scheme during its trial; Highways officers "
    "should join with the web team's support", root=True, replies=22, likes=57, reposts=6)
add("t6r1", "facebook", "@nadia.h.kingsbury", "Nadia Hussain", 140,
    "My childminder brings my son and two other kids from Salmon Street, she can't walk them that far with a "
    "buggy. An exemption for registered childminders would fix it. The trial is a good idea otherwise, the road "
    "was dangerous.",
    "2026-02-25T16:45:19Z", 4, "Highways",
    "Constructive point within the School Street trial discussion; service conversation",
    reply_to="t6", likes=19)

# --- T7: Hillside/Stonebridge quote-repost after the flood (standalone reshares) -------
# (reshares are written as standalone quotes below)

# =====================================================================================
# ROUTE 5 - ESCALATE (standalone)
# =====================================================================================
add("e02", "facebook", "@s.kilburn.resident", "Hawa Jalloh", 210,
    "Posting here because nobody answers the phone. The fire doors on the 3rd and 4th floors of our block on the "
    "South Kilburn estate have been wedged open with bin bags for weeks because the closers are broken, and the "
    "smoke alarm in the corridor has been chirping since November. There are families with babies on our floor "
    "and a lady who is on oxygen. After Grenfell I honestly can't believe this is still happening. I've reported "
    "it twice.",
    "2025-12-14T20:31:00Z", 5, "Housing",
    "Fire safety in a council block with vulnerable residents: 'more controversial issue' and a risk to life, "
    "escalate rather than treat as a repair case (ambiguous with 2)", esc="fire_safety", replies=12, likes=64,
    reposts=21)
add("e03", "x", "@harlo_nw10", None, 129,
    "strong smell of gas outside the flats on Church Road nw10 for 2 hrs now. caretaker says not his job. is "
    "anyone coming??? @Brent_Council",
    "2026-02-03T18:52:09Z", 5, "Housing",
    "A gas smell at a council block is an emergency risk to life; escalate so someone tells residents to ring the "
    "gas emergency line and Housing acts", esc="risk_to_life", likes=6, reposts=3)
add("e04", "x", "@mo_cricklewood", None, 73,
    "@Brent_Council the ceiling in my sons bedroom is bulging and cracked after all this rain, you can hear it "
    "creaking at night. reported to repairs 3 times (ref HR-2288105). its going to come down on him while he sleeps",
    "2026-01-23T07:05:44Z", 5, "Housing",
    "Structural danger to a child; the repair reference would make it route 2, but risk to life comes first in "
    "the order of rules (ambiguous with 2)", esc="structural_danger", likes=9, reposts=2)
add("e05", "x", "@justme_wembley", None, 41,
    "kids next door been on their own since friday i think. little one crying at night, no adult coming and going. "
    "dont want to get anyone in trouble but its not right is it. who do you even tell @Brent_Council",
    "2026-02-09T23:18:50Z", 5, None,
    "Young children apparently left alone for days: a child may be at risk, safeguarding (no department in the "
    "list covers children's social care)", esc="safeguarding_child", likes=2)
add("e06", "facebook", "@linda.f.alperton", "Linda Fernandes", 167,
    "Does anyone know the older gentleman at no. 14 on Mount Pleasant, Alperton? Walking stick, always says "
    "hello. His milk has been on the step since Tuesday and his curtains haven't moved. I knocked and nothing. I "
    "think the council sends carers to him but I haven't seen them either. Not sure who to ring.",
    "2026-01-16T15:27:00Z", 5, None,
    "An older man not seen for days and possibly in need of care: welfare concern, escalate for a check "
    "(adult social care, not a listed department)", esc="welfare_concern", replies=4, likes=11, reposts=3)
add("e07", "x", "@ellie_rides_bikes", "Ellie", 390,
    "theres a man asleep in the doorway next to wembley central station, its -4 tonight and hes barely "
    "responding when i talk to him, only a thin blanket. gave him my coat. @Brent_Council is there anyone who can "
    "come out??",
    "2026-01-08T23:36:12Z", 5, "Housing",
    "Rough sleeper in severe cold, barely responsive: risk to life (ambiguous with 3 'report via StreetLink', "
    "but the condition described needs escalation now)", esc="rough_sleeper_risk", likes=27, reposts=14)
add("e08", "x", "@k_owusu88", None, 62,
    "another council tax summons through the door today. lost my job in october, tried to call, 50 mins on hold. "
    "honestly cant do this anymore, everyone would be better off without me @Brent_Council",
    "2026-03-11T22:47:31Z", 5, "Finance",
    "Self-harm cue ('everyone would be better off without me') alongside a council tax case: a person may be at "
    "risk, escalate before treating it as an arrears query", esc="self_harm", likes=1)
add("e09", "facebook", "@marcia.campbell.kilburn", "Marcia Campbell", 402,
    "My uncle Desmond died last month in the temporary accommodation Brent put him in on Kilburn High Road. One "
    "room, black mould up the walls, heating that never worked. He was 61 and had COPD. We told housing again "
    "and again. Nobody from the council has even called the family. I want answers and I'm not going to stop "
    "asking.",
    "2026-02-17T19:12:00Z", 5, "Housing",
    "A death linked by the family to council temporary accommodation conditions: controversial, high "
    "reputational risk, escalate", esc="death", replies=38, likes=512, reposts=230)
add("e10", "x", "@rachelt_nw2", "Rachel T", 205,
    "Just opened a letter from @Brent_Council benefits with SOMEONE ELSE'S name, address, NI number and bank "
    "details in it. so where is my letter going then?? this is a data breach surely",
    "2026-01-28T12:14:06Z", 5, "Finance",
    "A third party's personal data sent to the wrong person: data breach, escalate (information governance)",
    esc="data_breach", likes=18, reposts=7)
add("e11", "x", "@tariq.b_", None, 118,
    "officer at the civic centre housing desk told my mum to 'learn proper English before coming here asking for "
    "a flat'. she came home in tears. is that how you talk to residents @Brent_Council ??",
    "2026-02-12T17:33:48Z", 5, "Housing",
    "Alleged discriminatory remark by a member of staff: escalate as discrimination/misconduct regardless of "
    "reach", esc="discrimination", likes=86, reposts=41)
add("e12", "x", "@vanman_alperton", None, 88,
    "that parking warden who does Ealing Road every morning. ticket my van one more time and see what happens. i "
    "know which car is his",
    "2026-02-06T08:02:19Z", 5, "Parking",
    "An implied threat against an identifiable officer: 'a threat to staff' is escalated whatever the follower "
    "count", esc="threat_to_staff", likes=3)
add("e13", "x", "@AdeyemiFamily", "Funmi Adeyemi", 156,
    "Letter before action sent to @Brent_Council on Monday about the disrepair in my flat in Harlesden. 18 months "
    "of damp, both kids with asthma. My solicitors will issue proceedings in 14 days if there's no proper response.",
    "2026-03-04T09:21:37Z", 5, "Housing",
    "Legal threat (letter before action, proceedings) on a housing disrepair case: escalate to comms and legal "
    "rather than handle as a routine repair (ambiguous with 2)", esc="legal_threat", likes=14, reposts=2)
add("e14", "x", "@nw10planningwatch", "NW10 Planning Watch", 2410,
    "Interesting. The planning officer who recommended approval of the Neasden Lane tower is pictured on his own "
    "Instagram in the developer's hospitality box at Wembley in October. Will @Brent_Council be looking into this "
    "before committee?",
    "2026-01-30T21:05:00Z", 5, "Planning",
    "Alleged misconduct (conflict of interest) by a named officer on a contested application, from a local "
    "blogger with reach: controversial, escalate", esc="misconduct", replies=15, likes=203, reposts=97)
add("e15", "x", "@priya_raman_news", "Priya Raman | Brent & Kilburn Times", 640,
    "Hi @Brent_Council, Priya from the Brent & Kilburn Times here. Could you tell me how many households are "
    "currently in temporary accommodation, and how many of those are in B&Bs or hotels? Writing for Thursday's "
    "paper. Thanks!",
    "2025-12-16T10:08:22Z", 5, "Housing",
    "Journalist naming her outlet, polite: a media enquiry goes to communications ('a journalist's request is "
    "5'); it is also a request for recorded information and her real name is visible, so FOI valid",
    foi=True, foi_valid=True, esc="media", likes=5, reposts=1)
add("e16", "x", "@harlesden_today", "Harlesden Today (news)", 870,
    "Hi @Brent_Council — we're a small community news site. Residents on the Church End estate tell us rubbish "
    "hasn't been collected for three weeks. Does the council have a comment? Happy to take it by email.",
    "2026-01-08T11:30:05Z", 5, "Environment",
    "A news outlet asking for comment: media enquiry, escalate to the communications officer even though polite "
    "and low-follower; not a request for recorded information, so no FOI", esc="media", likes=9, reposts=3)
add("e17", "x", "@SarahWhitfieldMP", "Sarah Whitfield MP", 31200,
    "I have written to @Brent_Council's Chief Executive about the conditions families in temporary accommodation "
    "in Kilburn are describing to my caseworkers: mould, no working heating, children sharing beds with parents. "
    "This cannot go on through another winter.",
    "2026-01-14T13:00:00Z", 5, "Housing",
    "An MP publicly criticising a council service: highly influential, liaise with comms, service lead and "
    "leading members", verified=True, esc="mp", replies=64, likes=1900, reposts=610)
add("e18", "x", "@RaviKentonWard", "Ravi Shah – candidate, Kenton ward", 960,
    "Knocked on 200 doors in Kenton this weekend and the number one issue is potholes. Under this council our "
    "roads are a disgrace. As your candidate on 7 May I'll fight to get every one of them fixed. 🗳️",
    "2026-03-15T19:44:00Z", 5, "Highways",
    "An election candidate speaking about a council service in the run-up to May: candidates are escalated so "
    "comms can respond without taking a political standpoint (ambiguous with 1 as campaigning)",
    esc="candidate", likes=52, reposts=14)
add("e19", "x", "@TheRealHousingHour", "Housing Hour", 481000,
    "This is a Brent council flat in 2026. Rats running over a baby's cot. The family has been reporting it "
    "since September. Absolutely shameful. @Brent_Council 🎥👇",
    "2026-02-20T18:15:00Z", 5, "Housing",
    "A very large account posting video against a council housing service, likely to go viral: escalate",
    verified=True, esc="viral", replies=1200, likes=22400, reposts=9100)
add("e20", "x", "@harlesden_eye", "Harlesden Eye", 3100,
    "VIDEO: Brent bin crew tipping the blue recycling bins straight into the same lorry as the general waste on "
    "Harlesden High St this morning. So what's the point of sorting it? @Brent_Council 🤔",
    "2026-01-13T09:48:10Z", 5, "Environment",
    "A video going viral against a service (tens of thousands of views, thousands of reposts): controversial, "
    "escalate", esc="viral", replies=310, likes=5100, reposts=2400)
add("e21", "x", "@gigs_with_georgia", "georgia", 214,
    "crush on the steps down to Wembley Park station right now after the concert. people falling over, a little "
    "girl got separated from her mum, no stewards at the bottom. someone needs to close the top NOW",
    "2025-12-13T22:41:55Z", 5, "Emergency Planning",
    "Crowd crush at an event: risk to life, escalate to emergency planning and comms at once",
    esc="crowd_safety", likes=140, reposts=95)
add("e22", "facebook", "@graham.tully.sudbury", "Graham Tully", 98,
    "Had a letter this week for three people supposedly registered to vote at my address in Sudbury. I've lived "
    "here on my own for 11 years and never heard of any of them. With elections in May, who is checking this?",
    "2026-03-09T10:02:00Z", 5, None,
    "Electoral integrity concern before an election: controversial, escalate to comms and electoral services "
    "(no department in the list covers elections)", esc="electoral_integrity", replies=7, likes=23, reposts=6)
add("e23", "x", "@kasia_kingsbury", "Kasia", 76,
    "Mój sąsiad z Kingsbury (starszy pan, mieszka sam na Valley Drive) nie otwiera drzwi od czwartku. Poczta leży "
    "pod drzwiami, światło pali się cały czas. Nie wiem, do kogo zadzwonić. Czy ktoś z @Brent_Council może to "
    "sprawdzić?",
    "2026-01-19T20:12:40Z", 5, None,
    "Polish: 'My neighbour in Kingsbury (an elderly man living alone on Valley Drive) hasn't opened his door "
    "since Thursday. Post is piling up, the light is on all the time. I don't know who to call. Can someone from "
    "the council check?' Someone not seen for days: welfare concern", lang="pl", esc="welfare_concern", likes=3)
add("e24", "x", "@hodan_stonebridge", "Hodan", 52,
    "@Brent_Council Biyo ayaa gurigayaga soo galay, Stonebridge. Waxaa nala jooga laba carruur ah oo yaryar iyo "
    "ayeeyo aan socon karin. Fadlan yaa na caawin kara?",
    "2026-01-21T01:34:09Z", 5, "Emergency Planning",
    "Somali: 'Water has come into our house, Stonebridge. We have two small children with us and a grandmother "
    "who can't walk. Please, who can help us?' Flood in a home with people who cannot get out: risk to life",
    lang="so", esc="risk_to_life", likes=8, reposts=11)
add("e25", "x", "@layla_wembley", "Layla", 230,
    "ذهبت اليوم إلى مكتب الإسكان في مركز برنت المدني، والموظف رفض أن يكمل المقابلة معي وقال إن \"أمثالي\" يأتون "
    "فقط للحصول على بيت مجاني. هذا تمييز واضح بسبب حجابي. @Brent_Council",
    "2026-02-24T15:50:12Z", 5, "Housing",
    "Arabic: 'Today I went to the housing office at Brent Civic Centre and the officer refused to continue the "
    "interview and said \"people like me\" only come to get a free house. This is clear discrimination because of "
    "my hijab.' Alleged discrimination by staff: escalate", lang="ar", esc="discrimination", likes=61, reposts=29)
add("e26", "x", "@hetal_reporter", "Hetal Desai – Wembley Gujarati Weekly", 820,
    "નમસ્તે @Brent_Council, હું વેમ્બલી ગુજરાતી સાપ્તાહિક માટે પત્રકાર છું. આ વર્ષે કાઉન્સિલ ટેક્સમાં કેટલો વધારો થશે "
    "અને વૃદ્ધો માટે કોઈ રાહત છે કે નહીં, તે અંગે તમારી પ્રેસ ઓફિસની ટિપ્પણી મળી શકે?",
    "2026-02-27T11:05:30Z", 5, "Finance",
    "Gujarati: 'Hello, I'm a reporter for the Wembley Gujarati Weekly. Could your press office comment on how much "
    "council tax will rise this year and whether there is any relief for older people?' Journalist naming an "
    "outlet: media enquiry (asks for comment, not recorded information, so no FOI)", lang="gu", esc="media",
    likes=4)
add("e27", "rss", "@brentundercover", "Brent Undercover (blog)", None,
    "Who fixes the temporary accommodation? — A £2.3m council contract for repairs to temporary accommodation "
    "went last year to a firm whose sole director shares a registered address with the brother of a sitting "
    "Brent councillor, Companies House records show. The council did not declare the link in the cabinet report. "
    "We asked Brent Council…",
    "2026-02-02T07:00:00Z", 5, "Finance",
    "Blog excerpt alleging a conflict of interest in a council contract: alleged misconduct with reputational "
    "impact, escalate", esc="misconduct", replies=0, likes=0, reposts=0)

# =====================================================================================
# ROUTE 2 - CUSTOMER SERVICES
# =====================================================================================
add("c01", "x", "@gracie_nw10", None, 58,
    "@Brent_Council green bin not collected at 42 Dudden Hill Lane NW10 for the 2nd week running. can someone "
    "actually come",
    "2025-12-17T08:31:12Z", 2, "Environment",
    "'My bin' at a given address: a person requiring customer services to log the missed collection")
add("c02a", "x", "@waverley_wendy", "Wendy", 119,
    "@Brent_Council still no bin collection at 9 Waverley Gardens NW10. week 3.",
    "2026-01-06T07:55:40Z", 2, "Environment",
    "Own missed collection with an address: customer services (ambiguous with 4 because of the wider "
    "post-Christmas problem, but this is one household's case)", likes=3)
add("c02b", "x", "@waverley_wendy", "Wendy", 119,
    "@Brent_Council still no bin collection at 9 Waverley Gardens NW10. week 3.",
    "2026-01-09T08:02:11Z", 2, "Environment",
    "Exact repeat by the same resident three days later: same case, same route (customer services)", likes=7)
add("c03", "facebook", "@bev.chaplin", "Beverley Nwosu", 133,
    "We were told our collection would be Saturday 27th instead of Friday because of Christmas. Nobody came to "
    "Chaplin Road (number 61). It's now the 5th of January, we have three weeks of rubbish and the foxes have been "
    "at it. Can someone please send a truck.",
    "2026-01-05T12:40:00Z", 2, "Environment",
    "Christmas collection change missed at a specific address: the person needs the service to act",
    replies=2, likes=9)
add("c04", "x", "@ojay_w", None, 301,
    "paid my council tax in full for 25/26 back in april and just got a REMINDER letter threatening court. "
    "account 31044827. sort it out pls @Brent_Council",
    "2025-12-02T10:17:55Z", 2, "Finance",
    "Account number and a payment dispute: an officer needs to look up records")
add("c05", "facebook", "@june.h.willesden", "June Harding", 71,
    "New council tax bill arrived today for 2026/27. It's gone up as expected but my single person discount has "
    "vanished off it. I've lived alone since my husband passed in 2023. Account ending 6612. Do I have to "
    "reapply??",
    "2026-03-06T14:22:00Z", 2, "Finance",
    "Own account with a missing discount: needs an officer to check the record (ambiguous with 3 'do I have to "
    "reapply' which the website answers)", likes=4)
add("c06", "x", "@highroad_mini_mart", "High Road Mini Mart", 412,
    "PCN WM71824093 issued while I was unloading stock outside my shop on High Road Willesden. I have the "
    "delivery note with the time on it. appealed 3 weeks ago and heard nothing @Brent_Council",
    "2026-02-11T13:05:48Z", 2, "Parking",
    "Business with a PCN number and an appeal outstanding: customer services / parking to look it up", likes=2)
add("c07", "x", "@sunita_kilburn", "Sunita", 96,
    "visitor permit i bought on the app for my mums car (zone KB) didnt show and she got a ticket 20 mins later. "
    "i have the confirmation email. how do i get this cancelled @Brent_Council",
    "2025-12-28T16:44:20Z", 2, "Parking",
    "Own permit and penalty charge: needs parking to check the app record and the PCN")
add("c08", "x", "@abi_stonebridge", None, 64,
    "3 months since i reported black mould in my daughters bedroom at Stonebridge, ref HR-2291047. no one has "
    "come. shes 4 and keeps coughing @Brent_Council",
    "2026-01-26T19:30:02Z", 2, "Housing",
    "Own repair with a reference: customer services/Housing to act urgently; ambiguous with 5 (a young child's "
    "health, damp and mould is a known reputational issue), but no immediate danger is described", likes=6)
add("c09", "x", "@chalkhill_tunde", None, 143,
    "no heating or hot water since saturday at our flat in Chalkhill, 22 Poplar House. 2 kids. repairs line cuts "
    "off after 40 mins every time @Brent_Council",
    "2026-01-11T09:12:37Z", 2, "Housing",
    "Own address, urgent repair in the cold: customer services with an emergency-repair flag (ambiguous with 5, "
    "but no one is described as at immediate risk)", likes=5)
add("c10", "x", "@kenton_karl", None, 220,
    "hit a massive pothole outside 118 Kenton Road last night, burst my tyre and cracked the alloy. how do i claim "
    "for this @Brent_Council",
    "2026-02-04T08:47:13Z", 2, "Highways",
    "A specific defect location and a personal damage claim: customer services to log the defect and start the "
    "claim (ambiguous with 3 'how do I claim')")
add("c12", "facebook", "@harlesdenroad.neighbours", "Tom Aldridge", 254,
    "Two mattresses, a fridge and about twenty black bags dumped outside 23 Harlesden Road since Monday. Photo "
    "attached. Please can this be cleared before the kids start climbing on the fridge.",
    "2026-02-18T10:05:00Z", 2, "Environment",
    "Fly-tipping at a specific address: a job for the service to clear", likes=14)
add("c13", "x", "@fatima_nw2", None, 39,
    "applied for council tax support in november (ref CTR/88213), still no decision and now a letter saying "
    "enforcement agents. how can you send bailiffs when you haven't even looked at my claim",
    "2026-01-15T11:38:29Z", 2, "Finance",
    "Own claim with a reference and enforcement pending: customer services to check and hold recovery")
add("c14", "x", "@kwame_preston", None, 112,
    "@Brent_Council applied for a reception place for my son before the 15 Jan deadline. portal now says 'not "
    "submitted' but i have the confirmation email with ref 304-26-01187. panicking",
    "2026-01-18T21:09:51Z", 2, "Education",
    "Own school admission application with a reference: admissions need to check the record")
add("c15", "x", "@bookish_in_nw6", None, 356,
    "returned my books to Kilburn library on 2 Dec but my account still says overdue with a £4.80 fine. card "
    "ending 2210 @Brent_Council",
    "2025-12-19T13:25:00Z", 2, "Libraries",
    "Own library account: staff need to look it up and waive the fine")
add("c16", "facebook", "@shanice.m.harlesden", "Shanice M", 187,
    "I've got a section 21 and the bailiffs are booked for 14 January. It's me and my two girls (7 and 3). I've "
    "emailed housing options twice and filled in the online form, no reply. We have nowhere to go. What do I do?",
    "2025-12-30T21:40:00Z", 2, "Housing",
    "Threatened homelessness with a date: Housing Options must act on this person's case (ambiguous with 5 "
    "because a family faces the street in winter; route 2 with urgency)", replies=5, likes=12)
add("c17", "x", "@barnhill_sam", None, 84,
    "my dad is 89 and on assisted collection at 14 Barn Rise. since christmas the crew leave his bin at the front "
    "gate and he can't drag it back up the path. can someone fix this @Brent_Council",
    "2026-01-13T17:02:44Z", 2, "Environment",
    "Own assisted collection at an address: customer services to correct the crew instructions")
add("c18", "x", "@brondesbury_lou", None, 120,
    "neighbour at flat 3, 15 Brondesbury Park playing music till 4am every night this week. reported to the noise "
    "team, ref NS-55102, nobody came out @Brent_Council",
    "2026-02-22T04:15:30Z", 2, "Regulatory Services",
    "Noise complaint with a reference: Regulatory Services to follow up")
add("c19", "facebook", "@spicegarden.ealingrd", "Spice Garden Restaurant", 1980,
    "@Brent Council we submitted a premises licence variation for our restaurant on Ealing Road in November (ref "
    "LIC/25/0931) to open until 1am on New Year's Eve. We've heard nothing and it's now 22 December. Could "
    "someone please check where it is?",
    "2025-12-22T10:30:00Z", 2, "Regulatory Services",
    "A business's own licensing application with a reference: licensing officers to look it up", likes=6)
add("c20", "x", "@tessa_queensbury", "Tessa Grant", 75,
    "householder application 25/3012 validated 11 weeks ago, well past the 8 week target. case officer not "
    "replying to emails. can anyone at @Brent_Council tell me what's happening?",
    "2026-02-02T12:12:12Z", 2, "Planning",
    "Own planning application with a reference: Planning to update the applicant")
add("c21", "x", "@MDoyleNW6", "Margaret Doyle", 144,
    "Under the Freedom of Information Act, please could @Brent_Council provide the number of fly-tipping incidents "
    "recorded in the borough for each month of 2025, and the number of fixed penalty notices issued for "
    "fly-tipping in the same period. Thank you.",
    "2026-01-05T09:00:40Z", 2, "Environment",
    "FOI request for recorded information; real name visible in the profile, so valid: to customer services to "
    "log (20 working days)", foi=True, foi_valid=True)
add("c22", "facebook", "@tb.wembley", "TB Wembley", 52,
    "FOI request: how much did Brent Council spend on hotel and B&B temporary accommodation in 2024/25, and how "
    "many nights did that pay for? Please send the answer to Tunde Bakare, 17 Oakington Manor Drive, Wembley "
    "HA9 6LX.",
    "2026-02-10T20:03:00Z", 2, "Housing",
    "FOI request; the profile name is a pseudonym but the post gives a name and an address for correspondence, so "
    "valid per Appendix A: customer services to log", foi=True, foi_valid=True)
add("c23", "x", "@andreea_popescu_w", "Andreea Popescu", 311,
    "Bună ziua @Brent_Council. În baza Freedom of Information Act, vă rog să îmi comunicați numărul de amenzi de "
    "parcare (PCN) emise în Alperton în anul 2025, pe luni. Răspunsul îl puteți trimite la: Andreea Popescu, 12 "
    "Ealing Road, Wembley HA0 4TL.",
    "2026-03-02T08:40:22Z", 2, "Parking",
    "Romanian: 'Under the FOI Act, please tell me the number of PCNs issued in Alperton in 2025, by month. Reply "
    "to: [name, address].' Valid FOI (real name in profile and an address): customer services to log",
    lang="ro", foi=True, foi_valid=True)
add("c24", "x", "@bhavna_kenton", "Bhavna", 67,
    "@Brent_Council મારા કાઉન્સિલ ટેક્સ બિલમાંથી સિંગલ પર્સન ડિસ્કાઉન્ટ કાઢી નાખ્યું છે, પણ હું એકલી જ રહું છું. "
    "એકાઉન્ટ નંબર 31057749. કૃપા કરીને તપાસ કરો.",
    "2026-03-08T11:17:05Z", 2, "Finance",
    "Gujarati: 'The single person discount has been removed from my council tax bill, but I live alone. Account "
    "number 31057749. Please check.' Own account: customer services", lang="gu")
add("c25", "x", "@imran_alperton", "Imran", 143,
    "@Brent_Council میری گاڑی کو Ealing Road پر پارکنگ جرمانہ (PCN BT40219877) ملا حالانکہ میرا بلیو بیج ڈیش بورڈ "
    "پر لگا ہوا تھا۔ میں نے اپیل کی لیکن ابھی تک کوئی جواب نہیں آیا۔",
    "2026-02-16T14:48:33Z", 2, "Parking",
    "Urdu: 'My car got a parking fine (PCN BT40219877) on Ealing Road although my blue badge was on the "
    "dashboard. I appealed but no reply yet.' Own PCN: customer services/Parking", lang="ur")
add("c26", "x", "@rahman_willesden", None, 59,
    "@Brent_Council আমাদের বাড়ির (৫৬ হাই রোড, উইলেসডেন) রিসাইক্লিং বিন দুই সপ্তাহ ধরে নেওয়া হয়নি। ক্রিসমাসের পর "
    "থেকে কেউ আসেনি।",
    "2026-01-08T09:33:18Z", 2, "Environment",
    "Bengali: 'The recycling bin at our house (56 High Road, Willesden) hasn't been collected for two weeks. "
    "Nobody has come since Christmas.' Own missed collection at an address", lang="bn")
add("c27", "facebook", "@kumar.alperton", "Kumaran S", 91,
    "எங்கள் கவுன்சில் வீட்டில் (Alperton, Carlyon Road) குளியலறை கூரையிலிருந்து தண்ணீர் ஒழுகுகிறது. மூன்று "
    "வாரங்களுக்கு முன் புகார் செய்தேன், குறிப்பு எண் HR-2290381. இன்னும் யாரும் வரவில்லை.",
    "2026-02-05T18:20:00Z", 2, "Housing",
    "Tamil: 'In our council home (Alperton, Carlyon Road) water is leaking from the bathroom ceiling. I reported "
    "it three weeks ago, reference HR-2290381. Nobody has come yet.' Own repair with a reference", lang="ta")
add("c28", "instagram", "@crestroad_cat_lady", "Maya", 870,
    "@brentcouncil our blue recycling bin got nicked over new year 🙄 how do we get a new one? 31 Crest Road NW2",
    "2026-01-03T12:05:00Z", 2, "Environment",
    "Own replacement bin at an address: a service request (ambiguous with 3, since replacements can be ordered "
    "online)", likes=23)
add("c29", "facebook", "@karen.obi.3", "Karen Obi", 240,
    "Brent have taken my council tax direct debit TWICE this month (£187.40 on the 1st and again on the 15th). "
    "That's my food money for the rest of the month. Account 31029915. I need the second one refunded ASAP "
    "please.",
    "2026-01-16T08:50:00Z", 2, "Finance",
    "Duplicate payment on an identified account: Finance must act and refund", replies=3, likes=8)
add("c30", "x", "@darren_nw6", None, 176,
    "paid for my resident permit online (ref PAY-88123), money's gone from my account but the site crashed and "
    "there's no permit showing. don't want a ticket. help @Brent_Council",
    "2026-03-12T19:55:43Z", 2, "Parking",
    "A payment reference that needs a record check and a permit issued: customer services (ambiguous with 3 as a "
    "website fault)")
add("c31", "x", "@sidmouth_rd", None, 66,
    "council tree outside 31 Sidmouth Road came down in the storm last night right onto my car. road's passable "
    "but the car is wrecked. who do i contact for a claim?",
    "2026-01-21T08:31:14Z", 2, "Highways",
    "Own damage claim at an address after the storm; road passable and nobody at risk, so customer services "
    "rather than escalation (ambiguous with 3)", likes=7)
add("c32", "youtube", "@AishaBVlogs", "Aisha B", 25,
    "I followed this video exactly but I never got a confirmation email for my daughter's secondary transfer "
    "application. Application ID 304-25-77812. Who do I contact?",
    "2025-12-04T20:14:00Z", 2, "Education",
    "Comment on the council's how-to video about an own admissions application with an ID: admissions to check")
add("c33", "x", "@mrs_okafor_nw10", None, 210,
    "2nd March and we got NONE of our six choices for Ellie. offered a school two buses away in the opposite "
    "direction. application ref 304-25-69021. she hasn't stopped crying. who do I speak to @Brent_Council",
    "2026-03-02T17:10:48Z", 2, "Education",
    "Secondary offer day: own application with a reference and a request to speak to someone: admissions "
    "(ambiguous with 3, since appeals and waiting lists are explained online)", likes=11)

# =====================================================================================
# ROUTE 3 - WEB TEAM RESPONDS
# =====================================================================================
add("w01", "x", "@nw2_neil", None, 85,
    "when are bins collected over christmas? is it still the friday?",
    "2025-12-19T19:02:33Z", 3, "Environment",
    "General 'when' question answered by the published Christmas collection dates: web team signposts")
add("w02", "x", "@olu_kensalrise", None, 132,
    "is the civic centre open between christmas and new year? need to drop off documents",
    "2025-12-23T10:15:09Z", 3, None,
    "General opening-hours question answered by the website (customer access, not one of the listed departments)")
add("w03", "facebook", "@andy.p.wembley", "Andy P", 155,
    "Does anyone know if council tax is going up by the full 5% again from April? And is the budget consultation "
    "still open?",
    "2025-12-12T21:30:00Z", 3, "Finance",
    "'Is it true' and 'where' questions about the budget consultation, answered by published information")
add("w04", "x", "@sarahlouise_nw9", None, 203,
    "do you collect real christmas trees or do i have to take it to the tip? @Brent_Council",
    "2026-01-02T11:48:21Z", 3, "Environment",
    "A 'how' question with a published answer (tree collection / drop-off points)")
add("w05", "x", "@lex_in_nw10", None, 91,
    "@Brent_Council your report a missed bin page just gives me a 500 error on my phone. tried twice",
    "2026-01-06T08:22:50Z", 3, "Web",
    "A fault on the website: web team responds and fixes (the missed bin itself would need an address to be "
    "route 2)")
add("w06", "x", "@priti_sudbury", None, 140,
    "council tax online account keeps logging me out with 'session expired' before i can even click anything. "
    "tried chrome, safari and edge @Brent_Council",
    "2026-03-07T20:41:15Z", 3, "Web",
    "A fault on the website's account area; no account details or own case given")
add("w07", "mastodon", "@kensalrise_dev@mastodon.social", "Ruth K", 410,
    "@BrentCouncil the link to the secondary school admissions booklet on brent.gov.uk returns a 404. I found it "
    "via search, but thought you'd want to know.",
    "2025-12-01T14:07:00Z", 3, "Web",
    "Broken link on the website: web team responds directly")
add("w08", "x", "@stanmore_steve", None, 77,
    "@Brent_Council hi my garden waste hasn't been collected for 3 weeks, address is 5 Du Cros Drive, Stanmore HA7",
    "2026-01-14T10:10:10Z", 3, None,
    "The address is in Harrow, not Brent: a mention meant for another council, so the web team redirects "
    "(ambiguous with 2 — it reads like an own case, but not Brent's)")
add("w09", "x", "@jules_nw5", None, 260,
    "@Brent_Council can you cancel this parking ticket? got it on Kentish Town Road yesterday while the meter was "
    "broken",
    "2026-02-08T13:33:03Z", 3, None,
    "Kentish Town is in Camden: meant for another council, web team signposts", likes=1)
add("w10", "x", "@WembleyWatcher99", "Wembley Watcher", 780,
    "FOI: how much did @Brent_Council spend on external consultants for the Wembley Park regeneration programme in "
    "2024 and 2025? itemised please",
    "2026-01-27T17:25:36Z", 3, "Finance",
    "A request for recorded information, but only a pseudonym is visible and no name and address are given: "
    "invalid FOI, web team explains how to make a valid request", foi=True, foi_valid=False, likes=22, reposts=6)
add("w11", "facebook", "@dave.r.nw10", "Dave R", 118,
    "I'd like to request under FOI the number of complaints about damp and mould in council homes received in "
    "2025, broken down by ward. Thanks, Dave",
    "2026-02-13T12:00:00Z", 3, "Housing",
    "FOI request signed with a first name and an initial only: not a real name per Appendix A, invalid; web team "
    "asks for full name and email", foi=True, foi_valid=False)
add("w12", "x", "@hooyo_wembley", "Hooyo 🇸🇴", 340,
    "@Brent_Council Imisa qoys ayaa hadda ku jira guryaha ku meel gaarka ah (temporary accommodation) ee Brent? "
    "Fadlan ii sheega tirada.",
    "2026-02-19T16:40:20Z", 3, "Housing",
    "Somali: 'How many families are currently in temporary accommodation in Brent? Please tell me the number.' A "
    "request for recorded information from a pseudonymous profile: invalid FOI, web team explains (ambiguous "
    "with 'is it true' signposting to published figures)", lang="so", foi=True, foi_valid=False)
add("w13", "instagram", "@kr_mum_of3", None, 150,
    "is it true they're closing Kensal Rise library?? saw it on the school whatsapp",
    "2025-12-10T20:20:20Z", 3, "Libraries",
    "An 'is it true' rumour the web team can correct with published facts")
add("w14", "x", "@newdad_wembley", None, 48,
    "when's the deadline for primary school applications? my daughter starts reception in sept 2026",
    "2025-12-06T07:44:11Z", 3, "Education",
    "General 'when' question answered on the admissions pages (15 January)")
add("w15", "x", "@ines_kilburn", None, 312,
    "just moved to Kilburn, how do i get a residents parking permit? do i need the V5 in my name? @Brent_Council",
    "2026-02-01T15:18:46Z", 3, "Parking",
    "General 'how' question with a published answer; no account or case yet")
add("w16", "facebook", "@yvonne.brown.nw10", "Yvonne Brown", 93,
    "Are the warm spaces running at the libraries again this winter? My dad's on his own in the day and would love "
    "somewhere to go for a cuppa and a chat.",
    "2025-12-05T11:11:00Z", 3, "Libraries",
    "General question answered by the published warm spaces list")
add("w17", "x", "@commuter_cat", None, 402,
    "saw someone sleeping rough by the bus stop on Kilburn High Road this morning, seemed ok and was chatting to "
    "people. whats the best way to report it so they get offered help?",
    "2026-02-26T09:05:01Z", 3, "Housing",
    "A 'how do I report' question: signpost to StreetLink/outreach; no sign of immediate risk described "
    "(ambiguous with 5 in severe cold)")
add("w19", "x", "@sharmila_brondesbury", None, 66,
    "@Brent_Council क्रिसमस और नए साल की छुट्टियों में कूड़ा उठाने का दिन बदलेगा क्या? हमारा दिन शुक्रवार है।",
    "2025-12-20T09:40:00Z", 3, "Environment",
    "Hindi: 'Will the bin collection day change over the Christmas and New Year holidays? Our day is Friday.' A "
    "general 'when' question answered by published dates", lang="hi")
add("w20", "facebook", "@lucia.moreno.nw10", "Lucía Moreno", 210,
    "Hola, ¿alguien sabe si el council de Brent da ayuda para pagar el council tax si estás sin trabajo? ¿Dónde se "
    "solicita?",
    "2026-01-09T17:22:00Z", 3, "Finance",
    "Spanish: 'Does anyone know if Brent council helps with paying council tax if you're out of work? Where do you "
    "apply?' General question: signpost to council tax support", lang="es")
add("w21", "x", "@reza_willesden", None, 88,
    "ساعات کار کتابخانه ویلزدن در تعطیلات کریسمس چیست؟ آیا روز ۲۷ دسامبر باز است؟ @Brent_Council",
    "2025-12-21T18:05:41Z", 3, "Libraries",
    "Farsi: 'What are Willesden library's opening hours over the Christmas holidays? Is it open on 27 December?' "
    "General question answered by published opening hours", lang="fa")
add("w22", "linkedin", "@ngozi-eze", "Ngozi Eze", 1320,
    "When does the Brent Council graduate programme open for 2026? The careers page still shows last year's dates.",
    "2026-01-20T12:00:00Z", 3, "HR",
    "Recruitment question answered by published information (and an out-of-date page for the web team)")
add("w23", "facebook", "@pam.sudbury.court", "Pam Edwards", 122,
    "Got a text saying my garden waste subscription has expired and to pay £65 through a link. Is this actually "
    "from Brent or is it a scam?",
    "2026-02-27T10:30:00Z", 3, "Environment",
    "'Is it true' question: web team confirms how the council contacts subscribers (ambiguous with 5 if many "
    "residents report an impersonation scam)", replies=2, likes=6)
add("w24", "x", "@asha_dollishill", None, 215,
    "what day are bins now?",
    "2026-01-03T10:12:55Z", 3, "Environment",
    "Standalone, this is a simple 'when' question answered by the published Christmas changes (the same words "
    "inside the Church End thread are route 4)")
add("w25", "bluesky", "@ciaran-nw6.bsky.social", "Ciarán", 530,
    "Does Brent publish planning committee agendas anywhere I can subscribe to? The committee page has no feed or "
    "email alert option that I can see.",
    "2026-02-14T09:35:00Z", 3, "Web",
    "A website usability question: the web team answers (the democracy pages)")
add("w27", "linkedin", "@bright-asante", "Bright Asante", 640,
    "Is the social work recruitment open evening on 12 February still going ahead? The Eventbrite link in your "
    "post goes to a page that says the event doesn't exist.",
    "2026-02-09T08:15:00Z", 3, "HR",
    "Question about a published event with a broken link: web team responds (ambiguous dept Web)")

# =====================================================================================
# ROUTE 4 - SERVICE CONVERSATION (standalone)
# =====================================================================================
add("s01", "facebook", "@harlesden.high.st.traders", "Harlesden High Street Traders", 1120,
    "Fifth time this month the alley behind the shops between Manor Park Road and Tubbs Road has been used as a "
    "dumping ground. As we discussed on last week's post, the camera the council put up points at the wrong end. "
    "Can someone from the council come to our next meeting on the 10th and talk about moving it?",
    "2026-03-03T13:00:00Z", 4, "Environment",
    "A recurring fly-tipping hotspot discussed over several posts by a traders' group, inviting officers: the "
    "service should join the conversation", replies=19, likes=44, reposts=5)
add("s02", "rss", "@dollishillra", "Dollis Hill Residents' Association (website)", None,
    "Following last night's meeting on the Dollis Hill low traffic neighbourhood trial — Around 60 residents came. "
    "We agreed to put three points to the council before the trial review in March: the emergency access on "
    "Burnley Road, the displaced traffic on Dollis Hill Lane at school run, and the missing signs at the Gladstone "
    "Park end. Comments from members are welcome below…",
    "2026-02-12T07:30:00Z", 4, "Highways",
    "A residents' association's ongoing discussion of one scheme under review: Highways officers should engage "
    "(blog excerpt; critical, not reputation-threatening)")
add("s03", "bluesky", "@welshharp-walks.bsky.social", "Welsh Harp Walkers", 1890,
    "Third week the lower path along the Welsh Harp from Cool Oak Lane is under water after the storms. A few of "
    "us have been comparing notes — the drain by the bridge is blocked, not the reservoir overflowing. Has anyone "
    "heard back from the council's parks team? We'd like them to see it with us.",
    "2026-02-07T12:40:00Z", 4, "Environment",
    "An ongoing discussion among walkers about one recurring drainage problem in a park, asking officers to "
    "engage: service conversation", replies=8, likes=61, reposts=12)
add("s04", "x", "@barnhill_residents", "Barn Hill Residents", 980,
    "Following on from the thread yesterday about gritting on Barn Hill — still not done this morning, the 83 has "
    "stopped at the bottom and neighbours are comparing who's slipped. Can the highways team talk to us here "
    "about whether the hill can go on the priority route?",
    "2026-01-06T07:20:00Z", 4, "Highways",
    "The text shows an ongoing conversation about one service matter (gritting priority on a hill); Highways "
    "should join (ambiguous with 3 'is it on the route')", replies=11, likes=38, reposts=7)
add("s05", "mastodon", "@kilburnbikes@urbanists.social", "Kilburn Bikes", 2200,
    "Thread recap for newer followers: the Kilburn High Road bus lane consultation closes 31 January. We've "
    "collected 140 comments so far — most want 24-hour hours, the traders want loading bays kept. Council officers "
    "said at the drop-in they'd read this thread, so keep it civil and specific.",
    "2026-01-18T10:00:00Z", 4, "Highways",
    "An ongoing, multi-person discussion of a live consultation that officers already follow: service "
    "conversation", replies=14, likes=72, reposts=31)

# =====================================================================================
# ROUTE 1 - MONITOR
# =====================================================================================
add("m01", "x", "@OilMarketWire", "Oil Market Wire", 212000,
    "Brent crude slips below $61 a barrel as OPEC+ signals another output increase. #oil #Brent",
    "2025-12-04T13:05:00Z", 1, None, "Keyword noise: Brent crude oil price", verified=True, likes=88, reposts=31)
add("m02", "x", "@shopaholic_sh", None, 1450,
    "is brent cross open late on boxing day or nah",
    "2025-12-24T20:15:44Z", 1, None, "Keyword noise: Brent Cross shopping centre (Barnet)")
add("m03", "x", "@beesfan_tw8", None, 890,
    "BRENTFORD 3-1 🐝🐝🐝 what a night at the Gtech",
    "2026-01-01T22:05:10Z", 1, None, "Keyword noise: Brentford FC", likes=41)
add("m04", "mastodon", "@nat_the_temp@mastodon.social", None, 233,
    "my new line manager has full David Brent energy. brought a guitar to the christmas do 😭",
    "2025-12-18T23:02:00Z", 1, None, "Keyword noise: David Brent", likes=17)
add("m05", "facebook", "@kelly.brentwood", "Kelly Morris", 320,
    "Happy 40th to my big brother Brent!! 🎉🎂 have the best day",
    "2026-02-21T09:00:00Z", 1, None, "Keyword noise: a person called Brent", likes=45)
add("m06", "instagram", "@prestonroad_pics", "Priya", 1240,
    "Massive thanks to the bin crew on Preston Road who came back for our missed bin on Christmas Eve in the "
    "pouring rain 🙏 absolute legends #Brent",
    "2025-12-24T15:30:00Z", 1, "Environment", "Praise with no request: of no particular consequence, monitor",
    likes=96)
add("m07", "x", "@joan_nw2", None, 58,
    "Willesden Green library's warm space is a lifesaver for my mum this winter. staff are lovely, always put the "
    "kettle on ❤️ @Brent_Council",
    "2026-01-10T14:02:00Z", 1, "Libraries", "Praise and thanks: monitor", likes=12)
add("m08", "instagram", "@wembley.nights", "Wembley Nights", 5400,
    "Wembley Park Christmas lights 😍✨ #wembley #brent #londonchristmas",
    "2025-12-06T18:40:00Z", 1, None, "Chatter and photos, no council matter raised", likes=410)
add("m09", "bluesky", "@grumpy-in-sudbury.bsky.social", None, 170,
    "love how @brentcouncil.bsky.social can find money for another sculpture in Wembley but not for the potholes on my road. "
    "genius 👏",
    "2026-02-15T10:30:00Z", 1, "Highways",
    "Sarcasm with no case (no road named) from a low-reach account: monitor (ambiguous with 2 if they give the road)",
    likes=8)
add("m10", "x", "@queensbury_q", None, 39,
    "bins?? again",
    "2026-01-05T07:31:00Z", 1, "Environment",
    "A moan with no address or request: monitor in case it grows (ambiguous with 3)")
add("m11", "x", "@nw10_raging", None, 22,
    "brent council are a bunch of useless clowns 🤡🤡🤡",
    "2026-01-12T23:55:12Z", 1, None, "Low-reach abuse with no substance: monitor, do not engage")
add("m13a", "x", "@easycash_uk_2026", "Easy Cash UK", 14,
    "🔥 Make £500 a DAY from home, no experience needed! DM me now 🔥 #Brent #Wembley #London",
    "2026-02-03T04:12:00Z", 1, None, "Spam: monitor (report/block per house rules)")
add("m13b", "x", "@easycash_uk_2026", "Easy Cash UK", 14,
    "🔥 Make £500 a DAY from home, no experience needed! DM me now 🔥 #Brent #Wembley #London",
    "2026-02-03T05:47:00Z", 1, None, "Exact repeat of the same spam by the same account: monitor")
add("m15", "x", "@BrentIndependents", "Brent Independents", 2100,
    "The people running Brent have put your council tax up AGAIN. On 7 May, send them a message. 🗳️ #Brent",
    "2026-03-05T18:00:00Z", 1, "Finance",
    "Party-political campaigning by a local party account (not a named candidate or elected member): monitor "
    "and take no political standpoint (ambiguous with 5 in the pre-election period)", likes=66, reposts=29)
add("m16", "x", "@popstar_official", "Ana Lune", 1200000,
    "WEMBLEY!!! you were unreal tonight, thank you London 💜💜",
    "2025-12-13T23:10:00Z", 1, None,
    "A very large account saying something of no consequence for the council: monitor", verified=True,
    likes=184000, reposts=21000)
add("m17", "x", "@recycling_rob", None, 420,
    "this is why I stopped bothering to sort my recycling 🙄 https://x.com/harlesden_eye/status/… ",
    "2026-01-13T12:20:00Z", 1, "Environment",
    "Quote-repost of the bin video already escalated: reshares of something already escalated are monitored",
    likes=22, reposts=4)
add("m18", "x", "@nw9_news_fan", None, 85,
    "RT @Brent_Council: Christmas and New Year bin collections are changing — check your new day at "
    "brent.gov.uk/christmas 🎄",
    "2025-12-15T09:10:00Z", 1, "Environment", "Reshare of the council's own post: monitor")
add("m19", "facebook", "@stonebridge.community.hub", "Stonebridge Community Hub", 2800,
    "Thoughts with everyone on Hillside and around Stonebridge whose homes flooded last night ❤️ The hall is open "
    "today with hot drinks, dry clothes and phone chargers. Volunteers welcome.",
    "2026-01-21T09:30:00Z", 1, "Emergency Planning",
    "Sympathy and community support after the flood (already escalated); nothing to act on, monitor",
    likes=230, reposts=88)
add("m20", "mastodon", "@harpbirder@mastodon.online", "Harp Birder", 640,
    "Frost all over the Welsh Harp this morning, great crested grebes out in force. Worth the cold fingers. 🥶📸",
    "2026-01-09T08:55:00Z", 1, None, "Chatter about a local place, no council matter", likes=38)
add("m21", "x", "@stanmore_mo", None, 140,
    "harrow council bin strike week 3 and the smell on our road is something else",
    "2026-02-10T18:03:00Z", 1, None, "Another borough's matter, not addressed to Brent: keyword noise",
    likes=5)
add("m22", "rss", "@brentkilburntimes", "Brent & Kilburn Times", None,
    "Brent Council agrees 2026/27 budget with 4.99 per cent council tax rise — Councillors approved the budget at "
    "a meeting at Brent Civic Centre on Monday night. The council says it must save £…",
    "2026-02-24T06:00:00Z", 1, "Finance",
    "Neutral news report of a decision already taken and announced: monitor (ambiguous with 5 if the coverage "
    "turns critical)")
add("m23", "youtube", "@GloriaInNW10", "Gloria", 12,
    "really helpful video on what goes in the blue bin, I didn't know about the black plastic trays 👍",
    "2026-02-28T20:30:00Z", 1, "Environment", "Praise on the council's how-to video: monitor")
add("m24", "linkedin", "@kofi-mensah-housing", "Kofi Mensah", 780,
    "Delighted to share that I've started a new role as a Housing Officer at Brent Council! Looking forward to "
    "serving the community where I grew up. #newjob #localgov",
    "2026-01-05T09:15:00Z", 1, "HR", "A staff member's positive news: monitor", likes=120)
add("m25", "x", "@MercadosBR", "Mercados BR", 48000,
    "Petróleo Brent fecha em alta de 2% após tensões no Oriente Médio; barril a US$ 64.",
    "2026-03-03T20:40:00Z", 1, None,
    "Portuguese: 'Brent oil closes up 2% after Middle East tensions; barrel at US$64.' Keyword noise",
    lang="pt", verified=True, likes=120)
add("m26", "x", "@aliqtisad_news", "الاقتصاد اليوم", 93000,
    "ارتفاع أسعار خام برنت إلى 63 دولاراً للبرميل مع تراجع المخزونات الأمريكية",
    "2026-02-11T07:30:00Z", 1, None,
    "Arabic: 'Brent crude prices rise to $63 a barrel as US inventories fall.' Keyword noise", lang="ar",
    likes=60)
add("m27", "facebook", "@vani.wembley", "Vani Krishnan", 260,
    "Wembley நூலகத்தில் தமிழ் கதை நேரம் அருமையாக இருந்தது! குழந்தைகள் மிகவும் மகிழ்ந்தனர். நன்றி @Brent Council 🙏",
    "2026-02-14T16:00:00Z", 1, "Libraries",
    "Tamil: 'Tamil story time at Wembley library was wonderful! The children really enjoyed it. Thank you.' "
    "Praise: monitor", lang="ta", likes=48)
add("m28", "x", "@wembley_wry", None, 310,
    "how much did the council spend on those ugly new bins on Wembley High Road? bet it was millions lol",
    "2026-01-24T13:40:00Z", 1, "Environment",
    "A rhetorical jibe, not a genuine request for recorded information: not FOI, monitor (ambiguous with 3)",
    likes=9)
add("m29", "x", "@kilburn_kev", None, 95,
    "@SarahWhitfieldMP Well said. We were in TA for two years with three kids in one room, it was exactly this.",
    "2026-01-14T14:22:00Z", 1, "Housing",
    "Agreement with the MP's post, which is already escalated; no own current case: monitor", likes=31)
add("m31", "youtube", "@HonestBrentTroll", "Honest Brent", 1900,
    "every single one of them at the civic centre should be sacked. lazy overpaid scroungers the lot",
    "2026-02-26T22:30:00Z", 1, None,
    "Abuse of staff in general without a threat or a specific allegation, modest reach: monitor", likes=40)
add("m32", "x", "@kemi_nw10", "Kemi A.", 284,
    "finally!!! bin lorry on the estate at 7am. took a councillor getting involved but we'll take it 🙌",
    "2026-01-09T07:30:00Z", 1, "Environment",
    "Relief and thanks after the escalated Church End problem was fixed: monitor", likes=25)


# =====================================================================================
# Serialise
# =====================================================================================
def make_ids():
    ids, used = {}, set()
    for n, d in enumerate(ITEMS, 1):
        p = d["platform"]
        while True:
            if p in ("x", "mastodon"):
                pid = "19717" + "".join(str(rng.randrange(10)) for _ in range(14 if p == "x" else 10))
            elif p == "facebook":
                pid = f"w2a19717_fb_{rng.randrange(10**9, 10**10)}"
            elif p == "bluesky":
                pid = f"at://w2a19717/app.bsky.feed.post/3l{rng.randrange(10**8, 10**9)}"
            elif p == "youtube":
                pid = f"yt-w2a19717-{n:03d}"
            elif p == "linkedin":
                pid = f"urn:li:comment:w2a19717-{n:03d}"
            elif p == "instagram":
                pid = f"ig_w2a19717_{n:03d}"
            else:
                pid = f"rss-w2a19717-{n:03d}"
            if pid not in used:
                used.add(pid); ids[d["key"]] = pid; break
    return ids


def thread_root(d):
    while d["reply_to"]:
        d = BYKEY[d["reply_to"]]
    return d["key"] if d["root"] else None


def main():
    ids = make_ids()
    # reply counts: a root's replies at least its replies here
    for d in ITEMS:
        n = sum(1 for x in ITEMS if x["reply_to"] == d["key"])
        d["replies"] = max(d["replies"], n)
        if d["reply_to"]:
            assert d["when"] > BYKEY[d["reply_to"]]["when"], d["key"]
    # items written without engagement numbers get small, plausible ones (RSS items keep zeros)
    for d in ITEMS:
        if d["platform"] != "rss" and d["likes"] == 0:
            d["likes"] = rng.choice([0, 0, 1, 1, 2, 3, 4, 6])
    order = list(ITEMS)
    rng.shuffle(order)
    out, placed, pending = [], set(), []

    def place(d):
        out.append(d); placed.add(d["key"])
        for p in list(pending):
            if p["reply_to"] == d["key"] and p["key"] not in placed:
                pending.remove(p); place(p)

    for d in order:
        if d["reply_to"] and d["reply_to"] not in placed:
            pending.append(d)
        else:
            place(d)
    assert not pending and len(out) == len(ITEMS)
    with open(OUT, "w", encoding="utf-8") as f:
        for d in out:
            root = thread_root(d)
            rec = {
                "platform": d["platform"], "platform_id": ids[d["key"]], "author_handle": d["handle"]
                if d["handle"].startswith("@") else "@" + d["handle"],
                "author_name": d["name"], "author_followers": d["followers"], "author_verified": d["verified"],
                "text": d["text"], "created_at": d["when"],
                "reply_to_id": ids[d["reply_to"]] if d["reply_to"] else None,
                "thread_id": ids[root] if root else None,
                "replies": d["replies"], "likes": d["likes"], "reposts": d["reposts"], "language": None,
                "label": {"route": d["route"], "department": d["dept"], "foi": d["foi"],
                          "foi_valid": d["foi_valid"] if d["foi"] else None,
                          "escalate_reason": d["esc"] if d["route"] == 5 else None,
                          "reason": d["reason"], "language": d["lang"]},
                "provenance": "written",
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} items to {OUT}")


if __name__ == "__main__":
    main()
