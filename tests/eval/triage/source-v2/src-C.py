#!/usr/bin/env python3
"""Writer C, set v2: 140 hand-written mentions of Brent Council, Aug-Nov 2026, labelled per Appendix A
(and domain.md s.8 ordering). Texts and labels are written by hand below; this script only assigns ids,
resolves threads, shuffles (keeping replies after their parents) and serialises to part-C.jsonl."""
import json, os, random

PREFIX = "19737"
HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS, BYKEY = [], {}
_n = [0]


def M(key, plat, handle, name, fol, t, text, route, dept, reason, esc=None, foi=False, fv=None, lang="en",
      ver=False, rt=None, thread=False, rp=0, lk=0, rs=0):
    _n[0] += 1
    n = _n[0]
    if plat in ("x", "mastodon"):
        pid = f"{PREFIX}{804113000 + n * 7919:010d}"
    else:
        short = {"facebook": "fb", "instagram": "ig", "bluesky": "bsky", "youtube": "yt", "linkedin": "li",
                 "rss": "rss"}[plat]
        pid = f"{short}_{PREFIX}_w2c_{n:03d}"
    d = {"key": key, "platform": plat, "platform_id": pid, "author_handle": handle, "author_name": name,
         "author_followers": fol, "author_verified": ver, "text": text, "created_at": t,
         "reply_to_key": rt, "thread_root": thread, "replies": rp, "likes": lk, "reposts": rs,
         "label": {"route": route, "department": dept, "foi": foi, "foi_valid": fv if foi else None,
                   "escalate_reason": esc, "reason": reason, "language": lang}}
    assert key not in BYKEY, key
    assert (route == 5) == (esc is not None), key
    ITEMS.append(d)
    BYKEY[key] = d


# =====================================================================================================
# Fire at Harlyn House, Stonebridge (Sat 10 Oct 2026, night)
# =====================================================================================================
M("fire_root", "x", "@tunde_stonebridge", "Tunde A.", 184, "2026-10-10T01:37:12Z",
  "@Brent_Council @LondonFire there is a fire in Harlyn House on Hillside, Stonebridge. smoke pouring out the "
  "7th floor windows, people still on balconies waving. my aunty is on the 9th floor and not answering her phone PLEASE",
  5, "Emergency Planning",
  "Fire in a block of flats with people on balconies and a relative unreachable: risk to life, escalate at once "
  "whatever the follower count (s.8 rule 1).", esc="risk_to_life", thread=True, rp=3, lk=41, rs=88)
M("fire_r1", "x", "@kemi.b_nw10", "Kemi", 96, "2026-10-10T01:44:30Z",
  "@tunde_stonebridge praying for your aunty 🙏🏾 stay safe everyone",
  1, "Emergency Planning",
  "Sympathy inside an incident thread that is already escalated; adds nothing new - monitor.",
  rt="fire_root", lk=12)
M("fire_r2", "x", "@stonebridge_mum", "Grace", 233, "2026-10-10T01:52:05Z",
  "@tunde_stonebridge @Brent_Council they told us to stay in our flat on the 5th floor but the smoke is coming "
  "under the door now. what do we do",
  5, "Emergency Planning",
  "Resident trapped in a burning block with smoke entering the flat: immediate risk to life.",
  esc="risk_to_life", rt="fire_root", rp=0, lk=30, rs=25)
M("fire_r3", "x", "@tunde_stonebridge", "Tunde A.", 184, "2026-10-10T03:10:48Z",
  "@kemi.b_nw10 she's out!! firefighters brought her down. thank god. but where are people supposed to sleep "
  "tonight, there's families with babies standing on Hillside in the cold and nobody from the council is here",
  5, "Emergency Planning",
  "Displaced residents of a major fire with no council presence: live incident needing the emergency response "
  "and comms, 'more controversial issue' likely to impact reputation.", esc="major_incident",
  rt="fire_r1", lk=57, rs=40)
M("fire_rt", "x", "@wembley_wanderer", None, 57, "2026-10-10T02:05:00Z",
  "RT @tunde_stonebridge: @Brent_Council @LondonFire there is a fire in Harlyn House on Hillside, Stonebridge. "
  "smoke pouring out the 7th floor windows, people still on balconies waving. my aunty is on the 9th floor and not "
  "answering her phone PLEASE",
  1, "Emergency Planning",
  "Plain reshare of an incident post that is already escalated, low reach: s.8 says reshares of something "
  "already escalated are monitored. Ambiguous with 5 if read without the original.")
M("fire_doors", "facebook", "@marcia.hylton.stonebridge", "Marcia Hylton", None, "2026-10-12T19:20:41Z",
  "Two days on from the Harlyn House fire and I still can't sleep.\n\n"
  "I want people to know: the fire doors on the 6th and 7th floor landings have been broken or wedged open since "
  "March. I reported it to Brent Housing FOUR times, I have every email. The alarm in our stairwell never went off "
  "on Saturday night, we only knew because of the shouting.\n\n"
  "After Grenfell how is this still happening in 2026? We want a public meeting and we want answers, not another "
  "leaflet. Please share.",
  5, "Housing",
  "Allegation that reported fire-safety defects were ignored before a fire: fire safety is controversial and "
  "reputation-threatening (s.8 rule 1), not a routine repair.", esc="fire_safety", rp=64, lk=412, rs=230)
M("fire_journo", "x", "@lucy_mensah_news", "Lucy Mensah", 212, "2026-10-11T10:05:19Z",
  "Hi @Brent_Council, I'm a reporter at the Brent & Kilburn Times working on a story about Saturday's fire at "
  "Harlyn House. Could your press office tell me how many households have been moved into emergency accommodation, "
  "and whether the block's fire risk assessment was up to date? My DMs are open. Thanks",
  5, "Communications",
  "Journalist naming her outlet, polite media enquiry on a fire: press goes to comms whatever the follower count. "
  "Not flagged as FOI - it is a press enquiry, though a journalist's FOI would be route 5 anyway.",
  esc="journalist", lk=3)
M("fire_sympathy", "instagram", "@nw10_together", "NW10 Together", 1900, "2026-10-10T11:30:00Z",
  "thoughts with everyone at Harlyn House 💔 donations (clothes, nappies, toiletries, phone chargers) being "
  "collected at the Stonebridge community hub until 6pm today. tag a neighbour who can help",
  1, "Emergency Planning",
  "Community sympathy and donation drive; no request of the council - monitor (useful intelligence for the "
  "incident team).", lk=640, rs=0)
M("fire_ar_displaced", "facebook", "@youssef.haddad.77", "Youssef Haddad", None, "2026-10-13T08:12:00Z",
  "عائلتي كانت تسكن في الشقة 54 في مبنى Harlyn House. نحن في فندق منذ ثلاثة أيام، والأطفال بلا زي مدرسي "
  "ولا كتب، ولم يتصل بنا أحد من المجلس حتى الآن. ماذا نفعل وإلى من نتوجه؟",
  2, "Housing",
  "Arabic: 'My family lived in flat 54 in Harlyn House. We have been in a hotel for three days, the children have "
  "no school uniform or books, nobody from the council has called us. What do we do, who do we go to?' A displaced "
  "household's own case needing a housing officer. Ambiguous with 5: part of the fire response.",
  lang="ar", lk=6)

# =====================================================================================================
# Data incident: council tax support spreadsheet emailed out (Tue 22 Sep 2026)
# =====================================================================================================
M("data_root", "x", "@sunita_k_wembley", "Sunita K", 312, "2026-09-22T09:14:27Z",
  "@Brent_Council I've just received an email from your council tax support team with a spreadsheet attached. It "
  "has names, addresses and benefit amounts for what looks like hundreds of people in Brent. I'm not one of them. "
  "This can't be right??",
  5, "Finance",
  "Personal data of many residents sent to the wrong recipient: a data breach is controversial and dangerous "
  "(s.8 rule 1) whatever the reach.", esc="data_breach", thread=True, rp=3, lk=58, rs=41)
M("data_r1", "x", "@mr_obeng", "Kwame Obeng", 88, "2026-09-22T09:40:02Z",
  "@sunita_k_wembley @Brent_Council same here. My neighbour's name and her housing benefit is on it. I've not "
  "opened the other tabs. Who do we even report this to",
  5, "Finance",
  "Second recipient confirms the breach and that third parties' data are exposed: data breach.",
  esc="data_breach", rt="data_root", lk=22, rs=6)
M("data_r2", "x", "@wemb_ley_lad", None, 41, "2026-09-22T10:02:55Z",
  "@sunita_k_wembley lmao brent council strikes again 💀",
  1, "Finance",
  "Low-reach mockery in a thread that is already escalated; no substance - monitor.", rt="data_root", lk=4)
M("data_r3", "x", "@sunita_k_wembley", "Sunita K", 312, "2026-09-22T15:02:11Z",
  "@Brent_Council any update on this?",
  5, "Finance",
  "In context a chaser on the unanswered data-breach thread: stays with the escalation. Same text standalone is "
  "route 3 (see hollie_kr).", esc="data_breach", rt="data_r1", lk=9)
M("data_rss", "rss", "@brentunfiltered", "Brent Unfiltered (blog)", None, "2026-09-23T07:30:00Z",
  "Brent Council emails benefit details of around 700 residents to wrong recipients\n"
  "Several readers have forwarded us an email sent on Tuesday morning by the council's council tax support team. "
  "Attached was a spreadsheet listing names, addresses and award amounts for roughly 700 claimants. We have asked "
  "the council whether it has reported the incident to the Information Commissioner and how it will contact the "
  "people affected...",
  5, "Finance",
  "Local blog publishing a data breach story and putting questions to the council: data breach plus media.",
  esc="data_breach")
M("any_update_solo", "x", "@hollie_kr", "Hollie", 140, "2026-11-03T12:48:00Z",
  "@Brent_Council any update on this?",
  3, None,
  "Standalone, no visible context or earlier thread: the web team replies asking what it concerns. Ambiguous with "
  "1. Contrast the same words inside the data-breach thread (route 5).", lk=0)

# =====================================================================================================
# Other escalations (route 5)
# =====================================================================================================
M("child_alone", "facebook", "@jade.w.harlesden", "Jade W", None, "2026-09-13T22:41:09Z",
  "Not being funny but the little boy in the flat above mine (Church Road, Harlesden) has been on his own since "
  "Friday I think. I hear him crying at night and his mum's not been back. He's maybe 5 or 6. Don't want to get "
  "anyone in trouble but who do I even ring about this",
  5, None,
  "A young child apparently left alone for days: child safeguarding, risk to a child, escalate now whatever the "
  "reach (children's social care is outside the 14 departments).", esc="safeguarding_child", lk=7)
M("not_seen_patel", "x", "@dollishill_dee", "Dee", 67, "2026-11-17T18:22:40Z",
  "haven't seen Mr Patel from number 14 since last Thursday. milk still on the step and his lights haven't come "
  "on. he's 86 and lives on his own. rang the bell loads. @Brent_Council who do I call",
  5, None,
  "Elderly man living alone not seen for days: possible person at risk, welfare check needed at once.",
  esc="welfare_concern", lk=5)
M("pl_not_seen", "facebook", "@ewa.kowalczyk.nw6", "Ewa Kowalczyk", None, "2026-11-21T20:15:00Z",
  "Moja sąsiadka, starsza pani spod numeru 7 na Carlton Vale (Kilburn), nie otwiera drzwi od czterech dni. "
  "Światło się nie pali, listy leżą pod drzwiami, telefon nie odpowiada. Mieszka sama. Nie wiem, do kogo "
  "zadzwonić. @Brent_Council proszę o pomoc",
  5, None,
  "Polish: 'My neighbour, an elderly lady at no. 7 Carlton Vale, Kilburn, hasn't opened the door for four days; "
  "no lights, letters piling up, phone not answered; she lives alone; who do I call, please help.' Someone not "
  "seen for days: welfare concern.", esc="welfare_concern", lang="pl", lk=3)
M("rough_sleeper", "x", "@ktfromkilburn", "KT", 301, "2026-11-24T23:15:33Z",
  "there's a man sleeping outside the old Willesden Green library entrance, no sleeping bag, it's 2 degrees "
  "tonight and he didn't really respond when i spoke to him. do i call 999 or streetlink?? @Brent_Council",
  5, "Housing",
  "Rough sleeper barely responsive on a freezing night: risk to life; also outreach (homelessness).",
  esc="rough_sleeper_risk", lk=14, rs=3)
M("self_harm", "facebook", "@nadia.r.family", "Nadia R", None, "2026-10-19T23:48:00Z",
  "6 months in one room with two kids and the mould is back on every wall. I've filled every form, rang every "
  "number, my case ref is HN/26/04471. Nobody calls back.\n\n"
  "I'm honestly so tired. I don't see the point of anything any more. maybe they'd all be better off without me.",
  5, "Housing",
  "Self-harm cues ('better off without me') outweigh the housing case: someone may be at risk, escalate first; "
  "the case ref then goes to Housing.", esc="self_harm", lk=11)
M("so_baby_mould", "facebook", "@hodan.ali.nw10", "Hodan Ali", None, "2026-11-02T16:05:00Z",
  "Ilmahayga yar oo 8 bil jir ah ayaa shalay isbitaalka la dhigay. Dhakhtarku wuxuu yiri dhibaatada neefsashada "
  "waxaa sababay caarada (mould) ku jirta gurigayaga ee Harlesden. Brent Council waxaan u sheegnay sanad ka hor, "
  "weli wax lama qaban. Maxaan sameeyaa?",
  5, "Housing",
  "Somali: 'My 8-month-old baby was admitted to hospital yesterday; the doctor said the breathing problem is caused "
  "by the mould in our home in Harlesden; we told Brent Council a year ago and nothing has been done. What do I "
  "do?' A child harmed by unremedied damp: risk to a child and highly controversial (Awaab's law).",
  esc="child_health_risk", lang="so", lk=19, rs=4)
M("death_damp", "facebook", "@leroy.campbell.kilburn", "Leroy Campbell", None, "2026-10-29T21:10:00Z",
  "My uncle Dennis passed away in his flat in Kilburn Square last month. At the inquest opening the coroner's "
  "officer asked us about the damp and the heating.\n\n"
  "We had been ringing Brent housing about the mould and the broken heating since last winter. Nobody came. He was "
  "72. I want somebody to be accountable for this.",
  5, "Housing",
  "A death linked by the family to unrepaired damp and heating in a council flat: death and potential inquest, "
  "controversial - escalate to comms and the service lead.", esc="death", rp=38, lk=210, rs=95)
M("discrim_desk", "x", "@amina_wembley", "Amina", 522, "2026-09-08T14:33:10Z",
  "Took my mum to the Civic Centre today to sort her council tax. The man on the desk said \"if she can't speak "
  "English she should bring someone who can, this isn't a translation service\" and rolled his eyes. She's lived "
  "in Brent 31 years. Disgusting.",
  5, "HR",
  "Alleged discriminatory treatment by a member of staff: escalate (staff conduct, so HR with the service).",
  esc="discrimination", lk=180, rs=61)
M("ar_discrim", "x", "@mariam_nw10", "مريم", 143, "2026-10-06T13:02:00Z",
  "ذهبت اليوم إلى مكتب الإسكان في مركز برنت المدني، وقال لي الموظف: \"أمثالكِ يأتون إلى هنا فقط ليأخذوا "
  "البيوت\"، وضحك زميله. كنت أرتدي الحجاب. أريد أن أقدّم شكوى رسمية ضد هذا الموظف. @Brent_Council",
  5, "HR",
  "Arabic: 'Today at the housing office in Brent Civic Centre the officer told me \"people like you only come here "
  "to take the houses\" and his colleague laughed; I was wearing the hijab; I want to make a formal complaint.' "
  "Discrimination by staff.", esc="discrimination", lang="ar", lk=34, rs=12)
M("threat_warden", "x", "@vanmanharlesden", None, 38, "2026-09-16T17:05:00Z",
  "that parking warden on ealing road tickets my van one more time im gonna wait for him after his shift i know "
  "where he parks. not joking",
  5, "Parking",
  "Specific threat to a member of staff: escalate whatever the reach.", esc="threat_to_staff", lk=2)
M("legal_threat", "x", "@southkilburnrez", "Sharon D", 410, "2026-11-10T09:20:00Z",
  "My solicitor has sent Brent Council a letter before claim over the disrepair in my flat on the South Kilburn "
  "estate. 14 months of leaks and a ceiling that came down in the bathroom. See you in court @Brent_Council",
  5, "Housing",
  "Legal threat (letter before claim) over disrepair: goes to comms/legal with Housing, not customer services.",
  esc="legal_threat", lk=48, rs=10)
M("misconduct_planning", "bluesky", "@willesdenwatch.bsky.social", "Willesden Watch", 2100,
  "2026-09-30T19:45:00Z",
  "Thread: documents released to residents show the Brent planning officer who recommended approval for the "
  "Neasden Lane scheme accepted hospitality from the developer twice before the committee sat. It's in the "
  "council's own gifts register. Why was this not declared at committee? 1/5",
  5, "Planning",
  "Alleged misconduct by a named role in a planning decision, from an active local watchdog: controversial.",
  esc="misconduct", lk=260, rs=140)
M("cllr_lights", "x", "@CllrRuthOkeke", "Cllr Ruth Okeke", 2900, "2026-11-12T08:10:00Z",
  "Residents of Kenton Road and Preston Hill have had no street lighting for three weeks now. Older residents tell "
  "me they're scared to walk home from the bus. I've raised this with officers twice - @Brent_Council can we "
  "please have a date?",
  5, "Highways",
  "A councillor publicly pressing on a council matter: escalate (leading members, comms and the service lead), "
  "even though polite.", esc="councillor", lk=95, rs=30)
M("mp_libraries", "x", "@SamOkaforMP", "Sam Okafor MP", 31000, "2026-10-02T11:00:00Z",
  "I've had dozens of constituents in Kilburn and Kensal Rise contact me about the proposed cuts to library "
  "opening hours. I've written to the Leader of @Brent_Council asking for the consultation to be extended. "
  "Libraries are a lifeline.",
  5, "Libraries",
  "MP speaking on a live, controversial consultation: highly influential commentator.", esc="mp", ver=True,
  rp=120, lk=1400, rs=380)
M("candidate_potholes", "facebook", "@danielprice.harlesden", "Daniel Price - Harlesden by-election candidate",
  4300, "2026-10-04T17:30:00Z",
  "Out on the doorstep in Harlesden again today. Potholes, broken pavements, leaves never cleared, street lights "
  "out on Acton Lane - residents are fed up with how Brent Council is running this ward. On 15 October you can "
  "send them a message. #Harlesden #ByElection",
  5, "Highways",
  "By-election candidate campaigning on council services: a candidate on a council matter is escalated; comms "
  "must answer without any political standpoint (pre-election period).", esc="candidate", rp=22, lk=150, rs=40)
M("viral_recycling", "x", "@LondonLivesTV", "London Lives", 612000, "2026-10-21T12:15:00Z",
  "🎥 Brent bin crew filmed tipping a whole street's blue recycling bins into the general waste lorry in "
  "Kingsbury. 'What's the point of us sorting it?' says the resident who shot the video. Over 400k views.",
  5, "Environment",
  "Very large account, video going viral against a service: highly influential and controversial.",
  esc="viral", ver=True, rp=850, lk=9800, rs=3100)
M("carnival_crush", "x", "@kensalrise_kaz", "Kaz", 190, "2026-08-30T19:12:44Z",
  "Kensal Green station is a crush. they've shut the gates and hundreds of people are being pushed back onto "
  "Harrow Road into the traffic. kids here. someone is going to get hurt @Brent_Council @TfL @metpoliceuk",
  5, "Emergency Planning",
  "Crowd crush risk on Notting Hill Carnival Sunday at a Brent station: risk to life, emergency planning.",
  esc="crowd_safety", lk=66, rs=51)
M("gas_smell", "x", "@queensparkmo", "Mo", 75, "2026-10-27T16:40:00Z",
  "strong smell of gas on the 3rd floor stairwell in our block on Kilburn Park Road since this morning. caretaker "
  "said it's not his job. there's kids and a pensioner on the landing",
  5, "Housing",
  "Suspected gas leak in a council block with the caretaker declining to act: risk to life.",
  esc="gas_leak", lk=8)
M("bulging_wall", "facebook", "@tom.ashworth.nw10", "Tom Ashworth", None, "2026-09-09T07:52:00Z",
  "The garden wall on the corner of Pound Lane and High Road Willesden is bulging badly and has big cracks right "
  "through it. Bricks came off this morning onto the pavement, exactly where the primary school kids walk. I've "
  "taped it off with bin bags. @Brent Council please send someone TODAY before it lands on a child.",
  5, "Highways",
  "Structural danger over a school walking route: risk to life, dangerous structure.",
  esc="structural_danger", lk=37, rs=22)
M("flood_car", "x", "@neasden_nights", None, 140, "2026-10-23T17:52:10Z",
  "car stuck in the flood under the north circ underpass at Neasden, water up to the windows and the driver still "
  "inside on the phone. drains been blocked with leaves for weeks. someone call 999 @Brent_Council",
  5, "Highways",
  "Person trapped in flood water: risk to life; blocked drains make it a reputational issue for the council too.",
  esc="risk_to_life", lk=25, rs=19)
M("fireworks_block", "x", "@churchend_neighbour", None, 112, "2026-11-05T20:31:00Z",
  "kids throwing lit rockets at the 206 bus and into the entrance of our block on Church End estate. one went "
  "through someone's letterbox on the ground floor. every night this week. someone is getting burnt",
  5, "Regulatory Services",
  "Fireworks fired into a residential block and letterbox on Bonfire Night: fire and injury risk - escalate "
  "(community safety with police). Ambiguous with 2 as ongoing anti-social behaviour.",
  esc="risk_to_life", lk=20, rs=6)
M("poll_cards", "x", "@harlesden_voter", None, 64, "2026-10-03T10:22:00Z",
  "3 poll cards came to my flat for the by-election for people who moved out in 2019. anyone could walk in and use "
  "them. is this how Brent runs elections??",
  5, None,
  "Electoral integrity ahead of a by-election: controversial; elections are outside the 14 departments.",
  esc="electoral_integrity", lk=31, rs=17)
M("journo_foi", "x", "@jfarrell_ldr", "Jo Farrell", 860, "2026-10-14T09:05:00Z",
  "@Brent_Council Hi - Jo Farrell, local democracy reporter for MyLondon. Under the Freedom of Information Act "
  "please could you provide the number of fire risk assessments for council-owned blocks that were overdue on "
  "1 October 2026, broken down by block. Happy to receive at the email in my bio.",
  5, "Housing",
  "Valid FOI (real name in profile and post) but from a journalist on fire safety: s.8 says a journalist's "
  "request is route 5; log the FOI clock too.", esc="journalist", foi=True, fv=True, lk=12, rs=5)
M("bbc_mastodon", "mastodon", "@hannaidowu@journa.host", "Hanna Idowu (BBC London)", 640, "2026-10-20T10:30:00Z",
  "@BrentCouncil@social.brent.gov.uk Hello, I'm a producer at BBC London. Is someone available to talk about the "
  "changes to library opening hours that start next month? Thanks.",
  5, "Libraries",
  "Neutral, polite media enquiry from a named outlet, modest followers: media goes to comms.",
  esc="journalist", lk=1)

# =====================================================================================================
# Service conversations (route 4)
# =====================================================================================================
M("lib_root", "facebook", "@helen.marsh.kr", "Helen Marsh", None, "2026-09-28T19:05:00Z",
  "Has anyone filled in the council's library consultation yet? The proposal is to cut Kensal Rise library to 3 "
  "days a week and move the children's rhyme time to Willesden. Consultation closes 30 October. I think we should "
  "put in a group response from this group - who's in?",
  4, "Libraries",
  "Residents' group organising around a live consultation: 'a more specific ongoing conversation of relevance to a "
  "particular service area' - Libraries officers should join.", thread=True, rp=4, lk=46)
M("lib_r1", "facebook", "@femi.adeyemi.nw10", "Femi Adeyemi", None, "2026-09-28T19:31:00Z",
  "In. The Saturday closure would kill it for working parents. Also the survey only lets you choose between two "
  "options which is a bit rigged tbh.",
  4, "Libraries",
  "Substantive critical contribution to the consultation thread (survey design): part of the service "
  "conversation; critical but not reputation-threatening.", rt="lib_root", lk=18)
M("lib_r2", "facebook", "@ola.k.queenspark", "Ola K", None, "2026-09-28T20:02:00Z",
  "Does anyone know if there's a drop in session? I can't do online forms",
  3, "Libraries",
  "Simple question that the published consultation page answers (drop-in dates, paper copies): web team can "
  "answer. Ambiguous with 4 as part of the thread.", rt="lib_root", lk=3)
M("lib_r3", "facebook", "@helen.marsh.kr", "Helen Marsh", None, "2026-09-29T07:40:00Z",
  "Ok I've started a shared doc for the group response. Will post it here on Friday. Please add your points about "
  "rhyme time and the homework club.",
  4, "Libraries",
  "Organiser shows the conversation is ongoing and building a collective response: service conversation.",
  rt="lib_root", lk=21)
M("lib_r4", "facebook", "@raj.mistry.9", "Raj Mistry", None, "2026-09-29T08:15:00Z",
  "lol good luck, they've already decided",
  1, "Libraries", "Cynical aside, no request - monitor.", rt="lib_root", lk=9)

M("ss_root", "x", "@willesden_dad", "Mark", 430, "2026-09-07T08:44:00Z",
  "Day 3 of the new School Street on Harlesden Road outside the primary and it's chaos - drivers doing U-turns at "
  "the barrier, cars dumped on Springfield Road instead. @Brent_Council is anyone actually monitoring this?",
  4, "Highways",
  "Start of a neighbourhood discussion about a new School Street scheme at term start: specific ongoing "
  "conversation for Highways officers to join.", thread=True, rp=3, lk=27, rs=4)
M("ss_r1", "x", "@nw10cyclist", None, 880, "2026-09-07T09:10:00Z",
  "@willesden_dad honestly it's way calmer at the gate than last year. the displacement onto Springfield needs "
  "sorting though. camera warning letters start in week 2 right?",
  4, "Highways",
  "Another resident weighing up the same scheme: part of the service conversation.", rt="ss_root", lk=15)
M("ss_r2", "x", "@mrs_a_hussain", None, 57, "2026-09-07T09:26:00Z",
  "@willesden_dad @Brent_Council same here, nothing's changed on our road",
  4, "Highways",
  "In the School Street thread this joins the displacement discussion: route 4. The same words standalone "
  "(leafy_kenton) are route 1.", rt="ss_root", lk=4)
M("same_solo", "x", "@leafy_kenton", None, 31, "2026-10-08T18:02:00Z",
  "same here, nothing's changed on our road",
  1, None,
  "Standalone, no thread or subject: a vague moan with no case or request - monitor. Contrast the same words in "
  "the School Street thread (route 4).")

M("alp_root", "facebook", "@alpertonresidents", "Alperton Residents Association", 1250, "2026-09-25T18:00:00Z",
  "Planning application 26/2817 - 21-storey tower on the canal-side site off Ealing Road.\n\n"
  "Objections close 16 October. Main issues we've spotted so far: no extra GP capacity, 12 parking spaces for 240 "
  "flats, and overshadowing of the canal path. Meeting at the community hall Thursday 7pm.\n\n"
  "Please read the documents and comment on the application!",
  4, "Planning",
  "Residents' association running a discussion on a live planning application: Planning officers should join.",
  thread=True, rp=2, lk=88, rs=31)
M("alp_r1", "facebook", "@deepa.shah.ha0", "Deepa Shah", None, "2026-09-25T20:44:00Z",
  "Went through the daylight report - the figures for the Carlyon Road houses look wrong to me, they've used the "
  "wrong window positions. Has anyone asked the case officer about it?",
  4, "Planning",
  "Technical point on the live application, asking to involve the case officer: service conversation.",
  rt="alp_root", lk=24)
M("alp_r2", "facebook", "@mark.ellis.wembley", "Mark Ellis", None, "2026-09-26T07:12:00Z",
  "We need more homes though. I'd rather a tower by the canal than nothing being built for my kids. Happy to come "
  "Thursday and say so.",
  4, "Planning",
  "Supporting view in the same application discussion: part of the ongoing conversation.", rt="alp_root", lk=30)

M("ft_root", "x", "@harlesden_hannah", "Hannah", 615, "2026-10-16T12:20:00Z",
  "Week 6 of photographing the fly-tip in the alley behind the Manor Park Road shops. Sofa, mattresses, builders' "
  "rubble. Cleared Tuesday, back by Friday. Same van every time according to the neighbours. @Brent_Council what's "
  "the plan for this spot?",
  4, "Environment",
  "Recurring fly-tipping hotspot that neighbours have been tracking for weeks: ongoing conversation for the "
  "enforcement/street scene officers.", thread=True, rp=2, lk=40, rs=12)
M("ft_r1", "x", "@kwesi_nw10", "Kwesi", 143, "2026-10-16T12:51:00Z",
  "@harlesden_hannah the CCTV camera they put up in March points at the wrong bit of the alley lol. we told the "
  "enforcement guy at the ward meeting",
  4, "Environment", "Adds detail to the hotspot discussion: service conversation.", rt="ft_root", lk=11)
M("ft_r2", "x", "@harlesden_hannah", "Hannah", 615, "2026-10-16T13:30:00Z",
  "@kwesi_nw10 yes!! and the ward cllr said they'd look at a gate. 3 months ago. maybe we ask for a residents' "
  "walkabout with the street scene team?",
  4, "Environment", "Residents proposing a joint walkabout: ongoing service conversation.", rt="ft_r1", lk=14)

M("leaves_mastodon", "mastodon", "@kingsburycommuter@mastodon.social", "Roe Green Residents (Jo)", 210,
  "2026-11-04T19:30:00Z",
  "Our residents' group has been logging the pavements around Roe Green since the leaves came down: 14 spots "
  "where the leaves hide broken slabs, two near-misses with older neighbours. We sent the list to Brent highways on "
  "20 Oct and are adding to it weekly. Anyone else in #Brent doing the same? Happy to compare notes.",
  4, "Highways",
  "Organised, continuing residents' survey of one service matter, inviting others: ongoing conversation for "
  "Highways inspectors. Ambiguous with 2 (a list of defects).", lk=19, rs=7)

M("cpz_root", "facebook", "@tom.walsh.queensbury", "Tom Walsh", None, "2026-10-09T20:10:00Z",
  "Following on from last week's thread - I've now had replies from 40 households on the proposed Queensbury CPZ. "
  "26 against, 11 for, 3 unsure. The council's consultation page still doesn't say whether event-day restrictions "
  "are included. I'll keep this thread updated; would be really good if someone from the parking team could "
  "join us here.",
  4, "Parking",
  "Explicitly ongoing discussion of a parking-zone consultation, asking for officers to join: route 4.",
  thread=True, rp=1, lk=33)
M("cpz_gu", "facebook", "@hasmukh.patel.kenton", "Hasmukh Patel", None, "2026-10-09T21:02:00Z",
  "અમે પણ આ CPZ ની વિરુદ્ધ છીએ. મંદિરમાં દર્શન માટે આવતા વડીલો ક્યાં પાર્ક કરશે? કાઉન્સિલના પાર્કિંગ "
  "વિભાગે અમારી સાથે બેસીને વાત કરવી જોઈએ.",
  4, "Parking",
  "Gujarati: 'We too are against this CPZ. Where will the elders who come to the temple park? The council's parking "
  "department should sit down and talk with us.' Contribution to the ongoing CPZ conversation.",
  lang="gu", rt="cpz_root", lk=12)
M("traders_rss", "rss", "@khrtraders", "Kilburn High Road Traders (newsletter)", None, "2026-11-02T07:00:00Z",
  "Loading-bay trial: week 3 update\n"
  "The council's loading-bay trial on Kilburn High Road is now into its third week. Feedback from members is "
  "mixed: deliveries are easier before 10am, but the bus-lane hours change is confusing customers. Our next "
  "traders' meeting with council officers is on 12 November - send us your comments before then.",
  4, "Highways",
  "Business group's running commentary on a live trial with officer meetings planned: service conversation.")
M("li_library_pilot", "linkedin", "@grace-obi-community", "Grace Obi", 1400, "2026-11-18T10:00:00Z",
  "Three months into our charity's part in Brent's community-led library pilot at Barham Park. What we've "
  "learned: volunteers love it, footfall is up on Saturdays, but we need clearer guidance from the council on "
  "volunteer training and the book stock rota. Keen to keep working this through with the libraries team - "
  "comments from others in the pilot welcome.",
  4, "Libraries",
  "Partner organisation in an ongoing library pilot asking the service to engage: route 4.", lk=77, rs=6)

# =====================================================================================================
# Customer services (route 2)
# =====================================================================================================
M("bins_chatsworth", "x", "@mrs_okonkwo", None, 44, "2026-09-01T07:58:00Z",
  "@Brent_Council bins not collected at 42 Chatsworth Road NW2 again. 2nd week running. recycling spilling all "
  "over the pavement",
  2, "Environment", "Own missed collection at a given address: needs an officer to act.", lk=2)
M("bins_rep1", "x", "@harlesdengdns9", None, 12, "2026-09-15T08:30:00Z",
  "Still no collection at 9 Harlesden Gardens NW10. Third time reporting. @Brent_Council",
  2, "Environment", "Own missed collection, address given: customer services (exact repeat below, same label).")
M("bins_rep2", "x", "@harlesdengdns9", None, 12, "2026-09-17T08:27:00Z",
  "Still no collection at 9 Harlesden Gardens NW10. Third time reporting. @Brent_Council",
  2, "Environment", "Exact repeat of the same author's earlier post: same route, own case with an address.", lk=1)
M("pcn_carnival", "x", "@carnival_casualty", None, 203, "2026-09-01T11:40:00Z",
  "@Brent_Council got PCN BT45021987 on Chamberlayne Road on carnival monday when your own signs said restrictions "
  "suspended. got photos of the sign. how do i appeal this",
  2, "Parking",
  "Own PCN with a reference: needs the parking team. Ambiguous with 3 (the appeal route is online).", lk=6)
M("ct_double", "facebook", "@priya.desai.311", "Priya Desai", None, "2026-10-05T12:14:00Z",
  "Brent council tax took my direct debit TWICE this month (£187.42 on the 1st and again on the 3rd). Account "
  "30048817. I've rung 3 times and waited 45 mins each time.\n\nCan someone please sort this, that's my food shop "
  "money for the month.",
  2, "Finance", "Own council tax account with a double payment: Finance must look up the record.", lk=15)
M("boiler", "x", "@boiler_blues_nw6", None, 77, "2026-10-22T07:15:00Z",
  "day 5 no heating or hot water, council flat in Kilburn, 2 kids under 4. repair ref HR-2288114. they keep "
  "saying engineer 'next available'. it's october ffs",
  2, "Housing",
  "Own repair with a reference: customer services within 24h. Ambiguous with 5 (young children without heat) - "
  "no immediate danger stated.", lk=9, rs=2)
M("mould_kilburnsq", "x", "@kilburnsq_flat6", None, 58, "2026-11-09T18:40:00Z",
  "Black mould back in my son's bedroom at Flat 6 Kilburn Square. Reported in Aug, Sept and now. Bleached it myself "
  "again. When is someone actually coming? @Brent_Council",
  2, "Housing",
  "Own damp and mould case at a given flat: Housing to act. Ambiguous with 5 (child's room, repeated reports) but "
  "no harm to health stated.", lk=7)
M("permit_ks", "x", "@zone_ks_resident", None, 95, "2026-09-10T19:05:00Z",
  "applied for my resident permit for zone KS 3 weeks ago, paid, still nothing. ref PRM-559201. got a ticket "
  "outside my own house yesterday 🙃",
  2, "Parking", "Own permit application with a reference and a linked PCN: parking team.", lk=3)
M("y7_place", "facebook", "@fatima.noor.neasden", "Fatima Noor", None, "2026-09-08T10:20:00Z",
  "My daughter STILL doesn't have a Year 7 place. Term started last Thursday and she's sat at home while all her "
  "friends are at school.\n\nWe applied on time, application BRE-Y7-26-01934, we moved to Neasden in July. Nobody "
  "answers the admissions email. What am I supposed to do??",
  2, "Education",
  "Own admissions case with a reference: Education to act quickly. Ambiguous with 5 (child out of school) - no "
  "sign of risk.", lk=22)
M("pothole_claim", "x", "@dollishilldriver", None, 160, "2026-10-30T08:05:00Z",
  "hit a pothole hidden under wet leaves on Dollis Hill Lane outside no. 88 last night, tyre and alloy gone. photos "
  "attached. how do I claim for this?",
  2, "Highways",
  "A specific defect at an address plus the person's own claim: Highways/insurance must act. Ambiguous with 3 "
  "(the claims form is published).", lk=5)
M("streetlight_sudbury", "x", "@sudbury_sam", None, 210, "2026-11-03T17:35:00Z",
  "streetlight outside 57 Harrow Road Sudbury (column no. 23) been out 2 weeks now. pitch black at the bus stop",
  2, "Highways", "Specific fault with a column number: needs an officer to raise the repair.", lk=4)
M("drain_ivy", "x", "@ivy_rd_resident", None, 48, "2026-10-26T09:12:00Z",
  "leaves blocking the drain outside 30 Ivy Road NW2 again, water across the whole pavement every time it rains. "
  "can the street cleaners come before the weekend pls",
  2, "Environment", "Specific location needing leaf clearance: street cleansing to act.", lk=1)
M("flytip_craven", "facebook", "@gary.t.nw10", "Gary T", None, "2026-09-19T10:45:00Z",
  "Someone's dumped a mattress, a fridge and about 10 black bags at the corner of Craven Park Road and Fortunegate "
  "Road since Monday. Fridge is leaking something. Photos below.",
  2, "Environment", "Specific fly-tip at a location: report for clearance.", lk=8)
M("noise_17b", "x", "@cantsleep_nw10", None, 22, "2026-09-26T02:40:00Z",
  "neighbour at 17b keeps blasting music 2-4am every night. reported it, noise ref NS/2026/1432, nobody came out. "
  "i work 6am shifts @Brent_Council",
  2, "Regulatory Services", "Own noise complaint with a reference: Regulatory Services to follow up.")
M("library_fines", "x", "@bookworm_bea", "Bea", 130, "2026-10-07T13:00:00Z",
  "returned all my books to Kilburn library on the 2nd but my account still says 3 overdue and £4.20 fines. card "
  "ending 4471. can someone check please? x",
  2, "Libraries", "Own library account needing a records check: customer services.", lk=1)
M("biz_rates", "facebook", "@abdul.karim.ealingrd", "Abdul Karim", None, "2026-09-14T11:30:00Z",
  "Our shop on Ealing Road got a business rates bill for £14k when last year was £6k and nothing has changed. "
  "Account 7001234521. Small business relief not applied? Who do I speak to, nobody picks up.",
  2, "Finance", "Business's own rates account: Finance must look up the account.", lk=5)
M("diwali_closure", "facebook", "@mina.patel.kenton", "Mina Patel", None, "2026-10-28T19:50:00Z",
  "We applied in AUGUST for a road closure for our Diwali street celebration on Carlton Avenue East, ref "
  "TTRO-26-0442. Diwali is 8 November and we've still heard nothing! Neighbours have already bought food and "
  "lights. Please can someone check.",
  2, "Highways", "Own road-closure application with a reference and a deadline: officer must check.", lk=13)
M("foi_akhan", "x", "@akhan_nw2", "A. Khan", 230, "2026-10-01T10:15:00Z",
  "FOI request: My name is Ahmed Khan, 23 Villiers Road, London NW2 5PH. Please provide the number of potholes "
  "reported in Willesden Green ward in 2025 and how many were repaired within 28 days. @Brent_Council",
  2, "Highways",
  "Request for recorded information with full name and a postal address in the post: valid FOI, log it via "
  "customer services (20 working days).", foi=True, fv=True, lk=3)
M("foi_oconnell", "x", "@moconnell_kensal", "Margaret O'Connell", 310, "2026-11-11T14:20:00Z",
  "@Brent_Council How much did the council spend on agency and interim staff in 2025/26? Please provide the total "
  "and the number of agency workers by department.",
  2, "HR",
  "Request for recorded information; real name visible in profile: valid FOI, to be logged.", foi=True, fv=True,
  lk=6, rs=2)
M("pl_foi", "facebook", "@katarzyna.nowak.nw10", "Katarzyna Nowak", None, "2026-10-19T18:00:00Z",
  "Dzień dobry, na podstawie Freedom of Information Act proszę o informację: ile zgłoszeń dotyczących wilgoci i "
  "pleśni w mieszkaniach komunalnych w Brent otrzymała rada w 2025 roku i ile z nich zostało naprawionych w ciągu "
  "miesiąca. Katarzyna Nowak, 41 Dudden Hill Lane, London NW10 1BD.",
  2, "Housing",
  "Polish: 'Under the Freedom of Information Act please tell me how many damp and mould reports in council homes "
  "Brent received in 2025 and how many were fixed within a month. Katarzyna Nowak, 41 Dudden Hill Lane, NW10 "
  "1BD.' Name and address given: valid FOI, log it.", foi=True, fv=True, lang="pl", lk=2)
M("gu_bins", "x", "@hiten_kenton", "Hiten", 85, "2026-09-24T08:10:00Z",
  "@Brent_Council 18 Kenton Road પર અમારું રિસાયક્લિંગ બિન ત્રણ અઠવાડિયાથી ખાલી થયું નથી. બધે દુર્ગંધ આવે "
  "છે. કૃપા કરીને કોઈને મોકલો.",
  2, "Environment",
  "Gujarati: 'Our recycling bin at 18 Kenton Road hasn't been emptied for three weeks; it smells everywhere; please "
  "send someone.' Own missed collection at an address.", lang="gu", lk=1)
M("ro_pcn", "facebook", "@andrei.popescu.wembley", "Andrei Popescu", None, "2026-09-20T15:30:00Z",
  "Bună ziua, am primit o amendă de parcare (PCN WM80455321) pe Wembley Park Drive în ziua meciului, deși aveam "
  "permis de vizitator valabil pus la vedere pe bord. Am poze. Cum pot contesta? Mulțumesc.",
  2, "Parking",
  "Romanian: 'I got a PCN WM80455321 on Wembley Park Drive on match day although I had a valid visitor permit on "
  "the dashboard; I have photos; how can I challenge it?' Own PCN with a reference. Ambiguous with 3.",
  lang="ro", lk=0)
M("ur_ct", "x", "@rukhsana_wembley", "Rukhsana", 61, "2026-10-12T11:45:00Z",
  "@Brent_Council میرا کونسل ٹیکس اکاؤنٹ نمبر 30077152 ہے۔ میرے شوہر کا مارچ میں انتقال ہو گیا تھا، اب میں "
  "اکیلی رہتی ہوں، لیکن بل میں سنگل پرسن ڈسکاؤنٹ نہیں لگا۔ براہ کرم مدد کریں۔",
  2, "Finance",
  "Urdu: 'My council tax account is 30077152. My husband died in March, I now live alone, but the single person "
  "discount has not been applied. Please help.' Own account; the bereavement is not a controversial death.",
  lang="ur", lk=2)
M("ta_leak", "facebook", "@selvi.raj.stonebridge", "Selvi Raj", None, "2026-11-16T09:30:00Z",
  "எங்கள் வீட்டின் (Flat 3, Brentfield Road, Stonebridge) சமையலறை கூரையிலிருந்து இரண்டு வாரங்களாக தண்ணீர் "
  "கசிகிறது. பழுது எண் HR-2291730. இன்னும் யாரும் வரவில்லை. தயவுசெய்து உதவுங்கள்.",
  2, "Housing",
  "Tamil: 'Water has been leaking from our kitchen ceiling (Flat 3, Brentfield Road, Stonebridge) for two weeks; "
  "repair number HR-2291730; nobody has come yet; please help.' Own repair case.", lang="ta", lk=3)
M("planning_enf", "x", "@kenton_neighbour14", None, 70, "2026-09-05T10:05:00Z",
  "the extension at 16 Kenton Road is already 2 metres deeper than the approved plans (26/1877). building on "
  "sundays too. who from planning enforcement can come and look?",
  2, "Planning", "Specific enforcement complaint against a named site: Planning enforcement to act.", lk=2)
M("li_job_portal", "linkedin", "@chidi-eze-planner", "Chidi Eze", 530, "2026-08-12T09:40:00Z",
  "Applied for the Brent Council Graduate Planner role (ref BRE-2026-118) well before the deadline, but the "
  "recruitment portal now shows my application as 'withdrawn'. I didn't withdraw it. Could someone from the "
  "recruitment team look into this please?",
  2, "HR", "Own job application with a reference needing a records check: HR.", lk=4)
M("b_and_b", "x", "@tempacc_mum3", None, 19, "2026-08-18T21:30:00Z",
  "8 weeks in a B&B in Cricklewood with 3 kids in one room, no kitchen. case number HPU/26/3319. we were told 6 "
  "weeks max. when are we moving?",
  2, "Housing",
  "Own homelessness case with a reference: Housing to update. Ambiguous with 5 (families in B&B beyond six weeks "
  "is a legal limit and sensitive) - kept at 2 as no risk is stated.", lk=6)
M("ctr_wait", "x", "@ctr_waiting", None, 33, "2026-08-25T13:10:00Z",
  "applied for council tax support in july, ref CTR-77812, still nothing and now I've got a reminder letter "
  "threatening court. @Brent_Council",
  2, "Finance", "Own council tax support claim with a reference: Finance to look it up.")
M("assisted_bins", "x", "@preston_rd_son", None, 150, "2026-10-13T10:02:00Z",
  "assisted collection missed AGAIN at 4 Preston Road flats, my mum is 80 and can't drag the bin. 4th time since "
  "july @Brent_Council",
  2, "Environment", "Own assisted-collection failure at an address: customer services.", lk=5)
M("abuse_substance", "x", "@fuming_fiona", "Fiona", 140, "2026-11-19T16:20:00Z",
  "absolute f***ing joke of a council. 3 months waiting for a stairlift assessment for my dad in Wembley and every "
  "call it's 'someone will ring you back'. SHAME ON YOU @Brent_Council",
  2, None,
  "Abusive but with substance: her father's own adult social care case needs an officer (care is outside the "
  "14 departments). Abuse does not change the route.", lk=12, rs=2)

# =====================================================================================================
# Web team responds (route 3)
# =====================================================================================================
M("bank_hol_bins", "x", "@kenton_kay", None, 140, "2026-08-28T18:20:00Z",
  "do the bins change for the bank holiday monday? @Brent_Council",
  3, "Environment", "General 'when' question answered by the published collection calendar.")
M("kilburn_lib_sundays", "x", "@jj_queenspark", "JJ", 210, "2026-09-06T12:30:00Z",
  "is the Kilburn library closed on sundays now? someone in the park said the hours changed this month",
  3, "Libraries", "'Is it true' confusion about library hours: signpost to the published hours.", lk=1)
M("school_place_how", "facebook", "@lola.b.wembley", "Lola B", None, "2026-09-02T19:00:00Z",
  "How do I apply for a school place for my son? We just moved to Wembley from Manchester, he's in year 4.",
  3, "Education", "General 'how' question on in-year admissions, no case yet: signpost to the website.")
M("fireworks_display", "x", "@firework_fan_nw9", None, 60, "2026-10-25T17:00:00Z",
  "is there a council fireworks display this year? roundwood park used to do one",
  3, None, "General events question the published events page answers (events sit outside the 14 departments).")
M("pothole_form_down", "x", "@impatient_ian", "Ian", 340, "2026-11-06T08:50:00Z",
  "@Brent_Council your report a pothole page has been spinning for 10 mins, tried on phone and laptop. is the "
  "site down?",
  3, "Web", "Fault on the council website: web team responds and fixes.", lk=3)
M("a11y_404", "mastodon", "@a11yanna@mastodon.social", "Anna (accessibility)", 1500, "2026-09-18T10:10:00Z",
  "@BrentCouncil@social.brent.gov.uk the 'e-books and e-audio' link on your libraries page returns a 404 since "
  "the redesign. Also the new opening-hours table is an image with no alt text, so screen readers get nothing.",
  3, "Web", "Website faults (broken link, missing alt text): web team's own fix.", lk=22, rs=8)
M("wg_lib_hours_wrong", "facebook", "@rita.cole.nw2", "Rita Cole", None, "2026-10-03T09:45:00Z",
  "Your website said Willesden Green library opens at 9 on Saturdays. Stood outside till 9:40 with two kids in the "
  "rain. Sign on the door says 10. Which is it?",
  3, "Web", "Wrong information on the website about library hours: web team corrects and replies. Ambiguous with "
  "1 (moan).", lk=4)
M("hanwell_bins", "x", "@ealing_ellie", None, 55, "2026-09-29T08:00:00Z",
  "@Brent_Council bins on my road in Hanwell haven't been collected for a fortnight, it's disgusting",
  3, None, "Hanwell is in Ealing: a mention meant for another council - web team points her to Ealing.")
M("kenton_rd_works", "x", "@kenton_rd_commuter", None, 180, "2026-10-15T07:55:00Z",
  "@Brent_Council why are the roadworks on the Harrow side of Kenton Road taking 3 months?? the diversion through "
  "Kenton is a nightmare",
  3, None, "Works on the Harrow side are Harrow's: mention meant for another council, signpost. Ambiguous with 1.")
M("brent_cross_carpark", "x", "@brentcross_shopper", None, 75, "2026-11-29T15:10:00Z",
  "@Brent_Council the car park barrier at Brent Cross shopping centre charged me twice, who do I complain to?",
  3, None,
  "Brent Cross is in Barnet and the car park is private: a confusion the web team can answer by signposting.")
M("foi_wembleywatcher", "x", "@wembleywatcher", None, 860, "2026-09-11T21:05:00Z",
  "@Brent_Council FOI request: how much did you spend on the big screens in the Civic Centre atrium and who "
  "supplied them? 20 working days, clock's ticking ⏱",
  3, "Finance",
  "Request for recorded information, but a pseudonymous account with no real name or address: invalid FOI - web "
  "team explains how to make a valid request.", foi=True, fv=False, lk=19, rs=4)
M("foi_dave", "facebook", "@davey.nw10", "Davey NW10", None, "2026-09-03T20:30:00Z",
  "Can I get the figures for how many parking tickets were issued in Harlesden and Kensal Green over carnival "
  "weekend? Thanks, Dave",
  3, "Parking",
  "Request for recorded information signed with a first name only and a nickname profile: invalid FOI, route 3.",
  foi=True, fv=False, lk=2)
M("pcn_how_pay", "x", "@newdriver_nw10", None, 30, "2026-09-21T18:40:00Z",
  "how do you pay a PCN online? the letter says brent.gov.uk/pcn but it takes me to the home page",
  3, "Parking",
  "General 'how' question with a possible broken short link; no PCN given: web team responds (and checks the link).")
M("diwali_pavement", "facebook", "@harsha.mehta.wembley", "Harsha Mehta", None, "2026-10-20T20:15:00Z",
  "Do we need permission from the council to do a little Diwali diya and rangoli celebration on the pavement "
  "outside our houses? Nothing big, just neighbours on our road. Don't want to get fined.",
  3, "Regulatory Services", "General 'do I need permission' question answered by published guidance.")
M("damp_how", "x", "@newtenant_nw10", None, 44, "2026-11-01T20:05:00Z",
  "how do I report damp in a council flat? is there a form or do I have to ring?",
  3, "Housing",
  "General 'how' question, no address or case given: signpost to the repairs form. Ambiguous with 2 (likely their "
  "own flat).")
M("neasden_lib_closing", "facebook", "@simone.grant.neasden", "Simone Grant", None, "2026-10-01T16:30:00Z",
  "Is it true Neasden library is closing for good? My mum heard it at church and now she's in a state. Where's the "
  "actual information about these library changes?",
  3, "Libraries", "'Is it true' confusion about library changes: signpost to the consultation page.", lk=6)
M("event_day_permit", "x", "@eventday_emma", None, 120, "2026-09-12T10:30:00Z",
  "do I need a visitor permit on wembley event days if I'm in zone WA? the signs are so confusing",
  3, "Parking", "General rules question published on the event-day parking page.")
M("hi_fsm", "x", "@rohit_alperton", "Rohit", 50, "2026-09-09T16:20:00Z",
  "ब्रेंट में फ्री स्कूल मील के लिए आवेदन कैसे करें? मेरे दोनों बच्चे अल्पर्टन के एक प्राइमरी स्कूल में पढ़ते हैं। "
  "@Brent_Council",
  3, "Education",
  "Hindi: 'How do I apply for free school meals in Brent? Both my children attend a primary school in Alperton.' "
  "General how-to: signpost.", lang="hi")
M("es_lib_hours", "instagram", "@lucia.en.londres", "Lucía", 800, "2026-11-07T11:00:00Z",
  "¿Alguien sabe el nuevo horario de la biblioteca de Wembley? Quiero llevar a mis hijos a la hora del cuento los "
  "sábados 📚 @brentcouncil",
  3, "Libraries",
  "Spanish: 'Does anyone know the new opening hours of Wembley library? I want to take my children to Saturday "
  "story time.' General question: signpost.", lang="es", lk=20)
M("bn_civic_hours", "facebook", "@rahima.begum.nw10", "Rahima Begum", None, "2026-10-16T09:15:00Z",
  "ব্রেন্ট সিভিক সেন্টার শনিবার কয়টায় খোলে? আমার কাউন্সিল ট্যাক্সের কাগজপত্র জমা দিতে হবে।",
  3, "Finance",
  "Bengali: 'What time does Brent Civic Centre open on Saturday? I have to hand in my council tax papers.' General "
  "question: signpost to opening hours and online upload.", lang="bn")
M("pt_school", "facebook", "@ana.souza.harlesden", "Ana Souza", None, "2026-09-04T14:00:00Z",
  "Boa tarde! Chegamos do Brasil mês passado e moramos em Harlesden. Como faço para matricular minha filha de 7 "
  "anos numa escola aqui? Preciso ir ao Civic Centre ou é tudo online?",
  3, "Education",
  "Portuguese: 'We arrived from Brazil last month and live in Harlesden; how do I enrol my 7-year-old daughter in "
  "a school; do I go to the Civic Centre or is it all online?' General how-to: signpost.", lang="pt", lk=1)
M("carnival_roads", "x", "@carnival_route_q", None, 88, "2026-08-28T16:45:00Z",
  "Which roads in Brent are shut for carnival this weekend? need to get from Kensal Rise to Harlesden on monday",
  3, "Highways", "General question answered by published road-closure information.")
M("fa_visitor_permit", "x", "@parisa_kilburn", "Parisa", 120, "2026-11-13T19:25:00Z",
  "سلام، چطور می‌توانم برای مهمانم مجوز پارک موقت (visitor permit) در کیلبرن بگیرم؟ در سایت شورا پیدا نکردم. "
  "@Brent_Council",
  3, "Parking",
  "Farsi: 'How can I get a temporary visitor parking permit for my guest in Kilburn? I couldn't find it on the "
  "council site.' General how-to plus findability: web team responds.", lang="fa")

# =====================================================================================================
# Monitor (route 1)
# =====================================================================================================
M("crude1", "x", "@oiltrader_jk", "JK Commodities", 4100, "2026-09-17T13:05:00Z",
  "Brent crude slips below $70 as OPEC+ signals another output hike. WTI follows. #oil #commodities",
  1, None, "Keyword noise: Brent crude oil.", lk=14, rs=3)
M("crude_rss", "rss", "@energymarketsdaily", "Energy Markets Daily", None, "2026-11-20T06:30:00Z",
  "Brent futures rise 2% on supply fears\n"
  "Brent crude for January delivery rose $1.41 to $73.20 a barrel in early trading as traders weighed fresh "
  "supply disruption in the Middle East...",
  1, None, "Keyword noise: Brent crude in a markets feed.")
M("brentford", "x", "@bees_fan_1889", None, 950, "2026-09-19T15:47:00Z",
  "BRENTFORD 2-0 UP AT HALF TIME LETS GOOOOO 🐝🐝🐝",
  1, None, "Keyword noise: Brentford FC.", lk=80, rs=6)
M("brent_cross_rammed", "instagram", "@shopaholic_sian", "Sian", 2300, "2026-11-28T17:20:00Z",
  "Brent Cross was absolutely rammed today, never again on a Saturday before Christmas 😩🛍️",
  1, None, "Keyword noise: Brent Cross shopping centre (Barnet).", lk=140)
M("david_brent", "x", "@officebanter_tom", "Tom", 310, "2026-10-09T16:30:00Z",
  "my manager just did a full David Brent speech at the team away day. 'a friend first, a boss second' i'm dying",
  1, None, "Keyword noise: David Brent.", lk=52, rs=4)
M("bday_brent", "facebook", "@karen.lewis.22", "Karen Lewis", None, "2026-08-09T08:00:00Z",
  "Happy 40th birthday to my wonderful brother Brent! 🎉 Have the best day, love you loads x",
  1, None, "Keyword noise: a person called Brent.", lk=37)
M("camden_lights", "x", "@camden_carl", "Carl", 400, "2026-11-02T20:00:00Z",
  "Camden council have finally fixed the lights on our estate. Took them long enough. Brent friends, how's yours?",
  1, None, "Another borough's matter with a passing mention of Brent: monitor.", lk=6)
M("praise_bin_crew", "x", "@kingsbury_mum_of2", None, 80, "2026-09-29T12:10:00Z",
  "shoutout to the bin crew on Kingsbury Road, they wave at my son every tuesday and he thinks they're superheroes "
  "🚛❤️ @Brent_Council",
  1, "Environment", "Praise, no request: monitor (could be shared with the service).", lk=45, rs=3)
M("praise_homework", "facebook", "@tania.o.wembley", "Tania O", None, "2026-10-02T18:30:00Z",
  "Wembley library's homework club has been a lifesaver this first month back at school. The staff are amazing "
  "with my twins. Thank you!",
  1, "Libraries", "Praise and thanks: monitor.", lk=29)
M("thanks_pothole", "x", "@roe_green_ron", "Ron", 120, "2026-11-05T11:00:00Z",
  "Reported the pothole on Roe Green on Monday, fixed by Thursday. Credit where it's due @Brent_Council 👏",
  1, "Highways", "Thanks for a completed repair: monitor.", lk=17)
M("porridge", "bluesky", "@porridgeroads.bsky.social", None, 260, "2026-10-18T09:30:00Z",
  "love how brent fills potholes with what looks like cold porridge and calls it a repair 👌 see you back in 2 weeks",
  1, "Highways", "Sarcasm with no location or request: monitor.", lk=33, rs=5)
M("bins_again", "x", "@nw2_grumbles", None, 33, "2026-09-22T07:40:00Z",
  "bins?? again",
  1, "Environment",
  "Very short moan with no address or case: monitor. Ambiguous with 2 (an officer might ask for the address).")
M("clowns", "x", "@angryinwembley", None, 45, "2026-10-24T23:50:00Z",
  "brent council are a bunch of useless clowns 🤡🤡🤡 every single one of them",
  1, None, "Low-reach abuse with no substance: monitor, do not engage.")
M("qt_viral", "x", "@lol_ct", None, 18, "2026-10-21T13:40:00Z",
  "imagine paying £2k council tax for this 💀 QT @LondonLivesTV: Brent bin crew filmed tipping a whole street's "
  "blue recycling bins into the general waste lorry in Kingsbury",
  1, "Environment", "Low-reach quote of an item already escalated: monitor.", lk=3)
M("spam_earn", "x", "@cash_king_uk", None, 12, "2026-08-21T03:14:00Z",
  "@Brent_Council 💰 Earn £500 DAILY from home!! DM me for the secret 🔥 limited spots",
  1, None, "Spam.")
M("spam_crypto", "facebook", "@crypto.wealth.hub", "Crypto Wealth Hub", None, "2026-11-22T04:05:00Z",
  "Congratulations Brent Council! I made $12,000 in 2 weeks with Mrs Sandra's bitcoin investment program, contact "
  "her on WhatsApp to start today!!",
  1, None, "Spam comment on the council page: monitor (hide only if needed).")
M("vote_green", "x", "@harlesden_greens_4u", None, 160, "2026-10-13T19:00:00Z",
  "Another year of the same old lot running Brent into the ground. Vote Green in the Harlesden by-election on "
  "Thursday 🌍🗳️ #HarlesdenByElection",
  1, None,
  "Ordinary activist's party-political campaigning, low reach, no council matter to act on: monitor; take no "
  "political standpoint.", lk=11, rs=6)
M("ldn_skyline", "x", "@ldn_skyline", "London Skyline", 540000, "2026-09-24T19:20:00Z",
  "Wembley Park at dusk tonight 🌆 never gets old",
  1, None, "Very large account saying something of no consequence: monitor.", ver=True, lk=5200, rs=310)
M("diwali_lights_ig", "instagram", "@ealingroad_nights", "Ealing Road Nights", 5400, "2026-11-06T19:45:00Z",
  "Ealing Road Diwali lights are ON ✨🪔 Wembley you look beautiful #Diwali2026 #Brent",
  1, None, "Festive chatter: monitor.", lk=880)
M("gu_diwali", "facebook", "@bhavna.shah.kingsbury", "Bhavna Shah", None, "2026-11-08T10:00:00Z",
  "બ્રેન્ટના બધા મિત્રોને દિવાળીની હાર્દિક શુભકામનાઓ અને નૂતન વર્ષાભિનંદન! ઈલિંગ રોડની રોશની આ વર્ષે ખૂબ જ "
  "સુંદર છે. 🪔✨",
  1, None,
  "Gujarati: 'Happy Diwali and New Year to all friends in Brent! The Ealing Road lights are very beautiful this "
  "year.' Greeting: monitor.", lang="gu", lk=54)
M("ta_deepavali", "x", "@tamil_wembley", "Tamil Wembley", 700, "2026-11-09T09:10:00Z",
  "பிரெண்ட் கவுன்சிலுக்கு நன்றி! வெம்ப்ளியில் நடந்த தீபாவளி கொண்டாட்டம் மிகவும் அருமையாக இருந்தது. 🪔🎆 "
  "@Brent_Council",
  1, "Communications",
  "Tamil: 'Thank you Brent Council! The Deepavali celebration in Wembley was wonderful.' Praise: monitor.",
  lang="ta", lk=40, rs=5)
M("li_new_role", "linkedin", "@aisha-rahman-planning", "Aisha Rahman", 900, "2026-09-01T08:30:00Z",
  "Thrilled to share that I've started a new role as Senior Planning Officer at Brent Council! Looking forward to "
  "working on Wembley's next chapter with a brilliant team.",
  1, "HR", "Staff career news: nothing to act on - monitor.", lk=120)
M("yt_caddy", "youtube", "@diy_dad_nw9", "DIY Dad", 120, "2026-10-11T20:15:00Z",
  "clear video thanks, didn't know the liners could go in with the general rubbish. more of these please 👍",
  1, "Environment", "Positive comment on the council's how-to video: monitor.", lk=3)
M("bsky_logo", "bluesky", "@civicnerd.bsky.social", "civic nerd", 3400, "2026-10-26T21:30:00Z",
  "Wonder how much Brent spent on the new 'Brent Libraries: Reimagined' logo. Bet it was more than the book "
  "budget. 🙄",
  1, "Libraries",
  "Rhetorical jibe, not a request for recorded information: not FOI; sarcasm with no request - monitor.",
  lk=48, rs=9)
M("carnival_vibes", "instagram", "@carnival_kings", None, 2200, "2026-08-31T11:25:00Z",
  "heading to carnival via Kensal Rise, trains rammed already but the vibes are immaculate 🎶🇹🇹",
  1, None, "Carnival chatter passing through Brent: monitor.", lk=96)
M("pothole_olympics", "x", "@nw_potholes_league", "NW Pothole League", 1800, "2026-11-15T12:00:00Z",
  "Potholes in Brent are basically an Olympic sport at this point. Today's entry: Dudden Hill Lane, 7/10, would "
  "not cycle again.",
  1, "Highways",
  "Jokey moan, no specific location or request. Ambiguous with 2 (names a road) and with 4 (a running account).",
  lk=130, rs=22)
M("harrow_better", "x", "@harrow_hattie", None, 200, "2026-10-30T19:00:00Z",
  "Harrow council's bin service is miles better than Brent's tbh. my sister in Neasden gets hers missed constantly",
  1, "Environment", "Comparison moan with no case or request: monitor.", lk=7)
M("bonfire_dog", "x", "@bonfire_boy", None, 90, "2026-11-05T21:10:00Z",
  "fireworks going off all over Wembley tonight, dog is NOT impressed 🐶🎆",
  1, None, "Bonfire Night chatter, no risk or request: monitor.", lk=12)


# =====================================================================================================
def build():
    ids = {d["key"]: d["platform_id"] for d in ITEMS}
    # resolve thread ids
    def root_of(d):
        while d["reply_to_key"]:
            d = BYKEY[d["reply_to_key"]]
        return d
    for d in ITEMS:
        if d["reply_to_key"]:
            r = root_of(d)
            assert r["thread_root"], d["key"]
            d["thread_id"] = r["platform_id"]
            assert d["created_at"] > BYKEY[d["reply_to_key"]]["created_at"], d["key"]
        else:
            d["thread_id"] = d["platform_id"] if d["thread_root"] else None
    # thread root replies >= replies present
    cnt = {}
    for d in ITEMS:
        if d["reply_to_key"]:
            p = d["reply_to_key"]
            cnt[p] = cnt.get(p, 0) + 1
    for k, c in cnt.items():
        if BYKEY[k]["replies"] < c:
            BYKEY[k]["replies"] = c
    rnd = random.Random(19737)
    order = ITEMS[:]
    rnd.shuffle(order)
    out, done, pending = [], set(), order
    while pending:
        for i, d in enumerate(pending):
            if d["reply_to_key"] is None or d["reply_to_key"] in done:
                out.append(d); done.add(d["key"]); pending.pop(i); break
    lines = []
    for d in out:
        rec = {"platform": d["platform"], "platform_id": d["platform_id"], "author_handle": d["author_handle"],
               "author_name": d["author_name"], "author_followers": d["author_followers"],
               "author_verified": d["author_verified"], "text": d["text"], "created_at": d["created_at"],
               "reply_to_id": ids[d["reply_to_key"]] if d["reply_to_key"] else None,
               "thread_id": d["thread_id"], "replies": d["replies"], "likes": d["likes"],
               "reposts": d["reposts"], "language": None, "label": d["label"], "provenance": "written"}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "part-C.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "written")


if __name__ == "__main__":
    build()
