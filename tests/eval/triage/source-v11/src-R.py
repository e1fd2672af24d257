#!/usr/bin/env python3
"""Writer R: 110 hand-written, hand-labelled mentions of Brent Council (eval set v11).
Texts and labels are written by hand below; this script only assigns ids, shuffles and serialises."""
import json, random, os

PREFIX = "92468"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-R.jsonl")
ITEMS = []
_n = [0]

def _pid(platform):
    _n[0] += 1
    k = _n[0]
    if platform in ("x", "mastodon"):
        return f"{PREFIX}{(k * 7919 + 1301) % 10**14:014d}"
    if platform == "facebook":
        return f"10{k:03d}4471_{PREFIX}{k:05d}"
    if platform == "bluesky":
        return f"at://did:plc:r{k:02d}brentnw/app.bsky.feed.post/3m{PREFIX}k{k:03d}"
    if platform == "instagram":
        return f"ig_{PREFIX}_{k:04d}"
    if platform == "youtube":
        return f"Ugz{PREFIX}yt{k:04d}"
    if platform == "linkedin":
        return f"urn:li:activity:{PREFIX}{k:011d}"
    if platform == "rss":
        return f"rss-{PREFIX}-{k:04d}"
    raise ValueError(platform)

def M(key, platform, handle, name, followers, created, text, route, dept, reason, lang="en",
      foi=False, foi_valid=None, esc=None, verified=False, replies=0, likes=0, reposts=0, reply_to=None, thread=None):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers, created=created,
                      text=text, route=route, dept=dept, reason=reason, lang=lang, foi=foi, foi_valid=foi_valid,
                      esc=esc, verified=verified, replies=replies, likes=likes, reposts=reposts,
                      reply_to=reply_to, thread=thread))

# ---------------------------------------------------------------- route 5: escalate
M("welfare_harrowrd", "x", "@shaz_harlesden", "Shazia", 87, "2026-01-14T19:22:10Z",
  "@Brent_Council not being funny but the lady at no.14 by the launderette on Harrow Rd, her tesco delivery is still sat on the step from last thursday and the curtains havent moved. shes in her 80s lives on her own. who do i even ring for this",
  5, None, "Elderly woman living alone, shopping left on the step for days, curtains shut: someone may be at risk, escalate whatever the follower count (welfare check, not a service ticket).",
  esc="welfare_concern", replies=2, likes=9)
M("damp_child", "facebook", "@ama.boateng.902", "Ama Boateng", None, "2026-02-03T21:47:33Z",
  "I've honestly had enough so I'm putting this here because nobody answers the phone.\n\nWe moved into the flat in Stonebridge in 2023. Since October the black mould in the boys' room has come back worse than ever - it's on the ceiling, behind the wardrobe, on their school uniforms. I wipe it every weekend with the spray and it's back by Wednesday.\n\nMy youngest (he's 4) has been admitted to Northwick Park twice since Christmas with his breathing. The consultant asked me straight out if we have damp at home.\n\nRepairs came in November, looked at it, said 'condensation, open the windows'. It's February. Ref 7741023 if anyone from Brent Housing actually reads this page.",
  5, "Housing", "Mould in a council flat with a 4-year-old hospitalised twice: a child's health at risk and the kind of damp case that is dangerous and reputationally explosive; escalate (ambiguous with 2: there is a repair ref to log as well).",
  esc="child_health_damp_mould", replies=14, likes=63, reposts=11)
M("rough_sleeper_binstore", "x", "@kayzz.x", "kayla", 143, "2026-01-08T23:41:02Z",
  "not me doing a bin run at midnight and there's a man asleep in the bin store behind the stonebridge shops AGAIN. been there all week. its meant to go down to -5 tonight and hes got one blanket and a bag for life 😭 @Brent_Council do u lot do anything about this",
  5, "Housing", "Rough sleeper out all week with sub-zero forecast tonight: risk to life, needs outreach now; escalate despite the jokey tone and small account.",
  esc="rough_sleeper_risk", replies=3, likes=22, reposts=4)
M("care_visits_dad", "facebook", "@deepa.raichura", "Deepa Raichura", None, "2026-03-12T16:05:40Z",
  "Can anyone tell me who actually answers the phone at Brent adult social care? The agency carers didn't turn up for Dad this morning OR at lunchtime. Third time in a fortnight. He's 91, lives in Sudbury, can't get to the kitchen without his frame and he's diabetic. I'm at work in Leicester and the neighbour with the key is away. I've rung the agency 6 times. Sorry for the rant but I'm frightened.",
  5, None, "Frail diabetic 91-year-old has missed care visits with nobody able to check on him: vulnerable adult at risk; adult social care is not one of the 14 departments, escalate so it reaches the duty team today.",
  esc="vulnerable_adult", replies=6, likes=18)
M("selfharm_counciltax", "x", "@just_about_mo", None, 31, "2026-04-02T02:14:51Z",
  "got the final reminder for council tax today. cant pay it. cant pay the gas either. honestly not sure whats the point of any of it anymore, theyll have the flat off me soon and i wont be around to care by then @Brent_Council",
  5, "Finance", "Posted at 2am: 'not sure what's the point… won't be around to care' alongside debt - a possible self-harm cue; escalate for a welfare response before any arrears conversation.",
  esc="self_harm_risk", likes=1)
M("gas_school", "x", "@dudden_dad", "Marcus", 212, "2026-09-17T08:12:09Z",
  "Really strong smell of gas on Dudden Hill Lane right by the primary school gates, it's been there since at least 7.45. Kids going in now. Not sure if anyone's called it in? @Brent_Council",
  5, "Emergency Planning", "Possible gas leak at a school gate during drop-off: risk to life; escalate and give the gas emergency number at once.",
  esc="gas_leak", replies=4, likes=15, reposts=9)
M("wall_willesden", "x", "@willesden_lou", "Louise T", 402, "2026-11-04T07:38:27Z",
  "That brick wall on the building site next to the old bank on High Rd Willesden is leaning right out over the pavement after last night's wind. Hoarding's flat on the ground. People still walking underneath it to the bus stop. @Brent_Council",
  5, "Planning", "Storm-damaged wall leaning over a busy pavement: dangerous structure, risk to life; building control (Planning) and emergency planning need it now.",
  esc="dangerous_structure", replies=5, likes=31, reposts=12)
M("crush_wembley", "x", "@jjwillo", "JJ", 1004, "2026-05-16T17:58:44Z",
  "absolute crush at the bottom of Olympic Way right now, barriers at wembley park station shut and everyone's being pushed up against the railings. saw a kid get lifted over. where are the stewards?? @Brent_Council @metpoliceuk",
  5, "Emergency Planning", "Live crowd crush on an event day with a child lifted out: risk to life; escalate to emergency planning/safety advisory contacts immediately.",
  esc="crowd_safety", replies=27, likes=410, reposts=198)
M("flood_arabic", "x", "@um_yusuf_hl", "أم يوسف", 56, "2026-07-22T15:30:12Z",
  "@Brent_Council المياه دخلت الشقة من تحت الباب والشارع كله غرقان في هارلسدن. أمي عمرها ٨٠ سنة وما تقدر تمشي وإحنا في الدور الأرضي. مين نكلم الآن؟",
  5, "Emergency Planning", "Arabic: 'Water has come into the flat under the door and the whole street in Harlesden is flooded. My mother is 80 and can't walk and we're on the ground floor. Who do we call now?' Flooding with an immobile elderly person: risk to life, escalate.",
  lang="ar", esc="flood", replies=1, likes=4)
M("breach_hb_letter", "x", "@rachel_ninety", "Rachel N", 198, "2026-06-09T12:20:05Z",
  "Lovely. Just opened a letter from @Brent_Council about my housing benefit and page 2 is somebody else's entire assessment - name, address in Neasden, bank sort code, NI number, the lot. Who do I send it back to, and has mine gone to them??",
  5, "Finance", "Another resident's financial and NI details posted to the wrong person: a personal data breach; escalate (information governance) and take it to a private channel.",
  esc="data_breach", replies=3, likes=40, reposts=6)
M("discrimination_desk", "facebook", "@hodan.warsame.7", "Hodan Warsame", None, "2026-02-24T18:40:19Z",
  "I went with my mother to the Civic Centre this morning about her housing application. She is 67, she has lived in Brent for over 30 years and worked at Northwick Park for most of that. The man behind the desk would not look at her, spoke only to me, and when she tried to answer he said 'she needs to learn English before she comes asking for a flat.' In front of the whole queue. My mother cried on the bus home. I have his first name and the time. Is this how Brent treats its elders?",
  5, "Housing", "Alleged discriminatory remark by a housing officer to an older resident: discrimination by staff is controversial and reputation-threatening; escalate.",
  esc="discrimination", replies=41, likes=212, reposts=57)
M("threat_warden", "x", "@vanman_ealingrd", None, 64, "2026-08-11T10:02:36Z",
  "that same warden has done my van on Ealing Road 3 times this month while im unloading. i know what time he finishes. next time hes getting more than words. @Brent_Council consider this your warning",
  5, "Parking", "Veiled threat of violence against a named-by-description civil enforcement officer: threat to staff, escalate whatever the reach (the PCN grievance is secondary).",
  esc="threat_to_staff", likes=3)
M("legal_disrepair", "x", "@akosua_k", "Akosua Kyei", 120, "2026-03-30T11:15:48Z",
  "@Brent_Council my solicitor has written to your housing legal team twice about the disrepair at my flat in Kensal Green (leaking roof, part of the kitchen ceiling came down) and had no acknowledgement. You now have 14 days before we issue a claim. I didn't want it to come to this.",
  5, "Housing", "Explicit pre-action legal threat over disrepair, with a ceiling already collapsed: legal threat, escalate to comms/legal with Housing (ambiguous with 2 as an individual repair case).",
  esc="legal_threat", likes=7)
M("misconduct_market", "facebook", "@gary.pettit.nw", "Gary Pettit", None, "2026-06-27T14:10:02Z",
  "So I've just watched a bloke in a Brent Council hi-vis walk along the stalls at the Wembley market, take what looked like a folded £20 off the man selling phone cases and walk on. No paperwork, nothing written down. I filmed it on my phone. Either that's a new way of doing licensing or someone's on the take. Happy to send the video to whoever's in charge.",
  5, "Regulatory Services", "Alleged cash-taking by an enforcement officer, with video: alleged misconduct, escalate (take the video offline).",
  esc="misconduct", replies=19, likes=88, reposts=14)
M("journo_kingsbury_lib", "x", "@ellie_reports", "Ellie Marsh", 640, "2026-10-06T10:31:55Z",
  "Hi @Brent_Council - I'm a reporter with the Brent & Kilburn Times. Could your press office confirm whether the consultation on reduced hours at Kingsbury library has been extended, and to when? Writing for tomorrow, deadline 4pm today. Thanks!",
  5, "Libraries", "Polite, neutral media enquiry from a named reporter of a local paper (small account): journalists go to the communications officer, route 5 regardless of tone.",
  esc="media_enquiry", likes=2)
M("journo_foi_ta", "x", "@hokafor_news", "Hannah Okafor", 2310, "2026-04-15T09:05:21Z",
  "@Brent_Council FOI request: please provide the number of households placed in temporary accommodation outside London each month from Apr 2024 to Mar 2026, and the total cost. Reply to hannah.okafor@mylondon-news.example - Hannah Okafor, MyLondon",
  5, "Housing", "Valid FOI (real name and an email address for correspondence) from a journalist on a sensitive topic: a journalist's request is escalated; log the FOI clock too.",
  foi=True, foi_valid=True, esc="journalist_foi", likes=12, reposts=3)
M("cllr_lifts", "x", "@CllrPMehta", "Cllr Priya Mehta", 3870, "2026-10-21T13:00:03Z",
  "Third time this month Alperton residents have told me both lifts at the Stanley Avenue flats are out. A wheelchair user on the 9th floor hasn't been able to leave home since Sunday. I've raised it with officers. I expect a date for the repair by Friday, @Brent_Council.",
  5, "Housing", "A ward councillor publicly pressing on a council matter, with a disabled resident trapped at home: councillor plus vulnerable person, escalate.",
  esc="councillor", verified=True, replies=8, likes=74, reposts=21)
M("mp_cpz", "x", "@DawnAchebeMP", "Dawn Achebe MP", 41200, "2026-02-11T17:20:44Z",
  "My inbox is full of Kensal Rise constituents worried about the proposed CPZ. I've written to the Leader of @Brent_Council asking for all consultation responses to be published before any decision is taken.",
  5, "Parking", "An MP speaking publicly about a live council consultation: highly influential author on a contested issue, escalate to comms and the service lead.",
  esc="mp", verified=True, replies=36, likes=520, reposts=133)
M("candidate_library", "facebook", "@ravichauhan.kingsbury", "Ravi Chauhan - Candidate for Kingsbury", None, "2026-04-18T12:00:00Z",
  "As your candidate for Kingsbury on 7 May I've knocked on 2,000 doors and the number one thing people raise is the plan to cut Kingsbury library to three days a week. The council calls it 'a consultation'. Residents call it closure by stealth. If elected I will fight it. Share if you agree 👇",
  5, "Libraries", "Election candidate campaigning on a council service during the pre-election period: candidate + controversial issue, escalate so comms handle it without taking a political standpoint.",
  esc="candidate", replies=52, likes=301, reposts=88)
M("viral_recycling", "x", "@nw10_noticed", "NW10 Noticed", 2340, "2026-08-25T09:44:10Z",
  "So this is what happens to your carefully rinsed recycling in Brent 🙃 filmed this morning on Dollis Hill Lane - blue bins straight into the same lorry as the general waste. @Brent_Council care to explain?",
  5, "Environment", "Video going viral (18k likes) alleging recycling is dumped with general waste: controversial, reputation-threatening, escalate with Environment.",
  esc="viral", replies=212, likes=18400, reposts=6100, thread="viral_recycling")
M("influencer_canal", "instagram", "@zaralindqvist", "Zara Lindqvist", 312000, "2026-07-05T16:44:00Z",
  "Filming by the canal in Alperton today and honestly... the towpath is a tip. Shopping trolleys, nitrous canisters everywhere, a burnt-out e-bike in the water. Brent, you've got one of the prettiest stretches of water in London and THIS is how it looks? 😢 #Alperton #London",
  5, "Environment", "Very large account (312k) criticising the borough's cleanliness: highly influential commentator, escalate (ambiguous: the towpath is the Canal & River Trust's, which comms can point out).",
  esc="influential", verified=True, replies=880, likes=41000, reposts=1200)
M("death_underpass", "facebook", "@lorraine.hughes.nw2", "Lorraine Hughes", None, "2026-01-27T10:15:37Z",
  "Police tape up at the Neasden underpass this morning. They've found the man who used to sleep down there - Mick, everyone knew him, always had his radio on. People have been ringing the council about him since November because he was getting worse. Rest in peace Mick. Somebody needs to answer for this.",
  5, "Housing", "Death of a rough sleeper with claims the council was warned for months: a death, controversial, escalate (not a sympathy post).",
  esc="death", replies=33, likes=140, reposts=29)
M("fire_doors_sk", "x", "@sk_tenant_", None, 76, "2025-12-09T20:30:18Z",
  "@Brent_Council the fire doors on every floor of our block in South Kilburn have been wedged open with bricks since the lift works started, and the alarm panel in the lobby's been beeping FAULT for weeks. Told the contractors, told the concierge. Not having another Grenfell on our estate.",
  5, "Housing", "Fire doors propped open and a faulty alarm panel in a residential block: fire safety, risk to life and highly sensitive; escalate.",
  esc="fire_safety", replies=2, likes=19, reposts=7)
M("welfare_polish", "facebook", "@magda.wisniewska.88", "Magda Wiśniewska", None, "2026-03-02T19:10:51Z",
  "Sąsiad z parteru (starszy pan, mieszka sam) nie otwiera drzwi od czwartku. Telewizor gra cały czas, listy leżą pod drzwiami, światło pali się dzień i noc. Pukałam kilka razy i nic. Do kogo mam to zgłosić w Brent? To blok przy Stag Lane w Queensbury.",
  5, None, "Polish: 'The elderly man downstairs who lives alone hasn't opened his door since Thursday; the TV is on constantly, post piling up, lights on day and night. I knocked several times. Who do I report this to in Brent? Block by Stag Lane, Queensbury.' Person not seen for days: escalate (police welfare check).",
  lang="pl", esc="welfare_concern", replies=4, likes=6)
M("child_farsi", "x", "@shirin_nw2", "Shirin", 112, "2026-09-30T07:20:33Z",
  "@Brent_Council یک پسر حدوداً ۱۲ ساله چند شب است که تا ساعت ۲ بامداد تنها روی نیمکت پارک کنار ایستگاه نیسدن می‌نشیند. دیشب ازش پرسیدم، گفت نمی‌خواهد به خانه برگردد چون از ناپدری‌اش می‌ترسد. نمی‌دانم به چه کسی بگویم.",
  5, None, "Farsi: 'A boy of about 12 has sat alone on a park bench by Neasden station until 2am for several nights. Last night I asked him; he said he doesn't want to go home because he's afraid of his stepfather. I don't know who to tell.' Child at risk: safeguarding, escalate to children's services.",
  lang="fa", esc="safeguarding_child", likes=2)
M("rss_ta_investigation", "rss", "@wembleyobserver_feed", "Wembley Observer", None, "2026-11-23T06:00:00Z",
  "Families placed in B&B rooms with mould and broken locks as Brent spends £2.3m with one provider - An investigation by the Wembley Observer found that at least 40 Brent families with children were placed this winter in rooms at two guest houses in Park Royal that failed basic safety checks. One mother said her baby slept in a pram for three weeks because there was no cot...",
  5, "Housing", "Critical investigative news coverage of temporary accommodation involving children: damaging media story, escalate to the communications officer and Housing lead.",
  esc="critical_media_coverage")

# ---------------------------------------------------------------- route 2: customer services
M("pcn_shop", "x", "@samir_phones", "Samir Phones & Repairs", 389, "2026-06-03T11:02:17Z",
  "@Brent_Council got PCN BJ41837265 this morning outside my own shop on Ealing Road while I was unloading stock, 6 mins max. I have the delivery note and CCTV. how do i get this cancelled, appeals page just loops back to the start",
  2, "Parking", "Own PCN with a number and evidence: needs a parking officer to review (the looping appeals page is a secondary web fault, ambiguous with 3).", likes=4)
M("ctax_paid_74", "facebook", "@winston.clarke.1951", "Winston Clarke", None, "2026-05-19T13:40:26Z",
  "Brent Council can someone please explain. Council tax account 40718822. I paid the whole year in one go in April by bank transfer, I have the receipt. Today I get a reminder saying I owe £412.18 and they'll take me to court if I don't pay in 7 days. I'm 74, I don't do this computer business, and the phone line rings out. My granddaughter is typing this for me.",
  2, "Finance", "Own council tax account with a number and a disputed reminder: Finance must look up the payment; route 2.", replies=3, likes=11)
for created, likes in (("2026-07-07T08:15:40Z", 1), ("2026-07-09T18:02:13Z", 3)):
    M("greenbin_crest_" + created[8:10], "x", "@crestrd_kate", "Kate", 58, created,
      "@Brent_Council 3rd week running our green bin at 41 Crest Road hasnt been emptied. every other house done. please sort it",
      2, "Environment", "Missed collection at a stated address: a case for waste services to act on (exact repeat two days later, same label).", likes=likes)
M("heating_churchend", "x", "@danny_ce", "Danny", 140, "2026-01-21T09:50:02Z",
  "no heating or hot water in our flat on the church end estate since saturday. reported it on the phone, ref HR-559201, told someone would come monday. its wednesday. cold showers at the gym aint it @Brent_Council",
  2, "Housing", "Own repair with a reference, chased: Housing repairs to act; no vulnerable occupant mentioned, so not 5 (would be if a baby or frail person were in the flat).", likes=5)
M("pothole_claim", "facebook", "@lucy.adebayo", "Lucy Adebayo", None, "2026-02-16T19:22:45Z",
  "Does anyone know how you claim off Brent for pothole damage? Hit a massive one on Dollis Hill Avenue outside no. 90 on Friday night, burst tyre and the rim's bent. £280 quote. I've got photos and the garage receipt.",
  2, "Highways", "Her own damage claim at a precise location, and the pothole itself needs repair: Highways case (ambiguous with 3: the claim form is published).", replies=4, likes=3)
M("streetlight", "x", "@kensal_kat", None, 77, "2025-12-15T18:20:31Z",
  "@Brent_Council street light outside 17 Harlesden Gardens has been out 3 weeks. pitch black walking home from the station, reported it online ref SL-40391 and nothing",
  2, "Highways", "Fault at an address with a report reference not acted on: route 2 to Highways.", likes=2)
M("library_fine", "x", "@wgreenreader", None, 203, "2026-11-12T14:30:59Z",
  "@Brent_Council hi, I returned 3 books to Willesden Green library on the 3rd (used the drop box) but my account still shows them overdue and a £3.40 charge. card ends 2291. can someone check?",
  2, "Libraries", "Own library account needs checking against returns: route 2, Libraries.")
M("inyear_transfer", "facebook", "@fatima.begum.kb", "Fatima Begum", None, "2026-04-20T08:30:14Z",
  "I applied for an in-year school transfer for my son (Year 4) to a school in Kingsbury on 2 February. Reference IYA/2026/0412. It is now April and I have had no letter, no email, nothing. He is being bullied at his current school and is refusing to go in. Please who can help me.",
  2, "Education", "Own admissions case with a reference, stalled: Education to act; bullying and school refusal make it urgent but it is a school-level matter (ambiguous with 5).", replies=2, likes=6)
M("permit_ticket_swear", "x", "@kbury_grumpy", None, 22, "2026-01-06T08:04:27Z",
  "absolute f***ing joke @Brent_Council. renewed my zone KB permit on 2 jan, paid £118, got the confirmation email, and today theres a ticket on my car saying no valid permit. PCN KB50019374. sort your system out",
  2, "Parking", "Abusive in tone but with substance: own permit and PCN number needing a parking officer; route 2, not dismissible abuse.")
M("flytip_bridge_rd", "x", "@neasden_nana", None, 95, "2026-03-10T16:20:08Z",
  "@Brent_Council two mattresses, a fridge and a load of carpet dumped on the corner of Bridge Road and Neasden Lane since Saturday. Fridge door is open and the kids play round there. please can somebody collect",
  2, "Environment", "Fly-tip at an exact location needing collection: route 2; the open fridge is a hazard worth flagging to the crew (ambiguous with 5).", likes=4)
M("noise_flat6", "x", "@flat3_nosleep", None, 47, "2026-10-14T03:55:42Z",
  "@Brent_Council noise team ref NS/88213 - flat above (flat 6, same block, Harlesden Rd) bass music every night until 4am for a month. I've logged it twice. I have work at 7. what happens now",
  2, "Regulatory Services", "Own noise complaint with a reference: route 2 to the noise team.")
M("hb_change", "facebook", "@mariana.costa.uk", "Mariana Costa", None, "2026-09-08T12:12:40Z",
  "Hi, I reported a change in my hours for housing benefit 6 weeks ago, claim ref HB1129934, uploaded my payslips. Nothing has changed and now my landlord says I'm £640 behind. Can someone from benefits look at this please, I'm going to lose the room.",
  2, "Finance", "Own benefit claim with a reference and arrears building: Finance (benefits) to act; threatened homelessness noted but it is a case, not an emergency.", likes=2)
M("extension_enforcement", "facebook", "@harjit.sandhu.9", "Harjit Sandhu", None, "2026-06-15T20:11:03Z",
  "Our neighbour at 12 Sidmouth Road started an extension in March. The approved plans (I looked them up) show single storey, 3m. It's now two storeys and right up to our fence, blocking all the light to our kitchen. Who in planning enforcement do I send photos to? Is there a reference I need?",
  2, "Planning", "Specific breach at an address for planning enforcement to investigate: route 2.", replies=5, likes=8)
M("ctax_romanian", "facebook", "@ionela.popescu.ldn", "Ionela Popescu", None, "2026-03-24T10:30:37Z",
  "Bună ziua, am primit o somație pentru council tax pentru apartamentul din Harlesden, dar m-am mutat la Wembley încă din octombrie și am anunțat atunci online. Număr cont 40392215. Vă rog să verificați, nu vreau să ajung la executori.",
  2, "Finance", "Romanian: 'I received a council tax summons for the Harlesden flat but I moved to Wembley in October and told you online then. Account 40392215. Please check, I don't want it to go to bailiffs.' Own account: route 2.",
  lang="ro")
M("bin_tamil", "x", "@selvi_wembley", "Selvi", 34, "2026-08-18T17:45:20Z",
  "@Brent_Council வணக்கம், 23 Forty Avenue-ல எங்க வீட்டு குப்பைத் தொட்டியை ரெண்டு வாரமா எடுக்கல. தெருவுல மத்த வீடுகள்ல எல்லாம் எடுத்துட்டாங்க. தயவுசெய்து பாருங்க 🙏",
  2, "Environment", "Tamil: 'Hello, our bin at 23 Forty Avenue hasn't been collected for two weeks; every other house on the street was done. Please look into it.' Missed collection at an address: route 2.",
  lang="ta")
M("foi_urdu", "facebook", "@tariq.mahmood.wem", "Tariq M", None, "2026-02-05T12:00:09Z",
  "معلومات کی آزادی کے قانون کے تحت درخواست: براہ کرم بتائیں کہ سال 2025 میں ویمبلی سینٹرل وارڈ میں فلائی ٹپنگ کی کتنی شکایات درج ہوئیں اور کتنے جرمانے (FPN) جاری کیے گئے۔ جواب اس پتے پر بھیجیں: طارق محمود، 27 لینسلاٹ روڈ، ویمبلی HA0 2AN",
  2, "Environment", "Urdu: 'Freedom of Information request: how many fly-tipping complaints were recorded in Wembley Central ward in 2025 and how many fines (FPNs) were issued? Reply to: Tariq Mahmood, 27 Lancelot Road, Wembley HA0 2AN.' Name and address for correspondence given: valid FOI, log via route 2.",
  lang="ur", foi=True, foi_valid=True)
M("foi_busgate", "x", "@praval_w", "Priya Raval", 311, "2026-01-29T20:10:33Z",
  "@Brent_Council FOI request please: number of PCNs issued by the camera at the Harrow Road bus gate in 2025, broken down by month, and the number successfully appealed. Email reply fine, I'll DM the address.",
  2, "Parking", "Request for recorded information; real name visible in the profile, so valid: route 2 to be logged (20 working days).",
  foi=True, foi_valid=True, likes=6)
M("foi_ev_mastodon", "mastodon", "@dfennimore@mastodon.social", "Daniel Fennimore", 530, "2026-05-27T09:14:58Z",
  "Freedom of Information request to Brent Council: please provide the number of on-street EV charge points installed in the borough in each year 2022-2025, and how many are currently out of service. A reply to this account is fine, or I can give an email.",
  2, "Highways", "Recorded information requested under FOI by a requester whose real name is on the profile: valid, route 2 to log.",
  foi=True, foi_valid=True, likes=3, reposts=1)
M("care_assessment_mum", "facebook", "@sandra.okoye.sud", "Sandra Okoye", None, "2026-04-07T22:30:05Z",
  "Waiting since January for my mum's care needs assessment. She's 88, in Sudbury, had a fall before Christmas. I'm doing everything at the moment - shopping, tablets, getting her to the toilet at night - and I'm running on empty. Every time I ring I'm told she's 'on the list'. Can anyone at Brent tell me where she actually is on that list?",
  2, None, "'My mum's care assessment': an own case for adult social care (no listed department) to chase; carer strain is real but mum is supported, so 2 rather than 5 (ambiguous).", replies=7, likes=15)
M("bulky_double", "x", "@bigfamilyalperton", None, 180, "2026-10-01T12:44:29Z",
  "@Brent_Council booked a bulky waste collection (sofa + wardrobe), took £35 twice from my card, booking refs BW-230917 and BW-230918, and nobody turned up on the day. Can I get one refund and a new date please",
  2, "Environment", "Own bookings with references, a double charge and a missed collection: route 2.")
M("biz_rates", "x", "@kilburnbakes", "Kilburn Bakes", 1240, "2026-04-09T10:00:44Z",
  "@Brent_Council our business rates bill for the shop at 201 Kilburn High Rd has gone up 38% overnight and the small business relief we had last year has vanished. Account 700581264. Who can we speak to?",
  2, "Finance", "Own business rates account: Finance to review (check the address is the Brent side of the High Road, not Camden).", likes=9)
M("ten_fete", "facebook", "@stmichaelstokyngton", "St Michael's Church Tokyngton", None, "2026-07-09T11:20:17Z",
  "Hello, we submitted a Temporary Event Notice for our summer fete (Sat 18 July) back in June, ref TEN/26/0733, and haven't heard anything. The fete is in 9 days and we need to know if the bar is OK. Thank you and God bless!",
  2, "Regulatory Services", "Own licensing application with a reference and a deadline: route 2 to licensing.", likes=5)
M("job_app_linkedin", "linkedin", "@olumide-adeyemi", "Olumide Adeyemi", 612, "2026-06-22T08:45:50Z",
  "Applied for the Customer Services Advisor role at Brent Council (ref BRE-01423) five weeks ago and the portal still says 'Application received'. Does anyone know who I can ask about timescales? Would love to work for my home borough.",
  2, "HR", "Own job application with a reference: HR/recruitment to check (ambiguous with 3: timescales may be published).", likes=14)

# ---------------------------------------------------------------- route 3: web team responds
M("tip_bankhol", "x", "@kingsbury_jay", None, 66, "2026-05-23T16:10:21Z",
  "is the abbey road tip open bank holiday monday? got a car full of garden stuff @Brent_Council",
  3, "Environment", "General 'when' question answered by published opening times: web team responds.")
M("spd_bengali", "facebook", "@rokeya.khatun.84", "Rokeya Khatun", None, "2026-03-18T14:00:38Z",
  "আমি শুনেছি একা থাকলে কাউন্সিল ট্যাক্সে ২৫% ছাড় পাওয়া যায়। এটা কি সত্যি? কোথায় আবেদন করতে হয়? ব্রেন্ট কাউন্সিল",
  3, "Finance", "Bengali: 'I heard you get a 25% council tax discount if you live alone. Is that true? Where do I apply? Brent Council.' Is-it-true question with a published answer: signpost the single person discount page.",
  lang="bn")
M("gardenwaste_rumour", "facebook", "@pauline.hart.50", "Pauline Hart", None, "2026-02-20T10:05:12Z",
  "Is it true Brent is scrapping the garden waste collections from April? My neighbour says she read it in a leaflet but I can't find anything. I've just paid for the year!",
  3, "Environment", "A rumour to confirm or correct: simple confusion over a well-understood service, web team responds with the link.", replies=2)
M("permit_500", "x", "@wembleycentralwill", None, 140, "2026-01-02T10:40:57Z",
  "@Brent_Council your parking permit page is throwing 'error 500' every time I hit pay. tried chrome, tried my phone. been like it since this morning",
  3, "Web", "Website fault reported: web team handles it directly.", likes=3)
M("harrow_pool", "x", "@neasden_nat", None, 300, "2026-03-05T18:00:26Z",
  "@Brent_Council when's the Harrow Leisure Centre pool reopening? the website just says 'closed for works'",
  3, None, "Question about another council's facility (Harrow): web team replies pointing to Harrow; no Brent department.")
M("recycling_portuguese", "instagram", "@luana.em.londres", "Luana", 920, "2026-09-03T19:00:48Z",
  "Alguém sabe em que dia recolhem a reciclagem na Ealing Road? Mudei-me agora e não encontro o calendário em lado nenhum 🙏 #Wembley #Brent",
  3, "Environment", "Portuguese: 'Does anyone know which day recycling is collected on Ealing Road? I've just moved and can't find the calendar anywhere.' Answered by the collection-day lookup: route 3.",
  lang="pt", likes=21)
M("library_somali", "facebook", "@faadumo.cali.uk", "Faadumo Cali", None, "2026-10-10T09:30:16Z",
  "Salaan. Maktabadda Willesden Green ma furan tahay maalinta Axadda? Carruurta ayaan u geyn lahaa homework-ka.",
  3, "Libraries", "Somali: 'Hello. Is Willesden Green library open on Sunday? I'd take the children for their homework.' Opening-hours question: route 3.",
  lang="so")
M("foi_logo_pseudo", "x", "@wembleyweasel", "Weasel of Wembley", 1087, "2026-06-30T21:15:03Z",
  "@Brent_Council FOI: how much did you spend on the new logo and 'brand refresh'? Itemised please. Let's see it.",
  3, "Communications", "A genuine request for recorded spend, but from a pseudonymous account with no name or address: invalid FOI, web team explains how to make a valid request.",
  foi=True, foi_valid=False, replies=4, likes=57, reposts=9)
M("foi_initials", "facebook", "@jk.wembleypark", "J K", None, "2026-02-09T11:45:31Z",
  "Freedom of information request - how many parking fines were issued in the Wembley event day zone on stadium event days in 2025, and how much income did they raise? J.K.",
  3, "Parking", "Request for recorded information, signed with initials only and no address: invalid FOI; route 3 to explain what is needed.",
  foi=True, foi_valid=False)
M("foi_gullies_sam", "x", "@queensburysam", "Sam", 74, "2026-09-12T13:20:40Z",
  "@Brent_Council FOI please: the schedule of gully/drain cleaning for Queensbury ward for 2026. Our road floods every time it rains. Thanks, Sam",
  3, "Highways", "'Please provide the schedule' is an FOI request, but a first name alone is not a real name: invalid; route 3 (the gully programme may also be published).",
  foi=True, foi_valid=False, likes=2)
M("reception_deadline", "facebook", "@rebecca.lyons.kr", "Rebecca Lyons", None, "2026-11-02T20:45:11Z",
  "When's the deadline for primary school reception applications for September 2027? Is it still January?",
  3, "Education", "General admissions-deadline question with a published answer: route 3.")
M("streetparty_bsky", "bluesky", "@harlesdenhannah.bsky.social", "Hannah", 410, "2026-06-08T19:30:25Z",
  "Thinking of doing a street party on our road for the World Cup final 🏴 does anyone know if Brent needs you to apply for a road closure and how far ahead?",
  3, "Highways", "How-to question answered by the street party/road closure page: route 3 (department could equally be events).", likes=11)
M("pothole_map_safari", "x", "@mike_fixit", None, 29, "2026-02-27T07:50:18Z",
  "@Brent_Council the 'report a pothole' map doesn't load on iPhone safari, just a grey box. works on laptop. fyi",
  3, "Web", "Website fault: web team.")
M("cpz_letter_bsky", "bluesky", "@lynnedh.bsky.social", "Lynne", 212, "2026-09-21T18:15:09Z",
  "Got a letter through the door saying our road is 'proposed' for a CPZ. Is this actually happening or is it a consultation? Letter doesn't say where to respond @brentcouncil",
  3, "Parking", "Simple confusion about a proposal: signpost to the consultation page (would become 4 if a neighbourhood discussion grew around it).")
M("grad_scheme", "linkedin", "@chidi-okonkwo-grad", "Chidi Okonkwo", 388, "2026-10-19T08:00:52Z",
  "Does anyone know if Brent Council's graduate trainee scheme is opening this year? Last year's page has expired. #LocalGov #graduatejobs",
  3, "HR", "General jobs question plus an expired page: route 3.", likes=6)
M("bin_gujarati", "facebook", "@hansaben.patel.kb", "Hansaben Patel", None, "2026-01-19T11:05:40Z",
  "નમસ્તે, કિંગ્સબરીમાં નવો રિસાયક્લિંગ ડબ્બો ક્યાંથી મળે? અમારો જૂનો ડબ્બો તૂટી ગયો છે.",
  3, "Environment", "Gujarati: 'Hello, where can I get a new recycling bin in Kingsbury? Our old one is broken.' Replacement bins are ordered online: signpost (ambiguous with 2, it is her own bin).",
  lang="gu")
M("yt_glass", "youtube", "@ayeshak_91", None, None, "2026-04-25T15:00:29Z",
  "this video says glass goes in the blue bin but the leaflet we got last month says separate box?? which one is right",
  3, "Environment", "Confusion between two council sources: web team clarifies (and flags the out-of-date material).", likes=4)
M("air_quality_masto", "mastodon", "@neilsharma@mastodon.green", "Neil Sharma", 880, "2026-11-18T10:20:36Z",
  "Does Brent publish its NO2 diffusion tube results anywhere? Looking for the Neasden / North Circular sites for a school project. #Brent #AirQuality",
  3, "Regulatory Services", "Asks where published data is, not for the council to supply records: signpost the air quality annual status report; not an FOI (ambiguous).",
  likes=5, reposts=2)
M("scam_text", "x", "@grandma_joy", "Joy", 38, "2026-03-03T13:10:45Z",
  "got a text saying I owe brent council tax £86 and to pay today thru a link or bailiffs will come. is this real?? I thought I paid by direct debit @Brent_Council",
  3, "Finance", "Is-it-true question about a scam text: web team responds with the scam warning (would be 5 if impersonation were spreading).", likes=3)
# ---------------------------------------------------------------- thread T1: Kensal Rise CPZ consultation (facebook group)
M("t1_root", "facebook", "@jo.whitfield.kr", "Jo Whitfield", None, "2026-02-14T09:15:22Z",
  "Has everyone done the CPZ consultation for Kensal Rise? Closes Sunday 22nd. The proposal is 8.30am-6.30pm Mon-Sat, which seems mad for streets that are half empty in the day. It took me five minutes online. Please do it even if you don't drive - it affects visitors, carers, tradespeople, everyone.",
  4, "Parking", "Neighbourhood discussion of a live consultation: parking officers should join to explain the options (critical but not reputation-threatening).",
  replies=23, likes=48, reposts=12, thread="t1_root")
M("t1_r1", "facebook", "@ben.ashworth.nw10", "Ben Ashworth", None, "2026-02-14T09:41:08Z",
  "Done. Ticked 'other' and said 10-12 only. Does anyone know if they actually read the free-text bit or is it a done deal already?",
  4, "Parking", "Part of the ongoing consultation thread, asking how responses are used: for the service to answer in the conversation.",
  likes=9, reply_to="t1_root", thread="t1_root")
M("t1_r2", "facebook", "@yasmin.q.kensal", "Yasmin Qureshi", None, "2026-02-14T10:02:55Z",
  "When they did Chamberlayne Rd they went with the hours most people asked for, so it's not fixed. But last time barely 15% of households replied. Get your neighbours to do it.",
  4, "Parking", "Continuing discussion of the same scheme among several residents: route 4.",
  likes=14, reply_to="t1_r1", thread="t1_root")
M("t1_popcorn", "facebook", "@tony.b.kr", "Tony B", None, "2026-02-14T11:30:40Z",
  "🍿",
  1, None, "Emoji-only reply, no content: monitor.", reply_to="t1_root", thread="t1_root")
M("t1_carers", "facebook", "@clare.donnelly.leigh", "Clare Donnelly", None, "2026-02-14T12:17:03Z",
  "Slightly off topic but does anyone know if there'd be a permit for Mum's carers? She's at 31 Leigh Gardens and they come 4 times a day, they'd get ticketed every visit",
  3, "Parking", "Inside the CPZ thread, but a general question answered by the published carer-permit rules: route 3 (ambiguous with 2 as it names her mum's address, and with 4 as part of the thread).",
  reply_to="t1_root", thread="t1_root")

# ---------------------------------------------------------------- thread T2: School Street (x)
M("t2_root", "x", "@furnessrd_mum", "Grace", 230, "2026-10-06T08:55:30Z",
  "@Brent_Council the School Street on Furness Rd has been running a month now. Drop-off is calmer at the gate, genuinely, but the traffic has all moved onto Nicoll Rd which has no crossing. Is the trial being reviewed and can parents feed in?",
  4, "Highways", "Ongoing trial scheme with parents and drivers discussing its effects: Highways officers should join the conversation.",
  replies=6, likes=19, reposts=3, thread="t2_root")
M("t2_spanish", "x", "@lucia_nw10", "Lucía", 88, "2026-10-06T09:20:11Z",
  "@furnessrd_mum @Brent_Council Yo también llevo a mis hijos a esa escuela. En la puerta está mucho más tranquilo, pero en Nicoll Road los coches van rapidísimo y no hay paso de cebra. Alguien va a tener un accidente.",
  4, "Highways", "Spanish: 'I take my children to that school too. It's much calmer at the gate, but on Nicoll Road cars go really fast and there's no zebra crossing. Someone is going to have an accident.' Adds to the School Street conversation: route 4.",
  lang="es", likes=5, reply_to="t2_root", thread="t2_root")
M("t2_driver", "x", "@nw10_driver", None, 15, "2026-10-06T12:48:02Z",
  "@furnessrd_mum @Brent_Council easy for you lot. 20 extra minutes every morning going round the houses to get to work now. nobody asked us",
  4, "Highways", "Opposing view in the same scheme discussion: route 4 for the service to engage.",
  likes=2, reply_to="t2_root", thread="t2_root")

# ---------------------------------------------------------------- thread T3: Neasden fly-tipping hotspot (facebook)
M("t3_root", "facebook", "@errol.campbell.neasden", "Errol Campbell", None, "2026-11-09T08:30:17Z",
  "Photos from this morning 📸 The alleyway behind the Neasden Lane shops AGAIN. Sofa, paint tins, six builders' bags. Since the summer it's been every week. At the ward meeting in September we were promised a camera. Anyone from the council on here?",
  4, "Environment", "Recurring hotspot discussed by several neighbours with history (promised camera): Environment officers should join; collection also needed.",
  replies=11, likes=36, reposts=5, thread="t3_root")
M("t3_r1", "facebook", "@priti.shah.nw10", "Priti Shah", None, "2026-11-09T09:05:44Z",
  "The camera went up in October and came down again a fortnight later. I asked why and nobody knew.",
  4, "Environment", "Adds history to the same hotspot conversation: route 4.", likes=12, reply_to="t3_root", thread="t3_root")
M("t3_r2", "facebook", "@dwayne.bennett.84", "Dwayne Bennett", None, "2026-11-09T10:40:29Z",
  "Reported it on the app Tuesday, marked 'completed' the same afternoon. Nothing was moved. I've got the screenshot.",
  4, "Environment", "Within the hotspot thread: a report closed without action, for the service to pick up in the conversation (ambiguous with 2).",
  likes=17, reply_to="t3_root", thread="t3_root")

# ---------------------------------------------------------------- thread T4: missed garden waste, Kenton (x)
M("t4_root", "x", "@rusland_rob", "Rob", 133, "2026-08-04T17:30:41Z",
  "@Brent_Council garden waste not collected on the Kenton side roads (Rusland Ave, Woodgrange Ave) for the second fortnight running. Paid subscribers. Anyone else round here?",
  4, "Environment", "Several residents across neighbouring streets reporting the same missed round: an ongoing service conversation for waste officers (a single address alone would be 2).",
  replies=5, likes=8, thread="t4_root")
M("t4_same", "x", "@woodgrange_wendy", None, 41, "2026-08-04T18:02:19Z",
  "@Brent_Council same here, 2 weeks now.",
  4, "Environment", "In the Kenton thread this confirms the same missed round on another road: part of the ongoing conversation (same text standalone is only a monitor item).",
  likes=1, reply_to="t4_root", thread="t4_root")
M("t4_r2", "x", "@kenton_kev", "Kev", 62, "2026-08-04T19:15:50Z",
  "@rusland_rob @Brent_Council Wolverton Rd too. bins full of grass cuttings in this heat, absolutely humming",
  4, "Environment", "Third street joining the same missed-round conversation: route 4.", likes=3, reply_to="t4_root", thread="t4_root")

# ---------------------------------------------------------------- standalone ongoing conversations
M("churchend_regen", "facebook", "@churchendtra", "Church End Tenants & Residents Association", None, "2026-03-07T11:00:05Z",
  "Following on from Thursday's meeting at the community centre about the Church End regeneration - thank you to everyone who came (over 80 of you!). We still have no answer on two things: will existing secure tenants keep their tenancy terms in the new blocks, and what happens to leaseholders in Phase 2? Officers said they'd come back to us. We'll keep this thread updated - please add your questions below.",
  4, "Housing", "A community group's running discussion of a regeneration scheme, picking up from a meeting: Housing/regeneration officers should join (ambiguous with 5 if it turns into a campaign).",
  replies=0, likes=44, reposts=9)
M("alperton_tower", "facebook", "@savealpertonskyline", "Save Alperton's Skyline", None, "2026-07-28T19:00:33Z",
  "Update #3 on 25/2146 (the 21-storey tower on Ealing Road by the canal). Objections close Friday. So far people have raised: no affordable family homes, overshadowing Mount Pleasant, no extra GP capacity, and the canal towpath. If you've already objected, thank you - if you haven't, the planning portal link is in the comments.",
  4, "Planning", "Ongoing residents' campaign on a live planning application ('Update #3'): Planning officers can join to explain process; critical but not yet reputation-threatening.",
  replies=0, likes=71, reposts=26)

# ---------------------------------------------------------------- thread T8 reply and route 1 items
M("t8_rt", "x", "@mandy_k_w", None, 45, "2026-08-25T10:12:07Z",
  "@nw10_noticed @Brent_Council RT everyone 👇 this needs to be seen",
  1, None, "Amplifying a post already escalated, nothing new: monitor.", reply_to="viral_recycling", thread="viral_recycling")
M("crude_rss", "rss", "@oilmarkets_feed", "Oil Markets Daily", None, "2026-01-13T11:45:00Z",
  "Brent crude slips below $68 as OPEC+ signals further output increases - Brent crude futures fell 1.4% to $67.80 a barrel by 11:30 GMT on Tuesday, while U.S. West Texas Intermediate lost 1.2%...",
  1, None, "Keyword noise: Brent crude oil prices.")
M("brentcross", "x", "@mill_hill_mo", None, 110, "2025-12-20T14:20:39Z",
  "Brent Cross car park is an absolute zoo today, everyone doing their Christmas shopping at once. avoid avoid avoid",
  1, None, "Keyword noise: Brent Cross (Barnet).", likes=6)
M("brentford_fc", "x", "@beesforlife", "Bees For Life", 870, "2026-03-21T22:05:14Z",
  "BRENTFORD AWAY END WAS BOUNCING 🐝🐝🐝 what a night",
  1, None, "Keyword noise: Brentford FC.", likes=54, reposts=3)
M("bday_brent", "instagram", "@marisol.fam", "Marisol", 640, "2026-06-14T10:10:30Z",
  "happy 10th birthday to our Brent 💙🎂 my little footballer",
  1, None, "Keyword noise: a child called Brent.", likes=88)
M("david_brent", "bluesky", "@officebanter.bsky.social", None, 45, "2026-09-09T13:40:57Z",
  "manager did the full David Brent at the all-staff today, guitar and everything. I've never wanted the floor to swallow me more",
  1, None, "Keyword noise: David Brent.", likes=7)
M("storm_thanks", "facebook", "@denise.morgan.nw2", "Denise Morgan", None, "2026-11-08T15:00:21Z",
  "Just want to say a massive thank you to the Brent crew who were out at 7am this morning clearing the fallen tree on Mapesbury Road after the wind last night. Lovely lads, even moved my bins back. Credit where it's due!",
  1, "Environment", "Praise, no request: monitor (could be shared with the service).", likes=29)
M("rhymetime", "instagram", "@tiny_kilburnite", None, 310, "2026-05-05T11:30:12Z",
  "rhyme time at kilburn library is genuinely the highlight of our week 🥹 thank you to the lovely lady with the ukulele",
  1, "Libraries", "Praise: monitor.", likes=42)
M("diwali_hindi", "facebook", "@sunita.agarwal.wem", "Sunita Agarwal", None, "2026-11-09T08:10:44Z",
  "कल रात ब्रेंट काउंसिल का दिवाली कार्यक्रम शानदार था! बच्चों को रोशनी और आतिशबाज़ी बहुत पसंद आई। धन्यवाद 🪔✨",
  1, "Communications", "Hindi: 'Brent Council's Diwali event last night was wonderful! The children loved the lights and fireworks. Thank you.' Praise: monitor.",
  lang="hi", likes=17)
for created in ("2026-02-02T21:10:09Z", "2026-02-02T21:11:30Z"):
    M("clowns_" + created[14:16], "x", "@realtalk_nw", None, 58, created,
      "brent council are clowns 🤡🤡🤡 every single one of them",
      1, None, "Low-reach abuse with no substance (posted twice): monitor.")
for created in ("2026-05-30T04:02:11Z", "2026-06-01T04:02:09Z"):
    M("spam_" + created[8:10], "x", "@growfast_social", None, 3, created,
      "@Brent_Council 🚀 Want more engagement? 5,000 REAL followers for just £9.99!! DM us now 💯 #growth",
      1, None, "Spam (repeated by a bot account): monitor, no action.")
M("vote_out", "x", "@kingsbury_voter", None, 301, "2026-04-28T07:30:48Z",
  "Years of this lot running Brent. Potholes, bin chaos, council tax up again. On 7 May vote them OUT. #BrentElections",
  1, None, "Party-political campaigning by an ordinary low-reach account, no case: monitor and stay politically neutral.", likes=23, reposts=6)
M("resurfaced_sarcasm", "x", "@harlesden_harry", None, 340, "2026-07-16T17:22:35Z",
  "love that Brent resurfaced our road on monday and thames water dug a massive hole in it on wednesday. the circle of life 🙃",
  1, "Highways", "Sarcastic moan with no request or location detail: monitor (ambiguous with 3 if the utility works coordination is questioned).", likes=38, reposts=4)
M("bins_again", "x", "@bins_again_bro", None, 12, "2026-06-24T07:05:03Z",
  "bins?? again",
  1, "Environment", "Two-word moan, no address, no case: monitor (ambiguous with 2: could be a missed collection if they follow up).")
M("cupfinal_flowers", "x", "@JordanEllisTV", "Jordan Ellis", 184000, "2026-05-16T13:05:26Z",
  "Wembley in the sunshine before the Cup final, nothing like it. Whoever did the flower planters on Olympic Way, take a bow 🌸",
  1, None, "Very large account but a friendly remark of no consequence: monitor.", verified=True, likes=2900, reposts=140)
M("new_job_planner", "linkedin", "@aisha-mensah-rtpi", "Aisha Mensah", 1450, "2026-01-05T09:00:14Z",
  "Delighted to share that I've started a new position as Senior Planning Officer at Brent Council! Looking forward to working in one of London's most diverse boroughs. #NewJob #Planning #LocalGov",
  1, None, "Staff career news, no issue: monitor.", likes=210)
M("yt_drone", "youtube", "@kenny_k_", None, None, "2026-08-30T20:40:33Z",
  "came for the parking zones, stayed for the drone shot of the arch 😂",
  1, None, "Light comment on an event-day video: monitor.", likes=6)
M("welsh_harp", "instagram", "@welshharpwalks", "Welsh Harp Walks", 2200, "2026-09-26T18:55:02Z",
  "golden hour at the Welsh Harp 😍 herons everywhere tonight #brent #london #welshharp",
  1, None, "Chatter: monitor.", likes=311)
M("consultants_jibe", "x", "@stonebridge_sis", None, 240, "2026-03-26T20:33:51Z",
  "wonder how much they paid the consultants to tell us the new bins are 'a success' lol. bet it's more than my rent",
  1, "Environment", "Rhetorical jibe, not a request for information: not an FOI, monitor.", likes=19)
M("capital_ring", "mastodon", "@kilburnwalker@mastodon.online", "Kilburn Walker", 640, "2026-04-11T15:15:07Z",
  "New post: walking the Capital Ring section through Brent - Welsh Harp to Fryent Country Park, with more hills than you'd think. Photos and map on the blog.",
  1, None, "Blogger chatter: monitor.", likes=22, reposts=5)
M("budget_rss", "rss", "@wembleyobserver_feed", "Wembley Observer", None, "2026-02-17T16:30:00Z",
  "Brent cabinet agrees 2026/27 budget with 4.99% council tax rise - Brent's cabinet has approved its budget for 2026/27, including a 4.99% rise in council tax, the maximum allowed without a referendum. The council says it must find £14m of savings over two years...",
  1, "Finance", "Neutral news report of a published decision: monitor (ambiguous with 5 - media coverage, but nothing critical to answer).")
M("same_here_standalone", "x", "@harl_pete", None, 19, "2026-05-12T12:00:48Z",
  "@Brent_Council same here, 2 weeks now.",
  1, None, "Standalone with no thread, service or address to attach it to: nothing actionable, monitor (same words inside the Kenton thread are route 4).")
M("lollipop_rip", "facebook", "@mitchellbrookparents", "Mitchell Brook Primary Parents", None, "2026-03-16T16:45:19Z",
  "RIP Tony, our lollipop man on Church Road for 20 years. Never missed a morning, knew every child's name. The school is collecting for flowers and a card for his wife, details in the office. Brent has lost a good one 💛",
  1, None, "Sympathy for a much-loved crossing patrol who has died, no controversy or failing alleged: monitor (ambiguous with 5 - comms may wish to pay tribute).", likes=156)

assert len(ITEMS) == 110, len(ITEMS)

# ids and serialisation
keys = {}
for it in ITEMS:
    assert it["key"] not in keys, it["key"]
    it["pid"] = _pid(it["platform"])
    keys[it["key"]] = it["pid"]

rng = random.Random(92468)
order = ITEMS[:]
rng.shuffle(order)
# keep every reply after its parent: defer replies until the parent is out
out, emitted, pending = [], set(), []
for it in order:
    pending.append(it)
    progress = True
    while progress:
        progress = False
        for p in list(pending):
            if p["reply_to"] is None or keys[p["reply_to"]] in emitted:
                out.append(p); emitted.add(p["pid"]); pending.remove(p); progress = True
assert not pending

with open(OUT, "w", encoding="utf-8") as f:
    for it in out:
        d = {
            "platform": it["platform"], "platform_id": it["pid"], "author_handle": it["handle"],
            "author_name": it["name"], "author_followers": it["followers"], "author_verified": it["verified"],
            "text": it["text"], "created_at": it["created"],
            "reply_to_id": keys[it["reply_to"]] if it["reply_to"] else None,
            "thread_id": keys[it["thread"]] if it["thread"] else None,
            "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"], "language": None,
            "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"],
                      "foi_valid": it["foi_valid"] if it["foi"] else None,
                      "escalate_reason": it["esc"], "reason": it["reason"], "language": it["lang"]},
            "provenance": "written",
        }
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", len(out), "to", OUT)
