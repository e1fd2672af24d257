#!/usr/bin/env python3
"""Writer X, eval set v9: 110 hand-written mentions of Brent Council, labelled per Appendix A
(social-media strategy) and domain.md section 8. Texts and labels are written by hand below; this script
only assigns platform_ids, links threads, shuffles (parents before replies) and serialises."""
import json, random, os

PREFIX = "35791"
ITEMS = []

def M(key, platform, handle, name, followers, verified, text, created, route, dept, reason,
      lang="en", foi=False, foi_valid=None, esc=None, parent=None, root=None,
      replies=0, likes=0, reposts=0):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers,
                      verified=verified, text=text, created=created, route=route, dept=dept, reason=reason,
                      lang=lang, foi=foi, foi_valid=foi_valid, esc=esc, parent=parent, root=root,
                      replies=replies, likes=likes, reposts=reposts))

# ---------------------------------------------------------------- route 5: escalate
M("e01", "facebook", "@sandra.okafor.77", "Sandra Okafor", 143, False,
  "Not being funny but the old man in flat 14 on our landing (Harrow Road, the block by the launderette) hasn't taken his milk in since Tuesday. Curtains shut, his radio isn't on either and it's always on. Rang the housing number and they said checking on tenants isn't their job?? Who do I even call, I don't want to kick his door in",
  "2026-01-16T09:12:40Z", 5, "Housing",
  "Someone not seen for days, risk to an older tenant's life; 'someone may be at risk' comes first whatever the follower count. Also critical of the housing line.",
  esc="welfare_concern", replies=6, likes=21, reposts=2)
M("e02", "x", "@ritzy_kenton", None, 88, False,
  "my neighbour's got dementia and theres this bloke who turns up every thurs and takes her to the bank. she told me she \"lent\" him her card. she's 84. not sure if thats a police thing or a council thing @Brent_Council",
  "2026-03-05T17:48:02Z", 5, None,
  "Possible financial abuse of a vulnerable adult (adult safeguarding) described indirectly; escalate whatever the reach. Adult social care is not one of the 14 departments.",
  esc="adult_safeguarding", likes=3)
M("e03", "x", "@harlesden_dan", "Dan", 412, False,
  "strong smell of gas right outside Harlesden library since about 10, told the lady on the desk and she said its not a library problem 🙄 still there now at 1pm, people walking past smoking",
  "2026-02-11T13:04:55Z", 5, "Emergency Planning",
  "Possible gas leak by a public building with the public present: risk to life. Staff response also criticised (Libraries). Escalate.",
  esc="risk_to_life", likes=9, reposts=4)
M("e04", "facebook", "@tunde.ajayi.nw10", "Tunde Ajayi", 520, False,
  "Church Road by the 18 bus stop: that garden wall of the empty house is leaning out over the pavement more every week. The cracks are wide enough now to put your hand in. School kids sit on it every afternoon waiting for the bus. Photo attached. It's going to come down on someone.",
  "2026-04-22T16:31:10Z", 5, "Highways",
  "Dangerous structure over a public footway with children present: risk to life, escalate (Highways / building control), not a routine report.",
  esc="risk_to_life", replies=3, likes=44, reposts=11)
M("e05", "x", "@jas_in_wembley", None, 1260, False,
  "@Brent_Council the steps down from Wembley Park station are a CRUSH right now. barriers have gone over, people tripping, a woman with a buggy got knocked down. where are the stewards?!",
  "2026-05-30T18:52:21Z", 5, "Emergency Planning",
  "Crowd danger on an event day happening now: risk to life; escalate immediately (crowd safety).",
  esc="crowd_safety", replies=14, likes=230, reposts=97)
M("e06", "x", "@lostmyflatlol", None, 37, False,
  "@Brent_Council you've had me evicted, took the deposit, lost my paperwork twice. after the 28th i won't be anyone's problem anymore so congrats i guess",
  "2026-02-19T02:37:48Z", 5, "Housing",
  "'won't be anyone's problem anymore' after an eviction, posted at 2:37am: self-harm cue; escalate even though the account is tiny and the tone is sarcastic.",
  esc="self_harm_risk")
M("e07", "instagram", "@kilburn.snaps", "mira", 890, False,
  "guy sleeping in the doorway of the old co-op on kilburn high rd again. it's meant to be -4 tonight. he was barely moving when i walked past at 11, no coat, just a duvet thats soaked. tagged brent council cos idk who else",
  "2026-01-08T23:14:03Z", 5, "Housing",
  "Rough sleeper at risk in freezing weather, possibly unresponsive: risk to life; escalate (outreach / emergency), not monitor.",
  esc="rough_sleeper_risk", likes=58, reposts=6)
M("e08", "facebook", "@grace.mensah.1982", "Grace Mensah", 310, False,
  "My auntie died in her flat in Stonebridge in February. For two years she sent Brent emails and photos of the black mould in her bedroom, she had COPD. The inquest is next month. I am not going to let this go quietly. The council knew.",
  "2026-04-03T20:05:37Z", 5, "Housing",
  "A death linked by the family to damp and mould the council was told about: highly controversial, reputational and legal weight. Escalate to comms and Housing lead.",
  esc="death", replies=22, likes=310, reposts=140)
M("e09", "x", "@priya_k_nw9", "Priya K", 205, False,
  "great. just opened a letter from Brent council tax and it's someone else's bill. their name, address on Kingsbury Rd, how much they owe, and the last 4 of their bank acc. so who's got mine then??",
  "2026-03-18T08:40:19Z", 5, "Finance",
  "Personal data sent to the wrong person: a data breach. Escalate (information governance) before treating it as her own council tax case.",
  esc="data_breach", replies=4, likes=35, reposts=12)
M("e10", "facebook", "@yusuf.abdi.harlesden", "Yusuf Abdi", 260, False,
  "Took my mum to the Civic Centre today for her housing appointment. The woman at the desk told her to 'learn English before you come here asking for things'. My mum has lived in Brent for 31 years and paid into everything. I've got the time and the desk number. Not acceptable.",
  "2026-06-09T18:22:50Z", 5, "Housing",
  "Alleged discrimination by a member of staff at the Civic Centre: controversial, possible misconduct; escalate.",
  esc="discrimination", replies=9, likes=187, reposts=45)
M("e11", "x", "@ZZtop_neasden", None, 64, False,
  "someone should go round the parking office in the civic centre with a can of petrol. see how they like being fined £130 for 4 mins",
  "2026-07-14T22:41:09Z", 5, "Parking",
  "Threat of arson against staff; low reach does not matter, a threat to staff is escalated.",
  esc="threat_to_staff", likes=2)
M("e12", "x", "@m_ferreira_law", "M. Ferreira", 940, False,
  "Final notice @Brent_Council: my solicitors will issue a disrepair claim under s.11 Landlord and Tenant Act 1985 if the damp at my flat is not remedied by Friday. Your ref HSG/44172. 7 months is enough.",
  "2026-09-02T10:03:44Z", 5, "Housing",
  "Explicit legal threat; ambiguous with 2 (own case with a reference), but a threatened claim goes to comms/legal with the Housing lead.",
  esc="legal_threat", likes=12, reposts=3)
M("e13", "x", "@KatieR_reports", "Katie Robinson", 231, False,
  "Hi @Brent_Council - I'm a reporter at the Kilburn & Brent Times. Could your press office tell me how many households you currently have in temporary accommodation outside London? Writing for Thursday's paper, deadline 4pm Weds. Thanks!",
  "2026-10-06T11:27:15Z", 5, "Housing",
  "A journalist (names her outlet) with a polite media enquiry: escalate to comms whatever her follower count. Phrased as a press question, so not flagged as FOI (disputable).",
  esc="media_enquiry", likes=1)
M("e14", "x", "@owen_davies_ML", "Owen Davies", 3420, False,
  "FOI request to @Brent_Council (Owen Davies, MyLondon): please provide the total spent on external consultants by the council in 2024/25 and 2025/26, broken down by department and supplier. Please reply by email - address is in my bio.",
  "2026-08-12T09:15:00Z", 5, "Finance",
  "FOI request for recorded information, real name visible, so valid; but the requester is a journalist, so route 5 per domain.md section 8.",
  foi=True, foi_valid=True, esc="media_enquiry", likes=7, reposts=2)
M("e15", "x", "@CllrNimaHussein", "Cllr Nima Hussein", 2140, False,
  "Residents of Dollis Hill's Gladstone Court have had no hot water or heating for NINE days. I've raised it with officers twice and been told 'parts are on order'. Elderly tenants are boiling kettles to wash. @Brent_Council this needs sorting today.",
  "2025-12-03T07:55:31Z", 5, "Housing",
  "A councillor, publicly critical, on a housing failure affecting elderly tenants: escalate to comms and the Housing lead (and members).",
  esc="councillor", replies=11, likes=96, reposts=38)
M("e16", "x", "@EmmaBellMP", "Emma Bell MP", 41800, True,
  "Good meeting this morning with @Brent_Council officers about the Alperton regeneration and what it means for existing residents on Ealing Road. More to follow after the summer.",
  "2026-07-23T12:40:00Z", 5, "Planning",
  "An MP speaking of a council matter, even politely and positively: highly influential, escalate so comms and the service lead are aware.",
  esc="mp", likes=210, reposts=31)
M("e17", "facebook", "@chris.osei.kilburn", "Chris Osei - Lib Dem candidate for Kilburn", 1870, False,
  "Out knocking doors on the Mortimer estate today. Every single household raised the bins: overflowing for a fortnight, foxes everywhere. Labour-run Brent has stopped listening. If you want someone who'll fight for Kilburn, vote for me on 7 May.",
  "2026-04-18T17:10:22Z", 5, "Environment",
  "Candidate campaigning on a council service during the pre-election period: political, influential; escalate to comms (no political standpoint in any reply).",
  esc="candidate", replies=5, likes=64, reposts=9)
M("e18", "x", "@noisy_wembley_lad", None, 15200, False,
  "this video of a Brent parking warden ticketing an AMBULANCE outside a house on Forty Lane while paramedics are inside is on 1.4m views 😭 @Brent_Council explain",
  "2026-06-27T15:02:47Z", 5, "Parking",
  "A video against a service going viral (1.4m views): controversial, reputational; escalate.",
  esc="viral", replies=410, likes=18400, reposts=6200)
M("e19", "x", "@TashaLovesLDN", "Tasha Green", 1240000, True,
  "3 HOURS to get out of the Wembley car park after the concert and not one sign, not one steward. @Brent_Council this is embarrassing for London",
  "2026-08-22T23:48:12Z", 5, "Highways",
  "Very large verified account criticising event-day traffic management: highly influential, reputational; escalate.",
  esc="influential_account", replies=820, likes=31000, reposts=2900)
M("e20", "bluesky", "@kwame-n.bsky.social", "Kwame N", 330, False,
  "Polling cards came through today for my one-bed flat in Neasden: me, plus six names I've never heard of. Nobody else has lived here since 2019. Bit worrying with the election next month?",
  "2026-04-02T19:20:05Z", 5, None,
  "Possible electoral register irregularity: electoral integrity is escalated. Elections are not one of the 14 departments.",
  esc="electoral_integrity", likes=27, reposts=15)
M("e21", "facebook", "@leanne.fraser.nw6", "Leanne Fraser", 198, False,
  "Is anyone else on Kilburn Square bothered that the fire doors on the 3rd and 4th floors have been wedged open with the fire extinguishers for about 6 weeks? The closers are broken. I've mentioned it to the caretaker twice. After everything that's happened in London you'd think",
  "2026-11-10T21:33:00Z", 5, "Housing",
  "Fire safety in a residential block (fire doors disabled): dangerous and controversial; escalate rather than log as a repair.",
  esc="fire_safety", replies=7, likes=52, reposts=8)
M("e22", "facebook", "@ewa.nowak.kingsbury", "Ewa Nowak", 71, False,
  "Sąsiadka z parteru (starsza pani, mieszka sama) nie otwiera drzwi od czwartku. W skrzynce pełno listów, światło się nie świeci. Czy ktoś z Brent Council może to sprawdzić? Kingsbury, blok przy Roe Green.",
  "2025-12-01T10:18:42Z", 5, None,
  "Polish: 'The elderly lady downstairs, who lives alone, hasn't opened her door since Thursday; mailbox full, no lights. Can someone from Brent Council check?' Someone not seen for days: escalate. Tenure unknown, so no department.",
  lang="pl", esc="welfare_concern", likes=4)
M("e23", "x", "@umm_yahya_nw10", None, 45, False,
  "الماء يدخل إلى الشقة من تحت الباب والكهرباء انقطعت، عندي طفل عمره شهرين. شارع هاي رود في ويلزدن. اتصلت ولم يرد أحد. ماذا أفعل؟ @Brent_Council",
  "2025-12-28T03:06:29Z", 5, "Emergency Planning",
  "Arabic: 'Water is coming into the flat under the door and the power is off, I have a two-month-old baby. High Road, Willesden. I called and nobody answered. What do I do?' Flooding with an infant at night: risk to life, escalate.",
  lang="ar", esc="risk_to_life")
M("e24", "facebook", "@lucia.santos.stonebridge", "Lúcia Santos", 122, False,
  "Há uma criança pequena sozinha na varanda do 5º andar aqui em Stonebridge há mais de duas horas, a chorar. Já bati à porta e ninguém responde. Não sei o que fazer, alguém da Brent pode vir?",
  "2026-07-04T21:45:10Z", 5, None,
  "Portuguese: 'A small child has been alone on the 5th-floor balcony here in Stonebridge for over two hours, crying. I knocked and nobody answers. Can someone from Brent come?' Child at risk: safeguarding, escalate. Children's social care is not one of the 14 departments.",
  lang="pt", esc="child_safeguarding", likes=6)
M("e25", "rss", "@wembleyunspun", "Wembley Unspun (local blog)", None, False,
  "Who really won the Stonebridge repairs contract? Documents seen by this blog show that the firm awarded the £4.2m housing repairs contract in March lists, as a director, the brother of a senior officer who sat on the evaluation panel. Brent has not answered our questions...",
  "2026-05-12T06:30:00Z", 5, "Housing",
  "Local blog alleging a conflict of interest in a procurement: alleged misconduct, controversial; escalate to comms and the service lead.",
  esc="misconduct")

# ---------------------------------------------------------------- route 2: customer services
M("c01", "x", "@shaz_harlesden", None, 156, False,
  "@Brent_Council bins?? again. 47 Harlesden Rd. thats 3 weeks",
  "2026-02-03T07:41:12Z", 2, "Environment",
  "Own missed collection at a given address: customer services.", likes=2)
M("c02", "x", "@shaz_harlesden", None, 156, False,
  "@Brent_Council bins?? again. 47 Harlesden Rd. thats 3 weeks",
  "2026-02-04T18:09:50Z", 2, "Environment",
  "Exact repeat of the same author's earlier post (same label): own missed collection at an address.", likes=5)
M("c03", "x", "@mo_alperton", None, 302, False,
  "got a PCN WM38817264 on Beresford Ave for parking in my own permit bay. permit was on the dash, i've got the photo. how do i get this cancelled",
  "2026-01-22T19:33:07Z", 2, "Parking",
  "Own penalty charge with a PCN number; needs an officer to look it up: customer services, not just signposting to the appeal page (ambiguous with 3).",
  likes=1)
M("c04", "facebook", "@bernadette.oleary.7", "Bernadette O'Leary", 94, False,
  "Council tax account 30049918. I have paid by direct debit every month since April and today I get a reminder saying I owe £412 and will be summonsed. Can somebody please look at this before I lose my mind.",
  "2026-03-02T12:16:33Z", 2, "Finance",
  "Own council tax account with account number: customer services.")
M("c05", "x", "@jay_southkilburn", None, 78, False,
  "boiler in my flat on South Kilburn estate broken since monday. repair ref R-558120. engineer was meant to come thurs, nobody came, nobody rang. 2 kids here",
  "2025-12-05T08:02:44Z", 2, "Housing",
  "Own housing repair with a reference; needs an officer to chase the appointment. Ambiguous with 5 (children in a cold flat in December) but no sign of immediate danger.",
  likes=4)
M("c06", "facebook", "@natalia.p.wembley", "Natalia Petrova", 233, False,
  "I don't usually post like this but I'm at the end of it.\n\nWe moved into our council flat on Wembley Hill Road in 2023. Since last winter the mould in my daughter's room has come back three times. Each time someone comes, wipes it, paints over it, and two months later it's back, black, up the wall behind her bed.\n\nI've reported it online (ref DM-20417), phoned, and emailed. The last email said 'a surveyor will be in touch' and that was in September.\n\nShe's 6. I've moved her into my bed. Can anyone at Brent actually come and look at the cause this time, not just the paint?",
  "2026-11-14T21:10:03Z", 2, "Housing",
  "Own damp and mould case with a reference: customer services to get a surveyor out. Ambiguous with 5: a child's bedroom and repeated failure could become a reputational/health matter; no illness stated.",
  replies=8, likes=39, reposts=3)
M("c07", "x", "@bookworm_tash", None, 412, False,
  "returned 3 books to Kilburn library last Tuesday, dropped them in the returns box, account still says overdue and fines going up. card ends 4471 @Brent_Council",
  "2026-02-25T14:55:20Z", 2, "Libraries",
  "Own library account needing a records check: customer services (Libraries).")
M("c08", "facebook", "@ravi.shah.preston", "Ravi Shah", 367, False,
  "Secondary transfer result: 'no offer' for my son (application BRT-2026-08812). We are 0.3 miles from Preston Manor and he has a sibling there. How is this possible? Who do I speak to?",
  "2026-03-02T09:05:41Z", 2, "Education",
  "Own school admission application with a reference: customer services (Education).", replies=2, likes=11)
M("c09", "x", "@dollis_hill_resident", None, 59, False,
  "house at 22 Dudden Hill Lane putting up what looks like a 2 storey extension, no notice on the lamp post, builders started 6am saturday. is this even allowed?? @Brent_Council",
  "2026-05-16T06:47:29Z", 2, "Planning",
  "A report needing a planning enforcement check at a specific address: customer services (Planning). Ambiguous with 3 ('is this even allowed').")
M("c10", "x", "@flat3_ealingrd", None, 22, False,
  "the shisha place under my flat (118 Ealing Rd) has music on till 4am every single night. reported on your website twice. i have work at 7. what is the point",
  "2026-09-19T04:12:55Z", 2, "Regulatory Services",
  "Own noise nuisance at an address, reported before: customer services (Regulatory Services / licensing).")
M("c11", "x", "@longstone_lou", None, 140, False,
  "mattress + a fridge dumped outside 9 Longstone Ave since last wed. kids climbing on the fridge now @Brent_Council can someone collect",
  "2026-06-01T16:20:08Z", 2, "Environment",
  "Fly-tipping at a given address needing a collection: customer services. A fridge children climb on is a minor hazard, not an escalation (disputable).",
  likes=3)
M("c12", "facebook", "@femi.adeyemi.kr", "Femi Adeyemi", 402, False,
  "Hit the massive pothole outside 31 Chamberlayne Road last night, tyre gone and the alloy's cracked. It's been there since at least October. Who do I claim from? Is it Brent?",
  "2026-01-12T10:30:15Z", 2, "Highways",
  "Own damage claim from a pothole at a located spot: customer services (Highways claims). Ambiguous with 3 (could be signposted to the claims form).",
  replies=3, likes=14)
M("c13", "x", "@crestroad_nw2", None, 49, False,
  "@Brent_Council street light outside my house on Crest Rd NW2 has been out 2 weeks now, its the one numbered 14 on the column. pitch black walking home",
  "2026-11-24T17:35:02Z", 2, "Highways",
  "Own street lighting fault with a column number: customer services.")
M("c14", "x", "@kemi_queenspark", None, 287, False,
  "tried to renew my resident permit 4 times on your site. money taken TWICE (£97.50 x2), still no permit, now got a warning notice on the windscreen. reg LK19 ... can someone sort this",
  "2026-04-07T08:58:33Z", 2, "Parking",
  "Own permit and double payment needing a refund and records check: customer services. The site fault is secondary (ambiguous with 3, Web).",
  likes=2)
M("c15", "facebook", "@joyce.mwangi.3", "Joyce Mwangi", 88, False,
  "My housing benefit stopped in September without any letter. Claim number HB1187734. My landlord says he will start eviction if the rent isn't paid by the end of the month. I have been waiting on the phone for an hour.",
  "2026-10-08T13:44:10Z", 2, "Finance",
  "Own benefit claim with a number; urgent (eviction threatened) but a case for officers: customer services (Finance / benefits).")
M("c16", "linkedin", "@adaeze-okonjo", "Adaeze Okonjo", 610, False,
  "Hi Brent Council team, I applied for the HR Advisor role (ref BC-HR-0419) last week and the portal now shows my application as 'withdrawn' — I never withdrew it. The closing date is tomorrow. Could someone check?",
  "2026-03-11T20:14:00Z", 2, "HR",
  "Own job application with a reference needing a records check before the deadline: customer services (HR).")
M("c17", "facebook", "@sunita.patel.wembley", "Sunita Patel", 176, False,
  "My mum is 88 and on the assisted collection list at 5 Wrottesley Road. Three weeks running the crew has left her empty bin at the kerb and she can't pull it back up the path. She's going to fall. Please can someone tell them.",
  "2026-08-04T11:20:36Z", 2, "Environment",
  "Own assisted collection failing at an address: customer services. The fall risk makes it urgent but it is a service fix, not an escalation (disputable).",
  likes=8)
M("c18", "x", "@gardener_kenton", None, 63, False,
  "paid £60 for the garden waste subscription in Feb (order 77120), sticker never came so the crew won't take the bin. @Brent_Council",
  "2026-04-21T12:02:50Z", 2, "Environment",
  "Own paid subscription with an order number: customer services.")
M("c19", "facebook", "@hasmukh.desai.1956", "Hasmukh Desai", 54, False,
  "મારો કાઉન્સિલ ટેક્સ બિલ આ વર્ષે બે વાર આવ્યો છે અને બંનેમાં અલગ રકમ છે. એકાઉન્ટ નંબર 30128844. કોઈ મને મદદ કરી શકે?",
  "2026-04-09T10:42:18Z", 2, "Finance",
  "Gujarati: 'My council tax bill came twice this year with different amounts. Account number 30128844. Can someone help me?' Own account: customer services.",
  lang="gu")
M("c20", "facebook", "@andrei.popescu.wembley", "Andrei Popescu", 215, False,
  "Am primit o amendă de parcare (PCN WM40021937) pe Ealing Road, deși plătisem parcarea din aplicație și am dovada. Cum pot să o contest? Nu înțeleg formularul.",
  "2026-09-26T15:28:40Z", 2, "Parking",
  "Romanian: 'I got a parking fine (PCN WM40021937) on Ealing Road though I had paid in the app and have proof. How can I contest it? I don't understand the form.' Own PCN: customer services.",
  lang="ro")
M("c21", "x", "@m_okonkwo_harrow", "M.O.", 31, False,
  "@Brent_Council Freedom of Information request: please provide the number of PCNs issued on Olympic Way and Engineers Way on Wembley event days in 2025, by month. Margaret Okonkwo, 14 Harrow View, Wembley HA9 — please reply by post.",
  "2026-02-16T10:10:10Z", 2, "Parking",
  "FOI request for recorded information; profile shows initials only, but she signs with her name and an address for correspondence, so valid: customer services to log it.",
  foi=True, foi_valid=True)
M("c22", "x", "@dwhitfield_data", "Daniel Whitfield", 780, False,
  "How much did @Brent_Council spend on agency social workers in 2024/25, and how many agency social workers were engaged at 31 March 2025? Please treat this as an FOI request.",
  "2026-06-15T08:33:27Z", 2, "Finance",
  "FOI request for recorded information; real name visible in profile, so valid: customer services to log (department ambiguous: Finance or HR).",
  foi=True, foi_valid=True, likes=4)
M("c23", "facebook", "@anna.kowalczyk.nw9", "Anna Kowalczyk", 140, False,
  "Wniosek o informację publiczną (FOI): proszę o podanie liczby zgłoszeń dotyczących wilgoci i pleśni w mieszkaniach komunalnych Brent w 2025 roku oraz ile z nich naprawiono w ciągu 28 dni. Anna Kowalczyk, 7 Kingsbury Road, London NW9.",
  "2026-05-05T19:01:55Z", 2, "Housing",
  "Polish: 'FOI request: please give the number of damp and mould reports in Brent council housing in 2025 and how many were fixed within 28 days. Anna Kowalczyk, 7 Kingsbury Road, NW9.' Name and address given, so valid: customer services to log.",
  lang="pl", foi=True, foi_valid=True)
M("c24", "x", "@karen_d_willesden", None, 190, False,
  "my dad's care assessment was supposed to happen in Feb. it's now May. ref ASC 20931. he can't get upstairs to the bathroom anymore and we're doing our best but @Brent_Council come on",
  "2026-05-08T21:16:31Z", 2, None,
  "'My dad's care assessment' with a reference: his own case for officers (adult social care, no listed department). Ambiguous with 5 (vulnerable adult struggling at home), but family is caring and no immediate danger stated.",
  likes=6)
M("c25", "x", "@walmlane_gardens", None, 95, False,
  "rats coming out of the takeaway's bins behind 61 Walm Lane into our garden every night now, saw 4 last night. they leave the lids open. who deals with this",
  "2026-07-29T07:22:14Z", 2, "Regulatory Services",
  "A specific pest and commercial waste problem at an address needing an officer (environmental health): customer services. Ambiguous with 3 ('who deals with this').")

# ---------------------------------------------------------------- route 3: web team responds
M("w01", "x", "@neasden_nan", None, 41, False,
  "when is the christmas bin collection list out? last year it was on the website by now",
  "2025-12-09T09:14:33Z", 3, "Environment",
  "General 'when' question answered by published information: web team signposts.")
M("w02", "x", "@kensalrise_kate", None, 650, False,
  "is it true you're shutting Kensal Rise library?? someone in the school group said so @Brent_Council",
  "2026-01-27T15:41:08Z", 3, "Libraries",
  "'Is it true' confusion on a well-understood matter: web team responds with the facts/link. Would become 4 or 5 if a real closure debate took off.",
  likes=12, reposts=3)
M("w03", "x", "@visiting_mum_uk", None, 73, False,
  "how do you get a visitor parking permit?? your website just loops me back to the login page every time",
  "2026-03-28T11:02:59Z", 3, "Web",
  "How-to question plus a website fault: web team responds and checks the page.")
M("w04", "mastodon", "@tomkins@mastodon.social", "Rob Tomkins", 312, False,
  "Is anyone else getting a 500 error on the Brent council tax payment page? Been trying since 8am. #Brent",
  "2026-03-31T09:47:02Z", 3, "Web",
  "Fault on the website: web team responds (and checks with the web supplier).", likes=3)
M("w05", "x", "@kenton_pete", None, 57, False,
  "ok which is it, the leaflet says recycling is tuesdays in kenton, the app says weds. i've put mine out both days lol",
  "2026-06-23T20:33:40Z", 3, "Environment",
  "Simple confusion between two published sources: web team clarifies.")
M("w06", "x", "@rayners_lane_rita", None, 88, False,
  "@Brent_Council my bins on Rayners Lane Harrow HA2 weren't collected again this week",
  "2026-02-10T17:25:44Z", 3, None,
  "Meant for another council (Harrow HA2): web team replies pointing to Harrow Council. Not a Brent department.")
M("w07", "facebook", "@gareth.price.ealing", "Gareth Price", 120, False,
  "Hi Brent, there's a massive pothole outside Ealing Broadway station on the Haven Green side, can you fix it before someone comes off their bike?",
  "2026-10-19T08:12:37Z", 3, None,
  "Meant for another council (Ealing): web team redirects.")
M("w08", "x", "@wembley_watcher99", "wembley watcher", 430, False,
  "FOI request @Brent_Council: how much did the council spend on the Wembley Park winter lights event, including staff time? Reply here please",
  "2026-01-05T13:30:19Z", 3, "Finance",
  "FOI request for recorded information but from a pseudonym with no name or address: invalid; web team explains how to make a valid request.",
  foi=True, foi_valid=False, likes=9)
M("w09", "x", "@jay_kr_", "Jay", 204, False,
  "can you send me the number of fixed penalty notices for littering issued in Brent in 2025 and how many were paid. thanks, Jay",
  "2026-03-09T16:07:11Z", 3, "Environment",
  "Request for recorded information (FOI), but first name only: invalid; web team explains how to make a valid request.",
  foi=True, foi_valid=False)
M("w10", "x", "@dave_in_nw10", None, 66, False,
  "where can i take a broken microwave in brent? is there still a tip near abbey road",
  "2026-05-24T10:14:09Z", 3, "Environment",
  "General 'where' question answered by published information (reuse and recycling centre).")
M("w11", "facebook", "@hina.malik.queensbury", "Hina Malik", 205, False,
  "Quick question, do we need planning permission for a loft conversion with a dormer at the back in Queensbury or is it permitted development? Semi-detached, not in a conservation area.",
  "2026-02-28T14:26:51Z", 3, "Planning",
  "General planning question answered by published guidance: web team signposts.")
M("w12", "instagram", "@little_reader_club", "Willesden Mums", 1450, False,
  "what time does Willesden Green library close on Saturdays now? the sign on the door says 5 but google says 4 🤔",
  "2026-04-11T09:18:26Z", 3, "Libraries",
  "Opening-hours confusion: web team answers from published information.")
M("w13", "x", "@first_time_mum_nw6", None, 115, False,
  "when does reception admissions close for sept 2026? missed the deadline for nursery last year & not doing that again 😅",
  "2025-12-12T21:03:44Z", 3, "Education",
  "General deadline question: web team signposts to admissions page.")
M("w14", "facebook", "@kamlesh.verma.wembley", "Kamlesh Verma", 67, False,
  "क्या वेम्बली में बड़ों के लिए मुफ्त अंग्रेज़ी क्लास है? मेरी माँ सीखना चाहती हैं। कहाँ नाम लिखवाएँ?",
  "2026-09-08T12:40:03Z", 3, "Education",
  "Hindi: 'Is there a free English class for adults in Wembley? My mother wants to learn. Where do we register?' General question answered by published information (adult education).",
  lang="hi")
M("w15", "x", "@carmen_r_nw2", None, 84, False,
  "¿Dónde puedo pedir el permiso de aparcamiento para visitas? La página solo está en inglés y no la entiendo bien.",
  "2026-05-20T18:05:50Z", 3, "Parking",
  "Spanish: 'Where can I apply for a visitor parking permit? The page is only in English and I don't understand it well.' How-to question: web team signposts (and notes the accessibility point).",
  lang="es")
M("w16", "facebook", "@rahima.begum.kilburn", "Rahima Begum", 112, False,
  "আমার স্বামী মারা যাওয়ার পর আমি একা থাকি। কাউন্সিল ট্যাক্সে সিঙ্গেল পারসন ডিসকাউন্টের জন্য কিভাবে আবেদন করব?",
  "2026-10-27T11:55:08Z", 3, "Finance",
  "Bengali: 'I live alone since my husband died. How do I apply for the single person discount on council tax?' How-to question answered by the published form; ambiguous with 2 if she needs help with her own account.",
  lang="bn")
M("w17", "x", "@parkingrage_nw4", None, 230, False,
  "Brent Cross is in Barnet right?? so is it Barnet or Brent I complain to about the car park charges at the shopping centre. genuinely confused",
  "2026-03-14T14:48:31Z", 3, None,
  "Confusion about which council: web team answers it is Barnet / the private operator. Not a Brent department.")
M("w18", "x", "@nfl_fan_uk", None, 520, False,
  "is the Wembley event day parking zone on for the NFL game this sunday? staying with family in Tokyngton and don't want a ticket",
  "2026-10-08T19:22:06Z", 3, "Parking",
  "General question answered by the published event day calendar: web team responds.")
M("w19", "x", "@ha0_hannah", None, 47, False,
  "your 'report a missed bin' form says my postcode doesn't exist. i've lived at HA0 for 11 years 🙃",
  "2026-07-07T08:19:35Z", 3, "Web",
  "Fault on the website's form: web team responds and fixes/reports it. Ambiguous with 2 (the underlying missed bin).")
M("w20", "mastodon", "@lfox@mapstodon.space", "Laura Fox", 890, False,
  "Does Brent publish its street tree inventory or planting data as open data anywhere? Looking for a CSV or GeoJSON for a tree canopy map of NW London.",
  "2026-02-02T20:44:12Z", 3, "Environment",
  "Asks where published data is: web team signposts. Not an FOI request as phrased (asks if it is published).", likes=5, reposts=2)
M("w21", "linkedin", "@tomi-balogun-22", "Tomi Balogun", 480, False,
  "Does anyone know if the Brent Council graduate scheme is opening for 2026 applications? Can't find it on the careers page.",
  "2026-01-19T12:03:33Z", 3, "HR",
  "General question about published job information: web team signposts (HR).")

# ---------------------------------------------------------------- route 4: service conversations
M("t1", "facebook", "@KensalGreenResidentsGroup", "Kensal Green Residents' Group", 3900, False,
  "The council's consultation on the School Street and traffic filters around Harvist Road / Chamberlayne Road closes on 30 April. We've had lots of messages on both sides. Please read the plans and respond - and tell us here what you think. Officers said they'd look at comments on this page too.",
  "2026-04-08T10:00:00Z", 4, "Highways",
  "A community group hosting a live consultation discussion on one scheme: Highways officers should join, with web team support.",
  root="t1", replies=4, likes=88, reposts=22)
M("t1a", "facebook", "@paul.hennessy.nw10", "Paul Hennessy", 61, False,
  "The filter on Harvist Rd has just pushed all the traffic onto Chamberlayne Rd. Took me 25 mins to get to the Co-op on Sat. Whoever designed this doesn't drive here.",
  "2026-04-08T11:14:22Z", 4, "Highways",
  "Reply inside the live consultation thread: part of the ongoing service conversation (critical is fine).",
  parent="t1", root="t1", likes=14)
M("t1b", "facebook", "@amira.khalil.kg", "Amira Khalil", 140, False,
  "Genuinely the first time in 6 years my kids can scoot to school without me gripping their hoods. Please don't scrap it. Maybe tweak the Chamberlayne junction lights instead?",
  "2026-04-08T12:30:09Z", 4, "Highways",
  "Reply in the same consultation thread, constructive suggestion: ongoing conversation for Highways officers.",
  parent="t1a", root="t1", likes=31)
M("t1c", "facebook", "@bev.clarke.kensal", "Bev Clarke", 39, False,
  "Is this still going ahead? Nobody's told us anything",
  "2026-04-09T08:05:55Z", 4, "Highways",
  "Inside the consultation thread this is a question about the scheme's status that the Highways officers joining the thread should answer. Same words standalone are labelled 1.",
  parent="t1", root="t1", likes=2)
M("t2", "x", "@EalingRdTraders", "Ealing Road Traders Assoc.", 2300, False,
  "Brent's new pay-by-app only bays on Ealing Road start 1 Sept. Our customers are older and many don't use apps. We've asked for a meeting - @Brent_Council can parking officers come to the traders' meeting on the 14th?",
  "2026-08-18T09:30:00Z", 4, "Parking",
  "A traders' association opening a specific discussion on a parking scheme and inviting officers: service conversation for Parking. Ambiguous with 5 if it became a campaign.",
  root="t2", replies=3, likes=47, reposts=19)
M("t2a", "x", "@sudbury_shopper", None, 120, False,
  "my mum shops there every saturday, she has a nokia. so she just... doesn't park now?",
  "2026-08-18T10:02:41Z", 4, "Parking",
  "Reply inside the traders' parking thread: part of the ongoing conversation.",
  parent="t2", root="t2", likes=11)
M("t2b", "x", "@alperton_sweets", "Imran – Alperton Sweet Centre", 410, False,
  "ہماری دکان پر آدھے گاہک بزرگ ہیں، وہ ایپ استعمال نہیں کر سکتے۔ کم از کم ایک مشین تو رکھیں۔ ہم 14 تاریخ کی میٹنگ میں آئیں گے۔",
  "2026-08-18T13:26:18Z", 4, "Parking",
  "Urdu: 'Half our shop's customers are elderly and can't use the app. At least keep one machine. We will come to the meeting on the 14th.' Shop owner in the traders' thread: ongoing service conversation.",
  lang="ur", parent="t2", root="t2", likes=8)
M("t3", "mastodon", "@alperton_ana@urbanists.social", "Ana Ribeiro", 540, False,
  "Anyone read the Alperton canalside tower application (26/0871)? 28 storeys, 9% affordable, and the daylight study conveniently stops at the first floor of the existing houses on Stanley Avenue. Comments close on the 3rd.",
  "2026-02-20T19:10:44Z", 4, "Planning",
  "Discussion of a specific live planning application among residents: Planning officers (case officer) to join.",
  root="t3", replies=2, likes=19, reposts=12)
M("t3a", "mastodon", "@grumpyarchitect@mastodon.online", "Ben Achebe", 1320, False,
  "@alperton_ana@urbanists.social Read it last night. The affordable figure rests on a viability assessment that's redacted. I've objected and asked the case officer to publish it in full.",
  "2026-02-20T21:48:30Z", 4, "Planning",
  "Reply continuing the planning application discussion: service conversation.",
  parent="t3", root="t3", likes=14, reposts=4)
M("s4a", "x", "@neasden_cleanup", "Neasden Clean Up Crew", 830, False,
  "Week 6 of the Neasden Lane service-road fly-tipping saga. Since we spoke to the enforcement team at the last ward forum: 2 more sofas, a bathtub, still no camera. Are the cameras coming or not? Photos in thread 🧵",
  "2026-03-21T11:40:20Z", 4, "Environment",
  "Ongoing exchange with the service about one recurring hotspot (text shows earlier contact and a thread): Environment officers to join.",
  replies=5, likes=62, reposts=17)
M("s4b", "rss", "@brentlibrariesblog", "Queens Park & Kilburn Community Blog", None, False,
  "Kilburn library hours consultation: what you told us so far. Over 140 of you commented on our last post about the proposed Wednesday closure. The main themes: homework space, the job club, and the lift. The council's consultation runs until 12 June and we'll keep posting responses below...",
  "2026-05-26T07:00:00Z", 4, "Libraries",
  "Community blog running a live discussion of a library consultation: Libraries officers should join the conversation.")
M("s4c", "facebook", "@chalkhill.tra", "Chalkhill Tenants & Residents Association", 1240, False,
  "Update after last night's meeting about the heating works in Blocks A-D: officers told us the new pumps go in on 3 Nov and there will be a 2 day shutdown. Several of you asked about portable heaters for the shutdown. We've put that back to the housing team and will post their answer here. Keep the questions coming below.",
  "2026-10-22T10:25:48Z", 4, "Housing",
  "Tenants' association running an ongoing conversation with Housing about planned works: officers to join. Ambiguous with 5 if the shutdown hit vulnerable residents.",
  replies=17, likes=40)
M("s4d", "bluesky", "@salusbury-rd-cyclist.bsky.social", "Jo Whelan", 690, False,
  "Round three of the Salusbury Road cycle lane argument in my mentions. Genuine question for the Brent highways folk who said they'd read this: are the kerb build-outs by the school staying in the final design or not?",
  "2026-09-15T08:50:32Z", 4, "Highways",
  "Post shows an ongoing multi-person discussion of one scheme with officers already reading: Highways to join.",
  replies=12, likes=25, reposts=3)

# ---------------------------------------------------------------- route 1: monitor
M("m01", "x", "@oilwatch_fx", "OilWatch FX", 48200, False,
  "Brent crude up 3.1% to $84.20 after surprise OPEC+ cut. WTI follows. #oil #commodities",
  "2026-04-06T06:15:00Z", 1, None,
  "Keyword noise: Brent crude oil price.", likes=140, reposts=55)
M("m02", "instagram", "@brentxtown", "Brent Cross Town", 21000, False,
  "Phase 2 is open! 🌿 New food hall, new park, same great vibes. See you at Brent Cross Town this weekend #BrentCrossTown",
  "2026-06-12T10:00:00Z", 1, None,
  "Keyword noise: Brent Cross (Barnet).", likes=860)
M("m03", "x", "@bees_til_i_die", None, 2300, False,
  "absolutely ROBBED at the Gtech. that's never a pen. Brentford deserved 3 points",
  "2026-01-31T17:12:09Z", 1, None,
  "Keyword noise: Brentford FC.", likes=88, reposts=6)
M("m04", "facebook", "@kelly.ward.92", "Kelly Ward", 310, False,
  "Happy 40th to my big brother Brent!! 🎉🎂 love you loads, see you at the Torch tonight xx",
  "2026-07-18T12:30:41Z", 1, None,
  "Keyword noise: a person called Brent.", likes=45)
M("m05", "x", "@westlondonmoans", None, 710, False,
  "Ealing council putting parking charges up AGAIN. £4.80 an hour in West Ealing. mad",
  "2026-02-13T09:55:03Z", 1, None,
  "Another borough's matter, not addressed to Brent: noise, monitor.", likes=23)
M("m06", "x", "@sophie_kingsbury", None, 190, False,
  "shout out to the bin crew on Kingsbury Rd this morning, the lads carried my nan's bags down from her step without being asked 🙏💚",
  "2026-05-27T08:49:51Z", 1, "Environment",
  "Praise with no request: monitor (could be shared with the service).", likes=27)
M("m07", "facebook", "@deepa.raman.wembley", "Deepa Raman", 230, False,
  "The kids' coding club at Wembley library is brilliant. My daughter came home and built a game about our cat. Thank you to the staff, you're doing a great job on a shoestring.",
  "2026-03-07T19:26:12Z", 1, "Libraries",
  "Praise and thanks: monitor.", likes=33)
M("m08", "x", "@kwesi_permit", None, 95, False,
  "fair play @Brent_Council sorted my permit mix up in a day. didn't expect that tbh",
  "2026-05-06T14:12:20Z", 1, "Parking",
  "Thanks, case already resolved: monitor.", likes=4)
M("m09", "x", "@ironicresident", None, 340, False,
  "love paying £2,100 council tax to look at the same mattress on the corner for three months. great value #Brent",
  "2026-08-30T18:40:37Z", 1, "Environment",
  "Sarcastic moan with no location or request: monitor. Ambiguous with 2 if the mattress's location is given later.", likes=19, reposts=2)
M("m10", "x", "@angry_harlesden_guy", None, 24, False,
  "brent council are a bunch of clowns 🤡🤡🤡 every last one",
  "2026-06-02T23:14:00Z", 1, None,
  "Low-reach abuse with no substance: monitor.")
M("m11", "x", "@angry_harlesden_guy", None, 24, False,
  "brent council are a bunch of clowns 🤡🤡🤡 every last one",
  "2026-06-03T00:02:41Z", 1, None,
  "Exact repeat by the same author (same label): low-reach abuse with no substance.")
M("m12", "x", "@crypto_gains_4u", None, 12, False,
  "💰 Earn £500/day from home!! No experience needed DM me now 💰 @Brent_Council @wembleystadium",
  "2026-02-22T04:31:10Z", 1, None,
  "Spam: monitor (no action).")
M("m13", "x", "@crypto_gains_4u", None, 12, False,
  "💰 Earn £500/day from home!! No experience needed DM me now 💰 @Brent_Council @wembleystadium",
  "2026-02-22T04:33:02Z", 1, None,
  "Exact repeat of the same spam (same label).")
M("m14", "facebook", "@gary.t.greenparty", "Gary T", 140, False,
  "Vote Green on May 7th. Brent deserves better than 50 years of Labour's broken promises. #GreenForBrent",
  "2026-04-25T16:08:55Z", 1, None,
  "Party-political campaigning by a low-reach supporter (not a candidate), no council matter raised: monitor; no political standpoint in any reply.",
  likes=12)
M("m15", "x", "@nw10_mandy", None, 180, False,
  "RT this everywhere, a Brent parking warden gave an ambulance a ticket 😡😡",
  "2026-06-27T17:41:30Z", 1, "Parking",
  "Reshare of the already-escalated viral ambulance video: monitor (comms already handling).", reposts=3)
M("m16", "x", "@DJTrentLDN", "DJ Trent", 310000, True,
  "what a night in Wembley 🔥🔥 Brent you were LOUD",
  "2026-08-22T23:05:18Z", 1, None,
  "Large verified account saying something of no consequence to the council: monitor.", likes=12000, reposts=800)
M("m17", "facebook", "@maureen.h.churchend", "Maureen Hughes", 88, False,
  "Thinking of the family of the man who died in the fire on Church End yesterday. RIP. Such a kind man, always said hello.",
  "2026-11-05T10:11:26Z", 1, None,
  "Sympathy only; the incident itself would be escalated from other reports. Ambiguous with 5 if the post raised cause or fire safety.",
  likes=29)
M("m18", "rss", "@brentlocalnews", "Brent Local News", None, False,
  "Brent Council's cabinet has approved its 2026/27 budget, including a 4.99% council tax rise, of which 2% is ringfenced for adult social care. The full council meeting to ratify the budget is on 26 February.",
  "2026-02-17T18:00:00Z", 1, "Finance",
  "Neutral news report of a decision already announced: monitor. Ambiguous with 5 (media), but nothing is asked of the council and nothing new or critical is alleged.")
M("m19", "youtube", "@sam.recycles", "Sam K", 14, False,
  "didnt know you could put the soft plastics in the orange bag now, good video 👍",
  "2026-09-03T20:17:48Z", 1, "Environment",
  "Comment on the council's how-to video: positive, no request; monitor.")
M("m20", "instagram", "@nw10walks", "NW10 Walks", 3400, False,
  "Roundwood Park in the golden hour 🍂 never gets old #brent #harlesden #autumn",
  "2026-10-30T16:22:06Z", 1, None,
  "Chatter: monitor.", likes=412)
M("m21", "linkedin", "@james-oduya-planner", "James Oduya", 1200, False,
  "Delighted to share that I've started a new role as Senior Planning Officer at Brent Council. Looking forward to working on some of London's most exciting regeneration.",
  "2026-01-06T08:30:00Z", 1, None,
  "Staff member's career news: chatter, monitor.", likes=160)
M("m22", "facebook", "@lakshmi.sivakumar.wembley", "Lakshmi Sivakumar", 260, False,
  "வெம்ப்லி பார்க்கில் தீபாவளி விழா அருமையாக இருந்தது! குழந்தைகள் மிகவும் மகிழ்ந்தார்கள். நன்றி Brent 🪔",
  "2026-11-08T21:02:44Z", 1, "Communications",
  "Tamil: 'The Diwali festival in Wembley Park was wonderful! The children enjoyed it very much. Thank you Brent.' Praise: monitor.",
  lang="ta", likes=37)
M("m23", "x", "@naft_news_fa", "اخبار نفت", 8900, False,
  "قیمت نفت برنت امروز به ۸۲ دلار رسید؛ بالاترین سطح در سه ماه گذشته.",
  "2026-03-16T05:44:10Z", 1, None,
  "Farsi: 'Brent oil price reached $82 today, the highest in three months.' Keyword noise (Brent crude).",
  lang="fa", likes=70)
M("m24", "facebook", "@hodan.warsame.nw10", "Hodan Warsame", 150, False,
  "Mahadsanid Brent Council, maktabadda Harlesden aad ayey u fiican tahay, carruurtaydu halkaas ayay casharradooda ku qortaan maalin kasta.",
  "2026-09-22T16:35:11Z", 1, "Libraries",
  "Somali: 'Thank you Brent Council, Harlesden library is very good, my children do their homework there every day.' Praise: monitor.",
  lang="so", likes=11)
M("m25", "x", "@taxpayer_tony", None, 260, False,
  "how much are you lot even paid to sit around moving bins from one side of the road to the other? FOI that 😂 @Brent_Council",
  "2026-07-02T13:50:29Z", 1, None,
  "Rhetorical jibe that mentions FOI but asks for no recorded information: not an FOI request; low-reach moan, monitor.")
M("m26", "x", "@bev_clarke_kg", None, 39, False,
  "Is this still going ahead? Nobody's told us anything",
  "2026-04-10T19:30:06Z", 1, None,
  "Standalone, with no referent: vague moan, monitor. (The same words inside the consultation thread are labelled 4.)")

# ---------------------------------------------------------------- serialise
def pid_for(i, it):
    p = it["platform"]
    n = 100000 + i * 7919 % 900000
    if p in ("x", "mastodon"):
        return f"{PREFIX}{n:07d}{i:03d}"
    return {"facebook": f"fb_{PREFIX}_{n}", "bluesky": f"at-bsky-{PREFIX}-3l{n}",
            "instagram": f"ig{PREFIX}{n}", "youtube": f"yt-{PREFIX}-Ugx{n}",
            "linkedin": f"urn:li:activity:{PREFIX}{n}", "rss": f"rss-{PREFIX}-{n}"}[p]

ids = {it["key"]: pid_for(i, it) for i, it in enumerate(ITEMS)}
assert len(set(ids.values())) == len(ids)

rng = random.Random(35791)
order = ITEMS[:]
rng.shuffle(order)
out, done, pending = [], set(), list(order)
while pending:
    for it in pending:
        if it["parent"] is None or it["parent"] in done:
            out.append(it); done.add(it["key"]); pending.remove(it); break

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-X.jsonl"), "w", encoding="utf-8") as f:
    for it in out:
        rec = {"platform": it["platform"], "platform_id": ids[it["key"]], "author_handle": it["handle"],
               "author_name": it["name"], "author_followers": it["followers"], "author_verified": it["verified"],
               "text": it["text"], "created_at": it["created"],
               "reply_to_id": ids[it["parent"]] if it["parent"] else None,
               "thread_id": ids[it["root"]] if it["root"] else None,
               "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"], "language": None,
               "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"],
                         "foi_valid": it["foi_valid"], "escalate_reason": it["esc"], "reason": it["reason"],
                         "language": it["lang"]},
               "provenance": "written"}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(out), "written")
