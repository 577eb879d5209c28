"""The Rehearse page's parts: the opening with its checks and spoken length, a recording to
play back, the plan's TIARA lenses and a practice run of the whole plan with a timer. Every
word comes from content/rehearse.yaml and content/tiara.yaml. The opening's texts are kept
in the student's writing work (section "rehearse"), so they are saved like the rest."""

from __future__ import annotations

import streamlit as st

from interview_coach.conversation.lens import coverage, suggested_order
from interview_coach.conversation.opening import (
    PARTS,
    clock_text,
    opening_checks,
    overview_length,
    spoken_seconds,
)
from interview_coach.conversation.plan import Part, plan_parts
from interview_coach.conversation.recording import wav_seconds
from interview_coach.markdown_text import md_escape
from interview_coach.questions import bank as qb
from ui import course, links, people
from ui.companion import clock
from ui.writing_help import form

ss = st.session_state
REHEARSE = "rehearse"  # its section of ss.writing
PRACTICE = "_rehearse_practice"  # {"step": index, "at": ms the part began}
LENGTH_ALERTS = {"fits": st.success, "long": st.warning, "short": st.info, "empty": st.caption}


def picked() -> list[qb.PickedQuestion]:
    return qb.resolve(ss.picks, course.question_bank(), ss.own_questions)


def opening_texts() -> dict[str, str]:
    return {part: form.text(REHEARSE, part) for part in PARTS}


def opening() -> None:
    """The three texts the student will say, the checks and the overview's spoken length."""
    content = course.rehearse()
    spec = content.opening
    st.header(content.opening_heading, anchor=False)
    for part in PARTS:
        field = spec.fields[part]
        form.text_input(REHEARSE, REHEARSE, part, field.label, field.help, area=True,
                        height=130 if part == "overview" else 90, placeholder=field.placeholder)
        if part == "overview":
            length = overview_length(form.text(REHEARSE, "overview"), spec)
            alert = LENGTH_ALERTS[length.level]
            alert(f"**{spec.length.label}:** {length.message}" if length.level != "empty"
                  else length.message)
    checks = opening_checks(opening_texts(), len(picked()), spec, course.job_words(),
                            course.writing().checks.not_a_job.not_a_job_phrases)
    st.markdown(form.checks_markdown(checks, content.checks_heading))


def recording() -> None:
    """Record, play back, see the length; the recording stays in this session."""
    texts = course.rehearse().recording
    st.header(texts.heading, anchor=False)
    st.caption(texts.privacy)
    clip = st.audio_input(texts.label, key="_rehearse_recording")
    if clip is None:
        return
    data = clip.getvalue()
    st.audio(data, format="audio/wav")
    seconds = wav_seconds(data)
    if seconds is not None:
        spoken = spoken_seconds(form.text(REHEARSE, "overview"),
                                course.rehearse().opening.speaking_pace_wpm)
        st.markdown(texts.length.format(time=clock_text(round(seconds)),
                                        words_time=clock_text(spoken)))
    st.download_button(texts.download, data=data, file_name=texts.file_name, mime="audio/wav",
                       on_click="ignore", icon=":material/download:")


def lenses() -> None:
    """Which TIARA lenses the picked questions cover, and the order the method suggests."""
    tiara = course.tiara()
    m = tiara.messages
    st.header(m.heading, anchor=False)
    st.markdown(tiara.source)
    questions = picked()
    if not questions:
        st.info(m.empty)
        return
    result = coverage(ss.picks, tiara)
    for number, question in enumerate(questions, start=1):
        lens = tiara.questions.get(question.id, m.own_question)
        st.markdown(f"{number}. **{lens}** · {md_escape(question.text)}")
    st.markdown(m.covered.format(count=len(result.covered), lenses=", ".join(result.covered))
                + " " + (m.missing.format(lenses=", ".join(result.missing)) if result.missing
                         else m.all_covered))
    st.caption(tiara.why_this_order)
    if result.in_order:
        st.success(m.in_order, icon=":material/check:")
    else:
        st.warning(m.out_of_order, icon=":material/swap_vert:")
        st.button(m.use_order, on_click=_use_order, icon=":material/sort:", key="_rehearse_order")


def _use_order() -> None:
    ss.picks = suggested_order(ss.picks, course.tiara())


# ---- the practice run ----


def practice_parts() -> list[tuple[str, Part]]:
    """(title, part) for each part of the plan: why, overview, each question, the closing."""
    spec = course.rehearse().opening
    texts = opening_texts()
    closing_minutes = course.time_budget().reserve[-1].minutes
    questions = picked()
    opening = {part: (texts[part], max(spoken_seconds(texts[part], spec.speaking_pace_wpm), 15))
               for part in ("why", "overview")}
    parts = plan_parts(opening, [(q.id, q.text, q.minutes) for q in questions],
                       (texts["closing"], closing_minutes * 60))
    words = course.rehearse().practice
    titles = [words.why_title, words.overview_title,
              *(words.question_title.format(number=n) for n in range(1, len(questions) + 1)),
              words.closing_title]
    return list(zip(titles, parts, strict=True))


def _go(step: int | None) -> None:
    ss[PRACTICE] = None if step is None else {"step": step, "at": people.now_ms()}


def practice() -> None:
    words = course.rehearse().practice
    st.header(words.heading, anchor=False)
    st.caption(words.intro)
    run = ss.get(PRACTICE)
    parts = practice_parts()
    if not run:
        st.button(words.start, on_click=_go, args=(0,), type="primary",
                  icon=":material/play_arrow:", key="_rehearse_start")
        return
    step = run["step"]
    if step >= len(parts):
        st.success(words.done, icon=":material/done_all:")
        st.button(words.start, on_click=_go, args=(0,), icon=":material/replay:",
                  key="_rehearse_again")
        return
    title, part = parts[step]
    with st.container(border=True):
        st.subheader(title, anchor=False)
        st.caption(words.part_of.format(number=step + 1, count=len(parts),
                                        time=clock_text(part.seconds)))
        st.text(part.text or words.empty_part)  # the student's words, shown as typed
        clock.show(f"_rehearse_clock_{step}", run["at"], 0, part.seconds,
                   min(15, part.seconds // 4), [(title, Part(part.key, part.kind, part.text,
                                                             part.seconds, 0))],
                   {**course.companion().clock.model_dump(), "ending": words.nearly_up,
                    "over_message": words.time_up})
    with st.container(horizontal=True):
        st.button(words.back, on_click=_go, args=(max(step - 1, 0),), disabled=step == 0,
                  icon=":material/arrow_back:", key="_rehearse_back")
        st.button(words.next, on_click=_go, args=(step + 1,), type="primary",
                  icon=":material/arrow_forward:", key="_rehearse_next")
        st.button(words.stop, on_click=_go, args=(None,), icon=":material/stop:",
                  key="_rehearse_stop")


def rehearse() -> None:
    """The whole page body (run inside a saving fragment by the page)."""
    content = course.rehearse()
    opening()
    recording()
    lenses()
    practice()
    links.link("companion", content.companion_link, icon=":material/timer:")
