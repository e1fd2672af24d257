#!/usr/bin/env python3
"""Blind second labelling, labeller P. Judgements written by hand, one per mention."""
import json, collections

SRC = "/work/eval-v7/review/blind-P.jsonl"
OUT = "/work/eval-v7/review/blind-labels-P.jsonl"

# n: (route, department, foi, foi_valid, escalate_reason, note)
L = {
 1: (3, "Planning", False, None, None, "General question whether comments on the Morland Gardens application are still open; answerable from the planning portal"),
 2: (3, "Environment", False, None, None, "General question on food caddy liners (plastic vs compostable); signpost to recycling guidance"),
 3: (2, "Planning", True, True, None, "FOI for consultant spend on the Wembley Park masterplan review; name Thomas Reilly and email address given, so valid; log it"),
 4: (1, "HR", False, None, None, "New staff member celebrating her start as graduate planner; positive chatter, no action"),
 5: (3, "Parking", False, None, None, "General question on whether the Wembley event-day zone applies on the Sunday NFL game; signpost to event-day parking page"),
 6: (1, "Highways", False, None, None, "Generic moan about bike lanes, no case or request, low reach"),
 7: (5, "Housing", False, None, "MP", "Constituency MP (48k, verified) publicly writing to the Chief Executive about damp and mould with children on South Kilburn estate"),
 8: (4, "Highways", False, None, None, "Reply in the Kensal Rise Healthy Streets trial thread: displaced traffic on Chamberlayne Road; part of live consultation conversation"),
 9: (5, "Policy", False, None, "electoral integrity", "Polling station allegedly shut door at 10pm on voters already queuing; electoral integrity issue, being shared widely"),
 10: (5, "Housing", False, None, "fire safety", "Polish: fire doors in her Stonebridge block wedged open for months, 3rd-floor corridor blocked with furniture and mattresses, reported twice, afraid to sleep after Grenfell; fire safety"),
 11: (1, None, False, None, None, "Low-reach abuse with no substance"),
 12: (1, "Communications", False, None, None, "Rhetorical jibe about the logo cost, not addressed to the council; not treated as an FOI request; monitor"),
 13: (2, "Parking", False, None, None, "Romanian: got PCN WM7730215 on Ealing Road despite a valid visitor permit displayed, has a photo; asks where to send the evidence; own PCN case"),
 14: (1, None, False, None, None, "Keyword noise: Brentford FC"),
 15: (5, "Finance", False, None, "risk to life / self-harm", "Reply in council tax enforcement thread expressing suicidal intent (letters written for her kids 'for whoever finds me'); urgent safeguarding"),
 16: (3, "Libraries", False, None, None, "General question about which libraries host warm spaces this winter and their hours; signpost"),
 17: (5, "Emergency Planning", False, None, "risk to life", "River Brent flooding the path at Tokyngton rec, youths daring each other to wade fast water near dusk; risk to life"),
 18: (2, "Finance", False, None, None, "Own council tax account 40019283: DD paid but reminder for £312; needs account check before summons"),
 19: (1, None, False, None, None, "Standalone post with no thread or context ('same again this morning, alley blocked'); nothing to act on, monitor"),
 20: (5, "Housing", False, None, "legal threat", "Solicitors instructed, letter before action over disrepair at 14 Fairfield Court; legal threat"),
 21: (5, "Parking", False, None, "threat to staff", "Threat to a civil enforcement officer on Ealing Road ('waiting by his car after his shift')"),
 22: (1, None, False, None, None, "Gujarati: the Diwali lights on Ealing Road are very beautiful this year; praise"),
 23: (5, "Housing", False, None, "risk to life", "Rough sleeper in Harlesden doorway three nights, -4C tonight, unresponsive and shaking; risk to life, needs outreach now"),
 24: (2, "Environment", False, None, None, "Fly-tip outside 7 Furness Road reported twice (ENV-33120), leaking fridge; needs an officer to clear it"),
 25: (1, "Highways", False, None, None, "Popcorn chatter in the Healthy Streets thread; no substance"),
 26: (2, "HR", False, None, None, "Own recruitment case: candidate 20931 for Brent Start tutor post, no outcome after three weeks"),
 27: (4, "Planning", False, None, None, "Persian reply in Neasden tower thread: with 25 storeys and only 12 parking spaces what happens to our streets? Has anyone from the council replied?; live planning application conversation"),
 28: (3, "Environment", False, None, None, "How to report fly-tipping (sofa on Craven Park Road); signpost to the online report form"),
 29: (2, "Regulatory Services", False, None, None, "Own noise nuisance case NS-2214, reported three times, no visit"),
 30: (1, None, False, None, None, "Keyword noise: Brent Cross shopping"),
 31: (2, "Education", True, True, None, "Polish: FOI request for number of children without any primary school place in Sept 2026 by ward; real name Katarzyna Nowak visible, valid"),
 32: (1, "Finance", False, None, None, "Local paper neutrally reporting the approved 2026/27 budget; accurate, no action"),
 33: (4, "Parking", False, None, None, "Residents' association updates on Roe Green CPZ consultation with officers; ongoing service conversation, residents' question about the Princes Avenue boundary"),
 34: (3, "Web", False, None, None, "Consultation link in our tweet returns 404; website/link fault, web team fixes and replies"),
 35: (5, "Education", False, None, "child safeguarding", "Young children apparently alone since Friday, toddler on a 4th-floor balcony rail; child at risk, children's services/police now (dept: no exact fit, Education as children's services)"),
 36: (3, "Web", False, None, None, "Planning portal showing Error 500 all day; website fault"),
 37: (2, "Highways", False, None, None, "Own damage claim: pothole on Kenton Road outside the Co-op, £286 invoice and photos; needs the claims process and the pothole reported"),
 38: (2, "Environment", False, None, None, "Assisted collection for 91-year-old at 88 Watford Road missed three weeks running; own case"),
 39: (3, "Environment", False, None, None, "General question on Christmas bin collection changes; signpost"),
 40: (5, "Housing", False, None, "death / viral", "Death of a woman in temporary B&B with mould, inquest pending, widely shared; controversial and reputational"),
 41: (5, "Housing", False, None, "risk to life", "Gas smell worsening in Kilburn Square stairwell for 7 hours, nursery on ground floor; risk to life"),
 42: (1, None, False, None, None, "Standalone 'has anyone had a reply about this?' with no context; monitor"),
 43: (5, "Housing", False, None, "risk to life", "Lift out 3 weeks, 9th-floor neighbour on oxygen with 2 cylinders left that can't be delivered; risk to life"),
 44: (1, None, False, None, None, "Spam"),
 45: (4, "Highways", False, None, None, "Reply in Healthy Streets thread: conflicting information on planter locations between PDF and officer; live consultation conversation needing officers"),
 46: (1, "Environment", False, None, None, "Praise for the bin crew on Kingsbury Road"),
 47: (5, "Housing", False, None, "election candidate", "Green candidate for Kilburn asking the council publicly about leaks and heating on Kilburn Park estate in the pre-election period"),
 48: (2, "Housing", False, None, None, "Own damp and mould case in son's room at Church End, ref DM-90311, surveyor never came; urgent repair case"),
 49: (2, "Parking", False, None, None, "Own PCN BT84920173 appeal unanswered, now charged £130"),
 50: (4, "Highways", False, None, None, "Residents' group thread on Healthy Streets trial and its consultation; map is contradictory; ongoing service conversation (map may need correcting)"),
 51: (5, "Parking", False, None, "influential / viral", "Verified 382k account: mum's car towed during chemo with a blue badge displayed; viral and reputational"),
 52: (3, "Highways", False, None, None, "Street lights out on Harrow View; Harrow View appears to be in Harrow, so point to Harrow Council (or to online fault report)"),
 53: (5, "Housing", False, None, "welfare concern", "Elderly woman at 42 Crest Road not seen since Sunday, milk on step, no answer; possible person at risk, needs welfare check"),
 54: (5, "Planning", False, None, "alleged misconduct", "Allegation that a planning officer is connected to the developer's director; alleged misconduct, widely shared"),
 55: (4, "Environment", False, None, None, "Walkers' group following up an ongoing thread on Welsh Harp path closures and misleading diversion signs"),
 56: (2, "Planning", False, None, None, "Own planning enforcement case E/26/0311 at 57 Chapter Road, extension going up"),
 57: (1, None, False, None, None, "Spam"),
 58: (5, "Emergency Planning", False, None, "risk to life", "Crowd crush at Wembley Park station after a gig, no stewards; risk to life, widely shared"),
 59: (4, "Environment", False, None, None, "Traders' thread on recurring fly-tipping hotspot behind Church Road shops, asking for cameras/signs; service conversation"),
 60: (2, "Regulatory Services", False, None, None, "Own street trading licence application ST/0992 unanswered for 6 weeks"),
 61: (2, "Housing", False, None, None, "Own repair case HR558213: boiler off, two missed appointments, 6C in flat"),
 62: (2, "Parking", False, None, None, "Abusive but has own case: PCN WM55021937 with a blue badge displayed"),
 63: (2, "Finance", False, None, None, "Council tax payment page took £148 twice, account 40118822; needs refund (and payment page checked)"),
 64: (1, "Policy", False, None, None, "Party campaign tweet in pre-election period; political, no request; do not engage, monitor"),
 65: (4, "Planning", False, None, None, "Reply in Neasden tower planning thread asking whether anyone got a council reply; part of live planning conversation"),
 66: (1, "Emergency Planning", False, None, None, "Sympathy for residents of a block on Harrow Road with a fire; no request"),
 67: (3, "Libraries", False, None, None, "Opening hours on Easter Monday; signpost"),
 68: (3, "Planning", True, False, None, "FOI for consultant spend on Wembley Park regeneration from pseudonymous account; invalid, explain how to make a valid request"),
 69: (3, "Finance", False, None, None, "Bengali: where do I apply to reduce council tax? I live alone; signpost to single person discount"),
 70: (2, "Finance", False, None, None, "Own housing benefit claim 7719203 stopped after payslips sent; rent arrears"),
 71: (1, "Finance", False, None, None, "Peer advice in council tax thread (ring Citizens Advice); no action"),
 72: (2, "Education", False, None, None, "Own in-year admission IYA-26-0418: address not updated on portal"),
 73: (1, None, False, None, None, "Keyword noise: David Brent"),
 74: (4, "Environment", False, None, None, "Reply in Church Road alley thread: alley blocked again; adds to the hotspot conversation"),
 75: (2, "Parking", False, None, None, "Own blue badge renewal BB-261145 about to lapse; needs a status check"),
 76: (1, None, False, None, None, "Spam (duplicate)"),
 77: (3, "Parking", True, False, None, "FOI for PCN count and income on Ealing Road 2025; only first name 'Jas', invalid; explain how to make a valid request"),
 78: (2, "Finance", False, None, None, "Own council tax case: enforcement agent letter for £1,400 while on a payment plan, phone line cuts off"),
 79: (2, "Libraries", False, None, None, "Own library account (card ending 4471) charged for books returned; needs clearing"),
 80: (5, "Housing", False, None, "child health risk (damp and mould)", "Arabic: 8-month-old son in Northwick Park hospital with breathing difficulty, doctor says the mould in the flat is the cause, called the council dozens of times since summer, no one came; Stonebridge"),
 81: (1, "Environment", False, None, None, "Tamil: rubbish in our street is now collected on time, thank you Brent Council; praise"),
 82: (5, "Regulatory Services", False, None, "viral video", "Video of enforcement officers throwing a 70-year-old trader's boxes into a van at 1.4m views; viral and reputational"),
 83: (5, "Housing", True, True, "media", "Journalist (Kilburn Times) asking the press office for temporary accommodation figures; media enquiry"),
 84: (3, "HR", False, None, None, "Where apprenticeships are advertised; signpost to jobs page"),
 85: (3, "Web", False, None, None, "Visitor permit purchase page loops to login on Chrome and Safari; website fault"),
 86: (5, "Regulatory Services", False, None, "councillor", "Councillor reporting rat infestation at Neasden Court bin store, rat in a baby's cot, asking for a call today"),
 87: (1, None, False, None, None, "Keyword noise: Brent crude"),
 88: (2, "Environment", True, True, None, "FOI for fly-tipping FPNs by ward and payment in 2025; real name Margaret Okafor visible, valid; log it"),
 89: (4, "Planning", False, None, None, "Reply in Neasden tower planning thread: supportive but concerned about parking and station capacity"),
 90: (4, "Planning", False, None, None, "Community group thread on planning application 26/1142 (25-storey tower), comments closing; live planning conversation"),
 91: (2, "Environment", False, None, None, "Missed bin again at 22 Chatsworth Rd NW2 (second report, a week after the first); own case"),
 92: (3, "Environment", False, None, None, "Is it true garden waste is charged from April; confirm from published information"),
 93: (3, "Libraries", False, None, None, "Rumour that all libraries close in April; correct with published information"),
 94: (3, "Finance", False, None, None, "Band D amount this year; signpost"),
 95: (1, "Environment", False, None, None, "Sarcastic moan, no location or request"),
 96: (1, None, False, None, None, "About Harrow's bin collections, not Brent's; other borough's matter"),
 97: (4, "Libraries", False, None, None, "Resident in the library Sunday-closure consultation asking if drop-in responses are published before Cabinet; live consultation"),
 98: (2, "Highways", False, None, None, "Reply in Healthy Streets thread: own refused blue-badge exemption TE-5521, wife needs dialysis access; asks how to appeal"),
 99: (3, "Environment", False, None, None, "Finchley Road by Swiss Cottage station is Camden, not Brent; point to Camden Council"),
 100: (1, "Libraries", False, None, None, "Somali: thanks to Harlesden library staff, they helped me a lot with the job form; praise"),
 101: (2, "Environment", False, None, None, "Missed bin at 22 Chatsworth Rd NW2; own case"),
 102: (2, "Environment", False, None, None, "Hindi: our rubbish hasn't been collected for three weeks, 45 Ealing Road Alperton, please send someone, it smells; own case"),
 103: (5, "Planning", False, None, "dangerous structure", "Cracked wall behind Chalkhill garages already dropping bricks, children play against it daily; dangerous structure (building control)"),
 104: (5, "Finance", False, None, "data breach", "Resident received council email with a spreadsheet of other people's names, addresses and council tax arrears; data breach"),
 105: (4, "Environment", False, None, None, "Launderette owner in Church Road thread: vans dump at night, offers CCTV; officers should follow up"),
 106: (1, None, False, None, None, "Very large account praising a Wembley concert; no consequence"),
 107: (1, "Parking", False, None, None, "Low-reach reshare of the already escalated towing story (n51)"),
 108: (3, "Libraries", False, None, None, "Portuguese: how do I get a library card in Brent, do I need proof of address?; signpost"),
 109: (3, "Education", False, None, None, "Spanish: what is the deadline to apply for a secondary school place? daughter starts September 2027; signpost"),
 110: (5, "Housing", False, None, "discrimination", "Urdu: at the Civic Centre a housing officer told my mother 'if you don't know English why do you live here'; she came home crying; we only went to ask about her application; is this how Brent Council treats people?; discrimination by staff"),
}

DEPTS = {"Environment","Finance","Parking","Highways","Housing","Libraries","Education","Planning",
         "Regulatory Services","Emergency Planning","HR","Policy","Communications","Web"}

rows = [json.loads(l) for l in open(SRC, encoding="utf-8")]
assert len(rows) == 110 and sorted(r["n"] for r in rows) == list(range(1, 111))
assert sorted(L) == list(range(1, 111))
out = []
for r in sorted(rows, key=lambda r: r["n"]):
    route, dept, foi, valid, esc, note = L[r["n"]]
    assert route in (1, 2, 3, 4, 5)
    assert dept is None or dept in DEPTS
    assert (valid is None) == (not foi)
    assert (esc is not None) == (route == 5)
    out.append({"n": r["n"], "platform_id": r["platform_id"], "route": route, "department": dept,
                "foi": foi, "foi_valid": valid, "escalate_reason": esc, "note": note})
with open(OUT, "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "lines; routes:", dict(sorted(collections.Counter(o["route"] for o in out).items())))
