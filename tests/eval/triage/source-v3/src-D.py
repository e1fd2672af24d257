#!/usr/bin/env python3
"""Writer D — hand-written evaluation mentions (set v3), angle: estates and streets of Harlesden,
Stonebridge, Church End and Neasden. Texts and labels are written by hand below; this script only
assigns ids, shuffles (keeping replies after their parents) and serialises to part-D.jsonl."""
import json, random, os

PREFIX = "19747"
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(19747)
ITEMS = []


def A(key, plat, handle, name, fol, ver, when, route, dept, reason, text, lang="en", foi=False, fv=None,
      esc=None, reply=None, root=None, rp=0, lk=0, rt=0):
    ITEMS.append(dict(key=key, plat=plat, handle=handle, name=name, fol=fol, ver=ver, when=when, route=route,
                      dept=dept, reason=reason, text=text, lang=lang, foi=foi, fv=fv, esc=esc, reply=reply,
                      root=root, rp=rp, lk=lk, rt=rt))


# ---------------------------------------------------------------- route 5: escalate
A("gas", "x", "@zayyy_nw10", "zay", 212, False, "2026-02-14T19:52:11Z", 5, "Housing",
  "Smell of gas and hissing from a meter cupboard in a Church End block, said jokily by a teenager: risk to life whatever the follower count; urgent call-back and the gas emergency line.",
  "whole landing on the 3rd floor smells like gas since about 6 and the lady next door says she can hear hissing from the meter cupboard 😭 someone said ring the council lol is that even a thing @Brent_Council church end btw",
  esc="risk_to_life_gas", lk=3)
A("co_pl", "facebook", "@katarzyna.wisniewska.714", "Katarzyna Wiśniewska", None, False, "2026-01-08T07:12:40Z", 5, "Housing",
  "Polish: 'CO alarm beeping since morning in our council flat in Neasden, the children have headaches and feel sick, repairs line not answering, what do I do?' Carbon monoxide symptoms = risk to life.",
  "Od rana piszczy czujnik czadu w naszym mieszkaniu komunalnym w Neasden. Dzieci mówią, że boli je głowa i jest im niedobrze. Dzwoniłam na numer do napraw, ale nikt nie odbiera. Co mam robić?? Brent Council",
  lang="pl", esc="risk_to_life_carbon_monoxide", rp=2, lk=4)
A("flood", "x", "@dev_patel_84", "Dev Patel", 530, False, "2026-08-19T17:40:03Z", 5, "Emergency Planning",
  "Flash flooding with a driver still inside a stuck car and water still rising: 'risk to life', emergency; strictly a TfL road but the council's emergency planners must know now.",
  "@Brent_Council @TfL the underpass by the Neasden roundabout is FULL of water, a car's stuck in it with the driver still inside on the phone and it's still coming up out of the drains. Someone needs to shut the road at the Neasden Lane end NOW",
  esc="flood_risk_to_life", rp=4, lk=27, rt=15)
A("firedoor", "facebook", "@bernadette.forde.5", "Bernadette Forde", None, False, "2025-12-12T21:05:30Z", 5, "Housing",
  "After a fire in the block, a landing fire door still won't close and the corridor smoke alarm is failing, with a wheelchair user nearby: fire safety is controversial and dangerous, escalate.",
  "Not being funny but after last week's fire on the 2nd floor at Crawford House, the fire door on our landing STILL doesn't shut. It's been wedged open with the extinguisher box since the firemen left. The smoke alarm in the corridor just chirps every 40 seconds. There's a lady in a wheelchair two doors down from me. Who do I even tell? Brent Council Housing",
  esc="fire_safety", rp=5, lk=18)
A("balcony", "x", "@ade_churchend", "Ade", 143, False, "2026-03-03T08:15:44Z", 5, "Housing",
  "Concrete falling from a balcony onto where a child plays/parks, cracks reported months ago: structural danger, risk of injury, escalate.",
  "Another lump of concrete came off the balcony above ours this morning. Landed exactly where my son leaves his scooter. We reported the cracks in the summer. Does somebody have to get hurt first? @Brent_Council #ChurchEnd",
  esc="structural_danger", rp=2, lk=11, rt=4)
A("kids_alone", "facebook", "@marcia.b.nw10", "Marcia Beckford", None, False, "2026-06-27T23:48:02Z", 5, None,
  "Young children apparently left alone for days, a small child on a balcony at night, door on the latch: child safeguarding in plain words, whatever the reach; children's social care is not in the department list.",
  "I don't want to get anyone in trouble but the two little ones in the flat above me have been on their own since Thursday as far as I can tell. The youngest can't be more than 4. She was out on the balcony in just a vest at 11 tonight crying for her mum and their door is on the latch. I've given them some toast. Who do you ring at the council at this time of night?",
  esc="safeguarding_child", rp=3, lk=2)
A("cuckoo", "facebook", "@sharon.ellis.harlesden", "Sharon Ellis", None, False, "2026-05-21T13:30:19Z", 5, None,
  "A man with learning difficulties whose flat has been taken over by 'mates', money gone, family kept out: exploitation of a vulnerable adult (cuckooing) described indirectly; safeguarding, escalate.",
  "My brother has learning difficulties and a council flat just off Harlesden High Street. Since about March there's been lads staying there that he calls his 'mates'. Now his phone is always off, his money's gone by the 3rd of the month and last time I went round they wouldn't let me past the door. He says it's fine. It is not fine. Who at Brent do I speak to about this without making it worse for him?",
  esc="safeguarding_adult", rp=1, lk=6)
A("rough", "x", "@mo_cutz_harlesden", "Mo's Cutz", 890, False, "2026-01-23T06:20:37Z", 5, "Housing",
  "Rough sleeper in sub-zero temperatures barely responsive: 'rough sleepers at risk' - risk to life; homelessness outreach sits with Housing; also tell the author to ring 999.",
  "-3 this morning and the same fella who's been in the doorway of the old bank on Harlesden High St hasn't moved since I came to open the shop. Put a coffee next to him, he's breathing but not really talking. @Brent_Council is there an outreach team or do I ring 999",
  esc="rough_sleeper_at_risk", rp=3, lk=22, rt=6)
A("selfharm", "x", "@tiredmumof3nw10", None, 61, False, "2026-10-02T02:14:55Z", 5, "Housing",
  "Eviction, mould and benefit loss, then 'if they put us out I'm done, I've written the kids a letter each': a self-harm cue at 2am; escalate immediately even though it reads as a housing case.",
  "third letter about the possession hearing today. been in this flat 11 years. mould in all 3 bedrooms and now rent arrears because they stopped my UC. honestly if they put us out I'm done, I've written the kids a letter each just in case. @Brent_Council",
  esc="self_harm_risk", lk=1)
A("inquest", "rss", "@brentlocalnews", "Brent Local News", None, False, "2026-04-15T10:00:00Z", 5, "Housing",
  "News report of an inquest into a pensioner who lay dead for weeks after a requested welfare visit never happened: a death, coroner's criticism, high reputational risk; communications must lead.",
  "Inquest hears pensioner lay undiscovered in Stonebridge flat for nearly three weeks\n\nA coroner has asked Brent Council to explain why a welfare check requested by a neighbour in January was never carried out. Harold Mensah, 81, was found in his council flat off Brentfield Road on 9 February. The hearing was told his neighbour had phoned the council twice and that a housing officer's visit was 'logged but not allocated'. The coroner said she would consider issuing a prevention of future deaths report. The inquest continues.",
  esc="death", rp=0, lk=0)
A("breach", "x", "@priya_k_nw10", "Priya K", 402, False, "2026-07-09T12:44:21Z", 5, "Housing",
  "Another tenant's rent-arrears statement with name, DOB and bank digits sent to the wrong person: a personal data breach, escalate (and ask the author not to share it).",
  "Opened a letter from Brent Housing today. Envelope has my name on it. Inside: someone else's rent arrears statement. Their full name, their flat on Brentfield Road, date of birth, how much they owe, last 4 digits of their bank card. Pretty sure that person wouldn't want me having this?? @Brent_Council what do I do with it",
  esc="data_breach", rp=2, lk=9, rt=2)
A("discrim", "facebook", "@yasmin.abdi.31", "Yasmin Abdi", None, False, "2026-02-24T16:10:08Z", 5, "Housing",
  "Alleged racist remark by a housing desk officer to an older applicant in front of a queue, time and desk noted: discrimination by staff, escalate.",
  "Took my mum to the Civic Centre about her housing application today. When she tried to explain in her English the officer at the desk sighed and said loud enough for the whole queue to hear 'if you people want housing learn the language first'. My mum has worked and paid tax in this country for 22 years. I have the time and the desk number. Brent Council this is not okay.",
  esc="discrimination_by_staff", rp=14, lk=96, rt=31)
A("threat", "x", "@dreadz_nw10", None, 37, False, "2026-09-14T22:31:50Z", 5, "Parking",
  "Veiled threat against a named-by-location civil enforcement officer ('I know his face... don't be on that road tomorrow'): threat to staff, escalate whatever the reach.",
  "that warden on Craven Park Rd who done my car 3 times this month. i know his face now. tell him dont be on that road tomorrow @Brent_Council",
  esc="threat_to_staff", lk=4)
A("legal", "facebook", "@trevor.osei.7", "Trevor Osei", None, False, "2026-03-19T10:05:12Z", 5, "Housing",
  "Tenant announces a solicitor's letter of claim for disrepair after 9 reports: a legal threat; escalate so housing and legal handle it together (ambiguous with 2: the repair itself is an own case).",
  "For the record, since nobody at Brent Housing Management answers emails: I have reported the leak from the flat above into my bathroom ceiling 9 times since January 2025. The ceiling has now partly come down. Today I've instructed a solicitor and a letter of claim under the housing conditions protocol is on its way to you. I would much rather you had just fixed it.",
  esc="legal_threat", rp=7, lk=35)
A("tipper", "x", "@kwame_snaps", "Kwame A.", 1210, False, "2026-05-02T07:55:30Z", 5, "Environment",
  "Video alleging a van in council-contractor livery fly-tipping on the Church End estate: alleged misconduct by a contractor, controversial, escalate.",
  "Filmed this at 7am: a van in Brent contractor colours tipping rubble and old kitchen units behind the garages on the Church End estate. Same spot residents have been begging to get cleared. Plate's clear in the video. @Brent_Council who's paying who here?",
  esc="misconduct", rp=19, lk=240, rt=88)
A("journo", "x", "@lucy_reports", "Lucy Adeyemi", 640, False, "2026-03-10T11:20:05Z", 5, "Communications",
  "A reporter naming her outlet asks the press office for comment on the Stonebridge lift outages: a polite media enquiry with a small following is still 'liaise with the communication officer'.",
  "Hi @Brent_Council - I'm a reporter at the Brent & Kilburn Times. Several residents at Stonebridge have been in touch about lifts being out of action for weeks. Could someone from the press office call or email me today? Happy to include a response. DMs open.",
  esc="media_enquiry", rp=1, lk=5)
A("journo_foi", "x", "@samhollandnews", "Sam Holland", 2900, False, "2026-06-03T09:03:41Z", 5, "Communications",
  "FOI from a named journalist (valid: real name in profile) for damp and mould complaint figures: per domain §8 a journalist's request is 5; log the FOI too.",
  "@Brent_Council Under the Freedom of Information Act please provide: the number of damp and mould complaints from council tenants in NW10 postcodes for each year 2023-2025, and how many were still open after six months. Writing for MyLondon. Please reply to the email in my bio.",
  foi=True, fv=True, esc="media_enquiry", rp=1, lk=12, rt=3)
A("mp", "x", "@RuthMaddenMP", "Ruth Madden MP", 38400, True, "2026-11-05T15:40:00Z", 5, "Housing",
  "An MP publicly writing to the chief executive about families without heating in temporary accommodation: MP on a council matter, escalate to comms and leading members.",
  "Constituents in temporary accommodation in Neasden tell me they've been without heating for a fortnight with babies in the room. I have written to @Brent_Council's chief executive today asking for an urgent inspection and a date by which it will be fixed.",
  esc="mp", rp=41, lk=520, rt=130)
A("candidate", "x", "@Jide4Stonebridge", "Jide Afolabi", 1100, False, "2026-04-18T18:00:22Z", 5, "Housing",
  "A local election candidate campaigning on council housing in the pre-election period: candidate on a council matter, escalate; the council must not take a political standpoint in reply.",
  "Out on the doorstep in Stonebridge all week. Every third door: damp, mould, repairs that never come. This council has given up on our estate. On 7 May you can change that. 🗳️ #Stonebridge #BrentElections @Brent_Council",
  esc="candidate", rp=6, lk=48, rt=17)
A("viral", "x", "@LondonHsgWatch", "London Housing Watch", 410000, True, "2026-09-02T19:30:09Z", 5, "Housing",
  "Very large account posting images of mushrooms in a baby's bedroom in a Harlesden council flat, 21k likes: highly influential and going viral against a service, escalate.",
  "This is a council flat in Harlesden, 2026. Mushrooms growing out of the wall in a baby's bedroom. Mum says she's reported it 14 times. @Brent_Council what's your excuse? 🧵",
  esc="viral_influential", root="viral", rp=380, lk=21000, rt=6400)
A("viral_r1", "x", "@kayy_m_", "kay", 80, False, "2026-09-02T20:05:44Z", 1, "Housing",
  "Low-reach reply expressing disgust under a post that is already escalated; the 'my cousin's place' aside gives no case to act on: monitor (reshare of something already escalated).",
  "🤢🤢 this is actually vile. my cousin's place in stonebridge is the same. shame on brent",
  reply="viral", root="viral", lk=3)
A("viral_cllr", "x", "@CllrNadineOkoro", "Cllr Nadine Okoro", 2300, False, "2026-09-02T21:12:30Z", 5, "Housing",
  "A ward councillor publicly commits to raising the viral case with the Director of Housing: councillor on a council matter in a viral thread, escalate (leading members / comms).",
  "@LondonHsgWatch I'm a councillor for Harlesden & Kensal Green. I've raised this with the Director of Housing tonight and asked for an inspection tomorrow. If the family want to DM me, please do.",
  esc="councillor", reply="viral", root="viral", rp=9, lk=310, rt=40)
A("crowd", "x", "@neasden_dad", None, 88, False, "2026-11-08T20:47:13Z", 5, "Emergency Planning",
  "Crowd pressure on Neasden station stairs after the temple fireworks, a child nearly falling: crowd safety / risk to life, escalate to emergency planning now.",
  "Neasden station is rammed after the temple fireworks, people being pushed down the stairs onto the platform, a kid nearly went over. Barriers closed and the crowd still coming from Neasden Lane. Where are the stewards?? @Brent_Council @TfL",
  esc="crowd_safety", rp=3, lk=40, rt=22)
A("father_ar", "facebook", "@omar.haddad.bham", "Omar Haddad", None, False, "2025-12-18T20:10:27Z", 5, "Housing",
  "Arabic: 'My father, 78, was placed by the council in temporary accommodation in Neasden two weeks ago; the heating is broken and he hasn't answered his phone since yesterday; I'm in Birmingham, please someone check on him.' Vulnerable adult not heard from, no heating: escalate.",
  "والدي عمره ٧٨ سنة، وضعه المجلس في سكن مؤقت في نيسدن قبل أسبوعين. التدفئة معطلة ولا يرد على هاتفه منذ أمس. أنا في برمنغهام ولا أستطيع الوصول إليه. أرجوكم أحد يطمئن عليه Brent Council",
  lang="ar", esc="welfare_concern", rp=2, lk=7)
A("notseen", "facebook", "@pat.hennessy.39", "Pat Hennessy", None, False, "2026-01-30T15:22:48Z", 5, "Housing",
  "Older neighbour on a council estate not seen since Friday, curtains unmoved, post piling up: 'someone not seen for days', escalate for a welfare check.",
  "Bit worried. Mrs Dlamini at number 9 on our landing (St Raphael's) always puts her bin out on a Tuesday and waves at me from the window. Haven't seen her since last Friday, her curtains haven't moved and there's 4 days of free papers wedged in the door. Her son's in Leicester I think. Does the council have anybody who can go and knock, with a key if need be?",
  esc="welfare_concern", rp=6, lk=12)

# ---------------------------------------------------------------- thread: Alington Court lifts (Facebook group)
A("lift0", "facebook", "@gloria.mensahb", "Gloria Mensah-Boateng", None, False, "2026-03-04T09:12:00Z", 4, "Housing",
  "Opens a residents' discussion about one block's lifts failing repeatedly, several households joining: 'a more specific ongoing conversation' for Housing officers to join (ambiguous with 2: her own pram/knee).",
  "Both lifts at Alington Court out AGAIN. Third time since Christmas. Engineer came Friday, worked half a day, dead again by Saturday night. Anyone on the top floors had any word from Brent Housing? I'm on 9 with a pram and a bad knee and I'm not doing this for another month. Tagging Brent Council in case anyone's actually reading.",
  root="lift0", rp=11, lk=34, rt=3)
A("lift1", "facebook", "@dwayne.p.stonebridge", "Dwayne P", None, False, "2026-03-04T10:02:31Z", 4, "Housing",
  "Inside the lift thread this adds another block to the same outage discussion: part of the ongoing service conversation (the same words standalone are only a monitor).",
  "Same thing on our block, nobody's been out",
  reply="lift0", root="lift0", lk=6)
A("lift2", "facebook", "@michelle.a.roberts", "Michelle Roberts", None, False, "2026-03-04T12:15:09Z", 5, "Housing",
  "Within the lift thread: an older man on oxygen on the 11th floor trapped indoors since Tuesday and oxygen cylinders can't be delivered - a vulnerable adult at risk, escalate out of the conversation.",
  "My dad's at no. 74 on the 11th floor. He's on oxygen and can't do stairs at all. He hasn't been out since Tuesday and the man who delivers his oxygen couldn't get the cylinders up yesterday. Can somebody at Brent please treat this as urgent",
  esc="vulnerable_adult_at_risk", reply="lift0", root="lift0", rp=2, lk=21)
A("lift3_fa", "facebook", "@reza.tehrani.ldn", "Reza Tehrani", None, False, "2026-03-04T13:40:52Z", 4, "Housing",
  "Farsi: 'Our building's lift has also been broken since last week. My mother is 70 and lives on the 7th floor, I carry her shopping up the stairs every day. Has anyone from the council replied?' Joins the ongoing lift conversation (ambiguous with 5: older resident, but being helped).",
  "آسانسور ساختمان ما هم از هفته پیش خراب است. مادرم ۷۰ ساله است و در طبقه هفتم زندگی می‌کند، هر روز خریدهایش را از پله‌ها بالا می‌برم. کسی از شورا جواب داده؟",
  lang="fa", reply="lift0", root="lift0", lk=2)
A("lift4", "facebook", "@stonebridge.tra", "Stonebridge Tenants & Residents Association", None, False, "2026-03-04T18:30:17Z", 4, "Housing",
  "The residents' association is collecting flat numbers and asking the area housing manager for a plan: a live service conversation that Housing officers should join directly.",
  "Stonebridge TRA here. I've sent the list so far to the area housing manager and asked for (1) a date and (2) a plan for residents who can't manage the stairs. I'll post the answer here. Keep adding flat numbers and who needs help below 👇",
  reply="lift0", root="lift0", lk=29)

# ---------------------------------------------------------------- thread: recycling rounds (Facebook group)
A("bins0", "facebook", "@nikhil.shah.nw10", "Nikhil Shah", None, False, "2026-06-16T08:05:33Z", 4, "Environment",
  "Neighbours comparing missed recycling across several streets after a round change, asking waste services to come and explain: ongoing service conversation (ambiguous with 3: website vs letter shows different days).",
  "Recycling since the new rounds started on 1 June - has anyone at the Tubbs Rd / Wrottesley Rd / Springwell Ave end had theirs emptied? Blue bins overflowing all down the road, foxes into the food caddies. Brent Council can someone from waste services come on here and tell us the actual new day, because the letter said Tuesday and the website now says Monday.",
  root="bins0", rp=17, lk=42)
A("bins1", "facebook", "@lorraine.ka", "Lorraine Kelly-Ade", None, False, "2026-06-16T08:40:10Z", 4, "Environment",
  "A reply in the recycling thread: another household three weeks without collection, adding to the ongoing conversation (standalone the same words are a monitor).",
  "3 weeks now.",
  reply="bins0", root="bins0", lk=8)
A("bins2", "facebook", "@hamid.rahimi.77", "Hamid Rahimi", None, False, "2026-06-16T12:11:26Z", 4, "Environment",
  "Reply in the same thread: odd numbers emptied, evens not, app reports marked 'completed' - detail for the waste officers joining the conversation.",
  "Ours went yesterday but they only did the odd numbers. Evens still full. Reported it on the app twice and both times it says 'completed' 🙄",
  reply="bins0", root="bins0", lk=11)

# ---------------------------------------------------------------- thread: Church End CPZ consultation
A("cpz0", "facebook", "@roundwood.residents", "Roundwood Residents' Association", None, False, "2026-02-09T19:00:00Z", 4, "Parking",
  "Community group running a discussion on a live CPZ consultation and collecting questions for the parking team: the textbook 'ongoing conversation' for Parking officers to join.",
  "📣 Church End CPZ consultation closes Friday 13 March. A few of us went to the drop-in at the Church End community centre on Saturday (thank you to the two Brent parking officers who stayed late). The main worries we heard: permit costs for households with work vans, carers and visitors, and whether the hours will be 8-6.30 or match Harlesden. Please respond online AND post your questions here - we'll collect them and send them to the parking team in one go.",
  root="cpz0", rp=26, lk=37, rt=9)
A("cpz1", "facebook", "@sunil.varsani.shop", "Sunil Varsani", None, False, "2026-02-10T07:45:18Z", 4, "Parking",
  "Shop owner's objection inside the CPZ consultation thread, questioning whether comments are read: critical but part of the service conversation, not reputation-threatening.",
  "Shop owner on Church Road here. If my customers can't stop for 10 minutes nobody comes in. Half the parade will shut. Will Brent actually read these comments or is it a done deal?",
  reply="cpz0", root="cpz0", lk=15)

# ---------------------------------------------------------------- thread: Fawood Avenue fly-tipping hotspot (X)
A("fawood0", "x", "@FawoodResidents", "Fawood Ave Residents", 310, False, "2026-07-21T08:30:00Z", 4, "Environment",
  "Recurring fly-tipping hotspot, residents asking for a camera and a site walk with officers: 'a recurring hotspot' conversation for Environment to join.",
  "Week 6 of the mattress mountain behind the garages on Fawood Avenue. Reported every Monday. It gets cleared, and by Thursday there's more. We need a camera and a locked gate, not another clear-up. Who at @Brent_Council can come and walk it with us?",
  root="fawood0", rp=5, lk=23, rt=7)
A("fawood1", "x", "@stonebridge_lee", "Lee", 76, False, "2026-07-21T09:14:39Z", 4, "Environment",
  "Reply joining the hotspot conversation (rats in the neighbouring bin store, offers to meet officers): ongoing conversation.",
  "and now the rats are in the bin store next to it. kids play right there. 3 of us from the block will come if anyone from the council actually turns up",
  reply="fawood0", root="fawood0", lk=4)

# ---------------------------------------------------------------- planning application (Bluesky)
A("plan0", "bluesky", "@harlesdenhistory.bsky.social", "Harlesden History Blog", 1900, False, "2026-08-27T20:00:12Z", 4, "Planning",
  "A local blogger collating residents' questions on a live planning application for the case officer: ongoing conversation on one application for Planning to join.",
  "Application 26/2214 for 19 storeys next to Neasden station is live - comments close 18 Sept. The daylight study only looks at one side of Neasden Lane. Several of us are putting questions to the case officer; collating them in this thread so the planners can see them in one place. @brentcouncil.bsky.social",
  rp=12, lk=64, rt=21)
A("neasden_mtg", "x", "@NeasdenForum", "Neasden Community Forum", 540, False, "2026-10-14T16:30:45Z", 4, "Housing",
  "Follow-up to a residents' meeting with housing officers, recording promised actions and a next session: text shows the conversation is ongoing with the service.",
  "Thanks to the @Brent_Council housing officers who came to last night's residents' meeting at the Methodist church. As agreed: damp survey results for the Gresham Road blocks by the end of the month, and a follow-up session in November. We'll hold you to both 😊",
  rp=2, lk=19, rt=3)

# ---------------------------------------------------------------- route 2: customer services
A("damp", "x", "@amina_stonebridge", "Amina", 190, False, "2025-12-09T08:12:27Z", 2, "Housing",
  "Own repair case with a reference and address: mould back after a contractor's treatment; needs a housing officer to look up and act.",
  "@Brent_Council black mould back in my son's room 3 wks after your contractor 'treated' it. Repair ref 4471920, Flat 12 Marsh House, Brentfield Rd. can someone actually come and find where the water's getting in this time",
  rp=1, lk=3)
A("boiler", "facebook", "@deborah.clarke.906", "Deborah Clarke", None, False, "2026-01-05T07:30:05Z", 2, "Housing",
  "Council tenant's own boiler/hot-water repair, callback missed: customer services (ambiguous with 5 - winter and children, but heating partly works and the family has somewhere to wash).",
  "Day 4 with no hot water and the heating only works if I bang the boiler. Church End, council tenant. Kids are washing at my sister's in Willesden. Rang the repairs line Friday and was told someone would call back within 24 hours - nothing. Please can someone pick this up, my tenancy ref is on the file if you message me.",
  rp=2, lk=5)
A("bin_a", "x", "@geoff_larkin", "Geoff Larkin", 74, False, "2026-04-21T07:58:10Z", 2, "Environment",
  "Own missed collection with house number and report reference: customer services.",
  "@Brent_Council grey bin at 58 Wrottesley Road missed again this week. Reported online Monday, ref 10284433. Any chance?")
A("bin_b", "x", "@geoff_larkin", "Geoff Larkin", 74, False, "2026-04-24T08:03:55Z", 2, "Environment",
  "Exact repeat by the same author three days later: same own missed-collection case, same route.",
  "@Brent_Council grey bin at 58 Wrottesley Road missed again this week. Reported online Monday, ref 10284433. Any chance?",
  lk=1)
A("pcn", "x", "@kofi_deliveries", "Kofi", 320, False, "2026-05-13T14:22:38Z", 2, "Parking",
  "Own PCN with number, claims loading exemption with evidence: needs the parking team to review the case.",
  "@Brent_Council got PCN BT48812093 on Harlesden High St, I was literally unloading stock for the shop 4 doors down, 6 mins, got the receipts + dashcam. how do i get this looked at before it doubles",
  lk=2)
A("ctax_dd", "facebook", "@olu.bankole", "Olu Bankole", None, False, "2026-04-03T20:10:49Z", 2, "Finance",
  "Council tax direct debit taken twice, account number given: own account needs Finance to refund.",
  "Brent Council you have taken my council tax direct debit TWICE this month (1st and 2nd April), £187.40 each time. Account 30091553. That's my food shop money. I need one of them refunded please.",
  rp=1, lk=3)
A("carers", "x", "@carer_jan", "Jan", 55, False, "2026-09-23T11:05:16Z", 2, "Parking",
  "Carers' permit application with reference not processed, agency threatening to stop visits: own case for Parking (ambiguous with 5 if the mother's care actually stops).",
  "Mum's carers keep getting tickets outside her house in the Harlesden zone. Applied for the carers permit 6 weeks ago, app ref P-558102, nothing. The agency says they'll stop sending people. @Brent_Council",
  lk=6, rt=1)
A("pothole", "x", "@bikersarah", "Sarah M", 280, False, "2026-02-02T18:48:03Z", 2, "Highways",
  "Specific pothole location that damaged her wheel plus a claim question: Highways must inspect and she needs the claims route (ambiguous with 3 for the claim how-to).",
  "Hit a crater on Church Road NW10 outside the launderette near the Neasden Lane end. Front wheel buckled. It's been there since before Christmas. @Brent_Council how do I claim, and can someone fill it before a cyclist ends up under a bus",
  rp=1, lk=14, rt=2)
A("flytip_ig", "instagram", "@nw10.life", "NW10 Life", 1200, False, "2026-08-08T10:15:31Z", 2, "Environment",
  "Specific fly-tip at an address with photo, asking for collection: a report needing Environment to act.",
  "Sofa, 6 black bags and a fridge dumped outside 22-24 Manor Park Road since Wednesday. Fridge is leaking something brown onto the pavement. @brentcouncil please come and collect 📍 #Harlesden #flytipping",
  rp=4, lk=57)
A("band", "facebook", "@fatima.yusuf.1986", "Fatima Yusuf", None, False, "2026-03-26T12:00:44Z", 2, "Housing",
  "Own housing register case with reference, wants medical evidence considered for a band review: Housing.",
  "I have been on the housing register since 2019, band C, ref HR/219447. My son is 7 now and his asthma got worse because of the damp in the private room we rent. The GP wrote a letter. Who do I send it to so my band can be looked at again?",
  rp=3, lk=2)
A("noise", "x", "@nightshiftnurse_nw10", None, 112, False, "2026-05-30T03:40:27Z", 2, "Regulatory Services",
  "Recurring noise nuisance from a named flat, evidence recorded, asking for the out-of-hours service: own case for environmental health.",
  "4th weekend running, speaker music through the wall from flat 7 till 5am. I work nights at Central Middlesex and can't sleep in the day either. Recorded it on the noise app. @Brent_Council who's actually on tonight?",
  lk=5)
A("libfine", "mastodon", "@babs@mastodon.london", "Babs", 40, False, "2026-02-19T15:30:11Z", 2, "Libraries",
  "Books returned but charged on a library card (number given): library staff need to check records.",
  "@BrentCouncil returned 3 books to Harlesden library on the 2nd, your system says overdue and I've got a £4.50 charge on card 2900114. could someone check the returns box? 📚",
  lk=1)
A("school", "facebook", "@nadia.haddad.5", "Nadia Haddad", None, False, "2026-04-17T21:00:20Z", 2, "Education",
  "Own primary allocation, sibling apparently ignored, application reference given: admissions must check the record before the appeal deadline.",
  "We got offered a primary 2 miles away in Kensal Rise when we're 300m from Stonebridge Primary and my older one is already there (SIBLING!). Application ref BRE2026-04417. Is this a mistake? Who do I speak to before the appeal deadline?",
  rp=4, lk=6)
A("enforce", "facebook", "@kevin.doyle.nw10", "Kevin Doyle", None, False, "2026-06-09T18:20:02Z", 2, "Planning",
  "Report of an apparently unauthorised two-storey extension at a given address: planning enforcement case.",
  "Neighbour at 31 Crownhill Road has put up a two-storey extension at the back over the last month. No notice, no planning sign, blocks all the light in our kitchen. I checked the planning portal and there's nothing listed. Brent Council who do I report this to and will someone come out?",
  rp=5, lk=4)
A("paysite", "x", "@ramesh_v", "Ramesh", 66, False, "2026-07-28T13:00:58Z", 2, "Parking",
  "Own PCN payment taken three times while the site says failed: needs Parking/Finance to check payments (ambiguous with 3/Web for the site fault).",
  "@Brent_Council tried to pay PCN BT20177814 on your site 3 times, bank shows 3 pending payments of £65, site says 'transaction failed'. not paying £195 for one ticket. pls sort",
  lk=2)
A("ctr", "x", "@jojo_nw10", "Jo", 150, False, "2026-10-09T10:40:33Z", 2, "Finance",
  "Council tax reduction stopped after a change of circumstances, account number given: Finance to check the calculation.",
  "my council tax reduction just stopped after i told them i'd started 12hrs a week at Asda. new bill says £142 a month, which is more than i earn in a week. CTAX acc 30066210. @Brent_Council can someone look at the calculation",
  lk=3)
A("bulky", "x", "@wendy_neasden", "Wendy", 48, False, "2026-11-17T09:22:09Z", 2, "Environment",
  "Paid bulky waste booking (reference given) not collected: own case.",
  "Booked and paid bulky waste for Saturday, booking BW-77312. Wardrobe and mattress out on the pavement on Neasden Lane North since 7am Saturday. Still there Monday night. Now someone's added a telly to it. @Brent_Council",
  lk=2)
A("foi_helen", "x", "@HelenAkande", "Helen Akande", 860, False, "2026-01-14T10:30:00Z", 2, "Housing",
  "FOI request for recorded information (void homes on two estates); requester's real name is in the profile, so valid under the strategy's rule: customer services to log it.",
  "@Brent_Council Freedom of Information request: please provide the number of council-owned homes on the Stonebridge and Church End estates that were empty on 1 January 2026 and, for each, how long it had been empty. Happy to receive by email (in bio). Thanks, Helen Akande",
  foi=True, fv=True, lk=8, rt=2)
A("foi_marlon", "facebook", "@marlon.grant.nw10", "Marlon Grant", None, False, "2026-09-01T11:11:11Z", 2, "Environment",
  "Signed FOI request with name and postal address for correspondence: valid; log via customer services.",
  "FOI request to Brent Council. Please tell me: (1) how many fixed penalty notices for fly-tipping were issued in Harlesden & Kensal Green and Stonebridge wards in 2025, (2) how many were paid, (3) how many CCTV cameras were used for fly-tipping enforcement in those wards. Please reply in writing to: Marlon Grant, 17 Springwell Avenue, London NW10.",
  foi=True, fv=True, rp=1, lk=6)
A("foi_pt", "facebook", "@mariana.costa.harlesden", "Mariana Costa", None, False, "2026-05-06T19:25:37Z", 2, "Housing",
  "Portuguese FOI: 'How many damp and mould repair requests were logged for council homes in Harlesden and Stonebridge in 2025, and the average time to repair? Reply by email or to Mariana Costa, 41 Furness Road, London NW10.' Name and address given: valid FOI, log it.",
  "Pedido ao abrigo da Lei de Liberdade de Informação (FOI): quantos pedidos de reparação por humidade e bolor foram registados nas casas do council em Harlesden e Stonebridge em 2025, e qual foi o tempo médio até à reparação? Resposta por email ou por correio para: Mariana Costa, 41 Furness Road, London NW10. Obrigada.",
  lang="pt", foi=True, fv=True, lk=4)
A("ctax_gu", "facebook", "@hitesh.patel.neasden", "Hitesh Patel", None, False, "2026-07-02T17:45:14Z", 2, "Finance",
  "Gujarati: 'My mother lives alone now (Dad passed away last month). We applied for the single person discount, account 30047718, but the full bill still comes. Can anyone help? Neasden, Dudden Hill Lane.' Own council tax account: Finance.",
  "મારી બા હવે એકલાં રહે છે (પપ્પા ગયા મહિને ગુજરી ગયા). કાઉન્સિલ ટેક્સમાં single person discount માટે અરજી કરી હતી, એકાઉન્ટ નંબર 30047718, છતાં હજી આખું બિલ આવે છે. કોઈ મદદ કરશો? Neasden, Dudden Hill Lane. Brent Council",
  lang="gu", rp=1, lk=3)
A("window_ro", "facebook", "@andreea.popescu.ldn", "Andreea Popescu", None, False, "2025-12-16T09:00:41Z", 2, "Housing",
  "Romanian: 'I live in a council flat on Nicoll Road, Harlesden. The children's bedroom window has been broken for 3 weeks, reported twice (ref 7730291), cold and rain coming in, please send someone.' Own repair: Housing (ambiguous with 5 - children in a cold room in December).",
  "Bună ziua, locuiesc în Harlesden pe Nicoll Road, într-un apartament al consiliului. Geamul din dormitorul copiilor este spart de 3 săptămâni, am raportat de două ori (ref. 7730291), intră frigul și ploaia. Vă rog să trimiteți pe cineva. Brent Council",
  lang="ro", lk=2)
A("caddy_caps", "x", "@BigMikeNW10", "Big Mike", 205, False, "2026-03-24T08:20:36Z", 2, "Environment",
  "Angry all-caps abuse, but with substance: a repeatedly missed food caddy at a given address - the own case decides the route.",
  "BRENT COUNCIL YOU ARE A JOKE. 3RD TIME MY FOOD CADDY NOT EMPTIED 14 KNATCHBULL ROAD. MAGGOTS. I PAY £2K A YEAR FOR THIS??? SORT IT",
  lk=9, rt=1)
A("rats", "facebook", "@shirley.forbes.nw10", "Shirley Forbes", None, False, "2026-10-27T11:30:25Z", 2, "Housing",
  "Older tenant (grandson typing) with rats in her kitchen, reported by phone two weeks ago, reference given: own pest/repair case for Housing (ambiguous with 5 given age, but no immediate danger).",
  "Good morning Brent Council. I am 79 and live in a ground floor flat on Brentfield Road. There are rats coming in under the kitchen sink, I hear them at night and they have eaten through a bag of rice. I reported it on the telephone 2 weeks ago but no one has come. My grandson is writing this for me. Reference 5510032.",
  rp=3, lk=11)
A("hr_app", "linkedin", "urn:li:person:chidi-nwosu-19747", "Chidi Nwosu", 640, False, "2026-08-13T12:00:07Z", 2, "HR",
  "Job applicant with a vacancy reference whose interview was cancelled and follow-ups unanswered: own case for HR/recruitment.",
  "Applied for the Tenancy Management Officer role at Brent Council (ref BC-H-2217) in June, had my interview confirmed for 14 July, then an email cancelling it 'for now' and nothing since. Five follow-ups unanswered. Could someone in the recruitment team let me know where things stand? #BrentCouncil #LocalGov",
  rp=2, lk=18)

# ---------------------------------------------------------------- route 3: web team responds
A("gwaste", "x", "@gardener_grace", "Grace", 90, False, "2025-12-29T10:10:03Z", 3, "Environment",
  "General 'when' question on garden waste/Christmas tree collections that the website answers: web team signposts.",
  "@Brent_Council when does the garden waste collection start again after christmas? got a tree to get rid of 🎄")
A("bulkycharge", "facebook", "@tony.reid.42", "Tony Reid", None, False, "2026-01-20T19:30:17Z", 3, "Environment",
  "'Is it true' confusion about bulky waste charges: simple confusion, web team responds with the published prices.",
  "Is it true Brent are charging for bulky waste collection now? My neighbour says it used to be free for pensioners.",
  rp=2, lk=1)
A("cpz404", "x", "@harlesden_jo", "Jo H", 130, False, "2026-03-31T08:50:12Z", 3, "Web",
  "A broken link on the council's website (permit application page not found): a website fault for the web team.",
  "@Brent_Council the 'apply for a resident permit' link on the Harlesden CPZ page just goes to 'page not found'. been trying since last week",
  lk=2)
A("easter", "x", "@readingwithremi", "Remi", 210, False, "2026-04-04T12:00:30Z", 3, "Libraries",
  "Opening-hours question (Easter Monday) answered by published information: web team.",
  "is Harlesden library open on easter monday? want to bring the kids for the holiday activities @Brent_Council")
A("foi_watch", "x", "@StonebridgeWatch", "Stonebridge Watch", 450, False, "2026-02-26T16:05:44Z", 3, "Housing",
  "A genuine FOI request for recorded spend, but from a pseudonymous account with no real name or address: invalid under the strategy; web team explains how to make a valid request.",
  "@Brent_Council FOI: how much has the council paid private security firms to guard empty blocks on the Stonebridge estate since 2023? Broken down by year please. Answer publicly.",
  foi=True, fv=False, rp=1, lk=15, rt=5)
A("foi_ur", "x", "@nw10_voice", None, 95, False, "2026-06-22T21:15:09Z", 3, "Housing",
  "Urdu: 'Please tell how many homes in Harlesden were emptied because of damp and mould in 2025; this is a freedom of information (FOI) request.' No real name or address: invalid FOI, web team explains how to make it valid.",
  "@Brent_Council براہ کرم بتائیں کہ 2025 میں ہارلسڈن میں کتنے گھر نمی اور پھپھوندی (damp اور mould) کی وجہ سے خالی کرائے گئے؟ یہ معلومات کی آزادی (FOI) کی درخواست ہے۔",
  lang="ur", foi=True, fv=False, lk=2)
A("foi_jk", "x", "@StRaphsMum", "J.K.", 33, False, "2026-10-06T09:45:52Z", 3, "Housing",
  "FOI for ASB report figures signed only with initials: initials are not a real name, so invalid; web team responds on how to make a valid request.",
  "FOI pls: number of anti-social behaviour reports made to the council about the St Raphael's estate in 2025, and how many led to any action. - J.K. @Brent_Council",
  foi=True, fv=False, lk=1)
A("kensal", "x", "@cyclingcarlos", "Carlos", 300, False, "2026-05-17T13:20:18Z", 3, None,
  "The canal path by Kensal Green Cemetery is not Brent's (Canal & River Trust / neighbouring borough): mention meant for another body, web team redirects.",
  "@Brent_Council who do I talk to about the canal path by Kensal Green cemetery? totally overgrown, can't get a buggy through")
A("logout", "mastodon", "@ferdi@mstdn.social", "Ferdi", 120, False, "2026-01-27T22:10:40Z", 3, "Web",
  "Council tax online account logs users out on 'view bill' in two browsers: a website fault for the web team.",
  "Is it just me or does the Brent council tax online account log you out every time you click 'view bill'? Tried Firefox and Chrome. @BrentCouncil",
  rp=1, lk=3)
A("hillside", "x", "@kemi_hillside", "Kemi", 70, False, "2026-03-05T19:00:27Z", 3, "Housing",
  "Confusion over who repairs lifts in a housing-association block: signpost to the landlord (ambiguous with 4 - the Stonebridge lift conversation the same week).",
  "does the council fix lifts in the housing association blocks or is that Hillside? ours has been off 3 days and nobody knows who to ring @Brent_Council",
  lk=1)
A("warm", "facebook", "@leroy.campbell.nw10", "Leroy Campbell", None, False, "2025-12-03T14:30:21Z", 3, "Libraries",
  "General question about warm spaces near Neasden for an older relative: published information answers it (ambiguous with 5 only if the nan were at risk, which the post does not suggest).",
  "Are there any warm spaces around Neasden this winter? My nan's on her own in the day and won't put the heating on till the evening. Somewhere with a cuppa and a bit of company would be ideal",
  rp=3, lk=4)
A("masterplan", "bluesky", "@roundwoodmum.bsky.social", "roundwood mum", 240, False, "2026-02-11T21:00:55Z", 3, "Planning",
  "'Where do I find' the regeneration plans: simple signposting to the consultation page.",
  "where do I actually find the Church End regeneration plans? the consultation leaflet just says 'visit the website' 🙃 @brentcouncil.bsky.social",
  lk=4)
A("ctax_es", "facebook", "@lucia.ramirez.nw10", "Lucía Ramírez", None, False, "2026-09-09T20:20:03Z", 3, "Finance",
  "Spanish: 'Does anyone know if Brent council helps pay council tax if you work few hours? Where do you apply?' General question answered by the council tax support page: web team.",
  "Hola, ¿alguien sabe si el ayuntamiento de Brent ayuda a pagar el council tax si trabajas pocas horas? ¿Dónde se pide? Gracias",
  lang="es", rp=2)
A("school_ta", "facebook", "@saranya.kumar.wembley", "Saranya Kumar", None, False, "2026-09-15T19:00:48Z", 3, "Education",
  "Tamil: 'Hello, when is the closing date to apply for secondary school for my son? I couldn't find it on the Brent website.' General admissions question: signpost.",
  "வணக்கம், என் மகனுக்கு secondary school விண்ணப்பிக்க கடைசி தேதி எப்போது? Brent website-ல் தேடியும் கிடைக்கவில்லை 🙏",
  lang="ta", rp=1, lk=1)
A("housing_bn", "facebook", "@rahima.begum.harlesden", "Rahima Begum", None, False, "2026-07-14T11:40:16Z", 3, "Housing",
  "Bengali: 'How do you apply for council housing in Brent? We rent in Harlesden and the landlord has given notice.' Signpost to housing options / homelessness prevention (ambiguous with 2: a family facing eviction may need an officer).",
  "আসসালামু আলাইকুম। ব্রেন্টে কাউন্সিলের বাসার জন্য কীভাবে আবেদন করতে হয়? আমরা হারলেসডেনে ভাড়া থাকি, বাড়িওয়ালা নোটিশ দিয়েছে।",
  lang="bn", rp=2, lk=1)
A("agency", "bluesky", "@curiousbrent.bsky.social", "curious brent", 180, False, "2026-05-26T12:30:39Z", 3, "Finance",
  "Asks whether spending data is published or needs an FOI: not itself an FOI request; signpost to published spend data.",
  "genuine q - does Brent publish what it spends on agency staff anywhere or do I have to FOI it?",
  lk=2)
A("pavement", "instagram", "@caribbeanbites_harlesden", "Caribbean Bites", 2300, False, "2026-04-28T10:00:14Z", 3, "Regulatory Services",
  "Business asking whether tables outside need a pavement licence and how long it takes: general licensing question, signpost.",
  "Summer's coming ☀️ we want to put 4 tables outside on Harlesden High St - do we need a licence from @brentcouncil and how long does it take? Anyone done it? 🍛",
  rp=6, lk=88)
A("libhours", "mastodon", "@shelf_life@mastodon.social", "shelf life", 60, False, "2026-06-30T08:30:22Z", 3, "Libraries",
  "Asks where to respond to a library hours consultation: signposting (ambiguous with 4 if a discussion builds).",
  "Saw a poster in Harlesden library about changes to opening hours - is there a consultation I can respond to, and where? Can't find it on the Brent site. #Brent #libraries",
  lk=3, rt=1)
A("offers", "x", "@mumofthree_nw10", None, 150, False, "2026-02-27T21:45:19Z", 3, "Education",
  "When do secondary offers come out and how are they sent: general admissions question on a well-understood issue.",
  "what time do secondary school offers come out on monday?? and do you get an email or do I have to log in @Brent_Council",
  lk=2)
A("sandbags", "youtube", "@ianhawthorne1958", "Ian Hawthorne", None, False, "2026-10-11T09:00:33Z", 3, "Emergency Planning",
  "Comment under the council's flood-preparation video asking whether sandbags are provided: general question answered by published flood guidance.",
  "We got flooded on Brentfield Road back in 2021. Does Brent still give out sandbags or do we have to buy our own? The video doesn't say.",
  lk=2)

# ---------------------------------------------------------------- route 1: monitor
A("crude", "x", "@OilDesk_Mark", "Mark Feld | Oil Desk", 14000, False, "2026-03-16T07:05:00Z", 1, None,
  "Brent crude oil prices: keyword noise.",
  "Brent crude pushes past $92 as Hormuz tensions flare; WTI follows. Tight week ahead for refiners. #oil #Brent",
  lk=60, rt=22)
A("brentx", "x", "@shopaholic_sia", "Sia", 900, False, "2025-12-20T16:40:41Z", 1, None,
  "Brent Cross shopping centre: keyword noise.",
  "Brent Cross on the last Saturday before Christmas was a mistake. 45 mins to get out of the car park 😩",
  lk=12)
A("bees", "x", "@BeesOllie", "Ollie", 2100, False, "2026-01-18T17:10:26Z", 1, None,
  "Brentford FC: keyword noise.",
  "BRENTFORD WIN 🐝🐝 two in the last ten minutes, scenes at the Gtech",
  lk=140, rt=12)
A("davidbrent", "bluesky", "@officequotes.bsky.social", "Office Quotes", 15000, False, "2026-06-11T12:00:00Z", 1, None,
  "David Brent (The Office): keyword noise from a large account, no council matter.",
  "\"Avoid employing unattractive people where possible.\" - David Brent, a man ahead of no time at all #TheOffice",
  lk=800, rt=110)
A("jessbrent", "instagram", "@jessandbrent_wed", "Jess & Brent", 700, False, "2026-07-25T15:30:49Z", 1, None,
  "A person called Brent: noise.",
  "Married my best friend today 💍 Brent, you cried more than me and I will never let you forget it #JessAndBrent",
  lk=210)
A("cleaners", "x", "@auntie_flo_nw10", "Auntie Flo", 310, False, "2026-05-09T11:00:52Z", 1, "Environment",
  "Praise for street cleansing, no request: monitor (could be shared with the service).",
  "Have to say it, the Brent street cleaning lads on Harlesden High St this morning were ON IT. Pavement outside the market spotless by 9. Thank you 👏🏾 @Brent_Council",
  lk=25, rt=3)
A("thanks_repair", "facebook", "@beverley.thomas.58", "Beverley Thomas", None, False, "2026-09-29T16:00:14Z", 1, "Housing",
  "Thanks for a repairs operative: praise, no action beyond passing on.",
  "Just want to say the repairs man who came to fix our front door on the Church End estate today was so lovely. Explained everything, cleaned up after himself and even had a chat with my dad. Credit where it's due Brent Council 🙏",
  rp=4, lk=33)
A("troll_a", "x", "@nw10_truthbomb", None, 41, False, "2026-08-03T23:10:05Z", 1, None,
  "Low-reach abuse with no substance: monitor.",
  "brent council = clowns 🤡🤡🤡 every single one of you @Brent_Council")
A("troll_b", "x", "@nw10_truthbomb", None, 41, False, "2026-08-03T23:12:37Z", 1, None,
  "Exact repeat of the same contentless abuse two minutes later: monitor, same label.",
  "brent council = clowns 🤡🤡🤡 every single one of you @Brent_Council")
A("spam", "x", "@CryptoKingz_777", "💰 Crypto King 💰", 12, False, "2026-02-06T04:20:17Z", 1, None,
  "Spam tagging the council among others: no action.",
  "🚀🚀 Made £4,750 this week from my phone with ZERO experience!! DM me 'START' @Brent_Council @BBCNews @Tesco 💰💰 #Bitcoin #passiveincome")
A("party", "facebook", "@brent.independents.network", "Brent Independents Network", None, False, "2026-03-28T10:00:09Z", 1, None,
  "Party-political campaigning by a small group with a jab at the council and no specific issue: monitor, do not engage politically (ambiguous with 5 in the pre-election period if it gained traction).",
  "Join us for a litter pick at the Roundwood Park gates this Saturday, 11am! Because if the council won't keep NW10 clean, residents will. Gloves and bags provided. Vote for change on 7 May ✊",
  rp=2, lk=14)
A("sarcasm", "bluesky", "@neasdennomad.bsky.social", "neasden nomad", 230, False, "2026-06-05T18:30:41Z", 1, "Highways",
  "Sarcastic moan about roadworks with no case or request: monitor.",
  "love how they resurfaced Neasden Lane in April and dug it up again last week. genius. truly a borough of culture 🙃",
  lk=19, rt=2)
A("binsagain", "x", "@bzzzz_k", None, 25, False, "2026-11-24T07:45:33Z", 1, "Environment",
  "Two-word moan with no address or reference: monitor (ambiguous with 2 - a reply asking for the address could turn it into a case).",
  "bins?? again 🙄 @Brent_Council")
A("harrow", "rss", "@harrowonline", "Harrow Online", None, False, "2026-04-09T09:00:00Z", 1, None,
  "Another council's matter (Harrow's pothole on Kenton Road): noise for Brent.",
  "Harrow Council finally fills Kenton Road pothole after eight months\n\nA pothole on Kenton Road that residents nicknamed 'the paddling pool' has finally been filled by Harrow Council, eight months after it was first reported. A Harrow spokesperson blamed a backlog caused by winter weather.")
A("rip_doreen", "facebook", "@marcia.lewis.harlesden", "Marcia Lewis", None, False, "2026-01-11T12:00:36Z", 1, "Libraries",
  "Sympathy on the death of a long-serving library worker: community sympathy, not a controversial death - monitor (comms may wish to note it).",
  "So sad to hear that Miss Doreen who worked at Harlesden library for years has passed away. She taught half of NW10 to love books. Rest easy 🕊️",
  rp=22, lk=160)
A("celeb", "x", "@KaydeeOfficial", "Kaydee", 240000, True, "2026-07-04T14:00:19Z", 1, None,
  "Very large account, affectionate shout-out with no council issue: 'large accounts saying things of no consequence' - monitor.",
  "Harlesden born, Harlesden raised ❤️ back on the high street today for the first time in a minute, Jubilee clock still standing 😂 big up NW10, big up Brent",
  rp=300, lk=18000, rt=1900)
A("samething_solo", "x", "@tunde_o", "Tunde", 58, False, "2026-11-12T19:20:08Z", 1, None,
  "Standalone, with no thread or block named, this gives nothing to act on: monitor (the same words inside the Alington Court lift thread are route 4).",
  "Same thing on our block, nobody's been out")
A("threeweeks_solo", "x", "@kel_rxn", None, 22, False, "2026-10-20T08:10:47Z", 1, None,
  "Standalone 'three weeks' with no subject, address or service: nothing to act on, monitor (the same words in the recycling thread are route 4).",
  "3 weeks now.")
A("diwali_hi", "instagram", "@priyanka.nw10", "Priyanka", 1500, False, "2026-11-09T10:00:27Z", 1, None,
  "Hindi: 'The Neasden temple's Diwali lights were amazing again this year, the whole family went.' Chatter: monitor.",
  "नीसडन मंदिर की दिवाली की रोशनी इस साल भी कमाल की थी ✨🪔 पूरा परिवार गया था #Neasden #Brent",
  lang="hi", lk=230)
A("youth_so", "facebook", "@hodan.warsame.3", "Hodan Warsame", None, False, "2026-08-20T18:00:45Z", 1, None,
  "Somali: 'Thank you Brent Council and the Stonebridge youth club, my son really loves the evening football programme.' Praise: monitor.",
  "Mahadsanid Brent Council iyo naadiga dhallinyarada ee Stonebridge, wiilkayga aad buu u jecel yahay barnaamijka kubadda cagta ee fiidkii 👏🏾",
  lang="so", lk=21)
A("recruiter", "linkedin", "urn:li:person:sarah-jenkins-talent-19747", "Sarah Jenkins", 4100, False, "2026-01-22T09:30:00Z", 1, "HR",
  "Recruiter promoting council vacancies: positive chatter, no action.",
  "Great to see Brent Council hiring 12 repairs surveyors this spring - if you're a building surveyor looking for public-sector work in north-west London, drop me a message. #LocalGov #Brent #Hiring",
  lk=44, rt=5)
A("yt_damp", "youtube", "@jaylen_nw10", "Jaylen", None, False, "2026-03-20T16:00:04Z", 1, "Housing",
  "Snarky comment under the council's regeneration video, general and with no case: monitor.",
  "nice drone shots at 1:12 shame about the damp in the old blocks you didn't knock down lol",
  lk=37)
A("signjibe", "x", "@sceptic_nw10", None, 140, False, "2026-10-29T13:10:50Z", 1, None,
  "Rhetorical jibe about the cost of a sign - looks like an information request but is not one: no FOI, monitor.",
  "how much did they pay for that 'Welcome to Harlesden' sign on Station Road then. bet it was 50 grand for a bit of metal lol",
  lk=7)
A("lunchclub", "facebook", "@stonebridge.seniors", "Stonebridge Seniors Lunch Club", None, False, "2026-02-16T10:30:58Z", 1, None,
  "Community group promoting its lunch club and thanking the council for a grant: community chatter, monitor (worth a share).",
  "Our Thursday lunch club is back at the Hillside Hub from this week 🍲 £3 for a hot meal, dominoes after. Transport for members who can't manage the walk - ring Pauline. Thank you to Brent Council's community grant for keeping us going another year!",
  rp=3, lk=47, rt=6)
A("clock", "rss", "@harlesdenlife", "Harlesden Life (blog)", None, False, "2026-07-30T07:00:00Z", 1, None,
  "Positive local blog item about the clock's repainting: no issue, monitor.",
  "Harlesden's Jubilee Clock gets a fresh coat of paint\n\nThe Victorian clock at the heart of Harlesden town centre has been repainted in green and gold this week. Traders on the High Street said it had 'cheered the whole street up'. The work is part of Brent Council's town centre improvements, which also include new planters outside the library.")
A("walk", "mastodon", "@northcirc@mastodon.london", "north circ", 300, False, "2026-09-19T11:00:30Z", 1, None,
  "Chatter about a walk through the borough: no issue.",
  "Walked the Capital Ring through Brent today - Welsh Harp round to Fryent Country Park. Genuinely lovely. Didn't expect that from the North Circular side of London. #Brent #walking",
  lk=26, rt=4)


# ---------------------------------------------------------------- serialise
def make_id(plat, n):
    r = rng.randrange(10**9, 10**10)
    if plat in ("x", "mastodon"):
        return f"{PREFIX}{r}{n:03d}"
    if plat == "facebook":
        return f"{PREFIX}{n:03d}_{r}"
    if plat == "bluesky":
        return f"at://did:plc:w3d{n:03d}/app.bsky.feed.post/{PREFIX}{r}"
    if plat == "instagram":
        return f"w3d_{PREFIX}_{r}"
    if plat == "youtube":
        return f"Ugw{PREFIX}{r}"
    if plat == "linkedin":
        return f"urn:li:activity:{PREFIX}{r}"
    if plat == "rss":
        return f"rss-w3d-{PREFIX}-{n:03d}"
    raise ValueError(plat)


ids = {}
for n, it in enumerate(ITEMS):
    ids[it["key"]] = make_id(it["plat"], n)
assert len(set(ids.values())) == len(ITEMS)

# shuffle, then defer any reply whose parent has not yet been emitted
order = ITEMS[:]
rng.shuffle(order)
out, done, pending = [], set(), []
for it in order:
    pending.append(it)
    progress = True
    while progress:
        progress = False
        for p in list(pending):
            if p["reply"] is None or p["reply"] in done:
                out.append(p); done.add(p["key"]); pending.remove(p); progress = True
assert not pending and len(out) == len(ITEMS)

with open(os.path.join(HERE, "part-D.jsonl"), "w", encoding="utf-8") as f:
    for it in out:
        rec = {
            "platform": it["plat"], "platform_id": ids[it["key"]], "author_handle": it["handle"],
            "author_name": it["name"], "author_followers": it["fol"], "author_verified": it["ver"],
            "text": it["text"], "created_at": it["when"],
            "reply_to_id": ids[it["reply"]] if it["reply"] else None,
            "thread_id": ids[it["root"]] if it["root"] else None,
            "replies": it["rp"], "likes": it["lk"], "reposts": it["rt"], "language": None,
            "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"],
                      "foi_valid": it["fv"] if it["foi"] else None, "escalate_reason": it["esc"],
                      "reason": it["reason"], "language": it["lang"]},
            "provenance": "written",
        }
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(out), "items written")
