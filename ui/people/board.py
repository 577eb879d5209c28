"""The People page's list: headline numbers, a quick add, and a card per person with the next
step and the buttons that take it."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from interview_coach.log.follow_ups import CHECK_IN_AFTER, MOVE_ON_AFTER, business_days_since
from interview_coach.markdown_text import md_escape
from interview_coach.people import record
from interview_coach.people.card_pages import CardPage, card_page, remember_added
from ui import course, people
from ui.saved_work import rerun_only

ss = st.session_state
FILTER_ALL = "all"
CARD_PAGE, JUST_ADDED = people.CARD_PAGE, "people_just_added"  # our own keys, this tab only
# Keyed parts (st.fragment(key=...)): a card's button redraws its card and the counts, not
# every card of the page; PAGE_PART is the whole People part (pages/people.py).
PAGE_PART, HEADLINE, FILTER = "people_page", "people_headline", "people_filter"


def card_part(person_id: str) -> str:
    return f"person_card_part_{person_id}"


@st.fragment(key=HEADLINE)
def headline() -> None:
    """Counts from the records themselves, drawn after every change has been applied."""
    words = course.people_wording().headline
    stages = [p["stage"] for p in people.people().values()]
    held = sum(s in ("Held", "Thanked") for s in stages)
    thanked = stages.count("Thanked")
    suggested = sum(1 for p in people.people().values() if p["referred_by"])
    with st.container(key="log_headline", horizontal=True):
        st.metric(words.to_ask, stages.count("To ask"), border=True)
        st.metric(words.asked, len(stages) - stages.count("To ask"), border=True)
        st.metric(words.held, held, border=True)
        st.metric(words.thanked, words.thanked_value.format(thanked=thanked, held=held),
                  border=True, help=words.thanked_help)
        st.metric(words.referrals, suggested, border=True, help=words.referrals_help)


def _add_quick() -> None:
    name = ss.get("_w_quick_name", "").strip()
    if not name:
        return
    added = people.add(name, organization=ss.get("_w_quick_org", "").strip()[:record.MAX_TEXT],
                       found_via=ss.get("_w_quick_found") or "")
    ss._w_quick_name = ss._w_quick_org = ""
    # The new card first on the first page of everyone, whatever its rank.
    ss[JUST_ADDED] = remember_added(ss.get(JUST_ADDED, []), added)
    ss[CARD_PAGE] = 0
    ss.people_filter = FILTER_ALL


def quick_add() -> None:
    """Above the cards (on a phone the list is long), open while the list is empty."""
    words = course.people_wording().quick_add
    with st.expander(words.heading, expanded=not people.people(), icon=":material/person_add:",
                     key="_w_quick_add_open"),\
            st.form("quick_add", border=False, clear_on_submit=False):
        with st.container(horizontal=True):
            st.text_input(words.name, key="_w_quick_name", max_chars=record.MAX_TEXT)
            st.text_input(words.organization, key="_w_quick_org", max_chars=record.MAX_TEXT)
            st.selectbox(words.found_via, [""] + [f for f in record.FOUND_VIA
                                                  if f != record.REFERRED],
                         key="_w_quick_found")
        st.form_submit_button(course.people_wording().buttons.add, icon=":material/person_add:",
                              on_click=_add_quick, type="primary")


@st.fragment(key=FILTER)  # its counts follow a card's button
def _stage_filter() -> None:
    words = course.people_wording()
    counts = {s: 0 for s in record.ALL_STAGES}
    for person in people.people().values():
        counts[person["stage"]] += 1
    options = [FILTER_ALL] + [s for s in record.ALL_STAGES if counts[s]]
    if ss.get("people_filter") not in options:
        ss.people_filter = FILTER_ALL
    ss._w_people_filter = ss.people_filter
    labels = {FILTER_ALL: f"{words.filter_all} ({len(people.people())})",
              **{s: f"{s} ({counts[s]})" for s in record.ALL_STAGES}}
    st.segmented_control(words.filter_label, options, key="_w_people_filter", required=True,
                         format_func=labels.get, on_change=_keep_filter)


def _keep_filter() -> None:
    ss.people_filter = ss._w_people_filter
    ss[CARD_PAGE] = 0
    rerun_only(PAGE_PART)  # other cards


def next_step(person: dict[str, Any], name: str, today: date) -> str:
    """What to do next, in words; a request's wording follows the days it has waited."""
    words = course.people_wording()
    asked = person["stage_dates"].get("Requested")
    if person["stage"] == "Requested" and asked:
        days = business_days_since(date.fromisoformat(asked), today)
        if days >= MOVE_ON_AFTER:
            return words.requested_wait.move_on.format(days=days, name=name)
        if days >= CHECK_IN_AFTER:
            return words.requested_wait.check_in.format(days=days, name=name)
    return words.next_step[person["stage"]].format(name=name)


def cards() -> None:
    words = course.people_wording()
    everyone = people.people()
    if not everyone:
        st.info(words.no_one_yet, icon=":material/group_add:")
        return
    _stage_filter()
    stage = None if ss.people_filter == FILTER_ALL else ss.people_filter
    page = card_page(list(everyone.values()), stage, ss.get(CARD_PAGE, 0),
                     ss.get(JUST_ADDED, []))
    ss[CARD_PAGE] = page.number
    for person in page.people:
        card(person)
    if page.pages > 1:
        _pager(page)


def _turn(by: int) -> None:
    ss[CARD_PAGE] = ss.get(CARD_PAGE, 0) + by


def _pager(page: CardPage) -> None:
    """Previous / Next under the cards, with where this page is in the list."""
    words = course.people_wording().pager
    st.caption(words.showing.format(first=page.first, last=page.last, total=page.total))
    with st.container(horizontal=True, gap="small", key="people_pager"):
        st.button(words.previous, icon=":material/arrow_back:", on_click=_turn, args=(-1,),
                  disabled=page.number == 0, key="_people_previous")
        st.button(words.next, icon=":material/arrow_forward:", on_click=_turn, args=(1,),
                  disabled=page.number == page.pages - 1, key="_people_next")


def shown_name(person: dict[str, Any]) -> str:
    return people.shown_name(person, course.people_wording().form.incomplete)


def card(person: dict[str, Any], *, opened: bool = False) -> None:
    """One person: name, role and organization, stage, the next step and its buttons (and
    Open, unless their form is already open below the card). A part of its own, so that its
    buttons redraw it alone (it stays where it is until the list is drawn again)."""
    st.fragment(_card, key=card_part(person["id"]))(person["id"], opened)


def _card(person_id: str, opened: bool) -> None:
    person = people.get(person_id)  # its newest record: a part's rerun reuses these arguments
    if person is None:
        return
    words = course.people_wording()
    name = shown_name(person)
    with st.container(border=True, key=f"person_card_{person['id']}"):
        about = " · ".join(x for x in (person["role"], person["organization"]) if x)
        reached = person["stage_dates"].get(person["stage"], "")
        # As typed (never Markdown); ui/style.py makes the first line bold.
        st.markdown(md_escape(name) + (f"\n\n{md_escape(about)}" if about else ""))
        since = f" {words.since.format(date=reached)}" if reached else ""
        st.caption(f"**{person['stage']}**{since} — "
                   + md_escape(next_step(person, name, date.today())))
        with st.container(horizontal=True, gap="small"):
            for label, action, primary in next_actions(person):
                st.button(label, key=f"_act_{action}_{person['id']}", on_click=act_on_card,
                          args=(person["id"], action, opened),
                          type="primary" if primary else "secondary")
            if not opened:
                st.button(words.buttons.open, key=f"_open_{person['id']}", on_click=open_card,
                          args=(person["id"],), icon=":material/edit:", type="tertiary")


def next_actions(person: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(label, action, is the main one) for the buttons a card shows at the person's stage."""
    b = course.people_wording().buttons
    return {
        "To ask": [(b.write_request, "write_request", True), (b.asked, "asked", False)],
        "Requested": [(b.said_yes, "said_yes", True), (b.no_reply, "no_reply", False),
                      (b.declined, "declined", False)],
        "Scheduled": [(b.prep, "prep", True), (b.held, "held", False)],
        "Held": [(b.thank_you, "thank_you", True), (b.thanked, "thanked", False)],
        "Thanked": [(b.suggested, "suggested", True)],
        "No reply": [(b.write_request, "write_request", False)],
        "Declined": [],
    }[person["stage"]]


STAGE_OF_ACTION = {"asked": "Requested", "said_yes": "Scheduled", "no_reply": "No reply",
                   "declined": "Declined", "held": "Held", "thanked": "Thanked"}
PAGE_OF_ACTION = {"write_request": ("writing_help", "The request"),
                  "prep": ("writing_help", "Prep sheet"),
                  "thank_you": ("writing_help", "Thank-you note")}
# Actions that open the person's form, at the part the student needs next.
FORM_OF_ACTION = {"said_yes": "interview", "held": "learned", "suggested": "suggested"}


def act(person_id: str, action: str) -> None:
    if action in STAGE_OF_ACTION:
        people.set_stage(person_id, STAGE_OF_ACTION[action], date.today())
    if action in FORM_OF_ACTION:
        open_person(person_id, FORM_OF_ACTION[action])
    if action in PAGE_OF_ACTION:
        people.choose(person_id)
        ss._go_to = PAGE_OF_ACTION[action]


def act_on_card(person_id: str, action: str, opened: bool) -> None:
    act(person_id, action)
    if opened or action not in STAGE_OF_ACTION or action in FORM_OF_ACTION:
        rerun_only(PAGE_PART)  # a form opens, another page, or the open form shows the stage
    else:
        rerun_only(card_part(person_id), HEADLINE, FILTER)


def open_card(person_id: str) -> None:
    open_person(person_id)
    rerun_only(PAGE_PART)


def open_person(person_id: str, part: str = "") -> None:
    ss.open_person = person_id
    ss.open_person_part = part
    people.choose(person_id)


def open_from_address() -> None:
    """?person=<id> (a link from another page) opens that person's card, once."""
    person_id = st.query_params.get("person")
    if person_id:
        del st.query_params["person"]
        if people.get(person_id) is not None:
            open_person(person_id)


def go_where_asked() -> None:
    """After a card's button for another page (a callback cannot switch pages itself)."""
    if target := ss.pop("_go_to", None):
        page, tool = target
        st.switch_page(f"pages/{page}.py", query_params={"tool": tool})
