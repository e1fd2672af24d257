#!/usr/bin/env python3
"""Writer H, set v4: 110 hand-written mentions of Brent Council, labelled per Appendix A / domain.md s.8.
Run: python3 src-H.py  -> writes part-H.jsonl (shuffled; replies kept after their parents)."""
import json, os, random

PREFIX = "27182"
rng = random.Random(27182110)
ITEMS = []

def I(key, platform, handle, name, followers, text, created, route, dept, reason, lang="en",
      foi=False, foi_valid=None, esc=None, reply_to=None, verified=False, replies=0, likes=0, reposts=0):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers,
                      verified=verified, text=text, created=created, reply_to=reply_to, replies=replies,
                      likes=likes, reposts=reposts,
                      label={"route": route, "department": dept, "foi": foi, "foi_valid": foi_valid,
                             "escalate_reason": esc, "reason": reason, "language": lang}))

# ---------------------------------------------------------------- route 5: escalate
I("e1", "x", "@tiahxo_", "tia", 184,
  "not tryna get anyone in trouble but the two little ones next door (like 6 and 8??) have been on their own basically all week since school broke up, mum comes in past midnight. earlier the small one was sitting on the balcony rail and we're on the 5th floor. who do i even tell @Brent_Council",
  "2026-07-28T21:14:09Z", 5, None,
  "Young children left alone for days and one sitting on a 5th-floor balcony rail: a child may be at risk, so escalate whatever the follower count (s.8 rule 1); children's social care is not one of the 14 departments.",
  esc="safeguarding_child", likes=3)
I("e2", "facebook", "anita.varsani.33", "Anita Varsani", None,
  "I don't know where else to post this. My mum is 84 and lives on her own in Kingsbury. The care agency the council pays for hasn't sent anyone since Tuesday morning and it's 33 degrees. She can't get to the toilet by herself and she's been ringing me in tears. I live in Leeds. I've rung the adult social care number four times and it just rings out. Please can someone from Brent Council actually pick this up.",
  "2026-07-16T17:02:44Z", 5, None,
  "A housebound 84-year-old without any care visits for days in a heatwave: a vulnerable adult at risk, escalate (s.8 rule 1) even though it reads like an own case; adult social care is not a listed department.",
  esc="vulnerable_adult", replies=6, likes=41, reposts=9)
I("e3", "x", "@jaydenmusa", "Jayden", 241,
  "Olympic Way after the concert tonight was genuinely scary. everyone funnelled into the steps by the station, people getting pressed into the barriers, saw a kid actually lifted off his feet. zero stewards at the bottom. someone is going to get seriously hurt @Brent_Council @wembleystadium",
  "2026-06-20T22:47:31Z", 5, "Emergency Planning",
  "Crowd crushing on Olympic Way after an event, a child lifted off his feet: risk to life in crowds, escalate (s.8 rule 1) regardless of the small following; event safety sits with emergency planning.",
  esc="crowd_safety", replies=4, likes=57, reposts=12)
I("e4", "x", "@ruthmensah_news", "Ruth Mensah | Brent & Kilburn Times", 612,
  "Hi @Brent_Council, I'm writing a piece for the Brent & Kilburn Times on how the borough is coping with the heatwave. Are any council buildings being opened as cool spaces this week, and is there someone in the press office I could speak to before 4pm? Thanks",
  "2026-07-15T09:12:05Z", 5, "Emergency Planning",
  "A reporter naming her outlet asks politely for the press office: a media enquiry goes to the communications officer (s.8 rule 1, journalists even when polite and small).",
  esc="media_enquiry", likes=2)
I("e5", "x", "@ollie_freelance", "Oliver Grant", 1930,
  "Freelance, writing for MyLondon. FOI request to @Brent_Council: please provide the number of fixed penalty notices for littering issued on Wembley Stadium event days in 2024 and 2025, by month, and the cost of post-event street cleansing for each of those events. Reply by email is fine, DMs open for the address.",
  "2026-08-04T11:03:17Z", 5, "Environment",
  "A journalist's FOI request: valid (real name Oliver Grant visible in the profile) but 'a journalist's request is 5', so comms handle it alongside logging the request.",
  foi=True, foi_valid=True, esc="journalist_foi", likes=8, reposts=2)
I("e6", "x", "@CllrNadiaHussain", "Cllr Nadia Hussain", 2804,
  "Residents at Hazel Court in my ward have now been without hot water for NINE days. Elderly tenants boiling kettles to wash in a heatwave. I have chased officers three times. @Brent_Council this needs sorting today, not 'in the next available slot'.",
  "2026-07-17T08:20:00Z", 5, "Housing",
  "A councillor publicly criticising a housing repair failure affecting elderly tenants: influential author on a council matter, escalate to comms and the housing lead (s.8 rule 1).",
  esc="councillor", replies=11, likes=96, reposts=31)
I("e7", "x", "@DawnAdeyemiMP", "Dawn Adeyemi MP", 48200,
  "Families in temporary accommodation in Brent are being put in single rooms with windows that open 10cm, in 34°C heat. I've written to @Brent_Council today asking what emergency measures are in place. My constituents deserve answers.",
  "2026-07-18T12:40:12Z", 5, "Housing",
  "An MP (verified, 48k followers) on temporary accommodation in the heat: 'a highly influential web commentator' on a controversial issue, escalate.",
  esc="mp", verified=True, replies=64, likes=1310, reposts=402)
I("e8", "x", "@dee_w_nw10", None, 73,
  "got the enforcement agent letter for council tax today. £1,140 plus fees. i honestly cant do this anymore, theres no point to any of it. sorry for posting this here idk",
  "2026-09-09T23:36:50Z", 5, "Finance",
  "'cant do this anymore, no point to any of it' after a bailiff letter reads as a self-harm cue: escalate at once (s.8 rule 1); the council tax case itself follows later via Finance.",
  esc="self_harm", likes=1)
I("e9", "facebook", "kwame.boateng.7", "Kwame Boateng", None,
  "Fire doors on floors 3 to 7 in our block (Bridge Park side, Stonebridge) have been wedged open with wheelie bins for about a month because the lift is broken and people are using the stairs to move stuff. The alarm panel in the lobby has been beeping since June. I've reported it twice. After everything that's happened in this city I can't believe we're back here. @Brent Council",
  "2026-08-11T19:05:22Z", 5, "Housing",
  "Fire doors propped open and a faulty alarm panel in a council block, reported twice without action: fire safety is controversial and dangerous, escalate (s.8 rule 1).",
  esc="fire_safety", replies=8, likes=63, reposts=14)
I("e11", "facebook", "lorraine.pinnock", "Lorraine Pinnock", None,
  "Brent council tax have sent me a letter in my name but the statement inside is someone else's!! Different address in Neasden, their account number, their payment history and the last four digits of their bank account. If I've got theirs who's got mine?? Not impressed.",
  "2026-03-24T10:15:40Z", 5, "Finance",
  "Another resident's council tax statement and bank details sent to the wrong person: a data breach, escalate (s.8 rule 1) rather than treat as her own account query.",
  esc="data_breach", replies=5, likes=22, reposts=3)
I("e12", "facebook", "yusuf.abdi.nw10", "Yusuf Abdi", None,
  "Went with my mum to the housing desk at the Civic Centre this morning. The woman at the counter told her, in front of the whole queue, 'you should learn English before you come here asking for things.' My mum has lived in Brent 22 years. My sister recorded it. I want to know what the council is going to do about this.",
  "2026-02-11T13:48:10Z", 5, "Housing",
  "Alleged discriminatory remark by front-desk staff, with a recording: discrimination by staff is controversial, escalate (s.8 rule 1).",
  esc="discrimination", replies=17, likes=140, reposts=38)
I("e13", "x", "@vanman_alperton", None, 58,
  "third ticket this month on ealing road while im literally unloading for the shop. next time that warden touches my van he wont be walking home, tell him",
  "2026-06-03T15:21:09Z", 5, "Parking",
  "A threat of violence against a civil enforcement officer: threat to staff, escalate whatever the reach (s.8 rule 1); the PCN grievance is secondary.",
  esc="threat_to_staff", likes=4)
I("e14", "facebook", "graham.whitlock.nw2", "Graham Whitlock", None,
  "Three reports since January about the council plane tree outside 41 Mapesbury Road. The roots have now cracked our front wall and the surveyor says the bay is moving. Brent have ignored every one. My solicitor is writing to you this week and we'll see you in court if that's what it takes.",
  "2026-05-12T08:55:30Z", 5, "Environment",
  "Explicit legal threat over subsidence from a council street tree: legal threats go to comms and the service lead (s.8 rule 1); ambiguous with 2 (own case with address), but the litigation takes it to 5.",
  esc="legal_threat", replies=3, likes=11)
I("e15", "instagram", "@lifeinnw10", "Life in NW10", 96400,
  "POV: you spend 20 mins rinsing your recycling and then watch the Brent Council contractor tip the blue bins AND the black bins into the same lorry on Craven Park Road 🙃🎥 (video in stories, 380k views already). so what are we actually doing this for??",
  "2026-07-09T18:30:00Z", 5, "Environment",
  "A large local account's video against the recycling service is going viral (380k views): 'controversial issue... more likely to impact more widely on the council's reputation', escalate.",
  esc="viral_video", replies=412, likes=12400, reposts=0)
I("e16", "x", "@reenapatel_", "Reena", 312,
  "there's a man lying by the bus garage on willesden high road, been there since at least 1, hasnt moved. empty water bottle next to him and its 33 degrees. tried talking to him and he just kind of mumbled. is there an outreach team for this or do i ring 999",
  "2026-07-16T15:48:12Z", 5, "Housing",
  "A rough sleeper barely responsive in 33°C heat: risk to life, escalate (s.8 rule 1); the post is phrased as a how-to question but the situation needs urgent action (homelessness outreach sits with Housing).",
  esc="rough_sleeper_risk", likes=9, reposts=2)
I("e17", "facebook", "sharon.kelly.kingsbury", "Sharon Kelly", None,
  "A 16 year old boy drowned at the Welsh Harp yesterday. Sixteen. Every summer kids swim off the bank by the sailing club because it's the only water for miles, and every summer people in this group ask for proper signs, a patrol, something. The council knew. I hope someone is asking questions today.",
  "2026-07-20T09:30:11Z", 5, "Environment",
  "A death at the reservoir with an accusation that the council knew of the danger: a death and a controversial issue, escalate (s.8 rule 1).",
  esc="death", replies=48, likes=530, reposts=210)
I("e18", "x", "@marciaharlesden", "Marcia", 205,
  "we got polling cards through today for 3 people who moved out of this flat in like 2019. we've told the council every single year. how is this still happening @Brent_Council",
  "2026-04-02T17:20:00Z", 5, None,
  "Polling cards for long-gone occupants weeks before the 7 May elections: electoral integrity is controversial, escalate (s.8 rule 1); ambiguous with 2 (her own register entry). Elections are not a listed department.",
  esc="electoral_integrity", replies=2, likes=14, reposts=5)
I("e19", "x", "@JoshuaLeeHKG", "Joshua Lee · Green candidate, Harlesden & Kensal Green", 1120,
  "Out on the doorstep in Harlesden all week and the number one issue is the same: bins left for days and fly-tips nobody clears. @Brent_Council residents deserve a collection service that actually works. On 7 May you get to say so. 🗳️",
  "2026-04-18T14:10:00Z", 5, "Environment",
  "An election candidate criticising the waste service during the pre-election period: candidates speaking of a council matter are escalated (s.8 rule 1), and the reply must take no political standpoint.",
  esc="candidate", replies=7, likes=88, reposts=23)
I("e21", "facebook", "krzysztof.nowak.nw10", "Krzysztof Nowak", None,
  "Czy ktoś wie, gdzie to zgłosić? Starszy pan z mieszkania obok (Church End, blok przy Eric Road) nie otwiera drzwi od czwartku. Poczta leży pod drzwiami, telewizor gra cały czas, a w tym upale… Pukaliśmy kilka razy. @Brent Council",
  "2026-07-19T10:02:00Z", 5, None,
  "Polish: 'Does anyone know where to report this? The elderly man next door (Church End, block on Eric Road) hasn't opened his door since Thursday; post piling up, TV on constantly, and in this heat... we've knocked several times.' Someone not seen for days: escalate (s.8 rule 1).",
  lang="pl", esc="welfare_concern", replies=3, likes=12)
I("e22", "facebook", "amal.hassan.stonebridge", "Amal Hassan", None,
  "ابني عمره سنتين ودخل المستشفى مرتين هذا الشهر بسبب صعوبة في التنفس. الطبيب قال إن السبب هو العفن في الشقة. أبلغنا مجلس برنت منذ شهور ولم يأتِ أحد. نحن في شقة تابعة للمجلس في ستونبريدج. ماذا ننتظر؟",
  "2026-01-21T11:30:00Z", 5, "Housing",
  "Arabic: 'My two-year-old has been in hospital twice this month with breathing difficulties; the doctor says it is the mould in the flat. We told Brent Council months ago and nobody came. Council flat in Stonebridge. What are we waiting for?' Damp and mould harming a young child after months of inaction: risk to a child and highly controversial (Awaab's Law), escalate; ambiguous with 2.",
  lang="ar", esc="child_health_risk", replies=4, likes=31, reposts=6)
I("e23", "x", "@mo_kilburn", "Mo", 430,
  "the balcony above ours at the Granville Rd flats has a crack right across it and chunks of concrete fell onto the path by the bike store this morning. that's where the kids play. reported it on the form, got an automated email. @Brent_Council",
  "2026-06-12T07:41:00Z", 5, "Housing",
  "Concrete falling from a cracked balcony onto a play path: structural danger, risk to life, escalate (s.8 rule 1) even though an online report exists.",
  esc="structural_danger", replies=2, likes=19, reposts=4)
I("e24", "facebook", "denise.campbell.neasden", "Denise Campbell", None,
  "Flash flood on Neasden Lane North, the drains are coming UP not going down. Water is in the ground floor flats at our end now and Mrs Ahmed at no.3 can't get out, her front step is under. Fire brigade rang, nobody from the council answering. Please someone",
  "2026-08-14T16:25:00Z", 5, "Emergency Planning",
  "Live flooding with an elderly neighbour trapped: risk to life and someone trapped in an incident, escalate immediately (s.8 rule 1).",
  esc="flood_risk_to_life", replies=14, likes=27, reposts=19)
I("e25", "x", "@streetfood_wem", None, 390,
  "watched a Brent enforcement officer on Wembley High Rd take cash off the unlicensed burger van guy and walk off. no notice, no nothing. 3rd time I've seen it on event days. got it on video if anyone at the council actually cares",
  "2026-10-11T19:20:00Z", 5, "Regulatory Services",
  "An allegation, with video, that an enforcement officer takes cash from an unlicensed trader: alleged misconduct, escalate (s.8 rule 1).",
  esc="misconduct", replies=3, likes=45, reposts=16)
I("e26", "rss", "brentkilburntimes.co.uk/feed", None, None,
  "Council criticised as paddling pools stay shut during heatwave. Parents in Brent have criticised the council after the paddling pools at Roundwood Park and King Edward VII Park remained closed on the hottest day of the year. A petition calling for them to reopen has passed 3,000 signatures in 48 hours. A council spokesperson has been approached for comment.",
  "2026-07-17T06:30:00Z", 5, "Environment",
  "Local press story on a controversial closure with a fast-growing petition and a pending request for comment: controversial issue in the media, escalate to the communications officer.",
  esc="controversial_press")

# ---------------------------------------------------------------- route 4: service conversations
I("t1a", "facebook", "helen.drummond.prg", "Helen Drummond", None,
  "Has everyone seen the council's consultation on extending the Wembley event day parking zone north up to Preston Road and the Carlton Avenue roads? It closes 14 July. I'm honestly torn. On gig days we can't get into our own street, but paying for a permit to park outside my own house? Would be good to hear what people think before we all respond. Link in comments.",
  "2026-06-22T19:10:00Z", 4, "Parking",
  "A residents' group discussion of a live consultation on the event day zone: 'a more specific ongoing conversation of relevance to a particular service area', parking officers should join it.",
  replies=23, likes=31)
I("t1b", "facebook", "sunil.rao.ha9", "Sunil Rao", None,
  "We're on Carlton Ave East. On concert days I've had to park on the other side of Preston Road and walk back with the shopping. I'd honestly pay if it means that stops. Filled it in yesterday.",
  "2026-06-22T19:34:12Z", 4, "Parking",
  "Contribution to the ongoing event-day zone consultation thread; part of the service conversation.",
  reply_to="t1a", likes=12)
I("t1c", "facebook", "mark.doyle.1972", "Mark Doyle", None,
  "Pay for a permit ON TOP of council tax so the stadium can make money? No thanks. The stadium should be paying for this not us. Put that in your consultation Brent.",
  "2026-06-22T20:02:45Z", 4, "Parking",
  "Critical view inside the consultation thread; critical is fine for 4, nothing reputation-threatening.",
  reply_to="t1a", likes=19)
I("t1d", "facebook", "grace.ansah.wembley", "Grace Ansah", None,
  "Does anyone know if visitor permits would be free for carers under the new zone? My dad's carer comes three times a day.",
  "2026-06-23T08:15:30Z", 4, "Parking",
  "A question inside the consultation thread that parking officers are best placed to answer there; ambiguous with 3 (the consultation documents may answer it).",
  reply_to="t1a", likes=6)
I("t2a", "x", "@neasden_together", "Neasden Together (residents' group)", 1620,
  "Day 4 of the pile in the alley behind the Neasden Lane shops. Mattresses, a fridge, and now nappies in 30 degrees. This alley gets done every single summer. @Brent_Council what's the actual plan? cameras? a gate? asking for the whole street",
  "2026-07-22T10:05:00Z", 4, "Environment",
  "A community group raising a recurring fly-tipping hotspot with neighbours joining in: ongoing conversation for the waste/enforcement officers to join; ambiguous with 2 (a report of a specific pile).",
  replies=9, likes=44, reposts=11)
I("t2b", "x", "@bilal_nw10", None, 210,
  "the camera they put up in 2024 points at the wrong wall lol",
  "2026-07-22T10:31:40Z", 4, "Environment",
  "Reply adding detail (misplaced CCTV) to the hotspot conversation.",
  reply_to="t2a", likes=17)
I("t2c", "x", "@joyce_neasden", "Joyce", 44,
  "same here. third week now 🙄",
  "2026-07-22T11:02:05Z", 4, "Environment",
  "Inside the Neasden fly-tip thread this adds another stretch of the same hotspot (three weeks): part of the service conversation. Same text posted standalone elsewhere is 1.",
  reply_to="t2a", likes=5)
I("t2d", "x", "@PatelNewsNeasden", "Patel News & Wine", 180,
  "I run the shop on the corner. We pay for trade waste collection and people still dump in front of our shutter overnight. Happy to meet anyone from the council on site, any morning.",
  "2026-07-22T12:48:19Z", 4, "Environment",
  "A local business offering to meet officers about the hotspot: ongoing conversation the service should join.",
  reply_to="t2a", likes=21, reposts=2)
I("t3a", "mastodon", "@wembleyplanning@mastodon.online", "Wembley Planning Watch", 2140,
  "Planning application 26/1874 for the 38-storey tower on the car park next to the Arena goes to committee on 15 July. Comments close Friday. Quick thread on what it means for the Olympic Way view, school places and event-day crowds 🧵 #Wembley #Brent",
  "2026-07-01T18:22:00Z", 4, "Planning",
  "A local planning blog's thread on a live application: 'specific ongoing conversation' for planning officers to join; the blog is known locally but not highly influential.",
  replies=6, likes=58, reposts=34)
I("t3b", "mastodon", "@emma_empireway@mastodon.social", "Emma", 190,
  "Has anyone actually been consulted on this? Nobody on our bit of Empire Way got a letter and we're the closest flats.",
  "2026-07-01T19:05:41Z", 4, "Planning",
  "Neighbour-notification question inside the live planning thread; planning officers should answer in the conversation.",
  reply_to="t3a", likes=14)
I("t4a", "facebook", "jo.whitaker.fogp", "Jo Whitaker - Friends of Gladstone Park", None,
  "Litter pick Saturday 9am from the café, third one this month. After every hot weekend the bins by the tennis courts are overflowing by Saturday lunchtime and by Monday it's everywhere. We've asked Brent for bigger bins and a Sunday empty during the summer holidays. Come along, gloves and bags provided. 🌳",
  "2026-07-30T17:40:00Z", 4, "Environment",
  "A friends-of-the-park group discussing bin capacity after hot weekends, with a request already with the council: ongoing service conversation for parks/cleansing officers.",
  replies=9, likes=76, reposts=12)
I("t4b", "facebook", "dev.chauhan.dh", "Dev Chauhan", None,
  "Thanks for organising. Worth adding the foxes and crows get into the open-top bins overnight, so even when they're not full it ends up on the grass. Lidded ones would help.",
  "2026-07-30T18:12:33Z", 4, "Environment",
  "Reply adding substance (bin design) to the park litter conversation; ambiguous with 1 (thanks).",
  reply_to="t4a", likes=22)
I("t4c", "facebook", "cllr.tom.mahoney", "Cllr Tom Mahoney", None,
  "Thanks Jo and everyone who came. I've asked officers whether a Sunday bin round can be added in Gladstone Park for the rest of the summer and will report back here this week.",
  "2026-08-01T20:05:10Z", 5, "Environment",
  "A councillor speaking publicly about a council service inside the thread, even helpfully: 'leading members' are involved, so liaise with comms (s.8 rule 1); ambiguous with 4.",
  reply_to="t4a", esc="councillor", likes=40)
I("s1", "facebook", "abdirahman.farah.cet", "Abdirahman Farah - Church End Traders", None,
  "Following up from the meeting on the 3rd at the Church End community centre about the Sunday market and the road closure on event days: the licensing officer said they'd come back to us with options within two weeks. That was three weeks ago. Traders are asking me every day. Any update @Brent Council?",
  "2026-09-24T09:20:00Z", 4, "Regulatory Services",
  "Text shows an ongoing conversation between traders and licensing officers about one service matter; the officers should rejoin it. Ambiguous with 2 (a chase-up).",
  replies=2, likes=9)

# ---------------------------------------------------------------- route 2: customer services
I("c1", "x", "@nikhil_drives", "Nikhil", 210,
  "@Brent_Council got a PCN (WM40327781) on Forty Lane on Sunday. the event day sign is literally inside a hedge, photo attached. is it worth appealing or am i wasting my time",
  "2026-06-08T08:02:11Z", 2, "Parking",
  "Own PCN with a reference and a specific signage complaint: a person requiring customer services (parking), not a general how-to.",
  replies=1, likes=6)
I("c2a", "x", "@dollishill_bev", "Bev", 41,
  "@Brent_Council bins?? again. Dollis Hill Lane no.118. third week",
  "2026-07-21T07:18:40Z", 2, "Environment",
  "Missed collection at a given address: own case for waste services.", likes=2)
I("c2b", "x", "@dollishill_bev", "Bev", 41,
  "@Brent_Council bins?? again. Dollis Hill Lane no.118. third week",
  "2026-07-23T07:05:02Z", 2, "Environment",
  "Exact repeat by the same author two days later: same own missed-collection case, same route.", likes=4)
I("c3", "facebook", "marcus.green.queensbury", "Marcus Green", None,
  "Booked a bulky waste collection (ref BW-209931) for Tuesday, stayed in all day, took the afternoon off work, nobody came. The sofa is now sitting on my front garden in Queensbury getting rained on. Brent Council can you rebook and tell me why?",
  "2026-05-28T18:44:00Z", 2, "Environment",
  "Own booking with a reference that was missed: customer services to rebook.", replies=2, likes=7)
I("c4", "x", "@farah_k_", "Farah", 150,
  "@Brent_Council I pay council tax by direct debit every month and just got a reminder saying I'm in arrears?? account 30118462. bank statement says it's all gone out. can someone actually check",
  "2026-02-03T12:27:51Z", 2, "Finance",
  "Own council tax account with a number needing records checked: route 2.", likes=1)
I("c5", "x", "@ola_stonebridge", None, 88,
  "@Brent_Council no hot water since 2 June, repair ref HR-448821. engineer booked 3 times, cancelled 3 times. 2 kids, boiling pans to wash them. when",
  "2026-06-19T06:51:22Z", 2, "Housing",
  "Own housing repair with a reference: customer services/housing repairs; hardship but no immediate risk, so not 5.",
  likes=11, reposts=2)
I("c6", "x", "@cathy_sudbury", "Cathy", 93,
  "@Brent_Council applied for my visitor permits on 3 July (ref VP-1190274) and still nothing. my mum's visiting for the concerts weekend and the zone is in force. help?",
  "2026-07-15T13:10:09Z", 2, "Parking",
  "Own permit application with a reference: needs an officer to look it up.")
I("c7", "facebook", "elaine.rowe.harlesden", "Elaine Rowe", None,
  "Someone has dumped two mattresses, a fridge and about ten black bags outside 23 Harlesden Road overnight. It's blocking half the pavement and the bags have already been ripped open by foxes. Can the council please collect.",
  "2026-08-02T07:33:00Z", 2, "Environment",
  "A specific fly-tip at an address needing a crew: report for customer services/waste, not a wider conversation.",
  replies=1, likes=5)
I("c8", "x", "@kenton_commuter", None, 305,
  "street light outside 9 Kenton Road been out over a month now. pitch black walking back from the station at 11. reported on the app in June @Brent_Council",
  "2026-09-17T22:58:14Z", 2, "Highways",
  "Specific faulty street light at an address, already reported: chase for highways via customer services.", likes=3)
I("c9", "x", "@cyclinglauren", "Lauren", 1040,
  "hit a massive pothole on Harrow Road by the Wrottesley Rd junction this morning, front wheel's bent and I've got a lovely graze. @Brent_Council how do I claim for the wheel?",
  "2026-03-10T09:14:37Z", 2, "Highways",
  "Own damage claim plus a located pothole: she needs a service (defect logged, claim); ambiguous with 3 (how to claim is published).",
  replies=2, likes=24, reposts=3)
I("c10", "facebook", "jenny.obrien.willesden", "Jenny O'Brien", None,
  "Every night this week the flat above us (Flat 6, 14 Pound Lane, Willesden) has had music on until 3am. Bass through the ceiling. I work early shifts at the hospital. I've knocked, they laugh. What do I need to do to get the noise team out?",
  "2026-08-07T03:12:00Z", 2, "Regulatory Services",
  "Own noise nuisance case with an address: customer services to log it for the noise team.", likes=3)
I("c11", "x", "@preston_rd_night", None, 74,
  "it's 11:40pm and the arena gig is still going, we can hear every word in our bedroom on Forty Avenue. thought the licence said 10.30?? @Brent_Council",
  "2026-07-04T22:41:27Z", 2, "Regulatory Services",
  "A resident's own noise complaint alleging a breach of the venue's licence hours: for licensing/noise officers; ambiguous with 4 if others join.",
  likes=8)
I("c12", "x", "@dan_okonkwo", "Daniel Okonkwo", 420,
  "@Brent_Council FOI request please: how many PCNs were issued in the Wembley event day zone on event days in 2025, broken down by street? And how many were cancelled on appeal? Thanks",
  "2026-01-14T10:40:00Z", 2, "Parking",
  "A request for recorded information; real name Daniel Okonkwo visible in the profile, so valid per Appendix A: log with customer services (20 working days).",
  foi=True, foi_valid=True, likes=3)
I("c13", "facebook", "maggie.h.sudbury", "Maggie H", None,
  "Freedom of Information request. Please provide the number of street trees planted by Brent Council in 2024-25 and how many of those have since died or been removed. Please reply by post. Margaret Hill, 22 Sudbury Court Drive, Harrow HA1 3TD.",
  "2026-09-02T14:05:00Z", 2, "Environment",
  "FOI request for recorded data; the profile name is partial but the post gives a full name and a postal address for correspondence, so valid: route 2 to be logged.",
  foi=True, foi_valid=True, likes=2)
I("c14", "x", "@maryam_rz", "Maryam Rezaei", 265,
  "سلام @Brent_Council، طبق قانون آزادی اطلاعات (FOI) لطفاً تعداد شکایت‌های ثبت‌شده درباره سر و صدای کنسرت‌های استادیوم و آرنای ومبلی در سال ۲۰۲۵ را به تفکیک ماه اعلام کنید. لطفاً پاسخ را به این ایمیل بفرستید: m.rezaei.nw10@gmail.com  مریم رضایی",
  "2026-02-19T16:22:48Z", 2, "Regulatory Services",
  "Farsi: 'Under the Freedom of Information Act please state the number of noise complaints recorded about Wembley Stadium and Arena concerts in 2025, by month; reply to this email, Maryam Rezaei.' Valid FOI (real name in profile and post, email address): route 2 to log.",
  lang="fa", foi=True, foi_valid=True, likes=1)
I("c15", "x", "@readingrosie", "Rosie", 260,
  "@Brent_Council returned 4 books to Kilburn library on the 2nd, they're still showing overdue on my account and now I'm being charged. card ending 4471. can someone check the returns",
  "2026-10-06T11:49:03Z", 2, "Libraries",
  "Own library account needing records checked: route 2, Libraries.", likes=1)
I("c16", "facebook", "fatima.begum.wembley", "Fatima Begum", None,
  "We moved from Leicester in April and applied for an in-year school place for my son (Year 4). Application ref IYA/2026/0873. It's been 7 weeks, no offer, no reply to emails, and he's been at home all this time. Summer holidays start next week and I still don't know where he'll be in September.",
  "2026-07-14T20:30:00Z", 2, "Education",
  "Own in-year admission with a reference: admissions must act; ambiguous with 5 (a child out of school for weeks) but the parent is engaged and there is no risk cue.",
  replies=3, likes=15)
I("c17", "x", "@willesdengreen_j", None, 181,
  "the house behind us on Chapter Road is putting up what looks like a 2 storey extension right up to our fence, no notices anywhere. is this even allowed? who comes out to look @Brent_Council",
  "2026-05-06T17:03:55Z", 2, "Planning",
  "A specific suspected breach at a named street needing planning enforcement to visit; ambiguous with 3 (how to report a breach).")
I("c18", "x", "@sudbury_sam_k", None, 47,
  "@Brent_Council your permit payment page froze, I pressed pay once and got charged twice, £150 each for the residents permit. need one of them refunded please",
  "2026-04-09T21:16:20Z", 2, "Parking",
  "Own double payment needing a refund: customer services (parking). Ambiguous with 3/Web because a website fault caused it, but the person needs records checked and money back.")
I("c19", "facebook", "hetal.patel.wembley", "Hetal Patel", None,
  "નમસ્તે. મારા પપ્પાનું માર્ચમાં અવસાન થયું, હવે મમ્મી વેમ્બલીમાં એકલા રહે છે. સિંગલ પર્સન ડિસ્કાઉન્ટ માટે એપ્રિલમાં અરજી કરી હતી, પણ નવું બિલ હજી પૂરી રકમનું જ આવ્યું છે. કાઉન્સિલ ટેક્સ એકાઉન્ટ નંબર 30245518. કોઈ મદદ કરશે? @Brent Council",
  "2026-06-02T10:05:00Z", 2, "Finance",
  "Gujarati: 'My father died in March, my mother now lives alone in Wembley. We applied for the single person discount in April but the new bill is still the full amount. Council tax account 30245518. Can anyone help?' Own account case: route 2.",
  lang="gu", likes=4)
I("c20", "x", "@hodan_stonebridge", "Hodan", 96,
  "Qashinkii gurigayaga lama qaadin laba toddobaad, Brentfield Road lambarka 61, Stonebridge. Kulaylka awgiis urtu aad bay u xun tahay, carruurtuna agtiisa ayay ku ciyaaraan. Fadlan yaa naga caawin kara? @Brent_Council",
  "2026-07-24T09:37:12Z", 2, "Environment",
  "Somali: 'Our household rubbish hasn't been collected for two weeks, 61 Brentfield Road, Stonebridge. With the heat the smell is very bad and the children play near it. Please, who can help us?' Own missed collection at an address: route 2.",
  lang="so", likes=2)
I("c21", "facebook", "joana.silva.alperton", "Joana Silva", None,
  "Bom dia Brent Council, a janela do quarto do meu filho está partida há três semanas e não fecha. Já liguei duas vezes, referência de reparação 7731902. Moro em Alperton, apartamento da câmara. Quando é que vem alguém?",
  "2026-11-05T08:40:00Z", 2, "Housing",
  "Portuguese: 'My son's bedroom window has been broken for three weeks and won't close. I've called twice, repair reference 7731902. I live in Alperton, council flat. When will someone come?' Own repair with a reference: route 2.",
  lang="pt", likes=1)
I("c22", "x", "@amira_nw2", "Amira", 129,
  "the black mould in our bathroom is back, 3 weeks after your contractor 'treated' it with a bit of spray and paint. flat 12 Ashford Court, Cricklewood. repair ref HR-451007. do I have to report it all over again? @Brent_Council",
  "2026-11-18T19:26:44Z", 2, "Housing",
  "Own damp-and-mould repair with an address and reference; no vulnerable occupant or health harm mentioned, so 2 not 5.", likes=6)
I("c24", "facebook", "tunde.bakare.kilburn", "Tunde Bakare", None,
  "My housing benefit has just stopped with no letter. I rang and was told my claim was 'suspended pending information' but nobody can tell me what information. Claim number HB 0443 912. Rent is due Friday.",
  "2025-12-16T15:02:00Z", 2, "Finance",
  "Own benefit claim with a number: customer services (benefits) to look up records.", likes=3)
I("c25a", "x", "@pauline_kingsbury", "Pauline", 95,
  "@Brent_Council paid for garden waste in March and the green bin hasn't been emptied once since the end of June",
  "2026-08-18T08:10:00Z", 2, "Environment",
  "Own paid garden-waste subscription not collected: customer services.", replies=1, likes=2)
I("c25b", "x", "@pauline_kingsbury", "Pauline", 95,
  "@Brent_Council sub ref GW-55120, 31 Roe Green Close NW9. photo of the sticker on the lid attached",
  "2026-08-18T08:14:31Z", 2, "Environment",
  "Same resident adds her subscription reference and address to her own case: route 2.", reply_to="c25a")

# ---------------------------------------------------------------- route 3: web team responds
I("q1", "x", "@tobi_yr11", "tobi", 203,
  "when do brent schools actually break up for summer? my school says 22nd my cousin's says 17th 😭",
  "2026-07-08T16:44:00Z", 3, "Education",
  "General 'when' question answered by the published term dates (and a note that academies set their own): web team signposts.")
I("q2", "x", "@nw9commuter", None, 512,
  "@Brent_Council are there road closures around Wembley for the NFL game Sunday? need to get to Northwick Park hospital for 9am",
  "2026-10-09T19:02:31Z", 3, "Highways",
  "General question answered by the published event-day closures: signpost.", likes=2)
I("q3", "facebook", "sandra.clarke.kg", "Sandra Clarke", None,
  "Does anyone know if the bins are still being collected on Bank Holiday Monday (Carnival Monday)? Ours is usually Monday in Kensal Green. Don't want to drag it out for nothing",
  "2026-08-29T18:20:00Z", 3, "Environment",
  "Bank-holiday collection dates are published: simple question, web team signposts.", replies=3, likes=4)
I("q4", "x", "@mamaof2_nw10", None, 180,
  "is the paddling pool at Roundwood Park open yet?? kids are begging ☀️ @Brent_Council",
  "2026-06-14T10:12:09Z", 3, "Environment",
  "Simple opening-times question about a park facility: web team answers/signposts.", likes=3)
I("q5", "x", "@ashwin_dev", "Ashwin", 390,
  "@Brent_Council the 'find your bin day' page just shows a spinning wheel on mobile and desktop. tried chrome and safari. fyi",
  "2025-12-29T08:31:15Z", 3, "Web",
  "A fault on the council website: the web team responds (s.8 rule 3).", likes=5)
I("q6", "x", "@stanmore_linda", None, 62,
  "@Brent_Council why has nobody collected the recycling on Honeypot Lane (Stanmore side) for 2 weeks?? HA7",
  "2026-09-28T17:45:33Z", 3, None,
  "The Stanmore side of Honeypot Lane (HA7) is Harrow: a mention meant for another council, web team redirects (s.8 rule 3). Ambiguous with 2 if the address turns out to be on the Brent side.")
I("q7", "x", "@wembley_watcher", "Wembley Watcher", 1310,
  "@Brent_Council FOI: how much did the council spend on the Wembley Park summer fireworks and the drone show? Full breakdown please. Answer better not be 6 figures 👀",
  "2026-08-25T20:10:00Z", 3, "Communications",
  "A genuine request for recorded spending data, but from a pseudonymous account with no real name or address: invalid FOI, web team explains how to make a valid request.",
  foi=True, foi_valid=False, likes=26, reposts=5)
I("q8", "facebook", "bernadette.walsh.kilburn", "Bernadette Walsh", None,
  "Someone in the Kilburn mums group said Kilburn Library is closing after the summer. Is that true?? We go every Tuesday for rhyme time.",
  "2026-08-12T13:05:00Z", 3, "Libraries",
  "'Is it true' confusion that published information answers: web team responds; would become 4/5 if a rumour spreads.", replies=2, likes=3)
I("q9", "x", "@nadia_mum_of_3", None, 77,
  "anyone know how to get the kids on the free summer holiday clubs in brent (HAF?) they're on free school meals. is it too late to book",
  "2026-07-20T21:40:18Z", 3, "Education",
  "General how-to about the holiday activities programme: signpost to the booking page.")
I("q10", "x", "@lucy_wembleypark", "Lucy", 260,
  "how do you report the touts on Olympic Way? like 20 of them outside the station before every gig, shouting in kids' faces. is that council or police",
  "2026-06-27T16:55:02Z", 3, "Regulatory Services",
  "A 'how / who' question about street trading and touting enforcement: web team signposts (council trading enforcement vs police).", likes=9)
I("q11", "youtube", "yt-imrankhan-27", "Imran K", None,
  "can you have a bbq in gladstone park or is it only in certain parks? video didnt say",
  "2026-06-06T12:22:00Z", 3, "Environment",
  "YouTube comment asking a rule that the parks pages answer: web team responds.")
I("q12", "bluesky", "@olu-writes.bsky.social", "Olu", 880,
  "Are there any cool spaces open in Brent this week? Grandad's flat in Neasden is like an oven and he won't go to the shopping centre. Libraries open late?",
  "2026-07-14T11:26:00Z", 3, "Emergency Planning",
  "Information request about heatwave cool spaces, answered by the published list: web team signposts; ambiguous with 5 if grandad's condition were in doubt, but no risk is described.",
  likes=12, reposts=4)
I("q13", "facebook", "sunita.sharma.kenton", "Sunita Sharma", None,
  "नमस्ते, ब्रेंट काउंसिल में नौकरी के लिए आवेदन कैसे करें? क्या सारी वैकेंसी वेबसाइट पर ही आती हैं? मेरी बहन की अंग्रेज़ी थोड़ी कमज़ोर है, क्या फ़ॉर्म भरने में कोई मदद मिलती है?",
  "2026-02-24T09:48:00Z", 3, "HR",
  "Hindi: 'How do you apply for a job at Brent Council? Are all vacancies on the website? My sister's English is a bit weak; is there help filling in the form?' General how-to: web team signposts to jobs pages.",
  lang="hi")
I("q14", "x", "@karthik_nw9", "Karthik", 142,
  "வெம்பிளி ஸ்டேடியத்தில் நிகழ்ச்சி நடக்கும் நாட்களில் எங்கள் தெருவில் கார் நிறுத்த அனுமதி (permit) தேவையா? நாங்கள் சமீபத்தில்தான் Preston Road அருகில் குடிவந்தோம். @Brent_Council",
  "2026-05-15T18:03:27Z", 3, "Parking",
  "Tamil: 'On Wembley Stadium event days do we need a parking permit on our street? We just moved near Preston Road.' General question answered by the event-day zone pages: route 3.",
  lang="ta")
I("q15", "facebook", "lucia.fernandez.kilburn", "Lucía Fernández", None,
  "Hola, acabamos de mudarnos a Kilburn con dos niños de 5 y 8 años. ¿Cómo solicito plaza en un colegio de primaria para septiembre? ¿Se hace por la web del council o hay que ir a la oficina en Wembley? Gracias",
  "2026-08-10T14:30:00Z", 3, "Education",
  "Spanish: 'We've just moved to Kilburn with two children aged 5 and 8. How do I apply for a primary school place for September? Online or at the Wembley office?' General how-to: signpost to admissions pages.",
  lang="es")
I("q16", "bluesky", "@kmensah.bsky.social", "K. Mensah", 340,
  "genuine q does brent even have a lido or do i have to go to ealing/hampstead like everyone else",
  "2026-07-12T15:03:00Z", 3, None,
  "Simple question answered by the leisure pages: web team replies; leisure is not a listed department.", likes=7)
I("q17", "linkedin", "li-grace-osei-27182", "Grace Osei", 860,
  "Hi, I've seen the Digital Content Officer vacancy at Brent Council. Is the role open to a 4-day week or job share? The advert doesn't say. Thanks",
  "2026-03-18T12:15:00Z", 3, "HR",
  "General question about a published vacancy: web team answers or points to the recruiting contact.")
I("q18", "facebook", "raj.pattni.kenton", "Raj Pattni", None,
  "How do I actually object to a planning application? There's a notice on a lamp post on our road in Kenton but the website just sends me round in circles.",
  "2026-05-20T20:11:00Z", 3, "Planning",
  "How-to question plus confusion with the website: web team signposts to the comment page (note the navigation complaint).", likes=2)
I("q19", "x", "@brent_student_", None, 59,
  "why has my council tax gone up again this year? like what's it even for",
  "2026-03-05T22:40:09Z", 3, "Finance",
  "General comment on a well-understood issue (annual council tax rise): web team answers with the published explanation; ambiguous with 1 (a moan).")
I("q22", "mastodon", "@airqualitynerd@mastodon.social", "AQ Nerd", 1200,
  "Does @BrentCouncil publish the diffusion tube readings for Neasden Lane anywhere? Want to compare this summer with last. Not an FOI, just can't find the page.",
  "2026-09-03T08:05:00Z", 3, "Regulatory Services",
  "Asks where published air-quality data is; the author says it is not an FOI and signposting answers it: route 3, not FOI.", likes=4, reposts=1)
I("q23", "x", "@samxo__", "sam 🌙", 310,
  "hiii @Brent_Council it's Sam, doing a uni project, could you send me the number of noise complaints about Wembley Arena gigs last year? and how many were about overrunning? thank uuu",
  "2026-11-12T14:30:00Z", 3, "Regulatory Services",
  "Request for recorded information, but only a first name: invalid FOI, web team explains how to make a valid request (name and address).",
  foi=True, foi_valid=False, likes=2)

# ---------------------------------------------------------------- route 1: monitor
I("n1", "x", "@oildesk_macro", "Oil Desk", 18300,
  "Brent crude back above $88 as Gulf shipping fears flare; WTI +2.1%. Refiners lead the FTSE 100 higher this morning. #oil #Brent",
  "2026-06-23T07:05:00Z", 1, None, "Keyword noise: Brent crude oil prices.", likes=44, reposts=19)
I("n2", "rss", "energymarketsdaily.com/rss", None, None,
  "Brent slips below $80 on demand worries. Brent crude futures for September delivery fell 1.4% to $79.62 a barrel on Tuesday as traders weighed weaker Chinese manufacturing data and a surprise build in US inventories.",
  "2026-08-04T14:00:00Z", 1, None, "Keyword noise: Brent crude market news feed.")
I("n3", "bluesky", "@hannahk.bsky.social", "Hannah", 530,
  "brent cross in a heatwave is a human rights issue. aircon broken in half the shops, 400 people sitting round the fountain like it's a beach",
  "2026-07-18T15:36:00Z", 1, None, "Keyword noise: Brent Cross shopping centre (Barnet).", likes=21)
I("n4", "x", "@bees_til_i_die", None, 2300,
  "Brentford's pre-season friendly sold out in an hour 🐝🐝 #BrentfordFC #Bees",
  "2026-07-25T11:20:00Z", 1, None, "Keyword noise: Brentford FC.", likes=88, reposts=10)
I("n5", "facebook", "gaz.turner.official", "Gaz Turner", None,
  "Monday motivation from the great philosopher David Brent: 'There may be no I in team, but there's a ME if you look hard enough.' 😂 have a good week all",
  "2026-01-12T07:45:00Z", 1, None, "Keyword noise: David Brent quote.", likes=15)
I("n6", "instagram", "@tashx.b", "Tash", 1480,
  "happy 30th to my big brother Brent 🎉🎂 boxpark wembley was unreal last night, sorry to the neighbours x",
  "2026-08-09T10:20:00Z", 1, None, "Keyword noise: a person called Brent; birthday chatter.", likes=210)
I("n7", "x", "@kemi_runs", "Kemi", 890,
  "credit where due, walked down Olympic Way at 7am after last night's concert and it was spotless. whoever the Brent street cleaning crew were, legends 👏 @Brent_Council",
  "2026-06-21T07:22:00Z", 1, "Environment", "Praise for post-event cleansing: no action beyond monitoring (could be liked/shared).",
  likes=73, reposts=8)
I("n8", "facebook", "priya.mistry.ealingrd", "Priya Mistry", None,
  "My 7 year old has just finished the Summer Reading Challenge at Ealing Road Library and came home with a medal and a certificate and has not stopped talking about it. Massive thank you to the library staff, they were so patient with him. 📚",
  "2026-08-27T17:10:00Z", 1, "Libraries", "Praise and thanks, no request: monitor.", likes=38)
I("n9", "bluesky", "@alperton-al.bsky.social", "Al", 410,
  "love how brent plants 200 baby trees in march and then lets every single one of them crisp up in july. very cool very sustainable",
  "2026-07-23T13:02:00Z", 1, "Environment",
  "Sarcastic moan with no case, location or request and low reach: monitor in case it grows (ambiguous with 3).", likes=16)
I("n10", "x", "@dxnny_w10", None, 37,
  "brent council absolute clowns the lot of u 🤡🤡",
  "2026-10-12T00:14:00Z", 1, None, "Low-reach abuse with no substance: no action, keep monitoring.")
I("n11a", "x", "@cashflow_uk_4u", "Earn Daily 💰", 11,
  "@Brent_Council @wembleystadium 💰 Earn £500+ a day from home, no experience!! DM me for the link 📈🔥 limited spaces",
  "2026-06-20T19:00:12Z", 1, None, "Spam tagging the council: no action.")
I("n11b", "x", "@cashflow_uk_4u", "Earn Daily 💰", 11,
  "@Brent_Council @wembleystadium 💰 Earn £500+ a day from home, no experience!! DM me for the link 📈🔥 limited spaces",
  "2026-06-20T19:45:50Z", 1, None, "Exact repeat of the same spam by the same account: no action.")
I("n12", "x", "@SudburyLibDems", "Sudbury Lib Dems", 1480,
  "Great sessions on the doorstep in Sudbury today ☀️ Thanks to everyone who stopped for a chat. #LibDems #Sudbury",
  "2026-04-25T16:30:00Z", 1, None,
  "Party-political campaigning chatter with no council matter raised and no named candidate: monitor, take no political standpoint; ambiguous with 5 (election period).",
  likes=30, reposts=6)
I("n13", "x", "@mumof3_wembley", None, 120,
  "this 👇 so true. RT @DawnAdeyemiMP Families in temporary accommodation in Brent are being put in single rooms with windows that open 10cm, in 34°C heat…",
  "2026-07-18T14:02:00Z", 1, "Housing",
  "Low-reach reshare of an MP's post that is already escalated: monitor (s.8 rule 5).", likes=3)
I("n14", "x", "@stanmore_steve", None, 240,
  "harrow council's new bin system is a shambles, 3 weeks no recycling. never thought id say this but i miss living in brent",
  "2026-09-14T19:50:00Z", 1, None,
  "Another borough's matter, not addressed to Brent: keyword noise (contrast the HA7 mention sent to Brent, which is 3).", likes=12)
I("n15", "x", "@kensalrisekid", None, 560,
  "carnival monday was MADNESS. queue for kensal rise station went back to the park, walked home to harlesden in the end. 10/10 would do again",
  "2026-09-01T01:12:00Z", 1, None, "Notting Hill Carnival spill-over chatter, no issue raised: monitor.", likes=41)
I("n16", "facebook", "rubina.akter.neasden", "Rubina Akter", None,
  "গতকাল বাচ্চাদের নিয়ে রাউন্ডউড পার্কে গিয়েছিলাম। এত গরমেও পার্কটা খুব পরিষ্কার ছিল, আর পানির ফোয়ারাটাও কাজ করছিল। ধন্যবাদ ব্রেন্ট কাউন্সিল 🌳☀️",
  "2026-07-13T08:30:00Z", 1, "Environment",
  "Bengali: 'Took the kids to Roundwood Park yesterday; even in this heat the park was very clean and the water fountain was working. Thank you Brent Council.' Praise: monitor.",
  lang="bn", likes=9)
I("n17", "x", "@imran_wembley", None, 150,
  "ویمبلی میں ہر ایونٹ والے دن یہی حال ہوتا ہے، سڑکیں بند، بسیں لیٹ، اور گھر پہنچنے میں ایک گھنٹہ۔ کوئی پوچھنے والا نہیں 😤 @Brent_Council",
  "2026-05-16T20:48:00Z", 1, "Highways",
  "Urdu: 'Every event day in Wembley it's the same: roads closed, buses late, an hour to get home. Nobody cares.' A general moan with no case or request: monitor; ambiguous with 3.",
  lang="ur", likes=6)
I("n18", "facebook", "andreea.popescu.wembley", "Andreea Popescu", None,
  "Prima dată în trei ani când merg la un concert pe Wembley și NU primesc amendă de parcare 😂 am plătit parcarea în avans ca un om serios. Brent, sunt mândră de mine.",
  "2026-06-28T23:05:00Z", 1, "Parking",
  "Romanian: 'First time in three years I go to a concert at Wembley and DON'T get a parking fine, I paid for parking in advance like a serious person. Brent, I'm proud of myself.' Joke, no case: monitor.",
  lang="ro", likes=27)
I("n19", "x", "@jordanblakelive", "Jordan Blake", 742000,
  "2 hours to get out of the Wembley car park after the game. Brent, you never disappoint 😂 see you next season",
  "2026-10-11T21:55:00Z", 1, None,
  "Very large verified account, but a joke about stadium traffic with no council issue: 'of no particular consequence', monitor; ambiguous with 5 given the reach.",
  verified=True, replies=120, likes=9800, reposts=310)
I("n20", "x", "@ayo_kenton", None, 66,
  "same here. third week now 🙄",
  "2026-08-20T18:03:00Z", 1, None,
  "Standalone with no thread, subject or address: nothing to act on, monitor. The identical text inside the Neasden fly-tip thread is 4.")
I("n21", "youtube", "yt-patricia-w-27", "Patricia W", None,
  "my nan is at 2:14 dancing!!! she is going to be famous 😂 lovely video",
  "2026-09-08T19:40:00Z", 1, "Communications",
  "Friendly comment on the council's summer festival video: monitor.", likes=5)
I("n24", "x", "@chloe_kingsbury", None, 210,
  "sending so much love to that boy's family 💔 the welsh harp looks so calm but that water is freezing even in july. please talk to your kids",
  "2026-07-20T12:15:00Z", 1, None,
  "Sympathy and advice after the drowning, which is escalated elsewhere; no new issue: monitor.", likes=64, reposts=20)
I("n27", "x", "@zayn.bp", None, 140,
  "no cap the free summer football at bridge park was hard. coaches were safe. ty brent fr",
  "2026-08-15T18:30:00Z", 1, None,
  "Teen praise for a summer activity: monitor (leisure is not a listed department).", likes=11)
I("n28", "x", "@harlesden_dave", None, 98,
  "@Brent_Council how much do you lot even get paid to ignore emails 😂 asking for a friend",
  "2026-02-06T16:08:00Z", 1, None,
  "Looks like an information request but is a rhetorical jibe: not FOI (s.8), low reach, monitor.")

# ---------------------------------------------------------------- serialise
def make_id(platform, n):
    if platform in ("x", "mastodon"):
        return PREFIX + "".join(str(rng.randrange(10)) for _ in range(13))
    tag = {"facebook": "fb", "instagram": "ig", "youtube": "yt", "linkedin": "li", "bluesky": "bsky", "rss": "rss"}[platform]
    return f"{tag}-{PREFIX}-{n:04d}-{rng.randrange(16**6):06x}"

by_key = {it["key"]: it for it in ITEMS}
assert len(by_key) == len(ITEMS)
for n, it in enumerate(ITEMS):
    it["pid"] = make_id(it["platform"], n)
def root(it):
    while it["reply_to"]:
        it = by_key[it["reply_to"]]
    return it
has_replies = {root(it)["key"] for it in ITEMS if it["reply_to"]}
for it in ITEMS:
    r = root(it)
    it["thread"] = r["pid"] if r["key"] in has_replies else None
    nrep = sum(1 for x in ITEMS if x["reply_to"] == it["key"])
    assert it["replies"] >= nrep, it["key"]
    if it["reply_to"]:
        assert it["created"] > by_key[it["reply_to"]]["created"], it["key"]

# shuffle, keeping each reply after its parent
order = {}
for it in ITEMS:
    if not it["reply_to"]:
        order[it["key"]] = rng.random()
for it in ITEMS:
    if it["reply_to"]:
        p = order[it["reply_to"]]
        order[it["key"]] = p + (1 - p) * rng.random()
ITEMS.sort(key=lambda it: order[it["key"]])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-H.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for it in ITEMS:
        d = {"platform": it["platform"], "platform_id": it["pid"], "author_handle": it["handle"],
             "author_name": it["name"], "author_followers": it["followers"], "author_verified": it["verified"],
             "text": it["text"], "created_at": it["created"],
             "reply_to_id": by_key[it["reply_to"]]["pid"] if it["reply_to"] else None,
             "thread_id": it["thread"], "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"],
             "language": None, "label": it["label"], "provenance": "written"}
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"wrote {len(ITEMS)} items to {out}")
