#!/usr/bin/env python3
"""Writer G, set v4: 110 hand-written mentions of Brent Council, labelled by hand per Appendix A
(domain.md section 8 order). Theme: a January 2026 storm with burst mains and flooding in parts of Brent,
alongside the ordinary stream. Run: python3 src-G.py  -> writes part-G.jsonl (shuffled, replies after parents)."""
import json, os, random

PREFIX = "31415"
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(31415110)
ITEMS = []
_used = set()


def _pid(platform):
    while True:
        if platform in ("x", "mastodon"):
            p = PREFIX + str(rng.randint(10**12, 10**13 - 1))
        else:
            short = {"facebook": "fb", "instagram": "ig", "youtube": "yt", "linkedin": "li",
                     "bluesky": "bsky", "rss": "rss"}[platform]
            p = f"{short}_{PREFIX}_{rng.randint(100000, 999999)}"
        if p not in _used:
            _used.add(p)
            return p


def m(key, platform, handle, name, followers, text, when, route, dept, reason, *, lang="en",
      foi=False, foi_valid=None, esc=None, verified=False, parent=None, root=None,
      replies=0, likes=0, reposts=0):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers,
                      verified=verified, text=text, when=when, route=route, dept=dept, reason=reason,
                      lang=lang, foi=foi, foi_valid=foi_valid, esc=esc, parent=parent, root=root,
                      replies=replies, likes=likes, reposts=reposts))


# ---------------------------------------------------------------- route 5: escalate
m("e_notseen", "x", "@maureen_k_nw9", "Maureen Kelly", 143,
  "Not being funny but has anyone from the council or the housing been round the bungalows off Fryent Way? "
  "Mr Okafor at number 6 hasnt opened his curtains since thursday and his milk is still on the step. Phone just "
  "rings out. With the power going off half the night I'm worried sick @Brent_Council",
  "2026-01-17T10:12:44Z", 5, None,
  "Older neighbour not seen for days after a night of power cuts: possible risk to a vulnerable adult, escalate "
  "whatever the follower count; welfare/adult social care is not one of the 14 departments",
  esc="welfare_not_seen", replies=4, likes=19, reposts=11)

m("e_ceiling", "facebook", "@precious.mensah.77", "Precious Mensah", 58,
  "Please can someone help. Water has been coming through the ceiling in my daughters bedroom since 3am, now "
  "its dripping out of the light fitting and the switch made a popping sound when I touched it. I turned off "
  "what I could at the box.\n\nI rang the repairs line and was on hold 50 minutes then it cut off. We are on "
  "the 9th floor in Stonebridge, I think the flat above is empty. I have 3 kids here and it is freezing. What do "
  "I do??",
  "2026-01-17T04:51:10Z", 5, "Housing",
  "Water through a light fitting with sparking, three children in the flat: risk to life (fire/electrical), not "
  "just a repair; ambiguous with 2 (own housing repair) but the danger decides",
  esc="risk_to_life_electrical", replies=7, likes=12, reposts=3)

m("e_sinkhole", "x", "@harlesden_dad", "Marcus", 211,
  "a whole chunk of Craven Park Road has just gone. like the tarmac has dropped into a hole and water is "
  "pouring up out of it, buses still trying to squeeze past it. no cones no nothing. someone is going to drive "
  "straight into that in the dark @Brent_Council",
  "2026-01-17T18:47:02Z", 5, "Highways",
  "Road collapse over a burst main with traffic still passing and no barriers: risk to life, escalate",
  esc="risk_to_life", replies=9, likes=64, reposts=40)

m("e_kidsalone", "x", "@nas_k_", None, 96,
  "kids next door (2 little ones maybe 4 and 6) have been on their own since yesterday lunchtime i think. "
  "heard them crying through the wall, no lights on in there since the power cut. knocked and the older one "
  "said mum is 'at work'. church end. @Brent_Council who do i even tell",
  "2026-01-18T08:30:19Z", 5, None,
  "Young children apparently left alone overnight without power: child safeguarding, escalate at once; "
  "children's social care is not one of the 14 departments",
  esc="child_safeguarding", replies=2, likes=5, reposts=1)

m("e_roughsleeper", "instagram", "@kilburnlens", "Kilburn Lens", 1840,
  "Kilburn High Road, 6am. Minus 2 and sleet. Same gentleman in the doorway of the old bank for the third night "
  "running, his cardboard soaked right through. He didn't answer when I spoke to him this morning but he was "
  "breathing. Tagging @brentcouncil because I genuinely don't know who else to tell. #Kilburn #NW6 #London",
  "2026-01-19T06:22:37Z", 5, "Housing",
  "Rough sleeper unresponsive in sub-zero weather for a third night: risk to life, escalate (homelessness/"
  "outreach sits with Housing)",
  esc="rough_sleeper_risk", replies=14, likes=233, reposts=0)

m("e_press", "x", "@ellie_marsh_news", "Ellie Marsh | NW London Echo", 612,
  "Hi @Brent_Council, I'm writing a piece for the NW London Echo on this weekend's flooding. Could your press "
  "office tell me roughly how many council homes have been affected, and whether any residents are in "
  "emergency accommodation tonight? Happy to take a statement by email. Thanks",
  "2026-01-18T15:05:51Z", 5, "Communications",
  "Reporter naming her outlet asks for comment on a council matter: a media enquiry goes to the "
  "communications officer even though polite and low-follower; not framed as an FOI request",
  esc="media_enquiry", replies=1, likes=3, reposts=0)

m("e_journofoi", "x", "@samokoro_writes", "Sam Okoro", 2300,
  "FOI request to @Brent_Council: please provide the number of damp and mould complaints about council-owned "
  "homes received each month from January 2024 to December 2025, and how many are still open. I'm a freelance "
  "journalist working on a piece about London housing - email in bio for the reply.",
  "2026-02-10T09:14:26Z", 5, "Housing",
  "Valid FOI (real name in profile) but from a journalist on a sensitive housing subject: 'a journalist's "
  "request is 5'; comms to liaise while it is logged",
  foi=True, foi_valid=True, esc="journalist_foi", replies=2, likes=41, reposts=17)

m("e_cllr", "x", "@CllrAminaHussain", "Cllr Amina Hussain", 3100,
  "Spent the morning with residents in Church End who have had dirty flood water in their ground floor flats "
  "since Saturday. Three days and nobody from the repairs contractor has turned up. This is not acceptable and "
  "I have raised it with the lead member. @Brent_Council these families need dehumidifiers and somewhere to "
  "stay today, not next week.",
  "2026-01-19T13:40:08Z", 5, "Housing",
  "Councillor publicly criticising the council's flood response: influential author on a controversial "
  "council matter, escalate to comms and the service lead",
  esc="councillor", replies=23, likes=188, reposts=71)

m("e_mp", "x", "@RachelNdiayeMP", "Rachel Ndiaye MP", 41000,
  "My office has had more than 60 emails since Saturday from constituents in Wembley and Kingsbury with flooded "
  "homes. I'm in touch with Thames Water and @Brent_Council and will be asking why the rest centre in Harlesden "
  "wasn't opened until Sunday night. Please keep contacting my office if you need help.",
  "2026-01-19T17:02:55Z", 5, "Emergency Planning",
  "MP questioning the council's emergency response: highly influential, controversial, escalate",
  esc="mp", verified=True, replies=96, likes=1204, reposts=388)

m("c_rtmp", "x", "@wembley_rob", "Rob", 88,
  "👏 Good. Someone needs to ask. RT @RachelNdiayeMP: My office has had more than 60 emails since Saturday from "
  "constituents in Wembley and Kingsbury with flooded homes...",
  "2026-01-19T18:20:41Z", 1, "Emergency Planning",
  "Low-reach reshare of a post already escalated (the MP's): monitor",
  likes=2)

m("e_breach", "facebook", "@gary.whitlock.3", "Gary Whitlock", 34,
  "Got a letter from Brent today about my council tax reduction and folded inside it is SOMEONE ELSES letter. "
  "Full name, address in Kensal Green, how much benefit they get, even their kids names. Not impressed at all. "
  "If mine has gone to them I'll be going to the ICO.",
  "2026-02-24T19:33:12Z", 5, "Finance",
  "Another resident's personal and benefit data sent to the wrong person: a data breach, escalate "
  "(ambiguous with 2 as he also wants his own letter checked)",
  esc="data_breach", replies=6, likes=9, reposts=2)

m("e_discrim", "x", "@hodan_xx", "Hodan", 210,
  "went to the civic centre about my housing register and the man at the desk asked if i 'even speak english "
  "properly' in front of the whole queue. i was born in park royal. never felt so small in my life @Brent_Council",
  "2026-03-12T14:27:33Z", 5, "Housing",
  "Alleged discriminatory remark by front-desk staff: discrimination by staff is escalated whatever the reach",
  esc="discrimination_staff", replies=31, likes=402, reposts=97)

m("e_threat", "x", "@kensal_mo", None, 47,
  "@Brent_Council tell your ticket woman on Chamberlayne Road she better not be there tomorrow. 3 tickets in one "
  "week. i'll be waiting for her and she'll wish she stayed home",
  "2026-04-02T21:48:15Z", 5, "Parking",
  "Threat to a named-by-location civil enforcement officer: threat to staff, escalate regardless of followers",
  esc="threat_to_staff", likes=1)

m("e_selfharm", "x", "@j_adebayo_", None, 19,
  "@Brent_Council got the section 21 today, 2 weeks to be out with 3 kids. called housing options and got told "
  "come back when i have a date from court. honestly starting to think everyone would be better off without "
  "me. just tired",
  "2026-02-03T23:56:04Z", 5, "Housing",
  "'Everyone would be better off without me' at midnight after an eviction notice: self-harm cue, escalate "
  "now; the homelessness case itself is secondary",
  esc="self_harm_risk", replies=1, likes=0)

m("e_death", "facebook", "@tony.brennan.nw", "Tony Brennan", 301,
  "My mum passed away on Tuesday. 81 years old. She had been without heating in her flat on the Chalkhill estate "
  "since before Christmas, I reported it four times and I've got all the reference numbers. The coroner is asking "
  "about the conditions she was living in.\n\nI want Brent Council to explain how an old lady can be left in "
  "the cold for a month. I'm not letting this go.",
  "2026-01-29T20:10:45Z", 5, "Housing",
  "A tenant's death linked by her son to an unrepaired heating fault, coroner involved: death, highly "
  "reputational, escalate",
  esc="death", replies=58, likes=340, reposts=212)

m("e_viral", "x", "@nwlondonlife", "NW London Life", 88000,
  "🎥 WATCH: Brent tow truck lifts a car with a blue badge on the dashboard while the owner, in a wheelchair, "
  "begs them to stop. Harlesden this morning. 1.2M views and counting 👀",
  "2026-06-11T11:35:20Z", 5, "Parking",
  "Video going viral against a council enforcement service, posted by a large account: controversial, escalate",
  esc="viral_video", replies=412, likes=15800, reposts=3900)

m("e_gas", "x", "@dollishill_mum", "Farah", 305,
  "Strong smell of gas in the stairwell of our block in Neasden since this morning, worst on the 2nd floor. "
  "someone said it's been reported?? nobody's come. kids going up and down all day. @Brent_Council is anyone "
  "coming",
  "2026-01-20T16:18:29Z", 5, "Housing",
  "Gas smell in a council block stairwell with no response: risk to life, escalate (and point to the gas "
  "emergency line)",
  esc="gas_risk", replies=3, likes=8, reposts=4)

m("e_crowd", "x", "@tokyngton_tee", "Tee", 412,
  "Olympic Way is a crush right now. underpass at Wembley Park shut because of the flooding so everyone's "
  "funnelled onto one pavement, people shoving, a kid got knocked over near me. stewards have no idea what "
  "they're doing @Brent_Council @wembleystadium",
  "2026-01-17T19:02:11Z", 5, "Emergency Planning",
  "Crowd pressure on an event evening with a route closed by flooding and a child knocked down: crowd safety, "
  "risk to life",
  esc="crowd_safety", replies=5, likes=77, reposts=52)

m("e_pl_basement", "facebook", "@grazyna.wisniewska", "Grażyna Wiśniewska", 76,
  "Pomocy! Moja sąsiadka, pani Helena, ma 89 lat i mieszka w suterenie przy Harlesden Road. Woda jest już po "
  "kostki w jej mieszkaniu, ona chodzi o balkoniku i nie da rady wejść po schodach. Dzwoniłam na 999, ale nikt "
  "nie odbiera. Czy ktoś z Brent Council może przyjechać?? Jestem z nią teraz.",
  "2026-01-17T02:39:58Z", 5, "Emergency Planning",
  "Polish: 'Help! My 89-year-old neighbour lives in a basement flat on Harlesden Road, the water is ankle-deep, "
  "she uses a walking frame and cannot climb the stairs, 999 not answering, can someone from Brent Council "
  "come? I'm with her now.' Vulnerable person trapped by flood water: risk to life",
  lang="pl", esc="trapped_in_flood", replies=4, likes=6, reposts=5)

m("e_so_hotel", "facebook", "@faadumo.cali.5", "Faadumo Cali", 40,
  "Fadlan caawimaad. Waxaan ku jirnaa hoteelka ay golaha Brent na dhigeen ee Wembley. Biyo ayaa saqafka ka soo "
  "daadanaya tan iyo xalay, ilmahayga 8 bilood jira wuu xanuunsan yahay, neefta ayuu si adag u qaadanayaa. "
  "Telefoonka cidna ma qabato.",
  "2026-01-18T22:14:37Z", 5, "Housing",
  "Somali: 'Please help. We are in the hotel in Wembley where Brent council placed us. Water has been dripping "
  "from the ceiling since last night, my 8-month-old baby is ill and struggling to breathe. Nobody answers the "
  "phone.' Baby at risk in council-placed temporary accommodation: escalate",
  lang="so", esc="child_at_risk", replies=1, likes=3)

m("e_bribe", "x", "@anon_kingsbury", None, 12,
  "asking for a friend: is it normal for a housing officer to say you'll 'jump the list' if you give him £500 "
  "cash? because that's what happened to my cousin in Kingsbury last week. he's kept the whatsapps",
  "2026-05-21T12:09:50Z", 5, "Housing",
  "Allegation that an officer asked for a cash payment to move up the housing list: alleged misconduct/bribery, "
  "escalate even from a 12-follower anonymous account",
  esc="misconduct", replies=2, likes=14, reposts=6)

m("e_influencer", "x", "@tariqcomedy", "Tariq Laughs", 520000,
  "Brent Council last month: 'don't worry the drains have been cleared' 🙂\nWembley this weekend: 🌊🏄‍♂️🚣\nMy "
  "nan's kitchen is literally a swimming pool. Sort it out @Brent_Council",
  "2026-01-18T12:44:03Z", 5, "Highways",
  "Half-a-million-follower account mocking the council's drainage during the floods: highly influential and "
  "controversial, escalate (mainly reputational; the nan's flooded kitchen also needs checking)",
  esc="influential_account", verified=True, replies=1300, likes=48000, reposts=9100)

m("e_postal", "x", "@queensbury_watch", "Queensbury Watch", 640,
  "Bag of what look like unopened postal vote packs dumped by the bins behind the flats on Honeypot Lane. photo "
  "attached. three weeks before the election. @Brent_Council who is responsible for this??",
  "2026-04-16T08:03:27Z", 5, None,
  "Possible postal votes dumped before the May 2026 elections: electoral integrity, controversial; elections "
  "are not one of the 14 departments",
  esc="electoral_integrity", replies=44, likes=520, reposts=310)

m("e_candidate", "x", "@JoeFarrellWG", "Joe Farrell – Lib Dem candidate, Willesden Green", 1400,
  "Knocked on 200 doors on Walm Lane this week. Number one issue? Potholes reported for months and never fixed. "
  "@Brent_Council residents deserve better - when will the resurfacing promised back in 2024 actually happen?",
  "2026-03-28T16:51:40Z", 5, "Highways",
  "Election candidate raising a council service matter in the campaign: escalate (pre-election period, comms "
  "must answer neutrally)",
  esc="candidate", replies=12, likes=96, reposts=30)

m("e_wall", "x", "@sudbury_sheila", "Sheila", 77,
  "the front garden wall of the empty house opposite the primary school on Harrow Road in Sudbury is bowing "
  "right out over the pavement after all this rain, big crack down the middle of it. parents go past with "
  "buggies every morning 😬 @Brent_Council",
  "2026-01-21T07:58:16Z", 5, "Planning",
  "Wall cracked and leaning over a school route: dangerous structure, risk to life; building control "
  "(placed under Planning) to act, escalate",
  esc="structural_danger", replies=3, likes=21, reposts=9)

m("e_rssnews", "rss", "@nwlondonecho", "NW London Echo", None,
  "Stonebridge tower residents told to leave as flood water reaches electrics — Around 40 households in a "
  "council-owned block in Stonebridge were asked to leave their homes on Sunday night after water from a burst "
  "main reached the building's electrical intake room. Residents told the Echo they waited more than four "
  "hours on the pavement before a rest centre was opened. Brent Council has been approached for comment.",
  "2026-01-19T07:30:00Z", 5, "Emergency Planning",
  "Local news coverage of an evacuation and a slow council response: controversial, media already asking for "
  "comment, escalate to comms",
  esc="media_coverage")

# ---------------------------------------------------------------- route 4: service conversations
m("t1_root", "facebook", "@dele.adeyemi", "Dele Adeyemi", 120,
  "Harlesden Residents Network — is anyone else's food waste caddy not being collected since the new rounds "
  "started? Tavistock Road and Wrottesley Road both missed two weeks running. The lorry comes, does the blue "
  "bins and drives off.",
  "2026-03-09T19:20:05Z", 4, "Environment",
  "Opens a group discussion of one recurring problem with the new collection rounds; a service conversation "
  "for waste officers to join (ambiguous with 2: two named streets, but no single own case)",
  root="t1_root", replies=11, likes=34)

m("t1_marta", "facebook", "@marta.nowak.nw10", "Marta Nowak", 87,
  "Same on Nightingale Road. Reported it on the app twice, got the automatic email 'we will collect within 2 "
  "working days' and then nothing.",
  "2026-03-09T19:41:22Z", 4, "Environment",
  "Second resident adding to the same ongoing discussion about missed food waste on the new rounds",
  parent="t1_root", root="t1_root", likes=12)

m("t1_ivy", "facebook", "@ivy.campbell.52", "Ivy Campbell", 203,
  "does anyone know if we're meant to put the food caddy out on the same day as the blue bin now? the leaflet "
  "that came through said Tuesday but they came Wednesday",
  "2026-03-09T20:03:47Z", 3, "Environment",
  "Inside the thread but a simple 'which day' question answered by the published collection calendar: web team "
  "can answer (ambiguous with 4 as part of the conversation)",
  parent="t1_root", root="t1_root", likes=3)

m("t1_pat", "facebook", "@pat.dunne.harlesden", "Pat Dunne", 61,
  "Still nothing. Third week now.",
  "2026-03-16T08:12:30Z", 4, "Environment",
  "Same words as a standalone post elsewhere, but here it is a further voice in the ongoing missed-food-waste "
  "thread: part of the service conversation",
  parent="t1_root", root="t1_root", likes=9)

m("t1_dele2", "facebook", "@dele.adeyemi", "Dele Adeyemi", 120,
  "@Brent Council can someone from the waste team actually come on here and explain what is going on with the "
  "new rounds? There are about 40 of us in this group with the same problem.",
  "2026-03-16T09:30:14Z", 4, "Environment",
  "Direct invitation for waste officers to join an ongoing group conversation: exactly route 4",
  parent="t1_marta", root="t1_root", likes=27)

m("t2_root", "x", "@WembleyParkRA", "Wembley Park Residents' Association", 890,
  "Our response to the 28-storey application on the old depot site (ref 25/3412) is on our website. Comments "
  "close Friday. Main worries: daylight for Danes Court, a single access road, and no new GP capacity. "
  "@Brent_Council",
  "2026-02-17T10:00:31Z", 4, "Planning",
  "Residents' association leading a live discussion on a planning application before the comment deadline: "
  "planning officers should join (critical but not reputation-threatening)",
  root="t2_root", replies=6, likes=58, reposts=22)

m("t2_alperton", "x", "@alperton_ak", None, 143,
  "the daylight study they submitted only uses the summer solstice. has anyone asked planning why the winter "
  "one isn't in there?",
  "2026-02-17T11:26:09Z", 4, "Planning",
  "Reply adding a specific technical point to the ongoing planning-application discussion",
  parent="t2_root", root="t2_root", likes=15)

m("t3_root", "facebook", "@pauline.grant.nw10", "Pauline Grant", 210,
  "Church End & Roundwood Community — every time it rains properly the bottom of Neasden Lane by the roundabout "
  "turns into a lake. This weekend was the worst I've seen in 20 years of living here. The drains were reported "
  "in October. Can we get the council AND Thames Water to come to a meeting with us?",
  "2026-01-20T18:45:52Z", 4, "Highways",
  "A recurring flooding hotspot discussed by several neighbours who ask for officers to meet them: service "
  "conversation for highways/drainage",
  root="t3_root", replies=9, likes=61)

m("t3_kwame", "facebook", "@kwame.boateng.1", "Kwame Boateng", 95,
  "It's the gullies on the north side, they've been full of leaves since the autumn. I took photos in November "
  "if anyone from highways wants them.",
  "2026-01-20T19:10:33Z", 4, "Highways",
  "Adds evidence to the ongoing hotspot conversation and offers it to highways officers",
  parent="t3_root", root="t3_root", likes=18)

m("t3_fa", "facebook", "@shabnam.rahimi", "Shabnam Rahimi", 52,
  "من هم در همین خیابان زندگی می‌کنم. هر بار که باران شدید می‌آید آب تا جلوی در خانه‌ی ما می‌رسد. لطفاً تاریخ "
  "جلسه را اینجا بگذارید، حتماً می‌آیم.",
  "2026-01-20T20:02:18Z", 4, "Highways",
  "Farsi: 'I live on the same street too. Every time it rains hard the water reaches our front door. Please "
  "post the meeting date here, I will definitely come.' Another voice in the hotspot conversation",
  lang="fa", parent="t3_root", root="t3_root", likes=7)

m("t3_love", "facebook", "@jan.osei", "Jan Osei", 330,
  "Sending love to everyone who got flooded 🙏❤️",
  "2026-01-20T21:15:40Z", 1, None,
  "Sympathy inside the thread, nothing to act on: monitor",
  parent="t3_root", root="t3_root", likes=5)

m("t4_root", "mastodon", "@kensalrisecycles@mastodon.social", "Kensal Rise Cycles", 760,
  "Brent's CPZ consultation for Kensal Rise closes 28 Feb. Went to the drop-in on Tuesday: the proposed hours "
  "(8am to 6.30pm Mon–Sat) feel way over the top for streets that are only full of station commuters in the "
  "morning. Officers said they'd look at shorter hours if enough people say so. Thoughts?",
  "2026-02-12T12:31:50Z", 4, "Parking",
  "Live consultation discussed publicly with officers' earlier answers quoted: parking officers should join",
  root="t4_root", replies=5, likes=22, reposts=8)

m("t4_hannah", "mastodon", "@hannahq@mastodon.online", "Hannah Q", 210,
  "@kensalrisecycles disagree a bit - I can't park within 3 streets after 8 because of commuters from Kensal "
  "Green. But the consultation map leaves out the side streets off Chamberlayne Road, which is where it'll all "
  "get pushed to.",
  "2026-02-12T13:05:27Z", 4, "Parking",
  "Reply continuing the consultation debate with a point about the scheme boundary",
  parent="t4_root", root="t4_root", likes=9)

m("t5_root", "facebook", "@friendsofkilburnlibrary", "Friends of Kilburn Library", 640,
  "Update: the library is still closed after water got into the basement on Saturday. We've asked Brent "
  "libraries for a reopening date and whether the Saturday homework club can move to Willesden Green for now. "
  "Several of you have asked about the local history boxes stored downstairs — we don't know yet. We'll share "
  "any reply here.",
  "2026-01-22T17:40:12Z", 4, "Libraries",
  "Friends group running an ongoing conversation with users about a flood-hit library and its activities: "
  "libraries officers should join",
  replies=14, likes=80, reposts=12)

m("d_schoolstreet", "x", "@CrownhillParents", "Crownhill Road Parents", 305,
  "Day 3 of the School Streets trial on Crownhill Road. Gate shut at 8.30, drivers u-turning up onto the "
  "pavement instead. Our parents' group has a list of fixes we'd like to go through with the highways team "
  "before the review meeting on the 20th @Brent_Council",
  "2026-04-22T09:02:44Z", 4, "Highways",
  "Parents' group in an ongoing exchange with highways about a trial scheme ahead of a review: route 4",
  replies=4, likes=26, reposts=5)

# ---------------------------------------------------------------- route 3: web team responds
m("a_binsback", "x", "@wembleyjay", None, 402,
  "are brent bin collections back to normal yet after the storm or what. website says nothing",
  "2026-01-20T08:11:03Z", 3, "Environment",
  "General 'is it back to normal' question answered by the published service update; no address or case",
  likes=4)

m("a_sandbags", "facebook", "@nkechi.obi.3", "Nkechi Obi", 188,
  "Where can we actually get sandbags in Brent? Thames Water says ask the council, the council website says ask "
  "Thames Water 🙄 rain is due again tonight",
  "2026-01-18T14:27:55Z", 3, "Emergency Planning",
  "Confusion over who supplies sandbags: signpost to the flood advice page",
  likes=11)

m("a_civic", "x", "@dudden_hill_d", "Dee", 59,
  "is the council tax desk at the civic centre open on saturdays or is it online only now",
  "2026-02-06T17:45:19Z", 3, "Finance",
  "Opening-hours question the website answers",
  likes=0)

m("a_es_library", "x", "@lucia_nw10", "Lucía", 133,
  "¿Alguien sabe si la biblioteca de Harlesden abre hoy después de la tormenta? Necesito imprimir unos papeles "
  "para el consulado 🙏 @Brent_Council",
  "2026-01-19T09:20:30Z", 3, "Libraries",
  "Spanish: 'Does anyone know if Harlesden library is open today after the storm? I need to print some papers "
  "for the consulate.' Opening question: web team signposts",
  lang="es", likes=1)

m("a_pcnpage", "x", "@tom_bates_nw2", "Tom Bates", 290,
  "@Brent_Council your pay-a-PCN page just gives a 502 error. tried chrome and safari, phone and laptop. "
  "discount runs out tomorrow so please don't charge me full whack for your website being down",
  "2026-05-14T21:05:02Z", 3, "Web",
  "Fault on the website: web team responds (ambiguous with 2 - he may need the discount period honoured on his "
  "own PCN, but gives no number)",
  likes=6, reposts=1)

m("a_barnet_pothole", "x", "@cyclingcolindale", "Priya", 512,
  "@Brent_Council massive pothole on the Edgware Road outside the Sainsbury's at The Hyde, nearly came off my "
  "bike this morning",
  "2026-02-26T08:40:11Z", 3, None,
  "The Hyde side of the Edgware Road is Barnet's: a mention meant for another council, web team replies with "
  "where to report it",
  likes=3)

m("a_foi_pseud", "x", "@skint_in_nw10", "skint in nw10", 77,
  "FOI: how much has brent paid agency staff in the housing department in 2025? break it down by month pls "
  "@Brent_Council",
  "2026-03-03T22:18:40Z", 3, "Housing",
  "A real request for recorded information, but from a pseudonym with no name or address: invalid FOI, web "
  "team explains how to make a valid request",
  foi=True, foi_valid=False, likes=8, reposts=2)

m("a_foi_dave", "facebook", "@dave.w.1987", "Dave W", 44,
  "Under the Freedom of Information Act I'd like the number of fly-tipping fines Brent issued in Harlesden ward "
  "in 2025 please. Dave",
  "2026-06-02T12:33:29Z", 3, "Environment",
  "FOI wording and a clear request, but only a first name and initial: not a real name, no address - invalid, "
  "web team explains",
  foi=True, foi_valid=False, likes=2)

m("a_ar_school", "facebook", "@hanan.mahmoud.uk", "حنان محمود", 61,
  "السلام عليكم، وصلنا إلى ويمبلي الشهر الماضي. كيف أقدّم طلب مكان في مدرسة ابتدائية لابني عمره سبع سنوات؟ هل "
  "يوجد نموذج بالعربي؟ شكراً",
  "2026-09-14T10:07:45Z", 3, "Education",
  "Arabic: 'We arrived in Wembley last month. How do I apply for a primary school place for my seven-year-old "
  "son? Is there a form in Arabic?' General how-to: signpost to in-year admissions",
  lang="ar", likes=0)

m("a_garden", "x", "@kenton_gardener", "Sue", 265,
  "Is it true Brent are scrapping the green garden waste bins from April? my neighbour swears she read it "
  "somewhere @Brent_Council",
  "2026-02-19T15:52:36Z", 3, "Environment",
  "'Is it true' rumour check answered by published information",
  likes=2)

m("a_visitor", "x", "@aunty_g_kingsbury", "Gloria", 38,
  "how do i get a visitor parking permit. my mum is coming to stay for 2 weeks and the website is a maze "
  "honestly",
  "2026-07-08T18:29:51Z", 3, "Parking",
  "How-to question about visitor permits: web team signposts (no permit or account to look up)",
  likes=1)

m("a_xmas", "x", "@queensparkpete", None, 120,
  "@Brent_Council christmas and new year bin collection dates please? last year they changed and half the "
  "street missed it",
  "2025-12-15T12:14:08Z", 3, "Environment",
  "Holiday collection dates: published information",
  likes=5)

m("a_water", "bluesky", "@wembleywanderer.bsky.social", "Wembley Wanderer", 840,
  "Is the tap water in Wembley safe to drink after the burst main? Ours is running brown. Does Brent council "
  "know anything or is it all Thames Water",
  "2026-01-18T10:50:23Z", 3, None,
  "Water quality is Thames Water's: simple confusion, signpost to Thames Water's incident page",
  likes=17, reposts=3)

m("a_carpets", "x", "@zainab_nw9", "Zainab", 91,
  "@Brent_Council do you collect flood damaged carpets and furniture for free after the storm or do i have to "
  "book and pay for bulky waste?",
  "2026-01-21T11:33:10Z", 3, "Environment",
  "General question about post-flood waste collection answered by the service update",
  likes=3)

m("a_yt_video", "youtube", "@ReenaP-nw", "Reena P", None,
  "the video says click 'my account' top right but there is no my account button anymore, the page has changed. "
  "can you update this please",
  "2026-08-03T20:41:56Z", 3, "Web",
  "Comment on a council how-to video pointing out the website has changed: web team fixes and replies",
  likes=4)

m("a_ctsupport", "mastodon", "@lennie@mastodon.london", "Lennie", 150,
  "Does Brent still run the council tax support scheme or did it change this year? Trying to help an older "
  "neighbour work out if she can apply.",
  "2026-04-09T10:15:02Z", 3, "Finance",
  "General scheme question, answered by the council tax support page",
  likes=2)

m("a_camden_bins", "x", "@kilburn_kaz", None, 230,
  "@Brent_Council why are the bin men leaving rubbish all over the east side of Kilburn High Road every Monday",
  "2026-05-18T09:44:33Z", 3, None,
  "The east side of Kilburn High Road is Camden's: meant for another council, web team redirects (ambiguous "
  "with 1)",
  likes=4)

m("a_birth", "facebook", "@joanna.k.mum", "Joanna Kowalczyk", 98,
  "Where do I register my baby's birth in Brent? The leaflet from the hospital says book online but I can't find "
  "the link anywhere on the council website",
  "2026-10-05T14:02:18Z", 3, "Web",
  "Can't find a page on the website: web team signposts (registration itself is outside the 14 departments)",
  likes=1)

m("a_planning", "x", "@preston_builds", None, 64,
  "hi, roughly how long does brent take to decide a planning application for a rear extension? want to get the "
  "builders booked",
  "2026-06-24T07:55:40Z", 3, "Planning",
  "General process question answered by the planning pages",
  likes=0)

m("a_warmspace", "mastodon", "@okonkwo@mastodon.social", "Chidi Okonkwo", 95,
  "Does Brent have a warm spaces list this winter? Asking for my neighbour who's been sitting in her coat "
  "indoors since the power came back wrong.",
  "2026-01-22T16:37:20Z", 3, "Libraries",
  "Where-is question about warm spaces (many in libraries); ambiguous with 5 (a cold older neighbour) but no "
  "sign of immediate danger",
  likes=5)

# ---------------------------------------------------------------- route 2: customer services
BIN_TEXT = ("@Brent_Council bins not collected at 14 Furness Road NW10 since the 9th. black and blue both. "
            "reported on the 12th ref WR-88213. overflowing now and the foxes are in it")
m("b_bin1", "x", "@linda_furness", "Linda", 57, BIN_TEXT, "2026-02-16T07:48:12Z", 2, "Environment",
  "Own missed collection with address and report reference: customer services to act",
  likes=1)
m("b_bin2", "x", "@linda_furness", "Linda", 57, BIN_TEXT, "2026-02-18T07:52:40Z", 2, "Environment",
  "Exact repeat of her earlier post two days later: same own case, same route",
  likes=3, reposts=1)

m("b_pcn", "x", "@ray_neasden", "Ray", 205,
  "PCN BX47193362. I was unloading a fridge for my elderly mum, I have the delivery note. Appealed online 3 weeks "
  "ago, heard nothing, now I get a charge certificate?? @Brent_Council",
  "2026-03-19T13:21:16Z", 2, "Parking",
  "Own penalty charge with number and appeal history: customer services/parking to look up",
  likes=2)

m("b_ctdd", "facebook", "@edna.dorsett", "Edna Dorsett", 22,
  "Hello Brent Council, my council tax direct debit has come out twice this month (£187.40 on the 1st and "
  "again on the 3rd). Account 30092841. Please can someone put it back, I am a pensioner and this has left me "
  "short for my shopping. Mrs E. Dorsett",
  "2026-05-04T10:20:33Z", 2, "Finance",
  "Own council tax account double-debited: needs an officer to check records and refund",
  likes=4)

m("b_mould", "x", "@bronte_flat12", None, 33,
  "repair ref HR-2025-114073. the black mould is back in my sons bedroom 3 weeks after they 'treated' it. flat "
  "12 bronte house. can someone come and actually fix the cause this time",
  "2025-12-09T18:30:59Z", 2, "Housing",
  "Own damp and mould repair with reference and address: customer services/housing repairs (watch for "
  "escalation if a health risk emerges)",
  likes=1)

m("b_boiler", "x", "@buck_lane_b", "Bilal", 140,
  "no heating or hot water since the storm knocked the power out friday, boiler showing F28. council tenant, "
  "flat 3, 212 Buck Lane. rang twice, nobody called back @Brent_Council",
  "2026-01-18T20:06:29Z", 2, "Housing",
  "Own housing repair with address: pass to repairs (no vulnerability mentioned)",
  likes=2)

m("b_permit", "facebook", "@sam.ellis.nw10", "Sam Ellis", 176,
  "Paid for my resident permit on 2 December (ref RP-556019). It's now the 19th, nothing in the post and the "
  "virtual permit isn't showing on the system. Got a ticket yesterday outside my own house on Dudden Hill Lane. "
  "Brilliant.",
  "2025-12-19T09:12:47Z", 2, "Parking",
  "Own permit with reference not showing, and a ticket as a result: customer services to look up",
  likes=6)

m("b_library", "x", "@reader_in_wembley", "Anjali", 80,
  "@Brent_Council my library card says I owe £6.40 for 2 books I returned to Wembley library in November, the "
  "drop box receipt is in my bag. card ends 4471",
  "2026-01-07T15:11:05Z", 2, "Libraries",
  "Own library account query with card digits: libraries staff to check records",
  likes=0)

m("b_bulky", "facebook", "@kayode.f.nw10", "Kayode Fashola", 112,
  "Booked a bulky collection for the soaked sofa and mattress for Wednesday (booking BW-20931). Nobody came. It "
  "is all now sitting on the front path at 88 Harlesden Gardens in the rain and the landlord is going mad.",
  "2026-01-22T19:48:11Z", 2, "Environment",
  "Own booked collection missed, with booking number and address",
  likes=3)

m("b_gully", "x", "@kingsbury_road_k", "Ken", 44,
  "the drain outside 27 Kingsbury Road has been blocked since november. reported it then. every time it rains "
  "the water comes right up to my front step and on saturday it nearly came in. please send someone",
  "2026-01-19T11:26:45Z", 2, "Highways",
  "Own address, specific blocked gully needing a crew: customer services/highways (ambiguous with 4 if "
  "neighbours join)",
  likes=5)

m("b_light", "x", "@tubbs_road_n", "Naomi", 162,
  "streetlight outside no 9 Tubbs Road still out since the storm. it is pitch black coming home from a late "
  "shift and I'm not loving it @Brent_Council",
  "2026-01-26T23:40:02Z", 2, "Highways",
  "Own street, specific lamp column out: report to highways via customer services",
  likes=2)

m("b_shop_rates", "facebook", "@patelfreshfoods", "Patel Fresh Foods", 410,
  "Good morning. I have a small grocery on Ealing Road. The flood on Saturday ruined the stock in the basement, "
  "maybe £4000. Is there any help with business rates for this quarter? My account is 60123388. I am still open "
  "but it is very hard. Thank you — Mr Patel",
  "2026-01-20T09:05:38Z", 2, "Finance",
  "Shop owner's own business rates account after flood loss: needs an officer to look at relief",
  likes=15)

m("b_transfer", "x", "@mum_of_3_wembley", None, 71,
  "applied for an in-year transfer for my daughter to Preston Manor in October, ref IYT-2025-3391, no reply at "
  "all. she's travelling an hour each way. who do I chase @Brent_Council",
  "2026-01-13T16:22:50Z", 2, "Education",
  "Own admissions application with reference: customer services/admissions to check",
  likes=1)

m("b_gu_ct", "facebook", "@nilesh.shah.kenton", "Nilesh Shah", 230,
  "નમસ્તે, મારા પપ્પાનું કાઉન્સિલ ટેક્સનું બિલ ખોટું આવ્યું છે. તેઓ એકલા રહે છે, છતાં સિંગલ પર્સન ડિસ્કાઉન્ટ "
  "નથી આપ્યું. એકાઉન્ટ નંબર 30177562. મહેરબાની કરીને જલ્દી જવાબ આપો.",
  "2026-04-14T11:40:07Z", 2, "Finance",
  "Gujarati: 'My father's council tax bill is wrong. He lives alone but has not been given the single person "
  "discount. Account number 30177562. Please reply soon.' Own account: customer services",
  lang="gu", likes=2)

m("b_ur_leak", "x", "@imran_stonebridge", "Imran", 66,
  "السلام علیکم، طوفان کے بعد سے میری امی کے فلیٹ (اسٹون برج) میں کچن کی چھت سے پانی ٹپک رہا ہے۔ مرمت کا ریفرنس "
  "نمبر HR-2026-00871 ہے۔ تین دن ہو گئے، ابھی تک کوئی نہیں آیا۔ @Brent_Council",
  "2026-01-20T12:15:44Z", 2, "Housing",
  "Urdu: 'Since the storm water has been dripping from the kitchen ceiling in my mother's flat (Stonebridge). "
  "Repair reference HR-2026-00871. Three days and nobody has come.' Own repair with reference (no electrics "
  "or danger mentioned, unlike the Stonebridge light-fitting post)",
  lang="ur", likes=1)

m("b_pl_bins", "x", "@ewa_kingsbury", "Ewa", 48,
  "Dzień dobry @Brent_Council, od trzech tygodni nikt nie zabiera śmieci spod Kingsbury Road 112. Zgłaszałam "
  "dwa razy przez stronę. Worki leżą już na chodniku i lisy je rozrywają.",
  "2026-02-05T08:36:21Z", 2, "Environment",
  "Polish: 'Nobody has collected the rubbish from 112 Kingsbury Road for three weeks. I reported it twice on "
  "the website. The bags are on the pavement and foxes are ripping them.' Own missed collection",
  lang="pl", likes=0)

m("b_ro_pcn", "facebook", "@andrei.popescu.ldn", "Andrei Popescu", 130,
  "Bună ziua, am primit o amendă de parcare (PCN BX50882217) în Wembley în ziua meciului, dar aveam permis de "
  "vizitator valabil pus la parbriz. Am poză cu el. Cum pot să contest? Mulțumesc.",
  "2026-05-25T19:58:33Z", 2, "Parking",
  "Romanian: 'I got a parking ticket (PCN BX50882217) in Wembley on match day but had a valid visitor permit on "
  "the windscreen, I have a photo. How can I challenge it?' Own PCN: customer services (ambiguous with 3, the "
  "how-to part)",
  lang="ro", likes=0)

m("b_foi_helen", "x", "@helen_okafor_", "Helen Okafor", 420,
  "@Brent_Council FOI request: please provide the number of reports of blocked gullies/drains received for "
  "Stonebridge and Harlesden & Kensal Green wards in each month of 2025, and how many were cleared within 28 "
  "days.",
  "2026-01-23T10:31:18Z", 2, "Highways",
  "Request for recorded information, real name visible in the profile: valid FOI, customer services log it "
  "(20 working days)",
  foi=True, foi_valid=True, likes=22, reposts=9)

m("b_foi_reilly", "facebook", "@tomr.nw6", "Tom R", 150,
  "Freedom of Information request. Please send me the total Brent Council spent on hotel-based temporary "
  "accommodation in 2024/25, and the number of households placed in hotels outside the borough.\n\nThomas "
  "Reilly, 41 Salusbury Road, London NW6",
  "2026-03-02T20:14:09Z", 2, "Housing",
  "Profile name is short, but the post is signed with a full name and a postal address for correspondence: "
  "valid FOI, customer services log it",
  foi=True, foi_valid=True, likes=5)

m("b_foi_pt", "x", "@analuisaferreira", "Ana Luísa Ferreira", 310,
  "Pedido ao abrigo da Freedom of Information Act: quantas inspeções a casas partilhadas (HMO) o @Brent_Council "
  "fez em 2025 e quantas terminaram em multa ou processo? Obrigada. Ana Luísa Ferreira",
  "2026-07-15T09:48:52Z", 2, "Regulatory Services",
  "Portuguese: 'Request under the FOI Act: how many HMO inspections did Brent Council carry out in 2025 and how "
  "many ended in a fine or prosecution?' Real name in profile and signed: valid FOI in another language",
  lang="pt", foi=True, foi_valid=True, likes=3)

m("b_hb", "x", "@t_mensah_nw10", None, 85,
  "my housing benefit just stopped with no letter. landlord says january rent wasn't paid. claim ref HB/441930. "
  "i haven't changed anything?? @Brent_Council",
  "2026-01-28T12:02:37Z", 2, "Finance",
  "Own benefit claim with reference stopped: customer services to look up",
  likes=1)

m("b_noise", "facebook", "@maria.costa.nw10", "Maria Costa", 140,
  "The house at 5 Villiers Road has had parties until 4am every weekend since Christmas. I have the recordings on "
  "the noise app. Who in the council actually deals with this? I emailed twice and nothing.",
  "2026-02-22T10:26:14Z", 2, "Regulatory Services",
  "Own noise nuisance complaint with address and evidence: environmental health case",
  likes=7)

m("b_hr_app", "linkedin", "@olusegun-adeyemi-bc", "Olusegun Adeyemi", 1200,
  "Applied for the Emergency Planning Officer role advertised here in December and haven't heard anything "
  "since - is the post still open? My application reference is BC-EP-0097.",
  "2026-02-09T08:55:03Z", 2, "HR",
  "Own job application with reference under a council LinkedIn vacancy post: recruitment team to look up",
  likes=2)

m("b_assisted", "x", "@h_finch_nw2", "Harold Finch", 9,
  "Dear Brent Council. I am 84 years old and my assisted bin collection has stopped since the new lorries "
  "started. I can not pull the bin to the kerb myself. 31 Crest Road NW2. Regards, Mr H. Finch",
  "2026-03-24T10:40:17Z", 2, "Environment",
  "Own assisted collection stopped, address given: customer services to restore",
  likes=4)

m("b_aboard", "x", "@mamaafriquehair", "Mama Afrique Hair", 650,
  "Hello sir. I am shop owner in Harlesden High Street. Your people take away my A-board sign on tuesday and "
  "say I need licence. I never know this. How I get it back please? Shop name Mama Afrique Hair, no. 47",
  "2026-06-18T15:25:26Z", 2, "Highways",
  "Shop owner's own seized A-board and licence (pavement licensing under highways): customer services",
  likes=3)

# ---------------------------------------------------------------- route 1: monitor
m("c_oil", "mastodon", "@macro_mike@econtwitter.net", "Mike", 3400,
  "Brent crude back above $70 after the Strait headlines, energy names ripping this morning 📈",
  "2026-06-22T07:15:48Z", 1, None, "Brent crude oil price: keyword noise", likes=18, reposts=4)

m("c_oilrss", "rss", "@commodities-desk", "Commodities Desk", None,
  "Brent futures slide as OPEC+ signals larger output increase — Brent crude for November delivery fell 2.1% to "
  "$66.40 a barrel in London trading.",
  "2026-09-30T14:00:00Z", 1, None, "Oil market news about Brent crude: keyword noise")

m("c_brentcross", "x", "@sophie_shops", None, 310,
  "Brent Cross is RAMMED. 40 mins to get out of the car park. never again on the saturday before christmas 😤",
  "2025-12-20T16:44:10Z", 1, None, "Brent Cross shopping centre (Barnet): keyword noise, no council matter",
  likes=7)

m("c_bees", "bluesky", "@beesaway.bsky.social", "Bees Away Days", 2200,
  "Brentford away days >>> 🐝🐝 3 points and a pint. Up the Bees",
  "2026-02-14T17:58:12Z", 1, None, "Brentford FC: keyword noise", likes=64, reposts=5)

m("c_bday", "facebook", "@karen.lloyd.99", "Karen Lloyd", 410,
  "Happy 50th birthday to my baby brother Brent!! 🎉🎂 love you loads x",
  "2026-08-16T09:02:33Z", 1, None, "A person called Brent: keyword noise", likes=45)

m("c_davidbrent", "x", "@office_drone_uk", None, 880,
  "every manager i've ever had is just David Brent with a lanyard",
  "2026-05-06T12:30:05Z", 1, None, "David Brent reference: keyword noise", likes=112, reposts=9)

m("c_bincrew", "facebook", "@beverley.ann.q", "Beverley Ann", 240,
  "Just want to say a massive thank you to the bin crew on our road in Queensbury who came out on Monday in that "
  "wind and rain and even went back for the bits that had blown down the street. Heroes 👏👏 Brent Council",
  "2026-01-20T10:30:48Z", 1, "Environment", "Praise for a crew: monitor (maybe pass on the thanks)",
  likes=88)

m("c_libpraise", "x", "@kemi_w10", "Kemi", 190,
  "the staff at Willesden Green library helped my dad fill in his blue badge form today, so patient with him. "
  "thank you 🙏 @Brent_Council",
  "2026-03-05T14:49:22Z", 1, "Libraries", "Praise with no request: monitor", likes=21)

m("c_venice", "x", "@wembley_wit", None, 1500,
  "Wembley has officially become Venice. Gondola permits available from @Brent_Council for only £85 a year I "
  "assume 🙃",
  "2026-01-17T13:11:20Z", 1, None,
  "Sarcasm about the flooding with no case or request and modest reach: monitor (ambiguous with 5 if it goes "
  "viral)", likes=230, reposts=41)

CLOWNS = "@Brent_Council useless clowns the lot of you"
m("c_clowns1", "x", "@nw10_angryman", None, 23, CLOWNS, "2026-01-19T21:02:14Z", 1, None,
  "Low-reach abuse with no substance: monitor")
m("c_clowns2", "x", "@nw10_angryman", None, 23, CLOWNS, "2026-01-19T22:15:50Z", 1, None,
  "Exact repeat of the same low-reach abuse: monitor")

SPAM = "🔥 Grow your Brent business with 10K REAL followers 🔥 DM now for Wembley special price 💯 #Brent #Wembley #London"
m("c_spam1", "x", "@growfast_social247", None, 12, SPAM, "2026-04-07T03:12:09Z", 1, None, "Spam: monitor/ignore")
m("c_spam2", "x", "@growfast_social247", None, 12, SPAM, "2026-04-07T03:42:51Z", 1, None,
  "Same spam repeated: monitor/ignore")

m("c_green", "x", "@kilburn_greens_ana", "Ana – Kilburn Greens", 260,
  "Out with the team on Kilburn High Road this morning! Vote Green on 7 May for a fairer Brent 🌍💚 "
  "#BrentElections",
  "2026-04-25T11:20:37Z", 1, None,
  "Party campaigning by an activist with no council service matter: monitor; the council takes no political "
  "standpoint", likes=34)

m("c_tories", "facebook", "@brentconservativesnw", "Brent Conservatives (local party page)", 1900,
  "Labour-run Brent has put your council tax up AGAIN. Only the Conservatives will freeze it. Vote Conservative "
  "on 7 May.",
  "2026-04-20T18:00:00Z", 1, None,
  "Party campaign slogan about council tax in the pre-election period: monitor, no reply (ambiguous with 5 - a "
  "party page on a council matter, but it is a slogan, not a question or claim needing a response)",
  likes=56, reposts=12)

m("c_wpark", "instagram", "@wembleyparkofficial", "Wembley Park", 120000,
  "What a night ✨ Thank you to everyone who came down for Winter Light, and to @brentcouncil for the support. "
  "See you next year!",
  "2026-02-01T21:30:00Z", 1, None,
  "Very large account, but a thank-you of no consequence: monitor", verified=True, likes=3400)

m("c_ta_pongal", "instagram", "@priya.selvan.ldn", "Priya Selvan", 540,
  "வெம்ப்ளியில் நடந்த பொங்கல் கொண்டாட்டம் மிகவும் அருமையாக இருந்தது! குழந்தைகள் மிகவும் மகிழ்ந்தார்கள். நன்றி "
  "Brent 🙏🌾",
  "2026-01-15T19:25:33Z", 1, None,
  "Tamil: 'The Pongal celebration in Wembley was wonderful! The children really enjoyed it. Thank you Brent.' "
  "Praise: monitor", lang="ta", likes=67)

m("c_hi_diwali", "facebook", "@suresh.mehta.wembley", "Suresh Mehta", 300,
  "दिवाली पर ईलिंग रोड की रोशनी बहुत सुंदर थी, पूरा परिवार देखने गया। धन्यवाद ब्रेंट काउंसिल! 🪔",
  "2026-11-09T08:14:40Z", 1, None,
  "Hindi: 'The Diwali lights on Ealing Road were beautiful, the whole family went to see them. Thank you Brent "
  "Council!' Praise: monitor", lang="hi", likes=41)

m("c_ealing", "x", "@w5_commuter", None, 410,
  "Ealing council have put the parking charges up AGAIN at Ealing Broadway. daylight robbery",
  "2026-04-03T08:20:16Z", 1, None,
  "Another borough's matter, not addressed to Brent: noise", likes=12)

m("c_banners", "x", "@harlesden_hal", None, 156,
  "how much did the council spend on those new 'Brent: borough of opportunity' banners lol. bet it's more than "
  "fixing the potholes on my road @Brent_Council",
  "2026-05-29T19:31:58Z", 1, None,
  "Rhetorical jibe shaped like a question, not a request for recorded information: not FOI; low-reach moan, "
  "monitor (ambiguous with 3)", likes=9)

m("c_stillnothing", "x", "@grumpy_in_nw10", None, 64,
  "Still nothing. Third week now.",
  "2026-03-16T21:05:47Z", 1, None,
  "Standalone, the same words as the reply in the food-waste thread carry no case, service or request: a moan "
  "to monitor", likes=0)

m("c_bn_sign", "x", "@rahman_kilburn", "Rahman Stores", 150,
  "ঝড়ে কিলবার্নে আমাদের দোকানের সাইনবোর্ড উড়ে গেছে 😔 তবে আলহামদুলিল্লাহ সবাই নিরাপদ আছে।",
  "2026-01-17T11:48:03Z", 1, None,
  "Bengali: 'Our shop sign in Kilburn blew away in the storm, but thank God everyone is safe.' No request: "
  "monitor", lang="bn", likes=23)

m("c_linkedin", "linkedin", "@grace-adu-ldn", "Grace Adu", 2600,
  "Six months into my role at Brent Council's customer services and I've learned more about this borough than in "
  "twenty years of living here. Proud of the team this winter. #LocalGov",
  "2026-07-30T08:05:12Z", 1, None,
  "Staff member's positive post about working at the council: monitor", likes=140)

m("c_yt_fire", "youtube", "@HarlesdenHustle", "Harlesden Hustle", None,
  "🔥🔥 Notting Hill who? Harlesden carnival gonna be bigger this year",
  "2026-08-20T22:40:09Z", 1, None, "Chatter under a council events video: monitor", likes=31)


# ---------------------------------------------------------------- serialise
def build():
    by_key = {it["key"]: it for it in ITEMS}
    assert len(by_key) == len(ITEMS), "duplicate keys"
    for it in ITEMS:
        it["pid"] = _pid(it["platform"])
    order = ITEMS[:]
    rng.shuffle(order)
    # repair: every reply after its parent
    changed = True
    while changed:
        changed = False
        pos = {it["key"]: i for i, it in enumerate(order)}
        for it in list(order):
            if it["parent"] and pos[it["parent"]] > pos[it["key"]]:
                order.remove(it)
                p = order.index(by_key[it["parent"]])
                order.insert(min(len(order), p + 1 + rng.randint(0, 6)), it)
                changed = True
                break
    out = []
    for it in order:
        if it["parent"]:
            assert it["when"] > by_key[it["parent"]]["when"], it["key"]
        handle = it["handle"]
        d = {
            "platform": it["platform"],
            "platform_id": it["pid"],
            "author_handle": handle,
            "author_name": it["name"],
            "author_followers": it["followers"],
            "author_verified": it["verified"],
            "text": it["text"],
            "created_at": it["when"],
            "reply_to_id": by_key[it["parent"]]["pid"] if it["parent"] else None,
            "thread_id": by_key[it["root"]]["pid"] if it["root"] else None,
            "replies": it["replies"],
            "likes": it["likes"],
            "reposts": it["reposts"],
            "language": None,
            "label": {
                "route": it["route"],
                "department": it["dept"],
                "foi": it["foi"],
                "foi_valid": it["foi_valid"] if it["foi"] else None,
                "escalate_reason": it["esc"],
                "reason": it["reason"],
                "language": it["lang"],
            },
            "provenance": "written",
        }
        out.append(d)
    # thread roots: replies count at least the replies present
    cnt = {}
    for d in out:
        if d["thread_id"] and d["thread_id"] != d["platform_id"]:
            cnt[d["thread_id"]] = cnt.get(d["thread_id"], 0) + 1
    for d in out:
        if d["platform_id"] in cnt:
            assert d["replies"] >= cnt[d["platform_id"]], d["text"][:40]
    with open(os.path.join(HERE, "part-G.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(out), "items written")


if __name__ == "__main__":
    build()
