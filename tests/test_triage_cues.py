"""The triage cues, one family at a time, on sentences written for these tests (not the evaluation set).

Each escalation cue fires whatever the reach; each everyday route carries its plain-word reason;
VADER is checked against the cues; FOI validity follows the strategy; a post not in English is
never silently monitored; the same text from the same author gets the same route whatever the
reply count.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from brent_tui.domain.foi import strategy_valid
from brent_tui.domain.models import Platform, Route
from brent_tui.domain.triage import Suggestion, TriageInput, TriageSettings, detect_foi, suggest

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def run(text: str, settings: TriageSettings | None = None, **kw: object) -> Suggestion:
    kw.setdefault("platform", Platform.X)
    kw.setdefault("author_handle", "@resident")
    kw.setdefault("author_followers", 40)  # low reach: the cue alone must escalate
    return suggest(TriageInput(text=text, created_at=NOW, now=NOW, **kw), settings)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- always escalate: a person at risk


@pytest.mark.parametrize(("text", "why"), [
    ("Gas smell really strong in our stairwell in Chalkhill, people are still inside", "emergency: gas leak"),
    ("Smoke pouring from the third floor of the tower in Alperton, can hear alarms", "risk to life"),
    ("Water is coming through the ceiling light in our flat and the electrics are sparking", "risk to life"),
    ("Man collapsed outside Wembley Central station, not responding, where is the ambulance", "risk to life"),
    ("Flat 2 at the back can't get their door open, the water is rising", "risk to life"),
    ("My neighbour Doris is 87 and I haven't seen her since Sunday, her milk is still on the step", "safeguarding"),
    ("Nobody's seen the old man at number 12 for a week and there's a smell coming from his flat", "safeguarding"),
    ("A woman is screaming in the flat next door and I can hear things smashing, what do I do", "safeguarding"),
    ("My friend says her husband hits her and she's too scared to leave, can the council help her?",
     "safeguarding"),
    ("There's a little boy on his own at the bus stop on Harrow Road, it's 10pm and he's crying", "a child at risk"),
    ("Kids as young as 12 are being used to sell drugs outside Harlesden station every evening", "child"),
    ("Our 2 month old has had no heating for a week in this freezing weather", "a baby, an elderly"),
    ("Rough sleeper in Gladstone Park looks blue with cold and isn't moving", "risk to life"),
    ("There's a teenager sleeping in the doorway of the Co-op on Kilburn High Road, third night now",
     "sleeping rough and young"),
    ("I feel like ending it all, Brent housing have destroyed my life", "self-harm"),
    ("I can't keep going like this, might just take all the pills tonight", "self-harm"),
    ("My uncle died waiting three months for the care package Brent promised", "a death"),
    ("Next time that warden tickets me I'll smash his face in", "a threat of violence"),
    ("Carbon monoxide alarm going off in the flat below and nobody is answering", "risk to life"),
    ("Kid just fell into the canal by the Grand Union path", "risk to life"),
])
def test_a_person_at_risk_escalates_whatever_the_reach(text: str, why: str) -> None:
    s = run(text)
    assert s.route is Route.ESCALATE, s.route_reason
    assert why in s.route_reason
    assert s.importance.level in ("high", "very high")


def test_a_death_long_past_or_condolences_elsewhere_are_not_an_incident() -> None:
    assert run("Single person discount removed from my account 31122334, I've lived alone since my husband "
               "died in 2015").route is Route.CUSTOMER_SERVICES
    assert run("RIP to the lad who died in the crash on the M1, thoughts with his family").route is Route.MONITOR


@pytest.mark.parametrize(("text", "words"), [
    ("Mi vecina de 80 años vive sola y no la he visto desde el lunes, la luz está apagada", "no la he visto"),
    ("Nie widziałam mojej sąsiadki od tygodnia, jest starsza i mieszka sama", "nie widziałam"),
    ("Há fumaça saindo do prédio em Wembley, as pessoas estão presas lá dentro!", "fumaça"),
    ("Incendiu la blocul din Stonebridge, e mult fum pe scară", "incendiu"),
    ("ویمبلی میں ہمارے بلاک میں آگ لگی ہے، مدد کریں", "آگ"),
    ("वेम्बली में हमारी इमारत में आग लगी है, मदद करो", "आग"),
])
def test_emergency_and_safeguarding_words_of_brents_languages_escalate(text: str, words: str) -> None:
    s = run(text)
    assert s.route is Route.ESCALATE
    assert "not in English" in s.route_reason and words in s.route_reason


def test_a_foreign_word_that_is_also_english_does_not_escalate_an_english_post() -> None:
    assert run("Gas bill from the council tax team? what is this").route is not Route.ESCALATE


# --------------------------------------------------------------------------- escalate: risk to the council


@pytest.mark.parametrize(("text", "why"), [
    ("You've sent my council tax bill to my old address where my ex lives", "data breach"),
    ("Got someone else's parking permit letter through my door with their name, address and car reg",
     "data breach"),
    ("Brent council tax letters are going out with other residents' names and account numbers on them",
     "data breach"),
    ("The housing officer called my son a dirty foreigner in front of everyone at the Civic Centre",
     "discrimination"),
    ("Staff at the leisure centre wouldn't let my wife in because of her headscarf", "discrimination"),
    ("Disgusting homophobic comment from a council officer at the town hall today", "discrimination"),
    ("A council officer asked me for cash to speed up my housing application", "misconduct"),
    ("Polling station at St Mary's in Kilburn didn't open until 9am, people were turned away", "election"),
    ("This TikTok of a Brent parking warden ticketing a hearse is all over my feed", "a video spreading"),
    ("Clip of the bin lorry driving on the pavement in Neasden has 80k views", "a video spreading"),
    ("Got a text saying it's from Brent Council asking me to pay arrears through a link. Is this legit?",
     "impersonating"),
    ("We are issuing proceedings against Brent for the disrepair in my mum's flat", "legal threat"),
    ("Residents are furious about the plan to close Kensal Rise library, 3,000 have signed", "controversial"),
    ("The fire doors in our block are propped open and the fire alarm isn't working, it's a death trap",
     "fire safety"),
    ("The warden on Ealing Road was so aggressive, shouted at my elderly dad and swore at him", "misconduct"),
])
def test_what_could_hurt_the_council_escalates(text: str, why: str) -> None:
    s = run(text)
    assert s.route is Route.ESCALATE, s.route_reason
    assert why in s.route_reason


@pytest.mark.parametrize(("text", "kw", "why"), [
    ("I'm a reporter at the Ham & High, could someone at @Brent_Council call me about the library closures?", {},
     "media enquiry"),
    ("Doing a story on temporary accommodation in Brent, any families want to talk? DMs open", {},
     "media enquiry"),
    ("Are Brent's libraries closing this summer? Asking for BBC London", {}, "a news outlet asking"),
    ("Does @Brent_Council know when the Wembley Park road closures end?",
     {"author_name": "Jo Reed", "author_handle": "@joreed_news"}, "journalist or news outlet"),
    ("When will the council fix the potholes on Church Road?",
     {"author_name": "Cllr Amy Fox", "author_handle": "@cllramyfox"}, "politician"),
    ("Lovely to see @Brent_Council's new library open in Willesden today",
     {"author_name": "Sam Okoye MP", "author_handle": "@SamOkoyeMP"}, "politician"),
    ("As your local councillor I'm asking @Brent_Council to fix the lights on Dudden Hill Lane", {},
     "politician"),
    ("The new parking zone is a disgrace @Brent_Council", {"author_followers": 250_000}, "highly influential"),
    ("Why has @Brent_Council shut the Vale Farm pool again?", {"author_verified": True, "author_followers": 3_000},
     "a verified account"),
])
def test_influential_authors_on_a_council_matter_escalate_even_politely(text: str, kw: dict, why: str) -> None:
    s = run(text, **kw)
    assert s.route is Route.ESCALATE, s.route_reason
    assert why in s.route_reason


def test_influential_authors_saying_nothing_about_the_council_are_monitored() -> None:
    assert run("Wembley looking gorgeous tonight", author_followers=900_000).route is Route.MONITOR
    assert run("Great night at the arena, thanks London", author_verified=True).route is Route.MONITOR
    assert run("Brent crude up 2% as supply worries grow", author_name="Energy News Daily",
               author_handle="@energynewsdaily").route is Route.MONITOR


def test_low_reach_insults_are_monitored_but_threats_escalate() -> None:
    insult = run("brent council are useless clowns")
    assert insult.route is Route.MONITOR and "abusive language" in insult.criticality.reason
    assert run("someone should torch the civic centre").route is Route.ESCALATE


# --------------------------------------------------------------------------- the everyday routes


@pytest.mark.parametrize(("text", "why"), [
    ("My bin has been missed three weeks running at 14 Oakland Road", "a matter at an address"),
    ("Still no response to my council tax appeal, ref CT-99812, it's been six weeks", "reference CT-99812"),
    ("Streetlight outside our house on Carlton Vale has been out for a fortnight, reported it twice",
     "their own service"),
    ("I applied for a resident permit in January and still haven't received it, paid online",
     "chasing their own request"),
    ("Broken paving slabs on the corner of Mora Road, someone will trip", "a fault at a place"),
    ("@Brent_Council recycling??", "chasing a service in a word"),
])
def test_route_2_a_persons_own_case(text: str, why: str) -> None:
    s = run(text)
    assert s.route is Route.CUSTOMER_SERVICES, s.route_reason
    assert why in s.route_reason and "24 h" in s.route_reason


@pytest.mark.parametrize(("text", "why"), [
    ("What day is the garden waste collected in Kenton?", "a question"),
    ("Is the Civic Centre open on bank holiday Monday?", "a question"),
    ("Where can I get a replacement food caddy in Harlesden?", "a question"),
    ("The council website's parking permit page keeps crashing on my phone", "a website fault"),
    ("@Brent_Council my bins in Edgware haven't been done for a fortnight", "meant for another council"),
])
def test_route_3_questions_website_faults_and_other_councils(text: str, why: str) -> None:
    s = run(text)
    assert s.route is Route.WEB_TEAM, s.route_reason
    assert why in s.route_reason


def test_a_website_fault_goes_to_the_web_department() -> None:
    assert run("The council website's parking permit page keeps crashing on my phone").department == "Web"


@pytest.mark.parametrize(("text", "why"), [
    ("Thank you @Brent_Council for sorting the fly tip so quickly!", "thanks or praise"),
    ("Shout out to the crew on Fryent Way this morning, spotless", "thanks or praise"),
    ("great job as usual Brent 🙄", "sarcasm"),
    ("do you honestly think the new bin contract is working? yes or no", "opinion bait"),
    ("Brent crude up 2% on supply fears", "keyword noise"),
    ("Ealing's parking wardens are worse than ours", "another borough"),
    ("Lovely walk round the Welsh Harp this morning", "thanks or praise"),
    ("Passed my driving test in Wembley today!!", "no particular consequence"),
])
def test_route_1_praise_jibes_noise_and_chatter(text: str, why: str) -> None:
    s = run(text)
    assert s.route is Route.MONITOR, s.route_reason
    assert why in s.route_reason


@pytest.mark.parametrize(("text", "route", "why"), [
    ("wow. RT @someone_else Is Brent really closing all the libraries?", Route.MONITOR, "a reshare"),
    ("Well done Barnet Council on the new play area in Mill Hill, the kids loved it", Route.MONITOR,
     "another borough"),
    ("Thoughts with the family of the cyclist who died on the A406 this morning", Route.MONITOR, "no particular"),
    ("Someone has spray painted tags all over the bus shelter on Dudden Hill Lane", Route.CUSTOMER_SERVICES,
     "a fault at a place"),
    ("@Brent_Council the blue badge renewal form errors every time I press submit", Route.WEB_TEAM,
     "a website fault"),
    ("Is there a holiday club for teenagers this summer? My son's 13 and bored stiff", Route.WEB_TEAM,
     "a question"),
])
def test_reshares_other_councils_condolences_graffiti_forms_and_questions(text: str, route: Route,
                                                                         why: str) -> None:
    s = run(text)
    assert s.route is route, s.route_reason
    assert why in s.route_reason


def test_a_blog_post_that_asked_the_council_for_a_response_is_press_interest() -> None:
    text = ("Why are so many Brent families still in hotels? " + "We looked at the figures for the year. " * 12
            + "Brent Council has been asked for a response and we will publish it in full.")
    s = run(text, platform=Platform.RSS, author_followers=None, author_name="Harlesden Housing Blog")
    assert s.route is Route.ESCALATE and "media enquiry" in s.route_reason


def test_a_long_thread_that_mentions_brent_in_passing_asks_nothing() -> None:
    text = ("Five things councils get wrong online. " + "Most of them treat it as broadcast, Brent included. " * 12
            + "What would you add?")
    assert run(text, platform=Platform.LINKEDIN).route is Route.MONITOR


def test_a_foreign_word_of_danger_is_a_whole_word_not_part_of_another() -> None:
    """"சிக்கி" (trapped) inside "வசிக்கிறேன்" (I live) is not a danger; Arabic's attached "and"/"the" still
    lets a word be found ("والدخان": and the smoke)."""
    own = run("என் கவுன்சில் வரி பில்லில் தள்ளுபடி நீக்கப்பட்டுள்ளது, நான் தனியாகத்தான் வசிக்கிறேன். கணக்கு எண் 40718823")
    assert own.route is not Route.ESCALATE
    assert run("حريق في العمارة والدخان في الدرج، أين الإطفاء؟").route is Route.ESCALATE


@pytest.mark.parametrize("text", [
    "আমাদের বিল্ডিং এর সিঁড়িতে দুই দিন ধরে গ্যাসের গন্ধ, আজ সকালে আরও বেশি।",  # Bengali: a smell of gas
    "در راهرو ساختمان بوی گاز شدید می‌آید و کسی جواب نمی‌دهد",  # Farsi: a strong smell of gas
    "Na klatce schodowej czuć gazem od rana, sąsiedzi mają małe dzieci",  # Polish: it smells of gas
])
def test_a_smell_of_gas_in_brents_languages_is_an_emergency(text: str) -> None:
    assert run(text).route is Route.ESCALATE


def test_arabic_short_vowels_and_hamza_do_not_hide_a_word() -> None:
    """"Go back to your country", written with its vowel marks and the hamza under the alef."""
    assert run("قال لي الموظف: تعلّم الإنجليزية أولاً أو ارجِع إلى بلدك").route is Route.ESCALATE


@pytest.mark.parametrize("text", [
    "आपसे प्रार्थना है कि जल्दी आएं, सीढ़ियों में आग लगी है, बच्चे अंदर हैं",  # "we request you": not a prayer
    "ندعو البلدية للتحرك فورا، حريق في العمارة والأطفال في الداخل",  # "we call on the council"
    "मेरे पड़ोस में आग।",  # a danda ends the word
    "الدرج كالدخان الأسود، ماذا نفعل؟",  # "like the smoke": Arabic's attached "like the"
])
def test_a_foreign_emergency_is_not_hidden_by_a_word_with_two_senses_or_by_punctuation(text: str) -> None:
    assert run(text).route is Route.ESCALATE


def test_letters_typed_two_ways_are_one_letter() -> None:
    """The Persian keyboard's yeh (ی) and the Arabic one (ي) are the same letter to a reader."""
    assert run("حریق في العمارة، أين الإطفاء؟").route is Route.ESCALATE
    assert run("حريق في العمارة، أين الإطفاء؟").route is Route.ESCALATE


def test_prayers_after_an_incident_in_another_language_are_sympathy_not_an_alert() -> None:
    assert run("नीसडन की आग में जिन परिवारों का घर गया, उनके लिए दुआएं 🙏").route is Route.MONITOR
    assert run("नीसडन में आग लगी है, धुआं सीढ़ियों में है, क्या कोई आ रहा है?").route is Route.ESCALATE


def test_a_plain_foreign_word_for_help_is_not_an_emergency() -> None:
    s = run("મારો કચરો બે અઠવાડિયાથી ઉપાડ્યો નથી, કૃપા કરીને મદદ કરો. 12 Ealing Road HA0")
    assert s.route is Route.CUSTOMER_SERVICES


def test_praise_is_kept_away_from_customer_services() -> None:
    s = run("Massive thanks for fixing the streetlight on our road so quickly")
    assert s.route is Route.MONITOR


# --------------------------------------------------------------------------- conversations and threads


def test_a_thread_is_a_conversation_but_an_empty_reply_is_not() -> None:
    text = "The new School Street on Donnington Road has made drop-off so much calmer for us"
    assert run(text, is_reply=True, thread_mentions=6).route is Route.SERVICE_CONVERSATION
    assert run("same 😂", is_reply=True, thread_mentions=6).route is Route.MONITOR
    own = run("Got a PCN AB12345678 on our own road during the trial", is_reply=True, thread_mentions=6)
    assert own.route is Route.CUSTOMER_SERVICES  # a person's own case, raised inside a thread


@pytest.mark.parametrize("text", ["has anyone checked on him??", "this is getting dangerous now",
                                  "any update on this?", "nobody's come yet", "this happened to my mum too",
                                  "Where do I report this?"])
def test_a_worried_reply_under_an_escalated_post_is_escalated_with_it(text: str) -> None:
    """The danger is in the thread: a short reply asking after the person, or saying it is worse or still
    unanswered, goes with the escalation; sympathy, laughter and the same words alone do not."""
    assert run(text, is_reply=True, thread_mentions=3, answers_escalation=True).route is Route.ESCALATE
    assert run(text, is_reply=True, thread_mentions=3).route is not Route.ESCALATE


@pytest.mark.parametrize("text", ["we found her on the kitchen floor", "the smell turned up again tonight",
                                  "she no longer answers the door", "it still hasn't been resolved"])
def test_the_reporters_follow_up_is_not_taken_for_the_all_clear(text: str) -> None:
    s = run(text, is_reply=True, thread_mentions=3, answers_escalation=True, follows_own_escalation=True)
    assert s.route is Route.ESCALATE
    assert run("all sorted now, engineer came, thank you", is_reply=True, thread_mentions=3, answers_escalation=True,
               follows_own_escalation=True).route is not Route.ESCALATE


@pytest.mark.parametrize("text", ["So sorry, thinking of him ❤️", "lmao brent council strikes again 😂",
                                  "thank you, at least someone is listening 🙏"])
def test_sympathy_laughter_and_thanks_under_an_escalated_post_are_not_raised(text: str) -> None:
    assert run(text, is_reply=True, thread_mentions=3, answers_escalation=True).route is not Route.ESCALATE


def test_people_discussing_a_scheme_outside_a_thread_is_a_conversation() -> None:
    s = run("Has everyone seen the consultation on the Harlesden CPZ? Closes Friday, please respond")
    assert s.route is Route.SERVICE_CONVERSATION
    assert "has everyone seen" in s.route_reason


@pytest.mark.parametrize("replies", [0, 3, 12, 400])
def test_the_same_text_and_author_get_the_same_route_whatever_the_reply_count(replies: int) -> None:
    base = run("Does anyone know when the CPZ consultation closes?")
    again = run("Does anyone know when the CPZ consultation closes?", thread_replies=replies)
    assert (again.route, again.route_reason) == (base.route, base.route_reason)


# --------------------------------------------------------------------------- criticality: VADER against the cues


def test_a_flooding_plea_is_never_read_as_positive() -> None:
    s = run("Anyone affected by the flooding on Harrow Road please stay safe, what is the plan?")
    assert s.sentiment > 0  # VADER alone calls it positive
    assert s.criticality.reason.startswith("tone: very negative")
    assert "VADER read positive" in s.criticality.reason and "the cues win" in s.criticality.reason


def test_a_calm_report_with_a_complaint_is_critical_and_the_reason_says_so() -> None:
    s = run("My basement flat is flooding and the out of hours line just rings out")
    assert s.route is Route.ESCALATE
    assert "the cues win" in s.criticality.reason


def test_when_vader_and_the_cues_agree_no_override_is_claimed() -> None:
    s = run("Awful, disgraceful service, my bin missed again at 3 Park Road")
    assert "the cues win" not in s.criticality.reason
    assert s.criticality.reason.startswith("tone: very negative")


# --------------------------------------------------------------------------- FOI


@pytest.mark.parametrize("text", [
    "@Brent_Council can u foi how many parking fines you issued in Wembley this year",
    "Could @Brent_Council tell me how many HMO licences were revoked since 2022?",
    "How much did the council spend on agency staff in 2025?",
    "Hi, I'm a reporter at the Kilburn Times. Could your press office tell me how many households are in B&Bs?",
    "Could your press team tell me how many Brent households are in temporary accommodation?",
])
def test_foi_requests_without_the_usual_words(text: str) -> None:
    assert detect_foi(text)


@pytest.mark.parametrize("text", [
    "Please provide the schedule of gully cleaning for Kenton ward",
    "Could you send me a copy of the tree survey for Roundwood Park?",
    "I would like the list of streets due for resurfacing next year",
])
def test_requests_for_recorded_documents_are_foi(text: str) -> None:
    assert detect_foi(text)


@pytest.mark.parametrize("text", [
    "Pedido ao abrigo da Lei da Liberdade de Informacao: o numero de reparações feitas em 2025",
    "Wniosek o dostęp do informacji publicznej: ile mandatów wystawiono w 2025?",
    "@Brent_Council তথ্য অধিকার আইনে জানতে চাই: ২০২৫ সালে কতগুলো গাছ কাটা হয়েছে?",
    "سوال تحت قانون حرية المعلومات: كم عدد الشكاوى",
    "How do I make an FOI request? I want the number of PCNs issued on Ealing Road in 2025",
    "Can you tell me under freedom of info how many fixed penalty notices you gave out in 2025",
    "محترم برینٹ کونسل، فریڈم آف انفارمیشن ایکٹ کے تحت میری درخواست ہے",
    "@Brent_Council ২০২৫ সালে কতগুলো পরিবারকে লন্ডনের বাইরে পাঠানো হয়েছে? সংখ্যাটা জানাবেন।",
    "Ile mandatów za parkowanie wystawiono na Ealing Road w 2025?",
    "چه تعداد شکایت در ۲۰۲۵ ثبت شد؟",  # Persian digits
    "کم عدد الشكاوى المسجلة في 2025؟",  # typed on a Persian keyboard
])
def test_foi_requests_in_brents_other_languages_and_after_asking_how(text: str) -> None:
    """The Act named in the languages most spoken in Brent is as much a request as in English; a
    question on how to make one still asks for information when the rest of the post does."""
    assert detect_foi(text)


@pytest.mark.parametrize("text", [
    "How much are they paying the chief exec to ignore us? 🙄",
    "How many times do I have to report the same pothole before you fix it",
    "How much is a visitor permit this year?",
    "Ele foi ao centro de Wembley ontem",
    "Ile razy dzwoniłam od 2024 roku i nic!",
    "फ्रीडम पास कब तक मिलेगा?",
    # From a stranger's review: a price, the asker's own lot, how long to wait, an amount, a name.
    "Could you tell me how much a visitor parking permit costs?",
    "Can you tell me how many bags I can put out?",
    "Ile jeszcze mam czekać na naprawę? Zgłosiłam w 2024.",
    "Ile kosztuje pozwolenie? Zapłaciłam 2000 zł",
    "¿Cuántos días más tengo que esperar? Lo reporté en 2024",
    "Cate Blanchett spotted at Wembley Park 2025",
    "फ्रीडम पास की इन्फॉर्मेशन कहाँ मिलेगी?",
    "فریڈم پاس کی انفارمیشن کہاں ملے گی؟",
    "Please provide an update on my repair, it's been a month",
    "please send someone to fix it",
    "how do i actually make a freedom of information request to brent? is there a form",
    "Where can I submit an FOI request to the council?",
])
def test_jibes_and_everyday_questions_are_not_foi(text: str) -> None:
    assert not detect_foi(text)


def test_foi_validity_per_the_strategy() -> None:
    assert strategy_valid("Priya Raman", "@priya_r", "FOI: number of potholes filled in 2025")
    assert strategy_valid("pr", "@pr", "FOI: potholes filled in 2025. Priya Raman, priya.raman@example.org")
    assert not strategy_valid("pr", "@pr", "FOI: potholes filled in 2025. priya.raman@example.org")
    assert not strategy_valid("Bins Watch NW10", "@binswatch", "FOI: missed bins in 2025")
    assert not strategy_valid("Priya", "@priya", "FOI: missed bins in 2025")


def test_valid_foi_goes_to_customer_services_and_invalid_to_the_web_team() -> None:
    valid = run("FOI request: how many potholes were filled in 2025?", author_name="Priya Raman")
    assert (valid.route, valid.foi, valid.foi_valid) == (Route.CUSTOMER_SERVICES, True, True)
    invalid = run("FOI request: how many potholes were filled in 2025?", author_name="PR")
    assert (invalid.route, invalid.foi, invalid.foi_valid) == (Route.WEB_TEAM, True, False)
    assert "explain how to make a valid request" in invalid.route_reason
    press = run("FOI request: how many potholes were filled in 2025? Priya Raman, reporter, Kilburn Times",
                author_name="Priya Raman")
    assert press.route is Route.ESCALATE and press.foi
    assert run("Lovely day in Kilburn").foi_valid is None  # only an FOI request has a validity


# --------------------------------------------------------------------------- language


def test_thanks_and_greetings_in_another_language_are_monitored() -> None:
    s = run("Obrigado @Brent_Council pelo parque novo em Harlesden, ficou lindo!")
    assert s.route is Route.MONITOR and "thanks, praise or a greeting" in s.route_reason


def test_a_post_not_in_english_is_never_silently_monitored() -> None:
    asked = run("Hola @Brent_Council, ¿cuándo recogen la basura en Wembley?")
    assert asked.route is Route.WEB_TEAM
    told = run("Bună ziua @Brent_Council, am plătit permisul de parcare dar nu l-am primit")
    assert told.route is Route.WEB_TEAM and "not in English" in told.route_reason
    chat = run("Qué frío hace hoy en Kilburn, parece invierno")
    assert chat.route is Route.MONITOR and "a reader should check" in chat.route_reason
    ref = run("Olá, recebi uma conta errada, número da conta 30512345")
    assert ref.route is Route.CUSTOMER_SERVICES  # a reference number needs no English


# --------------------------------------------------------------------------- settings


def test_a_cue_family_can_be_replaced_in_the_config_and_unknown_ones_are_refused() -> None:
    s = TriageSettings.model_validate({"cues": {"outlet": ["Wembley Gazette"]}})
    assert s.cues["outlet"] == ["Wembley Gazette"]
    assert s.cues["self_harm"]  # the other families keep their defaults
    assert run("Is the library closing? Asking for the Wembley Gazette", s).route is Route.ESCALATE
    with pytest.raises(ValidationError, match="unknown cue families"):
        TriageSettings.model_validate({"cues": {"selfharm": ["x"]}})
    with pytest.raises(ValidationError, match="only allowed at the end"):
        TriageSettings.model_validate({"cues": {"praise": ["*thanks"]}})


# --------------------------------------------------------------------------- more sentences, every route

# Written for these tests after the cue families, to check that wording not seen while building them
# still reads right (route, text, and anything else the author or thread adds).
SENTENCES: list[tuple] = [
 (5, "@Brent_Council there's a baby crying non stop in the flat above for hours and no one's answering the door, should I call someone?"),
 (5, "elderly man wandering down Kenton Road in his pyjamas, seems confused, no coat"),
 (5, "The stairwell lights in our block have been out for a month and a woman was attacked there last night"),
 (5, "My daughter's school told her she can't wear her hijab in PE. Is that even legal @Brent_Council"),
 (5, "Brent housing just emailed me a PDF with another family's medical history in it"),
 (5, "a van took out the lamp post on Ealing Road, it's lying on the pavement with the wires hanging out of the base"),
 (5, "Cllr Patel has been using the council car for his family shopping, photos attached", dict(author_followers=900)),
 (5, "The planning committee approved the Alperton towers after the chair had dinner with the developer. Funny that."),
 (5, "Hi @Brent_Council, Lucy from the Evening Standard. Do you have a comment on the closure of the Stonebridge hostel?"),
 (5, "New from me: Brent has the longest EHCP waits in London. Council says it is 'working hard'. Link below", dict(author_name="Dan Price", author_handle="@danprice_ldr", author_followers=4100)),
 (5, "Residents of Chalkhill, I'm your councillor and I'm meeting housing officers tomorrow about the damp. Message me your flat numbers", dict(author_name="Cllr Rita Shah", author_handle="@cllrritashah")),
 (5, "Brent Council are a disgrace, my nan has been left in a freezing flat with no heating for 3 weeks, she's 91"),
 (5, "Someone's been living in the broken down van on Dudley Road for weeks, I think he's really ill"),
 (5, "the tree on our road has a huge crack and is leaning over the school gate, it could fall any minute"),
 (5, "Scaffolding on Walm Lane swaying in the wind, looks like it's about to come down on the pavement"),
 (5, "If I get evicted next week I'm going to end it, I mean it"),
 (5, "Sinkhole opened up outside Willesden Green station, a car's half in it"),
 (5, "Lift in Kilburn Square tower broken again, my neighbour in a wheelchair is stuck on the 17th floor for the third day"),
 (5, "The Brent Council account has been hacked, it's posting crypto links"),
 (5, "We've issued a letter before action to Brent over the school closure"),
 (5, "Video of a Brent parking warden being abused and shoved by a driver has gone viral, 2m views"),
 (2, "Bulky waste booked for Tuesday, nobody came, reference BW-44120"),
 (2, "Been waiting 6 weeks for my housing benefit claim to be processed, rent is due"),
 (2, "@Brent_Council overflowing litter bin on the corner of Harlesden High Street and Park Parade, it's been a week"),
 (2, "The drain outside 22 Kendal Road is blocked and the road floods, can someone come"),
 (2, "Our tenancy renewal letter has the wrong name on it, how do we get it changed?"),
 (2, "i paid my parking fine online but got another letter saying i owe £110???"),
 (2, "Dumped mattresses and a fridge on Brook Avenue again, right outside number 40"),
 (2, "There's been no hot water in our council flat for 5 days. Called the repairs line 4 times."),
 (3, "What are the opening hours for the Harlesden library on Saturdays?"),
 (3, "How do I register my newborn's birth in Brent?"),
 (3, "Can I put pizza boxes in the blue bin?"),
 (3, "Is it true you're bringing in charges for the garden waste bins?"),
 (3, "Where's the nearest recycling centre to Kingsbury that takes old TVs?"),
 (3, "When does the new parking zone in Queens Park start?"),
 (3, "The link on your website to report a missed bin goes to a page not found"),
 (3, "@Brent_Council my bin in Golders Green wasn't emptied"),
 (3, "Is council tax going up this year? By how much?"),
 (4, "Totally agree, the new layout is much safer for the kids crossing", dict(is_reply=True, thread_mentions=5)),
 (4, "Has anyone else had a letter about the Neasden masterplan consultation? What do people think about the tower heights?"),
 (1, "Brentford looked sharp tonight, great away win"),
 (1, "Sunset over the Wembley arch tonight was unreal 🌅"),
 (1, "brent council can't run a bath"),
 (1, "Vote Labour on Thursday in Kilburn! 🌹"),
 (1, "Anyone know a good plumber in Neasden?"),
 (1, "So proud of my daughter graduating today at Wembley Arena 🎓"),
 (1, "Thanks @Brent_Council, the new library in Willesden is beautiful"),
 (1, "lol the queue at Wembley Park station after the concert"),
 (1, "Harrow council tax is cheaper than Brent's, no surprise"),
 (1, "Lovely to see the community garden in Church End blooming"),
 (1, "Happy Eid to everyone celebrating in Brent! 🌙"),
 (1, "South Brent village fete this Saturday, all welcome!"),
 (1, "@Brent_Council 👏👏👏"),
 (5, "Two young kids knocking on doors on our estate at midnight asking for food, their mum isn't home"),
 (5, "my mum's carer didn't turn up for the third day running, she can't get out of bed on her own @Brent_Council"),
 (5, "Huge crowd crush outside Wembley Park station after the concert, people falling over"),
 (5, "Electrical cupboard in our block is smoking and smells of burning plastic"),
 (5, "A council worker at the Harlesden hub told my father he should 'go back where he came from'"),
 (5, "Just found out my neighbour's council tax statement was attached to my email. Full name and bank details."),
 (5, "I don't want to be alive anymore. Brent took my kids and nobody will listen"),
 (5, "Candidate for Kilburn here: the Brent housing waiting list is a scandal and I'll say so at the hustings", dict(author_name="Maya Lewis", author_handle="@mayalewis4kilburn")),
 (5, "BREAKING: Brent Council's chief executive to step down after damning report", dict(author_name="MyLondon News", author_handle="@mylondonnews", author_followers=60000)),
 (5, "Our video of the rubbish piled up in Church End has been shared 10,000 times. Over to you @Brent_Council"),
 (5, "Warning: people are knocking on doors in Wembley pretending to be from Brent Council and asking for cash"),
 (5, "The man at the Civic Centre desk refused to help me because of my accent. Absolutely disgusting."),
 (5, "Water pouring through the ceiling of the flat below and the lights have gone out, there's an old lady in there"),
 (5, "Brent's new bin contract has been a disaster and my 320k followers deserve to know why @Brent_Council", dict(author_followers=320000)),
 (2, "PCN issued to my car while I was loading, it was 3 minutes. Reference BT33445566"),
 (2, "The streetlight outside number 7 Brook Road has been flickering for 2 weeks"),
 (2, "My mum's assisted collection has stopped since the new contractor, she lives at 5 Oak Way HA9"),
 (2, "Can someone from housing call me back? Still waiting on my transfer decision, case 4455102"),
 (2, "Council tax says I owe £300 but I paid in full in April. Who do I talk to?"),
 (2, "Fly tipping again behind the shops on Preston Road, bags everywhere and rats"),
 (3, "Do you still give out free food waste bags? Where from?"),
 (3, "When is the next household support fund round opening?"),
 (3, "Are libraries open on Easter Monday?"),
 (3, "How much is a resident parking permit in Zone GA?"),
 (3, "Is the Kilburn High Road closure for gas works or water works? Any end date?"),
 (3, "Your app says my street has no collection this week, is that right?"),
 (1, "Wembley on a Saturday morning hits different"),
 (1, "Love the new murals under the railway bridge in Harlesden 😍"),
 (1, "Brent Council absolutely useless as always"),
 (1, "great, another consultation nobody will read 🙄"),
 (1, "Watching the Brent-WTI spread like a hawk today"),
 (1, "Shoutout to the lollipop lady outside Malorees, she's a legend"),
 (1, "Anyone going to the Wembley market this Sunday?"),
 (1, "Barnet bins are collected weekly and ours aren't, jealous"),
 (1, "RIP Nan, you were the heart of Harlesden ❤️"),
 (1, "Council really said 'we hear you' and then did nothing lmao"),
 (4, "Ours was the same, the consultation map doesn't even show our street", dict(is_reply=True, thread_mentions=8, platform="facebook")),
 (4, "Agree with Sue, we should all object before Friday", dict(is_reply=True, thread_mentions=4, platform="facebook")),
 (5, "Quick one for @Brent_Council - how many families are currently in B&Bs over the 6 week limit? Writing this up for Monday", dict(author_name="Priya Desai", author_handle="@priyadesai_writes", author_followers=7000, author_verified=True)),
 (5, "Congratulations to the Brent youth team on their award tonight! 👏", dict(author_name="Jane Obi MP", author_handle="@JaneObiMP", author_followers=30000, author_verified=True)),
 (5, "@Brent_Council residents on Carlton Vale tell me the lift has been out for 2 weeks. What is the plan?", dict(author_name="Cllr Tom Hart", author_handle="@CllrTomHart", author_followers=1200)),
 (5, "omg there's a man on the roof of the car park at Wembley Central threatening to jump"),
 (5, "Strong smell of gas outside 14 Harlesden Gardens, kids playing nearby"),
 (5, "Kid came off his bike and hit his head on the broken kerb on Church Road, ambulance is here"),
 (5, "fire on the 5th floor at Stonebridge, smoke everywhere"),
 (5, "She hasn't collected her post or opened her curtains in 5 days and she's 88. I'm worried sick"),
 (5, "nobody cares that my 15 year old has been excluded and is now hanging round with older lads dealing"),
 (5, "Brent council sent my SAR response with my neighbour's safeguarding file in it. Absolutely shocking."),
 (5, "We are taking Brent to judicial review over the library closures"),
 (5, "The parking attendant called my wife a 'stupid Paki'. We have it on camera."),
 (5, "Entire Facebook group of 12k residents up in arms about the new LTN, please read the comments @Brent_Council"),
 (5, "Ya no aguanto más, el ayuntamiento me quiere echar de mi casa y no tengo a dónde ir. No sé si seguiré aquí mañana."),
 (5, "Pożar na klatce schodowej w bloku przy Church Road, dym wszędzie!"),
 (5, "@Brent_Council un enfant de 6 ans seul dans la rue à Kilburn depuis une heure, il pleure"),
 (2, "@Brent_Council reported a dangerous paving slab outside the Co-op on Walm Lane 3 weeks ago, ref 55190233, still not fixed"),
 (2, "my green bin's been missed 3 times now on Harrow Road NW10 and no one answers the phone"),
 (2, "Got a £130 PCN for a yellow box junction I didn't even stop in, HG56 WTR, want to appeal"),
 (2, "I've been charged for garden waste twice this year, account 22019384"),
 (2, "The council tax reduction I applied for in March still hasn't come through, rent arrears building up"),
 (3, "Can anyone tell me when the next Brent Civic Centre citizenship ceremony is?"),
 (3, "Hi, is there a number for reporting noisy neighbours out of hours in Brent?"),
 (3, "Do I need a licence to put a skip outside my house in Brent?"),
 (3, "¿Dónde puedo registrarme para votar en Brent? @Brent_Council"),
 (3, "@Brent_Council what's the bin day for Kenton Road? Just moved in"),
 (3, "your planning search page won't load in Chrome"),
 (1, "the 83 bus is a joke as usual"),
 (1, "Watching Brentford v Arsenal, what a goal"),
 (1, "Kilburn High Road on a Friday night 🔥🔥"),
 (1, "We love our little library in Kensal Rise 💚"),
 (1, "Big up Brent for the Notting Hill carnival vibes haha"),
 (1, "can't believe they're digging up Chamberlayne Road AGAIN, every single year lol"),
 (1, "Brent is the best borough in London and I will not be taking questions"),
 (1, "@Brent_Council 🤡🤡🤡"),
 (1, "Spotted Brent geese at Rainham Marshes today"),
 (1, "Feliz Navidad a todos en Wembley 🎄"),
 (4, "I spoke to the officer at the drop-in and she said the cycle lane will be reviewed after 6 months", dict(is_reply=True, thread_mentions=6)),
 (4, "We need crossings on the Salusbury Road too, not just paint", dict(is_reply=True, thread_mentions=3, platform="mastodon")),
 (5, "URGENT: young girl, maybe 12, getting into cars with different men outside the chicken shop on Harlesden High St every night"),
 (5, "Hearing that Brent has paused all new EHCP assessments. Can the council confirm? Deadline 4pm", dict(author_name="Sam Cole", author_handle="@samcole", author_followers=5200)),
 (5, "The council's contractor cut through a gas pipe on Neasden Lane, whole street's been evacuated"),
 (5, "my brother hasn't eaten in days, he's been sleeping in the stairwell since Brent housing kicked him out"),
 (5, "There's water coming out of the electric meter cupboard in our block, it's buzzing"),
 (5, "Resident here: the new tower next to ours has no working fire alarm and people have moved in"),
 (5, "Parents at Byron Court are furious after the council cut SEN transport with two days' notice, petition has 4,000 signatures"),
 (5, "So Brent council leaked my address to the man I have a restraining order against. Thanks for nothing."),
 (5, "I'll be honest, I've been thinking about ending things since the eviction notice came"),
 (5, "The housing officer kept calling me 'love' and asked me out for a drink. I'm a tenant, this is not ok"),
 (5, "Dear @Brent_Council, as MP for Brent North I have raised the Northwick Park traffic chaos with TfL", dict(author_name="R. Mehta", author_handle="@rmehta_brentnorth", author_followers=21000)),
 (5, "@Brent_Council a lamp post has been knocked over on Kingsbury Road, live wires hanging out onto the pavement"),
 (2, "Hi, I moved out of my flat at 9 Oxgate Gardens in May but I'm still getting council tax bills"),
 (2, "Asked for a new recycling bin 3 times online now and nothing, HA3"),
 (2, "Rats coming up from the drain in our back garden, we're council tenants at Lanacre Avenue"),
 (2, "My parking permit expired because the renewal email never came, now I've got a ticket. Reg KM19 PLU"),
 (2, "Our landlord is the council and the window in the kid's bedroom won't shut. Reported it 2 weeks ago"),
 (3, "Is the tip at Abbey Road open on Sundays?"),
 (3, "Hi Brent, how do I get a Freedom Pass for my mum, she turns 66 next month"),
 (3, "Where do I find the results of the Wembley Park parking consultation?"),
 (3, "What's the difference between the blue and grey bins? So confused"),
 (3, "Does Brent do free school meals in the holidays?"),
 (3, "The 'report it' button on the Brent app doesn't do anything"),
 (1, "Not Brent council's finest hour lol"),
 (1, "Brent Cross shopping centre on a Saturday is chaos"),
 (1, "Kenton Road traffic is dreadful every morning"),
 (1, "Big thanks to everyone who came to our street party on Sunday! 🎉"),
 (1, "Harlesden has the best jerk chicken in London, fight me"),
 (1, "@Brent_Council 😂😂😂"),
 (1, "David Brent would be proud of this office party"),
 (1, "Pretty sure Brent council are run by clowns"),
 (1, "Dziękuję za piękny festyn w parku w sobotę!"),
 (5, "Carrie here from ITV London. Is @Brent_Council aware of the sewage coming up in gardens on Cairnfield Avenue?"),
 (5, "Our readers are telling us bins haven't been collected in Kingsbury for a fortnight. Brent, what's going on?", dict(author_name="Harrow & Brent Observer", author_handle="@hbobserver", author_followers=8000)),
 (5, "Proud to support the Brent Youth Parliament today, inspiring young people 💪", dict(author_name="Cllr Nadia Khan", author_handle="@nadiakhan_cllr", author_followers=2300)),
 (5, "The way Brent treats disabled residents is a national scandal. I'll be raising it in Parliament next week", dict(author_name="Ian Ross", author_handle="@ianrossmp", author_followers=45000, author_verified=True)),
 (5, "Waxaa jira dab ka kacay guriga dariskayga Wembley, qiiq badan ayaa ka soo baxaya"),
 (5, "ہمارے پڑوس میں ایک بزرگ خاتون اکیلی رہتی ہیں، ایک ہفتے سے نظر نہیں آئیں"),
 (5, "எங்கள் கட்டிடத்தில் தீ விபத்து, உதவி செய்யுங்கள்!"),
 (5, "અમારા બિલ્ડિંગમાં ગેસ લીક છે, બાળકો અંદર છે"),
 (2, "Someone's dumped what looks like asbestos and needles by the primary school gate on Oakington Manor Drive, kids everywhere"),
 (5, "Heard a lot of screaming and banging from next door then silence. Police not answering. Worried for her"),
 (5, "My dad has dementia and went missing from his care home in Brent this afternoon, he's 79, wearing a blue coat"),
 (2, "Pothole on Forty Lane outside the garage has taken out two of my hubcaps. Claim ref HW/4412"),
 (2, "no collection again on Ivy Road NW2 this week. 4th time."),
 (2, "I've had mould in my daughter's room since October, it's on the clothes now. Flat 12 Elm Court"),
 (2, "The council's direct debit came out on the wrong date and now my rent has bounced"),
 (2, "Street light outside 60 Chatsworth Road not working for a week"),
 (3, "Where can I dispose of an old mattress in Brent?"),
 (3, "Are the council offices open on Good Friday?"),
 (3, "Who do I contact about a dropped kerb application?"),
 (3, "@Brent_Council what's happening with the Kilburn High Road roadworks? How long will they last?"),
 (3, "Bonjour, comment demander une place en crèche à Brent ? @Brent_Council"),
 (1, "Kilburn is so underrated honestly"),
 (1, "Wish the council would just leave Queens Park alone"),
 (1, "lmao the state of the Wembley traffic"),
 (1, "@Brent_Council no one cares"),
 (1, "Congrats to Wembley FC on promotion!"),
 (1, "Brent has the best food scene in London and I'll die on this hill"),
 (1, "The Brent Spar was sunk in 1995? Interesting documentary"),
 (4, "Does anyone know if the school streets camera applies on inset days?", dict(is_reply=True, thread_mentions=9, platform="facebook")),
 (4, "I've written my objection, the height is out of keeping with the rest of the road", dict(is_reply=True, thread_mentions=5, platform="facebook")),
 (5, "A lorry has hit the railway bridge on Harrow Road, bits of concrete falling onto the road"),
 (5, "there's a toddler on a 4th floor balcony on his own in Chalkhill, leaning over the railing"),
 (5, "Teacher at a Brent primary told my son to 'act less black'. Complaint going in today."),
 (5, "@Brent_Council my mum is 92 and her carer hasn't come for 3 days, she can't get to the toilet alone"),
 (5, "This is the 3rd person to die in Brent temporary accommodation this year. When does someone take responsibility?"),
 (5, "Just received a letter from Brent addressed to me with someone else's benefit claim inside, name, NI number, everything"),
 (5, "Hi, I'm producing a segment for BBC London on fly-tipping. Could someone from the council do an interview this week?"),
 (5, "I've asked @Brent_Council repeatedly about the Stonebridge mould cases. My constituents deserve answers.", dict(author_name="Dawn Mills MP", author_handle="@DawnMillsMP", author_followers=30000, author_verified=True)),
 (5, "@Brent_Council FOI request: copies of all correspondence with Quintain about the Wembley Park masterplan in 2025. Jo Ward, Brent & Kilburn Times", dict(author_name="Jo Ward", author_handle="@joward_bkt", author_followers=3000)),
 (2, "FOI request: number of PCNs cancelled on appeal in 2025 by ward. Thanks", dict(author_name="Marcus Bell", author_handle="@marcusbell")),
 (3, "FOI: how much did Brent spend on consultants last year?", dict(author_name="Bins R Us", author_handle="@binsrus")),
 (1, "How much does the council waste on consultants every year, honestly 🙄"),
 (2, "Missed bin again at 3 Queens Walk NW9, reported on the app 3 times"),
 (2, "The pavement outside the Sainsbury's on Kilburn High Road is cracked and my nan tripped on it"),
 (2, "Hello, I got a letter saying my council tax has gone up but I'm on universal credit and single. Account 33221100"),
 (3, "Is there a warm space in Neasden open in the evenings?"),
 (3, "How do I report a dangerous dog in my street?"),
 (3, "What time do the libraries close on Christmas Eve?"),
 (3, "Is the garden waste subscription still £95 or has it gone up?"),
 (1, "Love how Brent council send 5 letters about a consultation nobody asked for lol"),
 (1, "Gladstone Park at sunrise. That's it. That's the tweet."),
 (1, "Lovely community iftar at the Harlesden mosque tonight"),
 (1, "The Brent Valley golf course is lush this morning"),
 (1, "I wouldn't trust Brent council to run a whelk stall"),
 (1, "Mi piace molto Wembley, bellissimo quartiere"),
 (4, "Totally disagree, the scheme has made my road a rat run", dict(is_reply=True, thread_mentions=7, platform="facebook")),
 (4, "Who's going to the Neasden masterplan drop-in on Thursday? Let's get a group together and ask about the heights"),
 (5, "Kids from the estate are climbing on the roof of the empty library on Dollis Hill Lane every night, one's going to fall"),
 (5, "Our neighbour's little girl keeps turning up at our door hungry saying mummy's asleep. It's the 4th time this week."),
 (5, "Man lying in the road at the junction of Church Road and High Road, not moving, cars swerving round him"),
 (5, "Is anyone checking on the rough sleepers in Roundwood Park in this snow? One of them looked blue this morning"),
 (5, "Evacuated from our block in Alperton because of a fire on the 2nd floor, we've been outside for 2 hours with kids"),
 (5, "The Brent housing officer shouted at my elderly mum and made her cry at the counter. Disgraceful."),
 (5, "Brent's SEND team have lost my son's entire file including medical reports. Data protection anyone?"),
 (5, "Brent council tax office leaving people's letters on the bus stop bench, found 20 with names and addresses"),
 (5, "@Brent_Council I am begging you, my kids are sleeping on the floor of a one room hostel with mice. I can't do this"),
 (5, "Two men fighting with a knife outside Kilburn station, police are here now"),
 (5, "Hi @Brent_Council, Harriet at the Guardian here. Do you have a spokesperson available to talk about TA costs?"),
 (5, "Does Brent council have a response to the ombudsman finding published today?", dict(author_name="Kilburn Times", author_handle="@kilburntimes", author_followers=9000, author_verified=True)),
 (5, "Pleased to open the new Willesden community garden with @Brent_Council today 🌱", dict(author_name="Cllr Mo Ahmed", author_handle="@cllrmoahmed", author_followers=900)),
 (5, "Constituents keep contacting me about missed bins in Queensbury. @Brent_Council this needs fixing", dict(author_name="Anna Reid", author_handle="@annareid", author_followers=15000, author_verified=True)),
 (5, "Brent have just closed our tenants hall with no warning and 300 of us are furious. Protest Saturday at the Civic Centre"),
 (5, "A Brent Council van drove through a red light and hit a cyclist on Kilburn Lane, he's on the ground bleeding"),
 (5, "Ninguém vê a minha vizinha idosa há uma semana, ela mora sozinha em Kensal Green"),
 (5, "Dziecko samo na balkonie na 5 piętrze, płacze od godziny, Harlesden"),
 (5, "طفل صغير وحده في الشارع في ويمبلي منذ ساعة ويبكي"),
]


@pytest.mark.parametrize("item", SENTENCES, ids=[f"{i:02d}-route{it[0]}" for i, it in enumerate(SENTENCES)])
def test_sentences_for_every_route(item: tuple) -> None:
    want, text, *extra = item
    kw = {"author_followers": 150, **(extra[0] if extra else {})}
    s = run(text, **kw)
    assert int(s.route) == want, s.route_reason


# --------------------------------------------------------------------------- the issue's own examples


@pytest.mark.parametrize(("text", "route"), [
    ("Shout out to the crew on Fryent Way this morning", Route.MONITOR),  # was customer services
    ("Mould coming back every winter in our flat", Route.CUSTOMER_SERVICES),  # was monitor
    ("New CPZ in Brondesbury with zero consultation", Route.WEB_TEAM),  # was monitor: a claim to answer
    ("Council staff out with sandbags on Harrow Road in the pouring rain. Thank you 🙏", Route.MONITOR),  # was 4
    ("My basement flat in Harlesden is flooding. Who do I call?? council line just rings out", Route.ESCALATE),
])
def test_the_issues_examples(text: str, route: Route) -> None:
    assert run(text).route is route


def test_a_flooding_burst_gets_one_route_whatever_the_thread_size() -> None:
    text = "Anyone affected by the flooding in Stonebridge? Please DM me. @Brent_Council what is the plan?"
    assert {run(text, thread_replies=n).route for n in (0, 2, 9, 40)} == {Route.ESCALATE}



# Everyday posts that use a word of danger in another sense: none of them is an alert.
NOT_ALERTS = [
 "My phone died on the way to Wembley, so annoying",
 "The jerk chicken at that place in Harlesden is to die for",
 "Saka was on fire tonight at Wembley",
 "That set at Wembley Arena absolutely killed it",
 "We've been flooded with messages about the summer festival, thank you all!",
 "Cosy log fire at the pub in Kensal Rise tonight",
 "I could kill for a coffee this morning",
 "Dying to see the new library in Willesden",
 "Loads of kids playing in Gladstone Park on their own bikes, lovely to see",
 "Evacuation drill at the school today, all went smoothly",
 "I'm trapped in a never ending parking permit renewal loop on your website",
 "Kids these days are always on their phones alone in their rooms",
 "My 8 year old loves the summer reading challenge at Kilburn library",
 "Our nan is 90 today! Happy birthday Nan ❤️",
 "Brent crude at $84 a barrel, up 2%",
 "The new Brent council website is fire 🔥",
 "This heat is killing me",
 "Lost my keys somewhere on Kilburn High Road, anyone found them?",
 "The smoke alarm test at our block was really loud this morning",
 "The bin men were shouting to each other at 6am, so loud",
 "The fire brigade did a great safety talk at our community centre",
 "RIP to my old laptop, it finally died",
 "Missing my mum's cooking since I moved to Wembley",
 "The Brent staff at the library were so helpful to my elderly dad today",
 "Wembley park at night is stunning, the lights are amazing",
    "Thank you to the firefighters who put out the fire on Harrow Road so quickly, amazing work",
    "Huge thanks to the council crews clearing up after the flooding in Stonebridge 🙏",
 "My disabled mum called the housing office and they said they'd call back, that was a week ago",
 "I updated my details online but the form crashed",
 "The roof leaked again last night, repair ref 00456789",
 "My daughter lost her library card at Kilburn library",
 "My kids can't sleep at night because of the noise from the car wash",
 "My elderly mum lives alone and her bin keeps being missed at 3 Oak Road",
 "I foster two kids and need a second visitor permit",
 "I gave my bank details for the direct debit but it hasn't started",
 "The abandoned car outside my kids' school has been there for weeks",
 "My date of birth is wrong on my council tax account 31234567",
 "Polish shop on Harrow Road has the best bread",
 "Bin men said they'd come back for the garden waste but never did",
]


@pytest.mark.parametrize("text", NOT_ALERTS)
def test_words_of_danger_in_another_sense_do_not_escalate(text: str) -> None:
    s = run(text, author_followers=150)
    assert s.route is not Route.ESCALATE, s.route_reason



# A resident's everyday words that a journalist or an FOI request might also use.
NOT_PRESS_NOR_FOI = [
 "My bank statement shows I paid the council tax on the 1st, account 30123456",
 "I'm a freelance plumber and the parking permits for trades are a nightmare",
 "Is there anyone I can talk to about my council tax bill?",
 "I asked for a quote for a bulky waste collection, how much is it?",
 "The deadline is Friday for the CPZ consultation, don't forget to respond",
 "Still no response from the council about my repair, ref 00123456",
 "Would the council please fix the street light on Mora Road",
 "Can the council confirm my bin day has changed?",
 "We spoke to the housing officer last week and nothing has happened",
 "I asked the council for a new bin three weeks ago",
 "The council has not responded to my emails about the damp",
 "Hi, Sue here from the Kenton residents association, our meeting is on Tuesday",
 "I'm writing about my mum's missed assisted collection at 4 Oak Road",
 "Saw a piece on the news about Brent's bins last night",
 "How much is the garden waste subscription this year?",
 "How many times have I reported this pothole since 2024? Too many",
 "What is the total for a resident permit this year?",
 "Please send me the form for a dropped kerb",
 "Could you send me a link to the consultation?",
]


@pytest.mark.parametrize("text", NOT_PRESS_NOR_FOI)
def test_residents_everyday_words_are_neither_press_nor_foi(text: str) -> None:
    s = run(text, author_followers=150)
    assert s.route is not Route.ESCALATE and not s.foi, s.route_reason


def test_every_cue_word_stands_alone_whether_its_line_ends_with_a_comma_or_not() -> None:
    """A family's words are separated by commas and line ends: a line without a trailing comma once
    glued its last word to the next line's first ("hurt them\\ni know which car"), and both never matched."""
    from brent_tui.domain.triage_cues import default_cues, split

    assert split("a, b\nc, d,\ne") == ["a", "b", "c", "d", "e"]
    assert not [w for words in default_cues().values() for w in words if "\n" in w]
    assert run("I know which car is his and I know where he parks").route is Route.ESCALATE
    assert run("the lift is out and my nan on the 9th floor is on oxygen").route is Route.ESCALATE


def test_sympathy_after_an_incident_reports_nothing_new_but_a_report_of_it_does() -> None:
    assert run("Thinking of the family in Neasden after the house fire last night, so sad to hear").route \
        is not Route.ESCALATE
    assert run("House fire in Neasden, smoke pouring out of the upstairs window, is anyone inside??").route \
        is Route.ESCALATE
    assert run("Thoughts with the family. Is anyone still missing after the fire in Neasden?").route \
        is Route.ESCALATE


def test_a_structure_falling_where_children_play_is_a_risk_to_life() -> None:
    assert run("bits of concrete falling off the balcony over the kids playing area again, one just missed "
               "my daughter").route is Route.ESCALATE


@pytest.mark.parametrize("text", [
    "the whole landing stinks of gas and the caretaker isn't answering",
    "water coming through the ceiling and dripping out of the light in the hallway",
    "after friday i won't be anyone's problem anymore, you win",
    "went to vote this morning and they turned me away, and three others, said we weren't on the list",
])
def test_danger_in_everyday_words_from_set_nine(text: str) -> None:
    assert run(text).route is Route.ESCALATE


def test_a_councillor_replying_in_a_thread_we_hold_is_on_a_council_matter() -> None:
    """The reply need not name the council: the thread it is in is why we hold it."""
    words = "I've raised this with the team this morning and will post their answer here."
    assert run(words, author_name="Cllr Jo Bloggs", is_reply=True, thread_mentions=3).route is Route.ESCALATE
    assert run(words, author_name="Jo Bloggs", is_reply=True, thread_mentions=3).route is not Route.ESCALATE
