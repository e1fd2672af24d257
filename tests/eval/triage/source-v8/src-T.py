#!/usr/bin/env python3
"""Writer T: hand-written labelled mentions for eval set v8. Run: python3 src-T.py -> part-T.jsonl"""
import json, random, os, string
random.seed(83462)
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "83462"
ITEMS = []

def m(key, platform, handle, name, followers, date, text, route, dept, reason, lang="en", hour=None,
      verified=False, foi=False, fv=None, esc=None, parent=None, likes=None, reposts=None, replies=None):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers, date=date,
                      text=text, route=route, dept=dept, reason=reason, lang=lang, hour=hour, verified=verified,
                      foi=foi, fv=fv, esc=esc, parent=parent, likes=likes, reposts=reposts, replies=replies))

# ---------------------------------------------------------------- route 5: escalate
m("e_flood", "x", "@monkspark_mo", "Mo", 84, "2026-01-18", "water coming up through the drains on Monks Park and now its INSIDE, about 3 inches in the hall. the lady upstairs at 14 is 90 and cant do stairs, her carer cant get down the road. who do we even ring at this hour @Brent_Council",
  5, "Emergency Planning", "Flood entering homes with a 90-year-old who cannot move: risk to life, escalate whatever the follower count (§8 rule 1).", hour=1, esc="risk_to_life")
m("e_child", "x", "@jaylen_x0", None, 231, "2026-01-27", "not being funny but the kid in the flat opposite (cant be more than 5) has been out on the balcony on his own since like 7am, no coat, its freezing. been the same most days this week and nobody answers the door",
  5, None, "Young child repeatedly left alone outside in the cold: a child possibly in danger, escalate; children's social care is not one of the 14 departments.", hour=9, esc="safeguarding_child")
m("e_arabic", "facebook", "@umm.yousef.nw10", "Umm Yousef", None, "2026-02-09", "جارتي المسنّة في الطابق الثاني ما فتحت الباب من أربعة أيام، والرسائل متكدسة قدام باب شقتها. هي عايشة لوحدها في هاي رود في ويلزدن. دقيت الجرس أكثر من مرة وما في رد. مين لازم أكلم؟",
  5, None, "Arabic: 'My elderly neighbour on the second floor hasn't opened the door for four days, post piled up at her door; she lives alone on High Road, Willesden; I rang many times, no answer; who should I call?' Someone not seen for days: possible risk to life, escalate.", lang="ar", hour=19, esc="welfare_not_seen")
m("e_rough", "x", "@harlesden_hattie", "Hattie", 412, "2025-12-14", "there's an old fella been lying in the doorway of the old Barclays on Harlesden high st since yesterday lunchtime, didnt move when i said morning to him today. -4 tonight apparently. does @Brent_Council have an outreach lot",
  5, "Housing", "Rough sleeper unresponsive in sub-zero weather: someone at risk, escalate (outreach sits with housing/homelessness).", hour=8, esc="rough_sleeper_at_risk")
m("c_ctax_bailiff", "x", "@kemi_a_90", "Kemi", 57, "2026-02-16", "@Brent_Council ive rung 4 times about my council tax. account 31884207. agreed a payment plan in January and now i've got an enforcement agent letter saying £1,240 plus fees. im on universal credit, i've been paying what we agreed",
  2, "Finance", "Own case with an account number: needs an officer to check the arrangement and the enforcement referral, 'a person requiring customer services'.", hour=11, replies=1)
m("e_selfharm", "x", "@kemi_a_90", "Kemi", 57, "2026-02-16", "forget it. honestly cant do this anymore, everything is on top of me. might be easier for everyone if i just wasnt here",
  5, "Finance", "Reply in her own council tax thread with a self-harm cue ('easier for everyone if i just wasnt here'): person may be at risk, escalate regardless of 57 followers; the thread context (enforcement) matters.", hour=14, esc="self_harm", parent="c_ctax_bailiff")
m("e_death", "facebook", "@marcia.thompson.7", "Marcia Thompson", None, "2026-03-05", "My brother passed away on Tuesday in his flat on the Church End estate. He reported the mould in his bedroom to Brent Council for TWO YEARS, I have every email. His chest was bad all winter. The coroner is involved now.\n\nI don't want a standard reply. I want someone from Brent to sit down with my family and explain why nobody came.",
  5, "Housing", "A death linked by the family to unrepaired damp and mould: controversial and dangerous, 'ability to impact on our reputation', escalate to communications with the housing lead.", hour=21, esc="death")
m("e_breach", "x", "@r_desai_", "Rahul Desai", 318, "2026-04-22", "erm @Brent_Council the email about my housing benefit review had a spreadsheet attached with what looks like 200 other peoples names, addresses and NI numbers?? I closed it straight away but that's really not ok",
  5, "Finance", "Personal data of other claimants sent to a resident: data breach, escalate (DPO and communications).", hour=10, esc="data_breach")
m("e_farsi", "instagram", "@neda.k.london", "Neda K", 640, "2026-05-12", "امروز توی سیویک سنتر برنت، کارمند پذیرش با مادرم که روسری داشت خیلی بی‌ادبانه برخورد کرد و گفت «اینجا ایران نیست، انگلیسی حرف بزن». مادرم گریه‌اش گرفت. این رفتار قابل قبول نیست. @brentcouncil",
  5, None, "Farsi: 'Today at Brent Civic Centre the reception officer was very rude to my mother, who wears a headscarf, and said \"this isn't Iran, speak English\". My mother cried. This is not acceptable.' Discrimination by staff: escalate. Department null (front-of-house, not a listed service); arguably HR.", lang="fa", hour=17, esc="discrimination_by_staff")
m("e_threat", "x", "@vanman_dk", None, 96, "2026-06-03", "the parking warden who does Ealing Road every morning, the bald one. tell him next time he puts a ticket on my van while im unloading hes going in the canal. had enough of it",
  5, "Parking", "Threat to a named-by-description member of staff: escalate regardless of reach (abuse with a threat is not 'no consequence').", hour=7, esc="threat_to_staff")
m("e_legal", "facebook", "@tunde.bakare.kenton", "Tunde Bakare", None, "2026-03-19", "Final notice to Brent Council. I have instructed solicitors about the disrepair at 7 Kenmore Court. Their pre-action letter went out last week. 14 months with a collapsed bathroom ceiling and a bucket in the hall. See you in court.",
  5, "Housing", "Legal action threatened over disrepair: legal threat, escalate (communications and housing/legal), even though it is also an own case.", hour=20, esc="legal_threat")
m("e_misconduct", "x", "@dudden_hill_watch", "DHL Residents", 1120, "2026-07-08", "funny how the HMO on Dudden Hill Lane got waved through when the planning officer on it plays five-a-side with the developer every thursday. i've got photos. @Brent_Council who do i send them to",
  5, "Planning", "Alleged misconduct / conflict of interest by a planning officer: controversial, reputational, escalate.", hour=22, esc="alleged_misconduct")
m("e_journo", "x", "@aisha_reports", "Aisha Rahman", 212, "2026-04-09", "Hi @Brent_Council - Aisha from the Harrow & Brent Observer here (new account!). Could your press office confirm whether the Kilburn Square repairs contract is being re-tendered? Writing it up for Friday. Thanks",
  5, "Communications", "Journalist naming her outlet with a polite media enquiry: escalate to communications whatever the follower count (§8: journalists 'even politely'). Service lead would be Housing.", hour=12, esc="media_enquiry")
m("e_journo_foi", "x", "@dokafor_ldr", "Daniel Okafor", 2890, "2026-09-15", "@Brent_Council FOI request please: how much did the council spend on agency and interim staff in 2024/25, broken down by directorate? Response to the email in my bio. Thanks, Daniel (local democracy reporter)",
  5, "HR", "Valid FOI (real name in profile and post) but from a journalist: per §8 'a journalist's request is 5'; communications to be told, FOI clock starts.", hour=9, foi=True, fv=True, esc="journalist_foi")
m("e_mp", "x", "@HannahKerrMP", "Hannah Kerr MP", 38400, "2026-02-02", "I have written to @Brent_Council's chief executive today about families from my constituency placed in a single hotel room in Wembley for over a year, some with three children. This is not acceptable. My letter below ⬇️",
  5, "Housing", "MP speaking publicly about temporary accommodation: highly influential commentator on a council matter, escalate to communications and housing lead.", verified=True, hour=15, esc="mp", likes=610, reposts=240)
m("e_cllr", "x", "@CllrFinnKG", "Cllr Finn O'Connell", 1870, "2025-12-10", "Ward cllr for Kensal Green here. Third week running the blue bins on Mortimer Rd haven't been emptied. Officers have had the list of addresses from me since the 1st. Residents deserve better than this @Brent_Council",
  5, "Environment", "A councillor publicly criticising a service: influential author on a council matter, escalate (service lead and comms), even though the underlying issue is missed collections.", hour=18, esc="councillor")
m("e_candidate", "facebook", "@priyesh.for.alperton", "Priyesh Lad – Independent for Alperton", None, "2026-04-11", "I'm standing as an independent in Alperton on 7 May. Walked Ealing Road this morning with residents and shopkeepers — the potholes outside the temple are a disgrace and Brent has had two years to sort them. Share if you agree 👇",
  5, "Highways", "Election candidate criticising the council on a service matter in the pre-election period: escalate (candidate; political sensitivity).", hour=13, esc="candidate")
m("e_influencer", "instagram", "@wembleyeats.tv", "Wembley Eats", 480000, "2026-06-21", "Got a £130 fine for parking on a street that had NO SIGNS two hours before the stadium gig. Brent Council you are actually running a scam on event days 😤 who else got one?? drop it below 👇",
  5, "Parking", "Very large account (480k) accusing the council of a 'scam': highly influential commentator, reputational, escalate.", hour=23, esc="influential_account", likes=21400, replies=1870)
m("e_viral", "x", "@pound_lane_pete", "Pete", 1900, "2026-08-04", "This video of @Brent_Council's contractor tipping the recycling bins straight into the same lorry as the black bags on Pound Lane is on 180k views now. So what's the point of us sorting it??",
  5, "Environment", "Video going viral against a service: 'a more controversial issue ... more likely to impact more widely on the council's reputation', escalate.", hour=16, esc="viral_video", likes=4300, reposts=2100)
m("e_concrete", "x", "@stonebridge_shan", "Shanice", 143, "2026-03-28", "chunks of concrete keep dropping off the balcony above the play area on our block in Stonebridge, one missed my son by about a foot today. a bit of tape round it is not a fix",
  5, "Housing", "Falling concrete near a children's play area that nearly hit a child: structural danger, risk to life, escalate.", hour=17, esc="structural_danger")
m("e_crowd", "x", "@lils_gigs", None, 388, "2026-07-11", "OLYMPIC WAY IS RAMMED people cant move at all, theyve shut the gates at wembley park station and everyone is being pushed towards the steps. someones going to get hurt",
  5, "Emergency Planning", "Crowd crush risk on an event day: risk to life, escalate immediately (emergency planning / event safety).", hour=22, esc="crowd_safety")
m("e_fire", "facebook", "@grace.o.granville", "Grace Owusu", None, "2026-01-08", "Fire door on the 9th floor of our block (Granville) has been wedged open with an old fridge for a month and the smoke alarm in the corridor beeps then stops. After Grenfell you'd think someone would care. Brent Council?",
  5, "Housing", "Fire safety failure in a residential block: dangerous and controversial (Grenfell), escalate.", hour=20, esc="fire_safety")
m("e_poll", "x", "@flat3b_nw6", None, 61, "2026-04-20", "got our poll cards through today, there's 4 for people who moved out of this flat in 2019. could literally walk in and vote as them lol. is that how its meant to work??",
  5, None, "Electoral integrity concern (poll cards for former occupants) in the pre-election period: escalate; elections are not one of the 14 departments.", hour=19, esc="electoral_integrity")
m("e_somali", "facebook", "@faadumo.harlesden", "Faadumo Ali", None, "2026-02-24", "Hooyaday waa 78 jir, daryeelayaashii guriga u iman jiray saddex maalmood kama iman. Cunto iyo daawo midna ma qaadan. Waxay ku nooshahay Harlesden keligeed. Fadlan yaa wax ka qaban kara? Brent Council",
  5, None, "Somali: 'My mother is 78; the home carers haven't come for three days. She hasn't had food or medicine. She lives alone in Harlesden. Please, who can help?' Vulnerable adult without care: safeguarding, escalate; adult social care is not a listed department.", lang="so", hour=8, esc="safeguarding_adult")
m("e_polish_co", "x", "@kasia_w_nw10", "Kasia W", 109, "2025-12-29", "Od tygodnia wszyscy w domu mamy bóle głowy, a czujnik czadu w kuchni co chwilę piszczy. Zgłaszaliśmy piec do Brent Housing dwa razy, nikt nie przyszedł. Dzieci tu śpią. Co mamy robić?? @Brent_Council",
  5, "Housing", "Polish: 'For a week everyone at home has headaches and the carbon monoxide alarm in the kitchen keeps beeping. We reported the boiler to Brent Housing twice, nobody came. The children sleep here. What should we do??' Possible CO poisoning: risk to life, escalate (and tell them to leave and call the gas emergency line).", lang="pl", hour=21, esc="risk_to_life")

# ---------------------------------------------------------------- route 2: customer services
BIN_TXT = "@Brent_Council grey bin missed AGAIN at 22 Crest Road NW2. thats 3 weeks out of the last 5. the foxes are having a party"
m("c_bin1", "x", "@crestroad_carol", "Carol", 77, "2026-05-19", BIN_TXT, 2, "Environment", "'My bin' with an address: own case, pass to waste services.", hour=10)
m("c_bin2", "x", "@crestroad_carol", "Carol", 77, "2026-05-21", BIN_TXT, 2, "Environment", "Exact repeat of her earlier post two days later: same own case, same label.", hour=8)
m("c_pcn", "x", "@nikhil_drives", "Nikhil", 203, "2026-01-13", "PCN BJ4471902A on Harrow Rd for 'parked in a restricted bay'. I was LOADING for 6 mins and it's literally a loading bay!! appealed online 3 weeks ago and heard nothing @Brent_Council",
  2, "Parking", "PCN number and an appeal outstanding: own case needing records looked up.", hour=13)
m("c_ctax_move", "facebook", "@leanne.m.kenton", "Leanne Mahoney", None, "2025-12-03", "Hi, I moved out of 45 Bridge Road in August and told you online the same day. I've now had a bill for Sept–March on the old address AND a new one for my flat in Kenton. Account number 60027145.\n\nI've tried the phone line three times and got cut off after 40 minutes every time. I'm not paying twice. Can someone please actually look at this before it goes to enforcement.",
  2, "Finance", "Council tax account number and a move: own case, needs Finance to correct records.", hour=19)
m("c_boiler", "x", "@elmcourt12", None, 35, "2026-01-21", "no heating or hot water since friday, job ref 4412987. told an engineer would come monday, its wednesday. 2 kids under 4. flat 12 Elm Court",
  2, "Housing", "Urgent repair with a job ref and address: own case for housing repairs. Ambiguous with 5 (young children without heating in January) but no danger described beyond the outage.", hour=7)
m("c_mould", "x", "@b_osei_", "Ben Osei", 150, "2026-02-11", "the mould is back in the bathroom since they 'treated' it in november. case ref HSG/22981. can someone come and look properly this time please",
  2, "Housing", "Case reference for a damp and mould repair: own case.", hour=18)
m("c_permit", "x", "@zoneHY_jo", "Jo", 48, "2026-03-09", "paid for my resident permit on the 3rd, still says 'pending' and now i've got a warning notice on the windscreen. zone HY, reg ends 4KX @Brent_Council",
  2, "Parking", "Own permit application stuck: needs Parking to check the record.", hour=8)
m("c_tyre", "facebook", "@gary.whelan.dh", "Gary Whelan", None, "2026-02-05", "Hit a massive pothole on Dollis Hill Lane by the bus stop last night, tyre's split and the alloy is bent. £340. How do I claim and who do I send the photos to?",
  2, "Highways", "Own damage claim for a specific pothole: customer services (claim + defect report). Ambiguous with 3 (the claim process is published).", hour=9)
m("c_flytip_shop", "x", "@tubbs_news_raj", "Raj – Tubbs Rd News", 520, "2026-06-15", "im the newsagent at 104 Tubbs Road. mattress, 2 fridges and a sofa dumped in the alley behind us since the weekend, customers have to walk round it 📸 can someone come get it",
  2, "Environment", "Business owner reporting a fly-tip at a precise location: needs an officer to act.", hour=7)
m("c_library", "x", "@reads_in_kilburn", None, 66, "2025-12-17", "my library card says blocked for a £4.20 fine on a book i gave back in september at Kilburn library. card number ends 0931. not paying for a book that's on your shelf",
  2, "Libraries", "Own library account with card digits: records need checking.", hour=16)
m("c_school", "facebook", "@yasmin.h.qp", "Yasmin Hussein", None, "2026-03-16", "My son didn't get any of our 6 choices and has been given a school two buses away in Kingsbury. We live in Queens Park. We sent the appeal form on 10 March and have had no acknowledgement at all. Application ref BRE2026-11873. Who is dealing with this?",
  2, "Education", "Own admissions appeal with a reference: customer services / admissions.", hour=21)
m("c_hb", "x", "@sam_k_wembley", "Sam", 122, "2026-05-06", "housing benefit claim sent 6 weeks ago, uploaded payslips twice, landlord now on about a section 21. claim ref 2209-117 @Brent_Council",
  2, "Finance", "Own benefit claim with a reference; eviction risk raises urgency but it remains a case for Finance (ambiguous with 5 only if homelessness imminent).", hour=12)
m("c_noise", "x", "@nightshift_nurse_d", None, 89, "2026-08-19", "music from the house at 3 Wrottesley Rd every night til 4am for a week now. reported online ref NS-50213 nobody came. i have work at 7",
  2, "Regulatory Services", "Noise nuisance with an address and a reference: own case for the noise team.", hour=3)
m("c_planning_enf", "facebook", "@helen.fraser.nw2", "Helen Fraser", None, "2026-07-02", "Next door at 29 Sherrick Green Road are building a two-storey extension right up to my fence and there's no planning notice anywhere. I checked the planning portal and there's nothing for the address. Who do I report this to so someone actually comes out?",
  2, "Planning", "Specific suspected breach at an address: planning enforcement needs to act.", hour=10)
m("c_foi_valid", "x", "@priya_m_brent", "Priya Mistry", 540, "2026-10-06", "@Brent_Council Under FOI please provide the number of fixed penalty notices issued for fly-tipping in Brent in each of 2023, 2024 and 2025, and how many were paid.",
  2, "Environment", "FOI for recorded information; real name visible in profile so valid: log with customer services (FOI team), 20 working days.", hour=14, foi=True, fv=True)
m("c_foi_signed", "facebook", "@harlesden.joe", "Joe A", None, "2026-06-29", "Freedom of Information request.\nPlease send me (1) the current street cleansing schedule for Harlesden ward and (2) the number of street cleansing complaints recorded for Craven Park Road in 2025.\nReply by post please to: Joseph Adeyemi, 14 Nicoll Road, London NW10.",
  2, "Environment", "FOI with full name and an address for correspondence in the post, so valid despite the profile name 'Joe A': log via customer services.", hour=11, foi=True, fv=True)
m("c_job", "linkedin", "@sophie-lin-mrtpi", "Sophie Lin MRTPI", 870, "2026-09-02", "Applied for Senior Planning Officer (ref BRE-PL-0457) on the Brent Council careers portal — it crashed on submit and now says 'application already exists', but I never got a confirmation email. Closing date is tomorrow. Could someone in recruitment check my application went through?",
  2, "HR", "Own job application with a vacancy reference: HR/recruitment needs to check the record.", hour=18)
m("c_bluebadge", "x", "@dee_for_mum", None, 44, "2026-02-19", "my mum's blue badge renewal went in in January, hers ran out last week and she can't get to her dialysis without it. reference BB-31290. please can someone chase",
  2, "Parking", "Own blue badge application with a reference; urgent for a vulnerable person but a service case, not a risk event (ambiguous with 5).", hour=15)
m("c_gujarati", "facebook", "@hansa.patel.kenton", "Hansa Patel", None, "2026-04-14", "મારા કાઉન્સિલ ટેક્સ બિલમાં સિંગલ પર્સન ડિસ્કાઉન્ટ નથી. મારા પતિ ગયા વર્ષે ગુજરી ગયા, હવે હું એકલી રહું છું. એકાઉન્ટ નંબર 60113382. મહેરબાની કરીને જોઈ લેજો 🙏",
  2, "Finance", "Gujarati: 'My council tax bill has no single person discount. My husband passed away last year and I now live alone. Account number 60113382. Please check.' Own account case; the bereavement is not a controversial death.", lang="gu", hour=11)
m("c_romanian", "x", "@andrei_ealingrd", "Andrei", 73, "2026-08-26", "Bună ziua, gunoiul de la Ealing Road nr. 212 nu a mai fost ridicat de două săptămâni. Am sunat deja, am referința 88301. Miroase îngrozitor și au apărut șobolanii. @Brent_Council",
  2, "Environment", "Romanian: 'Hello, the rubbish at 212 Ealing Road hasn't been collected for two weeks. I've already called, reference 88301. It smells terrible and rats have appeared.' Own case with address and ref.", lang="ro", hour=9)
m("c_polish_pcn", "facebook", "@tomasz.nowak.wembley", "Tomasz Nowak", None, "2026-10-13", "Dostałem mandat PCN BJ5530217C na Church Road, ale parking był opłacony w aplikacji RingGo, mam screena. Jak to odwołać? Strona po angielsku jest dla mnie trudna.",
  2, "Parking", "Polish: 'I got PCN BJ5530217C on Church Road but the parking was paid in the RingGo app, I have a screenshot. How do I appeal? The English website is hard for me.' Own PCN: customer services (with help in Polish).", lang="pl", hour=20)
m("c_portuguese_foi", "x", "@marianacosta_ldn", "Mariana Costa", 260, "2026-11-03", "@Brent_Council Pedido ao abrigo da Freedom of Information Act: quantas queixas de bolor e humidade em habitações do município foram registadas em 2025 e quantas foram resolvidas em 14 dias? Obrigada, Mariana Costa",
  2, "Housing", "Portuguese: 'Request under the FOI Act: how many damp and mould complaints in council homes were recorded in 2025 and how many were resolved within 14 days? Thanks, Mariana Costa.' Real name in profile and post: valid FOI, log via customer services.", lang="pt", hour=10, foi=True, fv=True)
m("c_bengali", "facebook", "@rahima.begum.kilburn", "Rahima Begum", None, "2025-12-08", "আমাদের ফ্ল্যাটে (৩৩ কার্লটন হাউস, কিলবার্ন) জানালা দিয়ে বৃষ্টির পানি ঢুকছে, তিনবার রিপোর্ট করেছি। রেফারেন্স 551209। এখনো কেউ আসেনি। বাচ্চাদের ঘরের দেয়াল ভিজে গেছে।",
  2, "Housing", "Bengali: 'In our flat (33 Carlton House, Kilburn) rainwater is coming in through the window; reported three times, reference 551209; nobody has come yet; the wall in the children's room is soaked.' Own repair case.", lang="bn", hour=22)
m("c_garden", "mastodon", "@ruth_salmonst@mastodon.social", "Ruth", 190, "2026-04-28", "@brentcouncil Hi, garden waste subscription renewed 2 Feb (ref GW-20931) but the brown bin has a 'not subscribed' sticker and wasn't emptied today. 18 Salmon Street NW9. Could someone update the record?",
  2, "Environment", "Own subscription with ref and address: records need correcting.", hour=15)
m("c_pothole_abuse", "x", "@harrowrd_rant", None, 130, "2026-01-30", "you useless lot, pothole on Harrow Rd outside number 310 has been there since xmas, nearly came off my bike twice. FIX IT you muppets",
  2, "Highways", "Abusive but with substance: a specific defect at an address that an officer must inspect, so customer services rather than monitor.", hour=8)

# ---------------------------------------------------------------- route 3: web team responds
m("w_xmas", "x", "@nw10_nadia", "Nadia", 302, "2025-12-19", "what day is the bin collection moved to over christmas? normally tuesday, NW10",
  3, "Environment", "General question answered by the published holiday collection calendar: signpost.", hour=12)
m("w_visitor", "facebook", "@denise.clarke.57", "Denise Clarke", None, "2026-03-02", "How do I get a visitor parking permit for my mum, she's coming to stay for 2 weeks? Do I do it online or do I have to come in?",
  3, "Parking", "'How do I' with no case yet: signpost to visitor permits page.", hour=17)
m("w_502", "x", "@fatima_z_codes", "Fatima Z", 1420, "2026-02-02", "@Brent_Council your pay council tax page just throws 'Error 502 Bad Gateway' on mobile and desktop, tried 3 times since 8am, payment due today",
  3, "Web", "Fault on the council website: web team responds directly (§8 rule 3).", hour=9)
m("w_library_rumour", "x", "@whatsapp_auntie", None, 38, "2026-03-23", "is it true Willesden Green library is closing on sundays from april? saw it on the family whatsapp",
  3, "Libraries", "'Is it true' confusion answerable from published opening hours: web team responds.", hour=20)
m("w_harrow", "x", "@stanmore_steve", "Steve", 215, "2026-01-09", "@Brent_Council the pothole on Station Road opposite Harrow Civic Centre has been there months now, when is someone coming",
  3, None, "Mention meant for another council (Station Road by Harrow Civic Centre is Harrow's): web team redirects; department null.", hour=8)
m("w_foi_pseudo", "x", "@NW10truth", "NW10 Truth", 2450, "2026-05-27", "@Brent_Council FOI: how much did you pay consultants for the Wembley Park 'place brand' refresh? itemised please #transparency",
  3, "Communications", "Request for recorded spend (FOI) but from a pseudonymous account with no real name or address: invalid, web team explains how to make a valid request. Ambiguous with 5 if the account is a campaign blog with reach.", hour=13, foi=True, fv=False)
m("w_foi_dave", "facebook", "@dave.k.kingsbury", "Dave K", None, "2026-07-14", "FOI request: please provide the number of potholes reported and repaired on Kingsbury Road in 2025. Thanks, Dave",
  3, "Highways", "Genuine FOI for recorded information but only a first name/initial and no address: invalid per the strategy's rule, web team explains how to make it valid.", hour=19, foi=True, fv=False)
m("w_how_many_libs", "x", "@newtobrent_ana", None, 27, "2026-06-08", "how many libraries does Brent actually have now? genuine question, just moved here",
  3, "Libraries", "Looks like an FOI 'how many' but asks for published information: general question, signpost; not FOI.", hour=18)
m("w_student", "x", "@uni_life_marcus", "Marcus", 410, "2026-09-29", "do students have to pay council tax?? first year at uni, living in Wembley with 3 mates all students",
  3, "Finance", "General eligibility question answered by published student exemption info: signpost (no account yet).", hour=23)
m("w_pizza", "x", "@green_gran_kenton", None, 19, "2026-02-26", "can pizza boxes go in the blue bin if theyre a bit greasy",
  3, "Environment", "Simple recycling question: web team answers with the recycling A-Z.", hour=19)
m("w_civic_sat", "instagram", "@zainab.docs", "Zainab", 310, "2026-05-15", "Is the Civic Centre open on Saturdays? Need to drop off some documents for my housing application 🙏",
  3, "Housing", "Opening-hours question with a published answer; mentions her housing application but asks nothing about it (ambiguous with 2).", hour=10)
m("w_event_cpz", "x", "@zone_e_resident", None, 88, "2026-09-24", "do the event day parking restrictions apply for the NFL game on sunday or only for the football? live in zone E",
  3, "Parking", "General confusion about event-day controls: published event-day calendar answers it.", hour=21)
m("w_planning_how", "facebook", "@owen.m.kilburn", "Owen Mbeki", None, "2026-10-21", "How do I object to a planning application? It's for the flats on the old petrol station on Kilburn High Road. Is there a deadline?",
  3, "Planning", "'How do I' for one person: signpost to commenting on applications. Ambiguous with 4 if a wider discussion develops.", hour=20)
m("w_404", "bluesky", "@kensalrisemum.bsky.social", "Lou", 940, "2026-05-07", "The consultation link in Brent Council's e-newsletter goes to a 404. Anyone got the right one? (Brent web team, fyi)",
  3, "Web", "Broken link on council channels: web team fixes and responds.", hour=8)
m("w_tamil", "x", "@selvi_wembley", "Selvi", 54, "2026-08-10", "வணக்கம், நாங்கள் புதிதாக வெம்பிளிக்கு குடி வந்துள்ளோம். மறுசுழற்சி தொட்டி எந்த நாளில் எடுப்பார்கள்? எங்கே பார்க்கலாம்? @Brent_Council",
  3, "Environment", "Tamil: 'Hello, we have just moved to Wembley. Which day is the recycling bin collected? Where can we check?' General question, signpost to the collection-day lookup.", lang="ta", hour=11)
m("w_spanish", "facebook", "@lucia.gomez.stonebridge", "Lucía Gómez", None, "2026-09-08", "Hola, acabamos de llegar de Colombia con dos niños de 7 y 10 años. ¿Cómo los inscribimos en una escuela en Brent? ¿Se hace por internet? Gracias",
  3, "Education", "Spanish: 'Hello, we've just arrived from Colombia with two children aged 7 and 10. How do we enrol them in a school in Brent? Is it done online? Thanks.' General in-year admissions question: signpost. Ambiguous with 2.", lang="es", hour=16)
m("w_hygiene", "x", "@willesden_foodie", "Kwame", 760, "2026-07-22", "how do i check the food hygiene rating for a takeaway? the chicken shop on High Road Willesden looked grim through the window ngl",
  3, "Regulatory Services", "How-to question with a published answer (FSA ratings); no complaint lodged.", hour=22)
m("w_youtube", "youtube", "@Grandad_Len_NW9", "Len", None, "2026-03-12", "at 2:15 you say the green bin is for food waste but the leaflet through my door says the little caddy?? which is it",
  3, "Environment", "Confusion about published recycling guidance on the council's own video: web team clarifies.", hour=14)
m("w_closes_solo", "x", "@queensbury_q", None, 142, "2026-10-15", "Does anyone know when this closes?",
  3, "Policy", "Standalone question at the council with no thread: most likely about a consultation, web team can answer/signpost. Same text inside the library consultation thread is route 4.", hour=12)
m("w_scam", "facebook", "@beverley.j.preston", "Beverley Johnson", None, "2026-11-12", "Got a text from 'Brent Council Tax Recovery Services' saying I'm owed a £212 refund and to click a link and enter my bank details. Is this actually you?? Looks dodgy to me",
  3, "Finance", "'Is it true' about a phishing text: web team confirms it is not the council and signposts. Ambiguous with 5 if many residents are being targeted.", hour=18)

# ---------------------------------------------------------------- route 4: service conversations
m("t_bins_root", "facebook", "@bernie.church.lane", "Bernadette Walsh", None, "2026-06-10", "Anyone else not had recycling collected since Brent changed the rounds on the 2nd? Our side of Church Lane was always Tuesday, now apparently Thursday but nobody came either day. Tagging Brent Council as they're supposed to read this group.",
  4, "Environment", "Opens a residents' group discussion about the new collection rounds: a specific ongoing conversation about one service matter, waste officers should join.", hour=19, replies=6, likes=38)
m("t_bins_r1", "facebook", "@kev.buck.lane", "Kevin Murphy", None, "2026-06-10", "Same on Buck Lane. And the new calendar on the website still shows the old days btw",
  4, "Environment", "Part of the ongoing rounds discussion; the calendar error is also a Web fault (ambiguous with 3).", hour=20, parent="t_bins_root")
m("t_bins_r2", "facebook", "@angela.r.nw9", "Angela R", None, "2026-06-10", "same here, nothing since the new rounds started",
  4, "Environment", "Inside the residents' thread this adds to a live multi-person service conversation, so route 4 (the same words standalone are route 1).", hour=20, parent="t_bins_root")
m("t_bins_r3", "facebook", "@jas.kingsbury", "Jas", None, "2026-06-11", "We had ours today at 6am 🙌 maybe they're just behind",
  4, "Environment", "Reply in the ongoing service conversation; chatter on its own but officers joining the thread should see it.", hour=7, parent="t_bins_root")
m("t_bins_r4", "facebook", "@bernie.church.lane", "Bernadette Walsh", None, "2026-06-11", "Councillor told the ward forum in May there'd be extra crews on for the changeover. Not seeing it. Has anyone from the council actually replied on here yet?",
  4, "Environment", "Thread continues and asks for the service to join: route 4. Mentions a councillor but is not one.", hour=9, parent="t_bins_root")
m("t_tower_root", "x", "@wembleypark_res", "Wembley Park Residents", 2100, "2026-10-05", "The 26-storey block at Fulton Road (25/3011): comments close Friday. Zero family-sized affordable homes and it shadows the school playground. Committee is the 14th. @Brent_Council will planning officers be at Thursday's drop-in?",
  4, "Planning", "Community group leading discussion of a live planning application: planning officers should join. Critical but not reputation-threatening.", hour=12, replies=5, likes=96, reposts=41)
m("t_tower_r1", "x", "@sunlight_sid", "Sid", 310, "2026-10-05", "@wembleypark_res the daylight report is in the docs, pages 40-52. the playground loses direct sun after 1pm in winter",
  4, "Planning", "Reply in the planning application conversation.", hour=13, parent="t_tower_root")
m("t_tower_r2", "x", "@build_baby_build_nw", None, 58, "2026-10-05", "@wembleypark_res honestly its fine, wembley needs homes. nimbys the lot of you",
  4, "Planning", "Dissenting reply within the same live planning conversation; route 4 as part of the thread (alone it would be 1).", hour=14, parent="t_tower_root")
m("t_lib_root", "facebook", "@nimmi.harlesden", "Nimmi Shah", None, "2026-10-12", "Brent's library hours consultation — they're proposing to shut Harlesden library on Mondays AND Wednesdays. Who's filled it in? My kids do homework club there on Mondays, no idea where they'd go.",
  4, "Libraries", "Live consultation being discussed by several residents: libraries officers should join.", hour=18, replies=4, likes=52)
m("t_lib_r1", "facebook", "@marcus.b.nw10", "Marcus Bailey", None, "2026-10-12", "Does anyone know when this closes?",
  4, "Libraries", "Same words as a standalone route-3 post, but here it is part of the ongoing consultation conversation: route 4.", hour=19, parent="t_lib_root")
m("t_lib_r2", "facebook", "@nimmi.harlesden", "Nimmi Shah", None, "2026-10-12", "@Marcus Bailey 30th I think. Filled it in, the question about 'alternative provision' is really leading tbh",
  4, "Libraries", "Continuing the consultation discussion, criticism of the survey wording for officers to answer.", hour=19, parent="t_lib_r1")
m("d_southkilburn", "rss", "@kilburnvillageblog", "Kilburn Village Blog", None, "2026-02-13", "South Kilburn phase 3: the conversation continues — After Tuesday's packed meeting at Granville community centre, residents are still asking where the decant homes will be and whether secure tenancies carry over. Comments below have passed 80; we've asked Brent Council to send someone who can answer them here.",
  4, "Housing", "Blog post showing an ongoing local discussion of a regeneration scheme: housing/regeneration officers should join. Ambiguous with 5 if it becomes a press story.", hour=7)
m("d_schoolstreet", "facebook", "@parents.bridgerd", "Bridge Road School Street Parents", None, "2026-05-20", "Week 3 of the school street trial on Bridge Road. The parents' WhatsApp is split about 50/50 — calmer at the gate, but the cars have just moved round to Fairfax Road and that junction is worse. Brent Council, is the feedback form still open and will someone come to the next parents' meeting?",
  4, "Highways", "Ongoing discussion of a live trial scheme among parents: highways officers should join.", hour=16, likes=23)
m("d_welshharp", "x", "@welshharpfriends", "Friends of the Welsh Harp", 3400, "2026-08-30", "Back at the lay-by on Cool Oak Lane again this morning, our 3rd clean-up this month 🙄 We've been going back and forth with @Brent_Council about CCTV here since the summer. Volunteers can't keep doing this.",
  4, "Environment", "Community group in a continuing exchange about a recurring fly-tipping hotspot: environment officers should join the conversation.", hour=11, likes=140, reposts=35)

# ---------------------------------------------------------------- route 1: monitor
m("n_oil_rss", "rss", "@energymarketsdaily", "Energy Markets Daily", None, "2026-03-03", "Oil: Brent crude rose 1.8% to $78.40 a barrel on Tuesday after OPEC+ signalled it would delay the planned output increase, while WTI gained 1.5%.",
  1, None, "Keyword noise: Brent crude oil.", hour=10)
m("n_oil_x", "x", "@fx_trader_mike", "Mike", 5600, "2025-12-04", "Brent down another 2% this morning, WTI following. energy names getting hammered, told you",
  1, None, "Keyword noise: Brent crude price chatter.", hour=8)
m("n_brentcross", "instagram", "@shoppingwithsim", "Simran", 2200, "2026-01-04", "Sunday haul from Brent Cross 🛍️ the sale is unreal, got a coat for £30",
  1, None, "Keyword noise: Brent Cross shopping centre (Barnet).", hour=17)
m("n_brentford", "x", "@beesfan1889", None, 870, "2026-11-21", "Brentford at home to Villa tomorrow, Bees 2-1. calling it now",
  1, None, "Keyword noise: Brentford FC.", hour=21)
m("n_bday", "facebook", "@shelley.rourke", "Shelley Rourke", None, "2026-07-19", "Happy 40th birthday to my big brother Brent!! 🎉🎂 love you loads, see you Saturday",
  1, None, "Keyword noise: a person called Brent.", hour=9)
m("n_davidbrent", "x", "@office_quotes_uk", "The Office Quotes", 48000, "2026-05-02", "\"Avoid employing unattractive people. It's harsh, but it's fair.\" — David Brent",
  1, None, "Keyword noise: David Brent quote from a large account of no consequence.", hour=12)
m("n_ealing_rss", "rss", "@ealingnewsextra", "Ealing News Extra", None, "2026-09-17", "Ealing Council approves new controlled parking zone in Hanger Hill — The scheme, which takes effect in January, covers 14 streets near the borough boundary with Brent.",
  1, None, "Other council's matter (Ealing CPZ); Brent mentioned only as a boundary. Monitor.", hour=6)
m("n_praise_bins", "x", "@chamberlayne_chloe", "Chloe", 260, "2026-01-23", "massive shout out to the crew on the Chamberlayne Rd bin round, helped my nan get her bin back in the rain and had a chat with her 💚",
  1, "Environment", "Praise with no request: monitor (a like/thank-you at most).", hour=14)
m("n_praise_lib", "facebook", "@hannah.lee.wembley", "Hannah Lee", None, "2026-02-21", "Thank you to the staff at Wembley Library for Saturday rhyme time — my 2 year old talks about 'the singing lady' all week 😊",
  1, "Libraries", "Praise and thanks: no action beyond monitoring.", hour=13)
m("n_clowns", "x", "@xx_bossman_xx", None, 41, "2026-04-03", "brent council absolute clowns 🤡🤡🤡",
  1, None, "Low-reach abuse with no substance: monitor.", hour=2)
SPAM = "@Brent_Council Earn £850 weekly working from home!! No experience needed ✅ DM 'INFO' now 💸💸"
m("n_spam1", "x", "@cashflow_queen2291", None, 12, "2026-08-14", SPAM, 1, None, "Spam: monitor (no reply).", hour=4)
m("n_spam2", "x", "@cashflow_queen2291", None, 12, "2026-08-14", SPAM, 1, None, "Exact repeat of the same spam by the same account: same label.", hour=5)
m("n_campaign", "x", "@wembley_activist_r", "Rob ✊", 330, "2026-04-25", "1,000 new council homes delivered, more to come. On 7 May vote for the team that's building in #Brent 🌹",
  1, None, "Party-political campaigning by a low-reach supporter, not a candidate, no service issue: monitor; the council takes no political standpoint.", hour=11)
m("n_sarcasm", "x", "@bandD_and_sad", None, 180, "2026-02-27", "love paying band D to dodge craters on the way to work 🙃 worth every penny @Brent_Council",
  1, "Highways", "Sarcastic moan with no location or case: monitor.", hour=8)
m("n_reshare", "x", "@tiff_nw10", None, 95, "2026-08-04", "lmaooo and they wonder why i stopped sorting my rubbish https://x.com/pound_lane_pete/status/1953… ",
  1, "Environment", "Quote/reshare of the viral recycling video already escalated: monitor, no separate action.", hour=19)
m("n_stadium", "x", "@stadium_nights_ldn", "Stadium Nights London", 1200000, "2026-07-12", "What a night, Wembley! Thank you to every single one of you 💜 See you next summer, Brent",
  1, None, "Very large account saying nothing of consequence about the council: monitor.", verified=True, hour=0, likes=52000, reposts=6100)
m("n_urdu", "facebook", "@nasreen.akhtar.neasden", "Nasreen Akhtar", None, "2026-06-24", "برینٹ کونسل کا بہت شکریہ، ہمارے قریب والے پارک میں نئے بینچ اور لائٹیں لگ گئی ہیں۔ بچے اب شام کو بھی کھیل سکتے ہیں 👍",
  1, "Environment", "Urdu: 'Many thanks Brent Council, new benches and lights have been put in our local park. The children can now play in the evening too.' Praise: monitor.", lang="ur", hour=18)
m("n_hindi", "instagram", "@ealingroad_diaries", "Ealing Road Diaries", 8600, "2026-11-09", "वेम्बली में दिवाली की रौनक देखने लायक थी ✨ ईलिंग रोड पर इतनी भीड़ पहले कभी नहीं देखी, आतिशबाज़ी कमाल की थी! #BrentDiwali",
  1, None, "Hindi: 'The Diwali sparkle in Wembley was something to see; never seen such crowds on Ealing Road, the fireworks were amazing!' Celebratory chatter, no safety issue: monitor.", lang="hi", hour=23)
m("n_bins_short", "x", "@preston_pat", None, 63, "2026-03-31", "bins?? again",
  1, "Environment", "Moan with no address or case: monitor. Ambiguous with 2 (a reply asking for the address would make it an own case).", hour=7)
m("n_samehere_solo", "x", "@lazy_sunday_k", None, 104, "2026-06-12", "same here, nothing since the new rounds started",
  1, "Environment", "Standalone, with no thread or address, it is a passing moan: monitor (inside the Kingsbury residents' thread the same words are route 4).", hour=10)
m("n_yt_first", "youtube", "@kidz_nw10", None, None, "2026-03-12", "first 🔥🔥",
  1, None, "Chatter on a council video: monitor.", hour=16)
m("n_linkedin", "linkedin", "@amara-n-graduate", "Amara N.", 510, "2026-09-30", "Proud to have finished my first year on the Brent Council graduate scheme! Grateful to the team in Regeneration for their patience and support. On to year two 🚀",
  1, "HR", "Staff member's positive post: no consequence, monitor.", hour=8)
m("n_welshharp_sun", "mastodon", "@early_walker_ann@mastodon.green", "Ann", 220, "2025-12-22", "Welsh Harp at sunrise, ice round the edges and about 40 swans. Brent is gorgeous sometimes",
  1, None, "Chatter about the borough: monitor.", hour=8)
m("n_geese", "bluesky", "@marshbirder.bsky.social", "Marsh Birder", 1300, "2025-12-06", "Dark-bellied brent geese back on the Blackwater marshes this morning, ~600 of them grazing the saltmarsh",
  1, None, "Keyword noise: brent geese, nothing to do with the borough.", hour=9)
m("n_fire_sympathy", "x", "@neasden_nita", "Nita", 310, "2026-01-25", "thoughts with everyone affected by the fire on Neasden Lane last night. hear the council opened a rest centre at the library, people were amazing bringing blankets",
  1, "Emergency Planning", "Sympathy about an incident already being handled (rest centre open): monitor in case it escalates. Ambiguous with 5.", hour=11)
m("n_jibe_foi", "x", "@pay_rise_pls", None, 77, "2026-10-27", "how much do the @Brent_Council comms team get paid to post sunsets lol genuinely want to know 😂",
  1, "Communications", "Rhetorical jibe, not a request for recorded information: not FOI, monitor.", hour=13)

# ---------------------------------------------------------------- serialise
def pid_for(platform):
    r = random.Random()
    r.seed(len(USED) * 7919 + 83462)
    while True:
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))
        a = lambda n: "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(n))
        if platform in ("x", "mastodon"):
            p = PREFIX + d(13 if platform == "x" else 12)
        elif platform == "facebook":
            p = f"1000{d(8)}_{PREFIX}{d(9)}"
        elif platform == "bluesky":
            p = f"at://did:plc:{a(24)}/app.bsky.feed.post/3l{PREFIX}{a(6)}"
        elif platform == "instagram":
            p = f"17{PREFIX}{d(11)}"
        elif platform == "youtube":
            p = f"Ugx{PREFIX}{a(14)}"
        elif platform == "linkedin":
            p = f"urn:li:activity:{PREFIX}{d(14)}"
        else:
            p = f"rss-{PREFIX}-{a(10)}"
        if p not in USED:
            USED.add(p); return p
USED = set()

by_key = {it["key"]: it for it in ITEMS}
assert len(by_key) == len(ITEMS)
for it in ITEMS:
    it["pid"] = pid_for(it["platform"])
    # timestamps: replies after their parent
    if it["parent"]:
        par = by_key[it["parent"]]
        it["ts"] = par["ts"] + random.randint(4, 170) * 60 + random.randint(0, 59)
    else:
        import datetime
        d = datetime.datetime.fromisoformat(it["date"] + "T00:00:00+00:00")
        h = it["hour"] if it["hour"] is not None else random.randint(7, 22)
        it["ts"] = int(d.timestamp()) + h * 3600 + random.randint(0, 59) * 60 + random.randint(0, 59)
    root = it
    while root["parent"]:
        root = by_key[root["parent"]]
    it["root"] = root["key"]
children = {}
for it in ITEMS:
    if it["parent"]:
        children.setdefault(it["root"], []).append(it)
import datetime
out = []
for it in ITEMS:
    in_thread = it["root"] in children
    n_child = len(children.get(it["key"], [])) if it["key"] in children else sum(1 for c in ITEMS if c["parent"] == it["key"])
    f = it["followers"] or 200
    likes = it["likes"] if it["likes"] is not None else random.randint(0, max(2, min(60, f // 25)))
    reposts = it["reposts"] if it["reposts"] is not None else random.randint(0, max(1, likes // 4))
    replies = it["replies"] if it["replies"] is not None else random.randint(0, 3)
    replies = max(replies, n_child)
    if it["platform"] == "rss":
        likes = reposts = 0
    ts = datetime.datetime.fromtimestamp(it["ts"], datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    L = it
    rec = {
        "platform": it["platform"], "platform_id": it["pid"], "author_handle": it["handle"],
        "author_name": it["name"], "author_followers": it["followers"], "author_verified": it["verified"],
        "text": it["text"], "created_at": ts,
        "reply_to_id": by_key[it["parent"]]["pid"] if it["parent"] else None,
        "thread_id": by_key[it["root"]]["pid"] if in_thread else None,
        "replies": replies, "likes": likes, "reposts": reposts, "language": None,
        "label": {"route": L["route"], "department": L["dept"], "foi": L["foi"],
                  "foi_valid": L["fv"] if L["foi"] else None,
                  "escalate_reason": L["esc"] if L["route"] == 5 else None,
                  "reason": L["reason"], "language": L["lang"]},
        "provenance": "written",
    }
    out.append((it, rec))

# shuffle, keeping every reply after the item it replies to
rank = {}
order = list(range(len(out)))
random.shuffle(order)
for pos, i in enumerate(order):
    rank[out[i][0]["key"]] = float(pos)
for it, _ in out:  # parents are defined before children in ITEMS
    if it["parent"]:
        rank[it["key"]] = max(rank[it["key"]], rank[it["parent"]] + 0.01)
out.sort(key=lambda x: rank[x[0]["key"]])
with open(os.path.join(HERE, "part-T.jsonl"), "w", encoding="utf-8") as fh:
    for _, rec in out:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(out), "written")
