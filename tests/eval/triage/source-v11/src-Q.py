#!/usr/bin/env python3
"""Writer Q: 110 hand-written mentions of Brent Council with hand labels (Appendix A + domain.md §8).
Texts and labels are written by hand below; this script only assigns ids, shuffles (keeping every
reply after its parent) and serialises to part-Q.jsonl."""
import json, os, random

PREFIX = "80246"
HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(80246110)

ITEMS = []  # dicts in authoring order


def it(key, platform, handle, name, followers, verified, created, text, route, dept, reason,
       lang="en", foi=False, foi_valid=None, esc=None, reply_to=None, replies=0, likes=0, reposts=0):
    assert (route == 5) == (esc is not None), key
    assert foi or foi_valid is None, key
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers,
                      verified=verified, created=created, text=text, route=route, dept=dept,
                      reason=reason, lang=lang, foi=foi, foi_valid=foi_valid, esc=esc,
                      reply_to=reply_to, replies=replies, likes=likes, reposts=reposts))


# ---------------------------------------------------------------- ROUTE 5: escalate
it("flood_root", "facebook", "harlesden.mums.network", "Shantelle Boateng", 412, False, "2026-09-14T17:52:10Z",
   "Anyone near the Jubilee Clock right now?? Water is coming UP out of the drains on Harrow Road, it's over the kerb and "
   "into the front of the nail bar and the chicken shop. There's a little silver car stalled by the bus stop with water "
   "halfway up the doors and I can see somebody still sitting in it. Buses have stopped. I've rung 999 but please if you're "
   "council or know someone at Brent tell them, this is the third time this year on this exact stretch",
   5, "Emergency Planning",
   "Flash flooding with a person possibly trapped in a stalled car: risk to life, escalate whatever the reach; note it recurs on this stretch.",
   esc="risk_to_life", replies=3, likes=58, reposts=41)
it("flood_share", "facebook", "del.m.okoro", "Delroy Okoro", 230, False, "2026-09-14T18:09:44Z",
   "sharing so people avoid the area, stay safe everyone 🙏",
   1, "Emergency Planning",
   "Reshare of something already escalated (the flood post); no new information, so monitor.",
   reply_to="flood_root", likes=6)

it("gas_root", "x", "@kilburnsqr_tenant", None, 88, False, "2026-02-03T07:31:02Z",
   "strong smell of gas on the stairs in our block at kilburn square since last night, worse on the 3rd floor landing. "
   "caretaker says 'its been reported' and walked off. kids going past it to school rn @Brent_Council",
   5, "Housing",
   "Suspected gas leak in a council block with people still using the stairwell: risk to life, escalate (and point to the gas emergency line).",
   esc="risk_to_life", replies=2, likes=9, reposts=4)
it("gas_where", "x", "@ayo_kilb", "Ayo", 143, False, "2026-02-03T07:48:55Z",
   "Where do I report this?",
   5, "Housing",
   "Same words as a standalone signposting question, but here it replies to a live gas-smell report in the same block: part of a risk-to-life incident, escalate.",
   esc="risk_to_life", reply_to="gas_root", likes=2)

it("balcony", "instagram", "@ruqayya.stonebridge", "Ruqayya", 365, False, "2026-04-22T12:05:37Z",
   "the crack under the balcony above ours has got so big you can fit your fingers in it now and bits of concrete keep "
   "landing where the buggies are parked 😬😬 been like this since feb. @brentcouncil is someone actually coming or do we wait "
   "for it to land on a baby #stonebridge",
   5, "Housing",
   "Concrete falling from a cracked balcony onto a pram area: structural danger and risk to injury, escalate even though it reads like a repair moan.",
   esc="structural_danger", likes=47, replies=11)

it("kid_night", "facebook", "lorraine.neasden", "Lorraine Featherstone", 178, False, "2026-01-21T09:14:20Z",
   "This is probably nothing and I don't want to get anyone in trouble but. There's a little boy, maybe 7, who's been by the "
   "shops on Neasden Lane on his own most nights this week, 10-11pm, in his school jumper. Last night I gave him a packet of "
   "crisps because he said he was hungry and his mum was 'sleeping'. He wouldn't say where he lives. I didn't know who you "
   "tell about something like that, so I'm putting it here. Brent Council?",
   5, None,
   "A young child out alone late every night, hungry, parent unavailable: child safeguarding described without the word; escalate (children's social care, not one of the 14 departments).",
   esc="safeguarding_child", likes=23, replies=14)

it("rough_sleeper", "x", "@nightbusnadia", "Nadia", 301, False, "2026-01-09T23:41:18Z",
   "man sleeping in the doorway of the old barclays on willesden green high rd, its -4 tonight and he's barely answering me, "
   "just mumbling. is there a council number for this or do i just call 999 @Brent_Council",
   5, "Housing",
   "Rough sleeper barely responsive in sub-zero weather: risk to life, escalate regardless of the author's reach.",
   esc="rough_sleeper_risk", likes=5, replies=2)

it("self_harm", "x", "@tk_neasden", None, 37, False, "2026-03-30T01:12:44Z",
   "@Brent_Council saw your post about council tax going up. cool. bailiff letter came today, rent's 2 months behind, cant pay "
   "any of it. wont be around to pay it much longer anyway so whatever",
   5, "Finance",
   "Debt complaint that ends with a cue of self-harm ('won't be around much longer'), posted at 1am: escalate as a welfare risk, not a council tax case.",
   esc="self_harm", likes=0)

it("death", "facebook", "sonia.churchend", "Sonia Ferreira", 516, False, "2026-02-26T20:03:11Z",
   "RIP to the old gentleman in the flat under ours in Church End. They found him yesterday, the police think he'd been there "
   "two weeks. I rang Brent housing about the smell on the landing before Christmas and again in January. Nobody came. Nobody. "
   "He used to feed the pigeons and say good morning to my girls. How does this happen in 2026",
   5, "Housing",
   "A death in a block where the council was allegedly told and did not act: controversial, reputational and a possible safeguarding review; escalate.",
   esc="death", likes=134, replies=52, reposts=29)

it("data_breach", "x", "@mrs_k_wembley", "Kavita", 214, False, "2026-06-11T10:27:33Z",
   "@Brent_Council umm I just got an email from your rent team about my arrears and the attachment is a spreadsheet with "
   "what looks like 200+ other tenants' names, addresses and how much they owe?? Is this meant to happen? I haven't opened "
   "it again",
   5, "Housing",
   "Personal data of other tenants sent to the wrong person: a data breach, escalate.",
   esc="data_breach", likes=12, replies=3)

it("discrimination", "facebook", "farhan.alperton", "Farhan Hussain", 640, False, "2026-05-19T15:40:09Z",
   "Today I take my mother to Civic Centre for help with her form. She is 71 and speak little English. The man at the desk "
   "say to her 'you should learn English before you come here asking for things' and he laugh with his colleague. We live in "
   "Alperton 29 years, we pay everything. My mother cried in the car. I want to know is this how Brent treat old people?",
   5, "HR",
   "Alleged discriminatory remark by front-desk staff: discrimination by staff is controversial, escalate; HR for staff conduct (service area itself unclear).",
   esc="discrimination", likes=88, replies=31, reposts=12)

it("threat_warden", "x", "@vanman_wembley", None, 19, False, "2026-08-04T08:22:51Z",
   "that same warden on ealing road has done my van AGAIN for loading. next time he does it hes going in the canal. i know "
   "what time he knocks off",
   5, "Parking",
   "A specific threat to a civil enforcement officer, with a hint of knowing his movements: threat to staff, escalate despite tiny reach.",
   esc="threat_to_staff", likes=1)

it("misconduct", "rss", "@kilburnunearthed", "Kilburn Unearthed", None, False, "2026-07-02T06:00:00Z",
   "Revolving doors on Ealing Road? — Eighteen months ago the officer who recommended approval of the 12-storey block at "
   "the old carpet warehouse signed off the delegated report. Last month, according to his own LinkedIn, he joined the "
   "developer's planning consultancy as an associate director. Brent's register of interests shows nothing. We have asked "
   "the council whether any declaration was made and will publish its answer.",
   5, "Planning",
   "Blog alleging a conflict of interest by a planning officer: alleged misconduct, controversial, escalate to comms and Planning.",
   esc="misconduct")

it("journo_foi", "x", "@PriyaNandraNews", "Priya Nandra | Wembley Observer", 1240, False, "2026-10-06T09:05:27Z",
   "Hi @Brent_Council, I'm a reporter at the Wembley Observer. Could your press team tell me how many Brent households are "
   "currently in temporary accommodation outside the borough, and how that compares with this time last year? Writing "
   "for Thursday. DMs open, thank you!",
   5, "Communications",
   "Polite media enquiry from a named local reporter (small following but names her outlet) asking for recorded figures: a journalist's request is route 5; FOI valid as her real name is visible.",
   foi=True, foi_valid=True, esc="media", likes=3)

it("news_damp", "rss", "@nwlondonpost", "NW London Post", None, False, "2026-03-12T11:30:00Z",
   "Harlesden family to take Brent Council to court over mould after toddler's second hospital stay — A mother from the "
   "Church End estate says she reported black mould in her son's bedroom eleven times since 2024. Her solicitor has sent a "
   "pre-action letter under the Awaab's Law rules. A Brent Council spokesperson said the authority was 'looking into the case'.",
   5, "Housing",
   "News article on a damp and mould case with a child hospitalised and a legal claim: media coverage plus legal threat, escalate.",
   esc="media")

it("cllr_roe", "x", "@CllrMeenaShah", "Cllr Meena Shah", 2870, False, "2026-11-03T13:16:40Z",
   "Residents of Roe Green and the streets off it have now had recycling missed three weeks running. I've asked officers "
   "for an urgent explanation and a catch-up date. @Brent_Council residents deserve better than this.",
   5, "Environment",
   "A ward councillor publicly raising a service failure: influential author speaking of a council matter, escalate (Environment to brief the member).",
   esc="councillor", likes=41, replies=9, reposts=7)

it("mp_hotel", "x", "@RosaWhitfieldMP", "Rosa Whitfield MP", 48200, True, "2026-10-21T16:44:02Z",
   "I'm hearing from families placed by Brent in a Park Royal hotel with no cooking facilities, for months, with children "
   "missing school. I've written to the Chief Executive today and will be raising it in the House. These are my constituents.",
   5, "Housing",
   "An MP criticising temporary accommodation publicly: highly influential, controversial, escalate.",
   esc="mp", likes=920, replies=140, reposts=310)

it("candidate_lib", "x", "@TomAsante4QP", "Tom Asante – Queens Park candidate", 1630, False, "2026-04-18T10:02:19Z",
   "Out on the doorstep on Salusbury Road again today. Number one issue? Cuts to library opening hours. Families told me "
   "they can't get a homework space after school anymore. If elected on 7 May I'll fight to reverse them. #QueensPark #Brent",
   5, "Libraries",
   "Election candidate campaigning on a council service during the pre-election period: candidate plus political sensitivity, escalate to comms (no political reply).",
   esc="candidate", likes=64, replies=12, reposts=19)

it("postal_votes", "facebook", "gloria.kensalgreen", "Gloria Nwachukwu", 290, False, "2026-04-24T18:31:08Z",
   "Is this normal? Six postal vote packs came through our communal door today for people who moved out of this building "
   "years ago — I recognise two names, one of them passed away in 2023. They're just sitting on the shelf in the hall where "
   "anyone can take them. Kensal Green. Who do I give them to?",
   5, None,
   "Postal ballot packs for former and deceased residents left in a communal hall before the 7 May election: electoral integrity, escalate (elections are not one of the 14 departments).",
   esc="electoral_integrity", likes=17, replies=8)

it("influencer_tow", "x", "@jaydenvlogsLDN", "Jayden", 482000, True, "2026-06-27T23:15:50Z",
   "Brent council really towed my car while I was INSIDE Wembley Arena hosting a charity gig 😭 £260 to get it back. "
   "parked where the steward told me to. make it make sense",
   5, "Parking",
   "Own parking case, but the author has ~480k followers and the post is critical: highly influential account, escalate (Parking to check the removal).",
   esc="influential", likes=21400, replies=1800, reposts=3100)

it("viral_bins", "x", "@wembley_unfiltered", "Wembley Unfiltered", 61000, False, "2026-08-19T19:40:12Z",
   "This clip of a Brent crew tipping the blue recycling bins straight into the same lorry as the black bags on Forty "
   "Avenue is on 2 million views 😂 and people wonder why nobody bothers sorting anything",
   5, "Environment",
   "Video going viral against a service, posted by a large local account: reputational, escalate.",
   esc="viral", likes=8800, replies=640, reposts=2300)
it("viral_quote", "x", "@shaz_in_kenton", None, 94, False, "2026-08-19T20:02:33Z",
   "lmaooo brent never change 💀",
   1, "Environment",
   "Low-reach quote of the viral clip that is already escalated; chatter, monitor.",
   reply_to="viral_bins", likes=3)

it("crowd", "x", "@stadiumstevie", "Steve", 520, False, "2026-07-19T21:58:04Z",
   "It's getting properly dangerous on the Wembley Park station approach after the final, crush on the steps, stewards have "
   "gone, people climbing over the barriers by Boxpark. someone is going to get hurt. @Brent_Council @TfL",
   5, "Emergency Planning",
   "Crowd crush building on an event day: risk to life, escalate straight away.",
   esc="crowd_safety", likes=37, reposts=22, replies=6)

it("pl_welfare", "facebook", "ewa.dollishill", "Ewa K.", 156, False, "2025-12-04T10:20:00Z",
   "Czy ktoś wie, kogo powiadomić? Sąsiad z naprzeciwka (Dollis Hill Lane, starszy pan, mieszka sam) nie otwiera drzwi od "
   "czwartku. Listy leżą pod drzwiami, w oknie cały czas pali się światło. Dzwoniłam do niego kilka razy – nic. @Brent Council",
   5, None,
   "Polish: 'Does anyone know who to tell? My neighbour opposite (Dollis Hill Lane, elderly man living alone) hasn't opened the door since Thursday; post piling up, light always on, he doesn't answer the phone.' Vulnerable adult not seen for days: escalate.",
   lang="pl", esc="welfare_concern", likes=9, replies=5)

it("ar_smoke", "x", "@umm_yusuf_nw10", None, 61, False, "2026-11-12T19:07:45Z",
   "يخرج دخان من غرفة العدادات في الطابق الأرضي في عمارتنا في ستونبريدج منذ نصف ساعة، وجرس الإنذار لا يعمل. اتصلنا بمكتب "
   "الإسكان ولا أحد يرد. فيه عائلات وأطفال في الطوابق العليا @Brent_Council",
   5, "Housing",
   "Arabic: 'Smoke has been coming out of the meter room on the ground floor of our building in Stonebridge for half an hour and the alarm doesn't work; we called the housing office, no one answers; families and children on the upper floors.' Fire with a failed alarm: risk to life, escalate.",
   lang="ar", esc="fire_safety", likes=4)

it("so_children", "facebook", "hodan.harlesden", "Hodan Abdi", 203, False, "2026-02-15T21:26:30Z",
   "Waxaan ka walaacsanahay carruurta deriskayga ah ee Harlesden. Saddex maalmood ayaan hooyadood arkin, carruurtu waa "
   "afar iyo lix jir, habeenkii way ooyaan. Yaan la hadlaa?",
   5, None,
   "Somali: 'I'm worried about my neighbour's children in Harlesden. I haven't seen their mother for three days; the children are four and six and they cry at night. Who should I talk to?' Young children possibly left alone: child safeguarding, escalate.",
   lang="so", esc="safeguarding_child", likes=6, replies=3)

# ---------------------------------------------------------------- ROUTE 4: service conversations
it("cpz_root", "facebook", "kr.qp.community", "Bea Lindqvist", 870, False, "2026-05-27T08:12:00Z",
   "For those who missed it on the lamp posts: Brent are consulting on extending the Kensal Rise CPZ to Chevening, Clifford "
   "Gardens and the roads up to College Road, Mon–Fri 10–12. Consultation closes 12 June. Half my road hadn't heard about it. "
   "Anyone been to one of the drop-ins? Is it worth going or is it already decided?",
   4, "Parking",
   "Local group discussion of a live parking consultation with several residents weighing in: ongoing service conversation, Parking officers to join.",
   replies=18, likes=44, reposts=6)
it("cpz_same", "facebook", "paulo.chevening", "Paulo Mendes", 122, False, "2026-05-27T08:40:15Z",
   "Same on our road, nobody consulted us",
   4, "Parking",
   "Inside the CPZ consultation thread this is a contribution to the live conversation (cf. the identical standalone post, route 1).",
   reply_to="cpz_root", likes=9)
it("cpz_dropin", "facebook", "nina.collegerd", "Nina Shapiro", 301, False, "2026-05-27T09:55:41Z",
   "There's one more drop-in at Kensal Rise library next Tuesday 6–8pm. I went to the first one, the officer was helpful but "
   "couldn't say why the hours are 10–12 rather than 1 hour. Worth going and asking, the more people the better",
   4, "Parking",
   "Part of the ongoing consultation discussion, asking a question officers could answer in the thread.",
   reply_to="cpz_root", likes=15)
it("cpz_owncase", "facebook", "ian.clifford", "Ian Prowse", 64, False, "2026-05-27T12:30:29Z",
   "While we're on parking — I'm already in the existing zone, paid for my permit on 2 May, still nothing through the door and "
   "I've had a PCN this morning on Clifford Gdns, ZY81730644. Does anyone know who actually answers the phone?",
   2, "Parking",
   "Inside the CPZ thread but about his own permit and a PCN with a reference: an individual case for customer services.",
   reply_to="cpz_root", likes=2)

it("plan_root", "x", "@WembleyHighRdRA", "Wembley High Road Residents' Assoc.", 2150, False, "2026-03-03T18:20:00Z",
   "Application 26/0418 for 14 storeys at 401–415 High Road Wembley is live on the Brent planning portal. Comments close "
   "24 March. Our concerns: daylight to Park Lane homes, no family-sized units, 3 parking spaces for 160 flats. Please read it "
   "and comment either way. Thread 🧵",
   4, "Planning",
   "Residents' association opening a public discussion of a live planning application: ongoing conversation for Planning officers to join; critical but not reputation-threatening.",
   replies=23, likes=77, reposts=48)
it("plan_deadline", "x", "@marcia_parklane", "Marcia", 340, False, "2026-03-03T19:02:11Z",
   "put my objection in tonight. took 10 mins. the daylight bit is what worries me, our back rooms already get nothing after 2pm",
   4, "Planning",
   "Resident taking part in the thread on the live application.",
   reply_to="plan_root", likes=11)
it("plan_daylight", "x", "@wemb_engineer", "R. Patel", 210, False, "2026-03-04T07:45:50Z",
   "Page 40 of the daylight/sunlight report tests the Park Lane houses as if they had no rear extensions. Several do. Would be "
   "good if the case officer could say whether that's being checked",
   4, "Planning",
   "Specific technical point on the live application, addressed to the case officer: service conversation.",
   reply_to="plan_root", likes=26, reposts=5)
it("plan_support", "x", "@dee_wembleycentral", "Dee", 97, False, "2026-03-04T12:18:03Z",
   "Honestly we need the homes. My kids will never afford anything round here. Not everyone on this thread speaks for Wembley",
   4, "Planning",
   "Counter-view within the same planning discussion; part of the ongoing conversation.",
   reply_to="plan_root", likes=19)

it("tip_root", "facebook", "harlesden.nw10.group", "Marcus Fontaine", 1120, False, "2026-08-10T07:05:00Z",
   "Furness Road alley AGAIN. Two mattresses, a fridge, builders' rubble and about 20 black bags since Saturday night. This is "
   "every single weekend now. Brent came and cleared it Tuesday, by Friday it's back. Has anyone had any answer about the "
   "camera they promised at the ward meeting?",
   4, "Environment",
   "Recurring fly-tipping hotspot discussed by several residents in a local group: ongoing conversation for Environment officers (enforcement) to join.",
   replies=27, likes=63, reposts=4)
it("tip_pt", "facebook", "joana.furness", "Joana Carvalho", 88, False, "2026-08-10T08:31:14Z",
   "Aqui do outro lado do beco é igual, todas as semanas colchões e sacos. Já fiz queixa três vezes pela app e dizem sempre que "
   "está resolvido.",
   4, "Environment",
   "Portuguese: 'It's the same on the other side of the alley, mattresses and bags every week. I've complained three times through the app and they always say it's resolved.' Contribution to the ongoing hotspot conversation.",
   lang="pt", reply_to="tip_root", likes=7)
it("tip_camera", "facebook", "kwame.craven", "Kwame Mensah", 245, False, "2026-08-10T10:14:40Z",
   "The camera went up in March and got nicked inside a week lol. They said at the meeting there'd be evening patrols. Has "
   "anyone actually seen one? Genuinely asking, if someone from the council reads this group it'd be nice to hear the plan",
   4, "Environment",
   "Asks officers to join the hotspot discussion with the plan: service conversation.",
   reply_to="tip_root", likes=21)

it("qp_bins_meeting", "facebook", "queens.park.residents", "Helen Marsh", 690, False, "2026-10-14T16:40:00Z",
   "Third week of posts on here about the new fortnightly bin days on the Queens Park side and still nobody knows whether the "
   "food caddies are weekly or not. Is anyone from Brent's waste team coming to the residents' meeting at the community "
   "hall on Thursday? We've invited them twice.",
   4, "Environment",
   "The text shows a conversation running for weeks about a service change, with an invitation to officers: route 4.",
   likes=32, replies=15)

it("masto_cycle", "mastodon", "@harlesdencycles@mastodon.social", "Harlesden Cycles", 940, False, "2026-06-05T08:50:12Z",
   "Following on from last night's thread on the Craven Park Road cycle lane trial: a few of you asked whether the 6-month "
   "review will count the school-run data. The consultation page doesn't say. Could someone from Brent highways pop in and "
   "answer? Lots of good-faith views on both sides here. #Brent #Harlesden",
   4, "Highways",
   "Continuing multi-person discussion about a live highways trial, asking officers to join: service conversation.",
   replies=12, likes=28, reposts=9)

it("masto_pspo", "mastodon", "@gladstoneparkfriends@mastodon.online", "Friends of Gladstone Park", 610, False, "2026-08-29T10:35:27Z",
   "Replies on our post about the proposed Gladstone Park PSPO have been going two days now: dogs on leads in the walled "
   "garden and near the play area, and a ban on dogs in the pond. Dog walkers say the map draws the zone bigger than the "
   "summary says; parents say it doesn't go far enough. Could Brent's parks team join in and say which is right before the "
   "consultation closes on the 14th?",
   4, "Environment",
   "Two-day, many-sided discussion of a live park consultation, asking the parks team to join: service conversation.",
   replies=31, likes=40, reposts=11)

# ---------------------------------------------------------------- ROUTE 2: customer services
it("bins_again_1", "x", "@ladyjanedollis", None, 51, False, "2026-01-14T18:03:22Z",
   "bins?? again 🙄 @Brent_Council",
   2, "Environment",
   "Short, but addressed to the council about her own missed collection ('again'): an own case needing the address; ambiguous with 1 (could be a moan).")
it("bins_again_2", "x", "@ladyjanedollis", None, 51, False, "2026-01-16T08:11:09Z",
   "bins?? again 🙄 @Brent_Council",
   2, "Environment",
   "Exact repeat by the same author two days later; same label as the first (own missed collection).")

it("pcn_1", "x", "@osman_builds", "Osman Yilmaz", 260, False, "2026-02-09T12:44:00Z",
   "@Brent_Council PCN WM45872913 given on Bridge Road on a SUNDAY, sign says Mon-Sat 8-6.30. appealed twice online and the "
   "page errors at the upload bit both times. who do I actually speak to",
   2, "Parking",
   "His own PCN with a reference and a failed appeal: customer services (the website error is secondary).")
it("pcn_2", "x", "@osman_builds", "Osman Yilmaz", 260, False, "2026-02-10T09:02:18Z",
   "@Brent_Council PCN WM45872913 given on Bridge Road on a SUNDAY, sign says Mon-Sat 8-6.30. appealed twice online and the "
   "page errors at the upload bit both times. who do I actually speak to",
   2, "Parking",
   "Exact repeat of the previous day's post by the same author: same own PCN case.")

it("ct_movedout", "x", "@jess_moves_again", "Jess O'Connor", 402, False, "2025-12-09T14:20:51Z",
   "hi @Brent_Council I moved out of my flat on Cricklewood Broadway in August and I'm still getting council tax bills for it?? "
   "account 60233817. sent the moving form twice. please close it before it goes to enforcement 🙏",
   2, "Finance",
   "Own council tax account with a number and a move-out date: customer services.")

it("boiler", "facebook", "pat.granvillerd", "Patricia Gayle", 133, False, "2025-12-16T07:25:03Z",
   "6 days no heating no hot water in our flat on Granville Road. Repair ref 2291774. Engineer was booked Thursday, no show. "
   "Booked Saturday, no show. I'm boiling kettles to wash. Can somebody from Brent housing actually call me back today",
   2, "Housing",
   "Tenant's own repair with a reference: customer services to chase within 24h; no sign of anyone at acute risk, so not 5.")

it("damp_chalkhill", "facebook", "amina.chalkhill", "Amina Warsame", 190, False, "2026-01-27T11:48:30Z",
   "Black mould is back on the wall of the kids room in our flat in Chalkhill, third time I report it. Last inspection ref "
   "DM/40318 said they will treat it and nothing. The window seal is still broken. Please someone call me, I left my number "
   "with the repairs line",
   2, "Housing",
   "Own damp and mould case with a reference: customer services; ambiguous with 5 because children and repeated reports (Awaab's Law timescales), but no illness or danger described.")

it("bulky", "x", "@tokyngton_tony", None, 72, False, "2026-04-08T10:33:27Z",
   "paid £40 for a bulky waste collection, booking BW-118230, sofa still outside on Tokyngton Ave since monday and now the "
   "foxes have had the cushions @Brent_Council",
   2, "Environment",
   "Own paid booking with a reference: customer services.", likes=4)

it("permit", "x", "@kensalrise_kate", "Kate", 380, False, "2026-03-17T08:05:40Z",
   "@Brent_Council my resident permit renewal has said 'pending' for 3 weeks (Kensal Rise zone, reg ends 7KX) and there's "
   "a warning notice on my windscreen this morning. what am I supposed to do, not park?",
   2, "Parking",
   "Own permit application stuck with vehicle details: customer services.")

it("ctr", "facebook", "lukasz.willesden", "Łukasz Nowicki", 95, False, "2026-02-18T16:12:09Z",
   "I send my payslips for council tax support 5 weeks ago (claim CTR/77031). Nobody answer. Now I receive reminder to pay "
   "full amount £164 by the 1st. I work zero hours, I cannot pay this. Please check my claim",
   2, "Finance",
   "Own council tax reduction claim with a reference: customer services.")

it("assisted", "facebook", "gurpreet.barnhill", "Gurpreet Sandhu", 260, False, "2026-09-29T19:20:44Z",
   "My dad is on the assisted collection list (Barn Hill, he's 86 and uses a frame). They've missed him three weeks in a row. "
   "He can't drag the bin down the drive himself and I can only get there on Sundays. Who do I talk to to get this sorted?",
   2, "Environment",
   "Own assisted collection failing for an elderly parent: customer services; vulnerable but no risk described.")

it("streetlight", "x", "@mora_rd_mike", "Mike Donnelly", 155, False, "2025-12-11T17:41:55Z",
   "streetlight outside 23 Mora Road been out a month now. the alley next to it is pitch black from 4pm. reported it on the "
   "website, never got a reference. @Brent_Council",
   2, "Highways",
   "A specific faulty light at an address, report not acknowledged: needs an officer to log and act.")

it("library_card", "x", "@bookish_in_nw10", "Fatima", 420, False, "2026-01-05T13:09:03Z",
   "@BrentLibraries my account says 3 overdue books and a block on my card but I returned all three at Willesden Green in "
   "October, in the box by the door. card ends 0917. could someone clear it so I can reserve again?",
   2, "Libraries",
   "Own library account with a card number: records to check, customer services.")

it("school_portal", "facebook", "rahul.kenton", "Rahul Mehta", 310, False, "2025-12-02T21:34:48Z",
   "Applied for my son's Year 7 place well before the deadline and got the confirmation email (LA304-2215). Logged in tonight "
   "and the portal says 'no application received'. Kenton. Panicking a bit now. Who can check this?",
   2, "Education",
   "Own school admission application with a reference: an officer must look up records.")

it("noise", "x", "@cant_sleep_w_park", None, 47, False, "2026-05-03T04:11:20Z",
   "flat above me in wembley park boulevard partying till 4am AGAIN. reported 3 times, case NS-55120, noone has called me "
   "back once. i have work in 3 hours",
   2, "Regulatory Services",
   "Own noise complaint with a case reference: customer services (noise team).")

it("pothole_claim", "facebook", "shane.kingsbury", "Shane Doyle", 288, False, "2026-02-22T10:57:12Z",
   "Hit that pothole on Kingsbury Road outside Lidl last night, tyre shredded and the alloy's cracked. £380 quote. It's been "
   "there since before Christmas. How do I claim off Brent for this?",
   2, "Highways",
   "His own damage claim and a located pothole: customer services to log both; ambiguous with 3 (the claim form is on the website).")

it("flytip_garage", "x", "@brook_rd_reena", "Reena", 66, False, "2026-06-16T07:50:34Z",
   "someone's dumped a mattress and six bin bags in front of my garage on Brook Road HA9 overnight, can't get the car out. "
   "can someone collect today please @Brent_Council",
   2, "Environment",
   "Fly-tip at her own address blocking her garage: customer services to book a clearance.")

it("dd_twice", "x", "@ohemaa_nw2", "Ohemaa", 133, False, "2026-05-05T09:30:00Z",
   "@Brent_Council you've taken my council tax twice this month, £187.40 x2, account ending 4471. that's my rent money. I "
   "need it back before Friday",
   2, "Finance",
   "Own account double-charged: customer services, urgent but not a risk case.")

it("housing_register", "facebook", "yasmin.stonebridge", "Yasmin Ali", 210, False, "2026-07-08T12:40:19Z",
   "Been on the housing register since 2019, band C, ref HR0093312. We had our second baby in May so it's now 4 of us in a "
   "one bed. Who do I send the birth certificate to so they can reassess? The website just says contact us",
   2, "Housing",
   "Own housing register case with a reference and a change of circumstances: customer services.")

it("garden_waste", "x", "@sudbury_sue", "Sue Pearce", 190, False, "2026-07-21T15:05:52Z",
   "@Brent_Council paid the garden waste subscription in April (order GW-2026-10492), sticker's on the bin, and the brown "
   "bin hasn't been emptied once. Not once. It's July.",
   2, "Environment",
   "Own paid subscription with an order number: customer services.")

it("gu_ct", "facebook", "hansa.kenton", "Hansaben Patel", 140, False, "2026-04-13T10:10:10Z",
   "નમસ્તે, મારા કાઉન્સિલ ટેક્સ બિલમાંથી સિંગલ પર્સન ડિસ્કાઉન્ટ કાઢી નાખ્યું છે, પણ હું હજુ એકલી જ રહું છું (કેન્ટન, "
   "એકાઉન્ટ નંબર 60418832). મહેરબાની કરીને સુધારો કરો.",
   2, "Finance",
   "Gujarati: 'Hello, the single person discount has been removed from my council tax bill but I still live alone (Kenton, account number 60418832). Please correct it.' Own account: customer services.",
   lang="gu")

it("ro_bin", "facebook", "andreea.ealingrd", "Andreea Popescu", 175, False, "2026-03-25T17:45:00Z",
   "Bună ziua, am comandat o pubelă nouă pentru reciclare acum cinci săptămâni pentru adresa mea de pe Ealing Road (HA0), "
   "referința ENV-338102, și tot nu a venit. Gunoiul se strânge în saci pe balcon.",
   2, "Environment",
   "Romanian: 'Hello, I ordered a new recycling bin five weeks ago for my address on Ealing Road (HA0), reference ENV-338102, and it still hasn't come. Rubbish is piling up in bags on the balcony.' Own case with a reference: customer services.",
   lang="ro")

it("foi_valid_x", "x", "@modonnell_nw10", "Margaret O'Donnell", 530, False, "2026-09-02T11:22:07Z",
   "@Brent_Council Under the Freedom of Information Act please provide the number of fly-tipping reports recorded in "
   "Harlesden and Roundwood wards for each month of 2025, and how many led to fixed penalty notices. Thank you.",
   2, "Environment",
   "A request for recorded information; real name visible in the profile, so a valid FOI: customer services to log it and start the 20-working-day clock.",
   foi=True, foi_valid=True)

it("foi_valid_fb", "facebook", "d.osei.pound", "Dan O.", 60, False, "2026-06-30T20:15:33Z",
   "Freedom of information request. Please send me the total value and length of Brent's current parking enforcement "
   "contract, and the number of PCNs issued under it in 2025/26. Reply by post to: Daniel Osei, 41 Pound Lane, London NW10 2HT.",
   2, "Parking",
   "Profile name is only 'Dan O.', but the post gives a full name and a postal address for correspondence: valid FOI, log via customer services.",
   foi=True, foi_valid=True)

it("ur_foi", "x", "@imranqureshi_wembley", "Imran Qureshi", 870, False, "2026-11-17T10:40:25Z",
   "@Brent_Council فریڈم آف انفارمیشن کے تحت درخواست: براہ کرم بتائیں کہ سال 2025 میں کونسل نے بورو سے باہر عارضی "
   "رہائش پر کل کتنی رقم خرچ کی، اور کتنے خاندان وہاں رکھے گئے۔",
   2, "Housing",
   "Urdu: 'Request under Freedom of Information: please state how much in total the council spent in 2025 on temporary accommodation outside the borough, and how many families were placed there.' Real name in profile: valid FOI, log via customer services.",
   lang="ur", foi=True, foi_valid=True)

# ---------------------------------------------------------------- ROUTE 3: web team responds
it("xmas_bins", "facebook", "sudbury.court.mums", "Claire Benson", 430, False, "2025-12-19T20:12:31Z",
   "Does anyone know what the bin days are over Christmas in Sudbury? Mine's normally a Thursday which is Christmas Day 🎄",
   3, "Environment",
   "General question answered by the published holiday collection schedule: web team signposts.")

it("green_bins", "x", "@preston_pete", None, 118, False, "2026-02-28T11:06:17Z",
   "is it true brent are charging for green bins now? someone on the whatsapp said £60",
   3, "Environment",
   "'Is it true' question about a published charge: web team answers and links.")

it("pcn_page", "x", "@sammy_alperton", "Sammy", 240, False, "2026-04-02T22:18:40Z",
   "the 'pay a PCN' page on brent.gov.uk just spins forever on safari. chrome too. anyone else? @Brent_Council",
   3, "Web",
   "A website fault with no personal case described: web team.")

it("southall_potholes", "x", "@dhillon_ub1", "Harjit", 290, False, "2026-01-30T08:40:05Z",
   "@Brent_Council the potholes on the Uxbridge Road in Southall are an absolute disgrace, lost a hubcap this morning",
   3, None,
   "Southall is in Ealing: a mention meant for another council; web team redirects politely.")

it("harrow_weald", "facebook", "maureen.harrowweald", "Maureen Tully", 85, False, "2026-07-07T09:18:44Z",
   "Brent council when are you going to collect the bins in Harrow Weald, it's been two weeks and the smell is unbearable",
   3, None,
   "Harrow Weald is in Harrow: meant for another council, web team points her to Harrow.")

it("foi_invalid_handle", "x", "@wembleywatcher", "Wembley Watcher", 1020, False, "2026-05-12T13:30:00Z",
   "FOI request @Brent_Council: how much has Brent paid to external consultants on the Wembley Park masterplan since 2024? "
   "Itemised by firm please.",
   3, "Planning",
   "A genuine request for recorded information, but only a pseudonym and no address: invalid FOI, web team explains how to make a valid request.",
   foi=True, foi_valid=False)

it("foi_invalid_sam", "facebook", "sam.nw9", "Sam", 46, False, "2026-08-26T14:47:11Z",
   "Hi, this is Sam. Can you tell me how many CCTV cameras Brent uses for parking and moving traffic, and how many PCNs each "
   "one issued in 2025? Thanks",
   3, "Parking",
   "Request for recorded information, first name only and no address: invalid FOI, web team explains the FOI route.",
   foi=True, foi_valid=False)

it("kilburn_lib", "x", "@kilburn_reader", None, 67, False, "2025-12-22T16:30:12Z",
   "is kilburn library open on boxing day or nah",
   3, "Libraries",
   "Opening-hours question answered on the website: web team.")

it("reception", "facebook", "chloe.queensbury", "Chloe Adeyemi", 205, False, "2025-12-05T20:55:09Z",
   "First baby starting school next September and I'm clueless 🙈 when do reception applications open in Brent and is it "
   "the same form as the nursery one?",
   3, "Education",
   "General admissions question with published answers: web team signposts.")

it("ltn_qr", "x", "@dollishill_dad", "Ben", 150, False, "2026-09-22T19:33:41Z",
   "got a leaflet about the Dollis Hill LTN consultation through the door. the QR code goes to a dead page. where do you "
   "actually respond? @Brent_Council",
   3, "Highways",
   "Confusion over where to respond plus a broken link: web team fixes and signposts; ambiguous with 4 if a discussion develops.")

it("ct_rise", "youtube", "@dennishale4021", "Dennis Hale", None, False, "2026-02-20T10:01:29Z",
   "Is council tax going up again in April? How much for a band D in Brent? Video doesn't say",
   3, "Finance",
   "General question answered by the published budget: web team.")

it("nfl_parking", "x", "@neasden_nic", "Nic", 205, False, "2026-10-09T17:44:58Z",
   "is the event day parking zone on for the NFL game at Wembley sunday? visiting my mum on Forty Lane",
   3, "Parking",
   "Event-day zone question answered by the published event calendar: web team.")

it("street_party", "facebook", "roundwood.residents", "Tasha Greene", 330, False, "2026-06-10T18:20:00Z",
   "We want to close our road for a street party for the World Cup final on 19 July (if England get there 🤞). Does Brent "
   "still do the free street party road closures and how far ahead do we need to apply?",
   3, "Highways",
   "How-to question about a published scheme: web team signposts the road-closure application.")

it("apprentice", "linkedin", "@olu-bankole", "Olu Bankole", 610, False, "2026-03-09T12:05:44Z",
   "Saw Brent Council's apprenticeship post — does anyone know if the roles are open to people living outside the borough? "
   "I'm in Harrow but grew up in Stonebridge.",
   3, "HR",
   "Jobs eligibility question answered in the published vacancy details: web team or HR signposts.")

it("ta_library", "facebook", "kavitha.wembley", "Kavitha Sivakumar", 265, False, "2026-01-17T15:22:08Z",
   "வெம்ப்லி நூலகத்தில் தமிழ் புத்தகங்கள், குழந்தைகளுக்கான தமிழ் கதைப் புத்தகங்கள் இருக்கின்றனவா? யாருக்காவது தெரியுமா?",
   3, "Libraries",
   "Tamil: 'Are there Tamil books, and Tamil story books for children, at Wembley library? Does anyone know?' General question: web team signposts the catalogue.",
   lang="ta")

it("es_permit", "x", "@lucia_en_kilburn", "Lucía", 180, False, "2026-05-21T12:12:12Z",
   "¿Alguien sabe cómo pedir el permiso de aparcamiento para visitas en Brent? La página web me manda a un formulario que no "
   "carga desde el móvil.",
   3, "Parking",
   "Spanish: 'Does anyone know how to request a visitor parking permit in Brent? The website sends me to a form that won't load on my phone.' How-to question plus a website fault: web team.",
   lang="es")

it("hi_diwali", "facebook", "meera.ealingroad", "Meera Joshi", 290, False, "2026-10-28T09:40:31Z",
   "क्या इस साल दिवाली पर लाइट्स वाले दिन ईलिंग रोड बंद रहेगी? गाड़ी कहाँ पार्क कर सकते हैं?",
   3, "Highways",
   "Hindi: 'Will Ealing Road be closed on the Diwali lights day this year? Where can we park?' Event road-closure question answered by published information: web team.",
   lang="hi")

it("libraries_rumour", "x", "@kingsbury_gran", "June", 58, False, "2026-02-11T14:58:36Z",
   "my neighbour says brent are shutting ALL the libraries next year is that true?? i use kingsbury every week",
   3, "Libraries",
   "Misconception to correct with published information: web team.")

it("bsky_map", "bluesky", "@nw6walker.bsky.social", "Alex", 430, False, "2026-07-28T08:15:40Z",
   "does anyone know if brent's 'report it' map is broken? the pin won't drop anywhere on my street, just greys out",
   3, "Web",
   "Website fault report: web team.")

it("where_report", "x", "@jojo_wembley", "Jo", 212, False, "2026-05-30T16:20:09Z",
   "Where do I report this?",
   3, "Web",
   "Standalone with no context: a general 'where' question the web team answers by asking what and signposting (contrast the identical reply in the gas thread, route 5).")

# ---------------------------------------------------------------- ROUTE 1: monitor
it("crude_rss", "rss", "@energymarketsdaily", "Energy Markets Daily", None, False, "2026-03-16T07:00:00Z",
   "Brent crude slips below $70 as OPEC+ weighs a faster output increase — Front-month Brent futures fell 1.8% in early "
   "London trading, while WTI tracked lower on rising US inventories.",
   1, None,
   "Keyword noise: Brent crude oil, nothing to do with the council.")

it("brent_cross", "x", "@hendon_hana", None, 310, False, "2026-04-04T11:45:03Z",
   "anyone know if the M&S in Brent Cross has reopened after the refit? need a dress by tonight 😩",
   1, None,
   "Keyword noise: Brent Cross shopping centre (Barnet).")

it("brentford", "x", "@beesforever88", "Gav", 1450, False, "2026-02-07T17:12:44Z",
   "away end was BOUNCING today 🐝🐝🐝 Brentford on the up #BrentfordFC",
   1, None,
   "Keyword noise: Brentford FC.")

it("bday_brent", "instagram", "@ciara.mc", "Ciara", 890, False, "2026-08-15T21:05:19Z",
   "happy birthday Brent!!! 🎉🎂 30 looks good on you, see you saturday x",
   1, None,
   "Keyword noise: a person called Brent.")

it("praise_clean", "x", "@walm_lane_bakery", "Walm Lane Bakery", 1320, False, "2026-05-16T09:12:00Z",
   "Shout out to the Brent street cleaning crew this morning, Walm Lane spotless by 8 after the Friday market. Croissants on "
   "us next time lads 🥐👏",
   1, "Environment",
   "Praise from a local business: no action beyond monitoring (a like is fine).", likes=38)

it("praise_story", "instagram", "@toddlertales_nw10", "Precious", 540, False, "2026-03-20T13:40:26Z",
   "storytime at harlesden library this morning was the sweetest, my 2yo hasn't stopped singing wheels on the bus since 🚌💛 "
   "thank you to the lovely librarian whose name I didn't catch",
   1, "Libraries",
   "Praise: monitor.", likes=72)

it("thanks_pothole", "x", "@dollishill_dave", "Dave", 90, False, "2026-04-29T18:02:30Z",
   "cheers @Brent_Council, the pothole on Dollis Hill Lane I moaned about last week is done. didn't expect that tbh 👍",
   1, "Highways",
   "Thanks after a resolved report: monitor.", likes=5)

it("sarcasm_wardens", "x", "@ealingrd_ash", None, 230, False, "2026-06-20T08:31:47Z",
   "love how Brent can find 3 parking wardens for Ealing Road at 8am on a saturday but nobody to empty a single bin. "
   "priorities 👌",
   1, "Parking",
   "Sarcastic moan with no case or request: monitor.", likes=14)

it("clowns", "x", "@nw10_truth", None, 23, False, "2026-01-25T23:58:01Z",
   "brent council a bunch of useless clowns honestly",
   1, None,
   "Low-reach abuse with no substance: monitor.")

it("spam_1", "x", "@cashqueen_ldn247", None, 15, False, "2026-03-01T03:14:15Z",
   "🔥 Make £500/day from home!! No experience!! DM me 'INFO' 🔥 #Brent #Wembley #Harlesden #London",
   1, None,
   "Spam using local hashtags: monitor (no engagement).")
it("spam_2", "x", "@cashqueen_ldn247", None, 15, False, "2026-03-01T03:44:15Z",
   "🔥 Make £500/day from home!! No experience!! DM me 'INFO' 🔥 #Brent #Wembley #Harlesden #London",
   1, None,
   "Exact repeat of the same spam by the same account: monitor.")

it("party_slogan", "facebook", "brent.residents.first", "Brent Residents First", 1900, False, "2026-04-30T19:00:00Z",
   "Twelve years of the same lot running Brent. Higher council tax, fewer services. On 7 May you can change it. Vote Residents "
   "First. 🗳️",
   1, None,
   "Generic party-political campaigning with no specific issue, mid-sized account: monitor and do not engage (no political standpoint); ambiguous with 5 if it names a service controversy.")

it("reshare_damp", "x", "@harlesden_hustle", "Harlesden Hustle", 760, False, "2026-03-12T13:05:40Z",
   "read this 👇 Church End family taking Brent to court over mould. toddler in hospital twice. nw-london-post article",
   1, "Housing",
   "Reshare of a news story already escalated: monitor.", likes=22, reposts=9)

it("event_chatter", "bluesky", "@olumide-wp.bsky.social", None, 140, False, "2026-05-30T15:04:10Z",
   "Wembley on an event day is a different planet lol. 40 mins to get from the Civic to the tube",
   1, None,
   "Chatter, no case or request: monitor.")

it("camden_bins", "bluesky", "@kentishtownkev.bsky.social", "Kev", 520, False, "2026-02-02T19:20:00Z",
   "Camden's new bins are so ugly. who signed this off",
   1, None,
   "Another borough's matter, not addressed to Brent: keyword-adjacent noise, monitor.")

it("sculpture_jibe", "x", "@civiccentre_cynic", None, 180, False, "2026-06-03T12:17:21Z",
   "how much did they pay for that sculpture thing outside the Civic Centre? a fortune I bet 🙄 while the libraries shut at 5",
   1, "Finance",
   "Looks like an FOI ('how much did they pay') but is a rhetorical jibe, not a request for information: monitor, no FOI.")

it("celeb_wembley", "instagram", "@noor.sings", "NOOR", 2300000, True, "2026-07-11T23:02:10Z",
   "WEMBLEY. 90,000 of you singing it back. I'll never get over tonight. thank you London 💜 #Wembley #Brent",
   1, None,
   "Very large account, but a concert post of no consequence for the council: monitor.", likes=410000, replies=9800, reposts=0)

it("kilburn_lights", "instagram", "@kilburn.life", "Kilburn Life", 8700, False, "2025-12-06T18:30:44Z",
   "Kilburn High Road lights switched on tonight ✨ the steel band was unreal. Well done everyone who made it happen #Kilburn",
   1, "Communications",
   "Positive community post: monitor.", likes=640)

it("yt_music", "youtube", "@bluecatmeow", "bluecatmeow", None, False, "2026-04-16T16:40:00Z",
   "the music in this recycling video 😂😂 who picked it",
   1, "Communications",
   "Light-hearted comment on the council's how-to video: monitor.", likes=4)

it("ct_moan", "facebook", "terry.preston", "Terry Walsh", 75, False, "2026-03-05T21:10:05Z",
   "Council tax up again and the roads round Preston still look like the surface of the moon. Standard Brent.",
   1, "Finance",
   "Moan with no case or request: monitor.")

it("bn_iftar", "facebook", "shirin.wembley", "Shirin Akter", 310, False, "2026-03-16T22:30:10Z",
   "রমজানে ব্রেন্ট সিভিক সেন্টারের ইফতারটা অসাধারণ ছিল, সবাইকে অনেক ধন্যবাদ 🌙",
   1, "Communications",
   "Bengali: 'The iftar at Brent Civic Centre in Ramadan was wonderful, many thanks to everyone.' Praise: monitor.",
   lang="bn", likes=41)

it("fa_crude", "x", "@tehrangeles_ali", None, 780, False, "2026-10-02T08:20:00Z",
   "قیمت نفت برنت امروز دوباره از ۸۰ دلار گذشت؛ بنزین هم لابد گران‌تر می‌شود",
   1, None,
   "Farsi: 'The price of Brent oil passed $80 again today; petrol will probably get pricier too.' Keyword noise (Brent crude): monitor.",
   lang="fa")

it("li_newrole", "linkedin", "@grace-ogunleye", "Grace Ogunleye", 1100, False, "2026-09-07T07:45:00Z",
   "Delighted to share that I've started a new role as Senior Planning Officer at Brent Council! Looking forward to working "
   "on some of the most exciting regeneration in London. #NewJob #Planning",
   1, "HR",
   "Staff member's own career news: no action, monitor.", likes=160)

it("corrupt_caps", "facebook", "wembley.wideawake", "Wembley Wide Awake", 140, False, "2026-06-22T22:47:33Z",
   "BRENT COUNCIL = CORRUPT. ALL OF THEM. WAKE UP PEOPLE!!!!",
   1, None,
   "Low-reach abuse with no substance or specific allegation: monitor (a specific, evidenced misconduct claim would be 5).")

it("same_road_standalone", "x", "@gavin_nw6", None, 34, False, "2026-06-01T19:14:55Z",
   "Same on our road, nobody consulted us",
   1, None,
   "Standalone with no thread or subject: an unplaced grumble with no case or request, monitor (the same words inside the CPZ thread are route 4).")

# ---------------------------------------------------------------- build
def make_id(platform, n):
    tail = f"{n:04d}"
    if platform in ("x", "mastodon"):
        return PREFIX + f"{rnd.randrange(10**9, 10**10)}" + tail
    if platform == "facebook":
        return f"104882913_{PREFIX}{tail}"
    if platform == "bluesky":
        return f"at://did:plc:q{PREFIX}br/app.bsky.feed.post/3m{PREFIX}{tail}"
    if platform == "instagram":
        return f"ig_{PREFIX}_{tail}"
    if platform == "youtube":
        return f"Ugx{PREFIX}q{tail}"
    if platform == "linkedin":
        return f"urn:li:comment:{PREFIX}{tail}"
    if platform == "rss":
        return f"rss-{PREFIX}-{tail}"
    raise ValueError(platform)


ids = {}
for n, d in enumerate(ITEMS, 1):
    ids[d["key"]] = make_id(d["platform"], n)
assert len(set(ids.values())) == len(ids)

children = {}
for d in ITEMS:
    if d["reply_to"]:
        children.setdefault(d["reply_to"], []).append(d["key"])
        assert d["reply_to"] in ids


def root_of(k):
    d = next(x for x in ITEMS if x["key"] == k)
    return root_of(d["reply_to"]) if d["reply_to"] else k


def record(d):
    k = d["key"]
    in_thread = d["reply_to"] is not None or k in children
    handle = d["handle"]
    if d["platform"] in ("x", "mastodon", "bluesky", "instagram") and not handle.startswith("@"):
        handle = "@" + handle
    if d["platform"] not in ("x", "mastodon", "bluesky", "instagram") and not handle.startswith("@"):
        handle = "@" + handle.replace(" ", "_")
    return {
        "platform": d["platform"], "platform_id": ids[k], "author_handle": handle,
        "author_name": d["name"], "author_followers": d["followers"], "author_verified": d["verified"],
        "text": d["text"], "created_at": d["created"],
        "reply_to_id": ids[d["reply_to"]] if d["reply_to"] else None,
        "thread_id": ids[root_of(k)] if in_thread else None,
        "replies": max(d["replies"], len(children.get(k, []))), "likes": d["likes"], "reposts": d["reposts"],
        "language": None,
        "label": {"route": d["route"], "department": d["dept"], "foi": d["foi"], "foi_valid": d["foi_valid"],
                  "escalate_reason": d["esc"], "reason": d["reason"], "language": d["lang"]},
        "provenance": "written",
    }


# plausible engagement where left at 0 (deterministic)
for d in ITEMS:
    if d["likes"] == 0 and d["key"] not in ("self_harm", "clowns", "spam_1", "spam_2"):
        d["likes"] = rnd.randint(0, 6)

# shuffle, then emit every reply after its parent
order = ITEMS[:]
rnd.shuffle(order)
emitted, pending, out = set(), [], []


def emit(d):
    out.append(d); emitted.add(d["key"])
    for p in [p for p in pending if p["reply_to"] == d["key"]]:
        pending.remove(p)
        emit(p)


for d in order:
    if d["reply_to"] and d["reply_to"] not in emitted:
        pending.append(d)
    else:
        emit(d)
assert not pending and len(out) == len(ITEMS)
for d in ITEMS:
    if d["reply_to"]:
        parent = next(x for x in ITEMS if x["key"] == d["reply_to"])
        assert parent["created"] < d["created"], d["key"]
        assert "2025-12-01" <= d["created"][:10] <= "2026-11-30"

with open(os.path.join(HERE, "part-Q.jsonl"), "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(record(d), ensure_ascii=False) + "\n")
print(len(out), "written")
