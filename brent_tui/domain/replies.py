"""Reply templates for route 3 (web team responds): short, friendly signposting with a council link.

Pure: no IO. A template per topic (and a general one), filled with the department's
`website` from config, or the council's home page; emergency templates lead with the
incident's holding statement. The caller tone-checks the draft with `tone.check_text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from brent_tui.domain.notices import Notice
from brent_tui.domain.text import at_handle

COUNCIL_WEBSITE = "https://www.brent.gov.uk"

# topic -> (what to say, the path on brent.gov.uk when the department has no website configured)
TEMPLATES: dict[str, tuple[str, str]] = {
    "bins": ("Sorry about your collection. You can check your bin day and report a missed collection here: {link}",
             "/bins-rubbish-and-recycling"),
    "fly-tipping": ("Thanks for letting us know. Please report fly-tipping with the location and a photo "
                    "so our street cleansing team can clear it: {link}", "/bins-rubbish-and-recycling"),
    "parks": ("Thanks for getting in touch about our parks. You can find opening times and report a problem "
              "here: {link}", "/leisure-and-libraries/parks-and-open-spaces"),
    "council tax": ("You can check your council tax account, set up a payment plan or apply for a reduction "
                    "online: {link}. Please don't post account details here.", "/council-tax"),
    "benefits": ("Help with housing benefit, council tax support and the cost of living is here: {link}. "
                 "Please don't share personal details publicly.", "/benefits-and-financial-support"),
    "parking": ("You can pay, challenge a penalty charge or apply for a permit online: {link}",
                "/parking-and-transport"),
    "event-day traffic": ("Event day parking controls and road closures around the stadium are listed here: "
                          "{link}", "/parking-and-transport/event-day-parking"),
    "potholes": ("Thanks for reporting this. You can report a pothole or pavement problem with its location "
                 "here so our highways team can inspect it: {link}", "/roads-and-transport"),
    "street lights": ("Thanks. Please report the faulty street light with the nearest house number or lamp "
                      "post number here: {link}", "/roads-and-transport"),
    "housing repairs": ("Sorry to hear about this. You can report a repair and track it online: {link}. "
                        "For an emergency repair, please call the number on that page.", "/housing"),
    "damp and mould": ("We take damp and mould seriously. Please report it here so a surveyor can visit: "
                       "{link}", "/housing"),
    "homelessness": ("If you are homeless or at risk of losing your home, our housing needs team can help. "
                     "Contact details and opening hours are here: {link}", "/housing/homelessness"),
    "libraries": ("Opening times, events and how to join the library are here: {link}",
                  "/leisure-and-libraries/libraries"),
    "schools": ("Information on school places, admissions and SEND support is here: {link}",
                "/children-and-families/schools-and-education"),
    "planning applications": ("You can search planning applications and comment on them here: {link}",
                              "/planning-and-building-control"),
    "noise": ("You can report a noise nuisance, including out of hours, here: {link}",
              "/environmental-health/noise"),
    "licensing": ("Licensing applications and how to comment on them are here: {link}", "/business/licensing"),
    "jobs": ("Thanks for your interest in working for us. Current vacancies are listed here: {link}", "/jobs"),
    "consultation": ("You can read the consultation and have your say here: {link}", "/consultations"),
}
GENERAL = ("Thanks for getting in touch. You can find more information and contact the right team here: {link}",
           "")
EMERGENCY = "For the latest information please follow our updates and see {link}. In an emergency call 999."
# An FOI request posted without what makes it valid (the strategy, Appendix A; FOIA s.8(1)):
# the applicant's real name, and an address for correspondence (an email address will do).
FOI_HOW_TO = ("Thanks for your Freedom of Information request. To be valid it needs your real name and an "
              "address for correspondence (an email address is fine). Please send it with those here: {link}",
              "/your-council/access-to-information/freedom-of-information")


@dataclass(frozen=True)
class Draft:
    """A reply draft with where its link came from (for the officer to check)."""

    text: str
    link: str
    template: str  # the topic used, or "general" / "incident"


def link_for(topic: str | None, website: str | None) -> str:
    """The department's own page if configured, else the topic's page on the council site."""
    if website:
        return website
    path = TEMPLATES.get(topic or "", GENERAL)[1]
    return COUNCIL_WEBSITE + path


def draft_reply(topic: str | None, *, website: str | None = None, handle: str | None = None,
                holding_statement: str | None = None, invalid_foi: bool = False) -> Draft:
    """A signposting reply for a mention about `topic`, addressed to `@handle` where given.

    With a `holding_statement` (emergency mode) the statement leads and the link follows. An
    `invalid_foi` request is answered with how to make a valid one, whatever its topic.
    """
    greeting = f"{at_handle(handle)} " if at_handle(handle) else ""  # what is sent: never a control character
    if invalid_foi:
        link = COUNCIL_WEBSITE + FOI_HOW_TO[1]
        return Draft(text=greeting + FOI_HOW_TO[0].format(link=link), link=link, template="invalid FOI request")
    link = link_for(topic, website)
    if holding_statement:
        body = f"{holding_statement.strip()} {EMERGENCY.format(link=link)}"
        return Draft(text=greeting + body, link=link, template="incident")
    template, _ = TEMPLATES.get(topic or "", GENERAL)
    name = topic if topic in TEMPLATES else "general"
    return Draft(text=greeting + template.format(link=link), link=link, template=name)


__all__ = ["COUNCIL_WEBSITE", "EMERGENCY", "FOI_HOW_TO", "GENERAL", "TEMPLATES", "Draft", "draft_reply", "link_for"]


def approval_notice(author: str, approvers: Sequence[str]) -> Notice:
    """To the comms officers: a reply from a role whose replies need approval is waiting."""
    return Notice(tuple(approvers), "reply_approval", f"{author}'s reply to a mention waits for your approval "
                                                      "(Triage: A).")


def rejected_notice(author: str, reviewer: str, note: str | None) -> Notice:
    """To the author: the reply will not go, and why."""
    return Notice((author,), "reply_rejected", f"{reviewer} did not approve your reply: {note or 'no reason given'}")
