#!/usr/bin/env python3
"""Blind second labelling (labeller P). Judgements are written by hand below, one per mention,
after reading each mention (and, for replies, the post it answers and its thread).
This script only serialises them, taking platform_id from the mentions file by n."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "blind-P.jsonl")
OUT = os.path.join(HERE, "blind-labels-P.jsonl")

# n: (route, department, foi, foi_valid, escalate_reason, note)
L = {
 1: (3, "Communications", True, False, None, "FOI for consultant spend on Wembley Park brand refresh; pseudonymous handle (NW10 Truth), no real name or address -> invalid, web team explains how to make a valid request"),
 2: (2, "Finance", False, None, None, "Own housing benefit claim (number given) stopped, rent arrears risk; needs benefits officer to look up the claim"),
 3: (2, "HR", False, None, None, "Own job application with reference still 'under review' after closing date; recruitment needs to check the case"),
 4: (3, "Policy", False, None, None, "General how-to: register to vote after moving, deadline for May election; signpost to gov.uk register-to-vote (electoral services; no exact department fits, Policy nearest)"),
 5: (3, "Environment", False, None, None, "General question about Christmas bin collection days; signpost to published holiday schedule"),
 6: (4, "Parking", False, None, None, "Reply in Kensal Rise CPZ consultation thread (agrees map wrong for Clifford Gardens); also reports consultation form failing - pass fault to Web"),
 7: (3, "Web", False, None, None, "Fault on the council website: report-a-missed-bin page returns 500 error"),
 8: (5, "Housing", False, None, "risk_to_life", "Rough sleeper at -4C barely responsive in Neasden Lane doorway; possible risk to life - urgent (999/StreetLink/SWEP outreach)"),
 9: (2, "Finance", False, None, None, "Own council tax account (number given) still billed after moving out, summons threatened; needs revenues officer"),
 10: (2, "Housing", False, None, None, "Own HMO licence application (ref, fee paid) unanswered yet prosecution letter received; private housing licensing to check case"),
 11: (3, "Parking", False, None, None, "Bengali: 'Brent Council, my mum can't walk far. Where do I apply for a Blue Badge? I can't find the online form.' General signposting to Blue Badge application"),
 12: (3, "Education", False, None, None, "General question: secondary school application deadline (31 October); signpost to admissions page"),
 13: (1, None, False, None, None, "Party-political election campaigning post (pre-election period), not addressed to council, no request; council must not take a political standpoint - monitor"),
 14: (1, None, False, None, None, "Spam/scam account using 'Brent' keyword; no action (possibly report as spam)"),
 15: (1, None, False, None, None, "'first' comment on YouTube video; chatter"),
 16: (2, "Parking", False, None, None, "Own Blue Badge renewal (ref) for 84-year-old father outstanding 3 months; needs officer to chase"),
 17: (5, "Environment", False, None, "mp", "Brent North MP's office (38k, verified) publicly raises three weeks of missed bins in Kingsbury/Queensbury and has written to the Chief Executive"),
 18: (1, None, False, None, None, "Context-free 'same on our road, nobody's come', not a reply and not addressed to council; nothing to act on - monitor"),
 19: (3, None, False, None, None, "Standalone request for help with no content visible; web team replies asking what the issue is / to DM details (genuine request, not to be ignored)"),
 20: (2, "Housing", False, None, None, "Own tenancy repair case (ref DM/55102): recurring black mould in 6-year-old asthmatic son's room, 3rd report; needs urgent proper inspection (Awaab's Law timescales) - flag as priority"),
 21: (5, "Planning", False, None, "misconduct", "Alleged conflict of interest/misconduct by a named-role planning enforcement officer (builder's cousin), gaining traction"),
 22: (3, "Libraries", False, None, None, "Spanish: 'Does anyone know what documents are needed for a Brent library card? We just moved to Kilburn, no bills in our name yet, only the tenancy agreement.' Signpost to joining requirements"),
 23: (4, "Environment", False, None, None, "Dollis Hill Parents group (2.1k) ongoing discussion of Gladstone Park tennis court charges, parks reviewing; parks officers should join"),
 24: (3, "HR", False, None, None, "General question on whether graduate scheme reopens; careers link dead - signpost and fix link"),
 25: (5, None, False, None, "welfare_risk_to_life", "Elderly man living alone not seen for a week, post/bins untouched, lights on; possible person collapsed - welfare check (police/adult social care) at once"),
 26: (5, "Housing", False, None, "risk_to_life", "Reply to own post #81 (water through kitchen light fitting, buzzing switch, burning smell, 2-year-old): chasing the same electrical/fire risk"),
 27: (2, "Environment", False, None, None, "Gujarati: 'Namaste Brent Council, our bin at 118 Kenton Road hasn't been emptied for two weeks. Everyone else's was taken, only ours left. It smells in the heat. Please send someone.' Own missed collection"),
 28: (1, "Libraries", False, None, None, "Persian: 'Went to Willesden Green library with the kids today. So lovely and clean! Children's section great, librarian very kind. Thanks Brent Council.' Praise"),
 29: (2, "Environment", False, None, None, "Own repeated missed brown bin at address with report ref; needs officer"),
 30: (4, "Planning", False, None, None, "Residents' association (1.3k) thread on live planning application 25/3301 (21-storey Neasden Lane) before committee; ongoing planning conversation - planning officers to join with facts/process"),
 31: (3, "Finance", False, None, None, "Tamil: 'Hello Brent Council, I live alone. How do I apply for the council tax single person discount? I searched the website and couldn't find it. Thanks.' Signpost"),
 32: (1, None, False, None, None, "Birthday wishes to a person named Brent; keyword noise"),
 33: (2, "Parking", False, None, None, "Own PCN (number given) rejected on appeal despite loading evidence; needs parking officer / explanation of formal representation"),
 34: (3, None, False, None, None, "Hale Lane, Edgware is in Barnet; missed bins meant for another council - signpost to Barnet"),
 35: (3, "Environment", True, False, None, "FOI for number of littering FPNs in Wembley Park 2025; signed only 'Jay' (first name) -> invalid, explain how to make valid request"),
 36: (1, "Environment", False, None, None, "Joking reply under viral recycling video (#99, already escalated); reshare/chatter"),
 37: (2, "Housing", True, True, None, "Urdu: 'FOI request: how many families did Brent move to temporary accommodation outside London in 2025, and how many had children? Reply to the email in my bio. Thanks, Imran Qureshi.' Real name in profile and signed -> valid, log"),
 38: (5, "Housing", False, None, "discrimination", "Arabic: 'At the Civic Centre about my housing application, the employee said loudly in front of people: learn English first or go back to your country. My wife left crying. Is this acceptable? Who do I complain to?' Alleged racist conduct by staff"),
 39: (2, "Environment", False, None, None, "Abusive but substantive: street's bins missed three weeks running on Lydford Rd NW2; needs waste officer to act"),
 40: (1, "Environment", False, None, None, "Praise for Preston Road bin crew"),
 41: (1, None, False, None, None, "Large verified account, scenic Wembley arch photo; no consequence"),
 42: (3, "Parking", False, None, None, "General question about Wembley event-day parking zone near Forty Lane; signpost to event day zone info"),
 43: (1, "Environment", False, None, None, "Light-hearted joke about tone of recycling stickers"),
 44: (4, "Environment", False, None, None, "Reply in Furness Rd fly-tipping thread (#70): same problem on their road; part of ongoing hotspot conversation"),
 45: (5, "Housing", False, None, "fire_safety", "Fire alarm panel in fault two weeks and fire door wedged open in Granville Road block, Grenfell invoked, shared; fire safety"),
 46: (1, None, False, None, None, "Brent crude oil price news feed; keyword noise"),
 47: (2, "Environment", False, None, None, "Portuguese: 'I booked a sofa and mattress collection for the 12th (ref BW-61223) on Ealing Road, Alperton and nobody came. On the pavement 4 days, neighbour says I could be fined for fly-tipping. Can someone help?' Own bulky waste booking"),
 48: (2, "Environment", True, True, None, "FOI for street cleansing contract value and missed collection complaints; handle is pseudonymous but name (Helen Mbeki) and postal address given -> valid, log"),
 49: (1, None, False, None, None, "Low-reach abuse with no substance"),
 50: (1, None, False, None, None, "Addressed to Barnet about potholes near Brent Cross; keyword noise"),
 51: (2, "Education", False, None, None, "Own reception school offer (application number) for a school not on their list; needs admissions officer before deadline"),
 52: (4, "Environment", False, None, None, "Reply in Furness Rd fly-tipping thread: cleared then back next day, asks for a camera; enforcement officers should join"),
 53: (5, None, False, None, "safeguarding_adult", "Mother with dementia discharged home, council-arranged carers never came, not eating or taking medication; adult at risk - adult social care at once"),
 54: (1, None, False, None, None, "David Brent quote; keyword noise from large account"),
 55: (2, "Housing", False, None, None, "Council tenant, no heating/hot water since Saturday in November, address and job number; needs repairs escalated"),
 56: (2, "Libraries", False, None, None, "Own library account charge for returned book, card number; needs staff to check"),
 57: (2, "Highways", False, None, None, "Dangerous pothole at 210 Harrow Road by zebra crossing, near miss; needs highways inspection/repair (urgent defect)"),
 58: (2, "Housing", False, None, None, "Repeat chase (see #85) a week later: leak into bathroom, case ref HSG-220731, still no reply; needs housing officer"),
 59: (4, "Environment", False, None, None, "Shopkeeper in Furness Rd fly-tipping thread offers CCTV of vans at 2-3am; enforcement officers should join and take it up"),
 60: (3, "Environment", False, None, None, "How to report a dead fox in the road; signpost to report page"),
 61: (5, "Finance", False, None, "data_breach", "Council tax letter contained another resident's full statement incl. bank sort code, second time; personal data breach"),
 62: (4, "Parking", False, None, None, "Reply in Kensal Rise CPZ Saturday consultation thread: consultation map wrong for Chamberlayne Road"),
 63: (2, "Regulatory Services", False, None, None, "Own noise nuisance case (ref NS-90331) from flat above at 4am, newborn in household; needs noise team"),
 64: (3, "Planning", False, None, None, "How to get planning enforcement to look at a neighbour's extension; signpost to report-a-breach form"),
 65: (5, "Housing", True, True, "media", "FOI on out-of-London temporary accommodation and nightly-paid spend from a named Brent & Kilburn Times journalist; valid, media"),
 66: (5, "Parking", False, None, "threat_to_staff", "Threat of violence against civil enforcement officers on Dudden Hill Lane ('not a joke')"),
 67: (4, "Parking", False, None, None, "Neighbours group (4.8k) discussing live consultation on Saturday CPZ in Kensal Rise; parking officers should join"),
 68: (2, "Parking", True, True, None, "FOI for event-day PCN numbers by zone; real name in profile -> valid, log"),
 69: (1, "Highways", False, None, None, "Praise for quick pothole repair"),
 70: (4, "Environment", False, None, None, "Recurring fly-tipping hotspot behind Furness Rd shops, week 6, thread with several residents; environment enforcement to join"),
 71: (1, None, False, None, None, "Spam, duplicate of #14"),
 72: (2, "Parking", False, None, None, "Romanian: 'I paid for a KB zone parking permit three weeks ago (ref 88120934) but account still says processing. Today I got a fine outside my house on Kingsbury Rd. What do I do?' Own permit/PCN case"),
 73: (1, None, False, None, None, "Brentford FC fan post; keyword noise"),
 74: (4, "Planning", False, None, None, "Reply in Neasden planning application thread supporting it, asks council to explain affordable housing figures; planning officers should join"),
 75: (2, "Environment", False, None, None, "Fly-tipping incl. leaking fridges and rubble at Birchen Grove garages; needs clearance/enforcement"),
 76: (1, "Parking", False, None, None, "Jokey reply under viral PCN post (#92, already escalated)"),
 77: (5, "Emergency Planning", False, None, "risk_to_life", "Crowd crush risk on Olympic Way during event, barriers down, no stewards; immediate risk to life"),
 78: (1, None, False, None, None, "Brent Cross shopping centre moan; keyword noise"),
 79: (5, "Housing", False, None, "councillor", "Councillor publicly demands repair date for Hillside lift out 9 days, older/disabled residents trapped upstairs"),
 80: (4, "Highways", False, None, None, "Follow-up to School Streets meeting: several residents waiting for promised answer on carer exemptions; highways officers to respond"),
 81: (5, "Housing", False, None, "risk_to_life", "Water through kitchen light fitting 3 nights, switch buzzing and burning smell, 2-year-old at home; electrical fire risk - emergency repair"),
 82: (1, "Finance", False, None, None, "Local blog neutral cabinet budget round-up; no action"),
 83: (5, "Libraries", False, None, "media", "Local reporter asks press office to contact her about library opening hours changes; media enquiry to comms"),
 84: (5, "Housing", False, None, "risk_to_life", "Somali: 'Please help. Water is coming from the bathroom ceiling into the children's room and the electricity is off. 5 people, three small children. I called the repairs number and nobody answered. Stonebridge.' 2am emergency, children at risk"),
 85: (2, "Housing", False, None, None, "Own leak case ref HSG-220731, no reply to email; needs housing officer"),
 86: (3, "Environment", False, None, None, "Confusion about soft plastics in blue bin; signpost to current recycling guidance"),
 87: (4, "Planning", False, None, None, "Bengali reply in Neasden planning thread: 'Can't get GP appointments, no school places, and another 300 flats? I've objected. Does anyone know if we can speak at the committee meeting?' Planning conversation"),
 88: (3, "Parking", False, None, None, "How to get visitor parking permit; signpost online"),
 89: (1, "Highways", False, None, None, "Moan about placemaking banners vs road condition; no request"),
 90: (1, "Libraries", False, None, None, "Praise for Willesden Green library staff member"),
 91: (5, "Policy", False, None, "electoral_integrity", "Election candidate alleges postal vote packs sent to former residents days before polling; electoral integrity (electoral services; Policy nearest)"),
 92: (5, "Parking", False, None, "viral", "410k verified influencer, viral post calling council a scam over £130 PCN at hospital drop-off"),
 93: (4, "Parking", False, None, None, "Reply in CPZ consultation thread: asks if council is reading, drop-in not publicised; parking officers should join"),
 94: (3, "Environment", False, None, None, "Is-it-true question about free front-garden trees; signpost"),
 95: (1, None, False, None, None, "Rhetorical jibe about sign consultants ('asking for a friend'), not addressed to council; not an FOI request"),
 96: (1, None, False, None, None, "Hindi: 'Went to the Barham Park Diwali fair yesterday, very well organised, kids had great fun. Thanks Brent Council!' Praise"),
 97: (1, "HR", False, None, None, "Staff member's positive LinkedIn post about a year as social worker"),
 98: (3, "Environment", False, None, None, "Is Abbey Road recycling centre open on Boxing Day; signpost to opening times"),
 99: (5, "Environment", False, None, "viral", "Video of bin crews mixing recycling with refuse at 2M views; viral against a service"),
 100: (3, "Highways", False, None, None, "Confusion about what a School Street means for residents driving out; signpost to scheme info (residents' exemptions)"),
 101: (1, None, False, None, None, "Brent crude oil market news; keyword noise"),
 102: (3, "Housing", False, None, None, "Is the Civic Centre open Saturdays to drop off housing documents; signpost opening times/online upload"),
 103: (5, None, False, None, "safeguarding_child", "Polish: 'Don't know where to report this. Second-floor neighbours (Church End, block by Neasden Lane) again left the children alone since morning, youngest about 4. She was just standing on the windowsill at an open window, I shouted for her to get down. Not the first time. Does anyone at Brent read this?' Child at risk"),
 104: (2, "Housing", False, None, None, "Subject access request for own homelessness file (ref) - personal data under UK GDPR, not FOI; pass to be logged as SAR"),
 105: (5, "Housing", False, None, "self_harm_risk", "Eviction, 'don't think I've got it in me anymore' - possible suicidal ideation; welfare concern"),
 106: (5, "Highways", False, None, "risk_to_life", "Hoarding leaning over bus stop on Harlesden High St after wind, board already fallen, people beneath; dangerous structure"),
 107: (5, "Housing", False, None, "death", "Resident died after two years of reported black mould in Stonebridge council flat; widely shared"),
 108: (5, "Housing", False, None, "risk_to_life", "Smell of gas on stairs in Kilburn Square block B, children around; gas emergency (National Gas Emergency line)"),
 109: (5, "Housing", False, None, "legal_threat", "Tenant has instructed solicitors, pre-action disrepair claim against council"),
 110: (3, "Finance", False, None, None, "Is-it-true question on council tax rise from April; signpost to published budget/council tax decision"),
}

DEPTS = {"Environment","Finance","Parking","Highways","Housing","Libraries","Education","Planning",
         "Regulatory Services","Emergency Planning","HR","Policy","Communications","Web",None}

mentions = [json.loads(l) for l in open(SRC, encoding="utf-8")]
by_n = {m["n"]: m for m in mentions}
assert sorted(by_n) == list(range(1, 111)), "mentions n mismatch"
assert sorted(L) == list(range(1, 111)), "labels n mismatch"

with open(OUT, "w", encoding="utf-8") as f:
    for n in range(1, 111):
        route, dept, foi, valid, reason, note = L[n]
        assert route in (1, 2, 3, 4, 5) and dept in DEPTS
        assert (valid is None) == (not foi)
        assert (reason is None) == (route != 5)
        rec = {"n": n, "platform_id": by_n[n]["platform_id"], "route": route, "department": dept,
               "foi": foi, "foi_valid": valid, "escalate_reason": reason, "note": note}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", OUT)
