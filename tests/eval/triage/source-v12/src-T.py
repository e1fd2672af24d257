#!/usr/bin/env python3
"""Writer T, eval set v12: 110 hand-written, hand-labelled mentions of Brent Council.
Texts and labels are written by hand below; this script only assigns ids, threads, shuffles and serialises."""
import json, random, os

PREFIX = "75319"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-T.jsonl")

ITEMS = []


def add(key, platform, handle, name, followers, verified, text, created, route, dept, reason,
        lang="en", foi=False, foi_valid=None, esc=None, reply_to=None, thread=None,
        replies=0, likes=0, reposts=0):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers,
                      verified=verified, text=text, created=created, route=route, dept=dept,
                      reason=reason, lang=lang, foi=foi, foi_valid=foi_valid, esc=esc,
                      reply_to=reply_to, thread=thread, replies=replies, likes=likes, reposts=reposts))


# ---------------------------------------------------------------- route 5: escalate
add("e1", "x", "@maz_dollishill", "Maryam", 143, False,
    "bins not collected AGAIN on Hamilton Rd, 3rd week running, foxes have had a party. also not being funny but "
    "the old lady at no.14 hasn't taken her milk in since tuesday and her curtains are still shut, she's normally "
    "out to the shop every morning. anyway SORT THE BINS @Brent_Council",
    "2026-02-10T08:12:44Z", 5, None,
    "Buried in a bin moan: an elderly neighbour not seen since Tuesday, milk uncollected, curtains shut - someone "
    "may be at risk, which outranks the missed bins (those also go to Environment); ambiguous with 2",
    esc="welfare_not_seen", replies=1, likes=4)

add("e2", "facebook", "@shanice.campbell.902", "Shanice Campbell", None, False,
    "I've been patient. I've rang, I've emailed, I've done the online form 4 times.\n\nSince October the mould in "
    "my daughters room keeps coming back every week and I bleach it, fine. But last night the ceiling above her cot "
    "has gone soft and brown and there's a crack right across it and it's dripping. She's 7 months. Housing told me "
    "the surveyor is 'booked for the 19th'. Of NEXT month.\n\nI'm sleeping with her in my bed in the front room. "
    "Brent Housing this is Stonebridge, the block on Hillside, I'm not putting my full address on here but you've "
    "got it on your system 100 times over.",
    "2026-01-14T23:48:10Z", 5, "Housing",
    "Sagging, cracked, dripping ceiling over a 7-month-old's cot plus recurring mould: risk to a child and "
    "structural danger, and damp/mould is reputationally sensitive; her own repair case (2) is secondary",
    esc="risk_to_child_structural", replies=14, likes=63, reposts=9)

add("e3", "x", "@tomasz_writes", "Tomasz Nowicki", 612, False,
    "Hi @Brent_Council - I'm writing a piece for the Brent & Kilburn Times on temporary accommodation. Could your "
    "press office tell me how many households with children were in B&B-style accommodation for more than six weeks "
    "at the end of March? Happy to take it by email, deadline Thursday. Thanks",
    "2026-04-20T10:05:31Z", 5, "Housing",
    "Reporter naming his outlet, polite, small following - a media enquiry goes to comms; it is also a request for "
    "recorded figures with his real name visible, so a valid FOI, but 'a journalist's request is 5'",
    foi=True, foi_valid=True, esc="media_enquiry", likes=2)

add("e4", "x", "@CllrPRaval", "Cllr Priya Raval - Harlesden & Kensal Green", 2340, False,
    "Fourth week running that the stretch of Craven Park Road past the Jubilee Clock is in darkness after 5pm. "
    "Residents - women especially - tell me they won't walk home from the station. I've raised it through the "
    "member enquiry route twice. @Brent_Council can we have a date please?",
    "2025-12-09T18:22:03Z", 5, "Highways",
    "A ward councillor publicly pressing on a council matter (street lighting, personal safety) - highly "
    "influential author, escalate even though the tone is polite",
    esc="councillor", replies=6, likes=48, reposts=11)

add("e5", "x", "@DawnOwusuMP", "Dawn Owusu MP", 31200, True,
    "My caseworkers have now had 40+ constituents in Kingsbury and Queensbury contact us about council tax support "
    "letters saying their award has been cancelled with no explanation. I've written to the Chief Executive this "
    "morning. Anyone affected, please get in touch with my office.",
    "2026-06-03T09:41:00Z", 5, "Finance",
    "MP raising a council matter affecting many residents - highly influential, likely press pickup; comms and "
    "Finance lead", esc="mp", replies=37, likes=212, reposts=96)

add("e6", "x", "@FinnForBrondesbury", "Finn Gallagher - Lib Dem candidate, Brondesbury Park", 890, False,
    "Spent Saturday outside Kilburn library collecting signatures. 1,200 people in ONE day telling the council hands "
    "off our library. Labour-run Brent want to 'co-locate' it into a shopping centre unit. On 7 May you can stop "
    "them. #SaveKilburnLibrary",
    "2026-04-25T17:30:12Z", 5, "Libraries",
    "A candidate campaigning on a council service during the pre-election period - 'candidate' is a highly "
    "influential author and the reply must stay non-political; ambiguous with 1 (party-political chatter)",
    esc="candidate", replies=22, likes=131, reposts=40)

add("e7", "x", "@ChalkhillMo", "Mo", 56, False,
    "anyone else on the 3rd floor landing smell gas?? been like it since about 7. my neighbour said she'd ring "
    "someone but nobody's come and kids are playing on the stairs. brent housing what's the number",
    "2026-03-05T21:14:55Z", 5, "Housing",
    "Smell of gas on a council block landing for hours, children on the stairs - risk to life; point to the gas "
    "emergency line and alert Housing now", esc="risk_to_life_gas", replies=3, likes=1)

add("e8", "facebook", "@ade.okonjo", "Ade Okonjo", None, False,
    "Water from the Brent is coming over the path by the Tokyngton rec and now it's into the ground floor flats on "
    "Monks Park. Mr Hassan at the end can't get his wheelchair out, his door won't open with the water against it. "
    "Fire brigade? Council? Who do we even ring. It's still rising.",
    "2026-02-21T06:38:20Z", 5, "Emergency Planning",
    "River flooding into homes with a wheelchair user trapped behind his door - risk to life, an emergency",
    esc="flood_trapped", replies=19, likes=27, reposts=15)

add("e9", "x", "@kelzzz_nw10", None, 38, False,
    "3rd letter from brent council tax saying enforcement agents next. i owe 640 quid, lost my job in august. tbh "
    "by the time they turn up i probably won't be here to open the door, saves everyone the hassle",
    "2026-01-27T02:14:09Z", 5, "Finance",
    "'Probably won't be here... saves everyone the hassle' at 2am after losing a job reads as a self-harm cue; "
    "escalate whatever the follower count (could mean moving out - ambiguous), arrears case (2) follows",
    esc="self_harm_cue", likes=0)

add("e10", "facebook", "@lorraine.beckford.77", "Lorraine Beckford", None, False,
    "Can the council do something about the noise on Furness Road. Music till 3 most nights, I've done the noise "
    "form twice. While I'm at it - the two little ones from the flat above the chicken shop are out on the "
    "pavement on their own at gone 11 again, the small one had no shoes on last Thursday and it was freezing. I "
    "never see a grown up with them. Sorry for the rant I'm just tired.",
    "2026-01-19T13:02:47Z", 5, None,
    "Noise moan hides young children repeatedly alone on the street late at night, shoeless in the cold - a child "
    "safeguarding concern (children's services, not one of the 14); noise case for Regulatory Services is secondary",
    esc="safeguarding_child", replies=2, likes=5)

add("e11", "x", "@wembleycentral_runner", "Gav", 420, False,
    "Morning run past Neasden station, same chap who sleeps in the doorway by the bus stop. Usually says hi. "
    "Today didn't wake when I shouted, hands grey, sleeping bag soaked. Have rung 999 but does @Brent_Council have "
    "a night team or street outreach? -3 again tonight",
    "2026-01-08T05:51:30Z", 5, "Housing",
    "Rough sleeper unresponsive in freezing weather - risk to life; outreach/SWEP via Housing, even though 999 "
    "has been called", esc="rough_sleeper_at_risk", replies=4, likes=31, reposts=6)

add("e12", "x", "@sunny_pratap", "Sunny", 210, False,
    "So @Brent_Council just sent me a council tax support letter in an envelope with MY name on it but inside is "
    "someone else's - her name, her address in Alperton, her income, her kids' names. I've not shared it. What am I "
    "supposed to do with this?? And if mine's gone to someone else I'm going to be livid",
    "2026-07-15T19:26:40Z", 5, "Finance",
    "Personal data sent to the wrong person - a data breach; escalate to comms and the data protection lead",
    esc="data_breach", replies=5, likes=22, reposts=3)

add("e13", "facebook", "@harpreet.gill.nw10", "Harpreet Gill", None, False,
    "Took my mum to the Civic Centre for her housing appointment. She had booked a Punjabi interpreter. The man on "
    "the desk laughed and said 'she's been here long enough to speak English' in front of the whole queue. She didn't "
    "want to make a fuss. I do. 11:20 on Tuesday, desk 4, in case anyone wants to check.",
    "2026-09-09T16:44:18Z", 5, "HR",
    "Alleged discrimination by a member of staff - controversial, escalate; department HR for staff conduct, "
    "ambiguous with Housing (the appointment)", esc="discrimination_by_staff", replies=31, likes=140, reposts=27)

add("e14", "x", "@gz_rs_", None, 17, False,
    "that same warden on ealing road done me AGAIN. bald one with the glasses. i know what time he knocks off and "
    "which way he walks to the station. keep going bro see what happens",
    "2026-05-29T15:07:02Z", 5, "Parking",
    "Veiled threat against an identifiable civil enforcement officer (knows his route home) - threat to staff, "
    "escalate regardless of the 17 followers", esc="threat_to_staff", likes=3)

add("e15", "linkedin", "li-75319-kemal-aydin-0812", "Kemal Aydin", 1050, False,
    "Six weeks of a suspended bay and hoarding outside our restaurant on Wembley High Road with no work happening, "
    "no notice to us, and takings down by a third. We have asked our solicitors to write to Brent Council this week "
    "to recover our losses. Other traders on the parade are welcome to contact me.",
    "2026-08-12T08:55:00Z", 5, "Highways",
    "Business announcing a legal claim and rallying other traders - legal threat, controversial; Highways owns "
    "hoardings/suspensions (ambiguous with Parking)", esc="legal_threat", replies=9, likes=58, reposts=6)

add("e16", "x", "@NW10Watch", "NW10 Watch", 48300, False,
    "\U0001F4F9 Filmed this morning on Harlesden Road: Brent recycling crew tipping the blue bins straight into the "
    "general waste truck, one after another. So what's the point of us sorting? 412k views and counting. "
    "@Brent_Council explain.",
    "2026-07-02T07:48:33Z", 5, "Environment",
    "A video going viral against a service from a large local account - reputational, escalate to comms with "
    "Environment", esc="viral_video", thread="e16", replies=318, likes=5400, reposts=2100)

add("e17", "facebook", "@StonebridgeCommunityVoice", "Stonebridge Community Voice", 6800, False,
    "Heartbroken. A man in his 60s has died after the fire on the 9th floor of a block in Stonebridge last night. "
    "Residents tell us the fire door on that landing had been propped open with a broken closer since the summer and "
    "that it was reported more than once. We have asked Brent Council for a statement. Please share.",
    "2026-10-18T08:20:05Z", 5, "Housing",
    "A death in a fire with an allegation of an unrepaired fire door - death and fire safety, controversial; "
    "community page asking for a statement", esc="death_fire_safety", replies=87, likes=410, reposts=260)

add("e18", "x", "@jaysharma__", "Jay", 302, False,
    "olympic way is NOT safe rn. they've shut the wembley park station gates and everyone's pushing back up the ramp, "
    "people getting squashed against the barriers by the bridge, saw a kid being lifted over. where are the "
    "stewards?? @Brent_Council @metpoliceuk",
    "2026-10-04T16:52:41Z", 5, "Emergency Planning",
    "Crowd crush developing on an event day - risk to life, live incident for Emergency Planning and partners",
    esc="crowd_safety", replies=12, likes=88, reposts=54)

add("e19", "rss", "rss-75319-alperton-observer-0324", "Alperton Observer (blog)", None, False,
    "Who checked the declarations? | The planning officer who signed off the delegated report on the canal-side "
    "scheme off Ealing Road shares a company directorship with the developer's finance director, according to "
    "Companies House filings we reproduce below. We put this to Brent Council on Friday and have had no reply...",
    "2026-03-24T12:00:00Z", 5, "Planning",
    "Local blog alleging an undeclared conflict of interest by a planning officer - alleged misconduct, "
    "reputational; escalate to comms and Planning lead", esc="alleged_misconduct", likes=0)

add("e20", "x", "@kenton_gran", "Pat", 88, False,
    "just been turned away at the polling station in the church hall on Kenton Road, they said I'm not on the list. "
    "I've voted there 20 years, got my polling card in my hand!! my husband's on it and I'm not. Who do I ring?",
    "2026-05-07T19:34:26Z", 5, None,
    "Voter with a polling card turned away on polling day - electoral integrity, urgent before 10pm; elections are "
    "not one of the 14 departments", esc="electoral_integrity", replies=2, likes=9, reposts=4)

add("e21", "x", "@TolaOnAir", "Tola Adeyemi", 1200000, True,
    "My mum got a \u00a3130 ticket from Brent Council while she was INSIDE Central Middlesex having chemo. Blue badge "
    "on the dash. Appeal refused. Make it make sense.",
    "2026-08-29T20:11:19Z", 5, "Parking",
    "Very large verified account on a council matter with a sympathetic story - highly influential, will spread; "
    "the underlying PCN is an own case (2) to fix once comms has it", esc="influential_account",
    replies=1900, likes=41000, reposts=8700)

add("e22", "facebook", "@agnieszka.w.brent", "Agnieszka W.", None, False,
    "Czy ktoś wie, gdzie zgłosić coś takiego? Sąsiad z parteru (starszy pan, mieszka sam) nie otwiera od czterech "
    "dni, poczta leży pod drzwiami, a od wczoraj z mieszkania czuć bardzo nieprzyjemny zapach. Budynek jest "
    "komunalny, Brent Council. Dzwonić na policję czy do rady?",
    "2026-11-03T17:25:09Z", 5, "Housing",
    "Polish: 'the elderly man downstairs who lives alone hasn't answered for four days, post piling up, a very bad "
    "smell since yesterday, it's a council building - police or council?' - possible death/person at risk",
    lang="pl", esc="welfare_possible_death", replies=7, likes=3)

add("e23", "x", "@umm_yusuf_nw2", None, 61, False,
    "أنا وأطفالي الثلاثة في سكن مؤقت من مجلس برنت في كريكلوود. صاحب البيت يدخل غرفتنا في الليل بمفتاحه بدون إذن "
    "ويصرخ علينا ويقول إنه سيرمينا في الشارع. أخاف على بناتي. أرسلت إيميل للمجلس ولم يرد أحد. @Brent_Council",
    "2026-11-21T22:40:51Z", 5, "Housing",
    "Arabic: 'my three children and I are in Brent temporary accommodation in Cricklewood; the landlord lets "
    "himself into our room at night, shouts, threatens to throw us out; I fear for my daughters; emailed, no reply' "
    "- safeguarding of a family, illegal-eviction risk", lang="ar", esc="safeguarding_family", likes=1)

add("e24", "facebook", "@hodan.abdi.31", "Hodan Abdi", None, False,
    "Walaalayaal, haweeney aan aqaan oo leh laba carruur ah ayaa caawa ku seexanaysa gaari dhex yaal baarkinka Asda "
    "ee Wembley. Maanta ayaa guriga laga saaray. Qabow aad u daran ayaa jira. Maxaan sameynaa? Brent Council ma "
    "leeyahay lambar habeenkii la wacayo?",
    "2025-12-17T19:58:12Z", 5, "Housing",
    "Somali: 'a woman I know with two small children will sleep in a car in the Wembley Asda car park tonight, "
    "evicted today, it's very cold - does Brent have an out-of-hours number?' - homeless children at risk tonight",
    lang="so", esc="homeless_children_risk", replies=6, likes=11, reposts=2)

add("j2", "mastodon", "@hannahlowe@journa.host", "Hannah Lowe", 1400, False,
    "Hello Brent press office - I'm working on a freelance piece (Inside Housing / Guardian Cities) on councils "
    "using enforcement agents for council tax arrears. Could someone confirm whether Brent still refers first-year "
    "arrears to bailiffs, and whether anything changed in April? Email's in my bio. Thanks!",
    "2026-04-28T11:17:36Z", 5, "Finance",
    "Neutral, polite media enquiry from a named journalist - goes to comms; asks for a policy position rather than "
    "recorded information, so not FOI", esc="media_enquiry", likes=4, reposts=1)

# ---------------------------------------------------------------- route 2: customer services
PCN_TXT = ("@Brent_Council PCN BT41827735 - I was on Elms Lane loading a fridge into my mum's house, hazards on, 4 "
           "minutes max. Got a ticket. I have photos. How do I get this cancelled")
add("c1", "x", "@d_chaudhry88", "Danish Chaudhry", 74, False, PCN_TXT,
    "2026-03-12T13:40:22Z", 2, "Parking",
    "Own PCN with a reference - needs Parking to look at the case (loading exemption), not a general question",
    likes=1)
add("c24", "x", "@d_chaudhry88", "Danish Chaudhry", 74, False, PCN_TXT,
    "2026-03-14T09:02:11Z", 2, "Parking",
    "Exact repeat of his earlier post two days later - same own PCN case, same route", likes=0)

add("c2", "facebook", "@gloria.mensah.5", "Gloria Mensah", None, False,
    "Green bin at 27 Chapter Road NW2 missed for the third fortnight in a row. Everyone else on the road got done. "
    "Is there a note on our address or something?? I've reported it online each time, refs end ...4471 and ...4502",
    "2026-06-18T07:33:09Z", 2, "Environment",
    "Repeated missed collection at a given address with report refs - own case for Environment", likes=2)

add("c3", "x", "@mr_k_patel", None, 31, False,
    "council tax account 4017 2296 - i cancelled my DD when i moved out of Preston Road in jan and you've taken "
    "\u00a3187 this month. need it back pls",
    "2026-02-16T20:11:48Z", 2, "Finance",
    "Council tax account number and a refund - own case needing records", likes=0)

add("c4", "x", "@the_real_bez", "Bez", 410, False,
    "DAY 11 NO HEATING NO HOT WATER. REPAIR REF 0098812. ENGINEER 'ATTENDED' ON THURSDAY ACCORDING TO YOUR SYSTEM. "
    "NOBODY CAME. @Brent_Council",
    "2025-12-22T07:05:37Z", 2, "Housing",
    "Tenant's own repair with a reference; angry but no vulnerable person mentioned - customer services urgently; "
    "ambiguous with 5 if a vulnerable occupant emerges (11 days without heat in December)", replies=1, likes=17, reposts=4)

add("c5", "instagram", "@lina.makes", "Lina", 980, False,
    "booked a bulky waste pickup for the sofa (ref BW-20431) for today, it's 8pm and it's still sat on the pavement "
    "in the rain \U0001F643 do i bring it back in or what",
    "2026-05-16T19:58:02Z", 2, "Environment",
    "Own booked bulky collection missed, with reference", likes=12)

add("c6", "x", "@peggy_sue_kingsbury", "Margaret Dunne", 22, False,
    "Dear Brent Council, I have been waiting since 2nd January for my residents parking permit for Zone KB. My car "
    "registration is LR15 OFY. I have paid. I keep being told to check the website. I am 78 and I do not have a "
    "computer. Yours faithfully Margaret Dunne",
    "2026-02-03T11:20:00Z", 2, "Parking",
    "Own paid permit not issued, with registration - Parking to act; signposting to the website would fail her",
    likes=6)

add("c7", "facebook", "@ricky.sandhu.9", "Ricky Sandhu", None, False,
    "Hit a pothole the size of a bath on Blackbird Hill last night, front tyre and alloy gone. \u00a3340 at the "
    "garage. Where do I send the claim, is it the council or TfL for that road?",
    "2026-03-01T09:46:27Z", 2, "Highways",
    "His own damage claim at a named location - Highways to log the defect and the claim; ambiguous with 3 (the "
    "'where do I claim' part is published info)", replies=4, likes=9)

add("c8", "x", "@shaz_reads", "Shaz", 140, False,
    "library card says 'blocked' at Willesden Green, says I owe \u00a34.80 for a book I returned in November. card no "
    "ends 2291. can someone unblock it, I've got 3 on hold",
    "2026-01-06T15:12:41Z", 2, "Libraries",
    "Own library account needing a record check", likes=1)

add("c9", "facebook", "@olu.adebayo.sudbury", "Olu Adebayo", None, False,
    "Applied for an in-year school place for my son (Year 4) on 3 Feb after we moved to Sudbury. Reference "
    "IYA/2026/1183. It's now the middle of March and he's been out of school SIX WEEKS. Nobody answers the admissions "
    "line. What am I meant to do?",
    "2026-03-16T08:30:55Z", 2, "Education",
    "Own admissions case with a reference; a child out of school six weeks is serious but the parent is engaged - "
    "customer services/Education urgently, ambiguous with 5", replies=3, likes=7)

add("c10", "x", "@nightshift_nurse_nw10", None, 205, False,
    "4th night running the car wash on Church Road has jet washers going at 1am. I'm on an early and I've put in a "
    "noise complaint (ref NC/88213). Can someone actually come out",
    "2026-08-20T01:06:13Z", 2, "Regulatory Services",
    "Own noise complaint with a reference, asks for an officer visit", likes=3)

add("c11", "x", "@jen_in_queenspark", "Jen", 97, False,
    "someone's dumped a whole kitchen outside 58 Harvist Road, right across my front gate. cupboards, sink, a "
    "microwave. i can't get the buggy out. what exactly do we pay you lazy lot for \U0001F92C come and get it",
    "2026-09-26T10:15:27Z", 2, "Environment",
    "Abuse with substance: fly-tip at a specific address blocking her gate - needs a clearance job", likes=8, reposts=1)

add("c12", "x", "@JamesOkoroStats", "James Okoro", 380, False,
    "@Brent_Council Freedom of Information request: please provide the total spent on agency and interim staff in "
    "each of 2023/24, 2024/25 and 2025/26, broken down by directorate. A reply here is fine or I can DM an email.",
    "2026-05-12T12:48:03Z", 2, "HR",
    "Request for recorded information; real name visible in the profile - valid FOI, to customer services to log "
    "(20 working days); HR/Finance hold it", foi=True, foi_valid=True, likes=5, reposts=2)

add("c13", "facebook", "@KensalRiseCyclist", "Kensal Rise Cyclist", None, False,
    "FOI request to Brent Council. Please provide the number of penalty charge notices issued by the CCTV camera at "
    "the Chamberlayne Road / Harvist Road junction for each month from January to December 2025.\n\nName: Eleanor "
    "Whitfield\nAddress for reply: 41 Clifford Gardens, London NW10\nPlease reply by post.",
    "2026-02-24T21:37:59Z", 2, "Parking",
    "Pseudonymous page, but the post gives the applicant's name and an address for correspondence - valid FOI, log "
    "via customer services", foi=True, foi_valid=True, likes=11)

add("c14", "x", "@RuiFerreiraPT", "Rui Ferreira", 260, False,
    "Pedido de informação (Freedom of Information) ao @Brent_Council: quantas queixas sobre bolor e humidade em "
    "habitações do conselho foram registadas em 2025, por mês? Obrigado.",
    "2026-06-09T14:22:10Z", 2, "Housing",
    "Portuguese: FOI request for the number of damp/mould complaints in council homes in 2025 by month; real name in "
    "profile - valid, log via customer services (may need translating)", lang="pt", foi=True, foi_valid=True, likes=2)

add("c15", "facebook", "@bhanuben.shah", "Bhanuben Shah", None, False,
    "નમસ્તે, અમારા ઘરનો (Church Lane, Kingsbury) કાળો ડબ્બો બે અઠવાડિયાથી ઉપાડ્યો નથી. બહુ ગંધ આવે છે. "
    "મહેરબાની કરીને કોઈને મોકલો.",
    "2026-07-27T08:05:44Z", 2, "Environment",
    "Gujarati: 'our black bin (Church Lane, Kingsbury) hasn't been collected for two weeks, it smells, please send "
    "someone' - own missed collection", lang="gu", likes=1)

add("c16", "x", "@andreea_popa_", "Andreea", 44, False,
    "Bună ziua @Brent_Council, am primit factura de council tax pentru 2026/27 dar locuiesc singură și am cerut "
    "reducerea de 25% (single person discount) încă din martie. Nr. cont 4023 7781. Vă rog verificați.",
    "2026-04-07T10:34:51Z", 2, "Finance",
    "Romanian: 'got my 2026/27 bill but I live alone and applied for the 25% single person discount in March; "
    "account 4023 7781, please check' - own account", lang="ro", likes=0)

add("c17", "facebook", "@nasreen.akhtar.harlesden", "Nasreen Akhtar", None, False,
    "ہمارے فلیٹ کی کھڑکی کا شیشہ تین ہفتوں سے ٹوٹا ہوا ہے، ٹھنڈی ہوا آتی ہے۔ ہم نے مرمت کے لیے فون کیا تھا، حوالہ نمبر "
    "77412۔ کوئی نہیں آیا۔ برینٹ ہاؤسنگ، براہ کرم جلدی کریں۔",
    "2025-12-03T17:48:29Z", 2, "Housing",
    "Urdu: 'our flat's window glass has been broken three weeks, cold air comes in; repair ref 77412, nobody came; "
    "Brent Housing please hurry' - own repair case", lang="ur", likes=4)

add("c18", "x", "@carer_for_dad", None, 58, False,
    "Dad's on the assisted collection list (he's 91) on Oakington Manor Drive but for two weeks now the crew have "
    "left his bins at the back door not emptied. Can someone check his address is still flagged?",
    "2026-11-10T12:09:06Z", 2, "Environment",
    "Own assisted-collection case for a named address - Environment to check the flag", likes=2)

add("c19", "linkedin", "li-75319-sasha-mbeki-0219", "Sasha Mbeki", 640, False,
    "Submitted our premises licence variation to Brent Licensing on 12 January (ref LN/26/0043) so we can serve wine "
    "at our evening supper club. The consultation period ended weeks ago and three emails have gone unanswered. We "
    "have bookings from March. Anyone at Brent Council Licensing able to help?",
    "2026-02-19T14:55:18Z", 2, "Regulatory Services",
    "Business's own licensing application with a reference - licensing officer to act", likes=14)

add("c20", "facebook", "@graham.pike.nw2", "Graham Pike", None, False,
    "Next door's 'single storey rear extension' (planning ref 25/2817) is now two storeys and goes 2m past what was "
    "approved - I've checked the drawings. It takes all the light from our kitchen. Reported it to enforcement on the "
    "website 5 weeks ago, not even an acknowledgement. 19 Mapesbury Road.",
    "2026-07-08T18:03:37Z", 2, "Planning",
    "Own enforcement complaint with address and reference - Planning enforcement to act", replies=2, likes=6)

add("c21", "x", "@tunde_kr", "Tunde", 112, False,
    "water coming through my bathroom ceiling from the flat above AGAIN, 2nd time this month, paint bubbling and a "
    "bucket under it. Brent housing tenant on the Granville Road estate. can someone come today",
    "2026-10-12T06:58:40Z", 2, "Housing",
    "Tenant's own leak repair - Housing repairs", likes=1)

add("c22", "x", "@mrsbhatt_", None, 15, False,
    "applied to renew my husbands blue badge in december still nothing, old one runs out friday and he cant walk far. "
    "application number BB-009182",
    "2026-01-13T09:19:25Z", 2, "Parking",
    "Own blue badge application with a number; department Parking as the nearest of the 14 (ambiguous)", likes=0)

add("c23", "facebook", "@karen.doyle.wembley", "Karen Doyle", None, False,
    "Honestly Brent. Where do I start. Roadworks on every single road between here and the North Circular, council "
    "tax up AGAIN, the library cut to three days, and the park by us looks like a tip.\n\nAnd to top it off I get PCN "
    "BT39011264 for stopping on a yellow line for two minutes outside the pharmacy on Harrow Road to collect my "
    "prescriptions because the disabled bay had a van in it. I appealed online and have heard NOTHING in five weeks."
    "\n\nI've lived here 30 years. It's never been this bad.",
    "2026-11-16T22:12:00Z", 2, "Parking",
    "A general moan with one real own case inside it - a PCN appeal with a reference and no reply; the rest is "
    "monitor-level", replies=8, likes=34)

# ---------------------------------------------------------------- route 3: web team responds
add("q1", "x", "@newtowembley", None, 12, False,
    "does anyone know if bins still get collected on boxing day or does it all move? first christmas here",
    "2025-12-20T14:33:12Z", 3, "Environment",
    "General 'when' question answered by the published Christmas collection schedule", likes=0)

add("q2", "x", "@kb_nw9", "KB", 230, False,
    "@Brent_Council your council tax payment page has been throwing 'Error 503 service unavailable' since this "
    "morning. tried 2 phones and a laptop. due date is tomorrow",
    "2026-03-31T09:08:47Z", 3, "Web",
    "Fault on the website - web team responds (and checks the payment service)", likes=6, reposts=2)

add("q3", "youtube", "yt-75319-UgzLeeH4rr", "Lee Harrington", None, False,
    "The link in the description for visitor parking permits just goes to 'page not found'. Been like that all week.",
    "2026-01-22T12:40:33Z", 3, "Web",
    "Comment on a council how-to video reporting a broken link - website fault", likes=3)

add("q4", "x", "@stanmore_steve", "Steve", 140, False,
    "@Brent_Council massive pothole on London Road right outside Stanmore station, nearly came off my bike",
    "2026-09-14T07:59:02Z", 3, None,
    "Stanmore is Harrow's - a mention meant for another council; web team points him to Harrow", likes=1)

add("q5", "x", "@wembleyparkwatch", "Wembley Park Watch", 1100, False,
    "FOI: @Brent_Council please provide the number of PCNs issued in the Wembley event day zone on each event day in "
    "2025, and the income raised.",
    "2026-02-05T10:24:17Z", 3, "Parking",
    "Request for recorded information but from a pseudonymous account with no real name or address - invalid FOI; "
    "web team explains how to make a valid request", foi=True, foi_valid=False, likes=19, reposts=7)

add("q6", "x", "@DaveFromDollis", "Dave", 73, False,
    "Freedom of info request @Brent_Council - how many fly-tipping fines were issued in Dollis Hill ward in 2025 "
    "and how many were actually paid? Cheers, Dave",
    "2026-06-23T20:45:30Z", 3, "Environment",
    "FOI for recorded figures signed with a first name only - not a real name, invalid; web team explains",
    foi=True, foi_valid=False, likes=2)

add("q7", "mastodon", "@jk_nw6@mastodon.social", "J.K.", 210, False,
    "@BrentCouncil I'd like to request under FOI the council's total spend on external consultants for the Kilburn "
    "regeneration masterplan since 2022. - J.K., NW6",
    "2026-10-07T13:13:13Z", 3, "Planning",
    "FOI for recorded spend signed with initials and a postcode district - no name, no address; invalid, web team "
    "explains", foi=True, foi_valid=False, likes=4)

add("q8", "x", "@kingsbury_gardener", None, 66, False,
    "is it true you're scrapping the garden waste subscription from April?? my neighbour said she read it on the "
    "facebook group",
    "2026-03-02T18:27:50Z", 3, "Environment",
    "'Is it true' rumour check on a published service - web team answers with the facts", likes=3)

add("q9", "instagram", "@the_aunty_edit", "Nisha", 2300, False,
    "how do you even get visitor permits now?? my mum's coming to stay for 2 weeks and apparently the paper ones "
    "are gone",
    "2026-08-01T11:02:24Z", 3, "Parking",
    "How-to question answered by the permits page - no case to look up", likes=21)

add("q10", "x", "@sudbury_resident", None, 80, False,
    "when does the consultation on the Sudbury Town CPZ close? can't find the date anywhere",
    "2026-09-02T12:37:15Z", 3, "Parking",
    "Simple factual question about a live consultation - signpost the consultation page; ambiguous with 4", likes=1)

add("q11", "facebook", "@moira.kelly.neasden", "Moira Kelly", None, False,
    "How much does it cost to get a bulky waste collection now? And do they take mattresses?",
    "2026-04-11T09:51:08Z", 3, "Environment",
    "Looks like 'how much' but it's a published price, not a request for recorded information - not FOI", likes=0)

add("q12", "facebook", "@rubina.begum.88", "Rubina Begum", None, False,
    "আমার মেয়ে সেপ্টেম্বরে রিসেপশনে যাবে। ব্রেন্টে স্কুলের জন্য আবেদনের শেষ তারিখ কবে? অনলাইনে কোথায় আবেদন করতে হয়?",
    "2025-12-11T15:05:55Z", 3, "Education",
    "Bengali: 'my daughter starts Reception in September - when is Brent's application deadline and where do I apply "
    "online?' - general question answered by published admissions info", lang="bn", likes=2)

add("q13", "x", "@lucia_en_londres", "Lucía", 130, False,
    "Hola @Brent_Council, ¿cómo puedo pedir que recojan un colchón viejo? ¿Hay que pagar? Vivo en Harlesden. Gracias",
    "2026-05-21T17:44:31Z", 3, "Environment",
    "Spanish: 'how do I get an old mattress collected, do I have to pay? I live in Harlesden' - how-to question, "
    "signpost bulky waste booking", lang="es", likes=0)

add("q14", "x", "@kilburn_reader", None, 190, False,
    "is Kilburn library shut for the refurb yet or is that next month? need to print something",
    "2026-07-21T08:26:19Z", 3, "Libraries",
    "General opening question answered by published information", likes=0)

add("q15", "x", "@nfl_fan_dan", "Dan", 510, False,
    "going to the NFL at wembley sunday - are the event day restrictions on round Empire Way or can I park on a side "
    "road near Forty Lane?",
    "2026-10-09T19:03:46Z", 3, "Parking",
    "Event-day parking question answered by published zone information", likes=2)

add("q16", "facebook", "@tony.rees.14", "Tony Rees", None, False,
    "Who do I complain to about the state of the bus station at Brent Cross? Is that you Brent council or not",
    "2026-06-13T16:18:22Z", 3, None,
    "Confusion meant for another authority (Brent Cross is in Barnet; bus station TfL) - web team signposts; not "
    "keyword noise because he is asking us", likes=1)

add("q17", "x", "@loftlife_nw2", None, 44, False,
    "do i need planning permission for a rear dormer on a semi in cricklewood or is it permitted development? "
    "getting different answers from every builder",
    "2026-04-15T21:40:09Z", 3, "Planning",
    "General planning question answered by published guidance (and the lawful development certificate route)",
    likes=0)

add("q18", "linkedin", "li-75319-amira-haddad-0129", "Amira Haddad", 870, False,
    "Hi Brent Council - the apprenticeship link in your post last week goes to a closed vacancy. Is the 2026 "
    "apprenticeship programme still open, and where's the right page?",
    "2026-01-29T08:12:57Z", 3, "HR",
    "Broken/outdated link plus a general jobs question - web team responds (HR content); ambiguous with Web dept",
    likes=3)

add("q19", "x", "@brent_bargain", None, 9, False,
    "what time does abbey road recycling centre shut on saturdays",
    "2026-08-08T07:21:44Z", 3, "Environment",
    "Opening-hours question - signpost", likes=0)

add("q20", "bluesky", "@halimah.bsky.social", "Halimah", 340, False,
    "@brentcouncil.bsky.social is the warm spaces thing running again this winter? which libraries?",
    "2025-12-02T13:30:02Z", 3, "Libraries",
    "General question about a published programme", likes=5)

add("q21", "x", "@single_mum_neasden", None, 63, False,
    "can i get single person discount on council tax if my 19yo lives with me but he's at uni in the week?",
    "2026-03-19T22:57:30Z", 3, "Finance",
    "General eligibility question answered by the discounts page - no account quoted", likes=0)

# ---------------------------------------------------------------- route 4: service conversations
add("t1r", "facebook", "fb-75319-kensalrise-grp-0505", "Jo Finnegan", None, False,
    "The council's School Street consultation for Clifford Gardens and Leigh Gardens closes on the 28th. I've read "
    "the map twice and I still can't tell whether residents' own cars get exemptions or only blue badge holders. "
    "Has anyone been to the drop-in at the library?",
    "2026-05-05T19:12:00Z", 4, "Highways",
    "Live consultation being discussed by several neighbours in a local group - Highways officers should join",
    thread="t1r", replies=9, likes=14)
add("t1a", "facebook", "fb-75319-kensalrise-grp-0505-c1", "Marcus Lindqvist", None, False,
    "Went to the drop-in. Officer said residents inside the zone get an exemption but visitors and carers don't, "
    "which is mad for my mum's carers who come at 8.30.",
    "2026-05-05T19:40:18Z", 4, "Highways",
    "Part of the ongoing School Street discussion, raising the carers exemption - service to engage",
    reply_to="t1r", thread="t1r", likes=6)
add("t1b", "facebook", "fb-75319-kensalrise-grp-0505-c2", "Fatima Rahman", None, False,
    "Carers and nursery drop-off are the big ones. Also nobody has said what happens on Sunday market days. I posted "
    "a question on the consultation page 10 days ago, no answer",
    "2026-05-05T20:05:51Z", 4, "Highways",
    "Continuing the consultation thread; unanswered question shows the conversation needs an officer",
    reply_to="t1a", thread="t1r", likes=4)
SAME_Q = "has anyone actually heard back from them?"
add("t1c", "facebook", "fb-75319-kensalrise-grp-0505-c3", "Pete O'Brien", None, False, SAME_Q,
    "2026-05-06T07:15:09Z", 4, "Highways",
    "Short, but inside the School Street consultation thread it is part of the ongoing conversation - same words "
    "standalone would be 1", reply_to="t1r", thread="t1r", likes=2)

add("t2r", "x", "7531900627093315", "Hannah", 380, False,
    "Alley between Manor Park Rd and Nightingale Rd again. Mattresses, rubble, bags of nappies. Reported it 9 times "
    "on the app since January. Cleared, back in 48 hours. Did @Brent_Council ever put up the camera they promised "
    "at the ward forum?",
    "2026-06-27T09:33:15Z", 4, "Environment",
    "Recurring fly-tipping hotspot discussed by several residents, follow-up to a ward forum promise - "
    "Environment officers to join", thread="t2r", replies=5, likes=23, reposts=4)
add("t2a", "x", "7531900627100281", "baba", 55, False,
    "they put one on the lamp post in feb but it's pointing at the wrong end lol, the vans come in from the "
    "Nightingale side",
    "2026-06-27T10:02:47Z", 4, "Environment",
    "Useful local detail in the ongoing hotspot conversation", reply_to="t2r", thread="t2r", likes=9)
SAME_S = "Same here, nothing's changed since the meeting"
add("t2b", "x", "7531900627114052", None, 30, False, SAME_S,
    "2026-06-27T11:40:30Z", 4, "Environment",
    "Inside the hotspot thread this is another resident confirming the ongoing problem - 4; the same words "
    "standalone would be 1", reply_to="t2r", thread="t2r", likes=3)
add("t2c", "x", "7531900627131506", "Winston", 41, False,
    "mine's the house on the corner, no.3 Nightingale Rd. they chucked four tyres over my front wall yesterday "
    "evening. who's clearing those, not me surely",
    "2026-06-27T13:15:44Z", 2, "Environment",
    "Inside the hotspot thread, but this reply is his own case - tyres dumped in his front garden at a given "
    "address need a clearance job", reply_to="t2r", thread="t2r", likes=1)

add("t3r", "facebook", "fb-75319-alperton-planwatch-0528", "Alperton & Wembley Planning Watch", 2100, False,
    "Application 25/3301 (the 26-storey one on the old canal-side industrial site) - comments close 14 June. Points "
    "people raised at Tuesday's meeting: no extra GP capacity, wind along the canal path, only 18% affordable. "
    "Please comment on the planning portal, not just here!",
    "2026-05-28T20:30:00Z", 4, "Planning",
    "Community group hosting an ongoing discussion of a live planning application - Planning officers to engage",
    thread="t3r", replies=27, likes=61, reposts=18)
add("t3a", "facebook", "fb-75319-alperton-planwatch-0528-c1", "Deepak Varsani", None, False,
    "18% is below the Local Plan target isn't it? Would be good if someone from planning actually explained the "
    "viability assessment in plain English",
    "2026-05-28T20:51:12Z", 4, "Planning",
    "Asks for the service's input inside the ongoing application discussion", reply_to="t3r", thread="t3r", likes=12)
add("t3b", "facebook", "fb-75319-alperton-planwatch-0528-c2", "Claire Fenwick", None, False,
    "I support it tbh. My kids will never afford anywhere round here otherwise. More homes near the station = good.",
    "2026-05-28T21:19:40Z", 4, "Planning",
    "Supportive voice in the same ongoing discussion - still part of the service conversation", reply_to="t3r",
    thread="t3r", likes=8)
add("t3c", "facebook", "fb-75319-alperton-planwatch-0528-c3", "Kokila Patel", None, False,
    "પાર્કિંગનું શું? અમારા રસ્તા પર પહેલેથી જ જગ્યા નથી. મંદિરના તહેવારોના દિવસોમાં તો હાલત ખૂબ ખરાબ થાય છે.",
    "2026-05-29T06:44:03Z", 4, "Planning",
    "Gujarati: 'what about parking? there's already no space on our road, on temple festival days it's very bad' - "
    "a point in the ongoing application discussion", lang="gu", reply_to="t3r", thread="t3r", likes=5)

add("s1", "x", "@queensbury_cpz_q", None, 210, False,
    "Week 3 of asking: the Queensbury CPZ extension was 'paused pending review' at the January meeting, yet people "
    "on Beverley Drive are still getting letters about the scheme. Paused or not? Quite a few of us in the residents' "
    "group waiting on an answer.",
    "2026-02-12T18:48:31Z", 4, "Parking",
    "Text shows an ongoing, shared conversation about one scheme - Parking officers should join; ambiguous with 3",
    replies=4, likes=15)

add("s2", "x", "@selvi_wembley", "Selvi", 90, False,
    "Ealing Road கோவில் அருகே வரும் புதிய பார்க்கிங் மண்டலம் பற்றி எங்கள் தெருவில் எல்லோரும் பேசுகிறோம். நேற்று "
    "கூட்டத்தில் கவுன்சில் அதிகாரி பதில் சொல்வதாகச் சொன்னார், இன்னும் ஒன்றும் வரவில்லை. திருவிழா நாட்களில் என்ன ஆகும்? "
    "@Brent_Council",
    "2026-09-17T20:14:26Z", 4, "Parking",
    "Tamil: 'everyone on our street is talking about the new parking zone near the Ealing Road temple; at "
    "yesterday's meeting the officer promised an answer, nothing yet; what happens on festival days?' - ongoing "
    "scheme conversation", lang="ta", replies=2, likes=7)

# ---------------------------------------------------------------- route 1: monitor
add("m1", "rss", "rss-75319-energy-wire-0109", "Energy Markets Wire", None, False,
    "Brent crude rises above $78 as OPEC+ signals extended output cuts | Oil prices climbed for a third session on "
    "Friday, with the Brent benchmark up 1.4% after...",
    "2026-01-09T06:15:00Z", 1, None, "Keyword noise - Brent crude oil")

add("m2", "x", "@bees_up_bants", None, 730, False,
    "2-1 at the Gtech and we're TOP HALF \U0001F41D Brent-ford till I die",
    "2026-02-07T17:22:41Z", 1, None, "Keyword noise - Brentford FC", likes=44)

add("m3", "instagram", "@shopwithsim", "Simran", 5400, False,
    "Brent Cross haul \U0001F6CD\uFE0F the sale was unreal, swipe for the try-on",
    "2025-12-27T15:40:10Z", 1, None, "Keyword noise - Brent Cross shopping centre (Barnet)", likes=320)

add("m4", "x", "@officequotes_daily", "Office Quotes", 214000, True,
    "\"If you want the rainbow, you've got to put up with the rain.\" - David Brent",
    "2026-04-02T12:00:00Z", 1, None,
    "Keyword noise - David Brent; large account, nothing to do with the council", likes=3100, reposts=410)

add("m5", "facebook", "@tash.reid.3", "Tash Reid", None, False,
    "Happy 40th to my big bro Brent!! \U0001F389 don't let anyone tell you you're old (you are)",
    "2026-07-11T10:10:10Z", 1, None, "Keyword noise - a person called Brent", likes=27)

add("m6", "x", "@chamberlayne_mum", None, 66, False,
    "shout out to the bin crew on our road who wave at my 3yo every tuesday. he lines his toy lorries up on the "
    "windowsill for you. you made his week \U0001F69B\u2764\uFE0F @Brent_Council",
    "2026-06-02T09:58:12Z", 1, "Environment", "Praise, no case or request - monitor (a like is enough)", likes=52)

add("m7", "facebook", "@mohammed.idris.willesden", "Mohammed Idris", None, False,
    "Want to say thank you to the staff at Willesden Green library who helped my dad fill in his pension credit "
    "form on the computer. So patient and kind. He came home smiling.",
    "2026-09-04T14:31:03Z", 1, "Libraries", "Thanks for library staff - praise, monitor", likes=40)

add("m8", "x", "@dollis_hill_dom", "Dom", 310, False,
    "reported the pothole on Dollis Hill Lane monday, filled by wednesday. credit where it's due @Brent_Council",
    "2026-05-14T17:02:40Z", 1, "Highways", "Praise for a quick repair - monitor", likes=18)

add("m9", "x", "@neasden_nigel", "Nigel", 150, False,
    "Brent Council: turning every road into an off-road rally stage since 1965 \U0001F3CE\uFE0F\U0001F573\uFE0F",
    "2026-02-27T23:15:47Z", 1, "Highways", "Sarcasm, no location, case or request - monitor", likes=11)

ABUSE = "brent council are a bunch of useless clowns \U0001F921\U0001F921\U0001F921 every single one of you"
add("m10a", "x", "@realtalk_nw", None, 23, False, ABUSE, "2026-08-15T00:31:22Z", 1, None,
    "Low-reach abuse with no substance - monitor, don't engage")
add("m10b", "x", "@realtalk_nw", None, 23, False, ABUSE, "2026-08-15T00:31:58Z", 1, None,
    "Exact repeat of the same abuse half a minute later - monitor")

add("m11", "x", "@crypto_gains_4u", None, 8, False,
    "@Brent_Council @WembleyParkLive I turned \u00a3200 into \u00a39,000 in 2 weeks with this bot \U0001F449 DM for link "
    "\U0001F4B8\U0001F4B8",
    "2026-03-08T04:12:03Z", 1, None, "Spam - monitor (hide/report under house rules if on our page)")

add("m12", "x", "@brent_green_voter", None, 140, False,
    "7 May: time to end decades of one party running Brent. Vote Green for real change in Willesden \U0001F33B",
    "2026-04-30T19:20:33Z", 1, None,
    "Party-political campaigning from an ordinary low-reach account - no request; the council takes no political "
    "standpoint, monitor", likes=9, reposts=3)

add("m13", "x", "@harlesden_hub", "Harlesden Hub", 2100, False,
    "Terrible news from Stonebridge this morning. Thoughts with his family and everyone in the block \U0001F64F "
    "[shared from Stonebridge Community Voice]",
    "2026-10-18T10:02:14Z", 1, "Housing",
    "Sympathy and a reshare of the fire post already escalated - monitor as part of that incident", likes=70, reposts=33)

add("m14", "x", "@lilnw10", None, 12, False,
    "this is actually disgusting why do i even bother rinsing my yoghurt pots \U0001F62D",
    "2026-07-02T09:15:20Z", 1, "Environment",
    "Low-reach reaction to the viral bin video already escalated - monitor", reply_to="e16", thread="e16", likes=4)

add("m15", "x", "@WembleyParkLive", "Wembley Park Events", 86000, True,
    "Christmas lights are ON \u2728 Thank you to everyone who came down tonight and to @Brent_Council for the road "
    "closures. See you at the market!",
    "2025-12-04T19:45:00Z", 1, None,
    "Large verified account saying something of no consequence (thanks) - monitor, maybe share", likes=1400, reposts=210)

add("m16", "x", "@harrow_moaner", None, 40, False,
    "Harrow putting council tax up 4.99% again, Barnet the same. bet Brent do it too",
    "2026-02-26T12:33:51Z", 1, None,
    "Mostly other boroughs' matters plus speculation - no request, monitor", likes=2)

add("m17", "instagram", "@priya.wembley", "Priya", 760, False,
    "वेम्बली में दिवाली ऑन द स्क्वायर कमाल का था! आतिशबाज़ी, खाना, डांस - पूरा परिवार बहुत खुश हुआ। धन्यवाद ब्रेंट \U0001FA94\u2728",
    "2026-10-25T21:05:38Z", 1, None,
    "Hindi: 'Diwali on the Square in Wembley was amazing - fireworks, food, dance, the whole family loved it, thank "
    "you Brent' - praise, monitor", lang="hi", likes=95)

add("m18", "x", "@sara_nw2", "Sara", 180, False,
    "امروز کنار دریاچه ولش هارپ قدم زدم، پرنده‌ها فوق‌العاده بودند. کسی می‌داند اسم آن پرنده‌های سیاه با منقار سفید چیست؟",
    "2026-04-19T15:27:44Z", 1, None,
    "Farsi: 'walked by the Welsh Harp today, the birds were wonderful - anyone know the black birds with white "
    "beaks?' - chatter, no council matter", lang="fa", likes=14)

add("m19", "bluesky", "@kensalrise-k.bsky.social", None, 260, False,
    "why does every road in brent have roadworks at the same time. 40 mins from willesden to kilburn. love it here",
    "2026-09-22T18:36:09Z", 1, "Highways", "Moan with no case or request - monitor", likes=17)

add("m21", "youtube", "yt-75319-UgxJeanK1214", "Jean K", None, False,
    "Lovely video of the Kingsbury Christmas market, I spotted my granddaughter on the tombola stall at 1:42!",
    "2025-12-14T16:20:13Z", 1, None, "Friendly comment on a council video - monitor", likes=6)

add("m22", "facebook", "@barry.lomax.1", "Barry Lomax", None, False,
    "How much did they spend on that ugly metal sculpture outside the Civic Centre? Millions probably while my road "
    "hasn't been swept since Easter. Don't bother answering.",
    "2026-08-25T13:49:27Z", 1, None,
    "Rhetorical jibe ('don't bother answering'), not a request for information - not FOI; vague sweeping moan with "
    "no road named; ambiguous with 3", likes=21)

add("m23", "bluesky", "@markets-mo.bsky.social", "Mo", 1900, False,
    "Brent at $71, WTI $67. petrol should come down now but it never does does it",
    "2026-06-16T07:52:30Z", 1, None, "Keyword noise - Brent crude", likes=8)

add("m24", "x", "@sk_wembley", None, 40, False, SAME_Q,
    "2026-11-25T20:31:42Z", 1, None,
    "Standalone, no thread or subject visible - nothing to act on, monitor (same words inside the School Street "
    "thread are 4)")

add("m25", "facebook", "@jean.morley.22", "Jean Morley", None, False, SAME_S,
    "2026-07-29T12:44:05Z", 1, None,
    "Captured without its parent - no service or place identifiable, monitor (same words in the fly-tipping "
    "thread are 4)")

add("m26", "rss", "rss-75319-northlondon-news-0930", "North London Local News", None, False,
    "Brent Cross Town: first residents collect keys | The first households have moved into the new homes at Brent "
    "Cross Town, Barnet Council and the developer said on Tuesday...",
    "2026-09-30T06:00:00Z", 1, None, "Keyword noise - Brent Cross Town is in Barnet, another council's matter")


# ---------------------------------------------------------------- serialise
def make_ids():
    rnd = random.Random(75319)
    ids = {}
    ords = rnd.sample(range(100, 1000), len(ITEMS))  # random, so ids do not reveal writing order
    for it, n in zip(ITEMS, ords):
        p = it["platform"]
        if p in ("x", "mastodon"):
            ids[it["key"]] = f"{PREFIX}{n:03d}{rnd.randrange(10**9, 10**10)}"
        elif p == "facebook":
            ids[it["key"]] = f"fb_{PREFIX}_{n:03d}_{rnd.randrange(10**8, 10**9)}"
        elif p == "instagram":
            ids[it["key"]] = f"ig_{PREFIX}{n:03d}"
        elif p == "bluesky":
            ids[it["key"]] = f"at://bsky/{PREFIX}{n:03d}{rnd.randrange(10**5, 10**6)}"
        elif p == "youtube":
            ids[it["key"]] = f"yt_{PREFIX}_{n:03d}"
        elif p == "linkedin":
            ids[it["key"]] = f"urn:li:activity:{PREFIX}{n:03d}{rnd.randrange(10**6, 10**7)}"
        else:
            ids[it["key"]] = f"rss-{PREFIX}-{n:03d}"
    return ids


def main():
    # author handles for items whose add() call carries a placeholder handle
    fix = {"t1r": "@jo.finnegan.kr", "t1a": "@marcus.lindqvist", "t1b": "@fatima.rahman.nw10",
           "t1c": "@pete.obrien.65", "t2r": "@harlesden_hannah", "t2a": "@nw10_baba", "t2b": "@manorpk_ally",
           "t2c": "@winston_nr3", "t3r": "@AlpertonPlanningWatch", "t3a": "@deepak.varsani",
           "t3b": "@claire.fenwick.wp", "t3c": "@kokila.patel.alperton", "e15": "@kemal-aydin-grill",
           "c19": "@sasha-mbeki-bakes", "q18": "@amira-haddad", "e19": "@alpertonobserver",
           "q3": "@leeharrington4418", "m21": "@jeank-kingsbury", "m1": "@energymarketswire",
           "m26": "@northlondonlocalnews"}
    for it in ITEMS:
        if it["key"] in fix:
            it["handle"] = fix[it["key"]]
    keys = [it["key"] for it in ITEMS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    ids = make_ids()
    by = {it["key"]: it for it in ITEMS}
    # sanity: reply after parent in time, root replies >= replies here
    nrep = {}
    for it in ITEMS:
        if it["reply_to"]:
            assert by[it["reply_to"]]["created"] < it["created"], it["key"]
            nrep[it["thread"]] = nrep.get(it["thread"], 0) + 1
    for root, n in nrep.items():
        assert by[root]["replies"] >= n, root
    order = ITEMS[:]
    random.Random(110).shuffle(order)
    moved = True
    while moved:  # keep every reply after the item it replies to
        moved = False
        pos = {it["key"]: i for i, it in enumerate(order)}
        for i, it in enumerate(order):
            if it["reply_to"] and pos[it["reply_to"]] > i:
                order.pop(i)
                order.insert(pos[it["reply_to"]], it)
                moved = True
                break
    with open(OUT, "w", encoding="utf-8") as f:
        for it in order:
            rec = {
                "platform": it["platform"], "platform_id": ids[it["key"]], "author_handle": it["handle"],
                "author_name": it["name"], "author_followers": it["followers"], "author_verified": it["verified"],
                "text": it["text"], "created_at": it["created"],
                "reply_to_id": ids[it["reply_to"]] if it["reply_to"] else None,
                "thread_id": ids[it["thread"]] if it["thread"] else None,
                "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"], "language": None,
                "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"],
                          "foi_valid": it["foi_valid"], "escalate_reason": it["esc"], "reason": it["reason"],
                          "language": it["lang"]},
                "provenance": "written"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(order)} items to {OUT}")


if __name__ == "__main__":
    main()
