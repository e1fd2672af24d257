#!/usr/bin/env python3
"""Writer O, set v6: 110 hand-written mentions with hand labels. Serialises to part-O.jsonl (shuffled,
replies kept after their parents)."""
import json, random, os

ITEMS = []
def add(platform, pid, handle, name, followers, verified, text, created, reply_to=None, thread=None,
        replies=0, likes=0, reposts=0, route=1, dept=None, foi=False, foi_valid=None, esc=None,
        reason="", lang="en"):
    ITEMS.append({"platform": platform, "platform_id": pid, "author_handle": handle, "author_name": name,
                  "author_followers": followers, "author_verified": verified, "text": text,
                  "created_at": created, "reply_to_id": reply_to, "thread_id": thread,
                  "replies": replies, "likes": likes, "reposts": reposts, "language": None,
                  "label": {"route": route, "department": dept, "foi": foi, "foi_valid": foi_valid,
                            "escalate_reason": esc, "reason": reason, "language": lang},
                  "provenance": "written"})

# ---------------------------------------------------------------- THREAD T1: Willesden Green bins (Facebook)
T1 = "fb_30103_t1_0001"
add("facebook", T1, "janice.whitlock.nw10", "Janice Whitlock", 212, False,
    "Third week running the recycling on Villiers Road hasn't been taken. Blue bins overflowing, foxes having a party every night. "
    "I've reported it online twice and both times got the 'your request is completed' email which is frankly a lie. "
    "@Brent Council can someone actually come and look at this",
    "2026-02-10T08:14:22Z", None, T1, replies=6, likes=23, reposts=1, route=2, dept="Environment",
    reason="Own case: a named street, repeated missed recycling and closed-but-not-done reports; 'a person requiring customer services' (Environment).")
add("facebook", "fb_30103_t1_0002", "kamal.ahmed.758", "Kamal Ahmed", 96, False,
    "Same on Huddlestone Rd. They did the black bins Thursday but skipped the blue ones again",
    "2026-02-10T08:52:03Z", T1, T1, likes=6, route=2, dept="Environment",
    reason="His own street's missed recycling, another case for customer services; ambiguous with 4 since several neighbours now discuss the same round.")
add("facebook", "fb_30103_t1_0003", "janice.whitlock.nw10", "Janice Whitlock", 212, False,
    "Kamal when I rang they said the truck broke down. For three weeks?? 🙄 Is it the same crew for all the roads off Walm Lane?",
    "2026-02-10T09:30:40Z", T1, T1, likes=4, route=4, dept="Environment",
    reason="The thread is now several residents discussing one recurring collection failure across several roads: 'a more specific ongoing conversation of relevance to a particular service area'.")
add("facebook", "fb_30103_t1_0004", "pauline.ross.3", "Pauline Ross", 140, False,
    "Not just the bins. Mrs Adeyemi at 41 hasn't had hers out either and come to think of it I've not seen her since last Tuesday, "
    "her post is still sticking out the letterbox. She's normally up the shop every morning for her paper. Might knock later",
    "2026-02-10T11:05:17Z", T1, T1, likes=9, route=5, dept=None, esc="welfare_concern",
    reason="Buried in a bin thread: an older neighbour not seen for about a week, post uncollected, routine broken - someone may be at risk, escalate whatever the reach (adult social care, not one of the 14 departments).")
add("facebook", "fb_30103_t1_0005", "dom.fraser.77", "Dom Fraser", 58, False,
    "Pauline she might be at her daughter's in Luton, she went for a fortnight last winter too",
    "2026-02-10T11:41:55Z", T1, T1, likes=2, route=1, dept=None,
    reason="Speculation inside an already escalated welfare thread; does not need its own action. Ambiguous: it does not resolve the concern, so the escalation of the previous reply stands.")

# ---------------------------------------------------------------- THREAD T2: gas smell (X)
T2 = "3010300000017281"
add("x", T2, "@kenzal_kay", "Kay", 340, False,
    "@Brent_Council anyone else getting a really strong gas smell on Chamberlayne Road by the chicken shop? been like it since about 2",
    "2026-10-14T14:48:09Z", None, T2, replies=2, likes=11, reposts=3, route=5, dept="Emergency Planning", esc="gas_leak",
    reason="Gas smell in a busy street for over an hour: possible risk to life, escalate regardless of followers (and point to the gas emergency line).")
add("x", "3010300000017402", "@kenzal_kay", "Kay", 340, False,
    "still there 😬",
    "2026-10-14T21:40:31Z", T2, T2, likes=3, route=5, dept="Emergency Planning", esc="gas_leak",
    reason="Two words, but in this thread it means the gas smell is still present at night: ongoing risk to life. Same text standalone elsewhere is route 1.")
add("x", "3010300000019920", "@mo_t_wembley", "Mo", 51, False,
    "still there 😬",
    "2026-05-03T12:06:10Z", None, None, likes=0, route=1, dept=None,
    reason="Standalone two words with no thread, picture or subject: 'of no particular consequence', keep monitoring. Context (the gas thread) is what makes the identical text urgent elsewhere.")

# ---------------------------------------------------------------- THREAD T3: CPZ consultation Kensal Rise (Facebook group)
T3 = "fb_30103_t3_0001"
add("facebook", T3, "kensalrise.streets", "Tom Whitfield", 410, False,
    "Brent are consulting on a CPZ for the streets north of Chamberlayne Rd (closes 14 March). Proposed hours 8.30am-6.30pm Mon-Sat. "
    "Does anyone actually want this? The only time I struggle is the school run, and permits would be £££ per car. "
    "Link to the consultation in comments. Be good to get a proper discussion going before we all reply.",
    "2026-02-21T10:02:11Z", None, T3, replies=5, likes=31, reposts=4, route=4, dept="Parking",
    reason="A live consultation debated in a local group: 'more specific ongoing conversation of relevance to a particular service area' - Parking officers should join.")
add("facebook", "fb_30103_t3_0002", "hannah.okoro.9", "Hannah Okoro", 233, False,
    "I'm for it tbh. Can never park after 7pm when the restaurants are busy though, and those hours won't touch that",
    "2026-02-21T10:40:50Z", T3, T3, likes=7, route=4, dept="Parking",
    reason="Substantive view on the scheme hours within the consultation discussion; part of the ongoing service conversation.")
add("facebook", "fb_30103_t3_0003", "g.bhatt.kr", "Gita Bhatt", 120, False,
    "The map leaves out Leigh Gardens entirely so everyone will just dump their cars there. Has anyone asked the council why it stops where it does?",
    "2026-02-21T12:15:33Z", T3, T3, likes=12, route=4, dept="Parking",
    reason="Question about the boundary of a live scheme, asked of the group; officers joining the discussion can answer. Ambiguous with 3.")
add("facebook", "fb_30103_t3_0004", "lenny.oconnell", "Lenny O'Connell", 77, False,
    "While anyone from the council is reading this - my resident permit application PP/448213 has said 'under review' since January. Can someone look at it please",
    "2026-02-21T13:01:09Z", T3, T3, likes=1, route=2, dept="Parking",
    reason="Own case with a reference number dropped into a consultation thread: needs an officer to look up records - customer services.")
add("facebook", "fb_30103_t3_0005", "marta.s.kensal", "Marta Sobczak", 164, False,
    "Honestly the bigger issue is vans parked right on both corners of Clifford Gardens. Kids crossing to the school can't see a thing and can't be seen. "
    "A little one nearly went under a delivery van on Tuesday, the driver didn't even stop. If the CPZ fixes the corners I'm in.",
    "2026-02-22T08:20:47Z", T3, T3, likes=19, reposts=2, route=4, dept="Parking",
    reason="A near-miss mentioned as an argument in the scheme debate; feeds the CPZ design (corner restrictions). Ambiguous with 5: no one hurt and no continuing emergency, but officers should note the hazard.")

# ---------------------------------------------------------------- THREAD T4: Harlesden library hours (X)
T4 = "3010300000020114"
add("x", T4, "@HarlesdenReads", "Harlesden Reads (community book group)", 1240, False,
    "Brent's proposed new hours for Harlesden Library cut Saturday afternoons. That's when the homework club and the Caribbean elders' group meet. "
    "Consultation closes 30 April - please respond and tell us what you'd lose. @Brent_Council",
    "2026-04-08T18:30:00Z", None, T4, replies=3, likes=64, reposts=29, route=4, dept="Libraries",
    reason="Community group rallying responses to a live consultation on one service: ongoing service conversation for Libraries to join.")
add("x", "3010300000020188", "@shaz_k", "shaz", 143, False,
    "@HarlesdenReads @Brent_Council saturday pm is literally the only time i can take my two. weekdays it shuts before i'm back from work",
    "2026-04-08T19:02:15Z", T4, T4, likes=8, route=4, dept="Libraries",
    reason="Parent's contribution to the hours consultation thread; part of the ongoing conversation.")
add("x", "3010300000020251", "@rubina_h_nw10", "Rubina", 39, False,
    "@HarlesdenReads আমার মা প্রতি শনিবার বিকেলে ওখানে ইংরেজি ক্লাসে যান। শনিবার বন্ধ হলে উনি কোথায় যাবেন? উনি তো একা বাসে অন্য কোথাও যেতে পারেন না।",
    "2026-04-09T07:45:52Z", T4, T4, likes=5, route=4, dept="Libraries", lang="bn",
    reason="Bengali: 'My mother goes to an English class there every Saturday afternoon. If it closes on Saturdays where will she go? She can't take the bus somewhere else alone.' Part of the library hours conversation.")

# ---------------------------------------------------------------- THREAD T5: fly-tip hotspot (Facebook)
T5 = "fb_30103_t5_0001"
add("facebook", T5, "dollishill.residents.group", "Bernadette Kowalczyk", 380, False,
    "The alleyway behind the shops on Dollis Hill Lane is a tip AGAIN. Two mattresses, a fridge, builders' rubble, and now someone's bathroom suite. "
    "The council clears it, a week later it's back. Cameras were promised at the ward meeting in October. Where are they??",
    "2026-06-13T09:12:00Z", None, T5, replies=2, likes=45, reposts=6, route=4, dept="Environment",
    reason="A recurring hotspot and a promise from a ward meeting, discussed by neighbours: ongoing conversation for the Environment (enforcement) officers to join.")
add("facebook", "fb_30103_t5_0002", "ali.rahman.dh", "Ali Rahman", 210, False,
    "They cleared it Thursday, someone dumped a sofa Friday night about 11. White Transit, didn't get the plate. Lights at the back of the bakery would help too",
    "2026-06-13T10:03:27Z", T5, T5, likes=11, route=4, dept="Environment",
    reason="Adds sighting and a suggestion to the hotspot discussion; ongoing service conversation.")
add("facebook", "fb_30103_t5_0003", "kev.mcc.nw2", "Kev McCarthy", 64, False,
    "at this point just put a sign up 'Dollis Hill Municipal Tip, est. 2024' and be done with it 😂",
    "2026-06-13T10:40:11Z", "fb_30103_t5_0002", T5, likes=17, route=1, dept=None,
    reason="Sarcasm inside the thread, no case or request: monitor (the thread itself is route 4).")

# ---------------------------------------------------------------- THREAD T6: Neasden tower planning application (Bluesky)
T6 = "at://did:plc:neasdenwatch/app.bsky.feed.post/30103aa01"
add("bluesky", T6, "@neasden-watch.bsky.social", "Neasden Watch", 870, False,
    "Planning app 25/3187 for the 19-storey block by Neasden station: 14 days left to comment. The daylight report for the Neasden Lane houses looks off - "
    "I think the model leaves out the rear extensions. Anyone with planning knowledge willing to look? @brentcouncil",
    "2025-12-04T20:15:37Z", None, T6, replies=2, likes=52, reposts=18, route=4, dept="Planning",
    reason="Residents scrutinising a live planning application together: 'ongoing conversation of relevance to a particular service area' (Planning). Critical but not reputation-threatening.")
add("bluesky", "at://did:plc:tanfieldarch/app.bsky.feed.post/30103aa02", "@mjoyce-arch.bsky.social", "Martin Joyce", 301, False,
    "You're right - the VSC figures assume the 1930s footprints, no rear extensions at all. Worth objecting on that specific point, it carries more weight than 'too tall'.",
    "2025-12-04T21:02:04Z", T6, T6, likes=30, reposts=6, route=4, dept="Planning",
    reason="Technical contribution to the planning application discussion; part of the ongoing conversation.")
add("bluesky", "at://did:plc:carolineneasden/app.bsky.feed.post/30103aa03", "@caz-n.bsky.social", "caz", 47, False,
    "does anyone know if this goes to planning committee or is it decided by officers? and when?",
    "2025-12-05T07:33:19Z", "at://did:plc:tanfieldarch/app.bsky.feed.post/30103aa02", T6, likes=3, route=3, dept="Planning",
    reason="Procedural question answered by published information (scheme of delegation, committee calendar): web team can signpost. Ambiguous with 4 as it sits in the conversation.")

# ---------------------------------------------------------------- THREAD T9: after-school club (Facebook parents group)
T9 = "fb_30103_t9_0001"
add("facebook", T9, "wembley.parents.chat", "Funmi Adebayo", 188, False,
    "Anyone know if the after school club at the primary is running over half term? Brent website says holiday provision is on, school office says no 🙄",
    "2026-10-19T19:10:05Z", None, T9, replies=2, likes=3, route=3, dept="Education",
    reason="Confusion between website and school about holiday provision: 'simple confusion' the web team can clear up by signposting (and check the page).")
add("facebook", "fb_30103_t9_0002", "jo.p.wembley", "Jo Pereira", 92, False,
    "I think the holiday one is run at the leisure centre not the school, different company",
    "2026-10-19T19:25:48Z", T9, T9, likes=2, route=1, dept=None,
    reason="Peer-to-peer chatter answering the question; nothing for the council to do.")
add("facebook", "fb_30103_t9_0003", "anon.member.wp", None, None, False,
    "We took ours out of the school one in February. My son came home with marks on his arm twice and the man who runs it told him it was 'their secret'. "
    "School said to take it up with the provider. Provider never replied. Still makes me feel sick thinking about it. Check who you're leaving them with x",
    "2026-10-19T21:58:30Z", T9, T9, likes=14, route=5, dept="Education", esc="safeguarding_child",
    reason="Deep reply in a childcare thread describing injuries and secrecy by an adult running a children's club, never acted on: child safeguarding - escalate (LADO route) whatever the reach.")

# ---------------------------------------------------------------- THREAD T10: potholes joke (X)
T10 = "3010300000021507"
add("x", T10, "@wembleymatt", "Matt", 612, False,
    "potholes on Harrow Road are so deep the frogs have moved in 🐸 @Brent_Council",
    "2026-01-17T10:22:18Z", None, T10, replies=1, likes=27, reposts=2, route=1, dept=None,
    reason="Joke moan, no location a crew could find, no request: monitor. Ambiguous with 2 (could be passed to Highways as a report).")
add("x", "3010300000021566", "@bike_bex", "Bex Lawrence", 231, False,
    "@wembleymatt @Brent_Council the one by the Harlesden Co-op junction took me off my bike last month. Still got the scar and a buckled wheel. Who do I even claim from?",
    "2026-01-17T11:05:02Z", T10, T10, likes=9, route=2, dept="Highways",
    reason="Her own injury and damage from a specific pothole: a claim needing Highways to act and record the defect. Ambiguous with 3 (how to claim).")

# ---------------------------------------------------------------- repeats, same author same text
add("x", "3010300000030011", "@cheryl_chaplinrd", "Cheryl", 73, False,
    "@Brent_Council bins on Chaplin Road not collected AGAIN. number 27. third time this month",
    "2026-03-12T07:41:00Z", likes=2, route=2, dept="Environment",
    reason="Own missed collection at a given address: customer services (Environment).")
add("x", "3010300000030144", "@cheryl_chaplinrd", "Cheryl", 73, False,
    "@Brent_Council bins on Chaplin Road not collected AGAIN. number 27. third time this month",
    "2026-03-19T07:55:12Z", likes=4, route=2, dept="Environment",
    reason="Exact repeat a week later of the same own case: still customer services, same label.")
add("x", "3010300000030290", "@crypt0_gainz_uk", "Daily Profits 💰", 3, False,
    "@Brent_Council @WembleyPark I made £3,200 this week from home with this one trick 📈 DM me 'START' 🔥🔥",
    "2026-05-22T02:11:40Z", route=1, dept=None,
    reason="Spam: no action beyond monitoring.")
add("x", "3010300000030291", "@crypt0_gainz_uk", "Daily Profits 💰", 3, False,
    "@Brent_Council @WembleyPark I made £3,200 this week from home with this one trick 📈 DM me 'START' 🔥🔥",
    "2026-05-22T02:14:02Z", route=1, dept=None,
    reason="Same spam posted again: monitor.")
add("x", "3010300000030402", "@brent_watcher_", "Brent Watcher", 255, False,
    "FOI request: how much did @Brent_Council spend on external consultants in 2025/26, broken down by department?",
    "2026-07-02T16:20:00Z", route=3, dept="Finance", foi=True, foi_valid=False,
    reason="A request for recorded information, but a pseudonymous account with no real name or address: FOI rule not met, web team replies explaining how to make a valid request.")
add("x", "3010300000030517", "@brent_watcher_", "Brent Watcher", 255, False,
    "FOI request: how much did @Brent_Council spend on external consultants in 2025/26, broken down by department?",
    "2026-07-16T16:31:09Z", route=3, dept="Finance", foi=True, foi_valid=False,
    reason="Exact repeat of the invalid FOI two weeks later: same label (still no real name or address).")

# ---------------------------------------------------------------- ROUTE 5 standalones
add("facebook", "fb_30103_s5_0001", "delroy.m.stonebridge", "Delroy Mitchell", 134, False,
    "Not to moan about parking AGAIN but the visitor bays by Marshall House are permanently full of work vans, nobody ever gets a ticket. "
    "Also the concrete under the 3rd floor balconies has got big cracks in it and a chunk came off on Sunday, landed right by the bike racks where the kids hang about. "
    "Anyway. Vans. Sort it out @Brent Council",
    "2026-08-18T17:44:29Z", likes=8, replies=1, route=5, dept="Housing", esc="structural_danger",
    reason="The parking moan hides falling concrete from balconies over a children's play spot: structural danger, risk to life - escalate (Housing), the vans are secondary.")
add("x", "3010300000040021", "@leahsmiles_", "leah", 187, False,
    "my landlord reckons the headaches are 'probably the weather' 🙃 boiler flame's gone orange since october and the little one keeps nodding off on the sofa at 5pm. "
    "private rented, kingsbury. is this even a council thing or",
    "2026-11-09T18:27:55Z", likes=3, route=5, dept="Housing", esc="risk_to_life",
    reason="Joking tone, but orange boiler flame plus headaches and a drowsy child are carbon monoxide signs: risk to life, escalate (private sector housing) and advise leaving/calling the gas emergency line.")
add("x", "3010300000040102", "@dk_1987__", None, 22, False,
    "third time they've 'lost' my housing benefit docs. rent arrears letter came today. honestly tired of all of it, been thinking everyone would be better off if i just wasn't around",
    "2026-01-28T01:36:04Z", route=5, dept="Finance", esc="self_harm",
    reason="A benefits complaint ending in a self-harm cue, posted at 1.30am by a tiny account: escalate for welfare first; the benefits case follows.")
add("x", "3010300000040230", "@not_sleeping_nw2", "sarah k", 64, False,
    "@Brent_Council who do I complain to about the noise from the flat above? Kids running and screaming again at midnight. "
    "Mind you I don't think there's been an adult up there since Friday, just the three of them, the little one was on the balcony crying at 11 last night",
    "2026-09-07T00:18:42Z", likes=1, route=5, dept=None, esc="safeguarding_child",
    reason="Framed as a noise complaint, but describes young children apparently alone for days, one on a balcony at night: child safeguarding, escalate (children's social care).")
add("x", "3010300000040377", "@coffee_and_commute", "Ifeoma", 402, False,
    "the man who sleeps in the doorway of the old bank by Willesden Green station has been there 3 nights, tonight's meant to be -4. "
    "he didn't really respond when I left him a tea. not sure who you're meant to tell",
    "2026-01-06T22:49:17Z", likes=15, reposts=6, route=5, dept="Housing", esc="rough_sleeper_risk",
    reason="Rough sleeper barely responsive on a sub-zero night: risk to life, escalate (outreach/SWEP) regardless of reach.")
add("x", "3010300000040455", "@PriyaNairNews", "Priya Nair", 412, False,
    "@Brent_Council Hi - Priya Nair, reporter at the Brent & Kilburn Times. Could your press office confirm whether the Stonebridge community hub closure is permanent? Deadline 4pm today. Thanks!",
    "2026-05-12T10:14:30Z", likes=2, route=5, dept="Communications", esc="media_enquiry",
    reason="A journalist naming her outlet, polite and with few followers: media enquiries go to the communications officer.")
add("x", "3010300000040456", "@brent_eye", "Brent Eye", 188, False,
    "RT @PriyaNairNews: @Brent_Council Hi - Priya Nair, reporter at the Brent & Kilburn Times. Could your press office confirm whether the Stonebridge community hub closure is permanent? Deadline 4pm today. Thanks!",
    "2026-05-12T10:41:02Z", route=1, dept=None,
    reason="Reshare of a media enquiry that is already escalated: monitor.")
add("x", "3010300000040512", "@TomHadleyLDR", "Tom Hadley", 2860, False,
    "Under FOI, please provide: the number of damp and mould disrepair claims brought against @Brent_Council as landlord in 2024/25 and 2025/26, and total compensation and legal costs paid. "
    "Tom Hadley, Local Democracy Reporter. Email in bio.",
    "2026-06-29T09:03:11Z", likes=18, reposts=7, route=5, dept="Housing", foi=True, foi_valid=True, esc="media_enquiry",
    reason="Valid FOI (real name visible and signed) for recorded information, but from a journalist on a sensitive housing issue: 'a journalist's request is 5'.")
add("x", "3010300000040609", "@CllrAmaMensah", "Cllr Ama Mensah", 3120, True,
    "Residents in Gaskell House on the Church End estate have been without a working lift for 9 days. Wheelchair users are stuck indoors, a dialysis patient is being carried down 6 floors. "
    "I've raised it with officers twice. @Brent_Council this needs fixing now.",
    "2026-03-03T08:00:12Z", likes=140, reposts=55, replies=12, route=5, dept="Housing", esc="councillor",
    reason="A councillor, publicly, on a council housing failure affecting vulnerable residents: escalate to communications and Housing lead.")
add("x", "3010300000040733", "@SamOkaforMP", "Sam Okafor MP", 48700, True,
    "I've now had 31 families in my surgery this month placed in temporary accommodation 40 miles outside Brent, kids travelling 2 hours to school. "
    "I've written to @Brent_Council's chief executive asking for an urgent meeting.",
    "2026-09-25T12:30:00Z", likes=910, reposts=402, replies=88, route=5, dept="Housing", esc="mp",
    reason="An MP with a large following on a controversial council matter: escalate (communications, Housing lead, leading members).")
add("facebook", "fb_30103_s5_0002", "yvonne.clarke.94", "Yvonne Clarke", 176, False,
    "So I opened my council tax letter today and it's got someone else's statement folded inside it. Full name, address on Neasden Lane, account number and the last bit of their bank details. "
    "Not mine!! What else is going out in the wrong envelopes?? I'll hand it back but honestly",
    "2026-03-24T17:20:14Z", likes=37, replies=9, reposts=4, route=5, dept="Finance", esc="data_breach",
    reason="Another resident's personal and bank details sent to the wrong person: a data breach, escalate (information governance, Finance).")
add("facebook", "fb_30103_s5_0003", "agnieszka.wrobel.wembley", "Agnieszka Wróbel", 249, False,
    "Byłam dziś w Civic Centre w sprawie mieszkania. Pani przy okienku powiedziała do koleżanki, że „ci Polacy zawsze chcą czegoś za darmo”, "
    "a potem kazała mi wrócić z tłumaczem, chociaż mówię po angielsku. Czuję się upokorzona. Czy tak się traktuje mieszkańców Brent?",
    "2026-04-15T15:47:03Z", likes=61, replies=14, reposts=9, route=5, dept="Housing", esc="discrimination", lang="pl",
    reason="Polish: at the Civic Centre about housing, a staff member told a colleague 'these Poles always want something for free' and sent her away for an interpreter though she speaks English; she feels humiliated. Discrimination by staff: escalate.")
add("x", "3010300000040861", "@abu_yusuf_nw10", "أبو يوسف", 117, False,
    "جارنا المسن في هاي رود ويلزدن يعيش وحده وعنده خرف. منذ أسابيع يأتي شاب كل يوم جمعة ويأخذ بطاقته البنكية ثم يذهب. "
    "أمس وجدته في الشارع في البرد بدون معطف ولا يعرف طريق بيته. لا أعرف لمن أبلغ @Brent_Council",
    "2025-12-12T20:05:51Z", likes=6, reposts=2, route=5, dept=None, esc="safeguarding_adult", lang="ar",
    reason="Arabic: an elderly neighbour with dementia living alone on High Road, Willesden; a young man takes his bank card every Friday; found lost outside in the cold without a coat. Vulnerable adult at risk of financial abuse and harm: escalate (adult social care).")
add("x", "3010300000040930", "@ealingrd_vans", "Raj Deliveries", 356, False,
    "if that same warden on Ealing Road tickets my van one more time while I'm unloading I swear he won't be walking home. I know what time he finishes",
    "2026-07-23T13:14:37Z", likes=4, route=5, dept="Parking", esc="threat_to_staff",
    reason="A specific threat against a named-by-role civil enforcement officer, with knowledge of his movements: threat to staff, escalate.")
add("x", "3010300000041077", "@LondonBinWatch", "London Bin Watch", 212000, True,
    "Brent crew filmed tipping a whole street's sorted recycling straight into the general waste lorry. Residents of Wembley, your rinsed yoghurt pots are going in the incinerator. "
    "@Brent_Council care to explain? 🎥👇",
    "2026-08-04T11:22:09Z", likes=18400, reposts=6300, replies=1200, route=5, dept="Environment", esc="viral_video",
    reason="Very large account, video going viral against a service: reputational, escalate to communications and Environment.")
add("facebook", "fb_30103_s5_0004", "brian.osei.kilburnsq", "Brian Osei", 88, False,
    "Can someone tell me why my parking permit renewal keeps bouncing back? Address is fine. Separate thing but since I'm here - "
    "the fire doors on our landing in Kilburn Square have been propped open with bin bags for about a month and the alarm panel by the lifts has been beeping since January. "
    "Anyway the permit, ref VP-30817.",
    "2026-02-16T20:31:48Z", likes=2, route=5, dept="Housing", esc="fire_safety",
    reason="Permit query first, but fire doors wedged open and a faulting alarm panel in a block: fire safety, escalate (Housing); the permit case can also go to Parking.")
add("rss", "rss_30103_s5_0005", "harlesdenlocal.blog", "Harlesden Local (blog)", None, False,
    "Man found dead in flat above Harlesden High Street shop — Police were called on Tuesday after neighbours reported a smell. Residents say they had complained to Brent Council "
    "about the condition of the flat and the man's wellbeing several times since the summer. A council spokesperson has not yet responded.",
    "2026-09-17T09:00:00Z", route=5, dept="Housing", esc="death",
    reason="A death with claims of prior complaints to the council: controversial and reputational, escalate to communications.")
add("facebook", "fb_30103_s5_0006", "chloe.m.sympathy", "Chloe M", 302, False,
    "Thoughts with the family of the man on Harlesden High St 💔 such a sad thing, nobody should be alone like that",
    "2026-09-17T12:48:20Z", likes=12, route=1, dept=None,
    reason="Sympathy about a death already escalated, no new claim or request: monitor.")
add("x", "3010300000041203", "@wembleyparkgigs", "Wembley Park Gig Guide", 96000, False,
    "Absolute carnage at Wembley Park station after tonight's show. Barriers shut, thousands crushed up the steps from Olympic Way, people fainting, no stewards anywhere. "
    "Someone is going to die one of these nights. @Brent_Council @TfL",
    "2026-06-20T23:12:03Z", likes=5200, reposts=2100, replies=640, route=5, dept="Emergency Planning", esc="crowd_safety",
    reason="Crowd crush with people fainting, reported by a very large account: risk to life and reputational, escalate (event safety / Emergency Planning).")
add("x", "3010300000041310", "@flatmate_gripes", "Joel", 140, False,
    "@Brent_Council weird one - postal vote packs turned up here today for three people who've never lived at this address. Do I bin them or what",
    "2026-04-23T18:06:45Z", likes=7, reposts=2, route=5, dept=None, esc="electoral_integrity",
    reason="Postal votes for non-residents two weeks before the May elections: electoral integrity, escalate (electoral services are outside the 14 departments).")
add("facebook", "fb_30103_s5_0007", "market.trader.ealingrd", "Suresh Patel", 410, False,
    "Every Saturday the same council enforcement man comes by the stalls on Ealing Road and takes £20 'for the paperwork' from each of us. No receipt, no paperwork. "
    "Is this allowed? My cousin says just pay or he'll find something wrong.",
    "2026-08-29T16:00:37Z", likes=22, replies=6, route=5, dept="Regulatory Services", esc="misconduct",
    reason="Alleged cash demands by an enforcement officer without receipts: alleged misconduct/corruption, escalate.")
add("x", "3010300000041488", "@m_richardson_prop", "Mark Richardson", 690, False,
    "4 letters to @Brent_Council Highways about the street tree roots cracking my front wall and drain on Anson Road. Nothing. My solicitor is now writing to you formally. Enough.",
    "2026-03-30T09:47:21Z", likes=5, route=5, dept="Highways", esc="legal_threat",
    reason="Legal action announced over property damage from highway trees: legal threat, escalate to communications and Highways lead.")
add("x", "3010300000041559", "@ClareLibDemBP", "Clare Fenwick – Lib Dem candidate, Brondesbury Park", 1450, False,
    "Knocking doors on Christchurch Avenue today: the pavements are so broken an elderly resident showed me her bruises from a fall last week. "
    "@Brent_Council when will this ward get its fair share of repairs?",
    "2026-04-11T15:30:00Z", likes=88, reposts=31, replies=14, route=5, dept="Highways", esc="candidate",
    reason="An election candidate, in the run-up to polling day, publicly criticising council repairs with a resident's injury: escalate (candidate, political sensitivity in the pre-election period).")

# ---------------------------------------------------------------- ROUTE 2 standalones
add("x", "3010300000050033", "@sunrise_grocers", "Sunrise Grocers Wembley", 820, False,
    "PCN BT73920461 - 4 minutes unloading stock outside my own shop on Ealing Road, hazards on, driver in sight. 3rd one this year. Appealed online 2 months ago, still 'pending'. @Brent_Council",
    "2026-05-05T12:04:18Z", likes=6, route=2, dept="Parking",
    reason="Business owner's own PCN and stalled appeal with reference: Parking customer services to look up and act.")
add("x", "3010300000050120", "@aisha_kenton", "Aisha", 98, False,
    "@Brent_Council my council tax account 5001183942 says I owe £412 but I've paid by direct debit every month since April?? please sort",
    "2026-09-02T09:31:07Z", route=2, dept="Finance",
    reason="Own council tax account with a number: needs an officer to check records - customer services.")
add("facebook", "fb_30103_s2_0001", "precious.n.89", "Precious Ndlovu", 141, False,
    "Black mould is back in the bathroom AND creeping into my daughter's room. Repairs came in November, painted over it, job closed. Ref HR/2025/118420, flat 6 Brentfield House. "
    "Who do I speak to because painting isn't fixing",
    "2026-01-09T16:15:42Z", likes=4, route=2, dept="Housing",
    reason="Own repair case with reference and address: Housing repairs to reopen. Ambiguous with 5 (damp and mould in a child's room is high-profile), but no illness or danger described.")
add("x", "3010300000050351", "@night_shift_nurse", "Grace", 233, False,
    "streetlight at the corner of Pound Lane and Chapter Road has been out for 2 weeks. walking back from nights in pitch black isn't fun @Brent_Council",
    "2026-11-24T06:44:10Z", likes=5, route=2, dept="Highways",
    reason="A specific faulty streetlight at a junction: a report for Highways to act on.")
add("instagram", "ig_30103_s2_0001", "@harlesden_daily_walks", "Femi", 1100, False,
    "Say hello to our new neighbour 🛋️🧊 sofa + fridge dumped outside 88 Craven Park Road since Saturday. @brentcouncil any chance? #Harlesden #flytipping",
    "2026-07-07T08:10:55Z", likes=74, replies=6, route=2, dept="Environment",
    reason="Fly-tip at an exact address with a photo: Environment to clear.")
add("facebook", "fb_30103_s2_0002", "eileen.dwyer.willesden", "Eileen Dwyer", 67, False,
    "Good afternoon. I returned three books to Willesden Green library on the 2nd of March but my account still says they are overdue and I now owe £2.40. "
    "My card number is 2900 0012 7741. I am 81 and do not like to owe anybody. Thank you.",
    "2026-03-14T14:22:39Z", likes=3, route=2, dept="Libraries",
    reason="Own library account with a card number: Libraries to correct the record.")
add("x", "3010300000050479", "@dad_of_three_hx", "Hamza", 154, False,
    "@Brent_Council secondary school offers went out today but we've had nothing, not even a rejection. application ref LBB-SEC-26-04417. who do i call",
    "2026-03-02T17:36:26Z", route=2, dept="Education",
    reason="Own school admissions application with reference: Education customer services.")
add("x", "3010300000050633", "@can_we_sleep_pls", "Nadia", 80, False,
    "the shisha place on Harlesden High St is playing music til 3am EVERY night, bass through my wall, I live above the launderette next door. 4 weeks of this. @Brent_Council",
    "2026-08-12T03:08:52Z", likes=11, route=2, dept="Regulatory Services",
    reason="Own noise nuisance from licensed premises at an identifiable address: Regulatory Services (noise/licensing) to act.")
add("facebook", "fb_30103_s2_0003", "p.fernandes.kenton", "Paulo Fernandes", 205, False,
    "Neighbour at 12 Elmstead Avenue is building a two storey extension right up to my boundary. Checked the planning portal, nothing applied for. Who do I report to? Already lost light in my kitchen.",
    "2026-05-27T19:11:20Z", likes=4, route=2, dept="Planning",
    reason="Own planning enforcement complaint at an address: Planning enforcement to investigate. Ambiguous with 3 (who to report to).")
add("x", "3010300000050788", "@wardrobe_watch", "Tunde", 129, False,
    "booked a bulky waste collection (ref BW-220917) for the 3rd. wardrobe still on the pavement outside 19 Harlesden Road. it's part of the street now. local kids are using it as a goal 🥅",
    "2026-06-10T18:27:33Z", likes=13, route=2, dept="Environment",
    reason="Joke wrapped round an own case with a reference: missed bulky collection for Environment.")
add("facebook", "fb_30103_s2_0004", "ana.ribeiro.wembley", "Ana Ribeiro", 90, False,
    "Bom dia. Paguei a multa de estacionamento (PCN BT61093378) no dia 2 pelo site e hoje recebi outra carta a dizer que o valor subiu para £195. Tenho o comprovativo do pagamento. O que faço?",
    "2026-04-07T09:12:38Z", likes=1, route=2, dept="Parking", lang="pt",
    reason="Portuguese: paid PCN BT61093378 online on the 2nd, today got a letter saying it rose to £195; has proof of payment, what to do? Own case with a reference: Parking.")
add("facebook", "fb_30103_s2_0005", "ionela.popescu.7", "Ionela Popescu", 118, False,
    "Bună ziua, m-am mutat din Alperton în Wembley pe 1 martie, dar încă primesc factura de council tax pentru adresa veche. Numărul de cont 30087712. Am sunat de două ori și nu m-a sunat nimeni înapoi.",
    "2026-04-20T12:40:09Z", route=2, dept="Finance", lang="ro",
    reason="Romanian: moved from Alperton to Wembley on 1 March, still billed council tax at the old address, account 30087712, called twice with no call back. Own account: Finance.")
add("x", "3010300000050912", "@bhavna_kenton", "Bhavna", 57, False,
    "@Brent_Council અમારી કેન્ટન રોડ પર બે અઠવાડિયાથી કચરો લેવા કોઈ નથી આવ્યું. ઘર નંબર 118. કૃપા કરીને મદદ કરો 🙏",
    "2026-07-28T08:30:47Z", route=2, dept="Environment", lang="gu",
    reason="Gujarati: nobody has collected rubbish on our Kenton Road for two weeks, house number 118, please help. Own missed collection: Environment.")
add("x", "3010300000051006", "@mafe_nw10", "Mafe 🌻", 211, False,
    "@Brent_Council Solicitud de información (Freedom of Information): ¿cuántas familias con niños estaban en alojamiento temporal fuera de Brent a 31 de marzo de 2026? "
    "Por favor respondan por correo a: María Fernández Ruiz, 14 Dudden Hill Lane, London NW10 1BX.",
    "2026-05-18T11:02:44Z", likes=3, route=2, dept="Housing", foi=True, foi_valid=True, lang="es",
    reason="Spanish: FOI request for how many families with children were in temporary accommodation outside Brent on 31 March 2026, with a full name and postal address. Valid despite the pseudonymous profile: log via customer services.")
add("x", "3010300000051117", "@sarah_okonkwo", "Sarah Okonkwo", 530, False,
    "@Brent_Council FOI request please: the number of penalty charge notices issued in the Wembley event day zone on each event day in 2025, and how many were cancelled on appeal.",
    "2026-01-21T13:25:06Z", likes=9, route=2, dept="Parking", foi=True, foi_valid=True,
    reason="Recorded information the council holds, real name visible in the profile: valid FOI, route to customer services to log (20 working days).")
add("facebook", "fb_30103_s2_0006", "derek.ashworth.queensbury", "Derek Ashworth", 48, False,
    "Under the Freedom of Information Act I would like to know how many trees Brent Council felled in Queensbury ward in 2025 and how many were replanted. Please post to me at 7 Beverley Drive, Edgware HA8 5NQ. Derek Ashworth",
    "2026-02-26T10:05:00Z", route=2, dept="Environment", foi=True, foi_valid=True,
    reason="FOI with real name on the profile and a postal address: valid, customer services to log it.")
add("linkedin", "li_30103_s2_0001", "linkedin.com/in/kwame-boateng-ops", "Kwame Boateng", 640, False,
    "Frustrating one - applied for the Neighbourhood Officer role at Brent Council (job ref BRE-0436) and the portal now says my application was withdrawn. I didn't withdraw it. "
    "Closing date is Friday. Anyone at Brent HR able to help?",
    "2026-06-23T07:58:31Z", likes=12, replies=3, route=2, dept="HR",
    reason="Own job application with a reference wrongly withdrawn before the deadline: HR to check records.")
add("facebook", "fb_30103_s2_0007", "jean.m.okehampton", "Jean Morrison", 132, False,
    "Pavement slab outside 7 Okehampton Road has been lifted for months. I went over on it last week, no harm done thank god just grazed hands, but next time it could be someone with a pram.",
    "2026-10-06T14:33:26Z", likes=6, route=2, dept="Highways",
    reason="Specific trip hazard at an address with a minor fall: Highways to inspect and repair. Ambiguous with 5 (injury), but minor and past.")

# ---------------------------------------------------------------- ROUTE 3 standalones
add("x", "3010300000060015", "@green_fingers_kb", "Lorraine", 310, False,
    "@Brent_Council when do garden waste subscriptions open for this year? missed it last time",
    "2026-01-30T12:10:42Z", route=3, dept="Environment",
    reason="General 'when' question answered by the website: web team signposts.")
add("facebook", "fb_30103_s3_0001", "tariq.h.alperton", "Tariq Hussain", 402, False,
    "Is it true Brent council tax is going up 5% again in April? Someone on the WhatsApp group said 10%",
    "2026-02-12T21:14:08Z", likes=3, replies=2, route=3, dept="Finance",
    reason="'Is it true' confusion about a published decision: web team signposts to the council tax page.")
add("x", "3010300000060233", "@visa_stress_", "Oyin", 38, False,
    "URGENT PLEASE HELP!!! does Kilburn library have a printer that actually works?? need to print my visa docs before 5 🙏🙏 @Brent_Council",
    "2026-08-26T14:02:55Z", route=3, dept="Libraries",
    reason="Looks urgent but is a simple service question (library printing) the web team can answer directly.")
add("x", "3010300000060418", "@kenton_kev", "Kev", 142, False,
    "@Brent_Council bins not done on Kenton Lane HA3 since last week 😤",
    "2026-10-01T08:21:12Z", route=3, dept=None,
    reason="Kenton Lane HA3 is on the Harrow side: a mention meant for another council, web team points them to Harrow. Ambiguous with 2 if the address turns out to be in Brent.")
add("mastodon", "3010300000060511", "@alinta@tech.lgbt", "Alinta", 540, False,
    "@BrentCouncil heads up, the link to the temporary event notice form on your licensing page goes to a 404.",
    "2026-04-28T10:33:27Z", route=3, dept="Web",
    reason="Fault on the website: web team fixes and replies.")
add("x", "3010300000060602", "@fin_nw6", "Finlay", 63, False,
    "@Brent_Council your council tax payment page just spins then says error 500. tried 3 browsers. is it down?",
    "2026-04-01T19:48:13Z", route=3, dept="Web",
    reason="Payment page fault: a website problem the web team handles directly.")
add("facebook", "fb_30103_s3_0002", "dave.kilburn.rambler", "Dave", 93, False,
    "FOI please - how many trees have been cut down on Brent streets in 2025 and how many new ones planted? Cheers, Dave",
    "2026-03-17T20:20:20Z", route=3, dept="Environment", foi=True, foi_valid=False,
    reason="Request for recorded information signed with a first name only and no address: not a valid FOI under the rule, web team explains how to make one.")
add("x", "3010300000060729", "@nfl_fan_nw9", "Dion", 188, False,
    "@Brent_Council is the event day parking zone on for the NFL game Sunday or only for football?",
    "2026-10-08T22:05:47Z", route=3, dept="Parking",
    reason="General question about event day zone rules: published information, web team responds.")
add("facebook", "fb_30103_s3_0003", "marg.o.sudbury", "Margaret O'Neill", 120, False,
    "Heard Brent are closing ALL the libraries to save money, is that right?? My grandson uses Ealing Road every day after school",
    "2026-11-03T10:48:36Z", likes=5, route=3, dept="Libraries",
    reason="Misconception about library closures: web team can 'limit misconceptions' by signposting the facts.")
add("x", "3010300000060844", "@raj_sharma_wem", "Raj Sharma", 70, False,
    "@Brent_Council क्या ब्रेंट सिविक सेंटर शनिवार को खुला रहता है? मुझे पिताजी के बस पास के लिए जाना है।",
    "2026-02-05T18:44:10Z", route=3, dept=None, lang="hi",
    reason="Hindi: is Brent Civic Centre open on Saturday? I need to go about my father's bus pass. Opening-hours question: web team answers.")
add("facebook", "fb_30103_s3_0004", "kavitha.s.wembley", "Kavitha Selvam", 85, False,
    "வெம்ப்ளி நூலகத்தில் தமிழ் புத்தகங்கள் கிடைக்குமா? என் அம்மாவுக்கு படிக்க வேண்டும்.",
    "2026-06-30T13:05:09Z", route=3, dept="Libraries", lang="ta",
    reason="Tamil: are Tamil books available at Wembley library? My mother wants to read. General library question: web team signposts.")
add("facebook", "fb_30103_s3_0005", "hodan.ali.harlesden", "Hodan Ali", 64, False,
    "Salaan. Sidee baan u codsan karaa guri golaha (council housing)? Xaggee baan ka helayaa foomka?",
    "2026-08-03T11:27:30Z", route=3, dept="Housing", lang="so",
    reason="Somali: Hello, how can I apply for council housing, where do I find the form? General how-to: signpost to the housing register page.")
add("x", "3010300000060955", "@curious_cat_nw10", "Jess", 155, False,
    "@Brent_Council how do I actually make a freedom of information request to you? email? form?",
    "2026-09-14T15:30:19Z", route=3, dept="Policy",
    reason="Looks like FOI but is a question about how to make one, not a request for recorded information: web team signposts.")
add("x", "3010300000061030", "@wembley_jen", "Jen", 92, False,
    "@Brent_Council do you collect real christmas trees after new year or do I have to take it to the tip?",
    "2025-12-27T16:42:50Z", route=3, dept="Environment",
    reason="Seasonal service question answered on the website: web team responds.")
add("mastodon", "3010300000061122", "@welshharp_rower@mastodon.online", "Ed", 130, False,
    "Text alert just said flood warning for the Welsh Harp area but the club says the council's running an emergency exercise today. Which is it? Don't want to move the boats for nothing. @BrentCouncil",
    "2026-03-26T09:15:44Z", route=3, dept="Emergency Planning",
    reason="Confusion between a live warning and a planned exercise: web team answers from published information (ambiguous with 5 if a real warning were in force).")

# ---------------------------------------------------------------- ROUTE 4 standalone (ongoing conversation shown in text)
add("facebook", "fb_30103_s4_0001", "friends.of.gladstone.park", "Friends of Gladstone Park", 2300, False,
    "Following up on last month's walkabout with the parks officers about the fenced dog-free area by the walled garden: we've now collected 212 responses from park users "
    "(summary attached). Most want it kept, about a third want it smaller. @Brent Council parks team - when can we meet again to go through them?",
    "2026-07-14T12:00:00Z", likes=48, replies=7, reposts=5, route=4, dept="Environment",
    reason="Text shows an ongoing exchange between a friends group and the parks service: 'support them in joining in the conversation' (Environment).")

# ---------------------------------------------------------------- ROUTE 1 standalones
add("rss", "rss_30103_s1_0001", "wembleymatters.blog", "Wembley Matters", None, False,
    "Five years on: remembering the July 2021 flash floods — Photos from readers of Wembley and Kingsbury streets under water in July 2021, and how the area has changed since.",
    "2026-07-12T06:00:00Z", route=1, dept=None,
    reason="Looks like a flood report but is an anniversary retrospective of old news: monitor.")
add("x", "3010300000070099", "@alperton_views", "Alperton Views", 760, False,
    "Huge plume of black smoke visible from Alperton — it's the fire at the industrial unit in Southall (Ealing). 40 firefighters there per LFB. Keep windows shut if you're downwind #Brent",
    "2026-05-29T15:22:11Z", likes=40, reposts=22, route=1, dept=None,
    reason="Alarming but another borough's incident, handled by LFB; only a hashtag links it to Brent: monitor.")
add("x", "3010300000070180", "@civic_commuter", "Nish", 203, False,
    "4 fire engines and people in hi-vis outside the Civic Centre?? oh it's an exercise. carry on 🫡",
    "2026-10-22T10:05:31Z", likes=6, route=1, dept="Emergency Planning",
    reason="Looks urgent but the author confirms it is an exercise: no action.")
add("x", "3010300000070272", "@inkstainedkilburn", "Rhi writes", 1800, False,
    "NaNoWriMo day 3: my novel opens with Brent Council's head of parking found floating in the Welsh Harp, clutching a PCN. 4,000 words in and I'm having far too much fun",
    "2026-11-03T21:30:14Z", likes=96, reposts=4, route=1, dept=None,
    reason="Fiction, a death in a novel: no risk, monitor.")
add("youtube", "yt_30103_s1_0001", "@SkylinesMayorTom", "SkylinesMayorTom", 15400, False,
    "Ep. 12 - I rebuilt Brent in Cities: Skylines II and the council tax riots have begun 🔥 Wembley is flooding, sewage everywhere, the mayor (me) has fled to Harrow",
    "2026-02-07T17:00:00Z", likes=1200, replies=140, route=1, dept=None,
    reason="A video game playthrough with riots and floods: noise that looks like an emergency, monitor.")
add("rss", "rss_30103_s1_0002", "energy-markets-daily", "Energy Markets Daily", None, False,
    "Brent crude rises above $84 as supply cuts bite — The international benchmark Brent crude rose 3.1% in early London trading.",
    "2026-01-13T07:15:00Z", route=1, dept=None,
    reason="Keyword noise: Brent crude oil price.")
add("x", "3010300000070365", "@behzad_london", "Behzad", 412, False,
    "قیمت نفت برنت امروز به ۸۲ دلار رسید؛ بنزین دوباره گران می‌شود 😕",
    "2026-04-02T08:40:26Z", route=1, dept=None, lang="fa",
    reason="Farsi: 'The price of Brent oil reached $82 today; petrol is getting more expensive again.' Keyword noise.")
add("x", "3010300000070451", "@bees_til_i_die", "Bees fan", 930, False,
    "BRENTFORD 2-1 😤🐝 what a finish. Gtech was rocking",
    "2026-09-19T16:55:01Z", likes=34, route=1, dept=None,
    reason="Keyword noise: Brentford FC.")
add("x", "3010300000070548", "@hendon_hannah", "Hannah", 288, False,
    "Brent Cross car park level 3 is an actual death trap, nearly got reversed into TWICE. never again on a saturday",
    "2025-12-20T15:33:44Z", likes=9, route=1, dept=None,
    reason="'Death trap' hyperbole about Brent Cross shopping centre (Barnet, private): keyword noise.")
add("x", "3010300000070630", "@officequotesbot", "Office Quotes", 51000, False,
    "\"Would I rather be feared or loved? Easy. Both. I want people to be afraid of how much they love me.\" — David Brent",
    "2026-06-03T12:00:00Z", likes=820, reposts=140, route=1, dept=None,
    reason="Keyword noise: David Brent quote.")
add("x", "3010300000070717", "@marcia_sudbury", "Marcia", 176, False,
    "big shoutout to the lady at Kilburn library who spent 40 minutes helping my mum with her freedom pass form online. Brent Council staff doing it right 👏",
    "2026-03-05T15:09:22Z", likes=22, route=1, dept="Libraries",
    reason="Praise, no request: monitor (could be liked/passed on to Libraries).")
add("x", "3010300000070801", "@nw10angry", None, 12, False,
    "brent council are actual clowns 🤡🤡🤡",
    "2026-08-05T23:51:10Z", route=1, dept=None,
    reason="Low-reach abuse with no substance: monitor.")
add("facebook", "fb_30103_s1_0001", "brent.conservatives.campaign", "Brent Conservatives", 2100, False,
    "12 years of Labour in Brent: your council tax up, your bins down. On 7 May, vote for change. #LocalElections2026",
    "2026-04-18T09:00:00Z", likes=45, replies=30, reposts=12, route=1, dept=None,
    reason="Party-political campaigning, no council matter to answer: monitor and take no political standpoint.")
add("instagram", "ig_30103_s1_0001", "@visitlondonlights", "Visit London Lights", 254000, True,
    "Wembley arch glowing purple tonight 💜✨ #Wembley #LondonAtNight",
    "2026-10-10T21:30:00Z", likes=15600, replies=210, route=1, dept=None,
    reason="Very large account, but nothing of consequence to the council: monitor.")
add("x", "3010300000070922", "@imran_wembley", "Imran", 205, False,
    "آج ویمبلی میں بہت رش ہے، کوئی میچ ہے کیا؟ پارکنگ کہیں نہیں مل رہی 😩",
    "2026-05-30T14:18:05Z", route=1, dept=None, lang="ur",
    reason="Urdu: 'So crowded in Wembley today, is there a match? Can't find parking anywhere.' Chatter not addressed to the council: monitor.")
add("mastodon", "3010300000071015", "@grumpy_ratepayer@mastodon.social", "Alan", 340, False,
    "How much did @BrentCouncil waste on that giant 'WEMBLEY PARK' sign? Rhetorical, we all know the answer: too much.",
    "2026-09-30T20:12:34Z", likes=8, route=1, dept=None,
    reason="Rhetorical jibe, not a request for recorded information (not FOI): monitor.")
add("x", "3010300000071108", "@tired_in_tokyngton", None, 19, False,
    "bins?? again 🙄",
    "2026-07-21T07:12:00Z", route=1, dept=None,
    reason="Two words with no street, no request and no case: monitor. Ambiguous with 2/3 - an officer could reply asking for the address.")

# ---------------------------------------------------------------- extra items to fill the mix
add("youtube", "yt_30103_s3_0001", "@mamta_kenton", "Mamta", 14, False,
    "Helpful video but which bin do the food caddies go in now, the grey one or the brown one? The leaflet says something different",
    "2026-02-18T20:44:12Z", route=3, dept="Environment",
    reason="Confusion between a council how-to video and a leaflet: web team answers directly.")
add("x", "3010300000071560", "@housingharlesden", "Ola", 95, False,
    "@Brent_Council my homeless application was accepted in March and i've heard nothing about the bidding number. ref HOM/26/00915. me and my son are on my sister's floor",
    "2026-06-01T09:20:30Z", route=2, dept="Housing",
    reason="Own homelessness case with a reference: Housing customer services to update. Ambiguous with 5 given a child sofa-surfing, but housed for now and no danger described.")
add("facebook", "fb_30103_s3_0006", "steve.b.cricklewood", "Steve Barnes", 160, False,
    "Pothole on Cricklewood Broadway opposite the Crown - is that Brent or Barnet? It's massive and nobody seems to own it",
    "2026-01-25T12:30:15Z", route=3, dept="Highways",
    reason="Boundary confusion (the Broadway is split between Brent and Barnet): web team clarifies who is responsible and signposts reporting. Ambiguous with 2.")
N = len(ITEMS)
assert N == 110, N

# shuffle, then keep every reply after its parent
rnd = random.Random(30103)
order = ITEMS[:]
rnd.shuffle(order)
out, placed, pending = [], set(), order
while pending:
    nxt = []
    for it in pending:
        if it["reply_to_id"] is None or it["reply_to_id"] in placed:
            out.append(it); placed.add(it["platform_id"])
        else:
            nxt.append(it)
    # re-insert deferred items at random later positions on the next pass
    pending = nxt
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "part-O.jsonl"), "w", encoding="utf-8") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(N, "written")
