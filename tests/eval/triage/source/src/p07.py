from common import *

# ---------- route 1 ----------
M("x", "@carnival_queen_jo", None, 720, False, "08-31 23:50",
  "Notting Hill carnival was UNREAL this year 🇹🇹🇯🇲🇬🇩 feet destroyed",
  1, None, "App. A 'no particular consequence': event in another borough, chatter.")
M("x", "@clown_emoji_guy", None, 19, False, "08-03 02:10",
  "@Brent_Council 🤡",
  1, None, "App. A 'no particular consequence': low-reach emoji jibe.")
M("youtube", "@year9_homework", None, 1, False, "09-15 20:30",
  "who else is here for the geography homework lol",
  1, None, "App. A 'no particular consequence': chatter under a council video.")
M("rss", "energy-markets-daily", "Energy Markets Daily", None, False, "08-07 17:00",
  "Brent posts weekly gain as Middle East supply worries resurface. The global benchmark settled at $86.42, up 3.1% on the week; WTI rose 2.7%.",
  1, None, "App. A 'no particular consequence': Brent crude, keyword noise.",
  url="https://energy-markets-daily.example/2026/08/07/brent-weekly-gain")
M("x", "@sudbury_court_fc", "Sudbury Court FC", 1100, False, "08-09 17:10",
  "FT: Sudbury Court 4-1 Hendon Juniors ⚽ Tom Brent with a hat-trick 🎩👏",
  1, None, "App. A 'no particular consequence': Brent as a surname in a sports result.")
M("instagram", "@familia_silva_ldn", None, 310, False, "08-16 15:00",
  "Domingo no Gladstone Park com a família 🌳☀️ #londres #familia",
  1, None, "Portuguese: 'Sunday in Gladstone Park with the family'; App. A 'no particular consequence'.", lang="pt")
M("x", "@bridge_rd_resident", None, 260, False, "10-04 12:40",
  "NFL game traffic already building on Bridge Road and it's only midday lol, stay home folks",
  1, None, "App. A 'no particular consequence': event-day chatter, no request.")
M("linkedin", "dr-a-mensah-data", "Dr Abena Mensah", 2600, False, "09-10 08:40",
  "Enjoyed speaking at the LGA data conference about how London boroughs are using open data to plan services. Slides below. #localgov #opendata",
  1, None, "App. A 'no particular consequence': professional post, no council issue.")
M("x", "@sir_mo_football", "Mo Richards", 2100000, True, "08-20 21:00",
  "Wembley arch lit up purple tonight, stunning 💜",
  1, None, "Very large account, no council matter; App. A 'no particular consequence'.")
M("facebook", "harlesden.fair.volunteer", "Grace Obi", None, False, "08-23 18:30",
  "Lovely afternoon at the Harlesden summer fair in Roundwood Park, well done to all the volunteers and stallholders ☀️",
  1, None, "App. A 'no particular consequence': community praise not directed at the council.")
M("x", "@bees_til_i_die", None, 1260, False, "08-28 19:05",
  "Brentford sign a new striker 🐝 about time",
  1, None, "App. A 'no particular consequence': Brentford FC keyword noise.")
M("mastodon", "@kilburn_history@mastodon.social", "Ciarán", 380, False, "09-05 20:00",
  "Great talk at the library tonight on the Irish in Kilburn, 1950s dance halls and all. Packed room.",
  1, None, "App. A 'no particular consequence': positive event chatter.")
M("x", "@tory_troll_nw", None, 66, False, "09-06 11:20",
  "Brent labour councillors are a total disgrace",
  1, None, "App. A 'no particular consequence': low-reach partisan jibe, no allegation; no political standpoint taken.")
M("x", "@dollishill_frogs", None, 130, False, "09-07 22:45",
  "my cat brought a live frog in at 11pm. unrelated to anything but this is my life in Dollis Hill now",
  1, None, "App. A 'no particular consequence': chatter.")
M("x", "@bin_aesthetics", None, 88, False, "09-08 17:30",
  "Who signed off on these ugly new bins? Someone should be sacked 😂",
  1, None, "Not FOI (rhetorical); light moan, App. A 'no particular consequence'.")

# ---------- route 2 ----------
M("x", "@jen_akande", "Jennifer Akande", 890, False, "08-04 10:20",
  "@Brent_Council FOI request: number of permanent and suspension exclusions in Brent secondary schools in 2024/25, broken down by ethnicity.",
  2, EDU, "FOI; valid: real name visible in profile (App. A FoI rule); log via customer services.",
  foi=True, fv=True)
M("facebook", "tom.gallagher.kilburn", "Thomas Gallagher", None, False, "08-05 21:15",
  "FOI request please: the total income from moving traffic PCNs (bus lanes, yellow boxes, banned turns) in Brent in 2025, by camera location.",
  2, PRK, "FOI; valid: real name on profile (App. A FoI rule); log via customer services.",
  foi=True, fv=True)
M("x", "@ana_carvalho_ldn", "Ana Carvalho", 410, False, "08-06 12:00",
  "Pedido FOI à @Brent_Council: quantas famílias foram alojadas em hotéis pela Brent em julho de 2026, e por quanto tempo em média?",
  2, HSG, "Portuguese FOI: families placed in hotels in July 2026 and average stay; valid: real name visible.",
  foi=True, fv=True, lang="pt")
M("linkedin", "dr-ravi-menon", "Dr Ravi Menon", 1500, False, "08-07 09:15",
  "Could Brent Council provide, under the Freedom of Information Act, the number of air quality monitoring sites that exceeded the annual NO2 limit in 2025?",
  2, ENV, "FOI; valid: real name on profile (App. A FoI rule); log via customer services.",
  foi=True, fv=True)
M("x", "@year7_worry", None, 60, False, "08-30 19:40",
  "My son starts Year 7 on Thursday and we still have no confirmation of his travel assistance. Ref TA-2026-0912. @Brent_Council please",
  2, EDU, "App. A 'a person requiring customer services': own SEN travel case with reference.")
M("x", "@willesden_green_lib_fan", None, 90, False, "08-10 08:20",
  "fresh graffiti tags all over the side wall of Willesden Green library this morning @Brent_Council",
  2, ENV, "App. A 'a person requiring customer services': graffiti at a specific site for removal.")
M("facebook", "sharon.t.harlesden", "Sharon Thomas", None, False, "08-11 20:50",
  "Part of my kitchen ceiling has come down at Flat 8 in the Harlesden Gardens block. Nobody hurt, the rest is hanging. Reported today, ref 00651108. Please send someone before it all comes down.",
  2, HSG, "App. A 'a person requiring customer services': emergency repair with reference (no injury or vulnerable occupant stated) — Housing to attend urgently.")
M("x", "@dollishill_ave_odd", None, 75, False, "08-12 16:30",
  "Whole of Dollis Hill Avenue odd numbers missed today. Reported on the app, ref 40155022 @Brent_Council",
  2, ENV, "App. A 'a person requiring customer services': missed collection with reference.")
M("x", "@staples_corner_pcn", None, 140, False, "08-13 10:10",
  "Got a PCN for a yellow box at Staples Corner - PCN BX81229011 says Brent but I thought that junction was Barnet's? @Brent_Council",
  2, PRK, "App. A 'a person requiring customer services': own PCN to be checked by Parking.")
M("instagram", "@walm_lane_walker", None, 200, False, "08-14 09:00",
  "dead fox on the pavement outside 77 Walm Lane, been there 3 days in this heat 🤢 @brentcouncil",
  2, ENV, "App. A 'a person requiring customer services': removal at an address.")
M("x", "@jayesh_kenton", "Jayesh", 85, False, "08-17 11:25",
  "@Brent_Council કાઉન્સિલ ટેક્સ બિલમાં ભૂલ છે, એકાઉન્ટ 30490016. મારું નામ ખોટું લખ્યું છે અને રકમ પણ વધારે છે.",
  2, FIN, "Gujarati: council tax bill has the wrong name and amount, account given; App. A 'a person requiring customer services'.", lang="gu")
M("x", "@street_party_sept", "Lauren", 160, False, "09-02 13:00",
  "Our street party road closure application for 12 Sept (ref SP-2026-031) - no reply and it's in 10 days! @Brent_Council",
  2, HWY, "App. A 'a person requiring customer services': own application with reference.")
M("x", "@kingsbury_new_reader", None, 30, False, "09-03 15:45",
  "Library card application stuck on 'pending' for 3 weeks, Kingsbury, ref LIB-77120 @Brent_Council",
  2, LIB, "App. A 'a person requiring customer services': own library application.")
M("x", "@ct_up_9pc", None, 110, False, "09-04 18:20",
  "@Brent_Council can you explain why my council tax went up 9% when you said 4.99%?? account 30411234",
  2, FIN, "Not FOI (a question about own bill); App. A 'a person requiring customer services'.")

# ---------- route 3 ----------
M("x", "@brentwatcher", None, 1300, False, "08-08 14:40",
  "Under FOI - how many complaints about the waste contractor did you get in 2025 @Brent_Council",
  3, ENV, "FOI but invalid under App. A FoI rule: pseudonymous account, no name or address; web team explains.",
  foi=True, fv=False)
M("facebook", "jazz.nw10", "Jazz", None, False, "08-09 22:00",
  "I'd like to FOI the number of CCTV cameras in Harlesden that actually work",
  3, REG, "FOI but invalid: first name only, no address (App. A FoI rule); web team explains.",
  foi=True, fv=False)
M("x", "@kenton_mast_objector", None, 70, False, "08-18 19:30",
  "How do I object to a planning application? There's one for a phone mast on our road in Kenton",
  3, PLN, "App. A 'signposting to information on our website': how to comment on applications.")
M("x", "@carer_question", None, 55, False, "08-19 10:00",
  "Is there a council tax discount in Brent for carers?",
  3, FIN, "App. A 'signposting to information on our website': discounts and exemptions page.")
M("x", "@agnieszka_nw10", "Agnieszka", 120, False, "08-20 13:30",
  "Gdzie mogę zgłosić się po pomoc z rachunkami za prąd? Mieszkam w Harlesden z dwójką dzieci. @Brent_Council",
  3, FIN, "Polish: where to get help with electricity bills; App. A 'signposting' (cost of living support page).", lang="pl")
M("x", "@bankhol_books", None, 45, False, "08-29 09:15",
  "@Brent_Council are the libraries open on the bank holiday Monday?",
  3, LIB, "App. A 'signposting to information on our website': opening hours.")
M("x", "@iphone_pcn_payer", None, 90, False, "08-21 20:10",
  "@Brent_Council the 'pay a PCN' page just won't load on iPhone, spinning wheel forever",
  3, WEB, "App. A web team responds directly: website fault.")
M("x", "@appeal_sorted", "Fatima", 220, False, "08-24 16:20",
  "Thank you @Brent_Council school admissions team for being so patient on the phone today, got our appeal date sorted 🙏",
  3, EDU, "Thanks addressed to the council; App. A 'general comment' to acknowledge (ambiguous with 1).")
M("x", "@swim_over60", None, 35, False, "08-25 08:40",
  "do Brent still do free swimming for over 60s at Vale Farm?",
  3, None, "App. A 'signposting to information on our website': leisure offers.")
M("x", "@ladbroke_nights", None, 140, False, "08-31 03:05",
  "@Brent_Council sound system outside my flat in Ladbroke Grove still going at 3am",
  3, None, "Misdirected: Ladbroke Grove is Kensington & Chelsea; App. A 'simple confusion' — signpost to RBKC noise line.")
M("youtube", "@umm_yusuf_nw", None, 4, False, "08-26 12:00",
  "Where can I find this recycling guide in Arabic? The video is only English",
  3, ENV, "App. A 'signposting to information on our website': translated recycling guides.")

# ---------- route 4: CPZ decision thread; Ealing Road regeneration video comments ----------
M("facebook", "claire.hollis.kr", "Claire Hollis", None, False, "09-09 20:00",
  "CPZ outcome is out - they've gone with 10am-12pm Mon-Fri only for the roads off Chamberlayne Road. Mixed feelings. Implementation in November apparently.",
  4, PRK, "App. A 'specific ongoing conversation of relevance to a particular service area': residents discussing the CPZ decision.",
  key="cpz2")
M("facebook", "gareth.mo.1", "Gareth Morris", None, False, "09-09 20:12",
  "That's a win tbh, we pushed for short hours and they listened",
  4, PRK, "Reply in the CPZ decision thread; App. A 'specific ongoing conversation'.", reply="cpz2")
M("facebook", "nia.j.kensal", "Nia Johnson", None, False, "09-09 20:30",
  "Is the decision report online? Can't find it anywhere on the website",
  4, PRK, "Question inside the CPZ thread; App. A 'specific ongoing conversation' — Parking officers post the link there.", reply="cpz2")
M("facebook", "sam.t.queenspark", "Sam Turner", None, False, "09-09 20:41",
  "great job as usual Brent 🙄",
  1, None, "Sarcasm with no content, even inside a service thread; App. A 'no particular consequence' for this item.", reply="cpz2")
M("facebook", "mark.d.carer", "Mark Devlin", None, False, "09-09 21:15",
  "Still nobody has told me whether my carers will get permits under the new hours. Anyone know?",
  4, PRK, "Service question raised in the CPZ thread; App. A 'specific ongoing conversation' — officers answer in the thread.", reply="cpz2")
M("youtube", "@ealingrd_stall", "Patel Fabrics", 60, False, "09-11 11:00",
  "Will the market traders be moved during the Ealing Road works? My family's stall has been there 20 years and nobody has spoken to us",
  4, PLN, "Comment under the council's regeneration consultation video; App. A 'specific ongoing conversation' for the scheme's officers.",
  key="er1")
M("youtube", "@alperton_trader2", None, 18, False, "09-11 14:20",
  "Same question, nobody has told us anything and the consultation closes Friday",
  4, PLN, "Reply in the consultation comments; App. A 'specific ongoing conversation'.", reply="er1")
M("youtube", "@ealingrd_regular", None, 9, False, "09-11 18:45",
  "It's in the consultation documents, page 14 has the phasing plan. They'd keep the Saturday market open",
  4, PLN, "Reply in the consultation comments; App. A 'specific ongoing conversation'.", reply="er1")

# ---------- route 5 ----------
M("x", "@priyaraman_itv", "Priya Raman", 24100, True, "08-12 13:30",
  "FOI to @Brent_Council: how many reports of damp and mould in council homes with children under 5 were made in 2025, and how many were fixed within 14 days? Priya Raman, ITV News London",
  5, HSG, "Journalist's FOI (valid: real name) on a reputationally sensitive issue; App. A 'highly influential' → communications.",
  foi=True, fv=True, esc="journalist")
M("bluesky", "ruthfreelance.bsky.social", "Ruth Adebayo-Lowe", 3200, False, "08-14 10:30",
  "Freelance reporter working on a piece about event-day litter around Wembley. Could @brentcouncil.bsky.social's press office get in touch? Thanks",
  5, COM, "Journalist requesting contact with the press office; App. A 'highly influential' → communications.",
  esc="journalist")
M("x", "@kilburnpark_flood", None, 90, False, "08-15 19:50",
  "Flash flooding in Kilburn, water pouring into the basement flats on Kilburn Park Road, one family can't get their door open @Brent_Council @LondonFire",
  5, EMR, "Flooding with a family trapped: risk to life, emergency → escalate.",
  esc="risk_to_life")
M("x", "@claire_wp_fr", "Claire", 150, False, "09-12 01:30",
  "Incendie dans un immeuble à Wembley Park, beaucoup de fumée au 7e étage, des gens n'arrivent pas à sortir ! @Brent_Council",
  5, EMR, "French: fire at a Wembley Park block, smoke on the 7th floor, people unable to get out; risk to life → escalate.",
  esc="risk_to_life", lang="fr")
M("facebook", "huda.kingsbury", "Huda Karim", None, False, "09-13 17:00",
  "جارتي المسنة تعيش وحدها في كنزبري ولم أرها منذ أسبوع، الأضواء مطفأة والبريد متراكم عند الباب. لمن أتصل؟",
  5, None, "Arabic: elderly neighbour living alone in Kingsbury not seen for a week, post piling up; welfare risk → escalate.",
  esc="safeguarding", lang="ar")
M("x", "@harlesden_station_help", None, 70, False, "09-14 22:30",
  "Teenage girl crying at Harlesden station, says a man she met online brought her here and left. She's 14, no phone. Staff called police but who else should know? @Brent_Council",
  5, None, "Child possibly groomed and abandoned: safeguarding → escalate.",
  esc="safeguarding")
M("facebook", "sofa.surfing.nw", "J.", None, False, "09-15 23:55",
  "Been sofa surfing since Brent turned me away in June. Run out of sofas. Tonight I'm done. Sorry everyone.",
  5, HSG, "Homeless person posting a suicidal farewell: risk to life → escalate immediately.",
  esc="self_harm")
M("x", "@skip_finder_ha9", "Neil Barker", 380, False, "09-16 07:40",
  "Found a pile of Brent council tax and benefit files in a skip behind an office on Wembley High Road. Names, addresses, bank details. Photos taken. @Brent_Council",
  5, FIN, "Personal data dumped insecurely: data breach → escalate.",
  esc="data_breach")
M("x", "@dad_denied_care", "Anjali Rao", 520, False, "09-17 12:15",
  "Brent's social care assessor told my 81-year-old dad he doesn't qualify for support 'because your culture looks after its own'. We recorded it. @Brent_Council",
  5, None, "Alleged racial discrimination by an assessor, recorded; escalate (adult social care not in list).",
  esc="discrimination")
M("x", "@BarakahSaleemMP", "Barakah Saleem MP", 26800, True, "07-15 10:00",
  "I'm extremely concerned by reports that @Brent_Council sent children's SEN data to other parents. I've written to the Information Commissioner.",
  5, EDU, "MP publicly raising a data breach; App. A 'highly influential' and controversial → communications.",
  esc="politician")
M("x", "@CllrPriyaShah", "Cllr Priya Shah", 3350, True, "09-18 16:00",
  "Great to join the @Brent_Council highways team on the Wembley Hill Road resurfacing walkabout today 🚧",
  5, HWY, "Councillor speaking publicly about council work (positive); App. A influential commentator → comms may amplify; ambiguous with 3.",
  esc="politician")
M("x", "@stonebridge_rats", "Stonebridge Voices", 9400, False, "09-19 20:30",
  "This video of rats the size of cats in our estate bin store has 2 million views 🐀 @Brent_Council when are you going to do something?",
  5, HSG, "Video going viral against council housing management; App. A 'more controversial issue' → escalate.",
  esc="viral")
M("x", "@save_brent_gw", "Save Brent Garden Waste", 8100, False, "09-20 09:00",
  "Our petition against scrapping free garden waste for pensioners just passed 10,000 signatures. Full council must debate it. @Brent_Council",
  5, ENV, "Campaign with a petition triggering a council debate; App. A 'more controversial issue' → communications.",
  esc="controversial")
M("x", "@khr_for_all", "Kilburn High Road For All", 4600, False, "09-21 11:30",
  "Judicial review papers filed today against Brent's Kilburn High Road scheme. Crowdfunder link below 👇 @Brent_Council",
  5, HWY, "Legal challenge to a council scheme announced publicly; App. A reputational harm → escalate.",
  esc="legal_threat")

# ---------- additions: long-form posts ----------
M("facebook", "jade.kilburnmums", "Jade Campbell", None, False, "09-22 20:40",
  "UPDATE on Kilburn library hours (sorry, long one).\n\nA few of us went to the library users' meeting last night. The short version: the weekday 5pm closing is staying until at least April because of staffing, BUT they're looking at opening until 7 on Tuesdays and Thursdays if enough people use the study space on those days.\n\nThey want numbers. So if your kids use the library after school, please go on Tuesdays and Thursdays and sign the sheet at the desk. They also said the homework club could come back if they get volunteers with DBS checks.\n\nI asked about the consultation last year that nobody saw - they admitted it was mostly online and said next time there'll be posters in the library and the schools. We'll see.\n\nQuestions in the comments and I'll pass them on.",
  4, LIB, "Long post continuing a parents' discussion of library opening hours; App. A 'specific ongoing conversation of relevance to a particular service area' — Libraries officers should join.",
  likes=47, rep=19)
M("rss", "nwlondon-housing-watch", "NW London Housing Watch", None, False, "09-23 07:00",
  "Brent's temporary accommodation bill: the numbers behind the headlines.\n\nFigures published in the council's own budget monitoring report show spending on nightly-paid temporary accommodation has risen for the fourth quarter in a row. The report also shows the number of families in bed and breakfast for more than six weeks, which the law says should only happen in an emergency, has not fallen since the spring.\n\nWe spoke to three families placed in hotels on the North Circular. One mother of two said she had been moved four times in a year and her children's school is a two-hour round trip away.\n\nBrent Council has been asked for a response. We will publish it in full.",
  5, HSG, "Local housing blog publishing a critical investigation of a controversial issue and seeking the council's response; App. A 'more controversial issue' → communications officer.",
  esc="controversial", url="https://nwlondon-housing-watch.example/2026/09/23/ta-bill-numbers")
M("facebook", "desmond.p.southkilburn", "Desmond Phillips", None, False, "09-24 18:10",
  "I've tried phone, email, and the online form, so now I'm trying Facebook.\n\nIn June a plumber came to fix a leak under my kitchen sink at 31 Dickens House, South Kilburn. He took the old pipe off, said he needed a part and would be back Thursday. He never came back. The pipe is held together with tape and a washing-up bowl.\n\nI've been given three different job numbers: 00639201, 00641877 and 00650012. Each time someone new rings me and each time I explain it from the start.\n\nI'm not angry with the staff on the phone, they're doing their best. I just want someone to own this job and finish it. Can anyone at Brent Housing help?",
  2, HSG, "Long but straightforward individual repair complaint with address and job numbers; App. A 'a person requiring customer services'.")
M("rss", "st-marks-harlesden-news", "St Mark's Harlesden Newsletter", None, False, "09-25 06:00",
  "Food bank news, September.\n\nThank you to everyone who donated at the harvest service. We collected over 400 items, and the Brent food network collected them on Monday.\n\nWe still need volunteers for Wednesday mornings, especially people who can drive. Please speak to Margaret after the service.\n\nThe warm space will reopen in the church hall from 1 November, Tuesdays and Fridays 10-2. Tea, coffee and soup, and the benefits advisers will be back once a month.",
  1, None, "App. A 'no particular consequence': community newsletter, no issue for the council.",
  url="https://stmarks-harlesden.example/news/2026-09")
M("facebook", "gwen.t.preston", "Gwen Taylor", None, False, "09-26 11:30",
  "Can someone explain the new recycling rules in plain English please? The leaflet says from October we can put cartons and foil in the blue bin but NOT soft plastics, but my daughter says she read that soft plastics are now OK? And are we still meant to rinse everything? And what about the little food caddy, do the bags have to be the compostable ones or can I use normal carrier bags? I'm 76 and I want to do it right, I don't want the bin left behind like my neighbour's was.",
  3, ENV, "Long, confused but general question about published recycling rules; App. A 'simple confusion ... signposting to information on our website' (not her own missed collection).")
M("linkedin", "tom-reed-digital", "Tom Reed", 9200, False, "09-28 08:15",
  "What councils get wrong about social media (a thread from someone who's worked with eleven of them).\n\n1. They treat it as broadcast. It isn't. The best teams I've seen, Brent's among them back in the day, write down who answers what, and by when.\n2. They don't plan for out of hours. Emergencies don't happen 9-5.\n3. They delete critical comments. Don't. It takes longer to explain the deletion than to answer.\n\nWhat would you add?",
  1, None, "Consultant's thought-leadership post mentioning Brent in passing, no issue; App. A 'no particular consequence'.")
