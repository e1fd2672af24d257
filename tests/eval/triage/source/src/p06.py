from common import *

# ---------- route 1 ----------
M("x", "@wemb_ley_lad99", None, 43, False, "06-20 23:30",
  "@Brent_Council useless bunch of clowns the lot of ya",
  1, None, "Same author, same text as an earlier post: same label — low-reach abuse, App. A 'no particular consequence'.")
M("rss", "capitalringwalker.blog", "Capital Ring Walker", None, False, "06-21 08:00",
  "Section 10: Fryent Country Park to the Welsh Harp.\n\nI started at Kingsbury station and climbed Barn Hill, where the view south takes in the Wembley arch and, on a clear day, the towers of the City. The hay meadows were thick with buttercups and the path was dry after a week of sun.\n\nFrom there it is a pleasant descent through Fryent Way's old hedgerows and into the streets of Kingsbury, then along to the reservoir. The sailing club was out in force. Bring water: there is nowhere to buy any until the Harp.\n\nDistance: 6.2 miles. Difficulty: easy.",
  1, None, "App. A 'no particular consequence': walking blog describing parks, no issue raised.",
  url="https://capitalringwalker.blog/2026/06/21/section-10-fryent-to-welsh-harp/")
M("x", "@queensbury_quiet", None, 150, False, "06-22 21:15",
  "ice cream van playing greensleeves at 9pm in Queensbury is certainly a choice 🍦",
  1, None, "App. A 'no particular consequence': light-hearted moan, no case or request.")
M("x", "@petrol_pete_uk", None, 900, False, "06-23 07:30",
  "Brent crude back above $85. Petrol's going to be £1.60 by August, mark my words",
  1, None, "App. A 'no particular consequence': Brent crude, keyword noise.")
M("instagram", "@boxpark_bites", None, 1200, False, "06-24 19:00",
  "Boxpark Wembley on a Wednesday evening 🔥 #summer #wembleypark",
  1, None, "App. A 'no particular consequence': leisure chatter.")
M("bluesky", "bookish-nw6.bsky.social", "Maya", 340, False, "07-25 12:30",
  "Lovely to see Kilburn library packed with kids doing the summer reading challenge 📚",
  1, None, "Positive comment not addressed to the council, needs no reply; App. A 'no particular consequence'.")
M("x", "@borough_banter", None, 610, False, "06-26 18:40",
  "Brent > Harrow. That's it. That's the tweet",
  1, None, "App. A 'no particular consequence': banter.")
M("mastodon", "@tomek@mastodon.social", "Tomek", 220, False, "06-27 09:10",
  "Ktoś wie, gdzie w Willesden kupić dobry chleb na zakwasie? Tęsknię za domem 🍞",
  1, None, "Polish: where to buy sourdough bread in Willesden; not a council matter, App. A 'no particular consequence'.", lang="pl")
M("x", "@jay_jokes", "Jay Mensah", 510000, True, "06-28 20:20",
  "Neasden is the most London place in London and I will not be taking questions",
  1, None, "Very large account, no council matter; App. A 'no particular consequence'.")
M("youtube", "@free_robux_4u", None, 2, False, "06-29 04:40",
  "Check out my channel for FREE robux 🎮🎮 link in bio",
  1, None, "App. A 'no particular consequence': spam on a council video.")
M("facebook", "brian.k.neasden", "Brian Keane", None, False, "06-30 10:15",
  "Thoughts with the family of the motorcyclist who died in the crash on the North Circular at Neasden this morning. Awful.",
  1, None, "Condolences about a road crash on a TfL road handled by police; not a council matter, App. A 'no particular consequence' (monitor in case questions about the council follow).")
M("x", "@proud_brentonian", None, 480, False, "07-01 13:00",
  "Love that Brent is one of the most diverse places in the country 🌍 150 languages on one bus",
  1, None, "App. A 'no particular consequence': positive chatter.")
M("linkedin", "pixelworks-studio", "Pixelworks Studio", 3400, False, "07-02 09:30",
  "Proud to have worked with a brilliant in-house digital team on a London borough's new website this spring. Accessibility first, every page. #govdesign #localgov",
  1, None, "App. A 'no particular consequence': supplier promotion.")
M("x", "@zara_wembley", "Zara", 190, False, "07-03 16:45",
  "ویمبلی میں آج بہت گرمی ہے، کنگ ایڈورڈ پارک میں بچوں کے ساتھ پکنک 🧺☀️",
  1, None, "Urdu: 'very hot in Wembley, picnic with the kids in King Edward park'; App. A 'no particular consequence'.", lang="ur")
M("x", "@loveisland_nw10", None, 140, False, "07-04 21:05",
  "The council? Don't get me started. Anyway who's watching Love Island 🏝️",
  1, None, "App. A 'no particular consequence': passing remark, no issue.")

# ---------- route 2 ----------
M("x", "@kwabena_asante", "Kwabena Asante", 280, False, "06-22 10:40",
  "@Brent_Council FOI: how many homelessness prevention cases did Brent open in Jan-Mar 2026, and how many followed a section 21 notice?",
  2, HSG, "FOI; valid: real name visible in profile (App. A FoI rule); log via customer services.",
  foi=True, fv=True)
M("facebook", "elena.popescu.nw10", "Elena Popescu", None, False, "06-23 19:20",
  "Cerere FOI către Brent Council: câte inspecții de igienă alimentară ați făcut în 2025 în zona Harlesden și câte restaurante au primit scor 0 sau 1?",
  2, REG, "Romanian FOI: number of food hygiene inspections in Harlesden in 2025 and how many scored 0-1; valid: real name on profile.",
  foi=True, fv=True, lang="ro")
M("mastodon", "@quietdata@mastodon.social", "qd", 60, False, "06-24 14:00",
  "FOI request to @BrentCouncil — the number of council-owned garages and how many are vacant. Name: Ruth Abrahams, email ruth.abrahams@fastmail.com",
  2, HSG, "FOI; valid under App. A FoI rule: applicant's name and an email address for correspondence given (profile pseudonymous).",
  foi=True, fv=True)
M("x", "@s_okonkwo", "Stephen Okonkwo", 720, False, "06-25 11:15",
  "@Brent_Council Please can you provide, under the FOI Act, visitor numbers for each Brent library for 2024 and 2025? Thanks",
  2, LIB, "FOI; valid: real name visible in profile (App. A FoI rule); log via customer services.",
  foi=True, fv=True)
M("x", "@oxgate_gardens", None, 80, False, "06-28 07:20",
  "Neighbour at 41 Oxgate Gardens is building a 2-storey extension with no planning notice anywhere, works starting 7am on a Sunday @Brent_Council",
  2, PLN, "App. A 'a person requiring customer services': planning enforcement complaint about a specific address.")
M("x", "@refund_please_nw9", None, 55, False, "06-29 12:05",
  "Council tax refund promised in April (account 30455670), still not received after 3 emails. @Brent_Council",
  2, FIN, "App. A 'a person requiring customer services': own account refund.")
M("x", "@stonebridge_hillside", None, 130, False, "06-30 08:50",
  "Fly tip on the corner of Stonebridge Park and Hillside, looks like broken asbestos sheets, kids walking past to school @Brent_Council",
  2, ENV, "App. A 'a person requiring customer services': hazardous fly-tip at a location for priority removal.")
M("instagram", "@oliver_goldsmith_parent", None, 260, False, "07-01 15:30",
  "ice cream van on the double yellows outside Oliver Goldsmith every afternoon blocking the crossing 🙄 @brentcouncil",
  2, PRK, "App. A 'a person requiring customer services': recurring parking contravention at a specific place for enforcement.")
M("facebook", "gloria.n.wembley", "Gloria Nwachukwu", None, False, "07-02 11:45",
  "Housing officer said she'd call me back about my transfer in 2 days. It's been 3 weeks. Tenancy ref T-0047731. Please can someone just ring me.",
  2, HSG, "App. A 'a person requiring customer services': own housing case with a reference.")
M("x", "@masjid_neighbour", "Yusuf", 140, False, "07-03 22:15",
  "@Brent_Council الإنارة في Ealing Road أمام المسجد مطفأة منذ أسبوعين، العمود رقم 42. الناس يخرجون من صلاة العشاء في الظلام.",
  2, HWY, "Arabic: street light column 42 on Ealing Road outside the mosque out for two weeks; App. A 'a person requiring customer services'.", lang="ar")
M("x", "@lydford_rd_bb", None, 70, False, "07-05 09:30",
  "parking suspension signs on Lydford Road for a 'film crew', nobody told us and I have a blue badge and can't park anywhere near my house. who do i talk to @Brent_Council",
  2, PRK, "App. A 'a person requiring customer services': individual affected by a suspension needs Parking.")
M("x", "@locked_out_ct", None, 35, False, "07-06 20:00",
  "Hi @Brent_Council I'm locked out of my council tax online account, the password reset email never arrives. Account 30501772",
  2, FIN, "App. A 'a person requiring customer services': own account access with account number.")
M("x", "@kingsbury_biker", "Owen Price", 310, False, "07-07 07:50",
  "@Brent_Council the pothole at the junction of Kingsbury Road and Fryent Way has opened up again, it's about 30cm wide and deep. Bikes swerving into traffic",
  2, HWY, "App. A 'a person requiring customer services': specific road defect for Highways.", key="dupB1")
M("x", "@kingsbury_biker", "Owen Price", 310, False, "07-09 08:05",
  "@Brent_Council the pothole at the junction of Kingsbury Road and Fryent Way has opened up again, it's about 30cm wide and deep. Bikes swerving into traffic",
  2, HWY, "Near-duplicate repost by the same author; same label: App. A 'a person requiring customer services'.")

# ---------- route 3 ----------
M("x", "@queensparkq", "Q", 980, False, "06-22 17:20",
  "@Brent_Council FOI: how much did Brent spend on the Wembley Park fireworks last year?",
  3, COM, "FOI but invalid under App. A FoI rule: single letter name, no address for correspondence; web team explains.",
  foi=True, fv=False)
M("instagram", "@harlesden.vibes", None, 3100, False, "06-24 13:10",
  "@brentcouncil can u foi how many trees u planted in harlesden this yr 🌳",
  3, ENV, "FOI for recorded figures but invalid: account name only, no real name or address (App. A FoI rule); web team explains.",
  foi=True, fv=False)
M("x", "@bbq_planner", None, 90, False, "06-26 10:05",
  "What are the rules for barbecues in Brent parks? Can we do one in Gladstone on Saturday?",
  3, ENV, "App. A 'signposting to information on our website': park rules.")
M("x", "@mum_of_three_nw2", None, 120, False, "06-27 14:30",
  "When do the school summer holidays start in Brent this year?",
  3, EDU, "App. A 'signposting to information on our website': term dates.")
M("x", "@abdi_wembley", "Abdi", 95, False, "06-28 12:20",
  "@Brent_Council Sideen u codsadaa guri dawladda hoose? Waxaan ku cusubahay Wembley, anigoo leh saddex carruur ah.",
  3, HSG, "Somali: how do I apply for council housing, new to Wembley with three children; App. A 'signposting' (housing options page) — no emergency stated.", lang="so")
M("x", "@weekend_reader", None, 40, False, "06-29 09:00",
  "is the Civic Centre car park free on weekends? going to the library",
  3, PRK, "App. A 'signposting to information on our website': car park tariffs.")
M("x", "@chamberlayne_cat", "Beth", 260, False, "07-01 22:10",
  "thanks @Brent_Council for sorting the streetlight so quick, Chamberlayne Rd feels a lot less creepy at night now 😅",
  3, HWY, "Thanks addressed to the council; App. A 'general comment' to acknowledge (ambiguous with 1).")
M("x", "@w10_kensaltown", None, 115, False, "07-02 18:30",
  "@Brent_Council my council tax bill is wrong, I'm in Kensal Town W10 near Golborne Road",
  3, None, "Misdirected: Golborne Road, Kensal Town is Kensington & Chelsea; App. A 'simple confusion' — signpost to RBKC.")
M("x", "@refurb_confused", None, 80, False, "07-03 11:50",
  "website says Kilburn library is closed for refurb but the doors are open?? which is it",
  3, LIB, "App. A 'simple confusion': conflicting information, web team clarifies and updates.")
M("bluesky", "warmhome-nw9.bsky.social", "Paul", 150, False, "07-04 17:40",
  "Does Brent have a scheme for free loft insulation? Got a leaflet through the door but it looked dodgy",
  3, HSG, "App. A 'simple confusion ... signposting': published energy grant information (and scam warning).")
M("x", "@bin_night_before", None, 160, False, "07-06 19:10",
  "Is it true you can get fined £100 for putting your bin out the night before?? my neighbour swears it's a thing",
  3, ENV, "App. A 'simple confusion ... over a well-understood issue': rumour corrected with a link.")

# ---------- route 4: Healthy Neighbourhood trial thread; community library thread ----------
M("bluesky", "harlesden-hal2.bsky.social", "Hal Morgan", 620, False, "07-07 19:30",
  "Six months into the Harlesden 'Healthy Neighbourhood' trial. Feedback closes 31 July. My road is quieter but Harrow Road is gridlocked at 8am. What do others think? @brentcouncil.bsky.social",
  4, HWY, "App. A 'specific ongoing conversation of relevance to a particular service area': residents debating a traffic trial under consultation.",
  key="hn1")
M("bluesky", "busrider18.bsky.social", "Nadine", 90, False, "07-07 19:50",
  "The 18 is noticeably slower since it started, I'm 15 mins later to work",
  4, HWY, "Reply in the traffic trial thread; App. A 'specific ongoing conversation'.", reply="hn1")
M("bluesky", "playstreet-mum.bsky.social", "Esi", 210, False, "07-07 20:15",
  "Kids can play out on our street for the first time ever. Please don't let the car lobby win this",
  4, HWY, "Reply in the traffic trial thread; App. A 'specific ongoing conversation'.", reply="hn1")
M("bluesky", "airquality-nerd.bsky.social", "Rob", 480, False, "07-07 21:00",
  "Where's the monitoring data? They said they'd publish air quality figures monthly and I can't find any since March",
  4, HWY, "Question within the trial conversation about published monitoring; App. A 'specific ongoing conversation' (not FOI: asks where published data is).", reply="hn1")
M("facebook", "sudbury.town.res.pam", "Pam Ellery", None, False, "07-08 18:40",
  "Brent want volunteers to help run Barham Park library on Saturdays. Is this just cuts by the back door or actually a good thing? There's a meeting on 10 July.",
  4, LIB, "App. A 'specific ongoing conversation of relevance to a particular service area': residents discussing a library volunteering proposal.",
  key="bp1")
M("facebook", "ken.w.sudbury", "Ken Walsh", None, False, "07-08 19:05",
  "I volunteered at Kensal Rise for years. It works IF the council keeps the stock and the IT going",
  4, LIB, "Reply in the library proposal thread; App. A 'specific ongoing conversation'.", reply="bp1")
M("facebook", "amara.l.sudbury", "Amara Lewis", None, False, "07-08 19:30",
  "Librarians are professionals. Volunteers shouldn't be replacing them, full stop",
  4, LIB, "Reply in the library proposal thread; App. A 'specific ongoing conversation' (critical is fine).", reply="bp1")
M("facebook", "tina.r.sudbury", "Tina Ross", None, False, "07-08 20:00",
  "Does anyone know what the Saturday opening hours would actually be?",
  4, LIB, "Question inside the library thread; App. A 'specific ongoing conversation' — Libraries officers answer there.", reply="bp1")

# ---------- route 5 ----------
M("x", "@samuel_reports", "Samuel Adjei", 22900, True, "06-23 12:00",
  "Still waiting on a response from @Brent_Council about the Stonebridge heating outage. Residents tell me it's happening again. Statement please?",
  5, HSG, "National journalist pressing for a statement; App. A 'highly influential web commentator' → communications.",
  esc="journalist", key="dupC1")
M("x", "@samuel_reports", "Samuel Adjei", 22900, True, "06-24 09:30",
  "Still waiting on a response from @Brent_Council about the Stonebridge heating outage. Residents tell me it's happening again. Statement please?",
  5, HSG, "Same journalist repeating the same request: same label, App. A 'highly influential' → communications.",
  esc="journalist")
M("x", "@saralindholm_i", "Sara Lindholm", 18700, True, "06-25 15:00",
  "FOI to @Brent_Council: total spent on agency staff in children's social care in 2025, and the number of agency social workers at 31 Dec 2025. Sara Lindholm, investigations reporter.",
  5, HR, "Journalist's FOI (valid: real name) on a sensitive service; App. A 'highly influential' → communications.",
  foi=True, fv=True, esc="journalist")
M("x", "@CllrNgoziEke", "Cllr Ngozi Eke", 1350, True, "06-26 09:45",
  "@Brent_Council FOI: how many families with children were kept in B&B temporary accommodation beyond the six-week legal limit in 2025?",
  5, HSG, "Councillor's FOI (valid: real name) on a legally sensitive issue; App. A 'highly influential' → communications.",
  foi=True, fv=True, esc="politician")
M("x", "@fortylane_driver", None, 180, False, "06-27 06:40",
  "Sinkhole just opened up on Forty Lane by the junction, a car's front wheels are in it and the driver is still inside @Brent_Council",
  5, EMR, "Road collapse with a person in a vehicle: risk to life, emergency → escalate.",
  esc="risk_to_life")
M("facebook", "mihaela.b.stonebridge", "Mihaela B", None, False, "07-10 04:20",
  "Inundație în subsolul blocului de pe Brentfield Road, apa a ajuns la prize și se simte miros de ars. Sunt copii în apartamentele de la parter. Ce facem?",
  5, EMR, "Romanian: basement flood reaching sockets with a burning smell, children in ground-floor flats; risk to life → escalate.",
  esc="risk_to_life", lang="ro")
M("x", "@chalkhill_worried", None, 65, False, "07-11 17:30",
  "Lady in the flat below hasn't been seen for a week, her dog's been barking non stop and there are flies at the window. Chalkhill. Who do I call?? @Brent_Council",
  5, None, "Neighbour not seen for a week with signs of possible death; welfare risk → escalate.",
  esc="safeguarding")
M("mastodon", "@tired_parent@mastodon.social", None, 40, False, "07-12 23:50",
  "If the council takes my son's school place away after the transport mess I honestly don't know if I'll still be here next month. @BrentCouncil",
  5, EDU, "Self-harm cue linked to a council decision; risk to life → escalate immediately.",
  esc="self_harm")
M("x", "@stonebridge_underpass", None, 110, False, "07-13 22:40",
  "Young lad sleeping rough in the underpass by Stonebridge Park station, shaking, can barely talk, looks really unwell. Can someone send outreach?? @Brent_Council",
  5, HSG, "Rough sleeper who appears seriously unwell: risk to life/safeguarding → escalate.",
  esc="safeguarding")
M("x", "@sen_parent_reply_all", "Olga Nowicka", 240, False, "07-14 10:30",
  "Brent just emailed every parent in my son's SEN transport group with all our email addresses in the 'To' field AND a spreadsheet of EHCP review dates and diagnoses. Unbelievable. @Brent_Council",
  5, EDU, "Children's special category data disclosed: data breach → escalate.",
  esc="data_breach")
M("instagram", "@library_stopped", "Kwesi", 450, False, "07-15 16:00",
  "Security at Brent Civic Centre stopped my little brother and searched his bag, waved the white lad behind him straight through. Both just going to the library. @brentcouncil explain",
  5, None, "Alleged racial profiling by council-site security: discrimination → escalate.",
  esc="discrimination")
M("x", "@tree_on_my_car", "Grant Ellis", 220, False, "07-16 08:15",
  "Brent's tree fell on my car in last night's storm. I reported it as dangerous in March, ref TR-2290. You'll be hearing from my insurer and my lawyer @Brent_Council",
  5, ENV, "Legal threat over an allegedly ignored dangerous-tree report; App. A reputational harm → escalate.",
  esc="legal_threat")
M("x", "@funnyfemi", "Femi Lawal", 140000, True, "07-17 19:30",
  "Brent council gave my mum a parking ticket outside her own house while she was unloading her shopping. She's 82. Shameful.",
  5, PRK, "Large verified account criticising the council; App. A 'highly influential web commentator'.",
  esc="influential_account")
M("rss", "brent-kilburn-times", "Brent & Kilburn Times", None, False, "07-18 06:00",
  "Council proposes closing three children's centres. Brent Council is consulting on plans to close children's centres in Harlesden, Kingsbury and Willesden as part of £12m of savings. Parents have launched a petition which has already passed 3,000 signatures.",
  5, EDU, "Local paper reporting a controversial closure proposal; App. A 'more controversial issue' → communications.",
  esc="controversial", url="https://www.brentandkilburntimes.example/news/childrens-centres-closure-2026")
M("facebook", "angry.tenant.nw2", "Dwayne Lee", None, False, "07-19 21:40",
  "if that housing officer comes round again I'll set the dog on her. I know where she parks.",
  5, HSG, "Threat against a named role of staff: staff safety → escalate regardless of reach.",
  esc="threat_to_staff")
