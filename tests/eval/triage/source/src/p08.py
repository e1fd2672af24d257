from common import *

# ---------- route 1 ----------
M("x", "@ealingrd_lights", None, 560, False, "10-30 19:45",
  "Diwali lights on Ealing Road are switched on ✨🪔 so beautiful, go see them",
  1, None, "App. A 'no particular consequence': community chatter.")
M("x", "@neha_wembley", "Neha", 340, False, "11-08 20:10",
  "दिवाली की शुभकामनाएं वेम्बली! 🪔✨ सबको प्यार",
  1, None, "Hindi: 'Happy Diwali Wembley'; App. A 'no particular consequence'.", lang="hi")
M("instagram", "@roundwood_fireworks", None, 420, False, "11-05 21:30",
  "Bonfire night fireworks over Roundwood 🎆 #bonfirenight #harlesden",
  1, None, "App. A 'no particular consequence': event photo.")
M("x", "@gas_trader_ldn", None, 3100, False, "11-10 07:05",
  "Brent / TTF spread getting silly heading into winter. Someone's going to get squeezed",
  1, None, "App. A 'no particular consequence': Brent crude, keyword noise.")
M("x", "@office_fan_tv", None, 210, False, "12-20 21:00",
  "David Brent Christmas special rewatch time 🎄 'I'm not a cruel man' lol",
  1, None, "App. A 'no particular consequence': 'David Brent' keyword noise.")
M("x", "@sneery_nw2", None, 33, False, "11-12 18:15",
  "@Brent_Council you lot couldn't organise a piss-up in a brewery",
  1, None, "App. A 'no particular consequence': low-reach jibe, no issue.")
M("x", "@kemi_on_air", "Kemi Adeyinka", 301000, True, "11-28 19:00",
  "Wembley Park Christmas market is giving ✨Winterland✨ vibes, mulled wine sorted",
  1, None, "Very large account, no council matter (privately run market); App. A 'no particular consequence'.")
M("rss", "north-london-property-news", "North London Property News", None, False, "11-02 06:30",
  "Brent Cross Town phase two approved. Barnet Council's planning committee has approved the next phase of the Brent Cross Town scheme, including 1,200 homes and a new park.",
  1, None, "App. A 'no particular consequence': Brent Cross Town is a Barnet scheme, keyword noise.",
  url="https://nlpn.example/2026/11/02/brent-cross-town-phase-two")
M("x", "@willesden_poppy", None, 190, False, "11-08 12:30",
  "Remembrance Sunday at Willesden Green, beautiful turnout this year 🌺",
  1, None, "App. A 'no particular consequence': community post.")
M("facebook", "kensal.rise.jumperswap", "Holly Price", None, False, "11-20 10:00",
  "Anyone doing a Christmas jumper swap in Kensal Rise this year? My kids have outgrown theirs again 🎄",
  1, None, "App. A 'no particular consequence': local chatter.")
M("youtube", "@happy_holidays_nw", None, 3, False, "12-24 11:00",
  "Merry Xmas Brent 🎄🎅",
  1, None, "App. A 'no particular consequence': greeting.")
M("x", "@silver_lining_nw9", None, 95, False, "12-02 08:40",
  "Harrow's bins are even worse than ours, I feel so much better now",
  1, None, "App. A 'no particular consequence': banter, no case.")
M("mastodon", "@qp_morning@mastodon.social", "Lou", 260, False, "12-01 07:50",
  "First proper frost in Queen's Park, the whole park looks magical this morning",
  1, None, "App. A 'no particular consequence': chatter.")
M("linkedin", "jeff-okoro-localgov", "Jeff Okoro", 1700, False, "12-18 16:00",
  "After 22 years in local government, today is my last day at Brent. Thank you to every colleague, resident and partner. It has been a privilege.",
  1, None, "App. A 'no particular consequence': staff farewell post.")
M("x", "@siobhan_nw6", "Siobhán", 330, False, "12-23 22:10",
  "Nollaig shona daoibh go léir! 🎄 Oíche iontach i Kilburn anocht le mo chairde",
  1, None, "Irish: 'Happy Christmas everyone, great night in Kilburn'; App. A 'no particular consequence'.", lang="ga")

# ---------- route 2 ----------
M("x", "@olivia_hartmann", "Olivia Hartmann", 460, False, "10-06 10:00",
  "@Brent_Council FOI request: how many gritting runs did Brent carry out in winter 2025/26, and how many tonnes of salt were used?",
  2, HWY, "FOI; valid: real name visible in profile (App. A FoI rule); log via customer services.",
  foi=True, fv=True)
M("facebook", "lakshmi.raman.wembley", "Lakshmi Raman", None, False, "10-08 20:30",
  "தகவல் அறியும் உரிமை (FOI) கோரிக்கை: 2025 செப்டம்பரில் Brent-ல் எத்தனை குழந்தைகள் இரண்டாம் நிலைப் பள்ளி இடத்திற்காக காத்திருப்புப் பட்டியலில் இருந்தனர்?",
  2, EDU, "Tamil FOI: number of children on secondary school waiting lists in September 2025; valid: real name on profile.",
  foi=True, fv=True, lang="ta")
M("bluesky", "mkowalczyk.bsky.social", "Martin Kowalczyk", 900, False, "10-12 09:40",
  "FOI to @brentcouncil.bsky.social: Brent's spend on temporary accommodation in Apr-Sep 2026, split between nightly-paid and leased. Thanks.",
  2, HSG, "FOI; valid: real name visible in profile (App. A FoI rule); log via customer services.",
  foi=True, fv=True)
M("x", "@hazel_rd_bins", None, 70, False, "12-28 10:15",
  "Christmas collection was meant to be Sat 27th, nothing came. 15 Hazel Road NW10, ref 40199822 @Brent_Council",
  2, ENV, "App. A 'a person requiring customer services': missed collection with reference.")
M("x", "@blackbird_tyre", None, 150, False, "10-14 18:20",
  "Pothole on Blackbird Hill just shredded my front tyre. How do I claim? Reg LK21 HBX, happened 5.40pm by the bus stop @Brent_Council",
  2, HWY, "App. A 'a person requiring customer services': own damage claim and specific defect.")
M("x", "@park_ave_drain", None, 40, False, "10-20 07:30",
  "Blocked drain floods the pavement outside 3 Park Avenue NW2 every time it rains, have to walk in the road @Brent_Council",
  2, HWY, "App. A 'a person requiring customer services': specific drainage fault.")
M("x", "@javier_neasden", "Javier", 85, False, "10-22 13:10",
  "@Brent_Council Me han puesto una multa PCN WM86620013 delante de mi casa en Neasden y tengo permiso de residente a la vista. ¿Qué hago?",
  2, PRK, "Spanish: PCN outside own home despite a displayed resident permit; App. A 'a person requiring customer services'.", lang="es")
M("x", "@paid_in_nov", None, 65, False, "12-03 11:45",
  "Reminder letter says I missed my November council tax instalment but my bank shows it paid on the 1st. Account 30466502 @Brent_Council",
  2, FIN, "App. A 'a person requiring customer services': own account query.")
M("instagram", "@barnhill_rambler", None, 380, False, "11-15 10:30",
  "fallen tree blocking the main path in Fryent Country Park after the storm, near the Barn Hill pond @brentcouncil",
  2, ENV, "App. A 'a person requiring customer services': park obstruction at a location.")
M("x", "@oakington_dark", None, 120, False, "11-15 19:00",
  "Streetlights out along the whole of Oakington Manor Drive since the storm, pitch black @Brent_Council",
  2, HWY, "App. A 'a person requiring customer services': lighting fault on a named road.")
M("x", "@nadeem_nw10", "Nadeem", 70, False, "12-04 16:20",
  "@Brent_Council میری کونسل ٹیکس کی قسط دو بار کٹ گئی ہے، اکاؤنٹ 30477988۔ براہ کرم پیسے واپس کریں۔",
  2, FIN, "Urdu: council tax instalment taken twice, account given; App. A 'a person requiring customer services'.", lang="ur")
M("x", "@gw_sticker_fail", None, 55, False, "10-26 08:10",
  "Garden waste renewal payment taken but the bin still has last year's sticker and the crew won't empty it. GW-120554 @Brent_Council",
  2, ENV, "App. A 'a person requiring customer services': own subscription with reference.")
M("mastodon", "@wardrobe_waiting@mastodon.social", None, 30, False, "12-18 15:00",
  "Bulky waste collection for an old wardrobe booked for today, ref BW-311900. Nobody came. @BrentCouncil",
  2, ENV, "App. A 'a person requiring customer services': missed booked collection.")

# ---------- route 3 ----------
M("x", "@nw10insider", None, 2400, False, "11-25 19:20",
  "FOI: total cost of the new Christmas lights at the Civic Centre please @Brent_Council",
  3, COM, "FOI but invalid under App. A FoI rule: pseudonymous account, no real name or address; web team explains.",
  foi=True, fv=False)
M("x", "@marco_nw9", "Marco", 150, False, "11-26 12:00",
  "@Brent_Council FOI - how many rough sleepers used the severe weather shelter last winter?",
  3, HSG, "FOI but invalid: first name only, no address for correspondence (App. A FoI rule); web team explains.",
  foi=True, fv=False)
M("x", "@side_roads_ice", None, 180, False, "12-01 08:30",
  "@Brent_Council Why don't you grit the side roads? Genuine question",
  3, HWY, "Not FOI (asks for an explanation of policy); App. A 'general comment over a well-understood issue' — signpost to the gritting policy and routes.")
M("x", "@xmas_bins_when", None, 60, False, "12-10 18:00",
  "When are the Christmas bin collection changes going to be published?",
  3, ENV, "App. A 'signposting to information on our website'.")
M("x", "@cold_worried_nw6", None, 210, False, "12-02 22:30",
  "Where do I report someone sleeping rough so outreach can find them? There's a guy in the doorway of the bank on Kilburn High Rd every night",
  3, HSG, "App. A 'signposting': how to refer a rough sleeper (StreetLink); no acute risk described.")
M("x", "@hodan_wembley", "Hodan", 90, False, "12-15 10:45",
  "@Brent_Council Goorma ayaa qashinka la qaadayaa toddobaadka Kirismaska? Maalinta caadiga ah waa Khamiista.",
  3, ENV, "Somali: when will rubbish be collected in Christmas week, usual day Thursday; App. A 'signposting to information on our website'.", lang="so")
M("x", "@civic_xmas", None, 40, False, "12-19 09:00",
  "Is the Civic Centre open between Christmas and New Year?",
  3, None, "App. A 'signposting to information on our website': holiday opening.")
M("x", "@thankful_in_nw2", "Joy", 310, False, "12-03 07:40",
  "Huge thanks to the Brent bin crews working in this freezing weather 🙏❄️ @Brent_Council",
  3, ENV, "Thanks addressed to the council; App. A 'general comment' to acknowledge (ambiguous with 1).")
M("x", "@moved_again", None, 50, False, "10-18 21:15",
  "@Brent_Council the council tax 'change of address' form errors every time I press submit",
  3, WEB, "App. A web team responds directly: website form fault.")
M("x", "@golders_green_gail", None, 140, False, "12-29 11:10",
  "@Brent_Council bins in Golders Green not collected since before Christmas NW11",
  3, None, "Misdirected: Golders Green NW11 is Barnet; App. A 'simple confusion' — signpost to Barnet.")
M("facebook", "eileen.m.kingsbury", "Eileen Murphy", None, False, "12-12 14:00",
  "Does the council do anything for lonely older people at Christmas? My neighbour is 90 and on her own this year. She's well, just lonely.",
  3, None, "App. A 'signposting to information on our website': befriending and Christmas lunches; no risk described.")
M("bluesky", "markettrader-nw.bsky.social", "Dipesh", 210, False, "12-30 12:00",
  "How do I apply for a street trading licence for a Christmas market stall in Brent next year?",
  3, REG, "App. A 'signposting to information on our website': street trading licence page.")

# ---------- route 4: Neasden masterplan thread; gritting comments thread; forum thread ----------
M("facebook", "neasden.voice.res", "Neasden Voice", None, False, "10-15 19:00",
  "The Neasden Stations masterplan consultation has 3 weeks left. 2,000 homes, a new station link, and lots of towers. Who's been to the drop-in at Neasden library?",
  4, PLN, "App. A 'specific ongoing conversation of relevance to a particular service area': residents discussing a live masterplan consultation.",
  key="nm1")
M("facebook", "raj.p.neasden", "Raj Patel", None, False, "10-15 19:20",
  "Went on Tuesday. Officers were helpful but couldn't say how many would be social rent",
  4, PLN, "Reply in the masterplan thread; App. A 'specific ongoing conversation'.", reply="nm1")
M("facebook", "ruth.k.neasden", "Ruth Kamau", None, False, "10-15 19:45",
  "Need a GP surgery in the plans or it's a no from me",
  4, PLN, "Reply in the masterplan thread; App. A 'specific ongoing conversation'.", reply="nm1")
M("facebook", "colin.b.neasden", "Colin Byrne", None, False, "10-15 20:30",
  "Is the drop-in on again this Saturday?",
  4, PLN, "Question inside the consultation thread; App. A 'specific ongoing conversation' — Planning officers answer there.", reply="nm1")
M("instagram", "@brookroad_hill", None, 150, False, "11-30 20:00",
  "Why is Brook Road never on the gritting route? It's a steep hill and cars slide down it every single winter",
  4, HWY, "Comment under the council's gritting post that started a residents' discussion; App. A 'specific ongoing conversation' for Highways.",
  key="gr1")
M("instagram", "@barnhill_bus", None, 90, False, "11-30 20:20",
  "Same on Barn Hill, the bus couldn't get up it last year",
  4, HWY, "Reply in the gritting discussion; App. A 'specific ongoing conversation'.", reply="gr1")
M("instagram", "@grit_volunteer", None, 60, False, "11-30 21:05",
  "Could they at least put a grit bin at the top? We'd spread it ourselves",
  4, HWY, "Reply in the gritting discussion; App. A 'specific ongoing conversation'.", reply="gr1")
M("instagram", "@lol_nw9", None, 40, False, "11-30 21:30",
  "😂 brent and grit in the same sentence",
  1, None, "Joke reply with no content; App. A 'no particular consequence'.", reply="gr1")
M("rss", "qpara-forum", "Queens Park Area Residents' Forum", None, False, "10-24 08:00",
  "Thread: Salusbury Road School Street - extension to Saturdays? (34 replies). Latest post by 'helen_r': The council officer at the last meeting said they'd look at Saturday hours if enough of us responded to the review. Has anyone heard back? The cut-through traffic on Saturday mornings is worse than weekdays now.",
  4, HWY, "Residents' forum thread running for weeks on a School Street review; App. A 'specific ongoing conversation' — Highways officers should join.",
  url="https://qpara-forum.example/t/salusbury-school-street-saturdays/412")

# ---------- route 5 ----------
M("facebook", "amina.h.kilburnsq", "Amina Hassan", None, False, "12-14 21:30",
  "No heating in our council flat since 1 December. Flat 21 Kilburn Square, ref 00689033. I have a 3 month old baby and it's 12 degrees in her room. I've called every day.",
  5, HSG, "Infant in an unheated home for two weeks in winter despite reports: risk to a baby's health (emergency hazard) and reputational harm → escalate; contrast routine repairs (2).",
  esc="safeguarding")
M("x", "@wembley_central_night", None, 160, False, "12-05 00:40",
  "Man sleeping in the doorway by Wembley Central station, it's minus 4, he's not responding properly and his lips look blue. Called 999, who else? @Brent_Council",
  5, HSG, "Rough sleeper showing signs of hypothermia: risk to life → escalate (severe weather).",
  esc="risk_to_life")
M("x", "@harlesden_rd_storm", None, 120, False, "11-14 17:50",
  "Tree down on a car on Harlesden Road with someone still inside, power lines down across the road too @Brent_Council @LondonFire",
  5, EMR, "Storm damage with a person trapped and live cables: risk to life → escalate.",
  esc="risk_to_life")
M("x", "@boulevard_panic", None, 230, False, "10-04 15:20",
  "Police evacuating Wembley Park Boulevard, people running, someone said a suspicious package by the stadium steps. Game day crowds everywhere",
  5, EMR, "Live security incident on an event day: emergency, public safety → escalate (Emergency Planning).",
  esc="emergency")
M("x", "@chalkhill_balkon", "Marta", 110, False, "11-22 18:30",
  "Dziecko sąsiadów (może 5 lat) znowu stoi samo na balkonie na 9. piętrze w Chalkhill, bez kurtki, od godziny. Rodziców nie ma w domu. @Brent_Council",
  5, None, "Polish: a child of about 5 alone on a 9th-floor balcony for an hour, no parents home; child at risk → escalate.",
  esc="safeguarding", lang="pl")
M("x", "@tariq_alone", None, 20, False, "12-09 02:50",
  "مجھے لگتا ہے میں اب اور نہیں جی سکتا۔ کونسل نے میری عارضی رہائش ختم کر دی اور آج رات سڑک پر ہوں۔ @Brent_Council",
  5, HSG, "Urdu: 'I don't think I can live any more; the council ended my temporary accommodation, on the street tonight'; self-harm risk → escalate immediately.",
  esc="self_harm", lang="ur")
M("x", "@url_tinkerer", "Sam Osei", 640, False, "10-28 13:00",
  "Heads up @Brent_Council: your council tax portal lets me download another person's bill PDF just by changing the number in the URL. Please fix this now.",
  5, WEB, "Website flaw exposing residents' data: data breach → escalate.",
  esc="data_breach")
M("facebook", "sumaya.w.wembley", "Sumaya Warsame", None, False, "11-06 13:20",
  "The parking enforcement officer outside Wembley Central mosque on Friday was taking photos of women in niqab and laughing with his colleague. I saw it and so did others. Is this what Brent pays staff for?",
  5, PRK, "Alleged discriminatory conduct by enforcement staff; App. A reputational harm → escalate.",
  esc="discrimination")
M("x", "@hpetrova_bkt", "Hannah Petrova", 4900, True, "12-02 10:00",
  "FOI request to @Brent_Council: number of households in temporary accommodation on 1 December 2026, and how many are placed outside London. Hannah Petrova, Brent & Kilburn Times",
  5, HSG, "Journalist's FOI (valid: real name); App. A 'highly influential' → communications.",
  foi=True, fv=True, esc="journalist")
M("x", "@kateng_bbc", "Kate Ng", 11200, True, "12-01 16:45",
  "Are any @Brent_Council schools planning to close tomorrow because of the snow? Would be grateful for a line. BBC London",
  5, EDU, "Journalist's neutral question on a council matter; App. A 'highly influential' → communications.",
  esc="journalist")
M("x", "@CatrionaWellsMP", "Catriona Wells MP", 39100, True, "11-18 09:30",
  "I've asked @Brent_Council under FOI for the number of families kept in B&Bs beyond six weeks. Residents deserve transparency.",
  5, HSG, "MP's public statement about a request made elsewhere (not itself a request, so not FOI); App. A 'highly influential' → communications.",
  esc="politician")
M("facebook", "pauline.and.des.o", "Pauline O'Connor", None, False, "12-11 19:00",
  "Our son died in November in the hostel Brent placed him in. They had been told about his mental health crisis three times. Our solicitors are preparing submissions for the inquest. We want the truth.",
  5, HSG, "Death of a placed resident with alleged ignored warnings, and legal proceedings; escalate.",
  esc="death")
M("x", "@skipped_again_nw10", None, 38, False, "10-29 07:20",
  "bin men skipped me AGAIN. next lorry i see gets a brick through the cab window",
  5, ENV, "Threat of violence against waste crews: staff safety → escalate regardless of reach.",
  esc="threat_to_staff")

# ---------- additions: Policy items, further FOI ----------
M("x", "@rebecca_tan_nw2", "Rebecca Tan", 380, False, "10-07 11:30",
  "@Brent_Council FOI request: please send me the equality impact assessment(s) for the 2027/28 budget savings proposals.",
  2, POL, "FOI for a held document; valid: real name visible in profile (App. A FoI rule); log via customer services.",
  foi=True, fv=True)
M("facebook", "big.dave.nw10", "Big Dave", None, False, "10-09 22:40",
  "FOI how many staff actually work from home at the civic centre lol",
  3, HR, "FOI for recorded figures but invalid: nickname only, no real name or address (App. A FoI rule); web team explains.",
  foi=True, fv=False)
M("x", "@ha9_quiet_please", None, 45, False, "10-13 09:20",
  "طلب حرية المعلومات (FOI) إلى @Brent_Council: كم عدد شكاوى الضوضاء المسجلة في منطقة ويمبلي عام 2025؟ الاسم: سارة الحسيني، البريد: sara.alhusseini@outlook.com",
  2, REG, "Arabic FOI: number of noise complaints recorded in Wembley in 2025; valid under App. A FoI rule: name and email address for correspondence given in the post.",
  foi=True, fv=True, lang="ar")
M("x", "@tower_opinion", None, 120, False, "10-16 17:50",
  "@Brent_Council what do you actually think of the new Wembley tower? ugly or what 😂",
  3, PLN, "Not FOI (asks the council's opinion); no political standpoint — App. A 'general comment', web team signposts to the planning decision.")
M("x", "@borough_plan_reader", None, 160, False, "10-19 12:10",
  "When does the Borough Plan consultation close? Want to get my response in",
  3, POL, "App. A 'signposting to information on our website': consultation page.")
M("facebook", "harlesden.forum.chair", "Delroy Campbell", None, False, "10-21 19:30",
  "At tonight's Harlesden community forum we went through Brent's draft equality strategy. Main points from the room: nothing on older people's digital exclusion, and the targets for youth services are vague. The consultation closes 14 November. Add your thoughts below and I'll feed them in.",
  4, POL, "App. A 'specific ongoing conversation of relevance to a particular service area': community forum discussing a live policy consultation.",
  key="eq1")
M("facebook", "winnie.a.nw10", "Winnie Asare", None, False, "10-21 20:05",
  "My mum can't do any of it online. There should be paper copies at the library at the very least",
  4, POL, "Reply in the equality strategy consultation thread; App. A 'specific ongoing conversation'.", reply="eq1")
M("x", "@CllrJackWhitfield", "Cllr Jack Whitfield", 1750, False, "10-23 08:00",
  "Brent's budget gap is now £18m. Residents will pay the price for years of poor decisions. Full council must be honest about the cuts coming.",
  5, POL, "Opposition councillor criticising council finances publicly; political and controversial → App. A escalate (web team takes no political standpoint).",
  esc="politician")
M("x", "@halfterm_drizzle", None, 140, False, "10-27 10:30",
  "October half term in Brent = rain. Every single year.",
  1, None, "App. A 'no particular consequence': chatter.")
M("x", "@harlesden_rd_dug", None, 85, False, "10-28 17:40",
  "Our road's been dug up by a utility company for 6 weeks and nobody's working on it. Harlesden Road NW10 by no. 200. Who do I complain to? @Brent_Council",
  2, HWY, "App. A 'a person requiring customer services': street works complaint at a specific location for Highways to chase.")
M("x", "@my_brother_missing", "Lola Ade", 95, False, "10-31 21:00",
  "My autistic brother (24) was kicked out of the hostel and Brent hasn't placed him anywhere. He's wandering round Wembley with no phone and no meds. Please help @Brent_Council",
  5, HSG, "Vulnerable adult homeless without medication: safeguarding and risk to life → escalate.",
  esc="safeguarding")
