#!/usr/bin/env python3
"""Blind second labelling (labeller R). Every judgement below was made by hand after reading each mention;
this script only serialises them, in order of n, with the platform_id taken from blind-R.jsonl."""
import json, pathlib

HERE = pathlib.Path(__file__).parent
SRC = HERE / "blind-R.jsonl"
OUT = HERE / "blind-labels-R.jsonl"

# n: (route, department, foi, foi_valid, escalate_reason, note)
L = {
 1: (1, "Environment", False, None, None, "Bare moan about bins, 12 followers, no address or case - monitor."),
 2: (3, "Libraries", False, None, None, "Somali: 'Hello. Is Willesden Green library open on Sunday? I'd take the children for homework.' - opening-hours question, signpost."),
 3: (1, "Libraries", False, None, None, "Praise for Kilburn library rhyme time - no action beyond monitoring (could pass thanks on)."),
 4: (1, "Parking", False, None, None, "Popcorn emoji reply in the Kensal Rise CPZ thread - chatter."),
 5: (5, None, False, None, "adult_at_risk", "91-year-old diabetic man with a frame, carers missed twice today, nobody with a key - vulnerable adult at risk now; adult social care at once."),
 6: (4, "Parking", False, None, None, "Live Kensal Rise CPZ consultation thread with many replies and shares - service conversation for parking officers to join."),
 7: (3, "Parking", True, False, None, "FOI for event-day PCN numbers/income, signed only 'J.K.' and profile 'J K' (initials) - invalid; explain how to make a valid request."),
 8: (4, "Environment", False, None, None, "Reply in the Kenton garden-waste thread adding Wolverton Rd - part of an ongoing multi-street missed-round conversation."),
 9: (1, None, False, None, None, "Pre-election political campaigning ('vote them OUT'), 301 followers - no political standpoint, monitor."),
 10: (5, None, False, None, "adult_at_risk", "Woman in her 80s living alone, delivery on step since Thursday, curtains unmoved - possible person collapsed; welfare check at once."),
 11: (1, "Environment", False, None, None, "Sarcastic jibe about consultant costs for new bins - rhetorical, not an FOI request."),
 12: (3, "Environment", False, None, None, "Is Abbey Road recycling centre open on bank holiday Monday - published opening times."),
 13: (5, "Housing", False, None, "child_health_damp_mould", "Recurring black mould in council flat, 4-year-old hospitalised twice for breathing, repairs dismissed as condensation (ref 7741023), widely shared - Awaab's Law-type hazard, child at risk and reputational."),
 14: (4, "Highways", False, None, None, "Reply in the Furness Rd School Street thread complaining of displaced journeys - part of the trial conversation (critical is fine)."),
 15: (1, "Highways", False, None, None, "Sarcasm about road resurfaced then dug up by Thames Water - no request."),
 16: (2, "Housing", False, None, None, "No heating/hot water since Saturday on Church End estate, ref HR-559201, missed appointment - own repair case."),
 17: (4, "Environment", False, None, None, "Recurring fly-tipping hotspot behind Neasden Lane shops, promised camera, several residents in thread - service conversation."),
 18: (2, "Parking", False, None, None, "Own PCN BJ41837265 while loading at own shop, has evidence; appeals page loops (also pass that web fault on)."),
 19: (1, "HR", False, None, None, "New staff member's LinkedIn announcement - no action."),
 20: (1, "Communications", False, None, None, "Hindi: 'Brent Council's Diwali event last night was wonderful! The children loved the lights and fireworks. Thank you.' - praise."),
 21: (1, None, False, None, None, "Walking blog post about Capital Ring through Brent - chatter."),
 22: (3, "Web", False, None, None, "Parking permit payment page returns error 500 - website fault for the web team."),
 23: (4, "Environment", False, None, None, "Reply in the Neasden Lane fly-tipping thread: app report marked completed but nothing moved - part of the hotspot conversation."),
 24: (5, "Finance", False, None, "self_harm_risk", "Can't pay council tax or gas, 'not sure what's the point... I won't be around to care' - possible suicidal intent; safeguarding at once."),
 25: (4, "Environment", False, None, None, "'Same here, 2 weeks now' in the Kenton garden-waste thread (Woodgrange Ave) - part of that conversation."),
 26: (4, "Environment", False, None, None, "Garden waste missed on several Kenton roads for second fortnight, paid subscribers, others joining - ongoing service conversation for waste officers."),
 27: (1, None, False, None, None, "Brent crude oil price news - keyword noise."),
 28: (5, "Housing", False, None, "death", "Death of a rough sleeper at Neasden underpass after months of calls to the council, 'somebody needs to answer', widely shared - controversial death."),
 29: (2, "Highways", True, True, None, "FOI for EV charge points per year and out of service; real name Daniel Fennimore visible in profile - valid, log it (ask for email)."),
 30: (3, "HR", False, None, None, "Is the graduate trainee scheme opening this year - signpost to jobs pages."),
 31: (3, "Regulatory Services", False, None, None, "Does Brent publish NO2 diffusion tube results - signpost to published air quality reports (not a request for information)."),
 32: (2, "Finance", False, None, None, "Housing benefit change of circumstances not processed, ref HB1129934, £640 arrears - own case."),
 33: (1, None, False, None, None, "'Clowns' - low-reach abuse with no substance."),
 34: (2, "Environment", False, None, None, "Fly-tip with fridge (door open) and mattresses at Bridge Rd/Neasden Lane, kids play there - specific report needing urgent collection; flag as urgent."),
 35: (5, "Housing", False, None, "councillor", "Verified councillor: both lifts out at Stanley Avenue flats, wheelchair user trapped on 9th floor - councillor plus vulnerable resident."),
 36: (1, "Environment", False, None, None, "184k-follower account praising Olympic Way planters - large account, nothing of consequence (could thank/share)."),
 37: (5, "Environment", False, None, "viral", "Viral video (18k likes, 6k reposts) appearing to show recycling tipped into general waste lorry - reputational, comms at once."),
 38: (2, "Environment", False, None, None, "Bulky waste double-charged (BW-230917/8) and no-show - refund and rebooking, own case."),
 39: (2, "Planning", False, None, None, "Extension at 12 Sidmouth Road apparently beyond approved plans - specific breach needing planning enforcement."),
 40: (3, "Environment", False, None, None, "Is it true garden waste is being scrapped - confusion answered by published information."),
 41: (5, "Regulatory Services", False, None, "misconduct", "Filmed council hi-vis officer apparently taking cash from a market trader, widely shared - alleged misconduct."),
 42: (2, "Education", False, None, None, "In-year transfer ref IYA/2026/0412 unanswered since February, child bullied and refusing school - own case, urgent."),
 43: (5, "Emergency Planning", False, None, "risk_to_life", "Strong gas smell at primary school gates as children arrive - risk to life; tell them to ring the gas emergency line and escalate."),
 44: (2, "Finance", False, None, None, "Council tax account 40718822 paid in full but court threat, 74-year-old - own case."),
 45: (5, "Environment", False, None, "influential", "Verified 312k-follower creator criticising Alperton canal towpath litter - highly influential and critical."),
 46: (1, None, False, None, None, "'Same here, 2 weeks now' with no parent post or thread - nothing to act on."),
 47: (3, "Environment", False, None, None, "Video and leaflet disagree on where glass goes - confusion; answer and correct whichever is out of date."),
 48: (1, None, False, None, None, "Joke comment on a YouTube video - chatter."),
 49: (2, None, False, None, None, "Mum's care needs assessment waiting since January - own case for adult social care (no matching department)."),
 50: (1, None, False, None, None, "Brentford FC - keyword noise."),
 51: (4, "Parking", False, None, None, "Reply in CPZ consultation thread: does the council read free-text responses - part of the consultation conversation."),
 52: (4, "Planning", False, None, None, "Campaign update on planning application 25/2146 (21-storey tower), objections close Friday - planning service conversation."),
 53: (3, "Highways", True, False, None, "FOI for Queensbury gully cleaning schedule signed only 'Sam' - first name alone, invalid; explain how to make a valid request."),
 54: (2, "Finance", False, None, None, "Business rates account 700581264, relief vanished - own case."),
 55: (5, "Libraries", False, None, "election_candidate", "Election candidate before 7 May campaigning on Kingsbury library cuts, widely shared - political, comms (no political standpoint)."),
 56: (5, "Housing", False, None, "risk_to_life", "Man sleeping in bin store all week, -5C tonight, one blanket - risk to life; rough sleeper outreach/StreetLink now."),
 57: (1, None, False, None, None, "Follower-selling spam."),
 58: (5, "Housing", True, True, "journalist", "FOI from journalist Hannah Okafor (MyLondon) with name and email on out-of-London TA placements - valid, but journalist so comms."),
 59: (3, "Parking", False, None, None, "Off-topic question in CPZ thread whether carers would get a permit - answered by published carer permit information."),
 60: (2, "Environment", True, True, None, "Urdu: 'FOI request: how many fly-tipping complaints were recorded in Wembley Central ward in 2025 and how many FPNs issued. Reply to: Tariq Mahmood, 27 Lancelot Road, Wembley HA0 2AN' - name and address, valid."),
 61: (1, "Highways", False, None, None, "Tribute to a school crossing patrol who died - sympathy, no controversy."),
 62: (2, "Libraries", False, None, None, "Returned books still shown overdue with £3.40 charge, card ends 2291 - own account."),
 63: (5, "Parking", False, None, "mp", "Verified MP asking for CPZ consultation responses to be published - MP on a council matter."),
 64: (5, "Parking", False, None, "threat_to_staff", "Threat of violence to a named civil enforcement officer ('more than words') - staff safety."),
 65: (3, None, False, None, None, "Harrow Leisure Centre is Harrow Council's, not Brent's - redirect to the right council."),
 66: (1, None, False, None, None, "Brent Cross shopping centre (Barnet) - keyword noise."),
 67: (1, None, False, None, None, "'Clowns' (same account, posted twice) - low-reach abuse."),
 68: (1, "Environment", False, None, None, "Thanks to crew who cleared fallen tree on Mapesbury Road - praise."),
 69: (5, "Housing", False, None, "discrimination", "Civic Centre officer allegedly told elderly applicant to 'learn English', widely shared - discrimination by staff."),
 70: (3, "Web", False, None, None, "Report-a-pothole map fails on iPhone Safari - website fault."),
 71: (3, "Highways", False, None, None, "How to apply for a street party road closure and how far ahead - signpost."),
 72: (5, "Finance", False, None, "data_breach", "Housing benefit letter contained another claimant's full details (NI number, bank) - data breach."),
 73: (5, None, False, None, "child_safeguarding", "Persian: 'A boy of about 12 has sat alone on a park bench by Neasden station until 2am for several nights; he said he doesn't want to go home because he is afraid of his stepfather. I don't know who to tell.' - child safeguarding."),
 74: (5, "Emergency Planning", False, None, "risk_to_life", "Arabic: 'Water has come into the flat under the door and the whole street in Harlesden is flooded. My mother is 80 and can't walk and we're on the ground floor. Who do we call now?' - flooding, vulnerable person at risk."),
 75: (3, "Finance", False, None, None, "Suspected council tax scam text - tell her it is not how we collect, how to check her account and report the scam (alert comms if more appear)."),
 76: (3, "Environment", False, None, None, "Gujarati: 'Hello, where do we get a new recycling bin in Kingsbury? Our old bin is broken.' - signpost to order a replacement bin."),
 77: (3, "Education", False, None, None, "Reception application deadline for Sept 2027 - published information."),
 78: (1, "Environment", False, None, None, "'RT everyone' reply resharing the viral recycling video already escalated."),
 79: (1, "Finance", False, None, None, "Local paper's neutral report of the budget and council tax rise - monitor."),
 80: (2, "Highways", False, None, None, "Pothole damage claim, outside 90 Dollis Hill Avenue, photos and receipt - own claim for the highways/insurance team, and the pothole needs repair."),
 81: (4, "Highways", False, None, None, "Furness Rd School Street trial: traffic displaced to Nicoll Rd, asks how parents can feed in - ongoing conversation for highways officers."),
 82: (2, "Environment", False, None, None, "Tamil: 'Hello, our bin at 23 Forty Avenue hasn't been collected for two weeks; the other houses on the street were. Please look.' - own missed collection."),
 83: (1, None, False, None, None, "Follower-selling spam (repeat)."),
 84: (2, "Environment", False, None, None, "Chaser: green bin at 41 Crest Road missed 3rd week - same own case as her earlier post."),
 85: (1, None, False, None, None, "Welsh Harp sunset photo - chatter."),
 86: (3, "Environment", False, None, None, "Portuguese: 'Does anyone know what day recycling is collected on Ealing Road? I've just moved and can't find the calendar.' - signpost to collection day lookup."),
 87: (2, "HR", False, None, None, "Own job application ref BRE-01423 stuck five weeks - needs recruitment to check."),
 88: (2, "Regulatory Services", False, None, None, "Temporary Event Notice TEN/26/0733 with fete in 9 days - own licensing case, time-critical."),
 89: (5, "Housing", False, None, "legal_threat", "Solicitor's letters on disrepair unanswered, claim in 14 days - legal threat."),
 90: (5, "Housing", False, None, "fire_safety", "Fire doors wedged open and alarm panel in fault for weeks in a South Kilburn block, Grenfell reference - fire safety."),
 91: (4, "Environment", False, None, None, "Reply in Neasden Lane fly-tipping thread: camera went up and came down - part of the hotspot conversation."),
 92: (2, "Finance", False, None, None, "Romanian: 'I received a council tax summons for the Harlesden flat but moved to Wembley in October and told you online then. Account 40392215. Please check, I don't want bailiffs.' - own account."),
 93: (4, "Highways", False, None, None, "Spanish: 'I also take my children to that school. The gate is much calmer, but on Nicoll Road cars go very fast and there is no zebra crossing. Someone will have an accident.' - part of the School Street conversation."),
 94: (2, "Regulatory Services", False, None, None, "Noise case ref NS/88213, nightly music until 4am - own case, asks what happens next."),
 95: (5, "Housing", False, None, "media", "Wembley Observer investigation: families in unsafe B&Bs, £2.3m with one provider - critical media coverage."),
 96: (1, None, False, None, None, "Birthday post for a child named Brent - keyword noise."),
 97: (2, "Parking", True, True, None, "FOI for Harrow Road bus gate PCNs by month and appeals; real name Priya Raval visible in profile - valid, log it."),
 98: (4, "Housing", False, None, None, "Church End TRA thread on regeneration tenancy and leaseholder questions officers owe answers to - service conversation."),
 99: (2, "Highways", False, None, None, "Street light outside 17 Harlesden Gardens out 3 weeks, ref SL-40391 - own report needing action."),
 100: (3, "Parking", False, None, None, "Letter about proposed CPZ: is it happening, where to respond - signpost to the consultation."),
 101: (5, "Libraries", False, None, "media", "Reporter (Brent & Kilburn Times) with a deadline asking press office about Kingsbury library consultation - media enquiry."),
 102: (3, "Finance", False, None, None, "Bengali: 'I heard you get a 25% council tax discount if you live alone. Is that true? Where do I apply? Brent Council' - signpost to single person discount."),
 103: (5, "Emergency Planning", False, None, "risk_to_life", "Crowd crush at Olympic Way on event day, child lifted over, widely shared - risk to life, incident."),
 104: (5, "Planning", False, None, "risk_to_life", "Wall leaning over a busy pavement after wind, hoarding down, people walking under - dangerous structure (building control) and pavement closure now."),
 105: (5, None, False, None, "adult_at_risk", "Polish: 'The elderly man who lives alone on the ground floor hasn't opened his door since Thursday; TV on constantly, letters piling up, lights on day and night. Who do I report this to in Brent? Block by Stag Lane, Queensbury.' - welfare check at once."),
 106: (3, "Communications", True, False, None, "FOI for itemised logo/brand refresh spend from a pseudonymous account - invalid, tell them how to make a valid request."),
 107: (2, "Environment", False, None, None, "Green bin at 41 Crest Road not emptied 3rd week - own missed collection."),
 108: (2, "Parking", False, None, None, "Permit renewed and paid, but PCN KB50019374 issued - own case."),
 109: (4, "Parking", False, None, None, "Reply in CPZ thread about how earlier consultation results were used - part of the consultation conversation."),
 110: (1, None, False, None, None, "David Brent (The Office) reference - keyword noise."),
}

DEPTS = {"Environment", "Finance", "Parking", "Highways", "Housing", "Libraries", "Education", "Planning",
         "Regulatory Services", "Emergency Planning", "HR", "Policy", "Communications", "Web", None}

rows = [json.loads(l) for l in SRC.read_text().splitlines() if l.strip()]
assert len(rows) == 110 and sorted(r["n"] for r in rows) == list(range(1, 111))
assert sorted(L) == list(range(1, 111))
out = []
for r in sorted(rows, key=lambda r: r["n"]):
    route, dept, foi, valid, reason, note = L[r["n"]]
    assert route in (1, 2, 3, 4, 5) and dept in DEPTS
    assert (valid is None) == (not foi)
    assert (reason is None) == (route != 5)
    out.append({"n": r["n"], "platform_id": r["platform_id"], "route": route, "department": dept, "foi": foi,
                "foi_valid": valid, "escalate_reason": reason, "note": note})
OUT.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
from collections import Counter
print(len(out), "lines;", dict(sorted(Counter(o["route"] for o in out).items())))
