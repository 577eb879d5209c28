"""Student text made tidy for a sentence, and counted words: one home for each helper."""

from __future__ import annotations

import unicodedata


def one_line(text: object) -> str:
    """Text as one line with single spaces ("" for None)."""
    return " ".join(str(text or "").split())


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 question', '3 questions' ('many' when the plural is not word + s)."""
    return f"{count} {word if count == 1 else many or word + 's'}"


def fold(text: str) -> str:
    """Text without case or accents, for comparing: "Résumé" is "resume", "YILMAZ" "yilmaz"
    (Turkish dotless ı is i)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i")
