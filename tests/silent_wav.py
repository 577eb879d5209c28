"""A silent recording, as the microphone widget hands over, for the rehearsal tests."""

import io
import wave


def wav(seconds: float, rate: int = 16000) -> bytes:
    """`seconds` of silence: 16-bit mono WAV at `rate` samples a second."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\0\0" * int(seconds * rate))
    return buffer.getvalue()
