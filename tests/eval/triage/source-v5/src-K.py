#!/usr/bin/env python3
"""Writer K, set v5: 110 hand-written mentions of Brent Council, labelled by hand per Appendix A.
Angle: an autumn with a serious incident (fire at Marlowe House, Stonebridge; rest centre at Bridge Park;
a gas leak closing Craven Park Road; rumours online) and a spell of anti-social behaviour and street-safety
worries, alongside the ordinary stream. Run: python3 src-K.py  -> writes part-K.jsonl (shuffled)."""
import json, os, random

PREFIX = "14142"
ITEMS = []
_n = [0]

def _pid(platform):
    _n[0] += 1
    n = _n[0]
    if platform in ("x", "mastodon"):
        return f"{PREFIX}{(n * 7919 + 31337) % 10**13:013d}" if platform == "mastodon" else f"{PREFIX}{(n * 104729 + 880011) % 10**14:014d}"
    return {"facebook": f"fb_{PREFIX}_{n:04d}_{(n*37)%997:03d}",
            "instagram": f"ig_{PREFIX}_{n:04d}",
            "bluesky": f"at://did:plc:k{PREFIX}{n:03d}/app.bsky.feed.post/3l{PREFIX}{n:04d}",
            "youtube": f"yt_{PREFIX}_{n:04d}",
            "linkedin": f"urn:li:activity:{PREFIX}{n:010d}",
            "rss": f"rss_{PREFIX}_{n:04d}"}[platform]

KEYS = {}

def add(key, platform, handle, name, followers, text, ts, route, dept, reason, lang="en",
        verified=False, foi=False, foi_valid=None, esc=None, replies=0, likes=0, reposts=0, parent=None):
    pid = _pid(platform)
    reply_to = thread = None
    if parent:
        p = KEYS[parent]
        reply_to = p["platform_id"]
        thread = p["thread_id"] or p["platform_id"]
        p["thread_id"] = thread  # root carries its own id
    d = {"platform": platform, "platform_id": pid, "author_handle": handle, "author_name": name,
         "author_followers": followers, "author_verified": verified, "text": text, "created_at": ts,
         "reply_to_id": reply_to, "thread_id": thread, "replies": replies, "likes": likes, "reposts": reposts,
         "language": None,
         "label": {"route": route, "department": dept, "foi": foi, "foi_valid": foi_valid if foi else None,
                   "escalate_reason": esc, "reason": reason, "language": lang},
         "provenance": "written"}
    ITEMS.append(d)
    if key:
        KEYS[key] = d
    return d

# ---------------------------------------------------------------- the fire at Marlowe House (Oct 2026)
add("fire_root", "x", "@tiannaaa_x", "Tianna 🦋", 212,
    "@Brent_Council @LondonFire theres smoke pouring out the 7th floor of Marlowe House and people upstairs still shouting out the windows. my nan is on 9 and her phone keeps ringing out. PLEASE someone",
    "2026-10-17T02:41:12Z", 5, "Emergency Planning",
    "Fire in a block with people apparently trapped and a relative unaccounted for: risk to life, escalate whatever the follower count.",
    esc="risk_to_life", replies=14, likes=61, reposts=88)
add("fire_r1", "x", "@stonebridge_del", "Del", 388,
    "@tiannaaa_x they're bringing people out the front by the garages now, saw an older lady in a foil blanket with the firefighters. go round that side",
    "2026-10-17T02:58:40Z", 1, "Emergency Planning",
    "Bystander update to another resident inside an incident thread already escalated; nothing new for the council to act on, monitor (ambiguous with 5 as part of the live incident).",
    likes=22, parent="fire_root")
add("fire_r2", "x", "@tiannaaa_x", "Tianna 🦋", 212,
    "found her!!! shes ok, bit of smoke in her chest, theyre taking everyone to Bridge Park. thank you everyone who shared ❤️❤️ and the firefighters honestly heroes",
    "2026-10-17T03:36:05Z", 1, "Emergency Planning",
    "Follow-up in the escalated thread: the person is found safe; thanks and relief, no further action beyond monitoring.",
    likes=240, reposts=12, parent="fire_root")

add(None, "facebook", "@dionne.clarke.77", "Dionne Clarke", None,
    "Posting here because nobody at the hall can answer me. They carried my dad down the stairs last night (he's 81, MS, uses a wheelchair) and his oxygen machine is still in the flat on the 8th floor. We're sat at Bridge Park on camp beds and he's been without it since about 3. He's going grey round the lips. The lady with the clipboard said she'd 'ask someone' two hours ago. Can ANYONE from the council actually come and talk to us",
    "2026-10-17T07:58:22Z", 5, "Emergency Planning",
    "Vulnerable adult at the rest centre without his oxygen, visibly deteriorating: risk to life, escalate to the incident team at once.",
    esc="vulnerable_adult_risk", replies=9, likes=34, reposts=15)

add(None, "x", "@samokoye_news", "Sam Okoye", 640,
    "Hi @Brent_Council, Sam from the Brent & Kilburn Times here. Could you tell me how many households from Marlowe House are in emergency accommodation this morning, and when the block's fire risk assessment was last reviewed? Filing at 3pm, DMs open. Thanks",
    "2026-10-17T10:12:33Z", 5, "Communications",
    "Journalist naming his outlet, polite media enquiry about a fire: escalate to communications even though the account is small; a press question, not an FOI request.",
    esc="media_enquiry", likes=3)

add(None, "x", "@TruthBrentNW", "Brent Truth Network 🇬🇧", 38400,
    "WAKE UP BRENT 🔥 The 'accident' at Marlowe House came 3 weeks after the regeneration vote. Coincidence?? Neighbours saw 3 body bags carried out the back and the council is keeping it OFF the news. Share this before @Brent_Council gets it taken down.",
    "2026-10-18T19:20:51Z", 5, "Communications",
    "False claim of hidden deaths spreading fast from a large account (thousands of reposts): controversial, could 'impact more widely on the council's reputation', escalate to communications for a factual line.",
    esc="viral_misinformation", replies=412, likes=2310, reposts=4105)

add(None, "x", "@CllrJoyceMensah", "Cllr Joyce Mensah", 2900,
    "Spent the evening at the rest centre with Marlowe House families. Staff and volunteers have been wonderful but residents still have no answer on when they can get medication and documents out of their flats. I'll be pressing officers on this first thing tomorrow.",
    "2026-10-17T22:05:10Z", 5, "Emergency Planning",
    "A councillor commenting publicly on the council's handling of a major incident: escalate (leading members / communications), even though the tone is supportive.",
    esc="councillor", replies=11, likes=156, reposts=40)

add("mp", "x", "@AmiraHaleMP", "Amira Hale MP", 41200,
    "My thoughts are with everyone from Marlowe House. My office has been in contact with @Brent_Council and @LondonFire through the night. If you were affected and need help, please email my constituency office and we will chase on your behalf.",
    "2026-10-17T08:30:00Z", 5, "Emergency Planning",
    "MP, verified and widely followed, speaking about the council's response to the fire: highly influential commentator, escalate even though polite.",
    verified=True, esc="mp", replies=58, likes=1204, reposts=341)
add(None, "x", "@harlesden_auntie", "Auntie Bev", 97,
    "This. 👇🏾 Thank you Amira. RT @AmiraHaleMP My thoughts are with everyone from Marlowe House. My office has been in contact with @Brent_Council and @LondonFire through the night...",
    "2026-10-17T09:02:44Z", 1, "Emergency Planning",
    "Low-reach reshare of the MP's statement, which is already escalated: monitor.",
    likes=4)

add(None, "instagram", "@lil.jaydn.x", "jaydn", 301,
    "not being funny but these older man keep asking my little brother (hes 9!!) to 'hold a bag' for them by the bins round the back of block C. my mum works nights so she dont know. who do you even tell about this without it coming back on us",
    "2026-10-29T21:47:19Z", 5, None,
    "A 9-year-old being drawn in by older men to carry bags (likely drugs): child exploitation/safeguarding risk, escalate whatever the reach; children's safeguarding is outside the 14 departments.",
    esc="safeguarding_child", likes=6)

add(None, "facebook", "@pat.gormley.nw10", "Pat Gormley", None,
    "Not trying to be nosy but has anyone seen Mr Benedetti from number 14 Gaskell Court since the night of the fire? His curtains have been shut all week, there's post sticking out the letterbox and he wasn't on the list at the hall. He's on his own and not great on his feet.",
    "2026-10-22T12:14:07Z", 5, "Housing",
    "An older man living alone not seen since the incident and not at the rest centre: possible missing or unwell person, welfare check needed, escalate.",
    esc="welfare_check", replies=7, likes=19, reposts=3)

add(None, "x", "@NeasdenNights", "N", 95,
    "man in the bus shelter on Neasden Lane again tonight. gave him a tea and he was shaking so much he couldnt hold it, kept calling me by someone elses name. its minus 3. who do I ring at this hour",
    "2025-12-09T23:18:26Z", 5, "Housing",
    "Rough sleeper, confused and shaking in sub-zero temperatures: risk to life, escalate (outreach / emergency), not a routine housing query.",
    esc="rough_sleeper_risk", likes=11)

add("mould_root", "x", "@ruksana_k", "Ruksana", 143,
    "@Brent_Council repairs ref 7731092, the black mould is back in the baby's room at 33 Lyon Court. 14 months now. the 'anti-mould paint' lasted 3 weeks. when is the surveyor actually coming",
    "2026-11-10T09:40:12Z", 2, "Housing",
    "Tenant's own repair case with a reference and address: needs housing officers to act, customer services (2).",
    replies=3, likes=8)
add(None, "x", "@ruksana_k", "Ruksana", 143,
    "honestly whats the point. 14 months of this, baby on his 3rd chest infection, told to wait for a surveyor AGAIN. im so tired. maybe someone will listen when we're not here anymore",
    "2026-11-12T01:52:48Z", 5, "Housing",
    "Same tenant two nights later, in passing: 'maybe someone will listen when we're not here anymore', a possible self-harm cue from a mother with a sick baby; escalate now, the repair stays with Housing.",
    esc="self_harm_risk", likes=2, parent="mould_root")

add(None, "bluesky", "@ifeoma.writes.bsky.social", "Ifeoma", 430,
    "So @brentcouncil sent me my council tax bill and page 2 is someone else's. Name, address in Kenton, bank sort code and the last 4 digits of their account. Haven't dared open page 3. Is this a normal Tuesday for you?",
    "2026-03-10T18:22:30Z", 5, "Finance",
    "Another resident's personal and bank details sent to the wrong person: data breach, escalate (sarcastic tone does not lower it).",
    esc="data_breach", replies=6, likes=73, reposts=21)

add(None, "facebook", "@imran.siddiqui.nw2", "Imran Siddiqui", None,
    "Took my mum (67) to the housing desk at the Civic Centre today for her homeless application. The officer sighed, looked at her headscarf and said 'maybe learn some English before you come asking for a flat'. I have the ticket number and the time. My mum was shaking all the way home. This is not ok.",
    "2026-02-18T17:36:44Z", 5, "Housing",
    "Alleged discriminatory remark by a named-desk officer to a vulnerable applicant: discrimination by staff, escalate.",
    esc="discrimination", replies=31, likes=212, reposts=48)

add(None, "x", "@no_more_mr_nice", "d", 33,
    "the housing officer who signed my eviction papers better watch herself when she leaves the civic centre car park. I know which car is hers",
    "2026-05-27T20:03:11Z", 5, "Housing",
    "Veiled threat to a named-role member of staff, with knowledge of her car: threat to staff, escalate (HR/security too) even at 33 followers.",
    esc="threat_to_staff", likes=1)

add(None, "facebook", "@graham.whitlock.1", "Graham Whitlock", None,
    "FAO Brent Council housing. This is my last public notice before my solicitor issues a letter of claim under s.11 of the Landlord and Tenant Act 1985. Flat 4, Pember Court. Roof leaking since March, six visits, nothing done. Repairs ref HR-2261904. I have photos from every single visit.",
    "2026-08-14T11:27:00Z", 5, "Housing",
    "Explicit legal threat (letter of claim for disrepair): escalate; ambiguous with 2 as it is also his own repair case with a reference.",
    esc="legal_threat", replies=4, likes=15)

add(None, "x", "@alperton_eyes", "Alperton Eyes", 780,
    "Watched a van with Brent Council on the side back into the alley behind Ealing Road at 11pm, two blokes chucked out black bags and a mattress then drove off. Filmed the whole thing, plate and all. Same lot who fine us £400 for fly-tipping 🙃",
    "2026-07-08T07:15:42Z", 5, "Environment",
    "Alleged fly-tipping by a council (or contractor) vehicle, on video: misconduct with reputational risk, escalate.",
    esc="misconduct", replies=22, likes=310, reposts=126)

add(None, "x", "@naija_mum_nw10", "Funmi | NW10", 12300,
    "This is how @Brent_Council houses families in 2026. Ceiling came down in my daughter's room at 3am. She's 2. We reported it 9 times. 🎥",
    "2026-09-03T06:48:02Z", 5, "Housing",
    "Video of a collapsed ceiling over a toddler's room, spreading widely (18k likes): going viral against a service and a safety issue, escalate.",
    esc="viral_video", replies=1104, likes=18020, reposts=9390)

add(None, "facebook", "@rosa.mendeshall", "Rosa Mendes-Hall", None,
    "Can someone please come and look at the balcony on the 4th floor of Tudor Court before it kills someone. There's a crack right through it and bits of concrete keep dropping into the little playground underneath. Kids were on the swings when a chunk came down this afternoon.",
    "2026-06-02T16:31:55Z", 5, "Housing",
    "Concrete falling from a balcony into a children's playground: structural danger, risk to life, escalate.",
    esc="structural_danger", replies=12, likes=44, reposts=9)

add(None, "x", "@wembleygigfan", "kez", 150,
    "@Brent_Council steps at wembley park station are rammed solid, people getting crushed against the railings at the bottom, no stewards at all our end. girl next to me just fainted",
    "2026-06-13T22:14:37Z", 5, "Emergency Planning",
    "Crush forming at the station after an event: crowd safety, risk to life, escalate immediately.",
    esc="crowd_safety", likes=27, reposts=19)

add(None, "mastodon", "@gladysw@mastodon.london", "Gladys W", 212,
    "Water coming up out of the drains on Brook Road and nearly at the doorsteps now. My neighbour downstairs is 88 and her basement flat already has an inch in it. She won't leave because of the cat. @brentcouncil@social.brent.example",
    "2026-01-24T05:50:09Z", 5, "Emergency Planning",
    "Flooding reaching an 88-year-old's basement flat, and she refuses to leave: risk to life, escalate.",
    esc="flood_risk", likes=5, reposts=3)

add(None, "facebook", "@agnieszka.wrobel.88", "Agnieszka Wróbel", None,
    "Na klatce schodowej w Kestrel House od dwóch tygodni nie ma światła. Wczoraj wieczorem dwóch chłopaków z nożem zaczepiło moją 14-letnią córkę przy windzie. Boję się puszczać ją samą do szkoły. Zgłaszałam to oświetlenie już trzy razy!!",
    "2026-11-06T07:22:13Z", 5, "Housing",
    "Polish: 'No light in the Kestrel House stairwell for two weeks; last night two boys with a knife accosted my 14-year-old daughter by the lift; I'm scared to let her go to school alone; I reported the lighting three times.' A child threatened with a knife: risk to a child, escalate (the lighting repair goes to Housing).",
    lang="pl", esc="risk_to_child", replies=5, likes=18)

add(None, "facebook", "@hooyo.ayaan.nw10", "Ayaan Warsame", None,
    "Gabadhayda Hodan oo 15 jir ah lama arag tan iyo habeenkii dabku ka kacay Marlowe House. Ma joogto xarunta Bridge Park, taleefankeeduna waa dansan yahay. Saaxiibadeed midna ma arag. Fadlan yaa i caawin kara?",
    "2026-10-18T06:10:40Z", 5, "Emergency Planning",
    "Somali: 'My daughter Hodan, 15, has not been seen since the night of the Marlowe House fire; she is not at the Bridge Park centre and her phone is off; none of her friends have seen her. Who can help me?' A missing child after the incident: escalate at once.",
    lang="so", esc="missing_child", replies=21, likes=40, reposts=66)

add(None, "x", "@LondonRentersVoice", "London Renters Voice", 521000,
    "Families from a Brent tower block that caught fire are still sleeping on camp beds in a sports hall 4 nights later. Eight years after Grenfell. Shameful. @Brent_Council",
    "2026-10-20T20:41:17Z", 5, "Housing",
    "Very large verified campaign account criticising the council's handling of the fire: highly influential commentator on a controversial issue, escalate.",
    verified=True, esc="influential_account", replies=870, likes=14200, reposts=6100)

add(None, "x", "@priya_raman_ldr", "Priya Raman", 2100,
    "FOI request to @Brent_Council: please provide the dates of the last three fire risk assessments for Marlowe House, Stonebridge, and copies of any action plans still open. Reply to priya.raman@ldrs-brent.example. Priya Raman, Local Democracy Reporter",
    "2026-10-19T09:05:00Z", 5, "Housing",
    "A valid FOI request (real name in profile and post, email given) from a local democracy reporter about fire safety: a journalist's request goes to 5 (log it under FOI as well).",
    foi=True, foi_valid=True, esc="journalist_foi", replies=2, likes=48, reposts=19)

add(None, "x", "@Tomi4Harlesden", "Tomi Adebayo · candidate, Harlesden & Kensal Green", 1800,
    "Walked the Church End estate tonight with residents. 11 broken lights on one path, needles in the stairwell, and @Brent_Council says it's 'on the list'. On May 7th you can vote for people who'll actually fix it.",
    "2026-04-20T21:12:30Z", 5, "Housing",
    "Election candidate campaigning on council housing conditions in the pre-election period: political and reputational, escalate (and take no political standpoint in any reply).",
    esc="candidate", replies=19, likes=204, reposts=77)

# ---------------------------------------------------------------- gas leak (Nov 2026)
add(None, "x", "@kwame_washnfold", "Kwame | Wash n Fold Harlesden", 412,
    "smell of gas is proper strong outside the launderette on Craven Park Rd, been like it since lunch. couple of cones at the junction but buses still going past and people smoking at the bus stop right on top of it. is anyone actually dealing with this",
    "2026-11-04T16:47:03Z", 5, "Emergency Planning",
    "Strong gas smell on a busy road with people smoking nearby: risk to life, escalate (and make sure the gas emergency line has it).",
    esc="gas_leak", replies=6, likes=29, reposts=17)
add(None, "x", "@shiftlife_pr", "Marta", 64,
    "which roads are shut for the gas leak in harlesden?? google maps is useless and i need to get to park royal for 8",
    "2026-11-05T06:21:45Z", 3, "Highways",
    "General question answered by published road-closure information: web team signposts.",
    likes=2)
add(None, "x", "@harlesdenhalalbutcher", "Harlesden Halal Butchers", 890,
    "Craven Park Rd closed 3 days for the gas works, we lost most of the week's trade and binned stock. Is there any business rates relief for the shops on the closure? Account 6002214 @Brent_Council",
    "2026-11-09T10:33:18Z", 2, "Finance",
    "Business owner's own rates account after the closure: needs an officer to look at relief, customer services (ambiguous with 3 if only general relief information is needed).",
    likes=37, reposts=8)
# ---------------------------------------------------------------- fire aftermath: thread A (Facebook group)
add("a0", "facebook", "@sharon.beckford", "Sharon Beckford", None,
    "Marlowe House residents: the council letter says there's a meeting Thursday 6pm at Bridge Park about 'next steps'. Has anyone actually been told if we're moving permanently or going back? I've had three different answers from three different officers. Let's get our questions together on here before Thursday so they can't fob us off.",
    "2026-10-26T19:02:14Z", 4, "Housing",
    "Residents organising questions for the council's meeting on rehousing after the fire: a specific ongoing conversation about one service matter that Housing officers should join (critical, but not new risk).",
    replies=23, likes=61, reposts=4)
add("a1", "facebook", "@kofi.mensah.nw10", "Kofi Mensah", None,
    "Flat 51 here. We were told temporary accommodation for 'up to 6 weeks' then a different lady said possibly till spring. My questions so far: 1) who is paying for food at the hotel 2) when can we get our things out 3) who checks for smoke damage before anyone moves back",
    "2026-10-26T19:40:51Z", 4, "Housing",
    "Part of the residents' ongoing discussion ahead of the meeting: route 4 to Housing.",
    likes=18, parent="a0")
add(None, "facebook", "@lucia.fdez.nw10", "Lucía Fernández", None,
    "Nosotros también seguimos en el hotel de Park Royal y nadie nos ha avisado de la reunión del jueves. ¿Alguien puede subir una foto de la carta? Mis hijos todavía no tienen uniforme para el colegio.",
    "2026-10-26T20:15:30Z", 4, "Housing",
    "Spanish: 'We're also still at the Park Royal hotel and nobody told us about Thursday's meeting; can someone post a photo of the letter? My children still have no school uniform.' Part of the ongoing residents' conversation (ambiguous with 2: her family may need its own contact).",
    lang="es", likes=9, parent="a0")
add(None, "facebook", "@tracey.dunn.58", "Tracey Dunn", None,
    "sending love to all of you, stay strong xx",
    "2026-10-26T21:03:00Z", 1, None,
    "Sympathy inside the thread, no request: monitor.",
    likes=12, parent="a0")
add(None, "facebook", "@kofi.mensah.nw10", "Kofi Mensah", None,
    "Asked at the desk today: someone from housing AND someone from the fire safety team will be at Thursday's meeting. Bring your tenancy number.",
    "2026-10-27T15:47:22Z", 4, "Housing",
    "Update within the ongoing conversation about the residents' meeting: route 4, Housing officers can confirm and join.",
    likes=25, parent="a0")
add(None, "facebook", "@bernard.oneill.stonebridge", "Bernard O'Neill", None,
    "Thursday's meeting was a joke. 40 minutes, no answers on the cladding, and the man from housing left early. We're setting up a residents' association, first meeting Sunday 3pm at St Michael's church hall. Brent Council you're welcome to send someone who can actually answer.",
    "2026-10-30T09:12:40Z", 4, "Housing",
    "Ongoing residents' conversation with an explicit invitation for officers to join: route 4 to Housing; ambiguous with 5 because cladding questions after a fire are controversial.",
    likes=47, parent="a0")

add(None, "facebook", "@adebayo.ogun.63", "Adebayo Ogun", None,
    "We were in flat 63 Marlowe House, now in the Premier Inn at Park Royal with two kids. Nobody has told us how to get our post or my son's school books out of the flat. Who is the contact for our family? The number they gave us at the hall was MH-063.",
    "2026-10-21T13:55:09Z", 2, "Housing",
    "Displaced family's own case with a case number: needs a named housing contact, customer services (2).",
    replies=2, likes=6)

add(None, "facebook", "@imam.yusuf.stonebridge", "Imam Yusuf Bello", 3100,
    "Our doors at the Stonebridge mosque stay open tonight for Marlowe House families of any faith or none. Hot food from 7pm, prayer room quiet for anyone who needs rest. Thank you to the council officers at Bridge Park who have worked through the night without a break.",
    "2026-10-17T15:20:00Z", 1, None,
    "Faith leader's community offer and thanks to staff; no request or criticism: monitor (could be shared by the incident team).",
    replies=15, likes=420, reposts=130)

add(None, "instagram", "@nw10.mums.network", "NW10 Mums", 2300,
    "where can we drop donations for the Marlowe House families?? got bags of kids clothes, nappies and toiletries ready to go 💛",
    "2026-10-18T10:04:31Z", 3, "Emergency Planning",
    "General 'where' question that the council's incident updates answer: web team signposts.",
    replies=8, likes=190)

add(None, "x", "@jojo_stonebridge", "jo", 180,
    "is it true people died in the marlowe house fire?? my cousin is saying 3 but the news says nobody",
    "2026-10-18T21:30:17Z", 3, "Emergency Planning",
    "Low-reach 'is it true' question about a rumour: web team answers with the published facts; ambiguous with 5 because the rumour itself is being escalated.",
    likes=4)

add(None, "x", "@realtalk_wembley", "Wembley Real Talk", 266,
    "is it true the council is putting asylum seekers in the empty flats at marlowe house? someone in the whatsapp group said so",
    "2026-10-24T18:44:02Z", 3, "Housing",
    "'Is it true' question from a small account: the web team can correct with published information (ambiguous with 1/5 if it starts to spread).",
    likes=7, reposts=2)

add(None, "instagram", "@neda.kilburn", "Neda", 410,
    "شنیدم شورای برنت می‌خواهد ساکنان مارلو هاوس را به هتل‌هایی بیرون از لندن بفرستد. آیا این درست است؟ دوستم آنجا زندگی می‌کند و بچه‌هایش در مدرسه‌ای در استون‌بریج هستند.",
    "2026-10-23T11:08:52Z", 3, "Housing",
    "Farsi: 'I heard Brent Council wants to send Marlowe House residents to hotels outside London. Is that true? My friend lives there and her children go to school in Stonebridge.' An 'is it true' question answered by published information: web team responds.",
    lang="fa", likes=12)

# ---------------------------------------------------------------- ASB / street safety: thread B
add("b0", "x", "@BramptonCtTRA", "Brampton Court Tenants & Residents", 610,
    "Week 3 of no lights in stairwell B at Brampton Court. Dealers have moved in because it's dark, and residents are now taking the lift in pairs. @Brent_Council housing we've logged it 6 times. Who is actually coming?",
    "2026-11-02T18:30:00Z", 4, "Housing",
    "Tenants' association raising a recurring hotspot (lighting and drug dealing in one block) with several residents joining in: a specific ongoing conversation for Housing and ASB officers to join; ambiguous with 2.",
    replies=9, likes=74, reposts=31)
add(None, "x", "@fatima_b_23", "Fatima", 88,
    "Same here, nothing's changed since the summer.",
    "2026-11-02T18:52:11Z", 4, "Housing",
    "Inside the Brampton Court thread this adds to the ongoing conversation about the stairwell: route 4 (the same words standalone are only a moan).",
    likes=6, parent="b0")
add(None, "x", "@dwaynenw9", "Dwayne", 240,
    "caretaker told me the electrician's been booked twice and not turned up. door entry been broken since september too so anyone can walk in. its not just a light problem",
    "2026-11-02T19:30:45Z", 4, "Housing",
    "Resident adds detail in the ongoing thread: route 4, Housing.",
    likes=21, parent="b0")
add(None, "x", "@BramptonCtTRA", "Brampton Court Tenants & Residents", 610,
    "Update: housing management rang us. They're walking the block Friday 4pm with the ASB officer. Anyone who wants to come, meet by the bin store.",
    "2026-11-04T12:05:00Z", 4, "Housing",
    "Update in the ongoing conversation with officers now engaged: route 4.",
    likes=40, reposts=12, parent="b0")

add(None, "x", "@gerry_k_nw10", "Gerry", 57,
    "Same here, nothing's changed since the summer.",
    "2026-09-18T08:11:30Z", 1, None,
    "Standalone, with no thread or subject visible: a vague moan with no case or request, monitor.",
    likes=0)

add(None, "x", "@floor2_tired", "tired on floor 2", 73,
    "dealers on the landing outside my door (flat 9 Gaskell Court) every night from 10. banging on doors, weed smell coming under the door, my kids cant sleep. reported to housing ASB ref ASB-30921, heard NOTHING in 3 weeks",
    "2026-11-14T23:20:55Z", 2, "Housing",
    "Tenant's own ASB case with flat and reference: customer services to chase the case (no immediate threat described).",
    likes=9)

add(None, "x", "@kidfromblockd", "k", 112,
    "how do u report ppl dealing without them knowing it was u? asking for my block",
    "2026-11-08T22:40:10Z", 3, None,
    "General 'how do I' question: signpost to anonymous reporting (council ASB form / Crimestoppers); no identifiable case yet.",
    likes=3)

add(None, "facebook", "@marcus.thorne.youth", "Marcus Thorne", 1400,
    "Following up from Tuesday's safer neighbourhoods meeting at the Church End youth club. Parents are still asking what's happening with the underpass lights and the CCTV review the council rep promised to come back on within a fortnight. That was three weeks ago. Since the stabbing on the High Road in September, most of our young people walk the long way round the retail park after dark rather than use it. Can someone come back to the group with an answer?",
    "2026-11-13T17:25:00Z", 4, "Highways",
    "Youth worker following up an ongoing meeting about one hotspot (underpass lighting and CCTV): service officers should rejoin the conversation; critical but not a new risk, ambiguous with 5 given the knife-crime fears.",
    replies=14, likes=88, reposts=20)

add(None, "x", "@shiftworker_nw10", "Sandra", 134,
    "street light outside 19 Villiers Road been out 3 weeks now. my daughter walks back from her shift at 11pm right past the alleyway. reported on the website ref SL-448102, nothing",
    "2026-10-08T22:58:33Z", 2, "Highways",
    "Her own reported street-light fault with address and reference: customer services to chase Highways.",
    likes=5)

add(None, "x", "@kilburn_reggie", "Reggie", 41,
    "love that the council found money for a giant 'WEMBLEY PARK' sign but our stairwell has been dark since august. priorities 👏👏",
    "2026-10-11T12:40:20Z", 1, None,
    "Sarcastic moan with no address, case or request: monitor.",
    likes=14)

# ---------------------------------------------------------------- ordinary stream: customer services (2)
add(None, "x", "@deliverylad_nw10", "Yusuf", 206,
    "got PCN BT50927714 on Harlesden High St while I was literally carrying boxes into the shop. loading is allowed there?? appeal rejected in 2 days, didnt even look at my photos",
    "2026-02-03T14:18:09Z", 2, "Parking",
    "Own penalty charge with a PCN number: customer services / Parking.",
    likes=3)
add(None, "facebook", "@joan.pereira.41", "Joan Pereira", None,
    "Hello, can someone please help. Two payments came out for council tax this month (account 30049182). I'm a pensioner and it's left me short for the gas bill.",
    "2026-04-07T09:05:44Z", 2, "Finance",
    "Own council tax account double-debited: customer services / Finance.",
    replies=1, likes=2)
add(None, "x", "@mo_dudden", "Mo", 119,
    "bins?? again. 41 Dudden Hill Lane, third week running",
    "2026-01-16T08:02:10Z", 2, "Environment",
    "Short but it is his own missed collection at an address: customer services (2).",
    likes=4)
add(None, "x", "@mo_dudden", "Mo", 119,
    "bins?? again. 41 Dudden Hill Lane, third week running",
    "2026-01-23T07:55:41Z", 2, "Environment",
    "Exact repeat a week later of the same missed collection: same label, customer services.",
    likes=6)
add(None, "x", "@kenton_gran", "Glenys", 60,
    "no heating or hot water since sunday at flat 12 Fryent House and I've got my 3 grandchildren staying. repairs line cuts off every time after 40 mins on hold @Brent_Council",
    "2026-01-06T10:12:00Z", 2, "Housing",
    "Own housing repair (heating) with an address: customer services to Housing repairs; urgent but not described as dangerous.",
    likes=12, reposts=2)
add(None, "facebook", "@wasim.khan.chaplin", "Wasim Khan", None,
    "Someone has dumped a sofa, a fridge and about ten bags outside 77 Chaplin Road overnight. It's blocking half the pavement and the fridge door is hanging open. Can it be collected please?",
    "2026-05-11T07:40:18Z", 2, "Environment",
    "Specific fly-tip at an address needing collection: customer services / Environment.",
    likes=3)
add(None, "bluesky", "@cyclingdad-nw2.bsky.social", "Tom (cycling dad)", 520,
    "Pothole on Walm Lane southbound right outside the Co-op nearly had me off the bike this morning. 10cm deep at least and full of water so you can't see it. @brentcouncil",
    "2026-02-24T08:35:27Z", 2, "Highways",
    "Specific pothole with location needing repair: customer services / Highways.",
    likes=18, reposts=4)
add(None, "x", "@readinglisa", "Lisa", 230,
    "my library card says I owe £14 for a book I returned in person at Kilburn Library in June?? card ends 4471, can someone check and clear it",
    "2026-07-21T11:50:03Z", 2, "Libraries",
    "Own library account to look up and correct: customer services / Libraries.",
    likes=1)
add(None, "facebook", "@shanice.roberts.nw10", "Shanice Roberts", None,
    "My son still has no Year 7 place and it's the 20th of August. We applied on time (ref SA-2026-04187), he's been offered nothing, not even a waiting list position. He's asking every day where he's going in September.",
    "2026-08-20T13:22:19Z", 2, "Education",
    "Own school admissions case with a reference: customer services / Education.",
    replies=3, likes=7)
add(None, "mastodon", "@nightowlnw6@mas.to", "night owl", 95,
    "Flat above us at 5 Kilburn Square has music going till 4am every Friday and Saturday. Reported to noise twice through the form. Anyone at @brentcouncil@social.brent.example actually read those?",
    "2026-03-14T04:12:30Z", 2, "Regulatory Services",
    "Own noise nuisance case with address: customer services / Regulatory Services.",
    likes=2)
add(None, "facebook", "@hassan.alamri.willesden", "Hassan Al-Amri", None,
    "والدي يسكن في شقة تابعة للمجلس في ويلزدن غرين، وسخان الماء معطل منذ عشرة أيام وهو رجل مسن. رقم البلاغ 7740215. نرجو إرسال فني في أقرب وقت.",
    "2026-03-02T15:01:45Z", 2, "Housing",
    "Arabic: 'My father lives in a council flat in Willesden Green; the water heater has been broken for ten days and he is elderly; report number 7740215; please send a technician soon.' Own repair case with reference: customer services / Housing.",
    lang="ar", likes=1)
add(None, "x", "@acecomputing_k", "Anil", 312,
    "cant log into my Brent account to pay council tax, password reset email never arrives. tried 5 times, checked spam. @Brent_Council",
    "2026-04-01T19:43:22Z", 2, "Web",
    "His own account access fault that needs someone to look at the account: customer services with Web; ambiguous with 3 (a website fault the web team could answer).",
    likes=2)
add(None, "x", "@MargaretOkafor", "Margaret Okafor", 480,
    "@Brent_Council This is a Freedom of Information request. Please provide the number of anti-social behaviour reports recorded for the Church End estate in each month from January 2025 to September 2026, and how many of them led to any enforcement action.",
    "2026-10-05T10:20:00Z", 2, "Regulatory Services",
    "Request for recorded information; real name visible in the profile, so valid per the strategy: customer services to log it (20 working days).",
    foi=True, foi_valid=True, likes=9, reposts=3)
add(None, "facebook", "@t.hensley.nw10", "T H", None,
    "Dear Brent Council, I would like to request under the Freedom of Information Act the total cost so far of running the rest centre at Bridge Park after the Marlowe House fire, broken down by staffing, hotels and catering. Please reply by post to: Tom Hensley, 12 Nicoll Road, London NW10 9AB.",
    "2026-11-16T20:10:12Z", 2, "Emergency Planning",
    "FOI request; profile shows only initials but the post gives the applicant's name and an address for correspondence, so valid: customer services to log it.",
    foi=True, foi_valid=True, likes=4)
add(None, "x", "@HasmukhPatelKenton", "Hasmukh Patel", 260,
    "@Brent_Council માહિતી અધિકાર (FOI) હેઠળ વિનંતી: એપ્રિલ 2025 થી માર્ચ 2026 દરમિયાન કેન્ટન વોર્ડમાં ખરાબ સ્ટ્રીટલાઇટની કેટલી ફરિયાદો નોંધાઈ, અને તેમાંથી કેટલી 7 દિવસમાં રિપેર થઈ? કૃપા કરીને જવાબ ઇમેઇલથી મોકલશો.",
    "2026-05-19T08:48:36Z", 2, "Highways",
    "Gujarati: 'FOI request: how many faulty street-light complaints were recorded in Kenton ward April 2025 to March 2026, and how many were repaired within 7 days? Please reply by email.' Recorded information, real name in profile: valid, customer services to log it.",
    lang="gu", foi=True, foi_valid=True, likes=5)
add(None, "facebook", "@leanne.doyle.carer", "Leanne Doyle", None,
    "I'm my dad's full-time carer. His blue badge renewal went in 9 weeks ago (ref BB-77120) and it's now expired. He has dialysis three times a week at Central Middlesex and we can't park anywhere near the entrance without it. Please, can anyone chase this.",
    "2026-09-09T12:30:48Z", 2, "Parking",
    "Carer chasing her father's blue badge renewal with a reference: customer services (Parking).",
    replies=2, likes=11)
add(None, "facebook", "@ionut.popescu.wembley", "Ionuț Popescu", None,
    "Bună ziua, am primit o amendă PCN BT61240977 pe Harrow Road, deși aveam permis de vizitator activat în aplicație. Cum pot contesta? Am captură de ecran cu permisul activ.",
    "2026-06-22T17:14:05Z", 2, "Parking",
    "Romanian: 'I received PCN BT61240977 on Harrow Road although I had a visitor permit activated in the app. How can I challenge it? I have a screenshot.' Own PCN: customer services / Parking.",
    lang="ro", likes=0)
add(None, "facebook", "@helena.sousa.alperton", "Helena Sousa", None,
    "Boa tarde, a recolha da reciclagem no número 318 da Ealing Road não passa há duas semanas e o contentor azul já está a transbordar para o passeio. Podem enviar alguém?",
    "2026-07-02T14:26:51Z", 2, "Environment",
    "Portuguese: 'Recycling at 318 Ealing Road has not been collected for two weeks and the blue bin is overflowing onto the pavement; can you send someone?' Own missed collection: customer services / Environment.",
    lang="pt", likes=1)
add(None, "facebook", "@rahima.begum.kilburn", "Rahima Begum", None,
    "আমার মা একা থাকেন, বয়স ৭২। কাউন্সিল ট্যাক্সে একক ব্যক্তির ছাড় এখনও পাননি, অথচ আমরা মার্চে আবেদন করেছি। অ্যাকাউন্ট নম্বর 30184577। কেউ কি দেখে দিতে পারবেন?",
    "2026-06-08T10:09:14Z", 2, "Finance",
    "Bengali: 'My mother, 72, lives alone; she still hasn't got the single person council tax discount though we applied in March; account 30184577; can someone check?' Own account: customer services / Finance.",
    lang="bn", likes=2)
add(None, "x", "@newsagent_highrd", "Raj's News & Booze", 540,
    "@Brent_Council shutters at 221 High Road Willesden tagged AGAIN overnight, 4th time since August. do you still do the free graffiti removal for shops? i'm the newsagent",
    "2026-10-13T06:55:02Z", 2, "Environment",
    "Shopkeeper's own premises needing graffiti removal, with address: customer services / Environment.",
    likes=15, reposts=2)
add(None, "facebook", "@derek.aldridge.nw9", "Derek Aldridge", None,
    "Next door at 48 Crest Road have put up a two storey rear extension without any planning notice that I ever saw. It takes all the light from our kitchen. Who do I report it to and will anyone actually come out and look?",
    "2026-08-03T18:40:29Z", 2, "Planning",
    "A specific suspected breach at an address needing planning enforcement: customer services / Planning (ambiguous with 3 for the 'who do I report it to').",
    replies=6, likes=8)

# ---------------------------------------------------------------- web team responds (3)
add(None, "x", "@kingsbury_kath", "Kath", 78,
    "what day are bins over christmas? we're usually a friday, kingsbury",
    "2025-12-20T11:32:19Z", 3, "Environment",
    "General question answered by the published holiday collection calendar: web team signposts.",
    likes=1)
add(None, "mastodon", "@pmurphy@fosstodon.org", "P. Murphy", 330,
    "The 'report a street light' form on the Brent site just spins forever on the final step. Tried phone and laptop, two browsers. Is something broken? @brentcouncil@social.brent.example",
    "2026-10-09T20:05:40Z", 3, "Web",
    "Fault on the council website: web team responds and fixes.",
    likes=3)
add(None, "facebook", "@marion.okeke", "Marion Okeke", None,
    "The QR code on this year's council tax bill takes you to 'page not found'. Just so you know. Paid by phone in the end.",
    "2026-03-19T12:44:02Z", 3, "Web",
    "Website fault (broken link from the bill), no own case outstanding: web team responds.",
    likes=6)
add(None, "x", "@stanmore_steve", "Steve", 210,
    "@Brent_Council why haven't you collected my garden waste in Stanmore, 3rd time this year!!",
    "2026-08-11T09:16:24Z", 3, None,
    "Stanmore is in Harrow: a mention meant for another council, web team points him to Harrow.",
    likes=0)
add(None, "x", "@joanne_carer", "Jo", 155,
    "how do carers get a visitor parking permit?? mum's carers keep getting tickets outside our house and they're only there 30 mins",
    "2026-02-10T16:21:00Z", 3, "Parking",
    "General 'how do I' question answered by published permit information: web team signposts (ambiguous with 2 if the tickets need cancelling).",
    likes=2)
add(None, "x", "@bookworm_kilburn", "Tola", 301,
    "is Kilburn library open on sundays now? the google hours say one thing and the door says another",
    "2026-01-11T10:05:30Z", 3, "Libraries",
    "Simple confusion over opening hours: web team answers from the website.",
    likes=1)
add(None, "facebook", "@amina.j.nw2", "Amina J", None,
    "When do the secondary school applications close this year? Is it still end of October? My daughter is in Year 6 at Mora.",
    "2026-09-15T19:30:11Z", 3, "Education",
    "General admissions deadline question answered by published information: web team signposts.",
    likes=2)
add(None, "x", "@brentwatcher99", "Brent Watcher", 620,
    "FOI request: how much has @Brent_Council spent on consultants for the Marlowe House cladding programme since 2020? Itemised please.",
    "2026-10-25T14:02:57Z", 3, "Housing",
    "Request for recorded information, but from a pseudonymous account with no real name or address: not a valid FOI request per the strategy; web team explains how to make a valid one.",
    foi=True, foi_valid=False, likes=55, reposts=22)
add(None, "facebook", "@jas.nw9", "Jas NW9", None,
    "Hi, I want to make a freedom of information about how many fixed penalty notices for littering were issued in Wembley in 2025. Thanks, Jas",
    "2026-02-27T13:15:48Z", 3, "Environment",
    "FOI request for recorded information signed with a first name only, profile not a full name: invalid; web team explains what is needed.",
    foi=True, foi_valid=False, likes=0)
add(None, "facebook", "@murugan.selvam.wembley", "Murugan Selvam", None,
    "வெம்பிளி நூலகத்தில் தமிழ் புத்தகங்கள் கிடைக்குமா? என் மகளுக்கு குழந்தைகள் கதைப் புத்தகங்கள் வேண்டும்.",
    "2026-04-12T09:41:00Z", 3, "Libraries",
    "Tamil: 'Are Tamil books available at Wembley library? My daughter wants children's story books.' General question: web team signposts to the catalogue.",
    lang="ta", likes=3)
add(None, "x", "@vikram_k_1977", "Vikram", 44,
    "ऑनलाइन काउंसिल टैक्स भरने का लिंक कहाँ है? वेबसाइट पर ढूँढ ढूँढ के थक गया 😩",
    "2026-04-02T20:18:37Z", 3, "Finance",
    "Hindi: 'Where is the link to pay council tax online? I'm tired of searching the website.' Simple confusion: web team posts the link.",
    lang="hi", likes=0)
add(None, "x", "@nfl_uk_ben", "Ben", 910,
    "are the event day parking restrictions on round Wembley for the NFL game sunday? staying with my sister on Forty Lane",
    "2026-10-09T15:50:12Z", 3, "Parking",
    "General question on event-day restrictions, published online: web team signposts.",
    likes=2)
add(None, "facebook", "@bridget.obrien.kenton", "Bridget O'Brien", None,
    "Is Brent doing the warm spaces again this winter? My neighbour is on her own and the heating costs frighten her, she'd like somewhere to sit in the day.",
    "2025-12-03T11:25:00Z", 3, "Libraries",
    "General question about the warm spaces programme (run through libraries) answered by published information: web team signposts.",
    likes=9)
add(None, "x", "@shopaholic_sade", "Sade", 1300,
    "@Brent_Council is brent cross open on boxing day? 🙏🏾",
    "2025-12-24T13:02:44Z", 3, None,
    "Question about Brent Cross (a shopping centre in Barnet, not a council service) sent to Brent: simple confusion, web team can reply briefly; ambiguous with 1 (keyword noise).",
    likes=0)
add(None, "linkedin", "@deborah-asante-youthwork", "Deborah Asante", 780,
    "Is Brent Council still recruiting for the youth outreach worker roles advertised in September? The 'apply now' link on the careers page goes to a closed vacancy.",
    "2026-10-14T08:40:21Z", 3, "HR",
    "Jobs question plus a broken careers link: web team answers and fixes (ambiguous with Web as department).",
    likes=4)

# ---------------------------------------------------------------- service conversations (4), thread C and others
add("c0", "facebook", "@helen.achterberg", "Helen Achterberg", None,
    "Has everyone seen the CPZ consultation for the streets west of Chamberlayne Road? Closes 30 March. Proposed hours 8.30-6.30 Mon-Sat, which seems massive for roads that are only really busy on match days. Let's talk it through here before we all respond.",
    "2026-03-04T20:14:09Z", 4, "Parking",
    "Residents discussing a live parking consultation: a specific ongoing conversation that Parking officers should join.",
    replies=17, likes=33)
add(None, "facebook", "@nadeem.r.kr", "Nadeem R", None,
    "We're on Doyle Gardens and honestly we'd take it, commuters from the station park here all day. But £150 for a permit is steep and nobody has explained where that figure comes from.",
    "2026-03-04T21:02:55Z", 4, "Parking",
    "Contribution to the ongoing consultation discussion: route 4, Parking.",
    likes=12, parent="c0")
add(None, "rss", "@kensalrisenotes", "Kensal Rise Notes (blog)", None,
    "Kensal Rise Notes: Our take on the CPZ consultation, part 2. After last week's post, dozens of you wrote in. The big questions still unanswered by Brent's parking team: whether responses are counted per household or per person, why Saturday is included, and what happens to the streets just outside the boundary. We'll be at the drop-in at the library on Saturday and will report back.",
    "2026-03-12T07:00:00Z", 4, "Parking",
    "Local blog continuing an ongoing discussion about a live consultation with open questions for the service: route 4, Parking officers to engage.",
    likes=0)

# ---------------------------------------------------------------- monitor (1): noise, praise, chatter, abuse, spam
add(None, "rss", "@energy_markets_wire", "Energy Markets Wire", None,
    "Brent crude slips below $68 a barrel as OPEC+ signals a further output rise from January; WTI follows lower in thin pre-holiday trading.",
    "2025-12-15T07:30:00Z", 1, None,
    "Brent crude oil price news: keyword noise, monitor.",
    likes=0)
add(None, "x", "@bees_til_i_die", "Bees til I die 🐝", 2200,
    "Brentford away at Villa saturday, anyone got a spare? will pay face value + a pint",
    "2026-01-29T17:40:33Z", 1, None,
    "Brentford FC: keyword noise, monitor.",
    likes=8)
add(None, "bluesky", "@northlondonmoans.bsky.social", "Zoe", 640,
    "Brent Cross car park on a Saturday is a circle of hell. 40 minutes to find a space, another 30 to get out.",
    "2026-02-14T16:55:10Z", 1, None,
    "Brent Cross (Barnet) shopping moan: keyword noise, monitor.",
    likes=21)
add(None, "instagram", "@kayla.smiles", "Kayla", 980,
    "happy birthday Brent!! 🎉🎂 30 looks good on you, see you at the karaoke tonight 🎤",
    "2026-05-09T12:10:00Z", 1, None,
    "A person called Brent: keyword noise, monitor.",
    likes=64)
add(None, "rss", "@ealing_local_news", "Ealing Local News", None,
    "Ealing Council has approved new protected cycle lanes on Uxbridge Road between Southall and Hanwell, with work due to begin in the spring. Neighbouring Brent and Hounslow are watching the scheme closely.",
    "2026-04-28T06:00:00Z", 1, None,
    "Another council's matter with Brent mentioned in passing: monitor.",
    likes=0)
add(None, "facebook", "@norma.sinclair.kensal", "Norma Sinclair", None,
    "Just want to say a massive thank you to the bin crew on Chamberlayne Road this morning. My mum's 89 and she'd left her bin at the back by mistake, and the young lad went round, got it, emptied it and put it back for her. Little things. 💚",
    "2026-06-25T10:20:15Z", 1, "Environment",
    "Praise for a crew, no request: monitor (could pass the thanks on).",
    replies=4, likes=76)
add(None, "x", "@clownworld_nw", "clown world", 28,
    "brent council are absolute clowns 🤡🤡🤡",
    "2026-05-02T23:45:00Z", 1, None,
    "Low-reach abuse with no substance: monitor.",
    likes=1)
add(None, "x", "@clownworld_nw", "clown world", 28,
    "brent council are absolute clowns 🤡🤡🤡",
    "2026-07-19T00:12:31Z", 1, None,
    "Exact repeat of the same low-reach insult: same label, monitor.",
    likes=0)
add(None, "x", "@cashflow_queen_uk", "💸 Cash Flow Queen 💸", 15,
    "💰 Earn £450/day from home, no experience needed, DM me now 📩 limited spaces!! #Brent #Wembley #Harlesden #BrentCouncil",
    "2026-08-29T03:33:19Z", 1, None,
    "Spam riding local hashtags: monitor (no engagement).",
    likes=0)
add(None, "facebook", "@kkindependents", "Kenton & Kingsbury Independents", 1100,
    "Polls are open 7am to 10pm this Thursday 7 May. A vote for us is a vote for cleaner streets and honest answers from the Civic Centre. Find your polling station and bring a friend!",
    "2026-05-04T17:00:00Z", 1, None,
    "Generic party campaigning with no specific council matter or claim to respond to: monitor, and take no political standpoint; ambiguous with 5 if it makes specific allegations.",
    likes=45, reposts=12)
add(None, "x", "@stonebridge_yute", "tj", 320,
    "bare feds round stonebridge today whats going on 👀",
    "2026-10-17T13:02:46Z", 1, None,
    "Teenager's chatter on the day of the fire, no request: monitor (the incident is already escalated).",
    likes=9)
add(None, "x", "@angry_of_alperton", "Frank", 150,
    "BRENT COUNCIL TAX IS DAYLIGHT ROBBERY AND FOR WHAT. STREETS ARE FILTHY AND THE PARKS ARE A DISGRACE",
    "2026-03-08T19:27:40Z", 1, None,
    "All-caps moan with no case or request and little reach: monitor.",
    likes=6)
add(None, "x", "@wembley_wit", "Wembley Wit", 430,
    "how much do they pay the chief exec to ignore us lol",
    "2026-09-24T21:05:11Z", 1, None,
    "Rhetorical jibe, not a request for recorded information (not FOI): monitor.",
    likes=19)
add(None, "x", "@LondonEatsGuide", "London Eats Guide", 210000,
    "Best jollof in Brent? Harlesden has it, don't @ me 🍛🔥",
    "2026-07-12T12:00:00Z", 1, None,
    "Large account saying something of no consequence for the council: monitor.",
    verified=True, replies=380, likes=3900, reposts=510)
add(None, "facebook", "@ewa.kowalczyk.dh", "Ewa Kowalczyk", None,
    "Piękna jesień w Gladstone Park 🍂 Szkoda tylko, że latarnie przy alejce znowu nie działają.",
    "2026-10-31T15:44:02Z", 1, None,
    "Polish: 'Beautiful autumn in Gladstone Park; shame the lamps by the path are out again.' Chatter with a passing moan, no location precise enough or request: monitor.",
    lang="pl", likes=23)
add(None, "facebook", "@farah.naz.willesden", "Farah Naz", None,
    "ولزڈن گرین لائبریری کے عملے کا بہت شکریہ، انہوں نے میری امی کو فارم بھرنے میں بڑی مدد کی اور بہت عزت سے بات کی۔",
    "2026-05-26T12:33:27Z", 1, "Libraries",
    "Urdu: 'Many thanks to the Willesden Green Library staff, they helped my mother fill in the form and spoke to her very respectfully.' Praise: monitor.",
    lang="ur", likes=31)
add(None, "youtube", "@truthseeker_nw10", "truthseeker", 41,
    "the new 'smart' lampposts on kilburn high rd have cameras AND microphones in them. council is recording everything we say. look it up before they delete this comment",
    "2026-06-30T22:48:10Z", 1, "Highways",
    "Low-reach conspiracy comment with no engagement: monitor (ambiguous with 3 if it starts to spread).",
    likes=2)
add(None, "linkedin", "@chidi-okafor-planner", "Chidi Okafor", 1900,
    "Delighted to share that I've started a new role as Senior Planning Officer at Brent Council. Looking forward to working on the Alperton growth area with a brilliant team.",
    "2026-09-01T08:15:00Z", 1, "Planning",
    "New-starter announcement, no action: monitor.",
    likes=140)

# ---------------------------------------------------------------- shuffle, keeping thread order
def main():
    rng = random.Random(14142110)
    order = ITEMS[:]
    rng.shuffle(order)
    # within each thread, give the thread's shuffled slots to its items in chronological order
    by_thread = {}
    for i, d in enumerate(order):
        if d["thread_id"]:
            by_thread.setdefault(d["thread_id"], []).append(i)
    for tid, slots in by_thread.items():
        members = sorted((order[i] for i in slots), key=lambda d: d["created_at"])
        for i, d in zip(slots, members):
            order[i] = d
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-K.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for d in order:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(order)} items to {out}")

if __name__ == "__main__":
    main()
