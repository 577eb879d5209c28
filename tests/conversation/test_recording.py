
from silent_wav import wav

from interview_coach.conversation.recording import wav_seconds


def test_the_length_comes_from_the_wav_header():
    assert wav_seconds(wav(2.5)) == 2.5
    assert wav_seconds(wav(1, rate=48000)) == 1.0


def test_what_is_no_wav_has_no_length():
    assert wav_seconds(b"") is None
    assert wav_seconds(b"RIFF....WAVEjunk") is None
