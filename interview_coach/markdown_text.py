"""Student text inside Markdown, shown exactly as typed: in Markdown files and in Streamlit,
which rewrites some text even after the Markdown is parsed."""

from __future__ import annotations

import re


def multiline(text: str) -> str:
    """Text with Windows line ends made plain, trailing spaces and blank edge lines gone."""
    lines = [line.rstrip() for line in str(text or "").replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


# Markdown marks, and ':' before a letter (":name" starts a directive, e.g. :red[…]).
_MD_INLINE = re.compile(r"[\\`*_\[\]<>|~&$]|:(?=[A-Za-z])")
_MD_LINE_START = re.compile(r"^([#>+=-])|^(\d+)([.)])")
WORD_JOINER = "\u2060"  # invisible, and read by no screen reader
# Streamlit rewrites some text after the Markdown is parsed, when a backslash no longer counts:
# shortcodes (:smile:, :+1:, :material/x:, :streamlit:), web and e-mail addresses (made links)
# and arrows such as " -> ". A word joiner inside each keeps it as typed.
_MD_REWRITTEN = re.compile(r"(?<=:)(?=[A-Za-z0-9_+-]+:|material/)|(?<=(?i:www))(?=\.)|(?<=@)(?=\S)"
                           r"|(?<=(?i:http):)(?=//)|(?<=(?i:https):)(?=//)")
_MD_ARROW = re.compile(r"(?<!\S)(<->|->|<-|--|>=|<=|~=)(?!\S)")


def md_escape(text: str, *, indent: str = "") -> str:
    """Student text as literal Markdown, in Streamlit too: punctuation escaped, shortcodes,
    addresses and arrows broken by an invisible word joiner, line breaks kept (hard breaks)."""
    lines = []
    for line in multiline(text).split("\n"):
        line = _MD_ARROW.sub(lambda m: WORD_JOINER.join(m[1]), line.strip())
        line = _MD_INLINE.sub(lambda m: "\\" + m[0], _MD_REWRITTEN.sub(WORD_JOINER, line))
        lines.append(_MD_LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", line))
    return ("  \n" + indent).join(lines)
