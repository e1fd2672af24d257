#!/usr/bin/env python3
"""Writer Z, set v10: 110 hand-written, hand-labelled mentions of Brent Council.
Texts and labels are held here by hand; this script only assigns ids, threads and order, then serialises."""
import json, random, os

PREFIX = "57913"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-Z.jsonl")
ITEMS = []

def I(key, plat, handle, name, foll, ver, text, when, route, dept, reason, lang="en",
      foi=False, fv=None, esc=None, parent=None, likes=0, reposts=0, replies=0):
    ITEMS.append(dict(key=key, plat=plat, handle=handle, name=name, foll=foll, ver=ver, text=text,
                      when=when, route=route, dept=dept, reason=reason, lang=lang, foi=foi, fv=fv,
                      esc=esc, parent=parent, likes=likes, reposts=reposts, replies=replies))

# ---------------------------------------------------------------- thread A: Chamberlayne Road consultation (Facebook group)
I("A0", "facebook", "@kensalrise.neighbours.sue", "Sue Hartnell", 214, False,
  "Has anyone else filled in the Chamberlayne Road healthy streets consultation yet? The map they've put up "
  "doesn't show where the camera/bus gate would actually go, which feels like quite an important detail?? "
  "It closes 14 March.\n\nI'm not against it in principle, the rat-running down Wrentham Avenue at 8am is "
  "mad, but I'd like to know what I'm agreeing to. If anyone went to the drop-in please share what they said x",
  "2026-02-19T20:14:09Z", 4, "Highways",
  "live consultation discussed by several residents: 'a more specific ongoing conversation of relevance to a particular service area' - Highways officers should join", replies=5, likes=23)
I("A1", "facebook", "@tom.okwu.kr", "Tom Okwu", 88, False,
  "We went Saturday. The officer at the library was actually helpful tbh, said the Wrentham end is still being "
  "looked at and they'll publish the traffic counts before it closes. Worth asking for the counts Sue",
  "2026-02-19T21:02:44Z", 4, "Highways",
  "adds to the live consultation discussion; service officers should follow up on the promised traffic counts", parent="A0", likes=9)
I("A2", "facebook", "@dazza.nw10", "Daz M", 41, False,
  "lol 'consultation'. decision was made in a back room months ago, you lot are just sheep filling in forms",
  "2026-02-19T22:37:15Z", 1, None,
  "cynical jibe with no substance from a low-reach account; 'of no particular consequence' (ambiguous with 4 as it sits in the consultation thread)", parent="A0", likes=3)
I("A3", "facebook", "@priya.vasant.77", "Priya Vasant", 132, False,
  "Different issue but related - I got a PCN from the trial camera at the top of Chamberlayne Rd literally on "
  "day one, there were no signs up yet. WK40399817. Appealed and got a letter that didn't even mention the signs.",
  "2026-02-20T07:48:30Z", 2, "Parking",
  "own penalty charge with a PCN number inside the thread: 'a person requiring customer services' - Parking must look up the appeal", parent="A0", likes=6)

# ---------------------------------------------------------------- thread B: Nightingale Road bins (X)
I("B0", "x", "@nightingale_rd", "Ade", 156, False,
  "@Brent_Council third week running the blue bins on Nightingale Road NW10 haven't been emptied. whole street same. "
  "reported online twice, got the 'we'll be back within 2 working days' email both times",
  "2026-01-22T08:12:51Z", 2, "Environment",
  "missed collection at a named street with reports already made - needs an officer to act and check records (customer services)", replies=3, likes=11, reposts=2)
I("B1", "x", "@shazia_h_", None, 63, False,
  "nightingale rd here too, no 58. green one not taken either and it's starting to smell",
  "2026-01-22T09:40:03Z", 2, "Environment",
  "neighbour's own missed collection with a house number: customer services case", parent="B0", likes=2)
I("B2", "x", "@m_kowal_nw10", None, 29, False,
  "while we're tagging them - the fire door on our landing in the Hillside block has been wedged open with a bin "
  "for about a month and the alarm panel downstairs beeps all night. been like this since the fire doors got "
  "'upgraded'. not great given everything",
  "2026-01-22T11:05:27Z", 5, "Housing",
  "said in passing inside a bins thread, but a propped fire door and faulty alarm panel in a block is fire safety - 'a more controversial issue' with risk to life", esc="fire_safety", parent="B0", likes=4)

# ---------------------------------------------------------------- thread C: event-day parking Tokyngton (Facebook)
I("C0", "facebook", "@linden.ave.residents", "Linden Avenue & Tokyngton Residents", 1240, False,
  "Event day AGAIN and AGAIN the suspension signs on the side streets off Empire Way went up the night before. "
  "Half of Linden Avenue woke up to tickets. This happens every big concert. Who else got done? We're collecting "
  "examples to take to the council - comment below with the date and street.",
  "2026-06-14T09:21:00Z", 4, "Parking",
  "a recurring hotspot discussed by many residents, examples being collected: ongoing conversation for Parking officers to join", replies=6, likes=57, reposts=12)
I("C1", "facebook", "@jas.kaur.wembley", "Jas Kaur", 97, False,
  "same thing happened to us 😡",
  "2026-06-14T09:34:52Z", 4, "Parking",
  "in context this joins the event-day suspension conversation as another affected household (same text standalone is route 1)", parent="C0", likes=5)
I("C2", "facebook", "@marcia.b.ha9", "Marcia Bell", 45, False,
  "The parking man told my husband the dates are 'in the leaflet' but we never got any leaflet. Is there a list of the event days online anywhere??",
  "2026-06-14T10:02:18Z", 3, "Parking",
  "general 'where can I find' question answered by published event-day information: 'signposting to information on our website' (ambiguous with 4 as it sits in the thread)", parent="C0", likes=8)
I("C3", "facebook", "@robert.fenn.ha9", "Robert Fenn", 310, False,
  "I'll bring this to the Wembley Park residents' forum on the 25th. The council chap who came last year said "
  "they'd review when signs go up - obviously nothing's changed. Keep the examples coming.",
  "2026-06-14T12:47:40Z", 4, "Parking",
  "shows the conversation is ongoing (forum, earlier promises); Parking officers should join in", parent="C0", likes=19)

# ---------------------------------------------------------------- thread D: library hours consultation (Mastodon)
I("D0", "mastodon", "@kilnbooks@mastodon.social", "Ruth K.", 870, False,
  "Brent's library opening hours consultation closes on Friday. The proposal trims evening opening at Kensal Rise "
  "and Barham Park. I've put my notes on the options, the footfall figures they published and what I'm going to "
  "say in a thread below. Boost if you use either branch. #Brent #libraries",
  "2026-10-05T18:30:12Z", 4, "Libraries",
  "live consultation being discussed in a thread: ongoing conversation for Libraries officers to join, with web team support", replies=4, likes=31, reposts=22)
I("D1", "mastodon", "@saltandsprocket@toot.community", None, 140, False,
  "thanks for writing this up. the thursday late is honestly the only time I can get in after work, my kid does homework club there",
  "2026-10-05T19:02:55Z", 4, "Libraries",
  "resident's view feeding into the live library-hours conversation", parent="D0", likes=7)
I("D2", "mastodon", "@mhenderson@mas.to", None, 302, False,
  "do they count responses from people who live over the Camden side but use Kilburn library? I'm on the wrong side of the high road",
  "2026-10-05T20:11:08Z", 3, "Libraries",
  "a general 'who can respond' question the consultation page answers: web team can signpost (ambiguous with 4, it is part of the conversation)", parent="D0", likes=3)

# ---------------------------------------------------------------- thread E: neighbour not seen (Facebook)
I("E0", "facebook", "@bev.curzon", "Bev Thompson", 76, False,
  "Not sure if I'm overreacting. The old gentleman on the first floor at Curzon Crescent usually says morning "
  "when he goes for his paper. Haven't seen him since Saturday, his post is sticking out the letterbox and the "
  "telly's been on all night. Knocked twice, nothing. Does anyone have a number for the housing officer for our block?",
  "2025-12-09T07:55:31Z", 5, "Housing",
  "an older tenant not seen for days with signs something is wrong - someone may be at risk, whatever the follower count", esc="welfare_check", replies=3, likes=14)
I("E1", "facebook", "@lyn.d.nw10", "Lyndsey D", 52, False,
  "has anyone checked on him??",
  "2025-12-09T10:21:06Z", 5, "Housing",
  "in this thread it shows the welfare concern is still unresolved hours later; keep with the escalated case (ambiguous with 1 as a reply to something already escalated; standalone the same text is 1)", esc="welfare_check", parent="E0", likes=6)

# ---------------------------------------------------------------- thread G: Alperton tower (Facebook)
I("G0", "facebook", "@alperton.voice", "Alperton Voice", 2100, False,
  "The 26-storey scheme next to Alperton station (25/3318) goes to planning committee on the 18th. Comments close "
  "Monday. If you've got views either way, get them in and come along - public can speak for 3 mins if you register.",
  "2026-04-08T17:05:44Z", 4, "Planning",
  "community group running an ongoing discussion on a live planning application: Planning officers should join", replies=6, likes=64, reposts=18)
I("G1", "facebook", "@neha.p.alperton", "Neha Patel", 118, False,
  "Objected last night. The planning portal logged me out twice before I could submit, lost my whole comment the first time 🙃",
  "2026-04-08T18:22:10Z", 4, "Planning",
  "part of the live application conversation; the portal fault is mentioned in passing (ambiguous with 3: website fault)", parent="G0", likes=11)
I("G2", "facebook", "@kofi.asante.ha0", "Kofi Asante", 230, False,
  "Worth saying not everyone round here is against it. My two will never afford anything in Alperton otherwise. Would like to see what % is actually affordable tho",
  "2026-04-08T19:40:33Z", 4, "Planning",
  "contributes a differing view to the ongoing application discussion", parent="G0", likes=15)
I("G3", "facebook", "@cllr.anita.rao", "Cllr Anita Rao", 3900, False,
  "Ward councillor for Alperton here. I've had several residents tell me the portal lost their comments. I've "
  "asked officers today whether the comment window can be extended before the 18th.",
  "2026-04-09T08:15:02Z", 5, "Planning",
  "a councillor speaking publicly on a council matter (portal failure on a contested application): 'highly influential' - liaise with comms and Planning", esc="councillor", parent="G0", likes=42, reposts=6)

# ================================================================ ROUTE 5 standalone
I("s5_pl", "facebook", "@marta.zielinska.kil", "Marta Zielińska", 58, False,
  "Sąsiadka z parteru, starsza pani, nie otwiera drzwi od czwartku. Listy leżą pod drzwiami, a w oknie cały czas pali się światło. "
  "Mieszkamy przy Kilburn High Road. Nie wiem, do kogo zadzwonić. @Brent_Council?",
  "2026-01-11T16:40:22Z", 5, None,
  "Polish: 'the elderly lady downstairs hasn't opened the door since Thursday, letters piling up, light on all the time, Kilburn High Road, who do I call?' - adult possibly at risk",
  lang="pl", esc="welfare_check", likes=2)
I("s5_ar", "x", "@noor_stonebridge", None, 112, False,
  "في العمارة المقابلة لنا في ستونبريدج، طفلان صغيران يُتركان وحدهما على الشرفة في الطابق الخامس لساعات، والدرابزين مكسور من جهة. "
  "لا أعرف لمن أقول @Brent_Council",
  "2026-07-03T13:12:47Z", 5, None,
  "Arabic: 'in the block opposite us in Stonebridge two small children are left alone on a fifth-floor balcony for hours, the railing is broken on one side; I don't know who to tell' - children in danger",
  lang="ar", esc="safeguarding_child", likes=1)
I("s5_gas", "x", "@k_rajan_", None, 204, False,
  "is it normal for ealing road to smell of gas outside the chicken shop for like an hour?? proper strong. nobody seems bothered lol @Brent_Council",
  "2026-03-02T19:26:11Z", 5, "Emergency Planning",
  "a persistent strong gas smell on a busy street is a risk to life, written casually; needs urgent signposting to the gas emergency line",
  esc="risk_to_life", likes=3)
I("s5_flood", "x", "@stonebridge_lee", "Lee", 74, False,
  "water coming in under the front door now. drains on our road been overflowing since 5. my dad's in a wheelchair and the "
  "ground floor is all we've got. @Brent_Council is anyone coming out",
  "2026-08-17T18:02:39Z", 5, "Emergency Planning",
  "flooding into a home with a wheelchair user: risk to life, escalate whatever the follower count", esc="flooding", likes=9, reposts=4)
I("s5_journo", "x", "@ella_writes_news", "Ella Brathwaite", 612, False,
  "Hi @Brent_Council - I'm a reporter at the Harlesden & Willesden Echo. Could your press office tell me how many "
  "households Brent currently has in temporary accommodation outside the borough, and whether that's gone up since "
  "last year? Deadline Thursday midday. Thanks!",
  "2026-05-12T10:31:08Z", 5, "Communications",
  "polite media enquiry from a reporter naming her outlet; journalists are escalated to comms regardless of follower count", esc="media_enquiry", likes=0)
I("s5_journofoi", "x", "@dkeane_kt", "Declan Keane", 1890, False,
  "@Brent_Council FOI request: please provide total spend on agency social workers for 2024/25 and 2025/26 to date, "
  "broken down by month. Declan Keane, Kilburn Times - reply to newsdesk email in my bio.",
  "2026-09-01T09:04:50Z", 5, "HR",
  "a journalist's FOI request with real name and correspondence details (valid) - per domain notes a journalist's request is 5, comms to coordinate with the FOI log",
  foi=True, fv=True, esc="media_enquiry", likes=4, reposts=1)
I("s5_mp", "x", "@RachelFordMP", "Rachel Ford MP", 28400, True,
  "Constituents in Kensal Green have been without heating in their council homes for nearly three weeks, in December. "
  "I have written to @Brent_Council's leader today. This cannot wait until after Christmas.",
  "2025-12-16T12:00:05Z", 5, "Housing",
  "an MP publicly criticising a council housing service: 'highly influential web commentator' and a controversial issue", esc="mp", likes=512, reposts=140, replies=61)
I("s5_cand", "bluesky", "@jo4willesden.bsky.social", "Jo Mensah - candidate for Willesden Green", 1450, False,
  "Knocking doors in Willesden Green this week and the library hours come up on every street. Parents telling me "
  "the homework club has gone. If elected in May I'll fight to bring it back. @brentcouncil what's the plan?",
  "2026-03-28T15:45:30Z", 5, "Libraries",
  "a candidate in the local elections speaking about a council service in campaign terms: escalate (influential, political; do not take a political standpoint in reply)", esc="candidate", likes=88, reposts=20)
I("s5_breach", "x", "@tiny_tanya_07", None, 38, False,
  "so brent council housing just sent me a letter with SOMEONE ELSES name address and benefit details on it 😳 so who's got mine then",
  "2026-02-05T17:14:20Z", 5, "Housing",
  "a resident receiving another person's personal and benefit details: a data breach, controversial and legally sensitive", esc="data_breach", likes=21, reposts=7)
I("s5_discrim", "facebook", "@sunil.mehta.kenton", "Sunil Mehta", 260, False,
  "My mother has lived in Wembley for 31 years. Today the man on the front desk at the Civic Centre told her to "
  "'come back when you've learned English'. She came home shaking. She was there about her council tax. I'm not "
  "letting this go.",
  "2026-04-21T20:09:55Z", 5, "HR",
  "alleged discrimination by a member of staff - controversial and reputational: escalate to comms and the service lead", esc="discrimination", likes=97, reposts=33, replies=12)
I("s5_threat", "x", "@harrowrd_vanman", None, 91, False,
  "that warden who keeps doing my van on harrow road, I know what time he finishes. next ticket he's getting it. @Brent_Council",
  "2026-05-29T14:51:16Z", 5, "Parking",
  "a threat to a member of staff: escalate whatever the follower count", esc="threat_to_staff", likes=2)
I("s5_selfharm", "x", "@quietlyfalling_", None, 57, False,
  "third letter from @Brent_Council about the council tax arrears today. bailiffs next apparently. honestly can't "
  "do this anymore, nobody would even notice if I wasn't around",
  "2026-01-27T23:41:02Z", 5, "Finance",
  "cue of possible self-harm wrapped in a council tax arrears complaint: person may be at risk", esc="self_harm", likes=4)
I("s5_rough", "x", "@gemmaqp", "Gemma", 188, False,
  "there's a man in the doorway next to Willesden Green station, it's meant to be -4 tonight and he wasn't really moving "
  "when I walked past. gave him my tea. who do you even call at 11pm @Brent_Council",
  "2026-01-08T23:07:48Z", 5, "Housing",
  "rough sleeper in freezing weather, barely moving: risk to life, escalate", esc="rough_sleeper_risk", likes=15, reposts=3)
I("s5_wall", "facebook", "@ian.d.wembley", "Ian Doherty", 143, False,
  "The brick wall along the old garages behind the Tokyngton shops is leaning right out over the footpath now. A "
  "few bricks came off last week. Kids from the primary walk under it every morning. Someone needs to look at it before it goes.",
  "2026-11-02T08:26:14Z", 5, "Highways",
  "a dangerous structure over a footpath used by children: risk to life (dept ambiguous - Planning/building control may lead)", esc="structural_danger", likes=26, reposts=4)
I("s5_crush", "x", "@hollieinhd", "Hollie", 940, False,
  "Wembley Park station after the gig is actually scary, barriers shut, people pushed against the railings on the "
  "Olympic Way steps, a girl near me fainted. No stewards anywhere. @Brent_Council @wembleypark",
  "2026-07-11T22:48:09Z", 5, "Emergency Planning",
  "crowd crush at an event-day pinch point with someone fainting: risk to life now", esc="crowd_safety", likes=230, reposts=87, replies=40)
I("s5_death", "facebook", "@maxine.kilburn", "Maxine O'Leary", 420, False,
  "RIP to the lovely lady from the 4th floor who died in the fire last night. She'd been telling them about the "
  "sparking sockets in her kitchen since the summer. I saw her emails. Brent Council had every chance.",
  "2026-10-19T09:12:41Z", 5, "Housing",
  "a death in a fire with an allegation that prior repair reports were ignored: 'a more controversial issue' of the highest kind", esc="death", likes=380, reposts=150, replies=74)
I("s5_viral", "x", "@LondonStreetWatch", "London Street Watch", 212000, True,
  "400k views and counting. Brent enforcement officers tipping a market trader's fruit into a refuse lorry on "
  "Wembley High Road. She had a licence. Absolutely disgraceful. @Brent_Council explain this.",
  "2026-08-02T13:30:00Z", 5, "Regulatory Services",
  "video going viral against a service, posted by a very large account: controversial and highly influential", esc="viral_video", likes=18400, reposts=6200, replies=930)
I("s5_legal", "facebook", "@j.ofori.stonebridge", "Joyce Ofori", 67, False,
  "18 months of black mould in my son's room. His asthma is worse every winter. Case HSG/22871 you have ignored. "
  "I have now instructed a solicitor for disrepair and you will be hearing from them. I'm done asking nicely.",
  "2026-02-11T21:33:07Z", 5, "Housing",
  "legal threat (disrepair claim) with a child's health affected; also an own case (ambiguous with 2) but the legal threat and health risk make it controversial", esc="legal_threat", likes=31, reposts=5)
I("s5_misc", "x", "@dollishill_dave", None, 350, False,
  "funny how the 2 storey rear extension on dollis hill lane got waved through when the case officer's cousin owns "
  "it. everyone else on the road got refused. just saying @Brent_Council",
  "2026-06-02T07:58:33Z", 5, "Planning",
  "allegation of officer misconduct (conflict of interest in a planning decision): controversial, escalate", esc="misconduct", likes=44, reposts=9)
I("s5_elect", "x", "@sarahkingsbury", "Sarah", 230, False,
  "Poll cards just came. Six of them for our flat, for people who have never lived here. Is this normal?? @Brent_Council",
  "2026-04-14T16:20:11Z", 5, None,
  "possible problem with the electoral register before an election: electoral integrity is escalated (elections not one of the listed departments)", esc="electoral_integrity", likes=57, reposts=19)
I("s5_school", "facebook", "@leah.nn.kings", "Leah N", 94, False,
  "bit of a weird one. the boy my son sits next to keeps coming in with marks on his arms and told my son his uncle "
  "'does it when he's naughty'. I mentioned it at pickup and they said they'd 'look into it' but that was weeks ago. "
  "do I tell someone else??",
  "2026-09-23T21:16:49Z", 5, "Education",
  "a child possibly being harmed, told indirectly: safeguarding of a child, escalate regardless of follower count", esc="safeguarding_child", likes=3)

# ================================================================ ROUTE 4 standalone
I("s4_church", "x", "@churchend_ta", "Church End Tenants", 780, False,
  "Following Tuesday's drop-in on the Church End regeneration - still no answer on whether existing secure tenants "
  "keep the same rent in the new blocks. @Brent_Council you said the FAQ would be up 'this week'. That was 3 weeks ago.",
  "2026-03-12T12:44:00Z", 4, "Housing",
  "ongoing conversation between a tenants' group and the service on a regeneration scheme; Housing officers should join (critical but not reputation-threatening)", likes=36, reposts=14)
I("s4_neasden", "facebook", "@neasden.lane.watch", "Neasden Lane Neighbourhood Watch", 1630, False,
  "Update #4 on the alleyway behind Neasden Lane shops: mattresses and a sofa back again this morning. Thanks to the "
  "officer from Environment who joined our group last month and got it cleared fast - any news on the camera you "
  "mentioned? Neighbours, keep logging the dates here please.",
  "2026-05-06T08:10:29Z", 4, "Environment",
  "a recurring fly-tipping hotspot with an ongoing exchange already involving an Environment officer", likes=48, reposts=6)
I("s4_schoolst", "bluesky", "@queensburyparents.bsky.social", "Queensbury Parents for Safer Streets", 520, False,
  "Round two of the school streets trial outside Fryent & Oliver Goldsmith. Meeting Thursday 7pm at the community "
  "centre - bring your car counts from drop-off. The council said the trial would be reviewed after half term so "
  "let's make sure they've got our numbers.",
  "2026-10-13T19:12:58Z", 4, "Highways",
  "community group running an ongoing discussion of a live trial scheme: Highways officers should join", likes=29, reposts=11)

# ================================================================ ROUTE 2 standalone
I("s2_bins", "x", "@brookave_bee", None, 22, False,
  "bins?? again. brook avenue HA9 🙄",
  "2026-07-28T07:31:05Z", 2, "Environment",
  "very short, but a missed collection at a named street: a person needing customer services to send the crew back", likes=1)
I("s2_pcn", "x", "@Harlesden_Fabrics", "Harlesden Fabrics", 410, False,
  "@Brent_Council PCN HT88213046 for 'waiting' outside my OWN shop on Harlesden High St while I unloaded stock, "
  "loading is allowed there it's on the sign. Appeal rejected with a copy paste letter. Ridiculous.",
  "2026-03-19T15:02:33Z", 2, "Parking",
  "business owner's own penalty charge with number and a rejected appeal: Parking must look it up", likes=12, reposts=2)
I("s2_ctax", "x", "@olu_ade_", "Olu", 145, False,
  "council tax took two payments this month, 1st and 15th, same amount. account 30012987. can someone sort this before my rent goes out pls @Brent_Council",
  "2026-04-16T08:05:42Z", 2, "Finance",
  "own council tax account with a double direct debit: Finance needs to check records and refund", likes=0)
I("s2_boiler", "facebook", "@danielle.chalkhill", "Danielle Reid", 180, False,
  "Boiler been broken since Tuesday. Reported it Tuesday, reported Wednesday, told Thursday someone's coming. Nobody "
  "came. Two kids under 5 and we're using the oven to warm the kitchen. Chalkhill estate. Brent Council housing is a joke.",
  "2025-12-12T18:50:19Z", 2, "Housing",
  "own repair with young children and no heating in December: urgent customer services case (ambiguous with 5: the oven for heat is a safety cue; an officer would fast-track)", likes=40, reposts=9)
I("s2_damp", "instagram", "@fola.in.stonebridge", "Fola", 890, False,
  "the corner of my bedroom ceiling. again. surveyor came in october, said it'd be done 'before christmas'. it is "
  "now february @brentcouncil 🖤🍄 #damp #mould #stonebridge",
  "2026-02-03T22:15:37Z", 2, "Housing",
  "own damp and mould repair that was promised: customer services to chase the works order", likes=64)
I("s2_flytip", "x", "@grace_harlesden", "Grace A.", 77, False,
  "someone's dumped a whole kitchen (units, sink, the lot) outside 14 Harlesden Road overnight. completely blocking "
  "the pavement, my mum uses a walking frame and can't get out @Brent_Council",
  "2026-09-09T07:12:24Z", 2, "Environment",
  "fly-tip at a specific address blocking access: an officer needs to act (customer services)", likes=6, reposts=2)
I("s2_pothole", "x", "@kingsbury_cycles", "Ravi", 260, False,
  "the pothole at the bus stop outside Kingsbury station has been sprayed with a white circle TWICE and still not "
  "filled. nearly went over the handlebars this morning. @Brent_Council",
  "2026-03-05T08:47:10Z", 2, "Highways",
  "specific defect at a named location already marked for repair: customer services/Highways to chase", likes=17, reposts=3)
I("s2_light", "facebook", "@hannah.dhill", "Hannah Kowalczyk", 66, False,
  "Street light outside 42 Dollis Hill Avenue (the number on the post is 17) has been out for three weeks. It's the "
  "route the kids walk home from school and it's pitch black by half four. Reported online, ref HW-0093317.",
  "2025-12-02T17:05:51Z", 2, "Highways",
  "own fault report with a reference and column number: needs an officer to act", likes=5)
I("s2_admit", "x", "@tunde_dad_of3", "Tunde", 98, False,
  "@Brent_Council national offer day and my daughter's offer isn't showing on the portal, everyone else in her class "
  "has theirs. application ref BRT26-004417. who do I speak to?",
  "2026-03-02T10:18:40Z", 2, "Education",
  "own school admissions application with a reference: Education must check records", likes=2)
I("s2_noise", "facebook", "@claire.sudbury", "Claire Benson", 120, False,
  "Flat above us at 7 Elms Lane has been playing music with a bass speaker till 3am most nights since September. "
  "I've logged it 6 times. Nobody has ever come out while it's actually happening. I work early shifts.",
  "2026-10-28T03:22:14Z", 2, "Regulatory Services",
  "own noise nuisance case at a named address with repeated reports: Regulatory Services to act", likes=3)
I("s2_plan", "x", "@arch_mikey", "Mike", 310, False,
  "@Brent_Council householder application 25/2291 for a rear dormer, validated in July, 8 week target, now "
  "November. case officer doesn't reply to emails. any chance of a decision this year?",
  "2025-12-04T11:40:00Z", 2, "Planning",
  "own planning application with reference well past target: Planning to look up the case", likes=1)
I("s2_fois", "x", "@dwhitfield", "Daniel Whitfield", 540, False,
  "@Brent_Council Under the Freedom of Information Act, please provide the number of fixed penalty notices issued for "
  "littering in Brent in 2025, broken down by ward, and how many were paid.",
  "2026-01-14T09:00:12Z", 2, "Regulatory Services",
  "request for recorded information; real name visible in the profile, so a valid FOI under Appendix A - customer services to log it",
  foi=True, fv=True, likes=3)
I("s2_foiaddr", "bluesky", "@wembleyoak.bsky.social", None, 96, False,
  "FOI request to @brentcouncil: please send me the list of all trees felled by the council in Barham Park and King "
  "Edward VII Park since January 2024, with reasons. Please reply to Margaret Osei, 12 Harrowdene Road, Wembley HA0.",
  "2026-06-22T14:27:31Z", 2, "Environment",
  "request for recorded information; pseudonymous handle but a real name and postal address for correspondence are in the post: valid FOI, log via customer services",
  foi=True, fv=True, likes=8, reposts=2)
I("s2_assist", "facebook", "@paul.g.kenton", "Paul Gregory", 210, False,
  "My mum is 88 and on the assisted collection list, she's at 3 Kenton Park Crescent. Third time in a month they've "
  "left her bins at the back. She tried dragging one out herself yesterday. Please can someone actually sort this.",
  "2026-02-24T12:10:08Z", 2, "Environment",
  "named elderly resident's assisted collection repeatedly missed at an address: customer services case (vulnerability noted, not an emergency)", likes=22)
I("s2_care", "x", "@nkechi_o", "Nkechi", 175, False,
  "my mum's care assessment was meant to be 5 weeks ago. cancelled twice. she's been discharged from Northwick Park "
  "and I'm doing everything. is there a human I can speak to @Brent_Council",
  "2026-05-19T20:36:52Z", 2, None,
  "own relative's adult social care assessment delayed: an officer needs to look it up (social care not among the listed departments; ambiguous with 5 if the carer is not coping)", likes=9)
I("s2_rep1", "x", "@waiting_in_wembley", None, 19, False,
  "@Brent_Council still waiting on my missed collection report ref ENV-448210. hello??",
  "2026-08-04T09:15:00Z", 2, "Environment",
  "own case with reference: customer services", likes=0)
I("s2_rep2", "x", "@waiting_in_wembley", None, 19, False,
  "@Brent_Council still waiting on my missed collection report ref ENV-448210. hello??",
  "2026-08-06T09:16:27Z", 2, "Environment",
  "exact repeat by the same author two days later: same own case, same route", likes=1)
I("s2_gu", "facebook", "@hasmukh.alperton", "Hasmukhbhai Shah", 54, False,
  "અમારા ઘરની કચરાપેટી ત્રણ અઠવાડિયાથી ઉપાડી નથી. સરનામું: 23 Ealing Road, Alperton. કૃપા કરીને કોઈને મોકલો. આભાર.",
  "2026-05-14T07:40:19Z", 2, "Environment",
  "Gujarati: 'our bin hasn't been collected for three weeks, address 23 Ealing Road Alperton, please send someone, thanks' - own missed collection",
  lang="gu", likes=2)
I("s2_ro", "facebook", "@ionut.p.wembley", "Ionuț Popescu", 133, False,
  "Bună ziua, am plătit permisul de parcare pentru zona Wembley acum o lună, referința PP-57731, dar încă n-am primit "
  "nimic, iar azi am luat amendă în fața casei. Ce trebuie să fac?",
  "2026-09-15T18:03:46Z", 2, "Parking",
  "Romanian: 'paid for my Wembley zone permit a month ago, ref PP-57731, nothing received, got a fine outside my house today - what do I do?' - own permit and PCN",
  lang="ro", likes=1)
I("s2_so", "facebook", "@hodan.chalkhill", "Hodan Warsame", 71, False,
  "Guriga aan ku deganahay ee Chalkhill, qolka carruurta waxaa ku jira caaryaan (mould) badan, ilmahayga yar wuu qufacayaa "
  "habeenkii. Bishii hore ayaan soo sheegay, qofna ima soo wacin. Fadlan i caawiya.",
  "2026-01-19T19:31:10Z", 2, "Housing",
  "Somali: 'in my home on Chalkhill the children's room has a lot of mould, my little one coughs at night, I reported it last month and nobody called back, please help' - own repair case (ambiguous with 5: child's health)",
  lang="so", likes=4)
I("s2_ta", "x", "@suren_kingsbury", "Surendran", 48, False,
  "என் கவுன்சில் வரி பில்லில் ஒற்றை நபர் தள்ளுபடி நீக்கப்பட்டுள்ளது, ஆனால் நான் இன்னும் தனியாகத்தான் வசிக்கிறேன். கணக்கு எண் 40718823. @Brent_Council",
  "2026-04-03T13:55:28Z", 2, "Finance",
  "Tamil: 'the single person discount has been removed from my council tax bill but I still live alone, account 40718823' - own account",
  lang="ta", likes=0)
I("s2_ur", "facebook", "@tariq.mahmood.nw10", "T M", 39, False,
  "محترم برینٹ کونسل، فریڈم آف انفارمیشن ایکٹ کے تحت میری درخواست ہے کہ 2025 میں ہارلسڈن وارڈ میں فلائی ٹپنگ کی کتنی شکایات "
  "درج ہوئیں، مہینہ وار بتائیں۔ جواب اس پتے پر بھیجیں: طارق محمود، 41 Tavistock Road، لندن NW10۔",
  "2026-07-20T10:44:03Z", 2, "Environment",
  "Urdu: 'under the FOI Act, how many fly-tipping complaints were recorded in Harlesden ward in 2025, by month; reply to Tariq Mahmood, 41 Tavistock Road NW10' - profile shows initials only but name and address are in the post: valid FOI",
  lang="ur", foi=True, fv=True, likes=1)

# ================================================================ ROUTE 3 standalone
I("s3_xmas", "x", "@pauline_preston", "Pauline", 83, False,
  "what day will recycling be collected christmas week? we're normally thursday @Brent_Council",
  "2025-12-18T14:02:11Z", 3, "Environment",
  "general question answered by the published holiday collection calendar: web team signposts", likes=0)
I("s3_garden", "facebook", "@george.k.queensbury", "George Kyriakou", 150, False,
  "Is it true you're now charging for garden waste? Neighbour says it's £60-something a year now. Didn't get any letter.",
  "2026-03-09T09:36:45Z", 3, "Environment",
  "'is it true' question over a well-understood issue: web team responds with the garden waste page", likes=4)
I("s3_permitweb", "x", "@fatimah_b", "Fatimah", 205, False,
  "tried to apply for a resident permit on your website 4 times, after the proof of address bit it just loops back to the start. chrome and safari. @Brent_Council",
  "2026-02-16T21:48:19Z", 3, "Web",
  "fault on the website reported: web team responds and fixes/escalates to Web (no own case to look up yet)", likes=2)
I("s3_admit", "facebook", "@amira.k.mum", "Amira Khalil", 120, False,
  "When does the reception application close for September 2027? Is it still January? First child so no idea how any of this works lol",
  "2026-10-30T13:20:57Z", 3, "Education",
  "general 'when' question answered by published admissions information", likes=6)
I("s3_harrow", "x", "@harrow_on_the_hill_jane", "Jane", 112, False,
  "@Brent_Council the recycling on Northwick Avenue has been left again, third time. do you actually employ anyone",
  "2026-06-30T08:09:32Z", 3, None,
  "the street is on the Harrow side of the boundary: a mention meant for another council - web team redirects politely (ambiguous with 2 if the address turns out to be Brent)", likes=0)
I("s3_portal500", "mastodon", "@plan_nerd@mastodon.online", None, 410, False,
  "Brent's planning search has been throwing a 500 error on any application from before 2019 for about a week. Anyone know if they're aware?",
  "2026-01-29T11:57:03Z", 3, "Web",
  "website fault: web team responds and raises with Web", likes=5, reposts=2)
I("s3_foipseudo", "x", "@wembleywatcher", "Wembley Watcher", 1320, False,
  "FOI @Brent_Council: how much did the council spend on external consultants in 2025? Total and top 10 firms please.",
  "2026-02-27T16:33:14Z", 3, "Finance",
  "request for recorded information but from a pseudonym with no name or address: invalid FOI, web team explains how to make a valid request",
  foi=True, fv=False, likes=26, reposts=8)
I("s3_foiinit", "facebook", "@jk.harlesden", "J.K.", 34, False,
  "Please could Brent Council provide the number of HMO licences granted in 2025 and how many were refused. Thanks, J.K.",
  "2026-05-04T19:11:58Z", 3, "Regulatory Services",
  "request for recorded information signed with initials only: not valid under Appendix A's rule, web team explains how to make a valid request",
  foi=True, fv=False, likes=0)
I("s3_storm", "x", "@runnerkate_nw2", "Kate", 340, False,
  "are Gladstone Park and Roundwood open after the storm? heard trees were down. don't want to drag the dog there for nothing",
  "2026-02-08T08:03:41Z", 3, "Environment",
  "general 'is it open' question answered by published park updates", likes=1)
I("s3_fence", "facebook", "@omar.f.cricklewood", "Omar Farouk", 91, False,
  "Quick one - do I need planning permission to put a 2m fence along my back garden? It's a terraced house in Cricklewood, not a conservation area I don't think.",
  "2026-04-27T20:45:12Z", 3, "Planning",
  "general planning question answered by published guidance (permitted development)", likes=2)
I("s3_takeaway", "x", "@neasden_nomad", None, 68, False,
  "how do you report a takeaway for hygiene? the one I'm thinking of had a mouse run across the counter. asking for me",
  "2026-08-25T22:30:06Z", 3, "Regulatory Services",
  "'how do I report' question: web team signposts to the food hygiene complaint form (ambiguous with 2 once a premises is named)", likes=3)
I("s3_apprent", "linkedin", "@kwame-boateng-7a1", "Kwame Boateng", 410, False,
  "Does Brent Council run apprenticeships in digital or IT? Looking for something for my nephew who's just finished his A levels in Wembley.",
  "2026-09-04T12:12:12Z", 3, "HR",
  "general jobs question answered by the council's careers pages", likes=1)
I("s3_brentx", "x", "@sam_rides_bikes", "Sam", 120, False,
  "@Brent_Council are the new parking charges at Brent Cross yours? can't find it on your site",
  "2026-11-10T17:48:50Z", 3, None,
  "mention meant for another council/private site (Brent Cross is in Barnet): web team redirects", likes=0)
I("s3_es", "x", "@lucia_kilburn", "Lucía", 77, False,
  "¿Alguien sabe dónde está el punto de reciclaje para tirar un colchón viejo? ¿Hay que pagar? @Brent_Council",
  "2026-06-07T11:23:18Z", 3, "Environment",
  "Spanish: 'does anyone know where the recycling centre is to get rid of an old mattress? do you have to pay?' - general question answered on the website",
  lang="es", likes=0)
I("s3_bn", "facebook", "@rahima.begum.willesden", "Rahima Begum", 62, False,
  "উইলসডেন লাইব্রেরিতে কি বিনামূল্যে ইংরেজি শেখার ক্লাস (ESOL) হয়? কীভাবে নাম লেখাতে হবে? আমার শাশুড়ির জন্য জানতে চাইছি।",
  "2026-09-28T10:06:33Z", 3, "Libraries",
  "Bengali: 'are there free English (ESOL) classes at Willesden library? how do you enrol? asking for my mother-in-law' - general question",
  lang="bn", likes=3)
I("s3_fa", "x", "@navid_wembley", "Navid", 58, False,
  "سلام. من دانشجو هستم و تنها زندگی می‌کنم. چطور می‌توانم برای تخفیف مالیات شورا (Council Tax) درخواست بدهم؟ @Brent_Council",
  "2026-10-06T16:41:22Z", 3, "Finance",
  "Farsi: 'I'm a student living alone - how can I apply for a council tax discount?' - general how-to question answered by published information",
  lang="fa", likes=0)
I("s3_gladstone", "facebook", "@dollis.hill.lin", "Lin Moreno", 130, False,
  "Is it true the council is selling off part of Gladstone Park for flats?? Someone in the Dollis Hill group said so and now everyone's panicking",
  "2026-07-15T21:14:27Z", 3, "Environment",
  "'is it true' rumour from a low-reach account: web team can correct the misconception (watch in case it spreads - then 4 or 5)", likes=17, reposts=5)
I("s3_yt", "youtube", "@HA9Kitchen", "HA9 Kitchen", 2300, False,
  "so do pizza boxes go in the blue bin or not?? your video says yes, the leaflet says no if they're greasy. which one",
  "2026-05-22T19:30:00Z", 3, "Environment",
  "confusion over a well-understood issue (recycling rules) on the council's YouTube how-to video: web team answers", likes=12)
I("s3_yt2", "youtube", "@grandad_ron_nw10", "Ron Bailey", 14, False,
  "Good video but where do I get the food caddy from? Mine got nicked",
  "2026-05-30T10:02:46Z", 3, "Environment",
  "general 'where do I get' question on a how-to video: web team signposts to the caddy request page", likes=2)

# ================================================================ ROUTE 1 standalone
I("s1_crude", "x", "@OilDesk_Sam", "Sam Reyes", 48200, True,
  "Brent crude back above $84 on OPEC+ headlines. WTI spread widening. Brent council of war at the desk this morning lol",
  "2026-03-23T07:04:12Z", 1, None,
  "keyword noise: Brent crude oil prices, not the council", likes=220, reposts=41)
I("s1_brentx", "instagram", "@shopwithmimi", "Mimi", 5600, False,
  "Brent Cross haul 🛍️ sorry to my bank account. the new food hall is SO good",
  "2026-11-22T17:40:09Z", 1, None,
  "keyword noise: Brent Cross shopping centre", likes=402)
I("s1_bees", "x", "@beesfan_1889", None, 830, False,
  "Brentford away end was unreal today. Bees up. Brent-ford forever 🐝",
  "2026-01-03T17:58:55Z", 1, None,
  "keyword noise: Brentford FC", likes=33, reposts=2)
I("s1_david", "bluesky", "@officequotes.bsky.social", "Office Quotes", 12000, False,
  "'Avoid employing unattractive people and the clinically obese' - David Brent, a man decades ahead of HR (he wasn't)",
  "2026-06-10T12:00:00Z", 1, None,
  "keyword noise: David Brent quote", likes=510, reposts=88)
I("s1_ealing", "rss", "@ealingtimes_feed", "Ealing Times", None, False,
  "Ealing Council confirms move to three-weekly general waste collections from April. Residents in Southall and "
  "Acton will get larger bins. A council spokesperson said the change would save £1.2m a year. Neighbouring Brent "
  "has no plans for similar changes, the paper understands.",
  "2026-01-15T06:00:00Z", 1, None,
  "another borough's matter in a news feed, Brent mentioned only in passing: monitor", likes=0)
I("s1_sudbury", "x", "@marj_sudbury", "Marjorie", 64, False,
  "shout out to the bin crew on Sudbury Court Drive this morning, helped my neighbour with her wheelie bin when she was struggling. lovely lads 💚 @Brent_Council",
  "2026-04-29T10:11:37Z", 1, "Environment",
  "praise with no case or request: 'of no particular consequence' (could be passed on to the service as feedback)", likes=18)
I("s1_libthanks", "instagram", "@littlereaders_nw6", "Little Readers", 720, False,
  "Rhyme time at Kilburn library was packed this morning and the staff were so patient with my tornado toddler 🥹📚 thank you @brentlibraries",
  "2026-02-12T12:26:04Z", 1, "Libraries",
  "praise and thanks: monitor", likes=96)
I("s1_sarcasm", "x", "@tired_in_neasden", None, 210, False,
  "love paying £2,100 a year council tax to look at the same three potholes on my road. truly a premium experience @Brent_Council",
  "2026-05-08T19:55:22Z", 1, "Highways",
  "sarcastic moan with no location or case, low reach: monitor (ambiguous with 2 if they give the road)", likes=27, reposts=3)
I("s1_clowns", "x", "@kd_wemb", None, 17, False,
  "brent council are clowns 🤡🤡🤡",
  "2026-08-12T01:14:09Z", 1, None,
  "low-reach abuse with no substance: monitor", likes=1)
I("s1_troll1", "x", "@truthseer_nw", None, 44, False,
  "@Brent_Council corrupt useless parasites the lot of you. wake up Brent",
  "2026-09-17T23:03:40Z", 1, None,
  "low-reach abuse with no substance: monitor", likes=0)
I("s1_troll2", "x", "@truthseer_nw", None, 44, False,
  "@Brent_Council corrupt useless parasites the lot of you. wake up Brent",
  "2026-09-18T06:42:11Z", 1, None,
  "exact repeat of the same low-reach abuse by the same author: monitor", likes=0)
I("s1_spam", "x", "@cashflow_queen_uk", None, 3, False,
  "Earn £500/DAY from home 💸💸 no experience needed!! DM me 'INFO' #Brent #Wembley #Harlesden #London",
  "2026-07-02T04:10:55Z", 1, None,
  "spam using local hashtags: no action", likes=0)
I("s1_canvass", "x", "@kingsbury_greens", "Kingsbury & Queensbury Greens", 640, False,
  "Great morning out canvassing in Queensbury with the team ☀️ lots of friendly chats on the doorstep. 7 May - vote Green! 🌍",
  "2026-04-18T13:30:17Z", 1, None,
  "party-political campaigning without any council matter: monitor, do not engage politically", likes=38, reposts=9)
I("s1_reshare", "x", "@wembley_mo", None, 95, False,
  "this 👇 disgusting honestly",
  "2026-08-02T15:02:44Z", 1, "Regulatory Services",
  "low-reach quote-reshare of the viral enforcement video that is already escalated: monitor as part of that issue", likes=2)
I("s1_jibe", "x", "@nw10_nigel", None, 180, False,
  "I'd love to FOI how many hours the planning department actually works in a week 😂 bet it's single figures",
  "2026-06-19T13:41:29Z", 1, "Planning",
  "looks like an FOI but is a rhetorical jibe, not a request for recorded information: monitor", likes=14)
I("s1_planters", "facebook", "@pat.wembleyhigh", "Pat Dunne", 230, False,
  "Bet they spent more on those rebrand banners down Wembley High Road than on fixing a single pavement. Priorities eh",
  "2026-11-06T09:50:38Z", 1, None,
  "rhetorical moan shaped like a spending question, no request: monitor (not an FOI)", likes=11)
I("s1_arch", "instagram", "@londonbynight", "London By Night", 610000, True,
  "Wembley arch doing its thing tonight 💜 #london #wembley #nightphotography",
  "2026-10-24T21:33:00Z", 1, None,
  "very large account saying nothing of consequence about the council: monitor", likes=31000)
I("s1_hi", "facebook", "@meena.joshi.wembley", "Meena Joshi", 310, False,
  "वेम्बली में दिवाली की रोशनी इस साल बहुत सुंदर है। काउंसिल और सभी स्वयंसेवकों का धन्यवाद 🪔✨",
  "2026-11-08T19:20:51Z", 1, None,
  "Hindi: 'the Diwali lights in Wembley are beautiful this year, thanks to the council and all the volunteers' - praise, monitor",
  lang="hi", likes=44)
I("s1_pt", "facebook", "@ana.ferreira.nw10", "Ana Ferreira", 180, False,
  "Parabéns à equipa da biblioteca de Willesden Green pela hora do conto em português! Os meus filhos adoraram 👏👏",
  "2026-03-14T15:08:26Z", 1, "Libraries",
  "Portuguese: 'congratulations to the Willesden Green library team for the Portuguese story time, my kids loved it' - praise, monitor",
  lang="pt", likes=21)
I("s1_heat", "x", "@auntie_bola", "Bola", 150, False,
  "thoughts with the bin crews out in this heat. leave some water out by the bins folks 🙏",
  "2026-07-19T12:14:45Z", 1, "Environment",
  "sympathy and chatter, no case: monitor", likes=41, reposts=10)
I("s1_moan", "bluesky", "@stuartwillesden.bsky.social", None, 230, False,
  "why does literally everything in this borough take six months and three phone calls",
  "2026-09-30T17:28:02Z", 1, None,
  "general moan with no case or request: monitor", likes=6)
I("s1_same", "x", "@b_rowe_nw2", None, 71, False,
  "same thing happened to us 😡",
  "2026-06-21T20:02:31Z", 1, None,
  "standalone with no thread or context, nothing identifiable to act on: monitor (same text inside the event-day parking thread is 4)", likes=0)
I("s1_checked", "x", "@quietobserver_ha0", None, 33, False,
  "has anyone checked on him??",
  "2026-02-22T14:50:07Z", 1, None,
  "standalone, no context to say who or where - nothing to act on: monitor (the same text in the Curzon Crescent welfare thread is 5)", likes=0)
I("s1_grad", "linkedin", "@leila-h-planner", "Leila Hussain", 980, False,
  "One year as a graduate planner at Brent Council today! Huge thanks to my team in the Civic Centre for putting up with my questions. #planning #localgov",
  "2026-09-07T08:30:14Z", 1, "Planning",
  "staff chatter on LinkedIn, positive, nothing to act on: monitor", likes=120)
I("s1_blog", "rss", "@kensalgreenhistory", "Kensal Green History blog", None, False,
  "This month's walk took us from the canal past the cemetery's Dissenters' Chapel to the old gasworks site. The "
  "Brent Council planning documents from the 1990s make an interesting read, if you can find them - they show how "
  "close the chapel came to demolition. Full photo set below.",
  "2026-04-02T07:00:00Z", 1, None,
  "local history blog excerpt mentioning old council documents in passing: of no particular consequence", likes=0)

# ---------------------------------------------------------------- build
def make_pid(plat, n):
    if plat in ("x", "mastodon"):
        return PREFIX + str(104729 * (n + 11) + 7).rjust(13, "0")
    if plat == "facebook":
        return f"100057913{n:04d}_{PREFIX}{n:06d}"
    if plat == "bluesky":
        return f"at://did:plc:z{PREFIX}k{n:03d}/app.bsky.feed.post/3l{PREFIX}{n:04d}"
    if plat == "instagram":
        return f"ig_{PREFIX}_{n:05d}"
    if plat == "youtube":
        return f"Ugx{PREFIX}yt{n:04d}"
    if plat == "linkedin":
        return f"urn:li:comment:(urn:li:activity:{PREFIX}{n:06d})"
    if plat == "rss":
        return f"rss-{PREFIX}-{n:04d}"
    raise ValueError(plat)

keys = [it["key"] for it in ITEMS]
assert len(keys) == len(set(keys))
pid = {it["key"]: make_pid(it["plat"], i) for i, it in enumerate(ITEMS)}
byk = {it["key"]: it for it in ITEMS}
def root(k):
    while byk[k]["parent"]:
        k = byk[k]["parent"]
    return k
children = {}
for it in ITEMS:
    if it["parent"]:
        children.setdefault(root(it["key"]), []).append(it["key"])
        assert it["when"] > byk[it["parent"]]["when"], it["key"]
for r, ch in children.items():
    byk[r]["replies"] = max(byk[r]["replies"], len(ch))

rng = random.Random(int(PREFIX))
order = ITEMS[:]
rng.shuffle(order)
out = order
changed = True
while changed:                     # keep shuffled order, but move any reply to a random place after its parent
    changed = False
    pos = {it["key"]: i for i, it in enumerate(out)}
    for it in list(out):
        p = it["parent"]
        if p and pos[p] > pos[it["key"]]:
            out.remove(it)
            j = out.index(byk[p])
            out.insert(rng.randint(j + 1, len(out)), it)
            changed = True
            break

with open(OUT, "w", encoding="utf-8") as f:
    for it in out:
        k = it["key"]
        in_thread = k in children or it["parent"]
        rec = {
            "platform": it["plat"], "platform_id": pid[k], "author_handle": it["handle"],
            "author_name": it["name"], "author_followers": it["foll"], "author_verified": it["ver"],
            "text": it["text"], "created_at": it["when"],
            "reply_to_id": pid[it["parent"]] if it["parent"] else None,
            "thread_id": pid[root(k)] if in_thread else None,
            "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"], "language": None,
            "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"],
                      "foi_valid": it["fv"] if it["foi"] else None, "escalate_reason": it["esc"],
                      "reason": it["reason"], "language": it["lang"]},
            "provenance": "written",
        }
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(out)} items to {OUT}")
