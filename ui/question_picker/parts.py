"""The Question picker's parts: the bank of questions, the student's list, their downloads."""

from functools import partial

import streamlit as st

from interview_coach.classroom.hidden_names import HIDDEN
from interview_coach.markdown_text import md_escape
from interview_coach.questions import bank as qb
from interview_coach.questions.pocket_card import pocket_card_html, questions_markdown
from interview_coach.questions.time_budget import budget, budget_message, reserve_minutes
from ui import course, links, state
from ui.saved_work import saving_fragment

ss = st.session_state
NAME_HIDDEN = ("Hidden while **Hide names** is on, and left out of the downloads. Switch Hide "
               "names off in the sidebar to see or change it.")
# Short words, no icons: three of them fit on one line of the list even in projector mode.
ROW_ACTIONS = {"up": ("Up", qb.move_up), "down": ("Down", qb.move_down),
               "remove": ("Remove", qb.unpick)}


def toggle_pick(question_id: str) -> None:
    change = qb.pick if ss[f"_w_pick_{question_id}"] else qb.unpick
    ss.picks = change(ss.picks, question_id)


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
    ss._w_own_text = ""


def delete_own(question_id: str) -> None:
    ss.own_questions, ss.picks = qb.remove_own_question(ss.own_questions, ss.picks, question_id)


def act_on_row(question_id: str) -> None:
    action = ss[f"_order_{question_id}"]
    ss[f"_order_{question_id}"] = None  # an action, not a choice: ready for the next click
    if action:
        ss.picks = ROW_ACTIONS[action][1](ss.picks, question_id)


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
    st.checkbox(f"{md_escape(text)} · {minutes} min", key=f"_w_pick_{question_id}", help=why,
                on_change=toggle_pick, args=(question_id,))


def group_label(group: qb.CategoryGroup, searching: bool) -> str:
    # Nothing in it may change on a pick: a new label makes a new expander, and the browser
    # would lose the focus of the checkbox just ticked.
    if searching:
        return f"**{group.name}** · {len(group.questions)} of {group.total} questions match"
    return f"**{group.name}** · {group.total} questions" + (
        f" ({group.from_guide} ✦)" if group.from_guide else "")


# The guide's strategy around the questions, which the time budget keeps minutes for.
def reserve_help() -> str:
    return "  \n".join(f"**{part.part}, {part.minutes} min:** {part.description}"
                       for part in course.time_budget().reserve)


def show_group(group: qb.CategoryGroup) -> None:
    st.caption(group.description)
    for question in group.questions:
        pick_box(question.id, question.text + (" ✦" if question.from_guide else ""),
                 question.minutes, question.why)


def set_slot() -> None:
    choice = ss._w_slot_choice
    if choice is not None:
        ss.slot_is_custom = choice == "custom"
        if choice != "custom":
            ss.slot_minutes = choice


def keep_profile(name: str) -> None:
    state.set_profile_value(name, ss[f"_w_{name}"])


def names_fields() -> None:
    st.text_input("Your name", value=state.profile_value("student_name"),
                  key="_w_student_name", on_change=keep_profile, args=("student_name",))
    if ss.hide_names:
        st.text_input("Contact's name", value=HIDDEN, disabled=True, key="_hidden_contact_name")
        st.caption(NAME_HIDDEN)
    else:
        st.text_input("Contact's name", value=state.profile_value("contact_name"),
                      key="_w_contact_name", on_change=keep_profile, args=("contact_name",))


@saving_fragment  # a pick, a move or an own question reruns only the picker, saved at once
def picker() -> None:
    # Which parts the student has opened (category names, "own", "names"): our key, so it
    # survives page switches; the expanders' own widget keys are deleted when the page is left.
    ss.setdefault("picker_open", [])
    picked = qb.resolve(ss.picks, course.question_bank(), ss.own_questions)
    result = budget([q.minutes for q in picked], ss.slot_minutes,
                    reserve_minutes(ss.slot_minutes, course.time_budget()))
    level, message = budget_message(result, course.time_budget())

    # On a phone "Your list" comes after every question: say here how the list stands.
    st.caption(f"Your list: {len(picked)} question{'s' if len(picked) != 1 else ''}, "
               f"{result.used} of {result.available} min for questions.")
    bank_col, list_col = st.columns([4, 3], gap="large")
    with bank_col:
        bank_column()
    with list_col, st.container(border=True):
        list_column(picked, result, level, message)

    links.link("checklist", "Next — work through the prep checklist")


def bank_column() -> None:
    st.header("Choose questions", anchor=False)
    search_col, guide_col = st.columns([3, 2], vertical_alignment="bottom")
    words = search_col.text_input("Search", key="_w_search",
                                  placeholder="e.g. training, advice")
    guide_only = guide_col.toggle("Only the guide's 15", key="_w_guide_only")
    searching = bool(words.strip()) or guide_only
    shown = qb.filter_questions(course.question_bank(), None, words, guide_only)
    if not shown:
        st.info("No question matches. Clear the search or turn off “Only the guide's 15”.")
    else:
        shown_how = ("Showing the questions that match." if searching
                     else "Open a category to see its questions.")
        st.caption(f"{shown_how} ✦ marks the guide's sample questions.")
    for index, group in enumerate(qb.group_by_category(course.question_bank(), shown, ss.picks)):
        if not searching:  # a closed category runs no checkboxes at all
            if box := lazy_expander(group_label(group, False), group.name, f"_w_open_{index}"):
                with box:
                    show_group(group)
        elif group.questions:  # matches are few: show them all, open
            with st.expander(group_label(group, True), expanded=True):
                show_group(group)

    if ss.own_questions:
        st.subheader(course.question_bank().messages.own_category, anchor=False)
        for own in ss.own_questions:
            box_col, delete_col = st.columns([6, 1], vertical_alignment="center")
            with box_col:
                pick_box(own.id, own.text, own.minutes)
            delete_col.button("Delete", key=f"_delete_{own.id}", type="tertiary",
                              on_click=delete_own, args=(own.id,),
                              help="Delete this question of yours")
    if box := lazy_expander("**Add your own question**", "own", "_w_open_own",
                            icon=":material/add:"):
        with box, st.form("own_question", clear_on_submit=False, border=False):
            st.text_input("Your question", key="_w_own_text", max_chars=qb.OWN_TEXT_MAX_CHARS)
            st.number_input("Answer time (minutes)", min_value=1, max_value=10, value=3,
                            key="_w_own_minutes")
            st.form_submit_button("Add my question", on_click=add_own, icon=":material/add:",
                                  key="_add_own")
    if own_error := ss.pop("_own_error", ""):
        st.error(own_error)

def list_column(picked, result, level, message) -> None:
    st.header("Your list", anchor=False)
    ss._w_slot_choice = "custom" if ss.slot_is_custom else ss.slot_minutes
    st.segmented_control("Time your contact gave you (minutes)",
                         [*course.time_budget().slot_choices, "custom"], key="_w_slot_choice",
                         required=True, on_change=set_slot, help=reserve_help(),
                         format_func=lambda c: "Other" if c == "custom" else str(c))
    if ss.slot_is_custom:
        custom = course.time_budget().custom_slot
        st.number_input(custom.label, min_value=custom.min, max_value=custom.max, step=5,
                        **state.bound("slot_minutes"))

    st.progress(min(result.share, 1.0),
                text=f"Questions: {result.used} of {result.available} min")
    {"over": st.error, "nearly_full": st.warning}.get(level, st.info)(message)

    flags = qb.job_word_flags(picked, course.job_words().phrases)
    for number, question in enumerate(picked, start=1):
        # One control per question: the question is its label, the actions its options.
        actions = [a for a in ROW_ACTIONS
                   if not (a == "up" and number == 1 or a == "down" and number == len(picked))]
        ss[f"_order_{question.id}"] = None
        # Escaped like pick_box: the label is Markdown.
        st.segmented_control(f"{number}. {md_escape(question.text)} · {question.minutes} min",
                             actions, key=f"_order_{question.id}",
                             format_func=lambda a: ROW_ACTIONS[a][0],
                             on_change=act_on_row, args=(question.id,))
        if question.id in flags:
            words_found = ", ".join(f"“{w}”" for w in flags[question.id])
            st.warning(f"**Sounds like asking for a job** ({words_found}). "
                       f"{course.job_words().reason}", icon=":material/work_off:")
            if question.id == next(iter(flags)):  # the step that explains why, once
                links.link("step_5", course.job_words().step_link)
    downloads(picked, result)


def downloads(picked, result) -> None:
    if picked:
        st.subheader("Take it with you", anchor=False)
        if box := lazy_expander("Names on the downloads (optional)", "names", "_w_open_names",
                                icon=":material/badge:"):
            with box:
                names_fields()
        # With Hide names on, the contact's name stays out of the file too: it may be
        # opened on the projector. The typed name is kept for when Hide names is off.
        contact = "" if ss.hide_names else state.profile_value("contact_name")
        st.download_button(
            "Download questions to send ahead (Markdown)",
            data=partial(questions_markdown, picked, state.profile_value("student_name"),
                         contact, ss.slot_minutes, course.pocket_card()),
            file_name=course.pocket_card().questions_file.file_name, mime="text/markdown",
            on_click="ignore", icon=":material/send:", width="stretch")
        st.download_button(
            "Download pocket card to print (HTML)",
            data=partial(pocket_card_html, picked, ss.slot_minutes, result, course.pocket_card()),
            file_name=course.pocket_card().card.file_name, mime="text/html",
            on_click="ignore", icon=":material/print:", width="stretch")


