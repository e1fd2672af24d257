#!/usr/bin/env python3
"""Writer S: 110 hand-written, hand-labelled mentions for eval set v8. Serialises to part-S.jsonl."""
import json, random, os

PREFIX = "40490"
HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = []
_n = [0]

def mkid(platform):
    _n[0] += 1
    k = _n[0]
    if platform in ("x", "mastodon"):
        return PREFIX + f"{(k * 7919 + 1048573) % 10**8:08d}"
    return {"facebook": f"fb_{PREFIX}_{k:04d}", "bluesky": f"3l{PREFIX}bsk{k:03d}", "instagram": f"ig{PREFIX}_{k:04d}",
            "youtube": f"Ugz{PREFIX}yt{k:03d}", "linkedin": f"urn:li:activity:{PREFIX}{k:06d}",
            "rss": f"rss-{PREFIX}-{k:04d}"}[platform]

KEYS = {}

def M(key, platform, handle, name, followers, verified, text, created, route, dept, reason, lang="en",
      foi=False, foi_valid=None, esc=None, reply_to=None, thread=None, replies=0, likes=0, reposts=0):
    pid = mkid(platform)
    KEYS[key] = pid
    ITEMS.append({
        "platform": platform, "platform_id": pid, "author_handle": handle, "author_name": name,
        "author_followers": followers, "author_verified": verified, "text": text, "created_at": created,
        "reply_to_id": KEYS[reply_to] if reply_to else None,
        "thread_id": KEYS[thread] if thread else None,
        "replies": replies, "likes": likes, "reposts": reposts, "language": None,
        "label": {"route": route, "department": dept, "foi": foi, "foi_valid": foi_valid if foi else None,
                  "escalate_reason": esc, "reason": reason, "language": lang},
        "provenance": "written"})
    if thread == key:  # root of its own thread
        ITEMS[-1]["thread_id"] = pid

# ======================= ROUTE 5: escalate =======================
M("e_flood", "x", "@jojo_kilburn", None, 143, False,
  "@Brent_Council water is literally pouring out of the light fitting in my kitchen, flat above has been leaking since last night, lights flickering and it smells like burning. Kilburn Square. who do i even call at 11pm",
  "2026-01-14T23:07:41Z", 5, "Housing",
  "Water through a live light fitting with a burning smell: risk to life (§8.1) outranks the own repair case; ambiguous with 2 only once made safe.",
  esc="risk_to_life", likes=3)
M("e_kids", "facebook", "@Shanice.Harlesden", "Shanice Morgan", 212, False,
  "Not sure if I'm overreacting. The little ones next door (maybe 4 and 6?) have been on their own since Friday I think, I keep hearing them through the wall and the older one knocked this morning asking for bread, said mummy went to work. No sign of anyone since. It's Sunday night now.\n\nDon't want to get anyone in trouble. We're off Craven Park Road. Who at Brent do I even talk to about something like this??",
  "2026-02-08T21:34:10Z", 5, None,
  "Two young children apparently alone for days: child at risk, escalate whatever the reach (§8.1); children's safeguarding is outside the 14 departments.",
  esc="safeguarding_child", replies=6, likes=11)
M("e_neighbour", "x", "@pat_dollishill", None, 57, False,
  "haven't seen mr okafor from no.12 since before christmas, his post is stacking up behind the door and his telly's been on day and night. he always waves from the window in the mornings. @Brent_Council is there someone who checks on people",
  "2025-12-30T10:12:55Z", 5, None,
  "Older neighbour not seen for about a week, post piling up: possible person at risk, escalate (§8.1); adult welfare is not one of the departments.",
  esc="welfare_concern", likes=2)
M("e_roughsleeper", "bluesky", "@mira-paints.bsky.social", "Mira", 388, False,
  "-3 tonight and the guy who sleeps under the North Circular bridge by Neasden is just lying there in a thin sleeping bag, didn't answer when I said hello. breathing I think. Brent council do you have an outreach number that actually works at night?",
  "2026-01-20T22:48:03Z", 5, "Housing",
  "Rough sleeper unresponsive in freezing weather: risk to life; escalate for outreach (§8.1), not a signposting question (3).",
  esc="rough_sleeper_at_risk", likes=9, reposts=2)
M("e_selfharm", "x", "@mumof3_nw10", None, 91, False,
  "got the section 21 today and the housing officer just said 'go to a hostel'. 3 kids. honestly i'm done, they'd all be better off without me dragging them down @Brent_Council",
  "2026-03-03T01:16:22Z", 5, "Housing",
  "'They'd all be better off without me' is a self-harm cue; escalate at once regardless of followers (§8.1); the homelessness case comes second.",
  esc="self_harm_cue", likes=1)
M("e_gas", "facebook", "@Dami.Stonebridge", "Damilola Ade", 340, False,
  "Whole stairwell at block B on the Stonebridge estate stinks of gas again. Told the caretaker Tuesday, he said it's the drains. It's NOT the drains. My son has asthma and we've got every window open in February. Anyone else on the lower floors smell it?",
  "2026-02-12T18:22:40Z", 5, "Housing",
  "Repeated gas smell in a communal stairwell, dismissed by staff: risk to life in a council block; ambiguous with 2 (repair) but danger comes first.",
  esc="gas_leak_risk", replies=4, likes=7)
M("e_balcony", "x", "@alperton_ade", None, 204, False,
  "is it normal for a balcony to do this 👀 crack right through the concrete and it's dropped like an inch since last week. 7th floor, kids play underneath. Brent Housing pls look before it lands on someone #Alperton",
  "2026-05-19T16:40:12Z", 5, "Housing",
  "Visibly failing balcony over a play area: structural danger, risk to life (§8.1).",
  esc="structural_danger", likes=22, reposts=6)
M("e_crowd", "x", "@sundaysofa", "Kwame", 611, False,
  "Wembley Park station absolutely rammed, barriers shut, people getting squashed against the railings on Olympic Way, a woman fainted near me. @Brent_Council @wembleystadium someone needs to open something NOW",
  "2026-06-13T21:52:31Z", 5, "Emergency Planning",
  "Live crowd crush on an event day with someone collapsed: emergency, risk to life.",
  esc="crowd_safety", likes=48, reposts=31)
M("e_breach", "facebook", "@Gail.Sudbury", "Gail Thompson", 180, False,
  "So I've just opened a letter from Brent council tax. MY name on the envelope but inside is someone else's bill — full name, address in Sudbury, what they owe, last 4 digits of their bank account. If mine has gone to them I'm going to lose it. How does this even happen???",
  "2026-04-09T12:05:18Z", 5, "Finance",
  "Another resident's council tax and bank details sent to the wrong person: data breach, controversial (§8.1).",
  esc="data_breach", replies=9, likes=15, reposts=3)
M("e_discrim", "x", "@zaynab_rh", None, 402, False,
  "went to the civic centre about my housing application and the man at the desk asked my sister if she 'even speaks English under that thing' in front of everyone. she was born in Park Royal. we want his name @Brent_Council",
  "2026-07-02T14:31:09Z", 5, "Housing",
  "Alleged discriminatory remark by front-desk staff: discrimination by staff, escalate (§8.1).",
  esc="discrimination_by_staff", likes=76, reposts=29)
M("e_threat", "x", "@chaplinrd_mo", None, 38, False,
  "the wardens on Chaplin Road keep ticketing me outside my own house. next one I see with his little machine is going to need an ambulance, I'm serious",
  "2026-08-21T08:03:47Z", 5, "Parking",
  "Explicit threat of violence against enforcement staff; escalate whatever the reach, even though it starts as a PCN grievance.",
  esc="threat_to_staff", likes=4)
M("e_legal", "facebook", "@Rosie.KilburnPark", "Rosie Flanagan", 265, False,
  "Update on our mould saga: my solicitor has now sent Brent a letter of claim under the disrepair protocol. 14 months, three 'inspections', zero work done.\n\nIf you're on the Kilburn Park side and have the same problem, message me, a few of us are doing this together now.",
  "2026-05-04T19:47:26Z", 5, "Housing",
  "Formal legal claim against the council plus tenants organising: legal threat, reputational; ambiguous with 4 (ongoing conversation) but legal action takes it to 5.",
  esc="legal_threat", replies=14, likes=33)
M("e_misconduct", "x", "@not_a_planner_", None, 119, False,
  "funny how the enforcement officer who came round about my neighbour's illegal extension was seen having dinner with him at the turkish place the next week and now the case is 'closed'. Brent planning, cheers",
  "2026-09-15T20:11:05Z", 5, "Planning",
  "Sarcastic, low-reach, but alleges an officer's improper relationship affecting enforcement: alleged misconduct, escalate.",
  esc="misconduct_allegation", likes=6)
M("e_journo", "x", "@priyadesai_news", "Priya Desai", 640, False,
  "Hi @Brent_Council, I'm a reporter at the Brent & Kilburn Times writing about the temporary accommodation block on Harrow Road. Could your press office let me know who I should speak to? Thanks",
  "2026-03-17T09:26:44Z", 5, "Communications",
  "Polite, neutral, small account, but a named local reporter on a council matter: media enquiry goes to communications (§8.1).",
  esc="media_enquiry")
M("e_journo_foi", "x", "@tomhaskins_HO", "Tom Haskins", 1830, False,
  "@Brent_Council FOI request please: how many households were placed in B&B accommodation for more than six weeks in each month of 2025? Please reply to the newsdesk email in my bio. Tom Haskins, Harrow Online",
  "2026-01-27T11:02:13Z", 5, "Housing",
  "Valid FOI (real name in profile and post, email for correspondence) but from a journalist: 'a journalist's request is 5'.",
  foi=True, foi_valid=True, esc="media_foi", likes=3)
M("e_mp", "x", "@RachelOseiMP", "Rachel Osei MP", 38400, True,
  "I've been contacted by dozens of constituents in Brent living in temporary accommodation with damp and no heating this winter. I've written to @Brent_Council's chief executive today and expect answers.",
  "2026-01-09T13:15:00Z", 5, "Housing",
  "An MP publicly criticising the council's temporary accommodation: highly influential author on a council matter.",
  esc="mp", replies=57, likes=410, reposts=122)
M("e_cllr", "x", "@CllrRaviQueensbury", "Cllr Ravi Shah", 2140, False,
  "Third time this month residents on Kingsbury Road have been told the potholes are 'scheduled'. Raising it at Thursday's scrutiny committee. @Brent_Council",
  "2026-10-06T17:40:29Z", 5, "Highways",
  "A councillor publicly taking a highways issue to scrutiny: influential author, escalate even though the subject is routine.",
  esc="councillor", replies=8, likes=64, reposts=12)
M("e_candidate", "facebook", "@AishaForWillesden", "Aisha Karim – Willesden Green candidate", 4100, False,
  "As your candidate for Willesden Green in May I've knocked on 400 doors and heard the same thing on every one: the council has stopped listening about fly-tipping. Bags on Walm Lane every weekend, fridges on Chapter Road. Here's my 5-point plan to fix it 👇 Share if you agree.",
  "2026-03-29T10:05:51Z", 5, "Environment",
  "An election candidate criticising a council service: 'councillors, MPs and candidates' are escalated; ambiguous with 1 (campaigning) but the council must not be drawn politically without comms.",
  esc="candidate", replies=23, likes=187, reposts=40)
M("e_viral", "x", "@kensalrise_kay", None, 1270, False,
  "this is brent council 'recycling' 🙃 watched the crew chuck every blue bin on our road straight into the same lorry as the black bins. 240k views in a day, keep sharing",
  "2026-07-24T08:19:37Z", 5, "Environment",
  "A video going viral against a service (240k views in a day): reputation-threatening, escalate.",
  esc="viral_video", replies=312, likes=9800, reposts=4100)
M("e_death", "rss", "@brentkilburntimes-feed", "Brent & Kilburn Times", None, False,
  "Inquest opens into death of Wembley toddler in mould-hit flat — An inquest has been opened into the death of a two-year-old boy who lived in a council-owned flat in Wembley where his family say they had reported damp and mould repeatedly since 2024. Brent Council said it would 'co-operate fully with the coroner'.",
  "2026-10-22T06:30:00Z", 5, "Housing",
  "News of a child's death linked to council housing conditions: death, highly controversial, media coverage.",
  esc="death")
M("e_fire", "x", "@chalkhill_9thfloor", None, 74, False,
  "fire door on our floor at chalkhill hasn't shut properly since the summer, someone's wedged it open with the fire extinguisher lol. and the smoke alarm on the landing has no light. 14 floors of us up here",
  "2026-11-03T19:58:14Z", 5, "Housing",
  "Said jokingly, but a wedged fire door and dead landing alarm in a tower block: fire safety, escalate (§8.1).",
  esc="fire_safety", likes=5)
M("e_postal", "x", "@gpgardens_resident", None, 160, False,
  "why are there a stack of postal vote packs in the recycling bin room at our block on Gladstone Park Gardens?? unopened, all different names. election's in 2 weeks",
  "2026-04-23T07:44:50Z", 5, None,
  "Unopened postal votes dumped: electoral integrity, controversial; elections are not one of the departments.",
  esc="electoral_integrity", likes=58, reposts=34)
M("e_pl_child", "facebook", "@Kasia.ChurchEnd", "Katarzyna Wójcik", 156, False,
  "Czy ktoś wie, do kogo w Brent to zgłosić? Na placu zabaw przy Church End od trzech dni chłopiec, może 8 lat, siedzi sam do późnej nocy. Dziś powiedział mi, że boi się wrócić do domu, bo „wujek znowu pije”. Nie chcę tego tak zostawić.",
  "2026-09-09T21:10:33Z", 5, None,
  "Polish: a boy of about 8 alone at the Church End playground late for three nights, says he's afraid to go home because 'uncle is drinking again' — child at risk, escalate.",
  lang="pl", esc="safeguarding_child", replies=3, likes=4)
M("e_so_mother", "x", "@hodan_bham", "Hodan", 88, False,
  "@Brent_Council hooyaday waa 84 jir, kaligeed ayay ku nooshahay Stonebridge. Saddex maalmood ayaan wacayay, ma jawaabeyso. Anigu waxaan joogaa Birmingham. Fadlan qof ha u diraan.",
  "2026-02-23T15:37:08Z", 5, None,
  "Somali: 'my mother is 84 and lives alone in Stonebridge; I've called for three days and she doesn't answer; I'm in Birmingham; please send someone' — person possibly at risk.",
  lang="so", esc="welfare_concern")
M("e_ar_smoke", "x", "@abu_yusuf_nw10", None, 230, False,
  "الدخان يخرج من غرفة العدادات في الطابق الأرضي في عمارتنا في هارلسدن منذ ساعة، والإنذار لا يعمل. اتصلنا بالإطفاء لكن هل يعلم المجلس؟ @Brent_Council",
  "2026-11-18T02:25:59Z", 5, "Housing",
  "Arabic: 'smoke has been coming from the ground-floor meter room of our Harlesden block for an hour and the alarm isn't working; we called the fire brigade but does the council know?' — fire, risk to life.",
  lang="ar", esc="fire", likes=2)
M("e_bigaccount", "x", "@TheRealDevlinK", "Devlin K", 1240000, True,
  "Drove through Brent today and the state of the roads is a joke. Lost a hubcap somewhere in Neasden. @Brent_Council sort it out 🤦‍♂️",
  "2026-02-27T16:22:11Z", 5, "Highways",
  "Very large verified account (1.2m) criticising a council service: highly influential commentator, escalate though the issue itself is routine.",
  esc="influential_account", replies=840, likes=21000, reposts=2300)

# ======================= ROUTE 2: customer services =======================
BIN_TXT = "@Brent_Council bins?? again. 14 Ellesmere Rd NW10, black bin not emptied since the 3rd, rest of the street done"
M("c_bin1", "x", "@ellesmere_eileen", None, 41, False, BIN_TXT,
  "2026-03-06T08:41:04Z", 2, "Environment",
  "Own missed collection at a given address: a person needing customer services.", likes=1)
M("c_bin2", "x", "@ellesmere_eileen", None, 41, False, BIN_TXT,
  "2026-03-09T07:55:30Z", 2, "Environment",
  "Exact repeat of her earlier post (still not collected): same own case, same route.", likes=2)
M("c_pcn", "x", "@forty_lane_phil", None, 96, False,
  "PCN WM48213377 issued SUNDAY on Forty Lane when the event day sign literally says Mon-Sat?? appealed online 3 weeks ago, heard nothing, now it's gone up to £130. @Brent_Council",
  "2026-05-26T18:14:42Z", 2, "Parking",
  "Own penalty charge with its number and a stalled appeal: needs an officer to look up records.", likes=4)
M("c_ctax", "facebook", "@Marcia.W", "Marcia Williams", 97, False,
  "Hi, my council tax account 30058812 says I owe £412 but I moved out of the flat on Dudden Hill Lane in August and sent the change of address form. Can someone look at this before it goes to the bailiffs? Thanks, Marcia",
  "2025-12-11T09:48:16Z", 2, "Finance",
  "Own council tax account with number: customer services case.")
M("c_boiler", "x", "@southkilburn_t", None, 133, False,
  "day 9 no heating or hot water, boiler in my flat on the South Kilburn estate 'awaiting part'. repair ref HR-2291047. it's december. kettle baths for the kids again",
  "2025-12-16T07:31:20Z", 2, "Housing",
  "Own repair with a reference: route 2; ambiguous with 5 if the household turns out to be vulnerable (children, no heat in winter).",
  likes=12, reposts=1)
M("c_mould", "instagram", "@carltonhouse_mum", None, 310, False,
  "our sons bedroom wall 😷 black mould back 3 weeks after they painted over it. Brent housing, flat 22 Carlton House, this is the 4th time im reporting",
  "2026-01-31T20:04:48Z", 2, "Housing",
  "Own damp and mould case with flat address: customer services; ambiguous with 5 given the issue's profile, but no acute risk described.",
  likes=27)
M("c_permit", "x", "@gladstone_gwen", None, 64, False,
  "paid for my resident permit for zone GA on 2 Jan, still says 'pending' and I've had two tickets since. reg ends 7KD. what do I do",
  "2026-01-19T12:20:37Z", 2, "Parking",
  "Own permit stuck 'pending' and tickets issued: needs records checked, not just signposting.")
M("c_bulky", "facebook", "@Olu.Mora", "Olu Bakare", 422, False,
  "Booked a bulky collection for a sofa and a fridge, ref BW-558120, for Tuesday outside 31 Mora Road. It's Friday. The sofa's been rained on for three days and now someone's dumped a mattress next to it 🙄",
  "2026-04-17T17:02:09Z", 2, "Environment",
  "Own booked collection missed, with reference and address.", replies=2, likes=5)
M("c_library", "mastodon", "@reading_in_nw10@mastodon.social", "Hannah", 210, False,
  "@BrentLibraries hi, my card says I've got 3 overdue items but I returned them in the Willesden Green book drop last week — card ending 4471. Could someone check? ta",
  "2026-02-04T10:55:01Z", 2, "Libraries",
  "Own library account needing a records check.")
M("c_school", "facebook", "@Nadia.Preston", "Nadia Hussain", 250, False,
  "My son has been offered a place at a school two buses away when we live 400m from Preston Manor. Application number BRT/26/019382. I want to appeal but the letter with the deadline never came. Who do I actually speak to?",
  "2026-04-20T21:18:43Z", 2, "Education",
  "Own admissions application with number and a missing appeal letter: customer services, not just the appeals webpage.",
  replies=3)
M("c_noise", "x", "@tubbs_rd_tired", None, 29, False,
  "3am and the flat above at 45 Tubbs Rd is STILL blasting drill, 5th night this week. recorded it on the noise app like you said. now what @Brent_Council",
  "2026-06-27T02:58:16Z", 2, "Regulatory Services",
  "Own noise nuisance complaint with address and evidence.")
M("c_light", "x", "@kentonrd_shifts", None, 52, False,
  "the street light outside 88 Kenton Road has been out for a month, pitch black by the bus stop and I walk back from my shift at 11. number on the post says KR/27",
  "2025-12-05T23:33:29Z", 2, "Highways",
  "Specific fault at a given column needing an officer to raise a job; ambiguous with 3 (report-it page).")
M("c_flytip", "x", "@villiers_garage", None, 77, False,
  "someone's dumped about 20 bags of builders rubble at the end of the alley behind Villiers Rd again, blocking my garage. photos attached. can this be collected",
  "2026-08-03T07:12:58Z", 2, "Environment",
  "Single fly-tip at a specific location blocking his garage: a job for the service; not yet a multi-person hotspot conversation (4).")
M("c_hb", "facebook", "@Ioana.P.Brent", "Ioana Popescu", 64, False,
  "Hello I am writing because my housing benefit stop since 2 month and the landlord is say he will evict me. I send all document in October. My reference is HB 0093317. Please help me what I must to do.",
  "2025-12-02T14:46:24Z", 2, "Finance",
  "Own benefit claim with reference, written in a second language: customer services; eviction risk noted, no immediate danger.")
M("c_hmo", "x", "@room_in_cricklewood", None, 18, False,
  "renting a room in cricklewood, 9 of us share one bathroom and one kitchen, landlord says he has a licence. 112 Cricklewood Broadway flat B. can someone actually check",
  "2026-06-08T11:27:07Z", 2, "Regulatory Services",
  "Own tenancy, specific address, asks for an HMO licence check: officer action needed.")
M("c_food", "x", "@hungry_in_harlesden", None, 145, False,
  "found a plaster in my wings from the chicken shop on High Road Willesden 🤢 kept the box, the receipt and photos. who at the council do I send this to",
  "2026-09-26T22:41:35Z", 2, "Regulatory Services",
  "Own food complaint with evidence, needs environmental health to act; ambiguous with 3 (worded as a 'who do I send it to' question).",
  likes=19, reposts=3)
M("c_job", "linkedin", "@sarah-oyelaran-sw", "Sarah Oyelaran", 780, False,
  "Applied for the Senior Social Worker role at Brent Council (ref BRE-0411) six weeks ago and the portal still shows 'received'. Would appreciate anyone in the recruitment team letting me know if it's still live.",
  "2026-05-12T08:09:52Z", 2, "HR",
  "Own job application with reference: HR needs to look it up.", likes=6)
M("c_foi_valid_x", "x", "@dmensah_data", "Daniel Mensah", 530, False,
  "@Brent_Council Under FOI, please provide the number of missed bin collections recorded in each ward between April 2025 and March 2026, by month.",
  "2026-04-14T10:03:18Z", 2, "Environment",
  "Request for recorded information; real name visible in profile → valid FOI, logged via customer services (2).",
  foi=True, foi_valid=True)
M("c_foi_valid_fb", "facebook", "@Joanna.Adeyemi", "Jo A", 120, False,
  "Freedom of Information request: please send me the total value and the end date of the council's current parking enforcement contract. Joanna Adeyemi, 17 Brook Avenue, Wembley HA9 8PH.",
  "2026-07-15T15:21:44Z", 2, "Parking",
  "Profile shows only 'Jo A' but the post gives full name and a postal address for correspondence → valid FOI, route 2.",
  foi=True, foi_valid=True)
M("c_foi_es", "facebook", "@lucia.ramirez.nw6", "Lucía Ramírez", 340, False,
  "Solicitud de información (FOI): ¿cuántas quejas por ruido se registraron en el distrito de Brent en 2025, mes por mes? Me llamo Lucía Ramírez Ortega y mi correo para la respuesta es lucia.ramirez.o@gmail.com. Gracias.",
  "2026-02-17T13:40:06Z", 2, "Regulatory Services",
  "Spanish: FOI asking how many noise complaints were recorded in Brent in 2025 by month; full name and email address given → valid, route 2.",
  lang="es", foi=True, foi_valid=True)
M("c_gu_ctax", "facebook", "@Hitesh.Kenton", "Hitesh Patel", 186, False,
  "નમસ્તે, મારા પપ્પાના કાઉન્સિલ ટેક્સ બિલમાંથી સિંગલ પર્સન ડિસ્કાઉન્ટ કાઢી નાખ્યું છે, પણ ગયા વર્ષે મમ્મી ગુજરી ગયા પછી તેઓ એકલા જ રહે છે. એકાઉન્ટ નંબર 30117745. કોનો સંપર્ક કરું?",
  "2026-03-24T18:55:12Z", 2, "Finance",
  "Gujarati: 'the single person discount has been removed from my dad's council tax bill though he has lived alone since mum died last year; account 30117745; whom do I contact?' — own account, route 2.",
  lang="gu")
M("c_ro_bin", "x", "@andrei_wembley", None, 35, False,
  "@Brent_Council bună ziua, pubela de reciclare de la 27 Oakington Manor Drive nu a fost golită de două săptămâni. Am sunat, nimic. Mulțumesc",
  "2026-06-02T09:17:45Z", 2, "Environment",
  "Romanian: 'the recycling bin at 27 Oakington Manor Drive hasn't been emptied for two weeks; I phoned, nothing' — own missed collection.",
  lang="ro")
M("c_pt_pcn", "x", "@rafa_alperton", None, 207, False,
  "recebi uma multa (PCN WM51120984) por estacionar na minha própria vaga em Alperton, com a licença no para-brisa, tenho foto. como contesto isso? @Brent_Council",
  "2026-10-13T12:48:27Z", 2, "Parking",
  "Portuguese: 'got a PCN WM51120984 for parking in my own bay in Alperton with the permit on the windscreen, have a photo; how do I contest it?' — own PCN, route 2 (ambiguous with 3: appeal how-to).",
  lang="pt")
M("c_ur_window", "facebook", "@Farah.Harlesden", "Farah Iqbal", 73, False,
  "السلام علیکم، ہمارے فلیٹ کی کھڑکی دو ہفتوں سے ٹوٹی ہوئی ہے، ٹھنڈی ہوا آتی ہے اور میری امی بیمار ہیں۔ ہم نے برینٹ ہاؤسنگ کو فون کیا تھا، ریفرنس 2290815، لیکن کوئی نہیں آیا۔ پتہ: 5 Dagmar Court, Harlesden",
  "2026-01-06T16:03:39Z", 2, "Housing",
  "Urdu: 'our flat's window has been broken for two weeks, cold air comes in and my mother is ill; we called Brent Housing, ref 2290815, nobody came; 5 Dagmar Court' — own repair; ambiguous with 5 (ill parent in the cold).",
  lang="ur")
M("c_stairlift", "x", "@big_tel_kingsbury", None, 48, False,
  "you absolute muppets. my nan's been waiting 5 MONTHS for her stairlift assessment, ref CA-44190, she's sleeping on the sofa downstairs. sort it out you useless lot @Brent_Council",
  "2026-08-11T13:29:03Z", 2, None,
  "Abusive but with substance: an identifiable person's care assessment with a reference needs action; adult social care is outside the 14 departments. Ambiguous with 5 (vulnerable adult).",
  likes=8)

# ======================= ROUTE 3: web team responds =======================
M("w_boxing", "x", "@nw2_nadine", None, 188, False,
  "do the bins still get collected on boxing day or does everything shift? @Brent_Council",
  "2025-12-22T19:40:02Z", 3, "Environment", "General 'when' question answered by the published holiday collection dates.")
M("w_visitor", "facebook", "@Grace.Queensbury", "Grace Osei", 302, False,
  "How do you actually apply for visitor parking permits? The website sends me round in circles and back to the same page 🙃",
  "2026-02-14T11:18:54Z", 3, "Parking", "General how-to, signpost to the visitor permit page; website navigation confusion.")
M("w_garden", "x", "@sudbury_sal", None, 73, False,
  "is it true Brent are scrapping garden waste collections from april?? my neighbour said she read it on nextdoor",
  "2026-02-28T14:06:31Z", 3, "Environment", "'Is it true' rumour that published information answers: web team responds, limit misconceptions.")
M("w_404", "x", "@dev_in_wembley", None, 1460, False,
  "@Brent_Council the pay council tax page is giving a 404 since this morning, tried phone and laptop. fyi",
  "2026-03-02T09:12:47Z", 3, "Web", "Fault on the website: web team.")
M("w_caddy", "x", "@kayla.k_nw10", None, 260, False,
  "where do u get a new food waste caddy from, ours got nicked lol",
  "2026-05-07T18:33:19Z", 3, "Environment", "General 'where' question; signpost to the order-a-container page.")
M("w_harrow", "x", "@hill_runner", None, 95, False,
  "@Brent_Council there's a massive pothole right outside Harrow-on-the-Hill station, been there weeks, nearly came off my bike",
  "2026-09-03T07:51:10Z", 3, None,
  "Meant for another council (Harrow): web team redirects; department null as another council's matter.")
M("w_camden", "x", "@flatinkentishtown", None, 44, False,
  "@Brent_Council why has my council tax in Kentish Town gone up AGAIN this year",
  "2026-04-02T20:25:56Z", 3, None, "Camden resident tagging Brent by mistake: mention meant for another council, web team redirects.")
M("w_foi_pseud", "x", "@nw10_watcher", None, 900, False,
  "FOI: how much did Brent spend on consultants for the Wembley Park rebrand? itemised please @Brent_Council",
  "2026-06-19T12:44:08Z", 3, "Finance",
  "Genuine request for recorded spend, but pseudonymous handle and no name → invalid FOI; web team explains how to make a valid request.",
  foi=True, foi_valid=False, likes=15, reposts=4)
M("w_foi_first", "facebook", "@kez.plants", "Kez 🌻", 230, False,
  "Freedom of info request — how many street trees has the council cut down on residential roads since 2024 and how many were replaced? Thanks, Kez",
  "2026-08-26T10:30:15Z", 3, "Environment",
  "FOI-type request but first name only, no address → invalid; route 3 to explain a valid request.",
  foi=True, foi_valid=False, replies=1, likes=9)
M("w_foi_bn", "x", "@raju_wembley", "Raju", 112, False,
  "@Brent_Council তথ্য অধিকার আইনে জানতে চাই: ২০২৫ সালে ব্রেন্টে কতগুলো পরিবারকে অস্থায়ী আবাসনে রাখা হয়েছে? — রাজু",
  "2026-07-07T16:12:24Z", 3, "Housing",
  "Bengali: 'under freedom of information I want to know how many families Brent placed in temporary accommodation in 2025 — Raju': first name only → invalid FOI, route 3.",
  lang="bn", foi=True, foi_valid=False)
M("w_easter", "instagram", "@revision.era_", None, 540, False,
  "are any brent libraries open on easter monday?? need somewhere quiet to revise 😭",
  "2026-04-04T15:09:41Z", 3, "Libraries", "Opening-hours question answered on the website.")
M("w_halfterm", "facebook", "@Mel.Kingsbury", "Melanie Reid", 150, False,
  "When is October half term in Brent? My kids' school says one week and the term dates page on the council site says another?? Trying to book flights",
  "2026-08-30T19:02:38Z", 3, "Education", "Confusion over published term dates; web team clarifies (schools may set their own).")
M("w_planobject", "mastodon", "@tomasz_dev@fosstodon.org", "Tomasz", 430, False,
  "How do you object to a planning application in Brent? Is there a deadline? There's a notice on a lamppost on my street for a 6-storey thing and I can't work out where to comment.",
  "2026-05-15T21:47:20Z", 3, "Planning", "General how-to on commenting on applications; signposting (not yet an ongoing discussion).")
M("w_eventzone", "x", "@aunty_bisi", None, 67, False,
  "what time does the event day parking zone finish tonight round wembley park? got family coming for dinner",
  "2026-06-13T15:20:05Z", 3, "Parking", "General 'when' question about event-day restrictions.")
M("w_registrar", "x", "@soon2bwed", None, 301, False,
  "is the civic centre open on saturdays for the registrar or do we have to take a day off 🙏",
  "2026-01-23T12:55:47Z", 3, None, "Opening-times question; registration services are not among the departments, web team answers.")
M("w_pizza", "facebook", "@Claire.Willesden", "Claire Dunn", 410, False,
  "Can greasy pizza boxes go in the blue bin or not?? Husband and I are having a genuine argument about this 😂",
  "2026-03-13T20:11:16Z", 3, "Environment", "Simple recycling question answered on the website.", replies=4, likes=6)
M("w_earlybins", "x", "@kingsbury_kev", None, 129, False,
  "is it true the council is going to fine people for putting bins out too early? someone on the Kingsbury fb group swears it's happening",
  "2026-09-21T09:38:22Z", 3, "Environment", "'Is it true' rumour; web team corrects with published policy.")
M("w_cyclelane", "x", "@kilburn_cycles", "Kilburn Cycles", 2300, False,
  "where's the consultation on the new Kilburn High Road cycle lane? want to respond before it closes, can't find it anywhere",
  "2026-10-01T13:24:57Z", 3, "Highways", "Business asking where a published consultation is: signposting.", likes=14)
M("w_ta_bins", "x", "@selvi_wembley", None, 62, False,
  "@Brent_Council வணக்கம், கிறிஸ்துமஸ் வாரத்தில் Wembley பகுதியில் குப்பை சேகரிப்பு எந்த நாள்? நன்றி",
  "2025-12-19T10:47:33Z", 3, "Environment",
  "Tamil: 'hello, which day is rubbish collected in the Wembley area in Christmas week? thanks' — general question, route 3.",
  lang="ta")
M("w_fa_badge", "x", "@reza_kilburn", None, 83, False,
  "سلام، برای گرفتن بلو بج (کارت پارکینگ معلولین) در برنت از کجا باید درخواست بدم؟ توی سایت پیدا نکردم",
  "2026-07-28T17:06:01Z", 3, "Parking",
  "Farsi: 'hello, where do I apply for a Blue Badge (disabled parking card) in Brent? couldn't find it on the site' — signposting.",
  lang="fa")
M("w_mapgrey", "bluesky", "@leah-codes.bsky.social", "Leah", 720, False,
  "Brent's report-a-pothole map just shows a grey box on Firefox. Works fine on Chrome. fyi in case anyone else is stuck",
  "2026-11-10T11:59:44Z", 3, "Web", "Website fault report: web team.")

# ======================= ROUTE 4: service conversations (threads) =======================
M("A0", "facebook", "@Kensal.Rise.Residents", "Kensal Rise Residents Group", 2900, False,
  "Brent's experimental traffic order for the Kensal Rise low traffic scheme has 3 weeks left on its consultation. Before you respond — what's everyone's actual experience been? Ours: Clifford Gardens much quieter, Chamberlayne Rd gridlocked at 8.30.",
  "2026-05-05T08:15:00Z", 4, "Highways",
  "Community group opening a live discussion on an experimental scheme under consultation: service officers should join.",
  thread="A0", replies=41, likes=66)
M("A1", "facebook", "@Tunde.College", "Tunde Ajayi", 140, False,
  "College Road is the rat run now. Counted 40 cars in 10 minutes this morning. Not against the idea at all but the boundary is in the wrong place",
  "2026-05-05T09:02:43Z", 4, "Highways", "Part of the ongoing LTN discussion; critical but constructive.",
  reply_to="A0", thread="A0", likes=18)
M("A2", "facebook", "@Bea.Mitchell", "Beatrice Mitchell", 95, False,
  "My mum's disabled and her carer's drive went from 10 minutes to 35. The exemptions on the consultation page don't mention carers at all — has anyone else raised this?",
  "2026-05-05T10:26:09Z", 4, "Highways",
  "Contributes a specific point to the live consultation thread; ambiguous with 2 (her mum's carer access) but framed as consultation feedback.",
  reply_to="A0", thread="A0", likes=24)
M("A3", "facebook", "@Gazza.NW10", "Gary", 60, False,
  "the council don't care, it's all about the fines. cash cow",
  "2026-05-05T11:40:51Z", 1, "Highways",
  "Moan with no substance inside the LTN thread; the thread itself is route 4, this reply adds nothing to act on (ambiguous with 4).",
  reply_to="A0", thread="A0", likes=9)
M("B0", "x", "@empirecourt_ra", "Empire Court Residents", 860, False,
  "Planning app 25/3318 for the 21-storey block next to Sainsbury's in Wembley Park — comments close Friday. It overshadows the whole of Empire Court and adds no GP or school places. What you can object on 🧵👇",
  "2026-02-02T18:00:12Z", 4, "Planning",
  "Residents' association thread on a live planning application: specific ongoing conversation for Planning officers.",
  thread="B0", replies=19, likes=88, reposts=41)
M("B1", "x", "@fourthfloor_femi", None, 75, False,
  "we're on the 4th floor, the sunlight study in the docs says we lose 60% of winter daylight. objection submitted last night",
  "2026-02-02T19:14:30Z", 4, "Planning", "Reply in the planning-application thread.",
  reply_to="B0", thread="B0", likes=12)
M("B2", "x", "@mehta_wp", None, 49, False,
  "અમે પણ વાંધો નોંધાવ્યો. પાર્કિંગ પહેલેથી જ મુશ્કેલ છે, નવા 300 ફ્લેટ માટે ફક્ત 12 પાર્કિંગ જગ્યા? કાઉન્સિલે રહેવાસીઓ સાથે મીટિંગ રાખવી જોઈએ.",
  "2026-02-02T20:47:55Z", 4, "Planning",
  "Gujarati: 'we objected too; parking is already hard — only 12 spaces for 300 new flats? the council should hold a meeting with residents' — part of the planning thread.",
  lang="gu", reply_to="B0", thread="B0", likes=7)
M("B3", "x", "@wembley_born_95", None, 310, False,
  "for balance: my generation will never afford anything round here unless more homes get built. 30% affordable is better than nothing",
  "2026-02-03T07:22:18Z", 4, "Planning", "Counter-view inside the same application thread: the discussion is live on both sides.",
  reply_to="B1", thread="B0", likes=21)
M("C0", "facebook", "@Church.End.Neighbours", "Church End & Roundwood Neighbours", 1750, False,
  "Alley behind the Church End shops: week 6 of the mattress mountain. Council cleared it on the 3rd, back by the 5th. We need a camera or something. Has the residents' association spoken to Brent about it?",
  "2026-10-08T12:30:44Z", 4, "Environment",
  "Recurring fly-tipping hotspot discussed by several neighbours: service conversation for Environment.",
  thread="C0", replies=27, likes=45)
M("C1", "facebook", "@Yusuf.Denzil", "Yusuf Ali", 210, False,
  "Same round the corner on Denzil Road. It's vans at night, I've seen them at 2am. Got a partial plate if anyone from enforcement wants it",
  "2026-10-08T13:05:17Z", 4, "Environment", "Reply adding evidence to the hotspot discussion.",
  reply_to="C0", thread="C0", likes=16)
SAME_TXT = "has anyone actually had a reply from the council about this?"
M("C2", "facebook", "@Irene.Roundwood", "Irene Walsh", 44, False, SAME_TXT,
  "2026-10-08T15:48:02Z", 4, "Environment",
  "Inside the fly-tipping hotspot thread the question is about the ongoing service matter: route 4 (same text standalone elsewhere is 1).",
  reply_to="C0", thread="C0", likes=5)
M("C3", "x", "@randomly_rob", None, 130, False, SAME_TXT,
  "2026-10-12T10:04:39Z", 1, None,
  "Standalone, no thread or quoted post: no identifiable matter, case or request — monitor (same words inside the fly-tipping thread are 4).")
M("D1", "mastodon", "@kilburnreader@mastodon.online", "Ruth K", 390, False,
  "Follow-up from Tuesday's Kilburn library consultation meeting: the officer said the reduced hours are 'not final'. Several of us asked for the usage figures behind it and were promised them by the end of the month. Keeping this thread going so people can add what they said at the meeting.",
  "2026-03-12T19:25:33Z", 4, "Libraries",
  "Explicitly ongoing discussion of a live library consultation: Libraries officers should join.",
  replies=12, likes=30, reposts=9)
M("D2", "x", "@kenton_cpz_debate", None, 520, False,
  "Day 3 of the Kenton CPZ row on here and still nobody from @Brent_Council has joined in. Half the road wants it, half doesn't, and the consultation leaflet apparently only went to the odd numbers",
  "2026-06-24T08:47:06Z", 4, "Parking",
  "Text shows a multi-day local debate about a parking scheme consultation: service conversation; critical, not reputation-threatening.",
  replies=34, likes=51, reposts=8)
M("D3", "facebook", "@HarlesdenTraders", "Harlesden Traders Association", 1320, False,
  "Harlesden Traders update: following last week's meeting with the town centre team about market pitch fees, members have now posted 23 responses below. We'd welcome the council joining the discussion here rather than another meeting at the Civic Centre.",
  "2026-09-30T10:00:27Z", 4, "Regulatory Services",
  "Business group's ongoing discussion on market pitch fees (street trading licensing): service officers to join; ambiguous department (could be regeneration, not in list).",
  replies=23, likes=38)

# ======================= ROUTE 1: monitor =======================
M("n_crude", "x", "@oilwatch_markets", "OilWatch", 86000, True,
  "Brent crude futures up 1.8% to $78.40 as OPEC+ signals deeper output cuts #oil #commodities",
  "2026-03-04T07:00:00Z", 1, None, "Keyword noise: Brent crude oil prices; large account but no council matter.",
  likes=140, reposts=60)
M("n_pl_crude", "x", "@marek_neasden", None, 90, False,
  "Ropa Brent znowu w górę, a na stacji w Neasden już 1,59 za litr 😤 kiedy to się skończy",
  "2026-04-11T18:31:12Z", 1, None,
  "Polish: 'Brent oil up again, and 1.59 a litre at the Neasden station; when will it end' — oil-price noise despite the Neasden mention.",
  lang="pl")
M("n_brentx", "x", "@shopgirl_lou", None, 310, False,
  "Brent Cross on the saturday before christmas was a MISTAKE. 3 hours in the car park. never again",
  "2025-12-20T17:45:08Z", 1, None, "Keyword noise: Brent Cross (Barnet shopping centre).", likes=12)
M("n_bees", "x", "@beesaway_mo", None, 1500, False,
  "BRENTFORD 2-1 UP AT THE GTECH 🐝🐝🐝 what a hit",
  "2026-01-31T16:48:20Z", 1, None, "Keyword noise: Brentford FC.", likes=55)
M("n_davidbrent", "bluesky", "@ollie-w.bsky.social", "Ollie", 240, False,
  "my manager did a full David Brent at the christmas do. guitar. original song. I have never wanted to leave a room more",
  "2025-12-13T23:12:45Z", 1, None, "Keyword noise: David Brent.", likes=31)
M("n_bro", "instagram", "@leanne.x.b", None, 820, False,
  "happy 30th to my big brother Brent 🎉🎂 love you loser",
  "2026-07-18T20:30:02Z", 1, None, "Keyword noise: a person called Brent.", likes=96)
M("n_ealing", "x", "@northfields_nina", None, 140, False,
  "Ealing council closed Northfields library early AGAIN. classic",
  "2026-05-23T14:14:14Z", 1, None, "Another borough's matter, not addressed to Brent: keyword noise, monitor only.")
M("n_praise_lib", "x", "@amara_rose", None, 430, False,
  "shoutout to the lady at Kilburn library who spent 40 mins helping my nan sort her freedom pass online. Brent libraries 🫶",
  "2026-02-19T13:02:11Z", 1, "Libraries", "Praise, no request: monitor (could be passed on as thanks).", likes=48)
M("n_praise_bins", "facebook", "@Janet.Preston", "Janet Cole", 88, False,
  "Thank you to the bin crew on Preston Road who went back for my mum's bin when she'd forgotten to put it out. Small thing but it made her week.",
  "2026-06-05T11:40:29Z", 1, "Environment", "Praise and thanks: no case, no request.", likes=22)
M("n_hi_diwali", "instagram", "@priya.kenton", None, 510, False,
  "कल Brent के दिवाली ऑन द स्क्वायर में बहुत मज़ा आया! बच्चों ने पहली बार रंगोली बनाई। धन्यवाद 🪔✨",
  "2026-11-09T09:15:36Z", 1, None,
  "Hindi: 'had great fun at Brent's Diwali on the Square yesterday; the kids made rangoli for the first time; thank you' — praise, monitor.",
  lang="hi", likes=74)
M("n_sympathy", "x", "@kensal_green_k", None, 205, False,
  "thinking of the family on Harrow Road after the fire on Sunday ❤️ the mosque is collecting clothes and food, drop off til 8pm",
  "2026-11-24T12:06:50Z", 1, None,
  "Sympathy and community appeal after a known incident; no council angle stated. Ambiguous with 5 if the home proves to be council housing.",
  likes=63, reposts=40)
M("n_sarcasm", "x", "@dudden_dave", None, 170, False,
  "love how brent resurfaced my road in july and dug it up again in august. genius. 10/10 no notes",
  "2026-08-29T08:20:41Z", 1, "Highways", "Sarcasm with no case or request, low reach: monitor.", likes=17)
M("n_abuse", "x", "@xx_wemb_xx", None, 23, False,
  "brent council are a bunch of useless clowns 🤡🤡🤡",
  "2026-04-26T00:44:12Z", 1, None, "Low-reach abuse with no substance: monitor.")
SPAM = "🚀 Earn £3,000 weekly from home!! Brent residents DM me for crypto signals 💰📈 limited spots @Brent_Council"
M("n_spam1", "x", "@wealth_with_jaz77", None, 12, False, SPAM,
  "2026-01-11T03:12:00Z", 1, None, "Spam: no action beyond monitoring/reporting.")
M("n_spam2", "x", "@wealth_with_jaz77", None, 12, False, SPAM,
  "2026-01-11T03:42:00Z", 1, None, "Exact repeat of the same spam: same label.")
M("n_politics", "facebook", "@Barry.Wembley", "Barry Nolan", 190, False,
  "Same lot have run Brent for years and look at the state of it. Vote them out in May. Share if you agree 👇👇",
  "2026-04-18T21:55:40Z", 1, None,
  "Party-political campaigning by an ordinary low-reach resident, no case or specific issue: monitor, take no political standpoint.",
  likes=14, reposts=5)
M("n_reshare", "x", "@lol_nw6", None, 340, False,
  "lmaooo the brent bin video 😭😭 they really said recycling is a state of mind",
  "2026-07-24T19:36:48Z", 1, "Environment",
  "Reshare/comment on the viral bin video that is already escalated: monitor.", likes=41)
M("n_concert", "x", "@NovaSingsOfficial", "NOVA", 2300000, True,
  "WEMBLEY YOU WERE UNREAL TONIGHT 🔥🔥 Brent, London, see you next summer 💜",
  "2026-07-11T23:05:19Z", 1, None,
  "Very large account, but nothing of consequence for the council: monitor.", replies=5400, likes=190000, reposts=21000)
M("n_rss_park", "rss", "@wembleyblog-feed", "Wembley Matters (blog)", None, False,
  "Cabinet agrees to name the new park at Wembley Park after Windrush pioneer — Brent's cabinet last night approved naming the green space off Olympic Way in honour of... Local historians welcomed the decision.",
  "2026-06-23T06:00:00Z", 1, None,
  "Neutral/positive local blog news about an agreed decision; nothing to answer or escalate.")
M("n_linkedin_grad", "linkedin", "@amit-v-planner", "Amit Varma", 610, False,
  "Thrilled to share that I've started as a Graduate Planner at Brent Council! Grateful to everyone who supported me through the RTPI course.",
  "2026-09-07T08:30:10Z", 1, None, "Personal career chatter: no action.", likes=130)
M("n_yt", "youtube", "@tayo.films", "Tayo", 75, False,
  "whoever edited this Brent youth festival video deserves a raise 🔥🔥",
  "2026-08-15T18:44:02Z", 1, "Communications", "Praise for council content on YouTube.", likes=3)
M("n_jibe", "x", "@grumpy_in_neasden", None, 210, False,
  "how much do they pay the people who designed this useless website, genuinely asking 🙄 @Brent_Council",
  "2026-03-02T10:31:58Z", 1, "Web",
  "Looks like an FOI ('how much…') but is a rhetorical jibe, not a request for recorded information; ambiguous with 3.",
  likes=9)
M("n_sky", "facebook", "@Tracey.Wembley", "Tracey Hall", 130, False,
  "Is it just me or has Wembley turned into one giant building site. Can't remember what the sky looks like anymore",
  "2026-10-18T16:26:33Z", 1, "Planning", "General moan with no case or request: monitor.", replies=11, likes=30)

# ---------- shuffle, keeping every reply after its parent ----------
assert len(ITEMS) == 110, len(ITEMS)
rng = random.Random(40490)
out = [d for d in ITEMS if not d["reply_to_id"]]
rng.shuffle(out)
for d in sorted((d for d in ITEMS if d["reply_to_id"]), key=lambda d: d["created_at"]):
    p = next(i for i, x in enumerate(out) if x["platform_id"] == d["reply_to_id"])
    out.insert(rng.randint(p + 1, len(out)), d)
deferred = []
assert not deferred and len(out) == 110
with open(os.path.join(HERE, "part-S.jsonl"), "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", len(out))
