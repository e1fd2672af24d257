#!/usr/bin/env python3
"""Writer L, set v5: 110 hand-written mentions of Brent Council, labelled by hand per Appendix A.
Run: python3 src-L.py  -> writes part-L.jsonl (shuffled; replies kept after their parents)."""
import json, os, random

PREFIX = "23606"
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(23606110)
ITEMS = []


def A(k, plat, handle, name, followers, at, text, route, dept, why, lang="en", esc=None, foi=False, fv=None,
      verified=False, re=None, eng=(0, 1, 0)):
    ITEMS.append(dict(k=k, plat=plat, handle=handle, name=name, followers=followers, at=at, text=text,
                      route=route, dept=dept, why=why, lang=lang, esc=esc, foi=foi, fv=fv,
                      verified=verified, re=re, eng=eng))


# ---------------------------------------------------------------- route 5: escalate
A("e01", "x", "@kemi_walks_", "Kemi", 212, "2026-01-14T07:12:40Z",
  "the hoarding on the corner of Ealing Road by the old bank has been leaning since last nights wind and one panel is flapping right over the bus stop. kids from Alperton wait there from 7.45. someone tell @Brent_Council before it comes down on somebody",
  5, "Highways", "Structural danger over a bus stop used by children, present now: risk to life outranks the low follower count (ambiguous dept: building control/Planning).",
  esc="structural_danger", eng=(1, 6, 3))
A("e02", "facebook", "@sandra.pike.9", "Sandra Pike", None, "2026-02-10T16:45:02Z",
  "Does anyone know if the council still does those welfare check things? The lady at no 14 in our block on Harrow Road (the one near the launderette) hasn't taken her milk in since Sunday, curtains still shut, and her cat is crying behind the door. Her son lives in Leicester and I don't have his number. I've knocked twice this afternoon.\n\nSorry if this is the wrong place, I didn't know who else to ask.",
  5, None, "An older neighbour not seen for days with signs something is wrong: possible risk to life, escalate now whatever the reach; adult social care/police, not a listed department.",
  esc="person_not_seen", eng=(4, 9, 0))
A("e03", "x", "@chalkhill_d", "D", 88, "2026-06-18T22:31:09Z",
  "the little boy from the flat above us on chalkhill was out on the balcony on his own again tonight in just a nappy. like 11pm. third time this week and theres no one answering the door. dont want to get anyone in trouble but idk who you even tell",
  5, None, "A toddler repeatedly alone on a balcony at night: a child possibly in danger, told indirectly; children's safeguarding (no listed department).",
  esc="child_safeguarding", eng=(0, 3, 0))
A("e04", "instagram", "@ayo.neasden", "ayo", 403, "2026-03-01T19:08:55Z",
  "nice pics of the civic centre 👍 meanwhile my brother has been sleeping in his car behind the Neasden retail park for 2 weeks, hes diabetic and ran out of insulin friday. housing told him theres a waiting list lol",
  5, "Housing", "Comment on a council photo that reveals a rough sleeper with a medical risk now (no insulin): vulnerable adult at risk, escalate rather than treat as an ordinary housing case (ambiguous with 2).",
  esc="vulnerable_adult", eng=(2, 14, 0))
A("e05", "youtube", "@garym-nw10", "Gary M", None, "2026-03-05T01:47:13Z",
  "council tax up again. I've got £4 till the 28th and a summons on the kitchen table. honestly don't see the point in carrying on anymore",
  5, "Finance", "Comment under the budget video with a self-harm cue ('don't see the point in carrying on'): welfare risk takes priority over the council tax moan.",
  esc="self_harm_cue", eng=(0, 2, 0))
A("e06", "x", "@LucyHart_BKT", "Lucy Hart", 640, "2026-02-03T10:22:31Z",
  "Hi @Brent_Council, I'm a reporter at the Brent & Kilburn Times. Could your press office tell me when the lift at Kilburn Square is expected to be fixed? Residents tell me it's been out for six weeks. DMs open, thanks",
  5, "Housing", "A journalist naming her outlet asks a polite media question: Appendix A 'highly influential web commentator' – goes to communications whatever the follower count.",
  esc="journalist", eng=(1, 4, 2))
A("e07", "linkedin", "omar-siddiqui-lgc", "Omar Siddiqui", 2310, "2026-09-15T09:03:44Z",
  "Working on a piece for Local Government Chronicle about councils using AI to validate planning applications. Brent has been mentioned to me a couple of times as an early adopter. Would anyone from the Brent Council planning or digital team be up for a 15-minute chat this week? Comment or message me.",
  5, "Planning", "Trade-press journalist's media enquiry about a council service, neutral and polite: media enquiries go to the communications officer.",
  esc="journalist", eng=(3, 11, 0))
A("e08", "x", "@CllrHOkafor", "Cllr Hannah Okafor", 1930, "2026-02-17T18:20:05Z",
  "Residents on the Brentfield Road blocks have now been without hot water for 9 days since the boiler plant failed. I have raised it with officers twice. @Brent_Council what is the timeline for the fix? This is not acceptable in February.",
  5, "Housing", "A councillor publicly criticising a housing failure: 'leading members' and reputational harm, liaise with communications and the service lead.",
  esc="councillor", eng=(6, 41, 17))
A("e09", "bluesky", "@dawnreevesmp.bsky.social", "Dawn Reeves MP", 41200, "2026-01-22T12:10:33Z",
  "Constituents in Willesden Green tell me the library's evening opening is being cut from April with no consultation. I've written to Brent Council asking for the equality impact assessment. Libraries are lifelines for students and older people.",
  5, "Libraries", "An MP with a large audience on a contested service cut: highly influential commentator and controversial issue; her letter is correspondence, not an FOI request.",
  esc="mp", verified=True, eng=(22, 310, 96))
A("e10", "x", "@sudburyjon", "Jon", 156, "2026-03-21T08:02:51Z",
  "why have I just opened someone elses council tax bill?? full name, their address in Sudbury, account number, what they owe. inside MY envelope. is this how you look after our data @Brent_Council",
  5, "Finance", "Another resident's personal data sent to him: a data breach, escalate (information governance) regardless of reach.",
  esc="data_breach", eng=(3, 27, 9))
A("e11", "facebook", "@hodan.warsame", "Hodan Warsame", None, "2026-04-09T14:37:20Z",
  "Went to the Civic Centre today with my mum about her housing application. She only speaks Somali. The man on the desk laughed and said 'learn English or don't come here'. In front of the whole queue. My mum was shaking. I have his first name from his lanyard and the time. I am not letting this go.",
  5, "Housing", "Alleged discrimination by a member of staff at the front desk: misconduct/discrimination goes to communications and the service lead.",
  esc="discrimination", eng=(18, 96, 31))
A("e12", "youtube", "@delvans-nw6", "Del", None, "2026-05-12T11:48:16Z",
  "lol this video. next time that warden on kilburn high rd tickets my van while im unloading I swear hes going under it. hes been warned",
  5, "Parking", "A threat of violence against a named-by-location civil enforcement officer: threat to staff, escalate even from a tiny account.",
  esc="threat_to_staff", eng=(0, 2, 0))
A("e13", "facebook", "@marcia.lindo.77", "Marcia Lindo", None, "2026-01-06T20:14:59Z",
  "My solicitor has now written to Brent housing twice about the black mould in my daughter's bedroom in Stonebridge. She is 3 and has been on inhalers since October. The disrepair claim goes in next week. Ref HRS/24/01187. Don't say nobody warned you.",
  5, "Housing", "Own case with a reference, but a stated legal claim plus a young child's health from damp and mould: legal threat and reputational risk, escalate (ambiguous with 2).",
  esc="legal_threat", eng=(7, 53, 12))
A("e14", "x", "@granville_tunde", "Tunde", 301, "2026-07-26T21:53:10Z",
  "smoke coming out of the bin store at the bottom of our block on Granville Road, alarms not going off and people still inside. have called 999, tagging @Brent_Council because the fire doors on 2nd and 3rd floor are wedged open AGAIN",
  5, "Housing", "Fire in a council block happening now, plus a fire-safety failure: risk to life, escalate immediately.",
  esc="fire_risk", eng=(9, 38, 22))
A("e16", "x", "@jas_at_gigs", "jas", 1210, "2026-07-04T22:41:00Z",
  "Wembley Park station absolutely rammed after the concert, barriers shut, people pressed against the railings on Olympic Way, kids crying. where are the stewards?? this is getting scary",
  5, "Emergency Planning", "Crowd crush risk at an event, live: risk to life, escalate to communications/emergency planning.",
  esc="crowd_safety", eng=(14, 120, 64))
A("e17", "facebook", "@errol.campbell.5", "Errol Campbell", None, "2026-01-19T09:26:41Z",
  "RIP to the man who used to sleep in the doorway by Willesden bus garage. Found him this morning on my way to work, ambulance came but too late. It was minus 3 last night. He'd asked for help so many times. I hope somebody at Brent is ashamed today.",
  5, "Housing", "A death of a rough sleeper with blame on the council: a death and a controversial issue, escalate.",
  esc="death", eng=(31, 212, 88))
A("e18", "x", "@TheLondonLens", "The London Lens", 214000, "2026-08-08T13:05:27Z",
  "This video of Brent enforcement officers tipping a street vendor's fruit into a bin lorry in Harlesden has 1.2m views. Is this really how @Brent_Council treats small traders? 🎥👇",
  5, "Regulatory Services", "Very large account, video going viral against a service: 'controversial issue' and 'highly influential', escalate to communications.",
  esc="viral", verified=True, eng=(840, 9600, 3100))
A("e19", "x", "@dollishill_ed", "Ed", 62, "2026-10-02T19:39:12Z",
  "a planning officer at brent told me off the record he could 'make the objections go away' on my extension for a fee. I still have the texts. who do I even send these to",
  5, "Planning", "Allegation of bribery by an officer: alleged misconduct, escalate (not an ordinary planning query).",
  esc="misconduct", eng=(2, 5, 1))
A("e20", "x", "@PriyaForKensal", "Priya Nandakumar – Lib Dem", 870, "2026-04-17T17:15:48Z",
  "Knocking doors in Kensal Green all week and the No.1 thing people raise is the fly-tipping on Harrow Road. @Brent_Council when will the extra CCTV promised last year actually arrive? #KensalGreen #LibDems",
  5, "Environment", "An election candidate in the pre-election period questioning a council service: candidates are escalated; respond with no political standpoint.",
  esc="candidate", eng=(5, 33, 11))
A("e21", "facebook", "@agnieszka.w.londyn", "Agnieszka W.", None, "2025-12-29T10:51:30Z",
  "Nie wiem, gdzie to napisać, więc piszę tutaj. Mój sąsiad z parteru (Dollis Hill Lane, blok przy przystanku) chyba ma demencję – wczoraj o 2 w nocy znalazłam go na przystanku w samych kapciach i piżamie, nie wiedział, gdzie mieszka. Odprowadziłam go do domu. Nie ma rodziny w Londynie. Kogo w Brent o tym poinformować?",
  5, None, "Polish: an elderly neighbour, probably with dementia, found at a bus stop at 2am in slippers and pyjamas, not knowing where he lives; no family in London; who at Brent to tell. Vulnerable adult at risk (adult social care).",
  lang="pl", esc="vulnerable_adult", eng=(3, 8, 0))
A("e22", "x", "@stonebridge_huda", "Huda", 97, "2026-10-21T05:20:37Z",
  "الماء دخل الطابق الأرضي في عمارتنا في ستونبريدج من الساعة الرابعة فجراً ووصل للمقابس والكهرباء ما زالت شغالة. عندنا أطفال صغار وجارتنا كبيرة في السن ما تقدر تنزل الدرج. مين نكلم؟ @Brent_Council",
  5, "Emergency Planning", "Arabic: flood water in the ground floor of a Stonebridge block since 4am, reaching the sockets with power still on; small children and an elderly neighbour who cannot manage the stairs; who do we call? Flood and electrical risk now.",
  lang="ar", esc="flood", eng=(1, 4, 2))
A("e23", "x", "@tomachebe", "Tom Achebe", 3140, "2026-06-02T08:44:10Z",
  "Freelance journalist (Guardian, OnLondon). FOI request to @Brent_Council: please provide the number of households placed in temporary accommodation outside London in 2025, by month. Reply to the email in my bio. – Tom Achebe",
  5, "Housing", "A valid FOI request (real name in profile and signed) but from a journalist who names his outlets: per domain §8 a journalist's request is escalated, still to be logged with the 20-working-day clock.",
  esc="journalist", foi=True, fv=True, eng=(2, 19, 6))
A("e25", "facebook", "@fadumo.c.end", "Fadumo Cali", None, "2026-11-12T21:05:19Z",
  "Walaalayaal, wiil yar oo qiyaastii 8 jir ah ayaa habeen kasta ku wareega dukaanka agtiisa Church End ilaa 10ka habeennimo. Shalay wuxuu ii sheegay in guriga aysan cunto ku jirin, hooyadiisna ay jiran tahay. Yaa Brent looga sheegaa arrintan?",
  5, None, "Somali: a boy of about 8 wanders near a shop in Church End every night until 10pm; yesterday he said there is no food at home and his mother is ill; who at Brent should be told? A child possibly neglected: safeguarding.",
  lang="so", esc="child_safeguarding", eng=(5, 12, 1))
A("e27", "rss", "@kilburncourier.co.uk", "Kilburn Courier", None, "2026-05-28T06:00:00Z",
  "Council paid consultants £1.4m for Civic Centre solar panels that have 'never worked properly' — Documents seen by the Courier show Brent Council signed off a further £380,000 in repairs this spring, while the panels generated less than a third of the promised power. Opposition councillors have called for an inquiry.",
  5, "Finance", "Local news coverage alleging waste, with councillors calling for an inquiry: controversial issue with reputational harm, escalate to communications.",
  esc="media_coverage", eng=(0, 0, 0))

# ---------------------------------------------------------------- route 2: customer services (own case)
A("c01", "x", "@chatsworth_nw2", "Ruth", 140, "2026-06-09T16:12:33Z",
  "@Brent_Council missed bin again on Chatsworth Road NW2, 3rd week running. grey bin, tuesday collection. do I really have to report it again",
  2, "Environment", "Her own missed collection with a street and day: a person needing customer services to act.", eng=(0, 1, 0))
A("c02", "facebook", "@kwabena.osei.33", "Kwabena Osei", None, "2026-02-21T13:30:06Z",
  "Got PCN BT41829376 on Tuesday on Ealing Road even though I'd paid on RingGo for 2 hours (screenshot below, session started 10:41). How do I get this cancelled? The appeal page keeps timing out on me.",
  2, "Parking", "Own penalty charge with its number and evidence: Parking must look up the case; the website timeout is secondary (ambiguous with 3).", eng=(1, 2, 0))
A("c03", "x", "@amira_k_", "Amira K", 388, "2026-05-06T09:55:47Z",
  "@Brent_Council I paid my council tax for the whole year in one go in April (acct 40118832) and today I get a reminder saying I'm in arrears?? please sort this",
  2, "Finance", "Own council tax account with number and an apparent billing error: needs an officer to check records.", eng=(0, 0, 0))
A("c04", "facebook", "@leanne.f.kingsbury", "Leanne Fraser", None, "2026-01-12T19:02:58Z",
  "Our boiler at 23 Kingsbury Court has been broken since Thursday. Repairs said someone would come Monday – nobody came, no call. Two kids, boiling kettles to wash them. Job number 7719302. Can someone actually tell me when?",
  2, "Housing", "Own housing repair with address and job number: customer services/housing repairs; hardship but no immediate danger described (ambiguous with 5 in a cold spell).",
  eng=(2, 5, 0))
A("c05", "instagram", "@zainab_in_kenton", "zainab", 512, "2026-09-10T11:21:40Z",
  "@brentcouncil my mums blue badge renewal has said 'processing' since august and shes missing hospital appts because of it. ref BB-2025-33871 pls can someone look at it",
  2, "Parking", "Her mother's own blue badge application with a reference: an officer must look it up.", eng=(0, 3, 0))
A("c06", "instagram", "@kev.crownhill", "Kev", 59, "2025-12-08T08:17:29Z",
  "mattress and 3 bin bags dumped outside 41 Crownhill Road since friday, foxes had a party overnight. reported on the app (FT881234), nothing. @brentcouncil 📸",
  2, "Environment", "Fly-tip at a specific address with an existing reference: needs the service to act.", eng=(0, 2, 0))
A("c07", "mastodon", "@tobyjw@mastodon.social", "Toby Wells", 230, "2026-03-25T18:40:12Z",
  "Applied for a Brent resident permit (zone KB) on 2 March, paid, got the confirmation email, and it's still not in their system – so I got a PCN outside my own house on Brondesbury Park yesterday. Permit application RP-558102. Anyone know if Brent Council actually reads Mastodon?",
  2, "Parking", "His own permit and PCN with a reference number: customer services case.", eng=(1, 4, 1))
A("c08", "linkedin", "grace-mensah-kitchen", "Grace Mensah", 1120, "2026-01-28T12:05:00Z",
  "Small business owners, how do you get paid by councils? We catered a Brent Council youth event in Harlesden in September. Invoice INV-2291, still unpaid after 90 days and four chasers. Any pointers on who in Brent's finance team I should actually speak to?",
  2, "Finance", "A supplier's own unpaid invoice with its number: Finance must look it up (ambiguous with 5 if the post spreads – late payment to SMEs is a reputational theme).",
  eng=(6, 24, 2))
A("c10", "facebook", "@ola.b.wembley", "Olamide Bello", None, "2026-03-03T07:58:12Z",
  "We moved to Wembley in January and my son (Year 4) still has no school place. I applied in-year on 12 January, application number 304/IY/2291. He has been at home seven weeks now. Who do I chase?? Every number I ring says it's someone else.",
  2, "Education", "Own in-year admission with an application number: Education must act; a child out of school is serious but no danger described (ambiguous with 5).",
  eng=(9, 6, 0))
A("c12", "facebook", "@hitesh.patel.kenton", "Hitesh Patel", None, "2026-02-25T15:44:09Z",
  "નમસ્તે, મારા પિતાજીનું ગયા મહિને અવસાન થયું. કાઉન્સિલ ટેક્સનું ખાતું હજુ પણ તેમના નામે છે (ખાતા નંબર 40227781) અને આ મહિને ડાયરેક્ટ ડેબિટ ફરીથી કપાયું. મહેરબાની કરીને કોઈ મદદ કરશે?",
  2, "Finance", "Gujarati: my father died last month; the council tax account is still in his name (account 40227781) and the direct debit was taken again this month; can someone help? A bereavement account change – own case, not an escalation.",
  lang="gu", eng=(0, 1, 0))
A("c13", "facebook", "@imran.q.stonebridge", "Imran Qureshi", None, "2025-12-16T21:10:44Z",
  "السلام علیکم، سٹون برج میں میرے فلیٹ کے بیڈروم کی کھڑکی تین ہفتوں سے ٹوٹی ہوئی ہے اور رات کو بہت ٹھنڈ ہوتی ہے۔ مرمت کا نمبر 7725510 ہے۔ دو بار فون کیا، کوئی نہیں آیا۔",
  2, "Housing", "Urdu: the bedroom window of my Stonebridge flat has been broken for three weeks, it is very cold at night; repair number 7725510; I phoned twice and nobody came. Own housing repair.",
  lang="ur", eng=(0, 2, 0))
A("c14", "x", "@ionut_harlesden", "Ionuț", 45, "2026-05-02T17:26:30Z",
  "Bună ziua @Brent_Council, am primit o amendă de parcare (PCN BT40917722) pe Harlesden Road deși aveam permis de vizitator activ pentru ziua respectivă. Am poză cu permisul. Cum pot contesta? Mulțumesc",
  2, "Parking", "Romanian: I got a PCN (BT40917722) on Harlesden Road although I had an active visitor permit for that day; I have a photo; how can I challenge it? Own PCN with a number.",
  lang="ro", eng=(0, 0, 0))
A("c15", "youtube", "@bernadetteolowe", "Bernadette Olowe", None, "2026-04-14T10:02:17Z",
  "Your video says garden waste subscriptions start on 1 April but I paid on 20 March and my sticker still hasn't come, so they won't empty the bin. Account is in my name, Preston Road. Who can check this?",
  2, "Environment", "Comment under a how-to video, but about her own paid subscription and missing sticker: customer services case.", eng=(0, 1, 0))
A("c16", "x", "@villiers_nights", "Sam", 131, "2026-09-13T02:58:41Z",
  "3am and the party at the HMO next door on Villiers Road is still going. 4th weekend in a row. I have work at 7. reported it before, ref NS/5567. is anyone on nights at brent or",
  2, "Regulatory Services", "Own noise complaint with an address and reference, ongoing tonight: noise team/customer services (not a risk to safety).", eng=(0, 4, 0))
A("c17", "bluesky", "@dr-rachel-adeyemi.bsky.social", "Dr Rachel Adeyemi", 860, "2026-07-08T20:31:55Z",
  "Brent – how many damp and mould complaints did you log for council homes in 2025, and how many were fixed within 28 days? Asking as a GP who sees the kids with the chest infections.",
  2, "Housing", "A request for recorded figures the council holds: FOI, valid because her real name is in the profile; log via customer services (a GP, not a journalist).",
  foi=True, fv=True, eng=(4, 57, 12))
A("c18", "bluesky", "@maxine-nw10.bsky.social", "maxine", 204, "2026-05-19T13:07:22Z",
  "housing benefit just stopped with no letter, claim ref HB/1188273. rent due friday. rang twice and got cut off both times. brent what is going on",
  2, "Finance", "Own benefit claim with a reference and a rent deadline: customer services; hardship, not danger.", eng=(0, 3, 0))
A("c19", "instagram", "@tubbsroad_dee", "Dee", 267, "2026-08-20T15:49:03Z",
  "my bulky waste booking was for today (ref BW-20771) and they took the sofa but left the fridge 🙄 its blocking the front path at 6 Tubbs Road, my mum uses a walker",
  2, "Environment", "Own bulky waste booking with reference and address left half done: service to act.", eng=(0, 2, 0))
A("c21a", "x", "@mellison_nw9", "Margaret Ellison", 402, "2026-05-11T09:14:02Z",
  "@Brent_Council Under the Freedom of Information Act please provide the number of penalty charge notices issued on Olympic Way and Empire Way on event days in 2025, broken down by month.",
  2, "Parking", "FOI request for recorded information; real name visible in her profile, so valid: customer services logs it (20 working days).",
  foi=True, fv=True, eng=(0, 2, 1))
A("c21b", "x", "@mellison_nw9", "Margaret Ellison", 402, "2026-06-15T09:02:48Z",
  "@Brent_Council Under the Freedom of Information Act please provide the number of penalty charge notices issued on Olympic Way and Empire Way on event days in 2025, broken down by month.",
  2, "Parking", "Exact repeat of her earlier valid FOI request, posted again: same route – log it/check the first one's clock via customer services.",
  foi=True, fv=True, eng=(0, 3, 1))
A("c22", "facebook", "@ade.bankole.nw2", "Ade", None, "2026-07-30T11:36:27Z",
  "FOI request to Brent Council: please send me copies of the last three fire risk assessments for Windmill Court, NW2, and the dates of any actions completed since.\n\nAdebayo Bankole\nFlat 9, Windmill Court, London NW2",
  2, "Housing", "Request for recorded documents, signed with a full name and a postal address for correspondence: valid FOI to customer services; about fire safety but no present danger.",
  foi=True, fv=True, eng=(0, 4, 0))
A("c23", "facebook", "@joana.fer.wembley", "Joana", None, "2026-03-16T12:25:51Z",
  "Pedido ao abrigo da Freedom of Information Act: quantas queixas de ruído foram registadas pelo Brent Council na zona de Wembley Park em 2025, por mês? Por favor respondam por correio para: Joana Ferreira, Flat 5, 22 Empire Way, Wembley HA9.",
  2, "Regulatory Services", "Portuguese: FOI request – how many noise complaints did Brent Council record in the Wembley Park area in 2025, by month? Reply by post to Joana Ferreira, Flat 5, 22 Empire Way. Name and address given, so valid: log via customer services.",
  lang="pt", foi=True, fv=True, eng=(0, 1, 0))
A("c24", "linkedin", "daniel-okwu-procurement", "Daniel Okwu", 3870, "2026-10-13T08:27:39Z",
  "Could Brent Council confirm, as a freedom of information request, how much was spent on agency staff in its HR and digital teams in 2024/25? Happy to receive it by email via LinkedIn message. Thanks.",
  2, "HR", "Request for recorded spending figures from a real-name LinkedIn profile: valid FOI, customer services logs it and asks for an email address.",
  foi=True, fv=True, eng=(2, 9, 0))
A("c26", "x", "@shaz_nw10", "Shaz", 233, "2026-02-06T22:17:35Z",
  "you useless lot at brent housing. my sister has been in a B&B in Park Royal with 3 kids for ELEVEN MONTHS. one room, shared kitchen with men she doesnt know. f*** the lot of you",
  2, "Housing", "Abusive but with substance: her sister's own temporary-accommodation case needs Housing to act; ambiguous with 5 (children in B&B far beyond six weeks is a controversial issue).",
  eng=(1, 8, 2))

# ---------------------------------------------------------------- route 3: web team responds
A("w01", "x", "@queensbury_lin", "Lin", 77, "2026-06-06T18:33:10Z",
  "what day is bin collection in Queensbury now?? the new calendar thing on the website is so confusing, it shows me two different days",
  3, "Environment", "General 'when' question answered by the published collection calendar: web team signposts.", eng=(0, 0, 0))
A("w02", "x", "@neasden_nana", "Pat", 39, "2025-12-22T10:05:58Z",
  "is the civic centre open on boxing day? need to drop off documents @Brent_Council",
  3, None, "Simple opening-hours question: web team answers with the published festive hours.", eng=(0, 0, 0))
A("w03", "facebook", "@june.adebayo.willesden", "June Adebayo", None, "2026-02-01T17:20:44Z",
  "Is it true Brent are scrapping the garden waste collection? My neighbour says it's going to be £90 a year from now on and you can't even get the brown bin emptied in winter. Anyone know for sure?",
  3, "Environment", "'Is it true' confusion about a well-understood scheme: web team corrects with the published prices.", eng=(3, 1, 0))
A("w04", "x", "@alperton_raj", "Raj", 265, "2026-03-09T08:49:02Z",
  "@Brent_Council the pay a PCN page on your website just gives a 500 error on my phone, tried 3 times. want to pay before the discount runs out",
  3, "Web", "A fault on the website; paying is routine, so no officer needs his records – web team (ambiguous with 2 because of the discount deadline).", eng=(0, 1, 0))
A("w05", "instagram", "@kenton_carer_life", "Rosa", 690, "2026-07-14T12:51:19Z",
  "how do I get a parking permit for my dad's carer? she comes to his house in Kenton every morning and keeps getting tickets",
  3, "Parking", "General how-to about carer permits, answered by published information (ambiguous with 2 if the tickets need cancelling).", eng=(0, 2, 0))
A("w06", "x", "@harlesden_q", "Ezra", 318, "2026-08-31T15:37:46Z",
  "FOI to @Brent_Council: how many stop and searches did the Met carry out in Harlesden in 2025? Ezra Lindqvist",
  3, None, "Looks like an FOI, but the information is held by the Metropolitan Police, not the council: web team points him to the Met's FOI route; not flagged as an FOI to Brent.",
  eng=(0, 1, 0))
A("w07", "x", "@harrowweald_sue", "Sue", 112, "2026-04-02T09:11:28Z",
  "@Brent_Council bins on our road in Harrow Weald not collected AGAIN, this is the third time",
  3, None, "Harrow Weald is in Harrow: a mention meant for another council, web team redirects (no Brent department).", eng=(0, 0, 0))
A("w08", "bluesky", "@kilburn-cyclist.bsky.social", "kilburn cyclist", 455, "2026-06-11T07:44:03Z",
  "when does the Kilburn low traffic neighbourhood consultation close? can't find it anywhere on the brent site",
  3, "Highways", "A single 'when/where' question about a published consultation: web team signposts (ambiguous with 4 had it been a discussion).", eng=(0, 2, 0))
A("w10", "youtube", "@mikey-recycles", "Mikey", None, "2026-05-23T20:08:35Z",
  "so do greasy pizza boxes go in the blue bin or not?? your video says yes at 1:42 but the leaflet that came through the door says no",
  3, "Environment", "Simple confusion between two pieces of council information: web team clarifies.", eng=(0, 4, 0))
A("w11", "facebook", "@rahima.b.kilburn", "Rahima", None, "2026-04-22T14:16:08Z",
  "আমি একা থাকি, ব্রেন্টে কাউন্সিল ট্যাক্সে ২৫% ছাড় কীভাবে পাবো? ওয়েবসাইটে ফর্মটা খুঁজে পাচ্ছি না।",
  3, "Finance", "Bengali: I live alone – how do I get the 25% council tax discount in Brent? I can't find the form on the website. General how-to, signpost to the single person discount form.",
  lang="bn", eng=(0, 1, 0))
A("w12", "facebook", "@carmen.r.neasden", "Carmen Ruiz", None, "2026-09-24T19:32:14Z",
  "¿Alguien sabe si en el Civic Centre de Brent ponen intérprete para las citas de vivienda? Mi madre solo habla español y tiene cita la semana que viene.",
  3, "Housing", "Spanish: does anyone know if Brent's Civic Centre provides an interpreter for housing appointments? My mother only speaks Spanish and has an appointment next week. General service question, signpost to how to book an interpreter.",
  lang="es", eng=(2, 1, 0))
A("w13", "x", "@wembleywatcher", "WembleyWatcher", 1480, "2025-12-11T21:18:06Z",
  "@Brent_Council FOI: how much did you spend on the Wembley Park christmas lights this year? go on, tell us",
  3, "Finance", "A genuine request for recorded spending, but from a pseudonymous account with no name or address: invalid FOI, web team explains how to make a valid request.",
  foi=True, fv=False, eng=(3, 22, 4))
A("w14", "facebook", "@jk.neasden", "J.K.", None, "2026-02-12T10:40:50Z",
  "Formal Freedom of Information request: copies of all contracts between Brent Council and Veolia since 2020, including variations. Please reply to this post. — J.K.",
  3, "Environment", "FOI request signed with initials only and no address for correspondence: invalid, web team explains what is needed.",
  foi=True, fv=False, eng=(1, 3, 0))
A("w15", "mastodon", "@priya_trees@mastodon.online", "priya 🌱", 312, "2026-03-30T16:05:13Z",
  "Hi Brent Council, freedom of information request please: how many trees were felled in Gladstone Park in 2025, and how many were replanted? Thanks, Priya",
  3, "Environment", "FOI request with a first name only and a handle: invalid per the strategy's rule, web team asks for full name and an address.",
  foi=True, fv=False, eng=(2, 11, 3))
A("w16", "bluesky", "@stats-nerd-nw6.bsky.social", "numbers guy", 280, "2026-08-04T11:56:22Z",
  "does Brent Council still publish its spending over £500? used to be a spreadsheet on the website, can't find it now",
  3, "Finance", "Asks where already-published data is, not for information to be released: not an FOI request; web team signposts to the transparency page.",
  eng=(0, 1, 0))
A("w17", "facebook", "@tyrone.g.harlesden", "Tyrone Grant", None, "2026-05-03T18:27:40Z",
  "How do I get a copy of everything the council has on me from my housing file? They keep saying I was offered a flat in 2023 and I never was.",
  3, "Housing", "Asks for his own personal data: a subject access request, not an FOI; a how-to the web team answers with the SAR form (ambiguous with 2).",
  eng=(0, 2, 0))
A("w18", "mastodon", "@amy_kr@mastodon.social", "Amy", 603, "2026-10-27T13:14:57Z",
  "trying to report fly-tipping on brent.gov.uk and the map won't let me drop a pin, it just spins forever. android, chrome. anyone else?",
  3, "Web", "A website fault: web team checks and responds (the fly-tip itself has no location yet).", eng=(1, 3, 0))
A("w19", "linkedin", "efua-boateng", "Efua Boateng", 540, "2026-10-06T07:51:12Z",
  "Does anyone know if Brent Council's graduate scheme is opening for 2026/27? Can't see it on the careers page and my uni careers service thinks it closed already.",
  3, "HR", "General recruitment question answered by published careers information: web team signposts.", eng=(1, 2, 0))
A("w20a", "x", "@rizzy_nw10", "riz", 48, "2026-07-07T14:02:11Z",
  "bins?? again",
  3, "Environment", "Very short moan about a missed collection, no address: web team replies with the missed-bin report link (ambiguous with 1 and 2).", eng=(0, 1, 0))
A("w20b", "x", "@rizzy_nw10", "riz", 48, "2026-07-21T14:09:50Z",
  "bins?? again",
  3, "Environment", "Exact repeat of the same author's post two weeks later: same label – signpost to the missed-bin report (ambiguous with 1 and 2).", eng=(0, 2, 0))
A("w09", "facebook", "@gavin.sudbury", "Gav Reilly", None, "2026-11-03T07:26:54Z",
  "dead fox in the middle of Harrow Road by the Sudbury Town turn, cars swerving round it. is that you lot or the RSPCA? Brent Council",
  3, "Environment", "'Is that you or the RSPCA' question about a published service (dead animal removal): web team signposts; a road hazard but minor (ambiguous with 2).", eng=(0, 1, 0))

# ---------------------------------------------------------------- route 1: monitor
A("m01", "x", "@oilwatchdaily", "Oil Watch Daily", 18200, "2026-03-04T07:30:00Z",
  "Brent crude back above $84 after the OPEC+ surprise. UK pump prices usually follow within 2–3 weeks. #oil #Brent",
  1, None, "Keyword noise: Brent crude oil prices.", verified=True, eng=(4, 51, 17))
A("m02", "bluesky", "@nw-commuter.bsky.social", "Dele", 730, "2026-01-08T08:12:36Z",
  "Brent Cross West station on a Monday morning: 12 minutes to St Pancras, seat every time. The walk over to the shopping centre is still a building site though.",
  1, None, "Keyword noise: Brent Cross (Barnet), nothing for the council.", eng=(1, 9, 0))
A("m03", "x", "@SamRowe_Bees", "Sam Rowe", 5400, "2026-09-26T16:58:09Z",
  "FT: Brentford 2-1 Forest. Match report and player ratings up on the site in 20 minutes. #BrentfordFC",
  1, None, "Keyword noise: Brentford FC. The author is a sports journalist, but not about a council matter, so no media escalation.",
  eng=(3, 44, 6))
A("m04", "instagram", "@leila.xo", "leila", 1080, "2026-02-14T21:40:22Z",
  "Happy 30th Brent!!! 🎉🎂 still can't believe you pulled off the suit",
  1, None, "Keyword noise: a person called Brent.", eng=(2, 37, 0))
A("m05", "x", "@harlesden_hen", "Henrietta", 410, "2026-10-15T09:22:31Z",
  "shout out to the @Brent_Council bin crew on Harlesden Road this morning who picked up my neighbour's whole spilled recycling in the pouring rain without a word. legends 🙌",
  1, "Environment", "Praise, no case or request: monitor (could be liked/shared).", eng=(1, 18, 2))
A("m06", "facebook", "@pauline.r.willesden", "Pauline Rhodes", None, "2026-03-14T16:14:05Z",
  "Just wanted to say the staff at Willesden Green library were brilliant with my dad today. He's 84 and they sat with him for half an hour doing his Freedom Pass renewal online. So patient. Thank you.",
  1, "Libraries", "Praise and thanks: no action beyond monitoring.", eng=(3, 26, 0))
A("m07", "bluesky", "@kilburngrumbles.bsky.social", "Nat", 520, "2026-11-19T19:47:13Z",
  "love how Brent Council can find money for yet another Wembley banner but not for one working streetlight on my road 🙃",
  1, "Highways", "Sarcastic moan with no location or request: monitor (ambiguous with 3 – could invite a fault report).", eng=(0, 12, 3))
A("m08", "x", "@bigmike_nw2", "mike", 23, "2026-05-30T23:55:07Z",
  "brent council are a bunch of clowns 🤡🤡🤡",
  1, None, "Low-reach abuse with no substance: monitor.", eng=(0, 0, 0))
A("m09", "instagram", "@cashflow_kingz_uk", "CASHFLOW KINGZ", 9100, "2026-06-25T03:11:49Z",
  "🚀 Earn £500/day from home!! Brent & Harlesden mums DM me NOW 💰💰 no experience needed #Wembley #Harlesden #brentcouncil",
  1, None, "Spam using local hashtags: monitor/ignore.", eng=(0, 3, 0))
A("m10", "x", "@BrentCentralLab", "Brent Central Labour", 2900, "2026-04-25T10:00:00Z",
  "Our councillors kept every Brent library open while others closed theirs. On 7 May, vote Labour 🌹 #BrentLabour",
  1, None, "Party-political campaigning in the pre-election period from a party account (not a candidate's question to the council): monitor, take no political standpoint.",
  eng=(8, 74, 29))
A("m11", "mastodon", "@nwroads@mastodon.london", "NW London Roads", 6400, "2026-02-27T06:41:03Z",
  "Not Brent but Barnet: Staples Corner flyover closed again this weekend, North Circ eastbound down to one lane from 10pm Fri. Avoid.",
  1, None, "Another borough's roadworks: keyword noise for Brent.", eng=(2, 15, 21))
A("m12", "x", "@wembley_wanderer", "Wembley Wanderer", 780, "2026-08-08T15:31:58Z",
  "RT @TheLondonLens: This video of Brent enforcement officers tipping a street vendor's fruit into a bin lorry in Harlesden has 1.2m views. Is this really how @Brent_Council treats small traders? 🎥👇",
  1, "Regulatory Services", "A reshare of something already escalated (the viral video): monitor volume, no separate action.", eng=(0, 0, 0))
A("m14", "x", "@MayaOnTour", "Maya Osei", 912000, "2026-07-03T22:02:18Z",
  "Rehearsals done at Wembley tonight 🥹 Brent you've been so kind to my crew all week. See you tomorrow x",
  1, None, "A very large account saying something warm and of no consequence to the council: monitor.", verified=True,
  eng=(2400, 88000, 5100))
A("m15", "linkedin", "chris-doyle-streetlite", "Chris Doyle", 4200, "2026-11-24T08:15:31Z",
  "Proud to have completed the LED street lighting upgrade with Brent Council – 14,000 columns converted in 18 months, energy use down 62%. Huge thanks to the Brent highways team and our crews who worked nights through two winters. #streetlighting #localgov",
  1, "Highways", "Supplier's self-promotional post praising a partnership: no consequence, monitor (could be shared).", eng=(11, 140, 9))
A("m17", "rss", "@brent.gov.uk/news", "Brent Council – News", None, "2026-04-01T09:00:00Z",
  "New family hub opens its doors in Harlesden — Parents and carers can now drop in to the new hub on Craven Park Road for health visitor clinics, stay-and-play sessions and advice on benefits and childcare, open weekdays 9am to 5pm.",
  1, "Communications", "The council's own press page item: nothing to triage, monitor.", eng=(0, 0, 0))
A("m18", "rss", "@kensalrisehistory.blog", "Kensal Rise History", None, "2026-01-25T12:00:00Z",
  "Kensal Rise Library's long road back — From Mark Twain's opening in 1900 through the closure campaign to today's community library, a short history of a building Brent residents would not let go.",
  1, "Libraries", "Local history blog post, no current issue or request: monitor.", eng=(0, 0, 0))
A("m22a", "x", "@truthbrent77", "truth", 31, "2026-09-02T12:40:01Z",
  "@Brent_Council WAKE UP 📢📢📢",
  1, None, "Content-free shouting from a tiny account: monitor.", eng=(0, 0, 0))
A("m22b", "x", "@truthbrent77", "truth", 31, "2026-09-02T12:44:37Z",
  "@Brent_Council WAKE UP 📢📢📢",
  1, None, "Exact repeat of the same content-free post minutes later: monitor.", eng=(0, 0, 0))
A("m23", "facebook", "@gloria.elmcourt", "Gloria Thompson", None, "2026-01-04T13:03:19Z",
  "Last winter we had a gas leak on our landing at Elm Court and Brent housing had someone out within the hour, then Cadent sorted it. Seeing all the moaning on here, credit where it's due.",
  1, "Housing", "Praise about a past incident now resolved – no risk present: monitor.", eng=(4, 21, 0))
A("m24", "facebook", "@vikram.s.wembley", "Vikram Shah", None, "2026-11-09T20:47:15Z",
  "वेम्बली पार्क में दिवाली का कार्यक्रम इस साल भी शानदार था! रोशनी, संगीत, बच्चों ने खूब मज़ा किया। ब्रेंट काउंसिल और सभी स्वयंसेवकों को धन्यवाद 🪔",
  1, None, "Hindi: the Diwali event in Wembley Park was wonderful again this year – lights, music, the children loved it; thanks to Brent Council and all the volunteers. Praise, monitor.",
  lang="hi", eng=(1, 33, 2))
A("m25", "instagram", "@kavitha_reads", "kavitha", 356, "2026-08-27T10:18:44Z",
  "கென்டன் நூலகத்தில் இப்போ நிறைய தமிழ் புத்தகங்கள் வந்திருக்கு! பிள்ளைகளுக்கு கதைப் புத்தகங்களும் இருக்கு 👍 நன்றி Brent Libraries",
  1, "Libraries", "Tamil: Kenton library now has lots of Tamil books, including story books for children – thank you Brent Libraries. Praise, monitor.",
  lang="ta", eng=(0, 19, 0))
A("m26", "x", "@reza_willesden", "Reza", 140, "2026-03-21T22:36:27Z",
  "باز هم مالیات شورای برنت بالا رفت و خیابان‌های ویلزدن هنوز پر از زباله است. واقعاً پول ما کجا می‌رود؟ @Brent_Council",
  1, "Finance", "Farsi: Brent council tax went up again and Willesden's streets are still full of rubbish – where does our money really go? A rhetorical moan, no case: monitor.",
  lang="fa", eng=(0, 3, 0))
A("m28", "x", "@leghorn_lou", "Lou", 86, "2026-06-10T19:05:40Z",
  "bin men left half the street again on tuesday",
  1, "Environment", "Standalone moan with no street or request: monitor (ambiguous with 3); the same words inside the YouTube bin-rounds thread are route 4.",
  eng=(0, 2, 0))
A("m29", "instagram", "@wembley.cynic", "Wembley Cynic", 1290, "2026-05-15T08:30:12Z",
  "How much did @brentcouncil waste on that ugly sculpture outside the Civic Centre? Don't answer, we already know 🙄",
  1, "Finance", "A rhetorical jibe, not a request for information ('don't answer'): not an FOI, monitor.", eng=(4, 26, 5))
A("m30", "rss", "@brent.gov.uk/news", "Brent Council – News", None, "2026-07-27T11:30:00Z",
  "Statement on the fire at Granville Road — A small fire in a bin store at a council block on Granville Road on Sunday evening was put out by London Fire Brigade. No one was hurt. Residents who need support can contact the council's housing team.",
  1, "Communications", "The council's own statement on an incident already escalated: monitor.", eng=(0, 0, 0))

# ---------------------------------------------------------------- threads (route 4 conversations and their replies)
# Thread P: Facebook neighbourhood group, a live planning application
A("p0", "facebook", "@bev.dollishill", "Bev Marsh", None, "2026-09-01T19:10:23Z",
  "Has everyone seen planning application 25/3041 for the old car wash on Neasden Lane? NINE storeys, 84 flats, zero parking, and the 'daylight study' was done in June. Comments close on the 14th. I've put my objection in, link in the comments, takes 5 minutes. Brent planning need to hear from more than three of us this time.",
  4, "Planning", "Live planning application discussed by several neighbours: a specific ongoing conversation for Planning officers to join.",
  eng=(3, 47, 12))
A("p1", "facebook", "@kwame.d.neasden", "Kwame Danso", None, "2026-09-01T19:42:07Z",
  "Objected. 'Car free development' is a joke when the 297 is already rammed and half of us work shifts.",
  4, "Planning", "Reply within the planning-application discussion: part of the route-4 conversation.", re="p0", eng=(0, 9, 0))
A("p2", "facebook", "@shirley.okon", "Shirley Okon", None, "2026-09-01T20:15:30Z",
  "Genuine question, does anyone from the council actually read these or is it signed off already? Last time with the Lidl the committee didn't mention a single objection.",
  4, "Planning", "A question inside the thread, best answered by the planning officer joining the conversation (ambiguous with 3).",
  re="p0", eng=(0, 6, 0))
# Thread Q: X, event-day parking zone, several residents
A("q0", "x", "@barnhill_rach", "Rachel", 344, "2026-06-21T08:55:16Z",
  "Is it just me or has the new event day zone made Barn Hill worse? Cars on both corners of Forty Lane during Saturday's gig, couldn't get out of my drive till 7pm. @Brent_Council",
  4, "Parking", "Starts a residents' discussion about one scheme (the event-day zone): route 4 for Parking officers to join.",
  eng=(4, 15, 3))
A("q1", "x", "@forty_ave_phil", "Phil", 120, "2026-06-21T09:20:41Z",
  "same problem here on Forty Avenue. enforcement turned up at 6 when everyone had already gone in",
  4, "Parking", "Another resident adding to the event-day discussion: route 4.", re="q0", eng=(0, 4, 0))
A("q2", "x", "@jen_wembley", "Jen", 210, "2026-06-21T10:03:58Z",
  "it's not just an inconvenience. an ambulance couldn't get down Barn Hill on Saturday because of the cars, my dad waited 25 minutes for them to reach the door. he's ok now but that could have been it",
  5, "Parking", "Inside the parking thread, a reply that the scheme blocked an ambulance: past, but risk to life and a controversial issue – escalate, not just part of the conversation.",
  esc="risk_to_life", re="q0", eng=(2, 31, 9))
A("q3", "x", "@mo_hkb", "Mo", 77, "2026-06-21T11:40:22Z",
  "got a PCN outside my OWN house on Forty Lane during the gig with my permit on the dash. WM77120934. appealing but wtf",
  2, "Parking", "Inside the thread, but his own PCN with a number: customer services case, not the group discussion.",
  re="q1", eng=(0, 5, 0))
# Thread R: Mastodon, live cycle-lane consultation
A("r0", "mastodon", "@harrowroadwheels@mastodon.social", "Harrow Road Wheels", 1460, "2026-06-08T07:35:02Z",
  "The Harrow Road cycle lane consultation (Brent side, Harlesden to Kensal Green) closes on 30 June. The drawings remove the loading bay outside the Kensal Green shops – traders I spoke to hadn't heard a word about it. If you ride or shop there, respond. #Brent #cycling",
  4, "Highways", "A live consultation discussed by several people: Highways officers should join the conversation.",
  eng=(3, 22, 18))
A("r1", "mastodon", "@lena_k@toot.community", "Lena", 390, "2026-06-08T08:12:47Z",
  "Responded. Segregated lane is great but the Wrottesley Road junction is still a death trap in the drawings, no protected turn at all.",
  4, "Highways", "Feedback on the consultation design; 'death trap' describes a drawing, not a present emergency: route 4.",
  re="r0", eng=(0, 7, 2))
A("r2", "mastodon", "@washhouse_kg@mastodon.social", "Kensal Green Washhouse", 170, "2026-06-08T12:29:33Z",
  "I run the launderette by the station. Nobody from Brent came to see us. Where are our deliveries meant to stop? I'll fill it in but a drop-in for traders would help.",
  4, "Highways", "A trader joining the consultation thread asking for engagement: the service should respond in the conversation.",
  re="r0", eng=(0, 9, 3))
# Thread S: YouTube comments under the council's 'new bin rounds' video
A("s0", "youtube", "@cravenpark-marcus", "Marcus", None, "2026-06-04T17:50:11Z",
  "So the new rounds started this week and our side of Craven Park Road got emptied but the other side didn't?? Is it going to be like this every week now",
  4, "Environment", "Opens a comment thread under the council's video where several residents discuss the new collection rounds: route 4 for Environment.",
  eng=(3, 12, 0))
A("s1", "youtube", "@ayeshaNW10", "Ayesha", None, "2026-06-04T18:31:26Z",
  "bin men left half the street again on tuesday",
  4, "Environment", "Same words as a standalone moan, but here it adds to the ongoing discussion of the new rounds: route 4.",
  re="s0", eng=(0, 5, 0))
A("s2", "youtube", "@tomasz.nw10", "Tomasz", None, "2026-06-04T20:04:55Z",
  "U nas na Craven Park Road to samo – od zmiany harmonogramu śmieciarka przyjeżdża w środę zamiast we wtorek i nikt nie wiedział. Pół ulicy wystawiło kosze na darmo.",
  4, "Environment", "Polish: same on our part of Craven Park Road – since the schedule change the lorry comes on Wednesday instead of Tuesday and nobody knew; half the street put bins out for nothing. Part of the route-4 thread.",
  lang="pl", re="s0", eng=(0, 4, 0))
A("s3", "youtube", "@leghornroadjo", "Jo", None, "2026-06-05T07:22:40Z",
  "same on Leghorn Road NW10. I think the calendar in the app still shows the old days. would be good if someone from the council actually answered in here",
  4, "Environment", "Continues the thread and asks the service to join: route 4.", re="s0", eng=(0, 6, 0))
# Standalone posts whose text shows an ongoing conversation
A("f1", "x", "@knitnatter_nw6", "Kilburn Knit & Natter", 260, "2026-03-10T10:48:19Z",
  "Following up from the chat on here last week about Kilburn library's evening hours – @Brent_Council several of us in the Tuesday knit & natter group still haven't heard whether the 5–7pm slot survives the new timetable. Whoever was replying last week, are you still on it?",
  4, "Libraries", "Explicitly continues an ongoing conversation about one service change involving a group: route 4 for Libraries.",
  eng=(2, 8, 1))
A("f2", "rss", "@harlesdentownteam.org", "Harlesden Town Team", None, "2026-10-05T08:00:00Z",
  "What we heard at the Harlesden High Street drop-in (and what happens next) — Around 60 people came through the Salvation Army hall on Saturday to look at the council's plans for the town centre. The loudest themes: market pitches, the loading bays and the toilets. Brent's regeneration officers say the survey stays open until 19 October. 34 comments below and counting – keep them coming.",
  4, "Planning", "Local blog post hosting a live discussion of a council regeneration consultation: officers should join (ambiguous with 1).",
  eng=(34, 0, 0))
A("c25", "x", "@oakington_vee", "Vee", 152, "2026-11-06T16:25:48Z",
  "@Brent_Council thanks, I DM'd the ref like you asked yesterday – still nothing and the bins are still sat outside 14 Oakington Manor Drive. week 2 now",
  2, "Environment", "An ongoing one-to-one exchange about her own missed collection (address, reference already sent): a customer services case, not a group service conversation.",
  eng=(0, 1, 0))

# ---------------------------------------------------------------- build
def pid(it, i):
    p = it["plat"]
    tail = f"{rng.randrange(10**9):09d}{i:03d}"
    if p == "x":
        return PREFIX + tail[:14].ljust(14, "0")
    if p == "mastodon":
        return PREFIX + tail[:13]
    if p == "facebook":
        return f"1000{rng.randrange(10**8):08d}_{PREFIX}{tail[:10]}"
    if p == "instagram":
        return f"ig_{PREFIX}{tail[:11]}"
    if p == "youtube":
        return f"Ugx{PREFIX}{tail[:8]}AaABAg"
    if p == "linkedin":
        return f"urn:li:activity:{PREFIX}{tail[:14]}"
    if p == "bluesky":
        return f"at://did:plc:l{PREFIX}nw/app.bsky.feed.post/3m{PREFIX}{tail[:7]}"
    if p == "rss":
        return f"rss:{PREFIX}:{tail[:10]}"
    raise ValueError(p)


by_k = {}
for i, it in enumerate(ITEMS):
    assert it["k"] not in by_k, it["k"]
    it["pid"] = pid(it, i)
    by_k[it["k"]] = it


def root(it):
    while it["re"]:
        it = by_k[it["re"]]
    return it


thread_size = {}
for it in ITEMS:
    if it["re"]:
        r = root(it)
        thread_size[r["k"]] = thread_size.get(r["k"], 0) + 1
        assert by_k[it["re"]]["at"] < it["at"], it["k"]

# shuffle, then keep every reply after its parent
order = ITEMS[:]
rng.shuffle(order)
out, placed = [], set()
while order:
    rest = []
    for it in order:
        if it["re"] is None or it["re"] in placed:
            out.append(it); placed.add(it["k"])
        else:
            rest.append(it)
    order = rest

with open(os.path.join(HERE, "part-L.jsonl"), "w", encoding="utf-8") as fh:
    for it in out:
        r = root(it)
        in_thread = it["re"] is not None or it["k"] in thread_size
        replies, likes, reposts = it["eng"]
        if it["k"] in thread_size:
            replies = max(replies, thread_size[it["k"]])
        if it["re"]:  # direct replies to this reply
            n = sum(1 for x in ITEMS if x["re"] == it["k"])
            replies = max(replies, n)
        d = {
            "platform": it["plat"], "platform_id": it["pid"], "author_handle": it["handle"],
            "author_name": it["name"], "author_followers": it["followers"], "author_verified": it["verified"],
            "text": it["text"], "created_at": it["at"],
            "reply_to_id": by_k[it["re"]]["pid"] if it["re"] else None,
            "thread_id": r["pid"] if in_thread else None,
            "replies": replies, "likes": likes, "reposts": reposts, "language": None,
            "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"],
                      "foi_valid": it["fv"] if it["foi"] else None, "escalate_reason": it["esc"],
                      "reason": it["why"], "language": it["lang"]},
            "provenance": "written",
        }
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "items written")
