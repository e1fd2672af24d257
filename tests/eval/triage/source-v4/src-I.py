#!/usr/bin/env python3
"""Writer I, set v4: 110 hand-written mentions of Brent Council, labelled per Appendix A.
Angle: ordinary spring and autumn weeks across all services; extra non-English and mixed-language posts,
long Facebook group posts, replies inside threads, and posts whose meaning depends on the thread or author.
Run: python3 src-I.py  -> writes part-I.jsonl (shuffled, every reply after its parent)."""
import json, random, os

PREFIX = "16180"
ITEMS = []          # in writing order (parents before replies)
BYKEY = {}
_n = [0]


def _pid(platform):
    _n[0] += 1
    n = _n[0]
    if platform in ("x", "mastodon"):
        return f"{PREFIX}{(7301548822 + n * 104729):010d}"
    short = {"facebook": "fb", "instagram": "ig", "youtube": "yt", "linkedin": "li",
             "bluesky": "bsky", "rss": "rss"}[platform]
    return f"{short}_{PREFIX}_{n:04d}"


def add(key, platform, handle, name, followers, text, created, route, dept, reason,
        lang="en", verified=False, foi=False, foi_valid=None, esc=None, reply_to=None,
        replies=0, likes=0, reposts=0):
    pid = _pid(platform)
    thread = None
    if reply_to is not None:
        parent = BYKEY[reply_to]
        thread = parent["thread_id"] or parent["platform_id"]
        parent_root = BYKEY_BY_PID[thread]
        parent_root["thread_id"] = thread
        assert created > parent["created_at"], key
    d = {"platform": platform, "platform_id": pid, "author_handle": handle, "author_name": name,
         "author_followers": followers, "author_verified": verified, "text": text,
         "created_at": created, "reply_to_id": BYKEY[reply_to]["platform_id"] if reply_to else None,
         "thread_id": thread, "replies": replies, "likes": likes, "reposts": reposts, "language": None,
         "label": {"route": route, "department": dept, "foi": foi,
                   "foi_valid": foi_valid if foi else None, "escalate_reason": esc,
                   "reason": reason, "language": lang},
         "provenance": "written"}
    assert key not in BYKEY, key
    BYKEY[key] = d
    BYKEY_BY_PID[pid] = d
    ITEMS.append(d)


BYKEY_BY_PID = {}

# ---------------------------------------------------------------------------------------------
# Thread T1 - Facebook group, Healthy Streets consultation, Kensal Rise (spring)
add("t1", "facebook", "@maria.okafor.77", "Maria Okafor", None,
    "Long post, sorry. Has everyone seen the 'Healthy Streets' consultation for the roads between Chamberlayne Rd "
    "and College Rd? Brent want planters at the end of Mortimer Rd and Hardinge Rd and a school street outside the "
    "primary 8.15-9.15 and 2.45-3.45.\n\nI'm honestly torn. My kids walk to school and the morning rat run is "
    "terrifying. But my mum is 81, lives on Hardinge, and her carer drives in from Harrow - will the carer get an "
    "exemption?? Nobody at the drop-in on Saturday could tell me.\n\nConsultation closes 27 March. Can we keep it "
    "civil in here this time please 🙏 and maybe someone from the council could actually come on here and answer "
    "questions instead of 40 of us guessing.",
    "2026-03-09T07:52:11Z", 4, "Highways",
    "Live consultation discussed at length in a local Facebook group, with questions for the scheme team: 'a more "
    "specific ongoing conversation of relevance to a particular service area' - highways officers should join.",
    replies=46, likes=58, reposts=4)
add("t1r1", "facebook", "@dev.patel.kr", "Dev Patel", None,
    "The planters on Hardinge will just push everything onto Chamberlayne which is already solid at 8am. Did anyone "
    "ask TfL about the 52? It takes 20 mins to get past the station as it is",
    "2026-03-09T08:30:47Z", 4, "Highways",
    "Critical contribution to the ongoing consultation thread (traffic displacement); part of the service "
    "conversation for highways officers to join.",
    reply_to="t1", likes=21)
add("t1r2", "facebook", "@sunita.rao.nw10", "Sunita Rao", None,
    "Maria carers CAN get an exemption, it's in the FAQ pdf on the consultation page, page 4 - you register the "
    "car reg. Took me ages to find it though x",
    "2026-03-09T09:02:13Z", 1, "Highways",
    "A neighbour answering another's question inside a thread already routed to highways; nothing new needing "
    "action - monitor (ambiguous with 4 as part of the same conversation).",
    reply_to="t1", likes=17)
add("t1r3", "facebook", "@tom.whelan.kr", "Tom Whelan", None,
    "I'm a blue badge holder at 14 Hardinge Road and I've had a letter saying my disabled bay is being moved "
    "about 40 metres up the road to make room for a planter. Nobody asked me. I can't walk 40 metres on a bad day. "
    "Who do I actually talk to about this?",
    "2026-03-09T11:45:30Z", 2, "Highways",
    "Inside the consultation thread but this is one identifiable person's own case (his bay at his address): 'a "
    "person requiring customer services'. Ambiguous with Parking, who manage disabled bays.",
    reply_to="t1", likes=9)

# Thread T2 - X, library hours consultation, Kingsbury (autumn)
add("t2", "x", "@kingsbury_reads", "Friends of Kingsbury Library", 640,
    "Proposed new hours would close Kingsbury Library every Sunday AND Monday. Consultation open until 14 Nov. "
    "We'll be in the library Sat 11-1 with paper forms for anyone who doesn't do online. @Brent_Council please "
    "send someone who can answer questions about the study space 🧵",
    "2026-10-21T17:05:00Z", 4, "Libraries",
    "Community group running a thread on a live library consultation and asking for officers to take part: "
    "ongoing service conversation for the libraries team.",
    replies=14, likes=73, reposts=31)
add("t2r1", "x", "@nitaben_k", "Nita Shah", 88,
    "@kingsbury_reads @Brent_Council અમે દર રવિવારે ગુજરાતી વર્ગ પછી બાળકોને અહીં લાવીએ છીએ. રવિવારે બંધ "
    "રહેશે તો અમે ક્યાં જઈશું? 😔",
    "2026-10-21T18:40:12Z", 4, "Libraries",
    "Gujarati: 'We bring the children here every Sunday after Gujarati class. If it closes on Sundays where will we "
    "go?' A contribution to the live consultation thread - service conversation.",
    lang="gu", reply_to="t2", likes=12)
add("t2r2", "x", "@amina.revises", None, 213,
    "@kingsbury_reads this is literally the only quiet place i can revise, 7 of us in the house. closing mondays in "
    "exam season is mad",
    "2026-10-21T19:13:55Z", 4, "Libraries",
    "Student adding her view to the consultation thread; part of the ongoing libraries conversation.",
    reply_to="t2", likes=29, reposts=3)
add("t2r3", "x", "@geoff_nw9", "Geoff", 41,
    "@kingsbury_reads @Brent_Council where is the actual consultation?? all i can find on the website is a news "
    "story with no link",
    "2026-10-22T08:21:40Z", 3, "Libraries",
    "Simple confusion - where is the consultation form; the web team can signpost the link (and check the news "
    "page). Inside the libraries thread but needs only signposting.",
    reply_to="t2", likes=4)

# Thread T3 - Facebook group, selective licensing, Harlesden (spring)
add("t3", "facebook", "@kwame.asante.lets", "Kwame Asante", None,
    "To the landlords in this group - Brent has announced the next round of selective licensing, which covers "
    "pretty much every ward now, and the fee has gone up again. I've got two flats on Craven Park Road, both in "
    "good nick, never had a single complaint. Now I pay for the privilege of being inspected because of the "
    "cowboys. Guess where that money comes from. The rent.\n\nIs anyone going to the landlord forum on the 23rd? "
    "I want them to tell us to our faces what the last scheme actually achieved, because from here it looks like "
    "a tax.",
    "2026-04-14T20:18:09Z", 4, "Housing",
    "Landlord opening a group debate on the licensing scheme ahead of a forum; specific ongoing conversation for "
    "the private housing / licensing officers. Not an FOI: he means to ask at the forum.",
    replies=31, likes=22, reposts=2)
add("t3r1", "facebook", "@churchend.tenants", "Church End Tenants' Association", None,
    "With respect Kwame, our members have lived with mould, no smoke alarms and nine people in a two-bed from "
    "landlords who laugh when you mention the council. Licensing is the one thing that gets an inspector through "
    "the door. We'll be at the forum on the 23rd too and we'll be bringing photos.",
    "2026-04-14T21:02:44Z", 4, "Housing",
    "Tenants' association answering the landlord in the same licensing debate; ongoing service conversation, "
    "critical but not reputation-threatening.",
    reply_to="t3", likes=48, reposts=5)
add("t3r2", "facebook", "@mihai.dumitrescu.91", "Mihai Dumitrescu", None,
    "Eu închiriez o cameră pe Acton Lane, suntem 6 în casă, și proprietarul zice că nu are licență și dacă sună "
    "cineva la council ne dă afară pe toți. E legal asta?? cine știe ce pot face",
    "2026-04-15T06:37:20Z", 2, "Housing",
    "Romanian: 'I rent a room on Acton Lane, six of us in the house; the landlord says he has no licence and if "
    "anyone calls the council he'll throw us all out. Is that legal?? what can I do'. Own case: unlicensed HMO and "
    "threatened retaliatory eviction - private housing officers need to act. Meaning depends on the thread.",
    lang="ro", reply_to="t3", likes=6)

# Thread T4 - Facebook group, blue bins after round change, Sudbury (autumn)
add("t4", "facebook", "@janet.hollis.sudbury", "Janet Hollis", None,
    "Is it just us or has nobody on the Sudbury Court side had their blue bin emptied since they changed the rounds "
    "on the 1st? Watford Road, Sudbury Court Drive, Elms Lane, all overflowing. The app says 'collected'. It was "
    "NOT collected.",
    "2026-09-21T08:14:02Z", 4, "Environment",
    "Several streets and many neighbours discussing one recurring service failure after a round change: ongoing "
    "conversation the waste team should join.",
    replies=27, likes=64, reposts=3)
add("t4r1", "facebook", "@raj.mistry.ha0", "Raj Mistry", None,
    "Same. Nothing since Tuesday.",
    "2026-09-21T08:40:19Z", 4, "Environment",
    "In the missed-recycling thread this adds another street to the same round failure: part of the service "
    "conversation. (Same words appear elsewhere with other meanings.)",
    reply_to="t4", likes=11)
add("t4r2", "facebook", "@bernie.kelly.54", "Bernadette Kelly", None,
    "not being funny but has anyone seen Mrs Dunne at 41? her bin's been out on the pavement since before all this "
    "started and her curtains haven't moved. She always waves from the window when I go for my paper. I knocked "
    "Sunday, nothing",
    "2026-09-21T09:26:51Z", 5, None,
    "Said in passing inside a bins thread: an older neighbour not seen for days, curtains shut, no answer - "
    "possible risk to life, escalate whatever the reach.",
    esc="person_not_seen", reply_to="t4", likes=19)
add("t4r3", "facebook", "@sam.oyelaran", "Sam Oyelaran", None,
    "Ours at 7 Perrin Road was missed too and I reported it twice - ref 10238877 and 10241950. Both closed without "
    "anyone coming. Can someone please actually look at this",
    "2026-09-21T10:03:37Z", 2, "Environment",
    "Own case with address and two report references closed wrongly: 'a person requiring customer services', even "
    "though inside the wider thread.",
    reply_to="t4", likes=7)
add("t4r4", "facebook", "@janet.hollis.sudbury", "Janet Hollis", None,
    "Update: Bernadette and I rang 999 for a welfare check on Mrs D, police are with her now and an ambulance has "
    "come. Thank you all. Everyone else keep reporting the bins please.",
    "2026-09-21T13:48:10Z", 1, None,
    "Follow-up to a welfare concern already escalated and now with the emergency services; nothing new for the "
    "council beyond what was escalated - monitor (ambiguous with 5).",
    reply_to="t4", likes=88)

# Thread T5 - Facebook, Alperton tower planning application (spring)
add("t5", "facebook", "@alperton.residents", "Alperton Residents' Association", None,
    "PLANNING APPLICATION 26/0912 - 26 storeys next to the canal off Ealing Road. Comments close 2 June.\n\nWe've "
    "got the developer's own shadow study: the towpath and the primary school playground are in shade from 2pm "
    "all winter. Meeting Thursday 7pm in the gurdwara hall on Alperton Lane, all welcome, bring your neighbours.\n\n"
    "PLEASE comment on the planning portal, not just here - likes on Facebook don't count as objections!",
    "2026-05-18T18:30:00Z", 4, "Planning",
    "Residents' association organising around a live planning application: specific ongoing conversation for the "
    "planning service.",
    replies=39, likes=142, reposts=57)
add("t5r1", "facebook", "@harpreet.k.sandhu", "Harpreet Kaur Sandhu", None,
    "Gurdwara committee confirms the hall is booked Thursday 7pm, langar served after. Parking is very limited so "
    "please walk or get the 79 if you can 🙏",
    "2026-05-18T19:10:22Z", 1, None,
    "Faith group confirming meeting logistics; no service matter or request - monitor.",
    reply_to="t5", likes=36)
add("t5r2", "facebook", "@vikram.shah.0", "Vikram Shah", None,
    "Objection done. Heads up, the portal crashed twice when I attached my PDF and I lost the whole thing the first "
    "time. Write it in Word first!",
    "2026-05-18T20:47:05Z", 3, "Web",
    "A fault on the council's planning portal mentioned inside the planning thread: the web team should check and "
    "reply. Ambiguous with 4.",
    reply_to="t5", likes=25)

# Thread T6 - Mastodon, tree marking by the Welsh Harp (autumn)
add("t6", "mastodon", "@welshharpwatcher@mastodon.social", "Welsh Harp Watcher", 1180,
    "Contractors have sprayed orange marks on about a dozen mature trees along the path by the Welsh Harp, Cool "
    "Oak Lane side. No notices anywhere. Is this Brent's tree programme or Barnet's? (boundary runs right through "
    "there). Several of us in the Friends group are asking. #Brent #WelshHarp",
    "2026-10-06T12:22:40Z", 4, "Environment",
    "Specific local tree works being discussed by a friends group: tree officers should join and explain. "
    "Ambiguous with 3 (a 'whose is it' question) and may be Barnet's.",
    replies=9, likes=44, reposts=18)
add("t6r1", "mastodon", "@nw10birder@mastodon.social", None, 230,
    "@welshharpwatcher the grey herons were back in the tall poplars this year, lovely to see. Fingers crossed "
    "they're leaving those alone",
    "2026-10-06T13:05:12Z", 1, None,
    "Sympathetic chatter about wildlife inside the thread, no request - monitor.",
    reply_to="t6", likes=15)

# Thread T7 - X, tenants' association on damp and mould, South Kilburn (autumn)
add("t7", "x", "@SKilburnTRA", "South Kilburn Tenants & Residents", 1240,
    "We surveyed 60 flats across our blocks this month. 38 report damp or mould. 11 had a repair 'closed' without "
    "anyone visiting. We're taking this to @Brent_Council housing at the November residents' panel. Residents - add "
    "your experience below 👇",
    "2026-11-02T16:00:00Z", 4, "Housing",
    "Tenants' association gathering evidence on a recurring housing issue for a panel meeting: ongoing "
    "conversation for housing officers. Ambiguous with 5 given the sensitivity of damp and mould since Awaab's Law.",
    replies=22, likes=96, reposts=40)
add("t7r1", "x", "@hodan_m_j", "Hodan", 64,
    "@SKilburnTRA my son is 2 and he's been in hospital twice since September with his chest. the doctor wrote to "
    "the council about the mould in his room in august. we all sleep in the front room now",
    "2026-11-02T17:41:29Z", 5, "Housing",
    "A toddler hospitalised twice, mould reported by a doctor months ago and not fixed: risk to a child's health "
    "and a matter that could cause 'reputational damaging harm' - escalate, and get the case to housing today.",
    esc="child_health_risk", reply_to="t7", likes=57, reposts=12)
add("t7r2", "x", "@kb_carlton", None, 19,
    "@SKilburnTRA @Brent_Council add us. 6th floor Carlton House, black mould behind every wardrobe. repair ref "
    "HR-558301 closed as 'no access' when I was literally home all day",
    "2026-11-02T18:02:03Z", 2, "Housing",
    "Own repair with a reference closed wrongly: 'a person requiring customer services' (also feeds the TRA's "
    "conversation).",
    reply_to="t7", likes=8)

# Thread T10 - X, carer whose mother's care visits stopped (autumn)
add("t10", "x", "@kenton_carer", "Anita | carer", 95,
    "3rd day no carer for mum. She's 88 and can't get out of bed on her own. Agency says Brent cancelled the "
    "package, Brent says ring the agency. I'm in Leeds for work till Friday and my brother's not answering. "
    "@Brent_Council who do I even call",
    "2026-10-14T07:05:48Z", 5, None,
    "A housebound 88-year-old without care visits for three days: vulnerable adult at risk, escalate now "
    "(adult social care, outside the 14 departments).",
    esc="vulnerable_adult", replies=6, likes=31, reposts=14)
add("t10r1", "x", "@dotty_nw9", "Dot", 27,
    "Same. Nothing since Tuesday.",
    "2026-10-14T07:58:30Z", 5, None,
    "In reply to a carer whose mother's care visits stopped, this says another person on the same care package "
    "has had no visits since Tuesday: second vulnerable adult at risk.",
    esc="vulnerable_adult", reply_to="t10", likes=9)

# Thread T11 - council's Facebook page, council tax summons, with a distressed reply (spring)
add("t11", "facebook", "@yvonne.baptiste.3", "Yvonne Baptiste", None,
    "I've paid my council tax by direct debit for 11 years and now I've got a SUMMONS for £486?? Account 30014729. "
    "The bank statements show every payment. Who do I speak to before the court date on the 14th because nobody "
    "answers the phone",
    "2026-04-02T10:11:27Z", 2, "Finance",
    "Own council tax account with an account number and a court date: 'a person requiring customer services'.",
    replies=12, likes=15)
add("t11r1", "facebook", "@lee.carrick.5", "Lee Carrick", None,
    "got the same letter yesterday. honestly I'm done. rent arrears, this, now court. keep thinking everyone would "
    "be better off if I just wasn't here",
    "2026-04-02T12:36:04Z", 5, "Finance",
    "Self-harm cue in a reply about a summons ('better off if I just wasn't here'): escalate at once whatever the "
    "follower count; the debt is secondary.",
    esc="self_harm", reply_to="t11", likes=3)

# ---------------------------------------------------------------------------------------------
# Standalone escalations
add("e_fire", "facebook", "@grace.adeyemi.sb", "Grace Adeyemi", None,
    "I wasn't going to post this but I can't sleep.\n\nThe man who died in the flat fire at Marlow Court on Sunday "
    "night was called Mr Baptiste. He was 74, lived on his own on the 5th floor and fed the pigeons even though we "
    "all told him not to.\n\nThree of us on that landing reported the sockets sparking and the fuse box buzzing in "
    "JULY. I have the emails. We were told an electrician would be booked. Nobody came. The fire brigade told my "
    "neighbour it looks electrical.\n\nI'm not trying to start a pile-on. I want Brent to tell us straight: was the "
    "wiring in our block checked or not? And what are they doing tonight for the rest of us who have the same fuse "
    "boxes?\n\nPlease share so this doesn't just disappear.",
    "2026-11-03T01:12:45Z", 5, "Housing",
    "A death in a fire with prior reports of faulty wiring in a council block, and residents still at risk: 'more "
    "controversial issue' with risk to life - escalate to communications and housing.",
    esc="death", replies=88, likes=412, reposts=230)
add("e_fire_rt", "x", "@nw10_ruth", "Ruth", 180,
    "Read Grace's post in the Stonebridge group. a man died. they reported the wiring in july. RT",
    "2026-11-03T13:40:19Z", 1, "Housing",
    "Reshare of the Marlow Court fire post, which is already escalated; no new facts - monitor and count toward "
    "the spread (ambiguous with 5 if it takes off).",
    likes=22, reposts=19)
add("e_somali", "facebook", "@faadumo.cali.88", "Faadumo Cali", None,
    "Walaalayaal, deriskayga dabaqa 3aad ee Wembley Central, laba carruur yar ayaa habeen walba ooya, hooyadood "
    "toddobaad ma arkin. Cunto ayaan albaabka uga dhigay shalay. Cid aan la hadlo ma aqaan, Brent Council ma i "
    "caawin karaan?",
    "2026-03-21T21:55:09Z", 5, None,
    "Somali: 'My neighbour on the 3rd floor in Wembley Central - two small children cry every night and I haven't "
    "seen their mother for a week. I left food at the door yesterday. Who do I talk to, can Brent Council help?' "
    "Children possibly left alone: safeguarding, escalate.",
    lang="so", esc="child_safeguarding", likes=14, reposts=2)
add("e_gas", "x", "@abu_yusuf_nw10", "Abu Yusuf", 57,
    "@Brent_Council في ريحة غاز قوية جداً على الدرج في العمارة من امبارح، عمارة المجلس في تشيرش إند، الجيران "
    "عندهم أطفال ومحدش جه لحد دلوقتي. نكلم مين؟",
    "2026-10-27T19:31:22Z", 5, "Housing",
    "Arabic: 'There's a very strong smell of gas on the stairs of the building since yesterday - the council block "
    "in Church End; neighbours have children and nobody has come. Who do we call?' Risk to life: escalate and "
    "point to the gas emergency line at once.",
    lang="ar", esc="risk_to_life", likes=2)
add("e_press", "x", "@LucyHartNews", "Lucy Hart", 640,
    "Hi @Brent_Council - I'm reporting for the Wembley Observer this week. Could your press office confirm "
    "whether the Stonebridge day centre will close at the end of October, and roughly how many people use it now? "
    "Happy to take a statement by 3pm. DMs open, thanks!",
    "2026-09-29T09:47:33Z", 5, "Communications",
    "Polite media enquiry from a reporter who names her outlet, despite a small following: journalists go to the "
    "communications officer ('webteam to liaise with relevant communication officer').",
    esc="media_enquiry", likes=3)
add("e_journo_foi", "x", "@ameliaokoro", "Amelia Okoro | housing reporter", 2300,
    "@Brent_Council FOI please: total spend on nightly-paid hotel and B&B temporary accommodation in 2025/26, by "
    "month, and the longest stay by a family with children. Sending by email too. - Amelia Okoro, Kilburn Courier",
    "2026-05-12T11:02:16Z", 5, "Housing",
    "Valid FOI (real name in profile and signed), but from a journalist on a sensitive subject: 'a journalist's "
    "request is 5' - communications, with the request logged.",
    foi=True, foi_valid=True, esc="journalist", likes=41, reposts=17)
add("e_cllr", "x", "@CllrNadiaPerera", "Cllr Nadia Perera", 3100,
    "Third day without heating for 40 flats at Elmwood House in Alperton ward. I've been door-knocking tonight - "
    "older residents sitting in their coats indoors. @Brent_Council this needs a plan by tomorrow, not another "
    "'engineer booked'.",
    "2026-10-19T20:26:51Z", 5, "Housing",
    "Ward councillor publicly raising a block-wide heating failure affecting older residents: councillor plus "
    "vulnerable people - escalate to communications and housing lead.",
    esc="councillor", replies=17, likes=210, reposts=66)
add("e_mp", "x", "@SamirQadriMP", "Samir Qadri MP", 48200,
    "Parents in Kingsbury tell me more than 60 children locally still have no Year 7 place two weeks into term. "
    "I've written to @Brent_Council's chief executive today asking for urgent figures and a plan.",
    "2026-09-15T12:10:00Z", 5, "Education",
    "An MP on a council matter (secondary school places): 'highly influential web commentator' - escalate to "
    "communications and the education lead.",
    verified=True, esc="mp", replies=95, likes=870, reposts=310)
add("e_discrim", "x", "@KilburnMasjid", "Kilburn Community Masjid", 2100,
    "A sister from our community went to the Civic Centre housing desk on Tuesday about her temporary "
    "accommodation. The officer told her to 'take that thing off your face if you want to be understood'. She "
    "left in tears. We have written to @Brent_Council and expect an apology and an investigation.",
    "2026-03-26T15:04:37Z", 5, "Housing",
    "Alleged discrimination by a member of staff, reported by a faith organisation: controversial and "
    "reputation-threatening - escalate.",
    esc="discrimination", replies=40, likes=530, reposts=280)
add("e_breach", "x", "@mo_budget", None, 88,
    "erm @Brent_Council you've just emailed me a spreadsheet called 'CT arrears Oct - Willesden' with like 300 names "
    "addresses and how much they owe. im not one of them?? do i delete it or what",
    "2026-10-08T14:18:55Z", 5, "Finance",
    "A data breach (personal data of ~300 residents sent to the wrong person), written casually: escalate.",
    esc="data_breach", likes=11, reposts=4)
add("e_threat", "facebook", "@sunny.bhatti.wembley", "Sunny Bhatti", None,
    "Third ticket this month outside my OWN shop while I'm unloading stock. I swear down the next warden who does "
    "it, I'm not responsible for what happens to him. Done being polite.",
    "2026-05-05T10:44:20Z", 5, "Parking",
    "A shop owner's threat of violence against civil enforcement officers: threat to staff, escalate (the ticket "
    "dispute is secondary).",
    esc="threat", replies=9, likes=14)
add("e_legal", "x", "@NW_Lettings_Ltd", "Northwest Lettings Ltd", 1800,
    "@Brent_Council Your refusal of selective licences for our 14 properties on Harrow Road is unlawful. Our "
    "solicitors will send pre-action correspondence for judicial review this week and we will be seeking costs.",
    "2026-04-22T09:05:11Z", 5, "Housing",
    "Legal threat (judicial review) from a landlord company over licensing decisions: escalate to communications "
    "and the service lead.",
    esc="legal_threat", likes=6)
add("e_rough", "facebook", "@ewa.zielinska.ldn", "Ewa Zielińska", None,
    "Na Craven Park Road, w bramie koło starego banku, od kilku nocy śpi starszy pan, chyba Polak. Dziś rano miał "
    "mokre ubranie, trząsł się i prawie nic nie odpowiadał. Są 2 stopnie. Czy ktoś wie, gdzie to zgłosić w Brent? "
    "Nie chcę, żeby zamarzł.",
    "2026-11-22T07:26:40Z", 5, "Housing",
    "Polish: 'An older man, probably Polish, has been sleeping in a doorway by the old bank on Craven Park Road for "
    "several nights. This morning his clothes were wet, he was shaking and barely responding. It's 2 degrees. Where "
    "do I report this in Brent? I don't want him to freeze.' Rough sleeper at risk: escalate.",
    lang="pl", esc="rough_sleeper", replies=7, likes=25)
add("e_flood", "x", "@ella_kensalgreen", "Ella", 140,
    "water's coming up through the drain on Wakeman Road and it's at the front step of the basement flats now. the "
    "lady in 12A uses a wheelchair and her door opens inwards. we've rung 999, @Brent_Council is anyone on tonight??",
    "2026-09-26T23:48:02Z", 5, "Emergency Planning",
    "Flooding at night with a wheelchair user trapped below street level: risk to life - escalate out of hours.",
    esc="flood", likes=6, reposts=5)
add("e_scaffold", "facebook", "@paul.ferreira.nw10", "Paul Ferreira", None,
    "The scaffolding on the empty pub on Neasden Lane has been leaning since the wind on Saturday and this morning "
    "two boards came down on the pavement right where the kids walk to school. I've taped it off with bin bags. "
    "Someone needs to look at it TODAY.",
    "2026-03-03T08:09:31Z", 5, "Planning",
    "Dangerous structure over a school route: risk to life - escalate (building control sits with Planning; "
    "Highways for the pavement licence).",
    esc="structural_danger", replies=12, likes=33, reposts=8)
add("e_crowd", "x", "@gigs_n_grime", None, 410,
    "wembley park station after the concert is actually dangerous rn. people pressed against the railings on the "
    "steps, a girl fainted next to me, no stewards on olympic way at all @Brent_Council @TfL",
    "2026-05-30T22:17:44Z", 5, "Emergency Planning",
    "Crowd crush risk on an event night: risk to life in a live incident - escalate to the emergency on-call.",
    esc="crowd_safety", likes=48, reposts=21)
add("e_viral", "instagram", "@wembley.streets", "Wembley Streets", 84000,
    "WATCH: Brent enforcement officers throwing a grandmother's vegetable stall into a lorry on Ealing Road this "
    "morning. She's been there 20 years. 🎥 240k views and counting. @brentcouncil explain yourselves",
    "2026-05-06T13:32:09Z", 5, "Regulatory Services",
    "A video going viral against a service, from a large account: controversial and reputation-threatening - "
    "escalate.",
    esc="viral", replies=1900, likes=31000, reposts=4200)
add("e_blog", "rss", "@brentwatch", "Brent Watch (blog)", None,
    "Questions over planning officer's links to Neasden developer - Documents seen by this blog show that the case "
    "officer who recommended approval of the 11-storey Neasden Goods Yard scheme is listed as a company director "
    "alongside one of the developer's partners. Brent Council has been asked to comment and we will update this "
    "post when it does.",
    "2026-11-10T06:30:00Z", 5, "Planning",
    "Blog alleging a planning officer's undeclared interest: alleged misconduct, and a comment has been sought - "
    "escalate to communications.",
    esc="misconduct")
add("e_vote", "x", "@quietqueensbury", None, 35,
    "Got 4 postal vote packs through the door today for people who moved out of this flat in 2021. Same at my "
    "neighbours. Who do I give these to? Feels dodgy a month before the election @Brent_Council",
    "2026-04-08T18:02:57Z", 5, None,
    "Postal votes issued to former occupants just before the local elections: electoral integrity - escalate "
    "(elections fall outside the 14 departments).",
    esc="electoral_integrity", likes=9, reposts=6)
add("e_influencer", "x", "@TheMotoringMan", "The Motoring Man", 1200000,
    "Just got a £130 ticket from @Brent_Council for stopping 90 seconds on a yellow line near Wembley to let my "
    "elderly dad out of the car. Appeal rejected. Daylight robbery. Brent, you should be ashamed.",
    "2026-09-05T16:20:38Z", 5, "Parking",
    "Own PCN, but from a very large account attacking the service: 'highly influential web commentator' comes "
    "first - escalate (customer services can still handle the case).",
    verified=True, esc="influential", replies=640, likes=9800, reposts=1500)
add("e_candidate", "x", "@Jas4Willesden", "Jas Kaur - Green candidate, Willesden Green", 900,
    "Walked Willesden Green with residents today: 23 fly-tips on 6 streets, some there since March. Brent "
    "Council's enforcement is failing. If elected on 7 May I'll push for a ward-by-ward clean-up plan.",
    "2026-04-18T17:45:12Z", 5, "Environment",
    "A candidate criticising a council service during the pre-election period: escalate to communications (no "
    "political standpoint in any reply).",
    esc="candidate", replies=11, likes=120, reposts=37)

# ---------------------------------------------------------------------------------------------
# Customer services (own cases)
LEGHORN = ("@Brent_Council green bin not emptied again at 22 Leghorn Road NW10. Third time since August. "
           "Please just send someone")
add("c_leghorn1", "x", "@paulineb_nw10", "Pauline B", 74, LEGHORN, "2026-09-17T08:02:40Z", 2, "Environment",
    "Own missed garden-waste collection at a given address: 'a person requiring customer services'.", likes=2)
add("c_leghorn2", "x", "@paulineb_nw10", "Pauline B", 74, LEGHORN, "2026-09-24T07:58:12Z", 2, "Environment",
    "Exact repeat a week later by the same resident: same own case, still customer services.", likes=5)
add("c_pcn", "x", "@deliverydave_", "Dave | Ealing Rd Electricals", 310,
    "@Brent_Council got PCN WM84412907 for loading outside my own shop on Ealing Road, 6 mins unloading, the warden "
    "watched me do it. online appeal keeps timing out on the last page",
    "2026-03-12T11:27:51Z", 2, "Parking",
    "Trader's own penalty charge with a PCN number: customer services (the timing-out appeal page is also worth "
    "passing to the web team).", likes=4)
add("c_boiler", "x", "@tunde_ok", "Tunde O.", 152,
    "no heating no hot water since saturday. flat 23 Hereford House NW6. rang repairs 4 times, every time 'engineer "
    "will call you'. 2 kids, boiling kettles to wash them. ref R-4471902",
    "2026-03-17T06:48:19Z", 2, "Housing",
    "Own urgent repair with address and reference: customer services today. Ambiguous with 5 (children without "
    "heat), but it is March and the family is not described as at risk.", likes=9, reposts=2)
add("c_permit_pt", "facebook", "@juliana.m.costa", "Juliana Costa", None,
    "Olá! Paguei a licença de estacionamento de residente (zona KS) há 3 semanas, referência PP-2207611, e ainda não "
    "aparece no sistema. Ontem já levei uma multa 😩 Alguém do council pode verificar?",
    "2026-10-12T09:15:33Z", 2, "Parking",
    "Portuguese: 'I paid for the residents' parking permit (zone KS) 3 weeks ago, ref PP-2207611, and it still "
    "isn't in the system. Yesterday I got a fine. Can someone from the council check?' Own case.",
    lang="pt", likes=1)
add("c_leak_ur", "x", "@shazia_nw2", "Shazia", 61,
    "@Brent_Council میرے فلیٹ کی چھت سے تین ہفتوں سے پانی ٹپک رہا ہے۔ فلیٹ 9، برومفیلڈ کورٹ۔ دو بار رپورٹ "
    "کیا، کوئی نہیں آیا۔ بچوں کے کمرے میں بالٹی رکھی ہے",
    "2026-04-21T16:44:08Z", 2, "Housing",
    "Urdu: 'Water has been dripping from my flat's ceiling for three weeks. Flat 9, Broomfield Court. Reported "
    "twice, nobody came. There's a bucket in the children's room.' Own repair case.",
    lang="ur", likes=3)
add("c_foi_valid", "x", "@HelenMarchantNW2", "Helen Marchant", 210,
    "@Brent_Council Under the Freedom of Information Act please provide the number of fly-tipping incidents "
    "recorded on Dollis Hill Lane, and the number of fixed penalty notices issued for fly-tipping in Dudden Hill "
    "ward, for 2024 and 2025. Please reply by email, I'll DM the address.",
    "2026-03-24T12:30:02Z", 2, "Environment",
    "Request for recorded information; real name visible in the profile, so valid per the strategy's rule: log it "
    "via customer services, 20 working days.",
    foi=True, foi_valid=True, likes=7)
add("c_foi_pl", "facebook", "@katarzyna.nowak.nw2", "Katarzyna Nowak", None,
    "Dzień dobry, na podstawie Freedom of Information Act proszę o informację, ile mieszkań komunalnych w Brent "
    "stało pustych dłużej niż 6 miesięcy na dzień 1 października 2026 r., z podziałem na dzielnice (wards). "
    "Odpowiedź proszę przesłać na adres: Katarzyna Nowak, 17 Chapter Road, London NW2 5LG. Dziękuję.",
    "2026-10-05T10:02:45Z", 2, "Housing",
    "Polish: 'Under the FOI Act please tell me how many council homes in Brent had been empty for more than 6 "
    "months on 1 October 2026, by ward. Please send the reply to: Katarzyna Nowak, 17 Chapter Road, London NW2 "
    "5LG.' Name and address for correspondence given: valid FOI, log via customer services.",
    lang="pl", foi=True, foi_valid=True, likes=0)
add("c_school", "facebook", "@abdi.warsame.7", "Abdi Warsame", None,
    "We moved to Brent from Croydon in the summer and my daughter (Year 4) still has no school place. Applied "
    "in-year on 3 September, ref IYA/26/4471. She has been at home 7 weeks now and she keeps asking when she can "
    "go to school. Please can someone call me.",
    "2026-10-20T19:22:10Z", 2, "Education",
    "Own in-year admission with a reference: customer services / admissions. Ambiguous with 5 (a child out of "
    "education for 7 weeks), but the parent is engaged and the need is a place.", likes=12)
add("c_bulky", "x", "@lenaspins", "Lena", 402,
    "booked bulky waste (ref BW-88120) for today, paid £35, sofa still sat outside 61 Dudden Hill Lane and now "
    "someone's added a mattress to it 🙃 @Brent_Council",
    "2026-05-13T17:09:44Z", 2, "Environment",
    "Own paid bulky-waste booking missed, with reference and address: customer services.", likes=18)
add("c_pothole", "facebook", "@garry.fenton", "Garry Fenton", None,
    "Hit the pothole on Forty Lane by the Barn Hill junction last night, bent my alloy and the tyre's gone, £280. "
    "How do I claim? And is anyone going to fill the thing before someone on a bike comes off?",
    "2026-03-29T09:33:18Z", 2, "Highways",
    "Own damage claim plus a located defect: highways needs to act. Ambiguous with 3 (how to claim is published).",
    likes=6)
add("c_light", "x", "@nightshift_nurse_kb", None, 233,
    "street light outside 118 Kingsbury Road has been out for a fortnight. I walk home from the bus at 1am after "
    "shifts. reported on the app, ref SL-30918, nothing @Brent_Council",
    "2026-11-12T01:41:26Z", 2, "Highways",
    "Located fault with a report reference that has stalled: customer services / highways to act.", likes=14)
add("c_noise", "x", "@notsleepingNW6", None, 47,
    "3am and the flat above (4, 33 Brondesbury Villas) is blasting music again, 5th night this week. noise line "
    "rings out. recording all of it @Brent_Council",
    "2026-05-09T02:58:03Z", 2, "Regulatory Services",
    "Own noise nuisance case with an address: customer services to the noise team.", likes=1)
add("c_food", "x", "@curiouseater_nw10", "Marcus", 390,
    "Pretty sure that's a mouse dropping in my chips from Chicken Express on High Road Willesden tonight. Photos "
    "and receipt kept. Who at @Brent_Council do I send these to?",
    "2026-09-12T21:14:50Z", 2, "Regulatory Services",
    "Food hygiene complaint about a named premises with evidence: environmental health needs to act.", likes=8)
add("c_assisted", "facebook", "@priya.desai.stag", "Priya Desai", None,
    "My mum is 79 with a walking frame and lives alone at 5 Stag Lane Close. Since the new bins came she can't drag "
    "the blue one to the kerb. I applied for assisted collection in July - nothing. I'm her carer but I work in "
    "Watford, I can't be there every Tuesday morning.",
    "2026-09-30T12:50:31Z", 2, "Environment",
    "Carer asking for her mother's assisted collection, with address and a pending application: customer services.",
    likes=4)
add("c_hr", "linkedin", "@olumide-bakare", "Olumide Bakare", 1450,
    "Applied for the Senior Housing Officer role (ref BRE-2026-0412) at Brent Council six weeks ago, interviewed on "
    "the 3rd and was told I'd hear within 10 days. Nothing since and the recruitment inbox bounces. Does anyone "
    "know who to chase?",
    "2026-05-20T08:12:06Z", 2, "HR",
    "Own job application with a reference; the recruitment address bouncing also matters: HR to reply.", likes=5)
add("c_trader", "facebook", "@mehul.vora.fruit", "Mehul Vora", None,
    "Renewed my street trading licence for the fruit stall outside 142 Ealing Road in February, paid, receipt "
    "ST-10452. Enforcement came today saying it's expired and told me to pack up. Please check your own system "
    "before you threaten people's livelihood.",
    "2026-03-31T15:37:40Z", 2, "Regulatory Services",
    "Trader's own licence record disputed, with receipt number: customer services / licensing to check records.",
    likes=26)
add("c_ctax_hi", "x", "@rakesh_k_wembley", "Rakesh Kumar", 129,
    "@Brent_Council bhai mera single person discount bina bataye hata diya, bill double ho gaya 😤 account "
    "30051188. main 2019 se akela hi rehta hoon. kaun dekhega isko?",
    "2026-04-09T13:03:37Z", 2, "Finance",
    "Romanised Hindi mixed with English: 'my single person discount was removed without telling me, the bill has "
    "doubled, account 30051188, I've lived alone since 2019, who will look at this?' Own council tax account.",
    lang="hi", likes=2)
add("c_evict_fa", "facebook", "@reza.m.1360", "Reza M", None,
    "سلام. صاحبخانه از دیروز برق اتاق ما را قطع کرده که ما از خانه برویم. قرارداد داریم و اجاره را پرداخت "
    "کرده‌ایم. ما در High Road Willesden زندگی می‌کنیم، یک بچه کوچک داریم. آیا Brent Council می‌تواند کمک کند؟",
    "2026-11-09T18:26:53Z", 2, "Housing",
    "Farsi: 'The landlord has cut off our room's electricity since yesterday so that we leave. We have a contract "
    "and have paid rent. We live on High Road Willesden, we have a small child. Can Brent Council help?' "
    "Harassment / illegal eviction of a private tenant: private housing officers to act today. Ambiguous with 5 "
    "(a child without power in November).",
    lang="fa", likes=3)
add("c_library", "x", "@bookworm_ade", "Adeola", 301,
    "@Brent_Council my library account says I owe £14.60 for a book I returned to Willesden Green in March. it's "
    "literally back on the shelf, I checked today. card ending 4471",
    "2026-05-25T14:40:29Z", 2, "Libraries",
    "Own library account charge disputed: customer services / libraries to check the record.", likes=3)

# ---------------------------------------------------------------------------------------------
# Web team responds
add("w_tip", "x", "@newtowembley", None, 58,
    "does the Abbey Road recycling centre open on Good Friday? got a car full of cardboard from the move",
    "2026-04-01T19:20:07Z", 3, "Environment",
    "General 'when is it open' question answered on the website: web team signposts.", likes=0)
add("w_secondary", "x", "@sudburymum", None, 145,
    "When's the deadline for secondary applications? Someone at the school gate swears it's been moved this year 🤔",
    "2026-10-01T08:57:35Z", 3, "Education",
    "Simple confusion about a published deadline: web team responds with the admissions page.", likes=3)
add("w_reception_bn", "facebook", "@rumana.begum.kb", "Rumana Begum", None,
    "আসসালামু আলাইকুম। রিসেপশন ক্লাসের জন্য স্কুলে আবেদন করার শেষ তারিখ কবে? ব্রেন্ট কাউন্সিলের ওয়েবসাইটে "
    "খুঁজে পাচ্ছি না।",
    "2026-11-11T20:05:12Z", 3, "Education",
    "Bengali: 'When is the last date to apply for a reception class school place? I can't find it on the Brent "
    "Council website.' General question: web team signposts (ideally with translated help).",
    lang="bn", likes=2)
add("w_ctax_es", "instagram", "@lucia.en.londres", "Lucía", 780,
    "Hola! Me acabo de mudar a Kilburn desde Madrid 🇪🇸 ¿cómo me registro para pagar el council tax? ¿Se hace "
    "online o hay que ir al Civic Centre? Gracias!!",
    "2026-09-06T10:31:46Z", 3, "Finance",
    "Spanish: 'I've just moved to Kilburn from Madrid - how do I register to pay council tax? Online or do I go to "
    "the Civic Centre?' General how-to answered on the website: web team signposts.",
    lang="es", likes=9)
add("w_500", "x", "@tech_dad_nw10", None, 520,
    "@Brent_Council your 'report a missed collection' page throws a 500 error on submit. chrome and safari. it's "
    "2026 lads",
    "2026-09-22T07:44:01Z", 3, "Web",
    "A fault on the council website: web team fixes or passes on, and replies.", likes=15, reposts=2)
add("w_barnet", "x", "@hendon_hannah", "Hannah", 96,
    "@Brent_Council why is your parking permit site down?? trying to renew my Hendon permit and it just spins",
    "2026-03-05T12:12:12Z", 3, None,
    "Hendon is in Barnet: a mention meant for another council - web team points her to Barnet.", likes=0)
add("w_foi_anon", "x", "@NW10Truther", "NW10 Truth", 233,
    "@Brent_Council FOI request: how much did you pay consultants for the Wembley Park 'placemaking' strategy in "
    "2025? Answer in 20 days or I go to the ICO",
    "2026-05-27T22:31:44Z", 3, "Policy",
    "A real FOI request but from a pseudonymous account with no real name or address: invalid per the strategy's "
    "rule - web team explains how to make a valid request.",
    foi=True, foi_valid=False, likes=19, reposts=6)
add("w_foi_dan", "facebook", "@dan.nw6", "Dan", None,
    "Please provide the schedule of gully cleaning for the streets off Kilburn High Road for this year, the drains "
    "flood every time it rains. Thanks, Dan",
    "2026-10-30T11:48:20Z", 3, "Highways",
    "Request for recorded information ('please provide the schedule') signed with a first name only and no "
    "address: invalid FOI - web team explains how to make a valid one (and can link the published schedule).",
    foi=True, foi_valid=False, likes=1)
add("w_diwali_ta", "x", "@selvi_wembley", "Selvi", 77,
    "@Brent_Council தீபாவளிக்கு ஈலிங் ரோடு எந்த நாள் மூடப்படும்? அன்று பஸ் ஓடுமா?",
    "2026-10-26T17:11:09Z", 3, "Highways",
    "Tamil: 'Which day will Ealing Road be closed for Diwali? Will the buses run that day?' Published event "
    "road-closure information: web team signposts.",
    lang="ta", likes=1)
add("w_garden", "facebook", "@linda.kenton.63", "Linda Walsh", None,
    "Does the garden waste subscription renew automatically this year or do I have to sign up again? Missed it last "
    "year and got nothing collected till May",
    "2026-03-01T09:40:38Z", 3, "Environment",
    "General question about a well-understood scheme: web team signposts.", likes=2)
add("w_foodwaste", "x", "@wembleyhighrd", None, 310,
    "is it true Brent are scrapping weekly food waste collections from April? my neighbour swears she read it",
    "2026-03-10T19:08:26Z", 3, "Environment",
    "'Is it true' rumour about a service: web team corrects with published information.", likes=6)
add("w_register_so", "facebook", "@hawa.abdirahman", "Hawa Abdirahman", None,
    "Salaan, sidee baan isugu diiwaangeliyaa housing register-ka Brent? Waxaan joogaa temporary accommodation "
    "laakiin form-ka online ma fahmin, English-kaygu ma fiicna",
    "2026-05-04T15:55:57Z", 3, "Housing",
    "Somali mixed with English: 'Hello, how do I register on Brent's housing register? I'm in temporary "
    "accommodation but I don't understand the online form, my English isn't good.' How-to question: web team "
    "signposts, with language help. Ambiguous with 2.",
    lang="so", likes=4)
add("w_bio", "instagram", "@jas.brent.life", None, 1300,
    "the link in your bio goes to a 404 page 😅 @brentcouncil",
    "2026-09-16T13:06:40Z", 3, "Web",
    "Broken link on the council's own channel: web team fixes and replies.", likes=11)
add("w_rrc_video", "youtube", "@MartinDIYs", "Martin", 12,
    "Do I need to book for a van or can I just turn up? This video says one thing and the website says another",
    "2026-04-26T10:22:15Z", 3, "Environment",
    "Confusion between the council's how-to video and the website: web team answers and corrects one of them.",
    likes=3)
add("w_visitor", "x", "@visitingnan", None, 33,
    "visiting my nan near Preston Road on Sunday, do I need a visitor permit on a sunday or is it free? signs "
    "make no sense @Brent_Council",
    "2026-05-22T20:14:03Z", 3, "Parking",
    "General parking-zone question answered on the website: web team signposts.", likes=0)
add("w_codeclub", "bluesky", "@harlesdenmum.bsky.social", "Tola", 410,
    "does Harlesden library still do the free code club for kids on saturdays or has it stopped? website just says "
    "'paused' @brent.gov.uk",
    "2026-09-19T09:30:44Z", 3, "Libraries",
    "Simple question about a library activity; the website is unclear - web team answers and updates the page.",
    likes=2)
add("w_extension", "facebook", "@gordon.preston.rd", "Gordon Ellis", None,
    "How do I find out if next door actually has planning permission for the massive rear extension they started "
    "on Monday? Do I need to ring someone or is it online somewhere?",
    "2026-04-18T19:27:33Z", 3, "Planning",
    "General how-to (search the planning register): web team signposts. Ambiguous with 2 if he wants an "
    "enforcement check.", likes=3)
add("w_sandbags", "x", "@kensal_dad", None, 188,
    "Storm warning for tomorrow - does Brent actually give out sandbags or is that a myth?",
    "2026-10-15T18:45:10Z", 3, "Emergency Planning",
    "General 'is it true' question answered by published flood advice: web team responds.", likes=5)
add("w_vote", "x", "@firsttimevoter06", None, 240,
    "how do i register to vote before the local elections, just turned 18 lol @Brent_Council",
    "2026-04-12T16:33:48Z", 3, None,
    "Simple how-to about voter registration: web team signposts (elections fall outside the 14 departments).",
    likes=7)

# ---------------------------------------------------------------------------------------------
# Service conversations (standalone)
add("s_buslane", "x", "@harrowroad_cyclist", "Owen R", 690,
    "Day 4 of the Harrow Road bus lane camera argument in the Kensal Green group. Can someone from @Brent_Council "
    "actually come in and say whether the 7am-7pm hours are changing? We're going round in circles and half the "
    "thread is guessing.",
    "2026-11-05T12:55:21Z", 4, "Parking",
    "The post shows a multi-day discussion among residents about one enforcement scheme: officers (parking, with "
    "highways) should join that conversation.",
    likes=27, reposts=4)

# ---------------------------------------------------------------------------------------------
# Monitor
add("m_crude", "x", "@oilwatcher_fx", "OilWatcher FX", 45300,
    "Brent crude slips below $70 as OPEC+ signals output hike. WTI follows. #oil #Brent",
    "2026-03-11T07:02:00Z", 1, None,
    "Keyword noise: Brent crude oil prices.", verified=True, likes=120, reposts=44)
add("m_bees_pt", "x", "@abelhas_brasil", "Brentford Brasil 🐝", 5200,
    "QUE JOGO! 3x1 no Gtech, o Brent... digo, o Brentford tá voando nessa temporada 🐝🔥 #BrentfordFC",
    "2026-10-04T18:55:32Z", 1, None,
    "Portuguese: 'What a game! 3-1 at the Gtech, Brent... I mean Brentford are flying this season'. Keyword noise: "
    "Brentford FC.", lang="pt", likes=340, reposts=28)
add("m_office", "x", "@appraisalszn", None, 820,
    "me in my appraisal today doing the full David Brent guitar bit to avoid talking about targets 🎸😂",
    "2026-05-14T17:31:20Z", 1, None,
    "Keyword noise: David Brent.", likes=61)
add("m_brentcoach", "instagram", "@brent.fitness.coach", "Brent Coleman", 15400,
    "Brent here 👋 new 6-week shred programme drops Monday, link in bio 💪",
    "2026-09-03T06:00:00Z", 1, None,
    "Keyword noise: a person called Brent.", likes=890)
add("m_brentcross", "facebook", "@kemi.shops", "Kemi A", None,
    "Anyone know if Primark at Brent Cross is open late on Thursday? Need a coat for my son before half term",
    "2026-10-20T12:12:45Z", 1, None,
    "Keyword noise: Brent Cross shopping centre (in Barnet).", likes=0)
add("m_thanks", "x", "@grandad_reg", "Reg", 42,
    "Credit where it's due, the chap who came to fix the leak under my sink in Kilburn was in and out in 40 minutes "
    "and left it cleaner than he found it. Thank you @Brent_Council",
    "2026-04-28T15:20:55Z", 1, "Housing",
    "Praise, no request: 'of no particular consequence' - monitor (a like or thanks is optional).", likes=37)
add("m_diwali_hi", "facebook", "@kavita.sharma.wembley", "Kavita Sharma", None,
    "ईलिंग रोड की दिवाली लाइट्स इस साल बहुत सुंदर हैं! ब्रेंट काउंसिल और सभी वॉलंटियर्स को धन्यवाद 🪔✨",
    "2026-10-31T19:48:06Z", 1, None,
    "Hindi: 'The Ealing Road Diwali lights are beautiful this year! Thanks to Brent Council and all the "
    "volunteers.' Praise - monitor.", lang="hi", likes=54)
add("m_walmlane", "x", "@kilburn_cynic", None, 610,
    "love how @Brent_Council resurfaced Walm Lane in August and dug it all up again in September. genius. absolute "
    "genius 👏",
    "2026-09-26T10:15:27Z", 1, "Highways",
    "Sarcasm with no case or question: monitor (ambiguous with 3 if someone asks why).", likes=44, reposts=6)
add("m_signs", "x", "@alperton_ali", None, 270,
    "how much did the council spend on those new 'Welcome to Brent' signs? bet it was more than my whole street's "
    "pothole budget lol",
    "2026-03-20T12:44:19Z", 1, "Communications",
    "Looks like an FOI but is a rhetorical jibe, not a request for information: monitor.", likes=23)
add("m_abuse", "x", "@xx_nw10_xx", None, 23,
    "brent council are a bunch of useless muppets 🤡🤡🤡",
    "2026-11-14T23:59:03Z", 1, None,
    "Low-reach abuse with no substance: monitor.", likes=1)
SPAM = ("💰 Brent & Wembley residents! Turn £250 into £5,000 in ONE week with our AI trading bot 📈 DM now, "
        "limited spaces #Brent #Wembley #Harlesden")
add("m_spam1", "x", "@ai_gainz_uk_", "AI Gainz UK", 14, SPAM, "2026-05-02T04:12:00Z", 1, None,
    "Spam using local hashtags: no action.")
add("m_spam2", "x", "@ai_gainz_uk_", "AI Gainz UK", 14, SPAM, "2026-05-02T04:42:00Z", 1, None,
    "Exact repeat of the same spam: no action.")
add("m_campaign", "x", "@queensbury_blue", "Queensbury Conservatives", 780,
    "Out on the doorstep in Queensbury this morning. Brent Labour have put your council tax up 4.99% AGAIN. On "
    "7 May you can vote for change 🗳️ #BrentElections",
    "2026-04-25T11:06:37Z", 1, None,
    "Party-political campaigning from a local party account (not a named candidate); the council takes no "
    "political standpoint - monitor. Ambiguous with 5 if it draws in council accounts.", likes=35, reposts=12)
add("m_foodie", "x", "@LondonFoodieLife", "London Foodie", 310000,
    "Best dosa in London? Ealing Road, Wembley never misses 🤤 fight me",
    "2026-11-21T13:00:00Z", 1, None,
    "A very large account saying something of no consequence to the council: monitor.",
    verified=True, likes=6200, reposts=410)
add("m_same", "x", "@grumpy_nw2", None, 56,
    "Same. Nothing since Tuesday.",
    "2026-10-08T09:10:44Z", 1, None,
    "Standalone, no thread and no subject: nothing to act on - monitor. (The same words are a case or an "
    "escalation inside other threads.)", likes=0)
add("m_ealing", "x", "@ealingcyclist", "Sid", 1900,
    "Ealing's new protected cycle lane on Uxbridge Road is brilliant. Wish Brent would do the same for Harrow Road "
    "one day",
    "2026-05-16T08:20:11Z", 1, "Highways",
    "Mostly another borough's scheme, with a passing wish about Brent: no request - monitor.", likes=88, reposts=9)
add("m_foodbank_ar", "facebook", "@harlesden.masjid.foodbank", "Harlesden Masjid Food Bank", None,
    "الحمد لله، وزّعنا هذا الأسبوع أكثر من ٤٠٠ وجبة في بنك الطعام بالتعاون مع مجلس برنت. شكراً لكل المتطوعين "
    "وجزاكم الله خيراً 🤲",
    "2026-03-27T14:30:00Z", 1, None,
    "Arabic: 'Thank God, this week we distributed more than 400 meals at the food bank in partnership with Brent "
    "Council. Thanks to all the volunteers.' Faith group's positive update - monitor (could be shared).",
    lang="ar", likes=160, reposts=20)
add("m_sunset", "bluesky", "@barnhillwalks.bsky.social", None, 340,
    "sunset over the Wembley arch from the top of Barn Hill tonight. honestly Brent, you're alright sometimes 🌅",
    "2026-09-13T19:22:51Z", 1, None,
    "Chatter, affectionate: monitor.", likes=72)
add("m_rss_roundup", "rss", "@kilburntoday", "Kilburn Today", None,
    "Planning round-up: Brent's planning committee on Wednesday approved a nine-storey block of 84 homes on Neasden "
    "Lane and deferred a decision on the Kensal Green garage site after objections about parking. The next "
    "committee meets on 9 December.",
    "2026-11-20T07:00:00Z", 1, "Planning",
    "Neutral local news round-up with no enquiry and nothing inaccurate: monitor.")
add("m_market", "facebook", "@wembley.central.traders", "Wembley Central Traders", None,
    "Big thank you to the Brent licensing team for sorting the Christmas market pitches so quickly this year. "
    "Made a real difference to us small traders 👏",
    "2026-11-25T10:05:14Z", 1, "Regulatory Services",
    "Praise from a traders' group: monitor.", likes=41)
add("m_apprentice", "linkedin", "@zainab-hussain-brent", "Zainab Hussain", 610,
    "Proud to have finished my first year as a business admin apprentice at Brent Civic Centre! Huge thanks to my "
    "team and my mentor. #apprenticeship #localgov",
    "2026-09-10T12:00:00Z", 1, "HR",
    "Staff member's personal celebration: nothing to act on - monitor.", likes=130)


def main():
    rnd = random.Random(16180110)
    key = {}
    for d in ITEMS:  # parents always come before replies in ITEMS
        k = rnd.random()
        if d["reply_to_id"]:
            k = max(k, key[d["reply_to_id"]] + 1e-9)
        key[d["platform_id"]] = k
    out = sorted(ITEMS, key=lambda d: key[d["platform_id"]])
    for d in ITEMS:  # a thread root's replies >= replies here
        if d["thread_id"] == d["platform_id"]:
            n = sum(1 for x in ITEMS if x["thread_id"] == d["platform_id"] and x is not d)
            d["replies"] = max(d["replies"], n)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-I.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(out), "items ->", path)


if __name__ == "__main__":
    main()
