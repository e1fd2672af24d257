"""The words the triage rules listen for, family by family, as an experienced officer would.

Each family is a comma-separated list in the rule-keyword syntax (case-insensitive whole words,
`*` ends a word stem, a phrase is words in a row; "can't" is the words "can" and "t"). They are
the defaults of `TriageSettings.cues`; a council can replace any family in its config. The lists
name kinds of situation (someone not seen for days, a child alone, a journalist asking for a line),
not sentences from any one post: stems and short phrases, so new wording still matches.
"""

from __future__ import annotations

import re


def split(words: str) -> list[str]:
    """A family's words: separated by commas or line ends (a line need not end with a comma)."""
    return [w.strip() for w in re.split(r"[,\n]", words) if w.strip()]


# ----------------------------------------------------------------- always escalate: risk to a person

#: Someone in danger now: trapped, not breathing, an incident with people in it (domain §8 step 1).
RISK_TO_LIFE = """
is trapped, are trapped, got trapped, been trapped, trapped inside, trapped in the lift, trapped in a lift,
trapped in the car, trapped in the building, trapped in the flat, trapped upstairs, trapped by, can't get out, cant get out, cannot get out, couldn't get out, couldnt get out,
can't get their door open, cant get the door open, can't open the door, still inside, people inside,
someone inside, somebody inside, people still in, someone still in, at the windows, not breathing,
isn't breathing, stopped breathing, can't breathe, cant breathe, cannot breathe, can barely breathe,
unconscious, unresponsive, collapsed in, collapsed on, collapsed at, bleeding, hypotherm*, overdos*,
drowning, drowned, pulled out of the water, paramedic*, ambulance, call 999, called 999, ring 999,
suspicious package, suspicious item, bomb scare, explosion*, exploded, stabbing, stabbed, shooting,
gunshot*, crush, crowd crush, stampede, sinkhole, building collapse*, wall collapse*, ceiling collapsed on,
power lines down, live wire*, cables down, smoke coming, smoke pouring, thick smoke, full of smoke,
lots of smoke, much smoke, smell of burning, burning smell, water pouring, pouring into,
water up to, reached the sockets, at the sockets, electrics, sparking,
not moving, isn't moving, isnt moving, won't wake, wont wake, can't wake, cant wake, not responding,
collapsed outside, has collapsed, man collapsed, woman collapsed, someone collapsed, collapsed and, people hurt,
someone hurt, people injured, someone injured, badly injured, seriously injured, hit by a car, knocked down by,
run over, trapped under, fell from, fallen from, jumped from, on the roof, on the ledge, in the water,
screaming for help, shouting for help, crying for help,
attacked, being attacked, mauled, dog attack, knife, machete, gun, armed, carbon monoxide,
exposed wires, wires exposed, wires are exposed, bare wires, wires hanging, wires are hanging, wires sticking out,
wires are sticking out, cables hanging, cable hanging, electric shock, live cable*, heatstroke, heat stroke,
passed out, fainted, about to collapse,
going to collapse, could collapse, might collapse, collapsed onto, scaffolding collapse*, crane collapse*,
roof collapse*, balcony collapse*, fell into, fallen into, in the canal, in the river, in the reservoir,
could fall, about to fall, going to fall, might fall, will fall, any minute, any second,
about to come down, going to come down, could come down, come down on, swaying,
smells of burning, smelling of burning, burning plastic, burning rubber, smouldering, sparks,
falling onto, falling on the, falling off the, debris, masonry, bridge strike, hit the bridge,
crashed into
barely responding, barely conscious, not really responding, isn't responding, isnt responding, won't respond,
can't get her down, can't get him down, can't get them down, cant get her down, cant get him down,
cant get them down, can't get her out, can't get him out, cant get her out, cant get him out, stuck upstairs,
lit rockets, rockets at, rockets into, fireworks at people, fireworks at the bus, fireworks into,
firework through, fireworks through, rocket through, set alight, set on fire, someone is getting hurt,
someone's getting hurt, someone is getting burnt, someone's getting burnt
smoke is coming, smoke coming under, smoke under the door, smoke in the flat, smoke in our flat,
smoke in the hallway, smoke in the corridor, smoke in the stairwell, told us to stay, can't get out of the flat
"""

#: A child or an adult at risk of harm, neglect or exploitation, or someone missing.
SAFEGUARDING = """
not seen her, not seen him, haven't seen her, haven't seen him, havent seen her, havent seen him,
hasn't been seen, hasnt been seen, not been seen, nobody has seen, no one has seen, not seen for,
last seen, gone missing, is missing, went missing, reported missing, missing person, missing child,
post piling up, post is piling, mail piling up, curtains closed, not answering the door,
no answer at the door, groom*, exploit*, trafficked, domestic abuse, domestic violence, abusive partner,
abusive ex, refuge, child protection, safeguarding, vulnerable adult, self neglect, left alone with,
leaving him alone with, leaving her alone with, leaves him alone with, leaves her alone with,
met online, a man she met, a man he met, scared to go home, afraid to go home, record for violence,
hits her, hits him, beats her, beats him, beating her, beating him, hitting her, hitting him,
home alone, no adult, no adults, hasn't come home, hasnt come home, didn't come home,
not come home, never came home, ran away from home, running away from home, runaway, missing from home,
older men, older man, in a car with, picked up by, county lines, being groomed, drug dealer*, dealing drugs,
marks on her, marks on him, bruises on, covered in bruises, screaming next door, hear screaming,
heard screaming, crying all night, scared of him, scared of her partner, coercive, controlling partner,
won't let her leave, wont let her leave, locked her in, locked him in, fallen and can't get up,
on the floor and, milk bottles, newspapers piling, smell from the flat, smell coming from, mental health crisis,
sectioned, hearing voices, learning disabilit*, freezing to death, frostbite, not safe at home, unsafe at home,
at risk of harm, danger to himself, danger to herself, danger to themselves,
nobody's seen, no one's seen, nobodys seen, noones seen, someone screaming, woman screaming, man screaming,
child screaming, is screaming, things smashing, being used to, sell drugs, selling drugs, run drugs,
too scared to leave, afraid to leave, she's scared of, he's scared of, threatens her, threatens him,
no one's answering, nobody's answering, no one answering, nobody answering, not answering her door,
not answering his door, not answering the phone for days,
collected her post, collected his post, opened her curtains, opened his curtains, her curtains closed,
his curtains closed, worried sick about her, worried sick about him, no sign of her, no sign of him,
screaming and banging, banging and screaming, shouting and screaming, then silence, worried for her,
worried for him, worried for their safety, fear for her, fear for his, fear for their, fear for her safety
milk on the step, milk on his step, milk on her step, milk on the doorstep, milk has been on, milk still on,
post on the mat, letters on the mat, letters piling, letters are piling, papers piling, curtains haven't moved,
curtains havent moved, curtains not moved, curtains still closed, curtains still drawn, curtains drawn for,
curtains have been closed, blinds closed for, knocked and nothing, knocked and no answer, knocked and no one,
no answer when i knocked, hasn't opened the door, hasnt opened the door, not opened the door,
not opening the door, won't open the door, hasn't opened her door, hasn't opened his door,
not answering his phone, not answering her phone, haven't seen the carers, havent seen the carers,
not seen the carers, carers haven't been, carers havent been, carer hasn't been, not seen him since,
not seen her since, haven't seen him since, haven't seen her since, havent seen him since, havent seen her since,
not seen him for, not seen her for, haven't seen him for, haven't seen her for, nobody has heard from,
no one has heard from, not heard from him, not heard from her, strange smell, funny smell, a smell from,
something has happened to him, something has happened to her, something's happened to him,
something's happened to her, welfare check, check on him, check on her, checking on him, checking on her
can't go back to, cant go back to, scared to go back, afraid to go back, not safe to go back,
he hits me, he hit me, she hit me, fleeing, emergency housing tonight, nowhere safe tonight, nowhere safe
"""

#: Sleeping rough, in a car or a doorway: a safeguarding matter when the person is young, frail or unwell.
ROUGH_SLEEPING = """
sleeping rough, sleeps rough, slept rough, rough sleeper*, sleeping in a doorway, sleeping in the doorway,
sleeping in doorways, sleeping in a shop doorway, sleeping in my car, sleeping in the car, sleeping in a car,
sleeping in his car, sleeping in her car, sleeping in the park, sleeping on the street*, sleeping outside,
sleeping on a bench, sleeping in the underpass, sleeping in a tent, slept outside, kicked out, thrown out,
nowhere to sleep, nowhere to go tonight, on the streets tonight, on the street tonight, sofa surfing,
living in a van, living in the van, living in a car, living in the car, living in his car,
living in her car, living in a tent, living in a shed, living rough, living on the street*, been living in,
sleeping in a van, sleeping in the van,
kicked him out, kicked her out, kicked me out, threw him out, threw her out, thrown him out,
sleeping in the stairwell, sleeping in stairwells, sleeping on the stairs, sleeping in the bin store,
sleeping in a stairwell
asleep in a doorway, asleep in the doorway, asleep in doorways, asleep on a bench, asleep on the pavement,
asleep in the park, in a sleeping bag, sleeping bag, homeless man, homeless woman, homeless guy, homeless lady,
homeless lad, homeless girl, homeless boy, man asleep in, woman asleep in, lying in a doorway, lying in the doorway
"""

#: Words that say the person is a child.
CHILD = """
child, children, kid, kids, boy, girl, teen*, toddler*, son, daughter, nephew, niece, grandson, granddaughter,
schoolboy, schoolgirl, pupil*, young lad, young girl, young boy, little one*, minor, year old, years old,
yr old, aged,
baby, babies, infant*, newborn*
"""

#: Danger that, with a child in the same post, makes it a safeguarding matter.
CHILD_DANGER = """
alone in the, alone at, alone on the, alone outside, alone for, on his own, on her own, by himself, by herself,
unsupervised, wandering, terrified, crying, no phone, won't say where, wont say where, hurt, injured, bruis*,
beaten, slapped, shouting at, screaming at, strange man, stranger*, grabbed, locked in, locked out,
no one looking after, nobody looking after, not been fed, neglect*, left alone, left him, left her, exploited,
county lines, knife, weapon, not at school, missing school, sell drugs, selling drugs, being used to,
exploited by, with older, no adult, no adults, no parent, no parents, hasn't come home, hasnt come home,
not come home, in danger, at risk, getting into cars, into a car with, different men, men in cars, grown men,
adult men, hasn't eaten, not eaten, sleeping on the floor, on the floor of, no beds,
asking for food, begging for food, hungry, mum isn't home, mum's not home, parents aren't home,
no one at home, nobody at home, at midnight, in the middle of the night, mummy's asleep, mum's asleep,
daddy's asleep, turning up at our door
followed her, followed him, followed by, being followed, following her home, following him home
won't let her in, wont let her in, won't let him in, wont let him in, doesn't let her in,
doesnt let her in, doesn't let him in, locks her out, locks him out, sleeps outside, sleeping outside,
sleeps on the stairs, on the stairs
"""

#: Words that say the person is a baby, old, frail or disabled.
FRAIL = """
baby, babies, newborn*, infant*, month old, months old, weeks old, elderly, old man, old lady, old woman,
pensioner*, in her 80s, in his 80s, in her 90s, in his 90s, 80s, 90s, dementia, frail, bedbound, bed bound,
disabled, wheelchair, oxygen, vulnerable, carer, pregnant,
nan, nana, gran, granny, grandma, grandad, grandpa, grandmother, grandfather
"""

#: Danger that, with a baby or a frail person in the same post, puts them at risk.
FRAIL_DANGER = """
no heating, no heat, freezing, so cold, very cold, degrees, hypotherm*, fallen, had a fall, can't get up,
cant get up, not eating, no food, no water, unwell, very ill, not well, shaking, confused, wandering,
no one has checked, nobody has checked, not seen, no answer, trapped, stuck, can't get out, cant get out,
couldn't get out, no lift, lift broken, lift is broken, struggling to breathe, really ill, seriously ill,
so ill, looks ill, is ill, he's ill, she's ill, no sign of, hasn't eaten, hasnt eaten, haven't eaten,
no food for days, looked blue, turning blue, blue lips, in this snow, in the snow, in this cold, sub zero, minus,
carer hasn't come, carer didn't come, carer didn't turn up, carers haven't, no carer,
can't get to the toilet, cant get to the toilet, can't get out of bed, cant get out of bed, toilet alone, can't wash
lift is out, lift's out, lift out, lift not working, lift isn't working, lift isnt working, lift's broken,
lift broken down, stuck upstairs, can't get down, cant get down, can't get downstairs, barely responding,
thin blanket, no coat
lift is off, lift's off, lift off again, lift has been off, lift been off, oxygen running out,
cylinders left, can't get up the stairs, cant get up the stairs
"""

#: A parent or carer at the end of their strength: with a child or a frail person in the post, a safeguarding matter.
DISTRESS = """
begging you, i'm begging, im begging, i am begging, i can't do this, i cant do this, at breaking point,
breaking down, can't cope, cant cope, crying every day, crying every night, at the end of my tether,
nowhere else to turn
"""

#: Someone saying they may harm themselves (escalate at once, whatever the reach).
SELF_HARM = """
kill myself, killing myself, end it all, end my life, ending it all, take my own life, suicid*,
self harm*, harm myself, hurt myself, don't see the point, dont see the point, no point carrying on,
no point in carrying on, no point going on, no point living, point in living, carrying on anymore,
can't do this anymore, cant do this anymore, can't go on, cant go on, can't take it anymore,
cant take it anymore, want it all to stop, want it to stop, want to disappear, don't want to be here,
dont want to be here, won't be here, wont be here, still be here, not be here, better off without me,
better off dead, live or die, make it easy for them, tonight i'm done, i'm done tonight, sorry everyone,
goodbye everyone, goodbye all, no reason to live, nothing left to live for, give up on life, giving up on life,
can't cope anymore, cant cope anymore, can't cope any more, not coping, nothing to live for,
what's the point anymore, whats the point anymore, what's the point of living, whats the point of living,
don't want to wake up, dont want to wake up, not worth living, life isn't worth, life is not worth,
take all my pills, all my pills, jump off, jump in front, ending it, end things, end it tonight,
this is goodbye, say goodbye, won't be around, wont be around, not be around much longer, my life is over,
can't carry on, cant carry on, had enough of life, nobody would miss me, no one would miss me,
nobody would notice, no one would notice, they'd be better off, they would be better off, cut myself,
cutting myself, suicidal, want to die, wanna die, wish i was dead, wish i were dead,
no point anymore, no point any more, no way out, don't see a way out, dont see a way out,
can't see a way out, cant see a way out, end myself, unalive, kms, not wake up, never wake up, pills tonight,
take pills, load of pills, all the pills, can't keep going, cant keep going, can't go on like this,
cant go on like this, tired of living, done with life,
going to end it, gonna end it, i'll end it, i will end it, want to end it, end it i mean it,
don't want to be alive, dont want to be alive, do not want to be alive, don't want to live,
dont want to live, do not want to live, no longer want to live, don't want to exist, dont want to exist,
sick of living, hate being alive, tired of being alive,
ending things, thinking about ending, thinking of ending, thoughts of ending, thoughts about ending
not going to be around, not gonna be around, won't be around for, would be better off without me
won't be anyone's problem, wont be anyones problem, not be anyone's problem, won't be your problem
"""

#: A death: the gravest reputational and human matter.
DEATH = """
died, dies, death, deaths, passed away, found dead, was dead, is dead, lay dead, dead body, body found,
body was found, killed, fatal*, lost his life, lost her life, lost their life, lives lost, loss of life,
to die, dying in, died in, people dying, have died, has died
"""

#: Condolences for a death the council had no part in are monitored, not escalated.
CONDOLENCE = """
rip, rest in peace, condolences, thoughts are with, thoughts go out, sending love to the family,
thoughts with, thinking of the family, thinking of his family, thinking of her family, our thoughts,
so sad to hear, sad news, heartbreaking, r i p
"""

#: Threats of violence to staff or the public (insults alone are monitored).
THREAT = """
kill you, kill them, kill him, kill her, kill the, i'll kill, ill kill, i will kill, gonna kill, going to kill,
hope you die, hope they die, should die, deserve to die, burn it down, burn down, burn the, set fire to,
torch the, bomb the, blow up, shoot you, shoot them, shoot the, stab you, stab them, stab the,
smash his face, smash her face, smash your face, smash the, punch his, punch her, punch your, knock his,
knock her, knock your, brick through, bricks through, i know where you live, i know where he lives,
i know where she lives, watch your back, he knows who he is, she knows who she is, coming for you,
get what's coming, get whats coming, sort him out, sort them out, do him in, hurt him, hurt her, hurt them
i know which car, i know his car, i know her car, i know what car, i know where he parks, i know where she parks,
i know where they park, i know where he works, i know where she works, wait for him, wait for her,
waiting for him after, waiting for her after, after his shift, after her shift, see what happens,
watch what happens, he'll regret, she'll regret, they'll regret, you'll regret, you will regret,
will regret it, i'm not joking, im not joking, not joking, last warning, final warning, teach him a lesson,
teach her a lesson, teach them a lesson, take matters into my own hands, deal with him myself,
deal with her myself
kill me, he'll kill me, hell kill me, she'll kill me, will kill me, going to kill me, gonna kill me,
threatened to kill, threatening to kill, said he would kill, said he'd kill
"""

# ----------------------------------------------------------------- escalate: controversy and risk to the council

#: Personal data exposed: a breach is a statutory and reputational matter.
DATA_BREACH = """
data breach, breach of my data, breach of data, gdpr, data protection, personal data, private details,
their details, their bank details, full bank details, bank details of, bank details inside, bank details on,
card details of, dates of birth, home addresses, phone numbers and, email addresses in, everyone's email*,
all our email*, reply all, names and addresses, names addresses, someone else's, somebody else's,
addressed to someone, addressed to my neighbour, addressed to a neighbour, sent to my ex, to my ex, where my ex,
my ex now, wrong person's, confidential, leaked my, leaked our, leaked their, data leaked, details leaked,
leak of data, leak of personal, files in a skip, documents in a skip, records in a skip, left in a skip,
left on the bus, spreadsheet of, spreadsheet with, diagnoses, sent me someone else's, wrong letter,
letter meant for, meant for someone else, another resident's, another person's, other people's details,
other people's names, everyone's details, cc'd everyone, cc d everyone, cc'd all, ccd everyone, cc d, ccd, bcc,
visible to everyone, everyone could see, anyone can see my, anyone can see our, publicly visible, visible online,
published my address, published my name, published my phone, posted my details, shared my details,
my personal information, their personal information, personal information of, privacy breach, breach of privacy,
information commissioner, ico, hacked, cyber attack, cyberattack, ransomware, exposed our, exposed my,
exposing our, names and emails, names and email addresses, names and phone numbers, other residents' names,
other residents names, other residents' details, other people's, residents' names, account numbers on,
names and account numbers, another family's, another family s, medical history, someone else's medical,
medical records of,
full name and bank details, name and bank details, attached to my email, neighbour's statement,
neighbour's letter, neighbour's bill, neighbour's council tax
neighbour's name, my neighbour's name, neighbours name, the other tabs, other tabs, whole spreadsheet,
everyone's housing benefit, everyone's benefit, other people's benefit
letter for someone else, page for someone else, details for someone else, someone else's name,
account no and, their bank card, last 4 of their, last four digits of their
"""

#: Discrimination named as such (step 1: "discrimination by staff").
DISCRIMINATION = """
racis*, racial*, discriminat*, sexis*, misogyn*, homophob*, transphob*, islamophob*, antisemit*,
anti semit*, xenophob*, ableis*, bigot*, prejudice*, slur*, people like you, your lot don't, your sort,
learn english, speak english, go back to your, go back home, your culture, your kind, because i'm black,
because she's black, because he's black, because i'm muslim, because of my hijab, because of her hijab,
because of my race, because of my colour, because of my religion, because of my disability,
because of his disability, because of her disability, because of his race, because of her race, hate crime,
go back where, back where you came from, back where he came from, back where she came from,
back where they came from, back to where, your own country, his own country, her own country, where you people,
paki, pakis, n word, the n word, wog, wogs, coon, gyppo, pikey, pikeys, chink, kike, yid, faggot,
tranny, spastic, spaz, monkey noises
learn proper english, speak proper english, proper english, people like you only, people like her,
people like him, like you people, your type, your people, because of my accent, because of her accent,
because of his accent, because of my skin, because of her skin, because of his skin, wearing the hijab,
wearing a hijab, wearing a headscarf, wearing a turban
"""

#: Who someone is (paired with a member of staff treating them differently: discrimination).
IDENTITY = """
black man, black woman, black people, black lad, black boy, black girl, black kid*, black guy, black family,
white man, white woman, white people, white lad, white boy, white girl, white kid*, white guy, white family,
asian man, asian woman, asian people, asian family, brown skin, skin colour, muslim*, jewish, jew, jews,
hindu, sikh, hijab, niqab, headscarf, turban, burqa, kippah, yarmulke, mosque, synagogue, gurdwara, gay,
lesbian, trans, queer, disabled, disability, wheelchair, autistic, deaf, blind, accent, foreigner*,
immigrant*, refugee*, asylum, traveller*, gypsy, roma, your culture, culture, religion, race,
polish, romanian, somali, eastern european, african, indian, pakistani, bangladeshi, arab,
muslim family, foreign,
less black, too black, act black, act white, black children, black pupils, black students,
black residents, black tenants, white residents
"""

#: What a member of staff did to someone (with who they are: the sign of discrimination).
TREATMENT = """
refused, refuse, refusing, searched, laughing, laughed, smirk*, mocked, made fun, ignored, turned away,
turned us away, waved, photos of, taking photos, won't serve, wouldn't serve, wouldn't let, won't let,
not allowed, picked on, singled out, followed me, followed us, stared, shouted at, humiliat*, wouldn't help,
won't help, called me a, called my son a, called my daughter a, called her a, called him a, called my wife a,
called my husband a, called us, told my son to, told my daughter to, told her to, told him to,
can't wear, cannot wear, not allowed to wear, told her she can't, told him he can't, told me i can't
"""

#: A member of staff, where a post says what one did.
STAFF = """
staff, officer, officers, warden, wardens, assessor, employee, employees, receptionist, security,
security guard, desk, woman behind, man behind, council worker*, social worker*, caseworker*,
enforcement, inspector, crew, bin men, binmen, driver, librarian*, teacher*, advisor, adviser,
manager, call handler, person on the phone,
school, the school, college, nursery, library, leisure centre, the council, housing office, head teacher
attendant, parking attendant, enforcement officer, civil enforcement officer, concierge, caretaker
"""

#: Water and electricity together: a risk to life (with the other family in the same post).
WATER = """
water, leak, leaking, leaks, flooding, flooded, dripping, pouring, soaked, wet
"""
ELECTRICS = """
electric, electrics, electricity, electrical, fuse box, fusebox, meter cupboard, electric meter, sockets, socket,
wiring, light fitting, light fittings, consumer unit, buzzing, sparking, sparks
out the light, out of the light, through the light, from the light, light switch, ceiling light
"""

#: Part of a building coming down: with a child, a frail person or passers-by under it, a risk to life
#: (a ceiling down in an empty kitchen, reported with a reference, is an urgent repair).
STRUCTURE_DANGER = """
bricks came down, bricks came off, bricks coming off, bricks have come off, bricks fell, bricks falling,
bricks have fallen, row of bricks, ceiling collapsed, ceiling has collapsed, ceiling came down, ceiling caved,
ceiling fell, ceiling has come down, part of the ceiling, roof caved, wall is leaning, wall leaning,
leaning out, wall is bulging, wall bulging, bulging badly, about to give way, could give way, giving way,
gave way, hanging off, hanging down, came away from the wall, coming away from the wall,
masonry falling, slates falling, tiles falling, balcony is cracked, cracks right through, crack right through
chunks of concrete, concrete falling, concrete dropping, concrete keeps falling, concrete came down,
render falling, cladding falling, cladding coming off, dropping off the balcony, falling off the balcony,
falling from the balcony, fell off the balcony, just missed my, missed my son, missed my daughter, nearly hit my
"""
PASSERS_BY = """
pavement, path, footpath, alley, pedestrians, people walk, people walking, walk past, walking past, walk under,
walk through, cut through, school run, school route, bus stop, playground, entrance, kids walk, children walk,
bedroom, cot, bed, beds, sleeping, sleep under
play area, play park, kids play, children play, kids playing, children playing
"""

#: Flood water (not a leaking pipe): with water inside a home or over the street, people may be at risk.
FLOOD_WATER = """
flood*, floodwater, flood water, river, sewage, torrent, water level*, water is rising, water rising,
rising water, drains backed up, drains are backed up, drains overflowing, burst main, burst water main,
storm water, rainwater, rain water, water everywhere, under water, underwater
"""
INSIDE_HOME = """
in our kitchen, into our kitchen, into the kitchen, in the kitchen now, our living room, the living room,
into our house, into the house, into our home, into our flat, into the flat, into homes, into people's homes,
into the front gardens, front gardens, through the front door, under the door, under our door,
coming in the door, in our house, in our flat, in our home, in the house now, downstairs is, ground floor,
basement flat, up to our knees, knee deep, waist deep, ankle deep, over the kerb, cars stuck, car stuck,
stuck in the water, people stuck, is a river, like a river, a river right now, into the shop, into shops
"""

#: A building that is not safe from fire: escalate even when nothing is burning yet.
FIRE_SAFETY = """
cladding, grenfell, waking watch, sprinkler*, fire door broken, fire doors broken, fire door is broken,
fire doors are broken, fire door propped, fire doors propped, fire doors missing, no fire door*,
fire alarm not working, fire alarms not working, fire alarm doesn't work, fire alarm isn't working,
fire alarm is broken, no fire alarm*, smoke alarm not working, smoke alarms not working, no smoke alarm*,
fire exit blocked, fire exits blocked, blocked fire exit*, fire escape blocked, fire exit locked,
fire exits locked, locked fire exit*, fire safety concern*, fire safety issue*, fire hazard, fire trap,
death trap, not fire safe, unsafe cladding
"""

#: What a member of staff did wrong (with a member of staff in the post: alleged misconduct).
MISBEHAVIOUR = """
aggressive, aggressively, abusive, bullying, bullied, harass*, threatened, threatening, swore, swearing at,
shouted at, screamed at, drunk, asleep on, lied, stole, stealing, kicked, pushed, shoved, assaulted,
hit me, hit him, hit her, inappropriate, unprofessional behaviour, laughing at us, laughed at us, mocking,
intimidating, racist remark*, sexist remark*, groped, touched me,
asked me out, hit on me, made a pass at, flirt*, sexual*, creepy, touching me, followed me home
called my dad a, called my mum a, called my father a, called my mother a, called my brother a,
called my sister a, called me a, called us a, called my son a, called my daughter a, called my wife a, called my husband a
"""

#: Alleged misconduct, fraud or a threat to an election's integrity.
MISCONDUCT = """
misconduct, corrupt*, brib*, backhander*, kickback*, fraud*, embezzl*, cover up, cover-up, covered up,
conflict of interest, abuse of power, electoral fraud, vote rigging, postal vote*, ballot box*,
ballot paper*, polling station closed, polling station shut, polling station not open,
polling station isn't open, polling station wasn't open, turned away from voting, turned away at the polling,
couldn't vote, unable to vote, pulling leaflets, removing leaflets, leaflets out of letterboxes,
intimidat*, assault*, kicking over, kicked over, pushed a, shoved a, manhandl*, drunk on duty,
asleep on duty, falsif*,
caught on camera, expenses scandal, fiddling expenses, nepotism, favouritism, jobs for mates,
contract to his, contract to her, contract to their, dodgy deal*, theft, stealing, stole, took a bribe,
sleeping on the job, racist tweet*, offensive tweet*, offensive post*, voting irregularit*, voter fraud,
personation, vote twice, voted twice, voted in my name, someone voted, ran out of ballot, polling station ran out,
no staff at the polling, polling station locked, threatened me, threatening me, swore at me, sworn at,
verbally abused, physically, grabbed me, pushed me, hit me, punched,
lied to, lying to residents, undeclared, register of interests, declaration of interest, declare an interest,
gifts and hospitality, hospitality from, paid by the developer, wined and dined, freebies, free tickets,
electioneering, council resources for, using council resources, campaigning on council, purdah breach,
breaking purdah, breach of the pre election,
drunk, was drunk, intoxicated, asked for cash, asked me for cash, cash in hand, bung, backhand,
under the table, lied about, fake receipts, fiddled, swearing at residents,
whistleblow*, for cash, cash on the side, taking cash, took cash, secret payments, kickbacks,
misuse*, misusing, for personal use, personal gain, council car, council credit card, had dinner with,
with the developer, friends with the developer, paid for by the developer
did not declare, didn't declare, didnt declare, failed to declare, not declared, never declared,
brother of a, sister of a, wife of a, husband of a, son of a councillor, daughter of a councillor,
related to a councillor, relative of a councillor, family of a councillor, friend of a councillor,
shares a registered address, companies house, hospitality box, developer's hospitality,
developers hospitality, guest of the developer, the developer paid, paid for by, looking into this before committee
revolving door, works for the developer, now works for the developer, at the developer's,
developer's consultancy, developers consultancy, joined the developer, job with the developer, turns up as,
now works for them
"""

#: An election (with an election problem: a threat to its integrity).
ELECTION = """
polling station*, polling, ballot*, postal vote*, the count, election*, voting, voters, vote, electoral,
polling card*, poll card*
"""
ELECTION_PROBLEM = """
turned away, didn't open, didnt open, not open, wasn't open, wasnt open, closed, shut, locked, ran out,
no ballot*, wrong ballot*, missing ballot*, fraud*, rigged, intimidat*, irregular*, stuffed, twice,
dead people, moved out, no longer live*, addressed to people, no staff, people who moved, tampered,
interference, bribed, paid to vote, threatened, harassed, harassing voters, leaflets out
turned me away, turned us away, sent me away, couldn't vote, could not vote,
wasn't allowed to vote, not allowed to vote
names i've never heard of, people i've never heard of, never heard of them, don't live here, dont live here, doesn't live here, doesnt live here, don't live at,
people i don't know, people i dont know, registered at my address, registered to vote at, who is checking,
who's checking, strangers registered, not registered, wrong name, wrong names
"""

#: A film or a post about a service spreading fast.
VIDEO = """
video, videos, clip, footage, filmed, tiktok, reel, livestream, recording, recorded it, photos taken, pictures of
"""
SPREADING = """
views, viral, going viral, gone viral, everywhere, trending, shared, shares, retweets, reposts, million,
overnight, all over twitter, all over facebook, all over tiktok, all over social media, on the news,
all over, blowing up, doing the rounds, going round, everyone's sharing, everyone is sharing,
shared thousands, shared hundreds
"""

#: Someone pretending to be the council: a scam to warn residents about.
IMPERSONATION = """
fake account, fake page, fake profile, fake council, fake brent, pretending to be, impersonat*, scam*,
phishing, fraudulent text*, fraudulent email*, asking for card details, asking for bank details,
dm ing people, dming people, messaging people asking, not the real,
claiming to be, claims to be, is this legit, is this genuine, is this real, dodgy link,
suspicious link, suspicious text, suspicious email, bogus, fake text, fake email, fake letter
"""

#: A row the council is in: protest, outrage, calls to resign (controversial, whoever says it).
CONTROVERSY = """
protest, protests, protesters, protestors, protesting, demonstration, demo outside, rally against,
march against, outrage, outraged, uproar, backlash, scandal, scandalous, resign, resignation, step down,
no confidence, boycott, hundreds of residents, thousands of residents, hundreds of people, thousands of people,
dozens of residents, dozens of messages, hundreds of messages, petition signed, signatures, cover up,
public inquiry, calls for an inquiry, national news, front page, trending,
residents are furious, residents furious, furious residents, angry residents, residents are angry,
up in arms, community is furious, parents are furious, parents furious, fury, outcry, furious about
"""

#: "My phone died", "to die for", "killed it": words of death that are not about one.
NOT_A_DEATH = """
phone died, battery died, laptop died, car died, it died, finally died, to die for, dying to, dying for, died laughing,
i died, i'm dead, im dead, dead funny, dead good, dead easy, killed it, killing it, killing me, is killing me
"""

#: A death long past (a widow's discount, "since my husband died"): not an incident to escalate.
PAST_DEATH = """
since my husband died, since my wife died, since my partner died, since my mum died, since my dad died,
since my mother died, since my father died, since he died, since she died, my late, widow*, bereave*,
died in 19*, died in 20*, died years ago, died last year, passed away in 19*, passed away in 20*,
passed away last year, passed away years ago
"""

#: A legal step or threat.
LEGAL = """
solicitor*, lawyer*, legal action, legal advice, legal claim, sue you, sue the council, sue brent, suing,
ombudsman, judicial review, court action, take you to court, taking you to court, see you in court,
pre action, letter before action, letter before claim, letter of claim, small claims, tribunal,
my insurer, our insurer, insurance claim against, compensation claim, negligence, human rights act,
equality act, breach of statutory duty, disrepair claim,
proceedings, issue a claim, issuing a claim, county court, high court, injunction, class action,
group action, no win no fee, legal aid, solicitors letter, barrister
"""

#: A journalist at work: asking for a statement, a line, comment, or people to talk to.
MEDIA = """
journalist, reporter, reporting for, press enquiry, press enquiries, media enquiry, media enquiries,
press office, press team, newsdesk, news desk, on deadline, my deadline, request for comment, requests for comment,
seeking comment, for comment, any comment on, a comment from the council, comment from the council,
comment from brent, have a statement, issue a statement, a statement from, statement from the council,
statement from brent, statement please, public statement, official statement, a statement on, a line on,
for a line, grateful for a line, a quote from, on the record, off the record, for a story, for a piece,
a piece about, working on a piece, working on a story, writing a piece, writing a story, doing a story,
doing a piece, for an article, an article about, for broadcast, for our viewers, our readers, our listeners,
our viewers, we're hearing, were hearing, we are hearing, hearing reports, hearing from residents,
speak to anyone affected, talk to anyone affected, hear from anyone affected, hear from residents,
hear from families, dms open, investigations reporter, investigations editor, local democracy reporter,
i'm a reporter, im a reporter, i'm a journalist, im a journalist, freelance journalist, freelance reporter,
for the standard, for the guardian, for the bbc, for itv, for mylondon, for the times, for the telegraph,
bbc london here, itv london here, will the council comment, does the council have a response,
right of reply, right to reply, we're filming, our programme, our investigation, for our podcast, for our show,
spokesperson, spokesman, spokeswoman, on air, interview request, request an interview, for our programme,
for tomorrow's show, for tomorrow's paper, for tonight's show, for tonight's programme, put these figures to,
put the figures to, approached the council for comment, approached brent for comment, invited to comment,
declined to comment, did not respond to our request, at the time of writing, at the time of publication,
by the time of publication, has been asked for a response, have been asked for a response,
been asked for comment, we will publish, publish it in full, publish their response, their response in full,
hearing that, i'm hearing, im hearing, deadline 1pm, deadline 2pm, deadline 3pm, deadline 4pm, deadline 5pm,
deadline 6pm, deadline noon, deadline midday, deadline at, on a deadline
"""

#: News outlets by name (in a post asking the council something, the sign of a journalist at work).
OUTLET = """
bbc, itv, sky news, channel 4 news, channel 5 news, the guardian, the observer, telegraph, evening standard,
the standard, the independent, daily mirror, daily mail, mail online, huffpost, reuters, press association,
pa media, bloomberg, financial times, private eye, lbc, radio london, london live, mylondon, kilburn times,
harrow times, wembley matters, local democracy reporter*, ldrs, inside housing, municipal journal,
local government chronicle, the i paper, al jazeera, newsnight, panorama, dispatches
"""

#: Words in a profile name or handle that say the author is a journalist or a news outlet.
JOURNALIST_WORDS = """
news, times, reports, reporter, reporting, journalist, journo, correspondent, editor, writes, press, freelance,
bbc, itv, guardian, telegraph, mylondon, lbc, reuters, newsroom, investigations, broadcaster, ldr, ldrs,
journalism, echo, gazette, chronicle, herald, courier, tribune
"""

#: Politicians: titles and words in their names, handles and posts (influential "even politely").
POLITICIAN = """
my constituents, constituents, constituency, constituent, my ward, our ward, ward councillor, ward member,
as your councillor, as a councillor, as ward councillor, as your mp, as an mp, i'm standing, i am standing,
standing for election, candidate for, vote for me,
your local councillor, local councillor, as a local councillor, my residents, residents in my ward,
i'm calling on, i am calling on, as your member of parliament
"""

#: Titles in a profile name or handle that say the author is a politician.
POLITICIAN_TITLE = """
mp, cllr, councillor, councilor, mayor, candidate, mep, msp, baroness, minister, assembly member
"""

# ----------------------------------------------------------------- not a council matter

#: Other things called Brent.
KEYWORD_NOISE = """
brent crude, brent oil, brent price*, brent futures, brent wti, brent spread, brent barrel*, brent benchmark,
wti, barrel*, opec, oil price*, crude oil, brent geese, brent goose, brent spar, brent knoll, south brent,
brent valley, brent cross, brentford, david brent, brent faiyaz, wernham hogg, brentwood, brent tor,
brent pelham, east brent, brent eleigh
"""

#: Other councils and places in other boroughs that residents confuse with Brent's.
OTHER_BOROUGH = """
barnet, camden, harrow, ealing, hammersmith, fulham, kensington, chelsea, rbkc, westminster, hillingdon,
hounslow, enfield, haringey, islington, hackney, lambeth, southwark, wandsworth, lewisham, croydon,
newham, tower hamlets, brentwood, southall, hendon, edgware, golders green, mill hill, colindale,
burnt oak, finchley, ladbroke grove, kensal town, notting hill, acton, ealing broadway, greenford,
perivale, hanwell, shepherd's bush, shepherds bush, kentish town, swiss cottage, hampstead,
west hampstead, pinner, stanmore, wealdstone, rayners lane, uxbridge, hayes, watford, nw3, nw4, nw7,
nw8, nw11, ub1, ub2, ub6, ha1, ha2, ha5, ha7, ha8, w10, w11, w3, w5
"""

#: Brent's own places (a post naming one is about the borough, not a namesake).
BRENT_PLACE = """
wembley, harlesden, kilburn, willesden, neasden, kingsbury, kenton, alperton, sudbury, stonebridge,
queensbury, dollis hill, cricklewood, kensal rise, kensal green, queen's park, queens park, church end,
preston, tokyngton, brondesbury, northwick park, chalkhill, south kilburn, park royal, welsh harp,
roundwood, gladstone park, fryent, barham park, king edward, vale farm, chamberlayne, craven park,
ealing road, harrow road, kilburn high road, brent civic centre, civic centre, nw10, nw2, nw6, nw9,
ha0, ha3, ha9
"""

#: Words that put the council in the post.
COUNCIL = """
council, councils, brent_council, brentcouncil, brent council, the council, town hall, civic centre,
local authority, your staff, your officers, you lot
"""

# ----------------------------------------------------------------- the everyday routes

#: Council services named in a question that no topic rule covers (so the question is the web team's).
SERVICE = """
polling station*, polling card*, postal vote*, electoral, electoral register, register to vote, election*,
freedom pass*, blue badge*, swimming, swim, leisure centre*, sports centre*, gym, civic centre, registrar*,
register a birth, register a death, marriage*, citizenship, cooling centre*, cool space*, warm space*,
warm hub*, food bank*, household support, support fund, the tip, recycling centre*, reuse and recycling,
gritting, grit, salt bin*, tree planting, street tree*, allotment*, cemetery, cemeteries, burial*, pest control,
tennis court*, bulky, crossing*, traffic light*, speed bump*, bus lane*, yellow box*, ltn, school street*,
cycle lane*, bike hangar*, ev charg*, social care, care assessment*, children's services, youth club*,
jobs fair, council meeting*, full council, opening hours, open on, pre election, purdah, council's website,
your website, translated, translation, in arabic, in polish, in somali, in urdu, in gujarati, in tamil,
holiday club*, summer programme*, summer scheme*, youth service*, youth centre*, activities for, after school club*,
childcare, play scheme*, half term activit*, holiday activit*, adult education, english classes, esol,
register*, birth certificate*, death certificate*, registration,
dispose of, get rid of, mattress*, old fridge, old sofa, furniture collection
"""

#: Words that make an emergency keyword routine: a fire door, a fire risk assessment, a flood when it rains.
ROUTINE_HAZARD = """
fire risk, fire safety, fire alarm test, fire door*, fire exit*, fire drill*, fire escape*, fire extinguisher*,
fire assessment*, fireworks, firework, every time it rains, whenever it rains, when it rains, each time it rains,
after it rains, blocked drain*, drain, drains, gully, gullies, puddle*, planned power, planned outage*,
flood risk, flood defence*, flood alleviation, last year, last month, years ago,
drill, drills, safety talk, fire safety talk, open day, was on fire, were on fire, been on fire, is fire,
was fire, looks fire, so fire, log fire, open fire, real fire, cosy fire, fire pit, flooded with, flood of,
fire brigade visit*, fire station open
"""

#: Insults: they make a post critical, but low-reach abuse with no substance is only monitored.
INSULT = """
scum, scumbag*, cunt*, wanker*, bastard*, twat*, dickhead*, fuck you, fuck off, fuckwit*, piss off, retard*,
vermin, useless, clowns, idiots, morons, incompetent, joke, shambles, disgrace, disgraceful, pathetic,
thick as, crooks, liars, parasites, lazy
"""

#: Complaint words: a post is critical of a service (with a case or a place, a customer-services matter).
COMPLAINT = """
missed, not collected, not been collected, never collected, still waiting, still not, still no, complain*,
weeks running, for weeks, for months, yet again, missed again, nobody came, no one came, no response,
no reply, not fixed, never fixed, broken, overcharged, wrongly, unfair, appeal*, reported, chased, chasing,
unacceptable, been waiting, refund*, disgrace, shambles, rubbish service, terrible, awful, worst, fed up, sick of
"""

#: Thanks and praise (monitored; the adjudicated labels keep them away from customer services).
PRAISE = """
thank you, thanks, thankyou, thx, ta, cheers, many thanks, massive thanks, big thanks, grateful, appreciate*,
well done, great job, good job, great work, brilliant, fantastic, amazing, superb, lovely, wonderful, gorgeous,
stunning, beautiful, kudos, credit to, shout out, shoutout, props to, hats off, bravo, love, loved, loving,
proud, delighted, happy, congrat*, so helpful, very helpful, really helpful, so quick, so fast, spotless,
impressed, excellent
"""

#: Asking the council's opinion or taking a rhetorical swipe: monitored, not answered as a question.
OPINION_BAIT = """
do you honestly think, do you actually think, do you really think, do you think, what do you think,
what do you actually think, yes or no, ugly or what, or what, seriously, why on earth, how on earth,
what's the point, whats the point, who voted for, who approved this, who thought this, who thought that,
more like, lol, lmao, rofl, haha, hahaha, smh,
who signed off, who decided, who approved, whose idea, who designed, who thought of,
anyone else think, am i the only one, is it just me, does anyone else think, who else is sick,
who else thinks, why do we even, why do we pay, what do we pay, what are we paying, what exactly do,
what exactly does, what exactly is, how is this allowed, how is that allowed, you couldn't make it up,
only in brent, classic brent, typical brent, typical council,
what is the point, what's the point of you, what is the point of you, what do you even do,
what do you actually do
"""

#: A person's own service: a possession or a case of theirs that an officer must look up.
OWN_SERVICE = """
my bin*, our bin*, my caddy, our caddy, my box, my recycling, our recycling, my collection, our collection,
my council tax, our council tax, my bill, our bill, my account, our account, my direct debit, my payment,
my refund, my claim, our claim, my application, our application, my appeal, my case, our case, my complaint,
my repair*, our repair*, my boiler, our boiler, my heating, our heating, my flat, our flat, my house,
our house, my home, our home, my property, my street, our street, my road, our road, my tenancy, my transfer,
my housing, my permit, our permit, my pcn, my ticket, my fine, my car, my tyre, my blue badge,
my parking, my bay, my card, my library card, my books, my son's, my daughter's, my mum's, my dad's,
my child's, my husband's, my wife's, my mother's, my father's, my polling card, my vote,
my benefit*, my universal credit, my assessment, my care, my school place, my own, outside my, outside our,
next to my, opposite my,
for my son, for my daughter, for my child, for my mum, for my dad, for my mother, for my father,
for my husband, for my wife, for my family,
our tenancy, my letter, our letter, our council flat, my council flat, our council house, my council house,
my green bin*, my blue bin*, my black bin*, my brown bin*, my grey bin*, our green bin*, our blue bin*,
our black bin*, our brown bin*, our grey bin*, my wheelie bin*, our wheelie bin*,
my rent, our rent, my direct debit, our direct debit
"""

#: Chasing something already asked for: the sign of a case in progress.
CHASING = """
reported, reporting it, i've reported, ive reported, we've reported, logged, raised it, i called, i've called,
ive called, we called, we've called, keep calling, been calling, called twice, called them, called you,
phoned, rang, ring me, call me, emailed, email me, wrote, chased, chasing, still waiting, still nothing,
still no, still not, heard nothing, nobody came, no one came, nobody has come, no one has come, never came,
never turned up, didn't turn up, didnt turn up, not been collected, not collected, not been emptied,
hasn't been, hasnt been, haven't been, havent been, haven't received, havent received, not received,
never received, no reply, no response, no answer, promised, been waiting, waiting since, applied, paid,
asked for, requested, requests, ref, reference, send someone, sort this, sort it, please fix, fix it,
can someone come, can someone ring, can someone call, could someone come, who do i speak, who do i talk, who do i complain, who do i contact,
how do i claim, how do i challenge, how do i appeal, charged twice, taken twice, overcharged, wrongly,
missed, skipped, left it, leave it, since friday, since monday, since last, for weeks, for months,
for days, three weeks, two weeks, 2 weeks, 3 weeks,
booked, i booked, we booked, ordered, i ordered, arranged, was told, were told, they said, cancelled,
twice, three times, every week, week after week, yet again,
who do i call, who do i ring, who do i actually, second time, third time, fourth time, didn't turn up again,
hasn't turned up, never arrived, didn't arrive, didnt arrive,
called the, rang the, phoned the, emailed the,
no one answers, nobody answers, no one picks up, nobody picks up, still hasn't, still haven't,
still hasnt, still havent, hasn't come through, haven't come through, not come through, not heard back,
times now, and nothing, still nothing, 3 times, 4 times, 5 times,
4th time, 5th time, 3rd time, 2nd time, this week again,
wrong name, wrong address, wrong amount, wrong band, incorrect, mistake on, error on, spelled wrong, spelt wrong
"""

#: Something broken, blocked or dangerous at a place (a report for the service to act on).
FAULT = """
not working, isn't working, isnt working, aren't working, stopped working, broken, broke, blocked, blocking,
overflowing, dumped, fly tip*, flytip*, fly tipped, leaking, leak, leaks, damaged, dangerous, hazard*,
collapsed, hanging, smashed, cracked, sunk, flooded, floods, flooding, dead fox, dead animal, dead rat*,
rats, vermin, mice, graffiti, abandoned, burnt out, out for, lights out, light out, lights are out, off for,
pothole*, missing cover, uncovered, exposed, asbestos, needles, syringes, double yellows, blocking the,
parked on, no lighting, in the dark, unsafe, nearly got hit, nearly fell, tripped, fell over, shredded,
dug up, left open, rotting, stinks, stinking, smell,
graffiti, sprayed, spray painted, tags, tagged, swastika, offensive, vandal*, defaced,
no hot water, no heating, no water, no power, no electricity, no gas,
missed, not collected, not emptied, skipped,
won't shut, won't close, won't lock, doesn't close, doesn't lock, doesnt close, wont shut, wont close,
no collection again, no collections again, wrong date, bounced,
coming back, keeps coming back, damp, mould, mouldy, black mould, condensation
"""

#: Words of place: a fault "outside", "on the corner of", "by the" somewhere can be found and fixed.
LOCATION = """
outside, opposite, corner of, junction, junction of, by the, next to, near the, on the corner, at the end of,
road, rd, street, st, avenue, ave, lane, ln, close, court, gardens, house, way, drive, crescent, place, grove,
hill, square, terrace, walk, mews, rise, parade, broadway, estate, block, flat, underpass, alley,
bus stop, station, roundabout, crossing, park,
wall, library, school, shelter, bus shelter, shop, shops, park, playground, car park, pavement,
footpath, alleyway, subway, bridge, high street, high road, green, common, church, mosque, temple
"""

#: A website or online service fault: the web team's own to answer.
WEBSITE = """
website, web site, webpage, web page, the page, this page, that page, site, online form, the form, portal,
the app, your app, search, link, links, login, log in, sign in, password, 404, error message, page not found,
won't load, wont load, doesn't load, doesnt load, not loading, keeps crashing, crashes, spinning,
form, forms, submit, the website,
app, button, buttons, online
"""
WEBSITE_FAULT = """
won't load, wont load, doesn't load, doesnt load, not loading, keeps crashing, crashes, crashed, broken,
awful, useless, down, error, 404, not found, spinning, doesn't work, doesnt work, not working, can't find,
cant find, couldn't find, couldnt find, impossible to find, a maze, nightmare, confusing, dead link,
broken link, times out, timed out, froze, freezes,
errors, erroring, keeps erroring, won't submit, wont submit, doesn't submit, doesnt submit,
can't submit, cant submit, every time i press, every time i click,
doesn't do anything, doesnt do anything, does nothing, not doing anything, unresponsive, won't open, wont open,
blank page, blank screen, white screen, logging me out, logs me out, logged me out, session expired, goes nowhere,
goes to nothing, loops back, keeps looping, won't let me log in, wont let me log in, can't log in, cant log in
"""

#: People talking to each other about one service matter: a conversation the service should join.
CONVERSATION = """
has everyone seen, everyone seen the, who's objecting, whos objecting, who else is objecting, is anyone going,
anyone going to the, thoughts from, thoughts anyone, what do people think, what does everyone think,
what do we all think, what do you all think, please object, please respond, please comment, respond whatever,
sign the petition, shall we, lets organise, let's organise, comments below, comments open, link in comments,
link in the comments, link to the portal, latest post by, residents meeting, going to the meeting,
who's going, whos going, let's get, lets get, get a group together, a group of us, join us, come along
as we discussed, as discussed, as we said, following our meeting, following the meeting,
following last night's meeting, following last week's meeting, at the drop in, at the drop-in, thread recap,
recap for, comparing notes, we've collected, we have collected, we're collecting, we are collecting,
collecting examples, our members, feedback from members, members tell us, our next meeting,
next traders' meeting, next residents' meeting, we agreed, we've agreed, we have agreed, a few of us,
several of us, many of us here, some of us, put to the council, keep the conversation going,
join the conversation, week 1 update, week 2 update, week 3 update, week 4 update, monthly update,
what we've learned, what we have learned, officers said, officers told us, the council told us, officer told us
"""

#: A short reply saying "it is happening to me too", "it still is" or "has anyone checked on him?": in a
#: thread already escalated, one more report of the same danger, or the worry that it is still unanswered.
ECHO = """
same here, me too, same, ours too, us too, here too, and us, same for us, same problem, same issue, same again,
happening here too, still there, still no, still not, still,
any update, any updates, any news, has anyone checked, has anybody checked, anyone checked, checked on him,
checked on her, checked on them, is he ok, is she ok, are they ok, getting worse, getting dangerous,
getting bigger, getting higher, getting closer, worse now, nobody's come, nobody has come, no one's come,
no one has come, nobody came, no one came, still waiting, happened to me too, happened to my, happened to us,
where do i report, where do we report, who do i call, who do we call, who do i ring, who do we ring,
who do i contact, who do we contact, who should i call, who should we call, what do we do, what do i do,
can someone look, can somebody look, can anyone look, can someone help, can somebody help, please help
"""

#: The danger over: said in a follow-up, it closes the case rather than adding to it.
RESOLVED = """
sorted now, all sorted, it's sorted, its sorted, fixed now, it's fixed, its fixed, all fine now,
all good now, all ok now, someone came, they came out, engineer came, they've been out, false alarm,
panic over, now resolved, resolved now, all resolved, she's ok, shes ok, he's ok, hes ok, they're ok,
she's safe, he's safe, everyone's out, everyone is out, all safe, back on now
"""

#: A council scheme, consultation or application that people discuss (with a thread or conversation cue).
SCHEME = """
consultation, consult*, scheme, proposal*, proposed, proposing, plan, plans, masterplan, planning application,
application, licensing application, licence application, review, trial, pilot, school street*, ltn,
low traffic, cpz, controlled parking, charges, charging, budget, cuts, closure*, redevelopment, regeneration,
tower, development, hotspot, volunteer*, objections, representations, decision
"""

#: A claim about how a scheme was decided, which the web team can answer with the facts (a rumour to correct).
CLAIM_TO_CORRECT = """
zero consultation, no consultation, without consultation, without any consultation, never consulted,
not consulted, nobody consulted, no one consulted, no one asked us, nobody asked us, sham consultation,
they didn't tell anyone, nobody was told, no one was told, no notice, without notice, overnight with no warning,
i heard they're, i heard the council, apparently the council, rumour, rumours, is it true
"""

#: Questions that published information answers (how, where, when, is it true).
QUESTION = """
when is, when are, when will, when does, when do, when's, whens, what day, what time, what are the, what is the,
how do i, how do we, how do you, how can i, how to, how much is, how long, where can i, where do i, where do you,
where is, where are, where's, wheres, can i, can we, can you tell, do i need, do we need, do you need,
is there, are there, is it true, is it still, does brent, do brent, does the council, is the, are the,
are any, is any, which day, which bin, who do i, any idea, anyone know, does anyone know, do you know,
explain, can someone explain, is it possible, still do, still run, open on, opening hours, apply for,
sign up, sign ups
"""

#: Foreign-language words for a danger, a call for help, self-harm or discrimination, in the languages most spoken in
#: Brent (Polish, Romanian, Portuguese, Spanish, French, Italian, Arabic, Somali, Urdu, Hindi, Gujarati,
#: Tamil, Bengali, Irish). Until a language detector arrives, these keep a foreign emergency, safeguarding
#: or self-harm post from falling through to "monitor". Read only when a post does not look English;
#: matched in the lower-cased text as words (`*` ends a stem; other scripts: no word start needed).
FOREIGN_RISK = """
pożar*, płonie, pali się, dym, wyciek gazu, zapach gazu, czuć gaz, powódź, zalan*, ratunku, uwięzi*,
nie widziałam, nie widziałem, nie widzieliśmy, zaginął, zaginęła, zaginion*, przemoc*, samobój*, nie chcę żyć,
chcę umrzeć, odebrać sobie życie, skończyć ze sobą, nie mam siły żyć, śpi na ulicy, śpią na ulicy,
incendiu, arde, foc, fum, miros de gaz, scurgere de gaz, miros de ars, inundați*, inundaț*, inundat*,
n-am mai văzut, nu am mai văzut, dispărut*, violenț*, sinucid*, nu mai vreau să trăiesc, vreau să mor,
să-mi iau viața, nu mai pot, doarme pe stradă, dorm pe stradă,
incêndio, fogo, fumaça, cheiro de gás, vazamento de gás, fuga de gás, inundação, enchente, socorro,
presos, presas, preso, presa, desaparecid*, violência, suicid*, não aguento mais, não quero viver, quero morrer, tirar a minha vida,
tirar minha vida, me matar, acabar com tudo, dormindo na rua, dorme na rua, não a vejo, não o vejo,
incendio, fuego, humo, olor a gas, fuga de gas, inundación, atrapad*, violencia, no puedo más,
no aguanto más, quitarme la vida, no quiero vivir, me quiero morir, quiero morir, acabar con todo,
terminar con todo, hacerme daño, durmiendo en la calle, no la he visto, no lo he visto,
incendie, feu, fumée, odeur de gaz, fuite de gaz, inondation, au secours, à l'aide, coincé*, disparu*,
me suicider, mettre fin à mes jours, en finir, je veux mourir, plus envie de vivre, je n'en peux plus,
dort dehors, dort dans la rue, pas vu depuis, bloccat*, farla finita, voglio morire,
حريق, دخان, تسرب غاز, تسرّب غاز, رائحة غاز, فيضان, ساعدوني, النجدة, محاصر*, عالق*, لم أرها, لم أره,
لم نرها, لم نره, مفقود*, عنف, انتحار, انتحر*, أنهي حياتي, لا أريد أن أعيش, أريد أن أموت, لم أعد أحتمل,
ينام في الشارع, تنام في الشارع,
dab qabsaday, dab, qiiq, gaas ka baxaya, daad, fatahaad, naga caawiy*, waa la waayay,
lama arag, ma arag, xanuunsan*, ma neefsan*, neefsan karo, is dilo, isdil*, dhimasho, jidka seex*,
آگ, آگ لگ*, دھواں, گیس لیک, گیس کی بو, سیلاب, پانی بھر*, بچاؤ, پھنس*, لاپتہ, تشدد, خودکشی,
مرنا چاہت*, جینا نہیں چاہت*, نہیں دیکھا, سڑک پر سو*,
आग, धुआं, धुआँ, गैस लीक, गैस की गंध, बाढ़, पानी भर*, बचाओ, फंस*, फँस*, लापता, हिंसा, आत्महत्या,
मरना चाहत*, जीना नहीं चाहत*, नहीं देखा, सड़क पर सो*,
આગ, ધુમાડો, ગેસ લીક, પૂર, બચાવો, ફસાય*, ગુમ, હિંસા, આત્મહત્યા, મરવું છે, જીવવું નથી, જોયા નથી,
જોઈ નથી,
தீ, தீப்பிடி*, புகை, எரிவாயு கசிவு, வெள்ளம், காப்பாற்று*, சிக்கி*, காணவில்லை, பார்க்கவில்லை, வன்முறை,
தற்கொலை, சாக வேண்டும், வாழ விரும்பவில்லை,
আগুন, ধোঁয়া, গ্যাস লিক, বন্যা, বাঁচাও, আটকে, নিখোঁজ, সহিংসতা, আত্মহত্যা, মরতে চাই, দেখিনি,
tine, deatach, sceitheadh gáis, tuile, gafa, ar iarraidh, féinmharú,
nie otwiera drzwi, nie otwiera, nie odpowiada, dziwny zapach, coś mu się stało, coś jej się stało, szpital*,
karetk*, zawalił*, zawalon*, nu deschide ușa, nu răspunde, miros ciudat, spital*, ambulanț*, prăbușit*,
não abre a porta, não responde, cheiro estranho, ambulância, desabou, no abre la puerta, no contesta,
olor extraño, ambulancia, se derrumbó, n'ouvre pas, ne répond pas, odeur étrange, ambulance, effondré*,
soo galay, dumay, soo dumay, isbitaal*, dhakhtar*, gargaar, qaylo,
مستشفى, المستشفى, إسعاف, سيارة إسعاف, انهيار, لا يفتح الباب, رائحة غريبة, عنصري*, عنصرية, تمييز,
أمثالك, أمثالكِ, الحجاب, ہسپتال, ایمبولینس, گر گئ*, दरवाज़ा नहीं खोल, दरवाजा नहीं खोल, अस्पताल, एम्बुलेंस,
गिर गय*, હોસ્પિટલ, દવાખાન*, એમ્બ્યુલન્સ, પડી ગય*, மருத்துவமனை*, ஆம்புலன்ஸ், இடிந்து, হাসপাতাল, অ্যাম্বুলেন্স,
ভেঙে পড়*, দেখা যায়নি, দুর্গন্ধ, বাঁচতে পারব না, દેખાયા નથી, દેખાઈ નથી, દેખાતા નથી,
दिखाई नहीं, दिखे नहीं, दिखी नहीं, नहीं जी सकता, नहीं जी सकती, जी नहीं सकता, सड़क पर हूं, सड़क पर हूँ,
बाहर सोती, बाहर सोता, सीढ़ियों पर सो*, घर में नहीं आने, نظر نہیں آ*, بدبو, نہیں جی سکتا, نہیں جی سکتی,
سڑک پر ہوں, باہر سوتی, باہر سوتا, காணப்படவில்லை, துர்நாற்றம், lama arkin, ur xun, nie widać, smród,
رائحة كريهة, لم نره منذ, لا أستطيع العيش, بیمارستان, آمبولانس, آتش, سیل, فرو ریخت, rasist*, dyskryminac*, discrimin*, racist*, racism*,
czad*, tlenek węgla, monoxid de carbon, monóxido de carbono, monoxyde de carbone, monossido di carbonio,
أول أكسيد الكربون, كاربون مونوكسايد, کاربن مونو آکسائیڈ, कार्बन मोनोऑक्साइड, કાર્બન મોનોક્સાઇડ, கார்பன் மோனாக்சைடு,
কার্বন মনোক্সাইড, مونوکسید کربن, kaarboon monoksaayd,
لا يرد, لا ترد, لا يجيب, لا تجيب, فون نہیں اٹھا, फोन नहीं उठा, ફોન ઉપાડતા નથી, ફોન નથી ઉપાડ*, nie odbiera telefonu,
mów po polsku albo, mów po angielsku, mówić po angielsku, vorbește engleză, vorbeste engleza, fala inglês, fale inglês,
habla inglés, hable inglés, parle anglais, parlez anglais, تكلم انجليزي, تكلمي انجليزي, تحدث الإنجليزية,
ارجع إلى بلدك, ارجعي إلى بلدك, ارجعوا إلى بلدكم, ارجعوا إلى بلادكم, عد إلى بلدك, عودي إلى بلدك, عودوا إلى بلادكم,
انگریزی بولو, अंग्रेज़ी बोलो, अंग्रेजी बोलो, અંગ્રેજી બોલ*, ஆங்கிலத்தில் பேசு*, ইংরেজিতে কথা বল*, ingiriisi ku hadal,
af ingiriisi ku hadal, انگلیسی حرف بزن
"""

#: Thanks, praise and greetings in Brent's other languages: in a post not in English, nothing to pass on.
FOREIGN_PRAISE = """
obrigad*, gracias, merci, mulțumesc, multumesc, dziękuję, dziekuje, grazie, شكرا, شكراً, mahadsanid, shukran,
धन्यवाद, शुक्रिया, شکریہ, આભાર, நன்றி, ধন্যবাদ, go raibh maith agat, feliz, joyeux, bonne fête, wesołych,
crăciun fericit, sărbători fericite, buon natale, mubarak, مبارک, مبارك, عيد, eid, diwali, दिवाली, દિવાળી,
தீபாவளி, ramadan, رمضان, bayram, navidad, natal, noël, kerstmis, nollaig, shana tova, vaisakhi, holi, होली,
lindo, linda, hermoso, hermosa, bonito, bonita, beau, belle, magnifique, frumos, piękn*, bellissim*,
encantador*, maravillos*, maravilhos*, superbe, wspaniał*, minunat*, ❤️, 🎉, 🪔
"""

#: Condolences and prayers in Brent's other languages: sympathy for those an incident touched reports nothing new.
FOREIGN_CONDOLENCE = """
kondolencje, wyrazy współczucia, współczuję, modlę się, modlimy się, myślami jesteśmy, niech spoczywa,
condoleanțe, condoleante, sincere condoleanțe, dumnezeu să-l odihnească, dumnezeu să o odihnească, mă rog pentru,
ne rugăm pentru, gândurile noastre, condolências, meus sentimentos, orações, rezando por, descanse em paz,
condolencias, mi más sentido pésame, oraciones, rezando por, descanse en paz, mis pensamientos están,
condoléances, nos pensées, mes pensées, prières, repose en paix, condoglianze, preghiere, riposa in pace,
allaha u naxariisto, ilaahay u naxariisto, tacsi, ducada, ducadayda,
تعازي, التعازي, عزائي, رحمه الله, رحمها الله, الله يرحم, دعواتنا لهم, دعواتنا للعائلات,
دعائیں, دعا گو, تعزیت, اللہ مغفرت, اللہ صبر, دعا کریں,
दुआ, दुआएं, दुआएँ, श्रद्धांजलि, संवेदना, संवेदनाएं, ईश्वर आत्मा को शांति,
શ્રદ્ધાંજલિ, સંવેદના, ભગવાન આત્માને શાંતિ, அஞ்சலி, இரங்கல், ஆழ்ந்த இரங்கல்,
দোয়া, দোআ, সমবেদনা, শোক, শ্রদ্ধাঞ্জলি, تسلیت, روحش شاد, خدا رحمت
"""

#: Foreign words for a child, an old person or a neighbour: with a word of danger, a safeguarding matter.
FOREIGN_PERSON = """
dziecko, dzieci, dziecka, chłopiec, dziewczynka, nastolat*, starsza pani, starszy pan, sąsiad*, niemowl*,
copil*, copii*, băiat*, fetiț*, bătrân*, vecin*, bebe*, criança*, menino, menina, idos*, vizinh*, bebé, niño*,
niña*, anciano, anciana, enfant*, bébé, garçon, fille, personne âgée, voisin*, bambin*, anzian*,
طفل, طفلة, أطفال, ولد, بنت, مسن*, عجوز, جارتي, جاري, جارنا, جارتنا, رضيع*, ilmo, caruur*, wiil, gabar,
odey, waayeel, deris*, بچہ, بچی, بچے, بزرگ, پڑوس*, बच्च*, बुज़ुर्ग, बुजुर्ग, पड़ोस*, બાળક*, વૃદ્ધ,
પાડોશ*, વર્ષના, વર્ષની, عمره, عمرها, साल की, साल के, سال کی, سال کے, lat, ani, anos, años, ans, குழந்தை*, சிறுவன், சிறுமி, முதியவர்*, பக்கத்து வீட்டு*, শিশু, বয়স্ক, প্রতিবেশী, páiste, seanduine
"""

#: Foreign words of danger to that person: alone, crying, beaten, cold, hungry, not seen for days.
FOREIGN_DANGER = """
sam, sama, samo, bez opieki, płacze, bije, krzyczy, zimno, głodn*, od tygodnia, od kilku dni, chory, chora,
singur*, plânge, bate, frig, flămând*, de o săptămână, de câteva zile, bolnav*, sozinh*, chorando, bate nela,
bate nele, frio, com fome, há uma semana, há dias, doente, solo, sola, llorando, pega, maltrato*, hambre,
desde hace una semana, desde hace días, enferm*, seul, seule, pleure, frappe, maltrait*, faim,
depuis une semaine, depuis des jours, malade, piange, picchia, freddo,
وحده, وحدها, وحيد*, يبكي, تبكي, يضرب*, تضرب*, برد, جائع*, منذ أسبوع, منذ أيام, مريض*, keligii, keligeed,
ooyaya, garaac*, qabow, gaajo, usbuuc, maalmo, jiran, اکیلا, اکیلی, رو رہا, رو رہی, مارتا, مارتی, سردی,
بھوک*, ہفتے سے, دنوں سے, بیمار, अकेला, अकेली, रो रहा, रो रही, मारता, मारती, ठंड, भूख*, हफ्ते से, दिनों से,
बीमार, એકલ*, રડે*, મારે છે, ઠંડી, ભૂખ*, અઠવાડિયાથી, દિવસથી, બીમાર, ઠંડા, ઠંડો, હીટિંગ વગર, بدون تدفئة, التدفئة معطلة, bez ogrzewania, fără căldură, sin calefacción,
sem aquecimento, sans chauffage, بغیر ہیٹنگ, हीटिंग नहीं, தனியாக, அழு*, அடிக்கிற*, குளிர்,
பசி*, வாரமாக, நாட்களாக, உடல்நிலை சரியில்லை, একা, কাঁদছে, মারধর, ঠান্ডা, ক্ষুধার্ত, ina aonar, ag caoineadh
"""

#: Everyday words of the Latin-script languages most spoken in Brent (words shared with English left out):
#: a post with more of these than of English ones is probably not in English.
FOREIGN_COMMON = """
el, los, las, que, y, en, por, para, con, una, es, mi, está, muy, pero, como, hay, del, al, lo, se, yo,
os, da, em, um, uma, não, meu, minha, são, com, ele, ela, eu, você, nós, está, também,
le, les, des, du, et, est, une, pour, dans, je, nous, vous, pas, ne, il, elle, avec, sur, mon, ma, très, ça,
și, în, pe, nu, cu, este, sunt, mai, ce, să, care, pentru, mea, meu, sau, dar,
w, na, nie, się, jest, z, że, jak, czy, gdzie, ale, mój, moja, już, tylko, bardzo,
il, di, che, per, della, sono, non,
waa, ka, ku, iyo, ayaa, oo, aan, waxaan, maxaa, waxa, yahay, ma, kale, u,
agus, ar, tá, ag, ní, sé, sí, níl, bhfuil,
estão, há, lá, aqui, muito, mais, quando, onde, porque, sem, pelo, pela, nos, nas, dos, das,
cuándo, dónde, hace, también, desde, todo, todos, ya, aquí, où, quand, pourquoi, aussi, depuis, très, rien,
când, unde, pentru, acum, foarte, gdzie, kiedy, dlaczego, teraz, jeszcze
"""

#: The English words most texts contain: a text with almost none of them may not be in English.
ENGLISH_COMMON = """
the, a, an, and, or, but, is, are, was, were, be, been, to, of, in, on, at, for, with, from, by, it, this, that,
i, you, he, she, we, they, my, our, your, me, us, them, not, no, have, has, had, do, does, did, can, will,
would, just, so, if, all, any, what, when, where, how, why, who, there, here, again, still, now, today, please,
thanks, get, got, new, nice, good, bad, like, about, out, up, one, more, very, really, some, people, time, day,
way, after, before, know, think, see, make, go, going, come, back, need, want, said, only, also, over, year,
years, its, im, dont, cant, m, s, t, ll, ve, re, d, actually, kinda, lol, should, could, than, then, been,
being, because, off, into, week, weeks, road, street, council, bin, bins, house, flat
"""


def default_cues() -> dict[str, list[str]]:
    """Every family by name: the defaults of `TriageSettings.cues`."""
    return {name: split(words) for name, words in _FAMILIES.items()}


_FAMILIES: dict[str, str] = {
    "risk_to_life": RISK_TO_LIFE,
    "safeguarding": SAFEGUARDING,
    "rough_sleeping": ROUGH_SLEEPING,
    "child": CHILD,
    "child_danger": CHILD_DANGER,
    "frail": FRAIL,
    "frail_danger": FRAIL_DANGER,
    "distress": DISTRESS,
    "self_harm": SELF_HARM,
    "death": DEATH,
    "condolence": CONDOLENCE,
    "past_death": PAST_DEATH,
    "not_a_death": NOT_A_DEATH,
    "threat": THREAT,
    "data_breach": DATA_BREACH,
    "discrimination": DISCRIMINATION,
    "identity": IDENTITY,
    "treatment": TREATMENT,
    "staff": STAFF,
    "water": WATER,
    "electrics": ELECTRICS,
    "structure_danger": STRUCTURE_DANGER,
    "passers_by": PASSERS_BY,
    "flood_water": FLOOD_WATER,
    "inside_home": INSIDE_HOME,
    "fire_safety": FIRE_SAFETY,
    "misbehaviour": MISBEHAVIOUR,
    "misconduct": MISCONDUCT,
    "election": ELECTION,
    "election_problem": ELECTION_PROBLEM,
    "video": VIDEO,
    "spreading": SPREADING,
    "impersonation": IMPERSONATION,
    "controversy": CONTROVERSY,
    "legal": LEGAL,
    "media": MEDIA,
    "outlet": OUTLET,
    "journalist_words": JOURNALIST_WORDS,
    "politician": POLITICIAN,
    "politician_title": POLITICIAN_TITLE,
    "keyword_noise": KEYWORD_NOISE,
    "other_borough": OTHER_BOROUGH,
    "brent_place": BRENT_PLACE,
    "council": COUNCIL,
    "praise": PRAISE,
    "opinion_bait": OPINION_BAIT,
    "own_service": OWN_SERVICE,
    "chasing": CHASING,
    "fault": FAULT,
    "location": LOCATION,
    "website": WEBSITE,
    "website_fault": WEBSITE_FAULT,
    "conversation": CONVERSATION,
    "echo": ECHO,
    "resolved": RESOLVED,
    "scheme": SCHEME,
    "claim_to_correct": CLAIM_TO_CORRECT,
    "question": QUESTION,
    "service": SERVICE,
    "routine_hazard": ROUTINE_HAZARD,
    "insult": INSULT,
    "complaint": COMPLAINT,
}

CUE_FAMILIES: tuple[str, ...] = tuple(_FAMILIES)
