"""The length of a recording the student made of their opening (a WAV file)."""

from __future__ import annotations

import io
import wave


def wav_seconds(data: bytes) -> float | None:
    """The recording's length in seconds, read from its WAV header; None when it is no WAV."""
    try:
        with wave.open(io.BytesIO(data)) as recording:
            rate, frames = recording.getframerate(), recording.getnframes()
    except (wave.Error, EOFError, ValueError):
        return None
    return frames / rate if rate else None
