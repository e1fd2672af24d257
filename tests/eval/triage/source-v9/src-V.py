#!/usr/bin/env python3
"""Writer V: hand-written labelled mentions for eval set v9 (110 items). Run to (re)write part-V.jsonl."""
import json, random, os

PREFIX = "13579"
HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = []   # in authoring order: every parent before its replies
_n = [0]

def pid_for(platform, n):
    if platform in ("x", "mastodon"):
        return f"{PREFIX}{40000000 + n * 7919:09d}"
    return {"facebook": f"fb_{PREFIX}_{n:04d}", "bluesky": f"3m{PREFIX}bsk{n:03d}",
            "instagram": f"ig{PREFIX}{n:05d}", "youtube": f"Ugz{PREFIX}yt{n:03d}",
            "linkedin": f"urn:li:activity:{PREFIX}{n:08d}", "rss": f"rss-{PREFIX}-{n:03d}"}[platform]

def add(key, platform, handle, name, followers, when, text, route, dept, reason, lang="en",
        verified=False, foi=False, foi_valid=None, esc=None, reply_to=None,
        replies=0, likes=0, reposts=0):
    _n[0] += 1
    ITEMS.append(dict(key=key, n=_n[0], platform=platform, handle=handle, name=name, followers=followers,
                      when=when, text=text, route=route, dept=dept, reason=reason, lang=lang,
                      verified=verified, foi=foi, foi_valid=foi_valid, esc=esc, reply_to=reply_to,
                      replies=replies, likes=likes, reposts=reposts))

# ---------------------------------------------------------------- route 5: escalate
add("e1", "x", "@tasha_chalkhill", "Tasha M", 143, "2026-01-14T07:52:11Z",
    "there's a little boy maybe 4 on the balcony of the flat opposite us at Chalkhill, 6th floor, standing on a chair by the railing. been out there nearly an hour in just a nappy and it's freezing. knocked, nobody answers. who do i even ring",
    5, None, "A small child alone on a chair by a 6th-floor railing: someone may be at risk, so escalate whatever the follower count (§8.1); children's social care/police, no listed department.",
    esc="child_at_risk", likes=4)
add("e2", "facebook", "@brenda.whitfield.58", "Brenda Whitfield", None, "2026-02-03T21:17:40Z",
    "Not sure if this is a council thing or who to even tell. The lady downstairs from us in the flats on Tokyngton Avenue is on oxygen at home and still smokes. There's been scorch marks on her front door twice and the corridor alarm went off again last night about 2am. Her son lives up in Leeds and doesn't answer. I'm not trying to cause trouble for her but I lie awake thinking one night it'll be the whole block.",
    5, "Housing", "Fire risk to a vulnerable adult and the whole block, told as neighbourly worry: risk to life/fire safety, escalate (§8.1); ambiguous with 2 (a housing officer visit).",
    esc="fire_risk_vulnerable_adult", likes=11, replies=6)
add("e3", "x", "@dwayne_nw10", "Dwayne", 389, "2026-03-09T07:12:03Z",
    "whole stairwell at our block in Church End stinks of gas since like 6am. caretaker says he's 'logged it'. do i just wait?? kids walking past it to go school @Brent_Council",
    5, "Housing", "Smell of gas through a council block stairwell for over an hour: risk to life, escalate at once (§8.1), not a routine repair.",
    esc="gas_leak", likes=9, reposts=3)
add("e3a", "x", "@NW10_Sandra", "Sandra", 61, "2026-03-09T07:31:48Z",
    "same here, on the 3rd floor too",
    5, "Housing", "Inside the gas-smell thread this confirms the smell on another floor of the block: risk to life, escalate; the same words standalone are only route 1.",
    esc="gas_leak", reply_to="e3", likes=2)
add("e4", "facebook", "@hodan.warsame.7", "Hodan Warsame", None, "2026-01-25T06:48:22Z",
    "Biyo ayaa ka soo daadanaya saqafka qolka gabadhayda tan iyo xalay, hadda nalka qolkaas wuu libiqsanayaa oo dhawaq ayuu sameynayaa. Korontada waan damiyay laakiin laba carruur yar ayaan haystaa, mugdi ayaan ku jirnaa. Repairs saddex jeer ayaan wacay, cidna iima jawaabin. Flat 8 Marne Court, Stonebridge. Fadlan i caawiya.",
    5, "Housing", "Somali: water pouring through her daughter's bedroom ceiling since last night, the light fitting flickering and popping, electrics switched off, two small children in the dark, repairs line unanswered three times. Water on electrics = risk to life, escalate; ambiguous with 2 (own repair with address).",
    lang="so", esc="water_on_electrics", likes=3)
add("e5", "x", "@ibrahim_k", "Ibrahim", 57, "2026-04-22T08:05:37Z",
    "@Brent_Council the crack above the bin store at Kilburn Square has gone from a line to a gap you can put your fingers in. bits of concrete on the path this morning. kids cut through there every day to the school",
    5, "Housing", "Widening structural crack with concrete falling onto a path children use: structural danger, risk to life, escalate (§8.1).",
    esc="structural_danger", likes=14, reposts=5)
add("e6", "facebook", "@marek.zielinski.nw10", "Marek Zieliński", None, "2026-01-08T16:40:09Z",
    "Pod wiaduktem przy stacji Harlesden od dwóch dni leży ten sam mężczyzna. Dziś w nocy ma być -4. Zagadałem do niego rano – ledwo mówił, ręce miał sine i nie chciał wstać. Czy ktoś z rady może kogoś wysłać, zanim będzie za późno?",
    5, "Housing", "Polish: the same man has lain under the bridge by Harlesden station for two days, -4 tonight, barely speaking, hands blue, would not get up; can the council send someone before it's too late. Rough sleeper at risk of death: escalate; Housing (homelessness/outreach).",
    lang="pl", esc="rough_sleeper_at_risk", likes=27, reposts=8)
add("e7", "x", "@jj_wembley22", None, 31, "2026-02-17T23:48:55Z",
    "got the bailiff letter for council tax today on top of everything else. genuinely don't see the point of carrying on with any of it tbh. brent council you win",
    5, "Finance", "'don't see the point of carrying on with any of it' is a self-harm cue sitting behind a council-tax enforcement moan: escalate before the account case (§8.1); ambiguous with 2.",
    esc="self_harm_cue", likes=1)
add("e8", "x", "@priya_reports", "Priya Lakhani | local news", 612, "2026-05-27T10:14:30Z",
    "Hi @Brent_Council, I'm writing a piece for the Brent & Kilburn Times on the Willesden Green library opening hours consultation. Could your press office tell me when the cabinet decision is expected? DMs open, thanks!",
    5, "Communications", "A reporter naming her outlet asks a polite, neutral question: media enquiry goes to the communications officer whatever the follower count (§8.1); service lead is Libraries.",
    esc="media_enquiry", likes=2)
add("e9", "x", "@tomfarrell_ldrs", "Tom Farrell", 1840, "2026-07-02T09:03:12Z",
    "FOI request to @Brent_Council for a story I'm working on (Local Democracy Reporting Service): please provide the number of damp and mould disrepair claims settled in 2024 and 2025, and the total paid in compensation and legal costs. Email in bio.",
    5, "Housing", "Valid FOI (real name in profile) but from a journalist on a reputationally sensitive topic: 'a journalist's request is 5'; still log it for the 20-working-day clock.",
    foi=True, foi_valid=True, esc="journalist_foi", likes=18, reposts=6)
add("e10", "x", "@CllrAminaPatel", "Cllr Amina Patel", 2310, "2025-12-11T17:26:44Z",
    "Third time of asking @Brent_Council: streetlights on Harvist Road out since half term. Residents, a lot of them older women, tell me they won't walk home from the bus after 5pm now. Please can I have a date.",
    5, "Highways", "A councillor raising a council matter publicly, with a safety angle: escalate to communications and the Highways lead (§8.1 influential author).",
    esc="councillor", likes=46, reposts=12)
add("e11", "x", "@DawnAkintolaMP", "Dawn Akintola MP", 38200, "2026-08-19T12:02:58Z",
    "My office has had over 60 emails this week from constituents shocked by the new emissions-based parking permit charges. I've written to @Brent_Council asking them to pause the increase and publish the equality impact assessment.",
    5, "Parking", "An MP publicly challenging a council charge: highly influential author on a controversial issue, escalate (§8.1).",
    verified=True, esc="mp", likes=640, reposts=210, replies=85)
add("e12", "facebook", "@RaviShahForKenton", "Ravi Shah for Kenton", 1100, "2026-04-18T19:35:00Z",
    "On 7 May you can send a message. Brent Council spent £2.3 MILLION on consultants for the Kenton Road scheme that nobody asked for and nobody wanted. I'm standing as an independent because enough is enough. Share if you agree 👇",
    5, "Highways", "An election candidate making a specific spending claim about the council in the pre-election period: escalate (candidate, controversial); the council must not take a political standpoint.",
    esc="candidate_pre_election", likes=230, reposts=95, replies=41)
add("e13", "x", "@lola_harlesden", "Lola", 212, "2026-06-04T18:09:17Z",
    "so brent council sent me a letter today about my housing benefit and stapled behind it is SOMEONE ELSE'S letter. her name, address, her kids names, how much she gets. if she's got mine i'm going to lose it",
    5, "Finance", "Another resident's personal data sent to her: a data breach, escalate (§8.1) whatever the follower count.",
    esc="data_breach", likes=33, reposts=14)
add("e14", "facebook", "@samira.haidari", "Samira Haidari", None, "2026-03-24T20:51:03Z",
    "My mother went to the Civic Centre today to ask about her council tax reduction. She speaks English, just slowly. The man at the desk rolled his eyes and said loudly 'we're not a translation service, come back when you can speak properly'. People in the queue laughed. She came home and cried in the kitchen. She's lived in Brent 31 years. Is this how you treat residents?",
    5, "HR", "Alleged discriminatory treatment by a member of staff: escalate (§8.1); HR for staff conduct, ambiguous with Finance as the service involved.",
    esc="discrimination_by_staff", likes=312, reposts=88, replies=74)
add("e15", "x", "@vanman_kev", "Kev", 88, "2026-05-12T13:44:21Z",
    "third ticket this month outside my own unit on ealing rd. next time i see that warden writing one i'm not responsible for what happens to him or his little machine",
    5, "Parking", "Veiled threat of violence to a named role (the civil enforcement officer): threat to staff, escalate (§8.1) despite low reach.",
    esc="threat_to_staff", likes=3)
add("e16", "x", "@J_Oduya", "Joseph Oduya", 401, "2026-02-26T08:30:50Z",
    "@Brent_Council 18 months of reports about the leak at 14 Granville Rd, a mouldy bedroom and a 6yr old with asthma. My solicitor is sending a letter before claim this week. Housing Ombudsman next.",
    5, "Housing", "Legal threat about disrepair affecting a child's health: escalate (legal/reputational) rather than treat as a plain repair; ambiguous with 2 (own case with address).",
    esc="legal_threat", likes=22, reposts=4)
add("e17", "instagram", "@harlesden_eyes", "Harlesden Eyes", 2900, "2026-07-16T15:20:11Z",
    "Caught on camera 👀 man in a Brent council hi-vis 'inspecting' a shop on the High Street, walks out with an envelope, no paperwork, no ID shown. Full vid on our story. @brentcouncil care to explain?",
    5, "Regulatory Services", "Alleged misconduct (a bribe) by an enforcement officer, with video, on a local account: controversial, escalate.",
    esc="alleged_misconduct", likes=1450, reposts=0, replies=120)
add("e18", "x", "@londonbinwatch", "London Bin Watch", 48000, "2026-08-06T07:58:36Z",
    "Brent crews tipping the blue recycling bins straight into the general waste lorry on Dollis Hill Lane this morning. So what exactly is the point of us sorting it?? 🎥",
    5, "Environment", "Video against a service going viral from a large account: reputational, escalate to communications and the waste lead (§8.1).",
    esc="viral_video", likes=9400, reposts=3100, replies=640)
add("n21", "x", "@jas_kingsbury", "jas", 72, "2026-08-06T11:41:09Z",
    "lmaooo so that's where my yoghurt pots go 😭",
    1, "Environment", "Joke reply inside the viral recycling thread: 'reshares of something already escalated', no case or request, monitor.",
    reply_to="e18", likes=210)
add("e19", "facebook", "@NeasdenCommunityHub", "Neasden Community Hub", 5600, "2026-10-11T08:12:45Z",
    "Our hearts are with the family of the woman who died in last night's fire at Gaskell House. Residents have told us the fire door on the 9th floor was propped open and broken since the spring and was reported more than once. We'll be at the community centre from 10am collecting donations for the family and neighbours who can't go home.",
    5, "Housing", "A death in a fire with a claim that a reported fire-door defect was ignored: death and fire safety, escalate immediately.",
    esc="death_fire_safety", likes=880, reposts=420)
add("n22", "facebook", "@joy.ellis.733", "Joy Ellis", None, "2026-10-11T09:03:27Z",
    "Sending love to her family. So so sad 💔",
    1, None, "Sympathy reply inside a thread already escalated: monitor.",
    reply_to="e19", likes=14)
add("e20", "x", "@stevie_tunes", "stevie", 260, "2026-06-20T22:41:19Z",
    "wembley park station after the concert is actually scary rn, barriers at the bottom of olympic way shut and people getting pushed into them, girl next to me fainted. where are the stewards",
    5, "Emergency Planning", "Crowd crush developing after an event: risk to life, escalate now (§8.1).",
    esc="crowd_crush", likes=57, reposts=31)
add("e21", "x", "@MayaJ", "Maya J", 1240000, "2026-09-05T14:27:02Z",
    "Brent council towed my mum's car from outside her own house in Sudbury with her blue badge ON THE DASHBOARD. She's 79. Absolutely disgraceful @Brent_Council",
    5, "Parking", "Very large verified account attacking a service: 'highly influential web commentator', escalate even though it is also one person's case.",
    verified=True, esc="influential_account", likes=22000, reposts=4100, replies=1300)
add("e22", "x", "@kerry_carer", "Kerry", 67, "2026-11-03T19:55:40Z",
    "not sure who to tell. the lad next door (learning difficulties, lives on his own) has had 'mates' staying for weeks, music all night, he came to mine asking for bread yesterday and said they've got his bank card. brent council do you do anything about this",
    5, None, "Possible financial abuse and cuckooing of a vulnerable adult, described in passing: safeguarding, escalate; adult social care, no listed department.",
    esc="safeguarding_adult", likes=5)
add("e24", "x", "@um_yusuf_nw2", "أم يوسف", 95, "2026-01-30T23:14:08Z",
    "أطفال الجيران في الطابق الثاني وحدهم في الشقة منذ أيام، أكبرهم عمره حوالي ٨ سنوات. سمعتهم يبكون الليلة الماضية ولم يفتح أحد الباب، والأم لم أرها منذ الأسبوع الماضي. ماذا أفعل؟ @Brent_Council",
    5, None, "Arabic: the neighbours' children on the second floor have been alone in the flat for days, the eldest about 8; heard them crying last night, nobody opened the door, mother not seen since last week; what should I do? Children at risk: escalate (safeguarding).",
    lang="ar", esc="child_at_risk", likes=2)

# ---------------------------------------------------------------- route 2: customer services
add("c1", "x", "@nw10_nadia", "nadia", 204, "2026-02-10T08:20:31Z",
    "bins?? again @Brent_Council",
    2, "Environment", "Terse, but 'again' signals her own collection missed once more: a person needing a service (officer to ask for the address); ambiguous with 1 (a moan with no details).",
    likes=6)
add("c2", "x", "@raj_alperton", "Raj", 96, "2026-03-16T12:48:02Z",
    "PCN WB40718233 - I was unloading my mum's wheelchair outside 3 Ealing Rd, hazards on, 4 mins. Appeal rejected with a copy paste letter that didn't even mention the photos I sent. who actually reads these @Brent_Council",
    2, "Parking", "Own penalty-charge case with a PCN number: needs an officer to look at the appeal record.",
    likes=19, reposts=2)
add("c2b", "x", "@raj_alperton", "Raj", 96, "2026-03-18T09:02:44Z",
    "PCN WB40718233 - I was unloading my mum's wheelchair outside 3 Ealing Rd, hazards on, 4 mins. Appeal rejected with a copy paste letter that didn't even mention the photos I sent. who actually reads these @Brent_Council",
    2, "Parking", "Exact repeat two days later of the same PCN complaint: same label, own case for Parking.",
    likes=7)
add("c3", "facebook", "@grace.adeyemi.92", "Grace Adeyemi", None, "2025-12-15T21:33:10Z",
    "Posting here because nothing else seems to work.\n\nSince October the back bedroom in our flat (Flat 22, Brentfield House, Stonebridge) has had black mould coming up the wall behind the cot. My youngest is 18 months and she's been coughing for weeks, the GP said get it sorted. Repairs came in November, wiped it with something that stank and left. It's back and worse.\n\nRepair ref 4471902. Can someone from Brent housing actually come and look at WHY it keeps coming back please.",
    2, "Housing", "Own damp-and-mould repair with address and reference: customer services to Housing inside 24 hours; ambiguous with 5 given a toddler's health (Awaab's Law hazard).",
    likes=24, replies=9)
add("c4", "x", "@mr_ferreira_", "J Ferreira", 143, "2026-02-05T19:11:57Z",
    "paid my council tax in full in january, acc no 30084417, and today i get a REMINDER with £12 costs added?? sort it out",
    2, "Finance", "Own council tax account with number: officer needs to check the payment record.",
    likes=3)
add("c5", "x", "@leonie_d", "Leonie", 58, "2025-12-04T07:15:26Z",
    "boiler gone again since monday, 2yr old in the flat, repairs booked me for thurs then cancelled by text at 7am. ref HR/559821. @Brent_Council can someone ring me today",
    2, "Housing", "Own repair with a reference, needing an officer to rebook: route 2; ambiguous with 5 (no heating in December with a toddler) but no acute danger described.",
    likes=4)
add("c6", "facebook", "@trevor.bailey.wembley", "Trevor Bailey", None, "2026-01-20T10:40:18Z",
    "Hit a pothole on Blackbird Hill Monday night - the one by the bus stop that's been coned off for about a month with no work done. Split tyre and a buckled alloy, £340. How do I claim? I've got photos and the garage receipt.",
    2, "Highways", "Own damage claim with evidence: needs an officer (claim record), though asked as a 'how do I'; ambiguous with 3 (signpost to the claim form).",
    likes=12, replies=5)
add("c7", "x", "@sudbury_sue", "Sue", 310, "2026-11-09T17:50:09Z",
    "streetlight outside 27 harrow road sudbury flickering on and off every 10 seconds for a week now. like living in a nightclub 🪩",
    2, "Highways", "Fault at a specific address that an officer must log and send out: customer services.",
    likes=8)
add("c8", "instagram", "@bookish.kilburn", "Nia | books", 880, "2026-04-09T16:05:44Z",
    "hey @brentlibraries my card got swallowed by the self-service machine at Kilburn library yesterday and staff said to message you? card ends 4471, I've got 3 books on it due Friday 😬",
    2, "Libraries", "Own library account issue with a card number: Libraries staff to act.",
    likes=15)
add("c9", "facebook", "@funmi.adebayo.3", "Funmi Adebayo", None, "2026-03-11T13:27:36Z",
    "My son has been offered a secondary school 5 miles away that we didn't even put on our list, and his sister is already at Claremont. We sent the appeal form on the 4th and have heard nothing at all. Application ref BRT-SEC-26-08812. Who do I speak to?",
    2, "Education", "Own school-admission appeal with a reference: Education officer must check the record.",
    likes=9, replies=3)
add("c10", "x", "@dollishill_dave", "Dave", 120, "2026-05-21T18:22:13Z",
    "house at 58 Gladstone Park Gardens has built a two storey thing at the back that looks nothing like the plans that got approved, blocks all the light to our kitchen. who enforces this @Brent_Council",
    2, "Planning", "Planning-enforcement complaint about a specific address that an officer must investigate; ambiguous with 3 (signpost to the enforcement form).",
    likes=5)
add("c11", "mastodon", "@jo_k@mastodon.social", "Jo K", 213, "2026-07-12T03:41:50Z",
    "Third weekend running the flat above us (19 Walm Lane) has had speakers going till 4am. Reported through the noise form twice, case 25/NS/0931, nobody has called back. Is there actually an out-of-hours noise team in Brent or not?",
    2, "Regulatory Services", "Own noise nuisance case with a reference: needs the noise team to act.",
    likes=11, reposts=1)
add("c12", "x", "@cricklewood_mo", "Mo", 77, "2026-06-14T08:03:29Z",
    "someone's dumped a whole sofa, 2 mattresses and a fridge outside 112 cricklewood broadway overnight, blocking the pavement. pushchairs going out into the road to get past",
    2, "Environment", "Fly-tip at a specific address needing a clearance job: customer services to Environment.",
    likes=7, reposts=2)
add("c13", "facebook", "@harjit.kaur.kb", "Harjit Kaur", None, "2026-03-04T11:16:55Z",
    "Residents permit for my zone was due to renew on 1 March. Paid online on 20 Feb, got the confirmation email, but there's still no permit showing on the system and I've now got a ticket on the car outside my own house. What am I meant to do?",
    2, "Parking", "Own permit and a resulting PCN: officer must check her account.",
    likes=4)
add("c14", "x", "@shabs_wembley", None, 41, "2026-09-22T20:06:38Z",
    "applied for council tax reduction 9 weeks ago after losing my job, still says pending online and now they've taken the full amount by direct debit. can't afford this",
    2, "Finance", "Own benefit application stuck with money taken: Finance officer to look up the claim.",
    likes=2)
add("c15", "linkedin", "@daniel-mensah-sw", "Daniel Mensah", 600, "2026-10-06T21:12:04Z",
    "Trying to apply for the Senior Social Worker role (ref BRE-2291) on the Brent Council careers portal - it throws an error at the upload stage every time and the deadline is midnight tonight. Is there an email address I can send my application to?",
    2, "HR", "Own job application at risk of missing a deadline: HR to act; ambiguous with 3 (website fault).",
    likes=3)
add("c17", "x", "@MOyelaran", "Margaret Oyelaran", 189, "2026-01-28T14:55:21Z",
    "@Brent_Council Under the Freedom of Information Act please provide the total amount Brent Council spent on agency and interim staff in 2024/25, broken down by directorate.",
    2, "HR", "FOI request for recorded information; real name visible in the profile, so valid: log with customer services (route 2); 20 working days.",
    foi=True, foi_valid=True, likes=5)
add("c18", "facebook", "@WembleyWatcher", "Wembley Watcher", 2200, "2026-04-14T09:48:03Z",
    "FOI request - please send me the number of fixed penalty notices for littering issued in each Brent ward in 2025, and how many of them were paid.\nName: Thomas Mensah\nAddress for reply: 22 Dudden Hill Lane, London NW10",
    2, "Environment", "Pseudonymous page, but the post gives the applicant's name and an address for correspondence, so a valid FOI: log it (route 2).",
    foi=True, foi_valid=True, likes=31)
add("c19", "facebook", "@anapaula.ferreira.ldn", "Ana Paula Ferreira", None, "2026-05-05T10:29:47Z",
    "Bom dia. Gostaria de fazer um pedido ao abrigo da Freedom of Information Act: quantas famílias colocadas pelo Brent Council estavam em alojamento temporário fora do município em 31 de março de 2026? Agradeço a resposta por e-mail. Ana Paula Ferreira",
    2, "Housing", "Portuguese: FOI request for how many families placed by Brent were in temporary accommodation outside the borough on 31 March 2026, reply by email. Real name in profile and signed: valid, log it (route 2).",
    lang="pt", foi=True, foi_valid=True, likes=2)
add("c20", "facebook", "@ionela.popescu.90", "Ionela Popescu", None, "2026-03-02T18:37:15Z",
    "Bună ziua, m-am mutat din apartamentul de pe Kingsbury Road pe 1 februarie, dar tot îmi iau bani pentru council tax pe adresa veche. Numărul de cont este 30091275. Vă rog să opriți debitul direct, am trimis deja formularul de mutare.",
    2, "Finance", "Romanian: moved out of a Kingsbury Road flat on 1 February but still charged council tax for the old address; gives the account number, asks to stop the direct debit, moving form already sent. Own account case.",
    lang="ro", likes=1)
add("c21", "x", "@ramanbhai_w", "Ramanbhai", 38, "2026-08-25T09:14:40Z",
    "અમારા ઘરનો કચરો ત્રણ અઠવાડિયાથી કોઈ લઈ ગયું નથી. મારી પત્ની વ્હીલચેર પર છે એટલે અમારે assisted collection છે, ડબ્બા બહાર અમે નથી મૂકી શકતા. સરનામું: 14 Preston Hill, Kenton. મહેરબાની કરીને કોઈને મોકલો.",
    2, "Environment", "Gujarati: rubbish not collected for three weeks; wife uses a wheelchair so they have an assisted collection and cannot put the bins out; address given; please send someone. Own missed assisted collection.",
    lang="gu", likes=0)
add("c22", "x", "@amaka_k", "Amaka", 150, "2026-09-10T12:33:08Z",
    "brent housing said someone would call about the rats in the bin chamber 'within 5 working days'. that was 3 weeks ago",
    2, "Housing", "Own pest case already reported and not followed up: Housing to act (address comes in her reply).",
    likes=6, replies=2)
add("c22a", "x", "@amaka_k", "Amaka", 150, "2026-09-10T12:36:51Z",
    "it's the bin chamber at Masefield House off Kilburn Park Rd, we're flat 31. they're in the corridors now, saw one by the lift this morning",
    2, "Housing", "Her own follow-up giving the block and flat: still her case for Housing.",
    reply_to="c22", likes=3)
add("c23", "facebook", "@GoldenCrustHarlesden", "Golden Crust Bakery", 1300, "2026-07-21T15:02:33Z",
    "We pay Brent every month for trade waste and for the second week running our bins out the back haven't been emptied. Account TW-30218. Can't have food waste sitting there in this heat, we'll have rats by Friday.",
    2, "Environment", "A business's own trade-waste account: customer services to Environment.",
    likes=17, replies=4)
add("c24", "x", "@sharon_cares", "Sharon", 92, "2026-10-19T11:45:12Z",
    "blue badge renewal for my dad went in 10 weeks ago, old one ran out friday and he's basically housebound without it. ref BB-102384. any chance someone could look at it",
    2, "Parking", "Carer chasing her father's blue badge application with a reference: own case (blue badges sit with Parking here; ambiguous dept).",
    likes=4)
add("c25", "facebook", "@musa.jallow.5", "Musa Jallow", None, "2026-06-29T08:58:19Z",
    "Rent statement says I'm £460 in arrears. I pay by standing order every single month and I have the bank statements. Tenancy ref 0087731. Why is this happening AGAIN",
    2, "Housing", "Own rent account dispute with a tenancy reference: Housing income officer to check.",
    likes=2)

# ---------------------------------------------------------------- route 3: web team responds
add("w1", "x", "@lucy_kensalrise", "Lucy", 210, "2026-01-03T11:09:45Z",
    "does anyone know if garden waste collections restart in jan or feb? bin is full of christmas tree bits lol @Brent_Council",
    3, "Environment", "General 'when' question answered by the published collection calendar: web team signposts.",
    likes=2)
add("w2", "x", "@sonnyw_", "sonny", 45, "2026-02-21T22:30:02Z",
    "the pay a PCN page on your site just spins forever on my iphone, tried safari and chrome. not trying to dodge paying i promise 😂",
    3, "Web", "Fault on the website: web team responds and fixes; no dispute of the PCN itself.",
    likes=5)
add("w3", "x", "@harrow_weald_mk", "MK", 66, "2026-03-19T09:37:59Z",
    "@Brent_Council bins on our road in Harrow Weald haven't been emptied since tuesday, what's going on",
    3, None, "Meant for another council (Harrow Weald is in Harrow): web team points them to Harrow; no Brent department.",
    likes=1)
add("w4", "facebook", "@patricia.nolan.nw9", "Patricia Nolan", None, "2026-02-12T14:18:07Z",
    "Is it true Brent are going to start charging for garden waste from April? Someone in our street WhatsApp said £90 a year. Nobody has told us anything.",
    3, "Environment", "'Is it true' confusion over a published scheme: web team answers with the link.",
    likes=8, replies=6)
add("w5", "x", "@newtowembley", None, 19, "2026-04-04T16:42:21Z",
    "just moved to wembley park, how do i get visitor parking for my parents? is it an app or what",
    3, "Parking", "General how-to on visitor permits: signpost to the website.",
    likes=0)
add("w6", "mastodon", "@kemi_a@mastodon.social", "Kemi", 98, "2026-09-14T20:11:37Z",
    "When do reception applications open in Brent for September 2027 entry? Asking for a very excited 3 year old who has already packed her book bag.",
    3, "Education", "General admissions-timetable question answered by published information.",
    likes=4)
add("w7", "x", "@bernie_nw6", "Bernie", 80, "2026-05-30T10:06:51Z",
    "what time does kilburn library close on saturdays now? website says 5, sign on the door says 4",
    3, "Libraries", "Confusion over opening hours and a possibly wrong web page: web team answers and corrects.",
    likes=1)
add("w8", "x", "@wembley_ultra_99", "W.U.", 333, "2026-06-09T21:57:33Z",
    "FOI: how many parking tickets did brent issue on wembley event days in 2025 and how much money did it bring in. we all know it's a cash cow",
    3, "Parking", "A real request for recorded information, but a pseudonym/initials and no name or address: invalid FOI, web team explains how to make a valid request.",
    foi=True, foi_valid=False, likes=44, reposts=9)
add("w9", "facebook", "@dev.nw9", "Dev", None, "2026-07-07T12:24:06Z",
    "Hi, under freedom of information can you tell me how many complaints about the HMO at the Kingsbury Road end of Slough Lane were recorded since 2024? Thanks Dev",
    3, "Housing", "FOI request, but a first name only and no address: invalid per the strategy; web team replies asking for a real name and address (HMO licensing - ambiguous with Regulatory Services).",
    foi=True, foi_valid=False, likes=0)
add("w11", "x", "@gemma_tweets_", "Gemma", 255, "2026-10-13T08:21:14Z",
    "@Brent_Council when are the brent cross roadworks going to end, 40 mins to get to the A406 this morning",
    3, None, "Meant for another council: Brent Cross is in Barnet; web team redirects politely.",
    likes=3)
add("w12", "facebook", "@sandra.mills.q", "Sandra Mills", None, "2026-08-03T19:44:48Z",
    "Which council tax band is a 2-bed flat in Queensbury usually? Looking at moving and trying to budget. Also is there a single person discount in Brent?",
    3, "Finance", "General questions answered by published bands and discounts: signpost.",
    likes=1)
add("w13", "x", "@adeolu_m", "Adeolu", 140, "2025-12-29T13:02:27Z",
    "the recycling calendar link on your bins page goes to a 'page not found'",
    3, "Web", "Broken link on the council website: web team fixes and replies.",
    likes=2)
add("w14", "linkedin", "@chiamaka-obi", "Chiamaka Obi", 410, "2026-02-24T12:30:18Z",
    "Does Brent Council run an apprenticeship programme this year? My cousin is 17 and keen on IT and digital roles - any links appreciated!",
    3, "HR", "General jobs question: signpost to the published apprenticeships page.",
    likes=6)
add("w15", "x", "@alperton_ally", "Ally", 73, "2026-04-27T18:03:40Z",
    "how do i actually object to a planning application? there's one for 21 storeys next to the canal and we only found out from a notice on a lamppost",
    3, "Planning", "How-to on commenting on an application: signpost; the wider canal-block debate is a route 4 thread.",
    likes=9)
add("w16", "x", "@riverbrent_rob", "Rob", 55, "2026-01-22T15:27:09Z",
    "flood alert for the river brent again. are the council doing sandbags this time or do we buy our own? tokyngton",
    3, "Emergency Planning", "General question during an alert (not a flood in progress): web team signposts the flood advice; ambiguous with 5 if it turns to a warning.",
    likes=12, reposts=3)
add("w17", "facebook", "@yusuf.ali.wem", "Yusuf Ali", None, "2026-09-01T21:09:55Z",
    "Is the food hygiene sticker in the window of the takeaway on Ealing Road the real one? It says 5 but I'm sure it was a 1 last year",
    3, "Regulatory Services", "'Is it true' question answered by the published FSA ratings; ambiguous with 2 if he means to report a fake sticker.",
    likes=3)
add("w18", "facebook", "@shazia.rehman.wl", "Shazia Rehman", None, "2026-05-18T10:51:30Z",
    "السلام علیکم، پرانا صوفہ اور ایک الماری اٹھوانے کے لیے کونسل سے کیسے بکنگ کروں؟ اس کا کتنا خرچہ آتا ہے؟ ہم ولزڈن میں رہتے ہیں۔",
    3, "Environment", "Urdu: how do I book the council to collect an old sofa and a wardrobe, and how much does it cost; we live in Willesden. General how-to: signpost to bulky waste booking.",
    lang="ur", likes=0)
add("w19", "instagram", "@mariajose.nw10", "María José", 230, "2026-10-02T17:13:26Z",
    "Hola, acabamos de mudarnos a Brent desde Madrid. ¿Cómo solicito plaza en un colegio de primaria para mi hija de 7 años a mitad de curso? ¿Hay información en español en la web?",
    3, "Education", "Spanish: just moved to Brent from Madrid; how to apply for a primary place mid-year for a 7-year-old, and is there information in Spanish on the website. General in-year admissions question: signpost.",
    lang="es", likes=3)
add("w20", "x", "@halal_hungry", None, 190, "2026-09-25T19:38:03Z",
    "is the wembley event day parking zone on for the NFL game on sunday or just for football",
    3, "Parking", "General event-day question answered by the published event-day calendar.",
    likes=2)
add("w21", "bluesky", "@civicminded.bsky.social", "Civic Minded", 340, "2026-11-17T11:26:42Z",
    "Does Brent have its climate and ecological emergency strategy published anywhere? Can't find the current one on the site.",
    3, "Policy", "'Where is it' question about a published strategy: signpost (and check the web page is findable).",
    likes=5)
add("w22", "youtube", "@user-kz8fq2", None, None, "2026-03-28T12:57:16Z",
    "video says the Civic Centre is open on Saturdays but I went today and the doors were shut?",
    3, "Communications", "Confusion caused by a council video's opening-hours claim: web team replies and corrects the description; ambiguous dept (Web).",
    likes=1)

# ---------------------------------------------------------------- route 4: service conversations
add("t1", "facebook", "@rachel.goldberg.nw2", "Rachel Goldberg", None, "2026-05-06T20:14:51Z",
    "So the Dudden Hill healthy streets trial - 6 weeks in. Our end of the road is lovely and quiet now, kids on scooters, actual birdsong. But I keep hearing Villiers Road is gridlocked every morning. Consultation closes on the 30th. What are people actually seeing? Genuinely want to know before I fill it in.",
    4, "Highways", "Start of a neighbourhood discussion on a live traffic-scheme consultation: Highways officers should join with web team support.",
    likes=38, replies=27)
add("t1a", "facebook", "@imran.siddiqui.22", "Imran Siddiqui", None, "2026-05-06T20:41:07Z",
    "Villiers Rd resident. School run has gone from 8 minutes to 25. The 302 sits behind everything. And on Tuesday an ambulance had to reverse back out of the filter because nobody told them it was there.",
    4, "Highways", "Critical contribution to the scheme discussion; the ambulance point is serious but past and part of the debate, so 4 not 5 (ambiguous with 5 if it spreads).",
    reply_to="t1", likes=52)
add("t1b", "facebook", "@claire.dunphy", "Claire Dunphy", None, "2026-05-07T07:55:33Z",
    "We did the survey but honestly it feels like it's already decided. Does anyone know if the council will publish the traffic counts before the 30th?",
    4, "Highways", "Part of the ongoing scheme conversation asking for data the service holds: Highways to answer in-thread.",
    reply_to="t1", likes=19)
add("t2", "x", "@AlpertonCanalRA", "Alperton Canal Residents", 1450, "2026-04-25T09:00:12Z",
    "Planning application for the 21-storey block on the canal towpath at Alperton goes to committee on the 12th. 300+ objections in so far. Thread on what's actually in the documents 🧵",
    4, "Planning", "Residents' group opening a discussion of a live planning application: Planning officers should join the conversation; critical but not yet reputation-threatening.",
    likes=160, reposts=74, replies=23)
add("t2a", "x", "@canal_boat_kat", "Kat on a boat", 210, "2026-04-25T09:34:48Z",
    "the shadow study in the docs is modelled at midday in june. try 4pm in december lol",
    4, "Planning", "Reply adding a specific point to the planning-application thread: part of the service conversation.",
    reply_to="t2", likes=41)
add("t2b", "x", "@alp_homes_now", "Homes for Alperton", 95, "2026-04-25T11:18:05Z",
    "some of us actually need homes though. 35% affordable is more than most schemes round here get",
    4, "Planning", "Counter-view in the same application thread: ongoing discussion for Planning.",
    reply_to="t2", likes=17)
add("t3", "facebook", "@HarlesdenCleanStreets", "Harlesden Clean Streets", 900, "2026-08-12T19:22:39Z",
    "The alleyway behind the Craven Park Road shops is back to full tip status - 4th time since summer. Who's seen the camera we were promised? Let's keep a log in the comments with dates and photos so Brent can't say they didn't know.",
    4, "Environment", "A recurring fly-tipping hotspot being logged by several residents: Environment officers should join the thread.",
    likes=64, replies=18)
add("t3a", "facebook", "@farhana.begum.hl", "Farhana Begum", None, "2026-08-12T20:47:15Z",
    "গতকাল রাত প্রায় ১১টায় আবার একটা সাদা ভ্যান এসে গলিতে ময়লার ব্যাগ ফেলে গেছে। আমি ছবি তুলেছি, নম্বর প্লেট পরিষ্কার দেখা যাচ্ছে। কাউন্সিলকে কোথায় পাঠাবো?",
    4, "Environment", "Bengali: last night around 11pm a white van again dumped bags in the alley; I took photos, number plate clearly visible; where do I send them to the council? Evidence for the hotspot conversation (ambiguous with 2: evidence for enforcement).",
    lang="bn", reply_to="t3", likes=22)
add("t3b", "facebook", "@leroy.campbell.nw10", "Leroy Campbell", None, "2026-08-13T09:12:48Z",
    "Tuesday 9am - two more mattresses. Reported on the app again, got a ref back then it said 'closed' within the hour. It's all still there.",
    4, "Environment", "Another entry in the hotspot log: ongoing service conversation.",
    reply_to="t3", likes=15)
add("t3c", "facebook", "@mel.oconnor.hs", "Mel O'Connor", None, "2026-08-13T12:40:03Z",
    "is anyone from brent actually reading this",
    4, "Environment", "Inside the hotspot thread this is a call for the service to join the conversation: route 4; the same words standalone are route 1.",
    reply_to="t3", likes=30)
add("t4", "mastodon", "@kensalrise_cycles@mastodon.social", "Kensal Rise Cycles", 510, "2026-02-09T18:05:26Z",
    "Anyone else going to the Brent CPZ drop-in for Kensal Rise on Thursday? The proposal swaps about 40 spaces on Chamberlayne Rd for a loading bay and bike hangars. Keen to hear shop owners' view before I respond.",
    4, "Parking", "Discussion about a live parking-zone consultation among residents and traders: Parking officers should join.",
    likes=23, reposts=11, replies=9)
add("t4a", "mastodon", "@chamberlayne_deli@mastodon.social", "Chamberlayne Deli", 160, "2026-02-09T19:30:44Z",
    "Shop owner here. Most of our customers stop for ten minutes. If the loading bay is 7-10am only we can live with it. All day would really hurt us.",
    4, "Parking", "A business's view in the same CPZ conversation: ongoing, route 4.",
    reply_to="t4", likes=14)
add("s1", "rss", "@friendsofgladstonepark", "Friends of Gladstone Park", None, "2026-06-02T07:00:00Z",
    "Newsletter, June: Following last month's meeting with Brent parks officers about the public toilets by the café - they are still closed and we still have no date. We've asked for an update at our next meeting on the 14th and invite officers to come and answer members directly.",
    4, "Environment", "Friends group blog shows an ongoing exchange with the parks service about one matter: parks officers should join (ideally themselves).",
    likes=0)

# ---------------------------------------------------------------- route 1: monitor
add("n1", "x", "@oiltrader_gm", "GM | macro", 3400, "2026-03-03T14:31:08Z",
    "Brent crude back above $84 after the OPEC+ surprise cut. energy names ripping 🚀",
    1, None, "Keyword noise: Brent crude oil, not the council.", likes=85, reposts=12)
add("n2", "rss", "@energymarketsdaily", "Energy Markets Daily", None, "2026-01-16T18:45:00Z",
    "Oil prices: Brent futures settle at $79.12 as Red Sea shipping concerns ease. Brent crude for March delivery fell 1.4% on Friday while WTI slipped 1.1%, with traders watching inventory data due next week.",
    1, None, "News excerpt about Brent crude futures: keyword noise.")
add("n3", "x", "@naft_news_fa", "اخبار نفت", 8100, "2026-07-29T10:12:40Z",
    "قیمت نفت برنت امروز به ۸۲ دلار رسید؛ بالاترین سطح در سه ماه گذشته.",
    1, None, "Farsi: the price of Brent oil reached $82 today, the highest in three months. Keyword noise.",
    lang="fa", verified=True, likes=140, reposts=33)
add("n4", "instagram", "@shopaholic.sara", "Sara", 1900, "2025-12-20T15:48:22Z",
    "Brent Cross haul 🛍️ Zara had 50% off literally everything omg",
    1, None, "Brent Cross shopping centre (Barnet): keyword noise.", likes=230)
add("n5", "x", "@bees_fan_1889", "Bees til I die", 640, "2026-02-28T21:58:47Z",
    "Brentford away at Molineux, 2-0, what a night. BEES UP 🐝",
    1, None, "Brentford FC: keyword noise.", likes=48, reposts=6)
add("n7", "x", "@officequotes", "The Office Quotes", 220000, "2026-04-01T12:00:00Z",
    "\"Avoid employing unattractive people.\" - David Brent, management philosopher",
    1, None, "David Brent quote from a large account: keyword noise of no consequence.",
    verified=True, likes=5200, reposts=900)
add("n8", "linkedin", "@brent-thompson-ops", "Brent Thompson", 2300, "2026-09-08T07:45:29Z",
    "Some personal news: after 9 great years I'm starting a new chapter as Head of Operations at a logistics firm in Park Royal. Thank you to everyone who helped along the way. - Brent",
    1, None, "A person called Brent; Park Royal mention is incidental: noise.", likes=160)
add("n9", "rss", "@harrowonline", "Harrow Online", None, "2026-02-19T17:20:00Z",
    "Harrow Council's cabinet has approved a 4.99% council tax increase for 2026/27, the maximum allowed without a referendum. Neighbouring Brent is expected to set its budget at full council next week.",
    1, None, "Another council's budget news with Brent only in passing: monitor.")
add("n10", "x", "@auntie_bev", "Bev", 85, "2026-02-13T16:22:35Z",
    "shout out to the two ladies at kilburn library who spent an hour helping my dad do his freedom pass online. patience of saints 🙏",
    1, "Libraries", "Praise with no request: monitor (could be shared with the library).", likes=37)
add("n11", "facebook", "@colin.evans.sudbury", "Colin Evans", None, "2026-05-31T21:04:11Z",
    "Credit where it's due - the bin crew on our road came back at 7pm on Sunday once the match traffic had cleared to do the ones they'd missed. Didn't have to. Thank you lads.",
    1, "Environment", "Praise: no case, no request, monitor.", likes=26)
add("n12", "instagram", "@priya.sharma.wembley", "Priya Sharma", 4200, "2026-11-08T19:02:18Z",
    "इस साल ईलिंग रोड की दिवाली लाइट्स कमाल की हैं ✨🪔 पूरा परिवार देखने आया। धन्यवाद ब्रेंट काउंसिल!",
    1, "Communications", "Hindi: the Diwali lights on Ealing Road are amazing this year, the whole family came to see them, thank you Brent Council. Praise: monitor.",
    lang="hi", likes=610)
add("n13", "facebook", "@sivakumar.rajan.9", "Sivakumar Rajan", None, "2026-06-23T12:19:50Z",
    "வெம்ப்ளி நூலகத்தில் புதிய தமிழ் புத்தகங்கள் வந்திருக்கின்றன. என் மகளுக்கு மிகவும் பிடித்திருக்கிறது. நன்றி!",
    1, "Libraries", "Tamil: new Tamil books have arrived at Wembley library, my daughter loves them, thank you. Praise: monitor.",
    lang="ta", likes=12)
add("n14", "x", "@DJ_Kwame_Live", "DJ Kwame", 910000, "2025-12-05T21:37:04Z",
    "Big up Brent for the Wembley Park lights switch on tonight, what a vibe 🔥🔥",
    1, "Communications", "Very large account, but praise of no consequence: monitor (maybe like/share); ambiguous with 5 only on reach.",
    verified=True, likes=14000, reposts=1200)
add("n15", "x", "@ironic_ian", "ian", 34, "2026-07-24T17:40:53Z",
    "love how brent council does absolutely nothing every single time. consistent at least",
    1, None, "Sarcastic moan with no case or request, low reach: monitor.", likes=2)
add("n16", "x", "@nw_10_tingz", None, 12, "2026-08-30T01:13:28Z",
    "brent council bunch of clowns 🤡🤡🤡 fr",
    1, None, "Low-reach abuse with no substance: monitor.", likes=1)
add("n17", "x", "@nw_10_tingz", None, 12, "2026-08-30T01:15:02Z",
    "brent council bunch of clowns 🤡🤡🤡 fr",
    1, None, "Exact repeat of the same low-reach abuse: same label, monitor.", likes=0)
add("n18", "x", "@growth_hub_4u", "Growth Hub", 3, "2026-06-11T04:22:16Z",
    "@Brent_Council Want 10K REAL followers?? 📈 Boost your page today 💯 DM for prices!!",
    1, None, "Spam: no action beyond monitoring (report if repeated).")
add("n19", "x", "@growth_hub_4u", "Growth Hub", 3, "2026-06-11T04:26:51Z",
    "@Brent_Council Want 10K REAL followers?? 📈 Boost your page today 💯 DM for prices!!",
    1, None, "Same spam repeated by the same account: monitor.")
add("n20", "facebook", "@WembleyGreenActivists", "Wembley Green Activists", 410, "2026-04-11T08:30:00Z",
    "Join us this Saturday to leaflet Wembley Central for the May elections! Meet outside the station at 10am 🌱 Time for a Brent Council that puts climate first.",
    1, None, "Low-reach party campaigning with no specific council matter and no candidate named: monitor; the council takes no political standpoint (ambiguous with 5 in the pre-election period).",
    likes=19)
add("n23", "bluesky", "@tolu-writes.bsky.social", "Tolu", 180, "2026-03-12T15:06:33Z",
    "same here, on the 3rd floor too",
    1, None, "Standalone with nothing to show what it is about: no case, no request, monitor (contrast the same words in the gas thread).",
    likes=0)
add("n24", "x", "@mags_neasden", "Mags", 140, "2026-10-27T22:18:46Z",
    "is anyone from brent actually reading this",
    1, None, "Standalone with no topic or case: monitor (contrast the same words inside the fly-tipping thread).",
    likes=2)
add("n25", "x", "@wembleyvibes", "Wembley Vibes", 700, "2026-07-04T16:55:27Z",
    "wembley on an event day is just 90,000 people and one working escalator",
    1, None, "Local chatter, not a council matter: monitor.", likes=64, reposts=9)
add("n27", "youtube", "@garystokes5107", "Gary Stokes", None, "2026-03-06T20:48:31Z",
    "Council tax up again and the roads still look like the surface of the moon. Where does it all go? Rhetorical question obviously.",
    1, "Finance", "Comment under the council's budget video: a moan and a rhetorical question, not a request for recorded information, so no FOI; monitor.",
    likes=11)
add("n28", "mastodon", "@urbanist_notes@mastodon.social", "Urbanist Notes", 1800, "2026-09-18T09:33:02Z",
    "Interesting how Brent's London Borough of Culture year still gets cited in nearly every London cultural strategy I read.",
    1, "Communications", "Positive general remark, no request: monitor.", likes=25, reposts=6)

# ---------------------------------------------------------------- build
def build():
    byk = {it["key"]: it for it in ITEMS}
    assert len(byk) == len(ITEMS), "duplicate keys"
    for it in ITEMS:
        it["pid"] = pid_for(it["platform"], it["n"])
    # thread roots
    def root(it):
        while it["reply_to"]:
            it = byk[it["reply_to"]]
        return it
    kids = {}
    for it in ITEMS:
        if it["reply_to"]:
            p = byk[it["reply_to"]]
            assert p["when"] < it["when"], it["key"]
            kids.setdefault(p["key"], []).append(it)
    for it in ITEMS:
        r = root(it)
        it["thread"] = r["pid"] if (it["reply_to"] or it["key"] in kids) else None
        it["replies"] = max(it["replies"], len(kids.get(it["key"], [])))
    # shuffle, keeping replies after their parents
    rng = random.Random(13579)
    order = {it["key"]: rng.random() for it in ITEMS}
    for it in ITEMS:  # authoring order has parents first
        if it["reply_to"]:
            order[it["key"]] = max(order[it["key"]], order[it["reply_to"]] + 1e-9)
    out = sorted(ITEMS, key=lambda i: order[i["key"]])
    lines = []
    for it in out:
        lines.append(json.dumps({
            "platform": it["platform"], "platform_id": it["pid"], "author_handle": it["handle"],
            "author_name": it["name"], "author_followers": it["followers"], "author_verified": it["verified"],
            "text": it["text"], "created_at": it["when"],
            "reply_to_id": byk[it["reply_to"]]["pid"] if it["reply_to"] else None,
            "thread_id": it["thread"], "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"],
            "language": None,
            "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"],
                      "foi_valid": it["foi_valid"] if it["foi"] else None,
                      "escalate_reason": it["esc"] if it["route"] == 5 else None,
                      "reason": it["reason"], "language": it["lang"]},
            "provenance": "written"}, ensure_ascii=False))
    with open(os.path.join(HERE, "part-V.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "items written")

if __name__ == "__main__":
    build()
