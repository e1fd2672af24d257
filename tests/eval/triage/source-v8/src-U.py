#!/usr/bin/env python3
"""Writer U, set v8: 110 hand-written, hand-labelled mentions of Brent Council. Serialises to part-U.jsonl."""
import json, random, os, re, unicodedata

PREFIX = "91893"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part-U.jsonl")

ITEMS = []
def m(key, plat, handle, name, fol, text, ts, route, dept, reason, lang="en", foi=False, fv=None, esc=None,
      ver=False, parent=None, root=None, replies=0, likes=0, reposts=0):
    ITEMS.append(dict(key=key, plat=plat, handle=handle, name=name, fol=fol, ver=ver, text=text, ts=ts,
                      route=route, dept=dept, foi=foi, fv=fv, esc=esc, reason=reason, lang=lang,
                      parent=parent, root=root, replies=replies, likes=likes, reposts=reposts))

# ---------------------------------------------------------------- route 5: escalate
m("e01", "x", "@tunde_stonebridge", "Tunde", 143,
  "the railing on the 3rd floor walkway at our block off Hillside has come loose, you can literally wobble it with one hand. "
  "kids from the 4th floor race their scooters along there every day after school. reported it in october @Brent_Council",
  "2026-01-14T16:22:09Z", 5, "Housing",
  "Risk to life: loose balcony railing where children play; structural danger escalates 'whatever the follower count' (ambiguous with 2: an own repair, but the danger comes first).",
  esc="structural_danger", likes=4)
m("e02", "facebook", "fb:jackie.odonnell.kingsbury", "Jackie O'Donnell", 211,
  "Does anyone know who you ring about this. The lady across from us on Church Lane is in her eighties and lives on her own, "
  "she always waves from the window when I take the dog out. Haven't seen her since Saturday. Her curtains are still shut, "
  "there's a Tesco bag hanging on the door handle that's been there two days now.\n\nI knocked this morning and nothing. "
  "I don't have a number for any family. I don't want to be a busybody but this isn't like her. "
  "Is this a police thing or a Brent Council thing?",
  "2026-02-03T11:47:30Z", 5, None,
  "Vulnerable adult not seen for days, written as a question to neighbours; someone 'may be at risk' so escalate for a welfare check (adult social care, no listed department).",
  esc="welfare_not_seen", replies=6, likes=12)
m("e05", "x", "@wembley_sleepless", None, 31,
  "Brent housing just told me I have to leave the hostel by Friday ref TA/88213. where am I supposed to take two kids "
  "with 4 days notice. nobody answers the phone",
  "2026-02-17T09:05:44Z", 2, "Housing",
  "Own homelessness case with a reference; 'a person requiring customer services' for an urgent officer call-back (ambiguous with 5: children affected).",
  root="e05", replies=2, likes=9)
m("e05b", "x", "@ritasaysno", None, 402,
  "@wembley_sleepless ring Shelter's helpline, they were brilliant with my cousin. sending love x",
  "2026-02-17T09:31:02Z", 1, "Housing",
  "A friend's supportive reply with signposting; no request of the council, monitor.",
  parent="e05", root="e05", likes=3)
m("e05c", "x", "@wembley_sleepless", None, 31,
  "@ritasaysno thanks. honestly if they put us out on Friday I don't see the point of carrying on. haven't slept since Sunday",
  "2026-02-17T23:58:27Z", 5, "Housing",
  "Self-harm cue in passing inside a housing thread; someone 'may be at risk', escalate at once (same person as the route-2 root).",
  esc="self_harm_risk", parent="e05b", root="e05", likes=0)
m("e06", "facebook", "fb:dev.patel.wg", "Dev Patel", 380,
  "Walked past the fella who sleeps in the doorway of the old bank by Willesden Green station tonight. It's meant to go to minus 4. "
  "He's got a sleeping bag but it's soaked through and he wasn't really making sense when I gave him a tea. "
  "Is there anyone from Brent who goes out at night?",
  "2026-01-08T22:36:10Z", 5, "Housing",
  "Rough sleeper at risk in sub-zero cold, confused; risk to life, escalate to outreach/SWEP (ambiguous with 3 as a 'who do I call' question).",
  esc="rough_sleeper_risk", likes=21, replies=4)
m("e07", "rss", "rss:harlesden-voice/91893-hostel-fire", "Harlesden Voice (blog)", None,
  "Man dies in fire at Harlesden hostel used by Brent Council for emergency housing. Residents say fire doors on the second floor "
  "had been propped open for months and alarms 'went off every week for nothing'. The council has been approached for comment.",
  "2026-04-22T07:12:00Z", 5, "Housing",
  "A death and fire safety in council-placed accommodation: 'more controversial issue', serious reputational harm; escalate to communications.",
  esc="death_fire_safety")
m("e08", "x", "@kenton_karen", "Karen", 76,
  "Um. Got my council tax letter today and the second page is someone else's. Name, address in Queensbury, and their bank sort code "
  "and last 4 digits. Not great is it @Brent_Council",
  "2026-03-04T13:20:48Z", 5, "Finance",
  "Another resident's personal and bank details sent to the wrong person: a data breach, escalate whatever the reach.",
  esc="data_breach", likes=6)
m("e09", "facebook", "fb:amina.yusuf.alp", "Amina Yusuf", 164,
  "Took my mum to the Civic Centre yesterday about her housing application. She was trying her best to explain and the man on the desk "
  "sighed and said 'we can't help people who don't bother to learn English'. In front of everyone in the queue. My mum has lived here 22 years. "
  "I'm still shaking about it. I got his first name off his lanyard.",
  "2026-05-20T19:02:33Z", 5, "Housing",
  "Alleged discrimination by a member of staff: controversial and a conduct matter, escalate (HR involvement likely).",
  esc="discrimination_staff", likes=58, replies=17, reposts=9)
m("e10", "x", "@vanman_ealingrd", None, 212,
  "that warden on Ealing Road done my van AGAIN while i was unloading. next time i see him he's going in the canal, know what he looks like now",
  "2026-06-09T10:44:02Z", 5, "Parking",
  "Threat to a named-by-description enforcement officer; 'a threat to staff' escalates even from a small account.",
  esc="threat_staff", likes=3)
m("e11", "x", "@laura_kilburnsq", "Laura Mensah", 289,
  "@Brent_Council my solicitor has now written to you twice about the disrepair at my flat on Kilburn Square. The mould is back in the "
  "baby's room. If there's no response in 14 days we will be issuing proceedings.",
  "2026-09-15T08:55:17Z", 5, "Housing",
  "Legal threat over disrepair with a baby's room affected; a pre-action legal matter goes to communications and legal (ambiguous with 2: own repair case).",
  esc="legal_threat", likes=11)
m("e12", "x", "@neasden_watch", "Neasden Watch", 1830,
  "Funny how the officer who recommended approval for the Neasden Lane flats is married to the sister of the developer's director. "
  "Companies House is public, people. Who checks this stuff @Brent_Council?",
  "2026-07-02T18:30:41Z", 5, "Planning",
  "Alleged misconduct / undeclared interest by a planning officer: controversial and reputation-threatening, escalate.",
  esc="misconduct_allegation", likes=94, reposts=37, replies=12)
m("e13", "x", "@hollyjreports", "Holly James", 612,
  "Hi @Brent_Council, I'm covering the library changes for the Kilburn Times this week. Could someone from the press office let me know "
  "whether the Kensal Rise opening hours decision has been signed off yet? Thanks!",
  "2026-10-06T10:03:55Z", 5, "Libraries",
  "Journalist naming her outlet, polite and neutral: media enquiry goes to the communications officer even with 612 followers.",
  esc="media_enquiry", likes=1)
m("e14", "x", "@priya_ldr", "Priya Nair", 2340,
  "FOI request to @Brent_Council: please provide the number of households placed in temporary accommodation outside London in each month "
  "of 2025, and the total spent on those placements. Reply to priya.nair@ldrs-newsdesk.co.uk. — Priya Nair, Local Democracy Reporter",
  "2026-01-26T12:11:09Z", 5, "Housing",
  "FOI request from a journalist with real name and email: valid, but 'a journalist's request is 5' - log it and tell communications.",
  foi=True, fv=True, esc="journalist_foi", likes=8, reposts=3)
m("e15", "x", "@CllrRoseHarlesden", "Cllr Rose Adeyemi", 1540,
  "Third week running residents on Harrow Road (the bit by the Jubilee clock) are waiting on bulky waste collections they've paid for. "
  "I've raised it with officers. @Brent_Council can we get a date please?",
  "2026-08-12T14:27:36Z", 5, "Environment",
  "A councillor speaking publicly about a service failure: influential commentator, escalate and involve the service lead.",
  esc="councillor", likes=27, reposts=6)
m("e16", "x", "@JohnsonMP_NW", "Sam Johnson MP", 48200,
  "I visited families on the South Kilburn estate this morning. Black mould in children's bedrooms, one mum has reported it seven times. "
  "I have written to Brent Council's chief executive today. This is not acceptable in 2026.",
  "2026-02-27T17:40:12Z", 5, "Housing",
  "MP, verified, large following, critical about damp and mould: 'highly influential web commentator' on a controversial issue.",
  esc="mp", ver=True, likes=1260, reposts=402, replies=188)
m("e17", "facebook", "fb:kenton.independent.2026", "Gary Whitlock for Kenton", 930,
  "Kenton residents — the potholes on Kenton Road outside the parade have been there since Christmas. Two cyclists have come off this month. "
  "Brent Council has the money for consultants but not for tarmac? I'll be raising this at every door between now and May 7th.",
  "2026-03-29T09:15:00Z", 5, "Highways",
  "Election candidate using a council matter in the pre-election period (cyclists injured): influential and political, escalate to communications.",
  esc="candidate", likes=73, replies=24, reposts=11)
m("e18", "x", "@nw_london_clips", "NW London Clips", 186000,
  "Brent bin crew caught on camera emptying the whole recycling bank straight into the general waste lorry in Sudbury 😭 "
  "so what are we sorting it for then",
  "2026-05-11T20:05:51Z", 5, "Environment",
  "A video going viral against a service from a very large account: 'more likely to impact more widely on the council's reputation'.",
  esc="viral_video", root="e18", likes=8900, reposts=3100, replies=540)
m("e18b", "x", "@sudbury_sal", None, 212,
  "@nw_london_clips @Brent_Council always knew it lol. why do i bother rinsing my yoghurt pots",
  "2026-05-11T21:17:20Z", 1, "Environment",
  "Chatter under an item already escalated; nothing new, monitor (the root carries the escalation).",
  parent="e18", root="e18", likes=14)
m("e20", "x", "@ollie_events", "Ollie", 330,
  "genuinely scary at Wembley Park station right now. they've shut the gate at the bottom of Olympic Way and everyone's still coming down the steps, "
  "people getting pushed into the barriers. stewards just shouting. someone's going to get hurt",
  "2026-06-20T22:47:05Z", 5, "Emergency Planning",
  "Crowd crush building on an event day: risk to life, escalate immediately to emergency planning / events.",
  esc="crowd_safety", likes=41, reposts=19)
m("e21", "instagram", "ig:londonmoneymum", "Chantelle | London Money Mum", 412000,
  "Just seen my Brent council tax for next year 👀 up AGAIN while the bins get collected every other week and my street light has been out "
  "since August. Who else in Brent is fuming? Drop your postcode below 👇",
  "2026-03-09T12:00:00Z", 5, "Finance",
  "Very large account rallying followers against the council tax rise: influential commentator on a controversial issue.",
  esc="influencer", likes=22100, replies=1400)
m("e22", "facebook", "fb:halina.kowalska.77", "Halina Kowalska", 88,
  "Nie widziałam sąsiadki z parteru od czwartku. Ma 84 lata, mieszka sama przy Church Road w Willesden. Poczta leży pod drzwiami, "
  "światło w kuchni pali się cały czas, dzień i noc. Nie wiem, do kogo się zwrócić 😟",
  "2026-11-20T15:33:41Z", 5, None,
  "Polish: 'I haven't seen my downstairs neighbour since Thursday. She is 84, lives alone on Church Road in Willesden. Post piling up at the door, kitchen light on day and night. I don't know who to turn to.' Vulnerable adult not seen for days: escalate.",
  lang="pl", esc="welfare_not_seen", likes=5)
m("e23", "x", "@hanan_sk", None, 64,
  "في ريحة غاز قوية على الدرج في عمارتنا في ساوث كيلبرن من الصبح، والجيران عندهم أطفال صغار. اتصلت بالمجلس وما حدا رد @Brent_Council",
  "2026-10-28T18:09:12Z", 5, "Housing",
  "Arabic: 'There's a strong gas smell on the stairs in our building in South Kilburn since the morning, the neighbours have small children. I called the council and nobody answered.' Gas: risk to life.",
  lang="ar", esc="gas_leak")
m("e24", "facebook", "fb:faadumo.stonebridge", "Faadumo Cali", 130,
  "Wiil yar oo qiyaastii 7 jir ah ayaa habeen kasta keligiis ku wareegaya hortiisa dhismaheenna Stonebridge ilaa saqda dhexe. "
  "Qabow weeye, dhar kuleyl ahna ma xiran. Yaa loo sheegaa?",
  "2025-12-04T23:10:00Z", 5, None,
  "Somali: 'A little boy of about 7 wanders alone every night in front of our building in Stonebridge until midnight. It's cold and he has no warm clothes. Who do you tell?' Child at risk: escalate.",
  lang="so", esc="safeguarding_child", likes=3)
m("e25", "x", "@jas_queensbury", None, 219,
  "me and 4 neighbours on Mollison Way all got poll cards for people who moved out years ago. one has a name of a man who DIED in 2021. "
  "how many of these are floating about before May?",
  "2026-04-02T19:26:31Z", 5, None,
  "Electoral integrity before the May 2026 elections: controversial, escalate to communications/electoral services (elections: no listed department).",
  esc="electoral_integrity", likes=48, reposts=22)
m("e26", "x", "@stonebridge_dee", None, 188,
  "black smoke pouring out the bin store under block B on the Stonebridge estate, smells like plastic. someone's rung 999 but nobody here yet and it's right under the stairs",
  "2026-08-30T03:12:48Z", 5, "Housing",
  "Live fire under the stairwell of a council block at night: risk to life, escalate.",
  esc="fire", likes=7)

# ---------------------------------------------------------------- route 2: customer services (own cases)
m("c01", "x", "@deano_wembley", None, 87,
  "PCN WY40298817 on Empire Way, I HAD A VALID PERMIT ON THE DASH. photo attached. who do i send this to @Brent_Council",
  "2026-04-14T08:12:30Z", 2, "Parking",
  "Own penalty charge with a PCN number: 'a person requiring customer services'.", likes=0)
m("c01r", "x", "@deano_wembley", None, 87,
  "PCN WY40298817 on Empire Way, I HAD A VALID PERMIT ON THE DASH. photo attached. who do i send this to @Brent_Council",
  "2026-04-16T17:40:02Z", 2, "Parking",
  "Exact repeat of the same own PCN case two days later; same label (no response yet).", likes=1)
m("c02", "facebook", "fb:gloria.mensah.neasden", "Gloria Mensah", 140,
  "Brent Council can someone please look at my account 300458712. You've taken the direct debit twice this month £163.40 each time "
  "and now I'm overdrawn. I'm a pensioner, I can't be waiting 10 days for it back.",
  "2026-05-05T10:31:44Z", 2, "Finance",
  "Own council tax account with a number and a double payment: customer services, response inside 24 hours.", likes=2)
m("c04", "x", "@nana_b_kensal", "Nana B", 52,
  "no heating or hot water since Friday, 84 Bathurst Gardens, job ref R-2261904. engineer didn't turn up Monday. I'm 79",
  "2026-01-06T11:02:49Z", 2, "Housing",
  "Own repair with a job reference; an older resident without heating in January makes it urgent (ambiguous with 5: vulnerable adult in cold).", likes=5)
m("c05", "facebook", "fb:kelly.r.nw2", "Kelly Robinson", 205,
  "The mould in my son's room is back again three weeks after they painted over it. He's 18 months and has had a cough since November. "
  "Flat 3, Dollis Hill Lane. I have photos. What do I actually need to do to get someone out properly?",
  "2026-02-11T20:20:10Z", 2, "Housing",
  "Own damp and mould case with address: customer services to arrange inspection (ambiguous with 5: toddler's health).", likes=7, replies=3)
m("c06", "x", "@carpaintmo", None, 120,
  "hit a pothole on Forty Lane by the Barn Hill junction, tyre and alloy gone. £340. how do i claim, got pics and the time it happened",
  "2026-02-02T18:06:25Z", 2, "Highways",
  "Own damage claim from a stated pothole: an officer must take the claim (not just signposting).", likes=1)
m("c07", "x", "@preston_gal", None, 71,
  "street light outside 22 Carlton Avenue East been out 3 weeks. pitch black walking home from the station",
  "2026-11-12T19:48:33Z", 2, "Highways",
  "Specific street-light fault at an address: pass to Highways.")
m("c08", "instagram", "ig:harlesden.hair.studio", "Harlesden Hair Studio", 2100,
  "Someone has dumped 3 mattresses and a fridge in the alley behind our salon on Manor Park Road AGAIN. Customers have to walk past it 🤢 @brentcouncil",
  "2026-06-25T12:14:00Z", 2, "Environment",
  "Business reporting fly-tipping at a precise spot: service request for removal.", likes=64)
m("c09", "x", "@bookwormbea", None, 39,
  "returned my books to Willesden library on the 3rd, still getting overdue emails. card ending 4471 @Brent_Council help",
  "2026-03-18T14:09:58Z", 2, "Libraries",
  "Own library account (card number) with wrong overdue notices: customer services.")
m("c10", "facebook", "fb:rajesh.shah.kenton", "Rajesh Shah", 310,
  "We got NONE of our six secondary school choices for our son, he's been given a school 2 buses away. Application BRE-SEC-2026-14872. "
  "How do we appeal and get on waiting lists? Nobody is answering the admissions line.",
  "2026-03-02T16:44:00Z", 2, "Education",
  "Own school admission case with an application reference: Education must look it up.", likes=9)
m("c11", "x", "@sudbury_neighbour", None, 18,
  "neighbour at 47 Harrow Road Sudbury putting up a rear extension WAY bigger than the plans (25/2194). already past my fence line. who enforces this",
  "2026-09-03T15:30:14Z", 2, "Planning",
  "Own planning enforcement complaint with address and application number: customer services to Planning enforcement.")
m("c12", "x", "@nightshiftnurse_nw", None, 140,
  "the flat above me on Craven Park Road has had music till 4am every night this week. I work nights. I cannot do this anymore, please send someone",
  "2026-10-15T04:22:03Z", 2, "Regulatory Services",
  "Own noise nuisance at a stated road: Regulatory Services (the 'cannot do this anymore' reads as exhaustion, not a self-harm cue).")
m("c13", "linkedin", "li:91893-femi-akande", "Femi Akande", 740,
  "Applied for the Senior Housing Officer role with Brent Council (ref BRE-2231) in March, had an interview on 14 April and have heard nothing since "
  "despite two emails. Would appreciate an update from the recruitment team.",
  "2026-05-19T09:00:00Z", 2, "HR",
  "Own job application with a reference: HR needs to look up the record.")
m("c15", "x", "@stephen_doyle_nw10", "Stephen Doyle", 230,
  "@Brent_Council Please could you tell me how many fixed penalty notices for fly-tipping were issued in Harlesden ward in 2025, "
  "and how many were paid. Thanks, Stephen",
  "2026-06-03T11:25:37Z", 2, "Environment",
  "FOI for recorded figures; real name visible in the profile (Stephen Doyle), so valid: log via customer services.",
  foi=True, fv=True)
m("c16", "facebook", "fb:margaret.cole.kingsbury", "Margaret Cole", 95,
  "Freedom of information request. Please send me the schedule of grass cutting for the parks in Kingsbury for 2026 and how much the contract costs. "
  "Margaret Cole, 12 Kingsbury Road, London NW9",
  "2026-04-28T10:02:11Z", 2, "Environment",
  "FOI for a schedule and contract cost, signed with name and address for correspondence: valid, logged by customer services.",
  foi=True, fv=True)
m("c17", "x", "@paulinekenton", "Pauline", 66,
  "my husband is disabled and on the assisted collection list, but the crew have left our bins at the gate 3 weeks in a row. 19 Kenton Lane. he can't get them up the path",
  "2026-09-22T13:44:20Z", 2, "Environment",
  "Own assisted collection being missed at a stated address: customer services.")
m("c18", "facebook", "fb:pravin.amin.wembley", "Pravin Amin", 120,
  "મારા કાઉન્સિલ ટેક્સમાં આ મહિને બે વાર પૈસા કપાયા છે. એકાઉન્ટ નંબર 300981124. કૃપા કરીને કોઈ ફોન કરો.",
  "2026-06-08T08:41:55Z", 2, "Finance",
  "Gujarati: 'Money has been taken twice for my council tax this month. Account number 300981124. Please someone call.' Own account: customer services.",
  lang="gu")
m("c19", "facebook", "fb:ionut.popescu.22", "Ionuț Popescu", 74,
  "Am primit amendă de parcare PCN BT41177302 pe Chapter Road deși aveam permis de vizitator valabil pe telefon. Cui trimit dovada? Nu înțeleg site-ul.",
  "2026-07-09T19:13:02Z", 2, "Parking",
  "Romanian: 'I received parking fine PCN BT41177302 on Chapter Road although I had a valid visitor permit on my phone. Who do I send the proof to? I don't understand the website.' Own PCN case.",
  lang="ro")
m("c20", "x", "@imran_nw6", None, 44,
  "ہمارے فلیٹ میں تین ہفتوں سے ہیٹنگ کام نہیں کر رہی۔ ریپیئر ریفرنس R-2258120 ہے، کوئی نہیں آیا @Brent_Council",
  "2026-01-20T17:37:29Z", 2, "Housing",
  "Urdu: 'The heating in our flat hasn't worked for three weeks. The repair reference is R-2258120, nobody has come.' Own repair with a reference.",
  lang="ur")
m("c21", "facebook", "fb:ana.ferreira.ha0", "Ana Ferreira", 150,
  "Pedido ao abrigo da Lei da Liberdade de Informação: peço o número de queixas de bolor e humidade registadas pela Brent Council em 2025, "
  "por bairro (ward). Ana Ferreira, 27 Ealing Road, Wembley HA0 4AB.",
  "2026-02-24T13:05:00Z", 2, "Housing",
  "Portuguese: 'Request under the Freedom of Information Act: the number of mould and damp complaints recorded by Brent Council in 2025, by ward. Ana Ferreira, 27 Ealing Road...' Valid FOI (name and address): customer services.",
  lang="pt", foi=True, fv=True)
m("c23", "bluesky", "@jowhitfield.bsky.social", "Jo Whitfield", 410,
  "@brent.gov.uk hi - our green garden waste bin hasn't been emptied since the subscription renewed in April (paid, ref GW-55012, Brondesbury Park). Is it a new round day?",
  "2026-05-27T08:19:44Z", 2, "Environment",
  "Own paid subscription with a reference not being serviced: customer services (the question is incidental).")
m("c25", "youtube", "yt:comment:91893-c25", "Mohammed Rahman", 8,
  "Watched this video on how to apply for the parking permit, did all the steps, my application from 2 weeks ago still says pending. Reg LK19 FXD, Alperton. Can someone check?",
  "2026-04-07T21:02:19Z", 2, "Parking",
  "Own permit application (vehicle reg and area) under a how-to video: customer services.")
m("c26", "x", "@vinnie_neasden", None, 140,
  "bins?? again. Neasden Lane, by the Co-op. 2 weeks.",
  "2026-08-05T09:14:40Z", 2, "Environment",
  "Short own missed collection with a place: customer services (compare the context-free 'bins?? again' posts).")

# ---------------------------------------------------------------- route 3: web team responds
m("w01", "x", "@lou_in_nw10", None, 210,
  "when does the garden waste subscription open for this year? can't see it on the site",
  "2026-02-28T10:40:05Z", 3, "Environment",
  "General 'when' question answered by published information: 'signposting to information on our website'.")
m("w02", "x", "@annoyed_in_wembley", None, 88,
  "the pay a PCN page on your website just spins forever then 'session expired'. tried 3 browsers. fix your site @Brent_Council",
  "2026-05-14T22:05:55Z", 3, "Web",
  "Fault on the website: web team responds and fixes (no PCN number given, so not an own case).")
m("w03", "facebook", "fb:sue.bennett.harrow", "Sue Bennett", 60,
  "@Brent Council my bins in Pinner haven't been collected for 2 weeks, who do I speak to?",
  "2026-07-14T12:00:00Z", 3, None,
  "Pinner is Harrow, not Brent: a mention 'meant for another council', web team points her to Harrow.")
m("w04", "x", "@wembleyparkwatcher", None, 310,
  "how much did the council spend on the Wembley Park christmas lights? genuinely asking",
  "2025-12-10T19:21:43Z", 3, "Communications",
  "Request for recorded spend but from a pseudonymous handle with no name: invalid FOI, web team explains how to make a valid request (department debatable: events budget).",
  foi=True, fv=False)
m("w05", "x", "@mo_k", "Mo", 101,
  "FOI: how many CCTV parking tickets were issued on Wembley event days in 2025? cheers",
  "2026-01-30T15:12:22Z", 3, "Parking",
  "FOI for recorded figures but only a first name ('Mo') and no address: invalid, web team explains the rule.",
  foi=True, fv=False)
m("w06", "x", "@tash_nw2", None, 67,
  "is it true brent are charging for brown bins now?? my neighbour says £60",
  "2026-03-05T18:34:19Z", 3, "Environment",
  "'Is it true' confusion over a well-understood charge: web team responds with the page.")
m("w07", "facebook", "fb:kwame.asante.cricklewood", "Kwame Asante", 180,
  "How do you apply for a dropped kerb in Brent? Want to park on my drive but don't want a fine.",
  "2026-06-16T20:47:08Z", 3, "Highways",
  "'How do I' question answered by the website: signpost.")
m("w08", "mastodon", "@eleri_nw6@mastodon.social", "Eleri", 95,
  "@brentcouncil@social.example does Kilburn library do printing on Sundays or is it weekdays only?",
  "2026-09-06T10:15:00Z", 3, "Libraries",
  "Simple opening/service question: web team answers with a link.")
m("w09", "x", "@newmum_alperton", None, 40,
  "when's the deadline for reception applications for sept 2027? dont want to miss it",
  "2026-10-20T21:03:36Z", 3, "Education",
  "General admissions deadline question: signposting.")
m("w10", "x", "@firsttimevoter_06", None, 150,
  "how do i register to vote in brent, just turned 18 🗳️",
  "2026-02-09T16:55:17Z", 3, None,
  "Simple 'how' question on electoral registration: web team signposts (elections: no listed department).")
m("w11", "facebook", "fb:tom.wright.queenspark", "Tom Wright", 230,
  "Quick one - do I need planning permission for a loft conversion with a rear dormer? Semi in Queen's Park, not in a conservation area I think.",
  "2026-04-19T09:42:13Z", 3, "Planning",
  "General planning question answered by published guidance (no application of his own yet).")
m("w12", "x", "@kilburnkid", None, 260,
  "heard brent are scrapping food waste collections from june?? is that real",
  "2026-05-02T13:13:13Z", 3, "Environment",
  "Rumour / 'is it true' confusion: correct it with the published schedule.")
m("w13", "x", "@nightowl_nw6", None, 34,
  "whats the out of hours number for housing repairs, website has 3 different numbers",
  "2026-11-08T23:40:50Z", 3, "Housing",
  "'Where' question plus a confusing website: web team answers and checks the page (no emergency described).")
m("w14", "bluesky", "@pennypincher-nw9.bsky.social", None, 510,
  "is council tax going up again in april and by how much? band D",
  "2026-02-20T08:05:00Z", 3, "Finance",
  "General question on a published decision: signposting.")
m("w15", "x", "@ahmed_foi_curious", None, 77,
  "how do i actually make a freedom of information request to brent? is there a form",
  "2026-07-28T12:29:41Z", 3, "Policy",
  "Looks like FOI but asks how to make one: not itself a request, web team signposts (Policy taken as the FOI team's home; disputable).")
m("w16", "facebook", "fb:ali.rezaei.kilburn", "Ali Rezaei", 90,
  "کسی میدونه چطوری میشه از شورای برنت سطل زباله سبز جدید درخواست داد؟ سطل ما ترک خورده",
  "2026-03-23T17:20:31Z", 3, "Environment",
  "Farsi: 'Does anyone know how to request a new green bin from Brent Council? Ours is cracked.' A 'how' question answered online (ambiguous with 2: own bin).",
  lang="fa")
m("w17", "facebook", "fb:sumi.begum.kilburn", "Sumi Begum", 140,
  "আমার মেয়ের রিসেপশন ক্লাসে ভর্তির আবেদন কবে পর্যন্ত করা যাবে? ওয়েবসাইটে খুঁজে পাচ্ছি না।",
  "2026-10-22T11:18:26Z", 3, "Education",
  "Bengali: 'Until when can I apply for my daughter's reception class admission? I can't find it on the website.' General question: signposting.",
  lang="bn")
m("w18", "x", "@kavitha_wembley", None, 63,
  "வெம்பிளி நூலகம் ஞாயிற்றுக்கிழமை திறந்திருக்குமா? @Brent_Council",
  "2026-08-08T09:50:12Z", 3, "Libraries",
  "Tamil: 'Is Wembley library open on Sunday?' Simple question: web team answers.",
  lang="ta")
m("w19", "x", "@jt_harlesden", None, 180,
  "@Brent_Council your bulky waste booking page says 'no slots available' for every date till 2027 lol. is that right or broken",
  "2026-09-29T14:44:44Z", 3, "Web",
  "Probable website fault on the booking form: web team checks and responds (ambiguous with Environment).")
m("w21", "facebook", "fb:bigmike.willesden", "Mike", 45,
  "Can you tell me how many parking tickets Brent issued last year? I reckon it's millions lol",
  "2026-01-11T20:10:00Z", 3, "Parking",
  "A request for recorded figures, half-joking, first name only: treated as an invalid FOI, web team points to published figures and how to request (ambiguous with 1: rhetorical).",
  foi=True, fv=False)

# ---------------------------------------------------------------- route 4: ongoing service conversations
m("t1", "facebook", "fb:kensalrise.residents/91893-t1", "Kensal Rise Residents Group", 4200,
  "The School Street trial on Chamberlayne Road side streets — the consultation closes on the 30th. Post your experience of the first month here, "
  "good and bad, and we'll collate it for the council. Please keep it civil.",
  "2026-09-14T08:00:00Z", 4, "Highways",
  "Community group opening a live consultation discussion about one scheme: service officers should join it.",
  root="t1", replies=31, likes=54)
m("t1a", "facebook", "fb:kensalrise.residents/91893-t1a", "Bethan Lloyd", 130,
  "Honestly it's been lovely at drop-off, my two can scoot in safely. But the signs at the top of Hardinge Road are tiny, people are getting fined who just didn't see them.",
  "2026-09-14T08:41:15Z", 4, "Highways",
  "Contribution to the live School Street thread, mixed view: part of the service conversation.",
  parent="t1", root="t1", likes=22)
m("t1b", "facebook", "fb:kensalrise.residents/91893-t1b", "Derek Hales", 75,
  "Traffic's just moved onto Clifford Gardens. 8.30 it's bumper to bumper outside my house now. Nobody asked us.",
  "2026-09-14T09:02:50Z", 4, "Highways",
  "Critical but ordinary: displaced traffic in the same consultation thread; officers should respond there.",
  parent="t1", root="t1", likes=17)
m("t2", "x", "@nicollroad_nw10", None, 160,
  "anyone else on Nicoll Road not had the blue bins done since the 2nd? @Brent_Council",
  "2026-07-16T18:01:01Z", 4, "Environment",
  "Starts a street-wide conversation about one recurring collection failure.",
  root="t2", replies=3, likes=9)
m("t2a", "x", "@harlesden_hannah", None, 74,
  "@nicollroad_nw10 @Brent_Council same on our side. they did the black bins friday and just drove past the blue ones",
  "2026-07-16T18:22:40Z", 4, "Environment",
  "Neighbour joining the same thread on the same service matter.",
  parent="t2", root="t2", likes=4)
m("t2b", "x", "@kwesi_k", None, 51,
  "bins?? again",
  "2026-07-16T19:05:13Z", 4, "Environment",
  "Same short text as a standalone moan, but inside the Nicoll Road thread it adds to an ongoing service conversation: route 4.",
  parent="t2a", root="t2", likes=2)
m("t2c", "x", "@nicollroad_nw10", None, 160,
  "so that's at least 6 houses now. someone from waste want to come and look at this street? it's the third time since easter",
  "2026-07-17T07:45:00Z", 4, "Environment",
  "Thread author summarising a recurring hotspot and inviting the service in: route 4 (ambiguous with 2 for each household).",
  parent="t2b", root="t2", likes=7)
m("t3", "facebook", "fb:wembleycentral.community/91893-t3", "Priti Desai", 540,
  "Has everyone seen application 26/0871 for the 24 storey block on the old car showroom site on Ealing Road? Comments close in 3 weeks. "
  "I'm worried about the shadow on the primary school playground and where 300 more households are meant to see a GP.",
  "2026-06-02T19:30:00Z", 4, "Planning",
  "Live discussion of a specific planning application in a local group: Planning officers should join.",
  root="t3", replies=19, likes=41)
m("t3a", "facebook", "fb:wembleycentral.community/91893-t3a", "Jamal Bakr", 210,
  "I'm actually for it, my kids will never afford anywhere round here otherwise. But they need to say how many are actually affordable, the documents are 200 pages.",
  "2026-06-02T20:11:42Z", 4, "Planning",
  "Supportive reply asking about the affordable housing figure in the application: part of the conversation.",
  parent="t3", root="t3", likes=25)
m("t3b", "facebook", "fb:wembleycentral.community/91893-t3b", "Priti Desai", 540,
  "@Jamal Bakr fair point. Is anyone from the planning team on here? Would be good to get a straight answer rather than us all guessing.",
  "2026-06-02T21:03:07Z", 4, "Planning",
  "Explicit invitation to the service into an ongoing thread: route 4.",
  parent="t3a", root="t3", likes=12)
m("t4", "facebook", "fb:preston.ward.neighbours/91893-t4", "Colin Marsh", 300,
  "Following on from last night's meeting at the community centre about extending the CPZ into Preston Road side streets - a few of you asked for the "
  "map the council showed. Photo below. Zone would run 8am-6.30pm Mon-Sat. Thoughts before the survey closes Friday?",
  "2026-10-09T07:55:00Z", 4, "Parking",
  "Text shows an ongoing conversation (after a meeting, survey still open) on one parking scheme: Parking officers should join.",
  root="t4", replies=14, likes=18)
m("t4a", "facebook", "fb:preston.ward.neighbours/91893-t4a", "Lucía Gómez", 60,
  "Yo trabajo de noche y llego a casa a las 7 de la mañana. Si la zona empieza a las 8, ¿tengo que pagar un permiso solo para dormir? Nadie en la reunión lo explicó.",
  "2026-10-09T09:12:44Z", 4, "Parking",
  "Spanish: 'I work nights and get home at 7am. If the zone starts at 8, do I have to pay for a permit just to sleep? Nobody at the meeting explained it.' Part of the CPZ conversation.",
  lang="es", parent="t4", root="t4", likes=8)
m("t5", "mastodon", "@clare_reads@toot.wales", "Clare (she/her)", 640,
  "Brent's library hours consultation: proposal cuts Harlesden to 4 days and shifts Kensal Rise to volunteer-run evenings. "
  "Anyone else responded? I'd like to know what 'community-led' means in practice before I tick a box. #Brent #libraries",
  "2026-10-02T12:30:00Z", 4, "Libraries",
  "Ongoing discussion of a live consultation on one service: Libraries officers to join (a journalist's question on the same topic is route 5).",
  root="t5", replies=5, likes=33, reposts=12)
# ---------------------------------------------------------------- route 1: monitor
m("n01", "x", "@oilwatch_daily", "Oil Watch", 54000,
  "Brent crude up 2.1% to $83.40 after OPEC+ signals deeper cuts into Q1. WTI follows.",
  "2025-12-02T07:31:00Z", 1, None, "Keyword noise: Brent crude oil price, nothing to do with the council.",
  likes=210, reposts=88)
m("n02", "rss", "rss:energy-markets/91893-n02", "Energy Markets Weekly", None,
  "Brent settles lower as Middle East supply fears ease; analysts see the benchmark range-bound between $76 and $82 through the summer.",
  "2026-06-12T16:00:00Z", 1, None, "Keyword noise: Brent benchmark (oil) news feed.")
m("n03", "x", "@rahul_trades", None, 900,
  "ब्रेंट क्रूड आज फिर 80 डॉलर के पार। पेट्रोल के दाम अब फिर बढ़ेंगे 😩",
  "2026-04-09T05:12:44Z", 1, None,
  "Hindi: 'Brent crude crosses $80 again today. Petrol prices will rise again now.' Keyword noise.",
  lang="hi", likes=12)
m("n04", "instagram", "ig:shopwithtay", "Tay", 3200,
  "Brent Cross haul 🛍️ Zara had 50% off everything, got the coat I've been stalking for weeks",
  "2025-12-27T15:05:00Z", 1, None, "Keyword noise: Brent Cross shopping centre (Barnet).", likes=180)
m("n05", "x", "@bees_til_i_die", None, 1400,
  "BRENTFORD 3-1 what a night at the Gtech 🐝🐝🐝",
  "2026-01-18T21:55:30Z", 1, None, "Keyword noise: Brentford FC.", likes=66)
m("n06", "x", "@officequotes", "The Office Quotes", 91000,
  "\"I'm a friend first, a boss second, probably an entertainer third.\" - David Brent",
  "2026-03-01T12:00:00Z", 1, None, "Keyword noise: David Brent.", likes=3400, reposts=900)
m("n07", "facebook", "fb:brent.jackson.88", "Brent Jackson", 420,
  "Happy 40th to me! Thanks everyone for the messages, Brent is officially old 😂",
  "2026-08-22T20:30:00Z", 1, None, "Keyword noise: a person called Brent.", likes=98)
m("n08", "bluesky", "@camdencyclist.bsky.social", None, 780,
  "Camden's new cycle lane on Chalk Farm Road already has cars parked in it. Not even a week. Brilliant.",
  "2026-05-08T08:20:00Z", 1, None, "Another borough's matter, not addressed to Brent: monitor as noise.", likes=45)
m("n09", "x", "@wendy_wembley", None, 210,
  "shout out to the bin crew on Barn Rise this morning, saw them go back for my neighbour's bin she forgot to put out. legends 🙌 @Brent_Council",
  "2026-07-07T09:12:00Z", 1, "Environment",
  "Praise and thanks: 'no particular consequence', keep monitoring (could be shared as good news).", likes=32)
m("n11", "facebook", "fb:nisha.patel.wembley", "Nisha Patel", 390,
  "વેમ્બલીમાં દિવાળીની રોશની આ વર્ષે ખૂબ સુંદર હતી. આભાર બ્રેન્ટ કાઉન્સિલ 🪔",
  "2026-11-09T18:45:00Z", 1, "Communications",
  "Gujarati: 'The Diwali lights in Wembley were very beautiful this year. Thank you Brent Council.' Praise: monitor.",
  lang="gu", likes=120)
m("n12", "x", "@nw10_rants", None, 38,
  "@Brent_Council useless clowns the lot of you 🤡🤡",
  "2026-04-25T23:11:09Z", 1, None, "Low-reach abuse with no substance: monitor.", likes=0)
m("n12r", "x", "@nw10_rants", None, 38,
  "@Brent_Council useless clowns the lot of you 🤡🤡",
  "2026-04-26T00:02:51Z", 1, None, "Exact repeat of the same low-reach abuse: same label, monitor.", likes=1)
m("n13", "x", "@grow_ur_brand_fast", None, 12,
  "@Brent_Council Want 10K REAL followers in 7 days?? 🚀 DM us now best prices in UK",
  "2026-03-16T03:33:03Z", 1, None, "Spam: no action.")
m("n13r", "x", "@grow_ur_brand_fast", None, 12,
  "@Brent_Council Want 10K REAL followers in 7 days?? 🚀 DM us now best prices in UK",
  "2026-03-16T03:34:10Z", 1, None, "Exact repeat of spam: same label.")
m("n14", "x", "@kingsbury_labour_fan", None, 620,
  "Out on the doorstep in Kingsbury today with a great team 🌹 Vote on May 7th! #LocalElections2026",
  "2026-04-18T16:00:00Z", 1, None,
  "Party-political campaigning with no council matter raised: monitor; the council takes no political standpoint.", likes=55)
m("n15", "x", "@dryhumour_nw2", None, 150,
  "love how brent can find money for another 'consultation' but not for a single working bench in Gladstone Park. iconic behaviour",
  "2026-06-06T11:27:48Z", 1, None,
  "Sarcastic moan with no case or request, low reach: monitor (ambiguous with 3).", likes=9)
m("n16", "x", "@alperton_ash", None, 80,
  "bins?? again",
  "2026-08-11T08:03:00Z", 1, "Environment",
  "Standalone, no street or thread: a moan without a case, monitor (ambiguous with 2; compare the same text inside the Nicoll Road thread, route 4).")
m("n17", "facebook", "fb:grace.okafor.kilburn", "Grace Okafor", 140,
  "So sad to hear about the fire in Harlesden. Thoughts with his family. 💔",
  "2026-04-22T13:00:00Z", 1, None,
  "Sympathy about an event already escalated (the Harlesden hostel fire report); nothing new, monitor.", likes=30)
m("n18", "x", "@wembleystadiumfan", "Wembley Stadium Fan Page", 220000,
  "Wembley looking unreal tonight 🔥 the arch lit up in red for the final",
  "2026-05-30T21:10:00Z", 1, None,
  "Very large account saying something of no consequence about the borough: monitor.", likes=9800)
m("n19", "x", "@kilburn_kev", None, 300,
  "RT @nw_london_clips: Brent bin crew caught on camera emptying the whole recycling bank straight into the general waste lorry in Sudbury 😭",
  "2026-05-11T22:40:00Z", 1, "Environment",
  "Reshare of the viral item already escalated (the bin-crew video): monitor, count for the spike.", likes=0)
m("n20", "rss", "rss:brent-community-news/91893-n20", "Brent Community News", None,
  "Brent Council's Willesden Green farmers' market returns on Saturday with 30 stalls, live music and free face painting for children.",
  "2026-04-03T06:00:00Z", 1, "Communications",
  "Neutral local news reprinting council event information: no action.")
m("n23", "youtube", "yt:comment:91893-n23", "Tobi", 120,
  "the drone shot of the civic centre at 1:42 is actually so clean",
  "2026-09-19T19:19:19Z", 1, "Communications", "Praise for a council video: monitor.", likes=3)
m("n25", "linkedin", "li:91893-jobs-share", "Olu Adebayo", 1500,
  "Proud to share that I've started as a Graduate Policy Officer at Brent Council! Grateful to everyone who supported me.",
  "2026-09-01T08:30:00Z", 1, "HR", "Staff celebration post: positive, no action.", likes=210)
m("n27", "x", "@teenz_wembley", None, 160,
  "ngl the new skatepark by the civic is actually peak 😭 brent did smth right for once",
  "2026-07-25T17:55:00Z", 1, None, "Teenage praise, backhanded; no case: monitor (leisure: no listed department).", likes=28)

# ---------------------------------------------------------------- a few more to reach the mix
m("x03", "x", "@riverbrent_resident", None, 120,
  "River Brent's over the footpath at Tokyngton and coming up Monks Park. a car is stuck in it at the dip with someone still inside @Brent_Council",
  "2026-01-29T06:48:00Z", 5, "Emergency Planning",
  "Flooding with a person trapped in a car: risk to life, emergency planning.",
  esc="flood_trapped", likes=20, reposts=14)
m("x08", "facebook", "fb:mrs.adebola.brondesbury", "Funke Adebola", 150,
  "My mum's care assessment was meant to be in September and we've heard nothing. She is 88 and can't manage the stairs. Can someone from adult social care call me? I've left 4 messages.",
  "2026-10-19T10:30:00Z", 2, None,
  "Own case: 'my mum's care assessment' needs an officer to look up records; adult social care is not a listed department (ambiguous with 5: a vulnerable adult).")
m("x10", "x", "@jess_nw10", None, 140,
  "is the Harlesden library closing for good or just refurb? seen 3 different things on facebook",
  "2026-10-04T15:05:00Z", 3, "Libraries",
  "Confusion over published plans: web team responds with the facts (ambiguous with 4: the consultation thread).")
m("x13", "x", "@r_okonkwo", "Rita Okonkwo", 260,
  "Please provide under FOI the number of damp and mould reports logged for council homes in Stonebridge ward in 2025 and the average time to repair. Rita Okonkwo",
  "2026-04-30T12:40:00Z", 2, "Housing",
  "FOI for recorded figures, real name in the profile and signed: valid, customer services logs it.",
  foi=True, fv=True)

# ---------------------------------------------------------------- serialise
def pid_for(i, it):
    n = f"{i:03d}"
    p = it["plat"]
    if p in ("x", "mastodon"):
        return PREFIX + "2026" + n + "0" + str(len(it["key"]))
    return {"facebook": f"fb_{PREFIX}_{n}", "instagram": f"ig_{PREFIX}_{n}", "youtube": f"yt_{PREFIX}_{n}",
            "linkedin": f"urn:li:activity:{PREFIX}{n}", "bluesky": f"at://did:plc:brent{PREFIX}/post/{n}",
            "rss": f"rss-{PREFIX}-{n}"}[p]

def handle_for(it):
    h = it["handle"]
    if h.startswith("@"):
        return h
    if h.startswith("ig:"):
        return "@" + h[3:]
    base = (it["name"] or h).split("|")[0].split("(")[0].strip().lower().replace("'", "")
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    return "@" + re.sub(r"[^a-z0-9]+", ".", base).strip(".")

ids = {}
for i, it in enumerate(ITEMS, 1):
    ids[it["key"]] = pid_for(i, it)
assert len(set(ids.values())) == len(ITEMS)

# shuffle, keeping each reply after its parent
rng = random.Random(91893)
order = {it["key"]: rng.random() for it in ITEMS}
for it in ITEMS:  # parents always defined earlier in the source list
    if it["parent"]:
        order[it["key"]] = max(order[it["key"]], order[it["parent"]] + rng.uniform(0.001, 0.05))
ITEMS.sort(key=lambda it: order[it["key"]])

with open(OUT, "w", encoding="utf-8") as f:
    for it in ITEMS:
        d = {"platform": it["plat"], "platform_id": ids[it["key"]], "author_handle": handle_for(it),
             "author_name": it["name"], "author_followers": it["fol"], "author_verified": it["ver"],
             "text": it["text"], "created_at": it["ts"],
             "reply_to_id": ids[it["parent"]] if it["parent"] else None,
             "thread_id": ids[it["root"]] if it["root"] else None,
             "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"], "language": None,
             "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"], "foi_valid": it["fv"],
                       "escalate_reason": it["esc"], "reason": it["reason"], "language": it["lang"]},
             "provenance": "written"}
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(ITEMS), "written to", OUT)
