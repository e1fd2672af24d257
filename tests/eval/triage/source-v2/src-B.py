#!/usr/bin/env python3
"""Writer B (ID prefix 19727 / w2b): 140 hand-written, hand-labelled mentions of Brent Council,
April-July 2026. Texts and labels are written by hand below; this script only assigns ids,
threads, shuffles (replies kept after their parents) and serialises to part-B.jsonl."""
import json, os, random

ITEMS = []   # dicts in definition order; parents are always defined before replies
KEYS = {}

def A(key, plat, handle, name, foll, ver, when, text, route, dept, esc, reason,
      lang="en", foi=False, foi_valid=None, reply=None, replies=0, likes=0, reposts=0):
    assert key not in KEYS, key
    d = dict(key=key, platform=plat, author_handle=handle, author_name=name, author_followers=foll,
             author_verified=ver, text=text, created_at=when, reply=reply, replies=replies, likes=likes,
             reposts=reposts, label={"route": route, "department": dept, "foi": foi,
             "foi_valid": foi_valid if foi else None, "escalate_reason": esc, "reason": reason,
             "language": lang})
    KEYS[key] = d
    ITEMS.append(d)

N, F = None, False
EP, HO, EN, PA, HI, FI, LI, ED, PL, RS, HR, WEB = ("Emergency Planning", "Housing", "Environment", "Parking",
    "Highways", "Finance", "Libraries", "Education", "Planning", "Regulatory Services", "HR", "Web")

# ---------------------------------------------------------------- route 5: escalate
A("gas", "x", "@tolu_harlesden", "Tolu", 143, F, "2026-04-11T23:48:12Z",
  "@Brent_Council strong smell of gas on the stairs at the flats above the chicken shop on Harlesden High St since about 8pm. landlord not answering his phone. there are kids in flat 2. who do we even call this time of night",
  5, EP, "risk_to_life",
  "Possible gas leak in an occupied block with children, late at night: risk to life 'whatever the follower count'; needs the emergency number and escalation now, not a next-day CS ticket.",
  likes=3, replies=1)
A("neighbour", "facebook", "Pauline Mercer", "Pauline Mercer", 212, F, "2026-07-14T16:05:40Z",
  "Does anyone know who to ring at Brent? The old lady at number 14 on our road (Christchurch Avenue) hasn't taken her milk in since Saturday and her curtains are still drawn. She's in her 80s and lives alone and with this heat I'm really worried. Knocked twice, no answer. Her son lives abroad I think.",
  5, N, "welfare_concern",
  "Elderly woman living alone not seen for days during a heatwave: possible risk to life; escalate for an immediate welfare check (police/adult social care, which is none of the 14 departments) although it is phrased as a simple 'who do I ring'.",
  replies=4, likes=11)
A("balcony", "x", "@kemi_ch_lk", None, 38, F, "2026-06-03T22:31:09Z",
  "theres a little boy maybe 5 or 6 out on the 4th floor walkway at Chalkhill on his own again, gone 10pm. every night this week. nobody ever answers the door at that flat. not sure if i should be saying this on here",
  5, N, "safeguarding_child",
  "A young child repeatedly alone late at night with no adult answering: a child possibly at risk (safeguarding) though the word is never used; escalate regardless of 38 followers; children's social care is not a listed department.",
  likes=2)
A("selfharm", "x", "@nisha_w_1990", "N", 61, F, "2026-05-19T02:14:55Z",
  "8 months of black mould, 3 repair tickets closed without anyone coming, my daughter coughing every night. @Brent_Council I honestly don't see the point of carrying on anymore. I'm so tired.",
  5, HO, "self_harm_risk",
  "Posted at 2am, 'don't see the point of carrying on anymore' is a self-harm cue, plus a child affected by damp and mould; escalate for welfare first. Ambiguous with 2 only if read as plain exasperation, and a careful officer would not take that risk.",
  likes=5, replies=2)
A("roughsleeper", "x", "@dollishill_dan", "Dan", 290, F, "2026-07-18T15:22:03Z",
  "Man sleeping rough in the subway under the North Circular at Neasden hasn't moved since this morning, it's 34 degrees, he mumbled when I spoke to him but can't sit up. Rang 111 and they said call the council?? @Brent_Council @StreetLinkUK",
  5, HO, "rough_sleeper_at_risk",
  "Rough sleeper barely responsive in extreme heat: risk to life, needs an ambulance advice and the outreach team now; escalate (homelessness sits with Housing).",
  likes=18, reposts=6, replies=3)
A("wall", "facebook", "Declan Murphy", "Declan Murphy", 95, F, "2026-04-26T10:12:00Z",
  "The wall of the garage block behind Kilburn Square is leaning out even worse after Thursday night's storm, a row of bricks came down on to the path yesterday. Kids cut through there to school every day. I've taped it off with bin bags but that's not going to stop anyone. Brent Housing please send someone before it comes down on a child.",
  5, HO, "structural_danger",
  "Structural danger on council land on a children's route, bricks already falling: risk to life, escalate even though it reads like a repair request (ambiguous with 2).",
  likes=23, replies=5)
A("crowd", "x", "@gigs_with_gem", "Gemma 🎤", 1840, F, "2026-06-20T22:57:41Z",
  "absolute crush on the steps down from Olympic Way to Wembley Park station, no stewards, barriers shut, people falling over each other, a girl next to me fainted. this is going to end with someone dead @Brent_Council @wembleystadium @TfL",
  5, EP, "crowd_safety",
  "Live crowd-crush report on an event night: risk to life and a major-event emergency; escalate to communications/emergency planning immediately.",
  likes=412, reposts=160, replies=38)
A("flood", "x", "@stonebridgemo", "Mo", 77, F, "2026-07-26T18:40:20Z",
  "Harrow Rd by Stonebridge Park is a river rn, water coming under the doors of the ground floor flats on Hillside, someone's car stalled in it with people still inside 😳 @Brent_Council",
  5, EP, "risk_to_life",
  "Flash flood entering homes with people in a stalled car: risk to life / people trapped in an incident; escalate whatever the follower count.",
  likes=40, reposts=22, replies=6)
A("firedoor", "x", "@fourteenthfloor_sk", None, 212, F, "2026-05-08T09:30:00Z",
  "Fire door on the 7th floor of our block on the South Kilburn estate has been wedged open with a fire extinguisher for 3 weeks and the smoke detector in the lobby is hanging off its wires. After Grenfell you'd think Brent would care. Reported twice.",
  5, HO, "fire_safety",
  "Fire safety failure in a council tower block with a Grenfell reference: dangerous and reputationally sensitive, §8 lists fire safety as escalate even from an ordinary resident.",
  likes=57, reposts=21, replies=4)
A("breach", "x", "@raj_k_accounts", "Raj Kotecha", 430, F, "2026-04-09T12:05:33Z",
  "@Brent_Council my council tax bill arrived today and the second page is SOMEONE ELSE'S – their name, address in Sudbury, account number and arrears. So who has got mine?? This is a serious data breach",
  5, FI, "data_breach",
  "Personal data of another taxpayer sent to the wrong person: a data breach, escalate (information governance, comms) rather than treat it as a billing query.",
  likes=34, reposts=12, replies=3)
A("discrim", "facebook", "Amina Yusuf", "Amina Yusuf", 320, F, "2026-06-11T14:40:00Z",
  "I went with my mum to the housing desk at the Civic Centre today to ask about her transfer. The man behind the counter told her to 'come back when you can speak proper English' and then only talked to me as if she wasn't there. She has lived in Brent for 31 years. Other people in the queue heard it. I want to know what Brent Council is going to do about this officer.",
  5, HO, "discrimination",
  "Alleged discrimination by a named service's staff member, witnessed: controversial and a conduct matter, escalate (not a routine complaint).",
  likes=210, reposts=64, replies=27)
A("threat", "x", "@van_man_wemb", None, 56, F, "2026-05-30T08:02:16Z",
  "if that same warden tickets my van outside MY OWN SHOP on Ealing Rd one more time he's going home in an ambulance. ive had enough @Brent_Council",
  5, PA, "threat_to_staff",
  "Explicit threat of violence to a civil enforcement officer: 'a threat to staff' escalates whatever the follower count; the PCN grievance is secondary.",
  likes=4)
A("legal", "x", "@tunde_adebayo", "Tunde Adebayo", 180, F, "2026-04-21T11:15:02Z",
  "@Brent_Council my solicitors sent your legal department a letter before claim today re the disrepair at my flat in Stonebridge (roof leaking for 14 months). You had every chance. See you in court.",
  5, HO, "legal_threat",
  "Litigation announced (letter before claim for disrepair): legal threat, escalate so comms and legal align; do not answer it as a repair ticket.",
  likes=9)
A("misconduct", "bluesky", "@alperton-watch.bsky.social", "Alperton Watch", 960, F, "2026-06-24T19:22:00Z",
  "So the Brent planning officer who recommended approval of the 26-storey Alperton scheme in 2024 now turns up as 'Head of Planning' at the developer's consultancy. Anyone at Brent Council want to explain how that works? Screenshots in thread.",
  5, PL, "misconduct_allegation",
  "Public allegation of a conflict of interest / misconduct by a planning officer: controversial and reputation-threatening, escalate.",
  likes=150, reposts=88, replies=19)
A("journo1", "x", "@hkhan_reports", "Hannah Khan", 742, F, "2026-05-12T10:04:11Z",
  "Hi @Brent_Council – I'm a reporter at the Brent & Kilburn Times. Could you tell me how many households Brent currently has in temporary accommodation outside the borough, and the total spent on nightly-paid accommodation in 2025/26? Happy to take this by email. Thanks",
  5, HO, "media_enquiry",
  "Polite, neutral question from a named reporter of a local paper (small following): a media enquiry goes to the press office; it is also a request for recorded information, valid (real name in profile), but 'a journalist's request is 5'.",
  foi=True, foi_valid=True, likes=6)
A("journo2", "x", "@ollie_mylondon", "Ollie Grant | MyLondon", 2310, F, "2026-06-19T16:30:00Z",
  "@Brent_Council hello, Ollie from MyLondon here – we're writing about the road closures and parking zones around Wembley for this weekend's three concerts. Is the council expecting any changes to the event day zone hours? Could your press office get back to me today?",
  5, PA, "media_enquiry",
  "Journalist naming his outlet asks a neutral question on a council matter: media enquiry, escalate to communications even though the answer is published (ambiguous with 3).",
  likes=3)
A("journo3", "linkedin", "urn:li:person:w2b-19727-lk1", "Farah Ilyas – freelance housing journalist", 540, F, "2026-04-29T09:15:00Z",
  "I'm writing a piece for Inside Housing on how London boroughs are preparing for the first year of Awaab's Law. I'd welcome a comment from Brent Council on how many damp and mould hazards it has had to fix within the new deadlines since October. Press office contacts welcome in the comments or by DM.",
  5, HO, "media_enquiry",
  "Trade-press journalist seeking comment on a council housing matter: media enquiry, escalate to the communications officer (LinkedIn, modest reach).",
  likes=14, replies=1)
A("cllr", "x", "@CllrPMehta", "Cllr Priya Mehta", 2100, F, "2026-04-15T09:12:00Z",
  "Residents on Barn Hill and Forty Avenue have now gone three weeks without a recycling collection. I've raised it with officers twice. This is not acceptable and I expect an explanation @Brent_Council",
  5, EN, "councillor",
  "A ward councillor publicly criticising a service during the pre-election period: influential author on a council matter, escalate (comms + Environment lead), even though the underlying issue is the route-4 collection problem.",
  likes=66, reposts=19, replies=7)
A("mp", "x", "@SamAdeyemiMP", "Sam Adeyemi MP", 38400, True, "2026-06-15T12:30:00Z",
  "My constituency office has had 40 families this month placed in B&Bs in Luton by @Brent_Council, with children still at school in Wembley. I've written to the Chief Executive. Families deserve better than this.",
  5, HO, "mp",
  "A verified MP publicly criticising temporary-accommodation placements: highly influential and controversial, escalate to comms and the Housing lead (possibly leading members).",
  likes=1450, reposts=610, replies=220)
A("candidate", "x", "@RosaForKilburn", "Rosa Lindqvist", 640, F, "2026-04-28T18:00:00Z",
  "Knocking on doors on the South Kilburn estate today and I lost count of the people with damp, broken lifts and repairs ignored for months. @Brent_Council's housing record is a scandal. On 7 May Kilburn can vote for change. #BrentElections",
  5, HO, "candidate",
  "A local-election candidate attacking the council's housing service in the pre-election period: escalate so comms handles it without taking any political standpoint (not party-political noise because it is a candidate on a council matter).",
  likes=88, reposts=31, replies=9)
A("electoral", "x", "@ela_sudbury", "Ela", 88, F, "2026-05-01T20:14:00Z",
  "got 3 polling cards through the door today, one for me, one for the previous tenant who moved out in 2022 and one for my dad who died 2 years ago. how is the register this wrong?? anyone could use those @Brent_Council",
  5, N, "electoral_integrity",
  "Electoral-register accuracy raised six days before polling day with a concern about misuse: electoral integrity, escalate to comms and electoral services (elections are not a listed department).",
  likes=27, reposts=8, replies=3)
A("viral", "x", "@NW10vibes", "NW10 Vibes", 14200, F, "2026-07-08T07:50:00Z",
  "This is Brent's 'recycling' 👀 crew tipping the blue bin bags straight into the general waste lorry on Craven Park Road this morning. Why do we even bother sorting? [video]",
  5, EN, "viral_video",
  "Video against a service on a large local account, already spreading (thousands of likes and reposts): reputation-threatening, escalate to comms and Environment.",
  likes=3100, reposts=1200, replies=340)
A("influencer", "instagram", "@sophie.styles.ldn", "Sophie | London lifestyle", 612000, True, "2026-06-07T21:10:00Z",
  "came to Wembley for the concert, parked legally (i thought!!) and got a £130 ticket from brent council 😭 the signs make NO sense. anyone else?? #wembley #scam",
  5, PA, "influential_account",
  "Very large verified account calling event-day enforcement a scam: highly influential commentator on a council matter, escalate (the PCN itself could later go to CS).",
  likes=48000, replies=2100, reposts=0)
A("death", "facebook", "Liam Doherty", "Liam Doherty", 150, F, "2026-05-25T13:00:00Z",
  "My uncle Frank was found dead in his flat on the Church End estate last week. The police think he'd been there nearly two weeks. We rang Brent housing in March to say he wasn't coping and the flat was in a state, and were told someone would visit. Nobody ever did. I'm not writing this for sympathy, I want answers.",
  5, HO, "death",
  "A death linked to alleged council inaction: controversial and reputation-threatening, escalate to comms and the Housing lead with care.",
  likes=380, reposts=140, replies=61)
A("libraries", "x", "@savebrentlibs", "Save Brent Libraries", 5400, F, "2026-07-02T12:00:00Z",
  "BREAKING: leaked budget paper shows Brent Council plans to cut opening hours at 4 of its 6 libraries incl. Kilburn & Harlesden. In 2011 they closed half of them. Not again. RT if you'll fight this. #SaveBrentLibraries",
  5, LI, "controversial_viral",
  "Controversial issue (library cuts, a leak) going viral from a campaign account: escalate to comms and the Libraries lead.",
  likes=2900, reposts=2200, replies=180)
A("pl_welfare", "facebook", "Krzysztof W.", "Krzysztof W.", 120, F, "2026-07-15T19:45:00Z",
  "Czy ktoś wie, gdzie w Brent zgłosić taką sprawę? Starszy sąsiad z parteru (Harlesden, Nicoll Road) nie otwiera drzwi od czterech dni, listy leżą pod drzwiami, a przy tym upale z mieszkania czuć dziwny zapach. Martwię się, że coś mu się stało.",
  5, N, "welfare_concern",
  "Polish: 'Does anyone know where to report this in Brent? The elderly ground-floor neighbour (Nicoll Road, Harlesden) hasn't opened the door for four days, post piling up, and in this heat there's a strange smell from the flat. I'm worried something happened to him.' Someone not seen for days, possible death: escalate.",
  lang="pl", likes=9, replies=3)
A("ar_child", "x", "@umm_yusuf_nw10", None, 45, F, "2026-06-28T23:20:00Z",
  "كل ليلة نسمع صراخ طفل صغير وصوت ضرب من الشقة اللي فوقنا في بناية على طريق هارلزدن، والأم تبكي. ما بعرف لمين أحكي @Brent_Council",
  5, N, "safeguarding_child",
  "Arabic: 'Every night we hear a small child screaming and the sound of hitting from the flat above us in a building on Harlesden Road, and the mother crying. I don't know who to tell.' Child and adult possibly at risk (domestic abuse): escalate at once.",
  lang="ar", likes=1)
A("so_ceiling", "facebook", "Xamar Cali", "Xamar Cali", 70, F, "2026-04-03T07:30:00Z",
  "Saqafka qolka ay carruurtu seexdaan ayaa xalay qayb ka mid ah soo dumay kadib markii biyo ka soo daateen guriga sare. Carruurtu way badbaadeen, alxamdulillaah. Golaha Brent waxaan u sheegay saddex toddobaad ka hor, wax jawaab ah ma aanan helin. Gurigu wuxuu ku yaallaa Stonebridge.",
  5, HO, "structural_danger",
  "Somali: 'Part of the children's bedroom ceiling collapsed last night after water leaked from the flat above. The children are safe, thank God. I told Brent Council three weeks ago and got no answer. The home is in Stonebridge.' Structural collapse with children, after an ignored report: escalate (ambiguous with 2).",
  lang="so", likes=15, replies=2)

# ---------------------------------------------------------------- route 2: customer services
A("bins_addr", "x", "@hayley_kenton", "Hayley", 54, F, "2026-04-14T08:20:00Z",
  "@Brent_Council grey bin not emptied again at 23 Westfield Way HA9, thats 2 weeks now and it stinks. lorry went straight past it ffs",
  2, EN, N, "Her own missed collection at a stated address: a person needing an officer to act ('my bin'), pass to CS.", likes=2)
A("bins_short", "x", "@gaz_nw10", None, 19, F, "2026-07-21T07:41:00Z",
  "bins?? again @Brent_Council",
  2, EN, N, "Very short but implies the author's own repeated missed collection; CS can DM for the address. Ambiguous with 1 (a bare moan with no case details).")
A("pcn_event", "x", "@priya_s_89", "Priya S", 212, F, "2026-05-17T09:11:00Z",
  "Got PCN WY40318827 on Saturday on Forty Lane while my visitor permit was clearly on the dashboard (photo attached). Event day or not I followed the rules. How do I get this cancelled @Brent_Council",
  2, PA, N, "Her own penalty charge with a PCN number on an event day: needs records checked, CS/Parking; the 'how do I' is incidental.", likes=5)
A("ct_double", "facebook", "Gerald Osei", "Gerald Osei", 40, F, "2026-04-03T13:00:00Z",
  "Brent Council – you've taken my council tax direct debit twice this month (1st and 2nd April, £186.40 each). Account number 3047 7712. I need the second one refunded before my rent goes out. Please can someone ring me.",
  2, FI, N, "Duplicate direct debit on an identified council tax account: an individual case for Finance via CS, within 24 hours.", likes=1)
A("boiler", "x", "@marcia_brentpk", "Marcia", 130, F, "2026-04-22T18:30:00Z",
  "9 days no heating or hot water at my flat on St Raphael's estate, repair ref 2026-HR-48812, 2 no-shows. I have a 3 month old. @Brent_Council please",
  2, HO, N, "Her own repair with a reference: CS to chase Housing urgently. Ambiguous with 5 because of the infant, but April weather and an open repair make it an urgent service case rather than risk to life.", likes=8, reposts=2)
A("mould", "x", "@kenton_tenant", None, 67, F, "2026-06-02T12:44:00Z",
  "repair job 551903 for damp in my bedroom closed as 'completed' today. nobody came. mould is back across the whole ceiling. can someone actually look at this",
  2, HO, N, "Own damp repair wrongly closed, job number given: reopen via CS/Housing.", likes=3)
A("flytip", "x", "@willesdenwalks", "Willesden Walks", 410, F, "2026-05-06T07:55:00Z",
  "Three mattresses and a fridge dumped outside 41 Chapter Road NW2 since Sunday, now blocking the pavement for buggies. Reported on the app, nothing. @Brent_Council",
  2, EN, N, "A specific fly-tip at an address that needs a crew sent: CS/Environment.", likes=12, reposts=2)
A("pothole", "x", "@kentonrider", None, 95, F, "2026-04-18T21:03:00Z",
  "@Brent_Council pothole outside 212 Kenton Rd (by the bus stop) just took out my front tyre and rim. How do I claim? It's been there since Feb",
  2, HI, N, "Pothole at an address plus his own damage claim: Highways needs to act and log the claim; ambiguous with 3 (the claim form is published).", likes=6)
A("streetlight", "facebook", "Joyce Hamilton", "Joyce Hamilton", 33, F, "2026-04-08T20:30:00Z",
  "Street light outside 7 Tintern Avenue Kingsbury has been out for a fortnight. It's pitch black by the alley and I'm nervous walking home from the bus. Column number 14 I think.",
  2, HI, N, "Specific street-light fault with location and column: Highways via CS.", likes=4)
A("permit", "x", "@alex_kr_q", "Alex", 76, F, "2026-06-09T10:10:00Z",
  "@Brent_Council my resident permit renewal was paid on 28 May (ref PP-0093114) but the system still shows it expired and I got a PCN this morning. help",
  2, PA, N, "Own permit record wrong, payment reference and a resulting PCN: Parking must check records.")
A("libfines", "x", "@bookwormbex", "Bex", 320, F, "2026-05-22T15:30:00Z",
  "returned 4 books to Willesden Green library on the 10th, my account still says overdue and won't let me reserve anything. card ends 4471. @Brent_Council",
  2, LI, N, "Her own library account needs correcting (card given): Libraries via CS.", likes=1)
A("school", "facebook", "Fatima Rahman", "Fatima Rahman", 88, F, "2026-04-17T09:00:00Z",
  "My son still has NO secondary school place for September. We were offered nothing on offer day, not even one of our six, and we've heard nothing since. Application ref BRE26-SEC-10452. We live in Neasden. Who at Brent admissions can I actually speak to? He's in tears.",
  2, ED, N, "Individual admissions case with an application reference: Education (admissions) must look it up; distressing but not a safeguarding risk.", likes=14, replies=2)
A("cts", "x", "@leonie_harlesden", None, 41, F, "2026-06-16T11:00:00Z",
  "applied for council tax support in March after losing my job, still no decision and now a summons letter?? ref CTR 88231. @Brent_Council",
  2, FI, N, "Own benefit claim and recovery action with a reference: Finance via CS.")
A("noise", "x", "@cantsleep_nw10", None, 23, F, "2026-07-05T03:12:00Z",
  "@Brent_Council flat 3, 20 Craven Park Rd, bass music till 4am AGAIN, 5th night this week. kids have school. is there a noise team out tonight",
  2, RS, N, "A specific noise nuisance at an address: Regulatory Services (noise team) case, posted at 3am.")
A("offlicence", "x", "@mum_of3_kingsbury", None, 150, F, "2026-06-13T17:20:00Z",
  "the off licence on Kingsbury Rd by the station is selling vapes and cans to kids in school uniform, seen it 3 times this week. who do i report to @Brent_Council",
  2, RS, N, "Underage sales at an identifiable shop: a trading standards/licensing case to pass on. Ambiguous with 5 (children), but this is enforcement, not a child in immediate danger.", likes=21, reposts=4)
A("enforcement", "x", "@sudburyneighbour", None, 34, F, "2026-05-26T07:05:00Z",
  "Neighbour at 17 Harrowdene Rd has put up a 2 storey rear extension with no planning notice anywhere, builders start 7am on Sundays. Can enforcement check? @Brent_Council",
  2, PL, N, "Planning enforcement complaint about a specific address (and noise hours): Planning enforcement via CS.")
A("hrportal", "linkedin", "urn:li:person:w2b-19727-lk2", "Chidi Okoro", 410, F, "2026-04-24T14:50:00Z",
  "Trying to apply for the Senior Parking Officer role at Brent Council (ref BRN0412) but the application portal keeps rejecting my CV upload and the deadline is midnight tonight. Is there anyone in the recruitment team I can contact?",
  2, HR, N, "His own job application at risk before a deadline: recruitment needs to act. Ambiguous with 3 (a website fault the web team could also pick up).", likes=7)
A("gardenwaste", "x", "@greenfingers_ks", "Maureen", 58, F, "2026-04-29T16:00:00Z",
  "paid for the garden waste subscription on 1 April, still no sticker and the brown bin skipped twice. order 77120. @Brent_Council",
  2, EN, N, "Paid subscription not fulfilled, order number given: Environment via CS.")
A("bulky", "facebook", "Kwame Mensah", "Kwame Mensah", 60, F, "2026-07-10T10:00:00Z",
  "Booked and paid for a bulky waste collection (sofa and wardrobe) for Tuesday, booking ref BW-26-3319, left everything out at 6am like it says. Nobody came and now I've had a warning letter for fly-tipping on my own doorstep!! Brent please sort this.",
  2, EN, N, "Own booking missed and a wrong enforcement letter: CS to check the booking and withdraw the warning.", likes=9, replies=1)
A("foodpois", "x", "@tash_alperton", None, 112, F, "2026-07-20T12:10:00Z",
  "whole family sick after chicken from a takeaway on Ealing Road saturday night, my 2 yr old ended up in A&E. who do i report the place to @Brent_Council environmental health",
  2, RS, N, "Food-poisoning complaint about a named business: environmental health (Regulatory Services) case; the child's illness is past, so not an escalation.", likes=6)
A("towed", "x", "@jaydeep_w", "Jaydeep", 180, F, "2026-06-21T00:30:00Z",
  "my car was parked on Empire Way and now it's gone. was it towed?? where is the pound and how do i get it back tonight @Brent_Council",
  2, PA, N, "Needs a records check on his own vehicle on an event night (council removal or police): Parking via CS, ambiguous with 3 (pound details are published).")
A("cpz_reject", "x", "@queensparkjo", None, 70, F, "2026-06-30T09:40:00Z",
  "@Brent_Council my permit application for the new QP CPZ got rejected saying my address 'isn't in the zone' but the zone map literally has my road in it. 14 Harvist Rd. now I can't park outside my own house",
  2, PA, N, "Individual permit application wrongly refused, address given: Parking via CS (distinct from the wider CPZ discussion).")
A("foi_addr", "x", "@wembleyrates", None, 210, F, "2026-05-27T10:30:00Z",
  "FOI request to @Brent_Council: please provide the number of PCNs issued in the Wembley Stadium event day zone on each event day in 2025, and how many were cancelled on appeal. Reply to Margaret Okafor, 14 Linden Avenue, Wembley HA9 8BA.",
  2, PA, N, "Request for recorded information with the applicant's name and an address for correspondence in the post: a valid FOI despite the anonymous handle; log via CS, 20 working days.",
  foi=True, foi_valid=True, likes=4)
A("foi_masto", "mastodon", "@danielweiss@mastodon.social", "Daniel Weiss", 380, F, "2026-04-13T14:00:00Z",
  "@BrentCouncil Freedom of Information request: please send me the total Brent Council spent on agency and interim staff in 2025/26, broken down by department. My email is in my profile. Thanks.",
  2, HR, N, "Request for recorded information; real name visible in the profile, so valid per Appendix A; log via CS (HR holds agency spend).",
  foi=True, foi_valid=True, likes=2)
A("gu_foi", "x", "@h_patel_kenton", "Hasmukh Patel", 96, F, "2026-06-05T10:00:00Z",
  "@Brent_Council માહિતીની સ્વતંત્રતા (FOI) હેઠળ વિનંતી: 2025 માં કેન્ટન અને ક્વીન્સબરી વિસ્તારમાં ફ્લાય-ટિપિંગના કેટલા કેસ નોંધાયા અને કેટલા ફિક્સ્ડ પેનલ્ટી નોટિસ (FPN) આપવામાં આવ્યા તેની માહિતી આપશો. આભાર.",
  2, EN, N, "Gujarati: 'Request under Freedom of Information: please provide how many fly-tipping cases were recorded in Kenton and Queensbury in 2025 and how many fixed penalty notices were issued. Thank you.' Valid FOI (real name in profile), log via CS.",
  lang="gu", foi=True, foi_valid=True, likes=3)
A("pl_ct", "facebook", "Agnieszka Nowak", "Agnieszka Nowak", 55, F, "2026-04-20T19:00:00Z",
  "Dzień dobry, dostałam list z Brent Council, że zalegam z council tax za marzec, ale mam potwierdzenie przelewu z banku. Numer konta 3011 4568. Do kogo mam wysłać to potwierdzenie? Mieszkam w Willesden.",
  2, FI, N, "Polish: 'I got a letter from Brent Council saying I owe council tax for March, but I have the bank transfer confirmation. Account number 3011 4568. Who should I send the confirmation to? I live in Willesden.' Own account query: Finance via CS.",
  lang="pl")
A("ro_pcn", "x", "@andrei_wembley", "Andrei", 48, F, "2026-05-18T08:00:00Z",
  "@Brent_Council am primit amendă de parcare PCN WY40322190 în fața casei mele pe Dagmar Avenue în ziua meciului, deși am permis de rezident valabil. Cum fac contestație? Vă rog, ajutor.",
  2, PA, N, "Romanian: 'I got parking fine PCN WY40322190 outside my house on Dagmar Avenue on match day although I have a valid resident permit. How do I appeal? Please help.' Own PCN: Parking via CS.",
  lang="ro")
A("ta_leak", "facebook", "Suganya Rajan", "Suganya Rajan", 77, F, "2026-06-25T09:20:00Z",
  "வணக்கம், எங்கள் வீட்டின் (Wembley, Chalkhill) சமையலறை கூரையிலிருந்து மூன்று வாரங்களாக தண்ணீர் ஒழுகுகிறது. பழுது எண் 2026-HR-50177. இதுவரை யாரும் வரவில்லை. தயவுசெய்து உதவுங்கள்.",
  2, HO, N, "Tamil: 'Hello, water has been leaking from our kitchen ceiling (Chalkhill, Wembley) for three weeks. Repair number 2026-HR-50177. Nobody has come yet. Please help.' Own repair with reference: Housing via CS.",
  lang="ta", likes=2)
A("pt_bins", "x", "@lucia_alperton", "Lúcia", 30, F, "2026-07-07T09:45:00Z",
  "@Brent_Council o lixo reciclável da minha rua (Burnside Crescent, Alperton) não é recolhido há duas semanas. Já reportei no site, número 1042287. Quando vêm?",
  2, EN, N, "Portuguese: 'The recycling on my street (Burnside Crescent, Alperton) hasn't been collected for two weeks. Already reported on the website, number 1042287. When are you coming?' Own missed collection with report number: CS.",
  lang="pt")
A("tree", "x", "@preston_rd_res", None, 60, F, "2026-07-27T07:30:00Z",
  "big branch off the street tree outside 58 Carlton Avenue East came down in last night's storm, lying across the pavement. doesn't look dangerous now but people are walking in the road to get round. @Brent_Council",
  2, HI, N, "Obstruction at an address that needs a crew: Highways via CS; the author says it is not dangerous now, so not an escalation.")
A("pcn_appeal_1", "x", "@bigmike_parkroyal", "Mike", 90, F, "2026-04-07T10:20:00Z",
  "@Brent_Council still waiting on my appeal for PCN WY40299123, submitted 6 weeks ago, no reply and now a charge certificate saying I owe £195. Appeal ref APL-22871.",
  2, PA, N, "Own PCN appeal with references, escalating charge: Parking via CS. (Exact repeat posted three days later.)")
A("pcn_appeal_2", "x", "@bigmike_parkroyal", "Mike", 90, F, "2026-04-10T08:05:00Z",
  "@Brent_Council still waiting on my appeal for PCN WY40299123, submitted 6 weeks ago, no reply and now a charge certificate saying I owe £195. Appeal ref APL-22871.",
  2, PA, N, "Exact repeat of his earlier post: same case, same label (CS/Parking).", likes=1)
A("ur_badge", "x", "@imran_nw2", "Imran", 66, F, "2026-05-05T11:00:00Z",
  "@Brent_Council میرے والد کے بلیو بیج کی تجدید کی درخواست فروری میں دی تھی، حوالہ نمبر BB-20931، ابھی تک کوئی جواب نہیں آیا۔ ان کا پرانا بیج ختم ہو چکا ہے اور وہ چل نہیں سکتے۔",
  2, PA, N, "Urdu: 'I applied in February to renew my father's Blue Badge, reference BB-20931, no reply yet. His old badge has expired and he can't walk.' Own application with a reference: CS (Blue Badge sits with Parking here).",
  lang="ur")

# ---------------------------------------------------------------- route 3: web team responds
A("eventtime", "x", "@first_gig_feli", None, 24, F, "2026-06-20T17:40:00Z",
  "what time does the event day parking zone end tonight? want to pick my daughter up from the concert without getting a ticket @Brent_Council",
  3, PA, N, "General 'when' question answered by published event-day information: web team signposts.")
A("bankhol", "x", "@k_osei", None, 110, F, "2026-05-02T10:00:00Z",
  "is the civic centre open on bank holiday monday or nah @Brent_Council",
  3, N, N, "Simple opening-hours question: web team answers/signposts; no specific department.")
A("votewhere", "x", "@firsttimevoter_w", None, 40, F, "2026-04-30T19:00:00Z",
  "first time voting on 7 May, do I need ID and where's my polling station? moved to Wembley Park in Jan @Brent_Council",
  3, N, N, "General election-information questions answered by published pages (voter ID, polling station finder); elections are not a listed department. Ambiguous with 2 only if registration at the new address is in doubt.")
A("gw_rumour", "facebook", "Sandra Levy", "Sandra Levy", 90, F, "2026-04-05T12:00:00Z",
  "Is it true Brent is scrapping the garden waste collections from this summer? My neighbour says she read it in the paper.",
  3, EN, N, "'Is it true' confusion about a well-understood service: web team corrects and links.", replies=1, likes=2)
A("bulkyerr_1", "x", "@tidyhome_ted", "Ted", 140, F, "2026-07-11T10:00:00Z",
  "@Brent_Council the bulky waste booking page just gives 'Error 500 – something went wrong' on every browser. been like this since Friday. how are we supposed to book?",
  3, WEB, N, "A fault on the website: web team responds and fixes/reports it. (Exact repeat two days later.)", likes=3)
A("bulkyerr_2", "x", "@tidyhome_ted", "Ted", 140, F, "2026-07-13T08:15:00Z",
  "@Brent_Council the bulky waste booking page just gives 'Error 500 – something went wrong' on every browser. been like this since Friday. how are we supposed to book?",
  3, WEB, N, "Exact repeat by the same author: same website fault, same label.", likes=5)
A("ctpage", "x", "@hanna_kilburn", None, 51, F, "2026-04-02T21:00:00Z",
  "council tax payment page just spins forever on my iphone, tried safari and chrome. is the site down? @Brent_Council",
  3, WEB, N, "Website fault report: web team responds.")
A("pizza", "instagram", "@zerowaste_wembley", "Zero Waste Wembley", 2900, F, "2026-05-14T12:00:00Z",
  "Quick q for @brent_council 🍕 greasy pizza boxes — blue bin or food waste caddy? Getting conflicting answers from our followers!",
  3, EN, N, "Simple recycling confusion answered by published guidance; a community account of modest reach, not influential enough for 5.", likes=140, replies=22)
A("dogs", "x", "@biscuit_the_cockapoo", "Biscuit 🐶", 780, F, "2026-04-19T08:30:00Z",
  "are dogs allowed off lead in Roundwood Park or just on the paths? new to Harlesden woof @Brent_Council",
  3, EN, N, "General parks rule question: signpost to the park's page.", likes=30)
A("splash", "facebook", "Nadia Ali", "Nadia Ali", 44, F, "2026-07-16T10:00:00Z",
  "Does anyone know if the water play area in King Edward VII Park is open during this heatwave? Want to take the kids this afternoon",
  3, EN, N, "Simple 'is it open' question answered by published parks information.", replies=2, likes=3)
A("coolspace", "x", "@care_for_gran", None, 60, F, "2026-07-15T09:00:00Z",
  "@Brent_Council are there any cool spaces or air conditioned places open in Kingsbury for older people this week? my gran's flat is like an oven",
  3, EP, N, "Heatwave signposting (cool spaces list, heat-health advice). Ambiguous with 5: an older person in heat, but no sign she is unwell or alone, so signposting with welfare advice.")
A("harrow", "x", "@southharrow_sid", None, 15, F, "2026-05-09T13:00:00Z",
  "@Brent_Council huge pothole on Northolt Rd in South Harrow right outside the tube, someone's going to come off their bike",
  3, N, N, "Meant for another council (Northolt Road, South Harrow is Harrow's): web team redirects to Harrow.")
A("streetparty", "facebook", "Elm Road Street Party", None, 150, F, "2026-05-20T18:00:00Z",
  "We're planning a street party on Elm Road for the World Cup final on 19 July. Do we need a road closure application and a temporary event notice if we're not selling alcohol? What's the deadline?",
  3, HI, N, "General 'how/when' question on road-closure and licensing rules: signpost to the street-party pages (Highways; licensing aspect too).", likes=12, replies=3)
A("cpzclose", "x", "@brondesbury_ben", None, 80, F, "2026-06-01T08:00:00Z",
  "when does the Brondesbury Park CPZ consultation close? can't find the date on the page @Brent_Council",
  3, PA, N, "Simple factual question about a consultation: web team answers and links (the page may need the date made clearer).")
A("portalsearch", "x", "@nosy_neighbour_nw9", None, 20, F, "2026-05-29T20:00:00Z",
  "how do you search the planning portal by address?? it keeps saying no results for a house that literally has a notice on its lamp post",
  3, WEB, N, "How-to / website usability confusion: web team explains the search (Planning could be Web's partner).")
A("libsunday", "bluesky", "@tomas-reads.bsky.social", "Tomás", 220, F, "2026-04-12T09:00:00Z",
  "Is Wembley Library at the Civic Centre open on Sundays? Brent's website says one thing, Google says another.",
  3, LI, N, "Opening-hours confusion, possibly an out-of-date listing: web team answers and checks the listing.")
A("foi_pseud", "x", "@brentwatcher99", None, 130, F, "2026-07-22T11:30:00Z",
  "FOI: how much did @Brent_Council spend on the Wembley Park World Cup fan zone screens and stewarding? Itemised please.",
  3, FI, N, "A genuine request for recorded information but from a pseudonymous account with no name or address: invalid under Appendix A; web team explains how to make a valid request.",
  foi=True, foi_valid=False, likes=19, reposts=5)
A("foi_first", "facebook", "Sam B.", "Sam B.", 35, F, "2026-06-18T21:40:00Z",
  "Freedom of information request please: how many parking wardens does Brent employ and what are their ticket targets? Reply here. Sam",
  3, PA, N, "FOI-style request signed with a first name and initial only, no address: invalid; web team explains how to resubmit (real name + email/address).",
  foi=True, foi_valid=False, likes=6)
A("student", "x", "@uni_life_lea", None, 210, F, "2026-04-25T14:00:00Z",
  "do students have to pay council tax in brent? moving into a house share in Willesden in September",
  3, FI, N, "General question with a published answer (student exemption): signpost.")
A("brokenlink", "mastodon", "@tessa@mastodon.online", "Tessa", 860, F, "2026-06-10T12:30:00Z",
  "@BrentCouncil the link in your post about the summer events guide goes to a 404 page fyi",
  3, WEB, N, "Fault on the website/link: web team fixes and replies.")
A("voterid", "x", "@grumpygrandad_w", None, 45, F, "2026-05-04T16:00:00Z",
  "since when do I need PHOTO ID to vote in a council election?? I've voted at the same school for 40 years. is this a Brent thing?",
  3, N, N, "Confusion over a national rule (voter ID since 2023): web team explains and links to free Voter Authority Certificate info; no department.")
A("es_bin", "x", "@mari_kensal", "María", 58, F, "2026-04-16T11:00:00Z",
  "Hola @Brent_Council, ¿dónde puedo pedir un contenedor nuevo de reciclaje? El mío se rompió. Vivo en Kensal Green.",
  3, EN, N, "Spanish: 'Where can I order a new recycling bin? Mine broke. I live in Kensal Green.' Signpost to the online bin request form; ambiguous with 2 (it is her own bin, but the published form answers it).",
  lang="es")
A("bn_school", "facebook", "Rupa Begum", "Rupa Begum", 70, F, "2026-04-10T19:00:00Z",
  "আসসালামু আলাইকুম। ব্রেন্টে রিসেপশন ক্লাসে ভর্তির আবেদনের ফলাফল কবে জানানো হবে? আমার মেয়ের জন্য জানুয়ারিতে আবেদন করেছিলাম।",
  3, ED, N, "Bengali: 'When will the results of reception class applications in Brent be announced? I applied for my daughter in January.' General date question (primary offer day is published): signpost.",
  lang="bn")
A("hi_pavement", "x", "@vikas_sweets_ealingrd", "Vikas Sharma", 130, F, "2026-06-26T10:00:00Z",
  "@Brent_Council नमस्ते, मेरी मिठाई की दुकान Ealing Road पर है। क्या दुकान के बाहर मेज़-कुर्सी रखने के लिए लाइसेंस चाहिए? आवेदन कहाँ करें?",
  3, RS, N, "Hindi: 'Hello, I have a sweet shop on Ealing Road. Do I need a licence to put tables and chairs outside the shop? Where do I apply?' General how-to: signpost to the pavement licence page (licensing; Highways also involved).",
  lang="hi")
A("fa_binday", "x", "@shirin_kilburn", None, 90, F, "2026-05-21T12:00:00Z",
  "سلام، روز جمع‌آوری زباله در خیابان ما در کیلبرن چه روزی است؟ بعد از تعطیلی بانکی تغییر کرده؟ @Brent_Council",
  3, EN, N, "Farsi: 'Hello, what day is rubbish collection on our street in Kilburn? Has it changed after the bank holiday?' General question answered by the collection-day lookup.",
  lang="fa")
A("yt_tins", "youtube", "@wembleyparkwalker", None, 12, F, "2026-06-14T18:00:00Z",
  "does this mean we have to wash the tins out now? the video doesnt actually say",
  3, EN, N, "Comment on the council's recycling video asking a simple question the guidance answers: web team replies.")
A("southall", "facebook", "Sunita Gill", "Sunita Gill", 30, F, "2026-07-09T08:00:00Z",
  "Brent Council my bins in Southall haven't been collected for 2 weeks!! what is going on",
  3, N, N, "Meant for another council (Southall is in Ealing): web team redirects her to Ealing Council.")

# ---------------------------------------------------------------- route 4: ongoing service conversations
A("cpz0", "facebook", "Helen Carver", "Helen Carver", 410, F, "2026-06-03T19:10:00Z",
  "So the council's CPZ consultation for the streets north of Queens Park (Chevening, Keslake, Hopefield etc) closes on 19 June. They're proposing Mon–Sat 8.30–6.30 and £180 for a first permit. Those of us who work from home will be paying to park outside our own houses while commuters just move a street over. Have people responded? What are you saying?",
  4, PA, N, "Opens a local-group discussion of a live CPZ consultation: a specific ongoing conversation the Parking officers should join (critical but not reputation-threatening).",
  replies=9, likes=40)
A("cpz1", "facebook", "Mark Ibe", "Mark Ibe", 120, F, "2026-06-03T20:02:00Z",
  "Responded yesterday. I asked for a shorter 2-hour window like Brondesbury Park has. The drop-in at Kensal Rise library was useful but the officer didn't know anything about the displacement survey.",
  4, PA, N, "Part of the ongoing CPZ consultation discussion with a specific point for Parking officers.", reply="cpz0", likes=8)
A("cpz2", "facebook", "Jo Fairbanks", "Jo Fairbanks", 64, F, "2026-06-03T20:40:00Z",
  "We actually need this. Since the supermarket car park started charging, Chevening Rd is full of vans all week. I can't get a space when I get back with the shopping and my mum has a blue badge.",
  4, PA, N, "Supportive view within the ongoing CPZ conversation: service officers should take part.", reply="cpz0", likes=12)
A("cpz3", "facebook", "Cllr Tom Reid", "Cllr Tom Reid", 1300, F, "2026-06-04T08:15:00Z",
  "I've asked officers to extend the consultation by two weeks given how many residents say they never got the leaflet. Will update here as soon as I hear.",
  5, PA, "councillor",
  "A ward councillor speaking publicly on a council matter (asking for an extension): §8 escalates councillors even when polite. Ambiguous with 4, as it sits inside the service conversation.",
  reply="cpz0", likes=31)
A("cpz4", "facebook", "Priyesh Shah", "Priyesh Shah", 88, F, "2026-06-04T12:30:00Z",
  "અમે પણ ફોર્મ ભરી દીધું. સાંજે ૬:૩૦ સુધીનો સમય બહુ લાંબો છે, અમારી દુકાને આવતા ગ્રાહકોને પાર્કિંગની તકલીફ પડશે.",
  4, PA, N, "Gujarati: 'We filled in the form too. Until 6:30pm is far too long; customers coming to our shop will struggle to park.' A business view within the ongoing CPZ consultation thread.",
  lang="gu", reply="cpz0", likes=5)
A("cpz5", "facebook", "Dean K", "Dean K", 22, F, "2026-06-04T13:01:00Z",
  "😂😂 good luck getting Brent to listen to any of that",
  1, N, N, "Cynical aside inside the thread with no point for the service: monitor.", reply="cpz0", likes=3)

A("plan0", "x", "@wembleyparkRA", "Wembley Park Residents' Association", 2200, F, "2026-05-13T18:00:00Z",
  "Planning application 26/1184 for the 31-storey tower on the old car park by Fulton Road is out to consultation until 3 June. 600 homes, 12% affordable rent. Comments so far are overwhelmingly against. Thread below with what residents have told us 🧵 @Brent_Council",
  4, PL, N, "A residents' association running a discussion on one live planning application: Planning officers should join with web team support; community group, critical but not viral.",
  replies=14, likes=120, reposts=45)
A("plan1", "x", "@fulton_rd_flat", None, 40, F, "2026-05-13T18:25:00Z",
  "the daylight study leaves out our whole block on the north side. we'll be in shadow from 2pm. objected today",
  4, PL, N, "A specific objection within the ongoing planning-application thread.", reply="plan0", likes=9)
A("plan2", "x", "@buildmorehomes_nw", "Build More Homes NW", 300, F, "2026-05-13T19:10:00Z",
  "Counterpoint: we need homes and Wembley Park has the transport. My only objection is the affordable %, 12% is nowhere near the borough target",
  4, PL, N, "Another participant's view in the same planning conversation.", reply="plan0", likes=14)
A("plan3", "x", "@wembleyparkRA", "Wembley Park Residents' Association", 2200, F, "2026-05-15T09:00:00Z",
  "Update: Brent planning officers have agreed to come to our residents' meeting on 27 May. Please send questions in advance, we'll collate them.",
  4, PL, N, "The text itself shows the conversation with Planning officers is ongoing: keep supporting the service to take part.", reply="plan0", likes=40, reposts=10)

A("gw0", "x", "@forty_ave_fran", "Fran", 180, F, "2026-05-11T08:30:00Z",
  "Anyone else on Forty Avenue / Barn Rise not had the brown bin emptied since the new rounds started? @Brent_Council",
  4, EN, N, "Starts a neighbours' discussion about one round failing across several streets: a recurring hotspot for the Environment team to join rather than single tickets.",
  replies=5, likes=11)
A("gw1", "x", "@barnrise_bob", None, 25, F, "2026-05-11T09:02:00Z",
  "Still nothing. Third week running.",
  4, EN, N, "Inside the garden-waste thread this adds a third week to the shared round problem: route 4. (The same words posted standalone elsewhere are route 1.)", reply="gw0", likes=2)
A("gw2", "x", "@kate_barnhill", None, 66, F, "2026-05-11T10:15:00Z",
  "Same on Barnhill Rd. The crew told my husband the new round doesn't have our street on the sheet at all.",
  4, EN, N, "More streets and a likely cause added to the ongoing round discussion.", reply="gw0", likes=7)
A("gw3", "x", "@forty_ave_fran", "Fran", 180, F, "2026-05-11T12:40:00Z",
  "Reported on the website 3 times, each one auto-closed. This is clearly the round, not individual bins.",
  4, EN, N, "The original poster continues the conversation: the service must look at the round.", reply="gw0", likes=6)
A("park0", "facebook", "Friends of Gladstone Park", None, 1800, F, "2026-07-13T12:00:00Z",
  "The paddling pool is closed 'for maintenance' again, second summer running, in the middle of a heatwave. We've been asking the parks team since March when it will reopen. Parks team, can you give us a date? Lots of families asking.",
  4, EN, N, "A friends-of-park group running a discussion on one parks issue with a direct ask to officers: route 4 (Environment/parks).",
  replies=12, likes=95)
A("park1", "facebook", "Rachel Owusu", "Rachel Owusu", 140, F, "2026-07-13T12:30:00Z",
  "Same last year. Kids ended up in the fountain by the café instead 🙈",
  1, N, N, "Chatter inside the parks thread with nothing for the service to act on: monitor. Ambiguous with 4.", reply="park0", likes=8)
A("park2", "facebook", "Tony Marsh", "Tony Marsh", 76, F, "2026-07-13T14:05:00Z",
  "Heard from a parks officer it's the pump and the part is on order. Would be nice if Brent just said that publicly.",
  4, EN, N, "Adds information and a request for public communication to the ongoing parks conversation.", reply="park0", likes=17)
A("lic0", "x", "@kilburnhighrd_res", "Kilburn High Rd Residents", 700, F, "2026-04-20T20:00:00Z",
  "Licensing application for 3am closing at the new bar on Kilburn High Road: hearing is 6 May, representations close Friday. Several of us on Birchington Rd have already written in about noise and people spilling out. @Brent_Council licensing",
  4, RS, N, "Residents' discussion of one live licensing application: licensing officers should join the conversation.", replies=4, likes=22)
A("lic1", "x", "@birchington_b", None, 30, F, "2026-04-20T20:45:00Z",
  "Objected yesterday. We already get 2am noise from the one across the road, 3am will be worse",
  4, RS, N, "Part of the ongoing licensing discussion.", reply="lic0", likes=3)
A("lic2", "x", "@kilburn_nightlife", "Kilburn After Dark", 900, F, "2026-04-21T09:30:00Z",
  "As someone who works in hospitality here: Kilburn High Rd needs venues to survive. Conditions on the smoking area and dispersal, yes. Blanket objection, no.",
  4, RS, N, "Business counterpoint within the same licensing conversation.", reply="lic0", likes=19)
A("barnhill", "x", "@barnhillRA", "Barn Hill Residents' Association", 950, F, "2026-07-01T10:00:00Z",
  "Following our meeting with Brent's event day parking team last week: residents still want the zone extended to 11pm for the late concerts. We're collecting examples of fans parking across driveways, reply or DM us. @Brent_Council",
  4, PA, N, "Text shows an ongoing conversation with the Parking service about the event-day zone: support officers to continue it.", likes=25, replies=6)
A("harlesden_tc", "rss", "Harlesden Town Team blog", "Harlesden Town Team", None, F, "2026-06-08T07:00:00Z",
  "Week three of the Harlesden town centre consultation drop-ins. Good conversation at Tavistock Hall on Saturday about the market layout and loading bays, and Brent's highways officers took a lot of notes. Next session this Saturday; comments on the loading-bay plan close at the end of June.",
  4, HI, N, "Community blog excerpt on an ongoing consultation already involving Highways officers: route 4.")

# ---------------------------------------------------------------- route 1: monitor
A("still_alone", "x", "@nw9_nick", None, 31, F, "2026-06-12T19:20:00Z",
  "Still nothing. Third week running.",
  1, N, N, "Standalone, with no mention of what or where: nothing to act on, monitor. (Same words inside the garden-waste thread are route 4.)")
A("crude_rss", "rss", "Energy Markets Daily", None, None, F, "2026-04-06T06:30:00Z",
  "Oil prices: Brent crude climbed above $88 a barrel on Monday as traders weighed supply disruption in the Gulf against weaker demand from China. West Texas Intermediate rose 1.2%.",
  1, N, N, "Keyword noise: Brent crude oil.")
A("crude_bsky", "bluesky", "@oilflows.bsky.social", "Oil Flows", 15200, F, "2026-06-29T13:45:00Z",
  "Brent bouncing off $82 support ahead of Sunday's OPEC+ meeting 🛢️ watching the spread to WTI #Brent #oil",
  1, N, N, "Keyword noise: Brent crude, a large account of no consequence to the council.", likes=60, reposts=11)
A("brentcross", "x", "@hendon_hannah", "Hannah", 410, F, "2026-05-23T15:10:00Z",
  "Brent Cross car park on a Saturday is 40 minutes just to get OUT. never again",
  1, N, N, "Keyword noise: Brent Cross shopping centre (Barnet).", likes=4)
A("brentford", "x", "@bees_till_i_die", None, 1300, F, "2026-05-10T16:55:00Z",
  "BRENTFORD!!! 3 points on the last home game, get in 🐝🐝",
  1, N, N, "Keyword noise: Brentford FC.", likes=80)
A("davidbrent", "x", "@laura_mcc", None, 250, F, "2026-07-03T22:30:00Z",
  "just did a full David Brent dance at my leaving do. HR will be in touch",
  1, N, N, "Keyword noise: David Brent (The Office).", likes=36)
A("bro_brent", "instagram", "@jess.k.photos", "Jess", 900, F, "2026-04-23T20:00:00Z",
  "happy 30th to my big brother Brent 🎂 love you bro, here's to another 30 years of bad jokes",
  1, N, N, "Keyword noise: a person called Brent.", likes=120)
A("barnet_rss", "rss", "Barnet local news", None, None, F, "2026-05-28T08:00:00Z",
  "Barnet Council is to review parking charges in the streets around Brent Cross West station after complaints from residents about commuter parking since the station opened.",
  1, N, N, "Another council's matter (Barnet, Brent Cross West): noise for Brent.")
A("praise_wembley", "x", "@olympicway_olu", "Olu", 300, F, "2026-06-21T08:20:00Z",
  "Credit where it's due @Brent_Council, 80,000 people at the stadium last night and Olympic Way was spotless by 8am. whoever the night crew are, legends 👏",
  1, EN, N, "Praise; nothing to act on beyond passing it on (monitor, a like at most).", likes=45, reposts=7)
A("praise_lib", "facebook", "Grace Adu", "Grace Adu", 180, F, "2026-05-15T16:00:00Z",
  "Thank you to the lovely staff at Harlesden Library who spent nearly an hour helping my dad fill in his pension form online. Such patience and kindness.",
  1, LI, N, "Praise and thanks: monitor (share with Libraries).", likes=33)
A("clowns", "x", "@nw10_realtalk", None, 48, F, "2026-06-06T23:50:00Z",
  "brent council are a bunch of useless clowns 🤡🤡🤡",
  1, N, N, "Low-reach abuse with no substance: monitor.")
A("caps", "facebook", "Ray Butcher", "Ray Butcher", 95, F, "2026-04-27T21:15:00Z",
  "ABSOLUTE JOKE OF A COUNCIL. EVERY SINGLE ONE OF YOU SHOULD BE SACKED",
  1, N, N, "All-caps abuse with no case or substance: monitor.", likes=4)
A("spam_1", "x", "@crypto_gainz_uk", None, 12, F, "2026-05-03T04:10:00Z",
  "@Brent_Council 💰 Earn £650/day from home with our crypto signals!! DM now 👉 limited spaces",
  1, N, N, "Spam: no action. (Posted again later, identically.)")
A("spam_2", "x", "@crypto_gainz_uk", None, 12, F, "2026-05-03T04:55:00Z",
  "@Brent_Council 💰 Earn £650/day from home with our crypto signals!! DM now 👉 limited spaces",
  1, N, N, "Exact repeat of the same spam: same label.")
A("tories", "facebook", "Brent Conservatives", None, 1100, F, "2026-04-18T17:00:00Z",
  "Out in Sudbury today with our fantastic team! Vote Conservative on 7 May for lower council tax in Brent 🗳️💙",
  1, N, N, "Party-political campaigning with no case or claim about a council matter needing reply; monitor and do not engage (pre-election period, no political standpoint).", likes=40)
A("potholeart", "youtube", "@kenton_kev", None, 8, F, "2026-05-07T19:40:00Z",
  "love how brent fixes potholes by spray painting a white circle round them. modern art. 10/10 no notes",
  1, HI, N, "Sarcastic comment on a council roads video, no specific case: monitor.", likes=12)
A("quote_mp", "x", "@wembley_mum_of2", None, 70, F, "2026-06-15T14:10:00Z",
  "This 👇 is disgraceful. RT @SamAdeyemiMP: My constituency office has had 40 families this month placed in B&Bs in Luton by @Brent_Council…",
  1, HO, N, "Reshare of something already escalated (the MP's post), low reach: monitor as part of that case.", likes=3)
A("stadium", "x", "@WembleyVenueLive", "Wembley Venue Live", 1200000, True, "2026-07-11T23:05:00Z",
  "What a night 💙 Thank you Wembley! Safe journey home everyone, check @TfL and @Brent_Council for travel and road updates.",
  1, N, N, "Very large verified account saying nothing of consequence for the council: monitor.", likes=9000, reposts=700)
A("melting", "mastodon", "@harlesdenhal@mastodon.london", "Hal", 230, F, "2026-07-17T14:00:00Z",
  "Brent is melting 🥵 34 degrees in Harlesden and the 18 bus still has the heating on",
  1, N, N, "Heatwave chatter: monitor.", likes=15)
A("results_rss", "rss", "Brent & Kilburn Times", None, None, F, "2026-05-08T15:30:00Z",
  "Local elections 2026: Labour has retained control of Brent Council with a reduced majority after a night of recounts at the Wembley count, with the Liberal Democrats and Greens both gaining seats.",
  1, N, N, "Election results news with no claim against the council: monitor.")
A("pt_praise", "instagram", "@carolina.em.londres", "Carolina", 540, F, "2026-06-27T17:30:00Z",
  "Que lindo estava o Gladstone Park hoje ☀️ obrigada a quem cuida das flores 🌸 #brent #londres",
  1, EN, N, "Portuguese: 'How lovely Gladstone Park was today, thanks to whoever looks after the flowers.' Praise: monitor.",
  lang="pt", likes=88)
A("ur_thanks", "facebook", "Shazia Malik", "Shazia Malik", 60, F, "2026-05-31T10:00:00Z",
  "شکریہ برینٹ کونسل، کل ہماری گلی کی صفائی بہت اچھی ہوئی۔ اللہ آپ کو خوش رکھے۔",
  1, EN, N, "Urdu: 'Thank you Brent Council, our street was cleaned really well yesterday. May God keep you happy.' Thanks: monitor.",
  lang="ur", likes=6)
A("yt_first", "youtube", "@tyreeseplays", None, 3, F, "2026-04-30T16:10:00Z",
  "first 🔥",
  1, N, N, "Noise comment on a council video.")
A("newstarter", "linkedin", "urn:li:person:w2b-19727-lk3", "Olivia Hart", 620, F, "2026-04-14T08:00:00Z",
  "Thrilled to share that I've started a new role as Business Analyst in the Finance team at Brent Council! Looking forward to working with such a brilliant team.",
  1, N, N, "Staff announcement of no consequence: monitor.", likes=75)
A("death_reply", "facebook", "Bernie Cole", "Bernie Cole", 40, F, "2026-05-25T14:10:00Z",
  "So sorry for your loss Liam ❤️ thinking of all your family",
  1, HO, N, "Sympathy inside a thread already escalated: monitor as part of that case.", reply="death", likes=20)
A("banners", "x", "@kingsbury_keith", None, 90, F, "2026-07-24T18:30:00Z",
  "how much did the council waste on those stupid 'Welcome to Brent' banners?? bet nobody will ever tell us lol",
  1, N, N, "Looks like an FOI but is a rhetorical jibe, not a request for information: monitor.")
A("geese", "mastodon", "@birdingnorfolk@mastodon.social", "Norfolk Birder", 2100, F, "2026-04-04T11:20:00Z",
  "Flock of about 300 Brent geese on the saltmarsh at Titchwell this morning, still feeding up before heading north 🪿",
  1, N, N, "Keyword noise: Brent geese (birds).", likes=40)
A("moan", "facebook", "Derek Fenwick", "Derek Fenwick", 120, F, "2026-07-19T20:00:00Z",
  "Roads round here are a disgrace honestly. Pay all this council tax for what",
  1, N, N, "General moan with no case, location or request: monitor.", likes=7)

# ---------------------------------------------------------------- a few replies to earlier posts
A("gas_reply", "x", "@harlesden_hq", None, 300, F, "2026-04-11T23:55:40Z",
  "@tolu_harlesden ring the gas emergency line now 0800 111 999 and get everyone out, don't wait for the council",
  1, N, N, "A helpful bystander's reply inside an escalated thread; nothing new for the council: monitor with the escalated case.", reply="gas", likes=6)
A("pl_reply", "facebook", "Marta K.", "Marta K.", 66, F, "2026-07-15T20:02:00Z",
  "Dzwoń od razu na 999 i poproś o sprawdzenie, nie czekaj na council!",
  1, N, N, "Polish: 'Call 999 straight away and ask for a check, don't wait for the council!' Helpful advice inside an escalated thread: monitor with the case.",
  lang="pl", reply="pl_welfare", likes=7)

# ---------------------------------------------------------------- serialise
def mkid(plat, n):
    return {"x": f"19727{30000000000000 + n * 104729}",
            "mastodon": f"19727{11300000000 + n * 37}",
            "facebook": f"19727_{1000000000 + n * 131}",
            "bluesky": f"at://did:plc:w2b19727/app.bsky.feed.post/3w2b19727{n:04d}",
            "instagram": f"ig_19727_{n:05d}",
            "youtube": f"yt-w2b19727-{n:04d}",
            "linkedin": f"urn:li:activity:19727{n:08d}",
            "rss": f"rss-w2b-19727-{n:04d}"}[plat]

for i, d in enumerate(ITEMS, 1):
    d["platform_id"] = mkid(d["platform"], i)
children = {}
for d in ITEMS:
    if d["reply"]:
        children.setdefault(d["reply"], []).append(d)
def root_of(d):
    while d["reply"]:
        d = KEYS[d["reply"]]
    return d
for d in ITEMS:
    if d["reply"] or d["key"] in children:
        d["thread_id"] = root_of(d)["platform_id"]
    else:
        d["thread_id"] = None
    assert d["replies"] >= len(children.get(d["key"], [])), d["key"]
    if d["reply"]:
        assert d["created_at"] > KEYS[d["reply"]]["created_at"], d["key"]
    assert "2026-04-01" <= d["created_at"][:10] <= "2026-07-31", d["key"]

rng = random.Random(19727)
sortkey = {}
for d in ITEMS:
    k = rng.random()
    if d["reply"]:
        k = max(k, sortkey[d["reply"]] + 1e-6)
    sortkey[d["key"]] = k
out = sorted(ITEMS, key=lambda d: sortkey[d["key"]])

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-B.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for d in out:
        rec = {"platform": d["platform"], "platform_id": d["platform_id"], "author_handle": d["author_handle"],
               "author_name": d["author_name"], "author_followers": d["author_followers"],
               "author_verified": d["author_verified"], "text": d["text"], "created_at": d["created_at"],
               "reply_to_id": KEYS[d["reply"]]["platform_id"] if d["reply"] else None,
               "thread_id": d["thread_id"], "replies": d["replies"], "likes": d["likes"],
               "reposts": d["reposts"], "language": None, "label": d["label"], "provenance": "written"}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(out), "items written to", path)
