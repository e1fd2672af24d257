#!/usr/bin/env python3
"""Writer Y: hand-written labelled mentions for eval set v10. Texts and labels are written by hand below;
this script only assigns ids, threads, counts, shuffles (keeping replies after their parents) and serialises."""
import json, random, os

PREFIX = "46810"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-Y.jsonl")
random.seed(46810)

ITEMS = []
def M(platform, handle, name, followers, when, text, route, dept, reason, lang="en", foi=False, foi_valid=None,
      esc=None, verified=False, key=None, parent=None, likes=None, replies=None, reposts=None):
    ITEMS.append(dict(platform=platform, handle=handle, name=name, followers=followers, when=when, text=text,
                      route=route, dept=dept, reason=reason, lang=lang, foi=foi, foi_valid=foi_valid, esc=esc,
                      verified=verified, key=key, parent=parent, likes=likes, replies=replies, reposts=reposts))

# ---------------------------------------------------------------- route 5: escalate
M("facebook", "Paula Mendes-Hart", "Paula Mendes-Hart", 212, "2026-02-03T21:48:02Z",
  "Not sure if this is the right place. The little lad at no. 14 on our road (Preston end) has been sat on the front step in his school uniform till gone 10 most nights this week, no coat, and mum's car isn't there. He said he's waiting for his mum. I gave him a hot chocolate tonight. I don't want to get anyone in trouble but it doesn't feel right",
  5, None, "A child apparently left alone outside late at night in winter: possible child at risk, so escalate (safeguarding) even though written as an aside; children's social care is not one of the 14 departments.", esc="safeguarding_child")
M("x", "@dougie_stonebridge", None, 41, "2026-03-09T10:05:18Z",
  "anyone know who to ring, old fella below me Mr O hasnt been about since last thurs. milk still on his mat and his tellys been on day and night. he usually knocks for my paper",
  5, None, "Elderly neighbour not seen for days with signs he may be inside: possible risk to life / welfare check, escalate regardless of the tiny audience.", esc="welfare_not_seen")
M("facebook", "Rokeya Begum", "Rokeya Begum", 156, "2026-01-22T07:31:55Z",
  "আমাদের বিল্ডিং এর সিঁড়িতে দুই দিন ধরে গ্যাসের গন্ধ, আজ সকালে আরও বেশি। কেউ কিছু করছে না। ওয়েম্বলি সেন্ট্রাল স্টেশনের পিছনের কাউন্সিল ব্লক। @Brent Council",
  5, "Housing", "Bengali: 'Smell of gas on our building's stairs for two days, stronger this morning. Nobody is doing anything. Council block behind Wembley Central station.' Possible gas leak: risk to life, escalate.", lang="bn", esc="risk_to_life")
M("facebook", "Ioana Popescu", "Ioana Popescu", 98, "2025-12-11T22:20:31Z",
  "E un domn care doarme în stația de autobuz de pe Harlesden High Street de trei nopți. Azi-noapte tremura tot și tușea urât, iar la noapte se anunță -4 grade. Cine poate să vină să-l ajute? Brent Council?",
  5, "Housing", "Romanian: 'A man has been sleeping in the bus shelter on Harlesden High Street for three nights; last night he was shaking and coughing badly, -4 forecast tonight. Who can come and help him?' Rough sleeper at risk in freezing weather: escalate (outreach/SWEP).", lang="ro", esc="rough_sleeper_risk")
M("x", "@sam_reports_nw", "Sam Adeyemi", 640, "2026-04-16T09:14:07Z",
  "Hi @Brent_Council, I'm a reporter at the Brent Echo. Could the press office confirm how many households the council currently has in temporary accommodation outside London, and whether any have been placed outside the M25 this year? Deadline 4pm tomorrow, thanks",
  5, "Communications", "Polite media enquiry from a reporter naming their outlet: 'highly influential' commentator / media, goes to the communications officer even with 640 followers.", esc="media_enquiry")
M("x", "@LeahFinchJourno", "Leah Finch", 2310, "2026-06-02T11:40:26Z",
  "@Brent_Council FOI request (I'm a freelance for the Ham & High and others): please provide the number of complaints about damp and mould recorded for council-owned homes in each year 2023, 2024 and 2025, and the number still open today. Reply to leah.finch.news@proton.me",
  5, "Housing", "A journalist's FOI request (real name in profile, email for correspondence so valid): per domain §8 a journalist's request is 5 - log the FOI but comms must see it.", foi=True, foi_valid=True, esc="media_foi")
M("x", "@CllrRuthOkoro", "Cllr Ruth Okoro", 2140, "2026-02-19T08:02:44Z",
  "Third morning running I've had emails from residents on Dollis Hill Lane and the roads off it about missed recycling. @Brent_Council can officers tell me what's gone wrong with this round and when it'll be caught up? I'd like to give people a proper answer.",
  5, "Environment", "A councillor raising a council service matter: influential author, so comms liaises with Environment (and member enquiries) even though the tone is constructive.", esc="councillor")
M("x", "@MPforBrentWest", "Office of the MP for Brent West", 38400, "2026-05-21T13:25:10Z",
  "My caseworkers have now seen three families placed by @Brent_Council in a single converted hotel room in Park Royal for over six months, one with a newborn. I have written to the Chief Executive today and expect a reply within the week.",
  5, "Housing", "An MP publicly criticising temporary accommodation: influential account and reputational issue - escalate to comms and Housing lead, possibly leading members.", verified=True, esc="mp")
M("x", "@kilburn_davidm", "David Mensah - candidate for Kilburn", 1180, "2026-04-02T18:30:00Z",
  "Walked Kilburn High Rd to Brondesbury Park today with residents. Counted 23 potholes. One of them took a pensioner off her feet last week. Brent's highways budget is a scandal and on 7 May you can change it 🌹",
  5, "Highways", "Election candidate attacking a council service during the pre-election period, with an injury claim: candidate + controversial, escalate (and the council must stay politically neutral in reply).", esc="candidate")
M("x", "@nadia_w_harlesden", "Nadia W", 203, "2026-03-27T17:55:12Z",
  "so brent council tax have just sent me a letter and inside is ANOTHER womans bill. her name, her address in Kensal Green, her bank sort code and last digits. if mine went to her too im going to lose it",
  5, "Finance", "Personal data (name, address, bank details) sent to the wrong resident: a data breach, controversial regardless of audience - escalate to comms and data protection; also her own account needs checking.", esc="data_breach")
M("facebook", "Imran Qureshi", "Imran Qureshi", 430, "2026-02-10T16:12:49Z",
  "Took my dad (78) to the Civic Centre this morning about his housing benefit. The woman at the desk told him to 'learn English or come back with someone who does' and then laughed with her colleague while he stood there. He has lived in Brent 45 years. I was parking the car. He came out shaking. I want to know what Brent Council is going to do about it.",
  5, "Finance", "Alleged discriminatory treatment of an older resident by front-line staff: 'discrimination by staff' is controversial and reputational - escalate (HR/complaints), not a routine customer case.", esc="discrimination")
M("x", "@vanman_alperton", None, 64, "2026-07-08T07:48:33Z",
  "next time that warden tickets my van on Ealing Road while im unloading ill be waiting for him. lets see how brave he is then @Brent_Council",
  5, "Parking", "Direct threat to a named role of council staff (civil enforcement officer): a threat to staff is escalated whatever the reach.", esc="threat_to_staff")
M("x", "@maryam_k_nw10", "Maryam K", 311, "2026-10-19T12:03:20Z",
  "14 months of black mould in my daughters bedroom, 9 repair visits, 0 fixes. my solicitor sent Brent a letter of claim today under the disrepair protocol. see you in court @Brent_Council",
  5, "Housing", "Legal threat (letter of claim for disrepair) plus a child's health in mould: legal and reputational, escalate to comms/Housing lead rather than treat as a plain repair.", esc="legal_threat")
M("facebook", "Welsh Harp Walkers", "Welsh Harp Walkers", 3900, "2026-08-15T19:10:05Z",
  "Members - this is a first. One of our group photographed a van in Brent Council livery tipping black bags and what looks like old office chairs into the lay-by on the Cool Oak Lane side this afternoon. Reg plate is clear in the photo. We've collected litter here every month for six years. Not impressed.",
  5, "Environment", "Alleged misconduct by council staff (fly-tipping from a council van), with photo evidence, from a community group of 3.9k: controversial, escalate.", esc="misconduct")
M("instagram", "@wembley.unfiltered", "Wembley Unfiltered", 61200, "2026-06-20T20:41:18Z",
  "Brent enforcement officers tipping an auntie's whole tray of corn and mogo onto the pavement outside Wembley Central 😡😡 she's been selling there for years. 240k views in 3 hours. is this what our council tax pays for?? #Brent #Wembley",
  5, "Regulatory Services", "Video going viral against a council enforcement service, from a 61k account: 'a video going viral against a service' - escalate to comms and Regulatory Services.", esc="viral_video", key="viral", likes=18400, replies=2, reposts=3100)
M("instagram", "@tunde.wmbly", None, 188, "2026-06-20T21:02:44Z",
  "this is disgusting honestly. sharing everywhere",
  1, "Regulatory Services", "Reshare/agreement with a post already escalated: monitor, no separate action (the root is with comms).", parent="viral")
M("x", "@neasden_nomad", None, 156, "2026-11-08T09:22:51Z",
  "RIP to the man they found in the underpass by Neasden station this morning. People have been telling the council about the tents down there since the summer",
  5, "Housing", "A death of a rough sleeper linked to alleged council inaction: a death is controversial by nature - escalate.", esc="death")
M("facebook", "Grace Achterberg", "Grace Achterberg", 274, "2026-05-04T14:36:27Z",
  "Church End estate, the 4th floor balcony rails on our block - two of the uprights have come away from the concrete and the whole section moves if you lean on it. Kids play out there because there's nowhere else. Put a photo on the Brent repairs portal 3 weeks ago, 'pending'.",
  5, "Housing", "Structural danger (loose balcony rails at height, children using the balcony): risk to life outweighs the routine-repair framing - escalate.", esc="structural_danger")
M("x", "@priyasingh_wp", "Priya", 522, "2026-08-29T22:37:14Z",
  "@Brent_Council @wembleypark proper crush on the steps down from Wembley Park station after the concert, people going over, no stewards at the bottom, someone lost a child. this is dangerous",
  5, "Emergency Planning", "Crowd crush on an event day with people falling and a missing child: risk to life and an event-safety issue - escalate (Emergency Planning / safety advisory group).", esc="crowd_safety")
M("x", "@Bins_of_London", "Bins of London", 482000, "2026-09-14T16:05:39Z",
  "Brent residents tell me recycling hasn't been collected in half the borough for 10 days. Streets of overflowing blue bins in Kilburn and Willesden. Anyone from @Brent_Council care to explain? RTs welcome, let's get them a reply",
  5, "Environment", "A very large account (482k) amplifying a council service failure and inviting retweets: highly influential commentator, escalate to comms with Environment.", esc="influential_account")
M("facebook", "Leila H", "Leila H", 77, "2026-01-06T23:50:03Z",
  "كل ليلة نسمع صراخ بنت الجيران الصغيرة وأبوها يصرخ عليها، وأمس سمعنا صوت ضرب وبعدها سكتت فجأة. ما بعرف لمين أحكي وخايفة. عمارة في ويلزدن جرين",
  5, None, "Arabic: 'Every night we hear the neighbours' little girl screaming and her father shouting at her; yesterday we heard hitting and then she suddenly went silent. I don't know who to tell and I'm scared. A block in Willesden Green.' Possible child at risk: escalate (safeguarding), null department.", lang="ar", esc="safeguarding_child")
M("x", "@tomjones_leeds", "Tom", 132, "2026-03-19T19:18:46Z",
  "my mum's carers havent turned up since tuesday. she cant get out of bed on her own, I'm stuck in Leeds with work. rang the agency, rang brent, no one calls back. she's in Queensbury. i am going out of my mind",
  5, None, "Vulnerable adult left without care for days: adult at risk, escalate immediately; adult social care is not among the 14 departments.", esc="safeguarding_adult")
M("bluesky", "@monkspark.bsky.social", "Monks Park Residents", 890, "2026-11-21T06:42:11Z",
  "River Brent over the path at Tokyngton again and onto Monks Park - water halfway up car doors. There's a woman sat in a silver Corsa on the corner who won't/can't get out. 999 called but @brent.gov.uk anyone coordinating?",
  5, "Emergency Planning", "Flooding with a person trapped in a car: emergency, risk to life - escalate to Emergency Planning.", esc="flood_risk_to_life")
M("facebook", "Stephen O'Leary", "Stephen O'Leary", 340, "2026-02-25T20:11:38Z",
  "Every fire door on the landings in our block at South Kilburn is wedged open with bits of wood, two of the extinguishers were nicked months ago and the fire alarm panel in the lobby has been beeping for a week. I've told the caretaker. After Grenfell you'd think someone would care.",
  5, "Housing", "Fire safety failings in a residential block: fire safety is controversial/dangerous by nature - escalate to Housing (building safety) and comms.", esc="fire_safety")

# lamp post thread (5) and the same reply text standalone (3)
M("x", "@harrowrd_hannah", "Hannah", 267, "2026-10-03T08:05:44Z",
  "@Brent_Council the lamp post on Harrow Road by the Tesco Express (Kensal Green end) got hit last night. It's lying across the pavement and the wires are hanging out of the base. One bit of tape round it. School kids walking past it now",
  5, "Highways", "Knocked-down street light with exposed wiring on a busy pavement: live electrical hazard, risk to life - escalate for emergency make-safe.", esc="risk_to_life", key="lamp", replies=3)
M("x", "@kg_mo", None, 34, "2026-10-04T07:52:10Z",
  "still there this morning. nobody's come",
  5, "Highways", "In this thread the short reply means the exposed-wire hazard reported yesterday is still unmade-safe after 24h: the danger persists, escalate.", esc="risk_to_life", parent="lamp")
M("x", "@queensbury_lou", None, 19, "2026-07-17T12:40:33Z",
  "@Brent_Council still there this morning. nobody's come",
  3, None, "Same words standalone: no context on what or where, so nothing to act on; web team replies asking what and where and points to the report form. Ambiguous with 1 (no particular consequence).")

# self-harm cue inside a moan thread
M("x", "@willesden_jay", "Jay", 188, "2025-12-17T20:14:02Z",
  "brent sending out council tax summonses a week before christmas. festive",
  1, "Finance", "Sarcastic moan with no case or request: monitor.", key="ctax", replies=2)
M("x", "@k_anon_nw2", None, 22, "2025-12-17T21:40:19Z",
  "honestly if the bailiffs turn up im done. won't be around to pay it anyway",
  5, "Finance", "Reply in a council tax moan thread that reads as a possible self-harm cue ('won't be around'): someone may be at risk, escalate, whatever the reach.", esc="self_harm", parent="ctax")

# ---------------------------------------------------------------- route 2: customer services
PCN = "@Brent_Council PCN BT27715409 for parking on Harrow Road at 7:40pm. The restriction sign is completely covered by a hedge, I have photos. Appealed online 5 weeks ago, heard nothing and now a letter says the discount has gone??"
M("x", "@ola_drives", "Ola B", 143, "2026-03-02T10:12:00Z", PCN, 2, "Parking",
  "Own case with a penalty-charge number and an unanswered appeal: 'a person requiring customer services' - Parking to look up the PCN.")
M("x", "@ola_drives", "Ola B", 143, "2026-03-05T09:01:00Z", PCN, 2, "Parking",
  "Exact repeat of the same PCN complaint by the same author three days later: same label, own case for Parking.")
M("x", "@harlesden_rita", "Rita", 96, "2026-01-29T14:22:08Z",
  "council tax account 60183347 has taken two direct debits this month (£168.40 x2). im on universal credit, that's my food money @Brent_Council please sort",
  2, "Finance", "Own council tax account with a reference and a double payment: Finance to look up and refund within 24h; hardship mentioned but no risk cue.")
M("facebook", "Agnieszka Nowak", "Agnieszka Nowak", 189, "2026-02-12T18:03:51Z",
  "Dzień dobry, od stycznia zniknęła mi zniżka dla osoby samotnej na council tax, a mieszkam sama od trzech lat. Numer konta 60284417. Dzwoniłam dwa razy, nikt nie odbiera. Co mam zrobić?",
  2, "Finance", "Polish: 'Since January my single person discount on council tax has disappeared although I have lived alone for three years. Account 60284417. I called twice, nobody answers. What should I do?' Own account case: Finance.", lang="pl")
M("facebook", "Hodan Abdi", "Hodan Abdi", 121, "2026-03-16T11:45:30Z",
  "Musqusha gurigayga waxay ka daadanaysaa laba toddobaad, biyuhu waxay gaaraan sagxadda. Saddex jeer ayaan soo wacay. Flat 22, Hillside, Stonebridge. Fadlan i caawiya.",
  2, "Housing", "Somali: 'My toilet has been leaking for two weeks, the water reaches the floor. I have called three times. Flat 22, Hillside, Stonebridge. Please help me.' Own housing repair with an address: Housing.", lang="so")
M("x", "@bryan_neasden", "Bryan", 77, "2026-04-07T07:15:29Z",
  "3rd week running my black bin on Dudden Hill Lane (no. 118) hasn't been emptied. Neighbours either side done. Reported it twice on the app @Brent_Council",
  2, "Environment", "'My bin' with a house number and previous reports: own case for Environment.")
M("x", "@kilburnsq_mum", "Aisha", 204, "2025-12-28T18:33:02Z",
  "no heating or hot water since friday, flat 7 kilburn square. 2 kids under 5 wrapped in coats. repairs line says 'priority' and nothing. @Brent_Council",
  2, "Housing", "Own repair (no heating) with an address: Housing as an emergency repair. Ambiguous with 5: young children without heat in winter could be read as a welfare risk, but it is framed as a service failure with the family at home.")
M("facebook", "Femi Adebanjo", "Femi Adebanjo", 318, "2026-01-19T09:48:41Z",
  "Case ref HRS-44821. Mould surveyor came in November, said the extractor needs replacing and the wall treating. Nothing since. Who is actually holding this job? 3rd floor, Cambridge Court, Kilburn.",
  2, "Housing", "Own damp case with a reference and address needing an officer to chase the works order: Housing.")
M("x", "@jt_queensbury", None, 55, "2026-05-11T13:10:12Z",
  "applied for my resident parking permit 3 weeks ago, paid £105, still says 'under review' and i got a ticket outside my own house yesterday. ref PRM-2291044",
  2, "Parking", "Own permit application with a reference and a resulting ticket: Parking to look up records.")
M("facebook", "Margaret Olsen", "Margaret Olsen", 64, "2026-06-09T10:26:17Z",
  "My husband's blue badge expires on the 30th and we sent the renewal forms in April with his new doctor's letter. We have heard nothing. He can't walk more than a few yards. Could someone please look at it, Olsen, 22 Salmon Street NW9.",
  2, "Parking", "Own blue badge renewal with name and address: customer services (Parking/blue badge team) to look up.")
M("x", "@shez_tokyngton", "Shez", 390, "2026-02-27T16:40:02Z",
  "housing benefit just stopped with no letter. landlord chasing rent. claim ref HB 7781423. been on hold 58 mins @Brent_Council",
  2, "Finance", "Own benefit claim with a reference: Finance (benefits) to look up the suspension.")
M("facebook", "Ravi Patel", "Ravi Patel", 233, "2026-03-03T20:19:44Z",
  "National offer day and my son has been given a school he didn't put on the list at all, 2 buses away, when we live 0.4 miles from Preston Manor. Application ref BRT-SEC-26-09912. How do we get on the waiting list and appeal? Genuinely stressed.",
  2, "Education", "Own admissions case with an application reference asking for an officer to look into the offer: Education (admissions). Part of it (how to appeal) is route 3 material, but the person needs a service.")
M("x", "@bookwormnw6", None, 118, "2026-05-27T15:06:59Z",
  "library card blocked for a £14 'lost' book I returned in March to Kilburn library. card no 2150 0098 7734. can someone check the returns trolley lol",
  2, "Libraries", "Own library account with a card number and a disputed charge: Libraries to check records.")
M("x", "@no_sleep_nw10", None, 36, "2026-07-25T02:47:13Z",
  "its 3am and the flat above (Flat 12, Hazel Road) is blasting music again. 5th night this week. ive reported it on the website 3 times what else do i have to do",
  2, "Regulatory Services", "Own recurring noise complaint with an address: noise team (Regulatory Services) to act on the case.")
M("facebook", "Chris Fenton", "Chris Fenton", 175, "2026-01-09T17:37:25Z",
  "Hit a massive pothole on Willesden Lane outside no. 212 last night in the dark, front tyre and rim gone, £240. How do I claim from Brent for this? Hole's still there btw, about 6 inches deep.",
  2, "Highways", "Own damage claim with a location: Highways (insurance claims) to act; the hole itself also needs inspecting.")
M("x", "@dollishill_em", "Emma", 88, "2025-12-04T17:02:48Z",
  "street light outside 41 Dudden Hill Lane has been out for 2 weeks, really dark walking home from the station. ref from the app: SL-309981",
  2, "Highways", "Specific street-light fault with a reference: Highways to chase. A dark street is not a risk to life here.")
M("x", "@annoyed_in_kenton", None, 47, "2026-07-30T12:11:05Z",
  "next door at 27 Woodcock Hill are putting a 2 storey extension right up to my fence, no notices, nothing on the planning portal. who do i report this to, it's going up FAST",
  2, "Planning", "A specific suspected breach at a named address affecting this person: Planning enforcement needs to open a case. Ambiguous with 3 ('who do I report this to' could be answered with a link).")
M("facebook", "Janet Bailey", "Janet Bailey", 102, "2026-04-14T09:30:11Z",
  "Paid £40 for a bulky waste collection (sofa and a wardrobe), booking BW-118273, for Saturday. Sat outside from 7am as instructed, no one came, and now it's been rained on. Can I get it rescheduled quickly please before the neighbours complain.",
  2, "Environment", "Own paid booking with a reference that was missed: Environment.")
M("linkedin", "Kwame Boateng", "Kwame Boateng", 512, "2026-09-02T10:45:00Z",
  "Hi Brent Council - I applied for the Business Support Officer role (ref BC-3318) and was invited to interview on 9 Sept, but the candidate portal now shows my application as 'withdrawn'. I haven't withdrawn. Could someone in recruitment check please?",
  2, "HR", "Own job application with a reference needing HR to look up records.")
M("x", "@DanielOkafor_", "Daniel Okafor", 689, "2026-05-06T19:22:30Z",
  "@Brent_Council Under the Freedom of Information Act please provide the number of penalty charge notices issued in the Wembley event day zone on each event day in 2025, and the total income. Thanks, Daniel Okafor",
  2, "Parking", "FOI request for recorded information; real name in profile and signed, so valid: route 2 to log it (Parking holds the data).", foi=True, foi_valid=True)
M("facebook", "Mariana Costa", "Mariana Costa", 143, "2026-08-11T12:14:39Z",
  "Ao abrigo da Lei de Liberdade de Informação (FOI), solicito o valor total gasto pelo Brent Council com alojamento temporário em hotéis no ano fiscal 2025/26, e o número de famílias alojadas. Resposta para: Mariana Costa, 18 Ealing Road, Wembley HA0 4TL.",
  2, "Housing", "Portuguese: 'Under the FOI Act I request the total spent by Brent Council on temporary accommodation in hotels in 2025/26 and the number of families housed. Reply to: Mariana Costa, 18 Ealing Road, Wembley HA0 4TL.' Valid FOI (name and postal address): log it.", lang="pt", foi=True, foi_valid=True)
M("facebook", "Sunil Varsani", "Sunil Varsani", 261, "2026-09-22T08:57:16Z",
  "Could Brent please provide, under FOI, the list of streets scheduled for resurfacing in 2026/27 and the budget for each. I'm on sunil.varsani@outlook.com. Many thanks, Sunil Varsani",
  2, "Highways", "FOI request signed with full name and an email address for correspondence: valid, route 2 to log (Highways).", foi=True, foi_valid=True)
M("x", "@leighton_gdns", None, 29, "2026-09-16T08:21:44Z",
  "USELESS. 3 WEEKS NO RECYCLING ON LEIGHTON GARDENS. YOU MUPPETS EVER GOING TO TURN UP OR WHAT",
  2, "Environment", "Abusive but with substance: a specific street's missed recycling over 3 weeks needs the service to act. Route 2 (own case) despite the tone.")
M("facebook", "Joyce Mensah", "Joyce Mensah", 58, "2026-10-27T11:09:20Z",
  "My mum is 84 and on the assisted collection list at 5 Tudor Gardens NW9. They've stopped taking her bins from the side passage and leave them at the back door, so they aren't emptied. She can't wheel them out. This has happened 3 times now.",
  2, "Environment", "Own assisted-collection case with an address: Environment. Not an adult-at-risk matter, just a failing service.")
M("x", "@parkroyal_grill", "Park Royal Grill", 1420, "2026-06-30T14:50:31Z",
  "Our street trading licence renewal (app ref STL-26-0443) was submitted 6 weeks ago and we're trading on a lapsed licence from Monday. Nobody answers licensing@. Can someone help a small business here @Brent_Council",
  2, "Regulatory Services", "A business's own licence application with a reference: Regulatory Services (licensing) to look up.")
M("x", "@karenbrondesbury", "Karen", 165, "2026-11-12T21:03:35Z",
  "paid my PCN on your website, card charged £65, then it errored and now I've had a charge certificate for £130. PCN BT29901177 @Brent_Council",
  2, "Parking", "Own PCN with number and a payment that failed to register: Parking needs to reconcile the record. Ambiguous with 3 (website fault) but the case needs an officer.")

# ---------------------------------------------------------------- route 3: web team responds
M("x", "@kingsbury_nan", None, 73, "2026-03-23T09:40:18Z",
  "what day is recycling now in Kingsbury after the changes? my calendar says wednesday and the man next door says friday",
  3, "Environment", "General 'when' question answered by the published collection-day lookup: web team signposts.")
M("facebook", "Hasmukh Shah", "Hasmukh Shah", 84, "2025-12-19T10:12:40Z",
  "નાતાલના અઠવાડિયામાં કચરાની ગાડી કયા દિવસે આવશે? કેન્ટનમાં અમારો દિવસ ગુરુવાર છે.",
  3, "Environment", "Gujarati: 'Which day will the bin lorry come in Christmas week? Our day in Kenton is Thursday.' General question answered by the published holiday collection dates.", lang="gu")
M("facebook", "Kavitha Raman", "Kavitha Raman", 112, "2026-01-31T19:26:05Z",
  "வெம்பிளி நூலகம் ஞாயிற்றுக்கிழமை திறந்திருக்குமா? குழந்தைகளுக்கான கதை நேரம் எப்போது?",
  3, "Libraries", "Tamil: 'Is Wembley library open on Sunday? When is the children's story time?' General opening-hours question: web team answers with the library page.", lang="ta")
M("x", "@reza_kilburn", "Reza", 140, "2026-07-03T16:31:27Z",
  "سلام، برای مهمانم که از ایران میاد چطور باید مجوز پارک موقت (visitor permit) بگیرم؟ ما در کیلبرن هستیم. @Brent_Council",
  3, "Parking", "Farsi: 'Hi, how do I get a temporary parking (visitor) permit for my guest coming from Iran? We are in Kilburn.' How-to question answered by the visitor permits page.", lang="fa")
M("facebook", "Lucía Fernández", "Lucía Fernández", 67, "2026-05-18T12:50:14Z",
  "Hola, ¿dónde puedo llevar un colchón viejo? No tengo coche. Vivo en Harlesden. ¿El ayuntamiento lo recoge?",
  3, "Environment", "Spanish: 'Hi, where can I take an old mattress? I have no car. I live in Harlesden. Does the council collect it?' General question: signpost bulky waste collection.", lang="es")
M("x", "@kensalrise_reader", None, 260, "2026-09-09T08:44:12Z",
  "is it true Brent are closing Kensal Rise library AGAIN?? someone in the WhatsApp group said it's in the budget papers",
  3, "Libraries", "'Is it true' rumour about a well-understood issue: web team corrects or signposts the budget consultation. Ambiguous with 4 if a wider conversation grows.")
M("x", "@tired_of_forms", None, 52, "2026-10-14T22:18:50Z",
  "@Brent_Council your 'report a pothole' page just spins forever on the map bit. tried chrome and safari. so I can't report it lol",
  3, "Web", "A fault on the website: web team responds and fixes/forwards; route 3 per Appendix A.")
M("x", "@harrowweald_pete", None, 81, "2026-04-20T10:06:37Z",
  "@Brent_Council bins not collected on Long Elmes in Harrow Weald again, 2nd time this month",
  3, None, "Mention meant for another council (Harrow Weald is in Harrow): web team replies pointing to Harrow Council. Other councils' matters take no Brent department.")
M("x", "@wembleywatcher", "WW 🏟️", 1260, "2026-01-12T13:36:21Z",
  "@Brent_Council how much did the council spend on the Wembley Park Christmas light switch-on event in 2025? Please provide the breakdown.",
  3, "Communications", "A request for recorded information (FOI) but from a pseudonymous account with no real name or address: invalid - web team explains how to make a valid request.", foi=True, foi_valid=False)
M("facebook", "Dave", "Dave", 45, "2026-02-23T20:41:09Z",
  "Please provide the number of damp and mould complaints recorded by Brent Housing in 2025, broken down by ward. Thanks, Dave",
  3, "Housing", "FOI request (recorded information) signed with a first name only and no address: invalid - route 3, web team explains how to request validly.", foi=True, foi_valid=False)
M("x", "@nw9_jules", None, 28, "2026-06-15T09:12:30Z",
  "how do I report fly tipping? theres a pile of carpet at the end of our alley",
  3, "Environment", "'How do I report' general question: web team signposts the fly-tipping form. Ambiguous with 2 (no location given, so nothing an officer can act on yet).")
M("x", "@new_to_brent", None, 14, "2026-04-01T11:58:03Z",
  "just moved to Alperton, how do i set up council tax and can I pay monthly??",
  3, "Finance", "General how-to question answered by published information (moving in, instalments).")
M("facebook", "Olu Ogun", "Olu Ogun", 210, "2026-05-30T15:02:55Z",
  "Where do you take half tins of paint in Brent? The tip at Abbey Road?",
  3, "Environment", "General 'where' question: signpost the reuse and recycling centre rules.")
M("x", "@nflfan_jo", None, 301, "2026-10-08T18:25:47Z",
  "@Brent_Council are the event day parking restrictions on for the NFL game Sunday? staying with my sister in Tokyngton",
  3, "Parking", "General event-day question answered by published event-day zone information.")
M("facebook", "Zainab Hussein", "Zainab Hussein", 156, "2025-12-02T20:33:29Z",
  "When is the deadline for reception applications for September 2026? My nursery said January but my friend says it's already passed 😬",
  3, "Education", "General 'when' question about admissions dates: web team signposts (15 January deadline page).")
M("facebook", "Brenda Cole", "Brenda Cole", 88, "2026-03-11T18:20:42Z",
  "Got a text saying 'Brent Council: you are owed a council tax refund of £312.50, claim here' with a link. Is this you or a scam? Don't want to click it.",
  3, "Finance", "'Is this you' confusion about a likely scam text: web team responds with the scam warning. Ambiguous with 5 if it turns out to be a widespread impersonation campaign.")
M("linkedin", "Tariq Hassan", "Tariq Hassan", 340, "2026-01-15T08:30:00Z",
  "Does Brent Council run apprenticeships for 2026? My son finishes college in June and is interested in IT. Where would they be advertised?",
  3, "HR", "General jobs question: signpost the council's apprenticeships page.")
M("facebook", "Celia Wright", "Celia Wright", 39, "2025-12-22T13:07:31Z",
  "Is the Civic Centre open between Christmas and New Year? Need to hand in some documents for my housing application",
  3, "Communications", "General opening-times question answered by the published holiday opening hours; no officer action needed.")
M("instagram", "@gladstoneparkmums", "Gladstone Park Mums", 2300, "2026-05-08T11:33:26Z",
  "Quick q for @brentcouncil - do we need a permit to do a kids' birthday picnic with a gazebo in Gladstone Park? About 25 people. Don't want to get told off 😅",
  3, "Environment", "General 'do I need' question about park events answered by the parks bookings page.")

# ---------------------------------------------------------------- route 4: service conversations
M("facebook", "Willesden Green Residents' Association", "Willesden Green Residents' Association", 1840, "2026-04-09T18:00:12Z",
  "The council's consultation on the Healthy Streets trial (Walm Lane / Chatsworth Road area) closes on 30 April. Several members have said the filter on Chatsworth Road is pushing traffic onto Anson Road and Walm Lane at school run time. Others love the quieter streets. Please add your views below - we'll pull them together for our formal response and ask Brent's highways team to come to the May meeting.",
  4, "Highways", "A live consultation with several residents discussing one scheme: service conversation - web team gets Highways officers to join.", key="hs", replies=3, likes=54)
M("facebook", "Tola Adebayo", "Tola Adebayo", 130, "2026-04-09T19:22:40Z",
  "Anson Road is basically a car park at 8am now and my two walk that way. Also the traffic counts Brent published were done in August when the schools were off?!",
  4, "Highways", "Critical contribution to the ongoing consultation thread (questions the data): route 4, Highways to engage.", parent="hs")
M("facebook", "Gary Doyle", "Gary Doyle", 23, "2026-04-10T07:44:58Z",
  "lol as if they listen. consultation = decision already made",
  1, None, "Cynical one-liner inside the consultation thread with no substance: monitor. Ambiguous with 4 (it is part of the conversation the officers will join anyway).", parent="hs")

M("x", "@churchend_watch", "Church End Watch", 720, "2026-03-14T10:15:07Z",
  "Corner of Church Road and Eric Road again. Mattresses, a fridge, builders' bags. Every weekend since October @Brent_Council. Cameras were promised at the ward forum in the autumn",
  4, "Environment", "A recurring fly-tipping hotspot raised by a local group, with others joining in below: a specific ongoing conversation for the Environment/enforcement team.", key="ft", replies=2, likes=31)
M("x", "@mayo_rd_ellie", None, 140, "2026-03-14T11:02:55Z",
  "@churchend_watch same white transit dumps by the garages on Mayo Road, I've got the plates on my doorbell cam if the council actually want them",
  4, "Environment", "Adds evidence to the hotspot discussion: route 4, enforcement officers should join.", key="ft2", parent="ft", replies=1)
M("x", "@churchend_watch", "Church End Watch", 720, "2026-03-14T12:30:19Z",
  "@mayo_rd_ellie the cllr told the forum the cameras were going up in January. it's March. we'll keep posting every weekend till someone answers",
  4, "Environment", "Author's own follow-up showing the conversation is ongoing: route 4.", parent="ft2")

M("facebook", "Alperton Matters", "Alperton Matters", 2650, "2026-07-13T17:48:22Z",
  "Planning application 26/1183 for the 26-storey block on the old builders' yard by the canal - comments close Friday. Anyone been to the drop-in at the community centre? A lot of us are worried the towpath will be in shadow all afternoon and there's still no GP surgery for the last three towers.",
  4, "Planning", "Community group hosting discussion of a live planning application: ongoing conversation for Planning officers to join.", key="alp", replies=2, likes=76)
M("facebook", "Nirmala Jeyakumar", "Nirmala Jeyakumar", 48, "2026-07-13T19:10:36Z",
  "I went Tuesday. The planning officer was helpful but the daylight study only models June 21st. Asked about winter and she said she'd find out. Will post when I hear.",
  4, "Planning", "Part of the live planning discussion, with an officer follow-up pending: route 4.", parent="alp")

M("facebook", "Kingsbury & Queensbury Community", "Kingsbury & Queensbury Community", 5100, "2026-05-12T09:20:48Z",
  "Garden waste since the new rounds started in April - who else is being missed? Trying to get a picture road by road before we take it to Brent. So far: Slough Lane, Roe Green, Princes Avenue, Hay Lane. Please comment with your road and how many weeks.",
  4, "Environment", "A community group collecting experiences of one service change across many roads: a specific ongoing conversation for the waste team to join.", key="gw", replies=2, likes=40)
M("facebook", "Sheila Moran", "Sheila Moran", 27, "2026-05-12T10:02:14Z",
  "Same on our road, third week running 🙄",
  4, "Environment", "In this thread the one-liner is a data point in an ongoing service conversation about garden-waste rounds: route 4 with the thread.", parent="gw")
M("x", "@grumpy_nw9", None, 61, "2026-08-21T18:09:10Z",
  "Same on our road, third week running 🙄",
  1, None, "The same words standalone: no service, road or council named, no request - a moan of no particular consequence; monitor.")

M("facebook", "Queen's Park Area Residents", "Queen's Park Area Residents", 1330, "2026-02-05T09:12:33Z",
  "Following on from last night's meeting about the proposed CPZ extension to Harvist Road and the streets north of the park: as several of you said, the 8.30-6.30 hours make no sense for a zone that's full only on match days and weekends. We've put the main points below and invited Brent's parking team to respond here before the consultation closes.",
  4, "Parking", "Post showing an ongoing conversation (meeting, live consultation, group response) about one parking scheme: route 4, Parking officers to join.", likes=22, replies=11)
M("facebook", "Friends of Harlesden Library", "Friends of Harlesden Library", 870, "2026-09-24T13:40:50Z",
  "Thank you to everyone who came on Saturday. Picking up the two points people kept coming back to: the proposed Thursday evening closure would hit the homework club, and nobody understood whether the 'community managed' option means volunteers run the counter. We've asked the libraries team to answer in this thread.",
  4, "Libraries", "An ongoing community discussion of a specific library proposal: service conversation for Libraries. Ambiguous with 5 if closure becomes a borough-wide row.", likes=35, replies=9)
M("x", "@mora_parents", "Mora Primary Parents", 415, "2026-11-03T09:05:28Z",
  "Day 3 of the School Street at Mora Rd. Still 6 cars at the gate at 8.40 this morning, one driver shouting at the volunteer. Parents in the group chat split 50/50 on whether the camera will fix it. @Brent_Council when does enforcement actually start?",
  4, "Highways", "Ongoing parent discussion of one scheme (School Street) with a question on enforcement: route 4 for Highways. Ambiguous with 3 (the start date is published).", likes=18, replies=6)
M("mastodon", "@urbanist_nw2@mastodon.social", "Hetty P.", 1120, "2026-10-22T20:11:42Z",
  "Continuing yesterday's thread on the Brent Local Plan review: I've now read the site allocations for Neasden. The tall-building zone has quietly grown along the North Circular. Several of you asked whether the Reg 18 consultation lets us comment on individual sites - it does, and I'd love planning policy officers to explain the heights rationale here.",
  4, "Planning", "An explicit continuation of an ongoing discussion about a live consultation: route 4, Planning policy officers to join.", likes=27, replies=8, reposts=6)

# ---------------------------------------------------------------- route 1: monitor
M("x", "@OilDeskDaily", "Oil Desk Daily", 88300, "2026-03-04T07:31:05Z",
  "Brent crude up 2.4% to $78.10 in early Asia trade as OPEC+ signals delay to output hike. WTI follows. #oil #Brent",
  1, None, "Keyword noise: Brent crude oil price.", verified=True)
M("x", "@shopaholic_ella", None, 402, "2026-11-28T14:22:19Z",
  "brent cross on a black friday was a MISTAKE. 40 mins to get out of the car park 😭",
  1, None, "Keyword noise: Brent Cross shopping centre (Barnet).")
M("x", "@BeesTillIDie", None, 1900, "2026-01-24T17:05:33Z",
  "Brentford 2-1 and the Gtech is bouncing. BEES BEES BEES 🐝 #BrentfordFC",
  1, None, "Keyword noise: Brentford FC.")
M("facebook", "Tasha Green", "Tasha Green", 310, "2026-07-19T10:18:24Z",
  "Happy 40th birthday to my big brother Brent!! 🎉🎂 love you loads, see you at the bbq",
  1, None, "Keyword noise: a person called Brent.")
M("x", "@officequotes_uk", "Office Quotes", 14200, "2026-02-14T12:00:00Z",
  "\"Would I rather be feared or loved? Easy. Both.\" - David Brent, still undefeated",
  1, None, "Keyword noise: David Brent quote.")
M("x", "@perivale_paul", None, 130, "2026-09-30T19:47:11Z",
  "Ealing closing Perivale library. for once glad my mum is over the border in Brent lol",
  1, None, "Another borough's matter with a passing Brent mention: monitor.")
M("facebook", "Hyacinth Brown", "Hyacinth Brown", 58, "2026-02-17T15:33:09Z",
  "Just want to say the young man at Harlesden library who helped me for an hour with my universal credit journal on the computer was so patient. Thank you Brent libraries, you don't hear it enough.",
  1, "Libraries", "Praise and thanks: monitor; no action beyond passing on thanks.")
M("x", "@wembley_tariq", "Tariq", 240, "2026-06-21T08:11:40Z",
  "کل رات کنسرٹ کے بعد صبح سات بجے تک ومبلے پارک کی سڑکیں بالکل صاف تھیں۔ صفائی والے عملے کا بہت شکریہ 👏 @Brent_Council",
  1, "Environment", "Urdu: 'After last night's concert the Wembley Park streets were completely clean by seven in the morning. Many thanks to the cleaning crew.' Praise: monitor.", lang="ur")
M("facebook", "Meena Joshi", "Meena Joshi", 190, "2026-11-10T20:26:14Z",
  "नीसडन की आग में जिन परिवारों का घर गया, उनके लिए दुआएं 🙏 उम्मीद है सबको जल्दी रहने की जगह मिल जाएगी",
  1, "Emergency Planning", "Hindi: 'Prayers for the families who lost their homes in the Neasden fire; hope everyone finds somewhere to stay soon.' Sympathy with no request: monitor.", lang="hi")
M("x", "@sarky_sudbury", None, 310, "2026-04-22T11:30:54Z",
  "love how Brent suddenly finds the money to fix every pothole on Watford Road two weeks before an election 👏👏 coincidence im sure",
  1, "Highways", "Sarcasm with no case or request, low reach: monitor (do not take a political standpoint).")
M("x", "@nw10_kid", None, 19, "2026-01-08T08:03:02Z",
  "bins?? again",
  1, "Environment", "Very short moan, no address or case: monitor. Ambiguous with 3 (could reply pointing to the report form).")
SPAM = "🚀💰 Brent residents: turn £250 into £8,000 in 7 days with our AI crypto bot!! Council approved ✅ DM now, limited spots 👉 bit.ly/brnt-cash"
M("x", "@cryptowealth_7782", "Crypto Wealth", 12, "2026-02-20T03:14:15Z", SPAM, 1, None,
  "Spam (crypto scam) using the borough's name: no action beyond monitoring/reporting the account.")
M("x", "@cryptowealth_7782", "Crypto Wealth", 12, "2026-02-20T03:44:15Z", SPAM, 1, None,
  "Exact repeat of the same spam by the same account: same label, monitor.")
M("x", "@BrentGreensNW", "Brent Green Party activists", 1650, "2026-04-30T17:40:12Z",
  "7 days to go. Brent deserves clean air, safe streets and a council that listens. Vote Green on 7 May 💚 #BrentElections2026",
  1, None, "Party-political campaigning with no specific council matter or candidate speaking about a service: monitor; the council must not engage politically.")
M("x", "@anon_94413", None, 12, "2026-08-07T23:55:20Z",
  "brent council are a bunch of clowns 🤡🤡🤡",
  1, None, "Low-reach abuse with no substance: monitor.")
M("x", "@sprinterDK", "Dele K", 912000, "2026-06-06T22:48:31Z",
  "Wembley tonight 🔥🔥 Brent you beauty, see you next year",
  1, None, "A very large account saying something of no consequence: monitor.", verified=True)
M("x", "@moaning_mo", None, 140, "2026-03-18T16:02:37Z",
  "how many times do I have to ring this council before anything happens. rhetorical question obviously",
  1, None, "Looks like a question but is a rhetorical jibe: not an FOI and no case - monitor.")
M("x", "@willesden_wit", None, 515, "2026-08-19T13:14:48Z",
  "how much are brent paying the consultants who designed the new Willesden one-way system? asking for literally everyone stuck on it lol",
  1, "Highways", "Phrased like a spending question but a joking jibe ('asking for everyone') from a pseudonym: not treated as an FOI; monitor. Ambiguous with 3 (web team could point to published spend data).")
M("rss", "Kensal Green Ramblings (blog)", None, None, "2026-10-11T09:00:00Z",
  "Among the Catacombs: a winter walk through Kensal Green Cemetery - ... the path from the Harrow Road gate, past the Ducrow mausoleum, is muddy after the rain; the council-run verge at the west end has been left wild this year, which the birds seem to approve of...",
  1, None, "Blog excerpt with a passing, neutral council mention: monitor.")
M("youtube", "Ngozi E", "Ngozi E", None, "2026-01-27T12:30:42Z",
  "thank you for this video, finally understood how to book the bulky waste online 👍",
  1, "Environment", "Thanks on a council how-to video: monitor.")
M("bluesky", "@ruthie.bsky.social", "Ruth", 380, "2026-05-16T16:25:14Z",
  "Brent's new street tree by our house got a little knitted jumper from someone on the road 🧶 peak Willesden",
  1, None, "Positive chatter: monitor.")

# ---------------------------------------------------------------- serialise
def pid(i, platform):
    n = f"{i:04d}"
    return {
        "x": f"{PREFIX}{n}{random.randint(10**8, 10**9 - 1)}",
        "mastodon": f"{PREFIX}{n}{random.randint(10**7, 10**8 - 1)}",
        "facebook": f"1029384756_{PREFIX}{n}{random.randint(1000, 9999)}",
        "bluesky": f"3m{PREFIX}{n}q{random.randint(100, 999)}",
        "instagram": f"C{PREFIX}{n}xk{random.randint(10, 99)}",
        "youtube": f"Ugz{PREFIX}{n}AaABAg",
        "linkedin": f"urn:li:activity:{PREFIX}{n}{random.randint(10**6, 10**7 - 1)}",
        "rss": f"https://feeds.example.org/item/{PREFIX}-{n}",
    }[platform]

keys, recs = {}, []
for i, it in enumerate(ITEMS, 1):
    it["pid"] = pid(i, it["platform"])
    if it["key"]:
        keys[it["key"]] = it
child_count = {}
for it in ITEMS:
    if it["parent"]:
        child_count[it["parent"]] = child_count.get(it["parent"], 0) + 1

import unicodedata
def handle_of(it):
    h = unicodedata.normalize("NFKD", it["handle"]).encode("ascii", "ignore").decode()
    return it["handle"] if it["handle"].startswith("@") else "@" + h.lower().replace(" ", "").replace("'", "").replace("&", "and")

rng = random.Random(10)
for it in ITEMS:
    root = it
    while root["parent"]:
        root = keys[root["parent"]]
    is_thread = bool(it["key"] or it["parent"])
    n_children = child_count.get(it["key"], 0) if it["key"] else 0
    replies = it["replies"] if it["replies"] is not None else (0 if it["parent"] else rng.choice([0, 0, 0, 1, 2]))
    replies = max(replies, n_children)
    likes = it["likes"] if it["likes"] is not None else rng.choice([0, 0, 1, 2, 3, 5, 8, 14])
    reposts = it["reposts"] if it["reposts"] is not None else rng.choice([0, 0, 0, 1, 2])
    recs.append({
        "platform": it["platform"], "platform_id": it["pid"], "author_handle": handle_of(it),
        "author_name": it["name"], "author_followers": it["followers"], "author_verified": it["verified"],
        "text": it["text"], "created_at": it["when"],
        "reply_to_id": keys[it["parent"]]["pid"] if it["parent"] else None,
        "thread_id": root["pid"] if is_thread else None,
        "replies": replies, "likes": likes, "reposts": reposts, "language": None,
        "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"], "foi_valid": it["foi_valid"],
                  "escalate_reason": it["esc"], "reason": it["reason"], "language": it["lang"]},
        "provenance": "written"})

# shuffle, then emit each reply only after its parent (deferred replies follow their parent)
order = recs[:]
random.Random(468101).shuffle(order)
out, done, waiting = [], set(), {}
for r in order:
    p = r["reply_to_id"]
    if p and p not in done:
        waiting.setdefault(p, []).append(r); continue
    stack = [r]
    while stack:
        x = stack.pop(0)
        out.append(x); done.add(x["platform_id"])
        stack.extend(sorted(waiting.pop(x["platform_id"], []), key=lambda y: y["created_at"]))
assert len(out) == len(recs) and not waiting
with open(OUT, "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "written to", OUT)
