"""The Question picker's parts: the time slot, the bank of questions, the student's list, their
downloads. Every word comes from content/questions.yaml (`picker`) and content/time_budget.yaml."""

from dataclasses import replace
from functools import partial
from typing import Any

import streamlit as st

from interview_coach.classroom.hidden_names import HIDDEN
from interview_coach.markdown_text import md_escape
from interview_coach.plain_text import plural
from interview_coach.questions import bank as qb
from interview_coach.questions.pocket_card import (
    pocket_card_html,
    questions_markdown,
    questions_text,
)
from interview_coach.questions.time_budget import (
    budget,
    budget_message,
    long_slot_message,
    reserve_minutes,
)
from ui import course, hidden_text, links, state
from ui.saved_work import rerun_only, saving_fragment
from ui.writing_help.copy_out import copy_button  # the one Copy button, shared with Writing help

ss = st.session_state
# Short words, no icons: three of them fit on one line of the list even in projector mode.
ROW_ACTIONS = {"up": qb.move_up, "down": qb.move_down, "remove": qb.unpick}
UNPICKED_AT = "_picker_unpicked_at"  # {question id: where it stood}, to put it back there
ALERTS = {"over": st.error, "nearly_full": st.warning}


def words() -> qb.PickerTexts:
    return course.question_bank().picker


def _unpick(question_id: str) -> None:
    if question_id in ss.picks:
        ss[UNPICKED_AT] = {**ss.get(UNPICKED_AT, {}), question_id: ss.picks.index(question_id)}
    ss.picks = qb.unpick(ss.picks, question_id)


# The picker's keyed parts: a pick redraws these, not the whole bank of questions.
PICKER, STATUS, ALERTS_UNDER, LIST = "picker", "picker_status", "picker_alerts", "picker_list"


def toggle_pick(question_id: str) -> None:
    if ss[f"_w_pick_{question_id}"]:
        ss.picks = qb.pick(ss.picks, question_id, ss.get(UNPICKED_AT, {}).get(question_id))
    else:
        _unpick(question_id)
    rerun_only(STATUS, ALERTS_UNDER, LIST)  # the box itself shows the tick already


def add_own() -> None:
    try:
        question = qb.new_own_question(
            ss._w_own_text, ss._w_own_minutes, [q.id for q in ss.own_questions],
            course.question_bank(),
        )
    except ValueError as err:
        ss._own_error = str(err)
        return
    ss.own_questions = [*ss.own_questions, question]
    ss.picks = qb.pick(ss.picks, question.id)
    ss._own_added = question.id  # its warnings show beside the field it was typed in
    ss._w_own_text = ""


def delete_own(question_id: str) -> None:
    ss.own_questions, ss.picks = qb.remove_own_question(ss.own_questions, ss.picks, question_id)


def act_on_row(question_id: str) -> None:
    action = ss[f"_order_{question_id}"]
    ss[f"_order_{question_id}"] = None  # an action, not a choice: ready for the next click
    if action == "remove":
        _unpick(question_id)
        rerun_only(PICKER)  # its box in the bank is unticked too
    elif action:
        ss.picks = ROW_ACTIONS[action](ss.picks, question_id)
        rerun_only(LIST)


def lazy_expander(label: str, name: str, key: str, icon: str | None = None):
    """An expander whose contents run only while it is open (None when closed).

    Its widget key is gone after a page switch: it then starts from ss.picker_open, which
    follows every open and close."""
    if key not in ss:
        ss[key] = name in ss.picker_open
    box = st.expander(label, key=key, icon=icon, on_change="rerun")
    if box.open != (name in ss.picker_open):
        others = [n for n in ss.picker_open if n != name]
        ss.picker_open = [*others, name] if box.open else others
    return box if box.open else None


def pick_box(question_id: str, text: str, minutes: int, why: str | None = None) -> None:
    ss[f"_w_pick_{question_id}"] = question_id in ss.picks
    # A label is Markdown: escaped, an own question shows as typed. (Streamlit also puts the
    # label, backslashes and all, in aria-label; plain words and ?,.'() get no backslash.)
    st.checkbox(words().question_label.format(question=md_escape(text), minutes=minutes),
                key=f"_w_pick_{question_id}", on_change=toggle_pick, args=(question_id,))
    if why:  # beside the box, not as its help icon: a tap on that "?" ticked the box
        st.caption(why)


def group_label(group: qb.CategoryGroup, searching: bool) -> str:
    # Nothing in it may change on a pick: a new label makes a new expander, and the browser
    # would lose the focus of the checkbox just ticked.
    w = words()
    if searching:
        return w.group_matches.format(name=group.name, count=len(group.questions),
                                      total=group.total)
    return w.group_total.format(name=group.name, total=group.total) + (
        " " + w.group_from_guide.format(count=group.from_guide) if group.from_guide else "")


# The guide's strategy around the questions, which the time budget keeps minutes for.
def reserve_help() -> str:
    line = words().reserve_part
    return "  \n".join(line.format(part=part.part, minutes=part.minutes,
                                   description=part.description)
                       for part in course.time_budget().reserve)


def show_group(group: qb.CategoryGroup) -> None:
    st.caption(group.description)
    for question in group.questions:
        pick_box(question.id, question.text + (" ✦" if question.from_guide else ""),
                 question.minutes, question.why)
    group_alert(tuple(q.id for q in group.questions))


@st.fragment(key=ALERTS_UNDER)
def group_alert(question_ids: tuple[str, ...]) -> None:
    """Under the box just ticked, not only in "Your list" far above or (on a phone) below."""
    _picked, _result, level, message, _flags = the_list()
    if level in ALERTS and any(qid in ss.picks for qid in question_ids):
        ALERTS[level](message)


def set_slot() -> None:
    choice = ss._w_slot_choice
    if choice is not None:
        ss.slot_is_custom = choice == "custom"
        if choice != "custom":
            ss.slot_minutes = choice


def keep_profile(name: str) -> None:
    state.set_profile_value(name, ss[f"_w_{name}"])
    rerun_only(LIST)  # the fields sit in the list's part


def names_fields() -> None:
    w = words()
    st.text_input(w.your_name, value=state.profile_value("student_name"),
                  key="_w_student_name", on_change=keep_profile, args=("student_name",))
    if ss.hide_names:
        st.text_input(w.contact_name, value=HIDDEN, disabled=True, key="_hidden_contact_name")
        st.caption(w.name_hidden)
    else:
        st.text_input(w.contact_name, value=state.profile_value("contact_name"),
                      key="_w_contact_name", on_change=keep_profile, args=("contact_name",))


def the_list() -> tuple[list, Any, str, str, dict[str, list[str]]]:
    """The picked questions, their time budget, its alert (level, message), job-word flags;
    worked out once for what they depend on (the parts of one run each ask for them)."""
    depends_on = (list(ss.picks), ss.slot_minutes, list(ss.own_questions), ss.hide_names)
    kept = ss.get("_picker_list")
    if kept is None or kept[0] != depends_on:
        kept = ss._picker_list = (depends_on, _work_out_list())
    return kept[1]


def _work_out_list() -> tuple[list, Any, str, str, dict[str, list[str]]]:
    picked = qb.resolve(ss.picks, course.question_bank(), shown_own_questions())
    result = budget([q.minutes for q in picked], ss.slot_minutes,
                    reserve_minutes(ss.slot_minutes, course.time_budget()))
    level, message = budget_message(result, course.time_budget())
    return picked, result, level, message, qb.job_word_flags(picked, course.job_words().phrases)


@saving_fragment(key=PICKER)  # a pick, a move or an own question reruns only the picker
def picker() -> None:
    # Which parts the student has opened (category names, "own", "names"): our key, so it
    # survives page switches; the expanders' own widget keys are deleted when the page is left.
    ss.setdefault("picker_open", [])
    slot_choice()  # first: on a phone it sat below all seven categories
    status()
    bank_col, list_col = st.columns([4, 3], gap="large")
    with bank_col:
        bank_column()
    with list_col, st.container(border=True):
        list_column()

    links.link("checklist", words().next_link)


@st.fragment(key=STATUS)
def status() -> None:
    """On a phone "Your list" comes after every question: say here how the list stands."""
    picked, result, *_ = the_list()
    st.caption(words().status.format(questions=plural(len(picked), "question"),
                                     used=result.used, available=result.available))


def slot_choice() -> None:
    ss._w_slot_choice = "custom" if ss.slot_is_custom else ss.slot_minutes
    st.segmented_control(words().slot_label,
                         [*course.time_budget().slot_choices, "custom"], key="_w_slot_choice",
                         required=True, on_change=set_slot, help=reserve_help(),
                         format_func=lambda c: words().slot_other if c == "custom" else str(c))
    if ss.slot_is_custom:
        custom = course.time_budget().custom_slot
        st.number_input(custom.label, min_value=custom.min, max_value=custom.max, step=5,
                        **state.bound("slot_minutes"))
    if long_slot := long_slot_message(ss.slot_minutes, course.time_budget()):
        st.warning(long_slot, icon=":material/timer:")


def bank_column() -> None:
    w = words()
    st.header(w.choose_heading, anchor=False)
    search_col, guide_col = st.columns([3, 2], vertical_alignment="bottom")
    typed = search_col.text_input(w.search_label, key="_w_search",
                                  placeholder=w.search_placeholder)
    guide_only = guide_col.toggle(w.guide_only, key="_w_guide_only")
    searching = bool(typed.strip()) or guide_only
    shown = qb.filter_questions(course.question_bank(), None, typed, guide_only)
    if not shown:
        st.info(w.no_match)
    else:
        shown_how = w.showing_matches if searching else w.open_a_category
        st.caption(f"{shown_how} {w.guide_mark}")
    for index, group in enumerate(qb.group_by_category(course.question_bank(), shown, ss.picks)):
        if not searching:  # a closed category runs no checkboxes at all
            if box := lazy_expander(group_label(group, False), group.name, f"_w_open_{index}"):
                with box:
                    show_group(group)
        elif group.questions:  # matches are few: show them all, open
            with st.expander(group_label(group, True), expanded=True):
                show_group(group)
    own_questions()


def shown_own_questions() -> list[qb.OwnQuestion]:
    """The own questions as the page and its downloads show them (names hidden if asked)."""
    return [replace(q, text=hidden_text.shown(q.text)) for q in ss.own_questions]


def own_questions() -> None:
    w = words()
    _picked, _result, level, message, flags = the_list()
    if ss.own_questions:
        st.subheader(course.question_bank().messages.own_category, anchor=False)
        for own in ss.own_questions:
            box_col, delete_col = st.columns([6, 1], vertical_alignment="center")
            with box_col:
                pick_box(own.id, hidden_text.shown(own.text), own.minutes)
            delete_col.button(w.own_delete, key=f"_delete_{own.id}", type="tertiary",
                              on_click=delete_own, args=(own.id,), help=w.own_delete_help)
    if box := lazy_expander(w.own_heading, "own", "_w_open_own", icon=":material/add:"):
        with box:
            with st.form("own_question", clear_on_submit=False, border=False):
                st.text_input(w.own_text, key="_w_own_text", max_chars=qb.OWN_TEXT_MAX_CHARS)
                st.number_input(w.own_minutes, min_value=1, max_value=10, value=3,
                                key="_w_own_minutes")
                st.form_submit_button(w.own_add, on_click=add_own, icon=":material/add:",
                                      key="_add_own")
            # What the list says about the question just added, here where it was typed.
            if (added := ss.get("_own_added")) in flags:
                job_words_warning(flags[added])
            if added in ss.picks and level in ALERTS:
                ALERTS[level](message)
    if own_error := ss.pop("_own_error", ""):
        st.error(own_error)


def job_words_warning(found: list[str]) -> None:
    words_found = ", ".join(f"“{w}”" for w in found)
    st.warning(f"{words().job_words.format(found=words_found)} {course.job_words().reason}",
               icon=":material/work_off:")


@st.fragment(key=LIST)
def list_column() -> None:
    w = words()
    picked, result, level, message, flags = the_list()
    st.header(w.list_heading, anchor=False)
    st.progress(min(result.share, 1.0),
                text=w.progress.format(used=result.used, available=result.available))
    ALERTS.get(level, st.info)(message)
    labels = {"up": w.row_up, "down": w.row_down, "remove": w.row_remove}
    for number, question in enumerate(picked, start=1):
        # One control per question: the question is its label, the actions its options.
        actions = [a for a in ROW_ACTIONS
                   if not (a == "up" and number == 1 or a == "down" and number == len(picked))]
        ss[f"_order_{question.id}"] = None
        # Escaped like pick_box: the label is Markdown.
        label = w.list_row.format(number=number, question=md_escape(question.text),
                                  minutes=question.minutes)
        st.segmented_control(label, actions, key=f"_order_{question.id}", format_func=labels.get,
                             on_change=act_on_row, args=(question.id,))
        if question.id in flags:
            job_words_warning(flags[question.id])
            if question.id == next(iter(flags)):  # the step that explains why, once
                links.link("step_5", course.job_words().step_link)
    downloads(picked, result)


def downloads(picked, result) -> None:
    if not picked:
        return
    w = words()
    st.subheader(w.take_away, anchor=False)
    if box := lazy_expander(w.names_heading, "names", "_w_open_names", icon=":material/badge:"):
        with box:
            names_fields()
    # With Hide names on, the contact's name stays out of the file too: it may be
    # opened on the projector. The typed name is kept for when Hide names is off.
    contact = "" if ss.hide_names else state.profile_value("contact_name")
    student = state.profile_value("student_name")
    # Plain text where a student pastes it (an email); the Markdown file escapes their words.
    text = questions_text(picked, student, contact, ss.slot_minutes, course.pocket_card())
    with st.container(horizontal=True, gap="small", vertical_alignment="center"):
        copy_button(text, w.copy_questions, "_picker_copy_questions")
        st.download_button(w.download_questions_text, data=text,
                           file_name=course.pocket_card().questions_file.text_file_name,
                           mime="text/plain", on_click="ignore", icon=":material/download:",
                           key="_picker_questions_txt")
    st.download_button(
        w.download_questions,
        data=partial(questions_markdown, picked, student, contact, ss.slot_minutes,
                     course.pocket_card()),
        file_name=course.pocket_card().questions_file.file_name, mime="text/markdown",
        on_click="ignore", icon=":material/send:", width="stretch")
    st.download_button(
        w.download_card,
        data=partial(pocket_card_html, picked, ss.slot_minutes, result, course.pocket_card()),
        file_name=course.pocket_card().card.file_name, mime="text/html",
        on_click="ignore", icon=":material/print:", width="stretch")
