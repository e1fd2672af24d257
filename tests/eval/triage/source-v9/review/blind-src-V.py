#!/usr/bin/env python3
"""Blind second labelling, labeller V. Every label below was judged by hand after reading each mention
(and its thread); the script only joins them to platform_id and serialises them."""
import json, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "blind-V.jsonl"
OUT = HERE / "blind-labels-V.jsonl"

# n: (route, department, foi, foi_valid, escalate_reason, note)
L = {
 1: (4, "Parking", False, None, None, "Shop owner replying in the Kensal Rise CPZ drop-in thread (#85) on the loading-bay hours: live consultation conversation for Parking officers to join."),
 2: (1, None, False, None, None, "Event-day crowd/escalator joke; no case, no request, no council matter (stations are TfL)."),
 3: (2, "Housing", False, None, None, "Own rent account shows £460 arrears despite standing orders; tenancy ref given - needs an officer to check the account."),
 4: (1, None, False, None, None, "Positive general comment on the Borough of Culture legacy; nothing to act on."),
 5: (3, "HR", False, None, None, "General question about the apprenticeship programme - signpost to the jobs/apprenticeships pages."),
 6: (4, "Planning", False, None, None, "Residents' association thread on a live 21-storey planning application going to committee; ongoing service conversation (critical but not reputation-threatening)."),
 7: (5, "Housing", False, None, "gas_leak_risk_to_life", "Smell of gas in a council block stairwell since 6am, children passing; risk to life - tell them to call the gas emergency line now and alert housing."),
 8: (1, None, False, None, None, "Follower-selling spam."),
 9: (5, "Emergency Planning", False, None, "crowd_safety_risk_to_life", "Live crowd crush at Wembley Park after a concert, barriers shut, someone fainted, being shared; risk to life."),
 10: (3, "Housing", True, False, None, "FOI request (HMO complaints recorded) signed only 'Dev' - first name only, so invalid; explain how to make a valid request. HMO/private housing."),
 11: (4, "Environment", False, None, None, "Reply in the Harlesden fly-tipping hotspot log (#66): new dumping and an app report closed wrongly; part of the ongoing service conversation."),
 12: (1, None, False, None, None, "Keyword noise: Brent crude oil prices."),
 13: (1, None, False, None, None, "Keyword noise: Brentford FC."),
 14: (2, "Highways", False, None, None, "Own vehicle-damage claim from a known coned-off pothole on Blackbird Hill, with evidence; needs the claim process and the defect actioned."),
 15: (3, "Environment", False, None, None, "General question on when garden waste collections restart - published information."),
 16: (1, "Libraries", False, None, None, "Tamil: 'New Tamil books have arrived at Wembley library. My daughter loves them. Thank you!' - praise."),
 17: (5, "Parking", False, None, "threat_to_staff", "Threat of violence to a civil enforcement officer ('not responsible for what happens to him')."),
 18: (5, "Parking", False, None, "mp", "Verified MP, large reach, writing to the council about emissions-based permit charges and the EqIA."),
 19: (5, "Housing", False, None, "risk_to_life_electrical", "Somali: water pouring through the ceiling of her daughter's room since last night, the light now flickering and buzzing; she switched the power off, two small children in the dark; called repairs three times, no answer; Flat 8 Marne Court, Stonebridge; 'please help'. Water in electrics, young children, winter - emergency."),
 20: (5, "Highways", False, None, "councillor", "Councillor chasing for the third time on streetlights out on Harvist Road; residents' safety."),
 21: (5, "Finance", False, None, "self_harm_risk", "Council tax bailiff letter and 'don't see the point of carrying on with any of it' - possible suicidal ideation; welfare first."),
 22: (2, "Parking", False, None, None, "Own resident permit paid but not on the system and a PCN issued outside her house."),
 23: (3, "Parking", True, False, None, "FOI request for event-day PCN numbers and income from a pseudonym 'W.U.' - invalid; explain how to make a valid request."),
 24: (2, "Housing", False, None, None, "Own recurring black mould behind a toddler's cot, child coughing, repair ref 4471902; needs an urgent damp-and-mould inspection (Awaab's Law timescales). Borderline 5."),
 25: (2, "Housing", False, None, None, "Rats in the bin chamber, promised call-back 3 weeks late; own case (address in her follow-up #100)."),
 26: (1, None, False, None, None, "Low-reach abuse with no substance."),
 27: (3, "Parking", False, None, None, "General question whether the event-day parking zone applies for the NFL game - published information."),
 28: (2, "Finance", False, None, None, "Own council tax reduction claim pending 9 weeks while full DD taken; needs an officer."),
 29: (5, None, False, None, "child_safeguarding", "Toddler alone on a 6th-floor balcony on a chair by the railing in the cold for an hour; immediate danger - 999 and children's social care."),
 30: (2, "Parking", False, None, None, "Own PCN WB40718233, appeal rejected without considering evidence (unloading mother's wheelchair)."),
 31: (3, "Web", False, None, None, "Video says the Civic Centre opens on Saturdays but it was shut - correct the content and give the right hours."),
 32: (2, "Highways", False, None, None, "Street light fault at a given address (27 Harrow Road, Sudbury) needing a repair order."),
 33: (1, "Finance", False, None, None, "Rhetorical moan about council tax and roads; self-declared rhetorical, not an FOI."),
 34: (5, "Housing", False, None, "death_fire_safety", "Death in a fire at Gaskell House, fire door reported broken for months, widely shared; controversial and dangerous."),
 35: (2, "Finance", False, None, None, "Own council tax account paid in full but reminder with costs; account no given."),
 36: (2, "Libraries", False, None, None, "Own library card swallowed by the machine, books due; needs staff to look up the card."),
 37: (3, "Libraries", False, None, None, "Conflicting Saturday closing times (website 5, door 4) - answer and correct the website."),
 38: (5, None, False, None, "child_safeguarding", "Arabic: 'The neighbours' children on the 2nd floor have been alone in the flat for days, the eldest about 8. I heard them crying last night, nobody opened the door, and I haven't seen the mother since last week. What should I do?' - children at risk."),
 39: (3, "Regulatory Services", False, None, None, "Question whether a takeaway's 5 hygiene sticker is genuine - signpost to the FSA ratings site and report route."),
 40: (4, "Environment", False, None, None, "Bengali, in the Harlesden fly-tipping thread (#66): 'Around 11pm last night a white van again dumped rubbish bags in the alley. I took photos, the number plate is clearly visible. Where do I send it to the council?' - evidence for the enforcement officers in the ongoing conversation."),
 41: (3, "Planning", False, None, None, "How to object to a planning application - signpost to the planning comments process."),
 42: (1, "Environment", False, None, None, "Joke reply to the viral bin-crew video (#86), already escalated."),
 43: (1, "Environment", False, None, None, "Praise for the bin crew."),
 44: (5, "Housing", True, True, "journalist_foi", "LDRS journalist's FOI on damp/mould disrepair claims and costs; real name visible, email in bio - valid, media."),
 45: (2, "Housing", False, None, None, "Own boiler repair cancelled, 2-year-old in the flat, ref given - urgent repair."),
 46: (5, "Highways", False, None, "election_candidate", "Candidate's pre-election post claiming £2.3m on consultants for the Kenton Road scheme, being shared; political, pre-election period."),
 47: (1, None, False, None, None, "Keyword noise: a person named Brent."),
 48: (4, "Environment", False, None, None, "Friends group newsletter on closed park toilets, inviting parks officers to their meeting on the 14th - service conversation."),
 49: (3, None, False, None, None, "Missed bins in Harrow Weald - Harrow Council's area; signpost to Harrow."),
 50: (3, "Emergency Planning", False, None, None, "Flood alert - asks whether the council provides sandbags; signpost to flood/sandbag information."),
 51: (5, "Housing", False, None, "gas_leak_risk_to_life", "Reply to the gas-smell post (#7): smell on the 3rd floor too - the incident is spreading."),
 52: (2, "Environment", False, None, None, "Fly-tip (sofa, mattresses, fridge) blocking the pavement at 112 Cricklewood Broadway; needs a clearance job."),
 53: (3, "Education", False, None, None, "Spanish: 'We've just moved to Brent from Madrid. How do I apply for a primary school place for my 7-year-old mid-year? Is there information in Spanish on the website?' - in-year admissions signpost."),
 54: (2, "Planning", False, None, None, "Suspected breach of planning consent at 58 Gladstone Park Gardens - planning enforcement to investigate."),
 55: (1, "Housing", False, None, None, "Sympathy reply on the Gaskell House fire post (#34)."),
 56: (3, "Web", False, None, None, "Broken recycling calendar link on the bins page - website fault."),
 57: (3, None, False, None, None, "Brent Cross roadworks / A406 - Barnet and TfL, not Brent; signpost."),
 58: (5, "Libraries", False, None, "media", "Journalist (Brent & Kilburn Times) asking the press office about the library hours consultation decision."),
 59: (2, "Environment", True, True, None, "FOI on littering FPNs per ward; name (Thomas Mensah) and postal address given - valid, log it."),
 60: (2, "Parking", False, None, None, "Same PCN complaint reposted two days later (see #30) - still unanswered; same case, chase."),
 61: (1, None, False, None, None, "Standalone 'is anyone reading this' with no context or case."),
 62: (5, "HR", False, None, "discrimination_by_staff", "Alleged demeaning, discriminatory treatment of an older resident at the Civic Centre desk; widely shared."),
 63: (4, "Environment", False, None, None, "Reply in the Harlesden fly-tipping thread (#66) asking whether the council reads it - officers should join."),
 64: (5, None, False, None, "adult_safeguarding", "Vulnerable adult with learning difficulties, 'mates' staying for weeks and holding his bank card, asking for food - possible cuckooing/financial abuse."),
 65: (2, "Housing", True, True, None, "Portuguese: FOI request - how many families placed by Brent were in out-of-borough temporary accommodation on 31 March 2026, reply by email; signed Ana Paula Ferreira (real name) - valid."),
 66: (4, "Environment", False, None, None, "Community group's recurring fly-tipping hotspot behind Craven Park Road, promised camera, log in comments - service conversation."),
 67: (1, "Finance", False, None, None, "News about Harrow's council tax; Brent only mentioned in passing."),
 68: (5, "Parking", False, None, "influential_viral", "Verified 1.2m-follower account: 79-year-old mother's car towed with blue badge displayed; viral."),
 69: (1, None, False, None, None, "Duplicate follower-selling spam."),
 70: (3, "Environment", False, None, None, "Where is the climate and ecological emergency strategy published - signpost (and fix findability)."),
 71: (2, "Education", False, None, None, "Own secondary school allocation appeal, no acknowledgement; application ref given."),
 72: (1, "Environment", False, None, None, "Bare 'bins?? again' moan, no address or request."),
 73: (4, "Planning", False, None, None, "Reply in the Alperton planning thread (#6) on the shadow study - service conversation."),
 74: (5, "Housing", False, None, "fire_safety_risk_to_life", "Neighbour on home oxygen who smokes, scorch marks on her door, alarms at night - fire risk to her and the block."),
 75: (2, "HR", True, True, None, "FOI on agency/interim staff spend by directorate; real name visible (Margaret Oyelaran) - valid, log it."),
 76: (1, None, False, None, None, "Keyword noise: Brent Cross shopping."),
 77: (5, "Finance", False, None, "data_breach", "Housing benefit letter arrived with another claimant's personal data stapled behind it - data breach."),
 78: (3, "Finance", False, None, None, "Council tax band and single person discount - published information."),
 79: (1, None, False, None, None, "Large verified account praising the Wembley Park lights switch-on; nothing of consequence."),
 80: (3, "Education", False, None, None, "When reception applications open for Sept 2027 - published information."),
 81: (4, "Planning", False, None, None, "Reply in the Alperton planning thread (#6) supporting the affordable housing - service conversation."),
 82: (1, None, False, None, None, "Persian: 'Brent oil price reached $82 today, the highest in three months' - keyword noise."),
 83: (4, "Highways", False, None, None, "Reply in the Dudden Hill healthy streets trial thread (#87): Villiers Rd congestion, and an ambulance had to reverse out of the filter - pass the emergency-access point to Highways; part of the live consultation conversation."),
 84: (5, "Housing", False, None, "structural_risk_to_life", "Widening crack and falling concrete above a bin store at Kilburn Square where children walk - danger of injury."),
 85: (4, "Parking", False, None, None, "Kensal Rise CPZ proposal drop-in thread - live consultation conversation."),
 86: (5, "Environment", False, None, "viral_video", "48k account's video of recycling tipped into the general waste lorry, 3,100 reposts - viral against a service."),
 87: (4, "Highways", False, None, None, "Dudden Hill healthy streets trial, consultation closing on the 30th, asking what people see - service conversation."),
 88: (1, None, False, None, None, "Standalone 'same here, on the 3rd floor too' on Bluesky with no reply or thread - no context to act on."),
 89: (1, None, False, None, None, "Hindi: 'The Ealing Road Diwali lights are amazing this year, the whole family came to see. Thank you Brent Council!' - praise."),
 90: (2, "Environment", False, None, None, "Gujarati: 'No one has collected our household rubbish for three weeks. My wife is in a wheelchair so we have an assisted collection; we can't put the bins out. Address: 14 Preston Hill, Kenton. Please send someone.' - own missed assisted collection."),
 91: (3, "Web", False, None, None, "Pay-a-PCN page hangs on iPhone - website fault."),
 92: (1, None, False, None, None, "Sarcasm, no case or request."),
 93: (5, "Regulatory Services", False, None, "alleged_misconduct", "Video of someone in Brent hi-vis taking an envelope from a shop during an 'inspection' - alleged bribery or impersonation, widely seen."),
 94: (5, "Housing", False, None, "risk_to_life_rough_sleeper", "Polish: 'The same man has been lying under the viaduct by Harlesden station for two days. Tonight it will be -4. I spoke to him this morning - he could barely speak, his hands were blue and he wouldn't get up. Can someone from the council send someone before it's too late?' - risk to life."),
 95: (1, "Libraries", False, None, None, "Praise for Kilburn library staff."),
 96: (1, None, False, None, None, "Duplicate low-reach abuse."),
 97: (2, "Regulatory Services", False, None, None, "Own repeated noise nuisance at 19 Walm Lane with case ref, no call-back; also asks about out-of-hours service."),
 98: (3, "Environment", False, None, None, "Urdu: 'Hello, how do I book the council to collect an old sofa and a wardrobe? How much does it cost? We live in Willesden.' - bulky waste signpost."),
 99: (3, "Parking", False, None, None, "How to get visitor parking - published information."),
 100: (2, "Housing", False, None, None, "Follow-up to #25 with the address (Masefield House flat 31); rats now in corridors - own case."),
 101: (5, "Housing", False, None, "legal_threat", "Letter before claim from a solicitor over 18 months of leak and mould, child with asthma; Ombudsman next."),
 102: (1, None, False, None, None, "Keyword noise: David Brent quote."),
 103: (2, "Parking", False, None, None, "Own blue badge renewal 10 weeks late, ref given, father housebound."),
 104: (4, "Highways", False, None, None, "Reply in the Dudden Hill trial thread (#87) asking if traffic counts will be published before the consultation closes - part of the conversation, not an FOI."),
 105: (2, "Finance", False, None, None, "Romanian: 'I moved out of the Kingsbury Road flat on 1 Feb but you still take council tax for the old address. Account 30091275. Please stop the direct debit, I already sent the moving form.' - own account."),
 106: (1, None, False, None, None, "Keyword noise: Brent crude."),
 107: (2, "Environment", False, None, None, "Business's own trade waste account TW-30218, missed two weeks."),
 108: (1, None, False, None, None, "Campaign group's election leafleting post; political, nothing for the council to do."),
 109: (3, "Environment", False, None, None, "Is it true garden waste will be charged £90 - rumour to confirm or correct with published information."),
 110: (3, "HR", False, None, None, "Careers portal upload error with a deadline tonight - web fault; give the recruitment contact and report the fault."),
}

DEPTS = {"Environment", "Finance", "Parking", "Highways", "Housing", "Libraries", "Education", "Planning",
         "Regulatory Services", "Emergency Planning", "HR", "Policy", "Communications", "Web", None}

rows = [json.loads(l) for l in SRC.read_text(encoding="utf-8").splitlines() if l.strip()]
assert len(rows) == 110 and sorted(r["n"] for r in rows) == list(range(1, 111))
assert sorted(L) == list(range(1, 111))
out = []
for r in sorted(rows, key=lambda r: r["n"]):
    route, dept, foi, valid, reason, note = L[r["n"]]
    assert route in (1, 2, 3, 4, 5) and dept in DEPTS
    assert (valid is None) == (not foi)
    assert (reason is None) == (route != 5)
    out.append({"n": r["n"], "platform_id": r["platform_id"], "route": route, "department": dept,
                "foi": foi, "foi_valid": valid, "escalate_reason": reason, "note": note})
OUT.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
print(len(out), "lines;", dict(sorted(collections.Counter(o["route"] for o in out).items())))
