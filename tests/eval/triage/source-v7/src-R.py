#!/usr/bin/env python3
"""Writer R: hand-written labelled mentions for eval set v7 (ID prefix 12020).
Texts and labels are written by hand below; this script only assigns ids, resolves threads,
shuffles (keeping replies after their parents) and serialises to part-R.jsonl."""
import json, os, random, string

PREFIX = "12020"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part-R.jsonl")
rng = random.Random(12020110)

ITEMS = []

def m(key, platform, handle, name, followers, when, text, route, dept, reason, lang="en",
      foi=False, foi_valid=None, esc=None, verified=False, reply_to=None, thread=None,
      replies=0, likes=0, reposts=0):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers,
                      when=when, text=text, route=route, dept=dept, reason=reason, lang=lang,
                      foi=foi, foi_valid=foi_valid, esc=esc, verified=verified,
                      reply_to=reply_to, thread=thread, replies=replies, likes=likes, reposts=reposts))

# ---------------------------------------------------------------- route 5: escalate
m("E2", "facebook", "@kwame.asante.77", "Kwame Asante", None, "2026-02-09T18:15:33Z",
  "Anyone else on the Chalkhill side getting a gas smell in the stairwell of Block C? Been there since I came home from work, worse near the meters on the 2nd floor. My neighbour says she reported it this morning and nobody came. Not sure who to call, is it the council or Cadent?",
  5, "Housing", "Possible gas leak in a council block stairwell, reported hours ago with no attendance: risk to life, escalate regardless of the small audience.",
  esc="gas_leak", thread="E2", replies=4, likes=6)
m("E2b", "facebook", "@leyla.m.wembley", "Leyla M", None, "2026-02-09T18:31:02Z",
  "same here 😡",
  5, "Housing", "Inside the Chalkhill gas-smell thread this means a second flat can smell gas too: more evidence of a live risk to life, so it joins the escalation (standalone the same words are noise).",
  esc="gas_leak", reply_to="E2", thread="E2", likes=2)
m("E3", "x", "@tower_mum_ng", None, 212, "2026-03-03T07:48:55Z",
  "3 weeks now the fire alarm panel on the ground floor of Windmill Court has been beeping with a red light, and the fire doors on 7 & 8 have been wedged open with bin bags by the contractors. Told the caretaker twice. If something happens in this building nobody's getting down those stairs fast, there's prams and bikes everywhere @Brent_Council",
  5, "Housing", "Fire safety in a residential block (faulty alarm panel, fire doors wedged open): 'controversial or dangerous' under §8, escalate even from a small account.",
  esc="fire_safety", likes=19, reposts=7, replies=3)
m("E4", "bluesky", "@ravi-k.bsky.social", "Ravi K", 301, "2026-09-24T08:12:40Z",
  "that garden wall on the corner by the 18 bus stop on Harrow Rd has gone properly banana-shaped since the van clipped it on tuesday. bits of brick on the pavement this morning and the school kids all wait right under it at 3:30. someone from brent council should probably look before it comes down",
  5, "Highways", "A damaged wall shedding bricks over a bus stop used by schoolchildren is structural danger / risk to life, written casually; escalate rather than treat as a routine report.",
  esc="structural_danger", likes=11, reposts=2)
m("E5", "x", "@jaz_wem", "jaz", 530, "2026-05-16T21:58:17Z",
  "wembley park station ramp is SCARY right now, they've closed the bottom gates and people are still pouring down from the stadium, got pushed into the railings twice, a little girl near me lost her dad in it. where are the stewards #Wembley",
  5, "Emergency Planning", "Live crowd crush on an event night with a separated child: risk to life and a person missing in an incident; escalate to emergency planning via comms.",
  esc="crowd_safety", likes=88, reposts=41, replies=17)
m("E6", "facebook", "@shaz.b.nw10", "Shaz B", None, "2026-03-07T13:20:06Z",
  "Not being funny but I don't know what to do. The little ones next door (I think they're about 4 and 6) have been on their own since yesterday afternoon, I can hear them through the wall and the older one came to my door asking if I had bread. Mum's car isn't there. I don't want to get anyone in trouble she's been through a lot. Who do you even ring about this at Brent, is it the council?",
  5, None, "Young children apparently left alone overnight without food: child safeguarding, never said in those words; escalate at once whatever the reach. Children's social care is not one of the 14 departments, so null.",
  esc="safeguarding_child", likes=1, replies=2)
m("E7", "x", "@pat_kenton", "Pat", 39, "2025-12-17T09:05:44Z",
  "Bit worried about Mr Ferreira at no.31, his milk's been on the step since Sunday and his lights haven't come on. He's 80-odd and on his own, council flat. Tried knocking. @Brent_Council do you have someone who checks on tenants or do I ring the police?",
  5, "Housing", "An elderly tenant not seen for days (milk on the step, no lights): possible person at risk, escalate now; it reads like a polite question (ambiguous with 3) but the situation needs urgent action.",
  esc="welfare_concern", likes=4)
m("E8", "x", "@abu_yusuf_nw10", None, 95, "2026-01-08T23:12:29Z",
  "@Brent_Council يوجد رجل كبير في السن ينام على مقعد في حديقة جلادستون منذ ثلاث ليالٍ، والبرد شديد جداً الليلة. حاولت أن أعطيه بطانية لكنه لا يتكلم ويرتجف كثيراً. من يجب أن أتصل به؟",
  5, "Housing", "Arabic: 'An elderly man has been sleeping on a bench in Gladstone Park for three nights and it is very cold tonight. I tried to give him a blanket but he doesn't speak and is shivering a lot. Who should I call?' A rough sleeper at risk in freezing weather: escalate (rough-sleeping outreach sits with Housing).",
  lang="ar", esc="rough_sleeper_risk", likes=3)
m("E9", "x", "@mariam_and3", None, 58, "2026-04-20T10:02:51Z",
  "@Brent_Council section 21 ends on the 28th, been on the housing register since 2019 ref HR-0419-2283, 3 kids. Emailed the homelessness team 4 times and nothing. what am I meant to do",
  2, "Housing", "Identifiable person with a housing register reference facing eviction: her own case needs a homelessness officer to act ('a person requiring customer services').",
  thread="E9", replies=1, likes=2)
m("E9b", "x", "@mariam_and3", None, 58, "2026-04-22T01:37:14Z",
  "forget it. honestly if we're on the street next week I'm not going to be around for it. kids would be better off with my sister anyway",
  5, "Housing", "Same author, two days later, at night: 'not going to be around for it' and 'kids would be better off' are self-harm cues with children involved; escalate immediately, the case is no longer just customer services.",
  esc="self_harm_risk", reply_to="E9", thread="E9", likes=0)
m("E10", "facebook", "@joseph.mensah.ldn", "Joseph Mensah", 402, "2026-06-11T20:40:09Z",
  "My brother died last month in the B&B room Brent placed him in on Ealing Road. He had COPD and we told them again and again about the mould on the walls and the window that didn't shut. The coroner has asked questions. Nobody from the council has even called our family. I'm putting this here because emails go nowhere.",
  5, "Housing", "A death in council-placed temporary accommodation linked by the family to mould, with a coroner involved: highly controversial, escalate to comms and the housing lead.",
  esc="death", likes=230, reposts=61, replies=14)
m("E11", "x", "@ollie_dh", "Ollie", 176, "2026-03-19T17:26:38Z",
  "Erm @Brent_Council your council tax letter to me today has a second page for someone else in Dollis Hill with their name, account no and the last 4 of their bank card. Do you want it back or shall I shred it? Bit worrying tbh",
  5, "Finance", "Another resident's name, account number and card digits sent to the wrong person: a data breach, escalate (information governance) even though the tone is light.",
  esc="data_breach", likes=9, reposts=1)
m("E12", "facebook", "@halima.yusuf.5", "Halima Yusuf", 230, "2026-02-25T15:03:47Z",
  "Took my mum to the civic centre about her housing benefit. The man at the desk heard her accent, sighed and said 'we can't help you unless you speak proper English, come back with someone who can'. She's lived in Brent 31 years. I was standing right there. Not acceptable.",
  5, "HR", "Alleged discrimination by a member of staff at the Civic Centre front desk: controversial and reputation-damaging, escalate; department HR for staff conduct (the benefits service in Finance would also be involved).",
  esc="discrimination", likes=74, reposts=12, replies=9)
m("E13", "x", "@N10_geezer", None, 61, "2026-07-02T12:49:03Z",
  "ticket again on my own street 🤬 the ginger warden with the scooter, i know what time he finishes on Craven Park Rd. he'll get whats coming. not even joking",
  5, "Parking", "A specific threat against an identifiable civil enforcement officer ('I know what time he finishes', 'not even joking'): threat to staff, escalate whatever the follower count.",
  esc="threat_to_staff", likes=2)
m("E14", "facebook", "@claire.whitfield.nw2", "Claire Whitfield", 310, "2026-10-09T09:11:25Z",
  "Final message on here. Eleven months of reporting the leak from the flat above (ref HSG-2291847) with photos, four 'inspections', no repair. The ceiling in my son's bedroom partially came down last week. I have now instructed a housing disrepair solicitor and a pre-action protocol letter will be with Brent Council on Monday. Please don't reply with 'DM us'.",
  5, "Housing", "Legal threat (pre-action letter) plus a ceiling collapse in a child's bedroom: escalate; it also has a repair reference (ambiguous with 2) but legal action and danger take precedence.",
  esc="legal_threat", likes=45, replies=11, reposts=3)
m("E15", "x", "@kensalwatch", "Kensal Watch", 1840, "2026-08-13T19:30:00Z",
  "Interesting that the officer who signed off the 'minor amendment' to the Kensal Rise car wash redevelopment is listed as a director of the architect firm's sister company on Companies House. Same surname, same address. Has anyone at @Brent_Council checked declarations of interest? Screenshots below 👇",
  5, "Planning", "Alleged misconduct (undeclared interest by a planning officer) from a local watchdog blog account with screenshots: controversial, escalate to comms and the planning lead.",
  esc="misconduct", likes=156, reposts=64, replies=23)
m("E16", "x", "@lucy_reports", "Lucy Adebayo | Brent Local Post", 742, "2026-01-27T10:15:12Z",
  "Hi @Brent_Council — I'm writing a piece for the Brent Local Post on the proposed reduction of opening hours at Kilburn and Barham Park libraries. Could your press office tell me when the cabinet decision is expected and whether staff posts are affected? Deadline Thursday 4pm. Thanks!",
  5, "Libraries", "A reporter naming her outlet asks about a council decision: a media enquiry goes to the communications officer even though it is polite and she has under 1,000 followers.",
  esc="media_enquiry", likes=3)
m("E17", "x", "@tomhalloran_news", "Tom Halloran", 2310, "2026-02-03T11:47:36Z",
  "@Brent_Council FOI request please: how many households did Brent place in temporary accommodation outside London in 2025, by month, and what was spent on nightly-paid accommodation over the same period? Reply by email (address in bio). Tom Halloran, reporter, West London Chronicle",
  5, "Housing", "Valid FOI (real name in profile and signed) for recorded figures, but from a journalist: §8 says a journalist's request is 5; the FOI clock still starts from the post.",
  foi=True, foi_valid=True, esc="media_enquiry", likes=12, reposts=4)
m("E18", "x", "@CllrAmaraN", "Cllr Amara Nwosu", 3100, "2026-09-08T08:20:44Z",
  "Fourth week running that the recycling hasn't been picked up on Pound Lane and the roads off it. Residents have been patient. @Brent_Council I've emailed the service twice — can we get a date and an explanation please?",
  5, "Environment", "A ward councillor raising a council service failure in public: 'highly influential commentator', escalate even though it is a routine service matter and politely put.",
  esc="councillor", likes=41, reposts=9, replies=6)
m("E19", "x", "@DawnHollisMP", "Dawn Hollis MP", 28400, "2026-03-05T14:02:18Z",
  "I've now had 37 families in Brent contact my office because they got no secondary school offer within 5 miles. I'm writing to @Brent_Council's Director of Education today and will raise it in the House. Parents deserve answers before the appeal deadline.",
  5, "Education", "An MP with a large following on secondary admissions: influential author and a controversial issue; escalate to comms and the education lead.",
  esc="mp", verified=True, likes=620, reposts=210, replies=88)
m("E20", "x", "@Raj4Queensbury", "Raj Mehta – Lib Dem candidate, Queensbury", 890, "2026-04-22T17:55:31Z",
  "Three separate households on Stag Lane have told me today they've received postal vote packs for people who moved out years ago, one had 6 packs. With polling day on 7 May this needs looking at urgently @Brent_Council",
  5, None, "A candidate alleging problems with postal votes weeks before polling day: electoral integrity, escalate; elections sit outside the 14 departments, so null.",
  esc="electoral_integrity", likes=57, reposts=30, replies=12)
m("E21", "x", "@streetsofLDN", "Streets of London", 48200, "2026-07-18T13:34:50Z",
  "Brent council enforcement officers throwing an old woman's vegetables into the back of a truck outside Wembley Central. She's crying, begging them. This is how they treat people trying to make a living 🤬🤬 [video]",
  5, "Regulatory Services", "A video going viral against a council enforcement team (street trading), from a large account: controversial, escalate to comms and the service lead.",
  esc="viral_video", thread="E21", likes=14300, reposts=6100, replies=980)
m("E21b", "x", "@jj_wembley_", None, 112, "2026-07-18T15:02:12Z",
  "disgusting. share this everywhere",
  1, "Regulatory Services", "A low-reach reshare of the viral street-trading video that is already escalated: 'reshares of something already escalated' are monitored (ambiguous with 5 if it spreads further).",
  reply_to="E21", thread="E21", likes=6, reposts=3)
m("E22", "instagram", "@kwesi.makes", "Kwesi", 1300000, "2026-05-30T16:21:07Z",
  "Grew up on these estates. The mural we painted on the side of the South Kilburn community centre in 2019 has just been painted grey. Nobody asked the kids who made it. @brentcouncil what happened?? 💔",
  5, "Communications", "A very large, verified account criticising a council action in South Kilburn: 'highly influential web commentator', escalate; lead department unclear (Housing regeneration may own the building), so Communications.",
  esc="influential_account", verified=True, likes=98000, replies=2400)
m("E23", "facebook", "@marek.zielinski.kb", "Marek Zieliński", 120, "2026-11-14T06:40:55Z",
  "Dzień dobry, w nocy zadziałał nam czujnik czadu w kuchni, piec od tygodnia robi dziwne dźwięki i jest czarny osad przy rurze. Mieszkanie komunalne w Kingsbury. Zadzwoniłem do napraw i powiedzieli, że ktoś przyjdzie w poniedziałek. Mamy małe dziecko. Czy możemy w ogóle spać w tym mieszkaniu?",
  5, "Housing", "Polish: 'Our carbon monoxide alarm went off in the kitchen at night, the boiler has made strange noises for a week and there is black soot by the flue. Council flat in Kingsbury. Repairs said someone will come on Monday. We have a small child. Can we even sleep in this flat?' Carbon monoxide risk to life: escalate, not a routine repair.",
  lang="pl", esc="risk_to_life", likes=2)
m("E24", "facebook", "@faadumo.cali.9", "Faadumo Cali", 54, "2026-10-27T19:18:40Z",
  "Hooyaday waa 84 jir, kaligeed ayey ku nooshahay Neasden. Daryeelaha golaha ee maalin walba imaan jiray afar maalmood ayuu iman waayay. Maanta waxaan arkay in aysan wax cunin, dawadiina aysan qaadan. Cidna telefoonka ma qabato. Yaa la hadlaa?",
  5, None, "Somali: 'My mother is 84 and lives alone in Neasden. The council carer who came every day has not come for four days. Today I saw she has not eaten or taken her medicine. Nobody answers the phone. Who do I talk to?' A vulnerable adult without care: safeguarding, escalate; adult social care is not among the 14 departments, so null.",
  lang="so", esc="vulnerable_adult", likes=1)

# ---------------------------------------------------------------- route 4: service conversation
m("A0", "facebook", "@marion.cole.willesden", "Marion Cole", None, "2026-06-17T21:04:12Z",
  "CPZ extension consultation for the streets between Chapter Road and Dudden Hill Lane closes on the 30th. I went to the drop-in at the library last night — the officer said they've had 'mixed' responses. Key points as I understood them: 8am–6:30pm Mon–Sat, permit price going up for second cars, and visitor vouchers moving to the app only. Thoughts? Some of us are putting together a joint response.",
  4, "Parking", "A live consultation being discussed by several residents in a local group: 'a more specific ongoing conversation of relevance to a particular service area' — parking officers should join.",
  thread="A0", replies=9, likes=23)
m("A1", "facebook", "@dev.patel.nw10", "Dev Patel", None, "2026-06-17T21:30:48Z",
  "The app-only visitor vouchers is the bit that worries me. My dad doesn't have a smartphone and his carer parks outside every morning. Did they say anything about paper vouchers for older residents?",
  4, "Parking", "Part of the CPZ consultation thread, raising a point the parking team should answer in the conversation (not a personal case yet).",
  reply_to="A0", thread="A0", likes=14)
m("A2", "facebook", "@ruth.okafor.3", "Ruth Okafor", None, "2026-06-18T07:12:05Z",
  "We're on Villiers Rd and honestly we need it, we get commuters from the tube parked across driveways all day. But 6:30pm is too late. Happy to sign a joint response if it asks for 8–4",
  4, "Parking", "Resident view inside the ongoing CPZ consultation discussion; one service matter, several people: 4.",
  reply_to="A0", thread="A0", likes=8)
m("A3", "facebook", "@gaz.h.1984", "Gaz", None, "2026-06-18T08:40:33Z",
  "😂 good luck with that, they decided this years ago",
  1, "Parking", "Cynical aside in the CPZ thread with no point for officers to answer: chatter, monitor (ambiguous with 4 as part of the thread).",
  reply_to="A0", thread="A0", likes=5)
m("A4", "facebook", "@joan.whitely", "Joan Whitely", None, "2026-06-22T12:55:19Z",
  "has anyone actually had an answer about this??",
  4, "Parking", "Inside the CPZ thread this chases the unanswered paper-voucher question: the conversation is ongoing and waiting for the service to join in.",
  reply_to="A1", thread="A0", likes=6)
m("B0", "x", "@churchend_clean", "Church End Clean-Up Crew", 640, "2026-08-03T18:22:40Z",
  "Week 6 of the mattress mountain in the alley behind Church Road shops. We've logged it on Report It every Monday, the crew clears it Tues, it's back by Fri. This isn't a clearance problem it's an enforcement problem. Can someone from @Brent_Council's enforcement team come to our meeting on the 12th?",
  4, "Environment", "Community group on a recurring fly-tipping hotspot, asking officers to join their discussion: a specific ongoing conversation for the environment/enforcement team (critical, not reputation-threatening).",
  thread="B0", replies=5, likes=37, reposts=9)
m("B1", "x", "@halima_shop", None, 73, "2026-08-03T19:05:21Z",
  "we run the shop on the corner, the van comes at about 5am on thursdays, white transit, we have cctv if anyone from the council actually wants it",
  4, "Environment", "A trader adds evidence to the fly-tipping hotspot thread; the enforcement officers should pick it up in the conversation (ambiguous with 2).",
  reply_to="B0", thread="B0", likes=12)
m("B2", "x", "@pastor_mike_nw10", "Pastor Mike", 402, "2026-08-04T07:33:09Z",
  "Ours too — Harlesden Rd end has the same thing with fridges now. Moving the CCTV camera from the park gate to the alley entrance was promised in the summer, anyone know what happened to that?",
  4, "Environment", "Continues the same hotspot discussion with a promised action the service should report back on: 4.",
  reply_to="B0", thread="B0", likes=9)
m("C0", "facebook", "@alperton.community", "Alperton & Wembley Community", 2900, "2026-10-12T19:47:30Z",
  "Planning app 25/3381 — 26 storeys next to the canal at Alperton. Comments close Friday. Overshadowing of the towpath and the moorings, 2 lifts for 300 flats, and 'car-free' but no extra bus capacity on the 79/297. We've read the daylight report so you don't have to 🧵 Comments below please, we'll collate for the planning officer.",
  4, "Planning", "Community group discussion of a live planning application with residents commenting: ongoing conversation the planning officers should join.",
  thread="C0", replies=31, likes=112, reposts=40)
m("C1", "facebook", "@nina.narrowboat", "Nina Hale", None, "2026-10-12T20:15:02Z",
  "Moored there 4 years. The daylight study is done for June. In December the towpath won't see sun at all. Submitted my objection, would love a planning officer to explain how the 'public realm improvements' are meant to work in shade",
  4, "Planning", "Reply in the planning-application thread asking officers to engage: service conversation.",
  reply_to="C0", thread="C0", likes=27)
m("C2", "facebook", "@pravin.shah.alp", "Pravin Shah", None, "2026-10-13T08:02:45Z",
  "અમે એલ્પરટન સ્ટેશન પાસે ૨૦ વર્ષથી રહીએ છીએ. પહેલેથી જ ૭૯ બસ ભરેલી આવે છે અને ડૉક્ટરની એપોઇન્ટમેન્ટ ત્રણ અઠવાડિયે મળે છે. ૩૦૦ નવા ફ્લેટ આવશે તો શું થશે? કાઉન્સિલના કોઈ અધિકારી અમારી મીટિંગમાં આવીને સમજાવે તો સારું.",
  4, "Planning", "Gujarati: 'We have lived near Alperton station for 20 years. The 79 bus already arrives full and a GP appointment takes three weeks. What will happen when 300 new flats come? It would be good if a council officer came to our meeting to explain.' Part of the Alperton planning thread: 4.",
  lang="gu", reply_to="C0", thread="C0", likes=18)
m("S1", "facebook", "@harlesden.traders", "Harlesden Traders Association", 1200, "2026-11-05T16:30:14Z",
  "Follow-up from Tuesday's meeting with the markets team about the Sunday pitch fees on Manor Park Road: several traders still unclear whether the winter rate applies from November or January, and the promised written note hasn't arrived. We'll keep collecting questions in the comments below — Brent Council, please could the markets officer pop in here?",
  4, "Regulatory Services", "Text shows an ongoing conversation between traders and the markets service (follow-up to a meeting, questions being collected): officers should join; street trading sits with Regulatory Services.",
  replies=14, likes=22)
m("S2", "mastodon", "@kensalrise_mum@mastodon.online", "Bea", 310, "2026-11-18T09:10:52Z",
  "Round 3 of the School Streets trial outside Kensal Rise primary: the camera now fines parents at 8:40 but the cut-through traffic just moved to Chamberlayne Rd. The parents' WhatsApp is 200 messages deep on this. Would be great if Brent Council (if anyone's on here) could share the monitoring data before the trial review.",
  4, "Highways", "An ongoing, multi-party discussion of a live traffic trial; the highways team should join with the monitoring data (ambiguous with 3).",
  replies=6, likes=19, reposts=5)
m("S3", "facebook", "@friendsofprestonlibrary", "Friends of Preston Library", 860, "2026-02-11T12:00:00Z",
  "Thanks to everyone who's commented so far on the libraries opening hours proposals - 140 comments and counting! The main themes: Saturday afternoons, homework club times, and the self-service kiosks. We've asked the libraries team to answer some of these here directly before the consultation closes on the 14th.",
  4, "Libraries", "A friends group hosting a busy, live consultation discussion and inviting the libraries team in: 'support them in joining in the conversation'.",
  replies=18, likes=51)

# ---------------------------------------------------------------- route 2: customer services
PCN_TEXT = "@Brent_Council PCN BJ62018447 appeal sent 5 weeks ago with the photos of the suspended bay sign, no response, and now a charge certificate has arrived saying I owe £195?? hello??"
m("P1", "x", "@kemi_drives", "Kemi", 211, "2026-06-02T08:14:27Z", PCN_TEXT,
  2, "Parking", "Own PCN case with a reference, appeal unanswered and escalated charge: an officer must look up the record.", likes=4)
m("P2", "x", "@kemi_drives", "Kemi", 211, "2026-06-03T08:02:51Z", PCN_TEXT,
  2, "Parking", "Exact repeat of the same author's PCN post a day later: same own case, same route.", likes=7, reposts=1)
m("P3", "facebook", "@beverley.grant.9", "Beverley Grant", None, "2026-07-21T10:44:38Z",
  "Hi, my green bin at 27 Mayfield Avenue NW9 has been missed two weeks running, the lorry goes past, the neighbours were done. Can someone look into it please as it's full of garden waste and starting to smell",
  2, "Environment", "'My bin' with an address: an own missed-collection case for the waste service.")
m("P4", "x", "@sunil_k74", "Sunil", 47, "2026-04-06T07:31:19Z",
  "charged twice for council tax this month, acct 30118827 — DD went out on the 1st and again on the 3rd. That's my rent money. Need it refunded pls @Brent_Council",
  2, "Finance", "Council tax account number and a double direct debit: own case needing a refund.")
m("P5", "instagram", "@aisha.home", "Aisha", 320, "2025-12-09T21:15:03Z",
  "Day 34 of the mould in my bedroom coming back every time I wipe it 🤢 repair ref 7713305, the surveyor came, took photos, nothing since. @brentcouncil who do I chase?",
  2, "Housing", "Own damp-and-mould repair with a reference: customer services to chase; no child or health risk stated (ambiguous with 5 if one were).", likes=26)
m("P6", "x", "@MBoatengDrives", "M Boateng", 190, "2026-01-12T08:58:42Z",
  "Hit the crater outside 112 Dudden Hill Lane last night in the rain, tyre and alloy gone, £240. It was reported on FixMyStreet 3 weeks ago. How do I claim @Brent_Council?",
  2, "Highways", "Phrased as 'how do I', but it is a specific damage claim with location and cost: own case (ambiguous with 3 — the claim form is published).", likes=3)
m("P7", "x", "@nk_wembley", None, 33, "2026-03-10T09:22:06Z",
  "paid for my residents permit on the 3rd, still says 'pending' on my account & got a PCN this morning outside my own house 🙃 permit ref RP-448192",
  2, "Parking", "Permit reference, stuck application and a resulting PCN: own case for parking.")
m("P8", "x", "@bookworm_preeti", "Preeti", 140, "2026-01-05T16:40:11Z",
  "my library card got blocked for a book I returned in October (the Michael Rosen one, returned to Wembley library, the kiosk gave me a receipt!!) can someone clear it, card ends 0937",
  2, "Libraries", "Own library account needs a record checked and a block removed.")
m("P9", "facebook", "@nadia.rahman.wembley", "Nadia Rahman", None, "2026-03-04T22:10:37Z",
  "My son was offered a Year 7 place at a school two buses away in Harrow when we live 600m from Claremont. We've put in an appeal (ref ADM-2026-1182) and I've had no date. The deadline for accepting is Friday. Who can I speak to?",
  2, "Education", "Own school admission appeal with a reference and a deadline: customer services / admissions to act.")
m("P10", "x", "@quietstreetNW2", None, 64, "2026-05-09T10:05:28Z",
  "Enforcement case ENF/25/0671 - the rear extension at the house behind mine has now gone a full storey higher than the plans. Reported in Sept, officer visited once. Building work continues every Saturday from 7am. @Brent_Council can someone update me",
  2, "Planning", "Own planning-enforcement case with a reference asking for an update.")
m("P11", "x", "@nightshift_nurse", None, 205, "2026-02-14T03:12:40Z",
  "case ref NS-10662, 3am again, bass through the floor from the flat below. I work nights and sleep in the day and they start again at 10am. the noise app recordings are all uploaded. is anyone actually looking at it",
  2, "Regulatory Services", "Own noise nuisance case with a reference: the officer needs to check the recordings.")
m("P12", "facebook", "@tom.brennan.kr", "Tom Brennan", None, "2026-04-29T18:36:02Z",
  "Booked a bulky collection for a sofa and two mattresses, paid £45, booking BW-88301 for Tuesday. Left it out front as told. Nothing came. Now I've got a sofa on the pavement and a warning letter about fly tipping!!! You couldn't make it up.",
  2, "Environment", "Paid booking reference not honoured plus a wrongly issued warning: own case for waste services.", likes=17)
m("P13", "x", "@Gladys_W", "Gladys", 22, "2026-05-26T11:48:15Z",
  "Applied for council tax support in January after my husband passed, sent everything they asked for twice. Now got a court summons for arrears. Can someone please look at my account, I'm at my wits end",
  2, "Finance", "Bereaved resident's own council tax support application and a summons: an officer must look at her account; distressed but no risk cue (ambiguous with 5 for a careful check-in).")
m("P14", "linkedin", "@abdirahman-hassan-ceng", "Abdirahman Hassan", 640, "2026-05-14T12:30:00Z",
  "Applied for the Senior Traffic Engineer role (ref BRE-TR-2231) in April, got the interview invite email with a date that had already passed. Tried the recruitment inbox twice. Would appreciate someone at Brent Council looking into this.",
  2, "HR", "Own job application with a reference: recruitment needs to act.")
m("P15", "x", "@js_designs", "JS Designs", 410, "2026-08-25T14:17:44Z",
  "your online payment page timed out so I paid my PCN again, now both have gone out of my account — £65 twice. PCN WM31877620. refund please @Brent_Council",
  2, "Parking", "Own PCN with a double payment needing a refund; the website timeout is secondary (ambiguous with 3, Web).")
m("P16", "x", "@helen_b_okonjo", "Helen Okonjo", 280, "2026-02-19T13:05:09Z",
  "@Brent_Council Under the FOI Act please could you provide the number of penalty charge notices issued by the moving-traffic camera at the junction of Ealing Rd and Bridgewater Rd in each month of 2025, and the total income. Thanks",
  2, "Parking", "FOI request for recorded information; real name visible in the profile, so valid per Appendix A: log it via customer services (clock starts from the post).",
  foi=True, foi_valid=True, likes=5)
m("P17", "facebook", "@mags.o.nw9", "Mags O", None, "2026-01-20T19:51:23Z",
  "Please treat this as a Freedom of Information request. Please provide: (1) the number of missed-collection reports recorded for the Queensbury ward in 2025, and (2) any contractor performance deductions applied for that year. Reply by post to: Margaret Osei, 14 Berridge Way, London NW9.",
  2, "Environment", "FOI for recorded figures; the profile shows only 'Mags O' but the post gives the applicant's name and an address for correspondence, which makes it valid: log via customer services.",
  foi=True, foi_valid=True)
m("P18", "x", "@ioana_p", "Ioana Popescu", 150, "2026-09-15T10:26:33Z",
  "@Brent_Council Bună ziua, aș dori să fac o cerere în baza Legii privind libertatea informației (FOI): câte locuințe sociale au fost alocate în Brent în 2025 și câte familii erau pe lista de așteptare la sfârșitul anului? Vă mulțumesc, Ioana Popescu",
  2, "Housing", "Romanian: 'Hello, I would like to make a Freedom of Information request: how many social homes were allocated in Brent in 2025 and how many families were on the waiting list at the end of the year? Thank you, Ioana Popescu.' Real name in profile and signed: valid FOI, log via customer services.",
  lang="ro", foi=True, foi_valid=True)
m("P19", "bluesky", "@dan-neasden.bsky.social", "Dan", 56, "2025-12-02T17:44:10Z",
  "street light outside 4 Neasden Close has been out since the clocks changed. it's pitch black from the path to my door, reported it ref SL-20931. any chance?",
  2, "Highways", "Own street-lighting fault with address and reference.")
m("P20", "facebook", "@nasreen.akhtar.wb", "Nasreen Akhtar", None, "2026-06-29T11:03:56Z",
  "السلام علیکم، میرے شوہر کا انتقال مارچ میں ہوا تھا۔ کونسل ٹیکس کا بل اب بھی ان کے نام پر آ رہا ہے اور سنگل پرسن ڈسکاؤنٹ نہیں لگا۔ اکاؤنٹ نمبر 30452291 ہے۔ براہ کرم کوئی مدد کرے۔",
  2, "Finance", "Urdu: 'My husband passed away in March. The council tax bill still comes in his name and the single person discount has not been applied. Account number 30452291. Please can someone help.' Own council tax account: customer services.",
  lang="ur")
m("P21", "x", "@selvi_wembley", None, 44, "2026-08-11T07:55:21Z",
  "@Brent_Council எங்கள் வீட்டின் நீல மறுசுழற்சித் தொட்டியை மூன்று வாரமாக எடுக்கவில்லை. முகவரி: 8 Lindsay Drive, Kenton. பக்கத்து வீடுகளில் எல்லாம் எடுக்கிறார்கள். தயவுசெய்து பாருங்கள்.",
  2, "Environment", "Tamil: 'Our blue recycling bin has not been collected for three weeks. Address: 8 Lindsay Drive, Kenton. They collect from all the neighbouring houses. Please look into it.' Own missed collection with address.",
  lang="ta")
m("P22", "x", "@GrumpyOfKenton", None, 90, "2026-09-29T08:36:07Z",
  "you absolute clowns. THIRD time this month my food waste caddy at 42 Crest Road has been left. the crew literally walked past it. is it that hard",
  2, "Environment", "Abuse with substance: behind the insult is an own missed-collection case with an address, so customer services.")
m("P23", "facebook", "@chantelle.morris.pr", "Chantelle Morris", None, "2026-11-02T20:22:48Z",
  "Been in the one-bedroom temporary flat in Park Royal with my two boys for 19 months, the youngest sleeps in the cot in the kitchen corner. My caseworker left in the summer and no one's been assigned, ref TA/88120. I just need to know if we're still on the list for a move.",
  2, "Housing", "Own temporary-accommodation case with a reference and no caseworker: housing officer to act; overcrowding but no immediate danger stated (ambiguous with 5).")
m("P25", "linkedin", "@femi-adeyemi-mamafemis", "Femi Adeyemi – Owner, Mama Femi's Kitchen", 1100, "2026-07-07T09:40:15Z",
  "Our premises licence variation for late-night refreshment (ref LN/25/1190) was submitted 10 weeks ago and the online status still shows 'received'. We've had to turn away two private bookings. Could someone from Brent Council licensing get in touch? Small businesses on Harlesden High St really need these decisions.",
  2, "Regulatory Services", "A business's own licensing application with a reference: customer services to licensing.", likes=34)

# ---------------------------------------------------------------- route 3: web team responds
m("W1", "x", "@fresh2brent", None, 12, "2026-09-01T19:20:33Z",
  "just moved to wembley, how do i get a residents parking permit? do i need the v5 in my name already or can i use the lease",
  3, "Parking", "General 'how do I' question answered by the published permit eligibility page: web team signposts.")
m("W2", "facebook", "@sandra.lopes.kl", "Sandra Lopes", None, "2026-02-16T12:34:20Z",
  "Is it true the council tax is going up by 5% again from April? Saw it on a WhatsApp group but can't find anything on the website",
  3, "Finance", "'Is it true' question on a well-understood issue (budget and council tax setting): web team answers with the published decision.")
m("W3", "x", "@annoyed_in_alperton", None, 8, "2026-03-30T10:11:45Z",
  "@Brent_Council your pay-it page has been throwing 'Error 500 – something went wrong' for the last hour on both chrome and safari",
  3, "Web", "A fault on the website: web team responds and fixes.")
m("W4", "x", "@wembleywalker", "Wembley Walker", 230, "2026-02-02T09:02:14Z",
  "link in your tweet about the garden waste renewals goes to a 'page not found' fyi",
  3, "Web", "Broken link in a council post: a website fault for the web team.")
m("W5", "x", "@ealing_ellie", "Ellie", 77, "2026-04-14T18:49:37Z",
  "@Brent_Council third week no bins on Cowgate Rd in Greenford, what's going on??",
  3, None, "Greenford is in Ealing: a mention meant for another council, so the web team points her to Ealing (ambiguous with 1, other boroughs' matters).")
m("W6", "x", "@WembleyWatcher", "Wembley Watcher", 1200, "2026-05-05T21:40:03Z",
  "FOI: please provide the total the council spent on agency/consultancy staff in 2025/26 so far, by department. Let's see where our council tax goes.",
  3, "Finance", "A genuine request for recorded spending figures, but made under a pseudonym with no real name or address: invalid FOI, web team explains how to make a valid request.",
  foi=True, foi_valid=False, likes=38, reposts=11)
m("W7", "facebook", "@sam.k.wp", "Sam", None, "2026-06-08T15:17:52Z",
  "Can I get the figures for how many fixed penalty notices for littering were issued in Wembley Park on event days last year? Thanks, Sam",
  3, "Environment", "Request for recorded information signed with a first name only: not a valid FOI under Appendix A, so the web team explains how to submit one.",
  foi=True, foi_valid=False)
m("W8", "instagram", "@lil_reader_mum", None, 410, "2026-08-29T19:03:25Z",
  "does Kilburn library open on bank holiday monday? want to take the kids to the lego club 🧱",
  3, "Libraries", "Simple opening-hours question answered by published information.")
m("W9", "x", "@kev_dollishill", "Kev", 51, "2025-12-20T11:15:40Z",
  "are the reuse and recycling centres open over christmas? got a garage full of boxes",
  3, "Environment", "General 'when' question on published holiday opening times.")
m("W10", "bluesky", "@amira-writes.bsky.social", "Amira", 240, "2026-01-29T14:26:11Z",
  "genuinely cannot find where you report a pothole on the brent website, the search brings up a 2019 pdf",
  3, "Web", "Website search/navigation fault and a signposting need: web team.")
m("W11", "facebook", "@grace.ofori.7", "Grace Ofori", None, "2025-12-04T20:08:50Z",
  "When is the deadline for reception applications for September? My daughter turns 4 in March and I'm confused if it's this year or next",
  3, "Education", "A confusion over a well-understood process (reception admissions deadline and age rule) that published information answers.")
m("W12", "x", "@cityboy_wp", None, 600, "2026-04-01T13:59:04Z",
  "where can I see the plans for the new block going up by Wembley Park Boulevard? is there a planning number?",
  3, "Planning", "'Where can I see' question: web team signposts to the planning search.")
m("W13", "facebook", "@lucia.martin.kilburn", "Lucía Martín", None, "2026-07-14T17:25:31Z",
  "Hola, vivo sola en Kilburn. ¿Cómo puedo pedir el descuento de persona sola en el council tax? ¿Se puede hacer online?",
  3, "Finance", "Spanish: 'Hello, I live alone in Kilburn. How can I apply for the single person discount on council tax? Can it be done online?' General how-to, signpost to the online form.",
  lang="es")
m("W14", "x", "@rahman_shop", None, 30, "2026-10-20T12:44:09Z",
  "@Brent_Council বড় আসবাবপত্র ফেলার জন্য কিভাবে বুক করতে হয়? খরচ কত? ধন্যবাদ",
  3, "Environment", "Bengali: 'How do I book to get rid of large furniture? How much does it cost? Thanks.' General bulky-waste question answered by the website.",
  lang="bn")
m("W15", "instagram", "@priya.nani", "Priya", 185, "2026-03-22T10:30:46Z",
  "क्या ब्रेंट की लाइब्रेरी में बच्चों के लिए हिंदी की किताबें या कहानी सत्र होते हैं? कौन सी लाइब्रेरी में?",
  3, "Libraries", "Hindi: 'Do Brent libraries have Hindi books or story sessions for children? In which library?' General question, signpost to library services.",
  lang="hi")
m("W16", "x", "@vanman_neasden", None, 85, "2026-01-21T07:02:37Z",
  "so is the ULEZ money going to brent council or TfL? because if it's you lot I want to know why the roads are still like this",
  3, None, "An 'is it true' confusion: ULEZ is run by TfL, not the council; web team corrects the misconception (ambiguous with 1 as a moan).")
m("W17", "linkedin", "@chloe-andrews-sw", "Chloe Andrews", 520, "2026-04-08T12:10:26Z",
  "The Brent Council careers page says the Social Worker – Children with Disabilities role closes on the 12th but the job pack PDF says the 15th. Which is correct?",
  3, "HR", "Conflicting published information on a vacancy: a general question the web team answers with recruitment (ambiguous department Web).")
m("W18", "x", "@greenthumb_sudbury", None, 140, "2026-05-23T10:48:19Z",
  "are pizza boxes ok in the blue bin if they're a bit greasy? asking for my entire household who argue about this weekly",
  3, "Environment", "General recycling rules question answered by published guidance.")
m("W19", "x", "@ade_pays", "Ade", 140, "2026-03-01T20:33:14Z",
  "the direct debit form for council tax won't submit on iphone, the date field just spins. tried 3 times",
  3, "Web", "A website form fault; no account problem yet (ambiguous with 2 if a payment is missed).")
m("W20", "mastodon", "@tomas@mastodon.green", "Tomás", 90, "2026-06-25T08:19:58Z",
  "Does anyone know if Brent does replacement food waste caddies? Ours cracked. Is it free or do you have to buy one?",
  3, "Environment", "General 'how / is it free' question with no address or account: signpost to the caddy request page (ambiguous with 2).")
m("W21", "youtube", "@Olu_Builds", "Olu", 30, "2026-09-11T19:57:41Z",
  "Good video but which form do I use if the tree on the pavement is lifting my front wall? the link in the description is dead",
  3, "Web", "Comment on a council how-to video: dead link plus a 'which form' question, answered by signposting (ambiguous with 2 as the wall is his own case).")

# ---------------------------------------------------------------- route 1: monitor
m("M1", "rss", "@energymarketsdaily", "Energy Markets Daily", None, "2025-12-16T06:30:00Z",
  "Brent crude slipped 1.8% to $71.40 a barrel on Tuesday as OPEC+ signalled it would keep output steady into the new year, while traders weighed softer demand figures from China.",
  1, None, "Keyword noise: Brent crude oil prices.")
m("M2", "x", "@shopaholic_sav", "Sav", 400, "2025-12-13T16:52:27Z",
  "brent cross on a saturday before christmas was a MISTAKE. 40 mins to get out of the car park 😩",
  1, None, "Keyword noise: Brent Cross shopping centre (in Barnet).", likes=22)
m("M3", "x", "@BeesTilIDie", "Bees Till I Die", 2200, "2026-02-28T17:04:12Z",
  "Brentford away end was rocking today. Massive 3 points. Bees up 🐝",
  1, None, "Keyword noise: Brentford FC.", likes=140, reposts=12)
m("M4", "instagram", "@brent.fitness", "Coach Brent", 5400, "2026-01-04T07:00:00Z",
  "Coach Brent here 💪 new 6 week shred program drops Monday, link in bio",
  1, None, "Keyword noise: a person called Brent.", likes=310)
m("M5", "x", "@officequotes_daily", "The Office Quotes", 81000, "2026-07-30T12:00:00Z",
  "'Life is a rollercoaster, you've just got to ride it' — David Brent 🎢",
  1, None, "Keyword noise: David Brent; a large account saying nothing about the council.", likes=2100, reposts=300)
m("M6", "rss", "@camdennewjournal", "Camden New Journal", None, "2026-03-12T09:00:00Z",
  "Camden Council's cabinet has approved £12m of repairs to estates around Regent's Park after tenants complained of leaking roofs and broken lifts. Brent and Westminster are understood to be watching the scheme closely.",
  1, None, "Another borough's matter; the passing mention of Brent needs no action.")
m("M7", "facebook", "@pauline.harris.54", "Pauline Harris", None, "2026-04-16T09:37:12Z",
  "Just want to say a massive thank you to the bin men on Okehampton Road this morning who went back for my neighbour's bin when she came running out in her dressing gown 😂 lovely lads",
  1, "Environment", "Praise and thanks with no request: 'of no particular consequence', monitor (could be passed on to the service as a compliment).", likes=48)
m("M8", "facebook", "@winston.clarke.1948", "Winston Clarke", None, "2026-10-01T14:20:35Z",
  "The young lady at Willesden Green library spent nearly an hour helping my father set up his email so he can get his pension letters. He came home beaming. Thank you.",
  1, "Libraries", "Praise: monitor (worth passing the thanks to the library).", likes=63)
m("M9", "x", "@wry_in_willesden", None, 310, "2026-05-19T18:41:55Z",
  "shoutout to whoever resurfaced Walm Lane, it lasted a full 9 days before the first hole. genuinely impressive 👏👏",
  1, "Highways", "Sarcastic moan, no case or request: monitor (ambiguous with 2 — a new defect could be logged).", likes=57, reposts=6)
m("M10", "x", "@zzz_harlesden", None, 19, "2026-08-18T09:48:03Z",
  "bins?? again",
  1, "Environment", "Very short moan with no address or request: nothing to act on, monitor (ambiguous with 2 if the author follows up).")
m("M11", "x", "@tru7hseeker77", None, 14, "2026-06-06T23:55:31Z",
  "brent council = bunch of overpaid muppets. sack the lot",
  1, None, "Low-reach abuse with no substance: monitor.")
SPAM = "@Brent_Council 🚀 Turn £250 into £9,000 in 7 days!! DM me for the secret signals 💰💰 #Bitcoin #London"
m("M12", "x", "@crypto_gainz_uk", "Crypto Gainz", 35, "2026-09-03T02:17:44Z", SPAM,
  1, None, "Spam: no action beyond monitoring (report/hide per platform rules).")
m("M13", "x", "@crypto_gainz_uk", "Crypto Gainz", 35, "2026-09-03T02:19:10Z", SPAM,
  1, None, "Exact repeat of the same spam two minutes later: same label.")
m("M14", "facebook", "@brentindependentsnow", "Brent Independents Now", 1900, "2026-04-25T10:00:00Z",
  "Vote for change on 7 May 🗳️ Twenty years of the same people running the Civic Centre. Our candidates will freeze parking charges and bring back weekly bin collections. #BrentDecides",
  1, None, "Party-political campaigning: the council takes no political standpoint; monitor only (ambiguous with 5 during the pre-election period if it misrepresents council facts).", likes=88, reposts=25)
m("M16", "x", "@WembleyVenueNews", "Wembley Venue News", 310000, "2026-06-20T22:41:09Z",
  "What a night in Brent! Thank you to everyone who came to the final show of the tour 💜",
  1, None, "A very large account saying something of no consequence for the council: monitor.", verified=True, likes=5200, reposts=400)
m("M17", "x", "@nora_kilburn", "Nora", 66, "2026-11-21T21:05:17Z",
  "thinking of the family on Brondesbury Road, that flat fire was awful to watch. the firefighters were incredible",
  1, "Emergency Planning", "Sympathy after a private flat fire handled by the fire brigade; no council failing, request or person still at risk: monitor in case it develops (ambiguous with 5 if it is a council block).")
m("M19", "x", "@hb_ko", None, 27, "2026-06-22T13:10:02Z",
  "has anyone actually had an answer about this??",
  1, None, "Standalone, with no thread or subject, the same words give nothing to act on: monitor (inside the CPZ thread they are 4).")
m("M20", "x", "@lozza_nw6", None, 210, "2026-02-09T19:02:47Z",
  "same here 😡",
  1, None, "Standalone 'same here' with no context: chatter, monitor (inside the gas-smell thread the same words are 5).")
m("M21", "x", "@taxpayer_nw10", None, 220, "2026-01-30T20:45:36Z",
  "how much are they paying these consultants to tell them to close libraries?? honestly. our money.",
  1, "Libraries", "A rhetorical jibe, not a request for recorded information: no FOI, moan with no case, monitor.", likes=31, reposts=4)
m("M22", "facebook", "@hema.patel.wembley", "Hema Patel", None, "2026-11-09T21:12:38Z",
  "આ વર્ષે ઇલિંગ રોડ પર દિવાળીની લાઇટ્સ ખૂબ સુંદર હતી! બાળકોને ખૂબ મજા આવી. આભાર 🪔✨",
  1, None, "Gujarati: 'The Diwali lights on Ealing Road were so beautiful this year! The children really enjoyed them. Thank you.' Praise: monitor.",
  lang="gu", likes=40)
m("M23", "x", "@arash_fx", "Arash", 900, "2026-10-06T08:30:22Z",
  "قیمت نفت برنت امروز دوباره بالا رفت، بازار منتظر تصمیم اوپک پلاس است.",
  1, None, "Persian: 'The price of Brent oil went up again today; the market is waiting for the OPEC+ decision.' Keyword noise.",
  lang="fa")
m("M24", "instagram", "@ana.sofia.ldn", "Ana Sofia", 700, "2026-07-26T15:48:11Z",
  "Domingo perfeito no Roundwood Park 🌳☀️ os jardins estão lindos este ano. Obrigada a quem cuida disto!",
  1, "Environment", "Portuguese: 'Perfect Sunday in Roundwood Park, the gardens are beautiful this year. Thanks to whoever looks after this!' Praise for parks: monitor.",
  lang="pt", likes=120)
m("M25", "rss", "@willesdenhistoryblog", "Willesden Local History Blog", None, "2026-08-07T07:00:00Z",
  "From dairy to dual carriageway: the story of Dollis Hill Lane. A 1936 Willesden council minute book, now held by Brent Archives, records the first complaints about 'motor omnibuses' frightening the cattle...",
  1, None, "Local history blog excerpt mentioning Brent Archives neutrally: no consequence, monitor.")
m("M26", "linkedin", "@priya-raman-data", "Priya Raman", 880, "2026-09-07T08:05:00Z",
  "Thrilled to share that I've started as a Data Analyst at Brent Council! Looking forward to working with the Policy & Performance team 🎉",
  1, "HR", "Staff news with no request: monitor.", likes=95)
m("M27", "youtube", "@marcus_t", "Marcus T", 12, "2026-05-02T20:44:30Z",
  "lol the guy in this recycling video is trying his best 😂 actually learned the yoghurt pot thing tho",
  1, "Environment", "Friendly comment on a council video, no question: monitor.")

# ---------------------------------------------------------------- serialise
def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))

def make_id(platform):
    if platform == "x":
        return PREFIX + digits(14)
    if platform == "mastodon":
        return PREFIX + digits(13)
    if platform == "facebook":
        return f"{PREFIX}{digits(10)}_{digits(15)}"
    if platform == "bluesky":
        return f"at://did:plc:{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz234567') for _ in range(24))}/app.bsky.feed.post/{PREFIX}{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz234567') for _ in range(8))}"
    if platform == "instagram":
        return f"IG{PREFIX}{digits(12)}"
    if platform == "youtube":
        return f"Ugx{PREFIX}{''.join(rng.choice(string.ascii_letters) for _ in range(14))}"
    if platform == "linkedin":
        return f"urn:li:activity:{PREFIX}{digits(14)}"
    if platform == "rss":
        return f"rss-{PREFIX}-{digits(8)}"
    raise ValueError(platform)

ids, used = {}, set()
for it in ITEMS:
    assert it["key"] not in ids, it["key"]
    pid = make_id(it["platform"])
    while pid in used:
        pid = make_id(it["platform"])
    used.add(pid); ids[it["key"]] = pid

by_key = {it["key"]: it for it in ITEMS}
for it in ITEMS:  # sanity: replies after parents in time; thread roots have enough replies
    if it["reply_to"]:
        assert by_key[it["reply_to"]]["when"] < it["when"], it["key"]
        assert by_key[it["reply_to"]]["platform"] == it["platform"], it["key"]
for it in ITEMS:
    if it["thread"] == it["key"]:
        n = sum(1 for o in ITEMS if o["thread"] == it["key"] and o["key"] != it["key"])
        assert it["replies"] >= n, it["key"]
    assert "2025-12-01" <= it["when"][:10] <= "2026-11-30", it["key"]

order = ITEMS[:]
rng.shuffle(order)
# keep every reply after the item it replies to: move a misplaced reply to a random later slot
changed = True
while changed:
    changed = False
    pos = {it["key"]: i for i, it in enumerate(order)}
    for it in order:
        if it["reply_to"] and pos[it["reply_to"]] > pos[it["key"]]:
            order.remove(it)
            p = order.index(by_key[it["reply_to"]])
            order.insert(rng.randint(p + 1, len(order)), it)
            changed = True
            break
out = order
for it in out:  # items written without engagement figures get small, plausible ones
    if it["likes"] == 0 and it["replies"] == 0 and it["reposts"] == 0 and it["platform"] != "rss":
        it["likes"] = rng.choice([0, 0, 0, 1, 1, 2, 3, 4, 6])
with open(OUT, "w", encoding="utf-8") as f:
    for it in out:
        rec = {
            "platform": it["platform"], "platform_id": ids[it["key"]], "author_handle": it["handle"],
            "author_name": it["name"], "author_followers": it["followers"], "author_verified": it["verified"],
            "text": it["text"], "created_at": it["when"],
            "reply_to_id": ids[it["reply_to"]] if it["reply_to"] else None,
            "thread_id": ids[it["thread"]] if it["thread"] else None,
            "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"], "language": None,
            "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"],
                      "foi_valid": it["foi_valid"] if it["foi"] else None,
                      "escalate_reason": it["esc"] if it["route"] == 5 else None,
                      "reason": it["reason"], "language": it["lang"]},
            "provenance": "written",
        }
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(out)} mentions to {OUT}")
