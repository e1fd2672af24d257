from common import *

# ---------- route 1 ----------
M("x", "@rnb_daily_uk", "R&B Daily", 52300, True, "02-02 18:05",
  "Brent Faiyaz just dropped the tracklist 👀🔥 who's ready",
  1, None, "App. A 'no particular consequence': 'Brent' as a singer's name, keyword noise.")
M("rss", "devonlive-villages", "Devon Village News", None, False, "02-03 06:00",
  "South Brent parish council approves £40,000 village hall roof repair. Councillors in South Brent voted unanimously on Monday to fund repairs to the Victorian hall, which has been closed since storm damage in November.",
  1, None, "App. A 'no particular consequence': South Brent, Devon; another place called Brent.",
  url="https://www.devon-village-news.example/south-brent-hall-roof")
M("x", "@m5_moaner", None, 421, False, "02-04 13:33",
  "Brent Knoll services might be the saddest services on the entire M5",
  1, None, "App. A 'no particular consequence': Brent Knoll in Somerset, keyword noise.")
M("x", "@stonebridge_sis", None, 62, False, "02-04 19:12",
  "This is disgusting 😡 RT @samuel_reports Hearing from residents of a council block in Stonebridge who've had no heating or hot water for 9 days",
  1, None, "Low-reach reshare of a story already escalated to communications; App. A 'continuing to monitor, in case it escalates' — watch volume, no separate action.")
M("x", "@punditpaulie", "Paulie Grant", 1210000, True, "02-05 22:31",
  "Wembley pitch looked superb tonight, credit to the groundstaff 👏",
  1, None, "Very large account but not about a council matter; App. A 'no particular consequence'.")
M("instagram", "@welshharp_swans", "Welsh Harp Wildlife", 2300, False, "02-07 08:14",
  "Great crested grebes already displaying on the Welsh Harp this morning 🦢 spring is coming #welshharp #brentreservoir #birding",
  1, None, "App. A 'no particular consequence': wildlife post, no council matter.")
M("x", "@kentishtownkate", None, 980, False, "02-07 11:50",
  "Camden's new LTN in Kentish Town is a total disaster, took me 25 mins to go half a mile",
  1, None, "App. A 'no particular consequence': another borough's scheme, not about Brent.")
M("facebook", "winston.g.willesden", "Winston Gordon", None, False, "02-08 10:03",
  "RIP Mr Shah who ran the newsagent on Walm Lane for 31 years. Always had a sweet for the kids. Willesden won't be the same without him 🙏",
  1, None, "App. A 'no particular consequence': community sympathy post, not a council matter.")
M("x", "@binlorry_memes", None, 144, False, "02-09 20:48",
  "brent council more like brent cancel 😂😂 can't even empty a bin",
  1, None, "App. A 'no particular consequence': low-reach jibe, no case or request.")
M("x", "@priya_wembleygirl", "Priya", 350, False, "02-10 07:45",
  "आज वेम्बली में बहुत ठंड है 🥶 चाय का समय ☕",
  1, None, "Hindi: 'very cold in Wembley today, tea time'; App. A 'no particular consequence'.", lang="hi")
M("mastodon", "@enviro_phd@scholar.social", "Ines M", 610, False, "02-11 15:20",
  "Reading up on the Brent Spar saga for my thesis chapter. Greenpeace vs Shell in 1995 was genuinely wild",
  1, None, "App. A 'no particular consequence': Brent Spar oil platform, keyword noise.")
M("youtube", "@gogo_nw9", None, 12, False, "02-12 17:41",
  "who's watching this in 2026 😂",
  1, None, "App. A 'no particular consequence': empty comment on an old council video.")
M("x", "@renter_rants", None, 233, False, "02-13 23:02",
  "my landlord is the WORST. not even brent council's fault for once lol",
  1, None, "App. A 'no particular consequence': private landlord moan, explicitly not a council matter.")
M("x", "@byroncourt_mum", None, 301, False, "02-16 08:58",
  "Bless the lollipop lady outside Byron Court, she says good morning to every single kid by name 🥹",
  1, None, "App. A 'no particular consequence': praise not addressed to the council and needing no reply; monitor.")
M("linkedin", "recruiter-hayden", "Hayden Cole", 4200, False, "02-17 09:10",
  "We're hiring! Band 6 Social Workers needed for Brent, Harrow and Ealing. £45/hr via umbrella. DM me or drop your CV below 👇",
  1, None, "App. A 'no particular consequence': agency recruitment post, not council business.")
M("x", "@wp_balcony", None, 88, False, "02-14 21:15",
  "Watching the Wembley Park fireworks from the balcony 🎆❤️ happy valentines",
  1, None, "App. A 'no particular consequence': chatter.")

# ---------- route 2 ----------
M("x", "@villiers_rd", "Ben Hart", 166, False, "02-09 07:32",
  "@Brent_Council our food waste caddy hasn't been emptied since 3 Feb at 17 Villiers Road NW2. Reported online twice. Please send someone",
  2, ENV, "App. A 'a person requiring customer services': missed food waste collection at an address.", key="dupA1")
M("x", "@kilburn_deli", "Kilburn Deli Co", 1320, False, "02-09 12:20",
  "PCN BT72019384 - I was unloading stock outside my own shop on Kilburn High Road for 6 minutes, I have the delivery receipts. Appealed online 6 weeks ago and no reply. @Brent_Council",
  2, PRK, "App. A 'a person requiring customer services': own PCN appeal with a number, needs Parking to check the case.")
M("facebook", "tracey.marsh.c", "Tracey Clarke", None, False, "02-10 19:40",
  "Mould is coming back in the bedroom again after they just painted over it in November. Flat 3 Marsh Court. Repair ref 00587742. Can someone from Brent Housing actually treat it properly this time",
  2, HSG, "App. A 'a person requiring customer services': tenant's damp and mould repair with reference; no vulnerability cues given.")
M("facebook", "imran.q.neasden", "Imran Qureshi", None, False, "02-11 09:15",
  "میرے فلیٹ کی دیواروں پر کالی پھپھوندی ہے اور کھڑکی ٹوٹی ہوئی ہے۔ Neasden Lane, Flat 22۔ میں نے تین بار فون کیا ہے۔ براہ کرم کوئی آ کر دیکھے۔",
  2, HSG, "Urdu: black mould and a broken window in a flat, called three times; App. A 'a person requiring customer services'.", lang="ur")
M("x", "@beatriz_s_ldn", "Beatriz", 97, False, "02-11 14:02",
  "Olá @Brent_Council, recebi uma conta de council tax mas sou estudante a tempo inteiro. Conta nº 30588210. Como peço a isenção?",
  2, FIN, "Portuguese: full-time student billed for council tax, gives account number; own case → App. A 'a person requiring customer services'.", lang="pt")
M("x", "@dwhitcombe", "dw", 230, False, "02-12 10:00",
  "@Brent_Council Request under FOIA 2000: number of PCNs issued on Olympic Way and Engineers Way on event days in 2025, and total revenue from them. Daniel Whitcombe, dwhitcombe.foi@gmail.com",
  2, PRK, "FOI; valid under App. A FoI rule: 'name of the applicant' (Daniel Whitcombe) and an address for correspondence (email) given in the post, though profile name is initials.",
  foi=True, fv=True)
M("facebook", "patricia.nwosu", "Patricia Nwosu", None, False, "02-12 21:30",
  "Can Brent Council tell me how many children in Brent were waiting longer than 20 weeks for an EHCP needs assessment at 31 December 2025? I am asking this as a formal Freedom of Information request.",
  2, EDU, "FOI for recorded figures; valid: real name visible on the profile (App. A FoI rule applied to Facebook); log via customer services.",
  foi=True, fv=True)
M("x", "@justlost_myjob", None, 45, False, "02-13 16:44",
  "@Brent_Council the council tax reduction form won't accept my NI number, I'm on UC and just lost my job. account 30512296. Need help",
  2, FIN, "App. A 'a person requiring customer services': individual's council tax reduction claim blocked.")
M("instagram", "@fryentwalker", None, 410, False, "02-14 12:12",
  "Abandoned car in the lay-by on Fryent Way for a month now, no plates, windows smashed, kids playing in it 😬 @brentcouncil",
  2, ENV, "App. A 'a person requiring customer services': abandoned vehicle at a specific location for removal.")
M("x", "@brookave_ha9", None, 74, False, "02-16 08:20",
  "Missed bin again at 4 Brook Avenue HA9. Green bin. 2 weeks now. Ref 40102254 @Brent_Council",
  2, ENV, "App. A 'a person requiring customer services': missed collection with address and reference.")
M("x", "@sen_dad_nw10", "Kieran", 133, False, "02-17 08:51",
  "@Brent_Council school transport for my son (SEN) didn't turn up again this morning, third time this month. He's at Woodfield. Who do I actually call",
  2, EDU, "App. A 'a person requiring customer services': a child's SEN transport failing repeatedly.")
M("mastodon", "@nw6_rosa@mastodon.online", "Rosa", 220, False, "02-18 13:30",
  "Requested a replacement recycling bin (ours was crushed by the lorry, ironic) 5 weeks ago, order ref BIN-77231. Still nothing. Queens Park NW6 @BrentCouncil",
  2, ENV, "App. A 'a person requiring customer services': replacement bin order with reference.")
M("x", "@mapesbury_m", None, 160, False, "02-19 10:10",
  "tree roots on Mapesbury Road lifting the pavement outside no. 58, my elderly neighbour tripped on it last week. @Brent_Council",
  2, HWY, "App. A 'a person requiring customer services': specific pavement defect at an address for Highways inspection.")
M("facebook", "yolanda.b.harlesden", "Yolanda Bailey", None, False, "02-19 22:14",
  "Been on the housing register since 2019, band C. My son is 17 and still sharing a room with his sister who is 9. Application HR/19/44721. Is there anything anyone can do or is this just how it is",
  2, HSG, "App. A 'a person requiring customer services': own housing register case with reference.")
M("x", "@villiers_rd", "Ben Hart", 166, False, "02-10 07:40",
  "@Brent_Council our food waste caddy hasn't been emptied since 3 Feb at 17 Villiers Road NW2. Reported online twice. Please send someone",
  2, ENV, "Near-duplicate repost of the same missed-collection case by the same author; same label: App. A 'a person requiring customer services'.")

# ---------- route 3 ----------
M("x", "@kensal_tom", None, 140, False, "02-02 12:44",
  "@Brent_Council Does anyone know if the consultation counts one response per household or can everyone in the house respond?",
  3, PRK, "Standalone general question addressed to the council about how consultations are counted; App. A 'simple confusion ... signposting' (not inside a service conversation).")
M("x", "@sam_outreach_vol", "Sam", 520, False, "02-03 09:30",
  "@Brent_Council FOI request: how many rough sleepers did outreach teams find in Brent in December 2025?",
  3, HSG, "FOI for recorded figures but invalid under App. A FoI rule: first name only, no address for correspondence; web team explains how to make a valid request.",
  foi=True, fv=False)
M("x", "@neasden_norm", None, 77, False, "02-05 18:10",
  "@Brent_Council do you honestly think the new bin contract is working? yes or no",
  3, ENV, "Not FOI (asks for an opinion, not recorded information); App. A 'general comment over a well-understood issue' — web team can respond with published performance info.")
M("x", "@new_in_kingsbury", None, 39, False, "02-06 20:05",
  "how do i register to vote? just moved to Kingsbury from Leeds",
  3, None, "App. A 'signposting to information on our website': electoral registration page.")
M("x", "@amelie_nw10", "Amélie", 150, False, "02-08 11:00",
  "Bonjour @Brent_Council, est-ce que la bibliothèque de Willesden Green est ouverte le dimanche ?",
  3, LIB, "French: is Willesden Green library open on Sundays; App. A 'signposting to information on our website'.", lang="fr")
M("facebook", "kavitha.s.wembley", "Kavitha S", None, False, "02-08 15:22",
  "வெம்ப்ளி நூலகம் ஞாயிற்றுக்கிழமை திறந்திருக்குமா? குழந்தைகளுக்கான கதை நேரம் எப்போது?",
  3, LIB, "Tamil: is Wembley library open on Sunday, when is children's story time; App. A 'signposting to information on our website'.", lang="ta")
M("x", "@compost_carl", None, 58, False, "02-10 17:30",
  "Where do you get a new food waste caddy round here? Do the libraries still hand them out?",
  3, ENV, "App. A 'signposting to information on our website': how to get a caddy.")
M("x", "@dollishill_dee", None, 205, False, "02-12 22:40",
  "the 'report it' link on your website just goes to a blank page on mobile @Brent_Council",
  3, WEB, "App. A web team responds directly: fault on the council website.")
M("bluesky", "harlesdenhal.bsky.social", "Hal", 300, False, "02-13 13:15",
  "Does Brent still do free bulky waste collections for people on benefits or was that scrapped?",
  3, ENV, "App. A 'simple confusion ... over a well-understood issue': published bulky waste policy.")
M("x", "@roundwood_ruth", "Ruth Adeleke", 410, False, "02-15 08:05",
  "Massive thanks @Brent_Council for gritting our road this morning, first time in years 🙏❄️",
  3, HWY, "Thanks addressed to the council; App. A 'general comment' for the web team to acknowledge (ambiguous with monitor-only).")
M("x", "@ealing_commuter", None, 188, False, "02-17 19:20",
  "@Brent_Council the bins outside Ealing Broadway station are overflowing again, rubbish everywhere",
  3, None, "Misdirected: Ealing Broadway is in Ealing; App. A 'simple confusion' — web team signposts to Ealing Council.")
M("x", "@jobseeker_nw10", None, 95, False, "02-18 12:00",
  "When's the next Brent Council jobs fair? Saw something about apprenticeships on the bus",
  3, HR, "App. A 'signposting to information on our website': jobs and apprenticeships page.")

# ---------- route 4: planning application thread; school offers thread ----------
M("facebook", "wp.residents.admin.sue", "Sue Barrington", None, False, "02-20 19:00",
  "Planning application 26/0412 for the 29-storey tower on the old car park next to the Arena - objections close 6 March. We already can't get GP appointments and the Jubilee line is rammed on event days. Who's objecting? Link to the portal in comments.",
  4, PLN, "App. A 'specific ongoing conversation of relevance to a particular service area': residents' group debating a live planning application.",
  key="pl1", likes=58)
M("facebook", "dan.kwok.wp", "Dan Kwok", None, False, "02-20 19:14",
  "I am. The daylight study is a joke, our balconies will get no sun after 2pm from March to September",
  4, PLN, "Reply in the planning application thread; App. A 'specific ongoing conversation' for Planning.", reply="pl1")
M("facebook", "ayo.bankole.1", "Ayo Bankole", None, False, "02-20 19:31",
  "Honestly we need the homes. 35% affordable is more than most of the blocks round here. My kids will never afford to live in Brent otherwise",
  4, PLN, "Supportive view in the planning thread; App. A 'specific ongoing conversation' for Planning.", reply="pl1")
M("facebook", "margaret.e.wp", "Margaret Ellis", None, False, "02-20 20:02",
  "Does anyone know if there's going to be a public meeting about it? The portal doesn't say anything",
  4, PLN, "Question within the planning conversation; App. A 'specific ongoing conversation' — Planning officers answer in the thread.", reply="pl1")
M("facebook", "jordan.pr.99", "Jordan Price", None, False, "02-20 20:45",
  "lol Wembley Park is basically Dubai now",
  1, None, "Throwaway quip in the planning thread; App. A 'no particular consequence' for this item.", reply="pl1")
M("facebook", "brent.parents.net.shaz", "Shazia Mir", None, False, "02-27 21:10",
  "Secondary offers day is Monday 2 March. Anyone else panicking?? We put Claremont first but we're 1.3 miles away and last year's cut-off was 1.1. Hoping for a miracle",
  4, EDU, "App. A 'specific ongoing conversation of relevance to a particular service area': parents discussing school admissions.", key="ed1")
M("facebook", "leanne.t.kenton", "Leanne Tate", None, False, "02-27 21:25",
  "We were in exactly the same boat last year, got our 4th choice, went to appeal and won. Don't give up!",
  4, EDU, "Reply in the admissions thread; App. A 'specific ongoing conversation' for Education.", reply="ed1")
M("facebook", "rakesh.j.preston", "Rakesh Joshi", None, False, "02-27 21:48",
  "Is it true Brent are changing the catchment for Preston Manor from next year? Someone at the school gate said so",
  4, EDU, "Rumour raised inside the admissions conversation; App. A 'specific ongoing conversation' — Education officers correct it in the thread.", reply="ed1")
M("facebook", "olu.f.sudbury", "Olu Fashola", None, False, "02-27 22:05",
  "Our school told us the waiting lists move a lot in the first two weeks after offers, keep your name on every list",
  4, EDU, "Reply in the admissions thread; App. A 'specific ongoing conversation' for Education.", reply="ed1")

# ---------- route 5 ----------
M("x", "@brentpark_shopper", None, 210, False, "02-21 15:42",
  "River Brent has burst its banks at Brent Park, water coming up the road by Tesco, cars stuck and there's still someone in a silver car in the water @Brent_Council @LondonFire",
  5, EMR, "Flooding with a person trapped in a car: risk to life; emergency → communications and Emergency Planning.",
  esc="risk_to_life")
M("x", "@gig_goer_mk", None, 330, False, "02-22 22:51",
  "crush at the station end of Olympic Way after the concert, people being pulled over the barriers, no stewards anywhere. someone's gone down near the steps",
  5, EMR, "Crowd crush at Wembley with someone down: risk to life; escalate immediately.",
  esc="risk_to_life")
M("facebook", "hodan.ali.nw10", "Hodan Ali", None, False, "02-23 06:40",
  "Nin ayaa seexanaya meel u dhow Harlesden High Street, aad buu u xanuunsan yahay, si fiican uma neefsan karo, qabowna aad buu u badan yahay. Fadlan yaa caawin kara?",
  5, HSG, "Somali: rough sleeper near Harlesden High Street very ill, struggling to breathe, freezing; risk to life/safeguarding → escalate.",
  esc="safeguarding", lang="so")
M("facebook", "ewa.k.kensal", "Ewa K", None, False, "02-24 23:20",
  "Sąsiadka z góry znowu krzyczy w nocy, słychać uderzenia, a rano widziałam siniaki na jej twarzy. Ma małe dziecko. Nie wiem komu to zgłosić. Kensal Green.",
  5, None, "Polish: neighbour screaming, sounds of blows, bruises seen, small child in the home; domestic abuse and child safeguarding → escalate.",
  esc="safeguarding", lang="pl")
M("x", "@tomfairfax_ldr", "Tom Fairfax", 6800, True, "02-25 10:12",
  "@Brent_Council FOI request: how much has Brent paid in compensation to council tenants over damp and mould complaints in 2024/25 and 2025/26 to date? Will send the same to your FOI inbox. Tom Fairfax, Local Democracy Reporter",
  5, HSG, "Journalist's FOI (valid: real name visible) on a reputationally sensitive topic; App. A 'highly influential web commentator' → communications.",
  foi=True, fv=True, esc="journalist")
M("x", "@CllrPriyaShah", "Cllr Priya Shah", 3100, True, "02-25 17:30",
  "Residents deserve to know how many of the CCTV cameras on Wembley event-day routes are actually working. I'd like the council to publish this.",
  5, REG, "Councillor's public call (a demand to publish, not a specific request to be answered: not treated as FOI); App. A 'highly influential' → communications.",
  esc="politician")
M("x", "@objector_wp", "Helen Marsh", 290, False, "02-26 09:05",
  "@Brent_Council your planning portal is showing people's phone numbers and home addresses on the objection letters for 26/0412, mine included. Please take them down NOW",
  5, PLN, "Personal data exposed on the planning portal: data breach; App. A reputational harm → escalate.",
  esc="data_breach")
M("x", "@harlesden_son", "Arjun", 410, False, "02-26 13:18",
  "Parking attendant on Harlesden High St just called my dad a 'p***' when he asked about the ticket. I have it on video. @Brent_Council this is your staff",
  5, PRK, "Racist abuse alleged against an enforcement officer: discrimination by staff, with video; escalate.",
  esc="discrimination")
M("x", "@anson_rd_watch", "Anson Road Residents", 18300, False, "02-27 08:40",
  "This video of a bin crew tipping our sorted recycling straight into the general waste truck on Anson Road has 400k views overnight. So what is the point of us sorting it @Brent_Council?",
  5, ENV, "Video going viral against the waste service from a large account; App. A 'more controversial issue' likely to impact reputation.",
  esc="viral")
M("facebook", "natasha.green.nw9", "Natasha Green", None, False, "02-28 11:50",
  "Letter before claim sent to Brent Council today about my daughter's EHCP. 40 weeks and counting, the legal limit is 20. We'll see them at tribunal and I'll be sharing everything.",
  5, EDU, "Legal action announced against the council (EHCP delay); App. A reputational harm → communications and Education lead.",
  esc="legal_threat")
M("instagram", "@lost_in_nw10", None, 52, False, "03-01 02:14",
  "nobody at brent housing cares if i live or die. might as well make it easy for them",
  5, HSG, "Self-harm cue from a housing applicant, low reach irrelevant; risk to life → escalate immediately.",
  esc="self_harm")
M("x", "@ana_ribeiro_bbc", "Ana Ribeiro", 15600, True, "03-02 11:25",
  "Working on a piece about HMO licensing across London boroughs. Would @Brent_Council be able to tell me how many HMO licences you've revoked since 2023?",
  5, REG, "BBC London journalist requesting recorded figures (FOI, valid: real name); App. A 'highly influential' → communications.",
  foi=True, fv=True, esc="journalist")
M("x", "@sk_lift_broken", None, 84, False, "03-03 07:55",
  "Lift in our block in South Kilburn has been broken 3 weeks. My neighbour on the 14th floor uses a wheelchair and couldn't get out when the fire alarm went off last night. @Brent_Council this is dangerous",
  5, HSG, "Fire safety and a disabled resident unable to evacuate: risk to life in a tower block; escalate.",
  esc="fire_safety")
M("x", "@find_jamal", "Aisha Kamara", 120, False, "03-03 20:10",
  "MISSING: my brother Jamal, 15, last seen leaving Capital City Academy yesterday 3.30pm, Willesden. Black puffer jacket, grey trackies. Please RT @Brent_Council @metpoliceuk",
  5, None, "Missing child: safeguarding and risk to life; escalate to communications to amplify and inform children's services.",
  esc="missing_person")
M("facebook", "nw10.community.hub", "NW10 Community Hub", 22400, False, "03-04 18:00",
  "We've had dozens of messages today from members furious about the new garden waste charge going up to £95. Brent, you need to explain this to residents properly. Comments open below.",
  5, ENV, "Large community page (22k) amplifying a controversial charge; App. A 'more controversial issue ... likely to impact more widely on the council's reputation'.",
  esc="controversial")
