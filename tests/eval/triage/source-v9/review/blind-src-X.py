#!/usr/bin/env python3
"""Blind second labelling, labeller X. Judgements entered by hand, one per mention."""
import json

SRC = "/work/eval-v9/review/blind-X.jsonl"
OUT = "/work/eval-v9/review/blind-labels-X.jsonl"

EP, FIN, PARK, HWY, HSG, LIB, EDU, PLAN, REG, EMP = (
    "Environment", "Finance", "Parking", "Highways", "Housing", "Libraries", "Education",
    "Planning", "Regulatory Services", "Emergency Planning")
HR, POL, COMMS, WEB = "HR", "Policy", "Communications", "Web"
ENV = EP

# n: (route, department, foi, foi_valid, escalate_reason, note)
L = {
 1: (3, ENV, False, None, None, "General question: when the Christmas bin collection dates are published; signpost to website."),
 2: (5, HSG, False, None, "fire_safety", "Fire doors wedged open with extinguishers on a council estate for 6 weeks, closers broken, caretaker told twice; fire safety, Grenfell reference, shared."),
 3: (4, HSG, False, None, None, "TRA thread on heating works shutdown in Blocks A-D; residents asking about portable heaters; housing officers should join."),
 4: (4, ENV, False, None, None, "Community group's week-6 fly-tipping hotspot thread on Neasden Lane service road, asking about enforcement cameras; recurring hotspot."),
 5: (4, HWY, False, None, None, "Reply in the Kensal Green School Street / traffic filter consultation thread asking if the scheme is still going ahead; part of live consultation conversation."),
 6: (2, PARK, False, None, None, "Own PCN WM38817264 issued in own permit bay with permit displayed; needs parking to review/cancel."),
 7: (5, EMP, False, None, "risk_to_life", "Live crowd crush on Wembley Park station steps on event day, barriers down, woman with buggy knocked down; 97 reposts."),
 8: (4, HWY, False, None, None, "Reply in the School Street consultation thread supporting the scheme, suggesting changes to Chamberlayne junction lights."),
 9: (3, PLAN, False, None, None, "General question whether a rear dormer loft conversion is permitted development; signpost to PD guidance/pre-app."),
 10: (1, None, False, None, None, "Sympathy post for a man who died in a fire on Church End; no request or criticism. Monitor (the fire itself is a matter comms will already hold)."),
 11: (4, PARK, False, None, None, "Reply in Ealing Road Traders thread on pay-by-app-only bays: elderly mother with a basic phone can't park."),
 12: (2, REG, False, None, None, "Own case: shisha venue at 118 Ealing Rd playing music till 4am nightly, reported online twice without result; needs noise/licensing officer."),
 13: (5, PARK, False, None, "viral", "Video of a Brent parking warden ticketing an ambulance at 1.4m views, 18k likes, calls on council to explain."),
 14: (2, FIN, False, None, None, "Gujarati: 'My council tax bill came twice this year with different amounts. Account number 30128844. Can someone help me?' Own account."),
 15: (5, HWY, False, None, "influential", "Verified account with 1.24m followers, 31k likes: 3 hours to leave Wembley car park after concert, no signs or stewards, tags council; event-day traffic management."),
 16: (3, ENV, False, None, None, "General question where to dispose of a microwave / whether Abbey Road reuse and recycling centre still open; signpost."),
 17: (1, None, False, None, None, "Brent crude oil price; keyword noise."),
 18: (2, HSG, False, None, None, "Own case ref DM-20417: recurring black mould in 6-year-old's bedroom in council flat, surveyor promised in September never came; urgent for Housing (damp and mould hazard), 39 likes."),
 19: (5, HSG, False, None, "welfare_risk_to_life", "Elderly council tenant not seen since Tuesday (milk not taken in, curtains shut, radio off); housing line refused; possible person collapsed - needs welfare check/police now."),
 20: (1, None, False, None, None, "Photo of Roundwood Park in autumn; chatter."),
 21: (3, ENV, False, None, None, "Missed bins on Rayners Lane, Harrow HA2 - that is Harrow Council's area; redirect to Harrow."),
 22: (4, HWY, False, None, None, "Residents' group post on the School Street / traffic filters consultation (closes 30 April), officers said they'd read comments; live consultation."),
 23: (2, HWY, False, None, None, "Own street: light column 14 on Crest Rd NW2 out for 2 weeks; fault to log with street lighting."),
 24: (3, WEB, False, None, None, "Website fault: missed-bin form rejects a valid HA0 postcode."),
 25: (1, PARK, False, None, None, "Low-reach reshare of the ambulance-ticket video already escalated (see #13)."),
 26: (2, PARK, False, None, None, "Own case: resident permit renewal charged twice (2 x £97.50), no permit issued, warning notice on car; needs refund and permit."),
 27: (1, None, False, None, None, "Party political campaign post (Green); no council matter, take no political standpoint."),
 28: (5, PARK, False, None, "threat_to_staff", "Suggests going round the Civic Centre parking office with a can of petrol; threat of arson against staff, regardless of low reach."),
 29: (3, FIN, True, False, None, "FOI for spend on Wembley Park winter lights incl. staff time, from pseudonymous 'wembley watcher' with no real name or address; explain how to make a valid request."),
 30: (4, LIB, False, None, None, "Community blog thread on Kilburn library hours consultation (proposed Wednesday closure), 140+ comments, consultation open to 12 June."),
 31: (5, HSG, False, None, "discrimination", "Civic Centre desk officer told his mother at a housing appointment to 'learn English'; alleged discrimination by staff, 187 likes, 45 shares."),
 32: (2, HWY, False, None, None, "Own case: tyre and alloy damaged by pothole outside 31 Chamberlayne Road; needs claim handling and pothole repair."),
 33: (2, PLAN, False, None, None, "Possible unauthorised two-storey extension at 22 Dudden Hill Lane; planning enforcement to check records/site (also early Saturday works)."),
 34: (2, ENV, False, None, None, "Fly-tipped mattress and fridge outside 9 Longstone Ave for a week, children climbing on fridge; needs collection promptly."),
 35: (3, ENV, True, False, None, "FOI for number of littering FPNs in 2025 and how many paid; signed 'Jay' only (first name), no address; tell how to make a valid request."),
 36: (2, HR, True, True, None, "FOI on agency social worker spend 2024/25 and headcount at 31 March 2025; real name Daniel Whitfield visible; log it."),
 37: (1, None, False, None, None, "Birthday message to a brother called Brent; keyword noise."),
 38: (1, None, False, None, None, "Large verified DJ account praising Wembley crowd; no consequence for the council."),
 39: (5, HSG, False, None, "legal_threat", "Final notice: solicitors to issue s.11 LTA 1985 disrepair claim over damp, ref HSG/44172, deadline Friday."),
 40: (5, COMMS, True, True, "media", "Named reporter (Kilburn & Brent Times) asking press office for number of households in temporary accommodation outside London; press enquiry with deadline (Housing data)."),
 41: (1, None, False, None, None, "Low-reach abuse with no substance."),
 42: (1, None, False, None, None, "Persian: 'Brent oil price reached $82 today, highest in three months.' Keyword noise."),
 43: (5, HSG, False, None, "death_mould", "Niece says aunt with COPD died in Stonebridge flat after two years of reporting black mould; inquest pending; 310 likes, 140 shares."),
 44: (5, HSG, False, None, "councillor", "Councillor publicly: Gladstone Court tenants without heating/hot water for nine days, elderly residents affected."),
 45: (1, FIN, False, None, None, "Local news report of cabinet approving 2026/27 budget and 4.99% council tax rise; accurate, no action."),
 46: (1, None, False, None, None, "Ealing Council parking charges; other borough's matter."),
 47: (1, ENV, False, None, None, "Praise for Kingsbury Rd bin crew; monitor (could pass thanks on)."),
 48: (3, HWY, False, None, None, "Pothole outside Ealing Broadway station - Ealing's (or TfL's) road; redirect."),
 49: (5, ENV, False, None, "candidate", "Lib Dem candidate (pre-election) says every household on the Mortimer estate reports bins overflowing for a fortnight, attacks council."),
 50: (5, HSG, False, None, "alleged_misconduct", "Local blog alleges conflict of interest: £4.2m Stonebridge housing repairs contract awarded to firm with brother of a panel officer as director."),
 51: (2, EDU, False, None, None, "Own case: secondary transfer 'no offer', application BRT-2026-08812, sibling at Preston Manor; needs admissions."),
 52: (2, ENV, False, None, None, "Own case: bins not collected for 3 weeks at 47 Harlesden Rd."),
 53: (1, None, False, None, None, "Brent Cross Town promotion (Barnet development); keyword noise."),
 54: (3, PARK, False, None, None, "Confusion: Brent Cross is in Barnet and shopping-centre car park charges are the centre's; signpost."),
 55: (1, LIB, False, None, None, "Praise for Wembley library coding club."),
 56: (5, FIN, True, True, "media", "FOI from named journalist Owen Davies (MyLondon), email in bio: spend on external consultants 2024/25-2025/26 by department and supplier."),
 57: (2, LIB, False, None, None, "Own library account (card ending 4471) shows returned books overdue with fines; needs correcting."),
 58: (5, PLAN, False, None, "risk_to_life", "Cracked garden wall of empty house leaning over Church Road pavement, schoolchildren sit on it daily; dangerous structure, needs building control at once."),
 59: (2, REG, False, None, None, "Rats from takeaway's open bins behind 61 Walm Lane; environmental health/pest control to inspect."),
 60: (5, PLAN, False, None, "MP", "MP posts about meeting officers on Alperton regeneration and existing residents on Ealing Road; MP on a council matter, even though polite."),
 61: (5, EMP, False, None, "risk_to_life", "Strong gas smell outside Harlesden library for 3 hours, staff dismissed it, people smoking nearby; call gas emergency line now."),
 62: (3, EDU, False, None, None, "General question: reception application deadline for Sept 2026."),
 63: (1, None, False, None, None, "Standalone post with no context ('Is this still going ahead?'); probably same person as #5 on the School Street consultation, covered there."),
 64: (3, WEB, False, None, None, "Visitor permit how-to plus website fault: permit page loops back to login."),
 65: (2, ENV, False, None, None, "Own case: 88-year-old on assisted collection list at 5 Wrottesley Road, crew leaves bin at kerb three weeks running; fall risk."),
 66: (4, PARK, False, None, None, "Urdu reply in the Ealing Road pay-by-app thread: 'Half our customers are elderly and can't use the app. At least keep one machine. We'll come to the meeting on the 14th.'"),
 67: (4, PARK, False, None, None, "Traders' association on pay-by-app-only bays on Ealing Road from 1 Sept, asks parking officers to attend meeting on the 14th."),
 68: (4, HWY, False, None, None, "Ongoing Salusbury Road cycle lane discussion; asks Brent highways officers whether school kerb build-outs stay in final design."),
 69: (3, PARK, False, None, None, "General question whether Wembley event-day parking zone applies for the NFL game Sunday."),
 70: (5, EMP, False, None, "risk_to_life", "Arabic: 'Water is coming into the flat from under the door and the electricity has gone off; I have a two-month-old baby. High Road, Willesden. I called and nobody answered. What should I do?' 3am emergency."),
 71: (1, LIB, False, None, None, "Somali: 'Thank you Brent Council, Harlesden library is very good, my children do their homework there every day.' Praise."),
 72: (2, ENV, False, None, None, "Same user repeats #52 next day (bins at 47 Harlesden Rd, 3 weeks); chase on the same case - attach to it."),
 73: (2, PARK, False, None, None, "Romanian: 'I got a parking fine (PCN WM40021937) on Ealing Road though I paid in the app and have proof. How can I challenge it? I don't understand the form.'"),
 74: (5, FIN, False, None, "data_breach", "Received someone else's council tax bill with name, address, debt and last 4 bank digits; data breach, 12 reposts."),
 75: (2, FIN, False, None, None, "Own council tax account 30049918: paying by direct debit, yet reminder for £412 threatening summons."),
 76: (4, HWY, False, None, None, "Critical reply in School Street consultation thread: Harvist Rd filter displacing traffic onto Chamberlayne Rd."),
 77: (1, None, False, None, None, "Rhetorical jibe about staff pay with 'FOI that'; not a genuine request for recorded information."),
 78: (1, None, False, None, None, "Brentford FC match chat; keyword noise."),
 79: (5, None, False, None, "safeguarding", "Possible financial abuse of an 84-year-old with dementia (man takes her to bank, has her card); adult safeguarding."),
 80: (2, HSG, False, None, None, "Own case: boiler broken on South Kilburn estate since Monday, ref R-558120, engineer no-show, two children, December."),
 81: (3, PARK, False, None, None, "Spanish: 'Where can I apply for the visitor parking permit? The page is only in English and I don't understand it well.' Signpost/help."),
 82: (2, ENV, False, None, None, "Own case: garden waste subscription paid (order 77120), sticker never arrived so bin not emptied."),
 83: (1, ENV, False, None, None, "Positive comment on recycling video (soft plastics in orange bag)."),
 84: (1, None, False, None, None, "New staff member announcing role at Brent on LinkedIn; chatter."),
 85: (2, HR, False, None, None, "Own job application (ref BC-HR-0419) shows 'withdrawn' though not withdrawn, closes tomorrow; HR to check urgently."),
 86: (5, HSG, False, None, "risk_to_life", "Rough sleeper barely moving, soaked, no coat, in Kilburn High Rd doorway with -4C forecast; outreach/emergency services now."),
 87: (3, FIN, False, None, None, "Bengali: 'Since my husband died I live alone. How do I apply for the single person discount on council tax?' Signpost with condolences."),
 88: (3, EDU, False, None, None, "Hindi: 'Are there free English classes for adults in Wembley? My mother wants to learn. Where does she register?' Signpost adult education."),
 89: (2, None, False, None, None, "Own case: father's adult social care assessment overdue since Feb, ref ASC 20931, can't reach bathroom; adult social care (not in department list)."),
 90: (1, None, False, None, None, "Repeat of low-reach abuse (#41)."),
 91: (2, PARK, True, True, None, "FOI for PCNs on Olympic Way and Engineers Way on event days 2025 by month; name Margaret Okonkwo and postal address given; valid, log it."),
 92: (1, None, False, None, None, "Spam."),
 93: (2, FIN, False, None, None, "Own case: housing benefit stopped without letter, claim HB1187734, landlord threatens eviction; urgent for benefits."),
 94: (1, None, False, None, None, "Tamil: 'The Diwali festival at Wembley Park was wonderful! The children really enjoyed it. Thank you Brent.' Praise."),
 95: (5, None, False, None, "safeguarding", "Portuguese: 'A small child has been alone on a 5th-floor balcony in Stonebridge for over two hours, crying. I knocked, no answer. I don't know what to do, can someone from Brent come?' Child at risk - call 999/children's services."),
 96: (3, HR, False, None, None, "General question whether the graduate scheme opens for 2026; careers page signpost."),
 97: (3, LIB, False, None, None, "Rumour check: is Kensal Rise library closing? Web team to confirm/correct."),
 98: (3, ENV, False, None, None, "Asks whether street tree inventory is published as open data; signpost (or advise FOI if not published)."),
 99: (5, None, False, None, "welfare_risk_to_life", "Polish: 'My ground-floor neighbour (elderly lady living alone) hasn't opened the door since Thursday. Letterbox full, lights off. Can someone from Brent Council check? Kingsbury, block by Roe Green.' Welfare check now."),
 100: (2, HSG, True, True, None, "Polish FOI: 'please provide number of damp and mould reports in Brent council homes in 2025 and how many were fixed within 28 days'. Name and postal address given (Anna Kowalczyk, 7 Kingsbury Road NW9); valid."),
 101: (5, None, False, None, "electoral_integrity", "Polling cards for six unknown people at a one-bed flat before the election; electoral register integrity, goes to electoral services/comms."),
 102: (1, PARK, False, None, None, "Praise: permit mix-up sorted in a day."),
 103: (1, ENV, False, None, None, "Sarcastic moan about a dumped mattress 'on the corner'; no location or request."),
 104: (5, HSG, False, None, "self_harm_risk", "Evicted person: 'after the 28th I won't be anyone's problem anymore'; possible suicidal intent, needs urgent welfare response."),
 105: (3, ENV, False, None, None, "Confusion: leaflet says Tuesday, app says Wednesday for Kenton recycling; clarify and fix the wrong source."),
 106: (3, LIB, False, None, None, "General question: Willesden Green library Saturday closing time, door sign vs Google differ."),
 107: (3, WEB, False, None, None, "Website fault: 500 error on council tax payment page since 8am."),
 108: (4, PLAN, False, None, None, "Discussion of Alperton canalside tower planning application 26/0871 (affordable %, daylight study), comments close on the 3rd."),
 109: (1, None, False, None, None, "Spam (repeat of #92)."),
 110: (4, PLAN, False, None, None, "Reply in the 26/0871 thread: viability assessment redacted, has objected and asked case officer to publish."),
}

DEPTS = {"Environment", "Finance", "Parking", "Highways", "Housing", "Libraries", "Education", "Planning",
         "Regulatory Services", "Emergency Planning", "HR", "Policy", "Communications", "Web", None}

rows = [json.loads(l) for l in open(SRC)]
assert len(rows) == 110 and sorted(r["n"] for r in rows) == list(range(1, 111))
assert sorted(L) == list(range(1, 111))
out = []
for r in sorted(rows, key=lambda r: r["n"]):
    route, dept, foi, valid, esc, note = L[r["n"]]
    assert route in (1, 2, 3, 4, 5) and dept in DEPTS
    assert (valid is None) == (not foi)
    assert (esc is None) == (route != 5)
    out.append({"n": r["n"], "platform_id": r["platform_id"], "route": route, "department": dept,
                "foi": foi, "foi_valid": valid if foi else None, "escalate_reason": esc, "note": note})
with open(OUT, "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
from collections import Counter
print(len(out), "lines;", dict(sorted(Counter(o["route"] for o in out).items())))
