#!/usr/bin/env python3
"""Writer A2 — hand-written labelled mentions of Brent Council (eval set v10).
Texts and labels are written by hand below; this script only assigns ids, shuffles and serialises."""
import json, random, os

PREFIX = "68024"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-A2.jsonl")

ITEMS = []
def it(key, platform, handle, name, followers, text, created, route, dept, reason, lang="en",
       foi=False, foi_valid=None, esc=None, verified=False, replies=0, likes=0, reposts=0, reply_to=None, thread=None):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers, text=text,
                      created=created, route=route, dept=dept, reason=reason, lang=lang, foi=foi,
                      foi_valid=foi_valid, esc=esc, verified=verified, replies=replies, likes=likes,
                      reposts=reposts, reply_to=reply_to, thread=thread))

# ---------------------------------------------------------------- route 5: escalate
it("e_flood", "x", "@tashwillesden", "Tasha", 188,
   "@Brent_Council water is literally coming through the light fitting in my nan's bedroom from the flat above, "
   "the bulb keeps flickering and she's 84 and won't leave her bed. called the repairs line 3 times, on hold 40 mins each. what do i do",
   "2026-01-17T23:12:40Z", 5, "Housing",
   "water through a live light fitting with an 84-year-old who won't move: risk to life outranks the repair case (would otherwise be 2)",
   esc="risk_to_life", replies=2, likes=9, reposts=3)
it("e_gas_ar", "x", "@abu_yusuf_nw6", None, 97,
   "في رائحة غاز قوية جداً في درج العمارة عندنا في ساوث كيلبرن من امبارح، والأطفال بيلعبوا هناك طول الوقت. حدا يرد؟ @Brent_Council",
   "2026-02-08T19:47:03Z", 5, "Housing",
   "Arabic: 'very strong gas smell on our block's stairwell in South Kilburn since yesterday, children play there all the time, will anyone answer?' — possible gas leak, risk to life",
   lang="ar", esc="risk_to_life", likes=2)
it("e_child", "facebook", "fb:user.68024.mo.k", "Mo K", 41,
   "Not sure who you tell about this stuff. The little boy in the flat across the landing (maybe 6 or 7?) has been on his own again since "
   "this morning, I can hear him through the wall asking for his mum. Same thing happened Tuesday till about midnight. "
   "Don't want to get anyone in trouble but it doesn't feel right. Harlesden, near the Stonebridge end.",
   "2026-03-12T20:31:55Z", 5, None,
   "a young child repeatedly left alone overnight — child safeguarding, written indirectly; no department in the list covers children's social care",
   esc="safeguarding_child", likes=3)
it("e_welfare_pl", "facebook", "fb:user.68024.ewa.n", "Ewa Nowicka", 233,
   "Moja sąsiadka z góry (starsza pani, mieszka sama) nie otwiera drzwi od czwartku. Światło w kuchni pali się cały czas, a listy leżą pod drzwiami. "
   "Nie wiem do kogo zadzwonić. Czy ktoś z Brent Council może to sprawdzić? Kingsbury, okolice Grove Park.",
   "2026-01-26T09:05:18Z", 5, None,
   "Polish: 'my elderly upstairs neighbour who lives alone hasn't answered the door since Thursday, kitchen light always on, letters piling up, can someone from Brent check?' — person not seen for days, welfare risk",
   lang="pl", esc="welfare_concern", replies=1, likes=6)
it("e_rough", "x", "@kwame_commutes", "Kwame", 612,
   "there's a guy who's been kipping in the doorway of the old bank by Wembley Central for a few nights. gave him a tea this morning, "
   "he could barely hold the cup and didn't really make sense when I talked to him. meant to be -4 tonight. @Brent_Council is there anyone who goes out to people?",
   "2025-12-09T07:58:21Z", 5, "Housing",
   "rough sleeper in sub-zero weather showing signs of confusion/hypothermia — at risk; ambiguous with 3 (signpost StreetLink) but the situation needs action tonight",
   esc="rough_sleeper_at_risk", replies=1, likes=14, reposts=2)
it("e_selfharm", "x", "@deee_x0", None, 73,
   "got the possession letter today. 3 years of emails to @Brent_Council housing and this is how it ends. honestly tired of all of it, "
   "maybe it'd be easier for everyone if i just wasn't around anymore",
   "2026-04-03T01:44:09Z", 5, "Housing",
   "self-harm cue in passing after an eviction letter — the person may be at risk, whatever the follower count",
   esc="self_harm", likes=1)
it("e_death", "facebook", "fb:user.68024.grace.a", "Grace Adeyemi", 402,
   "My uncle was found dead in his flat on the Stonebridge estate last week. He had been telling Brent housing since October that the heating "
   "didn't work and he was sleeping in his coat. Three complaints. Nobody came. He was 71. I want someone to explain to our family how this happened.",
   "2026-02-19T14:22:37Z", 5, "Housing",
   "a death linked by the family to unaddressed housing complaints — controversial, high reputational and legal sensitivity",
   esc="death", replies=4, likes=88, reposts=31)
it("e_breach", "x", "@jdesouza_", "J. de Souza", 356,
   "opened my council tax letter from @Brent_Council and it's not mine. someone else's full name, address in Kenton, account number, "
   "how much they owe and their payment arrangement. they've presumably got mine. brilliant",
   "2026-03-04T12:09:51Z", 5, "Finance",
   "another resident's personal and financial data posted to the wrong household — a data breach",
   esc="data_breach", replies=3, likes=41, reposts=12)
it("e_discrim_ur", "facebook", "fb:user.68024.bilal.h", "Bilal Hussain", 520,
   "سوک سینٹر میں ہاؤسنگ والی خاتون نے میری والدہ سے کہا کہ 'پہلے انگریزی سیکھو پھر آنا'۔ وہ باہر آئیں تو رو رہی تھیں۔ کیا برینٹ کونسل کا یہی طریقہ ہے؟",
   "2026-05-21T16:30:12Z", 5, "Housing",
   "Urdu: 'the housing lady at the Civic Centre told my mother \"learn English first, then come\"; she came out crying — is this Brent Council's way?' — alleged discrimination by staff",
   lang="ur", esc="discrimination", replies=2, likes=37, reposts=9)
it("e_threat", "x", "@reallyfuming_hk", None, 129,
   "to the bald warden who does Ealing Road every morning. you ticketed me while i was unloading for my shop. i know your face now. "
   "next time you wont be walking back to your van",
   "2026-06-10T09:37:44Z", 5, "Parking",
   "threat of violence against a named/identifiable civil enforcement officer — staff safety",
   esc="threat_to_staff", likes=4)
it("e_legal", "x", "@sharon_q_park", "Sharon Mensah", 244,
   "@Brent_Council repairs ref HSG/2291734 — 14 months of black mould, two inspection no-shows, my daughter's inhaler use has doubled. "
   "My solicitor is sending a letter before action under the disrepair protocol this week. You've had every chance.",
   "2026-05-02T10:14:06Z", 5, "Housing",
   "formal legal threat (pre-action disrepair claim) with a named case; ambiguous with 2 (own case with a reference) but litigation and a child's health make it an escalation",
   esc="legal_threat", replies=1, likes=19, reposts=4)
it("e_misconduct", "facebook", "fb:user.68024.ravi.p", "Ravi Patel", 310,
   "Saw something dodgy at the Willesden High Road market today. Bloke in a Brent lanyard went stall to stall, took cash off two traders "
   "'for the licence' and wrote nothing down. My cousin has a stall there and he says it's been going on for weeks. Is that how licensing works now??",
   "2026-07-18T17:55:23Z", 5, "Regulatory Services",
   "alleged misconduct/corruption by someone presenting as council staff — controversial",
   esc="misconduct", replies=6, likes=52, reposts=8)
it("e_journo", "x", "@lucy_reports_nw", "Lucy Barrett", 842,
   "Hi @Brent_Council — I'm a reporter at the Kilburn & Brent Local. Readers have asked when the lane closures on Kilburn High Road "
   "are due to finish and whether the bus stop by the Tricycle will be moved permanently. Could your press office get back to me? Thanks",
   "2026-04-21T11:02:48Z", 5, "Highways",
   "journalist naming her outlet, polite and neutral, small following — media enquiries go to communications (ambiguous with 3 on the content alone)",
   esc="media_enquiry", likes=3)
it("e_journo_foi", "x", "@tomharte_news", "Tom Harte", 2310,
   "@Brent_Council FOI request for a piece I'm writing for the Brent & Kilburn Times: please provide the total spent on agency and interim "
   "staff in 2024/25 and 2025/26 to date, by directorate, and the five highest day rates paid. Tom Harte, tom.harte@bktimes.co.uk",
   "2026-06-02T08:46:30Z", 5, "HR",
   "a journalist's FOI request (real name and email given, so valid) — journalist requests go to 5 per the FOI rule, logged as FOI too",
   foi=True, foi_valid=True, esc="media_enquiry", likes=6, reposts=2)
it("e_cllr", "x", "@CllrAnitaR_Brent", "Cllr Anita Rahman", 3120,
   "Third week in a row residents of Dollis Hill Lane & Gladstone Park Gardens tell me recycling hasn't been collected. I've raised it with officers "
   "but I'd like @Brent_Council to say publicly what's going wrong with the round.",
   "2026-03-25T18:20:15Z", 5, "Environment",
   "ward councillor publicly pressing on a service failure — influential author on a council matter",
   esc="councillor", verified=True, replies=8, likes=64, reposts=15)
it("e_mp", "x", "@MPforBrentWest", "Office of the MP for Brent West", 28400,
   "Constituents keep coming to my surgery after being placed in temporary accommodation in Luton and Peterborough, with children still at school in Wembley. "
   "I've written to @Brent_Council's chief executive asking how many families are placed outside London and what is being done.",
   "2026-01-30T15:10:00Z", 5, "Housing",
   "Member of Parliament on out-of-borough placements — highly influential and controversial",
   esc="mp", verified=True, replies=45, likes=610, reposts=240)
it("e_candidate", "x", "@SamLiddell4Alperton", "Sam Liddell — candidate, Alperton", 1450,
   "Knocked on 200 doors in Alperton today. Number one issue: the canalside tower blocks approved by @Brent_Council with no new GP surgery. "
   "On 7 May you can choose differently.",
   "2026-04-18T19:03:52Z", 5, "Planning",
   "council-election candidate attacking a council planning decision during the campaign — influential and politically sensitive (pre-election period)",
   esc="candidate", replies=12, likes=140, reposts=33)
it("e_election", "x", "@neasden_nick", "Nick", 64,
   "4 polling cards arrived at our flat today for people none of us have ever heard of. we've lived here 9 years. who do i tell about this",
   "2026-04-09T13:27:33Z", 5, None,
   "possible electoral register error/fraud days before an election — electoral integrity; elections are not in the department list",
   esc="electoral_integrity", replies=2, likes=11, reposts=3)
it("e_viral", "x", "@LDNStreetWatch", "London Street Watch", 186000,
   "Brent bin crew filmed tipping a whole street's recycling bins straight into the general waste lorry. Residents told to 'sort your rubbish properly' "
   "for years. 🎥👇 @Brent_Council care to explain?",
   "2026-08-05T10:31:07Z", 5, "Environment",
   "very large account with a video going viral against a service — reputational",
   esc="viral", replies=312, likes=9400, reposts=3800)
it("e_fire", "facebook", "fb:user.68024.jo.w", "Joanne Walsh", 156,
   "Is it normal for the fire doors on every floor of our block to be wedged open with bits of wood? Two of them don't close on their own anymore "
   "and the alarm panel in the lobby has been beeping with a yellow light since Christmas. Reported to the caretaker twice. 16 floors, lots of kids and older people.",
   "2026-02-02T21:14:30Z", 5, "Housing",
   "fire safety in a high-rise council block (wedged fire doors, faulty closers, alarm panel fault) — asked as a mild question but dangerous",
   esc="fire_safety", replies=3, likes=22, reposts=5)
it("e_crowd", "x", "@wembleyjess", "Jess", 402,
   "olympic way is RAMMED. barriers down at the bottom of the steps and wembley park station still pouring people out, nowhere to go. "
   "not a steward in sight at this end @Brent_Council",
   "2026-05-30T17:48:11Z", 5, "Emergency Planning",
   "crowd build-up with no stewarding on an event day — possible crush, risk to life",
   esc="crowd_safety", replies=2, likes=37, reposts=21, thread="T3")
it("e_crowd_r", "x", "@faisal_w9", None, 211,
   "this is getting dangerous now",
   "2026-05-30T17:53:40Z", 5, "Emergency Planning",
   "in reply to a live report of crowd crush at Olympic Way: the reply confirms conditions are worsening — same text standalone would be 1",
   esc="crowd_safety", likes=15, reposts=6, reply_to="e_crowd", thread="T3")
it("e_balcony", "x", "@yemi_chalkhill", "Yemi", 301,
   "a chunk of concrete the size of my hand just fell off the balcony above ours onto the bit where my neighbour leaves her pram. "
   "you can see the rusty metal bars inside it. Chalkhill. do we just wait for the next piece? @Brent_Council",
   "2026-09-14T08:12:57Z", 5, "Housing",
   "falling concrete from a deteriorating balcony — structural danger with risk of injury",
   esc="structural_danger", replies=1, likes=18, reposts=4)
it("e_rss_news", "rss", "rss:brentandkilburnlocal.co.uk/68024-agency-spend", None, None,
   "Brent Council paid £1,450 a day to interim director as libraries face cuts — Brent & Kilburn Local. Documents seen by this paper show the council "
   "has spent more than £6m on interim and agency managers in two years while proposing reduced opening hours at four libraries. "
   "Opposition councillors called the figures 'indefensible'.",
   "2026-06-24T06:00:00Z", 5, "HR",
   "critical local press story on council spending — media coverage with reputational impact goes to communications",
   esc="media_coverage")

# ---------------------------------------------------------------- route 2: customer services (own case)
PCN_TEXT = ("@Brent_Council PCN WE73926410 — I was parked in my OWN bay with my permit on the dash, photo attached. Appealed online 6 weeks ago "
            "and heard nothing, now I've had a charge certificate for £195. How is that fair")
it("c_pcn1", "x", "@marcus_ok_", "Marcus Okoro", 276, PCN_TEXT, "2026-02-23T08:17:02Z", 2, "Parking",
   "own case with a PCN number and an unanswered appeal — officer must look up records", replies=1, likes=4)
it("c_pcn2", "x", "@marcus_ok_", "Marcus Okoro", 276, PCN_TEXT, "2026-02-25T08:20:44Z", 2, "Parking",
   "exact repeat of the same author's post two days later — same label: own PCN case", likes=7, reposts=1)
it("c_ctax_gu", "facebook", "fb:user.68024.hemal.s", "Hemal Shah", 88,
   "મારા કાઉન્સિલ ટેક્સના પૈસા આ મહિને બે વાર કપાયા છે. એકાઉન્ટ નંબર 30984417. ડાયરેક્ટ ડેબિટ ૧ તારીખે અને ફરી ૩ તારીખે ગયું. કૃપા કરીને પાછા આપો 🙏",
   "2026-07-06T10:40:19Z", 2, "Finance",
   "Gujarati: 'my council tax was taken twice this month, account 30984417, direct debit on the 1st and again on the 3rd, please refund' — own account",
   lang="gu", likes=1)
it("c_hotwater_so", "facebook", "fb:user.68024.hodan.a", "Hodan Ali", 54,
   "Salaan. Biyaha kulul ee gurigayga Church End ma shaqeynayaan 10 maalmood. Laba jeer ayaan wacay, tixraaca waa HR-558102. "
   "Carruurta waxaan ku maydhinayaa biyo aan kariyay. Fadlan i caawiya.",
   "2026-10-13T18:05:49Z", 2, "Housing",
   "Somali: 'no hot water in my Church End home for 10 days, called twice, ref HR-558102, I wash the children with boiled water, please help' — own repair case",
   lang="so", likes=2)
it("c_foi_pt", "facebook", "fb:user.68024.mariana.c", "Mariana C.", 147,
   "Bom dia. Ao abrigo da Lei de Liberdade de Informação, solicito o número de queixas de bolor e humidade registadas pelo Brent Council "
   "em habitações municipais em 2025, por bairro. Resposta para: Mariana Costa, 17 Ealing Road, Wembley HA0 4TL. Obrigada.",
   "2026-03-17T09:26:41Z", 2, "Housing",
   "Portuguese FOI request: 'number of damp and mould complaints recorded in council homes in 2025, by ward; reply to Mariana Costa, 17 Ealing Road' — name plus correspondence address, so valid; log via customer services",
   lang="pt", foi=True, foi_valid=True)
it("c_foi_valid1", "x", "@hokafor_w", "Helen Okafor", 318,
   "@Brent_Council This is a Freedom of Information request. Please tell me how much the council spent on B&B and hotel placements for homeless "
   "households in 2024/25 and in 2025/26 so far, broken down by month.",
   "2026-01-14T13:05:33Z", 2, "Housing",
   "request for recorded information; the requester's real name is visible in the profile — valid FOI, logged by customer services",
   foi=True, foi_valid=True, likes=5, reposts=2)
it("c_foi_valid2", "facebook", "fb:user.68024.kingsburyresidents", "Kingsbury Residents' Association", 890,
   "FOI request to Brent Council: how many fixed penalty notices for fly-tipping were issued in Fryent and Queensbury wards in 2025, and how many "
   "were paid? Please reply to Derek Ambrose, Secretary, 3 Stag Lane, NW9 9AA.",
   "2026-04-27T15:48:00Z", 2, "Environment",
   "community group's FOI signed with a name and a postal address — valid; to customer services to log",
   foi=True, foi_valid=True, replies=2, likes=24)
it("c_bin_abuse", "x", "@dannyb_nw10", None, 95,
   "@Brent_Council you useless lot. 12 Wrottesley Road, black bin missed FOUR TIMES since January. 4. its stinking the whole street out",
   "2026-03-09T07:31:26Z", 2, "Environment",
   "abuse with substance: an address and repeated missed collection — own case despite the tone", likes=3)
it("c_bins_short", "x", "@aunty_pat_w10", "Pat", 38,
   "bins?? again @Brent_Council",
   "2026-04-14T11:02:10Z", 2, "Environment",
   "very short, but says her own bin was missed again; needs an officer to ask the address and log it — ambiguous with 1 (a bare moan)")
it("c_mould", "facebook", "fb:user.68024.precious.m", "Precious Mhlanga", 203,
   "Hi Brent, I reported mould in my son's bedroom in October (ref HSG/2277419). The man came, sprayed it and painted over, it's back worse "
   "and now it's on his mattress. Flat 9, Bronte House. Can someone come back please.",
   "2026-01-08T16:44:55Z", 2, "Housing",
   "own repair case with reference and address; ambiguous with 5 (child's health) but no illness mentioned yet", replies=1, likes=2)
it("c_visitor", "x", "@kensalkate", "Kate Morrow", 144,
   "ordered visitor parking vouchers 3 weeks ago, money gone from my account (£24), nothing arrived. order number VP-40177. parents visiting saturday :( @Brent_Council",
   "2026-05-12T19:22:14Z", 2, "Parking",
   "own permit order with an order number and payment taken")
it("c_flytip", "x", "@dh_lane_resident", None, 57,
   "someone has dumped a mattress, two doors and about 20 bin bags right outside our gate on Dudden Hill Lane (by no. 140). foxes are into it already @Brent_Council",
   "2026-06-28T06:59:31Z", 2, "Environment",
   "fly-tip at a precise location outside the author's home — needs a clearance job raised (ambiguous with 3: signpost the report form)", likes=2)
it("c_pothole", "facebook", "fb:user.68024.sandeep.g", "Sandeep Gill", 415,
   "Burst a tyre and bent the alloy on the pothole on Forty Lane just after the Barnhill Road junction, 7:40pm Tuesday. £310 to fix. "
   "How do I claim? I have photos and the garage receipt.",
   "2025-12-11T21:03:08Z", 2, "Highways",
   "own damage claim for a specific pothole — needs the claims process and records (ambiguous with 3: a claim form exists)", replies=3, likes=6)
it("c_streetlight", "bluesky", "at://did:plc:68024a1/app.bsky.feed.post/68024bl1", "Ola Bakare", 120,
   "the streetlight outside 31 Mapesbury Road has been out for 2 weeks. it's pitch black walking home from Kilburn station. can @brentcouncil get someone out?",
   "2025-12-18T22:40:02Z", 2, "Highways",
   "specific fault at an address that needs a job raised")
it("c_school", "x", "@mrs_adebayo_", "Funmi Adebayo", 77,
   "We moved to Alperton in September and my son still doesn't have a school place. In-year application ref IY/2026/0419, sent in 8 weeks ago, no reply to 3 emails. He's 9 and sat at home.",
   "2026-10-29T10:13:38Z", 2, "Education",
   "own school-admission case with reference; child out of school is serious but the need is an officer to chase the application (ambiguous with 5)", likes=4)
it("c_libfine", "instagram", "ig:68024_reads_in_wembley", "Zara Q", 1030,
   "Love the new Wembley library space 📚 but why does my account say I owe £8.40 for a book I returned in person in August?? Card ends 5512 @brentlibraries",
   "2026-09-03T12:34:27Z", 2, "Libraries",
   "own library account with a disputed charge — praise first, then a case", likes=55)
it("c_planning_comment", "x", "@gillan_ne", "Gill Annesley", 180,
   "@Brent_Council I submitted an objection to 26/1187 (the rear extension at 22 Mora Road) on the 3rd and it still isn't on the portal. Consultation ends Friday. Has it been lost?",
   "2026-07-08T14:55:06Z", 2, "Planning",
   "her own comment on a named application is missing — needs an officer to check records")
it("c_noise", "facebook", "fb:user.68024.peter.d", "Peter Doyle", 96,
   "Fourth night in a row of music till 4am from the flat below us in Barham Park Court. Noise team case NS-88124 was opened in March, the diary sheets "
   "went back, nobody has been since. I start work at 6. Please.",
   "2026-05-15T04:11:59Z", 2, "Regulatory Services",
   "own noise nuisance case with a reference", likes=1)
it("c_ctr", "x", "@ahmed_sudbury", "Ahmed Farah", 66,
   "applied for council tax support in June after losing my job, ref CTS-10293. now getting reminder letters saying full amount due or summons. "
   "nobody answers the phone. what happens now @Brent_Council",
   "2026-08-19T09:48:33Z", 2, "Finance",
   "own benefit/council tax account with a reference and enforcement looming", likes=2)
it("c_hr", "linkedin", "li:68024-urn-activity-7712", "Chidi Nwosu", 540,
   "Applied for the Senior Social Worker role at Brent Council (ref BC-SW-2214). The portal now shows my application as 'withdrawn by candidate' — I never withdrew it. "
   "Closing date is tomorrow. Is there someone in recruitment I can speak to?",
   "2026-02-12T17:21:45Z", 2, "HR",
   "own job application with a reference needs recruitment to check records", likes=3)
it("c_paid_pcn", "x", "@lina_qpk", "Lina", 112,
   "paid PCN WE81100235 online on monday, £65 left my bank, website crashed on the confirmation page and now it still says unpaid and the price has gone up to £130?? @Brent_Council",
   "2026-09-22T12:01:17Z", 2, "Parking",
   "own PCN payment needs reconciling; the website fault is secondary (Web could be told)")
it("c_assisted", "facebook", "fb:user.68024.sue.t", "Sue Thompson", 61,
   "My mum (89, walking frame) is on the assisted collection list at 4 Crest Gardens, Neasden — but the crew keep leaving her bins at the kerb "
   "and she's been trying to drag them back up the path. She'll fall one of these days. Can you remind them?",
   "2026-02-27T11:31:09Z", 2, "Environment",
   "'my mum's' assisted collection at an address — own case; fall risk mentioned but the need is the crew fixing the service (ambiguous with 5)", likes=4)
it("c_ten", "facebook", "fb:user.68024.stmarys.hall", "St Mary's Hall Willesden", 410,
   "We sent our temporary event notice for the summer fete (Sat 11 July) to licensing 6 weeks ago, ref TEN/26/0332, no acknowledgement. "
   "Who do we chase? Don't want to cancel the bouncy castle!",
   "2026-06-22T13:02:38Z", 2, "Regulatory Services",
   "community group's own licensing application with a reference", likes=8)
it("c_bluebadge", "instagram", "ig:68024_wemb_grandad_jim", "Jim Hollis", 45,
   "Blue badge renewal sent off in March, badge ran out in May, still nothing. Got a ticket outside the surgery yesterday. I'm 78 with two new knees. Ref BB-331209",
   "2026-06-05T15:20:44Z", 2, "Parking",
   "own blue badge application with a reference and a resulting PCN")

# ---------------------------------------------------------------- route 3: web team responds
it("w_garden", "facebook", "fb:user.68024.lorraine.b", "Lorraine B", 133,
   "When does the garden waste subscription renew this year? Last year I missed the date and lost 3 weeks of collections.",
   "2026-02-04T08:31:40Z", 3, "Environment", "general 'when' question answered on the website")
it("w_bulky", "x", "@q_park_dad", None, 204,
   "is it true @Brent_Council are charging for bulky waste now? used to be free for the first 3 items",
   "2026-03-30T20:44:02Z", 3, "Environment", "'is it true' question with a published answer")
it("w_500", "x", "@chr1s_tw", "Chris", 402,
   "@Brent_Council your My Account page is just showing 'Error 500 – something went wrong' on chrome and safari. trying to report a missed bin",
   "2026-07-14T08:02:12Z", 3, "Web", "fault on the council website — web team")
it("w_poly", "mastodon", "@greenkensal@mastodon.social", "Kensal Green Zero Waste", 380,
   "Does anyone know if polystyrene goes in Brent's blue bin or general waste? Leaflet says one thing, website another.",
   "2026-01-05T12:17:45Z", 3, "Environment", "simple confusion over a well-understood issue; web team can clarify and note the inconsistency")
it("w_harrow", "x", "@harrowweald_mum", None, 59,
   "@Brent_Council my bins in Harrow Weald haven't been collected for 2 weeks!!",
   "2026-08-10T17:30:50Z", 3, None,
   "meant for another council (Harrow Weald is in Harrow) — web team redirects; not Brent's matter so no department")
it("w_eventparking", "x", "@stonebridge_ade", None, 140,
   "is the event day parking zone on for the NFL game sunday or only for the football? don't want to get done again",
   "2026-10-08T21:05:31Z", 3, "Parking", "general question about event-day restrictions, answered on the website")
it("w_libxmas", "facebook", "fb:user.68024.margaret.o", "Margaret O'Neill", 58,
   "Are the libraries open between Christmas and New Year? Willesden Green specifically. Thank you",
   "2025-12-20T10:10:10Z", 3, "Libraries", "opening hours question")
it("w_reception", "x", "@newmum_kingsbury", None, 91,
   "first time doing this, how do we apply for a reception place for Sept? do I apply to Brent or to the school directly",
   "2025-12-03T21:47:16Z", 3, "Education", "general 'how' question; signpost the admissions page")
it("w_foi_pseud", "x", "@BrentTaxpayerWatch", "Brent Taxpayer Watch", 1270,
   "@Brent_Council How much did the council spend on external consultants in 2025? Please provide the total and the names of the firms.",
   "2026-05-06T07:50:20Z", 3, "Finance",
   "genuine request for recorded information but under a pseudonym with no real name — invalid FOI; web team explains how to make a valid request",
   foi=True, foi_valid=False, likes=33, reposts=11)
it("w_foi_dave", "facebook", "fb:user.68024.dave.nw10", "Dave", 70,
   "Can I get the figures for how many potholes were reported on Harrow Road last year and how many got fixed within 28 days. Cheers, Dave",
   "2026-02-16T19:33:08Z", 3, "Highways",
   "FOI-style request for recorded data signed with a first name only — invalid; web team explains a valid request needs a real name",
   foi=True, foi_valid=False)
it("w_foi_bn", "x", "@shapla_nw2", None, 83,
   "@Brent_Council ২০২৫ সালে ব্রেন্ট কাউন্সিল কতগুলো অস্থায়ী বাসস্থানের পরিবারকে লন্ডনের বাইরে পাঠিয়েছে? সংখ্যাটা জানাবেন।",
   "2026-03-02T14:16:39Z", 3, "Housing",
   "Bengali: 'how many temporary-accommodation families did Brent place outside London in 2025? please give the number' — FOI for recorded data from an anonymous handle, invalid",
   lang="bn", foi=True, foi_valid=False)
it("w_band", "x", "@newtobrent22", None, 22,
   "how do i find out what council tax band my flat is? just moved to kilburn",
   "2025-12-29T13:40:51Z", 3, "Finance", "general question answered by published information (VOA link)")
it("w_loft", "facebook", "fb:user.68024.kenton.home", "Nikhil Rao", 210,
   "Do we need planning permission for a loft conversion with a rear dormer in Kenton or is it permitted development? Semi-detached, not in a conservation area I think.",
   "2026-06-16T20:19:29Z", 3, "Planning", "general planning question; signpost permitted development guidance")
it("w_schedule", "x", "@ealingrd_rita", None, 47,
   "@Brent_Council please provide the schedule for bin collections on Ealing Road, the new one, they changed it and nobody told us",
   "2026-09-08T09:12:53Z", 3, "Environment",
   "'please provide the schedule' but it is published collection information, not a request for held records — not FOI")
it("w_apprentice", "linkedin", "li:68024-urn-activity-7731", "Amara Dike", 310,
   "Does Brent Council run an apprenticeship scheme for 2026? My younger brother has just finished his A-levels and is interested in IT or finance. Where are these advertised?",
   "2026-08-24T12:45:13Z", 3, "HR", "general jobs question; signpost the careers page")
it("w_link", "bluesky", "at://did:plc:68024b2/app.bsky.feed.post/68024bl2", "Tom Fenwick", 260,
   "The 'have your say' link in the Brent Council newsletter for the Harlesden parking consultation goes to a 404. Anyone got the right one?",
   "2026-10-01T18:26:05Z", 3, "Web", "broken link on council material — web team fixes and replies")
it("w_kilburnlib", "x", "@nw6_reader", None, 176,
   "is it true they're closing Kilburn library?? someone on the school whatsapp said it's shutting in the summer",
   "2026-06-26T16:58:30Z", 3, "Libraries",
   "'is it true' rumour; web team can correct with published consultation info (ambiguous with 4/5 if it spreads)")
it("w_caddy", "instagram", "ig:68024_harlesden_eats", "Harlesden Eats", 2100,
   "Quick one for @brentcouncil — with the new food waste rules, do businesses get caddies too or is it just households? 🥡",
   "2026-04-02T11:11:11Z", 3, "Environment", "general question about a published scheme")
it("w_bins_ta", "facebook", "fb:user.68024.kumar.s", "Kumaran S", 112,
   "வணக்கம், கிறிஸ்துமஸ் விடுமுறையில் குப்பை சேகரிப்பு நாட்கள் மாறுமா? நான் நீஸ்டனில் இருக்கிறேன்.",
   "2025-12-21T15:05:33Z", 3, "Environment",
   "Tamil: 'hello, will bin collection days change over the Christmas holiday? I live in Neasden' — general question, published holiday schedule",
   lang="ta")
it("w_ctax_es", "x", "@lu_martinez_ldn", "Lucía", 150,
   "Hola, acabo de mudarme a Harlesden desde Madrid. ¿Cómo me doy de alta para el council tax? ¿Se puede hacer online? @Brent_Council",
   "2026-09-30T19:38:24Z", 3, "Finance",
   "Spanish: 'just moved to Harlesden from Madrid, how do I register for council tax, can it be done online?' — general how-to",
   lang="es")
it("w_yt_app", "youtube", "yt:comment:68024Ugx9kq", "Femi Lawal", 12,
   "video says apply for the resident permit in the app but I can't find any Brent app in the play store?",
   "2026-05-19T22:04:44Z", 3, "Parking", "confusion from a how-to video; web team clarifies (and checks the video)")

# ---------------------------------------------------------------- route 4: service conversation
it("s_t1_root", "facebook", "fb:group.kensalrise.68024.post1", "Becky Lowe", 230,
   "So the School Streets consultation for Chamberlayne Wood Road closes on the 14th. Camera closure 8:15–9:15 and 2:45–3:45. Who's responded? "
   "I'm torn — safer for the kids obviously but my mum's carer comes at 8:30 every morning and I can't see anything about exemptions.",
   "2026-01-29T09:14:27Z", 4, "Highways",
   "live consultation being discussed by several residents in a local group — Highways officers should join",
   replies=6, likes=21, thread="T1")
it("s_t1_r1", "facebook", "fb:group.kensalrise.68024.c1", "Owen Price", 95,
   "Responded last night. Supportive but same question — the map doesn't say if carers or blue badge holders get through. Asked on the form.",
   "2026-01-29T10:02:51Z", 4, "Highways", "part of the ongoing consultation discussion", reply_to="s_t1_root", thread="T1", likes=6)
it("s_t1_fa", "facebook", "fb:group.kensalrise.68024.c2", "Shirin Ahmadi", 48,
   "من هم موافقم، خیابان ما در کنزال رایز بعد از تعطیلی مدرسه خیلی شلوغ و خطرناک است. ولی بستن کامل خیابان برای ساکنان سالمند مشکل‌ساز است.",
   "2026-01-29T11:40:10Z", 4, "Highways",
   "Farsi: 'I agree, our Kensal Rise street is very busy and dangerous after school, but closing it fully is a problem for elderly residents' — contribution to the consultation thread",
   lang="fa", reply_to="s_t1_root", thread="T1", likes=4)
it("s_t1_r3", "facebook", "fb:group.kensalrise.68024.c3", "Jen Ward", 77,
   "has anyone actually heard back from them about this?",
   "2026-01-30T08:25:19Z", 4, "Highways",
   "in the consultation thread this asks whether the exemptions question has been answered — the officers' cue to join; standalone it would be 1",
   reply_to="s_t1_r1", thread="T1", likes=3)
it("s_t1_joke", "facebook", "fb:group.kensalrise.68024.c4", "Dom Carter", 130,
   "😂😂 the school run parents on that road are scarier than any traffic",
   "2026-01-30T09:01:02Z", 1, "Highways",
   "joke inside the consultation thread, adds nothing to act on — monitor (the thread itself is 4)",
   reply_to="s_t1_root", thread="T1", likes=11)
it("s_t2_root", "x", "@wembleyparkneighbours", "Wembley Park Neighbours", 1680,
   "Planning application 26/0871 (29 storeys on the Fulton Road car park): the daylight study uses photos taken in July. Objections close Friday. "
   "Neighbours, have a look at page 14 before you comment. @Brent_Council",
   "2026-07-01T18:00:04Z", 4, "Planning",
   "residents' group running an ongoing discussion on a live planning application — Planning officers should engage; critical but not reputation-threatening",
   replies=9, likes=48, reposts=20, thread="T2")
it("s_t2_r1", "x", "@engineersway_k", "Kerry", 212,
   "page 14 is shocking. our flats on Engineers Way lose morning sun completely by their own figures. objected",
   "2026-07-01T18:44:36Z", 4, "Planning", "continues the application discussion", reply_to="s_t2_root", thread="T2", likes=12)
it("s_t2_r2", "x", "@tunde_hmm", None, 330,
   "tbf we need the homes. my kids will never afford anything round here otherwise. not everyone in wembley park is against it",
   "2026-07-01T19:30:58Z", 4, "Planning", "counter-view in the same discussion", reply_to="s_t2_root", thread="T2", likes=19)
it("s_t2_r3", "x", "@engineersway_k", "Kerry", 212,
   "anyone going to committee? is it the 3rd or 10th of sept, the portal says both",
   "2026-07-02T07:15:11Z", 4, "Planning",
   "ongoing application thread; the date confusion could be a simple web answer (ambiguous with 3)", reply_to="s_t2_r2", thread="T2", likes=2)
it("s_t4_root", "mastodon", "@willesdenreads@mastodon.online", "Willesden Reading Group", 512,
   "Brent's library hours consultation proposes closing Willesden Green on Mondays and cutting Saturday afternoons. Our Saturday group of 20 would have nowhere to go. "
   "Has anyone found the equality impact assessment? #Brent #libraries",
   "2026-06-11T10:20:00Z", 4, "Libraries",
   "live library consultation discussed by a community group — Libraries officers should join",
   replies=3, likes=26, reposts=14, thread="T4")
it("s_t4_r1", "mastodon", "@annietyping@kolektiva.social", "Annie", 188,
   "@willesdenreads it's linked at the bottom of the consultation page as 'EqIA draft'. Mondays matter for the job club too — we use the PCs there.",
   "2026-06-11T11:02:37Z", 4, "Libraries", "another participant in the library consultation discussion",
   reply_to="s_t4_root", thread="T4", likes=9)
it("s_preston", "facebook", "fb:user.68024.prestonra", "Preston Road Residents", 1250,
   "Update for everyone who has been posting about the garages behind the Preston Road parade: another load dumped Sunday night (sofa, paint tins). "
   "That's the third time this month. Thanks to those who sent photos. We've asked Brent's enforcement team to come to our meeting on the 20th — keep the reports coming.",
   "2026-03-23T12:10:45Z", 4, "Environment",
   "recurring fly-tipping hotspot discussed over weeks by a residents' group — Environment officers should join",
   replies=17, likes=40, reposts=6)
it("s_20mph", "bluesky", "at://did:plc:68024c3/app.bsky.feed.post/68024bl3", "Neasden Streets for People", 940,
   "Week 3 of our speed-watch on Neasden Lane since the 20mph signs went up: median 27mph, worst 52. Thanks to the 11 neighbours who've joined. "
   "Comparing notes with @brentcouncil's scheme review next — replies welcome below.",
   "2026-09-27T16:40:09Z", 4, "Highways",
   "ongoing community discussion about a specific traffic scheme — Highways should engage",
   replies=8, likes=66, reposts=22)
it("s_allot", "facebook", "fb:user.68024.stonebridge.allot", "Stonebridge Allotment Society", 380,
   "Following on from last month's thread about the waiting list — a few members have now heard that Brent wants to re-let half-plots only. "
   "Several of you asked what that means for those who've been waiting 4+ years. Let's keep the questions in this post so we can take them to the council together.",
   "2026-02-14T09:35:31Z", 4, "Environment",
   "text shows an ongoing conversation among members about a specific scheme (allotment lettings) — Environment/parks officers should join",
   replies=14, likes=29)

# ---------------------------------------------------------------- route 1: monitor
it("m_crude_rss", "rss", "rss:markets.example-energy-news.com/68024-brent-crude", None, None,
   "Brent crude slips below $68 as OPEC+ signals output rise — Brent futures for October delivery fell 1.4% in early London trading...",
   "2026-08-27T06:15:00Z", 1, None, "keyword noise: Brent crude oil prices")
it("m_crude_x", "x", "@OilDeskTom", "Tom | Energy desk", 14200,
   "Brent back above $80, WTI spread widening. Long week ahead 🛢️",
   "2026-03-16T07:02:44Z", 1, None, "keyword noise (Brent crude), large account of no consequence to the council")
it("m_brentcross", "x", "@shoppingwithsim", None, 430,
   "Brent Cross on a Saturday before Christmas was a MISTAKE 😩 never again",
   "2025-12-13T15:27:50Z", 1, None, "keyword noise: Brent Cross shopping centre (Barnet)")
it("m_brentford", "x", "@beesfan1889", None, 980,
   "Brentford away at Villa, 3 points, what a time to be alive 🐝🐝",
   "2026-01-10T17:15:33Z", 1, None, "keyword noise: Brentford FC")
it("m_person", "facebook", "fb:user.68024.lauren.h", "Lauren Hill", 210,
   "Happy 40th to my brother Brent!! Still can't believe you turned up in that suit 🎉",
   "2026-07-25T20:10:05Z", 1, None, "keyword noise: a person called Brent")
it("m_davidbrent", "x", "@officebanter_", None, 3100,
   "Monday morning energy: David Brent doing the dance in the training day episode",
   "2026-11-02T08:30:14Z", 1, None, "keyword noise: David Brent")
it("m_barnet", "x", "@hendon_harry", None, 155,
   "the pothole on Brent Street in Hendon is basically a swimming pool now @BarnetCouncil",
   "2026-11-16T12:48:27Z", 1, None, "another borough's matter (Brent Street is in Barnet, addressed to Barnet) — noise")
it("m_praise_bins", "instagram", "ig:68024_chamberlayne_life", "Chamberlayne Life", 3400,
   "Massive shout out to the Brent bin crew on Chamberlayne Road this morning — went back for the bag that split and swept the lot up 👏👏",
   "2026-05-08T09:41:20Z", 1, "Environment", "praise, no request — monitor (could be shared)", likes=210)
it("m_thanks_lib", "facebook", "fb:user.68024.aisha.m", "Aisha Mohamed", 140,
   "Thank you Brent libraries for the half term coding club at Kingsbury, my two haven't stopped talking about their robot 🤖",
   "2026-02-20T18:03:09Z", 1, "Libraries", "thanks, no case", likes=12)
it("m_sarcasm", "x", "@kilburnkev", None, 240,
   "love paying £2k a year council tax to admire the same pothole for 14 months. truly a landmark. should get a blue plaque 🙃",
   "2026-10-20T08:55:48Z", 1, "Highways",
   "sarcastic moan with no location or request — monitor; ambiguous with 2 if he gives the street")
TROLL = "brent council = clowns. absolute circus. every last one of them"
it("m_troll1", "x", "@nw10_truthteller", None, 34, TROLL, "2026-04-29T23:58:02Z", 1, None,
   "low-reach abuse with no substance")
it("m_troll2", "x", "@nw10_truthteller", None, 34, TROLL, "2026-05-01T00:06:41Z", 1, None,
   "exact repeat of the same low-reach abuse — same label")
it("m_spam", "x", "@grow_ur_brand_fast", None, 12,
   "@Brent_Council want 10K REAL followers in 48hrs?? DM us now 💯🔥 best price guaranteed",
   "2026-09-11T03:14:15Z", 1, None, "spam")
it("m_party", "facebook", "fb:user.68024.ward.action", "Tokyngton Action Team", 460,
   "Out leafleting in Tokyngton again this weekend! Come and join us — tea and biscuits at 10am outside the library. Together we can win on 7 May 🌹",
   "2026-03-28T08:04:30Z", 1, None,
   "party-political campaigning with no council matter raised — monitor only (pre-election period: council must not take a standpoint)")
it("m_reshare", "x", "@julesinwillesden", None, 88,
   "disgusting. pay our taxes for this 😡 RT @LDNStreetWatch Brent bin crew filmed tipping a whole street's recycling bins straight into the general waste lorry.",
   "2026-08-05T12:40:22Z", 1, "Environment", "reshare of something already escalated (viral video) — monitor")
it("m_bigacc", "x", "@RunLDNwithAlex", "Alex Turner", 212000,
   "Sunrise run round the Welsh Harp this morning. Forgot how green Brent is up there 🌅",
   "2026-06-07T06:20:33Z", 1, None, "very large account, friendly remark of no consequence")
it("m_sympathy", "facebook", "fb:user.68024.linda.f", "Linda Francis", 95,
   "Thinking of everyone in the Neasden flats who lost their homes in last night's fire. The community centre on Neasden Lane is collecting clothes if anyone can help ❤️",
   "2026-11-21T10:02:00Z", 1, None,
   "sympathy and a community appeal after an incident already being handled — monitor (ambiguous with 5 if the incident itself has not been picked up)")
it("m_diwali_hi", "instagram", "ig:68024_priya_wembley", "Priya", 760,
   "कल रात ईलिंग रोड पर दिवाली की रोशनी बहुत सुंदर थी! बच्चों को बहुत मज़ा आया 🪔✨ धन्यवाद ब्रेंट",
   "2026-11-09T09:18:37Z", 1, None,
   "Hindi: 'the Diwali lights on Ealing Road last night were beautiful, the kids loved it, thank you Brent' — praise", lang="hi", likes=98)
it("m_traffic_ro", "facebook", "fb:user.68024.andrei.p", "Andrei Popescu", 170,
   "Iar s-a blocat tot Wembley-ul din cauza meciului. Două ore de la Neasden până acasă. Bravo, Brent 🙄",
   "2026-05-16T21:31:50Z", 1, None,
   "Romanian: 'all of Wembley jammed again because of the match, two hours from Neasden to home, well done Brent' — sarcastic moan, no request",
   lang="ro", likes=5)
it("m_roadworks", "x", "@wembleyhillgary", None, 64,
   "how many more years will the wembley hill road roadworks take lol. my grandkids will inherit them",
   "2026-02-10T17:47:09Z", 1, "Highways",
   "rhetorical 'how many' jibe — not an FOI and not a real question; ambiguous with 3")
it("m_newrole", "linkedin", "li:68024-urn-activity-7790", "Rachel Green", 890,
   "Delighted to share that I've started a new role as Digital Content Officer at Brent Council! Looking forward to working with such a brilliant team.",
   "2026-01-12T09:00:00Z", 1, "HR", "staff announcement, no action", likes=75)
it("m_standalone_danger", "x", "@rory_films", None, 520,
   "this is getting dangerous now",
   "2026-08-16T13:05:28Z", 1, None,
   "standalone and not in reply to anything, no place or subject — nothing to act on (inside the Olympic Way thread the same words are 5)")
it("m_standalone_heard", "x", "@mapesbury_meg", None, 140,
   "has anyone actually heard back from them about this?",
   "2026-10-23T20:48:51Z", 1, None,
   "standalone with no context about what 'this' is — monitor (inside the consultation thread the same words are 4)")
it("m_rss_neutral", "rss", "rss:brentandkilburnlocal.co.uk/68024-library-hours", None, None,
   "Brent libraries to open later on Thursdays from September — Wembley, Willesden Green and Kilburn libraries will stay open until 8pm on Thursdays "
   "under a pilot announced by the council this week.",
   "2026-08-14T06:00:00Z", 1, "Libraries", "neutral news reporting council news — monitor")
it("m_cllr_share", "x", "@CllrMJoseph", "Cllr Mark Joseph", 2200,
   "Great to see the new play area at Roundwood Park open in time for half term. Thanks to the parks team 🛝",
   "2026-10-24T11:30:00Z", 1, None,
   "councillor praising a completed council project — no consequence; ambiguous with 5 (influential author on a council matter) but nothing needs a response",
   verified=True, likes=84, reposts=9)
it("m_yt_praise", "youtube", "yt:comment:68024UgzQ3a", "Khadija", 3,
   "the bit about folding the cardboard flat actually helped lol thanks",
   "2026-04-11T16:22:19Z", 1, "Environment", "thanks on a how-to video")

# ---------------------------------------------------------------- extra variety
it("c_fb_long", "facebook", "fb:user.68024.olu.b", "Olu Bankole", 133,
   "I don't normally post but I'm at the end of my tether.\n\nWe moved into our flat on Kilburn Park Road in 2019 (housing association transfer, now Brent). "
   "Since last winter the bathroom extractor hasn't worked, the window doesn't shut properly and now water comes in around the frame when it rains.\n\n"
   "I've reported it online (ref HSG/2301558), by phone, and to the officer at the estate office. Each time I'm told a surveyor will call. No one has.\n\n"
   "I'm not asking for anything special, just for the window to close. Can someone please pick this up?",
   "2026-11-05T19:55:12Z", 2, "Housing",
   "long post, own repair case with a reference and address", likes=15, replies=4)
random.seed(68024110)
def main():
    keys = {}
    out = []
    for i, d in enumerate(ITEMS):
        assert d["key"] not in keys, d["key"]
        p = d["platform"]
        if p in ("x", "mastodon"):
            pid = PREFIX + f"{random.randint(10**11, 10**12-1)}{i:03d}"
        elif p == "rss" or p == "linkedin" or p == "youtube" or p == "instagram" or p == "bluesky" or p == "facebook":
            pid = f"{p}-{PREFIX}-{i:03d}-{random.randint(1000,9999)}"
        keys[d["key"]] = pid
    # author handles for non-X platforms: use readable handle strings
    for d in ITEMS:
        L = {"route": d["route"], "department": d["dept"], "foi": d["foi"],
             "foi_valid": d["foi_valid"] if d["foi"] else None,
             "escalate_reason": d["esc"] if d["route"] == 5 else None,
             "reason": d["reason"], "language": d["lang"]}
        h = d["handle"]
        if h.startswith("fb:group."): h = "@" + (d["name"] or "member").lower().replace(" ", ".")
        elif h.startswith("fb:"): h = "@" + h.split(":", 1)[1].replace("user." + PREFIX + ".", "")
        elif h.startswith("ig:"): h = "@" + h.split(":", 1)[1].replace(PREFIX + "_", "")
        elif h.startswith("li:") or h.startswith("yt:") or h.startswith("rss:") or h.startswith("at://"):
            h = {"linkedin": "@" + (d["name"] or "member").split(" (")[0].lower().replace(" ", "-"),
                 "youtube": "@" + (d["name"] or "viewer").lower().replace(" ", ""),
                 "rss": "@" + h.split(":", 1)[1].split("/")[0],
                 "bluesky": "@" + (d["name"] or "user68024").split(" (")[0].lower().replace(" ", "") + ".bsky.social"}[d["platform"]]
        thread = keys[{"T1": "s_t1_root", "T2": "s_t2_root", "T3": "e_crowd", "T4": "s_t4_root"}[d["thread"]]] if d["thread"] else None
        out.append({"platform": d["platform"], "platform_id": keys[d["key"]], "author_handle": h,
                    "author_name": d["name"], "author_followers": d["followers"], "author_verified": d["verified"],
                    "text": d["text"], "created_at": d["created"],
                    "reply_to_id": keys[d["reply_to"]] if d["reply_to"] else None, "thread_id": thread,
                    "replies": d["replies"], "likes": d["likes"], "reposts": d["reposts"], "language": None,
                    "label": L, "provenance": "written"})
    random.shuffle(out)
    # keep every reply after what it replies to: within each thread, place members in time order in their slots
    threads = {}
    for idx, o in enumerate(out):
        if o["thread_id"]: threads.setdefault(o["thread_id"], []).append(idx)
    for tid, idxs in threads.items():
        members = sorted((out[i] for i in idxs), key=lambda o: o["created_at"])
        for i, m in zip(idxs, members): out[i] = m
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "items written to", OUT)

if __name__ == "__main__":
    main()
