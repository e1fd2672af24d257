#!/usr/bin/env python3
"""Writer U, set v12: 110 hand-written, hand-labelled mentions of Brent Council.
Texts and labels are written by hand below; this script only assigns ids, resolves thread links,
shuffles (keeping every reply after its parent) and serialises to part-U.jsonl."""
import json, random, os

PREFIX = "64208"
rng = random.Random(64208110)
ITEMS = []


def m(key, platform, handle, name, followers, text, created, route, dept, reason, lang="en",
      foi=False, foi_valid=None, esc=None, verified=False, replies=0, likes=0, reposts=0,
      reply_to=None, thread=None):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers,
                      verified=verified, text=text, created=created, route=route, dept=dept, foi=foi,
                      foi_valid=foi_valid, esc=esc, reason=reason, lang=lang, replies=replies,
                      likes=likes, reposts=reposts, reply_to=reply_to, thread=thread))


# ---------------------------------------------------------------- route 5: escalate
m("kids_alone", "facebook", "@shaz.k.mum", "Shazia K", 212,
  "Dont know if this is the right place but here goes. The two little ones upstairs (think theyre about 4 and 6) "
  "have been on their own most of this week, mum goes out early and comes back after midnight. Last night the "
  "small one was on the landing in just a vest asking me for bread. I made them toast. I dont want to get anyone "
  "in trouble but its not right is it. Chalkhill side of Wembley Park. @Brent Council",
  "2026-01-22T23:47:10Z", 5, None,
  "Two young children left alone for days, one hungry on the landing at night: a child possibly at risk, escalate "
  "whatever the follower count (children's social care, none of the listed departments).",
  esc="child_safeguarding", replies=9, likes=14)

m("gu_neighbour", "facebook", "@mehta.nayna", "Nayna Mehta", 88,
  "અમારી બાજુના ફ્લેટમાં રહેતા બા (૮૨ વર્ષના) ને ત્રણ દિવસથી જોયા નથી. દરવાજા બહાર દૂધની બોટલો પડી છે, ટપાલ "
  "પણ ભેગી થઈ છે, ફોન કરીએ તો કોઈ ઉપાડતું નથી. Kingsbury Road પરના ફ્લેટ છે. એમનો દીકરો અમેરિકા રહે છે. "
  "Brent Council માં કોને જાણ કરવી? બહુ ચિંતા થાય છે 🙏",
  "2026-02-09T10:15:33Z", 5, None,
  "Gujarati: 'We haven't seen the 82-year-old lady next door for three days; milk bottles and post piling up at "
  "her door, she doesn't answer the phone; flats on Kingsbury Road; her son lives in America; whom do we tell at "
  "Brent Council?' Someone not seen for days, possible risk to life: escalate (welfare check, no listed department).",
  lang="gu", esc="person_not_seen", replies=4, likes=11)

m("ceiling_light", "x", "@dwayne_stonebridge", "D.", 340,
  "@Brent_Council water is literally pouring out of the light fitting in our hallway ceiling and the light is "
  "still on, it's crackling. Rang repairs at 7, on hold 40 mins then cut off. Kids asleep in the next room. "
  "Stonebridge, your block, your problem??",
  "2025-12-14T07:52:18Z", 5, "Housing",
  "Water running through a live light fitting with children in the flat is a risk to life (electrics + flood), "
  "not an ordinary repair: escalate now, even though it also has a repairs case behind it.",
  esc="risk_to_life", replies=3, likes=6, reposts=2)

m("gas_walkway", "x", "@lola_ayo", "Lola", 57,
  "smells like gas all along the 3rd floor walkway on our block in South Kilburn and its been like that since "
  "last night. someone said they already reported it?? nobody's come. @Brent_Council is anyone actually coming",
  "2026-11-03T21:18:40Z", 5, "Housing",
  "Persistent gas smell on a council block walkway overnight with nobody attending: risk to life; escalate (and "
  "point to the gas emergency line) regardless of the 57 followers.",
  esc="gas_leak", replies=2, likes=3)

m("rough_sleeper", "x", "@harlesden_hana", "Hana", 410,
  "The older guy who sleeps in the doorway by the old bank on Harlesden High St hasn't moved since this morning. "
  "Blanket soaked through. It's meant to go to -4 tonight. I tried talking to him and he just mumbled. "
  "@Brent_Council who do I call, is there a van or something",
  "2026-01-08T18:40:02Z", 5, "Housing",
  "Rough sleeper unresponsive and wet before a sub-zero night: a person at risk, escalate (homelessness outreach "
  "sits with Housing); phrased as a 'who do I call' question but the situation needs action, not signposting.",
  esc="rough_sleeper_risk", replies=5, likes=22, reposts=4)

m("selfharm_eviction", "x", "@jayyy_nw10", None, 23,
  "got the eviction notice today for the TA flat. 3rd move in 2 yrs. honestly tired of all of it, dont think "
  "ill be around to see the bailiffs so @Brent_Council can have the keys back early",
  "2026-03-17T01:12:55Z", 5, "Housing",
  "Indirect self-harm cue ('don't think I'll be around') at 1am from a resident facing eviction from temporary "
  "accommodation: someone may be at risk, escalate at once despite the tiny audience.",
  esc="self_harm", replies=1, likes=2)

m("death_mould", "facebook", "@ade.okafor", "Adaeze Okafor", 530,
  "I'm posting this because I don't know what else to do.\n\nMy uncle Emeka passed away last month in his flat in "
  "Stonebridge. He was 67 and had COPD. For two years we reported the black mould in his bedroom to Brent "
  "housing. There are emails, there are photos, there are reference numbers. Twice someone came, sprayed the wall "
  "and left. The coroner's officer asked us about the damp.\n\nNobody from the council has even called us. We are "
  "not after money. We want someone to explain why nobody came.\n\nPlease share.",
  "2026-05-26T19:30:21Z", 5, "Housing",
  "A death the family links to unremedied damp and mould in a council flat, with a coroner involved and a call to "
  "share: controversial, reputation-threatening, escalate to communications and Housing.",
  esc="death", replies=46, likes=310, reposts=180, thread="death_mould")

m("death_sympathy", "facebook", "@marcia.b.1961", "Marcia Brown", 140,
  "So sorry for your loss Adaeze. Sharing. RIP uncle Emeka 🙏🕊️",
  "2026-05-26T20:04:47Z", 1, None,
  "Sympathy and a reshare inside a thread that is already escalated; nothing new for the council to act on.",
  likes=12, reply_to="death_mould", thread="death_mould")

m("data_breach", "x", "@kp_accountant", "Kiran Patel", 690,
  "Opened my council tax reminder from @Brent_Council this morning and the second page is someone else's - full "
  "name, address in Queensbury, their account number and what they owe. I've not done anything with it but this "
  "is pretty bad?",
  "2026-04-14T08:03:12Z", 5, "Finance",
  "Another resident's personal and financial data sent to the wrong person: a data breach, escalate (Finance and "
  "the data protection officer), even though written calmly.",
  esc="data_breach", replies=6, likes=19, reposts=5)

m("desk_discrimination", "facebook", "@farhiya.a", "Farhiya Abdi", 140,
  "Took my mum to the Civic Centre on Tuesday to sort her housing form. The man at the desk kept talking to me and "
  "not to her, and when she tried in her English he laughed and said 'we're not here to translate for everyone "
  "who turns up'. She went home and cried. She has lived in Brent 28 years. Is this how you treat people??",
  "2026-06-11T17:22:09Z", 5, "HR",
  "Alleged demeaning treatment of an older resident by front-desk staff because of her language: discrimination by "
  "staff, escalate (HR/conduct); the housing form itself is secondary (ambiguous with 2 for that part).",
  esc="discrimination_by_staff", replies=27, likes=88, reposts=15)

m("threat_warden", "x", "@MoTheMechanic", "Mo", 95,
  "to the warden who did me on Ealing Road at 9:58 when the bay opens at 10, I've got your face on my dashcam. "
  "you walk past my shop every day. lets see how brave you are next time",
  "2026-07-02T10:31:44Z", 5, "Parking",
  "Veiled threat against a named-by-description civil enforcement officer who passes the author's shop daily: "
  "threat to staff, escalate; the PCN dispute is secondary.",
  esc="threat_to_staff", replies=4, likes=7)

m("legal_disrepair", "x", "@Lindiwe_M", "Lindiwe Moyo", 402,
  "Final time asking. Leak into my kitchen since Feb, ref HSG/44120, 4 visits booked & missed. My solicitor is "
  "sending a letter of claim under the housing disrepair protocol this week. @Brent_Council you've had every chance.",
  "2026-08-19T12:05:30Z", 5, "Housing",
  "Explicit legal threat (letter of claim for disrepair): escalate; ambiguous with 2 because it is also her own "
  "repair case with a reference.",
  esc="legal_threat", replies=2, likes=9, reposts=1)

m("van_dumping", "instagram", "@kingsbury.walks", "Kingsbury Walks", 1200,
  "Filmed this at 6am by the Welsh Harp — a van with council livery tipping black bags into the hedge at the back "
  "of the car park. Same van two Saturdays running. Not a good look @brentcouncil 👀 #welshharp #flytipping",
  "2026-06-20T08:14:00Z", 5, "Environment",
  "Video alleging a council (or contractor) vehicle is fly-tipping: alleged misconduct with evidence on a public "
  "account, escalate to Environment and communications.",
  esc="misconduct", replies=31, likes=540)

m("journo_foi", "x", "@ellie_reports", "Eleanor Grant", 1480,
  "Hi @Brent_Council, I'm a reporter at the Brent & Kilburn Times. Could you tell me how many households were "
  "placed in B&B accommodation for more than six weeks in 2025, and how many of those had children? Happy for "
  "this to be handled as an FOI request if that's easier. Thanks!",
  "2026-02-03T11:40:27Z", 5, "Housing",
  "Polite request for recorded figures from a named reporter at a local paper: a valid FOI (real name in "
  "profile), but per the rule a journalist's request goes to 5 (press office + FOI log).",
  foi=True, foi_valid=True, esc="journalist", replies=1, likes=4)

m("media_eventday", "bluesky", "@samokoro.bsky.social", "Sam Okoro", 310,
  "Freelance, writing for OnLondon about event-day parking round Wembley. Would like to speak to someone at Brent "
  "Council about how the zone boundaries were drawn & whether they change for the 2026 season. Who handles press?",
  "2026-03-24T14:22:51Z", 5, "Parking",
  "Neutral media enquiry from a freelance journalist naming the outlet, small following: journalists on a council "
  "matter are escalated to communications even when polite.",
  esc="media_enquiry", likes=3)

m("cllr_foodwaste", "x", "@CllrRehanaK", "Cllr Rehana Khatun", 2900,
  "Third week running that Mapesbury residents have had no food waste collection. I've raised it with officers "
  "twice. Residents deserve better than this — @Brent_Council please put out an update today.",
  "2026-09-08T09:14:06Z", 5, "Environment",
  "A ward councillor publicly criticising a service: influential author on a council matter, escalate to "
  "communications with Environment.",
  esc="councillor", replies=12, likes=47, reposts=9)

m("mp_mould", "x", "@NazRahmanMP", "Naz Rahman MP", 48000,
  "My caseworkers have had 30+ emails this month alone from Brent council tenants with mould in children's "
  "bedrooms. I've written to the Chief Executive. These families cannot wait another winter. @Brent_Council",
  "2025-12-05T16:20:00Z", 5, "Housing",
  "MP with a large audience criticising the council's housing service: highly influential, escalate.",
  esc="mp", verified=True, replies=140, likes=1900, reposts=620)

m("candidate_library", "facebook", "@ThompsonForKenton", "Gareth Thompson – Kenton candidate", 1100,
  "Knocked on 200 doors in Kenton this weekend and the number one issue was the plan to cut Kingsbury library's "
  "hours. Brent Council call it a 'consultation' — residents call it a done deal. I'll fight it. Vote 7 May.",
  "2026-04-12T20:00:15Z", 5, "Libraries",
  "Election candidate campaigning on a council service during the pre-election period: influential/political "
  "author on a council matter, escalate (communications, careful of purdah); not for a web-team reply.",
  esc="candidate", replies=38, likes=160, reposts=22)

m("viral_hearse", "x", "@nw_london_unfiltered", "NW London Unfiltered", 186000,
  "This is Brent parking enforcement ticketing a HEARSE outside a funeral at Willesden New Cemetery while the "
  "family are literally carrying the coffin 🤯 video sent in by a follower",
  "2026-06-27T14:02:38Z", 5, "Parking",
  "Video going viral against a service, posted by a very large verified account: reputational risk, escalate.",
  esc="viral_video", verified=True, replies=1900, likes=24000, reposts=8700, thread="viral_hearse")

m("viral_reshare", "x", "@tunde_o", "Tunde", 77,
  "@nw_london_unfiltered absolutely disgusting. everyone share this 👇",
  "2026-06-27T14:40:11Z", 1, None,
  "Low-reach reshare of a post that is already escalated; monitor only.",
  likes=5, reposts=2, reply_to="viral_hearse", thread="viral_hearse")

m("crowd_crush", "x", "@wembley_steve", "Steve", 260,
  "crush at the bottom of olympic way by the station barriers, people getting pushed over, a girl on the floor, "
  "no stewards anywhere. @Brent_Council @metpoliceuk someone get down here NOW",
  "2026-05-30T21:47:02Z", 5, "Emergency Planning",
  "Live crowd-safety incident on an event night with someone down: risk to life, escalate immediately "
  "(Emergency Planning / event safety).",
  esc="crowd_safety", replies=7, likes=31, reposts=18)

m("balcony_rail", "facebook", "@tracey.w", "Tracey Walsh", 390,
  "Look at this!! The railing on the 2nd floor landing at Church End came away when my son leant on it. He's 9. "
  "If I hadn't grabbed his hoodie. It's just hanging there now with a bit of tape someone put on it. The kids all "
  "play on that landing. Sent pics to housing on Monday, nothing.",
  "2026-07-23T15:55:19Z", 5, "Housing",
  "Loose balcony railing over a two-storey drop where children play, already reported without response: "
  "structural danger and risk to life, escalate rather than treat as a routine repair.",
  esc="structural_danger", replies=15, likes=44, reposts=6)

m("fire_doors", "x", "@ali_from_kilburn", "Ali", 180,
  "@Brent_Council fire doors on floors 5-9 of our block wedged open with bins again and someone's dumped 3 "
  "mattresses and a sofa right at the bottom of the stairs. after grenfell how is this still happening. its "
  "the only way out",
  "2026-10-14T22:30:48Z", 5, "Housing",
  "Fire-safety hazard in a tower block (fire doors open, combustible items blocking the only escape): escalate.",
  esc="fire_safety", replies=3, likes=15, reposts=4)

m("poll_cards", "x", "@priya_dollishill", "Priya", 150,
  "Got our poll cards today. 6 of them. For a one bed flat in Dollis Hill. I live here with my husband. Who are "
  "the other four people?? @Brent_Council",
  "2026-04-02T18:09:26Z", 5, None,
  "Possible fraudulent registrations at one address weeks before the borough elections: electoral integrity, "
  "escalate (electoral services, not one of the 14 departments).",
  esc="electoral_integrity", replies=11, likes=63, reposts=20)

m("so_sister", "facebook", "@hodan.warsame", "Hodan Warsame", 65,
  "Asc. Walaashay waxay deggan tahay guri ku meel gaar ah oo Brent Council siisay, Neasden. Ninkeeda ayaa "
  "garaaca, xalay wejigeeda ayaa bararsanaa. Carruurta (3 jir iyo 5 jir) way ka baqaan. Taleefanka ayuu ka "
  "qaataa, banaanna uma bixi karto. Iyadu ma rabto booliis. Yaan la hadlaa si uusan u ogaan? Fadlan qof ii soo "
  "jawaab si qarsoodi ah",
  "2026-09-29T20:40:13Z", 5, None,
  "Somali: 'My sister lives in temporary housing Brent Council gave her in Neasden. Her husband hits her, last "
  "night her face was swollen. The children (3 and 5) are afraid. He takes her phone, she can't go out. She "
  "doesn't want police. Who do I talk to without him finding out? Please reply privately.' Domestic abuse with "
  "children in the home: adult and child safeguarding, escalate (take private).",
  lang="so", esc="adult_safeguarding", replies=2, likes=3)

m("pl_baby_cold", "facebook", "@ania.kowal", "Anna Kowalczyk", 120,
  "Dzień dobry, mieszkam z córeczką (7 tygodni) w zakwaterowaniu tymczasowym, które dała nam rada Brent, pokój "
  "na Harrow Road. Właściciel wyłączył ogrzewanie w piątek, mówi że rada mu nie płaci. W pokoju jest 9 stopni, "
  "śpimy w kurtkach. Dzwoniłam trzy razy, nikt nie oddzwania. Proszę, co mam zrobić?",
  "2026-01-26T06:45:37Z", 5, "Housing",
  "Polish: 'I live with my 7-week-old daughter in temporary accommodation Brent gave us, a room on Harrow Road. "
  "The landlord turned the heating off on Friday, says the council doesn't pay him. It's 9 degrees in the room, "
  "we sleep in coats. I called three times, nobody calls back. What should I do?' A newborn in a 9°C room in "
  "January: a vulnerable child at risk, escalate (Housing) rather than a routine TA case.",
  lang="pl", esc="vulnerable_child_cold", replies=3, likes=8)

# ---------------------------------------------------------------- route 2: customer services
PCN = ("@Brent_Council PCN WM60381247 given on Ealing Road yday 11:20 while I was unloading stock into my shop, "
       "4 mins max, I have the delivery note with the time on it. how do I get this cancelled")
for k, t in (("pcn_a", "2026-03-11T09:02:44Z"), ("pcn_b", "2026-03-13T16:45:10Z")):
    m(k, "x", "@ravi_deliveries", "Ravi Shah", 140, PCN, t, 2, "Parking",
      "His own PCN with its number and evidence of loading: a person's own case for Parking to look up (posted "
      "twice, identical, same label).", likes=1)

m("ct_double", "facebook", "@gloria.mensah", "Gloria Mensah", 230,
  "Hello Brent Council, you have taken my council tax TWICE this month (£187.40 on the 1st and again on the 3rd). "
  "Account ending 4471. I am a pensioner and this has left me short for my shopping. Please put it back.",
  "2026-06-04T10:10:52Z", 2, "Finance",
  "Her own council tax account double-debited: records to check and a refund to make, customer services (Finance).",
  replies=3, likes=6)

m("missed_black", "x", "@neasden_nick", "Nick", 61,
  "black bin not emptied again at 27 Tanfield Ave, rest of the road done. 2nd time this month @Brent_Council",
  "2026-02-12T15:31:09Z", 2, "Environment",
  "Missed collection at a stated address: own case for Environment.", likes=2)

m("damp_bedroom", "facebook", "@sade.ojo", "Sade Ojo", 310,
  "Day 94 of waiting.\n\nMy daughter's bedroom wall is black behind the wardrobe again, we wipe it with bleach "
  "every Sunday. The surveyor came in January and said it needs a new extractor fan and the wall treated. "
  "Nothing since. Repair ref 2291047.\n\nShe's 3 and all her clothes in that wardrobe have gone spotty and smell "
  "musty. Can somebody actually book the work please. @Brent Council",
  "2026-04-20T19:05:44Z", 2, "Housing",
  "Her own damp and mould repair with a reference, overdue after survey: customer services to chase Housing; "
  "ambiguous with 5 (child's room, damp/mould is sensitive) but no health harm or danger described.",
  replies=8, likes=21)

m("boiler_june", "x", "@JuneCarr", "June Carr", 44,
  "Hello. My boiler is making a banging noise and only gives hot water, no heating, since Friday. Council flat on "
  "the Barnhill estate, no. 14 Kinch Grove. I'm alright with the fan heater for now but it will get colder. Who "
  "do I ring on a Sunday? Thank you",
  "2026-10-11T13:20:05Z", 2, "Housing",
  "Her own heating repair in a council flat with an address: customer services/Housing repairs; older resident "
  "but mild October and she says she is managing, so not an escalation (would be in a cold snap).",
  likes=1)

m("permit_missing", "x", "@ktrip_kr", None, 190,
  "applied for my resident permit on 2 Feb, paid, ref RP-773019, still nothing and I got a £65 ticket outside my "
  "own house on Sunday. great 🙃 @Brent_Council",
  "2026-02-24T19:30:17Z", 2, "Parking",
  "Own permit application with a reference plus a resulting PCN: Parking needs to look up records.", likes=4)

m("pothole_tyre", "x", "@amir.drives", "Amir", 880,
  "@Brent_Council hit a pothole on Blackbird Hill outbound by the bus stop last night, split my tyre & bent the "
  "alloy. £240. got photos + dashcam. how do i claim?",
  "2026-01-30T08:47:29Z", 2, "Highways",
  "His own damage claim plus a located defect: Highways case; ambiguous with 3 (the 'how do I claim' part is "
  "answered by the claims page).", replies=1, likes=3)

m("streetlight", "bluesky", "@chloebruns.bsky.social", "Chloe Barnes", 95,
  "Streetlight outside 41 Dollis Hill Avenue (column 17 I think, the number's half peeled off) has been out for "
  "three weeks. I run home that way at night. Reported it on the app, no update. Brent Council?",
  "2025-12-10T21:12:40Z", 2, "Highways",
  "Located street-lighting fault already reported with no update: a case for Highways to chase.", likes=2)

m("inyear_school", "facebook", "@kemi.adeyemi", "Kemi Adeyemi", 175,
  "Hi, we moved to Sudbury in March and applied for an in-year Year 3 place for our son on the 18th. Reference "
  "IYA-26-0415. It's been 5 weeks and he's still not in school. Who can tell us what's happening?",
  "2026-04-27T12:33:08Z", 2, "Education",
  "Their own in-year admission with a reference; a child out of school for five weeks makes it urgent for "
  "Education, but it is a case rather than a safeguarding alarm.", replies=2, likes=5)

m("cts_stuck", "facebook", "@rob.okeke", "Rob Okeke", 98,
  "I lost my job in Jan and applied for council tax support, got an email saying received (CTS/208814) and then... "
  "nothing. Meanwhile I've had a reminder saying pay the full amount or it's a summons. Which is it? I can't pay "
  "£160 a month rn.",
  "2026-03-02T22:18:36Z", 2, "Finance",
  "His own council tax support claim with a reference and a recovery notice running alongside: Finance case.",
  replies=1, likes=4)

m("bulky_missed", "x", "@meera_kenton", "Meera", 72,
  "Booked a bulky collection, ref BW-55120, paid £35, put the wardrobe out Thurs night like it said. Still there "
  "Saturday and now someone's added a mattress to it lol. @Brent_Council",
  "2026-05-09T11:02:51Z", 2, "Environment",
  "Her own paid bulky-waste booking not collected, reference given: Environment case.", likes=3)

m("noise_nights", "x", "@nightshift_nurse", None, 130,
  "@Brent_Council third night the house on the corner of Craven Park Road opposite me (I'm at 58) has had "
  "speakers in the garden till 3am. I'm on nights at Northwick Park and I can't sleep in the day either bc of the "
  "building work. Is there an out of hours noise team or not",
  "2026-08-02T03:16:27Z", 2, "Regulatory Services",
  "Her own noise nuisance complaint with an address: Regulatory Services case; the question about out-of-hours "
  "cover is part of getting service, not a general query.", likes=2)

m("extension_enf", "facebook", "@pauline.osei", "Pauline Osei", 150,
  "The house behind ours (backs onto 22 Oakington Manor Drive) has put up what looks like a two storey extension "
  "in 6 weeks, right up to our fence, it blocks all our light. I checked the planning site and there's nothing for "
  "that address. Who comes out to look at this?",
  "2026-07-07T18:45:02Z", 2, "Planning",
  "Located possible breach of planning control affecting her home: a case for planning enforcement.",
  replies=3, likes=7)

m("licence_variation", "x", "@SpiceRoute_Wembley", "Spice Route Café", 640,
  "@Brent_Council we submitted our premises licence variation (later hours) in August, ref LIC/26/0912, paid, the "
  "28 days have passed and we've heard nothing. We have an event booked for Diwali. Can someone in licensing pls "
  "check 🙏",
  "2026-10-20T11:11:31Z", 2, "Regulatory Services",
  "A business's own licensing application with a reference: Regulatory Services (licensing) to look up.", likes=5)

m("hr_portal", "linkedin", "@priyanka-desai-sw", "Priyanka Desai", 410,
  "Applied for the Senior Social Worker role at Brent Council (ref BC-2026-0311) — the candidate portal has shown "
  "'submission error' for 10 days and nobody answers the recruitment inbox. Closing date is Friday. Any way to "
  "reach the team?",
  "2026-03-18T07:58:14Z", 2, "HR",
  "Her own job application stuck before a deadline: HR (recruitment) needs to check; ambiguous with 3 (portal "
  "fault, Web).", replies=2, likes=6)

m("foi_consultants", "x", "@TomAshworthNW2", "Tom Ashworth", 520,
  "FOI request to @Brent_Council: please provide the total spent on external consultants for the Wembley housing "
  "zone programme in 2024/25 and 2025/26, broken down by supplier. Thanks.",
  "2026-05-14T13:27:40Z", 2, "Finance",
  "Request for recorded spending information; real name visible in the profile, so a valid FOI: log it via "
  "customer services.", foi=True, foi_valid=True, likes=8, reposts=2)

m("foi_flytip_signed", "facebook", "@dudden.hill.residents", "Dudden Hill Residents", 860,
  "Freedom of Information request. Please provide the number of fly-tipping reports recorded for Dudden Hill Lane "
  "and Villiers Road for each month of 2025, and the number of fixed penalty notices issued for fly-tipping on "
  "the same streets. Reply to: Margaret Oyelaran, 14 Villiers Road, London NW2. Thank you.",
  "2026-01-14T17:40:05Z", 2, "Environment",
  "Request for recorded figures from a group page, but signed with the applicant's name and a postal address for "
  "correspondence: valid FOI, log via customer services.", foi=True, foi_valid=True, replies=4, likes=23)

m("recycling_caps", "x", "@PissedOffInNW10", None, 34,
  "3 WEEKS NO RECYCLING ON STRODE ROAD. 3!!!! blue bins overflowing, foxes everywhere, what do we even pay you "
  "clowns for. no 45 if anyone there can actually read",
  "2026-08-25T18:03:58Z", 2, "Environment",
  "Abusive but with substance: missed recycling at a stated address (45 Strode Road), so a case for Environment.",
  likes=6)

m("ro_counciltax", "facebook", "@ionela.pop", "Ionela Pop", 210,
  "Bună ziua. Am primit azi o scrisoare de la council tax că aș avea de plată £412 restanță, dar eu plătesc prin "
  "debit direct în fiecare lună, am extrasele. Numărul de cont este 30045871. Nu înțeleg de unde e datoria, vă "
  "rog să verificați. Mulțumesc, Ionela",
  "2026-05-19T09:12:43Z", 2, "Finance",
  "Romanian: 'I got a council tax letter saying I owe £412 arrears, but I pay by direct debit every month and have "
  "the statements. Account number 30045871. I don't understand the debt, please check.' Own account query: Finance.",
  lang="ro", replies=1, likes=2)

m("ta_recycling", "facebook", "@selvi.raj", "Selvi Rajendran", 150,
  "வணக்கம். எங்கள் வீட்டில் (22 Preston Hill, HA3) மூன்று வாரமாக நீல மறுசுழற்சி தொட்டியை யாரும் எடுக்கவில்லை. "
  "பக்கத்து வீடுகளில் எடுத்துவிட்டார்கள். தயவுசெய்து யாராவது பாருங்கள்.",
  "2026-07-15T08:26:19Z", 2, "Environment",
  "Tamil: 'At our house (22 Preston Hill) nobody has emptied the blue recycling bin for three weeks; the "
  "neighbours' were emptied. Please can someone look.' Missed collection at an address: Environment case.",
  lang="ta", likes=3)

m("ar_leak", "x", "@abu_yusuf_nw9", "Abu Yusuf", 88,
  "السلام عليكم. السقف في الحمام يسرّب ماء منذ أكثر من شهر والبقعة تكبر كل يوم. رقم البلاغ REP-88213 ووعدوني "
  "بزيارة مرتين ولم يأتِ أحد. العنوان: شقة 9، 32 Slough Lane، Kingsbury. أرجو المساعدة @Brent_Council",
  "2026-02-27T16:50:33Z", 2, "Housing",
  "Arabic: 'The bathroom ceiling has been leaking for over a month and the stain grows daily. Report number "
  "REP-88213; they promised a visit twice and nobody came. Address: flat 9, 32 Slough Lane, Kingsbury. Please "
  "help.' Own repair case with reference: Housing.", lang="ar", likes=1)

m("ur_foi", "facebook", "@imran.q.77", "Imran Qureshi", 260,
  "برینٹ کونسل کی خدمت میں: فریڈم آف انفارمیشن ایکٹ کے تحت درخواست ہے کہ 2025 میں Wembley Central اور Ealing "
  "Road کے اسکولوں کے باہر کتنے پارکنگ جرمانے (PCN) جاری کیے گئے، مہینہ وار تفصیل فراہم کریں۔ جواب اس پتے پر "
  "بھیجیں: عمران قریشی، 41 Park Lane، Wembley HA9۔ شکریہ",
  "2026-06-30T19:55:12Z", 2, "Parking",
  "Urdu: 'Request under the Freedom of Information Act: how many parking fines (PCNs) were issued outside schools "
  "on Wembley Central and Ealing Road in 2025, month by month. Send the reply to: Imran Qureshi, 41 Park Lane, "
  "Wembley HA9.' Real name in profile and a name and address given: valid FOI, log via customer services.",
  lang="ur", foi=True, foi_valid=True, likes=4)

m("kitchen_dumped", "x", "@kensalrise_kat", "Kat", 312,
  "someone's dumped a whole kitchen - cupboards, a sink, tiles - on the pavement outside 88 Chamberlayne Road since "
  "Monday. mums with buggies walking in the road to get past. @Brent_Council can it be collected",
  "2026-09-23T08:12:27Z", 2, "Environment",
  "Fly-tip at an exact address needing a crew to clear it: Environment case (report passed on); blocking the "
  "pavement, but not a danger that needs escalation.", replies=2, likes=10)

m("bins_again", "x", "@babs_w", None, 19,
  "bins?? again",
  "2026-03-26T17:44:01Z", 2, "Environment",
  "Very short, but reads as her own missed collection: customer services should ask for the address; ambiguous "
  "with 1 (could be a passing moan).")

m("ehcp_review", "facebook", "@roxanne.wembley", "Roxanne", 95,
  "My son's EHCP annual review was meant to happen in January. It's now May. His school says they're waiting on "
  "the council, the council says they're waiting on the school. He's in year 6 and we still don't know what "
  "support he'll have at secondary in September. Case officer left and nobody replaced her. Anyone know who to "
  "even email?",
  "2026-05-06T21:09:38Z", 2, "Education",
  "Her own child's overdue EHCP review: an Education (SEND) case needing an officer; the 'who to email' question "
  "does not make it general.", replies=6, likes=12)

# ---------------------------------------------------------------- route 3: web team responds
m("garden_waste", "x", "@greenfingers_kingsbury", None, 140,
  "When does the garden waste subscription open for 2026/27? Last year I missed the deadline and had a month "
  "without collection. @Brent_Council",
  "2026-02-18T10:40:22Z", 3, "Environment",
  "General 'when' question answered on the website: web team signposts.", likes=2)

m("library_sundays", "facebook", "@ruth.lev", "Ruth L", 60,
  "Is it true all the Brent libraries are shutting on Sundays from April?? My daughter revises at Willesden Green "
  "every Sunday. Someone on the school WhatsApp said so",
  "2026-02-25T20:31:50Z", 3, "Libraries",
  "'Is it true' rumour check answered by published opening hours: web team responds; ambiguous with 4 if a live "
  "opening-hours consultation is running.", replies=3, likes=7)

m("payment_timeout", "x", "@zee_kilburn", "Zee", 210,
  "trying to pay my council tax on your site and it's timed out 4 times at the card bit. chrome and safari. is it "
  "down? @Brent_Council",
  "2026-04-01T12:15:09Z", 3, "Web",
  "Fault on the website's payment page: web team checks and responds.", likes=3)

m("dead_link", "bluesky", "@wembleyparkdad.bsky.social", None, 80,
  "FYI the 'find your collection day' link in Brent Council's post this morning goes to a page not found.",
  "2026-06-16T09:48:36Z", 3, "Web",
  "Broken link in a council post: a website fault for the web team.", likes=1)

m("permit_newcomer", "x", "@newtobrent_liv", "Liv", 45,
  "just moved to Kensal Green from Leeds — do I need a permit to park outside my flat & how do I get one? no idea "
  "how london works lol @Brent_Council",
  "2026-09-02T19:22:14Z", 3, "Parking",
  "General how-to about resident permits: signpost to the permit page.", likes=2)

m("polystyrene", "instagram", "@aunty_bisi_cooks", "Aunty Bisi", 2300,
  "which bin does polystyrene go in?? the big blocks that came with the TV. asking for my whole family group chat 😂",
  "2025-12-28T15:05:47Z", 3, "Environment",
  "Simple recycling question answered by published A–Z of waste: web team replies.", replies=2, likes=14)

m("event_car", "x", "@sudbury_tash", "Tash", 150,
  "is there an event at the stadium on sunday? do I need to move my car out of the zone by Wembley Central or is "
  "that only for the big ones",
  "2026-08-14T18:36:59Z", 3, "Parking",
  "General event-day parking question answered by the event calendar and zone rules: web team signposts.",
  likes=1)

m("harrow_weald", "x", "@margaret_hw", "Margaret", 90,
  "@Brent_Council my garden waste hasnt been collected in Harrow Weald HA3 for 2 weeks, who is responsible",
  "2026-07-29T10:05:30Z", 3, None,
  "Harrow Weald is in Harrow, not Brent: a mention meant for another council, web team points her to Harrow.",
  likes=0)

m("foi_olympic_way", "x", "@OlympicWayWatcher", "OW Watcher", 780,
  "Under FOI, how many PCNs were issued on Olympic Way and Empire Way on event days in 2025, and how much did they "
  "bring in? @Brent_Council",
  "2026-01-20T11:58:03Z", 3, "Parking",
  "Request for recorded information, but the profile is a pseudonym and no name or address is given: invalid FOI, "
  "web team explains how to make a valid request.", foi=True, foi_valid=False, replies=1, likes=15, reposts=3)

m("foi_trees_sam", "mastodon", "@sam@mastodon.social", "Sam", 230,
  "@brentcouncil How many street trees were felled in Brent in 2025 and how many were replanted? Please provide "
  "the figures by ward. #FOI",
  "2026-02-06T13:20:48Z", 3, "Environment",
  "FOI-style request for recorded figures, but only a first name: invalid as an FOI, web team replies with how to "
  "request properly.", foi=True, foi_valid=False, likes=9, reposts=4)

m("gu_spd", "facebook", "@savita.bhatt", "Savita Bhatt", 45,
  "હું એકલી રહું છું, પતિ ગયા વર્ષે ગુજરી ગયા. કાઉન્સિલ ટેક્સમાં ૨૫% છૂટ મળે એવું સાંભળ્યું છે. ફોર્મ ક્યાં ભરવાનું? "
  "દીકરો કહે છે ઓનલાઈન છે પણ મને મળતું નથી.",
  "2026-03-09T11:07:21Z", 3, "Finance",
  "Gujarati: 'I live alone, my husband passed away last year. I heard there's a 25% council tax discount. Where do "
  "I fill in the form? My son says it's online but I can't find it.' Where-is-the-form question: web team "
  "signposts (kindly, in Gujarati if possible); ambiguous with 2 since it concerns her own account.",
  lang="gu", likes=2)

m("pt_bags", "facebook", "@marianasilva.ldn", "Mariana Silva", 130,
  "Olá! Acabei de me mudar para Harlesden e não recebi sacos de reciclagem nem a caixinha para restos de comida. "
  "Alguém sabe onde se pede isso em Brent? Obrigada 😊",
  "2026-10-05T17:14:06Z", 3, "Environment",
  "Portuguese: 'I just moved to Harlesden and didn't get recycling bags or a food-waste caddy. Does anyone know "
  "where to order them in Brent?' How/where question: signpost to the order form.",
  lang="pt", replies=1, likes=3)

m("ct_ten_percent", "x", "@dan_queensbury", "Dan", 330,
  "someone on facebook saying brent council tax is going up 10% in april is that actually true or is it the usual "
  "rubbish",
  "2026-02-11T21:40:12Z", 3, "Finance",
  "'Is it true' about the published council tax rise: web team corrects with the budget page.", replies=2, likes=4)

m("warm_spaces", "facebook", "@bernadette.c", "Bernadette C", 70,
  "Are the warm spaces in the libraries still open between Christmas and New Year? My dad goes to the one at "
  "Kingsbury most days, for the company as much as the heat.",
  "2025-12-19T14:22:35Z", 3, "Libraries",
  "Opening-times question answered by published information: web team responds.", likes=5)

m("term_dates", "facebook", "@sadia.h", "Sadia H", 150,
  "does anyone know when brent puts out the term dates for 2026-27? need to book Pakistan flights for my sister's "
  "wedding and dont want to get fined 😩",
  "2026-01-11T22:03:44Z", 3, "Education",
  "General question answered by published term dates: web team signposts.", replies=4, likes=3)

m("wembley_lib_xmas", "x", "@brian_m_nw10", "Brian", 60,
  "@Brent_Council is Wembley library at the civic centre open between xmas and new year or do I have to wait",
  "2025-12-22T09:30:19Z", 3, "Libraries",
  "Holiday opening hours: simple signposting by the web team.")

m("loft_pd", "bluesky", "@kilburnloft.bsky.social", None, 40,
  "Does Brent need full planning permission for a rear dormer loft or is it permitted development? Terrace in "
  "Kilburn, not in a conservation area as far as I know",
  "2026-05-03T16:49:55Z", 3, "Planning",
  "General planning question answered by published guidance: web team signposts (permitted development pages).",
  likes=1)

m("upload_broken", "x", "@aysha_neasden", "Aysha", 120,
  "the report fly tipping form on your website won't let me attach a photo from my phone, just spins. iPhone. "
  "tried 3 times @Brent_Council",
  "2026-07-11T08:58:27Z", 3, "Web",
  "Fault on the website's report form: web team; no location given for the fly-tip itself.", likes=2)

m("apprentice_date", "linkedin", "@jordan-ellis-2005", "Jordan Ellis", 150,
  "Hi Brent Council — is the closing date for the 2026 business admin apprenticeship still 30 April? The careers "
  "page says the 30th but the job advert says the 23rd. Don't want to miss it!",
  "2026-04-08T17:30:02Z", 3, "HR",
  "Confusion between two published dates: web team answers (with HR) and fixes whichever page is wrong.",
  likes=3)

m("tip_booking", "youtube", "@kenwilliams1950", "Ken Williams", 12,
  "video says book a slot at the tip online but where? I went on the website and went round in circles. Is the one "
  "at Park Royal still open Sundays",
  "2026-06-07T10:44:16Z", 3, "Environment",
  "Comment on a council how-to video asking where to book and opening days: web team signposts.")

m("pl_foi_noise", "facebook", "@kasia.nw10", "Kasia W.", 180,
  "Ile skarg na hałas z budów w Alperton (praca w nocy i w weekendy) zarejestrowała rada Brent w 2025 roku? I ile "
  "było kar? Proszę o dane, to jest wniosek FOI. Kasia",
  "2026-03-31T20:25:40Z", 3, "Regulatory Services",
  "Polish: 'How many complaints about construction noise in Alperton (night and weekend work) did Brent record in "
  "2025, and how many penalties? Please send the data, this is an FOI request. Kasia.' FOI for recorded figures, "
  "but first name and initial only, no address: invalid, web team explains how to request.",
  lang="pl", foi=True, foi_valid=False, likes=6)

# ---------------------------------------------------------------- route 4: service conversations
m("anson_root", "facebook", "@hannah.fielding.nw2", "Hannah Fielding", 450,
  "For those who missed it: the council's consultation on the Anson Road / Chapter Road traffic filters closes on "
  "the 30th. I went to the drop-in at Willesden library last night. Officers said they're counting traffic on the "
  "side roads until the end of the month and might move the planter at the Chapter Road end.\n\nIf you've got a "
  "view either way, fill in the survey — and post here what you think, they said they do read this group. "
  "@Brent Council",
  "2026-09-10T08:30:12Z", 4, "Highways",
  "Live Highways consultation being discussed by residents in a local group, officers already engaged: service "
  "conversation, Highways officers should join.", replies=34, likes=58, thread="anson_root")

m("anson_bus", "facebook", "@mike.donnelly.9", "Mike Donnelly", 120,
  "My issue is the 260 now crawls down Walm Lane every morning since the filter went in. Has anyone asked whether "
  "they've looked at bus times or just car counts?",
  "2026-09-10T09:12:40Z", 4, "Highways",
  "Contribution to the ongoing traffic-filter consultation thread raising a point officers can answer.",
  replies=3, likes=11, reply_to="anson_root", thread="anson_root")

m("anson_kids", "facebook", "@fatima.nw2", "Fatima", 65,
  "I walk my kids to school down Chapter Rd and for the first time in years I don't have to hold their hands the "
  "whole way. Please don't move the planter.",
  "2026-09-10T10:05:03Z", 4, "Highways",
  "Part of the same consultation conversation (view on the scheme): service conversation.",
  likes=19, reply_to="anson_root", thread="anson_root")

m("anson_troll", "facebook", "@realtalk.bob", "Bob", 12,
  "Lol consultation. It's already decided. Sheep.",
  "2026-09-10T10:31:58Z", 1, "Highways",
  "Low-reach sneer inside the consultation thread with nothing to answer: monitor.",
  likes=1, reply_to="anson_root", thread="anson_root")

m("alley_root", "facebook", "@vijay.patel.alp", "Vijay Patel", 380,
  "Back alley behind the shops on Ealing Road (between the sweet centre and the petrol station) — photo from this "
  "morning. This is every week now. Council clears it Tuesday, it's back by Friday.\n\nSomeone from Brent's "
  "enforcement came to our residents' meeting in June and talked about a camera. Did that ever happen? Let's keep "
  "all the photos in this thread so they can see the pattern.",
  "2026-08-07T09:45:26Z", 4, "Environment",
  "Recurring fly-tipping hotspot discussed by several neighbours, following an earlier meeting with enforcement: "
  "ongoing service conversation for Environment.", replies=22, likes=41, thread="alley_root")

m("alley_bn", "facebook", "@rahima.begum.77", "Rahima Begum", 40,
  "আমাদের বাড়ির পিছনের গলিতেও একই অবস্থা। প্রতি বৃহস্পতিবার রাতে একটা সাদা ভ্যান এসে গদি আর পুরনো ফ্রিজ ফেলে যায়। "
  "বাচ্চারা ওখানে খেলতে পারে না। কাউন্সিল কি ক্যামেরা বসাবে?",
  "2026-08-07T11:20:14Z", 4, "Environment",
  "Bengali: 'Same in the alley behind our house. Every Thursday night a white van comes and dumps mattresses and "
  "old fridges. The children can't play there. Will the council put up a camera?' Adds to the hotspot thread.",
  lang="bn", likes=6, reply_to="alley_root", thread="alley_root")

m("alley_heard", "facebook", "@dev.alperton", "Dev", 88,
  "Has anyone actually heard back from them??",
  "2026-08-07T13:02:49Z", 4, "Environment",
  "In this thread the question is about the promised enforcement camera: part of the ongoing conversation "
  "(same text standalone elsewhere is only monitored).", replies=1, likes=4, reply_to="alley_root", thread="alley_root")

m("alley_van", "facebook", "@sunita.kerai", "Sunita Kerai", 150,
  "I emailed the enforcement team in July with photos and got an auto-reply. Going to bring it to the ward "
  "councillors' surgery on Saturday too. The van is a white Transit, comes about 11pm Thursdays, I've seen it twice.",
  "2026-08-07T14:47:11Z", 4, "Environment",
  "Evidence and follow-up within the hotspot conversation: Environment officers should join.",
  likes=9, reply_to="alley_heard", thread="alley_root")

m("tower_root", "x", "@AlpertonRA", "Alperton Residents' Association", 1900,
  "The application for the 29-storey tower next to Alperton station (ref 26/1187) is on the planning portal — "
  "comments close 2 Oct. Our members are split: new homes vs no school places, GP or parking. Thread 👇 for what "
  "residents are saying, and @Brent_Council planning, please come and answer questions at our meeting on the 25th.",
  "2026-09-16T18:00:44Z", 4, "Planning",
  "A live planning application being debated among residents, with an invitation to officers: service "
  "conversation for Planning; critical but not reputation-threatening.", replies=18, likes=96, reposts=40,
  thread="tower_root")

m("tower_daylight", "x", "@k_shah_arch", "Kunal Shah", 260,
  "@AlpertonRA Read the daylight report — flats on Stanley Avenue lose a lot of winter sun. Raised it in my "
  "objection. Would be good if the case officer explained how they weigh that against the housing numbers.",
  "2026-09-16T19:21:07Z", 4, "Planning",
  "Specific technical point in the ongoing planning-application thread that the case officer can address.",
  likes=14, reposts=2, reply_to="tower_root", thread="tower_root")

m("schoolst_root", "mastodon", "@leahdawson@mastodon.london", "Leah Dawson", 210,
  "Week 2 of the School Street trial outside Oakwood Lane Primary in Wembley. Camera's up, road closed 8:30-9:15 "
  "and 3-3:45. Drop-off is calmer but the cars have just moved one road along and park on the zigzags there "
  "instead. The council said they'd review at half term — anyone else seeing this? #Brent #SchoolStreets",
  "2026-11-17T09:35:50Z", 4, "Highways",
  "Parents discussing a live School Street trial with a promised review: service conversation for Highways.",
  replies=6, likes=19, reposts=3, thread="schoolst_root")

m("schoolst_badge", "mastodon", "@raj_cycles@mastodon.london", "Raj", 95,
  "@leahdawson Same on the Harrow Road side. Also the exemption form — my neighbour's carer still doesn't know if "
  "she can drive in. Maybe someone from the council could clarify in here?",
  "2026-11-17T10:02:33Z", 4, "Highways",
  "Adds a question about exemptions within the School Street conversation: officers should answer in-thread.",
  likes=4, reply_to="schoolst_root", thread="schoolst_root")

m("schoolst_lollipop", "mastodon", "@tanyaM@mas.to", "Tanya M", 40,
  "@leahdawson volunteer on the gate there: mornings much better, afternoons chaos on Elm Road. Would be good if "
  "officers came down one afternoon and saw it.",
  "2026-11-17T12:48:21Z", 4, "Highways",
  "Further first-hand observation in the same School Street thread: service conversation.",
  likes=6, reply_to="schoolst_root", thread="schoolst_root")

m("cpz_forum", "x", "@KRResidentsForum", "Kensal Rise Residents' Forum", 1100,
  "Thanks to everyone who came to last night's meeting on the proposed CPZ extension. @Brent_Council officers "
  "promised to publish the revised map and the parking stress survey results before the consultation closes on "
  "the 14th — we'll share them here as soon as they do. Questions so far below ⬇️",
  "2026-03-05T08:15:37Z", 4, "Parking",
  "Text shows an ongoing exchange with Parking officers about a live CPZ consultation: service conversation.",
  replies=14, likes=37, reposts=11)

# ---------------------------------------------------------------- route 1: monitor
m("brent_crude", "rss", "@energynewsdaily", "Energy News Daily", None,
  "Oil climbs as supply worries return — Brent crude rose 2.1% to $78.40 a barrel on Tuesday after OPEC+ "
  "signalled it would keep output cuts in place into the summer, while WTI gained 1.8%...",
  "2026-03-10T15:02:00Z", 1, None,
  "Keyword noise: Brent crude oil prices.")

m("brent_cross", "x", "@shopaholic_sara", "Sara ✨", 900,
  "3 hrs in Brent Cross and all I bought was a pretzel 😭 the new car park layout is a maze",
  "2026-11-28T16:40:19Z", 1, None,
  "Keyword noise: Brent Cross shopping centre (Barnet).", likes=22)

m("brentford", "x", "@bees_til_i_die", "Bees Til I Die", 2100,
  "BRENTFORD!!! 3-1 and the Gtech is ROCKING 🐝🐝 #BrentfordFC",
  "2026-01-17T17:01:44Z", 1, None,
  "Keyword noise: Brentford FC.", likes=140, reposts=18)

m("brent_retire", "facebook", "@lisa.mcardle", "Lisa McArdle", 400,
  "Happy retirement Brent! 32 years at Royal Mail and never a sick day. Enjoy the fishing, you've earned it 🎣",
  "2026-06-19T18:25:10Z", 1, None,
  "Keyword noise: a person called Brent.", likes=35)

m("david_brent", "x", "@officequotesdaily", "The Office Quotes", 12000,
  "\"Avoid employing unlucky people – throw half of the pile of CVs in the bin without reading them.\" — David Brent",
  "2026-02-20T12:00:00Z", 1, None,
  "Keyword noise: David Brent quote from a large account of no consequence.", likes=800, reposts=150)

m("camden_khr", "rss", "@kilburnlocalnews", "Kilburn Local News", None,
  "Camden Council has completed resurfacing on the east side of Kilburn High Road after eight weeks of works. "
  "Traders on the Brent side of the road say they hope their pavements are next...",
  "2026-07-21T06:30:00Z", 1, None,
  "Another council's matter (Camden's works); Brent only mentioned in passing as a hope. Monitor.")

m("bin_crew_praise", "facebook", "@nana.yaa.k", "Nana Yaa", 180,
  "Big shout out to the Brent bin men on our road in Kingsbury — my son (he's autistic and OBSESSED with bin "
  "lorries) waits at the window every Wednesday and they always beep and wave. Made his week again today ❤️🚛",
  "2026-05-13T09:50:36Z", 1, "Environment",
  "Praise for the collection crew, no request: monitor (worth passing the thanks on).", replies=5, likes=96)

m("storytime_praise", "instagram", "@readwithremi", "Remi | Read With Remi", 3400,
  "Storytime at Kilburn Library this morning was pure joy — Miss J did all the voices for The Gruffalo and 20 "
  "toddlers lost their minds. Free, warm, kind. Libraries are everything 📚 #brentlibraries",
  "2026-10-22T11:31:05Z", 1, "Libraries",
  "Praise from a mid-sized account, nothing to act on: monitor (could be shared).", replies=12, likes=410)

m("ta_pongal", "facebook", "@kavitha.s", "Kavitha Sivakumar", 230,
  "Wembley-ல் நடந்த பொங்கல் விழா மிக அருமை! குழந்தைகள் கோலம் போட்டு மகிழ்ந்தார்கள். Brent Council-க்கு நன்றி 🙏🌾",
  "2026-01-15T20:11:27Z", 1, None,
  "Tamil: 'The Pongal festival in Wembley was wonderful! The children loved drawing kolam. Thank you Brent "
  "Council.' Praise and thanks: monitor.", lang="ta", likes=38)

m("ar_eid", "instagram", "@umm_zaid_wembley", "Umm Zaid", 610,
  "زينة العيد في ويمبلي هذه السنة رائعة ✨ أخذت أولادي بعد صلاة العيد وكانوا فرحانين جداً. شكراً لكل من نظّمها 🌙 "
  "#Brent #EidMubarak",
  "2026-03-20T13:45:02Z", 1, None,
  "Arabic: 'The Eid decorations in Wembley are wonderful this year; I took my children after Eid prayer and they "
  "were so happy. Thanks to everyone who organised them.' Praise: monitor.", lang="ar", likes=74)

m("drone_sarcasm", "x", "@wembleyweary", None, 220,
  "love that @Brent_Council found money for a drone show but the pothole outside my house now has its own postcode 🙃",
  "2026-11-07T21:14:53Z", 1, None,
  "Sarcasm with no location or request: monitor; ambiguous with 2 if the author gives the pothole's location.",
  likes=17, reposts=3)

m("vultures", "x", "@cabbie_del", "Del", 510,
  "brent parking wardens are vultures man. circle like they can smell blood",
  "2026-04-24T07:40:31Z", 1, "Parking",
  "Moan with no case or request, modest reach: monitor.", likes=12)

for k, t in (("clowns_a", "2026-02-02T23:10:04Z"), ("clowns_b", "2026-02-16T00:02:57Z")):
    m(k, "x", "@b0ss_man_99", None, 7, "@Brent_Council bunch of clowns 🤡🤡🤡", t, 1, None,
      "Low-reach abuse with no substance (repeated verbatim by the same account): monitor.")

m("spam_cash", "x", "@cash_flow_queen88", "Cash Flow Queen", 3,
  "Earn £450/day from home 💸 no experience needed DM me NOW #Brent #Wembley #London #Harrow",
  "2026-08-30T04:12:19Z", 1, None,
  "Spam using the borough hashtag: monitor (no reply).")

m("spam_followers", "instagram", "@followers.boost.uk", "Followers Boost UK", 150,
  "@brentcouncil your page deserves more 🔥 get 10k REAL followers for just £19.99 ✅ link in bio",
  "2026-05-22T02:33:40Z", 1, None,
  "Spam aimed at the council account: monitor.")

m("party_campaign", "facebook", "@cricklewood.conservatives", "Cricklewood Conservatives", 640,
  "Labour-run Brent has had years to fix our streets. Potholes, fly-tipping, broken lights. On 7 May, vote for "
  "change. 🔵 #BrentElections",
  "2026-04-18T10:00:00Z", 1, None,
  "Party-political campaigning by a local branch with modest reach, no specific case or candidate speaking: "
  "monitor and take no political standpoint; ambiguous with 5 if it gains traction in the pre-election period.",
  replies=20, likes=45, reposts=12)

m("dj_wembleypark", "x", "@DJ_Lanre", "DJ Lanre", 410000,
  "Wembley Park vibes today ☀️ Brent you're looking good",
  "2026-07-04T15:18:26Z", 1, None,
  "Very large verified account saying something pleasant of no consequence: monitor.",
  verified=True, replies=300, likes=9800, reposts=450)

m("welsh_harp_sunset", "instagram", "@nw9_photos", "NW9 Photos", 1700,
  "Golden hour at the Welsh Harp 🌅 #brent #welshharp #londonlife",
  "2026-09-27T18:49:12Z", 1, None,
  "Chatter / photo with the borough tag: monitor.", likes=260)

m("linkedin_newrole", "linkedin", "@aisha-noor-digital", "Aisha Noor", 900,
  "Thrilled to share that I've started a new role as Digital Engagement Officer at Brent Council! Looking forward "
  "to working with residents and colleagues across the borough. #newjob #localgov",
  "2026-01-05T08:10:41Z", 1, None,
  "Staff member's own career news, nothing to act on: monitor.", replies=25, likes=180)

m("flower_jibe", "x", "@willesden_will", "Will", 300,
  "how much did @Brent_Council spend on that giant metal flower thing at Wembley Park? don't answer, I know it's "
  "millions while my road floods every time it drizzles",
  "2026-10-01T19:36:08Z", 1, None,
  "Rhetorical jibe ('don't answer'), not a request for recorded information, so not an FOI; passing flooding moan "
  "with no location: monitor (ambiguous with 2 if he names the road).", likes=28, reposts=4)

m("heard_standalone", "x", "@thandi_nw10", "Thandi", 50,
  "Has anyone actually heard back from them??",
  "2026-10-09T12:11:45Z", 1, None,
  "Standalone and without context there is no case or question to answer: monitor (the same words inside the "
  "Alperton fly-tipping thread are route 4).")

m("yt_music", "youtube", "@grime_poet", "grime poet", 340,
  "the music in this recycling video goes harder than it should 😂🔥",
  "2026-06-08T22:27:33Z", 1, None,
  "Light-hearted comment on a council video: monitor.", likes=21)


# ---------------------------------------------------------------- ids, threads, shuffle, write
def make_id(platform, i):
    tail = "".join(rng.choice("0123456789") for _ in range(9)) + f"{i:03d}"
    if platform in ("x", "mastodon"):
        return PREFIX + tail
    if platform == "facebook":
        return f"1000{tail[:8]}_{PREFIX}{tail[8:]}"
    if platform == "bluesky":
        return f"at://did:plc:brnt{tail[:6]}/app.bsky.feed.post/3l{PREFIX}{tail[6:]}"
    if platform == "instagram":
        return f"C{PREFIX}" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)) + f"{i:03d}"
    if platform == "youtube":
        return f"Ugx{PREFIX}" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8)) + f"{i:03d}"
    if platform == "linkedin":
        return f"urn:li:activity:{PREFIX}{tail}"
    if platform == "rss":
        return f"rss-{PREFIX}-{tail}"
    raise ValueError(platform)


keys = [it["key"] for it in ITEMS]
assert len(keys) == len(set(keys)), "duplicate keys"
ids = {it["key"]: make_id(it["platform"], n) for n, it in enumerate(ITEMS)}
assert len(set(ids.values())) == len(ids)
bykey = {it["key"]: it for it in ITEMS}

# shuffle, then emit each reply only after its parent
order = ITEMS[:]
rng.shuffle(order)
out, done, pending = [], set(), order
while pending:
    nxt = []
    for it in pending:
        if it["reply_to"] is None or it["reply_to"] in done:
            out.append(it); done.add(it["key"])
        else:
            nxt.append(it)
    assert len(nxt) < len(pending)
    pending = nxt

lines = []
for it in out:
    if it["reply_to"]:
        assert it["created"] > bykey[it["reply_to"]]["created"], it["key"]
    rec = {
        "platform": it["platform"], "platform_id": ids[it["key"]], "author_handle": it["handle"],
        "author_name": it["name"], "author_followers": it["followers"], "author_verified": it["verified"],
        "text": it["text"], "created_at": it["created"],
        "reply_to_id": ids[it["reply_to"]] if it["reply_to"] else None,
        "thread_id": ids[it["thread"]] if it["thread"] else None,
        "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"], "language": None,
        "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"],
                  "foi_valid": it["foi_valid"] if it["foi"] else None,
                  "escalate_reason": it["esc"] if it["route"] == 5 else None,
                  "reason": it["reason"], "language": it["lang"]},
        "provenance": "written",
    }
    lines.append(json.dumps(rec, ensure_ascii=False))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "part-U.jsonl"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(len(lines), "items written")
