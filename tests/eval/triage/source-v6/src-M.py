#!/usr/bin/env python3
"""Writer M, set v6: 110 hand-written mentions of Brent Council, late-winter angle (cold snap,
care-home norovirus outbreak, school shut by burst pipes, gritting, energy bills, outreach) plus the
ordinary stream. Texts and labels are written by hand below; this script only serialises and shuffles."""
import json, random, os

PREFIX = "17320"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-M.jsonl")
items, by_key = [], {}
_n = [0]


def pid_for(platform):
    _n[0] += 1
    n = _n[0]
    if platform in ("x", "mastodon"):
        return f"{PREFIX}{(n * 7919 + 104729) % 10**13:013d}"
    tag = {"facebook": "fb", "bluesky": "bsky", "instagram": "ig", "youtube": "yt",
           "linkedin": "li", "rss": "rss"}[platform]
    return f"{tag}-{PREFIX}-{n:04d}"


def add(key, platform, handle, name, followers, text, created, route, dept, reason, lang="en",
        foi=False, foi_valid=None, esc=None, reply_to=None, replies=0, likes=0, reposts=0,
        verified=False):
    pid = pid_for(platform)
    if not handle.startswith("@"):  # Facebook pages/profiles, feeds, channels: handle-style slug
        handle = "@" + "".join(c for c in handle.lower().replace(" ", ".") if c.isalnum() or c in "._-/")
        while ".." in handle:
            handle = handle.replace("..", ".")
    thread = None
    if reply_to is not None:
        parent = by_key[reply_to]
        parent_thread = parent["thread_id"] or parent["platform_id"]
        parent["thread_id"] = parent_thread
        thread = parent_thread
    d = {"platform": platform, "platform_id": pid, "author_handle": handle, "author_name": name,
         "author_followers": followers, "author_verified": verified, "text": text,
         "created_at": created, "reply_to_id": by_key[reply_to]["platform_id"] if reply_to else None,
         "thread_id": thread, "replies": replies, "likes": likes, "reposts": reposts, "language": None,
         "label": {"route": route, "department": dept, "foi": foi,
                   "foi_valid": foi_valid if foi else None, "escalate_reason": esc,
                   "reason": reason, "language": lang},
         "provenance": "written"}
    d["_key"] = key
    d["_parent"] = reply_to
    items.append(d)
    by_key[key] = d
    return d


# ---------------------------------------------------------------- thread: gritting in Kingsbury (route 4)
add("grit0", "facebook", "Kingsbury & Queensbury Residents Noticeboard", "Kingsbury & Queensbury Residents Noticeboard", 6400,
    "Anyone know if Brent are actually gritting the side roads this time or just the bus routes again? "
    "Slough Lane was like glass at 7 this morning, saw two people go over outside the Co-op. "
    "Last year someone from the council said the residential roads get done 'when resources allow'. "
    "Share what your road is like and let's get a proper picture to send them.",
    "2026-02-04T08:12:44Z", 4, "Highways",
    "Group admin opens a discussion on which roads Brent grits, inviting residents to pile in: 'a more specific "
    "ongoing conversation of relevance to a particular service area' — Highways officers should join.",
    replies=4, likes=57, reposts=9)
add("grit1", "facebook", "Dennis Oyelaran", "Dennis Oyelaran", None,
    "Tintern Ave not touched. The grit bin at the top has been empty since December, I reported it then too",
    "2026-02-04T08:40:02Z", 4, "Highways",
    "Contribution to the group thread on gritting; mentions an empty grit bin reported before, but as part of "
    "the shared picture rather than a fresh own case. Ambiguous with 2 (empty grit bin could be logged).",
    reply_to="grit0", likes=12)
add("grit2", "facebook", "Sunita Bhatt", "Sunita Bhatt", None,
    "हमारी गली (Roe Green के पीछे) में दो दिन से बर्फ़ जमी है। मेरी सास 80 साल की हैं, दवाई लेने भी नहीं जा पा रहीं। "
    "बस वाली सड़क पर नमक डाला है, हमारी तरफ़ कोई नहीं आया।",
    "2026-02-04T09:15:31Z", 4, "Highways",
    "Hindi: 'Our lane behind Roe Green has had ice for two days; my 80-year-old mother-in-law can't even go out "
    "for medicine. They salted the bus road, nobody came our side.' Part of the gritting discussion; the older "
    "relative is housebound but has family with her, so not a risk-to-life escalation. Ambiguous with 2.",
    lang="hi", reply_to="grit0", likes=20)
add("grit3", "facebook", "Mark Feeney", "Mark Feeney", None,
    "To be fair to them the lorries were out on Kingsbury Rd at 4am, I heard them. Problem is there's a priority "
    "list and cul-de-sacs are at the bottom. Someone should ask at the ward surgery whether our estate can go "
    "higher up, loads of older people here",
    "2026-02-04T10:02:18Z", 4, "Highways",
    "Reply in the ongoing gritting thread discussing the priority list — service conversation for Highways officers to join.",
    reply_to="grit0", likes=31)
add("grit4", "facebook", "Kingsbury & Queensbury Residents Noticeboard", "Kingsbury & Queensbury Residents Noticeboard", 6400,
    "Update: 40+ comments overnight. Compiling a list of roads with no grit and empty grit bins to send to the "
    "council and our councillors on Friday. Keep them coming below.",
    "2026-02-05T07:30:00Z", 4, "Highways",
    "Admin's update shows the conversation is ongoing and gathering evidence for the service — route 4, Highways should engage now.",
    reply_to="grit0", likes=44, reposts=3)

# ---------------------------------------------------------------- thread: school shut by burst pipes
add("sch0", "facebook", "Brent Parents Network", "Brent Parents Network", 3100,
    "Is it true Brent have closed ALL primary schools tomorrow because of the freeze?? My sister in Alperton got "
    "a text but ours in Neasden hasn't said anything",
    "2026-02-05T17:48:09Z", 3, "Education",
    "General 'is it true' confusion about school closures that published closure information answers — web team to "
    "signpost to the school closures page.",
    replies=3, likes=18)
add("sch1", "facebook", "Joanne Mistry", "Joanne Mistry", None,
    "No it's only Cobbold Road Primary, pipes burst in the hall and the boys toilets, there's water everywhere. "
    "I work there, we've been bailing out since 2. Everyone else is open as far as I know",
    "2026-02-05T18:05:51Z", 1, "Education",
    "School staff member answering the confusion in the thread; informative chatter, nothing for the council to do.",
    reply_to="sch0", likes=40)
add("sch2", "facebook", "Amira Hassan", "Amira Hassan", None,
    "my daughter gets free school meals at cobbold road, if its shut all week what are we meant to do for her lunch? "
    "money is tight enough with the gas bill",
    "2026-02-05T18:31:40Z", 2, "Education",
    "A parent's own case: her daughter's free school meals during an unplanned closure, with money tight — needs "
    "Education/the school to act (vouchers), not just signposting. Ambiguous with 3.",
    reply_to="sch0", likes=9)
add("sch3", "facebook", "Brent Parents Network", "Brent Parents Network", 3100,
    "Cobbold Road have now emailed: closed Thurs and Fri, remote learning packs on the website, hoping to reopen Monday.",
    "2026-02-05T20:10:12Z", 1, "Education",
    "Group admin relays the school's notice — information already resolved, monitor.",
    reply_to="sch0", likes=25)
add("sch_staff", "x", "@MrsK_teachesY4", "Mrs K", 388,
    "Day 2 of burst pipe closure. Caretaker hero of the hour, dehumidifiers roaring, site team + @Brent_Council "
    "building people here since 7. Y4 we miss you, see you Monday hopefully 💙 #CobboldRoad",
    "2026-02-06T12:22:40Z", 1, "Education",
    "Teacher's upbeat update and thanks; no request — monitor.", likes=33, reposts=2)
add("radio_school", "x", "@NW10RadioNews", "NW10 Community Radio — News", 1180,
    "Hi @Brent_Council, NW10 Radio here. We're reporting on the Cobbold Road Primary closure for tomorrow's "
    "breakfast bulletin — can you confirm how many pupils are affected, when it's expected to reopen, and whether "
    "any other council buildings were damaged in the freeze? Thanks, news desk",
    "2026-02-05T19:02:00Z", 5, "Education",
    "A community radio news desk asking for facts on the closure: a media enquiry, polite and neutral, small "
    "following — still 'liaise with relevant communication officer'.",
    esc="media_enquiry", likes=2)

# ---------------------------------------------------------------- care home norovirus
add("care_rel", "facebook", "Patricia Lowe", "Patricia Lowe", None,
    "Mum is in Oakleigh House on Pound Lane. They've shut it to visitors since Saturday with a sickness bug, fine, "
    "but two of the ladies on her floor have gone to hospital and I only found out because I rang. Mum sounded "
    "really weak on the phone and confused, she kept saying nobody's brought her a drink. I've tagged Brent Council "
    "because they pay for her place and I don't know who else to ask. Is anyone checking on these people?",
    "2026-02-09T21:14:55Z", 5, None,
    "Daughter describes her council-funded mother in a care home during an outbreak, weak, confused and saying "
    "nobody brings her drinks — vulnerable adult possibly at risk (adult safeguarding, no department of the 14 covers it).",
    esc="vulnerable_adult", replies=2, likes=64, reposts=11)
add("care_rel_r1", "facebook", "Gail Thompson", "Gail Thompson", None,
    "Same with my uncle in there Pat. I'm so sorry. Sending love x",
    "2026-02-09T21:40:03Z", 1, None,
    "Sympathy reply under the escalated post; nothing new for the council — monitor.",
    reply_to="care_rel", likes=6)
add("care_worker_pt", "facebook", "Luciana Ferreira", "Luciana Ferreira", None,
    "Trabalho num lar em Willesden. Metade dos residentes está com o vírus, estamos quatro pessoas no turno da noite "
    "para 38 idosos, a agência não manda ninguém. Eu fiz três turnos seguidos. Alguém da câmara (Brent) tem de saber disto.",
    "2026-02-10T03:27:12Z", 5, None,
    "Portuguese: 'I work in a care home in Willesden. Half the residents have the virus, four of us on nights for 38 "
    "elderly people, the agency sends no one, I've done three shifts in a row. Someone at the council must know.' "
    "Understaffing during an outbreak puts vulnerable adults at risk — escalate.",
    lang="pt", esc="vulnerable_adults", reply_to="care_rel", likes=15)
add("care_reporter", "x", "@jessobi_reports", "Jess Obi", 742,
    "Local democracy reporter covering Brent. Have heard from several families about a norovirus outbreak at a "
    "Willesden care home where residents are council-funded. @Brent_Council could your press office tell me what "
    "oversight you have and whether any deaths have been reported? DMs open.",
    "2026-02-10T11:05:30Z", 5, None,
    "Reporter (low follower count, names her role) making a media enquiry about a care-home outbreak and possible "
    "deaths — controversial and a journalist: communications.",
    esc="journalist", likes=9, reposts=4)
add("care_rt", "x", "@harlesden_hannah", "Hannah", 211,
    "RT @jessobi_reports Local democracy reporter covering Brent. Have heard from several families about a norovirus "
    "outbreak at a Willesden care home…",
    "2026-02-10T11:40:11Z", 1, None,
    "Plain reshare of a mention already escalated — monitor.")
add("care_sympathy", "instagram", "@willesdenbakes", "Willesden Bakes", 2300,
    "Dropped a tray of cinnamon buns at the care home on Pound Lane for the night staff (left at the door, don't worry "
    "😷). You lot are heroes. Brent look after your carers pls 🙏",
    "2026-02-11T16:02:00Z", 1, None,
    "Kindness and a general plea, no case or request — monitor.", likes=210)

# ---------------------------------------------------------------- warm spaces / libraries conversation
add("warm0", "x", "@KilburnLibFriends", "Friends of Kilburn Library", 890,
    "Warm space at Kilburn library was full by 11 today — people were turned away at the door. @Brent_Council are "
    "there plans to open the upstairs room or extend hours while this cold lasts? Happy to help with volunteers.",
    "2026-02-06T15:30:22Z", 4, "Libraries",
    "Friends group raising capacity of the warm-space scheme and offering volunteers — an ongoing service matter "
    "for Libraries officers to join.", replies=3, likes=41, reposts=12)
add("warm1", "x", "@ruthie_nw6", "Ruth", 160,
    "@KilburnLibFriends @Brent_Council same at Willesden Green on Tuesday. Lots of older folk coming in just to be warm, "
    "the staff were brilliant but it's not big enough",
    "2026-02-06T16:01:47Z", 4, "Libraries",
    "Another resident adds to the warm-space capacity thread — part of the service conversation.",
    reply_to="warm0", likes=11)
add("warm2", "x", "@SamirHalal_", "Samir", 95,
    "@KilburnLibFriends @Brent_Council could they do Sundays too? that's when it's worst at home with no heating on",
    "2026-02-06T17:19:02Z", 4, "Libraries",
    "Suggestion in the live warm-space thread (Sunday opening) — route 4, Libraries.",
    reply_to="warm0", likes=14)
add("warm3", "x", "@KilburnLibFriends", "Friends of Kilburn Library", 890,
    "Thanks all — we've collated this and are meeting the library manager Weds. Will report back here.",
    "2026-02-07T09:44:10Z", 4, "Libraries",
    "Shows the conversation continuing with the service — route 4.", reply_to="warm0", likes=23)
add("warm_urdu", "facebook", "Nasreen Akhtar", "Nasreen Akhtar", None,
    "ولزڈن گرین لائبریری کے عملے کا بہت شکریہ۔ میں روز دوپہر وہاں جاتی ہوں کیونکہ گھر میں ہیٹنگ بہت مہنگی ہے۔ "
    "انہوں نے چائے بھی دی اور بجلی کے بل کے بارے میں مدد بھی کی۔",
    "2026-02-12T14:05:00Z", 1, "Libraries",
    "Urdu: 'Many thanks to the Willesden Green library staff. I go every afternoon because heating at home is so "
    "expensive; they gave tea and helped with my electricity bill.' Praise — monitor.",
    lang="ur", likes=48)
add("warm_q", "x", "@tobi_k_", "Tobi", 57,
    "where is the list of the warm spaces in brent? my grandad wont believe me that libraries let you just sit there",
    "2026-02-03T12:14:45Z", 3, "Libraries",
    "General 'where is' question answered by the published warm spaces list — web team signposts.")

# ---------------------------------------------------------------- bins after the snow (thread)
add("bin0", "facebook", "Harlesden Matters", "Harlesden Matters", 5200,
    "Chamberlayne Rd and the roads off it: bins not emptied for TWO WEEKS now since the snow. Foxes have been at the "
    "black bags, there's rubbish across the pavement outside the school. The council website just says 'delays due "
    "to weather'. Is it just us?",
    "2026-02-14T09:05:11Z", 4, "Environment",
    "Community page discussing a recurring missed-collection hotspot after the snow, with many residents joining — "
    "Environment officers should take part in the conversation.", replies=4, likes=88, reposts=14)
add("bin1", "facebook", "Kemi Adebayo", "Kemi Adebayo", None,
    "Not just you. Purves Rd too. Recycling hasn't gone either, it's spilling out the lid",
    "2026-02-14T09:22:30Z", 4, "Environment",
    "Adds another road to the collection-hotspot thread — route 4.", reply_to="bin0", likes=17)
add("bin2", "facebook", "Tom Whelan", "Tom Whelan", None,
    "Mine at 61 Leghorn Rd NW10 also missed, reported online on the 6th ref COL-5589214 and it got marked "
    "'completed'. It wasn't. Can somebody actually look at that",
    "2026-02-14T10:01:52Z", 2, "Environment",
    "Inside the thread but with his own address and a case reference wrongly closed — needs an officer to look up "
    "the record: customer services.", reply_to="bin0", likes=8)
add("bin3", "facebook", "Harlesden Matters", "Harlesden Matters", 5200,
    "Brent Council's environment team have replied in the comments saying crews are catching up Mon-Tues. We'll keep "
    "this post open so you can tell us if yours still isn't done by Wednesday.",
    "2026-02-14T15:30:00Z", 4, "Environment",
    "Ongoing conversation with the service now involved; the page keeps it open for follow-up — route 4.",
    reply_to="bin0", likes=35)
add("bin4", "facebook", "Rosa Marin", "Rosa Marin", None,
    "Wednesday now. Still not done on Buchanan Gardens. Kids walk past a pile of rubbish to get to nursery.",
    "2026-02-18T08:14:00Z", 4, "Environment",
    "Follow-up in the same hotspot thread after the promised catch-up date — still a service conversation "
    "(critical but not reputation-threatening). Ambiguous with 2 (names her street).",
    reply_to="bin0", likes=19)

# ---------------------------------------------------------------- heating: same text, different contexts
add("heat0", "facebook", "Chantelle Morris", "Chantelle Morris", None,
    "Brent Housing my nan is 86 and lives on her own in Stonebridge, council flat. Her heating packed up on Friday, "
    "they gave her one little fan heater and said an engineer would come. It's minus 4 tonight. She's wearing her "
    "coat in bed.",
    "2026-02-09T19:30:02Z", 5, "Housing",
    "An 86-year-old living alone without heating in sub-zero weather, repair not done — risk to a vulnerable older "
    "person, not merely a repair: escalate alongside Housing.",
    esc="vulnerable_adult_cold", replies=2, likes=140, reposts=33)
add("heat1", "facebook", "Chantelle Morris", "Chantelle Morris", None,
    "Still no heating. Day 4.",
    "2026-02-12T08:02:11Z", 5, "Housing",
    "Same short words as a standalone post elsewhere, but here it updates the thread about the 86-year-old alone "
    "without heat in the freeze — the risk continues, so escalate.",
    esc="vulnerable_adult_cold", reply_to="heat0", likes=61)
add("heat2", "x", "@dwaynebx", "Dwayne", 140,
    "Still no heating. Day 4. @Brent_Council",
    "2026-02-12T21:45:17Z", 2, "Housing",
    "Standalone: a tenant's own repair case with no sign of particular vulnerability — customer services to find "
    "the job (ask by DM for address and reference). Same text as in the Stonebridge thread, where it is route 5.")
add("heat3", "facebook", "Ade Coker", "Ade Coker", None,
    "Chantelle message me, I'm on the tenants association at Stonebridge, we have a direct number for the repairs "
    "manager",
    "2026-02-12T08:30:40Z", 1, "Housing",
    "Neighbourly offer of help inside an escalated thread — nothing additional for the council.",
    reply_to="heat0", likes=12)

# ---------------------------------------------------------------- other escalations
add("welfare_gu", "facebook", "Hiren Patel", "Hiren Patel", None,
    "મારા બા Kenton માં એકલા રહે છે, Shaftesbury Avenue પાસે. બે દિવસથી ફોન નથી ઉપાડતા. હું Leicester માં છું, "
    "બરફને લીધે આવી શકતો નથી. કોઈ પડોશી કે કાઉન્સિલમાંથી કોઈ જઈને જોઈ શકે?",
    "2026-02-08T22:41:09Z", 5, None,
    "Gujarati: 'My mother lives alone in Kenton near Shaftesbury Avenue. She hasn't answered the phone for two days. "
    "I'm in Leicester and can't come because of the snow. Can a neighbour or someone from the council go and look?' "
    "Older person not heard from for days — welfare check, escalate.",
    lang="gu", esc="welfare_concern", likes=22, reposts=15)
add("curtains", "x", "@queensbury_jo", "Jo", 73,
    "bit odd, the old boy at no. 40 has had his curtains shut since sunday and his milk's still on the step. "
    "knocked, nothing. dont want to be nosy but. brent do you do welfare checks or is that police",
    "2026-02-11T13:20:33Z", 5, None,
    "A neighbour describes an older man not seen for days, milk uncollected, no answer — someone possibly at risk. "
    "Phrased as a casual question ('is that police'); escalate for a welfare response.",
    esc="welfare_concern")
add("rough_so", "facebook", "Faduma Warsame", "Faduma Warsame", None,
    "Nin ayaa seexda bus stop-ka Harlesden, Station Road agtiisa, saddex habeen. Caawa qabow aad u daran, "
    "ma dhaqaaqayo markaan la hadlay. Brent yaa loo yeeraa?",
    "2026-02-07T23:55:04Z", 5, "Housing",
    "Somali: 'A man has slept at the bus stop near Station Road, Harlesden, three nights. Tonight is bitterly cold and "
    "he didn't move when I spoke to him. Who do you call at Brent?' Rough sleeper possibly unresponsive in the freeze — "
    "risk to life; outreach (Housing) via escalation.",
    lang="so", esc="rough_sleeper_risk", likes=8)
add("rough_death", "x", "@kilburnhighrd", "Kilburn High Road", 15400,
    "The man who slept in the doorway by the old Woolworths on Kilburn High Road died on Tuesday night. Everyone round "
    "here knew him. Outreach came once that anyone saw. -5 that night. Somebody at @Brent_Council needs to answer for "
    "how the emergency cold weather beds worked this year.",
    "2026-02-12T09:12:50Z", 5, "Housing",
    "A rough sleeper's death in the cold, blamed on the council's severe-weather provision, from a well-followed "
    "local account — a death and a controversial issue: communications and Housing.",
    esc="death", replies=0, likes=1200, reposts=480)
add("outreach_thanks", "x", "@foodbank_harlesden", "Harlesden Community Food Bank", 2100,
    "Huge thanks to the Brent street outreach team who came out at midnight to two of our regulars last week and got "
    "them into the church shelter. That's what joined-up looks like. Donations of thermal socks still very welcome 🧦",
    "2026-02-13T10:30:00Z", 1, "Housing",
    "Food bank's praise for outreach — monitor.", likes=96, reposts=20)
add("howreport_rough", "x", "@ellie_in_wembley", "Ellie", 301,
    "how do you actually report someone sleeping rough so outreach can find them? there's a guy under the bridge on "
    "Harrow Rd every night but he seems ok, has a tent and sleeping bags",
    "2026-02-02T20:10:00Z", 3, "Housing",
    "A 'how do I report' question, explicitly not an emergency (he seems ok) — web team signposts to StreetLink/the "
    "outreach page. Ambiguous with 5 in a freeze, but the author describes no immediate risk.")
add("gas", "x", "@granvillerd_tenant", "Kwame", 64,
    "whole stairwell on block B granville rd smells of gas. told the caretaker this morning, still smells at 6pm, "
    "people cooking. @Brent_Council @BrentHousing is anyone coming",
    "2026-02-16T18:04:21Z", 5, "Housing",
    "Smell of gas in a council block all day, unresolved — risk to life. Escalate (and the emergency gas line).",
    esc="risk_to_life_gas")
add("ceiling", "facebook", "Olumide Banjo", "Olumide Banjo", None,
    "Pipe burst in the flat above us (council, Church End estate). Water coming through the light fitting in the "
    "kitchen and the fuse box is making a buzzing noise. Called the emergency number 3 times it just rings out. "
    "I've got the kids in the bedroom. What do I do???",
    "2026-02-06T01:48:33Z", 5, "Housing",
    "Water through a light fitting onto a buzzing fuse box with children in the flat and the out-of-hours line "
    "unanswered — risk to life, escalate now.",
    esc="risk_to_life", likes=4)
add("wall", "x", "@stonebridge_dad", "Marcus", 118,
    "the little wall on the path by the Brent river bridge (stonebridge side) has half fallen onto the path after the "
    "freeze, bricks all over where the kids walk to school. taped a bin bag on it lol. someone should look before it "
    "goes completely",
    "2026-02-17T07:52:00Z", 5, "Highways",
    "Collapsing wall on a school route, written lightly ('lol') — structural danger to pedestrians and children; "
    "escalate with Highways.", esc="structural_danger", likes=6)
add("crowd", "x", "@wembleyregular", "Liam O'Connor", 2600,
    "Genuinely scary on the steps down from Olympic Way after the match, steps iced over, people slipping, crowd "
    "still pushing from behind, one woman went down and people were stepping round her. Nobody gritted anything. "
    "Someone's going to die.",
    "2026-02-21T22:48:40Z", 5, "Emergency Planning",
    "Event-day crowd crush risk on icy steps — public safety and crowd danger; escalate (Emergency Planning, "
    "with the stadium/police).", esc="crowd_safety", likes=340, reposts=120)
add("kids_balcony", "x", "@anon_neasden", "N", 22,
    "3rd night this week the two little ones next door are out on the balcony at 1am in their pyjamas banging on the "
    "glass. no adults I can see. its freezing. I dont know the family well enough to knock. who do I even tell",
    "2026-02-10T01:16:29Z", 5, None,
    "Neighbour describes young children repeatedly locked out on a balcony at night in freezing weather with no "
    "adult — child safeguarding, though never named as such. No listed department (children's social care).",
    esc="child_safeguarding")
add("selfharm", "x", "@tired_in_nw10", "k", 41,
    "another council tax letter. summons this time. £487 I don't have after the gas bill. honestly can't see the point "
    "of any of it anymore, might just stop. sorry for the moan",
    "2026-02-19T23:31:02Z", 5, "Finance",
    "Council tax summons and energy bill debts, with 'can't see the point… might just stop' — possible self-harm cue; "
    "escalate for a careful private response (Finance can look at arrangements afterwards).",
    esc="self_harm_risk")
add("breach", "x", "@fatima_r_law", "Fatima R.", 530,
    "Just got an email from a Brent housing officer with ANOTHER tenant's file attached. Full name, date of birth, "
    "NI number, benefit details, her kids' names. I haven't opened the rest. @Brent_Council who do I send this to, "
    "this is serious",
    "2026-02-20T12:01:09Z", 5, "Housing",
    "Personal data of another tenant sent to the wrong person — a data breach; escalate immediately.",
    esc="data_breach", likes=27, reposts=9)
add("discrim", "facebook", "Rahel Tesfaye", "Rahel Tesfaye", None,
    "Took my dad to the Civic Centre about his housing benefit. The woman on the desk told him to 'come back when he "
    "can speak proper English' and laughed with her colleague. He is 71 and has lived here 30 years. I have never "
    "seen him so humiliated. I want to know what Brent is going to do about this.",
    "2026-02-24T18:20:00Z", 5, "Finance",
    "Alleged discriminatory treatment by front-desk staff — controversial, reputational; escalate (service lead and HR as needed).",
    esc="discrimination_by_staff", likes=230, reposts=58)
add("threat", "x", "@bigdee_nw2", "Dee", 310,
    "if that bailiff comes to my mums door again over the council tax he wont be walking back to his car. "
    "simple as. you been warned @Brent_Council",
    "2026-02-25T20:14:00Z", 5, "Finance",
    "A threat of violence against an enforcement agent acting for the council — threat to staff; escalate.",
    esc="threat_to_staff")
add("legal", "facebook", "Grace Ilori", "Grace Ilori", None,
    "For the record: the mould in my son's bedroom has been reported 5 times since October (flat 7, Bridge Park). "
    "He has asthma and has been in A&E twice this winter. My solicitor is now sending a pre-action letter under the "
    "disrepair protocol. I'd rather Brent just fixed it.",
    "2026-02-26T09:40:12Z", 5, "Housing",
    "Damp and mould affecting an asthmatic child plus an explicit legal threat — escalate rather than a routine repair.",
    esc="legal_threat_child_health", likes=77, reposts=12)
add("misconduct", "x", "@ealingrd_shop", "Vijay – Ealing Rd Mobiles", 860,
    "Your parking warden on Ealing Road told my customer he'd 'forget' the ticket for £20 cash. I have it on CCTV. "
    "Not the first time. @Brent_Council do you want the footage or shall I send it to the paper",
    "2026-02-18T14:09:50Z", 5, "Parking",
    "Business owner alleges a civil enforcement officer solicited cash, with CCTV — alleged misconduct; escalate.",
    esc="misconduct", likes=54, reposts=21)
add("viral", "x", "@londonlatenight", "London Late Night", 186000,
    "This video of Brent bin crew chucking the recycling boxes straight in the back with the black bags has 400k "
    "views in 4 hours 😬 so what's the point in sorting it",
    "2026-02-23T23:02:00Z", 5, "Environment",
    "A very large account amplifying a video going viral against a council service — controversial and reputational.",
    esc="viral_video", likes=9800, reposts=3100)
add("councillor", "x", "@CllrAPrice_Kenton", "Cllr Andrea Price", 2400,
    "I've had 30+ emails from Kenton residents about untreated pavements near Kenton station and the GP surgery this "
    "week. I've raised with officers. @Brent_Council residents deserve to know what the gritting plan is for footways.",
    "2026-02-05T12:15:00Z", 5, "Highways",
    "A councillor publicly pressing the council on gritting — influential author on a council matter: liaise with communications.",
    esc="councillor", likes=120, reposts=40)
add("mp", "x", "@MPforBrentWest", "MP for Brent West (office)", 21000,
    "Deeply concerned by reports of a rough sleeper's death on Kilburn High Road during the cold snap. I have written "
    "to @Brent_Council asking how many severe weather beds were available each night and how many were used.",
    "2026-02-12T16:45:00Z", 5, "Housing",
    "An MP's office writing publicly about a death and severe-weather provision — MP and controversial issue. "
    "Not labelled FOI: it reports a letter rather than making a request here.",
    esc="mp", likes=800, reposts=260, verified=True)
add("candidate", "x", "@SamLeeForWillesden", "Sam Lee — candidate, Willesden Green", 1500,
    "Pensioners freezing in council flats, bins rotting for weeks, a man dead on Kilburn High Road. This is what 12 "
    "years of this council looks like. On 7 May vote for change. #BrentElections",
    "2026-02-27T18:00:00Z", 5, None,
    "A local election candidate attacking the council on live controversial issues (cold homes, a death) — candidate "
    "in the pre-election run-up; communications should be aware. Ambiguous with 1 (campaigning), but candidate + "
    "controversy tips it. No political response.", esc="candidate", likes=210, reposts=90)
add("election", "facebook", "Ivana Novak", "Ivana Novak", None,
    "We got 3 polling cards at our address today. One is for the man who lived here before us, he died in 2023. "
    "My husband, who is registered, got nothing. Brent how does this happen",
    "2026-04-09T17:05:00Z", 5, None,
    "Polling cards for a deceased former occupant and none for a registered elector — electoral integrity; "
    "escalate (electoral services, not one of the 14 departments).", esc="electoral_integrity", likes=14)
add("influencer", "instagram", "@chefadaora", "Adaora — chef & author", 412000,
    "Spent the afternoon cooking for a care home in Brent that's been hit by the winter vomiting bug — the staff are "
    "running on empty. Why is nobody from the council talking about this? Tagging @brentcouncil, would love to "
    "know what support there is for them.",
    "2026-02-13T19:20:00Z", 5, None,
    "Highly influential account raising the care-home outbreak and council support — influential author on a "
    "controversial matter.", esc="influential_account", likes=38000, reposts=2100)
add("flood", "x", "@kensalrise_kate", "Kate", 620,
    "Water main burst on Chamberlayne Rd by the lights, road is a river and it's going down the steps into the "
    "basement flats at 120ish. There's an old man down there who uses a frame. Thames Water say 4 hrs. "
    "@Brent_Council",
    "2026-02-15T06:40:12Z", 5, "Emergency Planning",
    "Flooding entering basement flats where a frail resident lives — risk to life; escalate (Emergency Planning, "
    "Thames Water owns the main).", esc="flood_risk_to_life", likes=30, reposts=18)
add("family_car", "x", "@justmeandmyboys", "R", 33,
    "me and the boys slept in the car again. 4 and 7. housing said to come back monday with more paperwork. "
    "windows were iced on the inside this morning. not asking for sympathy just want someone to tell me what else "
    "they need",
    "2026-02-07T07:15:00Z", 5, "Housing",
    "A homeless parent sleeping in a car with two young children in freezing weather — children at risk; escalate "
    "with Housing, not a routine own case.", esc="children_at_risk_homeless")

# ---------------------------------------------------------------- route 2: own cases
add("bin_dup1", "x", "@GPaterson_NW9", "Graham Paterson", 88,
    "@Brent_Council 3rd week running the recycling at 14 Colin Park Road NW9 has been missed. Blue bin is full to the "
    "brim. Please sort.",
    "2026-02-16T08:04:12Z", 2, "Environment",
    "His own missed collection at a given address — customer services to log and chase.", likes=1)
add("bin_dup2", "x", "@GPaterson_NW9", "Graham Paterson", 88,
    "@Brent_Council 3rd week running the recycling at 14 Colin Park Road NW9 has been missed. Blue bin is full to the "
    "brim. Please sort.",
    "2026-02-17T08:11:40Z", 2, "Environment",
    "Exact repeat of his post the day before — same own case, same route.")
add("pcn_ro", "facebook", "Ionela Dumitru", "Ionela Dumitru", None,
    "Bună ziua. Am primit amendă de parcare PCN BT41773025 pe Ealing Road, pe 4 februarie. Marcajele erau acoperite "
    "complet de zăpadă, nu se vedea nimic. Am poze. Cum pot contesta? Mulțumesc.",
    "2026-02-11T10:22:31Z", 2, "Parking",
    "Romanian: 'I got a parking PCN BT41773025 on Ealing Road on 4 February; the markings were fully covered by snow. "
    "I have photos. How can I challenge it?' Own penalty charge with a reference — Parking via customer services.",
    lang="ro")
add("pcn_en", "x", "@marcus_j_77", "Marcus J", 205,
    "PCN BT40988161 — suspended bay on Harlesden High St, the suspension sign was on the floor face down. "
    "Appealed online 3 weeks ago, nothing back and now I've got the 'charge certificate'. @Brent_Council ???",
    "2026-02-20T13:08:00Z", 2, "Parking",
    "Own PCN with reference and a stalled appeal — customer services/Parking to look it up.")
add("ctax_dd", "x", "@amelia_writes_", "Amelia", 410,
    "@Brent_Council account 30088412 — Direct Debit went out on the 1st like always, and today I get a reminder "
    "saying I've missed a payment?? please check before I have a heart attack",
    "2026-02-06T09:00:00Z", 2, "Finance",
    "Own council tax account number and a payment discrepancy — Finance via customer services.")
add("ctax_plan", "facebook", "Brian McCarthy", "Brian McCarthy", None,
    "I'm 74, widowed, and my energy bill has just gone up again. I've always paid my council tax on time but I "
    "can't do £190 a month till March. Can someone from Brent ring me about spreading it? I'm at 9 Mount Pleasant "
    "Wembley. I'm not good on computers, my granddaughter is typing this.",
    "2026-02-02T11:32:00Z", 2, "Finance",
    "Own council tax case with an address and a request to be phoned — Finance to act (hardship/instalments).")
add("boiler", "x", "@kilburnsq_flat12", "Dan", 47,
    "boiler in flat 12 kilburn square packed in monday. reported, ref REP/118842. told 3-5 working days. "
    "its the middle of a cold snap guys 🥶 any chance",
    "2026-02-04T18:47:00Z", 2, "Housing",
    "Own council housing repair with reference; no vulnerability described — customer services/Housing.")
add("mould_baby", "facebook", "Shanice Gordon", "Shanice Gordon", None,
    "The mould has come back in the baby's room (flat 3, 22 Carlton Vale). They painted over it in November. "
    "Can someone come and look properly this time, I've got photos",
    "2026-02-09T15:16:00Z", 2, "Housing",
    "Own damp-and-mould repair case with address — Housing via customer services. Ambiguous with 5 (baby in a "
    "mouldy room; officers should treat under Awaab's Law timescales), but no health harm or legal threat described.")
add("leak", "x", "@ola_in_brondesbury", "Ola", 120,
    "@Brent_Council small leak from the pipe under my kitchen sink since the freeze, bucket under it, not urgent but "
    "it's getting worse. 5 Brondesbury Park estate. where do I log it",
    "2026-02-08T10:05:00Z", 2, "Housing",
    "Own non-urgent repair with address — customer services to log it.")
add("lib_fines", "x", "@bookish_bea", "Bea", 380,
    "returned 4 books to Ealing Road library in Jan, my account (card ending 4471) still says overdue and blocks me "
    "renewing. help @Brent_Council",
    "2026-02-03T16:40:00Z", 2, "Libraries",
    "Own library account problem needing records checked — Libraries via customer services.")
add("visitor_permit", "facebook", "Ayo Bamgbose", "Ayo Bamgbose", None,
    "My visitor permits have disappeared from my account since last week's website change. Had 40 hours left. My "
    "carer comes every morning and now she's getting tickets. Permit ref VP-22918.",
    "2026-02-10T08:20:00Z", 2, "Parking",
    "Own permit account with a reference and a carer getting tickets — Parking to restore the balance. Ambiguous "
    "with 3/Web if the website change broke many accounts.")
add("streetlight", "x", "@preston_pete", "Pete", 56,
    "street light outside 88 Preston Hill out for a week, pitch black and the pavement's icy. @Brent_Council",
    "2026-02-05T19:22:00Z", 2, "Highways",
    "Specific fault at an address — Highways via customer services (log the fault).")
add("pothole_claim", "facebook", "Nikhil Shah", "Nikhil Shah", None,
    "Hit a pothole on Forty Lane outside the petrol station last night, filled with water so I couldn't see it. "
    "Tyre and alloy gone, £340. How do I claim from Brent? Reg and photos ready.",
    "2026-02-13T09:15:00Z", 2, "Highways",
    "Own damage claim at a specific location — customer services/Highways. Ambiguous with 3 (how to claim is "
    "published), but the pothole needs logging too.")
add("flytip", "x", "@sudburymum", "Claire", 240,
    "someone dumped a mattress, a fridge and 6 bags outside number 7 Harrowdene Rd overnight. fridge is leaning on "
    "the lamp post. @Brent_Council",
    "2026-02-15T08:30:00Z", 2, "Environment",
    "Fly-tipping at an exact address — Environment via customer services to clear it.")
add("assisted", "facebook", "Lorraine Campbell", "Lorraine Campbell", None,
    "My dad is 91 and on the assisted collection list at 3 Elm Road, Wembley. Nobody has taken his bin from the side "
    "passage since the snow started — the crew just skip it. He tried to drag it himself yesterday and nearly went "
    "over. Please can this be sorted.",
    "2026-02-12T12:00:00Z", 2, "Environment",
    "Own assisted-collection failure with address; the near-fall is a warning but the fix is a service action — "
    "customer services. Ambiguous with 5.")
add("admissions", "x", "@anjalibhatt_", "Anjali Bhatt", 290,
    "We applied for Reception in Jan (ref BR-ADM-26-04419), got an email saying the application was 'incomplete' "
    "but the portal shows everything uploaded. Deadline was the 15th?? @Brent_Council",
    "2026-02-02T14:00:00Z", 2, "Education",
    "Own school admission application with a reference — Education to check the record.")
add("planning_enf", "facebook", "Stephen Gallagher", "Stephen Gallagher", None,
    "Next door at 22 Crest Road NW2 have started a two storey rear extension, no notice, nothing on the planning "
    "portal. Scaffolding went up Monday. Who do I report this to?",
    "2026-02-24T10:40:00Z", 2, "Planning",
    "Specific possible breach at a given address — Planning enforcement via customer services.")
add("noise", "x", "@lightsleeper_nw10", "Amy", 80,
    "flat above (14b Craven Park Rd) bass till 4am again, 4th night. I have work. who do I call for noise in brent "
    "at night",
    "2026-02-22T04:05:00Z", 2, "Regulatory Services",
    "Own ongoing noise nuisance with an address — Regulatory Services via customer services. Ambiguous with 3 "
    "('who do I call').")
add("eviction_bn", "facebook", "Rahima Begum", "Rahima Begum", None,
    "আমার বাড়িওয়ালা বলেছে শুক্রবারের মধ্যে বাসা ছাড়তে হবে। আমার দুই বাচ্চা, একজনের বয়স ২ বছর। কাগজে কোনো নোটিশ দেয়নি। "
    "Brent housing এ কার সাথে কথা বলব? আমি Neasden এ থাকি।",
    "2026-02-17T13:25:00Z", 2, "Housing",
    "Bengali: 'My landlord says we must leave by Friday. I have two children, one is 2. He gave no written notice. "
    "Who do I talk to at Brent housing? I live in Neasden.' Own homelessness-prevention case — Housing via customer "
    "services, urgently. Ambiguous with 5, but no one is yet without shelter.", lang="bn")
add("foodbank_client", "x", "@foodbank_harlesden", "Harlesden Community Food Bank", 2100,
    "@Brent_Council one of our clients (partially sighted, 80s) needs the council tax support form in large print and "
    "someone to ring her, not a link. Can a person from your team DM us and we'll pass her details with consent?",
    "2026-02-19T11:00:00Z", 2, "Finance",
    "Food bank acting for an identifiable client who needs Finance to act — customer services via DM.")
add("ctr_stopped", "x", "@mo_alperton", "Mo", 67,
    "got a letter saying my council tax reduction has stopped from April but I'm still on universal credit, nothing "
    "changed. ref on the letter CTR 7719302. is this a mistake",
    "2026-03-03T09:40:00Z", 2, "Finance",
    "Own benefit case with reference needing records checked — Finance via customer services.")
add("job_app", "linkedin", "Priya Raman", "Priya Raman", 540,
    "Applied for the Reablement Support Worker role at Brent Council (ref BC-4471) in January — the portal still says "
    "'received' and the closing date has passed. Is there someone in recruitment I could speak to?",
    "2026-02-25T12:30:00Z", 2, "HR",
    "Own job application with a reference — HR via customer services.")
add("tamil_bin", "facebook", "Karthik Subramaniam", "Karthik Subramaniam", None,
    "வணக்கம். எங்கள் வீட்டு (27 Lancelot Road, Wembley) குப்பைத் தொட்டி மூன்று வாரமாக எடுக்கப்படவில்லை. "
    "பனி காரணம் என்றார்கள், ஆனால் பக்கத்துத் தெருவில் எடுத்துவிட்டார்கள். தயவுசெய்து பார்க்கவும்.",
    "2026-02-18T17:45:00Z", 2, "Environment",
    "Tamil: 'Our household bin at 27 Lancelot Road, Wembley has not been collected for three weeks. They said snow, "
    "but the next street was done. Please look.' Own missed collection with address — customer services.", lang="ta")
add("licensing", "x", "@quietstreetplz", "Mags", 140,
    "off licence at the corner of Dudden Hill Lane and Villiers Rd selling cans at 1am every night, groups drinking "
    "outside till 3. pretty sure their licence says 11. @Brent_Council",
    "2026-02-28T01:30:00Z", 2, "Regulatory Services",
    "Specific premises allegedly breaching licensed hours — Regulatory Services (licensing) to investigate.")
add("gritbin_fill", "x", "@ashfordrd_resident", "Helen", 38,
    "grit bin at the junction of Ashford Rd and Chichele Rd has been empty all week, hill is lethal. can it be "
    "refilled please",
    "2026-02-06T08:05:00Z", 2, "Highways",
    "A specific empty grit bin at a named junction — a service request for Highways via customer services.")

# ---------------------------------------------------------------- FOI
add("foi_valid_x", "x", "@HarpreetSandhu", "Harpreet Sandhu", 610,
    "@Brent_Council Freedom of Information request: please provide (1) the tonnes of salt spread on Brent roads and "
    "footways in January and February 2026, and (2) the number of calls to the out-of-hours highways line between "
    "3 and 9 February 2026. Thank you.",
    "2026-02-20T08:50:00Z", 2, "Highways",
    "A request for recorded information with the real name visible in the profile — valid FOI per Appendix A; "
    "log via customer services, 20 working days.", foi=True, foi_valid=True)
add("foi_invalid_x", "x", "@wembleywatcher1", "Wembley Watcher", 1300,
    "FOI request @Brent_Council: how many households were in B&B temporary accommodation for more than 6 weeks on "
    "31 January 2026, and how many of those had children?",
    "2026-02-14T12:00:00Z", 3, "Housing",
    "Request for recorded information, but from a pseudonymous account with no name or address — invalid under "
    "Appendix A; web team explains how to make a valid request.", foi=True, foi_valid=False)
add("foi_journo", "x", "@TomAshworth_BKT", "Tom Ashworth | Brent & Kilburn Times", 980,
    "@Brent_Council Under the FOI Act, could you provide the number of people found rough sleeping by outreach on each "
    "night the severe weather protocol was active in Feb 2026, and the number of emergency beds offered each night?",
    "2026-02-16T10:15:00Z", 5, "Housing",
    "FOI request from a named journalist (valid: real name) on a controversial topic — a journalist's request goes "
    "to communications (route 5) as well as being logged.", foi=True, foi_valid=True, esc="journalist_foi")
add("foi_pl", "facebook", "Anna Kowalczyk", "Anna Kowalczyk", None,
    "Szanowni Państwo, na podstawie ustawy o wolności informacji (Freedom of Information Act) proszę o podanie, ile "
    "dni w roku szkolnym 2025/26 szkoły w Brent były zamknięte z powodu awarii budynków (np. pękniętych rur). "
    "Odpowiedź proszę przesłać na adres: Anna Kowalczyk, 41 Doyle Gardens, London NW10 3SG. Dziękuję.",
    "2026-02-23T19:02:00Z", 2, "Education",
    "Polish: FOI request for the number of school days lost to building failures (e.g. burst pipes) in 2025/26, "
    "with her name and a postal address for the reply — valid FOI; log via customer services.",
    lang="pl", foi=True, foi_valid=True)
add("foi_masto", "mastodon", "@civicnerd@mastodon.social", "cn", 450,
    "@brentcouncil@social.example Requesting under FOIA: the total spent on agency care staff for council-run "
    "care settings in Dec 2025–Feb 2026, by month. Reply here is fine.",
    "2026-02-26T21:10:00Z", 3, None,
    "Request for recorded information but only initials and a handle — invalid under Appendix A (no real name or "
    "address); web team explains how to request. Adult social care spend: no listed department.",
    foi=True, foi_valid=False)
add("foi_tenants", "facebook", "Church End Tenants & Residents Association", "Church End Tenants & Residents Association", 740,
    "Request for information (FOI): please provide the number of repair jobs raised for heating and hot water failures "
    "on the Church End estate between 1 Dec 2025 and 28 Feb 2026, and the average days to complete. "
    "Reply to Desmond Achebe, Secretary, CETRA, 4 Church End Community Centre, Church Road, NW10.",
    "2026-03-02T12:00:00Z", 2, "Housing",
    "FOI request signed with the requester's name and a postal address for correspondence — valid; log via customer services.",
    foi=True, foi_valid=True, likes=19)
add("notfoi_jibe", "x", "@grumpy_in_kenton", "grumpy", 190,
    "how much did brent spend on that wembley park light show while my road's been a skating rink for a week. "
    "dont bother answering we all know",
    "2026-02-07T20:40:00Z", 1, "Highways",
    "Rhetorical jibe ('don't bother answering'), not a request for recorded information — not FOI; a moan with no "
    "case: monitor. Ambiguous with 3.")
add("notfoi_gritters", "x", "@curious_carl", "Carl", 77,
    "how many gritters does brent actually have? genuinely curious, saw one on the north circ",
    "2026-02-04T13:00:00Z", 3, "Highways",
    "Casual general question answered by the published winter service information; not framed as a request for "
    "records — not FOI (ambiguous: could be treated as one). Web team responds.")
add("gritmap", "facebook", "Eleanor Price", "Eleanor Price", None,
    "Is there a map anywhere of which roads Brent grits? Want to plan my walk to the hospital for my shifts",
    "2026-02-03T21:30:00Z", 3, "Highways",
    "'Is there a map' — published gritting routes answer it; web team signposts. Not FOI.")

# ---------------------------------------------------------------- route 3: general questions
add("bins_snow_q", "x", "@wembleypark_life", "Wembley Park Life", 3400,
    "are bins going out as normal this week with the snow or are Brent suspending collections? anyone know",
    "2026-02-03T18:00:00Z", 3, "Environment",
    "General 'is it happening' question answered by the service updates page — web team responds.")
add("school_es", "facebook", "Lucía Gómez", "Lucía Gómez", None,
    "¿Alguien sabe si mañana están abiertas las escuelas en Brent? Dicen en el grupo que cerraron todas por las "
    "tuberías congeladas. Mi hijo va a Kensal Rise.",
    "2026-02-05T19:40:00Z", 3, "Education",
    "Spanish: 'Does anyone know if Brent schools are open tomorrow? The group says all closed because of frozen "
    "pipes. My son goes to Kensal Rise.' General confusion answered by published closures — web team.", lang="es")
add("ctax_ar", "facebook", "Yousef Al-Amin", "Yousef Al-Amin", None,
    "مرحباً، سمعت أن مجلس برنت عنده مساعدة في ضريبة المجلس للناس اللي دخلهم قليل. وين أقدر أقدّم؟ وهل يوجد موقع "
    "بالعربي؟",
    "2026-02-11T18:15:00Z", 3, "Finance",
    "Arabic: 'I heard Brent has council tax help for people on low incomes. Where can I apply? Is there an Arabic "
    "site?' General question answered by the council tax support pages (and translation option) — web team.",
    lang="ar")
add("paylink_broken", "x", "@jon_k_nw2", "Jon", 150,
    "@Brent_Council the 'pay your council tax' button on your site just goes to a page saying 'service unavailable'. "
    "tried 3 browsers",
    "2026-02-09T20:05:00Z", 3, "Web",
    "A fault on the council website — web team responds (and checks the payment page).")
add("pcn_pay_crash", "x", "@tash_drives", "Tash", 90,
    "trying to pay a pcn on the brent website and it times out every time at the card page. I'm trying to pay you!!! "
    "dont want it going up",
    "2026-02-24T21:50:00Z", 3, "Web",
    "Website payment fault — web team. Ambiguous with 2 (her PCN could escalate if unpaid; no reference given).")
add("barnet_mix", "x", "@edgware_ed", "Ed", 60,
    "@Brent_Council why has nobody collected on Hale Lane Edgware for 2 weeks",
    "2026-02-16T11:00:00Z", 3, None,
    "Hale Lane, Edgware is in Barnet — a mention meant for another council; web team points him to Barnet.")
add("gardenwaste", "x", "@greenfingers_kingsbury", "Pam", 130,
    "when does the brent garden waste subscription renew this year and is it still the same price",
    "2026-02-26T10:00:00Z", 3, "Environment",
    "General when/how-much question answered on the website — web team.")
add("xmas_tree", "facebook", "Dipa Chauhan", "Dipa Chauhan", None,
    "Can I just leave the Christmas tree next to the green bin or do I have to take it somewhere? First year in Brent!",
    "2025-12-29T12:00:00Z", 3, "Environment",
    "Simple how-to question on tree collection — web team signposts.")
add("civic_open", "x", "@seb_ms", "Seb", 40,
    "is the civic centre open on saturdays for council tax stuff or is it all online now",
    "2026-01-09T17:30:00Z", 3, "Finance",
    "General opening-hours question — web team.")
add("energy_grant", "facebook", "Maureen Flanagan", "Maureen Flanagan", None,
    "Someone at church said Brent are giving £150 towards energy bills for pensioners. Is that true or is it a scam? "
    "I don't want to give my bank details to anyone",
    "2026-02-10T13:05:00Z", 3, "Finance",
    "'Is it true' about household support payments plus scam worry — web team signposts to the official scheme page.")
add("planning404", "x", "@archi_notes", "Iqbal — architectural technician", 900,
    "@Brent_Council planning portal search has been returning 404 for any application from 2025 since this morning. "
    "Anyone else?",
    "2026-03-04T10:10:00Z", 3, "Web",
    "Website fault on the planning search — web team.")
add("hire_permit", "x", "@dr_k_locum", "K", 210,
    "can I get a resident permit for a hire car while mine is in the garage? brent zone HW",
    "2026-01-20T08:00:00Z", 3, "Parking",
    "General how-to question answered on the permits page — web team.")
add("gritbin_request", "facebook", "Neil Rowe", "Neil Rowe", None,
    "How do we go about getting a grit bin on our road? It's a steep one off Brondesbury Park and we have none.",
    "2026-02-08T12:00:00Z", 3, "Highways",
    "General process question — web team signposts to the grit-bin request page.")
add("ltn_date", "x", "@harlesden_cycles", "Harlesden Cycles", 1700,
    "when does the Harlesden healthy streets consultation close? want to tell our customers to respond",
    "2026-03-01T09:30:00Z", 3, "Highways",
    "Simple question about a published consultation date — web team.")
add("tip_open", "x", "@diy_dave_nw9", "Dave", 50,
    "is abbey road tip open today with the ice",
    "2026-02-07T08:15:00Z", 3, "Environment",
    "Short general question on the recycling centre opening — web team.")
add("ooh_number", "x", "@new_tenant_neasden", "Leah", 25,
    "whats the out of hours number for council housing repairs. not an emergency yet just want it saved in my phone",
    "2026-02-04T22:30:00Z", 3, "Housing",
    "General question answered by the website — web team.")
add("hub_sunday", "facebook", "Pauline Reid", "Pauline Reid", None,
    "Are any of the libraries open on Sunday afternoons for the warm spaces? I'm on my own and the days are long.",
    "2026-02-08T11:20:00Z", 3, "Libraries",
    "General opening-hours question about warm spaces — web team answers kindly (and may mention befriending). "
    "Loneliness noted but no risk described.")

# ---------------------------------------------------------------- route 4: other ongoing conversations
add("plan0", "facebook", "Neasden Village Forum", "Neasden Village Forum", 2900,
    "Following last night's packed meeting on the Neasden Lane student block (25/3012): the main worries were height, "
    "the loss of the bus stop, and the construction traffic past the primary school. Brent's planning officer said "
    "comments close 12 March. Let's keep questions in this thread and we'll put them to the case officer.",
    "2026-02-26T10:00:00Z", 4, "Planning",
    "A community forum running an ongoing discussion on a live planning application, gathering questions for the "
    "case officer — Planning should join.", replies=2, likes=73, reposts=10)
add("plan1", "facebook", "Vikram Desai", "Vikram Desai", None,
    "Can we ask whether the daylight study covered the flats on Tanfield Ave? Ours will lose the afternoon sun "
    "completely",
    "2026-02-26T11:34:00Z", 4, "Planning",
    "Question added to the planning-application thread for the case officer — route 4.", reply_to="plan0", likes=15)
add("plan2", "facebook", "Olivia Brennan", "Olivia Brennan", None,
    "I'm actually in favour — my kids will never afford to live here otherwise. But the school traffic bit needs "
    "answering properly.",
    "2026-02-26T13:02:00Z", 4, "Planning",
    "A supporting voice in the same live planning discussion — route 4.", reply_to="plan0", likes=22)
add("cpz_thread", "bluesky", "@kilburnneighbours.bsky.social", "Kilburn Neighbours", 1100,
    "Round 2 of the Kilburn CPZ hours consultation: lots of you said the 8.30–6.30 extension would hit evening "
    "carers and the mosque on Fridays. Parking team say they're reading the replies — keep adding yours here and "
    "we'll pass on a summary before it closes.",
    "2026-03-05T09:00:00Z", 4, "Parking",
    "An ongoing discussion about a live parking consultation with the service following it — route 4.",
    likes=64, reposts=18)
add("swep_masto", "mastodon", "@nw2mutualaid@mastodon.social", "NW2 Mutual Aid", 780,
    "Night 4 of the severe weather protocol. Thread for volunteers: Brent outreach asked us to log where we see people "
    "bedding down (rough location only) so they can do the 2am round. Please reply with area + time, not photos.",
    "2026-02-08T19:00:00Z", 4, "Housing",
    "Volunteers coordinating with council outreach in an ongoing thread — a service conversation Housing officers "
    "are part of. Ambiguous with 5 if someone at risk is reported.", likes=40, reposts=25)

# ---------------------------------------------------------------- route 1: noise, praise, chatter, trolls, spam
add("crude1", "x", "@oilmarketsdaily", "Oil Markets Daily", 52000,
    "Brent crude slips below $71 as mild weather forecasts for Europe ease heating-oil demand. WTI -0.8%.",
    "2026-02-25T07:30:00Z", 1, None, "Brent crude oil — keyword noise.", likes=90, reposts=30)
add("crude_rss", "rss", "energy-desk.example.com/feed", None, None,
    "Energy bills: why the price cap may rise in April even as Brent falls — analysts say wholesale gas, not oil, "
    "drives UK household bills, and the Brent benchmark has limited pass-through...",
    "2026-02-27T06:00:00Z", 1, None,
    "RSS article on the Brent oil benchmark and energy prices — noise despite the energy-bills theme.")
add("brentcross", "instagram", "@shopwithsana", "Sana", 8400,
    "Brent Cross haul 🛍️ the sales are INSANE this week, link in bio for my faves",
    "2026-01-03T15:00:00Z", 1, None, "Brent Cross shopping centre — noise.", likes=600)
add("brentford_pt", "x", "@golo_do_bruno", "Bruno", 3300,
    "Que jogo do Brentford ontem! O Thiago outra vez, que avançado. Bees 🐝🐝",
    "2026-02-22T10:00:00Z", 1, None,
    "Portuguese: 'What a Brentford game yesterday! Thiago again, what a striker.' Brentford FC — noise.", lang="pt",
    likes=140)
add("brentford_en", "x", "@beesfan_tw8", "Bees Till I Die", 900,
    "brentford away end absolutely bouncing, brent-ford till i die 🐝",
    "2026-02-21T17:10:00Z", 1, None, "Brentford FC chatter — noise.")
add("davidbrent", "youtube", "yt-user-17320-reviews", "Office Clips UK", 12000,
    "David Brent's guitar scene still the most painful 3 minutes in British TV. \"Free Love Freeway\" forever",
    "2026-01-15T20:00:00Z", 1, None, "David Brent (The Office) — noise.", likes=420)
add("brent_person", "linkedin", "Brent Walker", "Brent Walker", 3100,
    "Thrilled to share I've joined Harrow & Partners as Head of Delivery. Thanks to everyone who supported me!",
    "2026-03-02T08:00:00Z", 1, None, "A person named Brent — noise.", likes=210)
add("harrow_grit", "x", "@harrowonline", "Harrow Online", 7000,
    "Harrow Council says all priority routes were treated overnight and grit bins refilled in Stanmore and Pinner.",
    "2026-02-05T06:30:00Z", 1, None,
    "Another council's gritting news with no Brent question — monitor (other borough's matter).")
add("grit_thanks", "x", "@sheila_k_wembley", "Sheila", 34,
    "Thank you to the gritting lads who came down Ledway Drive at 5am. I heard you and went back to sleep a happy "
    "woman. Brent you did good ❄️",
    "2026-02-06T09:05:00Z", 1, "Highways", "Praise from an older resident — monitor.", likes=28)
add("bin_crew_thanks", "facebook", "Gary Doyle", "Gary Doyle", None,
    "Credit where it's due, the bin men on our road were out in the snow today dragging bins through slush. "
    "Gave them a cuppa. Legends.",
    "2026-02-04T14:00:00Z", 1, "Environment", "Praise for crews — monitor.", likes=75)
add("grit_sarcasm", "x", "@tiredofit_nw10", "Jas", 210,
    "love how the road outside the Civic Centre got gritted twice and my street zero times 🙃 priorities innit",
    "2026-02-05T08:45:00Z", 1, "Highways",
    "Sarcastic moan with no location or request — monitor. Ambiguous with 4 given the live gritting discussions.",
    likes=44, reposts=6)
add("abuse", "x", "@nw10_raging", "raging", 15,
    "brent council are a bunch of useless muppets. thats it thats the tweet",
    "2026-02-14T22:10:00Z", 1, None, "Low-reach abuse with no substance — monitor.")
add("spam1", "x", "@crypto_wins_4u", "Crypto Wins", 12,
    "Brent residents!! Beat the energy crisis 💰 Turn £200 into £5,000 in 7 days with AI trading ➡️ DM me now "
    "#Brent #Wembley #costofliving",
    "2026-02-11T03:10:00Z", 1, None, "Spam — monitor (report/hide if needed).")
add("spam2", "x", "@crypto_wins_4u", "Crypto Wins", 12,
    "Brent residents!! Beat the energy crisis 💰 Turn £200 into £5,000 in 7 days with AI trading ➡️ DM me now "
    "#Brent #Wembley #costofliving",
    "2026-02-11T03:40:00Z", 1, None, "Exact repeat of the same spam — same label.")
add("campaign", "facebook", "Brent Greens Action", "Brent Greens Action", 1200,
    "Out leafleting in Queen's Park this morning despite the frost! Talking to residents about home insulation and "
    "fuel poverty. Join us next Saturday 🌿 #BrentElections2026",
    "2026-02-21T13:00:00Z", 1, None,
    "Party-political campaigning by an activist group, no council question — monitor; the council takes no standpoint.")
add("celeb_snow", "instagram", "@dj_kwesi_official", "DJ Kwesi", 265000,
    "Wembley Park in the snow looking like a movie set ❄️🏟️ Brent you're beautiful today",
    "2026-02-04T11:00:00Z", 1, None,
    "Very large account, nothing of consequence for the council — monitor.", likes=21000)
add("foodbank_busy", "facebook", "Harlesden Community Food Bank", "Harlesden Community Food Bank", 2100,
    "Busiest week we've ever had — 312 parcels. So many new faces, lots of older people and working families after "
    "the energy bills. Thank you to Brent's Warm Welcome team for the referrals and to everyone who dropped off tins.",
    "2026-02-14T17:00:00Z", 1, None,
    "Food bank's update and thanks; no request — monitor (useful intelligence on demand).", likes=180, reposts=40)
add("farsi_moan", "x", "@reza_in_wembley", "Reza", 160,
    "مالیات شورای برنت باز هم گرون‌تر شد 😂 قبض برق هم که دیگه هیچی. لندن شوخی نداره",
    "2026-03-05T21:00:00Z", 1, "Finance",
    "Farsi: 'Brent council tax has gone up again 😂 and don't even mention the electricity bill. London is no joke.' "
    "A joking moan, no case — monitor.", lang="fa")
add("narnia", "bluesky", "@wembleybunny.bsky.social", "Keisha", 310,
    "brent looks like narnia this morning and i have never hated narnia more. bus 83 just slid past my stop",
    "2026-02-04T07:55:00Z", 1, None, "Weather chatter — monitor.", likes=19)
add("local_blog", "rss", "brentbugle.example.org/feed", "The Brent Bugle (community newsletter)", None,
    "Libraries to open later on weekday evenings until the end of March as part of the council's Warm Welcome "
    "programme, with free tea and energy advice sessions at Willesden Green and Kilburn. Details on the council site.",
    "2026-02-09T07:00:00Z", 1, "Libraries",
    "Neutral community-newsletter item repeating council news accurately — monitor. Ambiguous with 5 (media), but "
    "it carries no enquiry, criticism or controversy.")
add("news_rss_critical", "rss", "wembleyecho.example.co.uk/feed", "Wembley Echo", None,
    "Families say they were 'kept in the dark' as norovirus swept through a Willesden care home funded by Brent "
    "Council. Two residents were admitted to hospital. The council has been asked to comment.",
    "2026-02-11T06:00:00Z", 5, None,
    "Local news article on the care-home outbreak, critical, 'the council has been asked to comment' — media and a "
    "controversial issue: communications.", esc="media_coverage")
add("yt_comment", "youtube", "yt-17320-commenter", "Derek H", None,
    "Good video on how to check your bin day but the postcode search on Brent's site doesn't work on my phone, "
    "just spins",
    "2026-01-22T19:00:00Z", 3, "Web",
    "Comment under the council's how-to video reporting a website fault — web team.")
add("neighbour_check", "facebook", "Bernadette Quinn", "Bernadette Quinn", None,
    "Popped round to Mrs Ahmed at 15 with some soup, she's fine, heating on, daughter's been. Just saying in case "
    "anyone else was worried after my post yesterday. Thanks Brent for the leaflet about checking on neighbours.",
    "2026-02-10T12:40:00Z", 1, None,
    "A neighbour reporting all is well and thanking the council — nothing to act on, monitor.", likes=51)
add("older_alone", "facebook", "Edna Morgan", "Edna Morgan", None,
    "I'm 88 and live on my own in Sudbury. Just wanted to say the nice young man from the council who rang to ask if "
    "I was warm enough made my week. I told him I was fine. I am fine. But it was lovely to be asked.",
    "2026-02-13T15:10:00Z", 1, None,
    "Praise from an older resident for a welfare call; she says she is fine — monitor.", likes=340)
add("repost_ceiling", "x", "@churchend_collective", "Church End Collective", 1600,
    "🚨 anyone on Church End estate know Olumide? his flat's flooding from above, the emergency line rang out. "
    "sharing so someone can help",
    "2026-02-06T02:05:00Z", 1, "Housing",
    "Community reshare of a situation already escalated (the flooding flat post) — monitor, per 'reshares of "
    "something already escalated'. Ambiguous with 5 if read standalone.", likes=30, reposts=22)
add("parking_moan", "x", "@vanman_wembley", "Lee", 300,
    "brent parking wardens out in force on event day but can't send a gritter. tells you everything",
    "2026-02-21T15:00:00Z", 1, "Parking", "General moan, no case or request — monitor.", likes=40)
add("troll_sub", "x", "@taxpayer_tony", "Tony", 2200,
    "Brent Council spent last winter telling us to wear jumpers and this winter a bloke froze to death on Kilburn "
    "High Rd. Clowns. Heads should roll.",
    "2026-02-12T12:30:00Z", 5, "Housing",
    "Abusive but with substance: adds to the controversy about a rough sleeper's death — part of a reputational "
    "issue already with communications; escalate. Ambiguous with 1 (could be seen as reshare/pile-on).",
    esc="controversy_death", likes=300, reposts=80)
add("librarian_li", "linkedin", "Comfort Asante", "Comfort Asante", 900,
    "Proud of my team at Brent Libraries this month — we turned our branches into warm spaces, ran 40 energy advice "
    "sessions and handed out 600 thermal packs. Libraries are so much more than books.",
    "2026-02-28T18:00:00Z", 1, "Libraries", "Staff member's positive post — monitor.", likes=260)
add("snow_ig", "instagram", "@gladstonepark_walks", "Gladstone Park Walks", 4200,
    "Sunrise over a frozen Gladstone Park ❄️ thanks to the Brent parks team for clearing the main path already",
    "2026-02-05T08:00:00Z", 1, "Environment", "Praise and photo — monitor.", likes=900)
add("energy_chatter", "x", "@budgetmum_brent", "Budget Mum Brent", 5600,
    "Thread of free warm places in Brent this week: libraries (Willesden Green, Kilburn, Wembley), the Civic Centre "
    "foyer, a few churches. Check the council site before you go. Share with anyone on their own 💛",
    "2026-02-03T20:00:00Z", 1, "Libraries",
    "Helpful signposting by a well-followed account, accurate — monitor.", likes=400, reposts=250)
add("care_worker_en", "x", "@carer_nights_cw", "Chipo", 140,
    "13 hour shift done. Two of my residents in hospital, the rest improving. Norovirus is brutal. Going home to "
    "sleep, back at 8pm. If you see a carer in the bus queue in her tunic give her a smile x",
    "2026-02-12T08:30:00Z", 1, None,
    "A care worker's personal post, no request and no one described at present risk — monitor (context for the "
    "escalated outbreak).", likes=80, reposts=10)
add("snow_noise_harrow", "facebook", "Kenton Chat", "Kenton Chat", 4000,
    "For those asking — the Kenton Road side by Kenton Park Parade is Harrow, not Brent, so gritting there is Harrow's. "
    "Our side of the road is Brent.",
    "2026-02-05T16:00:00Z", 1, "Highways",
    "Community page clarifying the borough boundary; nothing asked of Brent — monitor.", likes=60)

# Written but left out to keep the set at exactly 110 (and near the brief's route mix).
DROP = set("""troll_sub flood news_rss_critical ceiling family_car influencer wall repost_ceiling grit4 warm3 bin3 plan2 warm2 civic_open gardenwaste tip_open hire_permit leak streetlight gritbin_fill ctr_stopped noise visitor_permit brentford_en snow_noise_harrow bin_crew_thanks parking_moan snow_ig energy_chatter sch3 neighbour_check librarian_li care_sympathy heat3 crude1""".split())


# ---------------------------------------------------------------- serialise, shuffled, replies after parents
def main():
    rng = random.Random(17320)
    assert DROP <= set(by_key)
    order = [d for d in items if d["_key"] not in DROP]
    assert all(d["_parent"] not in DROP for d in order)
    rng.shuffle(order)
    emitted, out, pending = set(), [], order
    while pending:
        nxt = []
        for d in pending:
            if d["_parent"] is None or d["_parent"] in emitted:
                out.append(d); emitted.add(d["_key"])
            else:
                nxt.append(d)
        pending = nxt
    assert len(out) == len(order) == 110
    with open(OUT, "w", encoding="utf-8") as f:
        for d in out:
            d = {k: v for k, v in d.items() if not k.startswith("_")}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} to {OUT}")


if __name__ == "__main__":
    main()
