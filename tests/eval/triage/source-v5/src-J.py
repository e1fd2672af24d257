#!/usr/bin/env python3
"""Writer J, set v5: 110 hand-written mentions of Brent Council, labelled per Appendix A.
Angle: spring 2026 local elections and the pre-election period, cost of living, school admissions,
plus the ordinary stream. Texts and labels are written by hand below; this script only assigns
platform ids, resolves reply links, shuffles (replies kept after their parents) and serialises."""
import json, random, os

PREFIX = "57721"
rng = random.Random(57721)
ITEMS = []


def m(key, platform, handle, name, followers, created, text, route, dept, reason, lang="en",
      foi=False, foi_valid=None, esc=None, reply_to=None, thread=None, replies=0, likes=0, reposts=0,
      verified=False):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers,
                      created=created, text=text, route=route, dept=dept, reason=reason, lang=lang,
                      foi=foi, foi_valid=foi_valid, esc=esc, reply_to=reply_to, thread=thread,
                      replies=replies, likes=likes, reposts=reposts, verified=verified))


# ---------------------------------------------------------------- route 5: escalate
m("e_ceiling_water", "x", "@tamsin_w_nw10", "Tamsin W", 143, "2026-01-14T07:52:11Z",
  "water is literally pouring out of the light fitting on the 3rd floor landing at Kilburn Square, lights keep buzzing and cutting out. rang repairs at 7, nobody yet. my kids have to come down these stairs for school @Brent_Council",
  5, "Housing", "Water running through a live light fitting on a communal stair used by children: risk to life, escalate whatever the follower count (ambiguous with 2 as a repair, but the danger comes first).",
  esc="risk_to_life", replies=2, likes=9, reposts=3)

m("e_gas_pl", "facebook", "agnieszka.nowak.5521", "Agnieszka Nowak", 188, "2026-02-03T18:20:40Z",
  "Na klatce schodowej w bloku przy Brentfield Road od dwóch dni czuć gaz. Zgłosiłam do administracji Brent, powiedzieli że ktoś przyjdzie w ciągu 5 dni roboczych. Czy to normalne?? Boję się zostawiać dzieci same w domu.",
  5, "Housing", "Polish: 'the stairwell of our block on Brentfield Road has smelt of gas for two days; Brent said someone will come within 5 working days; is that normal? I'm scared to leave the kids home.' Possible gas leak = risk to life; escalate (and point to the gas emergency line).",
  lang="pl", esc="risk_to_life", replies=4, likes=6)

m("e_balcony_child", "x", "@kaysha_ldn", "kaysha", 61, "2026-01-22T23:41:07Z",
  "the little boy next door is out on the balcony on his own again, its nearly midnight and freezing. havent seen his mum since sunday. hes like 5. does brent council do anything about this or is it police idk",
  5, None, "A young child apparently left alone at night for days: a child may be at risk, so escalate regardless of reach (children's social care is not one of the listed departments).",
  esc="safeguarding_child", likes=3)

m("e_neighbour_milk", "facebook", "doreen.clarke.31", "Doreen Clarke", 38, "2026-03-15T10:05:52Z",
  "Not sure where to put this. The gentleman at no. 14 on our road (Chatsworth Road NW2) hasn't taken his milk in since Thursday and his curtains haven't moved. He used to have carers from the council twice a day but I haven't seen them all week. I've knocked. Probably nothing but he's 91.",
  5, None, "An elderly man not seen for four days whose carers seem to have stopped: an adult may be at risk. Written as 'probably nothing' but it needs escalating now, not monitoring.",
  esc="welfare_concern", replies=1, likes=12)

m("e_rough_sleeper", "x", "@harlesden_hugo", "Hugo", 220, "2025-12-07T08:14:30Z",
  "been bringing tea to the fella who kips in the doorway by the old Harlesden library since the frost started. this morning he could barely hold the cup and his lips were a funny colour. the outreach number just rings out @Brent_Council",
  5, "Housing", "Rough sleeper showing signs of hypothermia in a frost, and the outreach line unanswered: risk to life; escalate (and 999 advice).",
  esc="rough_sleeper_risk", likes=18, reposts=6)

m("c_ctax_summons_root", "x", "@j_okonkwo_", "Joy O.", 88, "2026-03-09T12:31:18Z",
  "@Brent_Council got a summons for council tax arrears, £618 + £125 costs. I'm on UC with 2 kids and I was paying £20 a month, nobody told me that stopped being enough?? account 30418826",
  2, "Finance", "Her own council tax account (number given), summons and arrangement: 'a person requiring customer services', pass to Finance/recovery.",
  thread="c_ctax_summons_root", replies=1, likes=2)

m("e_ctax_selfharm", "x", "@j_okonkwo_", "Joy O.", 88, "2026-03-11T21:58:03Z",
  "still nothing from anyone. bailiff letter came this morning. honestly im so tired of all of it, the kids would probably be better off with their dad and me out of the picture",
  5, "Finance", "Same person's arrears thread; 'better off ... me out of the picture' reads as a possible self-harm cue on top of enforcement: escalate for a welfare response, not just a payment plan (ambiguous, but err to 5).",
  esc="self_harm", reply_to="c_ctax_summons_root", thread="c_ctax_summons_root", likes=1)

m("e_death_ta", "facebook", "samira.haddad.nw10", "Samira Haddad", 203, "2026-02-22T20:12:44Z",
  "My brother Khalid passed away last week in the temporary accommodation Brent placed him in on Harrow Road. For eight months we reported the mould, the broken heater, his asthma getting worse. I have every email. I want someone from the council to explain to our family why nobody came. Please share.",
  5, "Housing", "A death in council-placed temporary accommodation after reported disrepair: a death and a controversial issue with clear reputational weight; escalate to communications and Housing leads.",
  esc="death", replies=37, likes=640, reposts=410)

m("e_breach_letter", "x", "@rav_kenton", "Rav", 412, "2026-04-02T09:47:21Z",
  "so brent council just posted me someone elses council tax reminder. full name, account number, their address in Queensbury, how much they owe. inside MY envelope addressed to me. what else are you sending out lol",
  5, "Finance", "Another resident's personal and account data sent to the wrong person: a data breach; escalate (information governance) even though it is written jokily.",
  esc="data_breach", replies=3, likes=27, reposts=8)

m("e_discrim_root", "x", "@ade_bakare", "Ade Bakare", 530, "2026-02-25T16:03:09Z",
  "Took my mum (72) to the housing desk at the Civic Centre today to ask about her transfer. The officer laughed and told her to 'learn proper English before coming here asking for a bigger flat'. In front of everyone. She cried on the bus home. @Brent_Council is this how you train your staff?",
  5, "Housing", "Alleged discrimination by a named service's staff, already drawing reposts: escalate as discrimination/misconduct.",
  esc="discrimination", thread="e_discrim_root", replies=14, likes=212, reposts=96)

m("e_discrim_reply", "x", "@bola_f", "Bola", 97, "2026-02-25T17:20:55Z",
  "this happened to my mum too at the civic centre",
  5, "Housing", "Inside the housing-desk discrimination thread this is a second allegation against staff at the same counter: part of the escalated issue, escalate with it. (Same words standalone are monitor-only.)",
  esc="discrimination", reply_to="e_discrim_root", thread="e_discrim_root", likes=34)

m("r1_discrim_share", "x", "@kwame_nw", None, 40, "2026-02-25T18:02:37Z",
  "disgusting. sharing",
  1, "Housing", "A reshare/agreement under an item already escalated; adds nothing new, monitor.",
  reply_to="e_discrim_root", thread="e_discrim_root", likes=2)

m("e_threat_warden", "x", "@ncm_1987", None, 19, "2026-05-20T07:26:48Z",
  "the warden who does Ealing Road every morning with the ginger beard. I know what car you drive mate. tick one more of our customers and see what happens after dark",
  5, "Parking", "A veiled threat against an identifiable civil enforcement officer: threat to staff, escalate whatever the reach.",
  esc="threat_to_staff", likes=4)

m("e_legal_disrepair", "facebook", "marcus.reid.stonebridge", "Marcus Reid", 150, "2026-06-07T19:33:02Z",
  "Final post about this. 14 months of damp in my daughter's bedroom in Stonebridge, 6 repair appointments missed, and today Brent told me the job is 'closed'. My solicitor is sending the letter of claim under the disrepair protocol on Monday. Don't say you weren't told.",
  5, "Housing", "Stated intention to issue a legal claim for disrepair: legal threat, escalate (Housing lead + legal), not a routine repair.",
  esc="legal_threat", replies=6, likes=48, reposts=5)

m("e_misconduct_cash", "x", "@wembley_trader", "Wembley Phones & Repairs", 680, "2026-07-14T11:02:19Z",
  "watched a Brent enforcement officer on Wembley High Rd write a ticket, then the driver handed him something folded and he tore the ticket up. 10.15 this morning outside our shop. got it on camera. who do I send it to",
  5, "Parking", "Alleges an officer taking cash to cancel a ticket, with footage: alleged misconduct; escalate.",
  esc="misconduct", replies=5, likes=41, reposts=12)

m("e_journo_foi", "x", "@lucy_hart_news", "Lucy Hart", 780, "2026-04-08T10:15:00Z",
  "Hi @Brent_Council, Lucy Hart, Brent & Kilburn Times. Under FOI could you provide the number of households placed in temporary accommodation outside the borough at 31 March 2026, broken down by receiving borough? Also happy to take a press office line on the trend. Email in bio.",
  5, "Housing", "A journalist naming her outlet asks for recorded information (valid FOI: real name in profile and post) and a press line: 'a journalist's request is 5'; log the FOI too.",
  foi=True, foi_valid=True, esc="media", likes=6, reposts=2)

m("e_newsletter_warmspaces", "bluesky", "@harlesdenhour.bsky.social", "Dev Mistry | The Harlesden Hour", 310, "2026-02-27T13:40:26Z",
  "Hello Brent Council, I write the Harlesden Hour newsletter. Are the warm spaces at Harlesden and Willesden Green libraries carrying on after March? A few readers have asked. Is there someone in the press team I could speak to?",
  5, "Libraries", "Polite, neutral question from a local reporter with a small following who names his outlet and asks for the press team: media enquiry, escalate to communications (ambiguous with 3, which would answer the hours).",
  esc="media", likes=5)

m("e_cllr_recycling", "x", "@CllrHemaPatel", "Cllr Hema Patel", 2400, "2026-02-12T08:55:34Z",
  "Third week running I've had residents on Ealing Road and Bridgewater Road telling me their recycling wasn't collected. Raised with officers twice. @Brent_Council residents deserve an answer, not another 'we apologise for any inconvenience'.",
  5, "Environment", "A ward councillor publicly criticising a service: an influential commentator on a council matter, escalate to communications and Environment lead.",
  esc="councillor", replies=8, likes=77, reposts=21, verified=True)

m("e_mp_bnb", "x", "@SarahMensahMP", "Sarah Mensah MP", 41200, "2026-06-22T14:00:12Z",
  "I've written to Brent's Chief Executive today about families with children being kept in B&Bs for more than six weeks. This is unlawful and it has to stop. My letter below 👇",
  5, "Housing", "An MP with a large following alleging unlawful B&B use: highly influential and controversial, escalate (communications, Housing, leading members).",
  esc="mp", replies=120, likes=1900, reposts=740, verified=True)

m("e_candidate_posters", "x", "@Rahul4Kenton", "Rahul Desai, Independent for Kenton", 890, "2026-04-21T09:12:50Z",
  "My posters on the lamp posts along Kenton Rd were taken down by council contractors yesterday, while the big parties' ones are still up on the same street. @Brent_Council who authorised this? Would like the returning officer to explain.",
  5, "Environment", "A candidate alleging unequal treatment by council contractors during the campaign: candidate + electoral fairness, escalate (keep neutral, no political standpoint).",
  esc="candidate", replies=11, likes=63, reposts=30)

m("e_pollcards", "facebook", "gloria.ampofo.9", "Gloria Ampofo", 45, "2026-04-30T17:48:13Z",
  "We've had poll cards come for three people who moved out of our flat in 2021, and my own postal vote still hasn't arrived and it's the 30th. Rang the number twice. Someone could use those cards you know.",
  5, None, "Stale electors on the register and a missing postal vote a week before polling day, with a worry about misuse: electoral integrity, escalate to electoral services/communications.",
  esc="electoral_integrity", replies=3, likes=9)

m("e_viral_stall", "x", "@NWLondonNow", "NW London Now", 58300, "2026-08-04T15:30:41Z",
  "WATCH: Brent enforcement officers load an elderly Somali woman's market stall into a van on Harlesden High St while she pleads with them. 300k views and climbing. Council yet to comment.",
  5, "Regulatory Services", "Video going viral against a service, posted by a very large local account: controversial, escalate (street trading enforcement sits with Regulatory Services).",
  esc="viral", replies=860, likes=9400, reposts=2100)

m("e_balcony_rail", "instagram", "@mayas.flat", "Maya", 230, "2026-05-10T17:02:25Z",
  "the balcony railing on the 6th floor at our block in Chalkhill is literally hanging on by one bolt 😬 kids lean on it all the time. put a bin bag and tape round it for now lol @brentcouncil",
  5, "Housing", "A railing about to give way six floors up where children lean: structural danger, risk to life; escalate despite the jokey tone.",
  esc="risk_to_life", replies=4, likes=52)

m("e_crush_wembley", "x", "@ellie_gigs", "Ellie", 312, "2026-06-13T22:47:36Z",
  "crush on the ramp down to wembley park station after the concert, barriers shut, people climbing over the railing by the fire exit, a girl went down near me. this is genuinely scary @Brent_Council @TfL",
  5, "Emergency Planning", "Live crowd-safety incident on an event night with someone down: risk to life, escalate to emergency planning immediately.",
  esc="crowd_safety", replies=9, likes=70, reposts=44)

m("e_fire_doors", "facebook", "tunde.adeyemi.77", "Tunde Adeyemi", 76, "2026-09-06T20:21:58Z",
  "Fire doors on floors 3 to 9 at Granville New Homes are wedged open with the extinguishers, and the dry riser cupboard has been full of old mattresses since the cladding contractors left. Reported in January. If something happens here...",
  5, "Housing", "Fire safety failures in a residential block, reported months ago and unfixed: fire safety is controversial and dangerous, escalate.",
  esc="fire_safety", replies=2, likes=15, reposts=4)

m("e_children_so", "facebook", "hodan.warsame.1", "Hodan Warsame", 54, "2026-10-10T14:26:10Z",
  "Walaalayaal, qoys deris nala ah oo ku nool Church End ayaa carruurtoodu maalin kasta keligood guriga ku jiraan, midka ugu weyn waa 8 sano. Cunto ma haystaan, shalay waxay iga codsadeen rooti. Guddiga Brent qof ma la hadli karaa?",
  5, None, "Somali: 'a neighbouring family in Church End leave their children home alone every day, the oldest is 8; they have no food, yesterday they asked me for bread; can I talk to someone at Brent council?' Children possibly neglected: safeguarding, escalate.",
  lang="so", esc="safeguarding_child", replies=2, likes=7)

m("e_discrim_fa", "x", "@reza_k_wembley", "Reza K", 133, "2026-05-26T11:38:44Z",
  "امروز در مرکز شورای برنت، کارمند پذیرش وقتی اسم مرا دید گفت «شما افغان‌ها همیشه دروغ می‌گویید» و فرم مرا قبول نکرد. آیا این قانونی است؟ @Brent_Council",
  5, "HR", "Farsi: 'today at Brent Civic Centre the reception officer saw my name, said \"you Afghans always lie\" and refused my form; is this legal?' Discrimination by staff: escalate (HR for the conduct side).",
  lang="fa", esc="discrimination", likes=11, reposts=3)

m("e_purdah_posters", "x", "@KilburnBlueTeam", "Kilburn Conservatives (campaign)", 1150, "2026-04-01T08:30:05Z",
  "Brent Council's taxpayer-funded 'Brent: Delivering For You' posters went up at bus stops THIS WEEK. In the pre-election period. That's the ruling group's slogan on our council tax. Reported to the Electoral Commission. @Brent_Council explain.",
  5, "Communications", "Allegation that council publicity breaches the pre-election period: controversial and about electoral integrity; escalate to communications (respond without taking a political standpoint).",
  esc="electoral_integrity", replies=23, likes=140, reposts=88)

# ---------------------------------------------------------------- route 2: customer services
m("c_bins_again", "x", "@dh_lane_41", None, 23, "2026-01-27T07:40:02Z",
  "bins?? again. 41 Dudden Hill Lane NW10, recycling not taken 3rd week running @Brent_Council",
  2, "Environment", "Own missed collection at a given address: customer services to log and chase.", likes=1)

m("c_bins_again_rpt", "x", "@dh_lane_41", None, 23, "2026-02-03T07:36:45Z",
  "bins?? again. 41 Dudden Hill Lane NW10, recycling not taken 3rd week running @Brent_Council",
  2, "Environment", "Exact repeat by the same resident a week later: still an own missed collection at an address, customer services.", likes=0)

m("c_green_bin_root", "x", "@priya_r_wembley", "Priya R", 164, "2026-04-14T08:11:28Z",
  "@Brent_Council green bin missed on Lyon Park Avenue again, no. 58. sticker on it says 'contaminated' but it was literally just cardboard??",
  2, "Environment", "Own missed collection with address and a disputed contamination tag: customer services.",
  thread="c_green_bin_root", replies=2, likes=3)

m("c_green_bin_reply", "x", "@glen_wembley", "Glen", 51, "2026-04-14T09:02:50Z",
  "same on ours, Villiers Rd no. 12, that's 3 weeks now",
  2, "Environment", "A second resident's own missed collection with an address, inside a thread: their own case, customer services.",
  reply_to="c_green_bin_root", thread="c_green_bin_root", likes=1)

m("r1_app_says", "x", "@tomasz_k", None, 77, "2026-04-14T09:30:13Z",
  "the app says collected lol",
  1, "Environment", "Sarcastic aside in the thread, no case or request: monitor.",
  reply_to="c_green_bin_root", thread="c_green_bin_root", likes=6)

m("c_pcn_ro", "facebook", "ionut.popescu.wembley", "Ionuț Popescu", 96, "2026-05-05T13:14:27Z",
  "Bună ziua, am primit o amendă de parcare PCN BT40918273 pe Ealing Road, dar aveam permis de vizitator valabil pentru ziua aceea, plătit online. Cum pot să contest? Am atașat poza cu permisul.",
  2, "Parking", "Romanian: 'I got PCN BT40918273 on Ealing Road but had a valid visitor permit paid online that day; how can I challenge it? Photo of the permit attached.' Own PCN with a number: customer services (Parking).",
  lang="ro", likes=0)

m("c_ctax_gu", "facebook", "ramniklal.shah.3", "Ramniklal Shah", 41, "2026-03-18T10:22:31Z",
  "મારું કાઉન્સિલ ટેક્સ બિલ આ વર્ષે ખોટું આવ્યું છે. હું ૭૮ વર્ષનો છું અને એકલો રહું છું, છતાં સિંગલ પર્સન ડિસ્કાઉન્ટ કાઢી નાખ્યું છે. એકાઉન્ટ નંબર 30551207. કોઈ મદદ કરશે?",
  2, "Finance", "Gujarati: 'my council tax bill is wrong this year; I'm 78 and live alone but the single person discount has been removed; account 30551207; can anyone help?' Own account: customer services (Finance).",
  lang="gu", likes=2)

m("c_heating_day9", "x", "@brenda_kilburn", "Brenda", 27, "2026-11-03T09:05:16Z",
  "Still waiting Brent. Day 9 no heating. Ref 4471923",
  2, "Housing", "Own repair with a reference: customer services to chase the job (watch for vulnerability; ambiguous with 5 if it drags on in cold weather).", likes=1)

m("c_heating_day9_rpt", "x", "@brenda_kilburn", "Brenda", 27, "2026-11-03T15:44:09Z",
  "Still waiting Brent. Day 9 no heating. Ref 4471923",
  2, "Housing", "Exact repeat the same afternoon by the same tenant: same own repair case, customer services.", likes=0)

m("c_mould_son", "facebook", "lerato.m.kilburn", "Lerato M", 112, "2026-10-18T21:10:48Z",
  "Can someone from Brent housing actually come and look at the mould in my son's room, flat 22 Kilburn Square. It comes back every time after they paint over it. Tenancy ref KS/22/0914. I'm doing this on my own with a 4 year old and I'm worn out.",
  2, "Housing", "Own damp and mould repair with a tenancy ref: customer services with priority (child in the room; ambiguous with 5 if health harm were described).",
  likes=8)

m("c_library_charge", "instagram", "@reads.with.rosa", "Rosa", 640, "2026-02-10T16:30:02Z",
  "@brentlibraries I returned The Bee Sting to Willesden Green back in January and it's still showing overdue with a £7 charge on card 2190030044 🙃",
  2, "Libraries", "Own library account with a card number and a disputed charge: customer services (Libraries).", likes=14)

m("c_no_offer", "facebook", "hannah.lewis.nw2", "Hannah Lewis", 205, "2026-03-02T13:06:37Z",
  "Secondary offer day and we got NOTHING. None of our 6 preferences, and she's been 'allocated' a school two buses away in another borough. Application ref BRT2026-118734. How on earth do we appeal and who do I actually speak to? She's been crying all afternoon.",
  2, "Education", "Own admissions case with a reference: needs an officer (waiting lists, appeal route). Upset child is normal disappointment, not a risk cue.",
  replies=5, likes=19)

m("c_primary_address", "x", "@dad_of_three_nw6", None, 140, "2026-04-16T11:48:53Z",
  "@Brent_Council we moved to Brondesbury Park in Jan and sent proof of address, but the primary offer went to our old address + our old catchment school. ref BRT2026P-44519",
  2, "Education", "Own primary application with a ref and a records error: customer services (Admissions).", likes=2)

m("c_pothole_claim", "x", "@shreya_drives", "Shreya", 302, "2026-01-10T08:20:34Z",
  "that pothole on Blackbird Hill by the petrol station took my tyre AND rim out last night. £340. how do I claim @Brent_Council, have photos + receipt",
  2, "Highways", "Own damage claim with location and evidence: customer services (Highways insurance claim), ambiguous with 3 (signpost the claim form).", likes=5, reposts=1)

m("c_hmo_licence", "facebook", "neil.thakrar.lettings", "Neil Thakrar", 330, "2026-01-20T12:02:11Z",
  "Small landlord here, one property in Harlesden. Submitted the additional HMO licence application in November, ref PRSL/2025/3391, fee paid, no acknowledgement at all. My lender wants to see the licence. Who do I chase?",
  2, "Housing", "Own licence application with a reference: customer services (private housing licensing; could be Regulatory Services depending on structure).", likes=1)

m("c_assisted_bin", "facebook", "pat.gallagher.kingsbury", "Pat Gallagher", 89, "2026-02-15T09:45:20Z",
  "My mother is 87, lives on Forty Avenue, and can't drag the wheelie bin to the kerb any more. We applied for an assisted collection in January and nobody's come back to us, and now they just don't empty it. Could someone please sort this.",
  2, "Environment", "Own assisted-collection request for a named address: customer services (Environment).", likes=4)

m("c_hsf_voucher", "x", "@amina_stonebridge", "Amina", 70, "2026-10-16T19:17:03Z",
  "was told I'd get a household support fund voucher code by text for the food shop, its been 3 weeks, my ref is HSF-20418. kids half term next week @Brent_Council",
  2, "Finance", "Own Household Support Fund application with a ref: customer services (Finance/resident support).", likes=3)

m("c_rent_pt", "facebook", "fernanda.silva.neasden", "Fernanda Silva", 67, "2026-07-02T10:41:55Z",
  "Olá, a minha conta de renda da Brent mostra uma dívida de £860 mas eu paguei todos os meses por débito direto. Tenho os extratos do banco. Número de inquilina 7730152. Podem verificar, por favor?",
  2, "Housing", "Portuguese: 'my Brent rent account shows £860 arrears but I paid monthly by direct debit; I have bank statements; tenant number 7730152; can you check?' Own rent account: customer services (Housing).",
  lang="pt", likes=1)

m("c_register_vote", "x", "@fola_votes", "Fola", 210, "2026-04-23T18:26:40Z",
  "registered to vote online back in Feb, just checked and I'm not on the register for Stonebridge. election's in 2 weeks, who do I talk to @Brent_Council",
  2, None, "Own electoral registration record needs an officer to check: customer services to pass to electoral services (not a listed department). Ambiguous with 5, but it is one person's record, not an integrity issue.",
  likes=2)

m("c_foi_liability", "x", "@margaret_okafor", "Margaret Okafor", 210, "2026-05-13T10:02:41Z",
  "@Brent_Council Freedom of Information request: please provide the number of council tax liability orders Brent obtained in each of 2023-24, 2024-25 and 2025-26, and how many accounts were passed to enforcement agents in each of those years. Thank you.",
  2, "Finance", "Request for recorded information; real name visible in profile, so a valid FOI: customer services to log it (20 working days).",
  foi=True, foi_valid=True, likes=4, reposts=1)

m("c_foi_signed", "facebook", "wembleyparkwatch", "Wembley Park Watch", 415, "2026-08-19T16:55:00Z",
  "Under the Freedom of Information Act please send me the total the council spent on the Wembley Park event-day street cleansing contract in 2025-26, and the contractor's name. Reply to: Tom Brennan, 27 Empire Way Mansions, Wembley HA9 0RW.",
  2, "Environment", "Pseudonymous page, but the post gives the applicant's name and an address for correspondence: valid FOI, customer services to log it.",
  foi=True, foi_valid=True, likes=6)

m("c_foi_ur", "x", "@imran_q_nw10", "Imran Qureshi", 350, "2026-09-15T12:12:12Z",
  "@Brent_Council معلومات کی آزادی کے قانون کے تحت درخواست: براہ کرم بتائیں کہ 2025 میں برینٹ میں کتنے خاندانوں کو چھ ہفتوں سے زیادہ بی اینڈ بی عارضی رہائش میں رکھا گیا۔ شکریہ، عمران قریشی",
  2, "Housing", "Urdu: 'FOI request: please say how many families in Brent were kept in B&B temporary accommodation for more than six weeks in 2025. Thanks, Imran Qureshi.' Real name in profile and signed: valid FOI, customer services to log.",
  lang="ur", foi=True, foi_valid=True, likes=3)

m("c_sar_file", "facebook", "chidi.eze.5", "Chidi Eze", 58, "2026-06-29T08:58:30Z",
  "I want a copy of everything Brent holds on my housing file, including the notes from the officer who came round on 3 Feb. How do I get it?",
  2, "Housing", "Looks like FOI but is a request for his own personal data (subject access), not FOI; it should be logged and handled as a SAR, so customer services (ambiguous with 3: signpost the SAR form).",
  likes=0)

# ---------------------------------------------------------------- route 3: web team responds
m("w_easter_bins", "x", "@kenton_gran", "Maureen", 34, "2026-03-31T10:10:10Z",
  "what day will the bins be collected over easter, is it the friday or the saturday",
  3, "Environment", "General 'when' question answered by the published holiday collection dates: web team responds.", likes=0)

m("w_ctax_rise", "x", "@ola_ak", "Ola", 455, "2026-02-20T19:03:33Z",
  "is it true council tax is going up 5% again from april?? @Brent_Council",
  3, "Finance", "'Is it true' question answered by the published budget/council tax setting: web team signposts.", likes=7)

m("w_warmspace_hi", "facebook", "sunita.verma.kenton", "Sunita Verma", 120, "2025-12-04T11:25:43Z",
  "इस सर्दी में ब्रेंट में वॉर्म स्पेस कहाँ-कहाँ हैं? मेरी सास दिन में घर पर अकेली रहती हैं और हीटिंग बहुत महँगी है।",
  3, "Libraries", "Hindi: 'where are the warm spaces in Brent this winter? My mother-in-law is home alone in the day and heating is very expensive.' General where-question: signpost the warm spaces list (many are in libraries).",
  lang="hi", likes=5)

m("w_foodbank_es", "instagram", "@luciagarcia.nw10", "Lucía García", 260, "2026-01-31T09:33:18Z",
  "Hola, ¿alguien sabe de algún banco de alimentos en Harlesden que abra los sábados? ¿Hace falta una derivación del council? 🙏 @brentcouncil",
  3, "Finance", "Spanish: 'does anyone know a food bank in Harlesden open on Saturdays? Do I need a referral from the council?' General question answered by the cost-of-living support page: web team signposts.",
  lang="es", likes=3)

m("w_primary_ar", "facebook", "fatima.alsayed.wembley", "Fatima Al-Sayed", 95, "2025-12-11T15:50:06Z",
  "مرحباً، متى آخر موعد لتقديم طلب المدرسة الابتدائية لابني في برنت؟ وهل يمكنني الحصول على مساعدة في التقديم لأن إنجليزيتي ضعيفة؟",
  3, "Education", "Arabic: 'when is the deadline to apply for primary school for my son in Brent? Can I get help applying as my English is weak?' General admissions question: signpost the deadline and the help available.",
  lang="ar", likes=2)

m("w_login_spins", "x", "@nikhil_codes", "Nikhil", 890, "2026-03-05T08:47:29Z",
  "@Brent_Council the council tax login page just spins forever on Safari and Chrome, been trying since 8am. is it down?",
  3, "Web", "A fault on the website: web team responds and checks the service.", likes=3)

m("w_broken_link", "x", "@BrentParentsNet", "Brent Parents Network", 1100, "2026-03-03T12:18:44Z",
  "@Brent_Council the 'secondary appeals' link in your offer-day post goes to a page not found. lots of parents looking for it today",
  3, "Web", "Broken link on the website reported by a parents' network: web team fixes and replies (ambiguous with 4 given demand, but it's a web fault).", likes=22, reposts=9)

m("w_pinner_bin", "x", "@hannah_pinner", "Hannah", 73, "2026-07-08T07:59:58Z",
  "@Brent_Council my garden waste bin hasnt been collected in Pinner for 2 weeks now",
  3, None, "Pinner is in Harrow: a mention meant for another council, web team points her to Harrow.", likes=0)

m("w_polls_close", "bluesky", "@kensalkate.bsky.social", "Kate", 140, "2026-05-05T20:31:02Z",
  "what time do polling stations close on thursday? and do I need photo ID for the local elections or is that just general elections? #Brent",
  3, None, "General election-day question answered by published information: web team signposts (elections are not a listed department).", likes=1)

m("w_gone_quiet", "x", "@wembleyparkmum", "Wembley Park Mum", 980, "2026-04-13T14:09:37Z",
  "why has @Brent_Council stopped posting anything useful lately? no events, no news, just bin times and road closures 🤷‍♀️",
  3, "Communications", "Confusion explained by the pre-election period publicity restrictions: web team explains briefly and neutrally.", likes=12)

m("w_foi_pseudonym", "x", "@WembleyWatcher", "Wembley Watcher", 640, "2026-06-03T09:20:41Z",
  "FOI: how much did @Brent_Council spend on agency social workers in 2025? Itemised by month please.",
  3, "HR", "Request for recorded information, but only a pseudonym and no name or address: invalid FOI; web team explains how to make a valid request.",
  foi=True, foi_valid=False, likes=9, reposts=3)

m("w_foi_dave", "facebook", "dave.nw9", "Dave", 44, "2026-07-21T20:14:19Z",
  "Can you tell me under freedom of info how many fixed penalty notices for fly tipping Brent gave out last year. Cheers, Dave",
  3, "Environment", "FOI-type request signed with a first name only and no address: invalid; web team explains what is needed.",
  foi=True, foi_valid=False, likes=1)

m("w_foi_org", "mastodon", "@brentdatawatch@mastodon.social", "Brent Data Watch", 290, "2026-09-24T13:03:45Z",
  "Requesting under FOIA: the number of potholes reported on Brent roads in 2025 and the average number of days to repair. Reply here please. @BrentCouncil@social.london",
  3, "Highways", "Request for recorded information from an organisation account with no person's name or address: invalid FOI, web team explains.",
  foi=True, foi_valid=False, likes=4, reposts=2)

m("w_licensing_q", "linkedin", "@ravi-shah-lettings", "Ravi Shah", 1300, "2026-08-26T07:44:10Z",
  "Question for Brent landlords: does the selective licensing scheme now cover all of Wembley Central ward? Trying to work out whether my 2-bed on Harrow Road needs a licence before the new tenancy starts in October.",
  3, "Housing", "General scheme-coverage question answered by the published licensing map: web team signposts (not yet an application).", likes=6)

m("w_appeal_deadline_yt", "youtube", "@SecondaryWorries", None, 12, "2026-03-04T21:13:50Z",
  "when is the actual deadline to lodge a secondary appeal in Brent? the website page still says tbc",
  3, "Education", "Comment on a council admissions video asking a published date (and noting a stale page): web team responds (ambiguous with Web).", likes=3)

m("w_computer_help", "facebook", "june.harris.sudbury", "June Harris", 22, "2026-09-08T10:37:21Z",
  "Does Kilburn library still do the free computer help on a Tuesday morning? I need to do my pension thing online and my grandson's away",
  3, "Libraries", "General question about a library session: web team answers/signposts.", likes=2)

m("w_flytip_how", "x", "@nw10_tyrone", "Tyrone", 150, "2026-06-17T18:00:02Z",
  "how do you report fly tipping in brent, is there an app or do i have to ring someone",
  3, "Environment", "How-to question with no location: web team signposts the reporting form/app.", likes=1)

m("w_ctr_eligible", "x", "@single_dad_kensal", None, 96, "2026-03-24T22:05:39Z",
  "am i eligible for council tax reduction if i work 20hrs and get UC? single dad, 2 kids. the calculator on the site is confusing",
  3, "Finance", "General eligibility question answered by published scheme rules: web team signposts (ambiguous with 2 if he applies).", likes=0)

m("w_good_friday", "x", "@amir_dollishill", "Amir", 48, "2026-04-01T16:16:16Z",
  "is the civic centre open on good friday",
  3, "Communications", "Simple opening-hours question: web team answers.", likes=0)

m("w_library_rumour", "rss", "@nw10forum", "nw10 forum", None, "2026-05-18T09:00:00Z",
  "Thread: 'Heard Brent are shutting Kensal Rise library straight after the election, once they don't need our votes. Anyone know if that's actually true?' (4 replies)",
  3, "Libraries", "A rumour/misconception ('is it true') on a local forum that published information can correct: web team responds (watch in case it grows, then 4/5).", likes=0)

# ---------------------------------------------------------------- route 4: service conversations
m("s_cpz_root", "facebook", "kensalrise.residents/posts/1", "Kensal Rise Residents (group) - Helen Doyle", 2300, "2026-03-10T19:25:12Z",
  "Anyone else had the letter about extending the CPZ to Chamberlayne Wood Road and the roads off it? Consultation closes 27 March. Would be good to hear what people think before we all respond, and it'd be even better if someone from Brent parking joined in to explain the hours.",
  4, "Parking", "Live consultation being discussed among residents in a local group, asking for the service to join: service conversation, Parking officers with web team support.",
  thread="s_cpz_root", replies=4, likes=31)

m("s_cpz_r1", "facebook", "kensalrise.residents/posts/1", "Kensal Rise Residents (group) - Joe Aziz", 2300, "2026-03-10T19:52:40Z",
  "We're on Leigh Gardens and the commuter parking is awful from 7am, I'm for it as long as the hours are 8 to 6.30 and not just 10 to 12.",
  4, "Parking", "Contribution to the ongoing CPZ consultation discussion: part of the service conversation.",
  reply_to="s_cpz_root", thread="s_cpz_root", likes=9)

m("s_cpz_r2", "facebook", "kensalrise.residents/posts/1", "Kensal Rise Residents (group) - Barbara Finch", 2300, "2026-03-10T20:31:08Z",
  "£300 a year to park outside my own house? No thank you. And why is this going out a fortnight before the election period starts, funny timing.",
  4, "Parking", "Critical but within the consultation discussion; the timing jibe is not an electoral-integrity allegation: service conversation.",
  reply_to="s_cpz_root", thread="s_cpz_root", likes=14)

m("c_cpz_permit", "facebook", "kensalrise.residents/posts/1", "Kensal Rise Residents (group) - Priti Joshi", 2300, "2026-03-11T08:03:29Z",
  "Slightly off topic but my resident permit renewal has been 'processing' for 3 weeks, ref PP-5772104, and I've had two tickets on Clifford Gardens meanwhile. Is there anyone from parking in here?",
  2, "Parking", "Inside the consultation thread but about her own permit and tickets with a ref: her own case, customer services.",
  reply_to="s_cpz_root", thread="s_cpz_root", likes=2)

m("s_cpz_heard", "facebook", "kensalrise.residents/posts/1", "Kensal Rise Residents (group) - Joe Aziz", 2300, "2026-03-25T12:44:51Z",
  "has anyone heard back yet?",
  4, "Parking", "In the CPZ thread, a follow-up showing the consultation discussion is still live two days before closing: service conversation. (Same words standalone are monitor-only.)",
  reply_to="s_cpz_root", thread="s_cpz_root", likes=3)

m("s_alperton_root", "facebook", "alperton.community/posts/88", "Alperton Community Forum - Deepak Varsani", 1700, "2026-07-04T18:10:30Z",
  "Planning application 26/1874 for the 26-storey tower on the old Ealing Road car wash site is on the portal, comments close 24 July. 400 flats, 12 parking spaces, on a road that already jams every event day. Are Brent planning doing a drop-in? Post your thoughts below and I'll collate them.",
  4, "Planning", "Specific live planning application being discussed and collated by residents: service conversation for Planning officers to join.",
  thread="s_alperton_root", replies=2, likes=58, reposts=12)

m("s_alperton_bn", "facebook", "alperton.community/posts/88", "Alperton Community Forum - Rokeya Begum", 1700, "2026-07-04T20:44:02Z",
  "আমি ঠিক পাশের রাস্তায় থাকি। এত উঁচু টাওয়ার হলে আমাদের বাগানে সারাদিন ছায়া থাকবে, আর স্কুলে আগেই জায়গা নেই। কাউন্সিল কি আমাদের সাথে কোনো সভা করবে?",
  4, "Planning", "Bengali: 'I live on the next street; a tower that tall would shade our gardens all day, and the schools already have no places; will the council hold a meeting with us?' Contribution to the planning-application discussion: service conversation.",
  lang="bn", reply_to="s_alperton_root", thread="s_alperton_root", likes=11)

m("s_alperton_r2", "facebook", "alperton.community/posts/88", "Alperton Community Forum - Gareth Lloyd", 1700, "2026-07-05T07:15:46Z",
  "For balance, my kids will never afford anything round here unless something gets built. I'd back it if the affordable % is real. Would like to see the viability report though, it's not on the portal.",
  4, "Planning", "Another view in the same application discussion, asking for a document officers could point to: service conversation.",
  reply_to="s_alperton_root", thread="s_alperton_root", likes=7)

m("s_libhours_root", "x", "@FriendsWGLibrary", "Friends of Willesden Green Library", 1450, "2026-10-01T10:30:20Z",
  "The consultation on reducing opening hours at Willesden Green, Kilburn and Harlesden libraries is open until 9 Nov. We've been running a thread of what the Sunday and late-evening hours mean to you. Keep them coming, and @Brent_Council libraries team, please come and answer people's questions here 🧵",
  4, "Libraries", "Ongoing discussion of a live library consultation inviting the service to take part: service conversation for the Libraries team.",
  thread="s_libhours_root", replies=1, likes=86, reposts=40)

m("s_libhours_r1", "x", "@naz_revises", "Naz", 130, "2026-10-01T12:02:57Z",
  "the late evenings at Willesden Green are the only quiet place I can revise, my flat is 1 bed with 5 of us. if they go I honestly don't know where I'll go for A levels",
  4, "Libraries", "A personal contribution to the library-hours consultation thread: service conversation.",
  reply_to="s_libhours_root", thread="s_libhours_root", likes=40)

m("s_flytip_root", "facebook", "church.end.neighbours/posts/12", "Church End Neighbours - Yusuf Ali", 900, "2026-08-09T08:40:33Z",
  "The alley behind the shops on Church Road is getting done again. Mattresses, a fridge, builders' bags. It's the same every week since the CCTV camera went. Photos in the comments. What's everyone else doing, reporting each one?",
  4, "Environment", "A recurring fly-tipping hotspot discussed by neighbours over time: service conversation for Environment (enforcement) to join.",
  thread="s_flytip_root", replies=1, likes=25)

m("s_flytip_r1", "facebook", "church.end.neighbours/posts/12", "Church End Neighbours - Marlene Brooks", 900, "2026-08-09T10:05:12Z",
  "I've reported it 4 times on the Brent app, they clear it in 2 days and it's back by Friday. We need the camera back, not more clearances. Has anyone asked the councillors?",
  4, "Environment", "Continuing the hotspot discussion about clearances and CCTV: service conversation.",
  reply_to="s_flytip_root", thread="s_flytip_root", likes=13)

m("s_schoolstreet", "mastodon", "@lena_cycles@mastodon.green", "Lena", 520, "2026-09-16T08:12:14Z",
  "Week 2 of the School Street trial outside Mitchell Brook: mornings are calmer but the drivers have just moved to Knatchbull Rd and park across driveways. Several of us parents have been comparing notes in the replies all week. Would be good to hear from whoever at Brent is evaluating it @BrentCouncil@social.london",
  4, "Highways", "An ongoing discussion among parents about a live scheme trial that the service is evaluating: service conversation (Highways, with schools).",
  replies=6, likes=19, reposts=5)

m("s_20mph", "x", "@qpark_nadia", "Nadia", 260, "2026-10-22T17:48:09Z",
  "day 3 of the Queens Park residents whatsapp arguing about the new 20mph camera on Salusbury Rd. half think it's a cash cow, half think it's overdue. can someone from Brent highways actually share the speed data and settle it",
  4, "Highways", "Text shows a live, several-day discussion among residents about one scheme and asks for the service's data: service conversation.",
  likes=8)

# ---------------------------------------------------------------- route 1: monitor
m("n_crude", "rss", "@marketswire", "Markets Wire", None, "2026-05-07T06:30:00Z",
  "Brent crude slips below $71 a barrel as OPEC+ signals a further output increase; WTI follows.",
  1, None, "Keyword noise: Brent crude oil price.", likes=0)

m("n_brentcross", "x", "@tobi_shops", None, 390, "2025-12-20T15:02:44Z",
  "brent cross on the saturday before christmas is a human rights violation",
  1, None, "Keyword noise: Brent Cross shopping centre (Barnet).", likes=44)

m("n_brentford", "bluesky", "@beesfan92.bsky.social", None, 1200, "2026-02-07T16:38:51Z",
  "Brentford 2-1 up at the Gtech and the away end is going mental. BRENTFORD",
  1, None, "Keyword noise: Brentford FC.", likes=60, reposts=3)

m("n_davidbrent", "x", "@kat_in_hr", None, 210, "2025-12-13T00:10:02Z",
  "my manager just did a full David Brent speech at the christmas do and I need to emigrate",
  1, None, "Keyword noise: David Brent.", likes=120)

m("n_bday_brent", "instagram", "@jess.and.brent", "Jess", 480, "2026-06-27T19:45:00Z",
  "happy 40th Brent!! 🎉 thanks everyone who came out, what a night 🥂",
  1, None, "Keyword noise: a person called Brent.", likes=95)

m("n_harrow_consult", "x", "@kenton_rd_cycles", None, 330, "2026-11-10T09:12:30Z",
  "Reminder: Harrow Council's consultation on the Kenton Road bus lane closes Friday (that's the Harrow side of the road, not the Brent side!)",
  1, None, "Another borough's matter, explicitly not Brent's: monitor.", likes=8, reposts=4)

m("n_bin_crew", "facebook", "harlesden.people/posts/41", "Harlesden People - Carol Dyer", 3100, "2026-02-18T11:03:26Z",
  "Shout out to the Brent bin crew on Harlesden Road this morning, they carried my nan's bin back up her steps without being asked 👏👏",
  1, "Environment", "Praise, no request: monitor (could be passed on to the crew).", likes=67)

m("n_cv_thanks", "x", "@zainab_m", "Zainab", 180, "2026-05-30T17:22:01Z",
  "thank you to the lovely librarian at Ealing Road library who helped me print and sort my CV last week. GOT THE JOB!!! 😭",
  1, "Libraries", "Praise and thanks: monitor (nice to like/share).", likes=88, reposts=2)

m("n_tamil_praise", "facebook", "kavitha.s.wembley", "Kavitha Sivakumar", 150, "2026-08-29T12:15:37Z",
  "வெம்ப்ளி நூலகத்தில் உள்ள தமிழ் புத்தகங்கள் பகுதி மிகவும் அருமை. என் பிள்ளைகள் ஒவ்வொரு சனிக்கிழமையும் அங்கே போக விரும்புகிறார்கள். நன்றி ப்ரெண்ட் கவுன்சில்!",
  1, "Libraries", "Tamil: 'the Tamil books section at Wembley library is wonderful; my children want to go every Saturday; thank you Brent Council!' Praise: monitor.",
  lang="ta", likes=30)

m("n_clowns", "x", "@rrr_nw2", None, 8, "2026-01-30T01:12:56Z",
  "brent council absolute clowns 🤡🤡🤡",
  1, None, "Low-reach abuse with no substance: monitor.", likes=0)

m("n_spam1", "x", "@cashflow_uk_22", "Cashflow UK", 15, "2026-06-05T04:11:09Z",
  "🔥Earn £450/day from home, NO experience needed!! DM me now 👉 @Brent_Council @BBCLondonNews",
  1, None, "Spam: monitor (do not engage).", likes=0)

m("n_spam2", "x", "@cashflow_uk_22", "Cashflow UK", 15, "2026-06-05T04:19:47Z",
  "🔥Earn £450/day from home, NO experience needed!! DM me now 👉 @Brent_Council @BBCLondonNews",
  1, None, "Exact repeat of the same spam by the same account: monitor.", likes=0)

m("n_greens_door", "x", "@KilburnGreensTeam", "Kilburn Green Party team", 640, "2026-04-25T11:30:12Z",
  "Out on the doorstep in Kilburn this morning 🌿 lovely chats about clean air and the high road. Vote Green on 7 May!",
  1, None, "Party-political campaigning with no council matter or request: monitor; the council takes no political standpoint.", likes=35, reposts=10)

m("n_fox_bins", "mastodon", "@grumpy_in_nw2@mastodon.social", None, 95, "2026-08-01T20:40:18Z",
  "love paying two grand in council tax so my bins get emptied every other fortnight, assuming the foxes haven't got there first #Brent",
  1, "Environment", "Sarcastic moan with no case or request, low reach: monitor.", likes=11, reposts=2)

m("n_retiring", "facebook", "harlesden.people/posts/77", "Harlesden People - Denise Campbell", 3100, "2026-11-21T14:08:40Z",
  "So sad to hear Mrs Okoye at Harlesden library is retiring after 30 years. She taught half of Harlesden to read. End of an era ❤️",
  1, "Libraries", "Warm chatter/praise about a staff member: monitor.", likes=210)

m("n_arena_big", "x", "@ArenaNightsLDN", "Arena Nights London", 312000, "2026-06-13T23:58:10Z",
  "What a night Wembley 🔥 thank you to everyone who came, the stewards, and Brent for having us. Night two tomorrow!",
  1, None, "A very large account saying something of no consequence about the borough: monitor (watch event-day conversation).",
  likes=8400, reposts=900, verified=True)

m("n_this_mum", "x", "@meena_p_", "Meena", 12, "2026-03-30T13:27:18Z",
  "this happened to my mum too at the civic centre",
  1, None, "Standalone, with no thread or detail of what 'this' was: nothing to act on, monitor (inside the housing-desk discrimination thread the same words are a 5).", likes=0)

m("n_heard_back", "x", "@wp_resident_88", None, 30, "2026-09-12T18:01:02Z",
  "has anyone heard back yet?",
  1, None, "Standalone with no context of what service or application: monitor (inside the CPZ consultation thread the same words are a 4).", likes=0)

m("n_signs_cost", "x", "@sudbury_sal", None, 140, "2026-04-09T08:33:19Z",
  "how much did they pay for those new 'Brent Thrives' signs on the North Circ? more than my rent probably 🙄",
  1, "Communications", "A rhetorical jibe, not a request for recorded information (not FOI): monitor.", likes=9)

m("n_yt_recycling", "youtube", "@ahmedfamily_nw10", None, 3, "2026-01-18T20:55:30Z",
  "really helpful video, had no idea the black sacks weren't allowed in the blue bin. no wonder ours kept getting tagged 😅",
  1, "Environment", "Praise on a council how-to video: monitor.", likes=2)

m("n_li_newjob", "linkedin", "@tolu-adebayo", "Tolu Adebayo", 870, "2026-09-29T07:58:31Z",
  "Thrilled to share that I've started a new role as Senior Planning Officer at Brent Council! Looking forward to working on some of London's most ambitious regeneration.",
  1, "HR", "A new starter's LinkedIn announcement: no action, monitor (could be liked).", likes=143)

m("n_river_walk", "rss", "@walkinglondonblog", "Walking London blog", None, "2026-10-11T07:00:00Z",
  "A gentle autumn walk along the River Brent from Hanwell's viaduct to Brent Lodge Park, with a cuppa at the end.",
  1, None, "Keyword noise: the River Brent in Ealing, nothing about the council.", likes=0)

m("n_preston_warm", "facebook", "preston.nw9.chat/posts/5", "Preston & Kenton Chat - Iris Bell", 1200, "2025-12-17T16:40:19Z",
  "Lovely afternoon at the warm space in Preston library. Tea, a quiz and a natter with some nice ladies. Better than sitting at home with the heating off!",
  1, "Libraries", "Positive chatter about a council warm space: monitor.", likes=41)


m("c_noise_walm", "facebook", "kelechi.o.cricklewood", "Kelechi Obi", 64, "2026-03-29T03:10:44Z",
  "3am. again. Flat above me (Flat 7, 112 Walm Lane) has had music and people shouting Thursday to Sunday for a month. My baby is 4 months old. Reported on the Brent website twice (NS-88102), got an automatic email and nothing else. What do I have to do",
  2, "Regulatory Services", "Own noise nuisance complaint with an address and reference: customer services (noise team). Frustrated, not a risk cue.",
  likes=3)

m("n_sudbury_activist", "x", "@tom_for_sudbury", "Tom H", 410, "2026-04-18T17:05:33Z",
  "Another 4 years of the same lot running Brent into the ground? Knocked 200 doors in Sudbury today and nobody's happy. Change is coming on 7 May 🗳️",
  1, None, "Party activist campaigning; a general political attack with no specific council matter, case or request, modest reach: monitor and take no political standpoint (ambiguous with 5 only if it came from a candidate about a specific service).",
  likes=22, reposts=6)

# ---------------------------------------------------------------- build
def make_id(it, n):
    p = it["platform"]
    d = "".join(str(rng.randint(0, 9)) for _ in range(13))
    if p == "x":
        return PREFIX + d
    if p == "mastodon":
        return PREFIX + d[:12]
    if p == "facebook":
        return f"10{d[:8]}_{PREFIX}{d[8:]}{n:03d}"
    if p == "bluesky":
        return f"at://did:plc:j{d[:6]}/app.bsky.feed.post/{PREFIX}k{n:03d}"
    if p == "instagram":
        return f"ig_{PREFIX}{d[:9]}"
    if p == "youtube":
        return f"Ugx{PREFIX}yt{n:03d}{d[:4]}"
    if p == "linkedin":
        return f"urn:li:activity:{PREFIX}{d}"
    if p == "rss":
        return f"rss-{PREFIX}-{n:03d}"
    raise ValueError(p)


keys = [it["key"] for it in ITEMS]
assert len(keys) == len(set(keys)), "duplicate keys"
ids = {it["key"]: make_id(it, i) for i, it in enumerate(ITEMS)}


def handle_of(it):
    h = it["handle"]
    # facebook group posts: handle holds the group path; use a per-person handle instead
    if it["platform"] == "facebook" and "/" in h:
        person = it["name"].split(" - ")[-1]
        return "@" + person.lower().replace(" ", ".")
    return h if h.startswith("@") else "@" + h


def name_of(it):
    n = it["name"]
    if n and " - " in n:
        return n.split(" - ")[-1]
    return n


# shuffle, keeping each reply after its parent
order = ITEMS[:]
rng.shuffle(order)
out, emitted, pending = [], set(), []
for it in order:
    pending.append(it)
    progress = True
    while progress:
        progress = False
        for p in list(pending):
            if p["reply_to"] is None or p["reply_to"] in emitted:
                out.append(p); emitted.add(p["key"]); pending.remove(p); progress = True
assert not pending

lines = []
for it in out:
    L = {"route": it["route"], "department": it["dept"], "foi": it["foi"],
         "foi_valid": it["foi_valid"] if it["foi"] else None,
         "escalate_reason": it["esc"], "reason": it["reason"], "language": it["lang"]}
    d = {"platform": it["platform"], "platform_id": ids[it["key"]], "author_handle": handle_of(it),
         "author_name": name_of(it),
         "author_followers": None if (it["platform"] == "facebook" and "/" in it["handle"]) else it["followers"], "author_verified": it["verified"],
         "text": it["text"], "created_at": it["created"],
         "reply_to_id": ids[it["reply_to"]] if it["reply_to"] else None,
         "thread_id": ids[it["thread"]] if it["thread"] else None,
         "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"], "language": None,
         "label": L, "provenance": "written"}
    lines.append(json.dumps(d, ensure_ascii=False))

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-J.jsonl")
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"wrote {len(lines)} lines to {path}")
