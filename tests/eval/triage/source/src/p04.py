from common import *

# ---------- route 1 ----------
M("x", "@moonshot_trader", None, 2200, False, "04-10 03:40",
  "BRENT CRUDE BREAKS $90 🚀🚀🚀 told you all. Long energy, short everything else",
  1, None, "App. A 'no particular consequence': Brent crude, keyword noise.")
M("x", "@essex_shopper", None, 310, False, "04-11 12:15",
  "Brentwood council have done a lovely job with the high street planters this year 🌷",
  1, None, "App. A 'no particular consequence': Brentwood (Essex), another council's matter.")
M("facebook", "jo.lostcat.kr", "Jo Fenton", None, False, "04-11 18:22",
  "LOST CAT: ginger tom, answers to Biscuit, Kensal Rise near Chamberlayne Road. Microchipped. Please check sheds 🙏",
  1, None, "App. A 'no particular consequence': lost pet post, not a council matter.")
M("x", "@whats_the_point_nw9", None, 54, False, "04-12 20:50",
  "@Brent_Council what is the point of you?",
  1, None, "Not FOI (rhetorical); low-reach jibe with no issue; App. A 'no particular consequence'.")
M("instagram", "@gig_nights_ldn", None, 1500, False, "04-13 22:30",
  "OVO Arena Wembley tonight 🔥🔥🔥 voice gone #concert #wembley",
  1, None, "App. A 'no particular consequence': concert chatter.")
M("x", "@kxng_nesta", "NESTA", 95000, True, "04-14 15:00",
  "Drove through Harlesden today, forgot how much I love it. Home is home ❤️",
  1, None, "Large account, affectionate, no council matter; App. A 'no particular consequence'.")
M("x", "@carmen_kilburn", "Carmen", 140, False, "04-15 09:05",
  "Qué frío hace en Londres en abril 😂 Kilburn parece Siberia hoy",
  1, None, "Spanish: 'so cold in London in April, Kilburn feels like Siberia'; App. A 'no particular consequence'.", lang="es")
M("x", "@sitcom_stan", None, 760, False, "04-16 21:10",
  "The Office UK is still the best sitcom ever made. David Brent is a tragic genius",
  1, None, "App. A 'no particular consequence': 'David Brent' keyword noise.")
M("youtube", "@bored_at_budget", None, 5, False, "04-16 19:45",
  "zzzzzzzz",
  1, None, "App. A 'no particular consequence': empty comment on a meeting livestream.")
M("x", "@harlesden_sundays", None, 420, False, "04-18 14:20",
  "Harlesden on a sunny Saturday is unbeatable ☀️ (the bins are still a state tho)",
  1, None, "App. A 'no particular consequence': mild moan with no location or case.")
M("x", "@england_ed", None, 130, False, "04-23 08:00",
  "@Brent_Council happy St George's Day! 🏴󠁧󠁢󠁥󠁮󠁧󠁿",
  1, None, "App. A 'no particular consequence': greeting, no action.")
M("linkedin", "digital-recruit-sam", "Sam Whitworth", 6100, False, "04-20 08:30",
  "Exciting opportunity! A London borough (Brent) is looking for a Head of Digital. Interim, 6 months, inside IR35. Message me for details.",
  1, None, "App. A 'no particular consequence': third-party recruitment post.")
M("x", "@nw10_ronnie", None, 77, False, "03-27 08:15",
  "wow. RT @lucyharwood_news Has @Brent_Council really spent £2.3m on the Wembley Park 'rebrand'?",
  1, None, "Low-reach reshare of a journalist's post already escalated; App. A 'continuing to monitor, in case it escalates'.")
M("bluesky", "hanwellgolfer.bsky.social", "Pete", 90, False, "04-21 17:30",
  "Brent Valley golf course in Hanwell is the best cheap round in London, don't @ me",
  1, None, "App. A 'no particular consequence': Brent Valley (Ealing), keyword noise.")
M("x", "@faadumo_wembley", "Faadumo", 210, False, "04-22 13:10",
  "Maanta cimiladu aad bay u fiican tahay Wembley! ☀️ Carruurta waxaan geynayaa beerta King Edward",
  1, None, "Somali: 'lovely weather in Wembley today, taking the kids to King Edward park'; App. A 'no particular consequence'.", lang="so")
M("x", "@phone_queue_rage", None, 23, False, "04-24 11:40",
  "the woman who answers the phone at brent council is thick as mince",
  1, None, "Low-reach insult, no threat, no case; App. A 'no particular consequence' (monitor).")

# ---------- route 2 ----------
M("x", "@sophie_lindqvist", "Sophie Lindqvist", 640, False, "04-10 10:30",
  "@Brent_Council Please treat this as an FOI request: how many street trees did Brent fell in 2025, and how many were replanted?",
  2, ENV, "FOI; valid: real name visible in public profile per App. A FoI rule; log via customer services.",
  foi=True, fv=True)
M("facebook", "michael.adebayoclarke", "Michael Adebayo-Clarke", None, False, "04-13 09:55",
  "FOI request: please provide copies of the last three fire risk assessments for the Brent Civic Centre library. Email on my profile.",
  2, LIB, "FOI for held documents; valid: real name visible on the profile (App. A FoI rule); routine, log via customer services.",
  foi=True, fv=True)
M("bluesky", "hannahokonjo.bsky.social", "Dr Hannah Okonjo", 1800, False, "04-14 12:00",
  "FOI request to @brentcouncil.bsky.social: number of homes let through the housing register in 2025, broken down by bedroom size. Thank you.",
  2, HSG, "FOI; valid: real name visible in profile (App. A FoI rule); log via customer services.",
  foi=True, fv=True)
M("facebook", "marek.nowak.wembley", "Marek Nowak", None, False, "04-15 20:20",
  "Wniosek o informację (FOI) do Brent Council: ile mieszkań komunalnych w Brent stało pustych dłużej niż 6 miesięcy w 2025 roku?",
  2, HSG, "Polish FOI: how many council homes stood empty over 6 months in 2025; valid: real name on profile (App. A FoI rule).",
  foi=True, fv=True, lang="pl")
M("x", "@anson_bins_61", None, 60, False, "04-16 08:40",
  "@Brent_Council can you explain why my bin wasn't collected? 61 Anson Road NW2, every other house on the road was done",
  2, ENV, "Not FOI (a question about own service, not recorded information); App. A 'a person requiring customer services'.")
M("x", "@zoneZA_resident", "Leon", 180, False, "04-18 22:10",
  "Got a PCN on event day in my own road, zone ZA, with my permit displayed!! PCN WM85521907 @Brent_Council",
  2, PRK, "App. A 'a person requiring customer services': own PCN with permit; needs Parking to cancel/review.", key="pcnZA")
M("facebook", "nkechi.kilburnsq", "Nkechi Obi", None, False, "04-19 19:00",
  "Boiler broken since Friday in our council flat at Kilburn Square. Two kids, no heating, no hot water. Repair ref 00612093. Out of hours line just rings out.",
  2, HSG, "App. A 'a person requiring customer services': tenant's urgent repair with reference (no acute danger described).")
M("x", "@kingsbury_commuter", None, 150, False, "04-20 07:35",
  "Someone's sprayed a swastika on the bus shelter on Kingsbury Road by the station. Please get it removed today @Brent_Council",
  2, ENV, "App. A 'a person requiring customer services': offensive graffiti at a location for priority removal.")
M("x", "@radu_nw10", "Radu", 75, False, "04-21 12:45",
  "Am primit amendă PCN WM84990122 dar aveam parcarea plătită prin aplicație. Cum o contest? Am dovada plății. @Brent_Council",
  2, PRK, "Romanian: received a PCN despite paying via the app, has proof, how to challenge; own case → App. A 'a person requiring customer services'.", lang="ro")
M("instagram", "@gibbons_rec_mum", None, 240, False, "04-22 16:10",
  "the swings at Gibbons Rec are broken, chain's snapped on the baby swing. someone will get hurt @brentcouncil",
  2, ENV, "App. A 'a person requiring customer services': specific playground defect to make safe.")
M("x", "@dd_twice_again", None, 88, False, "04-02 09:15",
  "Council tax direct debit taken twice?? Account 30533019, £156.80 twice on 1 April @Brent_Council",
  2, FIN, "App. A 'a person requiring customer services': own council tax account error.")
M("x", "@school_shoes_mum", None, 41, False, "04-23 20:30",
  "Applied for the household support fund 3 weeks ago ref HSF-4411. kids need school shoes. heard nothing @Brent_Council",
  2, FIN, "App. A 'a person requiring customer services': own hardship fund application with reference.")
M("x", "@kilburnpark_sleepless", None, 66, False, "04-25 00:40",
  "Noise from the flat upstairs every night (34 Kilburn Park Rd). Filled in the diary sheets you sent, case NS/2026/0391. What happens now @Brent_Council",
  2, REG, "App. A 'a person requiring customer services': own noise case with reference.")
M("x", "@ealingrd_shopkeeper", None, 290, False, "04-26 10:00",
  "@Brent_Council water has been pouring out of a broken pipe on the pavement on Ealing Road outside no. 150 for 2 days. Thames Water say it's a council drain?",
  2, HWY, "App. A 'a person requiring customer services': specific drainage fault at an address (not an emergency).")

# ---------- route 3 ----------
M("x", "@parkingwatch_nw", "Parking Watch NW", 2100, False, "04-11 14:30",
  "@Brent_Council FOI: how many PCNs were cancelled on appeal in Brent in 2025?",
  3, PRK, "FOI but invalid under App. A FoI rule: a campaign name, no individual's real name or address; web team explains how to make a valid request.",
  foi=True, fv=False)
M("mastodon", "@ferret@mastodon.social", "ferret", 330, False, "04-12 10:10",
  "I'd like to request under FOI the annual contract value for Brent's new waste contractor. @BrentCouncil",
  3, ENV, "FOI but invalid: pseudonym only, no address for correspondence (App. A FoI rule); web team explains.",
  foi=True, fv=False)
M("x", "@brentleaks", None, 190, False, "04-13 23:55",
  "Release the emails between the council and the developer about the Wembley Park deal. FOI. Or have you got something to hide @Brent_Council",
  3, PLN, "FOI-style demand for held emails; invalid: anonymous account, no name or address (App. A FoI rule); web team explains. Low reach.",
  foi=True, fv=False)
M("x", "@ltn_sceptic", None, 420, False, "04-14 18:00",
  "Does @Brent_Council agree LTNs have been a failure? Simple question",
  3, HWY, "Not FOI (asks for an opinion); App. A 'general comment over a well-understood issue' — signpost to published monitoring, no political standpoint.")
M("mastodon", "@kg_voter@mastodon.social", "Kit", 120, False, "04-15 16:40",
  "Who's actually standing in Kensal Green ward on 7 May? Anyone have the list?",
  3, None, "App. A 'signposting to information on our website': statement of persons nominated.")
M("x", "@bookworm_brent", None, 75, False, "04-17 11:30",
  "when do the summer reading challenge sign ups start at brent libraries?",
  3, LIB, "App. A 'signposting to information on our website': library events.")
M("x", "@bankhol_parker", None, 210, False, "05-01 18:20",
  "is parking free on bank holiday monday in Brent or do the CPZs still apply?",
  3, PRK, "App. A 'signposting to information on our website': published CPZ hours.")
M("x", "@hamza_ha9", "Hamza", 130, False, "04-19 15:15",
  "@Brent_Council كيف أقدم طلب للحصول على قسائم ركن للزوار؟ عندي ضيوف الأسبوع القادم",
  3, PRK, "Arabic: how to apply for visitor parking vouchers; App. A 'signposting to information on our website'.", lang="ar")
M("x", "@happy_permit_renewer", None, 320, False, "04-20 13:00",
  "Just renewed my parking permit online in 2 mins. Whoever redesigned that page, thank you 🙌 @Brent_Council",
  3, WEB, "Praise for the website addressed to the council; App. A 'general comment' the web team can acknowledge (ambiguous with 1).")
M("x", "@localplan_reader", None, 150, False, "04-21 09:20",
  "@Brent_Council the link to the Local Plan consultation in your last post is broken, goes to a 404",
  3, WEB, "App. A web team responds directly: broken link on council content.")
M("x", "@southall_sid", None, 95, False, "04-22 08:05",
  "@Brent_Council my bin in Southall hasn't been collected for a week UB1",
  3, None, "Misdirected: Southall is in Ealing; App. A 'simple confusion' — signpost to Ealing Council.")
M("facebook", "trina.b.stonebridge", "Trina B", None, False, "04-23 21:00",
  "Does the council still do a summer programme for teenagers? My son's 14 and will drive me mad. What's it called now?",
  3, EDU, "App. A 'signposting to information on our website': youth summer activities.")

# ---------- route 4: event-day zone thread; budget consultation comments ----------
M("facebook", "wp.residents.admin.sue", "Sue Barrington", None, False, "04-18 19:30",
  "With 30+ event days this summer the event day zone is getting silly. Visitors can't park, carers get tickets. Should we push for a change to the hours? The council's review is open until 15 May apparently.",
  4, PRK, "App. A 'specific ongoing conversation of relevance to a particular service area': residents discussing the event-day parking review.",
  key="ev1", likes=41)
M("facebook", "ray.osei.wp", "Ray Osei", None, False, "04-18 19:42",
  "Yes! The signs should only light up when there's actually an event on, not every Saturday in summer",
  4, PRK, "Reply in the event-day zone thread; App. A 'specific ongoing conversation'.", reply="ev1")
M("facebook", "gill.harper.wp", "Gill Harper", None, False, "04-18 20:05",
  "Tbh without it we'd have fans parked across our drives. Keep it as is.",
  4, PRK, "Reply in the event-day zone thread; App. A 'specific ongoing conversation'.", reply="ev1")
M("facebook", "leon.za.resident", "Leon", None, False, "04-18 22:15",
  "Got a PCN on event day in my own road, zone ZA, with my permit displayed!! PCN WM85521907",
  2, PRK, "Same case posted by the same resident on X: own PCN with a number needs an officer whatever the thread; App. A 'a person requiring customer services'.", reply="ev1")
M("facebook", "priti.j.wp", "Priti Joshi", None, False, "04-18 22:30",
  "Is the review online? Can't find it anywhere on the website",
  4, PRK, "Question inside the event-day thread; App. A 'specific ongoing conversation' — Parking officers post the link in the thread.", reply="ev1")
M("facebook", "dennis.m.nw2", "Dennis Murphy", None, False, "04-24 12:00",
  "Why are you cutting the youth service again while council tax goes up 4.99%? Where is the money actually going?",
  4, POL, "Comment on the council's budget consultation post; not FOI (rhetorical); App. A 'specific ongoing conversation' for the budget consultation.",
  key="bud1")
M("facebook", "anita.k.kenton", "Anita Kaur", None, False, "04-24 12:40",
  "Adult social care eats most of it, same in every council. The budget papers are all online if you actually read them",
  4, POL, "Reply in the budget consultation conversation; App. A 'specific ongoing conversation'.", reply="bud1")
M("facebook", "george.l.kilburn", "George Lamb", None, False, "04-24 13:15",
  "Would be nice if the consultation had an option that wasn't just 'which service do you want us to cut'",
  4, POL, "Reply in the budget consultation conversation; App. A 'specific ongoing conversation'.", reply="bud1")

# ---------- route 5 ----------
M("x", "@yusufrahman_writes", "Yusuf Rahman", 12800, True, "04-27 11:00",
  "@Brent_Council FOI request: the number of looked-after children placed in unregulated or unregistered accommodation by Brent in 2023, 2024 and 2025. Yusuf Rahman, freelance (Guardian, Observer).",
  5, None, "Journalist's FOI (valid: real name) on children in care; App. A 'highly influential web commentator' → communications.",
  foi=True, fv=True, esc="journalist")
M("x", "@dollishill_bang", None, 130, False, "04-28 06:50",
  "Massive bang on Dollis Hill Lane and the front of a house has just collapsed, smell of gas everywhere, people screaming. @Brent_Council @LondonFire",
  5, EMR, "Suspected gas explosion and building collapse: risk to life; emergency → escalate.",
  esc="risk_to_life")
M("facebook", "rita.f.harlesden", "Rita Ferreira", None, False, "04-29 23:05",
  "Há um incêndio num prédio em Harlesden, perto da Craven Park Road, e há pessoas presas no terceiro andar! Já liguei para o 999.",
  5, EMR, "Portuguese: fire in a Harlesden building with people trapped on the third floor; risk to life → escalate.",
  esc="risk_to_life", lang="pt")
M("facebook", "kiran.m.kenton", "Kiran Mehta", None, False, "04-30 18:20",
  "અમારા પાડોશી બા ઘણા દિવસોથી દેખાયા નથી અને ઘરમાંથી ખરાબ ગંધ આવે છે. Kenton. કોને ફોન કરવો?",
  5, None, "Gujarati: elderly neighbour not seen for days, bad smell from the house; possible death/welfare risk → escalate.",
  esc="safeguarding", lang="gu")
M("x", "@evicted_friday", None, 28, False, "05-01 01:30",
  "my mum says we're getting evicted on friday and brent said theres nothing they can do. i cant do this anymore i just want it all to stop",
  5, HSG, "Young person with self-harm cues facing homelessness; risk to life → escalate immediately.",
  esc="self_harm")
M("facebook", "aunt.concerned.1", "Bernadette Kelly", None, False, "05-02 10:10",
  "My nephew's foster carer keeps leaving him alone with her boyfriend, who I know has a record for violence. I've told Brent social services twice and nobody listens. He's 7.",
  5, None, "Child in care at risk: safeguarding; escalate (children's services not in department list).",
  esc="safeguarding")
M("x", "@need_safe_place", None, 12, False, "05-02 22:45",
  "@Brent_Council i need emergency housing tonight. i cant go back to my partners flat he said hell kill me. im in wembley with my baby",
  5, HSG, "Domestic abuse with a threat to kill and a baby: risk to life; escalate immediately.",
  esc="safeguarding")
M("facebook", "survivor.nw.anon", "L. M.", None, False, "05-03 14:30",
  "Brent sent my council tax reduction letter to my ex-husband's address. He is the reason I'm in a refuge. Now he has my new surname and knows I'm still in the borough. I'm terrified.",
  5, FIN, "Data breach exposing a domestic abuse survivor: risk to life and reputational harm → escalate.",
  esc="data_breach")
M("x", "@civic_centre_witness", "Dana Petrescu", 340, False, "05-04 12:20",
  "Just watched a Brent housing officer refuse to help a Roma family at the Civic Centre, said 'you people always lie'. Other staff laughed. @Brent_Council",
  5, HSG, "Witnessed discriminatory remark by staff; App. A reputational harm → escalate.",
  esc="discrimination")
M("x", "@BarakahSaleemMP", "Barakah Saleem MP", 26400, True, "05-05 09:00",
  "Constituents in Kilburn have now waited 18 months for damp repairs. I've asked @Brent_Council for an urgent meeting this week.",
  5, HSG, "MP publicly pressing the council on repairs; App. A 'highly influential' → communications.",
  esc="politician")
M("x", "@CllrJackWhitfield", "Cllr Jack Whitfield", 1600, False, "04-25 17:00",
  "The council's new £95 garden waste charge is a stealth tax on Kenton families. Sign our petition 👇 #BrentElections",
  5, ENV, "Opposition councillor campaigning against a charge in the pre-election period; political, controversial → App. A escalate (no political standpoint from the web team).",
  esc="politician")
M("x", "@insidehousing_jr", "Jess Rowe", 7400, True, "05-06 15:30",
  "Does @Brent_Council have a comment on the Regulator of Social Housing's judgement published today?",
  5, HSG, "Trade journalist seeking comment on a regulatory judgement; App. A 'highly influential' → communications.",
  esc="journalist")
M("instagram", "@wembley_eats_amira", "Amira | Wembley Eats", 152000, True, "05-08 13:00",
  "Wembley High Road is looking so sad these days, so many empty shops 😢 what's the plan @brentcouncil?",
  5, PLN, "Large verified account publicly questioning the council over the high street; App. A 'highly influential web commentator'.",
  esc="influential_account")
M("x", "@bluebadge_fighter", "Sandra Okoye", 780, False, "05-09 10:45",
  "You gave me a PCN while my blue badge was clearly displayed. I'm disabled. I'm reporting this to the EHRC and taking legal action @Brent_Council",
  5, PRK, "Own PCN case but with a legal threat and disability discrimination claim; App. A reputational harm takes precedence → escalate.",
  esc="legal_threat")
M("x", "@kilburngrange_voter", None, 220, False, "05-07 08:35",
  "Polling station at Kilburn Grange Park still not open at 8.30am, 40 people queuing, staff say the ballot papers haven't arrived @Brent_Council",
  5, None, "Polling station not open on election day: electoral integrity, urgent and controversial → escalate.",
  esc="electoral")
M("x", "@wembley_high_rd_cam", "Wembley Streets", 21000, False, "05-10 18:00",
  "This clip of a Brent enforcement officer kicking over a street vendor's stall on Wembley High Road is everywhere - 1.2m views and counting",
  5, REG, "Viral video alleging officer misconduct; App. A 'more controversial issue' → escalate.",
  esc="viral")
M("x", "@khr_neighbour", None, 160, False, "05-12 07:45",
  "Rest in peace to the man who slept in the doorway by the old cinema on Kilburn High Road. Found dead this morning. Outreach knew him for months. @Brent_Council",
  5, HSG, "Death of a rough sleeper known to services; controversial and reputational → escalate.",
  esc="death")
