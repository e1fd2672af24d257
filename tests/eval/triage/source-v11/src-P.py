#!/usr/bin/env python3
"""Writer P: 110 hand-written, hand-labelled mentions of Brent Council (eval set v11).
Texts and labels are written by hand below; this script only assigns ids, shuffles and serialises."""
import json, random, os

random.seed(79135)
PREFIX = "79135"
ITEMS = []

def m(key, platform, handle, name, followers, created, text, route, dept, reason, lang="en",
      foi=False, foi_valid=None, esc=None, reply_to=None, root=None, replies=0, likes=0, reposts=0,
      verified=False):
    ITEMS.append(dict(key=key, platform=platform, handle=handle, name=name, followers=followers,
                      created=created, text=text, route=route, dept=dept, reason=reason, lang=lang,
                      foi=foi, foi_valid=foi_valid, esc=esc, reply_to=reply_to, root=root,
                      replies=replies, likes=likes, reposts=reposts, verified=verified))

# ---------------------------------------------------------------- route 5: escalate
m("e1", "x", "@tashaaa_k", "Tash 🌻", 212, "2026-01-14T23:48:12Z",
  "3rd night running water coming thru the light fitting in my kitchen and now the switch is making a buzzing noise and it smells kind of like burning?? called repairs twice they said thursday. @Brent_Council I have a 2 year old in here",
  5, "Housing", "Water through a live light fitting with buzzing and a burning smell, toddler in the flat: risk to life outweighs the own-repair route 2.",
  esc="risk_to_life", root="e1", replies=3, likes=9, reposts=4)
m("e1b", "x", "@tashaaa_k", "Tash 🌻", 212, "2026-01-15T00:31:40Z",
  "@Brent_Council can someone look at this please 🙏",
  5, "Housing", "Same author following up her own post about water in the electrics with a toddler at home; in this thread the plea is part of a risk-to-life case.",
  esc="risk_to_life", reply_to="e1", root="e1", replies=0, likes=3)
m("e2", "facebook", "@marcia.fontaine.75", "Marcia Fontaine", 388, "2026-02-03T08:12:55Z",
  "Anyone else in block B Kilburn Square smell gas on the stairs by the lifts?? Been like it since I came back from the school run. Told the concierge and he just said he'd 'log it'. Kids running up and down there all day. Not being funny but shouldn't somebody be here by now. Brent Council",
  5, "Housing", "Suspected gas leak in a block stairwell with children about and no response: risk to life, escalate whatever the reach.",
  esc="gas_leak", likes=14, replies=11)
m("e3", "x", "@harlesden_dee", "Dee", 95, "2025-12-07T07:26:03Z",
  "the hoarding round the old bank on harlesden high st is leaning right over the bus stop after the wind last night, one board already on the floor. people still standing under it waiting for the 18 @Brent_Council",
  5, "Highways", "Storm-damaged hoarding leaning over an occupied bus stop: structural danger to the public; Highways/building control to act urgently.",
  esc="dangerous_structure", likes=6, reposts=2)
m("e4", "x", "@jordzzz_01", "jordan", 163, "2026-06-20T21:42:18Z",
  "Olympic Way is actual carnage rn the barriers by the steps came down and everyone getting pushed towards the road, no stewards anywhere. someone is going to get hurt @Brent_Council @metpoliceuk",
  5, "Emergency Planning", "Crowd crush risk on an event night at Wembley: risk to life, Emergency Planning and comms.",
  esc="crowd_safety", likes=41, reposts=19, replies=6)
m("e5", "facebook", "@ewa.kowalczyk.3", "Ewa K.", 120, "2026-04-22T15:05:44Z",
  "Nie wiem gdzie to zgłosić. Sąsiedzi z drugiego piętra (Church End, blok przy Neasden Lane) znowu zostawili dzieci same od rana, najmłodsza ma może 4 latka. Przed chwilą stała na parapecie przy otwartym oknie, krzyczałam do niej z dołu żeby zeszła. To nie pierwszy raz. Czy ktoś z Brent Council w ogóle to czyta?",
  5, None, "Polish: neighbours on the 2nd floor left the children alone again since morning, the youngest (about 4) was standing on the sill at an open window, not the first time. Child safeguarding, escalate.",
  lang="pl", esc="child_safeguarding", likes=3, replies=2)
m("e6", "x", "@pennylaneNW9", "Penny", 58, "2026-02-26T18:09:31Z",
  "bit worried, old boy at number 31 hasn't taken his bins in or his post since last wednesday and his lights are on all the time. no family round here as far as i know. who do you even ring for this @Brent_Council",
  5, None, "Elderly neighbour not seen for about a week, post piling up: welfare concern for a vulnerable adult, escalate (adult social care, not one of the 14 departments).",
  esc="welfare_concern", likes=2)
m("e7", "mastodon", "@ruthwalks@mastodon.social", "Ruth", 341, "2026-01-08T22:55:07Z",
  "-4 tonight and there's a woman asleep in the doorway of the shut shop on Neasden Lane, just a thin sleeping bag. She didn't really respond when I spoke to her, just mumbled. Does Brent Council have a cold weather number? Anyone in #Brent know?",
  5, "Housing", "Rough sleeper barely responsive on a sub-zero night: risk to life, escalate to housing/rough-sleeping outreach now.",
  esc="rough_sleeper_at_risk", likes=12, reposts=8, replies=3)
m("e8", "x", "@k_adeyemi88", "Kemi", 140, "2026-03-19T21:37:50Z",
  "got the eviction letter today. 14 yrs in this flat. housing options basically said go private. honestly I'm so tired of fighting I don't think I've got it in me anymore. whatever. thanks for nothing @Brent_Council",
  5, "Housing", "Eviction plus 'don't think I've got it in me anymore' is a possible self-harm cue said in passing; escalate rather than treat as an own homelessness case (ambiguous with 2).",
  esc="self_harm_risk", likes=4)
m("e9", "facebook", "@leanne.brathwaite", "Leanne Brathwaite", 610, "2026-09-07T19:20:11Z",
  "My nan passed away on Sunday. For two years we told Brent Council about the black mould in her bedroom in Stonebridge and they sent someone to paint over it, twice. The hospital said the chest infections didn't help. I'm not posting this for sympathy I just want people to know what happens when nobody listens. Please share.",
  5, "Housing", "A death linked by the family to unresolved damp and mould in a council home: controversial, reputational, escalate to comms and Housing.",
  esc="death", likes=230, reposts=145, replies=88)
m("e10", "x", "@gazza_nw10", "Gary", 77, "2026-05-30T10:02:39Z",
  "um @Brent_Council I've just opened my council tax letter and page 2 is somebody else's whole statement. name, address, account number, even their bank sort code. this is the second time this year. who do I send it back to",
  5, "Finance", "Another resident's personal and bank details sent to the wrong person: data breach, escalate.",
  esc="data_breach", likes=11, reposts=3)
m("e11", "x", "@abu_yusuf_w", "أبو يوسف", 230, "2026-07-09T13:47:22Z",
  "ذهبت اليوم إلى مركز برنت المدني بخصوص طلب السكن، فقال لي الموظف بصوت عالٍ أمام الناس: تعلّم الإنجليزية أولاً أو ارجع إلى بلدك. زوجتي خرجت وهي تبكي. هل هذا مقبول يا @Brent_Council؟ أريد أن أعرف لمن أشتكي.",
  5, "Housing", "Arabic: at the Civic Centre about a housing application, a staff member loudly told him to learn English or go back to his country; his wife left in tears; asks who to complain to. Discrimination by staff, escalate.",
  lang="ar", esc="discrimination_by_staff", likes=19, reposts=7)
m("e12", "x", "@vanman_dhl", None, 44, "2026-08-12T07:15:04Z",
  "keep ticketing my van outside my own house and see what happens to the next warden on dudden hill lane. not a joke. @Brent_Council",
  5, "Parking", "Explicit threat against civil enforcement officers: staff safety, escalate whatever the follower count.",
  esc="threat_to_staff", likes=1)
m("e13", "facebook", "@samir.haddad.chalkhill", "Samir Haddad", 270, "2026-10-02T12:40:16Z",
  "For the record: I have now instructed solicitors about the disrepair in my flat on Chalkhill. 18 months of leaks, two ceilings down, three 'final' visits. They are writing to Brent Council this week under the pre-action protocol. I gave you every chance. See you in court.",
  5, "Housing", "Formal legal threat (pre-action disrepair claim) from a tenant: legal/reputational, escalate; would otherwise be an own-case route 2.",
  esc="legal_threat", likes=33, replies=9)
m("e14", "x", "@wembleyresident_", "W.R.", 310, "2026-04-03T17:58:29Z",
  "so the same planning enforcement officer who told us the extension at 22 wrights rd was 'all fine' is the builder's cousin?? seen them having lunch on site every week. @Brent_Council who actually checks this stuff",
  5, "Planning", "Alleged conflict of interest by a named-role officer: alleged misconduct, escalate.",
  esc="alleged_misconduct", likes=27, reposts=9)
m("e15", "x", "@nkumar_reports", "Neha Kumar", 640, "2026-02-11T11:14:00Z",
  "Hi @Brent_Council, I'm a reporter at the Brent & Kilburn Times looking at the proposed changes to library opening hours. Could someone from your press office get in touch? My DMs are open. Thanks",
  5, "Libraries", "Polite media enquiry from a reporter who names her outlet, small follower count: journalists go to the communications officer.",
  esc="media_enquiry", likes=2)
m("e16", "x", "@priyan_news", "Priya Nandakumar", 1180, "2026-06-03T09:31:47Z",
  "@Brent_Council FOI request: please provide (1) the number of households placed in temporary accommodation outside London in each month of 2025, and (2) the total spent on nightly-paid accommodation in 2025. Reply to the email in my bio. Priya Nandakumar, Brent & Kilburn Times",
  5, "Housing", "Valid FOI (real name in profile and post, email for correspondence) but from a journalist: 'a journalist's request is 5'.",
  foi=True, foi_valid=True, esc="journalist", likes=6, reposts=3)
m("e17", "x", "@CllrRosaNdiaye", "Cllr Rosa Ndiaye", 2900, "2026-01-27T16:03:12Z",
  "Residents at Hillside have now been without a working lift for 9 days. Older and disabled neighbours are stuck on upper floors, one hasn't been out since last week. I've raised this with officers every day. @Brent_Council we need a repair date today, not another 'we're chasing'.",
  5, "Housing", "A councillor on a council matter, with residents effectively trapped upstairs: escalate to comms and the Housing lead.",
  esc="councillor", likes=58, reposts=22, replies=4)
m("e18", "x", "@KingsburyMPoffice", "Office of the MP for Brent North", 38200, "2026-03-05T14:20:00Z",
  "Constituents across Kingsbury and Queensbury tell me their bins have been missed for three weeks running. I have written to the Chief Executive of @Brent_Council today and will be pressing for a proper recovery plan.",
  5, "Environment", "An MP on a council service failure: highly influential, escalate to comms and leading members.",
  esc="mp", verified=True, likes=310, reposts=95, replies=60)
m("e19", "facebook", "@tunde.for.wembleycentral", "Tunde Bakare - Independent for Wembley Central", 1450, "2026-05-04T20:11:35Z",
  "Door-knocking this week I've been shown postal vote packs addressed to people who moved out years ago, three or four to the same flat in more than one block. I'm not accusing anyone yet but Brent Council's electoral services need to explain this before Thursday.",
  5, None, "A candidate raising electoral integrity days before polling: controversial, escalate (elections are outside the 14 departments).",
  esc="electoral_integrity", likes=120, reposts=64, replies=37)
m("e20", "x", "@ZaraVlogs", "Zara ✨", 410000, "2026-04-18T15:33:09Z",
  "just got a £130 ticket in wembley for stopping 90 SECONDS to drop my mum at the hospital doors. brent council you are genuinely a scam 🙃",
  5, "Parking", "Very large account attacking a council service: 'highly influential web commentator', escalate even though it is an own PCN.",
  esc="influential_account", verified=True, likes=18400, reposts=2100, replies=940)
m("e21", "x", "@lolaaa_b", "lola", 890, "2026-07-21T08:05:56Z",
  "this video of brent bin men chucking everyone's sorted recycling into the back of the same truck as the black bags has 2 million views and you wonder why nobody can be bothered @Brent_Council",
  5, "Environment", "A video going viral against a service: reputational, escalate to comms and Environment.",
  esc="viral", likes=21000, reposts=6400, replies=1300)
m("e22", "x", "@hodan_s22", "Hodan", 86, "2026-10-27T02:14:38Z",
  "Fadlan i caawiya. Biyo ayaa ka soo dhacaya saqafka musqusha ilaa qolka carruurta, korontadiina way go'day. Guriga waxaa jooga 5 qof, saddex carruur ah oo yaryar. Waxaan wacay lambarka dayactirka cidna kama jawaabin. @Brent_Council Stonebridge",
  5, "Housing", "Somali: water pouring from the bathroom ceiling into the children's room, electricity cut, five people incl. three small children, repairs line not answering at 2am. Flooding with risk to life.",
  lang="so", esc="flooding", likes=5, reposts=4)
m("e23", "facebook", "@dwayne.okoro.1", "Dwayne Okoro", 215, "2026-11-14T10:48:00Z",
  "Fire alarm panel in our block on Granville Road has been beeping FAULT for two weeks. The fire door on the 4th floor is wedged open with an extinguisher because the closer snapped. Reported both. After everything with Grenfell you'd think Brent Council would treat this as urgent. Apparently not.",
  5, "Housing", "Faulty fire alarm and propped fire door in a residential block: fire safety, escalate.",
  esc="fire_safety", likes=47, reposts=12, replies=15)
m("e25", "facebook", "@claire.m.hughes", "Claire Hughes", 302, "2026-09-22T21:05:27Z",
  "Really need some advice. My mum (dementia) was discharged from Northwick Park on Thursday to her flat in Kingsbury with a 'care package' the council arranged. The carers haven't turned up once. A neighbour found her this morning, she's been living on dry cereal and hadn't taken her tablets. I live in Leeds. I've rung the number on the letter about 20 times. Brent Council who do I call??",
  5, None, "Vulnerable adult left without the arranged care after hospital discharge: safeguarding, escalate (adult social care, not one of the 14 departments).",
  esc="vulnerable_adult", likes=8, replies=14)

# ---------------------------------------------------------------- route 2: customer services
m("c1", "x", "@hels_nw2", "Helen", 64, "2025-12-16T09:41:20Z",
  "@Brent_Council brown bin not emptied AGAIN. 47 Chatsworth Rd NW2, tuesday collection. 3rd time since october. reported online ref 4418827 and nobody came back",
  2, "Environment", "Own missed garden-waste collection with address and reference: customer services.", likes=1)
m("c2", "x", "@mo_fawood", "Mo", 39, "2026-03-10T08:02:11Z",
  "@Brent_Council still no reply to my email of 3 March about the leak into my bathroom from upstairs, flat 9 Fawood Ave. Case ref HSG-220731. Please.",
  2, "Housing", "Own repair case with a reference and address, chasing a reply: customer services.", likes=0)
m("c2b", "x", "@mo_fawood", "Mo", 39, "2026-03-17T08:05:48Z",
  "@Brent_Council still no reply to my email of 3 March about the leak into my bathroom from upstairs, flat 9 Fawood Ave. Case ref HSG-220731. Please.",
  2, "Housing", "Exact repeat a week later of the same own repair case: customer services (same label as the first).", likes=2)
m("c3", "facebook", "@tom.eastwood.90", "Tom Eastwood", 150, "2026-01-20T19:30:02Z",
  "I moved out of my flat in Cricklewood in August and you are STILL sending me bills for it. Now a reminder saying I owe £412 and a threat of a summons. Account 30018845. I've sent the tenancy end date twice through the portal. Can someone at Brent Council please just sort it, I'm sick of it.",
  2, "Finance", "Own council tax account with a number, wrongly billed after moving: customer services.", likes=3, replies=2)
m("c4", "x", "@alperton_fruit", "Alperton Fresh Fruit & Veg", 510, "2026-02-17T12:15:33Z",
  "PCN WB40218873 on Ealing Road while my driver was literally unloading stock, we have the delivery note with the time on it. Appeal rejected with a copy-paste letter. Who can we actually speak to @Brent_Council",
  2, "Parking", "Business's own PCN with number and evidence, appeal rejected: customer services (Parking).", likes=4)
m("c5", "x", "@ioana_kb", "Ioana", 71, "2026-03-03T07:50:26Z",
  "Bună ziua @Brent_Council, am plătit permisul de parcare pentru zona KB acum trei săptămâni (ref 88120934) dar în cont tot scrie „în procesare”. Azi am primit și amendă în fața casei pe Kingsbury Rd. Ce fac acum? Mulțumesc",
  2, "Parking", "Romanian: paid for a KB zone permit three weeks ago (ref given), still 'processing', got a ticket outside her house today; what now? Own case.",
  lang="ro", likes=0)
m("c6", "facebook", "@ramesh.patel.kenton", "Ramesh Patel", 92, "2026-06-09T10:22:47Z",
  "નમસ્તે Brent Council, અમારા ઘર (118 Kenton Road) નો કચરાનો ડબ્બો બે અઠવાડિયાથી ખાલી કરવામાં આવ્યો નથી. આજુબાજુ બધાના ડબ્બા લઈ ગયા, ફક્ત અમારો રહી ગયો. ગરમીમાં ગંધ આવે છે. કૃપા કરીને કોઈને મોકલો.",
  2, "Environment", "Gujarati: rubbish bin at 118 Kenton Road not emptied for two weeks while the neighbours' were, it smells in the heat, please send someone. Own missed collection.",
  lang="gu", likes=1)
m("c7", "x", "@faith_in_nw6", "Faith", 188, "2026-11-24T18:44:03Z",
  "no heating or hot water since saturday. flat 3, 12 brondesbury park, council tenant. rang repairs monday, job no 7731902, no-one came. my daughter is revising for mocks in her coat lol. @Brent_Council",
  2, "Housing", "Own tenancy repair with job number and address: customer services within 24h (not a risk-to-life situation as described).", likes=5)
m("c8", "x", "@cycle_harrowrd", "Sam Cole", 430, "2026-02-02T08:37:15Z",
  "@Brent_Council massive pothole outside 210 Harrow Road NW10 right by the zebra. cyclist nearly went over the bars yesterday. please fix before someone does",
  2, "Highways", "Specific pothole location needing a highways inspection: customer services. Ambiguous with 5 (near miss), but no one hurt and a routine defect report.", likes=8, reposts=1)
m("c9", "x", "@notmyfault_22", "Ade", 54, "2026-05-12T13:03:58Z",
  "@Brent_Council how do I get a copy of everything you've got on file about my homeless application? I want to see what the caseworker wrote about me. app ref HOM-31877",
  2, "Housing", "Request for his own personal data on his case: a subject access request, not FOI (not 'recorded information' about the council's business); logged by customer services.", likes=0)
m("c10", "facebook", "@aisha.church.end", "Aisha Rahman", 133, "2026-01-05T11:25:49Z",
  "Black mould is back in my son's bedroom at Church End, 3rd time I've reported it. They came in November and sprayed something and it was back in 2 weeks. Ref DM/55102. He's 6 and has asthma and is using his inhaler every night now. Please can someone come and actually inspect it properly this time",
  2, "Housing", "Own damp and mould case with reference: customer services/Housing. Ambiguous with 5 given a child with asthma; labelled 2 as it is a known, open repair case, but should be prioritised.", likes=6, replies=3)
m("c11", "x", "@bookish_bea", "Bea", 402, "2026-03-28T16:11:37Z",
  "hi @Brent_Council my library account says I owe £9.40 for a book I returned to Kilburn library in feb?? card number ending 4471, could someone check please 📚",
  2, "Libraries", "Own library account query needing a records check: customer services.", likes=2)
m("c12", "x", "@dadof3_neasden", "Olu", 67, "2026-04-17T20:02:04Z",
  "We've been offered a reception place at a school we didn't even put on our list. Application 304/2026/11876. Who do we speak to before the accept deadline? @Brent_Council",
  2, "Education", "Own school admission with application number needing an officer: customer services (Education).", likes=1)
m("c13", "x", "@june_sidmouth", "June", 46, "2026-08-03T09:27:12Z",
  "neighbour at 14 Sidmouth Rd has put up a two storey thing at the back, no planning application that I can find, and it's taken all the light from our kitchen. how do I get enforcement to come and look @Brent_Council",
  2, "Planning", "A specific suspected breach at an address needing a planning enforcement visit: customer services (own case).", likes=0)
m("c14", "x", "@sleepless_mpr", None, 28, "2026-07-04T03:04:40Z",
  "flat 8 above us at 40 Manor Park Rd has had music going till 4am every night this week and we've got a 3 week old. reported on the noise form twice, ref NS-90331. it's 4am now. @Brent_Council",
  2, "Regulatory Services", "Own noise nuisance case with reference and address: customer services (Regulatory Services).", likes=1)
m("c15", "x", "@kingsbury_kev", "Kev", 119, "2026-05-23T10:09:30Z",
  "mattress, two fridges and a load of builders rubble dumped by the garages at the end of Birchen Grove since friday. fridges leaking something. @Brent_Council",
  2, "Environment", "Specific fly-tip at a named location needing a clearance crew: customer services (Environment).", likes=3)
m("c16", "x", "@dhartleyowusu", "Daniel Hartley-Owusu", 233, "2026-01-12T10:40:19Z",
  "@Brent_Council Freedom of Information request: please provide the number of penalty charge notices issued on Wembley event days in 2025, broken down by event-day zone. Please reply by email (address in bio). Thank you",
  2, "Parking", "Valid FOI: recorded information, real name visible in the profile. Valid requests go to customer services to be logged.",
  foi=True, foi_valid=True, likes=1)
m("c17", "x", "@KR_runner", "KR runner", 180, "2026-09-15T07:22:41Z",
  "@Brent_Council FOI request. Please send me the annual value of the street cleansing contract and the number of missed collection complaints logged in 2025. Name: Helen Mbeki. Address for reply: 23 Wrottesley Road, London NW10",
  2, "Environment", "Pseudonymous profile, but the post gives a name and an address for correspondence: valid FOI, log via customer services.",
  foi=True, foi_valid=True, likes=0)
m("c18", "x", "@imranq_nw10", "Imran Qureshi", 512, "2026-07-30T12:34:56Z",
  "@Brent_Council فریڈم آف انفارمیشن ایکٹ کے تحت درخواست: براہِ کرم بتائیں کہ سال 2025 میں برینٹ کونسل نے کتنے خاندانوں کو لندن سے باہر عارضی رہائش میں منتقل کیا، اور ان میں سے کتنے خاندانوں میں بچے تھے۔ جواب میرے بایو والے ای میل پر بھیجیں۔ شکریہ، عمران قریشی",
  2, "Housing", "Urdu: FOI request for how many families Brent moved into temporary accommodation outside London in 2025 and how many had children; reply to email in bio; signed Imran Qureshi, real name also in profile. Valid FOI, log via customer services.",
  lang="ur", foi=True, foi_valid=True, likes=4)
m("c19", "x", "@tiana_applies", "Tiana", 310, "2026-06-25T14:16:03Z",
  "applied for the Customer Services Advisor job at the Civic Centre 6 weeks ago (ref BRT-CS-0412), portal still says 'under review' and the closing date was ages ago. is it still happening?? @Brent_Council",
  2, "HR", "Own job application with a reference needing a status check: customer services (HR).", likes=0)
m("c21", "facebook", "@fernanda.alperton", "Fernanda Silva", 240, "2026-08-16T11:58:17Z",
  "Olá, marquei a recolha de um sofá e um colchão para o dia 12 (referência BW-61223) na Ealing Road em Alperton e ninguém apareceu. Já estão na calçada há 4 dias e um vizinho disse que posso levar multa por despejo ilegal. Alguém da Brent Council pode me ajudar? Obrigada",
  2, "Environment", "Portuguese: booked bulky collection (ref BW-61223) for the 12th, nobody came, sofa and mattress on the pavement for 4 days, neighbour says she could be fined for fly-tipping. Own case.",
  lang="pt", likes=2)
m("c22", "x", "@marlon_nw10", "Marlon", 83, "2026-02-09T09:12:25Z",
  "housing benefit just stopped. no letter no nothing. claim number 5104478. landlord chasing me for rent and I've been on hold 50 mins @Brent_Council",
  2, "Finance", "Own benefit claim with a number needing a records check: customer services (Finance/benefits).", likes=1)
m("c23", "x", "@sunita_k_w", "Sunita", 97, "2025-12-11T13:30:49Z",
  "Blue badge renewal for my dad went in at the start of September, still nothing. He's 84 and can't do the walk from the far end of the car park at the hospital. ref BB-2290114. Anyone? @Brent_Council",
  2, "Parking", "Own blue badge renewal with reference: customer services.", likes=2)
m("c25", "x", "@landlord_nw2", "Rob", 141, "2026-04-08T10:51:30Z",
  "submitted our HMO licence application in January, paid £1,100, ref HMO/2026/0193. heard nothing since and today a letter threatening prosecution for operating unlicensed?? @Brent_Council",
  2, "Regulatory Services", "Own licence application with reference in apparent error: customer services (private housing licensing).", likes=0)
m("c26", "x", "@lydford_lad", None, 62, "2026-10-13T07:48:09Z",
  "you absolute muppets. third week running my street's bins missed. Lydford Rd NW2. SORT IT OUT @Brent_Council",
  2, "Environment", "Abusive but with substance: a specific street's repeated missed collections needs the service to act. Customer services.", likes=5)

# ---------------------------------------------------------------- route 3: web team responds
m("g1", "x", "@mrs_bakshi", "Mrs B", 33, "2025-12-19T17:03:18Z",
  "what day are bins over christmas?? ours is normally thursday and that's christmas day lol @Brent_Council",
  3, "Environment", "General question answered by the published Christmas collection schedule: web team signposts.", likes=0)
m("g2", "x", "@carl_t_wembley", "Carl", 140, "2026-02-01T12:22:45Z",
  "how do I get visitor parking for my mum when she comes to stay, do I have to do it online or can I go into the civic centre @Brent_Council",
  3, "Parking", "General how-to about visitor permits: web team signposts to the website.", likes=0)
m("g3", "facebook", "@gloria.nwankwo", "Gloria Nwankwo", 260, "2026-02-22T20:45:33Z",
  "Is it true Brent Council are putting council tax up by 5% again from April?? Someone in another group said 10% which surely can't be right",
  3, "Finance", "'Is it true' confusion about a published decision: web team responds with the facts and a link.", likes=4, replies=6)
m("g4", "x", "@anjali_wp", "Anjali", 205, "2026-03-30T08:17:07Z",
  "@Brent_Council your report a missed bin page just gives me a 500 error on my phone, tried 3 times on wifi and 4G",
  3, "Web", "Fault on the council website: web team responds and fixes.", likes=1)
m("g5", "x", "@edgware_ed", "Ed", 88, "2026-05-19T09:09:54Z",
  "@Brent_Council my bins on Hale Lane in Edgware haven't been collected for 2 weeks. what is going on",
  3, None, "Hale Lane, Edgware is Barnet's area: a mention meant for another council; web team signposts to Barnet.", likes=0)
m("g6", "x", "@NW10truth", "NW10 Truth", 1200, "2026-06-11T19:30:02Z",
  "@Brent_Council FOI: how much did you pay the consultants for the Wembley Park 'brand refresh'? Send it here, I'll wait.",
  3, "Finance", "Request for recorded information, but from a pseudonymous account with no name or address: invalid FOI; web team explains how to make a valid request.",
  foi=True, foi_valid=False, likes=34, reposts=6)
m("g7", "mastodon", "@jonty@mastodon.org.uk", "Jonty", 150, "2025-12-24T15:12:40Z",
  "Is the Abbey Road tip (Brent reuse & recycling centre) open on Boxing Day? Have a car full of cardboard from the in-laws' presents",
  3, "Environment", "Opening-hours question answered on the website: web team signposts.", likes=2)
m("g8", "x", "@forty_lane_fran", "Fran", 51, "2026-08-21T21:10:14Z",
  "do I need to move my car on saturday for the match if I live just off Forty Lane? never understood the event day zone thing tbh",
  3, "Parking", "General confusion about event day parking zones: web team signposts to the event day page.", likes=0)
m("g9", "x", "@vani_ta", "Vani", 74, "2026-04-06T11:42:05Z",
  "வணக்கம் @Brent_Council, நான் தனியாக வசிக்கிறேன். கவுன்சில் வரியில் ஒற்றை நபர் தள்ளுபடிக்கு எப்படி விண்ணப்பிப்பது? இணையதளத்தில் தேடினேன், கண்டுபிடிக்க முடியவில்லை. நன்றி",
  3, "Finance", "Tamil: lives alone, asks how to apply for the council tax single person discount, could not find it on the website. General how-to: web team signposts.",
  lang="ta", likes=0)
m("g10", "facebook", "@lucia.moreno.k", "Lucía Moreno", 180, "2026-09-02T16:27:31Z",
  "Hola! Alguien sabe qué papeles piden para sacar el carnet de la biblioteca de Brent? Nos acabamos de mudar a Kilburn y todavía no tenemos facturas a nuestro nombre, solo el contrato de alquiler. Gracias 🙏",
  3, "Libraries", "Spanish: just moved to Kilburn, asks what proof is needed to join Brent libraries when they only have a tenancy agreement. General question: web team answers/signposts.",
  lang="es", likes=1, replies=2)
m("g11", "x", "@hannah_moves", "Hannah", 260, "2026-03-14T10:05:09Z",
  "how do I register to vote in brent, moved from lewisham in feb. is it too late for may? @Brent_Council",
  3, None, "General how-to about voter registration: web team signposts to gov.uk/register-to-vote (elections sit outside the 14 departments).", likes=1)
m("g12", "bluesky", "@aminata.bsky.social", "Aminata", 310, "2026-09-28T07:44:26Z",
  "when's the deadline for secondary school applications in Brent this year? someone at the school gate swore it was the 31st",
  3, "Education", "General admissions question answered by published dates: web team signposts.", likes=3)
m("g13", "x", "@roxy_willesden", "Roxanne", 112, "2026-04-27T07:31:58Z",
  "where do you report a dead fox in the road? its been there 2 days and the kids walk past it to school @Brent_Council",
  3, "Environment", "'Where do I report' question: web team points to the online report form (ambiguous with 2, but no location is given).", likes=0)
m("g15", "x", "@bilal_docs", "Bilal", 44, "2026-07-17T15:50:36Z",
  "@Brent_Council is the civic centre open on saturdays? need to drop some documents off for my housing application",
  3, "Housing", "Opening-hours question; the housing application itself is not in question: web team answers.", likes=0)
m("g16", "facebook", "@pete.longley", "Pete Ashworth", 95, "2026-10-04T18:33:12Z",
  "Got a letter through the door saying our road is going to be a 'School Street'. Does that mean I can't even drive out of my own road in the mornings?? Nobody asked us",
  3, "Highways", "Confusion about a published scheme (residents are exempt): web team answers. Ambiguous with 4 if a discussion grows.", likes=2, replies=1)
m("g17", "youtube", "@mumofthree_w", "mumofthree", None, "2026-02-14T21:17:49Z",
  "does soft plastic go in the blue bin or not?? this video says one thing and the sticker on my bin lid says another 🤷‍♀️",
  3, "Environment", "Confusion on a well-understood issue (comment on the council's recycling video): web team answers.", likes=1)
m("g18", "instagram", "@greenfingers_nw9", "Sade", 640, "2026-11-03T12:35:44Z",
  "is it true you can get a free tree for your front garden from @brentcouncil ?? saw it on nextdoor 🌳",
  3, "Environment", "'Is it true' question about a council scheme: web team signposts.", likes=7)
m("g19", "facebook", "@nasrin.akter.wembley", "Nasrin Akter", 64, "2026-05-06T09:58:21Z",
  "ব্রেন্ট কাউন্সিল, আমার আম্মা বেশি হাঁটতে পারেন না। ব্লু ব্যাজের জন্য কোথায় আবেদন করতে হয়? অনলাইন ফর্মটা খুঁজে পাচ্ছি না।",
  3, "Parking", "Bengali: her mother can't walk far; where to apply for a blue badge, can't find the online form. General how-to: web team signposts.",
  lang="bn", likes=0)
m("g20", "x", "@deniseb_77", "Denise", 35, "2026-08-29T11:06:17Z",
  "@Brent_Council can someone look at this please 🙏",
  3, None, "Standalone, no context, no photo text to read: the web team replies asking what it is about. Ambiguous with 1 (nothing to act on); same words inside a risk thread are route 5.", likes=0)
m("g21", "x", "@jayyy_wp", "Jay", 150, "2026-02-24T18:22:10Z",
  "FOI request - how many fixed penalty notices for littering were issued in Wembley Park in 2025? thanks, Jay",
  3, "Environment", "Request for recorded information signed with a first name only and no address: invalid FOI; web team explains how to make a valid request.",
  foi=True, foi_valid=False, likes=0)
m("g22", "linkedin", "urn:li:person:kwame-a", "Kwame Asante", 820, "2026-10-20T08:40:03Z",
  "Does anyone know if Brent Council's graduate scheme is opening again this year? Can't find anything on the careers page and the link from last year is dead.",
  3, "HR", "General recruitment question plus a dead link: web team answers/signposts.", likes=5, replies=2)

# ---------------------------------------------------------------- route 4: service conversations
m("t1a", "facebook", "@kensalrise.neighbours", "Kensal Rise & Queen's Park Neighbours", 4800, "2026-03-09T19:02:33Z",
  "Has everyone seen Brent Council's consultation on extending the Kensal Rise CPZ to Saturdays? Closes on the 28th. Honestly torn - weekends are a nightmare with Queen's Park visitors, but another permit hike on top of everything... What are people putting?",
  4, "Parking", "A live parking consultation being discussed in a local group: Parking officers should join the conversation.",
  root="t1a", replies=27, likes=64)
m("t1b", "facebook", "@maggie.chamberlayne", "Maggie Doyle", 140, "2026-03-09T19:21:05Z",
  "Filled it in. The map they've attached doesn't even show Chamberlayne Road properly, half the bays on it are wrong",
  4, "Parking", "Reply in the CPZ consultation thread with a specific point for the service: ongoing conversation.",
  reply_to="t1a", root="t1a", likes=12)
m("t1c", "facebook", "@raj.clifford", "Raj Mehta", 88, "2026-03-09T20:04:47Z",
  "Same for Clifford Gardens. Also the online form kicked me out twice before I could submit",
  4, "Parking", "Part of the consultation conversation; ambiguous with 3 (form fault for the web team) but belongs with the thread.",
  reply_to="t1b", root="t1a", likes=5)
m("t1e", "facebook", "@ellen.kr", "Ellen Price", 210, "2026-03-10T07:55:19Z",
  "Is anyone from the council actually reading this? Apparently there's a drop-in at Kensal Rise library on Thursday but nobody's told our end of the street",
  4, "Parking", "Residents asking for officers to engage in the consultation discussion: route 4.",
  reply_to="t1a", root="t1a", likes=9)
m("t2a", "x", "@furness_rd_ade", "Adé", 240, "2026-05-08T07:03:02Z",
  "every. single. week. the alley behind the shops on Furness Rd. @Brent_Council this is week 6 of me posting the same photo",
  4, "Environment", "A recurring fly-tipping hotspot that several residents keep discussing: Environment officers should join. Ambiguous with 2 (single location).",
  root="t2a", replies=9, likes=22, reposts=5)
m("t2b", "x", "@harlesden_hannah", "Hannah", 130, "2026-05-08T07:40:31Z",
  "you cleared it tuesday and it was back by wednesday night. any chance of a camera?",
  4, "Environment", "Reply in the hotspot thread suggesting enforcement: ongoing conversation.",
  reply_to="t2a", root="t2a", likes=8)
m("t2c", "x", "@cornershop_nw10", "Patel's Corner Store", 160, "2026-05-08T09:12:44Z",
  "I run the shop on the corner. It's vans from outside the area at 2-3am, we've got it on our CCTV. Happy to share with your enforcement people if someone actually asks",
  4, "Environment", "Local business joining the hotspot conversation with evidence for the service: route 4.",
  reply_to="t2a", root="t2a", likes=15)
m("t2d", "x", "@nana_akua_h", "Akua", 47, "2026-05-08T12:30:10Z",
  "same on our road, nobody's come",
  4, "Environment", "Inside the Furness Rd fly-tipping thread this adds a neighbouring street to an ongoing service conversation: route 4 (the same words standalone are route 1).",
  reply_to="t2a", root="t2a", likes=2)
m("t3a", "facebook", "@neasden.residents.assoc", "Neasden Residents' Association", 1300, "2026-04-28T18:00:00Z",
  "Planning application 25/3301 for the 21-storey block on the Neasden Lane car park site goes to Brent's planning committee on 14 May. Objections close Friday. Our summary of the main issues (height, GP capacity, only 22% affordable) is below - please comment before then.",
  4, "Planning", "A community group discussing a live planning application: Planning officers should join to explain the process.",
  root="t3a", replies=41, likes=96, reposts=30)
m("t3b", "facebook", "@shahana.b.neasden", "Shahana Begum", 75, "2026-04-28T19:14:36Z",
  "এখনই জিপি অ্যাপয়েন্টমেন্ট পাওয়া যায় না, স্কুলে জায়গা নেই, তার উপর আরও ৩০০টা ফ্ল্যাট? আমি আপত্তি জমা দিয়েছি। কেউ জানেন কমিটির মিটিংয়ে আমরা কথা বলতে পারব কি না?",
  4, "Planning", "Bengali: already can't get GP appointments or school places, and 300 more flats? Has objected; asks whether residents can speak at committee. Part of the planning conversation.",
  lang="bn", reply_to="t3a", root="t3a", likes=6)
m("t3c", "facebook", "@gary.lewis.nw10", "Gary Lewis", 190, "2026-04-29T08:26:50Z",
  "Not everyone round here is against it. My kids will never afford to rent in Neasden otherwise. Would be good if someone from the council came on here and explained the affordable numbers properly instead of us all guessing",
  4, "Planning", "Counter-view in the same planning thread asking officers to explain: route 4.",
  reply_to="t3a", root="t3a", likes=18)
m("o1", "x", "@longley_carer", "Bernie", 90, "2026-10-15T08:58:27Z",
  "following last night's School Streets meeting at the school hall - still no answer on how carers for disabled residents on our road get exemptions. @Brent_Council you said you'd come back to us by this week. several of us waiting",
  4, "Highways", "Text shows an ongoing conversation between residents and the School Streets team: Highways officers should continue it.", likes=6, replies=2)
m("o2", "facebook", "@dollishill.parents", "Dollis Hill Parents", 2100, "2026-07-02T13:12:05Z",
  "Update on the Gladstone Park tennis court charges: after all our comments parks have replied saying they're 'reviewing' them and will post on here next week. Anyone going to the friends of the park meeting on Tuesday? Keep the feedback coming below",
  4, "Environment", "An ongoing group conversation on one parks matter that the service has already joined: route 4.", likes=40, replies=23)

# ---------------------------------------------------------------- route 1: monitor
m("n1", "x", "@commods_desk", "Commodities Desk", 52000, "2026-03-02T07:05:00Z",
  "Brent crude back above $80 after OPEC+ signals deeper cuts into Q2; WTI follows. FTSE energy names up pre-market.",
  1, None, "Keyword noise: Brent crude oil.", likes=140, reposts=60)
m("n2", "rss", "energywire-feed", None, None, "2026-07-14T06:30:00Z",
  "Oil slips as demand worries return - Brent futures fell 1.8% to $71.40 a barrel on Monday as weaker Chinese factory data weighed on sentiment, while traders eyed US inventories.",
  1, None, "Keyword noise: Brent futures in a news feed.")
m("n3", "x", "@shopaholic_soph", "Soph", 720, "2025-12-20T16:44:12Z",
  "brent cross on the last saturday before christmas is a form of punishment i will never recover from",
  1, None, "Keyword noise: Brent Cross shopping centre.", likes=33)
m("n4", "x", "@bees_til_i_die", "Buzz", 1900, "2026-01-31T17:02:40Z",
  "what a shift from the lads today 🐝🐝 away end was bouncing. up the brentford",
  1, None, "Keyword noise: Brentford FC.", likes=85, reposts=7)
m("n5", "x", "@officequotes_uk", "Office Quotes", 88000, "2026-05-15T12:00:00Z",
  "\"Accept that some days you're the pigeon, and some days you're the statue.\" - David Brent",
  1, None, "Keyword noise: David Brent.", likes=2300, reposts=410)
m("n6", "facebook", "@sharon.mills.33", "Sharon Mills", 290, "2026-08-08T20:30:14Z",
  "Happy 40th to our Brent!! 🎉🎂 Where did the years go, still the same daft lad who set fire to the garden shed in '98. Love you loads xx",
  1, None, "Keyword noise: a person called Brent.", likes=61)
m("n7", "x", "@nw11_driver", "Priya", 140, "2026-02-06T08:20:29Z",
  "Barnet council when are you fixing the potholes on the approach to Brent Cross? my alloys are crying",
  1, None, "Another council's matter (Barnet), not addressed to Brent: keyword noise.", likes=4)
m("n8", "x", "@running_late_again", "Nadia", 210, "2026-06-16T07:18:55Z",
  "shoutout to the bin crew on preston road who waited while I ran out in my slippers with the bag 🙏 legends",
  1, "Environment", "Praise: no action beyond monitoring (could be shared with the service).", likes=19)
m("n9", "facebook", "@winston.g.willesden", "Winston Gordon", 180, "2026-03-21T14:55:38Z",
  "Just want to say a big thank you to the young lady at Willesden Green library who sat with my dad for nearly an hour yesterday helping him with his universal credit form online. He came home a different man. He's 79 and was dreading it. Brent Council you've got a good one there.",
  1, "Libraries", "Praise for library staff: monitor and pass the thanks on.", likes=47, replies=5)
m("n10", "instagram", "@priya_sudbury_life", "Priya", 1200, "2026-11-01T18:40:22Z",
  "कल Barham Park वाले दीवाली मेले में गए थे, बहुत अच्छा इंतज़ाम था। बच्चों ने खूब मज़े किए 🪔✨ धन्यवाद @brentcouncil!",
  1, None, "Hindi: went to the Diwali fair at Barham Park, well organised, the children loved it, thanks Brent Council. Praise, monitor.",
  lang="hi", likes=210)
m("n11", "x", "@grumpy_in_nw10", "Del", 320, "2026-09-13T19:51:06Z",
  "love how brent can find money for another 'wembley park placemaking' banner but the roads round here look like the moon. anyway",
  1, "Highways", "Sarcastic moan with no case or request: monitor.", likes=14)
m("n12", "x", "@xX_kilburnkid_Xx", None, 23, "2026-07-25T23:59:01Z",
  "brent council are a bunch of useless clowns 🤡🤡🤡",
  1, None, "Low-reach abuse with no substance: monitor.", likes=1)
m("n13", "x", "@cash_daily_uk77", "Cash Daily", 12, "2026-04-14T03:12:07Z",
  "🔥 BRENT residents!! Make £3,000 a WEEK from home, no experience needed 💸 DM me 'START' 👉 link in bio",
  1, None, "Spam: no action (report/hide per house rules).", likes=0)
m("n13b", "x", "@cash_daily_uk77", "Cash Daily", 12, "2026-04-14T03:14:51Z",
  "🔥 BRENT residents!! Make £3,000 a WEEK from home, no experience needed 💸 DM me 'START' 👉 link in bio",
  1, None, "Exact repeat of the same spam by the same account: monitor.", likes=0)
m("n14", "x", "@sue_votes_blue", "Sue", 310, "2026-04-30T18:25:40Z",
  "Only one week to go! On 7 May vote to stop Labour Brent's council tax rises and get our streets cleaned up. Every vote counts #BrentElections #Kenton",
  1, None, "Party-political campaigning by an ordinary supporter, not a candidate: council takes no political standpoint; monitor (pre-election period).", likes=12, reposts=6)
m("n15", "x", "@kay_dee_nw9", "K", 150, "2026-07-21T09:14:03Z",
  "😂😂😂 and they wonder why I don't bother rinsing my yoghurt pots",
  1, "Environment", "Reaction/reshare inside a thread already escalated: monitor.", reply_to="e21", root="e21", likes=40)
m("n16", "x", "@big_tunde_", "Tunde", 480, "2026-04-18T15:51:44Z",
  "brent parking wardens are actually undefeated 😭",
  1, "Parking", "Joke reply in a thread already escalated: monitor.", reply_to="e20", root="e20", likes=210)
m("n17", "x", "@LondonSkylines", "London Skylines", 254000, "2026-07-04T22:16:31Z",
  "Wembley arch lit up purple over Brent tonight 💜 never gets old",
  1, None, "Very large account saying something of no consequence: monitor.", verified=True, likes=8900, reposts=640)
m("n18", "x", "@no_nonsense_nell", "Nell", 260, "2026-01-23T11:35:15Z",
  "how much did the council pay the consultants for those 'welcome to brent' signs that fell off in a month. asking for a friend 🙄",
  1, "Communications", "A rhetorical jibe, not a request for recorded information: not FOI; sarcasm, monitor.", likes=9)
m("n19", "facebook", "@maryam.rahimi.nw10", "Maryam Rahimi", 140, "2026-10-10T15:07:49Z",
  "امروز با بچه‌ها رفتیم کتابخانه ویلزدن گرین. چقدر قشنگ و تمیز شده! بخش کودکان عالی بود و کتابدار هم خیلی مهربان بود. ممنون از شورای برنت 🌷",
  1, "Libraries", "Farsi: took the children to Willesden Green library, lovely and clean, great children's section, kind librarian, thanks Brent Council. Praise, monitor.",
  lang="fa", likes=22)
m("n20", "x", "@moaning_myrtle_nw2", None, 19, "2026-11-19T20:03:27Z",
  "same on our road, nobody's come",
  1, None, "Standalone, no thread, no street or service named: nothing to act on, monitor (the same words inside the Furness Rd thread are route 4).", likes=0)
m("n21", "youtube", "@gamerboi_wembley", "gamerboi", None, "2026-02-14T22:01:02Z",
  "first 😎",
  1, None, "Chatter on a council video: monitor.", likes=0)
m("n22", "x", "@dollis_dave", "Dave", 130, "2026-06-28T17:40:12Z",
  "credit where it's due @Brent_Council, reported the pothole on Dollis Hill Lane last monday and it's filled already. cheers",
  1, "Highways", "Thanks: monitor (nothing to answer beyond an optional like).", likes=6)
m("n23", "bluesky", "@mattholloway.bsky.social", "Matt", 540, "2025-12-02T19:48:55Z",
  "the new brent recycling stickers have such a passive aggressive tone I feel personally addressed by my bin",
  1, "Environment", "Light-hearted chatter: monitor.", likes=28)
m("n24", "rss", "harlesden-notes-blog", "Harlesden Notes (local blog)", None, "2026-02-26T21:00:00Z",
  "Cabinet round-up: Brent's cabinet agreed the 2026/27 budget on Monday, confirmed the fees and charges schedule and noted the quarterly performance report. Full council meets on 2 March to set council tax. Papers are on the council's website.",
  1, "Policy", "Neutral blog round-up of published decisions, no criticism or question: monitor.")
m("n26", "linkedin", "urn:li:person:grace-o", "Grace Obi", 1100, "2026-09-01T09:15:40Z",
  "One year as a newly qualified social worker at Brent Council today. Hard, humbling and the best team I could have asked for. Thank you to everyone who supported me this year.",
  1, None, "Staff member's personal milestone post: positive chatter, monitor.", likes=150, replies=18)

# ---------------------------------------------------------------- serialise
def make_id(platform, n):
    r = random.Random(n * 7919 + 13)
    digits = "".join(str(r.randint(0, 9)) for _ in range(13))
    if platform in ("x", "mastodon"):
        return PREFIX + digits
    return {
        "facebook": f"fb_{PREFIX}_{digits[:10]}",
        "instagram": f"ig-{PREFIX}-{digits[:9]}",
        "youtube": f"Ugx{PREFIX}{digits[:8]}",
        "linkedin": f"urn:li:activity:{PREFIX}{digits[:10]}",
        "bluesky": f"at://did:plc:{PREFIX}q{digits[:6]}/app.bsky.feed.post/{PREFIX}{digits[6:]}",
        "rss": f"rss-{PREFIX}-{digits[:8]}",
    }[platform]

ids = {}
for i, it in enumerate(ITEMS):
    ids[it["key"]] = make_id(it["platform"], i + 1)
assert len(set(ids.values())) == len(ids)

order = ITEMS[:]
random.shuffle(order)
placed, out, pending = set(), [], order
while pending:
    nxt = []
    for it in pending:
        if it["reply_to"] is None or it["reply_to"] in placed:
            out.append(it); placed.add(it["key"])
        else:
            nxt.append(it)
    assert len(nxt) < len(pending)
    pending = nxt

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "part-P.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for it in out:
        d = {
            "platform": it["platform"], "platform_id": ids[it["key"]],
            "author_handle": it["handle"], "author_name": it["name"],
            "author_followers": it["followers"], "author_verified": it["verified"],
            "text": it["text"], "created_at": it["created"],
            "reply_to_id": ids[it["reply_to"]] if it["reply_to"] else None,
            "thread_id": ids[it["root"]] if it["root"] else None,
            "replies": it["replies"], "likes": it["likes"], "reposts": it["reposts"],
            "language": None,
            "label": {"route": it["route"], "department": it["dept"], "foi": it["foi"],
                      "foi_valid": it["foi_valid"] if it["foi"] else None,
                      "escalate_reason": it["esc"], "reason": it["reason"], "language": it["lang"]},
            "provenance": "written",
        }
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), "written to", path)
