#!/usr/bin/env python3
"""Writer W, set v9: 110 hand-written mentions of Brent Council with hand labels. Serialises to part-W.jsonl."""
import json, random, datetime, os

PREFIX = "24680"
rng = random.Random(24680110)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-W.jsonl")
_used = set()

def new_id(platform):
    while True:
        d = "".join(rng.choice("0123456789") for _ in range(12))
        if platform == "x": pid = PREFIX + d + "1"
        elif platform == "mastodon": pid = PREFIX + d[:10]
        elif platform == "facebook": pid = f"1029384756_{PREFIX}{d[:9]}"
        elif platform == "bluesky": pid = f"at://did:plc:w{d[:6]}/app.bsky.feed.post/3m{PREFIX}{d[6:]}"
        elif platform == "instagram": pid = f"17{PREFIX}{d}"
        elif platform == "youtube": pid = f"Ugx{PREFIX}{d[:8]}AaABAg"
        elif platform == "linkedin": pid = f"urn:li:comment:(activity:7{PREFIX}{d[:10]})"
        elif platform == "rss": pid = f"rss-{PREFIX}-{d[:8]}"
        if pid not in _used:
            _used.add(pid); return pid

START = datetime.datetime(2025, 12, 1, 0, 0, 0)
END = datetime.datetime(2026, 11, 30, 23, 0, 0)
def rand_time():
    span = int((END - START).total_seconds())
    return START + datetime.timedelta(seconds=rng.randrange(span))

ITEMS = []
def m(platform, handle, name, followers, text, route, dept, reason, *, verified=False, foi=False, foi_valid=None,
      esc=None, lang="en", when=None, reply=None, key=None, likes=None, reposts=None, replies=0, after_min=None):
    pid = new_id(platform)
    if reply is not None:
        parent = reply
        t = parent["_t"] + datetime.timedelta(minutes=after_min if after_min else rng.randint(4, 300))
        thread = parent["thread_id"] or parent["platform_id"]
        if parent["thread_id"] is None:
            parent["thread_id"] = parent["platform_id"]
        parent["_kids"].append(pid)
    else:
        t = datetime.datetime.fromisoformat(when) if when else rand_time()
        thread = None
    it = {"platform": platform, "platform_id": pid, "author_handle": handle, "author_name": name,
          "author_followers": followers, "author_verified": verified, "text": text,
          "created_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
          "reply_to_id": reply["platform_id"] if reply is not None else None, "thread_id": thread,
          "replies": replies, "likes": likes if likes is not None else rng.randint(0, 14),
          "reposts": reposts if reposts is not None else rng.randint(0, 3), "language": None,
          "label": {"route": route, "department": dept, "foi": foi, "foi_valid": foi_valid if foi else None,
                    "escalate_reason": esc, "reason": reason, "language": lang},
          "provenance": "written", "_t": t, "_kids": []}
    ITEMS.append(it)
    return it

# ------------------------------------------------------------------ route 5: escalate
m("x", "@tolu_chalkhill", "Tolu", 87,
  "the carers for the man in the ground floor flat havent come since monday. his door was open this morning and he was just sat there in the dark, same clothes, place smells bad. i dont even know his surname. who do i tell",
  5, None, "Vulnerable adult apparently without his care visits for days: someone may be at risk, escalate whatever the follower count; adult social care is not one of the 14 departments.",
  esc="safeguarding_adult", likes=3, reposts=1)

m("mastodon", "@kasia_w@mastodon.social", "Kasia W.", 140,
  "Mój sąsiad z parteru na Pound Lane, starszy pan, nie otwiera drzwi od czterech dni. Poczta leży pod drzwiami, telefon nie odpowiada. Nie wiem, do kogo dzwonić w Brent. @BrentCouncil",
  5, None, "Polish: 'my elderly ground-floor neighbour on Pound Lane hasn't opened his door for four days, post piling up, phone unanswered, don't know who to call in Brent' - someone not seen for days, possible risk to life.",
  esc="person_not_seen", lang="pl", likes=2, reposts=0)

gas = m("facebook", "Shanice Bailey", "Shanice Bailey", 312,
  "Is anyone else on the 3rd floor at Hillside smelling gas on the landing?? Its been there since last night, strongest by the riser cupboard. Rang the repairs number and the lady said they'd log it and someone will attend within 5 working days. 5 DAYS. Kids are playing on those stairs all day. I'm not a gas engineer but that can't be right can it",
  5, "Housing", "Reported smell of gas in a council block stairwell with a five-day repair wait: risk to life, escalate (and the emergency gas line should be given at once).",
  esc="risk_to_life_gas", when="2026-01-14T07:52:10", replies=3, likes=21, reposts=6)
m("facebook", "Brenda Kowalczyk", "Brenda Kowalczyk", 44,
  "Praying it's nothing 🙏 stay safe everyone",
  1, None, "Sympathy inside an escalated thread with no new information: 'no particular consequence', monitor.",
  reply=gas, after_min=95, likes=4, reposts=0)

m("x", "@zaynab.xo", None, 410,
  "bathroom ceiling is literally bowing now and theres water dripping out the light 💀💀 council said someone coming in MARCH. its january. love that for us",
  5, "Housing", "Joking tone, but a sagging ceiling with water through a light fitting is structural and electrical danger: risk to life, escalate despite the sarcasm.",
  esc="structural_danger", when="2026-01-22T21:17:44", likes=57, reposts=4)


m("facebook", "Ikram Haddad", "Ikram Haddad", 120,
  "الماء دخل من تحت الباب في شقتنا بالطابق الأرضي في ستونبريدج والكهرباء لسا شغالة والفيش قريبة من الأرض. عندي طفلين صغار. وين نروح الليلة؟ حدا بيعرف رقم الطوارئ تبع المجلس؟",
  5, "Emergency Planning", "Arabic: 'water has come under the door of our ground-floor flat in Stonebridge, the electricity is still on and the sockets are near the floor, I have two small children, where do we go tonight, does anyone know the council emergency number?' - flood plus electrical risk with children: escalate.",
  esc="flood_risk_to_life", lang="ar", when="2026-07-19T18:40:03", likes=6, reposts=2)

m("facebook", "Ruth Adeyemi", "Ruth Adeyemi", 205,
  "Not being funny but the little boy from the top floor is out on that balcony AGAIN at gone 11pm on his own. He can't be more than 4. Third night this week I've seen it from my kitchen. I don't want to cause trouble for the mum but those railings are low. Who do you even tell about something like this?",
  5, None, "Very young child repeatedly alone on a high balcony at night: child may be at risk, escalate as safeguarding (children's services not in the department list).",
  esc="safeguarding_child", likes=11, reposts=0)

m("x", "@kilburnkev", "Kev", 64,
  "fella in the doorway of the old natwest on kilburn high rd hasnt moved since yesterday. it went to minus 3 last night. got him a tea this morning but he could barely talk to me tbh",
  5, "Housing", "Rough sleeper unresponsive after a sub-zero night: rough sleeper at risk, escalate (outreach via Housing).",
  esc="rough_sleeper_risk", when="2026-02-06T08:31:09", likes=5)

m("x", "@nightshiftnomes", None, 38,
  "@Brent_Council got the section 21 today. 9 years on your list. honestly don't see the point of any of it anymore, might be easier for everyone if i just wasn't here",
  5, "Housing", "Eviction notice plus 'easier for everyone if I just wasn't here': self-harm cue, escalate whatever the reach.",
  esc="self_harm_risk", likes=0, reposts=0)

m("facebook", "Grace Otieno", "Grace Otieno", 388,
  "My cousin Peter passed away last week in the B&B in Neasden the council placed him in. He had a heart condition and was on the 4th floor with no lift and he told them so many times. Nobody from Brent has even called the family. We are still waiting to know what happened.",
  5, "Housing", "Death of a resident in council-placed temporary accommodation, family alleging ignored warnings: a death is controversial by nature, escalate.",
  esc="death", likes=140, reposts=37)

m("x", "@rach_m_nw10", "Rachel M", 152,
  "@Brent_Council just had an email from you about 'arrears' with a spreadsheet attached and it has names, addresses and amounts owed for what looks like my whole road?? is that meant to happen because it really doesn't feel like it",
  5, "Finance", "Council email apparently sent with other residents' names, addresses and debts: data breach, escalate.",
  esc="data_breach", likes=19, reposts=7)

m("facebook", "Hamid Rahimi", "Hamid Rahimi", 267,
  "Took my mum to the housing desk at the Civic Centre today. She's lived in Brent for 31 years. The woman behind the desk rolled her eyes and said 'she should learn English before she comes asking for things'. My mum understood every word. I've never seen her so quiet on the bus home.",
  5, "Housing", "Alleged discriminatory remark by front-line staff: discrimination by staff is reputation-threatening, escalate.",
  esc="discrimination_staff", likes=88, reposts=22)

m("x", "@ealingrd_mobiles", "Ealing Rd Mobiles", 530,
  "that parking warden who keeps doing my customers on ealing road better not come past my shop again. last warning. next time he wont be walking off so easy",
  5, "Parking", "Business owner's veiled threat of violence to a civil enforcement officer: threat to staff, escalate.",
  esc="threat_to_staff", likes=14, reposts=1)

m("x", "@d_oyelaran", "Dayo Oyelaran", 190,
  "Flat 3 Brentfield House. Damp reported Feb 2024, ref HSG-230871. Two years of photos. My solicitor is issuing a disrepair claim this week. See you in court @Brent_Council",
  5, "Housing", "Own housing case, but a stated legal claim takes precedence per §8 order: legal threat, escalate (ambiguous with 2: reference number and address).",
  esc="legal_threat", likes=33, reposts=5)

m("bluesky", "@wembleyparkwalker.bsky.social", "J. Adu", 310,
  "Watched a council enforcement officer take cash off one of the food traders by the Boxpark this morning. No receipt, no paperwork, straight into his jacket. I've got it on my phone. Is that how street trading licences work now?",
  5, "Regulatory Services", "Alleged cash taken by an enforcement officer with video: alleged misconduct, escalate.",
  esc="misconduct", when="2026-06-12T11:05:00", likes=46, reposts=12)

m("x", "@sofiamarlow_news", "Sofia Marlow", 640,
  "Hi @Brent_Council, I'm a reporter at the Brent & Kilburn Echo. Could the press office confirm whether Kingsbury Library will still close in April as set out in the budget papers? Deadline 4pm today. Thanks",
  5, "Libraries", "Polite, neutral enquiry, but from a journalist naming her outlet: media enquiry goes to communications, escalate even with a small following.",
  esc="media_enquiry", when="2026-02-17T10:12:00", likes=1, reposts=0)

m("x", "@tomhale_reports", "Tom Hale", 2150,
  "@Brent_Council FOI request for a story I'm working on (Tom Hale, Local Democracy Reporter): please provide the number of households placed in temporary accommodation outside London by Brent in each month of 2025. Email in bio.",
  5, "Housing", "Journalist's FOI with real name: valid request, but per §8 'a journalist's request is 5'; log the FOI clock too.",
  foi=True, foi_valid=True, esc="journalist_foi", likes=4, reposts=2)

m("x", "@CllrPatelPreston", "Cllr Nisha Patel", 3900,
  "Residents on Preston Road have told me the pedestrian crossing by the Co-op has been dead for over a week. I've chased officers twice. @Brent_Council can we get a date please? Older residents are crossing in traffic.",
  5, "Highways", "Ward councillor raising a council matter publicly (with a pedestrian safety angle): influential author, escalate.",
  esc="councillor", verified=True, likes=64, reposts=15)

m("x", "@MPBrentWestOffice", "Office of the MP for Brent West", 41000,
  "Deeply concerned by what constituents in Harlesden are sending me: black mould in bedrooms where newborns sleep. I have written to @Brent_Council's chief executive today and expect answers.",
  5, "Housing", "MP publicly raising housing conditions: highly influential commentator on a controversial issue, escalate.",
  esc="mp", verified=True, likes=1200, reposts=380)

m("facebook", "Lena Brooks for Alperton", "Lena Brooks", 1700,
  "As your candidate for Alperton on 7 May I've knocked on 600 doors this month and the same thing comes up on every street: fly-tipping along Ealing Road and nobody from Brent Council seems to care. We deserve better. #Alperton #BrentElections",
  5, "Environment", "Election candidate criticising a council service in the campaign: candidate on a council matter is escalated, also pre-election sensitivity (ambiguous with 1 as party campaigning).",
  esc="candidate", when="2026-04-18T12:30:00", likes=92, reposts=30)

m("instagram", "@nw10.daily", "NW10 Daily", 18400,
  "this clip of the brent bin lorry tipping everyone's sorted recycling straight in with the black bags is on 400k views now 😂😂 so why are we rinsing yoghurt pots exactly",
  5, "Environment", "Video against a service going viral (400k views) on a sizeable local account: controversial, reputation risk, escalate.",
  esc="viral_video", likes=5300, reposts=890)

m("x", "@JoelOnTour", "Joel Mensah", 486000,
  "Brent council just towed my mate's car in Wembley. With his dog still in it. In 2026. Absolutely unreal",
  5, "Parking", "Very large verified account, critical claim about a council service with animal-welfare angle: highly influential commentator, escalate.",
  esc="influential_account", verified=True, likes=22000, reposts=4100)

m("x", "@amara_ldn_", None, 230,
  "ok this is actually scary the bottom of olympic way after the gig, barriers came down and everyone's getting pushed into the fence by the station. someone's little girl crying for her mum. stewards nowhere",
  5, "Emergency Planning", "Crowd crush on an event day with a separated child: risk to life, escalate (with police/venue).",
  esc="crowd_safety", when="2026-06-20T22:48:31", likes=310, reposts=120)

m("facebook", "Desmond Clarke", "Desmond Clarke", 150,
  "Every fire door in our block on Granville Road is wedged open with bricks and the alarm panel by the entrance has been beeping 'FAULT' for about a month. I mentioned it to the caretaker, he shrugged. After everything that's happened in this city you'd think",
  5, "Housing", "Fire doors propped open and a faulty alarm panel in a residential block: fire safety, escalate.",
  esc="fire_safety", likes=38, reposts=9)

m("x", "@kingsbury_gran", "Pauline", 58,
  "Went to vote at St Andrews Kingsbury and they turned me away, said I'm not on the register. Been voting there 22 years. 5 or 6 others same while I was there. Something not right",
  5, None, "Several voters turned away at a polling station on election day: electoral integrity, escalate (elections not in the department list).",
  esc="electoral_integrity", when="2026-05-07T09:14:20", likes=26, reposts=11)

# ------------------------------------------------------------------ route 2: customer services
m("x", "@f_aziz", "Faisal", 133,
  "@Brent_Council PCN WM48213307 on Forty Lane this morning. I was LOADING with hazards on, have photos + the delivery note. how do i challenge this",
  2, "Parking", "Own penalty charge with a PCN number: a person needing a service, customer services (ambiguous with 3: 'how do I challenge' is signposting).")

bins_a = dict(platform="x", handle="@dhl_212", name=None, followers=29,
  text="bins?? again. dudden hill lane 212. 3rd week", route=2, dept="Environment",
  reason="Missed collection at a stated address: own case, customer services.")
m(bins_a["platform"], bins_a["handle"], bins_a["name"], bins_a["followers"], bins_a["text"], 2, "Environment",
  bins_a["reason"], when="2026-03-10T19:02:44", likes=2, reposts=0)
m(bins_a["platform"], bins_a["handle"], bins_a["name"], bins_a["followers"], bins_a["text"], 2, "Environment",
  bins_a["reason"] + " Exact repeat of the author's earlier post, same label.", when="2026-03-17T18:55:10", likes=1, reposts=0)

m("facebook", "Narinder Bhogal", "Narinder Bhogal", 76,
  "I've paid my council tax by direct debit every single month since 2019 and today a SUMMONS arrives for £1,240. Account ending 6671. Spent 50 minutes on hold then it cut off. I'm 68, I don't need this stress. Can someone actually look at my account please.",
  2, "Finance", "Identifiable person with a council tax account reference and a summons to check: customer services.")

m("x", "@leyla.k", "Leyla K", 211,
  "mould's back in my son's room. flat 9 lindsay drive. repair ref HR-448102 got 'closed' and nobody ever came. he's got asthma",
  2, "Housing", "Own repair with address and reference wrongly closed: customer services; ambiguous with 5 (child with asthma and mould), but no acute danger is described.")

m("facebook", "Chidi Okafor", "Chidi Okafor", 180,
  "No heating or hot water at 41 Kilburn Square since Friday. Two little ones and my dad who's 79 living with us. Rang Saturday, rang Sunday, both times 'it's been raised'. It's Monday now. What do I do",
  2, "Housing", "Own emergency repair at an address, chased twice: customer services to act within 24h; ambiguous with 5 (winter, elderly and children) but a service failure rather than a described danger.",
  when="2026-01-12T08:20:00")

m("x", "@gh_zone_resident", None, 47,
  "my permit for zone GH ran out while the renewal was 'processing' for 3 weeks and now I've got a ticket outside my OWN house. car reg ends 4KX. brilliant",
  2, "Parking", "Own permit renewal and penalty charge: identifiable case needing records looked up, customer services.")

m("facebook", "Agnieszka Nowak", "Agnieszka Nowak", 63,
  "Hi, I returned three books to Willesden Green library in January (the box outside) and my account still says I owe £7.80 for them. Card number ends 2231. Can someone check please, my daughter can't borrow anything until it's cleared.",
  2, "Libraries", "Own library account with a card number: customer services.")

m("x", "@dad_of_three_hb", "Marcus", 95,
  "Applied for Year 7 on time in October, no offer email today when everyone else in his class got theirs. application ref BRT-SA-20931. he's in bits",
  2, "Education", "Own school application reference with a missing offer on national offer day: customer services.",
  when="2026-03-02T16:44:00")

m("facebook", "Ivy Ramdhanie", "Ivy Ramdhanie", 54,
  "My neighbour at 27 Brook Road has started a two storey extension right up against my boundary wall. I've looked on the planning portal and there's nothing for his address. Who do I report this to? They're working on Sundays too.",
  2, "Planning", "Possible unauthorised development at a named address: a case for planning enforcement, customer services (ambiguous with 3: 'who do I report this to').")

m("x", "@churchrd_night", None, 31,
  "car wash next to 3 church road pressure washing till 1am again. reported twice, case 55190, zero. i start work at 6",
  2, "Regulatory Services", "Own noise complaint with a case number: customer services.", when="2026-08-12T01:12:00")

m("x", "@salmon_st_sam", "Sam", 120,
  "Hit the pothole outside 118 Salmon Street tonight and it's taken the tyre AND the rim. It's been there since before Xmas. How do I claim for this @Brent_Council",
  2, "Highways", "Personal damage claim at a specific location: needs an officer/claims process, customer services (ambiguous with 3 as 'how do I claim').")


m("facebook", "Ioana Popescu", "Ioana Popescu", 88,
  "Bună ziua, am trimis toate documentele pentru reducerea la council tax acum două luni și nu am primit niciun răspuns. Numărul contului 30045819. Vă rog să verificați.",
  2, "Finance", "Romanian: 'I sent all the documents for council tax reduction two months ago and have had no answer; account number 30045819, please check' - own account, customer services.",
  lang="ro")

m("facebook", "Hiral Shah", "Hiral Shah", 140,
  "મારા પપ્પાની બ્લુ બેજની અરજી ત્રણ મહિનાથી બાકી છે, રેફરન્સ નંબર BB-7741. તેઓ હવે બહુ ચાલી શકતા નથી. કોઈ મદદ કરી શકે?",
  2, "Parking", "Gujarati: 'my father's Blue Badge application has been pending three months, reference BB-7741, he can hardly walk now, can anyone help?' - own application, customer services.",
  lang="gu")

m("x", "@leghornmum", None, 73,
  "someone dumped a sofa AND a fridge outside my gate at 15 leghorn rd overnight. can't get the pram out. can you come and get it please",
  2, "Environment", "Fly-tip blocking a stated address, needs a collection: customer services (ambiguous with 3, report online).")


m("linkedin", "Samuel Osei", "Samuel Osei", 510,
  "Applied for the Data Analyst role at Brent Council (ref BRE-0921) six weeks ago and the portal still says 'submitted'. Would anyone in recruitment be able to check where it's at? Keen to hear either way.",
  2, "HR", "Own job application with a reference: customer services via HR.")

m("x", "@paidtwice", None, 16,
  "@Brent_Council your website took £65 TWICE for PCN BT72009184. can i have my money back please",
  2, "Parking", "Double payment on an identified PCN: refund needs records, customer services (Web may need to look at the payment page).")

m("facebook", "Fatima Hussain", "Fatima Hussain", 102,
  "We are 5 people in a 1 bedroom in Harlesden and the letter says we're Band D. My youngest sleeps in the kitchen. Housing reference 117342. Can anyone review this properly?",
  2, "Housing", "Own housing register banding with a reference: customer services.")

m("instagram", "@kenton.jay", None, 260,
  "@brentcouncil my nan's care assessment was meant to be last week and no one has rung her. she's 91, lives on her own in kenton. she keeps asking me if they forgot her",
  2, None, "Own relative's care assessment overdue: the domain's 'my mum's care assessment' case, customer services; adult social care is not a listed department. Ambiguous with 5, but no risk described.")

m("youtube", "Priti Desai", "Priti Desai", 12,
  "Followed this video step by step for the garden waste subscription, paid on 3 April, still no sticker. Order GW-55821. Bin's full.",
  2, "Environment", "Own garden waste order with reference: customer services.")


m("facebook", "Nasrin Akter", "Nasrin Akter", 48,
  "আমাদের বাসার সামনে তিন সপ্তাহ ধরে ময়লা নেওয়া হয়নি। ৫৪ হাই রোড, উইলসডেন। দয়া করে কেউ দেখুন।",
  2, "Environment", "Bengali: 'rubbish hasn't been collected outside our home for three weeks, 54 High Road Willesden, please someone look' - own missed collection, customer services.",
  lang="bn")

m("x", "@kentonrd_fumin", None, 19,
  "useless f***ing council. 3 weeks no bins on kenton rd outside the parade, 140-150 all full and stinking. what do we pay council tax for",
  2, "Environment", "Abusive, but with substance: a missed collection at an identifiable stretch that needs action; customer services (ambiguous with 1 as low-reach abuse).")

m("x", "@mokonkwo_nw9", "Margaret Okonkwo", 402,
  "@Brent_Council Under the Freedom of Information Act please tell me how many fixed penalty notices for littering were issued in Brent in 2025, broken down by ward. Thank you, Margaret Okonkwo",
  2, "Environment", "FOI for recorded information, real name in profile and signed: valid, goes to customer services to be logged.",
  foi=True, foi_valid=True)

m("facebook", "Brent Drivers Forum", None, 2300,
  "FREEDOM OF INFORMATION REQUEST. Please provide the total value paid by Brent Council to the contractor operating the Wembley Park CPZ cameras in 2024/25, and the contract end date. Please reply by post to Joseph Mensah, 12 Manor Drive, Wembley HA9 8EF.",
  2, "Parking", "FOI posted from a group page but giving the applicant's full name and a postal address for correspondence: valid, log via customer services.",
  foi=True, foi_valid=True)

m("facebook", "Ana Paula Ferreira", "Ana Paula Ferreira", 130,
  "Pedido ao abrigo da Lei de Liberdade de Informação: quantas famílias foram colocadas pelo Brent em alojamento temporário fora do borough em 2025? Resposta para: Ana Paula Ferreira, 8 Chaplin Road, London NW2 5PR.",
  2, "Housing", "Portuguese: 'Freedom of Information request: how many families did Brent place in temporary accommodation outside the borough in 2025? Reply to Ana Paula Ferreira, 8 Chaplin Road NW2' - valid FOI (name and address), customer services to log.",
  foi=True, foi_valid=True, lang="pt")

# ------------------------------------------------------------------ route 3: web team responds
m("x", "@neasden_nat", None, 61,
  "when do the green bins start again after christmas? not been since the 19th",
  3, "Environment", "General 'when' question on holiday collections answered by published information: web team responds.",
  when="2026-01-03T11:20:00")

m("facebook", "Terry Walsh", "Terry Walsh", 39,
  "Is it true Brent are charging for the garden waste bin now? Since when? Nobody told us",
  3, "Environment", "'Is it true' confusion over a well-understood service: web team signposts.")

m("x", "@qpark_helen", "Helen", 300,
  "@Brent_Council the pay council tax page just loops me back to the login screen. tried chrome and safari, cleared cookies, same",
  3, "Web", "Fault on the website: web team responds.")

m("x", "@stanmore_steve", "Steve", 112,
  "@Brent_Council the potholes on Station Road in Harrow are a disgrace, you should be ashamed",
  3, None, "Mention meant for another council (Station Road, Harrow): web team points to Harrow Council.")

m("x", "@carer_for_mum", None, 27,
  "how do i get a visitor permit for my mum's carer, she comes every day and keeps getting tickets",
  3, "Parking", "General 'how do I' about carer/visitor permits, no case reference: web team signposts (ambiguous with 2 because of tickets).")

m("facebook", "Joyce Mbeki", "Joyce Mbeki", 85,
  "What time does Kilburn library open on a Sunday? Website says one thing, Google says another",
  3, "Libraries", "Opening-hours question, possible inconsistent information: web team responds.")

m("x", "@wembleywatcher", "Wembley Watcher", 1100,
  "FOI request: how much did Brent Council spend on the new signage at the Civic Centre? Total cost incl. design fees please.",
  3, "Finance", "Request for recorded information, but pseudonymous account and no name/address: invalid FOI, web team explains how to make a valid request.",
  foi=True, foi_valid=False)

m("facebook", "Priya", "Priya", 40,
  "Hi, this is Priya - please can you send me the number of fly-tipping reports in Neasden over the last 12 months? Thanks",
  3, "Environment", "Request for recorded information with a first name only: invalid FOI, web team explains.",
  foi=True, foi_valid=False)

m("x", "@kt_harlesden", "K.T.", 75,
  "FOI pls: how many PCNs did the camera at the Harlesden jubilee clock junction issue in 2025. - K.T.",
  3, "Parking", "FOI signed with initials only: not valid, web team explains how to make a valid request.",
  foi=True, foi_valid=False)


m("facebook", "Imran Qureshi", "Imran Qureshi", 66,
  "کیا برینٹ میں سنگل پرسن ڈسکاؤنٹ کے لیے آن لائن درخواست دی جا سکتی ہے یا فارم ڈاک سے بھیجنا ہوگا؟",
  3, "Finance", "Urdu: 'can you apply online in Brent for the single person discount or must the form be posted?' - general how-to, web team signposts.",
  lang="ur")

m("instagram", "@tamil_mum_wembley", None, 190,
  "வெம்ப்ளி நூலகத்தில் குழந்தைகளுக்கான கதை நேரம் எந்த நாள், எத்தனை மணிக்கு? @brentcouncil",
  3, "Libraries", "Tamil: 'which day and time is children's story time at Wembley library?' - general question, web team responds.",
  lang="ta")

m("x", "@parkroyal_pete", None, 88,
  "heard the tip on abbey road is shutting for good?? where are we meant to take stuff now",
  3, "Environment", "Rumour/'is it true' about the reuse and recycling centre: web team corrects or signposts.")

m("facebook", "Olu Bankole", "Olu Bankole", 71,
  "Moving to Dollis Hill Lane in the summer. Which primary schools would we be in the catchment for? Don't know how it works in Brent",
  3, "Education", "General admissions question answered by published information: web team responds.")

m("x", "@brondesbury_b", None, 140,
  "how do you actually object to a planning application in brent? the portal is a maze, can't find the comment button anywhere",
  3, "Planning", "How-to plus a usability complaint about the portal: web team signposts (Web could also look at the page).")

m("facebook", "Café Zaytoon", "Café Zaytoon", 860,
  "Do we need a licence to put two tables outside on the pavement on Ealing Road? Want to get it sorted before summer. Thanks!",
  3, "Regulatory Services", "Business asking a general licensing question: web team signposts the pavement licence page.")

m("x", "@consult_nerd", None, 52,
  "@Brent_Council broken link: the 'have your say' button on the consultations page goes to a 404",
  3, "Web", "Website fault: web team fixes and replies.")

m("x", "@eventday_ellie", "Ellie", 180,
  "are the wembley event day parking restrictions on for the concert on saturday or is it just football? live in Barn Hill",
  3, "Parking", "General event-day question answered by published information: web team responds.")

m("facebook", "Lucía Gómez", "Lucía Gómez", 97,
  "¿Dónde puedo renovar el permiso de aparcamiento para residentes? En la web inicio sesión y luego me sale un error. Gracias.",
  3, "Web", "Spanish: 'where can I renew my residents' parking permit? on the website I log in and then get an error' - how-to plus website fault, web team responds (Parking secondary).",
  lang="es")

m("linkedin", "Grace Lin", "Grace Lin", 900,
  "Does anyone know when Brent Council's next jobs fair at the Civic Centre is? Trying to point a few young people towards it.",
  3, "HR", "General 'when' question about a published event: web team responds.")

m("bluesky", "@kensalrise.bsky.social", None, 410,
  "Is the Chamberlayne Road consultation closing on the 14th or the 21st? The leaflet through my door and the council website say different things",
  3, "Policy", "Confusion over conflicting published dates: web team responds and fixes; ambiguous with 4 given the live consultation conversation elsewhere.")

m("x", "@kilburnside", None, 14,
  "@Brent_Council my road is on the camden side of kilburn high rd, who do i call about my bins",
  3, None, "Confusion about which council covers the address: web team points to Camden.")

# ------------------------------------------------------------------ route 4: service conversations
rec = m("facebook", "Harlesden Residents Network", None, 4100,
  "Anyone else's recycling not been collected on the roads off Tavistock Road since the new rounds started? Ours moved from Tuesday to Thursday and nothing has been taken for two weeks now. Blue bins overflowing everywhere.",
  4, "Environment", "Local group thread where several residents discuss one recurring collection problem: service conversation for Environment officers to join.",
  when="2026-04-23T09:05:00", replies=6, likes=48, reposts=3)
r1 = m("facebook", "Dionne Fraser", "Dionne Fraser", 210,
  "Same on Nicoll Road. They took the general waste but left every blue bin on the street.",
  4, "Environment", "Reply adding another street to the same collection-round discussion: part of the service conversation.",
  reply=rec, after_min=12)
m("facebook", "Yusuf Ali", "Yusuf Ali", 130,
  "I think it's every road west of the high street. The crew told my neighbour the new lorry can't get down the narrow ones with cars parked both sides.",
  4, "Environment", "Reply sharing a cause in the ongoing round-change discussion: service conversation.",
  reply=rec, after_min=40)
m("facebook", "Sandra Pike", "Sandra Pike", 90,
  "Same here. Third week running.",
  4, "Environment", "Inside the recycling-round thread this short reply adds a third week to the shared problem: service conversation (the same words standalone are label 1).",
  reply=rec, after_min=75)
m("facebook", "Cllr Tom Reid", "Cllr Tom Reid", 2900,
  "I've raised this with the Environment team this morning and asked for a recovery plan for the Tavistock Road area. I'll post their answer here.",
  5, "Environment", "A councillor joins the thread on a council matter: influential author, escalate so comms and the service coordinate.",
  esc="councillor", verified=True, reply=rec, after_min=200, likes=35)

m("x", "@sandra_pike_nw10", "Sandra", 40,
  "Same here. Third week running.",
  1, None, "Standalone, with no context, service or case this is a vague moan: no particular consequence, monitor (in the Harlesden thread the same words are 4).",
  likes=0, reposts=0)

hs = m("x", "@kr_streets", "Kensal Rise Streets", 1300,
  "Went to the drop-in on the Chamberlayne Road healthy streets scheme last night. Officers said the consultation runs to 30 April. Planters proposed on Ashburnham Rd and Harvist Rd. Thoughts, neighbours?",
  4, "Highways", "Discussion opened about a live consultation on a specific scheme: service conversation for Highways officers to join.",
  when="2026-03-26T08:10:00", replies=4, likes=60, reposts=14)
m("x", "@chamberlayne_bakery", "Chamberlayne Bakery", 780,
  "It'll just shove all the traffic onto Chamberlayne Rd which is already solid at 8am. Our deliveries come at 7. Nobody asked the shops.",
  4, "Highways", "Business joining the live scheme discussion, critical but not reputation-threatening: service conversation.",
  reply=hs, after_min=25)
m("x", "@harvist_resident", None, 33,
  "Any update on this?",
  4, "Highways", "Inside the scheme thread, a follow-up asking for the officers' update: part of the ongoing conversation (the same words standalone are 1).",
  reply=hs, after_min=2880)
m("x", "@harvist_resident", None, 33,
  "@Brent_Council Any update on this? ",
  1, None, "Standalone with nothing to point to: no identifiable matter, monitor.",
  likes=0, reposts=0)

nd = m("mastodon", "@neasdenplanningwatch@mastodon.social", "Neasden Planning Watch", 620,
  "The 26-storey application next to Neasden station (ref 25/3312) goes to planning committee next month. Objection window closes Friday. Shadowing drawings for Neasden Lane are on the portal, p.48 onwards.",
  4, "Planning", "Ongoing discussion of a specific planning application: service conversation for Planning officers.",
  when="2026-09-08T19:30:00", replies=2, likes=25, reposts=17)
m("mastodon", "@marc_nw10@mastodon.social", None, 90,
  "Read p.48. Our garden gets no sun after 2pm from March to September if that goes up. Also where are 400 more households meant to find a GP.",
  4, "Planning", "Resident engaging in the live application discussion: service conversation.",
  reply=nd, after_min=50)

ev = m("facebook", "Wembley Park Residents", None, 3300,
  "Engineers Way after every event looks like a landfill by 11pm, and the cleansing team doesn't turn up till the next afternoon. Saturday's concert was the worst yet. Can we get this raised again with the council before the summer season?",
  4, "Environment", "Recurring event-day litter hotspot discussed in a residents' group: service conversation for street cleansing.",
  when="2026-05-18T10:00:00", replies=2, likes=70, reposts=6)
m("facebook", "Arjun Mehta", "Arjun Mehta", 120,
  "Last year they trialled crews straight after the crowd cleared on Olympic Way, it was noticeably better. Don't know why it stopped.",
  4, "Environment", "Reply with context on the recurring hotspot: service conversation.",
  reply=ev, after_min=30)


m("x", "@queensbury_q", None, 260,
  "day 3 of this thread about the new Queensbury parking zone and still nobody can say which streets are in phase 2. half of us have had the letter, half haven't",
  4, "Parking", "Ongoing multi-day discussion of a specific parking scheme: service conversation for Parking.")

# ------------------------------------------------------------------ route 1: monitor
m("rss", "Energy Markets Daily", None, None,
  "Brent crude climbs back above $80 a barrel after OPEC+ signals deeper output cuts into the new year; WTI follows.",
  1, None, "Keyword noise: Brent crude oil prices, monitor.")
m("x", "@bees_up_gtech", None, 2100,
  "ROBBED at the Gtech today. Brentford deserved at least a point, that's never a pen",
  1, None, "Keyword noise: Brentford FC.")
m("instagram", "@officequeen_", None, 890,
  "channelling my inner David Brent at the work christmas do 🕺 #chillout",
  1, None, "Keyword noise: David Brent.")
m("instagram", "@lils_world", None, 150,
  "happy 30th brent!!! 🎉🎉 love you bro x",
  1, None, "Keyword noise: a person called Brent.")
m("x", "@ex_camden_now_wembley", None, 60,
  "camden's new bin contract sounds like a shambles, glad i moved to brent lol",
  1, None, "Another borough's matter, passing comment on Brent with no request: monitor.")
m("x", "@nana_harlesden", "Beverley", 70,
  "Big shout out to the Brent street cleaner on Harlesden High St who carried my mum's shopping all the way to her door this morning 🙏🏾 you know who you are",
  1, "Environment", "Praise with no request: no action beyond monitoring (worth sharing with the service).", likes=45)
m("facebook", "Aisha Begum", "Aisha Begum", 90,
  "Kingsbury library staff are amazing. My son got his very first library card today and they made such a fuss of him ❤️",
  1, "Libraries", "Praise and thanks: monitor.", when="2026-01-24T15:10:00", likes=30)
m("x", "@hillside_hatter", None, 110,
  "love how brent can find money for another light festival at wembley park but not for the crater on my road 🙃",
  1, "Highways", "Sarcastic moan with no location or request: monitor.")
m("x", "@nw2angryman", None, 12,
  "brent council are clowns 🤡🤡🤡",
  1, None, "Low-reach abuse with no substance: monitor.", likes=0, reposts=0)
spam = "Make £500 a DAY from home!!! Brent residents DM me now 💰💰 limited spaces"
m("x", "@cashflow_queen_88", None, 9, spam, 1, None, "Spam: no action.", likes=0, reposts=0)
m("x", "@cashflow_queen_88", None, 9, spam, 1, None, "Spam, exact repeat by the same account: no action.", likes=0, reposts=0)
m("x", "@red_rose_kilburn", None, 180,
  "Vote Labour on 7 May to keep Brent moving forward 🌹 #BrentElections",
  1, None, "Party-political campaigning by an activist with small reach, no council matter to answer: monitor (no political standpoint in any reply).",
  when="2026-05-01T17:00:00")
m("facebook", "Brent Green Party", None, 2400,
  "Another year of cuts to Brent's youth services while the budget papers talk about 'efficiencies'. Join our campaign day in Willesden this Saturday.",
  1, None, "Party campaigning: monitor; ambiguous with 5 as a political organisation criticising the council, but no candidate, no new allegation and modest reach.")
m("x", "@harlesden_h", None, 95,
  "RT @sofiamarlow_news: Council confirms review after claims enforcement officer took cash from Wembley Park trader",
  1, "Regulatory Services", "Reshare of a matter already escalated: monitor.")
m("x", "@FootyBanterHQ", "Footy Banter HQ", 310000,
  "Brent in the sunshine before the final >>> 🏟️☀️",
  1, None, "Large verified account saying nothing of consequence about the council: monitor.", verified=True, likes=4200, reposts=300)
m("x", "@bored_in_nw10", None, 75,
  "how much do they pay the chief exec to ignore us all day lol",
  1, None, "Looks like a request for information but is a rhetorical jibe, not an FOI: monitor.")
m("x", "@sudbury_sighs", None, 40,
  "council tax up again. wonderful. thanks brent",
  1, "Finance", "Moan with no case or request: monitor.", when="2026-03-05T08:00:00")
m("facebook", "Rakesh Sharma", "Rakesh Sharma", 310,
  "ब्रेंट काउंसिल को धन्यवाद, दिवाली पर वेम्बली की रोशनी इस साल बहुत सुंदर थी। बच्चों ने बहुत मज़ा किया।",
  1, "Communications", "Hindi: 'thank you Brent Council, the Diwali lights in Wembley were very beautiful this year, the children enjoyed it' - praise, monitor.",
  lang="hi", when="2026-11-10T19:40:00")
m("instagram", "@tehran_to_london", None, 500,
  "کسی می‌دونه بازار کریسمس برنت کراس امسال از کی شروع می‌شه؟",
  1, None, "Farsi: 'does anyone know when the Brent Cross Christmas market starts this year?' - keyword noise (Brent Cross).",
  lang="fa", when="2025-12-02T13:00:00")
m("facebook", "Abdi Warsame", "Abdi Warsame", 80,
  "Golaha Brent waxba ma qabtaan, waddooyinka oo dhan waa qashin. Sanad walba sidaas.",
  1, None, "Somali: 'Brent council does nothing, all the streets are rubbish, every year the same' - moan with no case, monitor.",
  lang="so")
m("linkedin", "Kemi Adebayo", "Kemi Adebayo", 1400,
  "Proud to share I've completed my apprenticeship with Brent Council's digital team! Thank you to everyone who supported me this year.",
  1, "HR", "Positive chatter with no request: monitor.")
m("youtube", "xXwembleyXx", None, 3,
  "who's here in 2026 😂",
  1, None, "Chatter on a council video: monitor.", likes=2, reposts=0)
m("rss", "Walking North West London (blog)", None, None,
  "Walked the Capital Ring section through Fryent Country Park on Sunday: skylarks, the view to the Arch, and not another soul for twenty minutes. Brent's best-kept secret, honestly.",
  1, None, "Blog excerpt praising a place, nothing to answer: monitor.")
m("rss", "Brent & Kilburn Echo", None, None,
  "Council confirms Kingsbury Library will close in April - A Brent Council spokesperson said the service would move to a 'hub' at the nearby community centre, with reduced hours.",
  1, "Libraries", "News item reporting the council's own confirmed statement, already handled by comms: monitor for reaction (ambiguous with 5 as press coverage of a controversial closure).",
  when="2026-02-18T07:00:00")

# ------------------------------------------------------------------ serialise, shuffled, replies after parents
for it in ITEMS:
    it["replies"] = max(it["replies"], len(it["_kids"]))
byid = {it["platform_id"]: it for it in ITEMS}
order = ITEMS[:]
rng.shuffle(order)
out, done, waiting = [], set(), {}
def emit(it):
    out.append(it); done.add(it["platform_id"])
    for kid in waiting.pop(it["platform_id"], []):
        emit(kid)
for it in order:
    p = it["reply_to_id"]
    if p is None or p in done: emit(it)
    else: waiting.setdefault(p, []).append(it)
assert len(out) == len(ITEMS)
with open(OUT, "w", encoding="utf-8") as f:
    for it in out:
        d = {k: v for k, v in it.items() if not k.startswith("_")}
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "written to", OUT)
