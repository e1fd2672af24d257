#!/usr/bin/env python3
"""Writer N, set v6: 110 hand-written mentions of Brent Council with hand-assigned Appendix A labels.
Angle: a month of regeneration and money rows (Elmwood Court estate ballot, leaked savings list, libraries and
children's centres review, a councillor's expenses, contractors/procurement, the website redesign) alongside
the ordinary stream. Texts and labels are written by hand below; this script only assigns ids, orders the
items (shuffled, replies kept after their parents) and serialises them."""
import json, random, os, re, unicodedata

PREFIX = "26457"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-N.jsonl")

ITEMS = []


def M(key, platform, handle, name, followers, text, created, route, dept, reason, lang="en",
      verified=False, foi=False, foi_valid=None, esc=None, reply_to=None, thread=None,
      replies=0, likes=0, reposts=0):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers,
                      verified=verified, text=text, created=created, route=route, dept=dept, reason=reason,
                      lang=lang, foi=foi, foi_valid=foi_valid, esc=esc, reply_to=reply_to, thread=thread,
                      replies=replies, likes=likes, reposts=reposts))


# ---------------------------------------------------------------- route 5: escalate
M("e01", "x", "@hanna_reports", "Hanna Whitlock", 640,
  "Hi @Brent_Council - I'm a reporter at the Brent & Kilburn Times. We've seen a document listing proposed savings "
  "that includes 'reduced hours or co-location' for Kingsbury and Kilburn libraries. Can your press office confirm "
  "whether it's genuine and when it goes to Cabinet? Filing at 4pm today, thanks",
  "2026-02-10T10:12:44Z", 5, "Libraries",
  "journalist naming her outlet asks about the leaked savings list: media enquiry, 'liaise with relevant "
  "communication officer' even though polite and low-follower", esc="press_enquiry", replies=1, likes=3, reposts=2)

M("e02", "x", "@CllrPKaur_Kenton", "Cllr Priya Kaur", 2140,
  "Three separate Elmwood Court households have shown me ballot packs that arrived with a glossy council newsletter "
  "folded inside saying 'a YES vote means new homes for you'. The independent ballot is supposed to be exactly that. "
  "I have written to the Chief Executive tonight and expect an answer before any votes are counted.",
  "2026-03-04T21:37:10Z", 5, "Housing",
  "councillor alleging the estate ballot has been compromised by council material: controversial issue from an "
  "influential commentator, goes to comms and service lead", esc="councillor", replies=18, likes=96, reposts=41)

M("e03", "x", "@BrentWestMPoffice", "Casework Team - office of the MP for Brent West", 388,
  "We've now had more than thirty Elmwood Court constituents contact this office about the regeneration ballot, "
  "mostly leaseholders unsure what the buy-back valuation means for them. We've emailed the regeneration team twice "
  "since 20 Feb without a reply - @Brent_Council could someone senior get in touch with us please?",
  "2026-03-06T11:05:52Z", 5, "Housing",
  "MP's caseworkers speaking for constituents on the contested ballot and asking for a senior contact: MP office "
  "counts as highly influential regardless of follower count", esc="mp_office", replies=2, likes=14, reposts=6)

M("e04", "x", "@WillesdenWatchBlog", "Willesden Watch", 38200,
  "LEAKED 🧵 Brent's draft savings list for 26/27, all 14 pages. Children's centres down from 6 to 2. Four libraries "
  "to 'community-managed'. Youth outreach gone. Meanwhile the new website contract went UP. Read it yourself, "
  "screenshots below 👇 #BrentCuts",
  "2026-02-08T19:02:31Z", 5, "Finance",
  "large local account publishing a leaked budget document, spreading fast (hundreds of reposts): controversial "
  "issue able to 'impact more widely on the council's reputation'", esc="viral_controversy",
  replies=212, likes=1840, reposts=931)

M("e05", "rss", "Brent & Kilburn Times", None, None,
  "Councillor's £3,200 taxi claims questioned as borough weighs library cuts. A Brent councillor claimed more than "
  "£3,200 in taxi fares over twelve months, including journeys of under a mile between his home in Dollis Hill and "
  "the Civic Centre, according to expenses records seen by this paper. Opposition members have called for the "
  "claims to be referred to the monitoring officer...",
  "2026-02-17T06:30:00Z", 5, "Policy",
  "local press story alleging misuse of councillor expenses: alleged misconduct with clear reputational harm",
  esc="misconduct", replies=0, likes=0, reposts=0)

M("e06", "x", "@kemi_adeyemi_", "Kemi", 74,
  "um @Brent_Council i just logged into my account on the new website to download my council tax bill and the pdf "
  "is someone else's?? different name, a flat in Alperton, their account number and how much they owe. i "
  "refreshed and got a THIRD person. is anyone looking at this",
  "2026-02-12T22:48:09Z", 5, "Web",
  "personal data of other residents exposed through the redesigned site: data breach, escalate regardless of "
  "low reach (ambiguous with 2 as her own account, but the breach dominates)", esc="data_breach",
  replies=3, likes=11, reposts=7)

M("e07", "facebook", "Shell Marsh", "Shell Marsh", None,
  "Probably nothing but it's doing my head in. The little boy from the flat across the landing (maybe 6 or 7?) has "
  "been sat on the stairs again tonight in his school jumper, no coat, till about half 11. Third night this week. "
  "Knocked and nobody answered. Gave him a biscuit and he went back in when the door finally opened. Who do you "
  "even tell about this stuff without making it worse for him",
  "2026-01-22T23:51:40Z", 5, None,
  "young child repeatedly left outside late at night, unanswered door: possible child at risk, described in "
  "passing; safeguarding is outside the 14 departments", esc="safeguarding_child", replies=4, likes=2, reposts=0)

M("e08", "facebook", "Agnieszka Wróbel", "Agnieszka Wróbel", None,
  "Czy ktoś wie, jak się skontaktować z kimś z Brent w nocy? Pani Halina z parteru na Villiers Road nie otwiera "
  "od piątku, poczta leży pod drzwiami, a z mieszkania czuć coś dziwnego. Ma ponad 80 lat i mieszka sama. "
  "Dzwoniłam na 101, kazali dzwonić do rady.",
  "2026-02-15T20:14:02Z", 5, None,
  "Polish: an elderly neighbour who lives alone has not answered since Friday, post piling up, a strange smell; "
  "police non-emergency line sent her to the council. Person not seen for days, possible death",
  lang="pl", esc="welfare_concern", replies=6, likes=3, reposts=1)

M("e09", "x", "@dan_on_the_98", "Dan", 211,
  "there's a woman in the bus shelter on Neasden Lane by the Tesco, got a blanket but she's barely saying anything "
  "and my phone says -3 tonight. gave her my tea. @Brent_Council is there an outreach number that actually picks up "
  "at this time",
  "2026-01-08T00:42:18Z", 5, "Housing",
  "rough sleeper at risk in sub-zero temperatures, barely responsive: risk to life, escalate now",
  esc="rough_sleeper_risk", replies=2, likes=9, reposts=4)

M("e10", "x", "@tiredofitall_nw10", None, 55,
  "bailiffs letter for council tax came today on top of everything else. £1,140. i've got nothing left to sell. "
  "honestly think everyone would manage fine without me around, maybe that's the answer",
  "2026-03-02T02:17:55Z", 5, "Finance",
  "enforcement letter plus a clear cue of self-harm ('everyone would manage fine without me'): person at risk, "
  "escalate whatever the reach", esc="self_harm", replies=1, likes=0, reposts=0)

M("e11", "facebook", "Rosemary Ansah", "Rosemary Ansah", None,
  "Chalkhill residents please be careful walking past the back of the block near the play area. Lumps of concrete "
  "have been coming off the underside of one of the 4th floor balconies, one the size of my fist this morning, "
  "right where the kids cut through to school. It's been taped off with some bin bags and a bit of string. That's "
  "it. Brent Council this is going to kill someone.",
  "2026-02-19T08:21:13Z", 5, "Housing",
  "falling concrete on a children's route to school: structural danger, risk to life", esc="structural_danger",
  replies=9, likes=27, reposts=14)


M("e13", "facebook", "Gaz Toomey", "Gaz Toomey", None,
  "That planning bloke who came round measuring next doors fence and told me my garage has to come down. If he "
  "shows his face on Salmon Street again hes going home in an ambulance. Not a joke. Tell him.",
  "2026-03-11T17:46:30Z", 5, "Planning",
  "explicit threat of violence against a named role of council staff: threat to staff, escalate",
  esc="threat_to_staff", replies=7, likes=5, reposts=0)

M("e14", "instagram", "@shirin.nw2", "Shirin", 420,
  "امروز در مرکز سیویک برنت، کارمند بخش مسکن جلوی بچه‌هایم به من گفت «شماها فقط برای خانه مجانی به این کشور "
  "آمده‌اید». من پرستارم و مالیات می‌دهم. این رفتار درست نیست و می‌خواهم شکایت کنم.",
  "2026-02-24T16:33:21Z", 5, "Housing",
  "Farsi: at the Civic Centre a housing officer told her, in front of her children, 'you people only came to this "
  "country for a free house'; she is a nurse and taxpayer and wants to complain. Discrimination by staff",
  lang="fa", esc="discrimination", replies=23, likes=310, reposts=0)

M("e15", "x", "@r_okonkwo_law", "Ruth Okonkwo", 903,
  "Acting for a tenant at Stonebridge whose ceiling collapsed in November after 14 months of reported leaks. "
  "@Brent_Council's repairs team has now missed four appointments. A pre-action protocol letter for a disrepair "
  "claim goes to your legal department this week.",
  "2026-01-14T09:15:06Z", 5, "Housing",
  "solicitor announces a pre-action disrepair claim, publicly: legal threat with reputational weight",
  esc="legal_threat", replies=1, likes=22, reposts=8)

M("e16", "x", "@brentfieldrd_jo", "Jo", 96,
  "water coming UP out of the drains on Brentfield Road, its over the kerb and going into the ground floor flats. "
  "the old man at number 12 can't get his door open and he uses a frame. fire brigade line busy. @Brent_Council",
  "2026-07-14T23:26:38Z", 5, "Emergency Planning",
  "flash flooding entering homes with a frail man unable to get out: risk to life, emergency", esc="risk_to_life",
  replies=3, likes=18, reposts=12)

M("e17", "x", "@wembleyparkmum", "Leanne", 302,
  "Wembley Park station after the semi is DANGEROUS. the pens on Olympic Way are packed solid, people getting "
  "pushed into the barriers, a girl near us fainted and stewards can't get to her. @Brent_Council @wembleystadium "
  "open something",
  "2026-04-25T20:41:12Z", 5, "Emergency Planning",
  "crowd crush developing on an event day, someone collapsed: risk to life (event-day safety is shared with "
  "stadium and police, council has an emergency planning role)", esc="crowd_safety", replies=5, likes=63, reposts=48)

M("e18", "facebook", "Tunde Bakare", "Tunde Bakare", None,
  "My dad passed away last week in the hostel room Brent put him in on Harrow Road. 71 years old. We had been "
  "complaining since October that the heater didn't work and the window didn't shut. I have the emails. I'm not "
  "writing this for sympathy, I want to know who is going to answer for it.",
  "2026-01-19T13:08:55Z", 5, "Housing",
  "death of an older man in council-placed temporary accommodation after complaints about heating: a death, "
  "highly controversial, needs comms and service lead", esc="death", replies=41, likes=118, reposts=64)

M("e19", "facebook", "Mirela Dumitru", "Mirela Dumitru", None,
  "Bună seara, locuiesc pe Ealing Road. Doi copii mici de la etajul 2 sunt singuri de ieri dimineață, îi aud "
  "plângând și mama lor nu a mai venit acasă. Le-am dat ceva de mâncare pe la ușă. Nu știu pe cine să sun, vă rog "
  "ajutați-mă @Brent_Council",
  "2026-03-18T19:52:44Z", 5, None,
  "Romanian: two small children alone in the flat upstairs since yesterday morning, crying, mother not back; she "
  "passed food through the door. Children at risk", lang="ro", esc="safeguarding_child", replies=2, likes=1,
  reposts=0)

M("e20", "x", "@AmaraForKensal", "Amara Lindqvist - Green candidate, Kensal Green", 1630,
  "Polite question for @Brent_Council ahead of May: will the full list of proposed savings be published before the "
  "budget meeting on the 26th, so residents can see it officially rather than via leaks? Happy to be pointed to it "
  "if it's already out.",
  "2026-02-11T12:20:03Z", 5, "Finance",
  "election candidate asking about the contested savings list, even politely: candidates are escalated; asks "
  "whether something will be published, not for recorded information, so not FOI", esc="candidate",
  replies=4, likes=37, reposts=11)

M("e21", "x", "@tomasz_journo", "Tomasz Nowicki", 1210,
  "Tomasz Nowicki, Harrow Online / Brent & Kilburn Times. FOI request to @Brent_Council: please provide (1) the "
  "total paid to date to the supplier of the new council website, (2) the original contract value, and (3) any "
  "variations or change requests since go-live. Reply to the email in my bio.",
  "2026-02-13T09:44:19Z", 5, "Web",
  "valid FOI (real name in profile and post) but from a journalist on a live controversy: 'a journalist's request "
  "is 5'", foi=True, foi_valid=True, esc="journalist_foi", replies=1, likes=29, reposts=9)

M("e22", "rss", "The Harlesden Ledger (blog)", None, None,
  "Who really won Brent's £4.1m repairs contract? Companies House filings show that one of the two directors of "
  "the firm awarded the responsive repairs contract for the north of the borough in December shares a home address "
  "with a close relative of a cabinet member. The tender evaluation scores have not been published...",
  "2026-03-09T07:15:00Z", 5, "Finance",
  "blog alleging a conflict of interest in a procurement award: alleged misconduct, reputational risk",
  esc="misconduct")

M("e23", "instagram", "@nw10mums", "NW10 Mums", 15400,
  "We filmed the last ever stay-and-play at our children's centre before it 'goes under review'. Watch the faces. "
  "This is what Brent Council calls a saving. Share it till they listen 💔 #SaveOurChildrensCentres",
  "2026-02-21T18:30:00Z", 5, "Education",
  "video against a service proposal from a large local account, thousands of shares: controversial issue going "
  "viral", esc="viral_controversy", replies=640, likes=9800, reposts=0)

M("e25", "x", "@HousingJustice_K", "Kwame Asante-Reid", 212000, verified=True,
  text="Brent Council is holding an estate ballot at Elmwood Court where leaseholders have been offered £180k for "
  "flats the new ones will sell at £460k. That isn't regeneration, it's displacement with a voting slip. Watching "
  "this one closely.",
  created="2026-03-08T10:02:47Z", route=5, dept="Housing",
  reason="very large verified national account criticising the ballot: 'a highly influential web commentator'",
  esc="influential", replies=388, likes=6400, reposts=2100)

# ---------------------------------------------------------------- route 4 threads + the councillor reply
# Thread A: Elmwood Court ballot (Facebook community group)
M("a0", "facebook", "Elmwood Court Residents Association", "Elmwood Court Residents Association", None,
  "BALLOT UPDATE. Papers should have arrived by now - voting closes 20 March. The Landlord Offer says 'right to "
  "return' for secure tenants at the same kind of rent, but there are still no figures for service charges in the "
  "new blocks, and the leaseholder offer is being questioned by a lot of you. Open meeting Thursday 7pm in the "
  "community room. Please post your questions below so we can put them to the council's regeneration team.",
  "2026-03-02T18:00:00Z", 4, "Housing",
  "residents' association opening an ongoing discussion of a live estate ballot: 'more specific ongoing "
  "conversation of relevance to a particular service area', regeneration officers should join",
  thread="a0", replies=14, likes=61, reposts=12)
M("a1", "facebook", "Denise Clarke", "Denise Clarke", None,
  "My question is simple. Same rent 'kind' or same RENT? I pay £142 a week. If it's £190 in the new block with "
  "service charges I can't go back, so what's the point of a right to return",
  "2026-03-02T18:41:09Z", 4, "Housing",
  "tenant's question inside the ballot thread about offer terms: part of the ongoing service conversation",
  reply_to="a0", thread="a0", likes=23)
M("a2", "facebook", "Viktor Hajdu", "Viktor Hajdu", None,
  "leaseholders getting mugged off. valuation on my 2 bed is 35k under what the one upstairs sold for in 2023. and "
  "the shared equity thing needs me to put in every penny. I'm voting NO",
  "2026-03-02T19:03:27Z", 4, "Housing",
  "leaseholder's criticism of the offer in the ongoing ballot thread: critical but a service conversation",
  reply_to="a0", thread="a0", likes=17)
M("a3", "facebook", "Grace Osei", "Grace Osei", None,
  "I'm voting yes and I'm not ashamed of it. My daughter's asthma is from the mould in these flats, they've "
  "'treated' it five times. The blocks are finished. But I agree we need the rent numbers in writing.",
  "2026-03-02T20:15:51Z", 4, "Housing",
  "resident's view in the ballot discussion: ongoing conversation (mould mention is background, not a new case)",
  reply_to="a0", thread="a0", likes=31)
M("a4", "facebook", "Cllr Ben Morley", "Cllr Ben Morley", None,
  "As one of your ward councillors: I've asked officers to bring written rent and service charge figures to "
  "Thursday's meeting. If they can't, I'll be asking Cabinet to extend the ballot.",
  "2026-03-03T08:12:40Z", 5, "Housing",
  "a ward councillor publicly pressing officers and Cabinet in the ballot thread: councillor on a controversial "
  "council matter, escalate (context is a route-4 thread)", esc="councillor",
  reply_to="a0", thread="a0", likes=44)
M("a5", "facebook", "Sunita Varsani", "Sunita Varsani", None,
  "Can someone from the regen team actually come on here and answer? Not everyone can do Thursday evenings, I "
  "work nights.",
  "2026-03-03T09:30:12Z", 4, "Housing",
  "asks for the service's officers to join this ongoing thread: exactly route 4's 'support them in joining the "
  "conversation'", reply_to="a0", thread="a0", likes=12)

# Thread B: Kingsbury library review (X)
M("b0", "x", "@kingsbury_reads", "Kingsbury Book Group", 870,
  "The @Brent_Council library review consultation is open till 28 Feb. Option B cuts Kingsbury to 4 days and "
  "closes it Saturdays. What are people putting in the free-text box? We're collecting views for our response.",
  "2026-02-14T10:05:00Z", 4, "Libraries",
  "community group starting a discussion on a live library consultation: ongoing service conversation",
  thread="b0", replies=9, likes=48, reposts=22)
M("b1", "x", "@ritz_kingsbury", "Rita", 143,
  "@kingsbury_reads @Brent_Council Saturday is the only day working parents can take kids. Shut Monday morning if "
  "you must, it's empty then",
  "2026-02-14T10:32:18Z", 4, "Libraries",
  "consultation view in the library review thread: ongoing conversation", reply_to="b0", thread="b0", likes=19)
M("b2", "x", "@anjali_p_nw9", "Anjali", 61,
  "@kingsbury_reads किंग्सबरी लाइब्रेरी शनिवार को बंद करना बिल्कुल गलत है। मेरे बच्चे हर शनिवार वहीं होमवर्क "
  "क्लब जाते हैं। मैंने भी कंसल्टेशन फॉर्म भर दिया है, सब लोग भरिए।",
  "2026-02-14T12:47:03Z", 4, "Libraries",
  "Hindi: closing Kingsbury library on Saturdays is wrong, her children go to homework club there every Saturday; "
  "she has filled in the consultation form and urges others to. Part of the ongoing thread",
  lang="hi", reply_to="b0", thread="b0", likes=8)

# Thread C: the website redesign (Mastodon)
M("c0", "mastodon", "@harlesden_dev@mastodon.social", "Priya N.", 540,
  "Is anyone else finding the new @Brent_Council website basically unusable? Search for 'council tax' gives me "
  "'no results', the bin checker spins forever, and every other link from Google lands on a 'content retired' page. "
  "Collecting the breakages here - reply with what you've hit.",
  "2026-02-09T08:55:31Z", 4, "Web",
  "several people compiling faults on the relaunched site: an ongoing conversation for the web team's own "
  "officers (ambiguous with 3, but it is a thread, not one confusion)", thread="c0", replies=11, likes=37, reposts=15)
M("c1", "mastodon", "@gleaner@toot.wales", "gleaner", 88,
  "Same here. Been like this for a week.",
  "2026-02-09T09:12:44Z", 4, "Web",
  "inside the website thread this is one more report of the same breakages: part of the ongoing conversation "
  "(same words standalone are only monitored)", reply_to="c0", thread="c0", likes=4)
M("c2", "mastodon", "@wembleyweaver@mastodon.online", "Femi Adebayo", 203,
  "Worse for me - tried to pay my parking ticket (WM41887302) through the new payment page, it errored, I tried "
  "again and now my bank shows £65 taken TWICE. Who do I even talk to?",
  "2026-02-09T10:40:20Z", 2, "Parking",
  "within the website thread, but an identifiable PCN and a double payment needing a refund: own case for "
  "customer services (ambiguous with 4)", reply_to="c0", thread="c0", likes=6)

# Thread D: children's centres review (Facebook)
M("d0", "facebook", "Fatima Begum", "Fatima Begum", None,
  "Anyone been to one of the children's centres consultation sessions? The paper says Curzon Crescent and Granville "
  "would become 'outreach only'. I don't understand what that means for the health visitor clinic and the speech "
  "and language drop-in. Are they moving somewhere or just stopping?",
  "2026-02-18T13:20:00Z", 4, "Education",
  "parents discussing a live children's centres consultation: ongoing conversation that the service's "
  "officers should join", thread="d0", replies=8, likes=22, reposts=3)
M("d1", "facebook", "Kerry-Ann Lewis", "Kerry-Ann Lewis", None,
  "I went Tuesday. They said outreach means sessions in libraries and church halls 'where possible'. Nobody could "
  "tell us which ones. Felt like it's already decided tbh",
  "2026-02-18T14:02:37Z", 4, "Education",
  "reply in the children's centres thread reporting what officers said: ongoing conversation", reply_to="d0",
  thread="d0", likes=15)
M("d2", "facebook", "Anna Kowalczyk", "Anna Kowalczyk", None,
  "The Granville session on Saturday was cancelled with a note on the door. So how are working parents meant to "
  "have a say? Has it been rescheduled?",
  "2026-02-18T16:48:05Z", 4, "Education",
  "reply in the thread: a cancelled consultation session; belongs with the ongoing conversation (ambiguous with 3 "
  "if the new date is published)", reply_to="d0", thread="d0", likes=9)

# Thread E: recurring fly-tipping hotspot (Facebook)
M("f0", "facebook", "Church End Neighbours", "Church End Neighbours", None,
  "The alley behind Church Road shops is a tip AGAIN. Fridge, builders' rubble, about twenty black bags. This is "
  "the fourth time since Christmas. Cleared on Monday, back by Thursday. Cameras were promised in the autumn - "
  "Brent Council what happened to them?",
  "2026-02-26T11:10:19Z", 4, "Environment",
  "neighbourhood group on a recurring fly-tipping hotspot and a promised camera scheme: ongoing service "
  "conversation, Environment officers to join", thread="f0", replies=6, likes=34, reposts=5)
M("f1", "facebook", "Hassan Ali", "Hassan Ali", None,
  "The van comes about 5am Wednesdays, white Transit, I've seen it from my window twice. Happy to tell the "
  "enforcement team what I saw if they actually want it",
  "2026-02-26T12:25:48Z", 4, "Environment",
  "reply adding evidence to the hotspot discussion: ongoing conversation", reply_to="f0", thread="f0", likes=21)

# ---------------------------------------------------------------- route 2: customer services
M("s01", "x", "@sonalis_spice_shop", "Sonali's Spices", 1120,
  "@Brent_Council got PCN BT60318842 on Ealing Road while UNLOADING stock for my own shop, hazards on, 4 minutes by "
  "the photo. I sent the appeal with photos on 2 Feb and heard nothing. Now it says the charge doubles. Please "
  "someone look at it",
  "2026-02-23T10:48:22Z", 2, "Parking",
  "shop owner's own penalty charge with a reference and an unanswered appeal: customer services",
  replies=1, likes=6, reposts=1)
M("s02", "facebook", "Patrick O'Sullivan", "Patrick O'Sullivan", None,
  "Paid my council tax IN FULL in January (one payment, I have the bank statement). Today a reminder saying I owe "
  "£212.40. Account 30045512. And the new online account shows a blank page where the balance used to be so I "
  "can't even check. Can someone sort this please.",
  "2026-02-16T12:31:09Z", 2, "Finance",
  "own council tax account with a number and a disputed reminder: customer services (website fault is secondary)",
  replies=1, likes=2)
M("s03", "x", "@bex_crestroad", "Becky", 47,
  "bins?? again. green one. 42 Crest Road. thats 3 weeks @Brent_Council",
  "2026-03-03T17:20:11Z", 2, "Environment",
  "own missed recycling collection at a given address: customer services", likes=1)
M("s03b", "x", "@bex_crestroad", "Becky", 47,
  "bins?? again. green one. 42 Crest Road. thats 3 weeks @Brent_Council",
  "2026-03-04T08:02:56Z", 2, "Environment",
  "exact repeat of her earlier post (same label): own missed collection at an address", likes=0)
M("s04", "x", "@ngozi_nw10", "Ngozi E.", 230,
  "My housing association won't touch the mould in my bedroom so I went to Brent environmental health in January. "
  "Ref EH/26/00417. They said an inspector would come in 10 working days. It's been 6 weeks. @Brent_Council",
  "2026-02-27T19:14:36Z", 2, "Regulatory Services",
  "housing association tenant chasing her own environmental health (private sector housing) case with a reference: "
  "customer services; no child or health risk stated", replies=1, likes=3)
M("s05", "x", "@windmillct_flat14", None, 19,
  "No heating or hot water since Sunday at Windmill Court flat 14. Rang repairs, ref 889123, told 'within 5 "
  "working days'. It's 4 degrees. Any chance @Brent_Council",
  "2025-12-09T07:44:03Z", 2, "Housing",
  "council tenant's own repair with a reference: customer services (no vulnerable occupant mentioned; would be 5 "
  "if someone at risk)", likes=2)
M("s06", "x", "@readerkev", "Kevin", 312,
  "Returned 3 books to Willesden Green library on the 3rd, put them through the machine, and I'm STILL getting "
  "overdue emails with £4.50 on my card (ending 4471). Can someone check the returns log pls",
  "2026-02-20T15:03:52Z", 2, "Libraries",
  "own library account and fines needing a record check: customer services", likes=1)
M("s07", "facebook", "Leila Haddad", "Leila Haddad", None,
  "Primary offer day and we got NOTHING. Not one of our 6 choices, not even a school within 2 miles. Application "
  "ref BRE/26/R/10433. Nobody answers the admissions number. My daughter is 4, she doesn't understand why she can't "
  "go with her friends. Who do I speak to about the waiting list and appeals?",
  "2026-04-16T09:26:40Z", 2, "Education",
  "own school admissions application with a reference: customer services", replies=5, likes=8)
M("s08", "x", "@alperton_andy", "Andy", 154,
  "Renewed my resident permit online on the 4th, paid, got the confirmation email. Today a PCN in zone HW outside my "
  "own house because 'no valid permit'. VRM ends 7XK. @Brent_Council which bit of your system lost it",
  "2026-02-14T08:59:20Z", 2, "Parking",
  "own permit not on the system and a PCN issued: customer services", likes=4)
M("s09", "x", "@drivingmissdaisy_nw10", "Daisy", 402,
  "Hit a pothole the size of a dinner plate on Harrow Road by the Jubilee Clock last night, front tyre split and "
  "the alloy's bent. Photos taken. How do I claim @Brent_Council",
  "2026-09-13T10:21:15Z", 2, "Highways",
  "own damage claim for a specific defect at a location: customer services (ambiguous with 3, the claim form is "
  "published, but a defect needs logging too)", likes=3)
M("s10", "facebook", "Maureen Devlin", "Maureen Devlin", None,
  "The street light outside 27 Aylestone Avenue has been flickering on and off for a month and tonight it's out "
  "completely. I'm 78 and I don't like coming home from church in the dark. Reported it on the website but the new "
  "site didn't give me a reference.",
  "2026-02-05T18:50:33Z", 2, "Highways",
  "own report of a faulty street light at an address: customer services", likes=6)
M("s11", "x", "@dhlane_neil", "Neil", 66,
  "2 mattresses and a broken wardrobe dumped outside 88 Dudden Hill Lane since last Wednesday. blocking half the "
  "pavement, pushchairs going in the road. reported on the app, nothing",
  "2026-03-13T13:37:09Z", 2, "Environment",
  "specific fly-tip at an address needing a crew: customer services", likes=2)
M("s12", "facebook", "Kilburn Corner Café", "Kilburn Corner Café", None,
  "Brent Council - we applied for small business rate relief for the café on Kilburn High Road back in November. "
  "Still being billed the full £6,300. Business rates account 60012977. We're a two-person business, this is the "
  "difference between staying open or not. Please can someone call us.",
  "2026-01-28T11:02:58Z", 2, "Finance",
  "small business's own rates account and relief application: customer services", replies=2, likes=19)
M("s13", "x", "@wembleymarket_jas", "Jas", 288,
  "Applied for my street trading licence for the Sunday market pitch 8 weeks ago, ref ST/0321. Fee paid. No "
  "decision, nobody answers licensing. Season starts in a fortnight. @Brent_Council",
  "2026-03-19T09:40:41Z", 2, "Regulatory Services",
  "own licence application with a reference: customer services", likes=2)
M("s14", "x", "@harlesdenhighst_lou", "Lou", 91,
  "the new bar under my flat on Harlesden High Street has music till 3am every fri and sat. logged it twice "
  "(NS-26-1188 and NS-26-1242). I start work at 6. when does someone actually come out",
  "2026-03-15T03:12:27Z", 2, "Regulatory Services",
  "own noise complaint with references: customer services (night post, no risk)", likes=1)
M("s15", "facebook", "Derek Amoah", "Derek Amoah", None,
  "Neighbour at 19 Brook Avenue has started a two storey side extension, scaffolding up, no planning notice "
  "anywhere and nothing on the planning portal. It'll take all the light from our kitchen. Who checks this?",
  "2026-04-08T16:05:10Z", 2, "Planning",
  "reports a possible planning breach at an address for enforcement officers to act on: customer services "
  "(ambiguous with 3 for 'how do I report')", likes=4)
M("s16", "facebook", "Harshad Patel", "Harshad Patel", None,
  "નમસ્તે, મેં જાન્યુઆરીમાં મારો આખો કાઉન્સિલ ટેક્સ ભરી દીધો હતો, છતાં આજે ફરીથી £180 નો રિમાઇન્ડર પત્ર "
  "આવ્યો છે. ખાતા નંબર 30118842. કૃપા કરીને તપાસ કરો, મારા પિતાજીને બહુ ચિંતા થાય છે.",
  "2026-02-17T10:44:37Z", 2, "Finance",
  "Gujarati: paid all council tax in January but a £180 reminder came today, account number given, father is "
  "very worried: own account, customer services", lang="gu", likes=1)
M("s17", "facebook", "Samira Al-Tamimi", "Samira Al-Tamimi", None,
  "السلام عليكم، أنا مستأجرة لدى مجلس برنت في شقة 7 في مبنى Windmill Court. سقف الحمام يسرّب الماء منذ ثلاثة "
  "أسابيع واتصلت مرتين، رقم البلاغ 884512، ولم يأتِ أحد. أرجو المساعدة.",
  "2026-01-29T14:18:22Z", 2, "Housing",
  "Arabic: council tenant, flat 7 Windmill Court, bathroom ceiling leaking for three weeks, called twice, report "
  "number 884512, nobody came: own repair, customer services", lang="ar", likes=2)
M("s18", "x", "@lost_job_in_jan", None, 38,
  "Applied for council tax reduction on 12 Jan after I was made redundant (ref CTR-7781-26). Heard nothing and "
  "the March instalment goes out Monday. Does anyone actually process these",
  "2026-02-25T21:30:46Z", 2, "Finance",
  "own council tax reduction application with a reference: customer services", likes=0)
M("s19", "x", "@sofa_still_here", "Marcus", 133,
  "booked bulky waste BW55120, paid £35, 'collection Tuesday'. it's Friday and the sofa is still on the pavement in "
  "the rain on Chamberlayne Road. cheers @Brent_Council",
  "2026-03-13T18:06:12Z", 2, "Environment",
  "own paid collection missed, with a reference: customer services", likes=5)
M("s21", "linkedin", "Olu Decorating Ltd", "Olu Decorating Ltd", 540,
  "Small businesses are told to bid for council work - so here's our experience. We completed the redecoration of "
  "two floors at Brent Civic Centre in October. Invoice INV-2231, PO 4500183920. 97 days later, still unpaid, "
  "three chasers, no reply from accounts payable. Brent Council, please can someone pick this up.",
  "2026-01-23T08:30:10Z", 2, "Finance",
  "supplier's own unpaid invoice with PO and invoice numbers: customer services (accounts payable); critical but "
  "low reach", replies=6, likes=47, reposts=3)
M("s22", "x", "@jobhunt_shan", "Shanice", 77,
  "applied for the Neighbourhood Manager role (ref BRE01942) on Sunday, got the confirmation email, but the careers "
  "portal says 'no applications'. closing date is tomorrow. @Brent_Council can HR check?",
  "2026-03-16T19:48:31Z", 2, "HR",
  "own job application that needs a record check before a deadline: customer services", likes=1)
M("s23", "x", "@moduya_nw2", "Margaret Oduya", 215,
  "@Brent_Council FOI request: please provide the number of visits recorded at each Brent library for 2024/25 and "
  "for April 2025 to January 2026, by month. Margaret Oduya, 14 Dollis Hill Avenue, London NW2.",
  "2026-02-15T11:02:18Z", 2, "Libraries",
  "FOI for recorded information, real name in profile and signed with an address: valid, to customer services "
  "to log", foi=True, foi_valid=True, likes=12, reposts=4)
M("s24", "bluesky", "@dhirsch.bsky.social", "Daniel Hirsch", 390,
  "Treat this as a freedom of information request please @brent.gov.uk: how much has Brent Council paid to "
  "external consultants for the Elmwood Court regeneration masterplan and ballot since April 2023, broken down "
  "by firm?",
  "2026-03-07T14:55:02Z", 2, "Housing",
  "FOI for recorded spending, real name visible in profile: valid, customer services logs it (topic is "
  "contested but the author is a private resident)", foi=True, foi_valid=True, likes=18, reposts=6)
M("s25", "x", "@lucia_fo_nw10", "Lucía F.", 102,
  "Hola @Brent_Council. Quisiera hacer una solicitud de información (Freedom of Information): ¿cuánto ha pagado el "
  "ayuntamiento a empresas consultoras externas por la nueva página web en 2025 y 2026? Por favor, envíen la "
  "respuesta a: Lucía Fernández Ortega, 22 Chamberlayne Road, London NW10 3JD.",
  "2026-02-19T17:22:40Z", 2, "Web",
  "Spanish: FOI asking how much the council paid external consultancies for the new website in 2025-26; full name "
  "and a postal address given in the post, so valid despite the short profile name; customer services logs it",
  lang="es", foi=True, foi_valid=True, likes=3)

# ---------------------------------------------------------------- route 3: web team responds
M("w01", "x", "@greenfingers_nw9", "Joyce", 58,
  "is the garden waste collection stopped over winter or have I just been forgotten? first year with the brown bin",
  "2026-11-10T09:14:03Z", 3, "Environment",
  "general question answered by the published garden waste calendar: signpost (no address or ref, so not 2)",
  likes=0)
M("w02", "facebook", "Sharon Mitchell", "Sharon Mitchell", None,
  "Is it true Brent are closing ALL the libraries?? My nan's just rung me in tears, someone at church told her "
  "Kilburn is shutting next month.",
  "2026-02-09T17:28:41Z", 3, "Libraries",
  "'is it true' confusion stirred by the leak: web team responds with the actual consultation page",
  replies=3, likes=2)
M("w03", "x", "@queenspk_tom", "Tom", 245,
  "@Brent_Council your new 'check your bin day' page just says undefined for every postcode I try. NW6 6, NW10 4, "
  "HA9 7. all undefined",
  "2026-02-07T08:33:19Z", 3, "Web",
  "fault on the website, no personal case: web team", likes=7, reposts=1)
M("w04", "x", "@planning_nerd_nw2", "Hugh", 510,
  "Link to 'search planning applications' on the new homepage goes to a 404. Been that way since Monday "
  "@Brent_Council",
  "2026-02-11T13:50:55Z", 3, "Web",
  "website fault: web team responds directly", likes=5)
M("w05", "facebook", "Brian Kelleher", "Brian Kelleher", None,
  "Whoever designed the new council website has never met anyone over 60. The writing is tiny, grey on white, and "
  "on my phone I can't pinch to make it bigger. Is there a setting I'm missing?",
  "2026-02-13T15:12:08Z", 3, "Web",
  "accessibility fault on the site plus a how-to question: web team responds", likes=11)
M("w06", "x", "@elmwood_leasehold", None, 29,
  "I'm a leaseholder at Elmwood Court, do I get a vote in the ballot or is it just tenants? nobody has told us",
  "2026-03-03T12:40:06Z", 3, "Housing",
  "general eligibility question answered by the published ballot information: web team (ambiguous with 4, it "
  "sits beside the ballot conversation but is posted standalone)", likes=2)
M("w07", "x", "@numbersnw10", "Rachel", 180,
  "Where are the actual budget consultation documents? The 'Have your say' link on the homepage goes to last "
  "year's survey",
  "2026-01-15T10:10:10Z", 3, "Finance",
  "where-is-it question plus a stale link: web team signposts", likes=3)
M("w08", "x", "@southall_singh", "Gurpreet", 97,
  "@Brent_Council why haven't the bins been collected on Lady Margaret Road Southall for 2 weeks",
  "2026-01-20T19:02:48Z", 3, None,
  "Southall is in Ealing: mention meant for another council, web team signposts to Ealing", likes=0)
M("w09", "x", "@wembleywatcher", "wembleywatcher", 460,
  "FOI @Brent_Council: how much did the new logo and website cost in total, incl the consultants. Won't be giving "
  "my name obviously",
  "2026-02-10T20:30:00Z", 3, "Web",
  "request for recorded information but pseudonymous with no name or address: invalid FOI, web team explains how "
  "to make a valid one", foi=True, foi_valid=False, likes=26, reposts=5)
M("w10", "x", "@jk_nw6", "J.K.", 34,
  "Under the Freedom of Information Act please provide the expenses claimed by each Brent councillor in 2025, "
  "itemised. - JK",
  "2026-02-17T14:14:14Z", 3, "Policy",
  "FOI for recorded information signed only with initials: invalid, web team explains the rule (and members' "
  "allowances are published)", foi=True, foi_valid=False, likes=3)
M("w11", "facebook", "Rafiqul Islam", "Rafiqul Islam", None,
  "বড় পুরোনো সোফা ফেলে দিতে চাই, কাউন্সিল কি বাসা থেকে নিয়ে যায়? কিভাবে বুক করব আর খরচ কত?",
  "2026-03-21T11:45:30Z", 3, "Environment",
  "Bengali: wants to get rid of a big old sofa, does the council collect from home, how to book and how much: "
  "general how-to, signpost bulky waste page", lang="bn", likes=0)
M("w12", "facebook", "Nusrat Jahan", "Nusrat Jahan", None,
  "السلام علیکم، کیا کوئی بتا سکتا ہے کہ چلڈرن سینٹرز والی مشاورت میں رائے کہاں دینی ہے اور آخری تاریخ کیا ہے؟ "
  "مجھے ویب سائٹ پر نہیں مل رہا۔",
  "2026-02-20T10:03:59Z", 3, "Education",
  "Urdu: where to give views in the children's centres consultation and what the deadline is, cannot find it on "
  "the website: signposting", lang="ur", likes=1)
M("w13", "facebook", "Hodan Warsame", "Hodan Warsame", None,
  "Salaan. Sideen ugu codsan karaa boos dugsiga hoose ee wiilkayga oo September bilaabaya? Waqtiga u dambeeya "
  "goorma?",
  "2025-12-03T09:50:21Z", 3, "Education",
  "Somali: how to apply for a primary school place for her son starting in September, and the deadline: general "
  "question, signpost admissions page", lang="so", likes=0)
M("w14", "x", "@diy_dave_nw10", "Dave", 71,
  "Abbey Road tip open on the bank holiday Monday or not? website says two different things on two pages",
  "2026-05-01T16:22:37Z", 3, "Environment",
  "when-is-it question with contradictory web pages: web team answers", likes=1)
M("w15", "x", "@kenton_kev", "Kev", 205,
  "so is Brent council tax going up 4.99% or not? seen 4.99, seen 2.99, seen 'capped'. which is it",
  "2026-02-27T12:00:41Z", 3, "Finance",
  "confusion about a well-understood, published decision: web team signposts", likes=2)
M("w16", "linkedin", "Chloe Mensah", "Chloe Mensah", 820,
  "Interested in the Procurement Officer vacancy Brent Council posted this week - does anyone know if it's open to "
  "part-time or job-share? The advert doesn't say.",
  "2026-03-10T12:30:00Z", 3, "HR",
  "general question about a published vacancy: web team answers or signposts", likes=4)
M("w17", "x", "@tidy_tina", "Tina", 140,
  "where do you report fly tipping now?? the old link from google goes to 'this content has been retired' 🙄",
  "2026-02-12T07:58:01Z", 3, "Web",
  "broken legacy link plus a how-to question, no location given: web team", likes=3)
M("w18", "x", "@cricklewood_carl", "Carl", 66,
  "@Brent_Council why is Brent Cross car park suddenly £5 for two hours? you lot need to sort it",
  "2026-03-28T14:41:19Z", 3, None,
  "Brent Cross is a private centre in Barnet, not a Brent council matter: web team signposts (ambiguous with 1, "
  "but it is addressed to us as a question)", likes=1)
M("w19", "facebook", "Mensah Building Services", "Mensah Building Services", None,
  "We're a small Harlesden firm. How do local businesses actually get onto Brent's list for small works contracts? "
  "Is there a portal or do you have to know someone 😅",
  "2026-03-12T09:15:44Z", 3, "Finance",
  "general question about published procurement routes: web team signposts to the supplier portal", likes=7)
M("w20", "x", "@skiphire_nw2", "Paul", 210,
  "do I need a permit from the council to put a skip on the road outside my house or is that the skip company's "
  "job",
  "2026-04-20T08:12:00Z", 3, "Highways",
  "general how-to answered by published skip licence information", likes=0)

# ---------------------------------------------------------------- route 1: monitor
M("n01", "rss", "Energy Markets Daily", None, None,
  "Brent crude climbs above $84 as OPEC+ signals deeper output cuts. Brent futures for May delivery rose 2.8% on "
  "Monday, while West Texas Intermediate gained 2.5%...",
  "2026-03-16T07:02:00Z", 1, None, "Brent crude oil prices: keyword noise")
M("n02", "x", "@beesabroad", "Bees Abroad", 3300,
  "away end absolutely bouncing. Brentford you beauties 🐝🐝🐝",
  "2026-01-03T17:12:41Z", 1, None, "Brentford FC: keyword noise", likes=140, reposts=12)
M("n03", "x", "@shoppedout", "Nadia", 410,
  "Brent Cross on a Saturday before Christmas should be classed as a human rights violation",
  "2025-12-20T15:40:03Z", 1, None, "Brent Cross shopping centre chatter: noise", likes=33)
M("n04", "bluesky", "@jimmy-ops.bsky.social", "Jimmy", 190,
  "Fully channelled David Brent in today's all-hands. 'Chilled out entertainer' energy. Nobody laughed.",
  "2026-03-05T18:20:11Z", 1, None, "David Brent reference: noise", likes=22)
M("n05", "facebook", "Rukhsana Malik", "Rukhsana Malik", None,
  "Massive shout out to the recycling crew on Mapesbury Road this morning who carried my mum's flattened boxes "
  "down from her step without being asked. Little things ❤️",
  "2026-10-02T10:31:27Z", 1, "Environment", "praise for a crew: nothing to do but note it", likes=48)
M("n06", "x", "@harlesden_dad", "Jermaine", 260,
  "Harlesden library homework club is the only reason my boy got his maths GCSE. Whoever is drawing up the cuts "
  "list, go and sit in there one afternoon first.",
  "2026-02-09T21:11:32Z", 1, "Libraries",
  "praise mixed with an opinion on the cuts, low reach, no request: monitor", likes=86, reposts=19)
M("n07", "x", "@preston_pauline", "Pauline", 120,
  "How much did this shiny new website cost, a million? two? And Preston library still shuts at 5. Genius "
  "@Brent_Council 🙃",
  "2026-02-10T12:44:50Z", 1, "Web",
  "sarcastic rhetorical jibe, not a request for recorded information (not FOI); low reach: monitor",
  likes=15, reposts=2)
M("n08", "x", "@nw10_mouthpiece", None, 33,
  "brent council are a bunch of useless clowns 🤡🤡🤡",
  "2026-01-30T23:55:09Z", 1, None, "low-reach abuse with no substance: monitor", likes=2)
M("n09", "x", "@brentcowboys", "Brent Cowboys", 211,
  "Brent Council = Brent Cowboys. Resign. All of you.",
  "2026-02-18T09:00:00Z", 1, None, "repeated low-reach abuse, no substance: monitor", likes=3)
M("n10", "x", "@brentcowboys", "Brent Cowboys", 211,
  "Brent Council = Brent Cowboys. Resign. All of you.",
  "2026-02-18T21:00:00Z", 1, None, "exact repeat of the same author's abuse: same label, monitor", likes=1)
M("n11", "instagram", "@cashflow_kingz_uk", "💰Cash Flow Kingz💰", 9200,
  "Make £500 a DAY from your phone 📲 no experience needed, DM 'START' 🔥 #Brent #Wembley #London #Harlesden",
  "2026-03-01T04:12:00Z", 1, None, "spam using local hashtags", likes=4)
M("n12", "facebook", "Brent Lib Dem Supporters", "Brent Lib Dem Supporters", None,
  "Labour-run Brent: libraries cut, children's centres cut, council tax up again. On 7 May you can change it. Vote "
  "Liberal Democrat 🔶",
  "2026-04-14T18:00:00Z", 1, None,
  "party-political campaigning by a supporters' page, no candidate and no question: monitor and do not engage "
  "(ambiguous with 5 if a candidate posts it)", likes=61, reposts=14)
M("n13", "x", "@BrentConsFriends", "Friends of Brent Conservatives", 1900,
  "Another year of Labour in Brent. Higher bills, fewer services, a website that doesn't work. #BrentDeservesBetter",
  "2026-03-23T19:30:00Z", 1, None,
  "party campaigning slogan with no specific issue or request, moderate reach: monitor, no political standpoint",
  likes=48, reposts=20)
M("n14", "x", "@nw2_gran", "Joan", 40,
  "RT this is disgraceful. every parent in Brent needs to see it",
  "2026-02-08T20:10:51Z", 1, "Finance",
  "low-reach reshare of the leaked list already escalated: monitor", likes=0, reposts=1)
M("n15", "rss", "Harrow Online", None, None,
  "Harrow Council confirms 4.99% council tax rise and consultation on Pinner library hours. The neighbouring "
  "borough, which borders Brent along Kenton Road, says the savings are needed to meet a £20m gap...",
  "2026-02-25T08:00:00Z", 1, None, "another council's budget news mentioning Brent only in passing: monitor")
M("n16", "x", "@ElaraMusicOfficial", "Elara", 1450000, verified=True,
  text="BRENT. WEMBLEY. LONDON. 90,000 of you and I still can't speak. Thank you thank you thank you 🖤",
  created="2026-06-20T23:10:00Z", route=1, dept=None,
  reason="huge verified account but nothing about the council: 'large accounts saying things of no "
  "consequence'", likes=210000, reposts=31000)
M("n18", "x", "@lib_assistant_anon", None, 95,
  "Thinking of everyone at Brent whose job is somewhere on that savings list and found out from Twitter. Not their "
  "fault.",
  "2026-02-09T07:41:20Z", 1, "HR", "sympathy, no request: monitor", likes=57, reposts=6)
M("n19", "facebook", "Marta Sousa", "Marta Sousa", None,
  "Quero agradecer à equipa da biblioteca de Wembley, ajudaram a minha mãe a preencher o formulário do passe de "
  "autocarro com muita paciência. Serviço 5 estrelas 👏",
  "2026-01-16T14:05:40Z", 1, "Libraries",
  "Portuguese: thanks to Wembley library staff who patiently helped her mother fill in the bus pass form; "
  "praise, monitor", lang="pt", likes=9)
M("n20", "instagram", "@selvi.kingsbury", "Selvi", 310,
  "கிங்ஸ்பரி நூலகத்தை மூடாதீர்கள்! எங்கள் குழந்தைகள் அங்கே தான் படிக்கிறார்கள் 📚 #SaveBrentLibraries",
  "2026-02-15T16:40:12Z", 1, "Libraries",
  "Tamil: 'Don't close Kingsbury library! Our children study there' - campaign sentiment, low reach: monitor",
  lang="ta", likes=64)
M("n21", "youtube", "Kate Bell", "Kate Bell", None,
  "Really useful video, I had no idea the foil trays had to be rinsed. Sharing with my block's WhatsApp.",
  "2025-12-28T20:30:00Z", 1, "Environment", "positive comment on a council how-to video: monitor", likes=2)
M("n22", "rss", "Brent Budget Watch (blog)", None, None,
  "Reading the 2026/27 budget papers so you don't have to: reserves, the housing revenue account, and why the "
  "savings list looks bigger than it is. Part one of three. Brent's general fund budget rises by 4.2% in cash "
  "terms but...",
  "2026-02-28T09:00:00Z", 1, "Finance",
  "measured analytical blog post, small niche audience, no allegation: monitor (ambiguous with 5 given the budget "
  "row)")
M("n24", "x", "@kilburn_kat", "Kat", 315,
  "love the new brent council website. so minimalist it doesn't have any information on it. bold design choice",
  "2026-02-08T11:30:19Z", 1, "Web",
  "sarcasm about the relaunch, no specific fault or question: monitor (ambiguous with 3)", likes=41, reposts=6)
M("n25", "x", "@random_ruminations", "Ade", 58,
  "Same here. Been like this for a week.",
  "2026-02-21T22:05:30Z", 1, None,
  "standalone with no visible context or case: nothing to act on, monitor (the same words inside the website "
  "thread are route 4)", likes=0)
M("n26", "facebook", "Wembley Central Traders", "Wembley Central Traders", None,
  "Thank you to the Brent highways team for finishing the High Road resurfacing two days early and working nights "
  "so shops could stay open. Noticed and appreciated.",
  "2026-05-14T10:00:00Z", 1, "Highways", "business group praise: monitor", likes=73, reposts=4)
M("n28", "bluesky", "@brent-harlow.bsky.social", "Brent Harlow", 740,
  "Brent here - new podcast episode is up, we're talking about synths and burnout. Link in bio.",
  "2026-09-02T17:45:00Z", 1, None, "person called Brent: noise", likes=12)


# ---------------------------------------------------------------- ids, order, serialise
def make_id(i, platform):
    r = random.Random(1000 + i)
    if platform in ("x", "mastodon"):
        return PREFIX + str(r.randrange(10 ** 13, 10 ** 14)) if platform == "x" else PREFIX + str(r.randrange(10 ** 12, 10 ** 13))
    if platform == "facebook":
        return f"104873562219{r.randrange(100, 999)}_{PREFIX}{r.randrange(10 ** 9, 10 ** 10)}"
    if platform == "bluesky":
        return f"at://did:plc:{PREFIX}x{r.randrange(16 ** 9, 16 ** 10):x}/app.bsky.feed.post/3m{PREFIX}{r.randrange(10 ** 5, 10 ** 6)}"
    if platform == "instagram":
        return f"ig_{PREFIX}{r.randrange(10 ** 11, 10 ** 12)}"
    if platform == "youtube":
        return f"Ugx{PREFIX}{r.randrange(16 ** 8, 16 ** 9):x}AaABAg"
    if platform == "linkedin":
        return f"urn:li:activity:{PREFIX}{r.randrange(10 ** 13, 10 ** 14)}"
    if platform == "rss":
        return f"rss-{PREFIX}-{r.randrange(10 ** 7, 10 ** 8)}"
    raise ValueError(platform)


def handle_of(it):
    h = it["handle"]
    if h.startswith("@"):
        return h
    slug = re.sub(r"[^a-z0-9]+", ".", unicodedata.normalize("NFKD", h).encode("ascii", "ignore").decode().lower()).strip(".")
    return "@" + slug


def main():
    ids = {}
    for i, it in enumerate(ITEMS):
        ids[it["key"]] = make_id(i, it["platform"])
    assert len(set(ids.values())) == len(ids) == len(ITEMS)
    order = list(ITEMS)
    random.Random(26457).shuffle(order)
    emitted, out, pending = set(), [], []

    def emit(it):
        out.append(it)
        emitted.add(it["key"])
        again = True
        while again:
            again = False
            for p in list(pending):
                if p["reply_to"] in emitted:
                    pending.remove(p)
                    out.append(p)
                    emitted.add(p["key"])
                    again = True

    for it in order:
        if it["reply_to"] is None or it["reply_to"] in emitted:
            emit(it)
        else:
            pending.append(it)
    assert not pending and len(out) == len(ITEMS)
    with open(OUT, "w", encoding="utf-8") as f:
        for it in out:
            d = {
                "platform": it["platform"],
                "platform_id": ids[it["key"]],
                "author_handle": handle_of(it),
                "author_name": it["name"] if it["name"] is not None or it["platform"] != "rss" else it["handle"],
                "author_followers": it["followers"],
                "author_verified": it["verified"],
                "text": it["text"],
                "created_at": it["created"],
                "reply_to_id": ids[it["reply_to"]] if it["reply_to"] else None,
                "thread_id": ids[it["thread"]] if it["thread"] else None,
                "replies": it["replies"],
                "likes": it["likes"],
                "reposts": it["reposts"],
                "language": None,
                "label": {
                    "route": it["route"],
                    "department": it["dept"],
                    "foi": it["foi"],
                    "foi_valid": it["foi_valid"],
                    "escalate_reason": it["esc"],
                    "reason": it["reason"],
                    "language": it["lang"],
                },
                "provenance": "written",
            }
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} items to {OUT}")


if __name__ == "__main__":
    main()
