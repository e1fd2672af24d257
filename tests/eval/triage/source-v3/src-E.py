#!/usr/bin/env python3
"""Writer E (id prefix 19757 / w3e): hand-written evaluation mentions for the Brent triage tool.
Angle: Wembley, Alperton, Sudbury, Kingsbury, Kenton - event days, traffic and parking, schools,
businesses and high streets, local press and politics. Texts and labels are written by hand below;
this script only assigns ids, fills thread ids, shuffles (keeping replies after their parents) and
serialises to part-E.jsonl."""
import json, os, random, hashlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part-E.jsonl")
PREFIX = "19757"

ITEMS = []
BY_KEY = {}


def add(key, platform, handle, name, followers, when, text, route, dept, reason, lang="en",
        esc=None, foi=False, fv=None, verified=False, reply=None, replies=0, likes=0, reposts=0):
    assert key not in BY_KEY, key
    it = dict(key=key, platform=platform, handle=handle, name=name, followers=followers, when=when,
              text=text, route=route, dept=dept, reason=reason, lang=lang, esc=esc, foi=foi, fv=fv,
              verified=verified, reply=reply, replies=replies, likes=likes, reposts=reposts)
    ITEMS.append(it)
    BY_KEY[key] = it


def make_id(it):
    h = int(hashlib.sha1(it["key"].encode()).hexdigest(), 16)
    p = it["platform"]
    if p in ("x", "mastodon"):
        return PREFIX + str(h % 10**13).zfill(13)
    if p == "facebook":
        return f"{PREFIX}{h % 10**6:06d}_{h // 10**6 % 10**15:015d}"
    if p == "bluesky":
        return f"at://did:plc:w3e{PREFIX}/app.bsky.feed.post/w3e{h % 10**10:010d}"
    if p == "instagram":
        return f"w3e_{PREFIX}_ig_{h % 10**9}"
    if p == "youtube":
        return f"Ug{PREFIX}w3e{h % 10**8:08d}"
    if p == "linkedin":
        return f"urn:li:activity:{PREFIX}{h % 10**10:010d}"
    if p == "rss":
        return f"rss-w3e-{PREFIX}-{h % 10**8:08d}"
    raise ValueError(p)


# =====================================================================================
# ROUTE 5 - escalate
# =====================================================================================
add("e_stairwell_light", "x", "@mo_chalkhill", "Mo", 212, "2026-01-17T23:12:40Z",
    "@Brent_Council water is coming out of the light fitting on the 3rd floor landing at Elmstead Ct (Chalkhill) and it keeps crackling and flickering. the kids from upstairs sit on those stairs. who do i even ring at 11pm??",
    5, "Housing",
    "Water running through a live light fitting in a communal stairwell is a risk to life (electrical/fire); escalate whatever the follower count. Also a repair case (ambiguous with 2) but safety comes first under §8.",
    esc="risk_to_life", likes=3)

add("e_neighbour_bin", "facebook", "@sandra.okafor.71", "Sandra Okafor", None, "2026-02-12T10:05:11Z",
    "Not sure who to ask so posting here. The gentleman at no. 31 on our road (Kingsbury, the Roe Green end) waves from his window every morning and always takes his bin in the same day. Bin's been out since Tuesday, there are two parcels on the step and his hall light has been on day and night. Knocked twice yesterday, nothing. He's in his 80s and on his own as far as I know.\n\nTagging Brent Council in case someone there knows what to do. I don't want to be the nosy neighbour but it's not like him.",
    5, None,
    "An older man living alone not seen for days (bin out, parcels, light on) - possible adult at risk; escalate regardless of reach. No service department in the list covers adult welfare checks.",
    esc="welfare_not_seen", replies=6, likes=22)

add("e_olympic_way_crush", "x", "@lewis_wmblypk", "Lewis", 388, "2026-07-11T22:41:09Z",
    "this is actually scary. after the concert they've shut the bottom of Olympic Way and everyone's getting pushed back up against the barriers by the Wembley Park steps, people at the front shouting to stop pushing, a woman near me has lost her little girl in it @Brent_Council @metpoliceuk",
    5, "Emergency Planning",
    "Live crowd crush on an event night with a missing child - risk to life during a major event; escalate immediately to comms/emergency planning.",
    esc="crowd_safety", replies=4, likes=57, reposts=31)

add("e_towpath_boy", "instagram", "@nadia.alp", "Nadia", 540, "2026-10-06T18:52:30Z",
    "not being funny but there's a little boy (6? 7?) who's out on the canal path by Alperton on his own every evening till it's dark. today he asked me for some of my chips and said his mum is 'away for work'. I don't know who you're supposed to tell about this @brentcouncil",
    5, None,
    "A young child repeatedly alone by the canal after dark, parent reportedly away - safeguarding of a child described without the word; escalate. Children's social care is not one of the listed departments.",
    esc="safeguarding_child", likes=11)

# council tax thread (T4) - root is a moan (1), one reply carries a self-harm cue (5)
add("m_ctax_root", "facebook", "@wembleymums.jade", "Jade Morris", None, "2026-03-06T20:14:02Z",
    "Council tax up ANOTHER 4.99% from April 🙃 Wages aren't going up 5% a year are they. Wembley Central & Alperton mums, are you all feeling this or is it just me",
    1, "Finance",
    "General moan about the annual council tax rise, no case or request - 'of no particular consequence', keep monitoring.",
    replies=14, likes=38)
add("e_ctax_selfharm", "facebook", "@k.bello.22", "Kemi B", None, "2026-03-06T21:47:55Z",
    "mine went up again and I'm already 3 months behind. enforcement agent letter came this morning for account 4001 7738. honestly I'm tired of all of it, tired of everything. there's not much left for them to take and not much point me being here either",
    5, "Finance",
    "Arrears case with an account number (would be 2) but 'not much point me being here' is a self-harm cue; risk to the person comes first - escalate.",
    esc="self_harm", reply="m_ctax_root", likes=9)
add("m_ctax_sympathy", "facebook", "@wembleymums.jade", "Jade Morris", None, "2026-03-06T22:03:40Z",
    "Kemi sending you so much love hun ❤️ please ring someone tonight, Samaritans are 116 123. inboxing you x",
    1, None,
    "Sympathy from another resident inside the thread; the post it answers is already escalated.",
    reply="e_ctax_selfharm", likes=15)

add("e_journalist_pcn", "x", "@priyashah_news", "Priya Shah", 640, "2026-05-18T09:14:27Z",
    "Hi @Brent_Council - I'm a reporter with the Brent & Kilburn Times. Could the press office tell me how many PCNs were issued in the Wembley event day zone on FA Cup final day (16 May), and what they came to in total? Filing tomorrow lunchtime. Thanks",
    5, "Parking",
    "Journalist naming her outlet, polite and neutral, small following - media enquiries go to comms; it is also a request for recorded information under her real name (FOI, valid) but 'a journalist's request is 5'.",
    esc="media_enquiry", foi=True, fv=True, likes=2)

add("e_mp_hotel", "x", "@RDesaiMP", "Rahul Desai MP", 41200, "2026-03-03T13:02:18Z",
    "I've written to @Brent_Council's chief executive today about families from my constituency being kept in single rooms in a Kingsbury hotel for over a year - one mother, two children, one kettle. Temporary must mean temporary. I will publish the reply.",
    5, "Housing",
    "An MP speaking publicly about temporary accommodation - highly influential author on a council matter and reputationally sensitive; escalate to comms and the housing lead.",
    esc="mp", verified=True, replies=96, likes=1450, reposts=510)

add("e_letter_breach", "facebook", "@tunde.a.wembley", "Tunde A", None, "2026-04-22T19:40:31Z",
    "So I open my letter from Brent about my housing benefit and there's a second letter folded in with it. Somebody else's. Her full name, her address on Carlyon Road, her sort code and account number and how much she gets a week. I haven't thrown it away. Who do I give it to because I'm not posting it back to them lol",
    5, "Finance",
    "Another resident's personal and bank details sent to the wrong person - a data breach; escalate (information governance) even though it is told as a joke.",
    esc="data_breach", replies=3, likes=8)

add("e_desk_discrimination", "x", "@samira_k_", "Samira", 97, "2026-06-02T12:27:44Z",
    "took my mum to the civic centre about her council tax and the man at the desk told her 'come back when you learn english or bring someone who can' then laughed about it with the woman next to him. she has lived in wembley 30 years. i am shaking i'm so angry",
    5, "HR",
    "Alleged discrimination by a named-location member of staff - controversial conduct matter, escalate; HR for staff conduct (the service itself is council tax, so Finance is a possible reading).",
    esc="discrimination", likes=64, reposts=12)

add("e_warden_threat", "x", "@vanman_alp", None, 54, "2026-08-19T08:55:02Z",
    "that parking warden on ealing road ticketed my van AGAIN while i was unloading. next time i see him he's going in the canal, i know which bike is his",
    5, "Parking",
    "Threat of violence to a named-role officer, with a claim to know his bike - threat to staff; escalate regardless of the low following (the PCN grievance comes second).",
    esc="threat_to_staff", likes=4)

add("e_loading_bay_solicitors", "facebook", "@kentonfreshfoods", "Kenton Fresh Foods", 1800, "2026-09-15T11:30:00Z",
    "A statement from the owners of Kenton Fresh Foods, Kenton Road.\n\nFor SIX WEEKS the loading bay outside our shop has been suspended for 'works' that nobody is doing. No cones moved, no workmen, nothing. Our suppliers are being ticketed every morning and two have said they will stop delivering. Takings are down by a third.\n\nWe have copies of every email we sent to Brent Council and not one proper answer. Our solicitors have been instructed and will be writing to the council this week about our losses. Other shops on the parade are in the same position - message us if you want to be included.",
    5, "Highways",
    "A business announcing that solicitors are instructed over a suspended loading bay and inviting others to join - legal threat with reputational reach; escalate to comms and highways lead.",
    esc="legal_threat", replies=27, likes=140, reposts=36)

# viral video thread (T5)
add("e_viral_trader", "x", "@ldnunfiltered", "London Unfiltered", 86000, "2026-06-27T15:20:45Z",
    "Brent Council enforcement officers throwing an elderly trader's fruit into the back of a van on Wembley High Road. No warning, no paperwork shown. Already 1.2M views on TikTok. Is this how you treat people @Brent_Council? 🎥👇",
    5, "Regulatory Services",
    "Video going viral against an enforcement service, posted by a very large account - 'more controversial issue ... more likely to impact more widely on the council's reputation'; escalate.",
    esc="viral_video", verified=True, replies=312, likes=9800, reposts=4100)
add("m_viral_rt", "x", "@kenton_girl_", None, 130, "2026-06-27T15:58:12Z",
    "RT this everywhere 😡😡",
    1, "Regulatory Services",
    "Reshare of something already escalated, adds nothing new - monitor.",
    reply="e_viral_trader", likes=6, reposts=2)
add("m_viral_abuse", "x", "@dz_wmb", None, 19, "2026-06-27T16:20:33Z",
    "brent council are scum always have been",
    1, None,
    "Low-reach abuse with no substance, inside an already escalated thread - monitor.",
    reply="e_viral_trader", likes=1)

add("e_gas_preston", "x", "@preston_rd_dad", "Gav", 420, "2026-11-04T15:08:19Z",
    "strong smell of gas on Preston Road outside the parade by the post office. it was there when I walked the kids to school and it's still there now at 3. anyone else?? @Brent_Council",
    5, "Emergency Planning",
    "Persistent gas smell on a busy parade - risk to life; escalate and signpost the gas emergency line (ambiguous: the gas network, not the council, fixes it, but it cannot be left to monitoring).",
    esc="risk_to_life", replies=5, likes=14)

add("e_fire_doors", "mastodon", "@wpk_flat9@mastodon.social", None, 230, "2026-02-25T19:03:36Z",
    "Fire doors on the 9th floor of our block at Wembley Park have been wedged open for weeks by the contractors, and the alarm panel in the lobby has said 'FAULT' and beeped since Sunday. Emailed the managing agent twice, nothing. Does @BrentCouncil have any say over this? It's 20 storeys.",
    5, "Regulatory Services",
    "Fire safety in a high-rise (propped fire doors, faulty alarm) - dangerous and reputationally sensitive; escalate. Private block, so private-sector housing enforcement rather than Housing.",
    esc="fire_safety", likes=7, reposts=3)

add("e_bus_shelter", "x", "@kingsburyrd_nurse", None, 160, "2026-01-08T07:46:50Z",
    "there's a man in the bus shelter on Kingsbury Rd by the Tesco. he was there last night too and it was -4, he's only got a thin jacket. didn't really answer when I spoke to him and his speech was slurred. I've rung 999 but posting so someone from @Brent_Council outreach knows he's there",
    5, "Housing",
    "Rough sleeper at risk in freezing weather, unresponsive - risk to life; escalate to outreach even though 999 has been called.",
    esc="rough_sleeper_risk", likes=25, reposts=9)

add("e_cyclist_death", "x", "@alperton_cycles", "Alperton Cycles", 2300, "2026-03-24T11:02:08Z",
    "Heartbroken. A cyclist was killed at the Ealing Road / North Circular junction this morning. We've been asking @Brent_Council for a protected crossing there since 2022 - there are letters. How many more?",
    5, "Highways",
    "A death on the road with an accusation that the council ignored warnings - controversial and high-impact; escalate.",
    esc="death", replies=41, likes=820, reposts=300)

add("e_polling_kenton", "facebook", "@marcus.ferreira.9", "Marcus Ferreira", None, "2026-05-07T21:58:14Z",
    "Went to vote at the Kenton polling station at 9.35pm and they'd already locked the doors and told about 15 of us in the queue they were closed. Through the window you could see the ballot box just sat on a table with nobody near it. Is this allowed??? #BrentElections",
    5, None,
    "Voters turned away before 10pm and an unattended ballot box on polling day - electoral integrity; escalate to the returning officer via comms. Elections are not in the department list.",
    esc="electoral_integrity", replies=8, likes=31, reposts=17)

add("e_candidate_alperton", "x", "@Jay4Alperton", "Jay Patel - Green candidate, Alperton", 1100, "2026-04-14T08:20:33Z",
    "Alperton residents: Brent is waving through yet another 26-storey block on Ealing Road with 0% social rent. I'm standing on 7 May to stop this. The council's own report buries the daylight figures on page 214. Share if you've had enough.",
    5, "Planning",
    "A candidate in the pre-election period attacking a council planning decision - escalate (candidate, political sensitivity); respond, if at all, without taking a political standpoint.",
    esc="candidate", replies=22, likes=180, reposts=64)

add("e_ceiling_pl", "facebook", "@agnieszka.w.nw9", "Agnieszka Wiśniewska", None, "2026-10-21T20:14:47Z",
    "Sufit w kuchni wybrzuszył się po wczorajszym zalaniu od sąsiada z góry i od godziny słychać trzaski. To mieszkanie komunalne w Kingsbury. Boję się, że spadnie, dzieci śpią w pokoju obok. Dzwoniłam na numer awaryjny napraw, nikt nie odbiera. Co mam robić?? @Brent_Council",
    5, "Housing",
    "Polish: 'The kitchen ceiling has bulged after yesterday's flood from the upstairs neighbour and has been cracking for an hour. Council flat in Kingsbury. I'm afraid it will fall, the children sleep next door. Called the emergency repairs number, no answer. What do I do?' - structural danger, escalate.",
    lang="pl", esc="structural_danger", likes=5)

add("e_heating_gu", "x", "@hetal_kenton", "Hetal", 88, "2026-01-29T16:40:25Z",
    "@Brent_Council કેન્ટનમાં અમારા બાજુવાળા ૮૫ વર્ષના બા એક અઠવાડિયાથી હીટિંગ વગર રહે છે, કાઉન્સિલના ફ્લેટનું બોઈલર બગડી ગયું છે. આજે ગઈ ત્યારે કોટ અને ધાબળો ઓઢીને બેઠા હતા, હાથ બરફ જેવા ઠંડા. કહે છે 'કોઈને તકલીફ નથી આપવી'. કોઈ આજે જ જોઈ શકે?",
    5, "Housing",
    "Gujarati: 'Our 85-year-old neighbour in Kenton has had no heating for a week, the council flat's boiler broke. Today she was sitting in her coat and blanket, hands ice cold. Says she doesn't want to trouble anyone. Can someone look today?' - vulnerable adult at risk in winter; escalate (a repair case too, ambiguous with 2).",
    lang="gu", esc="vulnerable_adult", likes=6)

add("e_libraries_breaking", "x", "@NWLondonNews", "NW London News", 310000, "2026-01-20T07:30:00Z",
    "BREAKING: Brent Council could close up to three libraries under budget plans seen by NW London News. Kingsbury, Barham Park and Ealing Road are among those 'under review'. Full story ⬇️",
    5, "Libraries",
    "Very large news account breaking a controversial budget story - highly influential commentator on a council matter; escalate to comms and the libraries lead.",
    esc="influential_account", verified=True, replies=210, likes=2300, reposts=1900)

add("e_flood_bridge", "x", "@alp_commuter", None, 310, "2026-09-24T17:48:21Z",
    "don't drive under the railway bridge on Ealing Road by Alperton station. water's up to the door handles and there's a car stuck in the middle with the driver still in it, hazards on. someone tell @Brent_Council to shut the road",
    5, "Emergency Planning",
    "Flash flooding with a person trapped in a car - risk to life; escalate to emergency planning/highways at once.",
    esc="risk_to_life", replies=7, likes=90, reposts=75)

add("e_blog_misconduct", "rss", "@alpertonvoice.blog", "Alperton Voice (blog)", None, "2026-08-06T06:00:00Z",
    "Drinks before the decision? - Readers have sent Alperton Voice a photograph that appears to show a senior Brent Council planning officer at the launch reception for the Alperton Wharf towers, eight days before the scheme went to planning committee. We have asked the council whether the invitation was declared and whether the officer wrote the committee report. Councillors who voted deserve an answer, and so do the 600 residents who objected.",
    5, "Planning",
    "Local blog alleging misconduct by a planning officer before a committee decision - controversial, reputational; escalate to comms and the planning lead.",
    esc="misconduct")

# =====================================================================================
# ROUTE 2 - customer services (own case)
# =====================================================================================
add("c_pcn_empire_way", "x", "@dev_in_wembley", "Dev", 180, "2026-03-10T08:31:16Z",
    "@Brent_Council got PCN WY41867203 on Empire Way on a TUESDAY. there was no event on. the event day signs were still flipped down from the weekend. appealed online 3 weeks ago, heard nothing. ridiculous",
    2, "Parking",
    "Own penalty charge with its number and an outstanding appeal - needs a parking officer to look it up.",
    likes=4)

add("c_green_bin_stanley", "facebook", "@rachel.dsouza.50", "Rachel D'Souza", None, "2026-07-22T09:12:40Z",
    "Green bin not collected AGAIN at 14 Stanley Avenue, Alperton. That's three fortnights in a row - the crew do the other side of the road and skip ours. Reported online every time. It's full of maggots now in this heat. Brent Council please actually send someone.",
    2, "Environment",
    "Repeated missed collection at a given address - 'a person requiring customer services'.",
    replies=2, likes=6)

for k, when in (("c_bulky_ann_1", "2026-04-09T10:02:11Z"), ("c_bulky_ann_2", "2026-04-11T09:47:03Z")):
    add(k, "x", "@bridgewater_rd_ann", "Ann", 61, when,
        "@Brent_Council still waiting for the bulky waste collection I paid for on 2 April, ref BW-228140. the sofa is blocking my front path and I'm on a walking frame",
        2, "Environment",
        "Paid bulky collection with a reference, missed; the walking frame makes it urgent but it is still an own case (repeat post, same label).",
        likes=1)

add("c_ctax_dd", "x", "@ravi_k_wembley", "Ravi Kotecha", 240, "2026-06-05T12:44:59Z",
    "@Brent_Council I pay council tax by DD on the 1st, acc 30418872, the bank shows it taken every month, yet I've had a reminder AND a letter saying I could be summonsed. Please sort this before I have to take a day off to come in",
    2, "Finance",
    "Own council tax account with number and a payment discrepancy - needs records checked.",
    likes=2)

add("c_damp_orchard", "facebook", "@lola.adeyemi.kb", "Lola Adeyemi", None, "2026-02-03T18:25:37Z",
    "Flat 7, Orchard Court (Brent Housing), Kingsbury. I reported the damp in my son's bedroom in October, ref REP/0918844. Someone came, took photos, said a surveyor would be in touch. It's now February. The black mould is back behind his bed and the window won't shut properly so it's freezing as well. Can someone from housing actually ring me instead of sending another text.",
    2, "Housing",
    "Tenant's own repair with address and reference. Ambiguous with 5: damp and mould in a child's room is sensitive, but no illness or danger is described, so it goes to housing as an urgent case.",
    replies=4, likes=11)

add("c_y7_portal", "x", "@mum_of3_kenton", None, 90, "2026-02-16T21:09:52Z",
    "@Brent_Council applied for year 7 on time (31 Oct!!) and the portal now says 'no application found' for my son. I have the confirmation email, ref BRN-S-2026-0044817. offer day is in 2 weeks, who do I speak to???",
    2, "Education",
    "Own secondary admissions application with a reference that the system has lost - needs an admissions officer before offer day.",
    likes=3)

add("c_pothole_claim", "facebook", "@gary.whitlock.1", "Gary Whitlock", None, "2025-12-15T08:05:44Z",
    "Burst a tyre and bent the rim on the pothole on Watford Road just past the Northwick Park hospital entrance on Friday night. I've got photos of the hole with my foot in it for size and the receipt for £186. Who at Brent do I send the claim to, and is anyone going to fill it before someone comes off a bike?",
    2, "Highways",
    "Own damage claim with a precise location - needs highways/insurance; the 'who do I send it to' question is part of his own case rather than a general query.",
    replies=3, likes=7)

add("c_flytip_dagmar", "x", "@dagmar_av", None, 33, "2026-08-04T07:20:18Z",
    "3 mattresses and a broken wardrobe dumped outside 48 Dagmar Ave since monday. reported it on the app, nothing. rats already sniffing round",
    2, "Environment",
    "Specific fly-tip at a house number already reported - needs a cleansing crew.")

add("c_noise_harrow_rd", "x", "@sudburynights", None, 45, "2026-10-12T04:22:07Z",
    "@Brent_Council the house behind us on Harrow Road (the one with the converted garage) has had music till 4am Thurs-Sun for a MONTH. it's 4.20 now and it's still going. I have recordings. case NS/11203 opened in sept, what is happening with it",
    2, "Regulatory Services",
    "Own noise case with reference - environmental health officer to follow up.")

add("c_library_fine", "instagram", "@ahmed.reads", "Ahmed", 310, "2026-01-05T14:38:21Z",
    "@brentlibraries my card's blocked saying I owe £11.40 for The Kite Runner which I 100% put through the returns slot at Kingsbury library in November. can someone check? card ends 7731 🙏",
    2, "Libraries",
    "Own library account with a disputed charge - staff need to check records.",
    likes=2)

add("c_rates_double", "facebook", "@kentoncyclerepairs", "Kenton Cycle Repairs", 950, "2026-05-06T16:12:45Z",
    "Brent business rates have taken TWO direct debits this month for our unit on Kenton Road (account 7002193). That's £1,140 we needed for stock. Emailed three times, no reply. Please, someone, refund it.",
    2, "Finance",
    "Business's own rates account charged twice - needs a revenues officer.",
    replies=5, likes=19)

add("c_pavement_licence", "x", "@wembleycafe", "Café on the High Road", 900, "2026-08-26T10:55:30Z",
    "Applied for a pavement licence for our café on Wembley High Road 7 weeks ago (ref PL/25/0317), fee paid. Summer's nearly over 🙃 any news @Brent_Council?",
    2, "Regulatory Services",
    "Business's own licence application with a reference - licensing to chase.",
    likes=8)

add("c_job_portal", "linkedin", "@tariq-hussain-ops", "Tariq Hussain", 520, "2026-04-28T13:17:09Z",
    "Hi Brent Council - I applied for the Parking Enforcement Team Leader vacancy (ref BC-04417) before the closing date but never received a confirmation, and the candidate portal now shows my application as 'withdrawn', which I did not do. Could someone in recruitment let me know who to contact?",
    2, "HR",
    "Own job application with a reference, apparently withdrawn in error - HR to check.")

add("c_foi_stewarding", "x", "@gracefield_research", "Grace Field", 410, "2026-02-09T11:02:48Z",
    "@Brent_Council FOI request please: how much did the council spend on event day stewarding and traffic management contracts for Wembley Stadium events in 2025/26, broken down by contractor? Happy to give an email by DM.",
    2, "Highways",
    "Request for recorded spending data; real name visible in the profile, so a valid FOI - log it via customer services (2); the clock starts from the post.",
    foi=True, fv=True, likes=5, reposts=2)

add("c_foi_flytip_signed", "facebook", "@d.o.nw9", "D O", None, "2025-12-04T15:40:00Z",
    "Freedom of Information request.\nPlease provide (1) the number of fly-tipping reports logged for Kingsbury ward in each month of 2025, and (2) the number of fixed penalty notices issued for fly-tipping in the same ward over the same period.\nReply in writing to: Mr Dennis Ogunleye, 22 Buck Lane, London NW9.",
    2, "Environment",
    "Profile shows initials only, but the post gives a full name and a postal address for correspondence - valid FOI; log it (2).",
    foi=True, fv=True, likes=1)

add("c_foi_ta_pt", "facebook", "@anacristina.f", "Ana C.", None, "2026-07-02T10:26:13Z",
    "Pedido ao abrigo da Lei da Liberdade de Informação (Freedom of Information Act): quantas famílias estão atualmente em alojamento temporário fora do borough de Brent, e quantas estão lá há mais de 12 meses? Por favor enviem a resposta por escrito para: Ana Cristina Ferreira, 5 Park Lane, Wembley HA9 7RU. Obrigada.",
    2, "Housing",
    "Portuguese: FOI request - how many families are currently in temporary accommodation outside Brent, and how many for over 12 months; full name and postal address given - valid FOI, log it (2).",
    lang="pt", foi=True, fv=True)

add("c_recycling_gu", "x", "@preston_kaka", "Jayant", 40, "2026-08-13T07:58:26Z",
    "@Brent_Council અમારી શેરી (Carlton Avenue East, Preston) માં ત્રણ અઠવાડિયાથી રિસાયક્લિંગનો ડબ્બો ઉપાડ્યો નથી. ઘર નંબર 41. ઓનલાઇન ફરિયાદ કરી, નંબર 8823410, પણ કોઈ જવાબ નથી. ડબ્બો ઊભરાઈ ગયો છે.",
    2, "Environment",
    "Gujarati: 'Recycling bin not collected for three weeks on our street (Carlton Avenue East, Preston), house 41, complained online ref 8823410, no answer, bin overflowing' - own missed collection.",
    lang="gu")

add("c_ctax_pl", "x", "@marek_nw10", "Marek", 72, "2026-04-16T17:33:09Z",
    "@Brent_Council Dzień dobry, w marcu wyprowadziłem się z Alperton do Harrow i zamknąłem konto podatku lokalnego (nr 30577126). Teraz dostałem rachunek za cały rok 2026/27 i ponaglenie. Proszę o korektę, mam potwierdzenie wyprowadzki.",
    2, "Finance",
    "Polish: 'I moved from Alperton to Harrow in March and closed my council tax account (no. 30577126); now I've had a bill for the whole of 2026/27 and a reminder. Please correct it, I have proof of moving.' - own account case.",
    lang="pl")

add("c_boiler_ur", "facebook", "@imran.qureshi.kb", "Imran Qureshi", None, "2026-11-17T19:21:50Z",
    "برینٹ کونسل، میرے فلیٹ کا بوائلر دو ہفتوں سے خراب ہے، گھر میں گرم پانی نہیں۔ مرمت کا نمبر R-774120 ہے، چرچ لین، کنگزبری۔ دو بار فون کیا، کہتے ہیں انجینئر آئے گا، کوئی نہیں آیا۔",
    2, "Housing",
    "Urdu: 'Brent Council, my flat's boiler has been broken for two weeks, no hot water. Repair ref R-774120, Church Lane, Kingsbury. Phoned twice, they say an engineer will come, nobody has.' - own repair; no vulnerability mentioned, so 2 not 5.",
    lang="ur", likes=2)

add("c_school_place_ar", "x", "@um_yusuf_ha9", "أم يوسف", 130, "2026-10-27T09:40:36Z",
    "انتقلنا إلى ويمبلي قبل شهر، وابني (٨ سنوات) ما زال بلا مدرسة حتى الآن. قدّمت طلب الالتحاق برقم IY-20931 في سبتمبر ولم يردّ أحد. مع من أتواصل؟ @Brent_Council",
    2, "Education",
    "Arabic: 'We moved to Wembley a month ago and my son (8) still has no school. I applied with ref IY-20931 in September, nobody replied. Who do I contact?' - own in-year admission; ambiguous with 5 (child missing education) but it is a parent actively seeking a place.",
    lang="ar", likes=3)

add("c_visitor_permit_ro", "x", "@ioana_alperton", "Ioana", 58, "2026-09-02T20:02:14Z",
    "Bună ziua @Brent_Council, am cumpărat online un permis de parcare pentru vizitatori, mi s-au luat banii (£24), dar permisul nu apare în cont. Locuiesc pe Beresford Avenue, Alperton. Referința plății: 55810293. Mulțumesc.",
    2, "Parking",
    "Romanian: 'I bought a visitor parking permit online, the £24 was taken but the permit doesn't show in my account. Beresford Avenue, Alperton, payment ref 55810293.' - own permit/payment case (a web fault may lie behind it, ambiguous with 3).",
    lang="ro")

add("c_assisted_fryent", "x", "@carer_for_dad", None, 150, "2026-05-27T18:44:00Z",
    "my dad on Fryent Way is 88 and can't drag the bins to the kerb since his hip op. how do we get him on assisted collections?? we've put it in twice in 2 months and nobody ticks it. happy to DM the address",
    2, "Environment",
    "Own request for assisted collection already applied for twice - needs an officer to act on the record (ambiguous with 3: 'how do we' could be signposted, but they have already applied).",
    likes=4)

add("c_carers_pcn", "facebook", "@bernadette.ryan.nw9", "Bernadette Ryan", None, "2026-06-10T12:15:27Z",
    "My mum's carers keep getting tickets outside her flat on Slough Lane while they're inside doing her personal care. Three since May, the latest is PCN BT55120934. The agency now says the carers might not come if it carries on. She can't get out of bed without them. Is there a permit for carers or do I have to fight every single one?",
    2, "Parking",
    "Own PCN plus a need for a carer parking dispensation - parking case. Ambiguous with 5 (care visits to a bedbound person at risk), but the threat is future and the fix is a permit.",
    replies=3, likes=12)

add("c_window_abuse", "x", "@angry_in_kenton", None, 66, "2026-09-30T22:11:48Z",
    "absolute muppets at brent housing. 5 MONTHS waiting for someone to fix the rotten kitchen window frame at flat 3, 88 Honeypot Lane, ref HSG-3310092. the glass is loose now. useless the lot of you",
    2, "Housing",
    "Abuse with substance: under the insults is a tenant's own repair with address and reference - pass to housing; loose glass makes it urgent but not an escalation.",
    likes=2)

# =====================================================================================
# ROUTE 3 - web team responds
# =====================================================================================
add("w_event_day_today", "x", "@newtowembley", None, 14, "2026-05-23T10:17:35Z",
    "is it an event day today?? need to know if I can park on Harrow Rd outside my mate's, don't wanna get done",
    3, "Parking",
    "General 'is it an event day' question answered by the published event-day calendar - web team signposts.")

add("w_fridge_cost", "facebook", "@yvonne.b.wembley", "Yvonne Bailey", None, "2026-02-18T13:02:20Z",
    "How much is it to get the council to take away an old fridge freezer? We're in Wembley. Do they still do it cheaper if you're on benefits?",
    3, "Environment",
    "General bulky-waste price question - 'signposting to information on our website'.",
    replies=2)

add("w_reception_2027", "x", "@firsttime_mumma", None, 210, "2026-09-08T20:41:12Z",
    "when does applying for reception places open for sept 2027?? first child, honestly no idea how any of this works 😅 @Brent_Council",
    3, "Education",
    "General admissions timetable question - web team points to the school admissions pages.")

add("w_pay_button_404", "x", "@jtonks", "James Tonks", 310, "2026-04-02T19:26:55Z",
    "@Brent_Council the 'pay council tax' button on your site just takes me to page not found. tried chrome and safari. I'm literally trying to give you money lol",
    3, "Web",
    "Fault on the website - web team fixes/answers; no account problem of his own.",
    likes=6, reposts=1)

add("w_easter_library", "x", "@leila_reads_", None, 95, "2026-04-04T16:10:40Z",
    "is Kingsbury library open on Easter Monday?",
    3, "Libraries",
    "Opening-hours question answered by published information.")

add("w_kenton_lane_harrow", "facebook", "@pat.murphy.ha3", "Pat Murphy", None, "2026-01-06T08:49:29Z",
    "@Brent Council why has nobody collected the bins on Kenton Lane (HA3) since Christmas?? Every other year they come the Saturday after.",
    3, None,
    "Kenton Lane HA3 is on the Harrow side of Kenton - a mention meant for another council; web team redirects to Harrow. Ambiguous with 2 if the address turned out to be in Brent.",
    replies=1)

add("w_foi_pcn_pseudonym", "x", "@parkwatcher_ha9", "parkwatcher", 720, "2026-01-13T12:30:04Z",
    "FOI: how many PCNs did Brent issue in the Wembley Stadium event day zone in 2025 and how much did it bring in? bet it's millions @Brent_Council",
    3, "Parking",
    "A real request for recorded data (the jibe is incidental), but made under a pseudonym with no name or address - invalid FOI; web team explains how to make a valid request.",
    foi=True, fv=False, likes=14, reposts=4)

add("w_barham_true", "x", "@olu_sudbury", None, 180, "2026-01-21T08:12:49Z",
    "is it true Barham Park library is closing? my kids go every saturday",
    3, "Libraries",
    "'Is it true' question after a news story - the web team can answer with the published consultation position (the story itself is escalated separately).")

add("w_brent_cross_west", "x", "@hendon_hannah", None, 260, "2026-09-13T17:55:31Z",
    "@Brent_Council when are they adding more trains at Brent Cross West, it's every half hour on a Sunday, it's ridiculous",
    3, None,
    "Brent Cross West is in Barnet and the trains are the rail operator's - a mention meant for someone else; web team redirects. Ambiguous with 1 (keyword noise).")

add("w_dead_fox", "instagram", "@forty_lane_kid", None, 80, "2026-07-17T13:28:14Z",
    "how do i report a dead fox on the pavement on Forty Lane?? is that council or rspca",
    3, "Environment",
    "How-to question - signpost the online dead animal report. Ambiguous with 2: a location is given, but they are asking how to report it.")

add("w_cpz_alperton", "mastodon", "@mina@mastodon.london", None, 140, "2025-12-13T11:42:16Z",
    "What are the CPZ hours on the streets off Ealing Road in Alperton? Visiting family on Sunday and the signs are confusing (one says Mon-Sat, one says event days).",
    3, "Parking",
    "General confusion about controlled parking hours - answered by published zone information.")

add("w_civic_sat_es", "x", "@lucia_wembley", "Lucía", 65, "2026-10-16T18:35:50Z",
    "¿Alguien sabe si el Civic Centre de Wembley abre los sábados? Tengo que entregar documentos para la solicitud de vivienda y entre semana trabajo hasta las 6. @Brent_Council",
    3, "Housing",
    "Spanish: 'Does anyone know if Wembley Civic Centre opens on Saturdays? I need to hand in documents for my housing application and I work until 6 on weekdays.' - opening hours / how to submit documents; signpost (ambiguous with 2 as it concerns her application).",
    lang="es")

add("w_permit_so", "facebook", "@hodan.wembley", "Hodan", None, "2026-10-02T15:16:38Z",
    "Salaan. Waxaan dhawaan u guuray guri cusub oo Wembley ah. Sidee baan u codsadaa ruqsadda baarkinka ee deganeyaasha (resident parking permit)? Ma online baa mise Civic Centre ayaan tagaa?",
    3, "Parking",
    "Somali: 'Hello. I recently moved to a new home in Wembley. How do I apply for a resident parking permit? Is it online or do I go to the Civic Centre?' - how-to question, signpost.",
    lang="so")

add("w_reportit_iphone", "bluesky", "@kb-neighbour.bsky.social", None, 340, "2026-05-12T20:50:08Z",
    "the brent 'report it' form crashes every single time I attach a photo on iPhone. tried 4 times to report a fly-tip tonight, gave up. @brent.gov.uk",
    3, "Web",
    "Website fault - web team; the fly-tip has no location so there is no case yet.",
    likes=9, reposts=2)

add("w_haf_summer", "facebook", "@tasha.morgan.wembley", "Tasha Morgan", None, "2026-06-20T21:04:56Z",
    "Does Brent do the holiday activities and food thing again this summer? Where do you sign up? My two are on free school meals and were bored out their minds last year",
    3, "Education",
    "General question about a published scheme - signpost.", replies=3)

add("w_garden_waste", "x", "@sudbury_gardener", None, 120, "2026-02-27T09:15:42Z",
    "when does garden waste renewal open and can I actually do it online this year? last year's link just went round in circles",
    3, "Environment",
    "How/when question plus a complaint about last year's link - signpost (the Web department is a reasonable alternative).")

add("w_nfl_roads_yt", "youtube", "@SunitaKingsbury", "Sunita", None, "2026-10-10T17:31:03Z",
    "Which roads are actually closed for the NFL game on Sunday? I need to get my mum from Kingsbury to Northwick Park hospital for 2pm",
    3, "Highways",
    "Comment on the council's event-day video asking which roads close - published traffic information answers it.")

add("w_foi_schoolstreets_kat", "bluesky", "@kingsburykat.bsky.social", "Kat", 260, "2026-03-19T08:03:17Z",
    "Could Brent publish how many school street applications it got in 2025 and how many were approved? Asking as a parent at one of the Kingsbury primaries. Is that an FOI thing?",
    3, "Highways",
    "A request for recorded figures, but only a first name is visible and no address - invalid FOI; web team explains how to make a valid request.",
    foi=True, fv=False, likes=4)

add("w_spd_flatmate", "x", "@ola_in_ha0", None, 45, "2025-12-22T14:26:41Z",
    "how do i get the single person discount? flatmate moved out last month",
    3, "Finance",
    "General how-to - signpost the online discount form. Ambiguous with 2 as it concerns his own account, but no account action is asked for yet.")

add("w_street_party", "x", "@sudbury_court_rd", None, 230, "2026-05-02T11:07:25Z",
    "do we need permission to close our road in Sudbury for a street party in July? who do we ask and how far ahead?",
    3, "Highways",
    "General question answered by the published street party guidance.")

# =====================================================================================
# ROUTE 4 - service conversations
# =====================================================================================
add("t_cpz_root", "facebook", "@sudburyresidents", "Sudbury Town Residents' Association", 2400, "2026-03-11T19:30:00Z",
    "The council's consultation on a new CPZ for the streets around Sudbury Town station (Station Crescent, the north side of Harrow Road, Pasture Road etc.) closes on 30 March. Our committee met last night and views are VERY split - some want event-day only, some want Mon-Sat 8-6.30.\n\nPlease comment here AND fill in the consultation itself. We'll collate everything for our meeting with the parking team on the 25th.",
    4, "Parking",
    "Live consultation being discussed by a residents' group, with a meeting with the parking team - 'specific ongoing conversation of relevance to a particular service area'.",
    replies=27, likes=45, reposts=12)
add("t_cpz_pasture", "facebook", "@c.mensah.sudbury", "Charles Mensah", None, "2026-03-11T20:02:48Z",
    "We're on Pasture Road and since the stadium zone was extended it's just commuters dumping cars from 7am and walking to the station. Mon-Sat is the only thing that would help us. Event-day only does nothing.",
    4, "Parking",
    "Contribution to the live CPZ consultation thread.", reply="t_cpz_root", likes=14)
add("t_cpz_cost", "facebook", "@jill.harwood.hr", "Jill Harwood", None, "2026-03-11T21:10:06Z",
    "Pay for a permit per car on top of council tax? No thanks. Event days only. And someone from parking needs to explain why the hours in the online survey are different from the leaflet they put through our doors.",
    4, "Parking",
    "Critical but on-topic contribution to the consultation; the survey/leaflet mismatch is for the parking team to answer in the thread.",
    reply="t_cpz_root", likes=9)
add("m_cpz_thumbs", "facebook", "@raj.s.1960", "Raj S", None, "2026-03-12T07:41:22Z",
    "👍👍",
    1, None,
    "Emoji-only reply, no content to act on.", reply="t_cpz_cost")
add("t_cpz_heard_back", "facebook", "@fiona.k.sudbury", "Fiona K", None, "2026-03-23T18:20:14Z",
    "Has anyone actually heard back from them about this?",
    4, "Parking",
    "Inside the CPZ consultation thread this asks whether the parking team has responded - the conversation is ongoing (same words standalone would be 1).",
    reply="t_cpz_root", likes=3)

add("t_alp_root", "x", "@alperton_forum", "Alperton Residents Forum", 1900, "2026-07-30T18:00:41Z",
    "Planning application 26/1045: 29 storeys at the Ealing Road / Bridgewater Road junction. 412 flats, 38 car parking spaces, consultation closes 14 Aug. Thread on what's in it and how to comment 🧵 @Brent_Council",
    4, "Planning",
    "Residents' forum opening a discussion on a live planning application - service conversation for planning officers to join.",
    replies=34, likes=120, reposts=70)
add("t_alp_daylight", "x", "@canal_side_ali", "Ali", 210, "2026-07-30T18:26:03Z",
    "the daylight report says our block on Atlip Rd loses 40% of its winter sun. did anyone from planning actually come and look??",
    4, "Planning",
    "Resident contributing to the planning application thread with a specific point for officers.",
    reply="t_alp_root", likes=22)
add("t_alp_parking", "x", "@bridgewater_b", None, 85, "2026-07-30T19:02:55Z",
    "not against homes, we need them. against 38 spaces for 412 flats on a road that's gridlocked every event day. has highways even commented on the application?",
    4, "Planning",
    "On-topic, moderate contribution to the live application discussion.", reply="t_alp_root", likes=31)
add("e_alp_cllr", "x", "@CllrDOsei", "Cllr Daniel Osei", 2600, "2026-07-31T08:15:19Z",
    "As one of your Alperton ward councillors I've asked for 26/1045 to go to full planning committee rather than be decided by officers. Objections with your address by 14 Aug please - and I'll be asking why the transport assessment uses 2019 traffic counts.",
    5, "Planning",
    "A ward councillor speaking publicly about a live application and questioning officers' evidence - influential author on a council matter; escalate (the thread itself stays 4).",
    esc="councillor", reply="t_alp_root", replies=6, likes=88, reposts=40)

add("t_litter_root", "facebook", "@priti.shah.ha9", "Priti Shah", None, "2026-06-14T10:33:27Z",
    "Every single event day it's the same on the side streets off Empire Way and Fulton Road - cans, food boxes, people weeing in front gardens. Street cleaning comes on the Monday but by then it's blown everywhere. Last Saturday was the worst I've seen in eleven years here.\n\nCan we get the council's cleansing team to treat this as a proper hotspot? I'll add photos in the comments. Neighbours please add yours too.",
    4, "Environment",
    "Recurring event-day litter hotspot discussed by neighbours, asking the service to engage - route 4 for the cleansing team.",
    replies=19, likes=52)
add("t_litter_bn", "facebook", "@farhana.r.wembley", "Farhana Rahman", None, "2026-06-14T11:05:10Z",
    "আমাদের ফুলটন রোডেও একই অবস্থা। খেলার পরের দিন সকালে বাচ্চাদের স্কুলে নিয়ে যাওয়ার সময় ফুটপাতে ভাঙা কাঁচের বোতল। আরও বিন দরকার, আর সেই রাতেই পরিষ্কার করা দরকার, সোমবার নয়।",
    4, "Environment",
    "Bengali: 'Same on our Fulton Road. The morning after a match there's broken glass on the pavement on the school run. We need more bins and cleaning that same night, not Monday.' - adds to the hotspot conversation.",
    lang="bn", reply="t_litter_root", likes=7)
add("c_litter_garden", "facebook", "@george.pappas.ha9", "George Pappas", None, "2026-06-14T12:48:39Z",
    "They've left two bin bags full of stadium rubbish and a traffic cone in my front garden at 7 Manor Drive. Could someone from street cleansing actually come and take it away, it's not my rubbish to pay for",
    2, "Environment",
    "Inside the hotspot thread, but this is his own address needing a collection - customer services.",
    reply="t_litter_root", likes=4)
add("t_litter_corner", "facebook", "@lynne.p.tokyngton", "Lynne P", None, "2026-06-14T14:20:51Z",
    "they never empty the one on the corner",
    4, "Environment",
    "In the hotspot thread this is about the litter bin on the event-day route - part of the ongoing conversation (standalone it would be 1).",
    reply="t_litter_root", likes=5)

add("t_ss_root", "mastodon", "@sudburyparent@mastodon.social", None, 310, "2026-11-10T08:59:37Z",
    "Parents at Sudbury Primary: the school street trial outside the gates ends in December and Brent are deciding whether to make it permanent. Has anyone else noticed the traffic has just moved round to Perrin Road? Let's get our experience in before the review. @BrentCouncil",
    4, "Highways",
    "Parents discussing an experimental school street scheme under review - service conversation for highways officers.",
    replies=8, likes=21, reposts=6)
add("t_ss_perrin", "mastodon", "@bea_k@mastodon.london", None, 95, "2026-11-10T09:40:12Z",
    "Perrin Rd is awful 8.30-8.50 now. But the gate itself is SO much calmer, my 5yo walks in on her own. I'd keep it with a camera at the Perrin end too.",
    4, "Highways",
    "On-topic contribution to the scheme review conversation.", reply="t_ss_root", likes=6)
add("t_ss_badge", "mastodon", "@nanaama@mastodon.social", None, 60, "2026-11-10T12:12:05Z",
    "the blue badge exemption doesn't work btw. my mum got a PCN dropping my son off and she has a badge. took 2 months to get it cancelled. whoever runs the review should hear that",
    4, "Highways",
    "Experience offered to the scheme review; the PCN is already cancelled, so no live case (ambiguous with 2).",
    reply="t_ss_root", likes=9)

add("t_kenton_traders", "x", "@kentonrdtraders", "Kenton Road Traders", 640, "2026-11-23T17:05:44Z",
    "Following Thursday's meeting with Brent's highways team about the bus lane hours on Kenton Road: we agreed to send them our loading-times survey by Friday. Traders who haven't filled it in yet, please do it today. Next meeting 3 Dec. @Brent_Council",
    4, "Highways",
    "Text shows an ongoing exchange between a traders' group and highways about one scheme - service conversation.",
    likes=11, reposts=3)

# =====================================================================================
# ROUTE 1 - monitor
# =====================================================================================
add("m_brent_crude", "x", "@oilwatch_fx", "OilWatch FX", 12000, "2026-02-04T14:02:00Z",
    "Brent crude slips below $70 as OPEC+ signals an output increase; WTI follows. #oil #markets",
    1, None, "Keyword noise - Brent crude oil.", likes=40, reposts=12)

add("m_brent_fa", "x", "@reza_ldn", None, 150, "2026-09-09T10:44:51Z",
    "قیمت نفت برنت امروز دوباره بالا رفت. یعنی باز هم بنزین گران‌تر می‌شود 😩",
    1, None, "Farsi: 'The Brent oil price went up again today. Meaning petrol gets dearer again.' - keyword noise.",
    lang="fa")

add("m_brentford", "x", "@bees_till_i_die", None, 880, "2026-01-31T17:05:12Z",
    "@Brent_Council wrong account I know but COME ON BRENTFORD 🐝🐝🐝 what a finish",
    1, None, "Brentford FC noise, tagged the council by mistake.", likes=12)

add("m_brent_cross", "facebook", "@hayley.c.nw2", "Hayley C", None, "2025-12-20T16:47:33Z",
    "Brent Cross on the last Saturday before Christmas is my personal hell. Never again. Never. Again.",
    1, None, "Keyword noise - Brent Cross shopping centre (Barnet).", likes=17)

add("m_brent_person", "instagram", "@kezia.m", None, 900, "2026-11-14T21:30:05Z",
    "happy 40th to the one and only Brent 🎉🎉 love you bro, no one does a dad dance like you",
    1, None, "Person called Brent - noise.", likes=63)

add("m_library_thanks", "facebook", "@maureen.h.kingsbury", "Maureen Hughes", None, "2026-08-29T15:10:20Z",
    "Big thank you to the lady at Kingsbury library who sat with my dad for forty minutes and helped him renew his Freedom Pass online. He came home so chuffed with himself. Brent's libraries are a gem, use them or lose them.",
    1, "Libraries", "Praise - no action beyond passing thanks on; monitor.", likes=48)

add("m_cleaners_5am", "x", "@wembley_early", None, 430, "2026-07-12T05:20:44Z",
    "5am and the Brent street cleaning crew are already on Olympic Way clearing up after last night. absolute legends 👏 @Brent_Council",
    1, "Environment", "Praise for the post-event clean-up - monitor (could be shared).", likes=75, reposts=8)

add("m_letters_rhetorical", "x", "@tokyngton_tom", None, 150, "2026-10-18T11:55:39Z",
    "how much did brent pay for those giant light-up letters at wembley park, a million quid? meanwhile the potholes round here have been there since the romans",
    1, "Highways",
    "Sarcasm; 'how much did' is a rhetorical jibe, not a request for recorded information - not FOI. No location for the potholes.")

add("m_clowns", "x", "@x_deeno_x", None, 8, "2026-04-25T23:48:15Z",
    "brent council are a bunch of useless clowns honestly",
    1, None, "Low-reach abuse with no substance.")

add("m_spam_crypto", "x", "@fx_king_signalz", None, 3, "2026-06-16T03:12:00Z",
    "@Brent_Council 💰 Earn £500/day from home with our crypto signals 📈 DM now, limited spots 🚀🚀",
    1, None, "Spam.")

add("m_tory_leaflet", "facebook", "@brentnorthconservatives", "Brent North Conservatives", 900, "2026-04-20T18:00:00Z",
    "Another year, another council tax rise from Labour-run Brent. Bins missed, roads crumbling, libraries under threat. On Thursday 7 May, send them a message. #VoteConservative #Kenton #Kingsbury",
    1, None,
    "Party-political campaigning by a party branch (not a named candidate), modest reach, no case - monitor and take no political standpoint. Ambiguous with 5 in the pre-election period.",
    likes=34, reposts=11)

add("m_boulevard_lights", "x", "@WembleyParkLife", "Wembley Park Life", 150000, "2025-12-05T21:15:30Z",
    "What a night on the Boulevard for the lights switch-on! Thanks to everyone who came down, and to @Brent_Council 🎄✨",
    1, None, "Large account saying something of no consequence (thanks) - monitor.",
    verified=True, likes=1200, reposts=85)

add("m_ealing_ltn", "bluesky", "@harlow.d.bsky.social", None, 420, "2026-02-22T12:41:18Z",
    "Ealing's LTN rows are exhausting. Glad we moved to Brent, honestly the most exciting thing on our road is the recycling lorry",
    1, None, "Another borough's matter plus light chatter - noise.")

add("m_bins_again", "x", "@wmb_lad", None, 22, "2026-01-12T07:55:58Z",
    "bins?? again",
    1, "Environment", "Very short moan with no address or case - monitor. Ambiguous with 2 if they gave an address.")

add("m_linkedin_newjob", "linkedin", "@amara-okoye-planning", "Amara Okoye", 780, "2026-09-21T08:30:00Z",
    "Delighted to share that I've started as a Graduate Planning Officer at Brent Council! Looking forward to working on some of the biggest regeneration schemes in London, from Wembley Park to Alperton. Thank you to everyone who supported me 🙏 #planning #localgov",
    1, "HR", "Staff good-news post - nothing to act on.", likes=140)

add("m_yt_recycling", "youtube", "@MrsPatelPreston", "Mrs Patel", None, "2025-12-29T10:18:42Z",
    "Very clear and short video thank you. Would be good to have it in Gujarati too for my mother-in-law.",
    1, "Environment",
    "Praise with a gentle suggestion on a council how-to video - monitor/pass on. Ambiguous with 3 (a reply acknowledging the suggestion would be fine).")

add("m_rss_nfl", "rss", "@brentkilburntimes.feed", "Brent & Kilburn Times", None, "2026-08-12T06:30:00Z",
    "Wembley confirms NFL double-header for October - The stadium will host two regular-season games on consecutive Sundays. Brent Council said event day parking controls will apply across the Wembley zone on both dates and residents should check the council website for road closures.",
    1, "Parking", "Neutral news report repeating council information - nothing to act on; monitor.")

add("m_diwali_hi", "instagram", "@aarti.ealingrd", "Aarti", 1300, "2026-11-07T20:05:19Z",
    "ईलिंग रोड की दिवाली लाइटें इस साल कमाल की हैं! पूरा परिवार देखने आया ✨🪔 शुक्रिया ब्रेंट",
    1, None, "Hindi: 'The Ealing Road Diwali lights are amazing this year! The whole family came to see. Thanks Brent' - praise, monitor.",
    lang="hi", likes=210)

add("m_tamil_books", "facebook", "@kavitha.s.alperton", "Kavitha S", None, "2026-05-30T11:22:07Z",
    "ஈலிங் ரோடு நூலகத்தில் புதிய தமிழ் புத்தகங்கள் வந்திருக்கின்றன. என் பிள்ளைகளுக்கு ரொம்பப் பிடித்திருக்கிறது. நன்றி!",
    1, "Libraries", "Tamil: 'New Tamil books have arrived at Ealing Road library. My children love them. Thank you!' - praise.",
    lang="ta", likes=26)

add("m_heard_back_standalone", "x", "@n_wembley_2", None, 40, "2026-07-07T13:14:25Z",
    "Has anyone actually heard back from them about this?",
    1, None,
    "Standalone, with no thread or subject it is impossible to tell what 'this' is - monitor (the same words inside the CPZ thread are 4).")

add("m_corner_standalone", "x", "@kingsbury_ken", None, 55, "2026-08-31T19:02:33Z",
    "they never empty the one on the corner",
    1, "Environment",
    "Standalone moan with no location or case - monitor (the same words inside the event-day litter thread are 4).")

# =====================================================================================
# build
# =====================================================================================
for it in ITEMS:
    it["id"] = make_id(it)
ids = [it["id"] for it in ITEMS]
assert len(set(ids)) == len(ids)

def root_of(it):
    while it["reply"]:
        it = BY_KEY[it["reply"]]
    return it

children = {}
for it in ITEMS:
    if it["reply"]:
        parent = BY_KEY[it["reply"]]
        assert parent["when"] < it["when"], it["key"]
        children.setdefault(it["reply"], []).append(it)
for it in ITEMS:
    r = root_of(it)
    it["thread"] = r["id"] if (it["reply"] or it["key"] in children) else None
# a root's reply count must be at least its replies here
for it in ITEMS:
    if it["key"] in children:
        n = sum(1 for x in ITEMS if x["reply"] and root_of(x) is it) if not it["reply"] else len(children[it["key"]])
        it["replies"] = max(it["replies"], n)

rng = random.Random(19757)
order = ITEMS[:]
rng.shuffle(order)
emitted, out, pending = set(), [], {}

def emit(it):
    out.append(it)
    emitted.add(it["key"])
    for ch in pending.pop(it["key"], []):
        emit(ch)

for it in order:
    if it["reply"] and it["reply"] not in emitted:
        pending.setdefault(it["reply"], []).append(it)
    else:
        emit(it)
assert len(out) == len(ITEMS), (len(out), len(ITEMS))

with open(OUT, "w", encoding="utf-8") as f:
    for it in out:
        rec = {
            "platform": it["platform"], "platform_id": it["id"], "author_handle": it["handle"],
            "author_name": it["name"], "author_followers": it["followers"], "author_verified": it["verified"],
            "text": it["text"], "created_at": it["when"],
            "reply_to_id": BY_KEY[it["reply"]]["id"] if it["reply"] else None,
            "thread_id": it["thread"], "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"],
            "language": None,
            "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"],
                      "foi_valid": it["fv"] if it["foi"] else None, "escalate_reason": it["esc"],
                      "reason": it["reason"], "language": it["lang"]},
            "provenance": "written",
        }
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(out)} items to {OUT}")
