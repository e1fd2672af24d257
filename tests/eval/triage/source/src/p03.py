from common import *

# ---------- route 1 ----------
M("rss", "kensalrisehistory.blog", "Kensal Rise Histories", None, False, "03-05 07:30",
  "The library that Mark Twain opened. When Kensal Rise Library opened in 1900, Mark Twain — then living in nearby Dollis Hill House — came along to open the reading room, and the borough has never quite let go of the story.\n\nIn this post I dig through the parish minutes to work out what Twain actually said (less than you'd think) and who paid for the bookcases (the answer involves a very generous coal merchant).\n\nNext week: the long fight in the 2010s to reopen the building, and what the friends' group did with the upstairs rooms.",
  1, None, "App. A 'no particular consequence': local history blog post about a library building, no issue raised; monitor.",
  url="https://kensalrisehistory.blog/2026/03/05/the-library-twain-opened/")
M("x", "@cricklewood_c", None, 340, False, "03-05 13:10",
  "Brent Cross West station is actually lovely inside, shame about the walk to it",
  1, None, "App. A 'no particular consequence': Brent Cross West (Barnet), keyword noise.")
M("x", "@niamh_in_nw6", "Niamh", 510, False, "03-17 19:40",
  "Lá Fhéile Pádraig sona daoibh go léir! ☘️ Beidh an-chraic i Kilburn anocht 🍻",
  1, None, "Irish: Happy St Patrick's Day, great craic in Kilburn tonight; App. A 'no particular consequence'.", lang="ga")
M("x", "@kilburn_bar_co", "The Corner Bar Kilburn", 2300, False, "03-17 12:00",
  "Happy St Patrick's Day Kilburn ☘️🍻 doors open 11am, live music from 6",
  1, None, "App. A 'no particular consequence': business promo, no council matter.")
M("x", "@ronnie_cooks", "Ronnie Das", 812000, True, "03-07 14:25",
  "Best dosa in London is on Ealing Road, Wembley. Fight me. 🥞🔥",
  1, None, "Very large account, no council matter; App. A 'no particular consequence'.")
M("x", "@angrybrent77", None, 29, False, "03-08 22:03",
  "all brent councillors should be locked up tbh, crooks the lot",
  1, None, "App. A 'no particular consequence': low-reach abuse, no specific allegation or threat.")
M("bluesky", "catladyjess.bsky.social", "Jess", 430, False, "03-09 18:44",
  "Brent (my cat) has learned to open the fridge. Send help 😾",
  1, None, "App. A 'no particular consequence': a cat called Brent, keyword noise.")
M("x", "@wembley_hafsa", None, 260, False, "03-20 08:10",
  "Eid Mubarak to everyone in Wembley 🌙✨ the queues at the sweet shops on Ealing Road are unreal",
  1, None, "App. A 'no particular consequence': community greetings.")
M("mastodon", "@macro_mike@econtwitter.net", "Mike T", 2200, False, "03-10 09:55",
  "Anyone else expect the Brent-WTI spread to blow out again this summer? Cushing stocks look tight",
  1, None, "App. A 'no particular consequence': Brent crude, keyword noise.")
M("instagram", "@roundwood_colours", None, 780, False, "03-04 16:30",
  "Holi in Roundwood Park 🎨💛💜 what a vibe #holi #harlesden #brent",
  1, None, "App. A 'no particular consequence': community event photo, no request.")
M("x", "@nw2_tired_mum", None, 115, False, "03-11 19:02",
  "Council tax bill arrived. Cried. Moving on.",
  1, None, "App. A 'no particular consequence': moan with no case or question.")
M("youtube", "@auntie_k_58", None, 0, False, "03-12 10:45",
  "Very helpful thank you",
  1, None, "Generic appreciation under a how-to video; App. A 'no particular consequence' (a like suffices).")
M("x", "@tix_deals_4u", None, 8, False, "03-13 04:12",
  "🔥CHEAP Wembley Stadium tickets all summer concerts🔥 DM for prices @Brent_Council @wembleystadium",
  1, None, "App. A 'no particular consequence': ticket spam.")
M("linkedin", "amina-yusuf-events", "Amina Yusuf", 1900, False, "03-14 10:20",
  "What a night at the Brent Business Awards at the Hilton Wembley! Congratulations to all the winners, especially the amazing team at Harlesden Bakehouse 🏆",
  1, None, "App. A 'no particular consequence': positive event post, no action.")
M("x", "@ionut_ldn", "Ionuț", 190, False, "03-15 13:30",
  "Am găsit cel mai bun magazin românesc din Harlesden 🇷🇴 mici ca acasă!",
  1, None, "Romanian: found the best Romanian shop in Harlesden; App. A 'no particular consequence'.", lang="ro")
M("x", "@greens_canvasser", None, 640, False, "04-02 17:00",
  "Vote Green on 7 May in Brent! 🌱 #BrentElections #LocalElections2026",
  1, None, "Party campaigning; council takes no political standpoint (tone of voice) and no action; App. A 'no particular consequence'.")
M("x", "@kingsbury_kev", None, 140, False, "03-16 21:30",
  "Why on earth does the council pay for a mayor's car?? Sell it",
  1, None, "Not FOI (rhetorical jibe, no request for information); App. A 'no particular consequence'.")

# ---------- route 2 ----------
M("x", "@sudbury_band_e", "Colin Mahoney", 205, False, "03-05 10:33",
  "@Brent_Council my bill still has us in band E but the VOA moved us to D last year. Account 30477105. Can someone correct it and refund",
  2, FIN, "App. A 'a person requiring customer services': own council tax account needs correcting.")
M("x", "@chalkhill_tenant", None, 66, False, "03-06 08:15",
  "Rats in the bin store at Pilgrims Way, Chalkhill. We're Brent Housing tenants, block ref CH/22. Pest control was booked 2 weeks ago and never came @Brent_Council",
  2, HSG, "App. A 'a person requiring customer services': tenants' pest problem with block reference.")
M("facebook", "graham.oduya", "Graham Oduya", None, False, "03-06 20:40",
  "Formal FOI request to Brent Council: please send me the list of streets in Willesden Green ward scheduled for carriageway resurfacing in 2026/27. Thanks.",
  2, HWY, "FOI for a held schedule; valid: real name visible on the profile (App. A FoI rule); log via customer services.",
  foi=True, fv=True)
M("x", "@priya_k_88", "Priya K.", 302, False, "03-09 12:12",
  "@Brent_Council FOI: total spent on agency social workers in calendar year 2025. Please reply in writing to Priya Kapoor, 14 Mayo Road, London NW10",
  2, HR, "FOI; valid under App. A FoI rule: 'the name of the applicant' and 'an address for correspondence' (postal) given, though the profile shows only 'Priya K.'.",
  foi=True, fv=True)
M("x", "@dollishill_sofa", None, 49, False, "03-10 15:40",
  "@Brent_Council bulky waste booked for today, booking BW-300921, nobody came. Sofa still on the pavement at 33 Dollis Hill Lane and it's going to rain",
  2, ENV, "App. A 'a person requiring customer services': missed bulky collection with booking reference.")
M("x", "@umm_maryam_nw10", None, 71, False, "03-11 09:20",
  "السلام عليكم @Brent_Council، تقدمت بطلب لمكان في مدرسة ابتدائية لابنتي في شهر يناير ولم أتلق أي رد حتى الآن. رقم الطلب ADM-2026-1187. نسكن في نيسدن.",
  2, EDU, "Arabic: applied in January for a primary school place, no reply, gives application number; App. A 'a person requiring customer services'.", lang="ar")
M("x", "@kentonrd_gw", None, 98, False, "03-12 17:25",
  "Paid for garden waste (sub GW-118322) and they've skipped us 3 times since it restarted. Kenton Road HA3. Not good enough",
  2, ENV, "App. A 'a person requiring customer services': paid subscription service missed, reference given.")
M("instagram", "@neasden_nomad", None, 330, False, "03-13 08:02",
  "the pedestrian crossing lights at Neasden Lane by the roundabout aren't working, cars not stopping, nearly got hit this morning @brentcouncil",
  2, HWY, "App. A 'a person requiring customer services': a specific crossing fault to report; no injury.")
M("x", "@hb_overpaid_not", None, 37, False, "03-14 11:50",
  "I've had a letter saying I owe £1,240 housing benefit overpayment from 2021?? Claim ref HB-0093381. I was working then AND I told you. @Brent_Council",
  2, FIN, "App. A 'a person requiring customer services': own benefit overpayment dispute with a reference.")
M("mastodon", "@chevening_rd@mastodon.social", "Anna", 140, False, "03-16 12:05",
  "Chevening Road NW6 hasn't been swept since January. Leaves rotting in the gutter and the drains are blocked, road floods every time it rains @BrentCouncil",
  2, ENV, "App. A 'a person requiring customer services': street cleansing request for a named street.")
M("x", "@elmwood_voter", "Tariq Malik", 160, False, "04-08 18:40",
  "@Brent_Council my polling card has my name spelled wrong and my wife didn't get one at all. 22 Elmwood Avenue NW10. Will she still be able to vote?",
  2, None, "App. A 'a person requiring customer services': one household's registration records to check (not a wider electoral-integrity issue).")
M("facebook", "ola.lancelot", "Ola Adebayo", None, False, "03-18 14:30",
  "Can someone from Brent Council please ring me back? Trying to get a disabled parking bay outside 7 Lancelot Road since October. Ref DPB-2210. My husband can't walk more than 20 metres.",
  2, PRK, "App. A 'a person requiring customer services': own disabled bay application with reference.")
M("x", "@ealingrd_reader", None, 88, False, "03-19 16:00",
  "@Brent_Council the returns machine at Ealing Road library ate my card and now I've got fines for books I returned. Card ending 4471",
  2, LIB, "App. A 'a person requiring customer services': own library account to correct.")
M("x", "@tokyngton_kerb", None, 56, False, "03-20 10:10",
  "Dropped kerb application for 18 Tokyngton Avenue, ref DK/25/1181, paid in November, no one has been to survey. @Brent_Council",
  2, HWY, "App. A 'a person requiring customer services': own paid application with reference.")
M("x", "@harrowrd_driver", None, 130, False, "03-21 08:30",
  "@Brent_Council how much longer do we have to wait for the potholes on Harrow Road by Harlesden Jubilee Clock to be fixed?? Lost a hubcap this morning",
  2, HWY, "Not FOI (complaint with a question mark); specific road defect for Highways — App. A 'a person requiring customer services'.")

# ---------- route 3 ----------
M("x", "@jt_nw2", None, 410, False, "03-06 13:45",
  "@Brent_Council under freedom of information how many council staff earn over £100k? - JT",
  3, HR, "FOI for recorded figures, invalid under App. A FoI rule: initials only, no real name or address; web team explains (and notes published pay data).",
  foi=True, fv=False)
M("x", "@comms_nerd_nw", None, 280, False, "03-30 14:20",
  "Is the pre-election period why @Brent_Council has gone so quiet on here?",
  3, COM, "App. A 'simple confusion ... over a well-understood issue': the publicity restrictions before elections can be explained.")
M("x", "@sudbury_newbie", None, 33, False, "04-20 19:15",
  "where is my polling station? moved to Sudbury in January and the card says a school i've never heard of",
  3, None, "App. A 'signposting to information on our website': polling station finder.")
M("x", "@joao_willesden", "João", 120, False, "03-22 11:10",
  "Onde posso pedir o Freedom Pass para o meu pai em Brent? Ele tem 67 anos. Obrigado",
  3, None, "Portuguese: where to apply for a Freedom Pass for a father aged 67; App. A 'signposting to information on our website'.", lang="pt")
M("x", "@gardener_gripes", None, 175, False, "03-23 18:30",
  "Why do I have to pay for a garden waste bin when Harrow's is free??",
  3, ENV, "App. A 'simple confusion ... over a well-understood issue': misconception (neighbouring boroughs charge too); signpost.")
M("bluesky", "treehugger-nw9.bsky.social", "Lena", 260, False, "03-24 09:40",
  "Does Brent run any tree planting days I could volunteer for this spring? Looked on the website but couldn't find it",
  3, ENV, "App. A 'signposting to information on our website': volunteering in parks.")
M("x", "@kingsbury_son", "Rahul", 230, False, "03-25 17:05",
  "Shout out to the staff at Kingsbury library who helped my mum print and fill in her pension forms today, so patient with her 💛 @Brent_Council",
  3, LIB, "Thanks addressed to the council about named staff; App. A 'general comment' for the web team to acknowledge and pass on (ambiguous with 1).")
M("x", "@eventday_confused", None, 64, False, "03-26 12:40",
  "@Brent_Council your website says the Wembley event day zone runs till midnight but the signs on my road say 10pm? which is it",
  3, PRK, "App. A 'simple confusion': conflicting event-day parking information, web team clarifies (and checks the page).")
M("x", "@cricklewood_rider", None, 310, False, "03-27 07:50",
  "@Brent_Council huge pothole on Cricklewood Broadway on the east side by B&Q, nearly lost a wheel",
  3, None, "Misdirected: the east side of Cricklewood Broadway is Barnet's; App. A 'simple confusion' — web team signposts to Barnet.")
M("facebook", "bhavna.shah.kenton", "Bhavna Shah", None, False, "03-28 10:15",
  "નમસ્તે, બ્રેન્ટમાં કાઉન્સિલ ટેક્સ ઓનલાઈન કેવી રીતે ભરવો? મારા પુત્ર કહે છે વેબસાઈટ પર છે પણ મને મળતું નથી.",
  3, FIN, "Gujarati: how to pay council tax online; App. A 'signposting to information on our website'.", lang="gu")
M("x", "@fsm_question", None, 90, False, "03-29 20:20",
  "does brent do free school meals in the holidays or is that just the govt voucher thing",
  3, EDU, "App. A 'signposting to information on our website': holiday activities and food programme info.")
M("linkedin", "tobi-adeleye-grad", "Tobi Adeleye", 540, False, "03-31 09:00",
  "Is the Brent Council graduate scheme open for 2026? Can't find it on the careers page. @Brent Council",
  3, HR, "App. A 'signposting to information on our website': careers page.")

# ---------- route 4 ----------
M("facebook", "harlesden.matters.dee", "Dee Walcott", None, False, "03-07 20:30",
  "The alley behind the shops on Neasden Lane / Church End is a dump AGAIN. Third time this month. Whoever it is comes at night in a white van. Can we get cameras up?",
  4, ENV, "App. A 'specific ongoing conversation of relevance to a particular service area': recurring fly-tipping hotspot discussed in a local group.",
  key="ft1")
M("facebook", "kofi.b.churchend", "Kofi Boateng", None, False, "03-07 20:45",
  "Council did put a camera up last year but it got nicked within a week lol",
  4, ENV, "Reply in the fly-tipping hotspot thread; App. A 'specific ongoing conversation' for Environment.", reply="ft1")
M("facebook", "maria.s.nw10", "Maria Santos", None, False, "03-07 21:02",
  "I report it every time on the app. They clear it in 2 days and it's back by the weekend. Enforcement is what's missing",
  4, ENV, "Reply in the hotspot thread about enforcement; App. A 'specific ongoing conversation'.", reply="ft1")
M("facebook", "dee.w.2", "Dee Walcott", None, False, "03-07 21:30",
  "Shall we organise a community clean-up and invite the council along? Saturday 21st?",
  4, ENV, "Residents planning action on the hotspot; App. A — service officers should join 'ideally themselves'.", reply="ft1")
M("mastodon", "@qp_parent@mastodon.social", "Helen R", 380, False, "03-19 20:10",
  "The School Street at Malorees has been running a month. Drop-off is honestly calmer, but the traffic has just moved round to Christchurch Avenue. Thoughts from other parents? @BrentCouncil",
  4, HWY, "App. A 'specific ongoing conversation of relevance to a particular service area': parents discussing a School Streets scheme.",
  key="ss1")
M("mastodon", "@nw6dad@mastodon.social", "Tom", 150, False, "03-19 20:33",
  "Agree about Christchurch Ave. And the camera fined my neighbour who's a carer - the exemptions process is a mess",
  4, HWY, "Reply in the School Streets thread; App. A 'specific ongoing conversation'.", reply="ss1")
M("mastodon", "@cyclingmum@mastodon.online", "Bea", 520, False, "03-19 21:00",
  "My two have cycled every single day since it started. I'd keep it and extend it",
  4, HWY, "Reply in the School Streets thread; App. A 'specific ongoing conversation'.", reply="ss1")
M("youtube", "@khr_trader", "Kilburn High Road Traders", 210, False, "03-22 10:00",
  "Where are the loading bays going to go? Half the shops on the Brent side of Kilburn High Road rely on morning deliveries and this plan doesn't show any",
  4, HWY, "Comment under the council's consultation video on Kilburn High Road plans; App. A 'specific ongoing conversation' for Highways.",
  key="khr1")
M("youtube", "@nw6_pharm_customer", None, 14, False, "03-22 13:20",
  "This. And moving the bus stop puts it right in front of the pharmacy entrance",
  4, HWY, "Reply in the consultation comments; App. A 'specific ongoing conversation'.", reply="khr1")

# ---------- route 5 ----------
M("x", "@RebeccaLoweLD", "Rebecca Lowe", 2900, False, "04-15 09:30",
  "@Brent_Council Residents in Dollis Hill tell me they've received postal vote packs addressed to people who moved out years ago. Electoral integrity matters. Please investigate urgently. Rebecca Lowe, Lib Dem candidate, Dollis Hill",
  5, None, "Election candidate alleging postal vote problems: electoral integrity, controversial in the pre-election period; escalate.",
  esc="electoral")
M("x", "@lucyharwood_news", "Lucy Harwood", 31000, True, "03-25 16:40",
  "Has @Brent_Council really spent £2.3m on the Wembley Park 'rebrand'? Seeking comment for tomorrow's paper.",
  5, COM, "National journalist seeking comment (a press enquiry, not framed as a request for recorded information, so not FOI); App. A 'highly influential' → communications.",
  esc="journalist")
M("x", "@CatrionaWellsMP", "Catriona Wells MP", 38350, True, "03-26 11:00",
  "Brent's decision to close the Harlesden day centre is short-sighted and will leave disabled adults isolated. I'll be raising it in Parliament.",
  5, None, "MP criticising a council decision; App. A 'highly influential' and controversial → communications (adult social care not in list).",
  esc="politician")
M("rss", "wembleymatters.example", "Wembley Local Voices", None, False, "03-27 06:30",
  "Residents of a Wembley block say they were never told cladding failed fire tests.\n\nTenants in a 12-storey block off Harrow Road, Wembley, say they only learned from a leaked surveyor's report that insulation panels on the building failed combustibility tests in 2024. 'We have children on the top floors. Nobody from Brent Council has knocked on a single door,' said one resident.\n\nThe council has been approached for comment.",
  5, HSG, "Local outlet reporting an undisclosed cladding fire-safety failure: risk to life and reputation; App. A escalate to communications.",
  esc="fire_safety", url="https://wembleymatters.example/2026/03/cladding-block-harrow-road")
M("x", "@late_shift_neasden", None, 45, False, "03-28 23:10",
  "there's a kid about 10 wandering round Neasden Tesco on his own at 11pm in school uniform, looks scared, won't say where he lives. security called but @Brent_Council who else do we tell",
  5, None, "Unaccompanied child at night: safeguarding; escalate immediately regardless of low reach.",
  esc="safeguarding")
M("facebook", "selvi.r.wembley", "Selvi R", None, False, "03-29 16:45",
  "எங்கள் பக்கத்து வீட்டு பாட்டி மூன்று நாளாக கதவைத் திறக்கவில்லை. அவர் தனியாக வசிக்கிறார், பால் பாட்டில்கள் வாசலில் இருக்கின்றன. Wembley, Harrow Road. என்ன செய்வது?",
  5, None, "Tamil: elderly neighbour living alone has not opened the door for three days, milk piling up; welfare risk → escalate.",
  esc="safeguarding", lang="ta")
M("x", "@willesden_urdu", None, 90, False, "03-30 21:40",
  "ولزڈن میں ہماری گلی کے ایک گھر میں آگ لگی ہے، اوپر کی منزل پر ایک بزرگ خاتون پھنسی ہوئی ہیں۔ فائر بریگیڈ ابھی نہیں پہنچی۔",
  5, EMR, "Urdu: house fire in Willesden with an elderly woman trapped upstairs, fire brigade not yet there; risk to life → escalate.",
  esc="risk_to_life", lang="ur")
M("x", "@parent_got_spreadsheet", "Joe Clarke", 210, False, "03-31 10:25",
  "@Brent_Council I just got an email from your school admissions team with a spreadsheet attached of about 200 kids' names, dates of birth and home addresses. Pretty sure I shouldn't have this?",
  5, EDU, "Children's personal data emailed to the wrong person: data breach; escalate.",
  esc="data_breach")
M("facebook", "claire.ndlovu.1", "Claire Ndlovu", None, False, "04-01 15:30",
  "My son uses a wheelchair. Today staff at the library refused to let him into the half-term Lego club because he'd be 'a fire risk'. Every other kid went in. He cried all the way home. That's disability discrimination, Brent.",
  5, LIB, "Alleged disability discrimination by library staff; App. A reputational harm → escalate.",
  esc="discrimination")
M("x", "@brent_whistle", None, 380, False, "04-02 13:00",
  "A Brent planning officer is privately 'advising' developers for cash on the side. I've got the WhatsApps. @Brent_Council @hpetrova_bkt",
  5, PLN, "Allegation of officer misconduct/corruption tagged to a journalist; App. A controversial → communications.",
  esc="misconduct")
M("x", "@burnitdown_nw10", None, 17, False, "04-03 01:45",
  "someone should burn down the civic centre with them all inside",
  5, None, "Threat of violence against staff and the building; escalate regardless of reach.",
  esc="threat_to_staff")
M("x", "@londonfoodie_meera", "Meera Kapadia", 318000, True, "04-04 18:15",
  "Brent Council has shut down my favourite sweet shop on Ealing Road for 'hygiene' - I've been going there 20 years and it's spotless. What's going on??",
  5, REG, "Very large account criticising an enforcement decision; App. A 'highly influential web commentator'.",
  esc="influential_account")
M("bluesky", "kilburntimes-news.bsky.social", "Brent & Kilburn Times", 9100, True, "04-05 14:00",
  "We're hearing reports of a large police presence and a cordon near the Church End estate. @brentcouncil.bsky.social are any council services or residents' homes affected?",
  5, EMR, "Local paper asking about a live incident; App. A 'highly influential' → communications (and Emergency Planning).",
  esc="journalist")
M("x", "@harrowrd_hostel", None, 140, False, "04-06 08:50",
  "A man died in the temporary accommodation hostel on Harrow Road last night. Residents say they'd been reporting the gas heater in his room for months. @Brent_Council",
  5, HSG, "Death in council-placed temporary accommodation with alleged ignored safety reports; escalate.",
  esc="death")
M("x", "@granville_leasehold_law", "Morgan & Reid Solicitors", 1400, False, "04-07 10:00",
  "@Brent_Council We are instructed by 14 leaseholders at Granville Road regarding major works service charges. A pre-action letter has been served today.",
  5, HSG, "Formal legal action announced publicly; App. A reputational harm → communications and Housing lead.",
  esc="legal_threat")
M("x", "@CllrDevMistry", "Cllr Dev Mistry", 1800, True, "04-09 12:30",
  "@Brent_Council Under the FOI Act please can you provide the number of stage 1 complaints about housing repairs from Kilburn ward in 2025, and how many were upheld.",
  5, HSG, "Councillor's FOI (valid: real name visible); influential author on a sensitive service → App. A escalate to communications.",
  foi=True, fv=True, esc="politician")
