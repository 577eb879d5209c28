import io
import wave

from interview_coach.conversation.recording import wav_seconds


def wav(seconds: float, rate: int = 16000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\0\0" * int(seconds * rate))
    return buffer.getvalue()


def test_the_length_comes_from_the_wav_header():
    assert wav_seconds(wav(2.5)) == 2.5
    assert wav_seconds(wav(1, rate=48000)) == 1.0


def test_what_is_no_wav_has_no_length():
    assert wav_seconds(b"") is None
    assert wav_seconds(b"RIFF....WAVEjunk") is None
