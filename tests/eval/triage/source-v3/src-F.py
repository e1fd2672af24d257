#!/usr/bin/env python3
"""Writer F: 110 hand-written, hand-labelled mentions of Brent Council (eval set v3).
Angle: Kilburn, Willesden, Queen's Park, Kensal Green, Dollis Hill, Cricklewood; libraries, parks,
planning and licensing, cycling and low-traffic schemes, council tax and benefits, Camden/Barnet borders.
Run: python3 src-F.py  -> writes part-F.jsonl (shuffled, replies kept after their parents)."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = []
_seq = [0]


def pid_for(platform, n):
    if platform in ("x", "mastodon"):
        return "19767" + str(4100000000000 + n * 7919 + 13)
    short = {"facebook": "fb", "instagram": "ig", "youtube": "yt", "linkedin": "li",
             "bluesky": "bsky", "rss": "rss"}[platform]
    return f"{short}-w3f-19767-{n:04d}"


def M(key, platform, handle, name, followers, verified, text, created, route, dept, reason,
      lang="en", foi=False, foi_valid=None, esc=None, reply_to=None, replies=0, likes=0, reposts=0):
    _seq[0] += 1
    ITEMS.append(dict(key=key, platform=platform, platform_id=pid_for(platform, _seq[0]),
                      author_handle=handle, author_name=name, author_followers=followers,
                      author_verified=verified, text=text, created_at=created, reply_to=reply_to,
                      replies=replies, likes=likes, reposts=reposts,
                      label={"route": route, "department": dept, "foi": foi,
                             "foi_valid": foi_valid if foi else None, "escalate_reason": esc,
                             "reason": reason, "language": lang}))


# ======================================================================================
# ROUTE 5 — escalate
# ======================================================================================
M("E1", "x", "@mapesbury_mo", "Mo", 88, False,
  "under the railway bridge on dudden hill lane is completely flooded, a little red car tried to go through and "
  "its stuck halfway with the hazards still flashing. cant see if anyones still in it. water is coming up past the "
  "wheels and still raining @Brent_Council",
  "2026-07-19T21:47:12Z", 5, "Emergency Planning",
  "Flood with a car stuck and possibly someone inside: risk to life, escalate whatever the follower count "
  "(domain §8 rule 1); emergency services first, comms/emergency planning alerted.",
  esc="risk_to_life_flood", replies=6, likes=14, reposts=9)

M("E2", "facebook", "@precious.adeyemi.12", "Precious Adeyemi", None, False,
  "Can somebody from Brent Council housing please explain this.\n\n"
  "Third week now that the fire door on the 6th floor landing of Marsden House has been wedged open with a carrier "
  "bag full of bricks because the closer is broken and people got fed up of it slamming. I reported it on the "
  "repairs line on the 22nd of December. Last week the fire alarm panel in the entrance was beeping for two days "
  "and then just stopped, nobody came to look at it, it just stopped.\n\n"
  "We are on the estate in South Kilburn, Grenfell is literally down the road from us. I have two kids on the "
  "7th floor. I don't want to be the one posting 'I told them' after.\n\n"
  "Shared to the South Kilburn residents page as well.",
  "2026-01-14T19:06:40Z", 5, "Housing",
  "Fire safety in a council block (broken fire door closer, alarm panel fault) with residents above: "
  "dangerous and controversial issue (domain §8 rule 1), not just a repair; escalate to comms and housing lead.",
  esc="fire_safety", replies=23, likes=61, reposts=18)

M("E3", "x", "@zainab_nw6", "Zainab", 143, False,
  "smell of gas on our stairwell in kilburn square AGAIN, thats the 3rd day. rang it in monday, they said "
  "someone would come. nobody. my mum has started leaving the windows open all night and its -2 out",
  "2025-12-09T07:12:31Z", 5, "Housing",
  "Persistent gas smell in a block's stairwell, reported and unattended for days: risk to life, escalate "
  "regardless of low follower count; they should also ring the gas emergency line.",
  esc="risk_to_life_gas", replies=2, likes=5, reposts=1)

M("E4", "instagram", "@cricklewood.shopfronts", "Cricklewood Shopfronts", 2400, False,
  "Shot this on Cricklewood Broadway this morning on the way to the bus. The parapet above the old bank has a crack "
  "you could put your hand in, and bits of stone are landing on the bus stop shelter underneath 😬 tagging "
  "@brentcouncil because I'm fairly sure that side of the Broadway is yours, not Barnet's? "
  "#cricklewood #nw2 #londonarchitecture #shopfronts",
  "2026-03-02T09:22:05Z", 5, "Planning",
  "Masonry falling onto a bus stop: dangerous structure, risk to life, escalate (building control/dangerous "
  "structures sit under Planning). Ambiguous border (Brent vs Barnet side of Cricklewood Broadway) does not "
  "lower the route — escalate and pass to Barnet if it turns out to be theirs.",
  esc="structural_danger", replies=11, likes=146, reposts=0)

M("E5", "x", "@kilburnmum_of3", "Rach 🎄", 410, False,
  "Kilburn lights switch-on was lovely right up until the end, then everyone got funnelled into one gap in the "
  "barriers by the Tube and my 6 year old was pressed up against the railing screaming. Not a steward in sight. "
  "Someone is going to get really hurt at one of these",
  "2025-12-04T19:41:22Z", 5, "Emergency Planning",
  "Crowd crush at a public event with a child hurt/at risk: crowd safety is a risk-to-life and controversial matter "
  "(domain §8 rule 1). Ambiguous: the event may be run by the BID rather than the council, but the council "
  "licenses/oversees street events, so escalate.",
  esc="crowd_safety", replies=9, likes=37, reposts=6)

M("E6", "facebook", "@jaylah.x.jaylah", "Jaylah", None, False,
  "not being funny but the 2 little ones in the flat above us on granville rd have been on there own since friday. "
  "i can hear the baby crying thru the ceiling at night and the older one (like 7?) came down yesterday to ask my "
  "nan for bread. there mum aint been back. who do u even tell about stuff like this",
  "2026-02-16T22:31:47Z", 5, None,
  "Comment under a half-term activities post: young children apparently left alone for days — child safeguarding, "
  "escalate at once (children's social care/police) whatever the reach. No listed department covers social care.",
  esc="safeguarding_child", replies=1, likes=0, reposts=0)

M("E7", "x", "@gladstoneparkwalker", "Ann P.", 61, False,
  "The old gentleman who sits by the bowls green in Gladstone Park most days had his new 'friend' with him again. "
  "Watched the friend take his bank card to the cashpoint on Walm Lane while he waited on the bench looking lost. "
  "Third time I've seen it. He doesn't always know what day it is. Who looks out for people like him? @Brent_Council",
  "2026-09-10T11:58:13Z", 5, None,
  "Possible financial abuse of a vulnerable older adult described in passing: adult safeguarding, escalate "
  "(adult social care, no listed department).",
  esc="safeguarding_adult", replies=3, likes=12, reposts=2)

M("E8", "facebook", "@polacy.willesden.kilburn", "Agnieszka Nowak", None, False,
  "Czy ktoś wie, do kogo zadzwonić? Starsza pani z parteru przy Olive Road nie otwiera drzwi od piątku. Poczta "
  "leży w skrzynce, światło w kuchni pali się dzień i noc. Pukaliśmy kilka razy, cisza. Mieszka sama, rodziny "
  "chyba nie ma w Londynie. @Brent Council",
  "2026-01-26T08:14:50Z", 5, None,
  "Polish: 'Does anyone know who to call? The elderly lady on the ground floor on Olive Road hasn't opened her door "
  "since Friday, post piling up, kitchen light on day and night, we knocked, silence; she lives alone.' — someone "
  "not seen for days: welfare concern, escalate (police welfare check / adult social care).",
  lang="pl", esc="welfare_not_seen", replies=7, likes=4, reposts=0)

M("E9", "x", "@nw6nightshift", "dee", 230, False,
  "walking home from shift, there's a man lying flat in the doorway of the shut bank on kilburn high rd, no "
  "blanket, no shoes, didn't answer when i spoke to him. breathing i think but only just. it's minus something "
  "out here. rang 999 but who does outreach round here at 3am??",
  "2026-01-07T03:18:09Z", 5, "Housing",
  "Rough sleeper at risk in sub-zero cold, barely responsive: risk to life (999 already called); escalate and alert "
  "outreach/severe-weather provision (homelessness sits in Housing).",
  esc="rough_sleeper_at_risk", replies=4, likes=19, reposts=3)

M("E10", "facebook", "@marcus.t.fields", "Marcus Fields", None, False,
  "You sent the enforcement agent letter to my mums address not even mine. Then you add £75. Then another £235. "
  "I have been ringing since January and every time its 'someone will call you back'. I'm done honestly. They can "
  "take everything, I won't be around to pay it anyway.",
  "2026-03-18T23:40:26Z", 5, "Finance",
  "Council tax enforcement complaint that ends with 'I won't be around to pay it anyway' — a self-harm cue; the "
  "risk outweighs the billing case (domain §8 rule 1). Escalate and reach out privately; Finance for the account.",
  esc="self_harm_risk", replies=2, likes=1, reposts=0)

M("E11", "bluesky", "@kensalrider.bsky.social", "Kensal Rider", 1900, False,
  "Ghost bike going up at the Willesden Lane / Walm Lane junction on Saturday 11am for the rider who was killed "
  "there last week. Residents have been asking Brent for a proper crossing and a protected turn there since at "
  "least 2019 — there's a petition with 800 names they never acted on. Please come if you can. 🚲🕯️",
  "2026-05-27T17:03:44Z", 5, "Highways",
  "A death on a Brent road linked publicly to an ignored petition for safety changes: a death and a controversial, "
  "reputation-threatening issue — escalate to comms and Highways lead.",
  esc="death", replies=14, likes=388, reposts=152)

M("E12", "x", "@r_okonkwo", "Ruth O", 52, False,
  "opened my council tax reduction letter and page 2 isn't mine. someone else's full name, their address on "
  "Chevening Rd, their income, their kids names. who do i give this to?? and who has got MY page 2",
  "2026-04-08T12:26:19Z", 5, "Finance",
  "Personal data sent to the wrong household: a data breach — escalate (information governance, comms) whatever "
  "the reach; the resident's own letter is secondary.",
  esc="data_breach", replies=3, likes=8, reposts=2)

M("E13", "facebook", "@hodan.warsame.7", "Hodan Warsame", None, False,
  "Maanta waxaan tagay maktabadda Kilburn anigoo wata carruurtayda. Mid ka mid ah shaqaalaha ayaa igu yiri: "
  "\"Ingiriisi ku hadal ama bax.\" Dadka kale way qosleen. Carruurtaydii way ooyeen. Tani ma sax baa? "
  "@Brent Council",
  "2026-10-13T15:37:02Z", 5, "Libraries",
  "Somali: 'Today I went to Kilburn library with my children. One of the staff told me \"speak English or leave\". "
  "Others laughed. My children cried. Is this right?' — alleged discrimination by staff: escalate (comms, "
  "Libraries lead, HR as needed).",
  lang="so", esc="discrimination_by_staff", replies=5, likes=22, reposts=4)

M("E14", "x", "@Ty_NW10_", "T", 34, False,
  "that warden who does chamberlayne rd every morning at 8 better pray i dont see him again. 3rd ticket this month. "
  "i know which car is his",
  "2026-06-03T08:52:57Z", 5, "Parking",
  "Veiled threat against a named-by-beat civil enforcement officer ('I know which car is his'): threat to staff, "
  "escalate whatever the reach.",
  esc="threat_to_staff", replies=0, likes=3, reposts=0)

M("E15", "facebook", "@delroy.campbell.nw6", "Delroy Campbell", None, False,
  "For the attention of Brent Council Housing.\n\n"
  "I have reported the leak from the flat above into my daughter's bedroom eleven times since October. I have "
  "every reference number. Her asthma has got worse and the GP has written a letter.\n\n"
  "My solicitor (a housing disrepair firm) is sending you a letter of claim this week under the pre-action "
  "protocol. I am putting this here publicly so there is a record of how long this has gone on.",
  "2026-02-05T10:09:33Z", 5, "Housing",
  "Stated legal action (letter of claim for disrepair) plus a child's health: legal threat — escalate to comms and "
  "housing lead. Ambiguous with 2 (it is also his own repair case), but the legal threat decides it.",
  esc="legal_threat", replies=8, likes=31, reposts=5)

M("E16", "rss", "@willesdenwatch.blog", "Willesden Watch", 1250, False,
  "Willesden Watch — 'The basement that vanished from the enforcement list'\n"
  "Excerpt: The enforcement notice served on the unauthorised basement dig at 41 Mapesbury Road was withdrawn "
  "without explanation three weeks after the owner was photographed at a leaving do for one of Brent's senior "
  "planning officers. We are not saying anything improper happened. We are asking who decided, and when. "
  "An FOI is on its way.",
  "2026-08-21T06:30:00Z", 5, "Planning",
  "Local blog alleging possible misconduct by a planning officer: reputational, escalate to comms and Planning "
  "lead. 'An FOI is on its way' is not itself a request (foi false).",
  esc="alleged_misconduct", replies=0, likes=0, reposts=0)

M("E17", "x", "@jess_writes_ldn", "Jess Marlow", 312, False,
  "Hi @Brent_Council, I'm a reporter at the Brent & Kilburn Times, working on a piece about the reduced Saturday "
  "hours at Kilburn Library from next month. Could your press office let me know who to speak to? Deadline is "
  "Thursday. Thanks!",
  "2026-09-28T10:44:18Z", 5, "Communications",
  "Journalist naming her outlet, polite and low-follower: a media enquiry goes to the communications officer "
  "(domain §8 rule 1), not customer services. Topic is Libraries.",
  esc="media_enquiry", replies=1, likes=2, reposts=0)

M("E18", "mastodon", "@dkhanna@journa.host", "Dev Khanna", 890, False,
  "FOI request to @Brent_Council (I'm a freelance who writes for MyLondon and the Ham & High): please provide the "
  "number of council tax liability orders obtained against households in NW2, NW6 and NW10 postcodes for each "
  "financial year 2022/23 to 2025/26, and the total court costs added to those accounts. Reply by the email in my "
  "profile please.",
  "2026-06-16T13:05:51Z", 5, "Finance",
  "Valid FOI (real name in profile, email for correspondence) — but from a journalist, so escalate (domain §8: "
  "'a journalist's request is 5'); log the FOI clock from today.",
  foi=True, foi_valid=True, esc="journalist_foi", replies=0, likes=11, reposts=4)

M("E19", "x", "@CllrAminaBegumKG", "Cllr Amina Begum", 2800, True,
  "Third week running that residents of Wrentham Ave and Leigh Gdns have had their recycling left behind. I've "
  "raised it with officers twice. Kensal Green deserves better than this. @Brent_Council can we have a date for the "
  "round review please?",
  "2025-12-12T16:20:07Z", 5, "Environment",
  "A ward councillor publicly criticising a service: influential author on a council matter — escalate to comms "
  "and the Environment lead (leading members may be involved).",
  esc="councillor", replies=4, likes=47, reposts=9)

M("E20", "x", "@RosaWhitfieldMP", "Rosa Whitfield MP", 24000, True,
  "I've had more than 300 emails from constituents in Queen's Park and Kensal Rise about the Harvist Road traffic "
  "filter this month alone. I've written to @Brent_Council asking them to publish the traffic and air quality "
  "monitoring data before any decision on making it permanent.",
  "2026-02-24T14:02:38Z", 5, "Highways",
  "MP on a live, contested low-traffic scheme: highly influential and controversial — escalate to comms, "
  "Highways lead and probably leading members.",
  esc="mp", replies=96, likes=812, reposts=204)

M("E21", "facebook", "@olivergrant.cricklewoodmapesbury", "Oliver Grant – candidate for Cricklewood & Mapesbury",
  None, False,
  "If I'm elected on 7 May I will oppose the council's plan to put a 12-storey block on the Dollis Hill Lane garages "
  "site. Nobody asked the people on the surrounding streets. The consultation ran over Christmas when half of us "
  "were away. Residents deserve to be listened to, not talked at. 🗳️",
  "2026-04-20T18:15:29Z", 5, "Planning",
  "Election candidate attacking a council planning proposal during the pre-election period: candidate + council "
  "matter → escalate; comms must take no political standpoint in any reply.",
  esc="candidate", replies=27, likes=64, reposts=12)

M("E22", "x", "@QPKathy", "Kathy", 190, False,
  "Got to the polling station at the church hall on Chevening Rd at 9.40pm and they'd already shut the doors. "
  "Told 6 of us in the queue to go home. Polls close at 10!! @Brent_Council who do we complain to??",
  "2026-05-07T21:58:40Z", 5, None,
  "Election-night report of voters turned away before close of poll: electoral integrity — escalate immediately "
  "to the returning officer's team and comms (elections are not one of the listed departments).",
  esc="electoral_integrity", replies=12, likes=58, reposts=31)

M("E23", "x", "@jonnydrives", "Jonny Peyton", 410000, True,
  "Just sat 25 mins on Chamberlayne Rd because @Brent_Council have put planters across every side street. Bus "
  "drivers shrugging. Kids late for school. Who signs this stuff off?",
  "2026-03-06T08:31:17Z", 5, "Highways",
  "Very large verified account attacking a low-traffic scheme: highly influential commentator on a controversial "
  "issue — escalate even though it is only a moan.",
  esc="influential_account", replies=640, likes=4100, reposts=930)

M("E24", "instagram", "@nw10_reels", "NW10 Reels", 58000, False,
  "Caught on camera 📹 Brent bin crew on Doyle Gardens tipping the blue recycling bins straight into the SAME truck "
  "as the black ones. So what exactly are we rinsing our yoghurt pots for?? 🤔 87k views and counting "
  "#brent #recycling #kensalgreen #nw10",
  "2026-10-30T12:11:46Z", 5, "Environment",
  "Video going viral against a council service (87k views, 58k-follower account): controversial, reputational — "
  "escalate to comms and Environment/waste contract lead.",
  esc="viral_video", replies=312, likes=9400, reposts=0)

M("E25", "x", "@um_yusuf_nw6", "أم يوسف", 74, False,
  "ابني عمره ثمانية أشهر ودخل مستشفى سانت ماري للمرة الثانية هذا الشهر بسبب صدره. الطبيب قال إن العفن في غرفة "
  "النوم هو السبب على الأغلب. بلّغنا المجلس عن العفن منذ الصيف، شقتنا في ساوث كيلبرن، وكل مرة يقولون سنرسل "
  "أحداً. إلى متى؟ @Brent_Council",
  "2025-12-19T20:27:03Z", 5, "Housing",
  "Arabic: 'My 8-month-old son was admitted to St Mary's for the second time this month with his chest; the doctor "
  "says the bedroom mould is probably the cause; we've reported the mould since summer, our flat is in South "
  "Kilburn, every time they say they'll send someone. How long?' — damp/mould harming a baby: risk to a child's "
  "health and highly sensitive — escalate rather than treat as a routine repair (ambiguous with 2).",
  lang="ar", esc="child_health_risk", replies=1, likes=6, reposts=2)

# ======================================================================================
# ROUTE 4 — service conversations (threads and ongoing discussions)
# ======================================================================================
M("T1", "facebook", "@harriet.lowe.qp", "Harriet Lowe", None, False,
  "Brent's consultation on making the Harvist Road filter permanent closes on 31 March. Whatever you think of it, "
  "please respond — the link is on the council's consultation hub. Personally I've found the school run far calmer, "
  "but I know people on Chamberlayne Road are getting all the displaced traffic. Let's keep it civil in here please 🙏",
  "2026-03-08T09:47:12Z", 4, "Highways",
  "Post in the Queen's Park & Kensal Rise neighbours group opening a discussion of a live consultation on a "
  "low-traffic scheme: a specific ongoing conversation — Highways officers should join, web team supports.",
  replies=41, likes=57, reposts=3)
M("T1a", "facebook", "@sunil.mehta.1975", "Sunil Mehta", None, False,
  "Civil is hard when my 20 minute drive to my mum's in Kilburn now takes 45. And the form doesn't even ask about "
  "Chamberlayne Rd residents, it's all 'do you live inside the area, yes/no'.",
  "2026-03-08T10:12:55Z", 4, "Highways",
  "Reply in the consultation thread criticising the form's design: part of the ongoing service conversation; "
  "critical but not reputation-threatening.",
  reply_to="T1", replies=3, likes=22, reposts=0)
M("T1b", "facebook", "@bea.okafor", "Bea Okafor", None, False,
  "Sunil there's a free text box right at the end, I put my Chamberlayne Rd bit in there. But agree the map they "
  "used leaves out half of Kensal Rise, someone from the council should explain that.",
  "2026-03-08T10:31:09Z", 4, "Highways",
  "Reply continuing the thread with a specific point (consultation map) that officers could answer: route 4.",
  reply_to="T1a", replies=1, likes=15, reposts=0)
M("T1c", "facebook", "@gwen.harris.77", "Gwen Harris", None, False,
  "🙄",
  "2026-03-08T11:02:41Z", 1, None,
  "Bare eye-roll inside the thread: no content to act on; the conversation itself is handled at the root.",
  reply_to="T1b", replies=0, likes=2, reposts=0)

M("T2", "x", "@WillesdenReads", "Willesden Reads book group", 640, False,
  "Brent are 'reviewing' opening hours at the Library at Willesden Green — proposals drop Sunday opening and close "
  "at 6pm on weekdays. Drop-in meeting next Weds in the library hall. Our group meets there on Sundays 🫠 thoughts?",
  "2026-06-09T18:20:33Z", 4, "Libraries",
  "Community group starting a discussion on a live library-hours consultation: a specific service conversation "
  "for Libraries officers to join.",
  replies=18, likes=44, reposts=21)
M("T2a", "x", "@ama_studies", "ama", 120, False,
  "closing at 6 is a joke. where are sixth formers meant to revise, there's 6 of us in a 2 bed",
  "2026-06-09T18:41:02Z", 4, "Libraries",
  "Reply in the library-hours thread adding a user need: part of the ongoing service conversation.",
  reply_to="T2", replies=1, likes=31, reposts=2)
M("T2b", "x", "@georgeNW10", "George", 45, False,
  "To be fair it's dead on Sunday mornings, I'm in there every week. Afternoons are rammed though. Could they do "
  "12 till 4 instead of nothing?",
  "2026-06-09T19:05:27Z", 4, "Libraries",
  "Constructive suggestion in the same thread: conversation Libraries officers should take part in.",
  reply_to="T2", replies=0, likes=12, reposts=0)

M("T3", "facebook", "@cricklewood.town.team", "Cricklewood Town Team", None, False,
  "Planning application 26/1187 — nine storeys replacing the carpet warehouse on the corner of Chichele Rd and the "
  "Broadway. 120 flats, described as 'car-free'. All documents are on Brent's planning portal. The daylight report "
  "says the terrace behind loses a lot of winter light. Have a read and discuss below 👇",
  "2026-08-04T20:02:11Z", 4, "Planning",
  "Community group page opening a discussion of a live planning application: a specific ongoing conversation — "
  "Planning officers should join.",
  replies=36, likes=48, reposts=19)
M("T3a", "facebook", "@yusuf.ali.nw2", "Yusuf Ali", None, False,
  "car free my foot, they'll all just park on Anson Rd and Chichele Rd like they already do",
  "2026-08-04T20:26:48Z", 4, "Planning",
  "Reply raising a parking objection on the live application: part of the service conversation.",
  reply_to="T3", replies=1, likes=19, reposts=0)
M("T3b", "facebook", "@linda.brooke.58", "Linda Brooke", None, False,
  "When's the deadline to comment on this?",
  "2026-08-04T21:10:05Z", 4, "Planning",
  "Same words as a standalone question elsewhere, but here it sits inside the planning-application thread: part of "
  "the ongoing conversation officers should join (route 4 rather than 3).",
  reply_to="T3", replies=0, likes=3, reposts=0)

M("T4", "x", "@WalmLaneResidents", "Walm Lane Residents' Assoc.", 380, False,
  "Licensing application for 'Vesper' at 88 Walm Lane: alcohol + recorded music till 2am Thu–Sat. Representations "
  "close 14 Nov. We're drafting a joint one — reply here if you live within a few streets and want to sign. "
  "Not anti-business, just anti-2am.",
  "2026-10-27T19:30:50Z", 4, "Regulatory Services",
  "Residents' association organising around a live licensing application: ongoing conversation for the licensing "
  "team to follow and join (e.g. explain how representations work).",
  replies=15, likes=29, reposts=11)
M("T4a", "x", "@nightbus_nina", "Nina", 210, False,
  "I'm on Dartmouth Rd, my bedroom backs onto their yard. Count me in. Would they take midnight as a compromise?",
  "2026-10-27T20:04:19Z", 4, "Regulatory Services",
  "Reply joining the licensing discussion with a specific question about conditions: route 4.",
  reply_to="T4", replies=0, likes=7, reposts=0)

M("S1", "facebook", "@friendsofgladstonepark", "Friends of Gladstone Park", None, False,
  "Update from last night's meeting with Brent's parks team: the café tender is delayed AGAIN, and the toilets by "
  "the old walled garden stay shut until at least spring. We asked about the new paid booking for the tennis courts "
  "— still no straight answer. Keep sending your comments to us and we'll keep pushing. Next meeting 26 Feb.",
  "2026-01-29T12:40:00Z", 4, "Environment",
  "Friends group reporting back on an ongoing dialogue about park facilities: continuing service conversation for "
  "the parks team (Environment) to join. Ambiguous with 1.",
  replies=9, likes=38, reposts=4)

M("S3", "facebook", "@kensalgreen.mutualaid", "Kensal Green Mutual Aid", None, False,
  "Following on from the chat at Tuesday's drop-in: several of you have had council tax support letters cutting "
  "your award to £0 because of the 'minimum income floor' for self-employed people. We're collecting examples "
  "(no names, no addresses please) to take to Brent's benefits team at the advice forum on the 3rd. Comment or "
  "message us.",
  "2026-11-26T17:25:14Z", 4, "Finance",
  "Community group continuing a conversation about how the council tax support scheme treats self-employed "
  "people: a specific ongoing matter for Finance/benefits officers to join.",
  replies=12, likes=26, reposts=8)

# ======================================================================================
# ROUTE 2 — customer services (own cases)
# ======================================================================================
_bin = ("@Brent_Council grey bin not collected AGAIN at 23 Mapesbury Road NW2. Reported on the app Tuesday, ref "
        "2187734, nothing. Two weeks now and the foxes have had a go at it.")
M("C1", "x", "@helenmapesbury", "Helen", 97, False, _bin, "2026-07-08T08:05:40Z", 2, "Environment",
  "Own missed collection with address and report reference: needs an officer to act — customer services.",
  replies=0, likes=1, reposts=0)
M("C1b", "x", "@helenmapesbury", "Helen", 97, False, _bin, "2026-07-10T07:58:02Z", 2, "Environment",
  "Exact repeat of the same author's missed-bin post two days later: same own case, same label.",
  replies=0, likes=2, reposts=0)

M("C2", "x", "@deji_drives", "Deji", 205, False,
  "got PCN BT47193026 on Salusbury Rd yesterday while I was literally unloading a fridge, hazards on, 4 mins. "
  "appealed online and it got rejected in 2 hours?? does a human even look at these",
  "2026-02-10T13:14:27Z", 2, "Parking",
  "Own penalty charge with PCN number, disputing the appeal outcome: needs Parking to look up the case.",
  replies=1, likes=6, reposts=0)

M("C3", "facebook", "@kwame.boateng.kg", "Kwame Boateng", None, False,
  "I renewed my Kensal Green resident permit on 2 January, paid £146, got the confirmation email. This morning "
  "the warden ticketed me and said there's no valid permit on the system for LR19 XKP. Can someone actually check "
  "this please instead of the chatbot sending me in circles",
  "2026-01-09T09:33:56Z", 2, "Parking",
  "Own permit record missing despite payment, with vehicle registration: Parking must check records.",
  replies=2, likes=4, reposts=0)

M("C4", "x", "@priya_k_nw10", "Priya", 76, False,
  "you've taken my council tax twice this month (1st and 3rd), account 30071245. that's my rent money gone. "
  "please sort it today",
  "2026-04-03T11:41:10Z", 2, "Finance",
  "Own council tax account double-debited, account number given: Finance to correct.",
  replies=0, likes=2, reposts=0)

M("C5", "facebook", "@lurdes.santos.willesden", "Lurdes Santos", None, False,
  "Olá, moro sozinha em Willesden desde que o meu marido faleceu em setembro. Pedi o desconto de pessoa única no "
  "council tax em outubro e até agora nada, a conta continua com o valor cheio. Número da conta 30058813. Alguém "
  "pode verificar, por favor?",
  "2025-12-15T14:22:48Z", 2, "Finance",
  "Portuguese: 'I live alone in Willesden since my husband died in September. I applied for the single person "
  "discount in October and nothing yet; account 30058813. Can someone check?' — own account case for Finance; "
  "bereavement is context, not a risk.",
  lang="pt", replies=1, likes=3, reposts=0)

M("C6", "x", "@KofiAsante_", "Kofi Asante", 140, False,
  "Housing benefit change of circs sent 6 weeks ago (new job, fewer hours). Still being paid the old amount and "
  "I'm scared it turns into an overpayment. Claim ref HB/2207841. Anyone able to look?",
  "2026-02-27T16:48:35Z", 2, "Finance",
  "Own benefit claim with reference, needs records checked: customer services (benefits in Finance).",
  replies=0, likes=1, reposts=0)

M("C7", "x", "@southkilburnsam", "Sam", 58, False,
  "no heating or hot water since saturday at 11 Carlton House NW6, repair ref 88410-R. 2 kids in the flat. "
  "contractor came, said part on order, then vanished",
  "2025-12-08T18:29:51Z", 2, "Housing",
  "Own council repair with address and reference: customer services, flagged as urgent (no heat in December "
  "with children). Ambiguous with 5 if anyone is unwell.",
  replies=1, likes=4, reposts=1)

M("C8", "facebook", "@rahima.begum.willesden", "Rahima Begum", None, False,
  "আমাদের ফ্ল্যাটের বাথরুম আর রান্নাঘরের দেয়ালে কালো ছত্রাক জমেছে, দিন দিন বাড়ছে। গত মাসে অনলাইনে রিপোর্ট করেছি, "
  "রেফারেন্স HR-552190, কিন্তু এখনো কেউ আসেনি। ঠিকানা: ফ্ল্যাট ৭, চার্চ এন্ড এস্টেট, উইলেসডেন। দয়া করে কাউকে পাঠান।",
  "2026-11-05T10:03:27Z", 2, "Housing",
  "Bengali: 'Black mould on our bathroom and kitchen walls, getting worse; reported online last month, ref "
  "HR-552190, nobody came; Flat 7, Church End estate, Willesden; please send someone.' — own repair case with "
  "reference; no health harm mentioned, so 2 not 5.",
  lang="bn", replies=0, likes=2, reposts=0)

M("C9", "x", "@lit_lola", "Lola 📖", 300, False,
  "@Brent_Council my reservation at Kilburn Library has said 'in transit' since 12 Sept, card ending 4471. "
  "the book is literally for my dissertation due friday 😭",
  "2026-10-06T21:15:09Z", 2, "Libraries",
  "Own library reservation with card number: Libraries staff need to trace it.",
  replies=0, likes=4, reposts=0)

M("C10", "facebook", "@joanne.pryce.3", "Joanne Pryce", None, False,
  "My 9 year old's library card has been blocked over £4.20 of fines for books we put through the drop box at "
  "Willesden Green back in July. She's devastated, she can't borrow anything for the summer reading challenge. "
  "The account's in my name, Joanne Pryce. Can somebody clear it?",
  "2026-08-12T15:50:36Z", 2, "Libraries",
  "Own library account with a disputed charge: needs staff to check returns and clear the block.",
  replies=1, likes=5, reposts=0)

M("C11", "x", "@CricklewoodCyclist", "Cricklewood Cyclist", 430, False,
  "Reported the pothole on Anson Rd outside no 90 on 3 Feb (ref 1604329). Nearly came off over it at 7 this "
  "morning in the dark. Still just a spray-painted circle round it @Brent_Council",
  "2026-03-11T07:36:22Z", 2, "Highways",
  "Own earlier report with location and reference, still unfixed: Highways to act. Ambiguous with 5 (near-miss "
  "for cyclists), but no injury and a modest account.",
  replies=2, likes=18, reposts=3)

M("C12", "x", "@bertie_dollishill", "Bertie", 22, False,
  "street light outside 61 Burnley Rd NW10 been out for a month. column 17 i think. it's pitch black by the alley "
  "and my daughter walks home that way from the bus",
  "2025-12-22T17:12:45Z", 2, "Highways",
  "Specific street-light fault with address and column number: needs a repair order (Highways).",
  replies=0, likes=3, reposts=0)

M("C13", "facebook", "@ioana.popescu.nw2", "Ioana Popescu", None, False,
  "Bună ziua, de trei zile cineva a aruncat o canapea și saci de moloz în fața casei noastre pe Belton Road, NW2. "
  "Am raportat pe site, referința FT-90318, dar nu a venit nimeni să le ridice. Copiii se joacă acolo.",
  "2026-05-19T07:44:16Z", 2, "Environment",
  "Romanian: 'For three days someone has dumped a sofa and bags of rubble outside our house on Belton Road, NW2; "
  "reported on the website, ref FT-90318, nobody has collected; children play there.' — specific fly-tip with "
  "reference: customer services.",
  lang="ro", replies=0, likes=1, reposts=0)

M("C14", "x", "@dollishillneighbour", "R. Shah", 40, False,
  "next door at 19 Hamilton Rd NW10 have put up a two storey rear extension in a month. no notice, nothing on the "
  "planning portal for the address, and it's taken all the light from our kitchen. how do i get enforcement out?",
  "2026-06-25T19:02:14Z", 2, "Planning",
  "Possible breach at a specific address affecting the author: needs a planning enforcement case opened. "
  "Ambiguous with 3 ('how do I'), but the person needs a service, not a link.",
  replies=0, likes=2, reposts=0)

M("C15", "x", "@k_m_willesden", "KM", 68, False,
  "noise complaint ref NS-40827 — the shisha place under us on high road willesden is still going with bass till "
  "3am every fri and sat. sent 4 weeks of diary sheets. is anyone in the noise team reading these",
  "2026-09-06T03:12:29Z", 2, "Regulatory Services",
  "Own open noise case with reference about a named premises: Regulatory Services to follow up.",
  replies=0, likes=2, reposts=0)

M("C16", "facebook", "@sophie.n.kilburn", "Sophie Nwosu", None, False,
  "Offer day and we've been given a place at a school in Alperton, three miles away, when we live 500m from "
  "Malorees and her brother is ALREADY there?! Application number 304-221-8876. I've emailed admissions twice "
  "today and heard nothing. I need someone to look at OUR application and tell me about appeals.",
  "2026-04-16T13:27:58Z", 2, "Education",
  "Own school admission with application number: Education admissions must look at the case.",
  replies=6, likes=9, reposts=0)

M("C18", "bluesky", "@mira.cycles.bsky.social", "Mira", 760, False,
  "Got the 'your space is ready' email for the bike hangar on Brondesbury Park in Feb, paid the £72, still no key. "
  "Emailed the hangar company and Brent, and they point at each other 🙃 hangar ref BP-07 if anyone at "
  "@brent.gov.uk is reading",
  "2026-05-12T08:17:43Z", 2, "Highways",
  "Own paid cycle-hangar space with reference: needs the cycling/Highways team to sort the key.",
  replies=1, likes=9, reposts=0)

M("C19", "linkedin", "@samuel-otieno-lis", "Samuel Otieno", 540, False,
  "I applied for the Library & Customer Services Assistant role (ref BRE-02913) at Brent Council two weeks before "
  "the closing date. The portal now shows my application as 'withdrawn by candidate' — I never withdrew! Could "
  "someone in the recruitment team check, please? Really keen on this role.",
  "2026-07-22T12:05:20Z", 2, "HR",
  "Own job application record in error, with vacancy reference: HR recruitment to check.",
  replies=2, likes=14, reposts=0)

M("C20", "x", "@nadia_r_nw2", "Nadia R", 118, False,
  "paid PCN BT52006614 online on the 2nd, £65 gone from my bank, and today a charge certificate turns up for "
  "£195??? i have the receipt",
  "2026-11-18T10:26:31Z", 2, "Parking",
  "Own PCN payment not matched to the case: Parking must reconcile. (Possible payment-page fault, but the case "
  "needs records.)",
  replies=0, likes=3, reposts=0)

M("C21", "x", "@margaret_okafor", "Margaret Okafor", 212, False,
  "@Brent_Council Freedom of Information request: please provide the number of penalty charge notices issued by "
  "the camera at the Harvist Road traffic filter for each month since it went live, and the total income from "
  "them. Thank you.",
  "2026-01-21T09:14:05Z", 2, "Parking",
  "Request for recorded information; real name visible in the profile → valid FOI, log with customer services "
  "(20 working days). Parking enforcement holds the PCN data.",
  foi=True, foi_valid=True, replies=0, likes=9, reposts=2)

M("C22", "facebook", "@tomek.w.nw2", "Tomek W.", None, False,
  "Wniosek o informację (Freedom of Information): proszę o podanie liczby zgłoszeń nielegalnie porzuconych odpadów "
  "(fly-tipping) na Cricklewood Broadway, Chichele Road i Olive Road w latach 2024 i 2025 oraz liczby nałożonych "
  "kar. Odpowiedź proszę przesłać na adres: Tomasz Wiśniewski, 14 Olive Road, London NW2. Dziękuję.",
  "2026-09-15T18:40:12Z", 2, "Environment",
  "Polish: FOI request for the number of fly-tipping reports on three Cricklewood streets in 2024 and 2025 and the "
  "number of fines, reply to Tomasz Wiśniewski, 14 Olive Road NW2. Profile shows only 'Tomek W.', but the post "
  "gives name and correspondence address → valid; log via customer services.",
  lang="pl", foi=True, foi_valid=True, replies=0, likes=2, reposts=0)

M("C24", "facebook", "@nilesh.patel.dollishill", "Nilesh Patel", None, False,
  "મારા મકાનમાલિકે મને બે મહિનાની નોટિસ આપી છે, ૩૧ જાન્યુઆરી સુધીમાં ઘર ખાલી કરવાનું છે. મારી સાથે મારાં વૃદ્ધ "
  "બા રહે છે. અમે ડૉલિસ હિલ લેન પર રહીએ છીએ. કાઉન્સિલમાં કોની સાથે વાત કરવી? કોઈ મદદ કરશે?",
  "2025-12-02T11:30:44Z", 2, "Housing",
  "Gujarati: 'My landlord has given me two months' notice, we must leave by 31 January; my elderly mother lives "
  "with me; we live on Dollis Hill Lane; who do I talk to at the council?' — own threatened-homelessness case: "
  "Housing prevention officers should contact him.",
  lang="gu", replies=2, likes=1, reposts=0)

M("C25", "facebook", "@imran.qureshi.willesden", "Imran Qureshi", None, False,
  "میں نے 12 تاریخ کو پرانا فریج اور گدا اٹھوانے کے لیے آن لائن پیسے دیے تھے، بکنگ نمبر BW-33017۔ آج کلیکشن کا "
  "دن تھا مگر کوئی نہیں آیا اور سامان ابھی بھی گھر کے باہر پڑا ہے۔ پتہ: 42 ہائی روڈ، ولزڈن۔ براہِ کرم بتائیں کب "
  "آئیں گے؟",
  "2026-08-27T16:55:38Z", 2, "Environment",
  "Urdu: 'On the 12th I paid online to have an old fridge and mattress collected, booking BW-33017; today was "
  "collection day but nobody came and it's still outside; 42 High Road, Willesden; please tell me when.' — own "
  "paid bulky-waste booking: customer services.",
  lang="ur", replies=0, likes=0, reposts=0)

M("C26", "x", "@cornershop_raj", "Raj | Kilburn Food & Wine", 310, False,
  "My premises licence transfer for 210 Kilburn High Rd went in 9 weeks ago (ref LIC/26/0413) and I still can't "
  "legally sell alcohol. Losing money every single weekend. Who is actually handling it?",
  "2026-03-24T15:09:03Z", 2, "Regulatory Services",
  "Business owner's own licence application with reference: licensing team to look it up.",
  replies=0, likes=4, reposts=1)

M("C27", "x", "@clifford_gdns_bob", "Bob", 27, False,
  "@Brent_Council you absolute muppets. THIRD time this month my recycling's been left at 7 Clifford Gdns NW10. "
  "do your JOBS",
  "2026-11-10T09:01:52Z", 2, "Environment",
  "Abusive, but with substance: an identifiable missed-recycling case at an address — customer services, ignore "
  "the tone.",
  replies=0, likes=1, reposts=0)

# ======================================================================================
# ROUTE 3 — web team responds
# ======================================================================================
M("W1", "x", "@leigh_kg", "Leigh", 63, False,
  "are bins still on the normal day over christmas or does it all shift? kensal green if that matters",
  "2025-12-21T12:48:36Z", 3, "Environment",
  "General question answered by the published festive collection schedule: web team signposts.",
  replies=0, likes=0, reposts=0)

M("W2", "x", "@tamsinreads", "Tamsin", 150, False,
  "Is Kilburn Library open on the bank holiday Monday?",
  "2026-05-24T16:02:11Z", 3, "Libraries",
  "Simple opening-hours question: published information, web team answers.",
  replies=0, likes=0, reposts=0)

M("W3", "facebook", "@carla.mendes.qp", "Carla Mendes", None, False,
  "Brent council when are you going to fix the zip wire in Queen's Park playground?? It's been taped off since half "
  "term and the kids are gutted",
  "2026-11-03T15:31:20Z", 3, None,
  "Meant for another body: Queen's Park is run by the City of London Corporation, not Brent — web team redirects "
  "(other body's matter, so no department).",
  replies=2, likes=6, reposts=0)

M("W4", "x", "@kilburnhighroader", "KHR", 95, False,
  "@Brent_Council bins on Belsize Rd by Kilburn High Road overground have been overflowing all weekend, chicken "
  "boxes everywhere",
  "2026-11-23T08:12:09Z", 3, None,
  "Location is on the Camden side of the Kilburn High Road boundary: a mention meant for another council — web team "
  "points them to Camden (ambiguous if any of it spills onto the Brent side).",
  replies=0, likes=2, reposts=0)

M("W5", "facebook", "@stacey.m.nw10", "Stacey M", None, False,
  "How do you apply for the council tax reduction? My hours at work just got cut in half",
  "2026-11-09T20:14:50Z", 3, "Finance",
  "How-to question answered by the council tax support page and online form. Ambiguous with 2, but there is no "
  "existing case to look up yet.",
  replies=3, likes=1, reposts=0)

M("W6", "x", "@bwilkinsNW2", "Ben Wilkins", 210, False,
  "your parking permit page just says 'Error 503 Service Unavailable' on phone and laptop. been trying since 8am",
  "2026-01-05T10:37:14Z", 3, "Web",
  "Fault on the council website: web team handles directly.",
  replies=1, likes=3, reposts=0)

M("W7", "x", "@shaz_nw10", "shaz", 88, False,
  "is it true brent are shutting willesden green library to turn it into flats?? my neighbour swears she read it",
  "2026-06-11T19:49:27Z", 3, "Libraries",
  "'Is it true' rumour from a small account: web team corrects with the published hours-consultation facts. "
  "Would move to 5 if the rumour spread widely.",
  replies=2, likes=4, reposts=1)

M("W8", "facebook", "@dave.oconnor.willesden", "Dave O'Connor", None, False,
  "How do you object to a planning application in Brent? There's a notice cable-tied to a lamppost on our road but "
  "the number on it doesn't bring anything up on the website",
  "2026-02-18T21:06:33Z", 3, "Planning",
  "General how-to plus a search confusion on the planning portal: web team explains how to search and comment.",
  replies=1, likes=2, reposts=0)

M("W9", "x", "@bluebadgebev", "Bev", 39, False,
  "do blue badge holders get let through the camera on harvist rd or do i have to register my car somewhere first?",
  "2026-01-13T14:55:08Z", 3, "Highways",
  "Question about published exemptions for the traffic filter: signpost the exemption/registration page.",
  replies=0, likes=1, reposts=0)

M("W11", "instagram", "@mumof2_kensalrise", "Yemi", 890, False,
  "does brent still do the free cycle training for kids? my son is 9 and still very wobbly 😅🚲",
  "2026-07-02T19:21:40Z", 3, "Highways",
  "General question about a published service (cycle training): web team signposts the booking page.",
  replies=1, likes=3, reposts=0)

M("W12", "x", "@zoe_on_the_jubilee", "Zoe", 301, False,
  "any warm spaces open in willesden on weekday afternoons? asking for my grandad who refuses to put his heating on",
  "2026-01-19T13:08:26Z", 3, "Libraries",
  "Where-is question answered by the published warm spaces list (libraries among them). Ambiguous: an older man "
  "not heating his home — worth a gentle mention of cost-of-living support, but no immediate risk described.",
  replies=2, likes=7, reposts=2)

M("W15", "x", "@sundaywalker_nw2", "P. Lawal", 54, False,
  "@Brent_Council are there going to be buses from the new Brent Cross West station on Sundays? station's great "
  "but it's a long walk with shopping",
  "2026-08-16T14:40:02Z", 3, None,
  "Addressed to Brent but the station and buses are TfL/Barnet matters: web team redirects (another body's matter).",
  replies=0, likes=1, reposts=0)

M("W16", "x", "@buggy_and_books", "Hana", 176, False,
  "@Brent_Council why is Kensal Rise library shut on Tuesdays now?? walked all the way up with the buggy for nothing",
  "2026-10-20T11:26:55Z", 3, "Libraries",
  "Confusion: Kensal Rise library is community-run, not a council library — web team explains and signposts the "
  "community library's own hours and the nearest council libraries.",
  replies=1, likes=2, reposts=0)

M("W17", "x", "@kensal_kid", "KK", 60, False,
  "Under the Freedom of Information Act please tell me how much Brent has spent on the planters and cameras for "
  "the Kensal Rise LTN since 2024",
  "2026-03-03T22:18:47Z", 3, "Highways",
  "Genuine request for recorded information, but only initials as a name and no address → invalid FOI; web team "
  "explains how to make a valid request.",
  foi=True, foi_valid=False, replies=0, likes=5, reposts=1)

M("W18", "mastodon", "@bookworm_nw2@mastodon.social", "bookworm 📚", 230, False,
  "FOI please: how many visits did Kilburn Library and the Library at Willesden Green each record in 2025? "
  "Monthly figures if you have them. @Brent_Council",
  "2026-02-02T10:51:19Z", 3, "Libraries",
  "Request for held information from a pseudonymous account with no name/address → invalid FOI; web team replies "
  "with how to request validly (or points to published visit figures).",
  foi=True, foi_valid=False, replies=0, likes=3, reposts=0)

M("W19", "x", "@shirin_kilburn", "Shirin", 118, False,
  "درخواست طبق قانون آزادی اطلاعات: لطفاً تعداد خانواده‌هایی که در سال ۲۰۲۵ در اسکان موقت در منطقه کیلبرن "
  "قرار داده شده‌اند و میانگین مدت اقامت آن‌ها را اعلام کنید. ممنون، شیرین @Brent_Council",
  "2026-07-14T09:37:58Z", 3, "Housing",
  "Farsi: 'Freedom of Information request: please state how many families were placed in temporary accommodation "
  "in the Kilburn area in 2025 and their average length of stay. Thanks, Shirin.' — FOI, but first name only and "
  "no address → invalid; web team explains how to make a valid request.",
  lang="fa", foi=True, foi_valid=False, replies=0, likes=2, reposts=0)

M("W20", "facebook", "@valentina.rojas.kilburn", "Valentina Rojas", None, False,
  "Hola, ¿alguien sabe hasta cuándo se puede pedir plaza de primaria en Brent para septiembre? Acabamos de llegar "
  "de Colombia y vivimos en Kilburn. Mi hija tiene 4 años. Gracias 🙏",
  "2025-12-10T20:33:29Z", 3, "Education",
  "Spanish: 'Does anyone know the deadline to apply for a primary place in Brent for September? We've just arrived "
  "from Colombia, live in Kilburn, my daughter is 4.' — general admissions question answered by published "
  "deadlines (15 January): web team signposts.",
  lang="es", replies=3, likes=2, reposts=0)

M("W21", "x", "@kavitha_nw10", "Kavitha", 97, False,
  "வில்லஸ்டன் கிரீன் நூலகத்தில் தமிழ் புத்தகங்கள் கிடைக்குமா? ஞாயிற்றுக்கிழமை திறந்திருக்குமா? 🙏 @Brent_Council",
  "2026-04-25T09:12:44Z", 3, "Libraries",
  "Tamil: 'Are Tamil books available at Willesden Green library? Is it open on Sunday?' — general library question "
  "answered by published information.",
  lang="ta", replies=0, likes=1, reposts=0)

M("W22", "x", "@ahmed_nw6", "A.H.", 81, False,
  "I want a copy of everything the council holds on me, including the notes from my council tax reduction "
  "interview in March. How do I get that and can this tweet count as asking?",
  "2026-04-29T17:44:03Z", 3, "Policy",
  "Looks like FOI but is a subject access request for his own data: not FOI. Web team signposts the SAR form "
  "(identity needed). Ambiguous with 2.",
  replies=0, likes=0, reposts=0)

M("W23", "x", "@fortune_green_fi", "Fi", 205, False,
  "When's the deadline to comment on this?",
  "2026-08-06T12:20:31Z", 3, "Planning",
  "Standalone quote of the council's own post about the Kilburn Square consultation: a simple question the "
  "published closing date answers — web team replies (same words inside a resident thread are route 4).",
  replies=0, likes=0, reposts=0)

# ======================================================================================
# ROUTE 1 — monitor
# ======================================================================================
M("N1", "x", "@OilDesk_Live", "Oil Desk Live", 85000, True,
  "Brent crude slips below $68 as OPEC+ signals more supply from June. WTI -1.2%. #oil #Brent",
  "2026-04-07T07:05:00Z", 1, None,
  "Keyword noise: Brent crude oil price.", replies=12, likes=140, reposts=38)

M("N2", "rss", "@energymarketsdaily", "Energy Markets Daily", None, False,
  "Brent futures climb for third session on Red Sea shipping fears — Front-month Brent settled up 1.9% at $74.10 "
  "a barrel on Thursday as insurers raised premiums for tankers transiting the Bab el-Mandeb strait...",
  "2026-10-09T18:00:00Z", 1, None,
  "Keyword noise: Brent crude futures news feed.")

M("N3", "instagram", "@northlondonfoodie", "North London Foodie", 12400, False,
  "Brunch at Brent Cross then a wander round the new park at Brent Cross Town 🌳☕ sunday sorted "
  "#brentcross #northlondon #sundayvibes",
  "2026-05-31T12:44:19Z", 1, None,
  "Keyword noise: Brent Cross (Barnet), nothing for Brent Council.", replies=8, likes=612, reposts=0)

M("N4", "x", "@bees_till_i_die", "Up the Bees 🐝", 3300, False,
  "BRENTFORD 2-1 FULHAM!!! what a finish at the Gtech 🐝🐝🐝",
  "2026-01-31T17:02:41Z", 1, None,
  "Keyword noise: Brentford FC.", replies=21, likes=230, reposts=17)

M("N5", "facebook", "@kemi.adebayo.nw6", "Kemi Adebayo", None, False,
  "Happy 40th to my big brother Brent 🎂🎉 love you loads, see you at the Black Lion on Saturday!!",
  "2026-06-19T08:30:15Z", 1, None,
  "Keyword noise: a person called Brent (Kilburn pub mentioned, nothing for the council).",
  replies=14, likes=52, reposts=0)

M("N7", "rss", "@barnetpost", "Barnet Post", None, False,
  "Cricklewood Lane resurfacing finally set to start — Barnet Council has confirmed works on the Cricklewood Lane "
  "stretch near the Broadway will begin next month, three years after residents first petitioned...",
  "2026-02-25T07:00:00Z", 1, None,
  "Another council's matter (Barnet), not addressed to Brent: monitor only.")

M("N8", "x", "@westhampsteadcyc", "W Hampstead Cycles", 1500, False,
  "Camden's new northbound lane on Kilburn High Rd is lovely but it stops dead at the borough line. Classic London "
  "😂",
  "2026-10-17T10:05:12Z", 1, "Highways",
  "Chatter about the Camden/Brent boundary; no question or case for Brent. Monitor (Highways may want to know).",
  replies=9, likes=73, reposts=12)

M("N9", "x", "@grandma_joyce", "Joyce", 31, False,
  "The young man at Kilburn Library spent 40 minutes helping me get my email working for my pension today. Wouldn't "
  "even take a biscuit. Thank you Brent libraries x",
  "2026-02-12T15:19:27Z", 1, "Libraries",
  "Praise, nothing to act on (a thank-you reply is optional): monitor; pass the compliment to Libraries.",
  replies=1, likes=24, reposts=2)

M("N10", "bluesky", "@nw10nightowl.bsky.social", "Owl", 340, False,
  "gritter came down dollis hill lane at 5 this morning, genuinely didn't expect that. fair play brent",
  "2026-01-08T05:46:08Z", 1, "Highways",
  "Praise for gritting: monitor.", replies=0, likes=11, reposts=1)

M("N11", "instagram", "@roundwood_runner", "Roundwood Runner", 1800, False,
  "Roundwood Park in the frost this morning 😍 whoever does the flower beds here deserves a raise "
  "#roundwoodpark #willesden #parkrun",
  "2026-01-24T10:21:49Z", 1, "Environment",
  "Praise for a Brent park: monitor.", replies=3, likes=214, reposts=0)

M("N12", "mastodon", "@moanamapesbury@mastodon.london", "moana", 410, False,
  "love that brent can find money for 14 new planters on my road but the pothole next to them is now a water "
  "feature. how much did those planters cost us, ten grand each? lol. priorities 👏",
  "2026-05-15T18:33:40Z", 1, "Highways",
  "Sarcastic moan; 'how much did they cost us' is a rhetorical jibe, not an FOI; no location given for a case. "
  "Monitor (ambiguous with 3).",
  replies=4, likes=19, reposts=6)

_clown = "brent council = absolute clowns 🤡🤡🤡 every single one of u"
M("N13", "x", "@xXrealtalkXx", None, 9, False, _clown, "2026-07-25T01:30:11Z", 1, None,
  "Low-reach abuse with no substance: monitor.")
M("N13b", "x", "@xXrealtalkXx", None, 9, False, _clown, "2026-07-26T00:58:47Z", 1, None,
  "Exact repeat of the same low-reach abuse: same label, monitor.")

_spam = ("🔥 Want 10K REAL followers for your business page? DM now!! Cheap price 100% safe 🔥 "
         "@Brent_Council @kilburnnews @wembleypark")
M("N15", "x", "@growth_hackz_247", "Growth Hackz", 15, False, _spam, "2026-08-30T04:11:02Z", 1, None,
  "Spam: monitor (no reply).")
M("N15b", "x", "@growth_hackz_247", "Growth Hackz", 15, False, _spam, "2026-09-02T04:09:55Z", 1, None,
  "Same spam repeated by the same account: monitor.")

M("N16", "facebook", "@queensparklibdems", "Queen's Park Liberal Democrats", None, False,
  "Great turnout on the doorsteps in Queen's Park this morning 🧡 thanks to everyone who stopped for a chat. "
  "Polling day is Thursday 7 May!",
  "2026-04-11T13:10:45Z", 1, None,
  "Party campaigning with no council matter: monitor, and do not engage in the pre-election period.",
  replies=5, likes=41, reposts=7)

M("N17", "x", "@BrentConservatives", "Brent Conservatives", 3100, False,
  "Labour-run Brent has put your council tax up by the maximum AGAIN. Time for a change on 7 May. 🗳️",
  "2026-03-27T12:00:03Z", 1, None,
  "Party-political campaigning about a published, well-understood decision (the council tax rise): monitor; the "
  "council must take no political standpoint. Ambiguous with 5 if it gains traction.",
  replies=33, likes=96, reposts=40)

M("N18", "x", "@tiannaaa_x", "tia", 140, False,
  "this is so bad 😂😂 RT @nw10_reels Caught on camera 📹 Brent bin crew on Doyle Gardens tipping the blue "
  "recycling bins straight into the SAME truck…",
  "2026-10-31T09:40:22Z", 1, "Environment",
  "Low-reach reshare of a video already escalated: monitor.", replies=0, likes=3, reposts=0)

M("N19", "x", "@LondonEatsGuide", "London Eats Guide", 180000, True,
  "Kilburn High Road has quietly become one of the best food streets in London. Our 10 favourites 🧵👇 "
  "(and thanks Brent for the new benches outside the Kiln)",
  "2026-09-24T11:30:00Z", 1, None,
  "Very large account, but positive and of no consequence: monitor (domain §8: large accounts saying things of no "
  "consequence).", replies=120, likes=3200, reposts=540)

M("N20", "linkedin", "@aisha-rahman-planning", "Aisha Rahman", 1100, False,
  "Thrilled to share that I've started a new position as Senior Planning Officer at Brent Council! Looking forward "
  "to working on the next phase of the South Kilburn regeneration. #planning #newjob #localgovernment",
  "2026-09-07T08:15:37Z", 1, None,
  "Staff career post, nothing sensitive: monitor.", replies=18, likes=156, reposts=2)

M("N21", "linkedin", "@kilburn-jobs-network", "Kilburn Jobs Network", 2600, False,
  "Brent Council is hiring: Parks Apprentice x4, based at Gladstone Park and Roundwood Park. A great entry route "
  "into horticulture for local young people. Link in comments 👇",
  "2026-02-20T09:00:12Z", 1, "HR",
  "Reshare of a council job advert: positive, nothing to act on — monitor.", replies=3, likes=47, reposts=11)

M("N22", "youtube", "@fatima_k7", "Fatima K", None, False,
  "This how-to video on recycling was actually useful, had no idea pizza boxes go in the blue bin if they're not "
  "greasy 👍",
  "2026-06-29T20:07:54Z", 1, "Environment",
  "Praise on a council how-to video: monitor.", replies=0, likes=4, reposts=0)

M("N23", "youtube", "@dollis_dave", "Dave", None, False,
  "nice video but my street hasn't had a food waste bin in 2 years so 🤷🏽‍♂️",
  "2026-09-19T22:36:20Z", 1, "Environment",
  "Moan under a video with no address or request: monitor (ambiguous with 3 — could be told how to order a caddy).",
  replies=0, likes=2, reposts=0)

M("N25", "youtube", "@marjorie_tiverton", "Marjorie Lewis", None, False,
  "So sad. He opened our little community garden on Tiverton Road back in 2012 and remembered all our names. "
  "Rest in peace.",
  "2026-07-06T14:12:03Z", 1, None,
  "Sympathy comment under the council's tribute video to a former mayor: monitor.", replies=0, likes=9, reposts=0)

M("N26", "x", "@priti_reads", "Priti", 150, False,
  "आज विल्सडन ग्रीन लाइब्रेरी में बच्चों के लिए हिंदी कहानी सत्र बहुत अच्छा लगा। मेरी बेटी अब हर शनिवार जाना "
  "चाहती है। धन्यवाद ब्रेंट काउंसिल! 🙏📚",
  "2026-11-14T13:44:28Z", 1, "Libraries",
  "Hindi: 'Today's Hindi storytime for children at Willesden Green Library was lovely; my daughter now wants to go "
  "every Saturday. Thank you Brent Council!' — praise: monitor.",
  lang="hi", replies=0, likes=8, reposts=1)


# ======================================================================================
def build():
    by_key = {it["key"]: it for it in ITEMS}
    for it in ITEMS:
        # thread root
        r = it
        while r["reply_to"]:
            r = by_key[r["reply_to"]]
        it["root"] = r
    has_replies = {it["reply_to"] for it in ITEMS if it["reply_to"]}
    rnd = random.Random(19767)
    # random sort key per item; a reply's key is pushed just past its parent's when it would come first,
    # so the order stays shuffled (not grouped by route or thread) but every reply follows its parent
    keys = {}
    for it in ITEMS:  # ITEMS lists parents before their replies
        k = rnd.random()
        if it["reply_to"]:
            k = max(k, keys[it["reply_to"]] + rnd.uniform(0.001, 0.08))
        keys[it["key"]] = k
    final = sorted(ITEMS, key=lambda it: keys[it["key"]])
    lines = []
    for it in final:
        in_thread = it["reply_to"] is not None or it["key"] in has_replies
        parent = by_key[it["reply_to"]] if it["reply_to"] else None
        assert parent is None or parent["created_at"] < it["created_at"], it["key"]
        d = {"platform": it["platform"], "platform_id": it["platform_id"], "author_handle": it["author_handle"],
             "author_name": it["author_name"], "author_followers": it["author_followers"],
             "author_verified": it["author_verified"], "text": it["text"], "created_at": it["created_at"],
             "reply_to_id": parent["platform_id"] if parent else None,
             "thread_id": it["root"]["platform_id"] if in_thread else None,
             "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"], "language": None,
             "label": it["label"], "provenance": "written"}
        lines.append(json.dumps(d, ensure_ascii=False))
    with open(os.path.join(HERE, "part-F.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} items")


if __name__ == "__main__":
    build()
