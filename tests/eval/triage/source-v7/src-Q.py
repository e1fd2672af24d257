#!/usr/bin/env python3
"""Writer Q: hand-written labelled mentions of Brent Council (eval set v7). Serialises to part-Q.jsonl."""
import json, os, random

PREFIX = "29979"
HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = []
_n = [0]

def pid_for(platform):
    _n[0] += 1
    n = _n[0]
    if platform in ("x", "mastodon"):
        return f"{PREFIX}{(n * 7919 + 104729) % 10**8:08d}{n:03d}"
    shapes = {"facebook": "fb_{p}_{n:04d}", "bluesky": "bsky_{p}_3k{n:04d}", "instagram": "ig_{p}_{n:04d}",
              "youtube": "yt_{p}_Ugz{n:04d}", "linkedin": "li_{p}_{n:05d}", "rss": "rss-{p}-{n:04d}"}
    return shapes[platform].format(p=PREFIX, n=n)

def add(platform, handle, name, followers, text, created, route, dept, reason, lang="en",
        foi=False, foi_valid=None, esc=None, replies=0, likes=0, reposts=0, verified=False,
        reply_to=None, key=None):
    pid = pid_for(platform)
    item = {"platform": platform, "platform_id": pid, "author_handle": handle, "author_name": name,
            "author_followers": followers, "author_verified": verified, "text": text, "created_at": created,
            "reply_to_id": reply_to["platform_id"] if reply_to else None, "thread_id": None,
            "replies": replies, "likes": likes, "reposts": reposts, "language": None,
            "label": {"route": route, "department": dept, "foi": foi, "foi_valid": foi_valid if foi else None,
                      "escalate_reason": esc, "reason": reason, "language": lang},
            "provenance": "written"}
    if reply_to:
        root = reply_to
        while root["reply_to_id"] is not None:
            root = next(i for i in ITEMS if i["platform_id"] == root["reply_to_id"])
        root["thread_id"] = root["platform_id"]
        item["thread_id"] = root["platform_id"]
    ITEMS.append(item)
    return item

# ---------------------------------------------------------------- route 5: escalate
add("x", "@dee_chalkhill", "Dee", 143,
    "that smell of gas on our stairwell at Chalkhill is back, been there since yesterday dinner time. told the caretaker this morning he said he'd 'pass it on'. my 2 keep asking why the landing stinks lol",
    "2026-01-14T19:22:10Z", 5, "Housing",
    "possible gas leak in a council block lasting a day, reported only to a caretaker: risk to life whatever the follower count; ambiguous with 2 (own repair) but danger comes first",
    esc="risk_to_life_gas", likes=2)
add("facebook", "@maureen.kingsbury", "Maureen Fitch", None,
    "Does anyone on here know the lady at number 31 on our road (Kingsbury, near the Co-op)? Small lady, Irish, walks with a stick, always waves from the window in the mornings.\n\nI haven't seen her since last Tuesday. Curtains have been shut all week, there are two pints of milk on the step going off and her post is sticking out the letterbox. Her son lives up north somewhere I think.\n\nI knocked yesterday and today, nothing. I don't want to be nosy or call the police for nothing but it's not like her. Who do you even ring for this? Tagging Brent Council in case.",
    "2026-02-09T16:05:44Z", 5, None,
    "older neighbour not seen for about a week, milk and post piling up: possible person at risk inside; needs urgent welfare check (police/adult social care), not a routine reply; no department in the list covers adult social care",
    esc="welfare_concern", replies=6, likes=14)
add("x", "@tyreese_nw10", None, 61,
    "the little ones next door been on their own since friday i think, mum hasnt been back. theyre like 5 and 7. i passed some bread and crisps thru the door. not tryna get anyone in trouble but who do i even tell @Brent_Council",
    "2025-12-21T22:48:03Z", 5, None,
    "young children apparently left alone for days: child safeguarding risk, phrased indirectly by a low-follower neighbour; children's social care not in the department list",
    esc="safeguarding_child", likes=1)
add("instagram", "@nadia.lives.here", None, 388,
    "eviction letter came today. 3 years of fighting brent housing and this is it. honestly i dont see the point of anything anymore, i'm so tired. probably my last post on here x",
    "2026-03-03T23:41:19Z", 5, "Housing",
    "self-harm cue ('don't see the point', 'last post') tied to a council eviction: person may be at risk; escalate at once whatever the reach",
    esc="self_harm", likes=23, replies=9)
add("facebook", "@SouthKilburnMums", "South Kilburn Mums", 2100,
    "PLEASE be careful walking under the blocks on the east side of the estate. A chunk of concrete came off one of the balconies this afternoon and smashed on the path right where we all go with buggies. Missed a lady with a pram by about a metre. Someone's put a wheelie bin over the bits. Nobody from the council has taped it off yet.",
    "2026-04-17T15:37:00Z", 5, "Housing",
    "falling concrete from a council block onto a busy path, nearly hitting a pram: structural danger and risk to life; needs the area made safe now",
    esc="structural_danger", likes=88, reposts=31, replies=17)
add("x", "@raph_estate_res", None, 214,
    "fire doors on every floor of our block at St Raphael's wedged open for months now, and the smoke alarm in the corridor is literally hanging off by its wires. after grenfell you'd think someone would care. @Brent_Council",
    "2026-05-12T08:14:52Z", 5, "Housing",
    "fire safety failure in a council block (propped fire doors, broken alarm), explicitly linked to Grenfell: controversial and dangerous, escalate",
    esc="fire_safety", likes=41, reposts=12)
add("x", "@LMahoney_KT", "Lucy Mahoney", 812,
    "Hi @Brent_Council, I'm a reporter at the Kilburn Times. Could someone from your press office tell me whether the council plans to respond to residents' petition on the Carlton Vale tower? Happy to take a line by 4pm tomorrow. Thanks!",
    "2026-06-02T10:03:27Z", 5, "Communications",
    "polite, neutral media enquiry from a named reporter at a local paper (small following): journalists go to the communications officer per Appendix A's 'highly influential' limb",
    esc="journalist", likes=0)
add("bluesky", "@cllr-ahmed-willesden.bsky.social", "Cllr Farah Ahmed", 1730,
    "Third time this term constituents on Walm Lane have raised the temporary bus stop that's been on the carriageway since October — it's forcing wheelchair users into the road. I've written to officers twice. @brentcouncil can we get a date please?",
    "2026-02-24T12:40:15Z", 5, "Highways",
    "a ward councillor raising a council highways matter publicly (accessibility, repeated failures): councillor author, escalate for a coordinated reply",
    esc="councillor", likes=56, reposts=14)
mp_post = add("x", "@BrentMPoffice", "Office of Amara Clarke MP", 24800,
    "Deeply concerned by reports that families with young children have been housed in a Park Royal B&B for more than six weeks with no kitchen and one shared bathroom per floor. I have asked @Brent_Council for an urgent meeting and a full explanation.",
    "2026-01-29T09:10:00Z", 5, "Housing",
    "a constituency MP publicly criticising temporary accommodation: highly influential author on a controversial council matter",
    esc="mp", verified=True, likes=612, reposts=240, replies=88)
add("facebook", "@GreenKensalGreen", "Priya Nair – Green Party candidate, Kensal Green", 940,
    "Walked Chamberlayne Road with residents this morning: overflowing litter bins outside every third shop, and the street-cleaning schedule on Brent's website hasn't been updated since 2024. If elected on 7 May I will push for a weekly clean on every high street in the ward. What do you see on your street?",
    "2026-04-11T11:20:00Z", 5, "Environment",
    "candidate in the May 2026 local elections criticising a council service during the pre-election period: influential political author, handle neutrally via communications; ambiguous with 1 (campaigning) but it speaks of a council matter",
    esc="candidate", likes=37, replies=11)
add("x", "@dontbinit_london", "Dont Bin It London", 182000,
    "This is Brent. A 70-year-old man gets a £150 fixed penalty because a receipt fell out of his pocket, and the enforcement officer won't even let him pick it up. Video from a follower. Absolutely disgraceful.",
    "2026-07-08T17:55:41Z", 5, "Environment",
    "large account (182k) spreading a video against a council enforcement contractor: viral, reputation-threatening, alleged conduct of staff",
    esc="viral_video", verified=True, likes=9400, reposts=3100, replies=1270)
add("x", "@kenton_kev", None, 97,
    "erm @Brent_Council I just got an email from you about my council tax reduction and theres a spreadsheet attached with like 200 other peoples names addresses and how much benefit they get?? deleted it but surely thats not meant to happen",
    "2026-03-19T14:26:08Z", 5, "Finance",
    "personal data of about 200 residents sent to the wrong recipient: a data breach, needs the data protection officer and comms regardless of reach",
    esc="data_breach", likes=4)
add("facebook", "@samir.hak", "Samir Haq", None,
    "Took my dad to the Civic Centre today to ask about his housing application. The woman at the desk told him to 'learn proper English before coming here asking for things'. He has lived in Wembley for 31 years and paid his taxes every one of them. He didn't say a word the whole way home. I am so angry I could cry.",
    "2026-05-27T18:02:33Z", 5, "Housing",
    "alleged discriminatory remark by a front-desk officer: discrimination by staff is controversial and must be escalated (complaint and HR), not handled as a routine case",
    esc="discrimination", likes=142, replies=38, reposts=20)
add("x", "@ealingrd_motors", None, 230,
    "next time that same warden tickets my van outside MY OWN shop on Ealing Road hes going home in an ambulance. not a joke. 4 tickets in a week loading my own stock",
    "2026-08-14T13:11:50Z", 5, "Parking",
    "explicit threat of violence against a named kind of council officer (civil enforcement officer); the PCN grievance is secondary, threat to staff comes first",
    esc="threat_to_staff", likes=3)
add("x", "@flat12_harlesden", "Joseph Adeyemi", 58,
    "@Brent_Council my solicitor sent your legal dept a pre-action letter 3 weeks ago re the damp and collapsed ceiling at my flat (Harlesden, tenancy ref T/88213). no acknowledgement. we will be issuing a disrepair claim next week.",
    "2026-06-23T09:47:05Z", 5, "Housing",
    "legal threat (pre-action letter, disrepair claim) about a council tenancy: legal/comms escalation; ambiguous with 2 since it is also his own repair case",
    esc="legal_threat", likes=2)
add("mastodon", "@wembleywalker@mastodon.london", "wembley walker", 1320,
    "Interesting that the Brent planning officer who wrote the report recommending approval for the 26-storey scheme by the stadium now turns up on LinkedIn as 'Head of Planning' at… the developer. Three months later. Nothing to see here I'm sure.",
    "2026-09-02T20:31:12Z", 5, "Planning",
    "insinuated misconduct (revolving door between planning officer and developer) on a major scheme: controversial, potential reputational harm",
    esc="misconduct", likes=64, reposts=47, replies=12)
add("facebook", "@kilburn.neighbours", "Kilburn Neighbours Network", 5600,
    "Some of you will have known Tommo who used to sleep in the shelter by the Kilburn High Road bus stop and always said good morning. He was found there this morning and didn't wake up. He'd been asking for a place for weeks, he told me outreach 'would come Tuesday'. RIP Tommo. We should be ashamed.",
    "2026-01-06T11:18:40Z", 5, "Housing",
    "death of a rough sleeper with a claim that council outreach failed him: a death and controversial, escalate",
    esc="death", likes=430, replies=96, reposts=71)
add("x", "@ame_wembley", None, 312,
    "theres a lady in the doorway by the big sainsburys in wembley with no coat, going to be minus 4 tonight and she seems really confused, didnt know what day it was. i gave her my scarf. someone said they called about her earlier but noone came",
    "2025-12-12T21:36:18Z", 5, "Housing",
    "rough sleeper at risk in freezing weather, confused: risk to life; needs outreach/emergency response tonight",
    esc="rough_sleeper_risk", likes=19, reposts=6)
add("x", "@gooner_gaz88", None, 451,
    "its getting properly dangerous at the wembley park station exit, barriers shut and people climbing over them, kids getting squashed at the front, not a single steward @Brent_Council @TfL someone do something",
    "2026-05-30T21:58:44Z", 5, "Emergency Planning",
    "crowd crush building on an event day: risk to life, Emergency Planning with TfL and the stadium; escalate immediately",
    esc="crowd_safety", likes=75, reposts=40)
add("x", "@neasden_nan", None, 34,
    "we've had three polling cards through the door for people who moved out in 2019. I rang and told them last year too. couldn't anyone just turn up with one and vote?",
    "2026-04-21T10:15:22Z", 5, None,
    "question about electoral integrity (stale register, polling cards for absent voters) weeks before an election: controversial, goes to electoral services and comms; no listed department covers elections; ambiguous with 2",
    esc="electoral_integrity", likes=5)
add("facebook", "@carer.sister.stonebridge", "Bernadette O.", None,
    "Not sure where to post this. My brother has a learning disability and has his own council flat in Stonebridge. A couple of lads he calls his 'new friends' have basically moved in, there's people coming and going all night, and he's sleeping on the sofa in his own home. He says it's fine and they're nice to him. It's not fine. He gave one of them his bank card.",
    "2026-10-06T19:44:09Z", 5, None,
    "vulnerable adult apparently being exploited in his own tenancy (cuckooing pattern), described without the word safeguarding: adult safeguarding, escalate; Housing also relevant as landlord",
    esc="safeguarding_adult", likes=12, replies=7)
add("x", "@tomgrey_reports", "Tom Grey", 2900,
    "FOI request to @Brent_Council: please provide the number of households placed in temporary accommodation outside the borough at the end of each quarter, 2024-25 and 2025-26. Tom Grey, housing correspondent, Brent & Kilburn Times. Reply to tom.grey@bktimes.co.uk",
    "2026-07-21T08:30:00Z", 5, "Housing",
    "a journalist's FOI request: valid (real name, email for correspondence) but per §8 a journalist's request is 5 so comms see it as well as the FOI team",
    foi=True, foi_valid=True, esc="journalist", likes=8, reposts=3)
add("facebook", "@ewa.dudden", "Ewa Kowalczyk", None,
    "Woda leje się do piwnicy na Dudden Hill Lane, już jest po kolana. Mama (82 lata) mieszka na dole i nie da rady sama wejść po schodach. Dzwoniłam na numer awaryjny rady, nikt nie odbiera. Co mam robić?? @Brent Council",
    "2026-08-27T03:12:31Z", 5, "Emergency Planning",
    "Polish: 'water pouring into the basement on Dudden Hill Lane, knee-deep; my mum (82) lives downstairs and can't climb the stairs alone; called the council emergency number, no answer; what do I do?' — flooding with a vulnerable person trapped: risk to life",
    lang="pl", esc="flood_risk_to_life", likes=3, replies=2)
add("facebook", "@hodan.nw10", "Hodan Warsame", None,
    "Walaalayaal, ilmahayga 8 bilood jira ayaa isbitaalka la dhigay markii labaad neefta awgeed. Dhakhtarku wuxuu yiri caaryada guriga ayaa sabab u ah. Guriga ku meel gaarka ah ee Brent na siisay, derbiyada qolka jiifka oo dhan waa madow. Maxaan sameeyaa?",
    "2026-11-10T07:55:02Z", 5, "Housing",
    "Somali: 'my 8-month-old has been admitted to hospital a second time with breathing problems; the doctor said the mould at home is the cause; the temporary home Brent gave us has black walls in the bedroom; what do I do?' — a child's health at risk from damp in council-provided housing; ambiguous with 2 but risk to a child comes first",
    lang="so", esc="child_health_damp", likes=21, replies=5)
add("x", "@um_yusuf_sb", None, 77,
    "في ملعب الأطفال بجانب عمارتنا في ستونبريدج غطاء صندوق الكهرباء مكسور والأسلاك ظاهرة، والأطفال يلعبون حوله كل يوم بعد المدرسة. أخبرنا الحارس منذ أسبوعين ولم يتغير شيء @Brent_Council",
    "2026-09-15T16:20:48Z", 5, "Housing",
    "Arabic: 'in the children's playground next to our building in Stonebridge the electrical box cover is broken and the wires exposed; children play round it every day after school; we told the caretaker two weeks ago and nothing changed' — risk to life to children",
    lang="ar", esc="risk_to_life_electrical", likes=6)

# ---------------------------------------------------------------- route 2: customer services
bins1 = dict(platform="x", handle="@mrs_d_hill", name=None, followers=22, text="@Brent_Council bins?? again",
             route=2, dept="Environment",
             reason="terse missed-collection complaint from a resident about her own bin: needs an officer to check the round and her address (ask by DM); ambiguous with 1 (a moan without a request)")
add(bins1["platform"], bins1["handle"], bins1["name"], bins1["followers"], bins1["text"], "2026-02-17T07:41:00Z",
    bins1["route"], bins1["dept"], bins1["reason"])
add(bins1["platform"], bins1["handle"], bins1["name"], bins1["followers"], bins1["text"], "2026-03-03T07:36:12Z",
    bins1["route"], bins1["dept"], bins1["reason"] + " (same author repeating two weeks later)", likes=1)
pcn_text = ("PCN WM40917752 — I was unloading stock into my own shop on Ealing Road for 6 minutes, hazards on, I have the delivery note with the time on it. How do I get this cancelled? @Brent_Council")
add("x", "@alperton_grocer", "Ramesh Patel", 188, pcn_text, "2026-04-08T12:02:55Z", 2, "Parking",
    "his own penalty charge with its number and evidence: parking officers need to look up the PCN; ambiguous with 3 (how to appeal is published)")
add("x", "@alperton_grocer", "Ramesh Patel", 188, pcn_text, "2026-04-09T08:15:30Z", 2, "Parking",
    "exact repeat of his PCN post next morning (no reply yet): same own case, same route")
add("facebook", "@julie.brondesbury", "Julie Marsh", None,
    "Hi, council tax has come out of my account TWICE this month, £142.50 on the 1st and again on the 3rd. Account number 30078 4412. I need the second one back please, that's my food money for the week.",
    "2026-05-04T18:30:14Z", 2, "Finance",
    "own council tax account with reference and a double debit: Finance must look up and refund")
add("x", "@coldflat_churchend", None, 46,
    "day 9 with no heating or hot water. engineer came tuesday, said the part was ordered, nothing since. repairs ref HR/2231907. sitting here in my coat watching telly like its 1952 @Brent_Council",
    "2026-01-22T20:10:41Z", 2, "Housing",
    "own council repair with a reference, overdue: Housing repairs to chase; no sign of a vulnerable person so not escalated",
    likes=7)
add("instagram", "@zara_in_neasden", None, 640,
    "the mould is back behind the wardrobe, they literally just painted over it in march 🙄 photos in my story. repair ref 7718832, @brentcouncil can someone come and actually fix it this time",
    "2026-10-19T13:04:09Z", 2, "Housing",
    "own damp and mould repair with a reference, recurring after a cosmetic fix: repairs need to act; ambiguous with 5 if a child or health risk emerged, none stated",
    likes=54)
add("facebook", "@paul.osei.kenton", "Paul Osei", None,
    "My mum is on the assisted collection list (she's in a wheelchair) at Kenton Road, HA3. Crew have skipped her for the third week running, the bin is just sat there at the back door. Can someone sort this please, I'm not always there to drag it out.",
    "2026-06-16T09:22:47Z", 2, "Environment",
    "missed assisted collection at a named address for a disabled resident: Environment must fix the round; a service failure not a safety risk",
    likes=3)
add("x", "@cravenpark_res", None, 119,
    "someone dumped a mattress and two bin bags of nappies right outside my gate on Craven Park Road, 3 days now, foxes have ripped the bags open. number 112 if anyone from @Brent_Council wants to look",
    "2026-07-29T08:49:20Z", 2, "Environment",
    "fly-tip at a specific address needing a clearance job: a report for Environment to act on",
    likes=2)
add("x", "@kingsbury_cyclist", None, 287,
    "@Brent_Council pothole at the junction of Church Lane and Slough Lane took out my front tyre and rim last night, £180 bill. photos attached, where do I send the claim?",
    "2026-02-03T07:58:12Z", 2, "Highways",
    "own damage claim with a location and photos: Highways needs to log the defect and the claim; ambiguous with 3 (claim form is published)",
    likes=6)
add("facebook", "@anita.chatsworth", "Anita Kapoor", None,
    "The street light outside 44 Chatsworth Road has been out for over two weeks. It's pitch black by 4.30 and I walk back from the station. Reported it on the website on the 2nd, nothing.",
    "2025-12-16T17:12:33Z", 2, "Highways",
    "streetlight fault at a named address already reported once: Highways to chase the job")
add("x", "@reception_dad_24", None, 51,
    "We've been offered a reception place 3 miles away when we live 400m from Oakington Manor. App ref BRT-REC-26-04471. Who do we talk to about the waiting list and appeals? Genuinely gutted.",
    "2026-04-16T19:41:56Z", 2, "Education",
    "own school admission outcome with an application reference: admissions to check the case; ambiguous with 3 (appeal process is published)")
add("facebook", "@greg.wilsonave", "Greg Lambert", None,
    "Neighbour at 17 is putting up a two-storey extension that is clearly over my boundary — builders were on my side of the fence this morning. Is there even permission for this? Who in planning enforcement do I speak to? I'm at 19.",
    "2026-05-20T10:07:02Z", 2, "Planning",
    "own planning enforcement concern at named addresses: Planning enforcement needs to check permission and visit")
add("x", "@no_sleep_wembleypk", None, 73,
    "reported the party flat above me AGAIN ref NS/26/01934, every fri and sat till 5am, bass through the ceiling. nobody has ever come out. what is the point of the noise line",
    "2026-03-14T04:22:18Z", 2, "Regulatory Services",
    "own noise complaint with a reference: Regulatory Services to act; frustration but no wider risk")
add("facebook", "@cafe.walmlane", "Café Lumen, Walm Lane", 1240,
    "We applied for a pavement licence for four tables outside the café on Walm Lane five weeks ago (ref PL-2026-0388) and have heard nothing. Summer is half gone. Is anyone actually processing these?",
    "2026-07-02T11:35:40Z", 2, "Regulatory Services",
    "a business's own licence application with a reference: licensing to check status")
add("x", "@maxine_qp", None, 164,
    "bought 20 visitor permits on the website sunday, £24 taken from my card, account still shows 0 vouchers. my mum's coming thursday @Brent_Council",
    "2026-09-21T15:48:27Z", 2, "Parking",
    "own paid-for visitor permits not credited: Parking to look up the account and payment")
add("linkedin", "@olu-adebayo-sw", "Olu Adebayo", 530,
    "Applied for the Senior Social Worker post at Brent (job ref BRE-0911) last night — the portal crashed on the final submit and I got no confirmation email. Could someone in the Brent recruitment team confirm whether my application went through? Deadline is today.",
    "2026-10-01T08:05:11Z", 2, "HR",
    "own job application that may be lost, with a job reference and deadline: HR recruitment to check records")
add("facebook", "@marcia.harlesden", "Marcia Boateng", None,
    "Got a letter saying my council tax reduction has been stopped because I 'didn't provide evidence' — I uploaded my three payslips on the 12th, I've got the confirmation screen. Now they want £380. Letter ref CTR/552109. Please help I can't pay this.",
    "2026-06-26T21:14:00Z", 2, "Finance",
    "own council tax reduction case with a reference and evidence: benefits officers to review")
add("x", "@rent_dd_confused", None, 18,
    "my rent account says i'm £612 in arrears but it comes out by direct debit every month, bank statement shows it. tenancy ref 0045-2271. got a scary letter. @Brent_Council",
    "2026-11-03T12:27:46Z", 2, "Housing",
    "own rent account discrepancy with a tenancy reference: Housing income team to reconcile")
add("facebook", "@margaret.okafor", "Margaret Okafor", None,
    "Freedom of Information request: please provide the number of penalty charge notices issued on Olympic Way and Engineers Way on stadium event days in 2025, broken down by month. Reply by post to Margaret Okafor, 14 Elm Road, Wembley HA9.",
    "2026-02-11T14:00:00Z", 2, "Parking",
    "FOI for recorded information with a name and a postal address for correspondence: valid; logged by customer services; Parking holds the data",
    foi=True, foi_valid=True)
add("x", "@dwhitcombe", "Daniel Whitcombe", 402,
    "@Brent_Council how much did the council spend on external consultants for the Wembley Park masterplan review in 2025-26? Please treat as an FOI request and email the answer to the address in my bio.",
    "2026-08-05T09:18:33Z", 2, "Planning",
    "FOI request for recorded spending; the requester's real name is visible in his profile, so valid under the strategy's rule; log via customer services (ask for the email if the bio lacks it)",
    foi=True, foi_valid=True, likes=11, reposts=2)
add("facebook", "@bhavna.wembley", "Bhavna Shah", None,
    "મારું કાઉન્સિલ ટેક્સ બિલ આ વર્ષે બે વાર આવ્યું છે, એકાઉન્ટ નંબર 3012 8849. મેં સિંગલ પર્સન ડિસ્કાઉન્ટ માટે અરજી કરી હતી પણ હજુ સુધી લાગુ થયું નથી. કૃપા કરીને મદદ કરો.",
    "2026-05-15T10:42:19Z", 2, "Finance",
    "Gujarati: 'my council tax bill came twice this year, account number 3012 8849; I applied for the single person discount but it still hasn't been applied; please help' — own account case",
    lang="gu")
add("facebook", "@ionut.harlesden", "Ionuț Popescu", None,
    "Salut, pe Harlesden Road, nr. 88, reciclarea nu a fost ridicată de trei săptămâni. Pubela e plină, vin vulpile noaptea. Am făcut reclamație pe site dar nimic. Vă rog să trimiteți pe cineva.",
    "2026-09-08T19:03:51Z", 2, "Environment",
    "Romanian: 'at 88 Harlesden Road the recycling hasn't been collected for three weeks; bin full, foxes at night; complained on the website, nothing; please send someone' — own missed collection at an address",
    lang="ro")
add("x", "@reza_kilburn", None, 92,
    "سلام، مجوز پارک ساکنین من (شماره BP44127) هفته پیش تمام شد و تمدید آنلاین کار نمی‌کند. امروز صبح جلوی خانه خودم جریمه شدم. لطفاً کمک کنید @Brent_Council",
    "2026-03-26T09:31:07Z", 2, "Parking",
    "Farsi: 'my residents parking permit (BP44127) expired last week and online renewal doesn't work; I was fined this morning outside my own house; please help' — own permit and PCN case (the renewal fault is a web issue too)",
    lang="fa")
add("facebook", "@rahima.khatun.nw10", "Rahima Khatun", None,
    "তথ্য অধিকার আইন (FOI) অনুযায়ী অনুরোধ: ২০২৫ সালে ব্রেন্ট কাউন্সিল হারলেসডেন ওয়ার্ডে কতগুলো ফ্লাই-টিপিং (অবৈধভাবে ময়লা ফেলা) ঘটনা রেকর্ড করেছে? উত্তর পাঠাবেন: রহিমা খাতুন, ৪৫ ক্রেভেন পার্ক রোড, লন্ডন NW10",
    "2026-10-13T11:26:38Z", 2, "Environment",
    "Bengali: 'FOI request: how many fly-tipping incidents did Brent Council record in Harlesden ward in 2025? Send the answer to Rahima Khatun, 45 Craven Park Road, London NW10' — valid FOI (name and address); log via customer services",
    lang="bn", foi=True, foi_valid=True)

# ---------------------------------------------------------------- route 3: web team responds
add("x", "@sudbury_gardener", None, 205,
    "when does garden waste start again after christmas? brown bin is full of tree already 🎄",
    "2025-12-29T11:02:14Z", 3, "Environment",
    "general 'when' question answered by the published collection calendar")
add("facebook", "@linda.queensbury", "Linda Gray", None,
    "Is it true you're going to start charging for green bins from April? My neighbour says it was in the budget. Nobody told us anything.",
    "2026-02-20T13:44:50Z", 3, "Environment",
    "'is it true' confusion about a published charge: signpost to the garden waste page")
add("x", "@newtozone_kr", None, 38,
    "how do i get a resident parking permit, just moved to kensal rise and the signs say zone KR",
    "2026-06-09T18:22:03Z", 3, "Parking",
    "general how-to about permits, no case yet: link to the permit page")
add("mastodon", "@bookworm_nw6@mastodon.social", None, 411,
    "Does Kilburn library open on Sundays now or was that only over the summer?",
    "2026-09-13T09:05:00Z", 3, "Libraries",
    "opening hours question answered by published information")
add("x", "@pothole_hater", None, 129,
    "@Brent_Council your report a pothole form just loops back to page 1 every time I hit next on iPhone. tried safari and chrome. cant report anything",
    "2026-03-09T08:33:17Z", 3, "Web",
    "fault on the council website's reporting form: the web team fixes or explains")
add("facebook", "@trevor.sudbury", "Trevor Mills", None,
    "Trying to pay the council tax online but the password reset email never turns up. Tried three times, checked junk. It's the 28th and it's due on the 1st.",
    "2026-01-28T20:16:42Z", 3, "Web",
    "website account fault (reset email not sent): web team; ambiguous with 2 because it is his own account, but the fix is on the site and payment can be taken another way")
add("x", "@goldersgreen_gail", None, 66,
    "@Brent_Council why haven't our bins been collected on Finchley Road NW11 since boxing day",
    "2026-01-02T10:49:31Z", 3, None,
    "NW11 Finchley Road is Barnet, not Brent: mention meant for another council; web team replies pointing her to Barnet")
add("x", "@wembleywatcher", "Wembley Watcher", 1890,
    "FOI: @Brent_Council how many fixed penalty notices for fly-tipping did you issue in 2025 and how many were actually paid?",
    "2026-04-03T12:12:12Z", 3, "Environment",
    "request for recorded information but from a pseudonymous account with no real name or address: invalid; web team explains how to make a valid request",
    foi=True, foi_valid=False, likes=27, reposts=9)
add("facebook", "@sam.nw10", "Sam", None,
    "Hi it's Sam. Under FOI please send me the list of all CCTV cameras Brent uses for moving traffic fines and how much each one made last year. Thanks",
    "2026-07-14T22:05:39Z", 3, "Parking",
    "FOI request signed with a first name only and no address: invalid under the strategy's rule; web team asks for full name and email",
    foi=True, foi_valid=False)
add("x", "@pensioner_preston", None, 14,
    "do you still do the free bulky waste collection for pensioners or has that gone too",
    "2026-05-06T10:21:58Z", 3, "Environment",
    "general eligibility question answered on the bulky waste page")
add("mastodon", "@diy_dave@toot.wales", None, 88,
    "Is the Abbey Road recycling centre in Park Royal open on the bank holiday Monday? Got a van full of plasterboard to get rid of.",
    "2026-08-29T16:40:27Z", 3, "Environment",
    "opening-times question; published information answers it")
add("x", "@jaz_in_kenton", None, 303,
    "how do i report a dead fox in the road? its been there since last night outside the school on Kenton Road",
    "2026-10-27T07:48:12Z", 3, "Environment",
    "'how do I report' question: signpost to the report form; ambiguous with 2 (a specific location is given)")
add("facebook", "@mum.of.3.willesden", "Kemi A.", None,
    "When is the deadline for secondary school applications this year? My eldest is in year 6 and I'm panicking I've missed it",
    "2025-12-03T21:14:40Z", 3, "Education",
    "general admissions deadline question answered on the website")
add("bluesky", "@gladstoneparkrunner.bsky.social", None, 540,
    "Heard Brent are banning BBQs in Gladstone Park from this summer?? Is that real or just WhatsApp nonsense",
    "2026-05-23T12:09:51Z", 3, "Environment",
    "'is it true' rumour about a park rule: web team corrects or confirms with the published rule")
add("x", "@nw2_accountant", None, 980,
    "Is council tax going up by the full 4.99% again? Where can I see what the Brent share actually goes on vs the GLA precept?",
    "2026-03-02T12:55:06Z", 3, "Finance",
    "general question answered by the published council tax breakdown")
add("instagram", "@harlesden.eats", None, 2400,
    "genuine q for @brentcouncil 🍕 which bin do greasy pizza boxes go in?? my flatmates are at war",
    "2026-04-25T23:31:18Z", 3, "Environment",
    "simple recycling question answered by the A-Z of what goes in which bin")
add("facebook", "@alperton.resident.group.member", "Colin Reid", None,
    "How do I actually comment on a planning application? The portal is impossible, I've found the reference but there's no button anywhere to object.",
    "2026-09-24T14:18:22Z", 3, "Planning",
    "how-to question about the planning portal: signpost; ambiguous with 4 if it were part of a live discussion of that application")
add("linkedin", "@priya-m-grad", "Priya Mehta", 310,
    "Does anyone know if Brent Council's graduate scheme applications have opened for 2026? Can't see anything on the careers page yet.",
    "2026-10-08T12:00:00Z", 3, "HR",
    "general jobs question answered by the careers page")
add("youtube", "@RosieTalksBins", "Rosie", 12,
    "the video says blue lid for glass and cans but my bin has a GREY lid?? which one do I use",
    "2026-02-14T15:27:30Z", 3, "Environment",
    "confusion on the council's how-to video: web team replies with the right bin colour")
add("facebook", "@ayesha.wembley", "Ayesha Malik", None,
    "السلام علیکم، میرا بیٹا ستمبر میں اسکول شروع کرے گا۔ ریسیپشن کے لیے درخواست کہاں اور کب تک دینی ہے؟ ویب سائٹ انگریزی میں سمجھ نہیں آتی۔",
    "2025-12-08T10:37:55Z", 3, "Education",
    "Urdu: 'my son starts school in September; where and by when do I apply for reception? I don't understand the website in English' — general how/when question; web team signposts (ideally with translated help)",
    lang="ur")
add("instagram", "@lucia.kensalrise", None, 176,
    "Hola! Acabo de mudarme a Kensal Rise con mis hijos. ¿Cómo puedo sacar el carnet de la biblioteca? ¿Necesito comprobante de domicilio? 📚",
    "2026-09-03T17:14:08Z", 3, "Libraries",
    "Spanish: 'just moved to Kensal Rise with my kids; how do I get a library card? do I need proof of address?' — general how-to question",
    lang="es")

# ---------------------------------------------------------------- route 4: service conversations (threads and ongoing)
cpz = add("facebook", "@harlesden.community.hub", "Harlesden Community Hub", 3400,
    "Has anyone filled in the consultation on the new parking zone round Harlesden station? Proposal is 8am–6.30pm Monday to Saturday. Closes 30 March. Post your thoughts below — we'll collect them for the residents' meeting.",
    "2026-03-10T09:00:00Z", 4, "Parking",
    "community group hosting an ongoing discussion of a live parking consultation: Parking officers should join",
    replies=5, likes=44)
r1 = add("facebook", "@dev.furness", "Dev Chauhan", None,
    "Filled it in. Mon-Sat to 6.30 is madness for a residential street, nobody from outside parks here after 4. Should be 10-12 like the next zone over.",
    "2026-03-10T09:47:21Z", 4, "Parking",
    "reply in a live consultation thread with a specific view on the zone hours: part of the conversation",
    reply_to=cpz, likes=19)
add("facebook", "@ana.furnessrd", "Ana Ribeiro", None,
    "Moro na Furness Road há 12 anos. Se a zona for até às 18h30 de segunda a sábado, a minha mãe, que vem cuidar dos netos, vai levar multa todos os dias. Alguém sabe se há autorizações para cuidadores? Vou responder à consulta também.",
    "2026-03-10T11:02:05Z", 4, "Parking",
    "Portuguese: 'lived on Furness Road 12 years; if the zone runs to 6.30pm Mon–Sat my mother who comes to look after the grandchildren will be fined every day; does anyone know about carers' permits? I'll answer the consultation too' — part of the consultation conversation",
    lang="pt", reply_to=r1, likes=7)
add("facebook", "@keith.trolls.all", "Keith", None,
    "lol imagine caring this much about parking. sell the car",
    "2026-03-10T12:15:44Z", 1, None,
    "low-reach jibe inside the thread, no substance: monitor",
    reply_to=cpz, likes=2)
add("facebook", "@bev.nw10", "Bev Thomas", None,
    "The consultation map doesn't even show Wrottesley Road but the letter came to us. Which is it? Hope someone from Brent parking actually reads these comments before the 30th.",
    "2026-03-11T08:33:12Z", 4, "Parking",
    "reply raising a specific point in the live consultation discussion; Parking officers should answer in the thread",
    reply_to=cpz, likes=11)
ft = add("x", "@ealingrd_traders", "Ealing Road Traders", 1650,
    "Alley behind the shops on Ealing Road between Alperton Lane and the temple: fridges, sofas, builders' rubble. Cleared in Feb, full again by March. Cleared in April, full again now. @Brent_Council how do we stop this for good? CCTV? gates?",
    "2026-05-14T10:05:33Z", 4, "Environment",
    "traders' association starting a discussion about a recurring fly-tipping hotspot and asking for a lasting fix: a service conversation for Environment",
    replies=3, likes=33, reposts=8)
ft_r1 = add("x", "@sunrise_sweets_alp", None, 410,
    "we had rats in the back store last week because of it. happy to chip in for a gate if the council puts up a camera",
    "2026-05-14T11:12:09Z", 4, "Environment",
    "shop owner adding to the ongoing hotspot discussion with an offer: part of the conversation",
    reply_to=ft, likes=9)
third_text = "Third time this month. Nobody's coming, are they?"
add("x", "@alperton_lane_mo", None, 57, third_text,
    "2026-05-14T13:40:51Z", 4, "Environment",
    "inside the fly-tipping hotspot thread this is one more voice on the recurring problem (same words standalone elsewhere are a route-1 moan)",
    reply_to=ft_r1, likes=4)
tow = add("mastodon", "@alpertoncanal@mastodon.london", "Alperton Canal Residents", 760,
    "Planning application 26/1193: 22 storeys on the old warehouse site next to the Grand Union at Alperton. Daylight study looks thin, and there's nothing on the towpath. Comments close 18 Sept. We're pulling together a group response — drop your points here.",
    "2026-08-26T18:00:00Z", 4, "Planning",
    "residents' group running an ongoing discussion of a specific live planning application: planning officers should join",
    replies=2, likes=51, reposts=22)
tow_r1 = add("mastodon", "@heron_watch@mastodon.london", None, 215,
    "The heronry on the far bank isn't mentioned in the ecology report at all. Has anyone asked the case officer whether a bat survey was done?",
    "2026-08-26T19:24:03Z", 4, "Planning",
    "specific point on the same application inside the residents' discussion",
    reply_to=tow, likes=18)
add("mastodon", "@canalboat_jen@mastodon.london", None, 98,
    "@heron_watch no bat survey in the documents, I checked the list twice. Also the construction access plan uses the towpath gate — that's where the moorings are.",
    "2026-08-27T07:51:46Z", 4, "Planning",
    "continuing the application discussion with a specific gap in the documents",
    reply_to=tow_r1, likes=12)
add("facebook", "@qp.streets.group", "Queen's Park Streets Group", 1980,
    "Follow-up from Tuesday's meeting about the Queen's Park low-traffic trial: we're still waiting on the answers about the camera on Chevening Road and the exemption for blue badge holders. A few of you asked whether the six-month review data will be shared before the decision — we've asked again. Keep the comments coming and we'll send one list.",
    "2026-06-19T08:44:28Z", 4, "Highways",
    "community group's post shows an ongoing conversation about a traffic trial with open questions for officers: service conversation, Highways to join",
    likes=67, replies=24)
add("x", "@FriendsofBarham", "Friends of Barham Library", 1140,
    "Week 3 of our campaign on the proposed cut to Barham library's Saturday hours. Thanks to everyone who came to the session at the library — the officer promised the usage figures by Friday. We'll post them here when they arrive. #BarhamLibrary",
    "2026-11-05T12:30:00Z", 4, "Libraries",
    "ongoing, civil campaign conversation with library officers already engaged: service conversation; ambiguous with 5 if it grew into a borough-wide controversy",
    likes=82, reposts=29)
add("bluesky", "@mapesbury.parents.bsky.social", "Mapesbury Parents", 460,
    "School Streets trial outside Mapesbury Primary, day 10: drivers still cutting through at 8.40, two near-misses this week, and some parents arguing the closure just moves the traffic to Walm Lane. Thread for everyone's experiences — we'll share with the Brent School Streets team at the review.",
    "2026-09-18T09:15:40Z", 4, "Highways",
    "ongoing parent discussion of a specific School Streets trial for the review: Highways (with Education) should join; near-misses are described in general, not an emergency",
    likes=40, replies=15)

# ---------------------------------------------------------------- route 1: monitor
add("rss", "@oilprice_feed", "Energy Markets Daily", None,
    "Brent crude rose 3.8% to $84.20 a barrel on Tuesday after OPEC+ signalled it would extend output cuts into the first quarter, while WTI followed at $79.65.",
    "2026-01-13T16:00:00Z", 1, None,
    "keyword noise: Brent crude oil price, nothing to do with the council")
add("x", "@nw4_mumlife", None, 820,
    "brent cross town cinema opening is the best thing to happen to my saturdays 🍿 anyone been to the new food hall yet",
    "2026-10-24T14:18:01Z", 1, None,
    "keyword noise: Brent Cross (Barnet), not the council")
add("x", "@bees_til_i_die", None, 3300,
    "robbed at the Gtech again. that was never a penalty. Brentford deserve better than this ref",
    "2026-02-28T17:04:44Z", 1, None,
    "keyword noise: Brentford FC")
add("instagram", "@office_memes_uk", None, 56000,
    "me at the christmas party doing the David Brent dance after two glasses of prosecco 💃",
    "2025-12-19T22:41:31Z", 1, None,
    "keyword noise: David Brent (The Office), large account of no consequence")
add("instagram", "@kayla.m", None, 430,
    "happy 30th to the one and only Brent!! 🎉🎂 love you bro",
    "2026-07-11T20:03:55Z", 1, None,
    "keyword noise: a person called Brent")
add("rss", "@hamhigh_news", "Ham & High", None,
    "Camden Council's cabinet has approved a new cycle lane along the Camden side of Kilburn High Road, with work due to start in the spring. The Brent side of the road is not included in the scheme.",
    "2026-01-30T07:15:00Z", 1, None,
    "another borough's decision; Brent only named in passing: monitor (ambiguous with 4 if Brent residents start discussing the Brent side)")
add("facebook", "@nanwatch.kenton", "Lisa Francis", None,
    "Shout out to the bin men on Kenton Road this morning who carried my nan's wheelie bin up her front steps for her without being asked ❤️ proper gents",
    "2026-04-30T10:26:09Z", 1, "Environment",
    "praise with no request: monitor (could be shared with the crew)", likes=61)
add("x", "@coding_mum_nw10", None, 275,
    "the free kids' coding club at Willesden Green library is honestly brilliant, my 9yo made a game about foxes. thank you @Brent_Council libraries 🙌",
    "2026-03-21T13:55:22Z", 1, "Libraries",
    "praise and thanks, no case", likes=22)
add("x", "@harlesden_hustle", None, 690,
    "love how @Brent_Council can find 14 parking wardens for one wembley event but not a single street sweeper for Harlesden High St 🙃🙃",
    "2026-06-06T19:30:12Z", 1, "Environment",
    "sarcastic moan with no case or request, modest reach: monitor")
add("x", "@cyclelane_skeptic", None, 140,
    "how much are they paying consultants to paint bike lanes nobody uses on Harrow Road. genuinely dont want to know",
    "2026-07-17T08:12:37Z", 1, "Highways",
    "looks like an FOI ('how much are they paying') but is a rhetorical jibe, not a request for information: monitor, not FOI")
add("x", "@angry_nw9", None, 19,
    "brent council are a bunch of useless clowns",
    "2026-08-03T23:50:00Z", 1, None,
    "low-reach abuse with no substance: monitor")
add("x", "@route18_rage", None, 84,
    "you absolute muppets. third time THIS YEAR the pavement by the 18 stop on Harrow Road has been dug up, filled in, and dug up again. who plans this stuff",
    "2026-09-29T17:42:10Z", 1, "Highways",
    "abusive but with some substance (repeated roadworks); no own case or request and low reach: monitor; ambiguous with 3 (explain the works)")
spam = "💰💰 Earn £500 a day from home!! No experience. Brent, Wembley, Harrow, Ealing. DM me now 👉 limited spaces"
add("x", "@cashflow_kween_77", None, 4, spam, "2026-05-08T03:14:15Z", 1, None, "spam using the borough name: monitor/ignore")
add("x", "@cashflow_kween_77", None, 4, spam, "2026-05-08T03:15:02Z", 1, None, "same spam posted again a minute later: monitor/ignore")
add("x", "@brentlabourfan", None, 260,
    "Tories running Brent? lol. never. vote them out wherever you are on the 7th 🌹",
    "2026-05-05T20:20:20Z", 1, None,
    "party-political chatter from an ordinary account, no council matter: monitor; the council takes no political standpoint")
add("x", "@harlesden_aunty", None, 160,
    "RT @BrentMPoffice: Deeply concerned by reports that families with young children have been housed in a Park Royal B&B for more than six weeks… 👏 about time someone said it",
    "2026-01-29T11:02:40Z", 1, "Housing",
    "low-reach reshare of an MP's post that is already escalated: monitor",
    reply_to=mp_post)
add("x", "@bigpopstar_official", "Big Pop Star", 4100000,
    "WEMBLEY!!!! 90,000 of you singing back at me. Brent, London, I love you. Goodnight 💜",
    "2026-06-27T23:05:11Z", 1, None,
    "huge verified account but nothing of consequence for the council: monitor",
    verified=True, likes=310000, reposts=42000)
add("x", "@queensbury_q", None, 45, third_text,
    "2026-02-05T18:22:00Z", 1, None,
    "standalone, no context: an unclear moan with nothing to act on; monitor (the same words inside a service thread would be route 4)")
add("facebook", "@bill.preston.rd", "Bill Ward", None,
    "Council tax up AGAIN and what do we get for it. Same potholes, same overflowing bins. Every year the same.",
    "2026-03-05T09:09:09Z", 1, "Finance",
    "general moan with no case or request: monitor")
add("bluesky", "@welshharp.birder.bsky.social", None, 890,
    "Mist on the Welsh Harp at 7am, great crested grebes doing their dance. Brent at its best.",
    "2026-04-04T07:31:40Z", 1, None,
    "chatter, positive, nothing to act on")
add("linkedin", "@tunde-regen", "Tunde Bakare", 1500,
    "One year in the regeneration team at Brent Council today. Proud of the South Kilburn phase we handed over in June and grateful for a brilliant team.",
    "2026-09-01T08:30:00Z", 1, "HR",
    "staff member's positive personal post: monitor, nothing to answer")
add("youtube", "@xX_wembley_Xx", None, 3, "first 😂",
    "2026-02-14T15:05:01Z", 1, None,
    "meaningless comment on a council video: monitor")
add("facebook", "@neasden.rest.centre", "Grace Mensah", None,
    "Just want to say thank you to the council staff who opened the rest centre at the Civic Centre after the fire on Neasden Lane last night. Tea, blankets, someone to talk to at 3am. We're all ok. Thank you.",
    "2026-11-21T10:40:18Z", 1, "Emergency Planning",
    "thanks after an incident already handled; no one at risk now: monitor (share with Emergency Planning)", likes=120)
add("facebook", "@thamarai.wembley", "Thamarai Selvan", None,
    "வெம்ப்லியில் நேற்று நடந்த பொங்கல் விழா மிக அருமையாக இருந்தது! குழந்தைகள் மிகவும் மகிழ்ந்தார்கள். நன்றி Brent Council 🙏",
    "2026-01-18T09:12:44Z", 1, "Communications",
    "Tamil: 'the Pongal festival in Wembley yesterday was wonderful; the children loved it; thank you Brent Council' — praise", lang="ta", likes=35)
add("x", "@rohit_kilburn", None, 130,
    "आज किल्बर्न हाई रोड पर इतना ट्रैफिक था कि बस में 40 मिनट लग गए 😩 हर दिन यही हाल है",
    "2026-10-15T18:47:29Z", 1, "Highways",
    "Hindi: 'so much traffic on Kilburn High Road today the bus took 40 minutes; it's like this every day' — moan with no case or request", lang="hi")

# ---------------------------------------------------------------- shuffle, keeping replies after parents
rng = random.Random(29979)
keys = {}
for it in ITEMS:
    k = rng.random()
    if it["reply_to_id"]:
        k = max(k, keys[it["reply_to_id"]] + 1e-6)
    keys[it["platform_id"]] = k
ordered = sorted(ITEMS, key=lambda i: keys[i["platform_id"]])
# stabilise: ensure every reply appears after its parent
pos = {}
out = []
pending = list(ordered)
while pending:
    for i, it in enumerate(pending):
        if it["reply_to_id"] is None or it["reply_to_id"] in pos:
            pos[it["platform_id"]] = len(out); out.append(pending.pop(i)); break
# roots' reply counts cover replies here
for it in out:
    if it["thread_id"] == it["platform_id"]:
        n = sum(1 for x in out if x["thread_id"] == it["platform_id"] and x is not it)
        it["replies"] = max(it["replies"], n)
with open(os.path.join(HERE, "part-Q.jsonl"), "w", encoding="utf-8") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(out), "items written")
