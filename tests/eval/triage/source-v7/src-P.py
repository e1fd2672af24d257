#!/usr/bin/env python3
"""Writer P, eval set v7: 110 hand-written, hand-labelled mentions of Brent Council.
Texts and labels are written by hand below; this script only assigns ids, threads, shuffles and serialises."""
import json, random, os

PREFIX = "66743"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-P.jsonl")
rng = random.Random(66743110)

ITEMS = []


def add(key, plat, handle, name, fol, text, ts, route, dept, reason, esc=None, foi=False, fv=None,
        lang="en", likes=0, rep=0, rt=0, ver=False, parent=None):
    ITEMS.append(dict(key=key, plat=plat, handle=handle, name=name, fol=fol, text=text, ts=ts, route=route,
                      dept=dept, reason=reason, esc=esc, foi=foi, fv=fv, lang=lang, likes=likes, rep=rep,
                      rt=rt, ver=ver, parent=parent))


# ---------------------------------------------------------------- route 5: escalate
add("e01", "x", "@gracie_nw6", "Gracie", 143,
    "lift at the Granville block off AGAIN, 3rd week now. my neighbour on the 9th floor is on oxygen, he's got 2 cylinders left and the delivery man won't carry new ones up 9 flights. what are we meant to do @Brent_Council",
    "2026-01-14T19:22:41Z", 5, "Housing",
    "Vulnerable adult on oxygen cut off by broken lift, supply running out: someone may be at risk, escalate whatever the follower count (ambiguous with 2: own estate repair).",
    esc="vulnerable_adult_at_risk", likes=11, rt=4)
add("e02", "facebook", "sandra.mayhew.31", "Sandra Mayhew", None,
    "Has anyone seen the lady at number 42 Crest Road? Her milk's been on the step since Sunday and the curtains haven't moved. I knocked twice today and nothing. She's about 85 and the council moved her there after her husband passed. Don't want to be dramatic but it's not like her at all",
    "2026-02-25T17:48:09Z", 5, "Housing",
    "Elderly council tenant not seen for days (milk on step, no answer): possible person at risk, needs a welfare check now; adult social care is not in the department list, Housing as landlord.",
    esc="welfare_not_seen", likes=23, rep=9)
add("e03", "x", "@tyreekk__", None, 57,
    "the kids upstairs been on there own since friday i think. the little one was sat on the balcony rail this morning calling for mum. 4th floor. who do i even ring @Brent_Council",
    "2026-06-15T08:12:55Z", 5, None,
    "Young children apparently left alone for days, one on a 4th-floor balcony rail: child safeguarding and risk to life; children's social care not in the department list.",
    esc="child_safeguarding", likes=2)
add("e04", "mastodon", "@tomek_w@mastodon.social", "Tomek W", 96,
    "Smell of gas in the stairwell of block B at Kilburn Square since about 7 this morning. Told the caretaker at 9, he shrugged. It's now 2pm and it's worse on the 2nd floor landing. There's a nursery on the ground floor. @brent_council",
    "2026-03-10T14:03:18Z", 5, "Housing",
    "Reported gas smell in a council block for 7 hours with a nursery below: risk to life, escalate (and advise the gas emergency line).",
    esc="risk_to_life_gas", likes=8, rt=5)
add("e06", "facebook", "lorraine.obi.7", "Lorraine Obi", None,
    "River Brent is right over the path at Tokyngton rec again. Just walked past with the dog and there were four lads daring each other to wade across by the footbridge. Water's brown and moving fast. Not my kids but someone should be down there before it gets dark",
    "2026-02-08T16:05:37Z", 5, "Emergency Planning",
    "Flooded river with teenagers wading in fast water, dusk falling: risk to life in a flood, escalate to emergency planning.",
    esc="risk_to_life_flood", likes=31, rep=6)
add("e07", "x", "@chalkhill_dee", None, 205,
    "that wall behind the garages on chalkhill has a crack you can put your hand in now. couple of bricks came off onto someones car this morning. the kids play football against it every day after school",
    "2026-09-22T12:30:00Z", 5, "Housing",
    "Cracked wall shedding bricks where children play: structural danger, risk to life, escalate (not just a repair).",
    esc="structural_danger", likes=6, rt=2)
add("e08", "x", "@jord_anmusic", "Jordan", 890,
    "crush on the steps at wembley park station after the gig, people getting pushed over, no stewards at all on olympic way and nobody directing anything. someone is going to get killed here",
    "2026-07-11T22:48:13Z", 5, "Emergency Planning",
    "Live crowd crush on an event night, people falling: risk to life in a crowd, escalate immediately to emergency planning/comms.",
    esc="crowd_safety", likes=430, rt=210, rep=57)
add("e10", "bluesky", "@harlesdenhannah.bsky.social", "Hannah", 212,
    "there's a man been in the doorway of the old bank on Harlesden high st 3 nights running. tonight it's meant to be -4 and he didn't answer me, just shaking. left him my coat. who actually comes out for this?",
    "2026-01-20T23:15:52Z", 5, "Housing",
    "Rough sleeper unresponsive and shaking in sub-zero night: person at risk, escalate for outreach/emergency response.",
    esc="rough_sleeper_at_risk", likes=17, rt=6)
add("e11", "facebook", "hodan.yusuf.ldn", "Hodan Yusuf", None,
    "My cousin Amina died last month in the B&B on Craven Park Road that Brent put her and her two kids in \"for six weeks\". It was eleven months.\n\nThe room had black mould up the walls and she had asthma. We told the housing officer again and again, we have every email. The inquest is in March.\n\nI'm posting this because nobody from the council has even said sorry. The kids are with my aunt now. Please share so this doesn't happen to another family.",
    "2026-01-05T21:10:04Z", 5, "Housing",
    "A death in council-placed temporary accommodation linked to mould, being shared widely: controversial, reputation and legal risk, escalate.",
    esc="death", likes=1240, rt=640, rep=310)
add("e12", "x", "@mo_sudbury", None, 88,
    "erm @Brent_Council just got an email from you with a spreadsheet attached with loads of people's names, addresses and how much council tax they owe?? im not even in arrears. deleted it but thought someone should know",
    "2026-04-21T10:41:26Z", 5, "Finance",
    "Resident received other people's personal and arrears data by email: a data breach, escalate regardless of reach.",
    esc="data_breach", likes=3)
add("e13", "facebook", "nadia.rk", "Nadia R", None,
    "سوک سینٹر میں ہاؤسنگ والی آفیسر نے میری امی سے کہا کہ اگر انگریزی نہیں آتی تو یہاں کیوں رہتی ہو۔ امی گھر آ کر روتی رہیں۔ ہم تو صرف ان کی درخواست کا پوچھنے گئے تھے۔ کیا برینٹ کونسل میں یہی سلوک ہوتا ہے؟",
    "2026-03-03T18:22:11Z", 5, "Housing",
    "Urdu: 'At the Civic Centre the housing officer told my mother: if you don't speak English why do you live here. She came home crying; we only went to ask about her application. Is this how Brent treats people?' Discrimination by staff: escalate.",
    esc="discrimination_by_staff", lang="ur", likes=44, rep=12)
add("e14", "x", "@vanman_kev1", None, 34,
    "that warden on ealing rd who does my van every tuesday. gonna be waiting by his little car after his shift next week. dont say i didnt tell you",
    "2026-05-19T13:57:02Z", 5, "Parking",
    "Threat to a named member of parking staff: threat to staff, escalate whatever the follower count.",
    esc="threat_to_staff")
add("e15", "facebook", "dele.akinola", "Dele Akinola", None,
    "Brent Council — my solicitors are now instructed over the disrepair at 14 Fairfield Court. 18 months of leaks, two surveys, zero works. Expect a letter before action this week. Posting publicly so there is a record of how long this has taken.",
    "2026-08-04T09:15:45Z", 5, "Housing",
    "Legal threat (letter before action) over housing disrepair: escalate to comms/service lead; ambiguous with 2 as it is also his own repair case.",
    esc="legal_threat", likes=19, rep=4)
add("e16", "x", "@neasden_eye", None, 1900,
    "funny how the planning officer who recommended approval for the Neasden Lane flats shares a surname AND a home address with one of the developer's directors. companies house is public, have a look #Brent",
    "2026-06-30T20:04:19Z", 5, "Planning",
    "Alleged misconduct/conflict of interest by a planning officer, public and shareable: controversial, escalate.",
    esc="alleged_misconduct", likes=312, rt=188, rep=41)
add("e17", "x", "@priyaraman_news", "Priya Raman", 612,
    "@Brent_Council Hi, Priya from the Kilburn Times here. Could the press office tell me how many households Brent currently has in temporary accommodation outside the borough, and the figure a year ago? Writing for Thursday's paper. Thanks!",
    "2026-09-08T11:02:30Z", 5, "Housing",
    "Journalist naming her outlet, small following, polite: media enquiry goes to comms (5); it also asks for recorded figures (FOI, real name visible so valid), but a journalist's request is 5.",
    esc="media_enquiry", foi=True, fv=True, likes=2)
add("e19", "x", "@CllrFatimaBegum", "Cllr Fatima Begum", 2300,
    "Residents on Dudden Hill Lane have had rats coming up from the bin store at Neasden Court for a month now, one was found in a baby's cot last week. I have emailed officers twice. @Brent_Council I need a call today please.",
    "2026-07-02T08:47:00Z", 5, "Environment",
    "A ward councillor raising a council matter publicly, with a health risk to a baby: influential author, escalate.",
    esc="councillor", likes=67, rt=22, rep=9)
add("e20", "x", "@MPforBrentEast", "Constituency MP", 48200,
    "I have written to Brent Council's Chief Executive about the damp and mould my constituents on the South Kilburn estate are living with. I have seen children's bedrooms black to the ceiling. This cannot go on.",
    "2026-11-03T16:30:12Z", 5, "Housing",
    "An MP publicly criticising council housing conditions: highly influential author on a council matter, escalate.",
    esc="mp", ver=True, likes=2100, rt=640, rep=180)
add("e21", "x", "@ellie_willesden", "Ellie", 420,
    "polling station at the church hall on Neasden Lane: queue out the door at 9.55 and staff shut the door at 10 on people who'd been standing there 20 mins. is that even allowed?? #LocalElections2026",
    "2026-05-07T22:08:50Z", 5, None,
    "Voters in the queue at close of poll turned away: electoral integrity, escalate to the returning officer; elections not in the department list.",
    esc="electoral_integrity", likes=96, rt=58, rep=23)
add("e22", "x", "@SamForKilburn", "Sam Okoro - Green candidate, Kilburn", 1100,
    "Knocking doors on the Kilburn Park estate all week and every other door has a leak or no heating. Brent, what's the plan? Residents deserve answers before 7 May.",
    "2026-04-18T19:31:07Z", 5, "Housing",
    "Election candidate raising a council housing matter in the campaign: influential/political author, escalate to comms (pre-election period care).",
    esc="candidate", likes=140, rt=45, rep=19)
add("e23", "x", "@wembley_kaz", "Kaz", 5600,
    "This video of Brent enforcement officers chucking a fruit seller's boxes into the back of a van on Ealing Road is at 1.4m views. The man is 70. Is this really how @Brent_Council treats traders?",
    "2026-08-15T12:20:33Z", 5, "Regulatory Services",
    "Video against a service going viral (1.4m views) with alleged heavy-handed enforcement: controversial, escalate.",
    esc="viral_video", likes=9800, rt=4100, rep=760)
add("e24", "x", "@TashaLuxeTV", "Tasha Moore", 382000,
    "Brent Council towed my mum's car from outside her own house this morning while she was at her chemo appointment. Her blue badge was on the dashboard. I'm honestly lost for words.",
    "2026-10-12T13:05:59Z", 5, "Parking",
    "Very large account, critical of a council service with a sympathetic story: highly influential, reputation risk, escalate.",
    esc="influential_account", ver=True, likes=15400, rt=3900, rep=1200)
add("e26", "facebook", "um.yousef.stonebridge", "Um Yousef", None,
    "ابني عمره ثمانية أشهر في مستشفى نورثويك بارك بسبب صعوبة في التنفس. الطبيب قال إن العفن في الشقة هو السبب. اتصلنا بالمجلس عشرات المرات منذ الصيف ولم يأتِ أحد. نسكن في ستونبريدج.",
    "2026-11-19T20:44:16Z", 5, "Housing",
    "Arabic: 'My 8-month-old son is in Northwick Park hospital with breathing difficulties; the doctor says the mould in the flat is the cause; we called the council dozens of times since summer, nobody came; we live in Stonebridge.' Child's health harmed by damp: escalate.",
    esc="child_at_risk_damp", lang="ar", likes=52, rep=14)
add("e27", "facebook", "ewa.kowal.nw10", "Ewa Kowal", None,
    "W naszym bloku na Stonebridge drzwi przeciwpożarowe na klatce od miesięcy są zaklinowane krzesłem, a korytarz na 3. piętrze zastawiony starymi meblami i materacami. Zgłaszałam dwa razy. Po Grenfell naprawdę się boję tu spać.",
    "2026-04-09T22:36:40Z", 5, "Housing",
    "Polish: 'In our block in Stonebridge the fire doors have been wedged open with a chair for months and the 3rd-floor corridor is blocked with old furniture and mattresses; reported twice; after Grenfell I'm scared to sleep here.' Fire safety: escalate.",
    esc="fire_safety", lang="pl", likes=9, rep=3)

# self-harm cue inside a council tax enforcement thread
add("t_ct", "facebook", "tracey.lumb.9", "Tracey Lumb", None,
    "Anyone else had an enforcement agent letter from Brent for council tax? Got one today for £1,400 and I was ON a payment plan, paying every month by card. Ringing the number gets me nowhere, it just cuts off.",
    "2026-03-17T15:12:27Z", 2, "Finance",
    "Her own council tax account passed to enforcement despite a payment plan: identifiable person needs records checked, customer services.",
    likes=14, rep=7)
add("e09", "facebook", "kayla.b.ndl", "Kayla B", None,
    "got mine last week. honestly i can't do this anymore. bailiffs now, eviction next month. i've written letters for my kids for whoever finds me",
    "2026-03-17T21:49:03Z", 5, "Finance",
    "Reply in a council tax thread with a self-harm cue (letters 'for whoever finds me'): person at risk, escalate at once whatever the reach.",
    esc="self_harm_risk", parent="t_ct")
add("ct2", "facebook", "dionne.w.harlesden", "Dionne W", None,
    "Tracey ring Citizens Advice Brent, they got mine put back on a plan in a week x",
    "2026-03-17T16:40:10Z", 1, "Finance",
    "Peer advice within the thread, no case or request of her own: monitor.",
    likes=3, parent="t_ct")

# ---------------------------------------------------------------- route 2: customer services
add("c01", "x", "@marcusjw", "Marcus", 76,
    "PCN BT84920173 — got this on Harrow Rd while unloading flowers for my dad's funeral. appealed online 3 weeks ago, heard nothing and now the letter says £130. please can someone actually look at it",
    "2026-02-02T09:33:48Z", 2, "Parking",
    "Own penalty charge with a reference and an unanswered appeal: needs a parking officer to look up the case.", likes=5)
add("c02", "x", "@lulu_nw2", None, 63,
    "bins?? again. 22 Chatsworth Rd NW2",
    "2026-06-03T07:58:12Z", 2, "Environment",
    "Missed collection at a given address, 'again': own case for customer services despite the brevity.")
add("c02b", "x", "@lulu_nw2", None, 63,
    "bins?? again. 22 Chatsworth Rd NW2",
    "2026-06-10T08:04:39Z", 2, "Environment",
    "Exact repeat by the same author a week later: same own case, same label.", likes=1)
add("c03", "facebook", "gary.whitlock.54", "Gary Whitlock", None,
    "Paid my February council tax by direct debit like always, today a reminder says I owe £312 and I'll lose the right to pay by instalments. Account 40019283. I have the bank statement. Can someone actually check before I get a summons?",
    "2026-02-19T18:12:00Z", 2, "Finance",
    "Own council tax account number and a disputed reminder: records lookup, customer services.", likes=2, rep=1)
add("c04", "x", "@stonebridge_ade", None, 190,
    "boiler off since tuesday. repair ref HR558213. engineer 'booked' twice and no show twice. flat 3 hillside stonebridge. it's 6 degrees in here",
    "2025-12-04T07:40:21Z", 2, "Housing",
    "Own repair with a reference and address: customer services to chase; cold but no vulnerable person mentioned (ambiguous with 5 if a vulnerable occupant emerges).", likes=4)
add("c05", "mastodon", "@ruthreads@mastodon.online", "Ruth", 318,
    "Returned three books to Kilburn Library on the 2nd (through the returns slot), account still shows them overdue and it's charging me. Card ending 4471. Not the end of the world, would just like it cleared. @brent_council",
    "2026-03-06T12:14:50Z", 2, "Libraries",
    "Her own library account needs correcting: customer services (library staff).", likes=1)
add("c06", "facebook", "rachel.ansah", "Rachel Ansah", None,
    "We moved from Harrow to Church End in January and I put the new address on the in-year admissions form for my son (Year 3). The portal still shows the old address and the school says they can't do anything until the council updates it. Application ref IYA-26-0418. Who do I talk to??",
    "2026-02-12T20:31:16Z", 2, "Education",
    "Own school admission application with reference needing the record fixed: customer services, although phrased as a question.", likes=0, rep=2)
add("c08", "facebook", "jerome.pinnock", "Jerome Pinnock", None,
    "Mattress, a fridge and about ten black bags outside 7 Furness Road since the 14th. Reported twice (ref ENV-33120). The fridge is leaking something now. Kids walk past it to school every morning.",
    "2026-05-24T10:03:29Z", 2, "Environment",
    "Fly-tip outside his address with an existing reference, not cleared: customer services to chase the clearance (leaking fridge makes it urgent, not an escalation).", likes=7, rep=3)
add("c09", "x", "@kenton_rav", None, 140,
    "hit that pothole on kenton rd outside the co-op at 30, tyre split and the alloy's cracked. got photos and the garage invoice £286. how do i claim off you",
    "2026-01-29T17:22:08Z", 2, "Highways",
    "His own damage claim with evidence: needs the highways claims process; ambiguous with 3 since the how-to can be signposted.", likes=3)
add("c11", "facebook", "bea.nwosu", "Bea Nwosu", None,
    "Flat 6 in our block on Brondesbury Park has music going till 4am most nights. I've reported it to noise three times (NS-2214), recorded it on the app, and nobody has ever come out. I'm a nurse on earlies, I'm on my knees.",
    "2026-09-13T04:12:55Z", 2, "Regulatory Services",
    "Her own noise complaint with a reference, no officer visit: customer services / noise team.", likes=12, rep=5)
add("c12", "x", "@bilal_r_", None, 29,
    "housing benefit stopped after i sent the payslips they asked for. landlord chasing 2 months rent now. claim ref 7719203 @Brent_Council pls",
    "2026-07-21T11:48:02Z", 2, "Finance",
    "Own benefit claim with reference stopped: records lookup, customer services (ambiguous with 5 only if eviction risk escalates).")
add("c13", "x", "@donnaaa_x", None, 112,
    "you lot are absolute parasites. PCN WM55021937 for stopping 2 mins on ealing rd to help my nan out the car, she can't walk. blue badge in the window. SORT IT",
    "2026-04-11T14:26:40Z", 2, "Parking",
    "Abusive but with substance: her own PCN reference and a blue-badge exemption claim, so customer services.", likes=8)
add("c14", "instagram", "@mama_shan_nw10", "Shanice", 830,
    "black mould back in my son's room at Church End for the 3rd winter. reported in october (ref DM-90311), surveyor never came. painting over it myself again 🙃 @brentcouncil",
    "2026-01-08T21:55:14Z", 2, "Housing",
    "Own damp and mould repair with a reference: customer services; ambiguous with 5 (child's bedroom, damp is a sensitive issue) but no harm to health described.", likes=61)
add("c15", "x", "@MOkafor_", "Margaret Okafor", 240,
    "@Brent_Council Freedom of Information request: please provide the number of fixed penalty notices issued for fly-tipping in Brent in 2025, broken down by ward, and how many of them were paid. Thank you.",
    "2026-01-19T10:05:00Z", 2, "Environment",
    "FOI for recorded information; real name visible in profile, so valid: log with customer services (2).",
    foi=True, fv=True, likes=4)
add("c16", "facebook", "WembleyParkWatch", "Wembley Park Watch", None,
    "FOI request to Brent Council. Please provide the total paid to external consultants for the Wembley Park masterplan review in 2024/25 and in 2025/26, with the names of the firms. Please reply to: Thomas Reilly, tom.reilly.nw@gmail.com",
    "2026-05-28T19:20:44Z", 2, "Finance",
    "FOI from a group page but signed with a full name and an address for correspondence (email): valid, log via customer services.",
    foi=True, fv=True, likes=17, rep=3)
add("c17", "x", "@kasia_nowak_ldn", "Katarzyna Nowak", 410,
    "@Brent_Council Wniosek w trybie FOI: proszę o podanie, ile dzieci w Brent we wrześniu 2026 nie otrzymało żadnego miejsca w szkole podstawowej, z podziałem na okręgi (ward). Dziękuję.",
    "2026-10-06T08:29:31Z", 2, "Education",
    "Polish: 'FOI request: please give the number of children in Brent with no primary school place offered in September 2026, by ward.' Recorded info; real name in profile, valid: customer services to log.",
    foi=True, fv=True, lang="pl", likes=3)
add("c18", "facebook", "pauline.g.sudbury", "Pauline Grant", None,
    "My dad is on assisted collection at 88 Watford Road — he's 91 and can't get the bin down the path himself. Missed three weeks running now, the crew just drive past. Can this please be sorted properly this time?",
    "2026-08-26T13:36:20Z", 2, "Environment",
    "Missed assisted collection at an address for an elderly resident: own case for customer services; not a risk to life.", likes=9, rep=2)
add("c19", "facebook", "andrei.popescu.88", "Andrei Popescu", None,
    "Am primit o amendă de parcare (PCN WM7730215) pe Ealing Road, deși aveam permis de vizitator valabil pentru ziua aceea. Am poză cu permisul pe bord. Unde pot trimite dovada?",
    "2026-06-22T19:02:47Z", 2, "Parking",
    "Romanian: 'I got a parking fine (PCN WM7730215) on Ealing Road although I had a valid visitor permit that day; I have a photo of it on the dashboard. Where can I send the proof?' Own PCN: customer services.",
    lang="ro", likes=1)
add("c20", "x", "@sunita_alp", None, 38,
    "हमारा कूड़ा तीन हफ्ते से नहीं उठाया गया। 45 Ealing Road, Alperton. कृपया किसी को भेजिए, बहुत बदबू आ रही है @Brent_Council",
    "2026-07-29T09:11:05Z", 2, "Environment",
    "Hindi: 'Our rubbish hasn't been collected for three weeks, 45 Ealing Road, Alperton; please send someone, it smells badly.' Own missed collection with address: customer services.",
    lang="hi")
add("c23", "facebook", "imran.q.nw2", "Imran Qureshi", None,
    "Neighbour at 57 Chapter Road is putting up a two-storey extension right up to our fence, no notice ever went up. I reported it to planning enforcement in May (E/26/0311) and nothing. They're on the roof now.",
    "2026-07-14T18:05:58Z", 2, "Planning",
    "His own enforcement complaint with a reference going unanswered: needs a planning enforcement officer (customer services).", likes=6, rep=4)
add("c24", "x", "@ealingrd_fruit", None, 77,
    "applied for street trading licence for my stall on ealing rd 6 weeks ago ref ST/0992 no reply. every week im not trading is £600 gone",
    "2026-04-02T15:40:11Z", 2, "Regulatory Services",
    "Own licence application with reference: customer services / licensing.")
add("c25", "linkedin", "li-66743-carla-mendes", "Carla Mendes", 530,
    "Interviewed for the Brent Start adult tutor post three weeks ago (candidate no. 20931) and haven't heard anything either way. Is there someone I can contact?",
    "2026-05-12T12:00:37Z", 2, "HR",
    "Own job application with a candidate number: needs HR to look it up.", likes=2)
add("c26", "x", "@j_okonkwo", None, 210,
    "your council tax payment page timed out and took £148 twice. two payments on my card statement, same minute. acct 40118822",
    "2026-04-01T20:19:26Z", 2, "Finance",
    "Double payment on his own account (number given): refund needs Finance; the website fault is secondary (ambiguous with 3/Web).", likes=5)
add("c27", "x", "@NoorAhmedBrent", "Noor Ahmed", 155,
    "@Brent_Council my mum's blue badge renewal went in on 3 Feb, ref BB-261145, and it runs out on Friday. She has hospital appointments twice a week. Can someone check where it is?",
    "2026-03-23T09:07:15Z", 2, "Parking",
    "Her mother's own blue badge application with reference and a deadline: customer services.", likes=2)

# ---------------------------------------------------------------- route 3: web team responds
add("w01", "x", "@nikki_kingsbury", None, 301,
    "when do the bins change over christmas? last year they came on the saturday and nobody knew",
    "2025-12-16T19:44:02Z", 3, "Environment",
    "General 'when' question answered by the published holiday collection calendar: web team signposts.")
add("w02", "facebook", "olu.adebayo.9", "Olu Adebayo", None,
    "Is Wembley library open on Easter Monday? Need to print some forms.",
    "2026-04-03T16:22:38Z", 3, "Libraries",
    "Opening-hours question answered by published information: web team.", rep=1)
add("w03", "x", "@cass_preston", None, 97,
    "trying to buy a visitor parking permit for my parents and the page just loops back to the login screen every time. chrome and safari. anyone else??",
    "2026-03-28T10:51:49Z", 3, "Web",
    "A fault on the website (permit purchase loop), no case of her own yet: web team.", likes=3)
add("w04", "x", "@archi_tect_nw", "Deepa", 1240,
    "@Brent_Council the planning portal search has been showing 'Error 500' all day, can't look up anything",
    "2026-06-09T15:05:27Z", 3, "Web",
    "Website fault on the planning portal: web team responds.", likes=12, rt=2)
add("w05", "bluesky", "@peteinpreston.bsky.social", None, 66,
    "is it true you're charging for garden waste from april? my neighbour reckons £80",
    "2026-02-23T12:12:12Z", 3, "Environment",
    "'Is it true' question about a published charge: web team signposts.")
add("w06", "bluesky", "@sofiag.bsky.social", "Sofia G", 480,
    "Does the Wembley event day parking zone apply on the Sunday for the NFL game or just Saturdays? Visiting family near Preston Road.",
    "2026-10-08T09:26:40Z", 3, "Parking",
    "General question about event-day zone times, answered by published information: web team.")
add("w07", "x", "@hview_mum", None, 45,
    "@Brent_Council the streetlights on Harrow View are out along the whole stretch by the school",
    "2025-12-03T17:31:02Z", 3, None,
    "Harrow View is in the London Borough of Harrow: mention meant for another council, web team redirects (department null).")
add("w08", "x", "@swisscottagesal", None, 130,
    "@Brent_Council bins overflowing on Finchley Road outside Swiss Cottage station for a week now, foxes everywhere",
    "2026-08-18T22:40:09Z", 3, None,
    "Swiss Cottage/Finchley Road is Camden's: another council's matter, web team points to Camden (department null).")
add("w09", "x", "@NW10Truth", None, 870,
    "@Brent_Council FOI: how much did you spend on consultants for the Wembley Park regen 2020-2025? Itemised please.",
    "2026-03-31T21:15:22Z", 3, "Finance",
    "FOI for recorded spending but from a pseudonymous account with no name or address: invalid, web team explains how to make a valid request.",
    foi=True, fv=False, likes=41, rt=12)
add("w10", "x", "@jas_k_99", "Jas", 185,
    "Please can you tell me how many PCNs were issued on Ealing Rd in 2025 and how much money that brought in. Thanks, Jas",
    "2026-01-26T13:40:57Z", 3, "Parking",
    "FOI for recorded figures signed with a first name only: not a real name, invalid, web team explains (ambiguous: could be answered from published data).",
    foi=True, fv=False)
add("w11", "x", "@harlesden_ty", None, 72,
    "how do u report fly tipping, there's a sofa dumped on the corner of craven park rd since yesterday",
    "2026-05-05T16:50:31Z", 3, "Environment",
    "How-to question about reporting, public location not his own case: web team signposts the report form (ambiguous with 2).")
add("w12", "facebook", "marianne.c.willesden", "Marianne Collins", None,
    "Can we still comment on the Morland Gardens planning application or has that closed now?",
    "2026-02-14T11:30:09Z", 3, "Planning",
    "General question about a consultation deadline: web team answers from the planning portal.", rep=2)
add("w14", "facebook", "joana.silva.wembley", "Joana Silva", None,
    "Alguém sabe como fazer o cartão da biblioteca em Brent? Preciso levar comprovante de morada?",
    "2026-09-02T14:18:40Z", 3, "Libraries",
    "Portuguese: 'Does anyone know how to get a library card in Brent? Do I need to bring proof of address?' General how-to: web team.",
    lang="pt", rep=1)
add("w15", "x", "@lu_martinez_", None, 92,
    "¿Hasta cuándo hay plazo para pedir plaza de secundaria en Brent? Mi hija empieza en septiembre de 2027 @Brent_Council",
    "2026-10-15T20:02:51Z", 3, "Education",
    "Spanish: 'Until when can you apply for a secondary school place in Brent? My daughter starts in September 2027.' Published deadline: web team.",
    lang="es")
add("w16", "facebook", "rahima.begum.kb", "Rahima Begum", None,
    "কাউন্সিল ট্যাক্স কমানোর জন্য কোথায় আবেদন করতে হয়? আমি একা থাকি।",
    "2026-04-14T10:45:03Z", 3, "Finance",
    "Bengali: 'Where do I apply to reduce council tax? I live alone.' General how-to (single person discount): web team signposts.",
    lang="bn")
add("w17", "linkedin", "li-66743-grant-osei", "Grant Osei", 780,
    "Do Brent advertise apprenticeships on here or only on the council website? My son's 17 and keen on the highways ones.",
    "2026-02-27T08:55:44Z", 3, "HR",
    "General where-to-find question about council jobs: web team signposts.")
add("w18", "x", "@dollishill_di", None, 260,
    "@Brent_Council the consultation link in your tweet this morning just goes to a 404",
    "2026-06-24T10:18:30Z", 3, "Web",
    "Broken link on the council's own post: web fault, web team.", likes=2)
add("w20", "facebook", "femi.o.kingsbury", "Femi O", None,
    "Saw on a WhatsApp group that Brent is closing ALL its libraries in April. Is this true?? My kids basically live in Kingsbury library",
    "2026-01-31T09:12:27Z", 3, "Libraries",
    "Rumour/misconception that published information corrects: web team responds to limit misconceptions.", likes=8, rep=4)
add("w21", "youtube", "yt-66743-UCq9b", "Marjorie H", None,
    "helpful video but you didnt say whether the food caddy liners can be ordinary plastic bags or have to be the compostable ones?",
    "2026-03-19T19:37:02Z", 3, "Environment",
    "Question on a council how-to video, answered by published guidance: web team.")
add("w22", "x", "@b0bby_k", None, 40,
    "how much is band D in brent this year",
    "2026-03-02T08:21:19Z", 3, "Finance",
    "'How much' about a published charge, not a request for recorded information held: not FOI, web team signposts.")
add("w23", "mastodon", "@frank_q@toot.community", "Frank", 205,
    "Are the warm spaces in Brent libraries running again this winter? Which ones and what hours? Asking for my elderly neighbour who won't use the internet.",
    "2025-12-02T11:06:45Z", 3, "Libraries",
    "General 'where/when' question about a published scheme: web team.")

# ---------------------------------------------------------------- route 4: service conversations (threads)
add("t_ltn", "facebook", "kensalrise.residents.group", "Jo Hartley (Kensal Rise Residents)", None,
    "So the 'Healthy Streets' trial on the Chamberlayne Road side roads starts on 1 June and the consultation closes on the 20th. Has anyone actually been sent the map? Our road (Clifford Gardens) seems to be both in and out depending which PDF you open.",
    "2026-05-09T08:40:12Z", 4, "Highways",
    "Several residents discussing a live traffic scheme and its consultation: highways officers should join, web team supports.",
    likes=48, rep=23)
add("ltn1", "facebook", "ben.ashworth.nw10", "Ben Ashworth", None,
    "Same confusion on College Road. I went to the drop-in at the library and the officer said the PDF is wrong and the planters go at the Leigh Gardens end. So which is it?",
    "2026-05-09T09:14:50Z", 4, "Highways",
    "Continues the scheme discussion with conflicting information from officers: service conversation.", parent="t_ltn", likes=12)
add("ltn2", "facebook", "gail.ross.kr", "Gail Ross", None,
    "chamberlayne is already gridlocked on a friday afternoon, this is going to push everything onto it",
    "2026-05-09T10:02:33Z", 4, "Highways",
    "Critical contribution to the ongoing scheme discussion: part of the service conversation.", parent="t_ltn", likes=19)
add("ltn3", "facebook", "keith.barrow.64", "Keith Barrow", None,
    "The exemption for blue badge holders got refused for my wife, ref TE-5521. She can't get to dialysis at Central Middlesex without going all the way round now. Who do I appeal to?",
    "2026-05-09T12:27:05Z", 2, "Highways",
    "Inside the scheme thread but his own refused exemption with a reference: customer services for his case.", parent="t_ltn", likes=7)
add("ltn4", "facebook", "dan.p.kensal", "Dan P", None,
    "lol here we go again 🍿",
    "2026-05-09T13:10:44Z", 1, "Highways",
    "Chatter in the thread with no content: monitor.", parent="t_ltn", likes=4)

add("t_pl", "facebook", "neasden.neighbours", "Neasden Neighbours", None,
    "Planning application 26/1142 — 25-storey tower on the old retail park site by Neasden station. Comments close next Friday. 210 flats and 12 parking spaces. Get your comments in, for or against, before it's too late.",
    "2026-09-01T19:00:21Z", 4, "Planning",
    "Community discussion of a live planning application with a deadline: planning officers should join the conversation.",
    likes=86, rep=41, rt=22)
add("pl1", "facebook", "reza.t.neasden", "Reza Tehrani", None,
    "با این برج ۲۵ طبقه و فقط ۱۲ جای پارک، خیابان‌های ما چه می‌شود؟ کسی از شورا جوابی داده؟",
    "2026-09-01T20:31:15Z", 4, "Planning",
    "Farsi: 'With a 25-storey tower and only 12 parking spaces, what happens to our streets? Has anyone from the council answered?' Part of the planning application conversation.",
    lang="fa", parent="t_pl", likes=5)
add("pl2", "facebook", "chloe.n.dollis", "Chloe N", None,
    "I'm actually for it, my kids will never afford anything round here otherwise. But 12 spaces is silly and the station can't cope on event days as it is.",
    "2026-09-01T21:05:48Z", 4, "Planning",
    "Mixed view in the ongoing application discussion: service conversation.", parent="t_pl", likes=23)
add("pl3", "facebook", "viv.amos", "Viv Amos", None,
    "has anyone actually had a reply about this?",
    "2026-09-02T08:17:36Z", 4, "Planning",
    "In context, a follow-up in the planning application conversation asking whether the council has answered: service conversation (compare the same words standalone, route 1).",
    parent="t_pl", likes=9)

add("t_ft", "mastodon", "@churchroad_coop@mastodon.london", "Church Road Traders", 640,
    "The alley behind the Church Road shops (between the launderette and the chicken shop) is a tip again. Third time since Christmas. Council clears it, it's back inside 48 hours. Cameras? Signs? Anything? @brent_council",
    "2026-02-16T09:45:00Z", 4, "Environment",
    "A recurring fly-tipping hotspot discussed by traders and neighbours: environment officers should join with a longer-term plan.",
    likes=34, rt=11, rep=6)
add("ft1", "mastodon", "@grace_w10@mastodon.london", "Grace", 88,
    "same again this morning, the whole alley is blocked",
    "2026-02-18T07:52:10Z", 4, "Environment",
    "In the hotspot thread this is a new report in an ongoing conversation: service conversation (same words standalone are route 1).",
    parent="t_ft", likes=6)
add("ft2", "mastodon", "@washhouse_nw10@mastodon.london", "Suds Launderette", 150,
    "I run the launderette. It's not our customers, it's vans at night, I've watched them. Happy to give the council our CCTV if someone asks.",
    "2026-02-18T12:30:27Z", 4, "Environment",
    "A business offering evidence in the ongoing hotspot discussion: service officers to join.", parent="ft1", likes=15)

add("r4a", "rss", "rss-66743-kingsburyra", "Kingsbury Residents' Association", 2400,
    "Roe Green CPZ: notes from Tuesday's meeting with the council's parking team (part 2). Officers agreed to come back with revised hours after objections from the Methodist church and the surgery. The survey stays open until 30 September. Several residents still ask why the zone stops at Princes Avenue. We will keep updating this post.",
    "2026-09-10T18:00:00Z", 4, "Parking",
    "Residents' association blog recording an ongoing dialogue on a proposed parking zone: parking officers should keep joining.")
add("r4b", "x", "@welshharp_walks", "Welsh Harp Walkers", 1600,
    "Following up last week's thread on the Welsh Harp path closures: still no reopening date for the Birchen Grove side, and the diversion signs still point you straight into the reeds 🙄 @Brent_Council",
    "2026-07-06T10:20:14Z", 4, "Environment",
    "Text shows an ongoing conversation about one open-space matter: parks/environment officers should join.", likes=28, rt=7)
add("r4c", "youtube", "yt-66743-UCkx7", "Ade Bello", None,
    "Thanks for streaming this. As I said at the Kingsbury library session, the proposed Sunday closures hit exactly the families who can't come in on weekdays. Will the responses from all the drop-in sessions be published before Cabinet decides?",
    "2026-11-09T20:40:02Z", 4, "Libraries",
    "Participant in a live library hours consultation continuing the discussion: library service should join.", likes=6)

# ---------------------------------------------------------------- route 1: monitor
add("n01", "rss", "rss-66743-marketwire", "Market Wire", 54000,
    "Brent crude rises 3% as OPEC+ signals deeper output cuts — Front-month Brent futures settled at $74.10 a barrel on Wednesday...",
    "2026-06-17T16:45:00Z", 1, None, "Brent crude oil price news: keyword noise.")
add("n03", "x", "@shopaholic_ria", None, 510,
    "brent cross on a saturday should be classed as a human rights violation. never again",
    "2025-12-20T15:33:47Z", 1, None, "Brent Cross shopping centre (Barnet): keyword noise.", likes=22)
add("n04", "x", "@beesfan_84", None, 1200,
    "WHAT A GOAL. Brentford 2-1 up and the Gtech is bouncing 🐝🐝🐝",
    "2026-01-17T16:12:08Z", 1, None, "Brentford FC: keyword noise.", likes=88, rt=9)
add("n05", "bluesky", "@katiehr.bsky.social", "Katie", 230,
    "channelled my inner David Brent in the team meeting today. nobody laughed. not one person",
    "2026-03-12T17:55:01Z", 1, None, "David Brent reference: keyword noise.", likes=31)
add("n07", "x", "@kenton_mark", None, 88,
    "harrow bins not collected for 9 days on our side of kenton rd, the brent side got theirs monday. postcode lottery",
    "2026-08-03T19:40:10Z", 1, None,
    "Another council's (Harrow) service; Brent mentioned only in passing and favourably: monitor (department null).", likes=2)
add("n08", "facebook", "jackie.lane.kbury", "Jackie Lane", None,
    "Shout out to the bin crew on Kingsbury Road this morning — a fox had ripped bags open all down the street and they picked up every bit without being asked 🙏",
    "2026-06-06T11:20:40Z", 1, "Environment", "Praise with no request: monitor (pass thanks on).", likes=57, rep=8)
add("n11", "x", "@sarky_sid", None, 260,
    "love paying £2k a year council tax for the privilege of looking at the same mattress for a month #Brent",
    "2026-05-30T09:14:44Z", 1, "Environment",
    "Sarcastic moan with no location or reference: monitor (ambiguous with 2 if they give an address).", likes=19, rt=3)
add("n12", "x", "@n0body_cares9", None, 22,
    "brent council are clowns 🤡🤡🤡",
    "2026-07-19T01:22:13Z", 1, None, "Low-reach abuse without substance: monitor.")
add("n13", "x", "@cash_queen_4u", None, 15,
    "Earn £500/day from home 💰💰 no experience DM me now @Brent_Council @wembleystadium",
    "2026-02-10T03:11:58Z", 1, None, "Spam: no action.")
add("n14", "instagram", "@cheapflights_vip", None, 8,
    "🔥 cheap flights + crypto bonus, link in bio 🔥 #Wembley #Brent #London",
    "2026-09-27T02:05:11Z", 1, None, "Spam: no action.")
add("n14b", "instagram", "@cheapflights_vip", None, 8,
    "🔥 cheap flights + crypto bonus, link in bio 🔥 #Wembley #Brent #London",
    "2026-09-27T02:45:49Z", 1, None, "Exact repeat of the same spam by the same account: no action.")
add("n15", "x", "@BrentTories_", "Brent Conservatives", 1300,
    "Labour-run Brent has put your council tax up AGAIN while the bins go uncollected. On 7 May, vote for change. 🔵",
    "2026-04-25T10:00:00Z", 1, None,
    "Party-political campaigning by a local party account, no question or case: monitor and stay out of politics (ambiguous with 5 given the pre-election period).",
    likes=45, rt=20)
add("n17", "x", "@NovaRaeMusic", "NOVA RAE", 2100000,
    "WEMBLEY YOU WERE UNREAL TONIGHT ❤️❤️ see you next summer",
    "2026-07-11T23:30:41Z", 1, None,
    "Very large account, no council matter or consequence: monitor.", ver=True, likes=182000, rt=21000)
add("n18", "x", "@k_mumford", None, 140,
    "RT @TashaLuxeTV disgusting. brent council towed a cancer patient's car while she was at chemo",
    "2026-10-12T14:20:07Z", 1, "Parking",
    "Low-reach reshare of a complaint already escalated: monitor.")
add("n19", "x", "@busstop_bella", None, 75,
    "thinking of everyone in that block on harrow road tonight, horrible watching the smoke from the bus",
    "2026-11-21T21:47:29Z", 1, "Emergency Planning",
    "Sympathy about an incident already handled by emergency services, no new information or request: monitor (ambiguous with 5 if it is the first report).")
add("n21", "instagram", "@hetal.alperton", "Hetal", 620,
    "ઈલિંગ રોડ પર દિવાળીની રોશની આ વર્ષે ખૂબ જ સુંદર છે! ✨🪔 #Brent #Diwali",
    "2026-11-07T19:25:12Z", 1, None,
    "Gujarati: 'The Diwali lights on Ealing Road are really beautiful this year!' Praise for a borough event: monitor.",
    lang="gu", likes=140)
add("n22", "facebook", "kavitha.s.wembley", "Kavitha S", None,
    "எங்கள் தெருவில் இப்போது குப்பை சரியான நேரத்தில் எடுக்கப்படுகிறது. நன்றி ப்ரெண்ட் கவுன்சில்!",
    "2026-08-19T08:30:55Z", 1, "Environment",
    "Tamil: 'Rubbish on our street is now collected on time. Thank you Brent Council!' Praise: monitor.",
    lang="ta", likes=6)
add("n23", "facebook", "fadumo.harlesden", "Fadumo Ali", None,
    "Mahadsanid shaqaalaha maktabadda Harlesden, aad bay ii caawiyeen foomka shaqada.",
    "2026-10-21T15:10:28Z", 1, "Libraries",
    "Somali: 'Thank you to the Harlesden library staff, they helped me a lot with the job form.' Praise: monitor.",
    lang="so", likes=4)
add("n24", "x", "@queensbury_gaz", None, 310,
    "how much did the council pay for that ridiculous new logo?? probably more than my nan's pension lol",
    "2026-06-12T20:14:19Z", 1, "Communications",
    "Rhetorical jibe, not a genuine request for recorded information: not FOI, monitor.", likes=27, rt=4)
add("n25", "x", "@mo_from_church_end", None, 46,
    "same again this morning, the whole alley is blocked",
    "2026-04-15T07:58:30Z", 1, None,
    "Standalone with no place, service or request: a moan to monitor (same words inside the fly-tipping thread are route 4).")
add("n26", "x", "@linz_wembley", None, 180,
    "has anyone actually had a reply about this?",
    "2026-09-16T21:03:50Z", 1, None,
    "Standalone, no subject or case visible: monitor (same words in the planning thread are route 4).")
add("n27", "linkedin", "li-66743-aisha-k", "Aisha Khan", 940,
    "Thrilled to start as a Graduate Planner at Brent Council today! Grateful to everyone who helped along the way.",
    "2026-09-07T08:10:00Z", 1, "HR", "Staff news, positive, no action: monitor.", likes=210)
add("n30", "rss", "rss-66743-kilburntimes-budget", "Brent & Kilburn Times", 21000,
    "Council sets 2026/27 budget with 4.99% council tax rise — Brent's cabinet approved the budget on Monday night, with savings in back-office services and no library closures.",
    "2026-02-24T07:00:00Z", 1, "Finance",
    "Neutral news report of a published decision, no enquiry or controversy: monitor (ambiguous with 5: press coverage).")
add("n32", "facebook", "tony.ferreira.1", "Tony Ferreira", None,
    "Brent council useless as ever. Rather spend money on bike lanes no one uses than anything we need. Same every year.",
    "2026-03-25T22:10:37Z", 1, "Highways",
    "General moan with no case, request or reach: monitor.", likes=11, rep=3)


def pid_for(i, plat):
    tail = "".join(rng.choice("0123456789") for _ in range(11))
    if plat in ("x", "mastodon"):
        return f"{PREFIX}{i:03d}{tail}"
    if plat == "facebook":
        return f"{tail[:9]}_{PREFIX}{i:03d}"
    if plat == "bluesky":
        return f"3l{PREFIX}{i:03d}{tail[:5]}k2"
    if plat == "instagram":
        return f"ig-{PREFIX}-{i:03d}{tail[:6]}"
    if plat == "youtube":
        return f"Ugz{PREFIX}{i:03d}{tail[:6]}"
    if plat == "linkedin":
        return f"urn:li:comment:{PREFIX}{i:03d}{tail[:6]}"
    return f"rss-{PREFIX}-{i:03d}-{tail[:6]}"


def main():
    keys = [it["key"] for it in ITEMS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    by = {it["key"]: it for it in ITEMS}
    for i, it in enumerate(ITEMS):
        it["pid"] = pid_for(i, it["plat"])

    def root_of(it):
        while it["parent"]:
            it = by[it["parent"]]
        return it
    roots_with_replies = {root_of(it)["key"] for it in ITEMS if it["parent"]}
    child_count = {}
    for it in ITEMS:
        if it["parent"]:
            r = root_of(it)["key"]
            child_count[r] = child_count.get(r, 0) + 1
            if it["parent"] != r:
                child_count[it["parent"]] = child_count.get(it["parent"], 0) + 1
            assert it["ts"] > by[it["parent"]]["ts"], it["key"]

    order = ITEMS[:]
    rng.shuffle(order)
    out, done, pending = [], set(), []
    for it in order:
        pending.append(it)
        progress = True
        while progress:
            progress = False
            for p in list(pending):
                if p["parent"] is None or p["parent"] in done:
                    out.append(p); done.add(p["key"]); pending.remove(p); progress = True
    assert not pending and len(out) == len(ITEMS)

    with open(OUT, "w", encoding="utf-8") as f:
        for it in out:
            thread = None
            if it["parent"]:
                thread = root_of(it)["pid"]
            elif it["key"] in roots_with_replies:
                thread = it["pid"]
            replies = it["rep"]
            if it["key"] in child_count:
                replies = max(replies, child_count[it["key"]])
            label = {"route": it["route"], "department": it["dept"], "foi": it["foi"],
                     "foi_valid": it["fv"] if it["foi"] else None,
                     "escalate_reason": it["esc"] if it["route"] == 5 else None,
                     "reason": it["reason"], "language": it["lang"]}
            rec = {"platform": it["plat"], "platform_id": it["pid"], "author_handle": it["handle"],
                   "author_name": it["name"], "author_followers": it["fol"], "author_verified": it["ver"],
                   "text": it["text"], "created_at": it["ts"],
                   "reply_to_id": by[it["parent"]]["pid"] if it["parent"] else None,
                   "thread_id": thread, "replies": replies, "likes": it["likes"], "reposts": it["rt"],
                   "language": None, "label": label, "provenance": "written"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} to {OUT}")


if __name__ == "__main__":
    main()
