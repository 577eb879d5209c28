"""The Rehearse page (AppTest): the opening's checks and spoken length, a recording's length,
the TIARA lenses with the suggested order, and the practice run part by part."""

import json

from silent_wav import wav

from apptest_helpers import open_page
from interview_coach.conversation.opening import clock_text, spoken_seconds
from interview_coach.writing.checks import word_count

WHY = "I'd like to learn what the work is really like."
OVERVIEW = ("My goal is a career in packaging design. I worked as an intern at a print shop, "
            "I led our class's poster project, and I'm good at layout. ") * 4


def checks_text(at) -> str:
    return next(m.value for m in at.markdown if m.value.startswith("**Checks against"))


def test_the_checks_follow_what_is_typed():
    at = open_page("rehearse", picks=["industry-trends"])
    assert not at.exception
    assert checks_text(at).count(":red[**✗**]") == 6  # why, 4 overview parts, closing
    at.text_area(key="_w_writing_rehearse_rehearse_why").set_value(WHY).run()
    at.text_area(key="_w_writing_rehearse_rehearse_overview").set_value(OVERVIEW).run()
    assert checks_text(at).count(":red[**✗**]") == 1  # only the closing ask is left
    at.text_area(key="_w_writing_rehearse_rehearse_closing").set_value(
        "Who else should I talk to?").run()
    assert ":red[**✗**]" not in checks_text(at)
    assert at.session_state.writing["rehearse"]["why"] == WHY  # kept with the writing work


def test_the_overviews_spoken_length_is_shown_at_the_speaking_pace():
    at = open_page("rehearse")
    at.text_area(key="_w_writing_rehearse_rehearse_overview").set_value(OVERVIEW).run()
    (message,) = [s.value for s in at.success if "Spoken length" in s.value]
    seconds = spoken_seconds(OVERVIEW, 130)
    assert f"{word_count(OVERVIEW)} words, about {clock_text(seconds)} at 130 words" in message
    assert 45 <= seconds <= 120  # within the plan's minute or two, so a success
    at.text_area(key="_w_writing_rehearse_rehearse_overview").set_value(OVERVIEW * 3).run()
    assert any("longer than the plan" in w.value for w in at.warning)


def test_job_words_in_the_opening_fail_the_check():
    at = open_page("rehearse")
    at.text_area(key="_w_writing_rehearse_rehearse_why").set_value(
        WHY + " Are you hiring?").run()
    text = checks_text(at).replace("\\", "")
    assert "✗**] **Not asking for a job**" in text and "“Are you hiring”" in text


def test_a_recording_is_played_back_with_its_length_and_stays_in_the_session():
    at = open_page("rehearse")
    assert any("not saved with your work" in c.value for c in at.caption)
    at.audio_input(key="_rehearse_recording").set_value(("clip.wav", wav(75), "audio/wav")).run()
    assert not at.exception
    assert any("Your recording: 1:15 long" in m.value for m in at.markdown)
    assert at.get("audio") and "Download my recording (.wav)" in [
        d.label for d in at.get("download_button")]
    assert "recording" not in str(at.session_state.writing)


def test_the_lenses_of_the_plan_and_the_suggested_order():
    picks = ["what-to-do-next", "industry-trends", "typical-week"]
    at = open_page("rehearse", picks=picks)
    lens_lines = [m.value for m in at.markdown if m.value[:2] in ("1.", "2.", "3.")]
    assert [line.split("**")[1] for line in lens_lines] == ["Assignments", "Trends", "Insights"]
    assert any("covers 3 of the 5 lenses" in m.value and "Advice, Resources" in m.value
               for m in at.markdown)
    next(b for b in at.button if b.label == "Put my questions in the suggested order").click()
    at.run()
    assert at.session_state.picks == ["industry-trends", "typical-week", "what-to-do-next"]
    assert any("already follow the suggested order" in s.value for s in at.success)


def test_the_practice_run_goes_through_every_part_in_turn():
    at = open_page("rehearse", picks=["industry-trends", "typical-week"])
    next(b for b in at.button if b.label == "Start the practice run").click().run()
    seen = []
    for _ in range(5):  # why, overview, 2 questions, closing
        seen.append(at.subheader[-1].value)
        (clock,) = [c for c in at.get("bidi_component")
                    if c.proto.component_name.endswith("conversation_clock")]
        data = json.loads(clock.proto.json)
        assert data["started_at"] > 0 and data["words"]["over_message"].startswith("Time is up")
        assert not any("{" in text for text in data["words"].values())  # all filled
        assert any(c.value.startswith(f"Part {len(seen)} of 5") for c in at.caption)
        next(b for b in at.button if b.label == "Next part").click().run()
    assert seen == ["Why you asked", "Your overview", "Question 1", "Question 2",
                    "Your closing ask"]
    assert any("Practice run finished" in s.value for s in at.success)


def test_a_recording_is_gone_after_leaving_the_page_as_the_page_says():
    at = open_page("rehearse")
    at.audio_input(key="_rehearse_recording").set_value(("clip.wav", wav(3), "audio/wav")).run()
    assert any("Your recording: 0:03 long" in m.value for m in at.markdown)
    at.switch_page("pages/start.py").run()
    at.switch_page("pages/rehearse.py").run()
    assert not any("Your recording:" in m.value for m in at.markdown)
    assert any("gone when you leave the page" in c.value for c in at.caption)
