#!/usr/bin/env python3
"""Writer S, eval set v12: hand-written mentions of Brent Council with hand labels.
Run: python3 src-S.py  -> writes part-S.jsonl (shuffled, replies kept after their parents)."""
import json, random, os

PREFIX = "86420"
ITEMS = []


def m(key, platform, handle, name, followers, when, text, route, dept, reason, lang="en",
      foi=False, foi_valid=None, esc=None, reply_to=None, verified=False, replies=0, likes=0, reposts=0):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers, when=when,
                      text=text, route=route, dept=dept, reason=reason, lang=lang, foi=foi,
                      foi_valid=foi_valid, esc=esc, reply_to=reply_to, verified=verified,
                      replies=replies, likes=likes, reposts=reposts))


# ---------------------------------------------------------------- route 5: escalate
m("e_gas", "x", "@dee_stonebridge", "Dee", 88, "2026-01-17 14:52",
  "is it normal for the whole 3rd floor landing to smell like eggs 😷 been like it since lunch and someone's "
  "stuck a note on the riser cupboard saying DONT USE THE LIFT?? @Brent_Council",
  5, "Housing", "Likely gas smell on a council block landing, described in passing: risk to life whatever the "
  "follower count (§8 rule 1); needs emergency action, not a 24h customer-service queue", esc="risk_to_life",
  likes=2)

m("e_teen", "x", "@zaynabxo_", "zay", 141, "2026-02-03 01:37",
  "2 years in one room in a harlesden hostel w mum and my 2 brothers. brent council keep saying ur on the list "
  "ur on the list. honestly tired of waking up at this point. dont even know why i bother anymore",
  5, "Housing", "Self-harm cue from a teenager in temporary accommodation ('tired of waking up'); someone may be "
  "at risk, so escalate regardless of low reach; housing complaint is secondary", esc="self_harm", likes=9)

m("e_child", "facebook", "@michelle.obi.73", "Michelle Obi", None, "2026-03-14 08:21",
  "Not being funny but the little boy from upstairs (maybe 3?) was out on the walkway on his own again at 7 "
  "this morning in just a vest. I took him back up and it was ages before anyone opened the door. That's the "
  "third time since Christmas. I don't want to get anyone in trouble but I don't know who you're meant to tell. "
  "Chalkhill, if anyone from the council reads this group",
  5, None, "Child repeatedly left unsupervised on a high walkway, told plainly in an estate group: child "
  "safeguarding (§8 rule 1); children's social care is not one of the 14 departments", esc="child_safeguarding",
  replies=4, likes=11)

m("e_struct", "instagram", "@stonebridge.mama", None, 612, "2026-06-09 17:05",
  "more bits of concrete came off the balcony edges at our block today 🙃 landed right by the kids swings "
  "this time. tagging @brentcouncil because emailing gets us nowhere #stonebridge #councilhousing",
  5, "Housing", "Falling concrete near a children's play area: structural danger and risk to life, "
  "controversial for the landlord's reputation", esc="structural_danger", replies=6, likes=73)

m("e_rough", "mastodon", "@nadia_w@mastodon.social", "Nadia W", 203, "2026-01-06 23:14",
  "Walked past the same man in the doorway of the old bank on Harlesden High St three nights running. Tonight "
  "no blanket, it's about -3 and when I asked if he was ok he just sort of mumbled and didn't look up. "
  "Is there someone at @BrentCouncil who does this at night or do I ring 999?",
  5, "Housing", "Rough sleeper barely responsive in sub-zero cold: risk to life (§8 rule 1), even though the "
  "writer only asks who to call", esc="rough_sleeper_at_risk", likes=14, reposts=6)

m("e_journo", "x", "@hannahojo_news", "Hannah Ojo", 612, "2026-04-22 10:08",
  "Hi @Brent_Council, I'm a reporter at the North West Echo working on a piece about the new bus lane cameras "
  "on Wembley Hill Road. Could someone from the press office get in touch? DMs open, thanks!",
  5, "Communications", "Journalist naming her outlet and asking for the press office, politely and with small "
  "reach: media enquiries go to the communications officer (§8 rule 1)", esc="media", likes=1)

m("e_journo_foi", "x", "@samadeyemi_", "Samuel Adeyemi", 1480, "2026-05-19 09:31",
  "FOI request to @Brent_Council: please provide the total spent on bed and breakfast accommodation for "
  "homeless families in each month of 2025-26, and the longest single stay recorded. Reply to "
  "samuel.adeyemi@northwestecho.co.uk (I write for the North West Echo).",
  5, "Housing", "Valid FOI (real name in profile plus email) but from a journalist on a sensitive topic: "
  "'a journalist's request is 5'; comms to liaise while the FOI clock runs", foi=True, foi_valid=True,
  esc="media", likes=23, reposts=8)

m("e_cllr", "x", "@CllrRuthHamid", "Cllr Ruth Hamid", 3120, "2026-02-11 19:46",
  "Spent the afternoon at Tilbury House, Stonebridge. Both lifts out for a third week. Met a resident on the "
  "12th floor who has missed two dialysis sessions because she can't manage the stairs. I've raised it with "
  "officers tonight and I expect answers by Friday.",
  5, "Housing", "Councillor raising a council housing failure that also puts a vulnerable adult at risk: both "
  "an influential author and a risk case", esc="councillor", replies=12, likes=88, reposts=31)

m("e_mp", "x", "@SuhailaMP", "Suhaila Rahman MP", 48200, "2026-09-15 12:02",
  "Every week my caseworkers hear from Brent families who have lived in a single room with their children for "
  "years. I have written to the council asking how many households are in temporary accommodation outside the "
  "borough, and what the plan is. Families deserve better.",
  5, "Housing", "MP on a controversial council matter (temporary accommodation), verified with a large "
  "following: highly influential commentator", esc="mp", verified=True, replies=140, likes=1900, reposts=610)

m("e_cand", "x", "@JanK_Kenton", "Jan Kowalczyk", 820, "2026-04-11 11:27",
  "Out on Kenton Road this morning. The pothole outside no. 300 is now deep enough that a resident showed me "
  "the cracked rim on her car. Six reports since January, and from @Brent_Council: nothing. If I'm elected "
  "on 7 May this is the first thing I'm chasing. #Kenton",
  5, "Highways", "Candidate in the May 2026 local elections campaigning on a council service during the "
  "pre-election period: political and influential, comms must handle (§8 rule 1)", esc="candidate",
  replies=7, likes=54, reposts=12)

m("e_breach", "facebook", "@leanne.foster.921", "Leanne Foster", None, "2026-07-02 18:40",
  "Got a letter from Brent housing today about a rent arrears meeting. Not my name, not my address. Someone "
  "else's whole life in it — their arrears, date of birth, NI number, even a line about their mental health. "
  "And I've had a couple of my own letters go missing lately so now I'm wondering where MINE have gone. Who "
  "do I even hand this to?? Not posting a photo obviously",
  5, "Housing", "Personal data sent to the wrong resident, including health data: a data breach is "
  "controversial and must be escalated, not treated as a misdirected-post query", esc="data_breach",
  replies=19, likes=42)

m("e_discrim", "x", "@ayaan_k__", "Ayaan", 95, "2026-03-03 16:18",
  "took my parents to the civic centre today to sort dads housing form. the guy at the desk looked at my mum "
  "and said maybe next time bring someone who speaks proper english. she's lived here 31 years. still shaking "
  "tbh",
  5, "HR", "Alleged discrimination by a member of staff at the Civic Centre, low-reach author: discrimination "
  "by staff is escalated (§8); HR as the conduct lead, Housing as the service involved",
  esc="discrimination", likes=37, reposts=9)

m("e_threat", "facebook", "@mo.autos.wembley", "Mo Autos", None, "2026-08-22 13:05",
  "The warden that does Ealing Road on Saturdays, bald one with the earpiece. I know where he parks his own "
  "car. Keep ticketing my van outside my own shop and see what happens. Not joking",
  5, "Parking", "Specific threat to a named-by-description enforcement officer: threat to staff, escalate "
  "whatever the reach", esc="threat_to_staff", replies=3, likes=6)

m("e_legal", "x", "@b_okonkwo", "Blessing Okonkwo", 230, "2026-10-09 07:55",
  "@Brent_Council 14 months of mould in my son's bedroom at flat 9 Carlyle Court. Six visits, zero fixes. My "
  "solicitor sends the pre-action letter under the disrepair protocol on Monday. You had your chance.",
  5, "Housing", "Legal threat (pre-action disrepair claim) about mould in a child's bedroom: own case, but "
  "the legal and reputational risk puts it above customer services", esc="legal_threat", likes=15)

m("e_death", "facebook", "@southkilburnneighbours.jo", "Jo Pereira", None, "2026-02-26 21:10",
  "Some of you will have heard already. The gentleman in 14C, Mr Alleyne, was found on Tuesday. The police "
  "said it had probably been ten days. He fixed every kid's bike on this estate for twenty years.\n\n"
  "How does a man in a council flat lie there for ten days and nobody notices anything. The caretaker walks "
  "past that door every morning. I can't even finish this post.",
  5, "Housing", "Death of a council tenant found after ten days, with criticism of the landlord: a death is "
  "controversial and sensitive (§8 rule 1)", esc="death", replies=63, likes=210, reposts=14)

m("e_viral", "x", "@nw_londonlad", "Dwayne", 31400, "2026-06-30 08:12",
  "Brent 'recycling' 🙃 crew just tipped all the blue bins into the same lorry as the black bins on Dollis "
  "Hill Lane. Filmed the whole thing. So what exactly are we rinsing our yoghurt pots for @Brent_Council 🎥",
  5, "Environment", "Video against a service going viral (thousands of reposts) from a large account: "
  "'likely to impact more widely on the council's reputation'", esc="viral", replies=640, likes=5200,
  reposts=1900)

m("e_fire", "x", "@marcia_chalkhill", "Marcia", 61, "2026-05-04 20:33",
  "Fire door on our floor has been wedged open with a fire extinguisher since the closer broke in February. "
  "Reported it twice. We're 11 floors up. After everything that's happened in London I can't believe I'm "
  "having to post this @Brent_Council",
  5, "Housing", "Fire safety failure in a high-rise council block (propped fire door, reported and ignored): "
  "dangerous and controversial whatever the reach", esc="fire_safety", likes=19, reposts=7)

m("e_crowd", "x", "@kayleigh_gg", "Kayleigh", 402, "2026-07-18 22:41",
  "@Brent_Council @wembleystadium its a crush on the steps down to wembley park station rn, people going over "
  "the barrier at the bottom, no stewards anywhere and theres kids in this",
  5, "Emergency Planning", "Live crowd crush after an event: risk to life, emergency planning and comms "
  "now", esc="crowd_safety", likes=48, reposts=66)

m("e_misconduct", "facebook", "@rashid.patel.nw9", "Rashid Patel", None, "2026-08-05 19:58",
  "So the planning officer who signed off the three storey extension next door at 41 Elmstead Avenue turns "
  "out to be good mates with the builder. They were both at the builder's son's wedding last summer, photos "
  "all over Facebook. Fourteen neighbours objected. Every single one ignored. Funny that.",
  5, "Planning", "Alleged conflict of interest and misconduct by a named role in a planning decision: "
  "controversial, reputational (§8)", esc="misconduct", replies=27, likes=58)

m("e_vote", "x", "@kwame_a_nw10", "Kwame A.", 410, "2026-04-24 17:15",
  "three postal vote packs just landed at ours for people I've never heard of. we've lived here 9 years. "
  "brent who is registering people at my address??",
  5, None, "Possible electoral fraud at a residential address two weeks before polling day: electoral "
  "integrity is escalated (§8); elections are not one of the 14 departments", esc="electoral_integrity",
  likes=33, reposts=21)


m("e_da", "x", "@quietgirl2026", None, 12, "2026-10-27 23:48",
  "@Brent_Council if im on the housing transfer list and ask to move does the other person on the tenancy "
  "get told the new address? he reads all my post. asking for a friend kind of",
  5, "Housing", "Indirect disclosure of likely domestic abuse (controlling partner, secrecy about a move): "
  "vulnerable adult who may be at risk, escalate carefully and take it private", esc="domestic_abuse",
  likes=0)



# non-English escalations
m("e_pl_welfare", "facebook", "@ewa.zielinska.london", "Ewa Zielińska", None, "2025-12-12 10:22",
  "Sąsiad z naprzeciwka, starszy pan, mieszka sam. Od czwartku nie otwiera, w skrzynce pełno listów, a światło "
  "w kuchni pali się dzień i noc. Nie wiem, do kogo tu dzwonić, więc piszę tutaj. Blok przy Church End, "
  "może ktoś z Brent Council to przeczyta?",
  5, None, "Polish: elderly neighbour living alone not seen since Thursday, post piling up, kitchen light on "
  "day and night; writer does not know whom to call. Someone not seen for days: possible risk to life",
  lang="pl", esc="welfare_not_seen", replies=5, likes=8)

m("e_ar_mould", "x", "@umm_yousef_nw10", "أم يوسف", 57, "2026-01-28 02:05",
  "ابني عمره ٨ شهور وصار يكح طول الليل ونفسه ثقيل، والعفن الأسود مغطي حيطان غرفة النوم في شقتنا في "
  "ستونبريدج. بلّغنا الإسكان من شهر أكتوبر وما حدا جا. الدكتور قال لازم نطلع من الشقة. @Brent_Council",
  5, "Housing", "Arabic: my 8-month-old coughs all night and breathes heavily; black mould covers the bedroom "
  "walls of our Stonebridge flat; reported to housing in October, nobody came; the doctor says we must leave. "
  "A baby's health at risk from damp and mould: risk to a child and highly controversial", lang="ar",
  esc="child_at_risk", likes=4)

m("e_so_evict", "facebook", "@hodan.warsame.5", "Hodan Warsame", None, "2026-01-09 20:47",
  "Walaalayaal, mulkiilaha guriga ayaa maanta iga jaray korontada iyo kuleylka, wuxuuna igu yiri usbuucan "
  "guriga ka bax. Waxaan haystaa saddex carruur ah, kan ugu yar waa lix bilood. Qabow aad u daran ayaa jira. "
  "Brent Council yaa i caawin kara?",
  5, "Housing", "Somali: the landlord cut off my electricity and heating today and told me to leave this week; "
  "I have three children, the youngest six months; it is very cold; who at Brent can help? Illegal eviction "
  "with young children in the cold: risk to life, escalate", lang="so", esc="illegal_eviction", replies=3,
  likes=5)

# ---------------------------------------------------------------- route 2: customer services
m("c_bins_addr", "x", "@jaspal_s", "Jaspal", 57, "2026-02-17 07:49",
  "@Brent_Council bins not done on Mayfield Ave NW9 since the 3rd. black AND blue. no. 48. foxes are having "
  "a party",
  2, "Environment", "Own missed collection with street and house number: 'a person requiring customer "
  "services'", likes=2)

m("c_bins_short", "x", "@ritz_nw2", None, 19, "2026-03-09 18:31",
  "bins?? again",
  2, "Environment", "Own missed bin, two words and no address: customer services to ask for the address "
  "(ambiguous with 1: could be read as a moan)")

m("c_pcn_badge", "facebook", "@sunita.mehra.16", "Sunita Mehra", None, "2025-12-04 21:02",
  "Can somebody at Brent please explain PCN BT40517822 to me. I was helping my disabled father out of the car "
  "outside our own house on Dudden Hill Lane, blue badge ON the dashboard, less than five minutes. Your own "
  "photos show the badge!!! Appeal rejected with a letter that doesn't even mention it. I'm done.",
  2, "Parking", "Own penalty charge with PCN number and rejected appeal: needs an officer to look up the "
  "case", replies=2, likes=6)

m("c_dd_twice", "x", "@cheryl_m_w10", "Cheryl M", 140, "2026-05-06 08:05",
  "@Brent_Council council tax direct debit came out TWICE this month, £187.40 x2. account 30277145. need the "
  "second one back before my rent goes out friday pls",
  2, "Finance", "Own council tax account, duplicate payment: Finance to refund")

m("c_heat1", "x", "@tunde_b_", "Tunde", 33, "2026-11-18 07:12",
  "Day 6 no heating or hot water at 31 Kilburn Square, repair ref 7718204. I've got a 2 year old. "
  "@Brent_Council",
  2, "Housing", "Own repair with address and reference; urgent (toddler, no heating) so priority customer "
  "service (ambiguous with 5 if it drags on into a cold snap)")
m("c_heat2", "x", "@tunde_b_", "Tunde", 33, "2026-11-20 07:40",
  "Day 6 no heating or hot water at 31 Kilburn Square, repair ref 7718204. I've got a 2 year old. "
  "@Brent_Council",
  2, "Housing", "Exact repeat of the same author's post two days later: same own repair case, same label",
  likes=3, reposts=1)

m("c_mould_own", "facebook", "@grace.adu.14", "Grace Adu", None, "2026-09-24 12:30",
  "Black mould back behind the wardrobe in the back bedroom. Contractor came in June, painted over it, gone "
  "for about six weeks. Flat 22 Marsh Court, Alperton. Can someone actually look at the ventilation this time "
  "instead of another coat of paint?",
  2, "Housing", "Own damp and mould repair with address, no one described at risk: housing repairs via "
  "customer services", likes=4)


m("c_light", "mastodon", "@alexg@mastodon.london", "Alex G", 388, "2025-12-15 17:44",
  "The street light outside 112 Chamberlayne Road has been flickering then dead for about a fortnight. It's "
  "the one at the bus stop so it's properly dark there after 4pm. Column number on it reads CH/17 if that "
  "helps @BrentCouncil",
  2, "Highways", "Specific faulty street light with column number: a report for Highways to act on", likes=3)


m("c_libcard", "x", "@itz_ameliaaa", "amelia", 302, "2026-05-12 16:22",
  "my library card got blocked for a book i literally returned in march 😭 kilburn library says i owe £6.40. "
  "card ends 4471, i need it for revision pls @Brent_Council",
  2, "Libraries", "Teenager's own library account blocked by a disputed charge: Libraries to check the record")

m("c_school", "facebook", "@yasmin.hussein.372", "Yasmin Hussein", None, "2026-02-23 14:50",
  "Our son still hasn't been offered a secondary place after we moved to Neasden in January. Application ref "
  "BRE-SEC-26-04417. Every school near us says full and the admissions number goes to voicemail. He's been "
  "out of school five weeks now. What are we supposed to do?",
  2, "Education", "Own in-year admission with reference: Education admissions to act (ambiguous with 5: a "
  "child out of school five weeks is a children-missing-education concern if it continues)", replies=3,
  likes=7)

m("c_enforce", "x", "@crest_rd_neighbour", None, 44, "2026-06-17 15:03",
  "@Brent_Council the house at 7 Crest Road has been building a two storey back extension for three weeks, "
  "no notice on the lamp post, nothing on the planning portal. who looks at this?",
  2, "Planning", "Report of a specific suspected planning breach at an address: enforcement officer to act")

m("c_noise", "facebook", "@hamza.ali.uk", "Hamza Ali", None, "2026-01-22 04:14",
  "Ref NS/25/3391, the noise complaint I opened in October. The flat above me in Tennyson House (6th floor) "
  "still has speakers going till 4am most nights, it's 4am now. I was told someone would fit a recording "
  "device. Nobody has rung me. Anyone at Brent reading this?",
  2, "Regulatory Services", "Own noise case with reference awaiting action: Regulatory Services")

m("c_flytip", "x", "@longstone_lou", "Louise", 76, "2026-04-06 09:26",
  "mattress, fridge and about 10 bags dumped at the end of Longstone Ave by the garages since saturday "
  "@Brent_Council 📸",
  2, "Environment", "Specific fly-tip at a stated location: a job for the street cleansing team via "
  "customer services", likes=1)

m("c_hrjob", "linkedin", "li-86420-hrjob", "Farah Qureshi", 530, "2026-08-12 11:05",
  "Hello Brent Council team, I applied for the Housing Needs Officer role (ref BRE1127) on the 10th and the "
  "candidate portal now says 'no application found'. The closing date is Friday. Could someone in "
  "recruitment check for me? Thank you.",
  2, "HR", "Own job application lost in the portal with a reference: HR recruitment to check the record")

m("c_carer_ct", "facebook", "@paul.nwosu.58", "Paul Nwosu", None, "2026-10-15 13:44",
  "My mum went into a care home in Kingsbury in September and her council tax for her flat in Willesden is "
  "still being billed with no exemption. I'm her attorney, I've sent the form twice with the LPA. Account "
  "3019 0082. Who can actually help with this?",
  2, "Finance", "Carer chasing his mother's council tax exemption with account number: Finance to act")

m("c_landlord", "x", "@nkpropertiesldn", "NK Properties", 1040, "2026-07-08 12:12",
  "Landlord here. Selective licence application for 9 Harlesden Road submitted in March, fee paid, ref "
  "PRSL-44219. Still 'under review'. Tenant moves in next week. Anyone home @Brent_Council?",
  2, "Housing", "Landlord's own licence application with reference: private housing licensing team "
  "(Housing; Regulatory Services is a fair alternative)")

m("c_tradewaste", "facebook", "@patelsweetsealingroad", "Patel Sweets Ealing Road", None, "2026-07-24 15:37",
  "Trade waste collection missed Monday AND Thursday this week at 142 Ealing Road. We pay for this contract! "
  "Bins now overflowing onto the pavement in 28 degrees. Please send someone today.",
  2, "Environment", "Business's own trade waste contract missed, with address: customer services",
  likes=12)

m("c_abuse_sub", "x", "@gaz_nw2", "Gaz", 380, "2026-09-29 19:20",
  "absolute muppets the lot of you. 3 weeks no recycling at 7 Cobbold Rd and your chatbot tells me to 'check "
  "my collection day'. SORT IT @Brent_Council",
  2, "Environment", "Abusive but with substance: own missed recycling at an address; the rudeness does not "
  "remove the case", likes=8)

m("c_bins_standalone", "x", "@lola_k_nw2", "Lola", 64, "2026-08-27 18:02",
  "bins missed again on our road, third time this month 🙄 @Brent_Council",
  2, "Environment", "Standalone: own repeated missed collection addressed to the council, needs the road "
  "(same words inside the Dollis Hill Avenue thread are route 4)")

m("c_gu_ct", "x", "@hansaben_p", "Hansa Patel", 23, "2026-04-14 10:51",
  "મારા કાઉન્સિલ ટેક્સ બિલમાં સિંગલ પર્સન ડિસ્કાઉન્ટ કાઢી નાખ્યું છે, પણ હું એકલી જ રહું છું. ખાતા નંબર "
  "30418827. કોઈ મદદ કરશો? @Brent_Council",
  2, "Finance", "Gujarati: my single person discount has been removed from my council tax bill but I live "
  "alone; account number given; can someone help? Own account: Finance", lang="gu")

m("c_ro_pcn", "facebook", "@andrei.popescu.7", "Andrei Popescu", None, "2026-03-27 20:16",
  "Am primit PCN WK48213907 pe Ealing Road deși parcarea era plătită prin aplicație, am captura de ecran. "
  "Unde pot face contestație? Nu înțeleg scrisoarea, e foarte complicată.",
  2, "Parking", "Romanian: got PCN WK48213907 on Ealing Road although parking was paid in the app, I have a "
  "screenshot; where can I appeal? I don't understand the letter. Own PCN: Parking (ambiguous with 3, the "
  "appeal route is published)", lang="ro")

m("c_ta_leak", "x", "@kumaran_wembley", "Kumaran S", 48, "2026-06-02 19:33",
  "எங்கள் வீட்டு குளியலறையில் மேல் வீட்டிலிருந்து தண்ணீர் கசிகிறது. மூன்று வாரமாக புகார் கொடுத்தும் யாரும் "
  "வரவில்லை. குறிப்பு எண் HR/2291847 @Brent_Council",
  2, "Housing", "Tamil: water is leaking into our bathroom from the flat above; reported three weeks ago, "
  "nobody came; reference HR/2291847. Own repair: Housing", lang="ta")

m("c_pl_foi", "x", "@kasia_nowak_nw10", "Katarzyna Nowak", 167, "2026-09-08 09:02",
  "Dzień dobry @Brent_Council, na podstawie Freedom of Information Act proszę o informację, ile dzieci "
  "czekało na miejsce w klasie Reception w szkołach Brent na dzień 1 września 2026 r., w podziale na "
  "okręgi (wards). Odpowiedź proszę przesłać na k.nowak.nw10@gmail.com. Katarzyna Nowak",
  2, "Education", "Polish: FOI request for the number of children waiting for a Reception place on 1 Sept "
  "2026 by ward, reply by email, signed Katarzyna Nowak. Real name in profile and post plus an email "
  "address: valid FOI, log via customer services", lang="pl", foi=True, foi_valid=True)

m("c_foi_damp", "x", "@priya_raman_", "Priya Raman", 455, "2026-01-30 12:20",
  "FOI request @Brent_Council: please provide the number of damp and mould reports received for "
  "council-owned homes in each ward during 2025, and how many were resolved within 28 days.",
  2, "Housing", "Request for recorded information; real name visible in the profile: valid FOI, log it and "
  "start the 20-working-day clock", foi=True, foi_valid=True, likes=6)

m("c_foi_signed", "facebook", "@wembleywatcherpage", "Wembley Watcher", None, "2026-03-18 08:44",
  "Freedom of Information request. Please tell me how many fixed penalty notices for fly-tipping Brent "
  "issued in 2025 and how many were paid. Reply by email please to tom.okafor.nw10@outlook.com\n— Tom Okafor",
  2, "Environment", "Page name is a pseudonym, but the post is signed with a full name and gives an email "
  "address for correspondence: valid FOI", foi=True, foi_valid=True, likes=9)

# ---------------------------------------------------------------- route 3: web team responds
m("w_garden", "x", "@kenton_gardener", "Sheila", 91, "2026-02-25 10:03",
  "does anyone know when the garden waste subscription opens this year @Brent_Council? dont want to miss it "
  "again",
  3, "Environment", "General 'when' question answered by published information: web team signposts")

m("w_eventday", "x", "@tokyngton_tom", "Tom", 150, "2026-05-29 20:55",
  "event day at wembley tomorrow, does my mum need a visitor permit if she parks outside my house in "
  "tokyngton? first time we've had one since moving",
  3, "Parking", "How event-day parking rules apply: 'simple confusion over a well-understood issue'")

m("w_404", "x", "@moiraq", "Moira Quinn", 288, "2026-01-05 09:11",
  "@Brent_Council the council tax 'pay now' page just says 404 page not found on my phone. tried chrome and "
  "safari",
  3, "Web", "Fault on the council website: web team fixes and responds")

m("w_library_rumour", "facebook", "@tash.collins.9", "Tash Collins", None, "2026-06-24 21:18",
  "Is it true Kensal Rise library is closing?? Someone in the school WhatsApp said it's going in September",
  3, "Libraries", "'Is it true' rumour check that published information can answer: web team responds "
  "(would become 4 or 5 if the rumour spread)", replies=2, likes=3)

m("w_hsf", "x", "@jj_neasden", "JJ", 73, "2025-12-09 13:46",
  "where do you apply for the household support fund?? the website just goes round in circles",
  3, "Finance", "General where-to-apply question with a navigation complaint: web team signposts (Web might "
  "also look at the journey)")

m("w_harrow", "x", "@pinner_pat", "Pat", 37, "2026-03-31 16:08",
  "@Brent_Council hi my green bin wasnt emptied on tuesday, I'm in Pinner HA5 2",
  3, None, "Pinner HA5 is Harrow, not Brent: 'mentions meant for another council' are signposted by the web "
  "team")

m("w_xmas", "x", "@brondesbury_b", "Bea", 130, "2025-12-19 11:26",
  "@Brent_Council can you provide the schedule for bin collections over christmas and boxing day week pls",
  3, "Environment", "Asks for a schedule, but it is the published Christmas collections calendar: a general "
  "question to signpost, not an FOI request")

m("w_bluebadge", "instagram", "@rukhsana.designs", "Rukhsana", 1830, "2026-04-02 12:40",
  "how do we get a blue badge for my grandad? he's 89 and can't walk far anymore, do we apply to the "
  "council or the GP? 💙",
  3, "Parking", "How-to question on a published process: web team signposts to the blue badge application")

m("w_dormer", "facebook", "@lee.harrison.q", "Lee Harrison", None, "2026-07-14 08:30",
  "Do you need planning permission for a rear dormer loft conversion in Queensbury, or is that permitted "
  "development? Semi-detached, not in a conservation area as far as I know.",
  3, "Planning", "General planning guidance question answered by published permitted development guidance")

m("w_apprentice", "linkedin", "li-86420-apprentice", "Michael Osei", 240, "2026-02-02 09:05",
  "Does Brent Council run an apprenticeship scheme for school leavers this year? My son finishes his A "
  "levels in June and is keen on local government. When do applications usually open?",
  3, "HR", "General jobs question: signpost to the careers and apprenticeships page")

m("w_halfterm", "x", "@mum_of_3_kilburn", None, 412, "2026-01-26 21:40",
  "what are the dates for february half term for brent schools? ours says one thing and the council "
  "website says another 🤔",
  3, "Education", "Term dates confusion: web team answers and checks the published page")

m("w_foster", "facebook", "@carol.and.dennis", "Carol Brown", None, "2026-10-01 19:12",
  "How do you become a foster carer with Brent? We've got a spare room now our two have left home and we'd "
  "love to help a child.",
  3, None, "General 'how do I' question about fostering: signpost to the fostering recruitment pages "
  "(children's services is not one of the 14 departments)", likes=14)

m("w_bulkyform", "mastodon", "@ruthfinch@mas.to", "Ruth Finch", 95, "2026-05-16 14:37",
  "The bulky waste booking form on brent.gov.uk errors out at the last step ('Something went wrong, please "
  "try again'). Tried three times on two browsers. @BrentCouncil",
  3, "Web", "Website fault in an online form: web team")

m("w_foi_anon", "x", "@NW10Truth", None, 1190, "2026-03-11 07:51",
  "FOI: how much did @Brent_Council spend on consultants for the Wembley Park 'rebrand' in 2025? Itemised "
  "please. We'll wait.",
  3, "Communications", "Request for recorded information from a pseudonymous account with no real name or "
  "address: invalid FOI, web team explains how to make a valid request", foi=True, foi_valid=False,
  likes=41, reposts=15)

m("w_foi_dave", "x", "@dave_nw9", "Dave", 66, "2026-08-03 12:15",
  "freedom of info request — total PCN income from the wembley event day zone for 2025. cheers "
  "@Brent_Council",
  3, "Parking", "FOI-style request but only a first name: invalid, web team asks for full name and an email "
  "or postal address", foi=True, foi_valid=False)

m("w_foi_initials", "facebook", "@jk.nw2", "J. K.", None, "2026-10-20 10:25",
  "Under the Freedom of Information Act I request the list of roads in Brent scheduled for resurfacing in "
  "2026/27 and the budget for each.",
  3, "Highways", "Formal FOI wording but initials only and no address: invalid FOI; web team explains "
  "(the resurfacing programme is also published)", foi=True, foi_valid=False)


m("w_caddy", "youtube", "yt-86420-caddy", "Joyce Mensah", None, "2026-03-02 17:20",
  "Thanks for the video. Can the food waste go in normal carrier bags in the caddy or does it have to be the "
  "compostable ones?",
  3, "Environment", "How-to question under a council YouTube guide: web team answers")

m("w_logout", "x", "@ife_o", "Ife", 201, "2026-06-11 22:05",
  "your online account keeps logging me out every time I try to upload my housing benefit documents. 4th "
  "attempt tonight @Brent_Council",
  3, "Web", "Fault on the council's online account: web team (ambiguous with 2 if the claim deadline is at "
  "risk)")

m("w_es_school", "facebook", "@lucia.fernandez.mad", "Lucía Fernández", None, "2026-09-10 11:00",
  "Hola, acabamos de llegar a Wembley desde Madrid con dos niños de 7 y 10 años. ¿Dónde se solicita plaza en "
  "un colegio? ¿Se hace por internet? Gracias",
  3, "Education", "Spanish: we have just arrived in Wembley from Madrid with children of 7 and 10; where do "
  "we apply for a school place, is it online? General how-to question: web team signposts to in-year "
  "admissions", lang="es")

m("w_ur_bulky", "x", "@imran_harlesden", "Imran", 86, "2026-05-23 13:12",
  "السلام علیکم، پرانا صوفہ اور فریج اٹھوانے کے لیے کہاں بُک کرنا ہوتا ہے؟ کیا اس کا کوئی چارج ہے؟ "
  "@Brent_Council",
  3, "Environment", "Urdu: where do I book collection of an old sofa and fridge, and is there a charge? "
  "General bulky waste question: web team signposts", lang="ur")

m("w_bn_ctr", "facebook", "@rina.begum.ldn", "Rina Begum", None, "2026-11-03 16:30",
  "কাউন্সিল ট্যাক্স কমানোর জন্য কোথায় আবেদন করতে হয়? আমার স্বামীর চাকরি চলে গেছে, দুইটা বাচ্চা আছে।",
  3, "Finance", "Bengali: where do we apply to reduce council tax? My husband lost his job, we have two "
  "children. General where-to-apply question: signpost to council tax support (ambiguous with 2)",
  lang="bn")

# ---------------------------------------------------------------- route 4: service conversations
m("t_cpz", "facebook", "@kr.qp.residents.sam", "Sam Whitfield", None, "2026-09-03 20:15",
  "The council's consultation on the new CPZ for the streets between Chamberlayne Road and Kensal Rise "
  "station closes on the 30th. Has everyone filled it in? The hours they're proposing (8.30 to 6.30, Mon to "
  "Sat) feel way over the top for us, the real pressure is evenings and match days. Would be good to "
  "compare notes before we all submit.",
  4, "Parking", "Group discussion of a live parking consultation among residents: Parking officers should "
  "join, web team supports", replies=9, likes=17)
m("t_cpz_r1", "facebook", "@nina.chevening", "Nina Adebayo", None, "2026-09-03 20:41",
  "Filled it in. Chevening Rd here and honestly I'd back it, we can't park after 7pm at all because of "
  "people driving to the station.",
  4, "Parking", "Reply inside the CPZ consultation thread: part of the ongoing service conversation",
  reply_to="t_cpz", likes=4)
m("t_cpz_r2", "facebook", "@harvistmike", "Mike Doyle", None, "2026-09-03 21:07",
  "Does anyone know if they publish results street by street? Last time we got lumped in with the whole "
  "area and outvoted.",
  4, "Parking", "Question within the consultation thread; best answered by Parking joining the conversation",
  reply_to="t_cpz", likes=6)
m("t_cpz_r3", "facebook", "@sam.ahmed.nw10", "Sameena Ahmed", None, "2026-09-04 08:32",
  "Has anyone actually heard back about the drop-in session? We emailed twice and nothing.",
  4, "Parking", "Same thread: residents comparing notes on the consultation process", reply_to="t_cpz")

m("t_dha", "facebook", "@dollishill.neighbours.rob", "Rob Lyle", None, "2026-08-27 17:30",
  "Since the collection days changed with the new rounds, Dollis Hill Avenue has been missed more weeks than "
  "it's been done. Anyone else on the neighbouring roads having the same? Might be worth us putting it all in "
  "one place so the waste team can see the pattern.",
  4, "Environment", "Residents pooling a recurring collection failure after a round change: a specific "
  "ongoing conversation the waste service should join", replies=6, likes=12)
m("t_dha_r1", "facebook", "@priti.s.nw2", "Priti Shah", None, "2026-08-27 18:05",
  "bins missed again on our road, third time this month 🙄 @Brent_Council",
  4, "Environment", "Same words as a standalone post, but here a contribution to the thread about the round "
  "change: part of the service conversation, not a separate case", reply_to="t_dha")
m("t_dha_r2", "facebook", "@gwen.dhill", "Gwen Thomas", None, "2026-08-28 09:14",
  "Someone from the waste team commented on here back in July saying the round was being re-routed. Any "
  "update from them? Our road's still a lottery.",
  4, "Environment", "Text shows an ongoing exchange with the service on this thread", reply_to="t_dha",
  likes=3)

m("t_flytip", "facebook", "@churchend.tenants.lin", "Linda Grant", None, "2026-05-10 10:40",
  "Behind Block B by the bin store again. Sofa, a wardrobe, twenty-odd black sacks. This is every weekend "
  "now. The camera they put up last year is pointing at the sky. What's the plan here?",
  4, "Environment", "Recurring fly-tipping hotspot discussed by tenants: a specific ongoing matter for the "
  "cleansing/enforcement officers to join", replies=5, likes=15)
m("t_flytip_pt", "facebook", "@joao.silva.nw10", "João Silva", None, "2026-05-10 12:02",
  "Aqui na frente do bloco D também, colchões e sacos há mais de uma semana. Já liguei duas vezes. Agora tem "
  "rato por todo lado.",
  4, "Environment", "Portuguese: here in front of block D too, mattresses and bags for over a week; I've "
  "called twice; now there are rats everywhere. Adds to the ongoing fly-tipping conversation", lang="pt",
  reply_to="t_flytip", likes=2)

m("t_tower", "bluesky", "@chalkhill-eyes.bsky.social", "Chalkhill Eyes", 740, "2026-10-05 19:22",
  "Anyone else going through the documents for the 26-storey Olympic Way application? The daylight "
  "assessment for the Chalkhill side is… generous. Comments close Friday. @brent.gov.uk",
  4, "Planning", "Residents working through a live planning application together: Planning officers can "
  "join on process and deadlines", replies=4, likes=36, reposts=11)
m("t_tower_r1", "bluesky", "@wembleyplanningnerd.bsky.social", "Femi", 210, "2026-10-05 20:01",
  "Yes. The sunlight figures assume the trees along the path are gone. I've drafted an objection, happy to "
  "share it if people want to adapt it.",
  4, "Planning", "Reply within the planning application thread; ongoing conversation", reply_to="t_tower",
  likes=12)

m("t_blog_lib", "rss", "@dollishilldiary", "Dollis Hill Diary", None, "2026-07-01 07:30",
  "Library hours consultation: what we heard at Tuesday's meeting. Around forty people came to Willesden "
  "Green library to talk about the proposed changes to opening hours. Most were happy to lose the Monday "
  "morning if the late Thursday stays; parents of under-fives asked about rhyme time. The council's library "
  "team said they'd read the comments below this post too, so do add yours before the 21st...",
  4, "Libraries", "Local blog hosting an ongoing discussion of a live library consultation, with the service "
  "already invited in: route 4 for Libraries")

m("t_decant", "x", "@stonebridgeTRA", "Stonebridge Tenants & Residents", 1320, "2026-06-04 09:50",
  "Following on from last night's meeting at the hub about the decant for phase 2: still nobody could tell "
  "us whether secure tenants keep the same rights in the new blocks. @Brent_Council please send someone from "
  "housing to the next one on the 14th who can answer that.",
  4, "Housing", "Tenants' association continuing a live discussion about a regeneration decant and asking "
  "for officers to attend: a service conversation (ambiguous with 5 if it turns into a campaign)",
  replies=8, likes=44, reposts=12)

# ---------------------------------------------------------------- route 1: monitor
m("n_crude", "x", "@EnergyWireNews", "Energy Wire", 81200, "2026-03-05 14:02",
  "Brent crude slips below $70 as OPEC+ signals further output increases from June #oil #markets",
  1, None, "Keyword noise: Brent crude oil price", reposts=44, likes=120)

m("n_crude_rss", "rss", "@marketsdaily", "Markets Daily", None, "2026-10-14 06:45",
  "Oil: Brent futures rose 2.1% in early trading after fresh disruption to Red Sea shipping, while gas prices "
  "in Europe eased...",
  1, None, "Keyword noise: Brent futures in a markets feed")

m("n_brentx", "x", "@shan_tells_all", "Shan", 2400, "2025-12-20 17:48",
  "Brent Cross on the last saturday before christmas was CARNAGE 😭 never again, online shopping only from "
  "now on",
  1, None, "Keyword noise: Brent Cross shopping centre (Barnet)", likes=31)

m("n_bees", "x", "@beesfan_jay", "Jay", 900, "2026-02-14 17:05",
  "What a shift from the lads 🐝🐝 Brentford away end was absolutely rocking today",
  1, None, "Keyword noise: Brentford FC")

m("n_bday", "facebook", "@karen.walsh.77", "Karen Walsh", None, "2026-07-20 19:30",
  "Happy 40th to my baby brother Brent!! 🎉 love you loads, see you Saturday 🍻",
  1, None, "Keyword noise: a person called Brent", likes=22)

m("n_office", "x", "@ricky_quotes", "Office Quotes", 15600, "2026-04-16 12:00",
  "\"Avoid employing unattractive people.\" — David Brent, still the worst manager in Slough",
  1, None, "Keyword noise: David Brent", likes=340, reposts=55)

m("n_ealing", "x", "@acton_annie", "Annie", 310, "2026-05-27 08:50",
  "Ealing council have dug up the same bit of Uxbridge Road four times this year. four.",
  1, None, "Another borough's roadworks, not addressed to Brent: other councils' matters are noise")

m("n_praise_bins", "x", "@neasden_nan", "Maureen", 140, "2026-06-19 10:14",
  "shout out to the bin crew on Dudden Hill Lane this morning, they carried an old lady's bin back up her "
  "steps for her 👏 @Brent_Council",
  1, "Environment", "Praise, no request: monitor (share with the service)", likes=26, reposts=3)

m("n_praise_lib", "facebook", "@sandra.okeke.2", "Sandra Okeke", None, "2026-01-31 15:22",
  "Massive thank you to the staff at Willesden Green library who sat with my dad for an hour and set up his "
  "email so he can video call his grandchildren in Lagos. He's 81 and he's over the moon.",
  1, "Libraries", "Praise and thanks: no action beyond passing it on", likes=64)

m("n_clowns", "x", "@nw10nobody", None, 22, "2026-08-09 23:55",
  "brent council clowns 🤡🤡🤡",
  1, None, "Low-reach abuse with no substance: no action, keep monitoring")

m("n_spam1", "x", "@crypto_kingz_uk", "CryptoKingz", 40, "2026-02-19 03:33",
  "🔥 Earn £500/day from home with our signals group, 1000s already earning!! DM now 💰 @Brent_Council "
  "@wembleystadium",
  1, None, "Spam: no action")
m("n_spam2", "x", "@crypto_kingz_uk", "CryptoKingz", 40, "2026-02-19 03:41",
  "🔥 Earn £500/day from home with our signals group, 1000s already earning!! DM now 💰 @Brent_Council "
  "@wembleystadium",
  1, None, "Exact repeat of the same spam by the same account: same label")

m("n_party", "x", "@kilburn_greens_vol", "Kilburn Greens volunteer", 260, "2026-04-25 13:20",
  "Out on the doorstep in Kilburn today 💚 thanks to everyone who stopped to chat. Polls open 7am on 7 May, "
  "bring your photo ID! #BrentElections",
  1, None, "Party campaigning by a volunteer with no council matter raised: monitor, and take no political "
  "standpoint")

m("n_sign", "x", "@roadsofbrent", None, 530, "2026-03-26 08:33",
  "love that brent can afford a shiny new 'welcome to brent' sign on the north circ but my road looks like "
  "the surface of the moon. priorities 👍",
  1, "Highways", "Sarcastic moan with no case or location to act on", likes=19)

m("n_viral_rt", "x", "@leah_w9", "Leah", 180, "2026-06-30 09:02",
  "😂😂 they really did that on camera",
  1, "Environment", "Reaction to the viral recycling video that is already escalated: reshare, monitor",
  reply_to="e_viral", likes=40)
m("n_viral_rt2", "x", "@omarfromwembley", "Omar", 95, "2026-06-30 10:18",
  "this is every street in brent tbf. everyone share it",
  1, "Environment", "Amplification of an already-escalated video: no separate action", reply_to="e_viral",
  likes=12)

m("n_bigacct", "x", "@ChefTayoLDN", "Tayo Adebanjo", 512000, "2026-11-05 21:30",
  "Brent council fireworks at Roundwood Park tonight 🎆 proper show, the kids loved it",
  1, "Communications", "Very large verified account, but praise of no consequence: §8 says large accounts "
  "saying things of no consequence are monitored", verified=True, likes=8800, reposts=340)

m("n_wifi", "x", "@t.k.x__", "tk", 480, "2026-10-22 16:40",
  "harlesden library wifi actually slaps ngl 📚 finished my whole coursework in there",
  1, "Libraries", "Teenager's praise, no request")

m("n_hi_diwali", "instagram", "@sapna_clicks", "Sapna", 2200, "2026-11-08 22:15",
  "ईलिंग रोड पर इस बार दिवाली की रोशनी बहुत सुंदर थी 🪔 बच्चों को बहुत मज़ा आया। धन्यवाद @brentcouncil",
  1, "Communications", "Hindi: the Diwali lights on Ealing Road were beautiful this year, the children loved "
  "it, thank you. Praise: monitor", lang="hi", likes=310)

m("n_fa_lib", "x", "@shirin_studies", "شیرین", 150, "2026-05-14 18:25",
  "کتابخونه‌ی کیلبرن خیلی آروم و تمیزه، بهترین جا برای درس خوندن 📚",
  1, "Libraries", "Farsi: Kilburn library is very quiet and clean, the best place to study. Praise, no "
  "request", lang="fa")

m("n_ct_moan", "facebook", "@barry.collins.nw10", "Barry Collins", None, "2026-03-02 19:05",
  "Council tax up again. Streets still filthy. Same old Brent.",
  1, "Finance", "Moan with no case or request: monitor", likes=38)

m("n_greenflag", "rss", "@brentlocalnews", "Brent Local News", None, "2026-07-16 07:00",
  "Five Brent parks, including Gladstone Park and Roundwood Park, have kept their Green Flag status this "
  "year, the council has announced...",
  1, "Environment", "Neutral/positive news item: no action")

m("n_yt", "youtube", "yt-86420-cinema", "lil_kofi", None, "2026-01-10 20:50",
  "who's here from brent after seeing this in the cinema ads 😂😂",
  1, "Communications", "Chatter under a council video: monitor")

m("n_linkedin", "linkedin", "li-86420-trainee", "Aisha Bello", 890, "2026-09-01 08:10",
  "Thrilled to share that today I start as a Trainee Planner at Brent Council! Grateful to everyone who "
  "supported me through my MSc.",
  1, "HR", "Staff news, no request: monitor")

m("n_foi_jibe", "x", "@stonebridge_sid", "Sid", 110, "2026-04-29 20:20",
  "'freedom of information' my arse, they never tell us anything on this estate",
  1, "Housing", "Rhetorical jibe that mentions FOI but asks for no recorded information: not an FOI request")

m("n_sympathy", "facebook", "@darren.k.stonebridge", "Darren King", None, "2026-02-26 22:04",
  "Thinking of his family ❤️ he fixed my first bike when I was about 10. Rest easy Mr A.",
  1, None, "Sympathy inside a thread whose root is already escalated: monitor", reply_to="e_death",
  likes=41)

m("n_troll", "x", "@truthbomb_nw", None, 70, "2026-07-28 23:02",
  "everyone at brent council is on the take, every single one, everybody knows it",
  1, None, "Sweeping low-reach allegation with no specifics: abuse without substance, monitor (would be 5 "
  "if it named a person or decision)")



# ---------------------------------------------------------------- serialise
def pid_for(i, it):
    n = 3000000 + i * 7919
    p = it["platform"]
    if p in ("x", "mastodon"):
        return f"{PREFIX}{n:09d}"
    if it["handle"].startswith(("li-", "yt-")):
        return it["handle"]
    return {"facebook": f"fb_{PREFIX}_{n}", "bluesky": f"3l{PREFIX}k{n}", "instagram": f"ig{PREFIX}{n}",
            "rss": f"rss-{PREFIX}-{n}", "youtube": f"yt-{PREFIX}-{n}", "linkedin": f"li-{PREFIX}-{n}"}[p]


def main():
    by_key = {}
    for i, it in enumerate(ITEMS):
        it["pid"] = pid_for(i, it)
        if it["platform"] in ("linkedin", "youtube"):
            # handle stored was the id shape; give a readable handle instead
            it["handle"] = "@" + (it["name"] or "user").lower().replace(" ", "")
        by_key[it["key"]] = it
    assert len(by_key) == len(ITEMS)
    # threads
    children = {}
    for it in ITEMS:
        if it["reply_to"]:
            children.setdefault(it["reply_to"], []).append(it)
            assert it["when"] > by_key[it["reply_to"]]["when"], it["key"]

    def root(it):
        while it["reply_to"]:
            it = by_key[it["reply_to"]]
        return it
    for it in ITEMS:
        r = root(it)
        it["thread"] = r["pid"] if (it["reply_to"] or r["key"] in children) else None
        if it["key"] in children:
            assert it["replies"] >= len(children[it["key"]]), it["key"]
    # shuffle, then put each thread's items in chronological order within its slots
    rnd = random.Random(86420)
    order = ITEMS[:]
    rnd.shuffle(order)
    groups = {}
    for pos, it in enumerate(order):
        if it["thread"]:
            groups.setdefault(it["thread"], []).append(pos)
    for tid, poss in groups.items():
        members = sorted((order[p] for p in poss), key=lambda x: x["when"])
        for p, it in zip(poss, members):
            order[p] = it
    out = []
    for it in order:
        L = {"route": it["route"], "department": it["dept"], "foi": it["foi"],
             "foi_valid": it["foi_valid"] if it["foi"] else None, "escalate_reason": it["esc"],
             "reason": it["reason"], "language": it["lang"]}
        d = {"platform": it["platform"], "platform_id": it["pid"], "author_handle": it["handle"],
             "author_name": it["name"], "author_followers": it["followers"], "author_verified": it["verified"],
             "text": it["text"], "created_at": it["when"].replace(" ", "T") + ":%02dZ" % (len(it["text"]) % 60),
             "reply_to_id": by_key[it["reply_to"]]["pid"] if it["reply_to"] else None,
             "thread_id": it["thread"], "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"],
             "language": None, "label": L, "provenance": "written"}
        out.append(json.dumps(d, ensure_ascii=False))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "part-S.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "items written")


if __name__ == "__main__":
    main()
