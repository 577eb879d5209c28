from functools import partial

import streamlit as st

from interview_coach import question_bank as qb
from interview_coach.pocket_card import pocket_card_html, questions_markdown
from interview_coach.time_budget import budget, budget_message, reserve_minutes
from ui import content, links, state

bank = content.question_bank()
budget_text = content.time_budget()
card_text = content.pocket_card()
job_words = content.job_words()
ss = st.session_state


def toggle_pick(question_id: str) -> None:
    change = qb.pick if ss[f"_w_pick_{question_id}"] else qb.unpick
    ss.picks = change(ss.picks, question_id)


def move(action, question_id: str) -> None:
    ss.picks = action(ss.picks, question_id)


def add_own() -> None:
    try:
        question = qb.new_own_question(
            ss._w_own_text, ss._w_own_minutes, [q.id for q in ss.own_questions], bank
        )
    except ValueError as err:
        ss._own_error = str(err)
        return
    ss.own_questions = [*ss.own_questions, question]
    ss.picks = qb.pick(ss.picks, question.id)
    ss._w_own_text = ""


def delete_own(question_id: str) -> None:
    ss.own_questions, ss.picks = qb.remove_own_question(ss.own_questions, ss.picks, question_id)


def pick_box(question_id: str, text: str, minutes: int) -> None:
    ss[f"_w_pick_{question_id}"] = question_id in ss.picks
    st.checkbox(f"{text} · *{minutes} min*", key=f"_w_pick_{question_id}",
                on_change=toggle_pick, args=(question_id,))


picked = qb.resolve(ss.picks, bank, ss.own_questions)
result = budget([q.minutes for q in picked], ss.slot_minutes,
                reserve_minutes(ss.slot_minutes, budget_text))
level, message = budget_message(result, budget_text)

st.title("Question picker", anchor=False)
st.markdown(bank.intro)
# On a phone "Your list" comes after every question: say here how the list stands.
st.caption(f"Your list: {len(picked)} question{'s' if len(picked) != 1 else ''}, "
           f"{result.used} of {result.available} min for questions.")
bank_col, list_col = st.columns([3, 2], gap="large")

with bank_col:
    st.header("Choose questions", anchor=False)
    names = [c.name for c in bank.categories]
    chosen = st.pills("Categories", names, selection_mode="multi", key="_w_categories",
                      help="Show only these categories. None selected shows them all.")
    search_col, guide_col = st.columns([3, 2], vertical_alignment="bottom")
    words = search_col.text_input("Search", key="_w_search", placeholder="e.g. training, advice")
    guide_only = guide_col.toggle("Only the guide's 15", key="_w_guide_only")
    shown = qb.filter_questions(bank, set(chosen or []), words, guide_only)
    if not shown:
        st.info("No question matches. Clear the search or pick other categories.")
    for category in names:
        in_category = [q for q in shown if q.category == category]
        if not in_category:
            continue
        st.subheader(category, anchor=False)
        for question in in_category:
            pick_box(question.id, question.text + (" ✦" if question.from_guide else ""),
                     question.minutes)
    st.caption("✦ one of the guide's sample questions.")
    if ss.own_questions:
        st.subheader(bank.messages.own_category, anchor=False)
        for own in ss.own_questions:
            box_col, delete_col = st.columns([6, 1], vertical_alignment="center")
            with box_col:
                pick_box(own.id, own.text, own.minutes)
            delete_col.button("Delete", key=f"_delete_{own.id}", type="tertiary",
                              on_click=delete_own, args=(own.id,),
                              help="Delete this question of yours")

    with st.form("own_question", clear_on_submit=False, border=True):
        st.markdown("**Add your own question**")
        st.text_input("Your question", key="_w_own_text", max_chars=qb.OWN_TEXT_MAX_CHARS)
        st.number_input("Answer time (minutes)", min_value=1, max_value=10, value=3,
                        key="_w_own_minutes")
        st.form_submit_button("Add my question", on_click=add_own, icon=":material/add:",
                              key="_add_own")
    if own_error := ss.pop("_own_error", ""):
        st.error(own_error)

with list_col, st.container(border=True):
    st.header("Your list", anchor=False)
    choices = [*budget_text.slot_choices, "custom"]
    ss._w_slot_choice = "custom" if ss.slot_is_custom else ss.slot_minutes

    def set_slot() -> None:
        choice = ss._w_slot_choice
        ss.slot_is_custom = choice == "custom"
        if choice != "custom":
            ss.slot_minutes = choice

    st.radio("Time your contact gave you", choices, key="_w_slot_choice", horizontal=True,
             on_change=set_slot,
             format_func=lambda c: "Other" if c == "custom" else f"{c} minutes")
    if ss.slot_is_custom:
        st.number_input(budget_text.custom_slot.label, min_value=budget_text.custom_slot.min,
                        max_value=budget_text.custom_slot.max, step=5,
                        **state.bound("slot_minutes"))

    st.progress(min(result.share, 1.0),
                text=f"Questions: {result.used} of {result.available} min")
    {"over": st.error, "nearly_full": st.warning}.get(level, st.info)(message)

    flags = qb.job_word_flags(picked, job_words.phrases)
    for number, question in enumerate(picked, start=1):
        text_col, up_col, down_col, remove_col = st.columns([8, 1, 1, 1],
                                                            vertical_alignment="center")
        text_col.markdown(f"**{number}.** {question.text} · *{question.minutes} min*")
        up_col.button("", icon=":material/arrow_upward:", key=f"_up_{question.id}",
                      help="Move up", on_click=move, args=(qb.move_up, question.id),
                      disabled=number == 1, type="tertiary")
        down_col.button("", icon=":material/arrow_downward:", key=f"_down_{question.id}",
                        help="Move down", on_click=move, args=(qb.move_down, question.id),
                        disabled=number == len(picked), type="tertiary")
        remove_col.button("", icon=":material/close:", key=f"_remove_{question.id}",
                          help="Remove from my list", on_click=move,
                          args=(qb.unpick, question.id), type="tertiary")
        if question.id in flags:
            words_found = ", ".join(f"“{w}”" for w in flags[question.id])
            st.warning(f"**Sounds like asking for a job** ({words_found}). {job_words.reason}",
                       icon=":material/work_off:")

    if picked:
        st.subheader("Take it with you", anchor=False)
        name_col, contact_col = st.columns(2)
        with name_col:
            st.text_input("Your name (optional)", value=state.profile_value("student_name"),
                          key="_w_student_name", on_change=lambda: state.set_profile_value(
                              "student_name", ss._w_student_name))
        with contact_col:
            st.text_input("Contact's name (optional)", value=state.profile_value("contact_name"),
                          key="_w_contact_name", on_change=lambda: state.set_profile_value(
                              "contact_name", ss._w_contact_name))
        st.download_button(
            "Download questions to send ahead (Markdown)",
            data=partial(questions_markdown, picked, state.profile_value("student_name"),
                                         state.profile_value("contact_name"),
                                         ss.slot_minutes, card_text),
            file_name=card_text.questions_file.file_name, mime="text/markdown",
            on_click="ignore", icon=":material/send:", width="stretch")
        st.download_button(
            "Download pocket card to print (HTML)",
            data=partial(pocket_card_html, picked, ss.slot_minutes, result, card_text),
            file_name=card_text.card.file_name, mime="text/html",
            on_click="ignore", icon=":material/print:", width="stretch")

links.link("checklist", "Next — work through the prep checklist")
