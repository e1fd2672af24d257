from common import *

# ---------- route 1 ----------
M("rss", "markets-wire", "Markets Wire", None, False, "05-13 06:05",
  "Oil: Brent crude slides as demand fears mount. Brent crude futures fell 1.8% to $84.10 a barrel by 0600 GMT, extending losses for a third session as weak Chinese factory data weighed on the outlook.",
  1, None, "App. A 'no particular consequence': Brent crude market news, keyword noise.",
  url="https://markets-wire.example/oil/2026/05/13/brent-slides")
M("x", "@blues_till_i_die_89", None, 880, False, "05-16 14:55",
  "FA Cup final at Wembley TODAY!! COME ON 🔵🔵🔵",
  1, None, "App. A 'no particular consequence': football chatter.")
M("instagram", "@roundwood_roses", None, 520, False, "06-07 10:20",
  "Roundwood Park rose garden in full bloom 🌹 best kept secret in NW10",
  1, None, "App. A 'no particular consequence': praise of a park, not addressed to the council, no request.")
M("x", "@deepa_eats", "Deepa", 260, False, "05-17 20:30",
  "ईलिंग रोड पर आज का खाना शानदार था 😋 पानी पूरी सबसे बढ़िया",
  1, None, "Hindi: 'the food on Ealing Road today was fantastic'; App. A 'no particular consequence'.", lang="hi")
M("x", "@cynic_nw2", None, 44, False, "05-22 16:10",
  "bet the council workers are all in the pub already lol, it's friday after all",
  1, None, "App. A 'no particular consequence': low-reach jibe.")
M("x", "@windrush_grandson", "Marcus", 600, False, "06-22 12:30",
  "Brent Council's Windrush Day post about the Harlesden elders was genuinely lovely. My grandad's in the photo 🥹",
  1, None, "Positive comment not addressed to the council needing no reply; App. A 'no particular consequence'.")
M("mastodon", "@placenames@mastodon.social", "Place Names Nerd", 3100, False, "05-19 11:11",
  "Is 'Brent' the most boring name for a London borough? Named after a river whose name means 'holy one', so actually no",
  1, None, "App. A 'no particular consequence': trivia chatter.")
M("x", "@jamie_brent_", "Jamie Brent", 410, False, "05-20 09:40",
  "My surname is Brent and every time the council's in the news I get tagged in stuff 🙃 not me lads",
  1, None, "App. A 'no particular consequence': Brent as a surname.")
M("youtube", "@rainbow_rita", None, 22, False, "06-27 19:00",
  "🏳️‍🌈❤️🏳️‍🌈",
  1, None, "App. A 'no particular consequence': emoji under the council's Pride video.")
M("x", "@lionesses_fan_hq", "Lionesses Fan HQ", 402000, True, "06-02 21:45",
  "Wembley atmosphere tonight 🦁🦁🦁 what a team",
  1, None, "Very large account, no council matter; App. A 'no particular consequence'.")
M("facebook", "sudbury.mums.kate", "Kate Morrison", None, False, "05-24 08:15",
  "Anyone selling a second hand pram? Sudbury area. Doesn't have to be fancy",
  1, None, "App. A 'no particular consequence': local group chatter.")
M("x", "@neasden_sweat", None, 90, False, "06-15 15:20",
  "Heatwave in Neasden, my fan has officially given up 🥵",
  1, None, "App. A 'no particular consequence': weather chatter.")
M("x", "@headstone_dad", None, 230, False, "05-25 17:30",
  "Well done Harrow Council on the new Headstone Manor play area, kids loved it",
  1, None, "App. A 'no particular consequence': another council's matter.")
M("linkedin", "northbank-homes", "Northbank Homes", 8800, False, "05-26 10:00",
  "Proud to have handed over our third affordable housing scheme in partnership with a North West London borough this year, 64 new homes in Alperton. #affordablehousing #Brent",
  1, None, "App. A 'no particular consequence': developer promotion, no issue for the council.")
M("bluesky", "designnerd-nw.bsky.social", "Oli", 900, False, "05-27 13:00",
  "Brent Council's new website design is kinda nice actually, clean type",
  1, None, "Mild positive remark not addressed to the council; App. A 'no particular consequence'.")
M("x", "@rolling_eyes_nw10", None, 61, False, "05-28 22:50",
  "How much are they paying the chief exec to ignore us? 🙄",
  1, None, "Not FOI (rhetorical jibe; senior pay is published anyway); App. A 'no particular consequence'.")

# ---------- route 2 ----------
M("x", "@aoife_brennan_nw6", "Aoife Brennan", 350, False, "05-13 10:10",
  "@Brent_Council FOI: please provide the number of HMO licence applications received in 2025 and the average number of days to a decision.",
  2, REG, "FOI; valid: real name visible in profile (App. A FoI rule); log via customer services.",
  foi=True, fv=True)
M("linkedin", "rajesh-varsani", "Rajesh Varsani", 1200, False, "05-14 09:00",
  "Under the Freedom of Information Act, please could Brent Council share the number and total value of contracts awarded to Brent-based SMEs in 2025/26?",
  2, FIN, "FOI; valid: real name on the profile (App. A FoI rule applied to LinkedIn); log via customer services.",
  foi=True, fv=True)
M("x", "@nw2_data", None, 140, False, "05-15 12:30",
  "@Brent_Council FOI request - list of all public EV charge points installed by Brent since 2023 with their locations. From: Chidi Eze, chidi.eze.requests@proton.me",
  2, HWY, "FOI; valid under App. A FoI rule: 'name of the applicant' and an email 'address for correspondence' given in the post (handle is anonymous).",
  foi=True, fv=True)
M("facebook", "sunita.sharma.wembley", "Sunita Sharma", None, False, "05-18 19:10",
  "सूचना का अनुरोध (FOI): 2025 में Brent की SEN स्कूल बसें कितनी बार 30 मिनट से ज़्यादा देर से पहुंचीं? कृपया महीने के हिसाब से बताएं।",
  2, EDU, "Hindi FOI: how often SEN school buses were over 30 minutes late in 2025, by month; valid: real name on profile.",
  foi=True, fv=True, lang="hi")
M("x", "@chapter_rd_bin", None, 70, False, "05-19 08:25",
  "How many times do I have to ask for a new bin before you people listen?? 3 requests now. 12 Chapter Road NW2 @Brent_Council",
  2, ENV, "Not FOI (complaint with a question mark); own bin request at an address → App. A 'a person requiring customer services'.")
M("x", "@kilburnsq_16th", None, 95, False, "06-16 14:40",
  "Heatwave and our council flat on the 16th floor at Kilburn Square is 34°C inside. Windows only open 10cm and the extractor's broken, repair ref 00633110. @Brent_Council",
  2, HSG, "App. A 'a person requiring customer services': tenant's repair with reference; no vulnerable occupant mentioned.")
M("x", "@crest_rd_carer", None, 38, False, "05-20 11:05",
  "Clinical waste collection (sharps bin) missed twice at 5 Crest Road NW2. My husband is diabetic, we're running out of room for them",
  2, ENV, "App. A 'a person requiring customer services': missed clinical waste collection at an address.")
M("facebook", "joan.w.alperton", "Joan Whitaker", None, False, "05-21 10:30",
  "My single person discount has been removed from my council tax account 30499812 without any explanation. I have lived alone since my husband died in 2019!!",
  2, FIN, "App. A 'a person requiring customer services': own council tax account.")
M("instagram", "@buggy_mum_nw10", None, 180, False, "05-22 09:15",
  "overgrown hedge on Harrow Road by Elmwood Park is covering half the pavement, I have to walk in the road with the buggy @brentcouncil",
  2, HWY, "App. A 'a person requiring customer services': obstruction at a specific location.")
M("x", "@church_rd_stink", None, 54, False, "05-23 23:10",
  "The takeaway next to 120 Church Road NW10 is pouring cooking oil down the drain every night, the whole street stinks. @Brent_Council",
  2, REG, "App. A 'a person requiring customer services': commercial pollution at an address for enforcement.")
M("x", "@preston_rd_ta", "Murugan", 60, False, "05-25 10:45",
  "எங்கள் தெருவில் (Preston Road, HA9) மூன்று வாரங்களாக குப்பை எடுக்கவில்லை. குறிப்பு எண் 40122871. @Brent_Council",
  2, ENV, "Tamil: rubbish not collected on Preston Road for three weeks, reference given; App. A 'a person requiring customer services'.", lang="ta")
M("x", "@iya_mum", None, 110, False, "05-27 09:50",
  "Applied in March for an in-year school place for my son (ref IYA-2026-552), still no offer. He's been out of school 9 weeks now. @Brent_Council",
  2, EDU, "App. A 'a person requiring customer services': own in-year admission case; Education to act urgently (parent engaged, no safeguarding cue).")
M("mastodon", "@wg_recycler@mastodon.social", "Sian", 90, False, "05-29 12:20",
  "Asked for a new recycling box in April (ref BIN-80112). Still nothing. Willesden Green. @BrentCouncil",
  2, ENV, "App. A 'a person requiring customer services': container request with reference.")
M("x", "@harlesden_reader", None, 45, False, "05-30 15:15",
  "Got a library fine for a book I never borrowed, account 2900145 at Harlesden library. @Brent_Council",
  2, LIB, "App. A 'a person requiring customer services': own library account.")

# ---------- route 3 ----------
M("x", "@harlesden_hawk", None, 610, False, "05-14 17:40",
  "@Brent_Council FOI: how many fixed penalty notices for littering did Brent issue last year?",
  3, ENV, "FOI but invalid under App. A FoI rule: no real name visible, no address; web team explains how to make a valid request.",
  foi=True, fv=False)
M("facebook", "mo.t.wembley", "Mo T", None, False, "05-16 21:20",
  "I want to make an FOI please - what's the total budget for Brent's summer events programme this year?",
  3, COM, "FOI but invalid: first name and initial only, no address (App. A FoI rule); web team explains.",
  foi=True, fv=False)
M("bluesky", "nw6-cyclist.bsky.social", "NW6 Cyclist", 1400, False, "05-18 08:50",
  "FOI please @brentcouncil.bsky.social: number of cycle hangars and the waiting list length, by ward.",
  3, HWY, "FOI but invalid: pseudonymous account, no real name or address (App. A FoI rule); web team explains.",
  foi=True, fv=False)
M("x", "@heat_worried", None, 130, False, "06-15 11:30",
  "Are there any cooling centres open in Brent during this heatwave? My nan's in Kingsbury",
  3, EMR, "App. A 'signposting to information on our website': heatwave advice and cool spaces list.")
M("x", "@festival_fan_nw2", None, 240, False, "05-31 19:05",
  "Is the Brent festival in Gladstone Park still happening this year? Can't see anything about it",
  3, COM, "App. A 'signposting to information on our website': events listings.")
M("x", "@camille_nw6", "Camille", 85, False, "06-01 10:10",
  "Bonjour @Brent_Council, comment inscrire mon enfant à l'école maternelle ? Nous venons d'arriver de Lyon et nous habitons à Kilburn.",
  3, EDU, "French: how to enrol a child in nursery/reception; App. A 'signposting to information on our website'.", lang="fr")
M("x", "@diego_kilburn", "Diego", 70, False, "06-02 18:00",
  "¿Cómo pido un contenedor de reciclaje nuevo? Vivo en Kilburn y el mío está roto. @Brent_Council",
  3, ENV, "Spanish: how to order a new recycling bin; App. A 'signposting to information on our website' (online order form).", lang="es")
M("x", "@search_fail_nw", None, 300, False, "06-03 13:30",
  "Your new website search is awful, typed 'bin day' and got a planning policy PDF from 2019 🙃 @Brent_Council",
  3, WEB, "App. A web team responds directly: website search fault.")
M("x", "@sudbury_wasps", "Greg Hall", 170, False, "06-04 17:20",
  "Pest control came out same day for the wasps nest in Sudbury, really professional bloke. Cheers @Brent_Council 🐝",
  3, REG, "Thanks addressed to the council; App. A 'general comment' to acknowledge and pass to the service (ambiguous with 1).")
M("x", "@hendon_hannah", None, 190, False, "06-05 08:00",
  "@Brent_Council bins in Hendon not done AGAIN NW4",
  3, None, "Misdirected: Hendon NW4 is Barnet; App. A 'simple confusion' — signpost to Barnet.")
M("x", "@kenton_garden_office", None, 95, False, "06-06 12:45",
  "Do I need planning permission for a garden office in Kenton? It'd be about 3m high",
  3, PLN, "App. A 'signposting to information on our website': permitted development guidance.")
M("x", "@ha9_confused", None, 110, False, "04-19 09:30",
  "Is the event day parking review online? Can't find it anywhere on the website @Brent_Council",
  3, PRK, "Standalone question to the council (same question also asked inside the residents' thread); App. A 'signposting to information on our website'.")

# ---------- route 4: tennis charges thread; licensing application thread ----------
M("facebook", "gladstone.friends.tim", "Tim Aldous", None, False, "06-08 19:15",
  "So the council now charge £8/hr for the Gladstone Park tennis courts that were free for 40 years. Kids from the estates won't be able to play. Is anyone going to the parks meeting on the 18th?",
  4, ENV, "App. A 'specific ongoing conversation of relevance to a particular service area': local group debating park tennis charges.",
  key="ten1")
M("facebook", "shona.p.dollishill", "Shona Patel", None, False, "06-08 19:30",
  "The courts were falling apart though, the new surface is brilliant. But yes a free hour for kids would be fair",
  4, ENV, "Reply in the tennis charges thread; App. A 'specific ongoing conversation'.", reply="ten1")
M("facebook", "ade.o.nw2", "Ade Ogun", None, False, "06-08 20:10",
  "Does the booking app let you book the free community sessions? I saw something about that",
  4, ENV, "Question within the tennis thread; App. A 'specific ongoing conversation' — parks officers answer there.", reply="ten1")
M("facebook", "lily.m.nw2", "Lily Mason", None, False, "06-08 20:12",
  "🎾🎾",
  1, None, "Emoji-only reply in the thread; App. A 'no particular consequence'.", reply="ten1")
M("facebook", "craven.park.residents", "Craven Park Residents", None, False, "06-09 18:00",
  "Licensing application for 24-hour alcohol sales at the new shop on Craven Park Road - representations close 20 June. We already have street drinking outside the church every day. Please object!",
  4, REG, "App. A 'specific ongoing conversation of relevance to a particular service area': residents discussing a live licensing application.",
  key="lic1")
M("facebook", "beverley.h.nw10", "Beverley Hinds", None, False, "06-09 18:25",
  "I've objected. The reference number is on the blue notice in the shop window",
  4, REG, "Reply in the licensing thread; App. A 'specific ongoing conversation'.", reply="lic1")
M("facebook", "samir.k.harlesden", "Samir Khan", None, False, "06-09 18:50",
  "Has anyone got the licensing team's email? The website is a maze",
  4, REG, "Question within the licensing conversation; App. A 'specific ongoing conversation' — Licensing officers respond in the thread.", reply="lic1")
M("facebook", "pauline.r.nw10", "Pauline Roach", None, False, "06-09 19:30",
  "Street drinking there has been terrible since lockdown and the police never come. 24 hours would make it ten times worse",
  4, REG, "Reply in the licensing thread; App. A 'specific ongoing conversation'.", reply="lic1")

# ---------- route 5 ----------
M("x", "@eleanorpike_bkt", "Eleanor Pike", 5200, True, "05-15 11:45",
  "FOI request to @Brent_Council: which Brent maintained schools have confirmed RAAC or an asbestos management issue? List of schools please.",
  5, EDU, "Journalist's FOI (valid: real name) on school building safety; App. A 'highly influential' → communications.",
  foi=True, fv=True, esc="journalist")
M("x", "@bus_stop_wembley", None, 80, False, "06-16 15:05",
  "old man just collapsed in the heat at the bus stop on Harrow Road by Wembley Triangle, ambulance says 40 mins. anyone nearby a first aider??",
  5, EMR, "Person collapsed in a heatwave, delayed ambulance: risk to life; escalate.",
  esc="risk_to_life")
M("x", "@stonebridge_19floors", None, 120, False, "06-11 02:30",
  "Fire alarm going off in our block in Stonebridge for an hour, smell of burning on the 12th floor, caretaker says 'ignore it it's faulty'. 19 floors of people. @Brent_Council @LondonFire",
  5, HSG, "Possible fire in a high-rise with residents told to ignore the alarm: fire safety, risk to life → escalate.",
  esc="fire_safety")
M("x", "@welshharp_walker", None, 340, False, "06-17 18:40",
  "Teenager just pulled out of the Welsh Harp, not breathing, paramedics working on him. Please stop swimming in it in this heat",
  5, EMR, "Drowning incident at the reservoir: risk to life, likely public concern → escalate.",
  esc="risk_to_life")
M("facebook", "meena.g.harlesden", "Meena G", None, False, "05-20 22:30",
  "मेरे पड़ोस में एक बच्ची, शायद 8 साल की, रोज़ रात को बाहर सीढ़ियों पर सोती है. उसकी माँ उसे घर में नहीं आने देती. Harlesden. किसे बताऊं?",
  5, None, "Hindi: a girl of about 8 sleeping on the stairs outside nightly, mother won't let her in; child safeguarding → escalate.",
  esc="safeguarding", lang="hi")
M("x", "@lucia_sin_casa", None, 25, False, "05-21 03:15",
  "Ya no puedo más. @Brent_Council me va a desalojar la semana que viene y no tengo a dónde ir con mis hijos. A veces pienso en acabar con todo.",
  5, HSG, "Spanish: facing eviction with children, thoughts of ending it all; self-harm risk → escalate immediately.",
  esc="self_harm", lang="es")
M("x", "@wrong_account_shown", "Patrick Doyle", 420, False, "06-03 09:15",
  "Logged into my council tax account on the new Brent website and it showed me SOMEONE ELSE'S account. Name, address, balance, bank details. @Brent_Council this is a serious breach",
  5, WEB, "Website exposing another resident's account data: data breach → escalate.",
  esc="data_breach")
M("x", "@hijabi_in_nw10", "Safiya", 890, False, "05-26 16:20",
  "A Brent housing officer told me 'people like you' don't get 3-bed houses. I'm a Muslim woman in hijab. I asked what he meant and he smirked. @Brent_Council",
  5, HSG, "Alleged religious discrimination by staff; App. A reputational harm → escalate.",
  esc="discrimination")
M("x", "@CatrionaWellsMP", "Catriona Wells MP", 38600, True, "05-28 17:00",
  "Good meeting with @Brent_Council officers today on temporary accommodation in Harlesden. Some progress, but much more to do.",
  5, HSG, "MP commenting on a council matter (measured tone); App. A 'highly influential' → communications to manage the relationship.",
  esc="politician")
M("x", "@CllrOmarHussain", "Cllr Omar Hussain", 2250, False, "06-12 10:30",
  "Thank you to the Brent parks team for the brilliant new play area in Stonebridge Park 👏 kids were queuing at 9am",
  5, ENV, "Councillor speaking publicly about a council service (positive); per App. A influential commentators go via comms, who may amplify — ambiguous with 3.",
  esc="politician")
M("x", "@screenshots_nw", "NW London Screenshots", 14200, False, "06-01 21:10",
  "Has the @Brent_Council account been hacked?? It just told a resident to 'stop whinging about bins' 😳 screenshot below",
  5, COM, "Possible compromise or staff misconduct on the council's own account, amplified by a large account; App. A reputational harm → escalate.",
  esc="controversial")
M("x", "@careful_ha0", "Rosa Mendes", 530, False, "06-04 19:50",
  "Watch out - a fake 'Brent Council Parking' account is DMing people asking for card details to pay PCNs. Don't fall for it",
  5, COM, "Third-party impersonation of the council (a strategy-listed risk) used for fraud; escalate to communications.",
  esc="impersonation")
M("facebook", "daniel.o.kingsbury", "Daniel Osei", None, False, "06-05 13:00",
  "I've instructed solicitors over my son's permanent exclusion. Brent ignored every piece of SEN evidence we gave them. We'll see them at tribunal.",
  5, EDU, "Legal action over an exclusion; App. A reputational harm → communications and Education lead.",
  esc="legal_threat")
M("youtube", "@driveswithdev", "Drives with Dev", 221000, True, "06-06 18:30",
  "Brent's new LTN in Willesden turned a 5 min drive into 25. Making a full video on it this week, council had better have answers.",
  5, HWY, "Very large creator announcing critical content on a council scheme; App. A 'highly influential web commentator'.",
  esc="influential_account")
M("facebook", "carol.d.sudbury", "Carol Dunne", None, False, "06-07 09:40",
  "Our mum died on Sunday in the Brent-funded care home. She had fallen out of bed twice in one week and nobody told us about the first fall until after the second. We want answers.",
  5, None, "Death in a council-funded placement with alleged failures; escalate (adult social care not in list).",
  esc="death")
M("x", "@kenton_leaflets", "Kenton Watch", 3300, False, "05-05 20:00",
  "Video of a sitting Brent councillor pulling opposition leaflets out of letterboxes in Kenton. Two days before polling day. @Brent_Council is this allowed?",
  5, None, "Alleged misconduct by a councillor during the election: controversial, electoral → escalate (no political standpoint).",
  esc="misconduct")
