from common import *

# ---------- route 1: noise, chatter, low-reach abuse, spam ----------
M("x", "@oilwatch_jk", "J. Kaur | Energy desk", 8400, False, "01-05 07:14",
  "Brent crude up 2.3% to $81.40 in early Asian trade after OPEC+ signals it will hold output cuts into Q2 #oil #Brent #OOTT",
  1, None, "App. A 'no particular consequence': Brent crude oil price, keyword noise not about the council.")
M("x", "@northernline_moans", None, 312, False, "01-06 08:41",
  "Brent Cross station shut AGAIN. Northern line is a joke this week",
  1, None, "App. A 'no particular consequence': Brent Cross is in Barnet and TfL-run; keyword noise.")
M("x", "@gladstone_walks", "Amira", 188, False, "01-10 09:02",
  "Gladstone Park this morning ❄️ frost on every blade of grass, dog went mental. Love this place",
  1, None, "App. A 'no particular consequence': park chatter, no case or request; monitor only.")
M("x", "@wemb_ley_lad99", None, 41, False, "01-11 23:47",
  "@Brent_Council useless bunch of clowns the lot of ya",
  1, None, "App. A 'no particular consequence': low-reach abuse with no substance or case; keep monitoring.")
M("x", "@nw10_tired", None, 96, False, "01-12 18:20",
  "great job as usual Brent 🙄",
  1, None, "App. A 'no particular consequence': sarcastic moan with no issue identified, low reach; monitor in case it escalates.")
M("mastodon", "@petra@mastodon.social", "Petra L", 530, False, "01-13 11:05",
  "The all-hands this morning had serious David Brent energy. 'I'm a friend first, a boss second, probably an entertainer third' 😬",
  1, None, "App. A 'no particular consequence': 'David Brent' (The Office) keyword noise.")
M("x", "@bees_til_i_die", None, 1204, False, "01-17 16:49",
  "Brentford 2-1 up at half time!!! Thiago again 🐝🐝",
  1, None, "App. A 'no particular consequence': Brentford FC keyword noise.")
M("instagram", "@wembleyparklife", "Wembley Park Life", 6210, False, "01-18 17:32",
  "Sunset over Wembley Park 🌇 never gets old #wembley #wembleypark #london #sunset",
  1, None, "App. A 'no particular consequence': scenic post, no council matter.")
M("x", "@cryptoqueen_uk_7", None, 14, False, "01-19 03:12",
  "@Brent_Council Earn £5000 weekly from home with crypto 💰💰 DM me now to start, limited spaces!!",
  1, None, "App. A 'no particular consequence': spam; no action.")
M("facebook", "tunde.ade.5512", "Tunde Adeyemi", None, False, "01-20 20:15",
  "Anyone know a decent plumber round Neasden? Boiler making a banging noise. Not the council one lol, private",
  1, None, "App. A 'no particular consequence': private service request in a local group, not a council matter.")
M("bluesky", "estuarybirder.bsky.social", "Tom Ridley", 890, False, "01-21 10:40",
  "Brent geese on the mudflats at Leigh this morning - easily 400 of them. Wonderful noise.",
  1, None, "App. A 'no particular consequence': Brent geese, keyword noise.")
M("x", "@kentonmum", None, 233, False, "01-22 07:58",
  "Harrow Council have done it again, no bins on our road in Kenton for 2 weeks #HarrowCouncil",
  1, None, "App. A 'no particular consequence': another borough's matter not addressed to Brent (Kenton straddles Harrow); monitor only.")
M("x", "@kasia_w_london", "Kasia", 402, False, "01-24 19:10",
  "Dziś wieczorem koncert na Wembley, Olympic Way będzie zakorkowane jak zawsze 😅",
  1, None, "App. A 'no particular consequence': Polish chatter about a concert crowd, no request.", lang="pl")
M("youtube", "@lilmo_2011", None, 3, False, "01-25 15:22",
  "first 😂😂",
  1, None, "App. A 'no particular consequence': empty comment on a council how-to video.")
M("x", "@willesden_newbie", None, 155, False, "01-26 21:34",
  "Just moved to Willesden Green and honestly the council tax here is mental lol. London innit",
  1, None, "App. A 'no particular consequence': general moan, no case or question; monitor.")
M("linkedin", "grace-o-ot", "Grace Oyelaran", 640, False, "01-27 12:03",
  "Delighted to share that today marks 5 years as an Occupational Therapist at Brent Council 🎉 Grateful to the most brilliant team in Kingsbury. Here's to the next five!",
  1, None, "App. A 'no particular consequence': staff milestone post, positive, no action needed.")

# ---------- route 2: individual customer service cases ----------
M("x", "@harlesden_rach", "Rachel", 210, False, "01-07 08:12",
  "@Brent_Council blue bin not collected on Harlesden Road NW10 AGAIN, third week running. Reported ref 40093817. Its overflowing into the street",
  2, ENV, "App. A 'a person requiring customer services': repeat missed collection at a named street with a reference.")
M("x", "@dudden_cyclist", "Femi O", 377, False, "01-08 17:45",
  "@Brent_Council there's a massive pothole outside 112 Dudden Hill Lane, nearly came off my bike in the dark. Needs fixing before someone gets hurt",
  2, HWY, "App. A 'a person requiring customer services': specific pothole at an address for Highways to inspect; no injury reported.")
M("facebook", "sandra.mcleod.77", "Sandra McLeod", None, False, "01-09 13:27",
  "Why have I been charged council tax twice this month?? Account 30461187. Two direct debits of £187.44 went out on the 1st and the 2nd. Can someone sort this out today please, I'm now overdrawn",
  2, FIN, "App. A 'a person requiring customer services': individual council tax account with a double payment.")
M("x", "@mo_alperton", None, 129, False, "01-10 22:05",
  "got a PCN WM84736291 on Olympic Way saturday but it wasnt an event day?? the sign says event day only. how do i challenge this",
  2, PRK, "App. A 'a person requiring customer services': own penalty charge with a PCN number; needs Parking to look at the case.")
M("x", "@salusbury_parent", "Joanne Reid", 341, False, "01-12 08:30",
  "@Brent_Council the street light outside St Mary's on Salusbury Rd has been out for 2 weeks (column 17). Kids walking home in the dark",
  2, HWY, "App. A 'a person requiring customer services': a specific street light fault with column number.")
M("mastodon", "@kwame@todon.eu", "Kwame B", 74, False, "01-13 19:18",
  "@BrentCouncil our housing repair (leaking ceiling in the bathroom, flat 14 Bronte House, South Kilburn) was logged three weeks ago, ref HR-2291804, and nobody has come. Bucket is full every morning.",
  2, HSG, "App. A 'a person requiring customer services': tenant's own repair with a reference overdue.")
M("instagram", "@church_end_jay", None, 260, False, "01-14 07:51",
  "@brentcouncil fly tipping dumped outside 23 Church Road NW10 overnight, mattress fridge and bags 😡 pls collect",
  2, ENV, "App. A 'a person requiring customer services': specific fly-tip at an address for removal.")
M("x", "@preston_pete", None, 58, False, "01-15 09:40",
  "@Brent_Council bins??",
  2, ENV, "Ambiguous, terse: a resident chasing a collection; App. A 'a person requiring customer services' — customer services to ask for the address.")
M("facebook", "hetal.patel.alperton", "Hetal Patel", None, False, "01-16 11:12",
  "મારા ઘરનો કચરો ત્રણ અઠવાડિયાથી ઉપાડ્યો નથી. 45 Ealing Road, Alperton HA0. કૃપા કરીને જલ્દી મદદ કરો, ઉંદરો આવવા લાગ્યા છે.",
  2, ENV, "Gujarati: household waste not collected for three weeks at a given address, rats appearing; App. A 'a person requiring customer services'.", lang="gu")
M("x", "@zainab_nw2", "Zainab H", 188, False, "01-16 18:02",
  "Applied for a resident parking permit 3 weeks ago (ref PP-558210) still nothing and I got a ticket outside my own house yesterday. @Brent_Council seriously",
  2, PRK, "App. A 'a person requiring customer services': own permit application and PCN to be looked up.")
M("x", "@m_okafor_stats", "Margaret Okafor", 512, False, "01-19 10:11",
  "@Brent_Council Under the Freedom of Information Act please provide the number of fly-tipping incidents recorded in Roundwood and Stonebridge wards in 2025, broken down by month. Thank you.",
  2, ENV, "FOI (request for recorded information); valid: real name visible in public profile per App. A FoI rule; logged by customer services.",
  foi=True, fv=True)
M("facebook", "deborah.kingsbury", "Deborah Lewis", None, False, "01-20 14:44",
  "My mum is 84 and registered for assisted bin collection (they bring it out from her side passage). Since Christmas they just leave it. 9 Kingsbury Road NW9. She can't drag it out herself. Who do I speak to?",
  2, ENV, "App. A 'a person requiring customer services': named resident's assisted collection failing at an address.")
M("x", "@blackbird_hill_resident", None, 47, False, "01-21 01:14",
  "@Brent_Council its 1am and the car wash on Blackbird Hill is STILL going with music blasting. Reported twice, ref NS/2026/0142. Nothing happens",
  2, REG, "App. A 'a person requiring customer services': repeated noise nuisance case with a reference for Regulatory Services.")
M("x", "@andreea_rdn", "Andreea", 93, False, "01-22 12:30",
  "Bună ziua @Brent_Council, am plătit permisul de parcare pe 2 ianuarie dar nu l-am primit încă. Referința PP-561093. Mulțumesc!",
  2, PRK, "Romanian: paid for a parking permit, not received, gives a reference; App. A 'a person requiring customer services'.", lang="ro")

# ---------- route 3: signposting, general questions, thanks, misdirected ----------
M("x", "@sudbury_gardener", None, 140, False, "01-08 12:15",
  "does anyone know when the garden waste subscription opens this year? @Brent_Council",
  3, ENV, "App. A 'simple confusion or general comment ... signposting to information on our website': published subscription dates.")
M("x", "@queensbury_q", None, 67, False, "01-09 16:20",
  "Is the Civic Centre open on Good Friday? Need to drop documents off",
  3, None, "App. A 'signposting to information on our website': published opening hours.")
M("x", "@harlesdenhannah", "Hannah", 604, False, "01-11 10:32",
  "Is it true Brent are stopping weekly food waste collections?? Someone on the road WhatsApp is saying from April it's fortnightly",
  3, ENV, "App. A 'simple confusion ... over a well-understood issue': rumour the web team can correct with a link; limits misconceptions.")
M("facebook", "ali.raza.wembley", "Ali Raza", None, False, "01-14 19:55",
  "How do you apply for a blue badge in Brent? My dad just had his hip done",
  3, PRK, "App. A 'signposting to information on our website': general how-to question answered by the blue badge page.")
M("x", "@kilburnkez", None, 310, False, "01-15 20:41",
  "trying to pay council tax and the page keeps giving me error 500 😩 @Brent_Council is the site down?",
  3, WEB, "App. A web team 'respond directly': a fault on the council website.")
M("x", "@harlesden_hs_trader", "Dev's Hardware Harlesden", 890, False, "01-16 15:05",
  "@Brent_Council thank you to the crew who cleared the fly tip on Harlesden High St within a day of us reporting it 👏👏",
  3, ENV, "Thanks addressed to the council; App. A 'general comment' the web team can acknowledge (strategy: 'DO NOT ignore genuine ... interactions'). Ambiguous with monitor-only (1).")
M("x", "@edgware_ellie", None, 221, False, "01-17 08:22",
  "@Brent_Council our recycling hasn't been collected in Edgware for 10 days HA8, what's going on",
  3, None, "Misdirected: Edgware HA8 is Barnet; App. A 'simple confusion' — web team signposts to Barnet Council.")
M("x", "@kilburnkid", "KK", 1150, False, "01-18 13:48",
  "@Brent_Council how much did you spend on management consultants in 2025? FOI please",
  3, FIN, "FOI for recorded spend, but invalid under App. A FoI rule: no real name visible and no address for correspondence; web team explains how to make a valid request.",
  foi=True, fv=False)
M("x", "@shona_reads", None, 88, False, "01-19 17:05",
  "what time do kilburn library close on saturdays",
  3, LIB, "App. A 'signposting to information on our website': published library hours.")
M("bluesky", "decoratingdan.bsky.social", "Dan", 175, False, "01-21 14:12",
  "Where do you take old tins of paint in Brent? Is Abbey Road the only tip or is there somewhere in Kingsbury?",
  3, ENV, "App. A 'signposting to information on our website': reuse and recycling centre information.")
M("x", "@lucia_nw10", "Lucía", 64, False, "01-23 11:36",
  "Hola @Brent_Council, ¿dónde puedo solicitar plaza en un colegio de primaria para mi hijo? Acabamos de llegar a Harlesden desde Madrid.",
  3, EDU, "Spanish: how to apply for a primary school place; App. A 'signposting to information on our website' (in-year admissions page).", lang="es")
M("x", "@wembleycentral_w", None, 190, False, "01-26 07:20",
  "Why is the bin day checker on the website saying Tuesday when ours has always been Thursday? Has it changed??",
  3, ENV, "App. A 'simple confusion ... over a well-understood issue': collection day change explained by the website.")

# ---------- route 4: service conversations (CPZ consultation thread, library hours thread) ----------
M("facebook", "claire.hollis.kr", "Claire Hollis", None, False, "01-28 20:02",
  "Has everyone seen the consultation for the new CPZ on the roads off Chamberlayne Road? Closes 20 Feb. They're proposing 8.30am-6.30pm Mon-Sat which seems OTT for what's mainly a problem in the evenings when people come for the bars. Visitors will need vouchers for everything. Please respond whatever you think!",
  4, PRK, "App. A 'specific ongoing conversation of relevance to a particular service area': local group discussing a live CPZ consultation; Parking officers should join.",
  key="cpz1", likes=34)
M("facebook", "gareth.mo.1", "Gareth Morris", None, False, "01-28 20:19",
  "We're in favour tbh. Can never park after 7 because people use our road as a free car park for the station and the bars",
  4, PRK, "Reply in the CPZ consultation thread; App. A 'specific ongoing conversation' for Parking.", reply="cpz1")
M("facebook", "nia.j.kensal", "Nia Johnson", None, False, "01-28 20:31",
  "Does anyone know if the consultation counts one response per household or can everyone in the house respond?",
  4, PRK, "Question inside the CPZ thread; App. A 'specific ongoing conversation' — the Parking officer joining the thread answers it there.", reply="cpz1", key="cpz_q")
M("facebook", "bob.okeke.54", "Bob Okeke", None, False, "01-28 21:05",
  "Permits are £150+ for a second car now. It's just a revenue stream, always has been",
  4, PRK, "Critical view within the CPZ consultation thread; App. A 'specific ongoing conversation' (critical is fine).", reply="cpz1")
M("facebook", "liz.tanner.nw10", "Liz Tanner", None, False, "01-28 21:07",
  "Same",
  1, None, "One-word agreement in the CPZ thread adds nothing; App. A 'no particular consequence' for this item.", reply="cpz1")
M("facebook", "mark.d.carer", "Mark Devlin", None, False, "01-28 22:40",
  "I've got a blue badge and carers coming in 3x a day. Will they get permits or do I have to buy visitor vouchers for every visit? Nobody at the council has been able to tell me",
  4, PRK, "Service question raised in the CPZ consultation thread; App. A 'specific ongoing conversation' — Parking officers answer in the thread.", reply="cpz1")
M("facebook", "jade.kilburnmums", "Jade Campbell", None, False, "01-29 19:12",
  "Anyone else annoyed Kilburn library now shuts at 5 on weekdays? Kids can't get there after school clubs and the study space was a lifeline for my eldest",
  4, LIB, "App. A 'specific ongoing conversation of relevance to a particular service area': parents discussing library opening hours.", key="lib1")
M("facebook", "sunil.v.nw6", "Sunil Varma", None, False, "01-29 19:40",
  "It's been like that since the autumn. Apparently there was a consultation but I never saw it anywhere",
  4, LIB, "Reply in library opening hours thread; App. A 'specific ongoing conversation' for Libraries.", reply="lib1")

# ---------- route 5: escalations ----------
M("x", "@hpetrova_bkt", "Hannah Petrova", 4300, True, "01-07 14:22",
  "@Brent_Council Hi, I'm a reporter at the Brent & Kilburn Times. Could you tell me how many households in temporary accommodation were placed outside the borough in 2025? Deadline 4pm tomorrow. Thanks",
  5, HSG, "Journalist (local paper) asking for recorded information: FOI, valid (real name visible), but App. A 'highly influential web commentator' → communications officer.",
  foi=True, fv=True, esc="journalist")
M("x", "@samuel_reports", "Samuel Adjei", 21400, True, "01-08 16:55",
  "Hearing from residents of a council block in Stonebridge who've had no heating or hot water for 9 days, including a woman in her 90s. Anyone affected? DMs open. @Brent_Council do you have a statement?",
  5, HSG, "National reporter asking for a statement on a vulnerable-resident heating failure; App. A 'highly influential web commentator' and reputational risk.",
  esc="journalist")
M("x", "@chalkhill_mo", None, 73, False, "01-09 02:47",
  "FIRE at the block on Chalkhill smoke coming out the windows on like the 9th floor there's people at the windows 🔥🔥 @LondonFire @Brent_Council",
  5, EMR, "Active fire with people at windows: risk to life; Appendix A escalation of emergencies — communications and Emergency Planning.",
  esc="risk_to_life")
M("facebook", "anon.stonebridge.2", "Kemi A", None, False, "01-10 21:33",
  "There's a little boy, maybe 6, who's been on his own in the flat next door since yesterday afternoon. I can hear him crying through the wall. His mum hasn't come back. We're in Stonebridge. Who do I even call??",
  5, None, "Child left alone: safeguarding, risk to a child; escalate immediately (children's services not in department list).",
  esc="safeguarding")
M("x", "@kingsbury_neighbour", None, 39, False, "01-11 15:10",
  "haven't seen my neighbour (he's 88, lives alone) for 4 days, post piling up behind the door and curtains shut. Kingsbury. Is there anyone at @Brent_Council who can do a welfare check?",
  5, None, "Elderly neighbour not seen for days: possible risk to life, low follower count irrelevant; safeguarding escalation.",
  esc="safeguarding")
M("x", "@neasden_nadia", "Nadia F", 241, False, "01-12 11:47",
  "@Brent_Council just opened a letter about council tax arrears addressed to someone on the next street - with their full bank details and date of birth inside MY envelope. This is a serious data breach",
  5, FIN, "Personal data sent to the wrong resident: data breach; App. A reputational harm → communications (and information governance).",
  esc="data_breach")
M("facebook", "farah.ibrahim.77", "Farah Ibrahim", None, False, "01-13 17:26",
  "I'm so angry I'm shaking. Took my mum to the housing desk at the Civic Centre today about her transfer and the woman behind the desk told her to 'learn English before coming here asking for things'. My mum was in tears. This is racism from a council employee, plain and simple. I have the date, time and the desk number.",
  5, HSG, "Alleged discrimination by staff: App. A reputational harm, escalate to communications and the service lead.",
  esc="discrimination")
M("x", "@CatrionaWellsMP", "Catriona Wells MP", 38200, True, "01-14 12:00",
  "I've written to @Brent_Council's chief executive about temporary accommodation in Harlesden. Families with babies living in one room with black mould. This is unacceptable in 2026.",
  5, HSG, "MP publicly criticising housing conditions; App. A 'highly influential web commentator' and controversial issue.",
  esc="politician")
M("x", "@CllrOmarHussain", "Cllr Omar Hussain", 2100, False, "01-15 09:25",
  "Residents on Harrow Road have flagged repeated flooding in the underpass near the station. I've asked officers for an update and will report back. @Brent_Council",
  5, HWY, "Ward councillor raising a council matter publicly (neutral tone); App. A 'highly influential' — communications liaise with service lead.",
  esc="politician")
M("x", "@ahmad_wp", None, 112, False, "01-16 22:58",
  "يوجد تسرب غاز قوي في مبنى بجانب محطة ويمبلي بارك، الرائحة قوية جداً والناس ما زالوا في الداخل. ماذا نفعل؟ @Brent_Council",
  5, EMR, "Arabic: strong gas leak smell in a building by Wembley Park station with people inside; risk to life → escalate.",
  esc="risk_to_life", lang="ar")
M("x", "@tenant_nw6_angry", None, 208, False, "01-18 10:02",
  "@Brent_Council my solicitor will be in touch. 14 months of disrepair, my son's asthma getting worse, every email ignored. See you in court.",
  5, HSG, "Explicit legal threat over disrepair affecting a child's health; App. A reputational harm → communications and Housing lead.",
  esc="legal_threat")
M("x", "@carlife_wembley", None, 31, False, "01-19 23:41",
  "@Brent_Council been sleeping in my car in the civic centre car park 3 weeks now. housing keep saying wait. honestly don't see the point in carrying on anymore",
  5, HSG, "Homelessness plus self-harm cues: risk to life regardless of low reach; escalate immediately.",
  esc="self_harm")
M("x", "@djkoffee", "DJ Koffee", 241000, True, "01-20 19:33",
  "Sat 1.5 hours on the North Circular trying to get past Wembley on a non-match day. What is @Brent_Council actually doing about this traffic?",
  5, HWY, "Very large verified account criticising the council; App. A 'highly influential web commentator', reputational reach.",
  esc="influential_account")
M("x", "@ealingrd_driver", None, 57, False, "01-23 18:14",
  "next time that parking warden on Ealing Road gives me a ticket i'll smash his face in, he knows who he is",
  5, PRK, "Threat of violence against a named group of staff: staff safety; escalate regardless of reach.",
  esc="threat_to_staff")
M("facebook", "lorraine.baptiste.9", "Lorraine Baptiste", None, False, "01-24 10:17",
  "My dad passed away on Tuesday. He was 79. We asked Brent for a care assessment last June after his second fall. We chased and chased. Seven months. He spent his last months unable to get up the stairs, sleeping in his chair, because nobody came to assess him for the stairlift and carers. I'm posting this because I don't want it to happen to anyone else's dad. Brent Council, you failed him.",
  5, None, "Death while waiting for a care assessment: controversial, reputational; App. A escalate to communications (adult social care not in department list).",
  esc="death")
