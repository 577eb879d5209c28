"""The Interview companion's parts: whom you are talking to, the clock against the agreed
slot, your opening, the picked questions with a notes box under each, and the closing ask
with a quick add for the people they suggest. Every word comes from content/companion.yaml.

Everything typed goes straight into the person's record through ui.people (on_change), so it
is saved with the rest of the student's work; the interview's start is kept there too, so a
reload mid-interview finds the clock where it was.
"""

from __future__ import annotations

import streamlit as st

from interview_coach.conversation.companion import CompanionContent
from interview_coach.conversation.opening import clock_text
from interview_coach.conversation.plan import Part, interview_clock, plan_parts
from interview_coach.markdown_text import md_escape
from interview_coach.people import record
from interview_coach.plain_text import plural
from interview_coach.questions import bank as qb
from ui import course, links, people
from ui.companion import clock
from ui.saved_work import rerun_only
from ui.writing_help import form

ss = st.session_state
REHEARSE = "rehearse"  # the Rehearse page's section of ss.writing: the opening texts
NOTE = "_w_companion_note_"
PERSON = "_w_companion_person"


def words() -> CompanionContent:
    return course.companion()


def picked() -> list[qb.PickedQuestion]:
    return qb.resolve(ss.picks, course.question_bank(), ss.own_questions)


def reserve_minutes() -> tuple[int, int]:
    """(opening, closing) minutes: the time budget's first and last reserved parts."""
    parts = course.time_budget().reserve
    return (parts[0].minutes, parts[-1].minutes) if len(parts) > 1 else \
        (parts[0].minutes if parts else 0, 0)


def plan(questions: list[qb.PickedQuestion]) -> list[tuple[str, Part]]:
    """(title, part) for the opening, each question and the closing."""
    opening, closing = reserve_minutes()
    parts = plan_parts({"why": (form.text(REHEARSE, "why"), opening * 60)},
                       [(q.id, q.text, q.minutes) for q in questions],
                       (form.text(REHEARSE, "closing"), closing * 60))
    w = words()
    titles = [w.opening_heading, *(f"Q{n}" for n in range(1, len(questions) + 1)),
              w.closing_heading]
    return list(zip(titles, parts, strict=True))


# ---- callbacks: every change goes through ui.people ----


def _choose() -> None:
    people.choose(ss[PERSON])


def _add_first() -> None:
    name = ss.get("_w_companion_first", "").strip()
    if name:
        people.choose(people.add(name))
        ss._w_companion_first = ""


def _keep_minutes(person_id: str) -> None:
    people.update(person_id, minutes=int(ss[f"_w_companion_minutes_{person_id}"]))


def _keep_note(person_id: str, question_id: str) -> None:
    person = people.get(person_id)
    if person is None:
        return
    notes = {**person["question_notes"], question_id: ss[f"{NOTE}{question_id}"]}
    people.update(person_id, question_notes={k: v for k, v in notes.items() if v})
    rerun_only()  # the box shows the note already: only save it, draw nothing again


def _keep_learned(person_id: str) -> None:
    people.update(person_id, learned=ss[f"_w_companion_learned_{person_id}"])
    rerun_only()


def _start(person_id: str) -> None:
    person = people.get(person_id)
    if person is not None and person["stage"] in ("To ask", "Requested"):
        people.set_stage(person_id, "Scheduled")  # it is happening: earlier steps are done
    people.update(person_id, started_at=people.now_ms(), finished_at=0)


def _finish(person_id: str) -> None:
    people.update(person_id, finished_at=people.now_ms())
    people.set_stage(person_id, "Held")


def _add_suggested(person_id: str) -> None:
    name = ss.get("_w_companion_suggested", "").strip()
    if name:
        people.add(name, referred_by=person_id, found_via=record.REFERRED)
        ss._companion_added = name
        ss._w_companion_suggested = ""


# ---- the parts ----


def choose_person() -> dict | None:
    """The person the companion works on (the tools' chosen person); None until there is one."""
    w = words()
    everyone = people.people()
    if not everyone:
        st.info(w.no_people, icon=":material/person_add:")
        st.text_input(w.add_first_label, key="_w_companion_first")
        st.button(w.add_first_button, on_click=_add_first, type="primary", width="stretch",
                  icon=":material/person_add:")
        return None
    person = people.chosen()
    if person is None:
        scheduled = [p for p in everyone.values() if p["stage"] == "Scheduled"]
        person = (scheduled or list(everyone.values()))[0]
        people.choose(person["id"])
    ss[PERSON] = person["id"]
    st.selectbox(w.person_label, list(everyone), key=PERSON, on_change=_choose,
                 help=w.person_help, format_func=lambda pid: _person_label(everyone[pid]))
    return person


def _person_label(person: dict) -> str:
    who = ", ".join(p for p in (person["name"], person["organization"]) if p)
    return f"{who or '…'} ({person['stage']})"


def slot_and_start(person: dict, questions: list[qb.PickedQuestion]) -> None:
    w = words()
    key = f"_w_companion_minutes_{person['id']}"
    ss[key] = person["minutes"]
    st.number_input(w.slot_label, min_value=5, max_value=90, step=5, key=key,
                    on_change=_keep_minutes, args=(person["id"],), help=w.slot_help)
    opening, closing = reserve_minutes()
    st.caption(w.plan_summary.format(questions=plural(len(questions), "question"),
                                     minutes=sum(q.minutes for q in questions),
                                     slot=person["minutes"], opening=opening, closing=closing))
    planned = opening + closing + sum(q.minutes for q in questions)
    if planned > person["minutes"]:
        st.warning(w.plan_over.format(over=planned - person["minutes"],
                                      slot=person["minutes"]), icon=":material/timer_off:")
    started, finished = person["started_at"], person["finished_at"]
    if not started or finished:
        label = w.restart if finished else w.start
        st.button(label, key="_companion_start", on_click=_start, args=(person["id"],),
                  type="primary" if not finished else "secondary", width="stretch",
                  icon=":material/play_arrow:", help=w.start_help)


def show_clock(person: dict, parts: list[tuple[str, Part]]) -> None:
    w = words()
    slot_s = person["minutes"] * 60
    warn_minutes = min(w.warn_before_end_minutes, person["minutes"])
    texts = {**w.clock.model_dump(), "ending": w.clock.ending.format(minutes=warn_minutes),
             "over_message": w.clock.over_message.format(slot=person["minutes"])}
    clock.show(f"_companion_clock_{person['id']}", person["started_at"],
               person["finished_at"], slot_s, warn_minutes * 60, parts, texts)
    if person["finished_at"]:
        reading = interview_clock(person["started_at"], person["finished_at"],
                                  person["minutes"], warn_minutes, person["finished_at"])
        st.success(w.finished.format(name=person["name"], time=clock_text(reading.elapsed_s)),
                   icon=":material/done_all:")
        links.link("writing_help", w.thank_you_link, tool="Thank-you note")


def opening() -> None:
    w = words()
    st.header(w.opening_heading, anchor=False)
    why, overview = form.text(REHEARSE, "why"), form.text(REHEARSE, "overview")
    if not (why.strip() or overview.strip()):
        st.caption(w.opening_empty)
    for label, said in ((w.why_label, why), (w.overview_label, overview)):
        if said.strip():
            st.markdown(f"**{label}**")
            st.text(said)  # the student's words, shown as typed
    links.link("rehearse", w.rehearse_link, icon=":material/mic:")


def question_notes(person: dict, questions: list[qb.PickedQuestion],
                   parts: list[tuple[str, Part]]) -> None:
    w = words()
    st.header(w.questions_heading, anchor=False)
    if not questions:
        st.info(w.no_questions)
        links.link("question_picker", w.picker_link)
        return
    tiara = course.tiara()
    own = tiara.messages.own_question
    for number, (question, (_, part)) in enumerate(zip(questions, parts[1:-1], strict=False),
                                                    start=1):
        lens = tiara.questions.get(question.id, own)
        st.markdown(w.question_heading.format(number=number, minutes=question.minutes,
                                              at=clock_text(part.starts_at), lens=lens)
                    + f"  \n{md_escape(question.text)}")
        key = f"{NOTE}{question.id}"
        ss[key] = person["question_notes"].get(question.id, "")
        st.text_area(w.note_label, key=key, on_change=_keep_note,
                     args=(person["id"], question.id), placeholder=w.note_placeholder,
                     height=90, label_visibility="collapsed")
    st.caption(w.saved_note)


def closing(person: dict) -> None:
    w = words()
    st.header(w.closing_heading, anchor=False)
    st.subheader(w.closing_ask, anchor=False)
    if own := form.text(REHEARSE, "closing").strip():
        st.caption(w.closing_own)
        st.text(own)
    with st.form("_companion_suggested_form", clear_on_submit=False, border=True):
        st.text_input(w.suggested_label, key="_w_companion_suggested",
                      placeholder=w.suggested_placeholder)
        st.form_submit_button(w.suggested_add, on_click=_add_suggested, args=(person["id"],),
                              icon=":material/person_add:", width="stretch")
    if added := ss.pop("_companion_added", ""):
        st.success(w.suggested_added.format(name=added), icon=":material/check:")
    suggested = record.suggested_by(people.people(), person["id"])
    st.caption(w.suggested_list + " " + (", ".join(p["name"] for p in suggested)
                                           if suggested else w.suggested_empty))
    key = f"_w_companion_learned_{person['id']}"
    ss[key] = person["learned"]
    st.text_input(w.learned_label, key=key, on_change=_keep_learned, args=(person["id"],),
                  help=w.learned_help)
    if person["started_at"] and not person["finished_at"]:
        st.button(w.finish, key="_companion_finish", on_click=_finish, args=(person["id"],),
                  type="primary", width="stretch", icon=":material/stop:")


def companion() -> None:
    """The whole companion (run inside a saving fragment by the page)."""
    person = choose_person()
    if person is None:
        return
    questions = picked()
    parts = plan(questions)
    # Keys give the CSS (ui/companion/clock.py) its hold: big buttons, the plan in large type.
    with st.container(key="companion"):
        slot_and_start(person, questions)
        show_clock(person, parts)
        with st.container(key="companion_plan"):
            opening()
            question_notes(person, questions, parts)
            closing(person)

