"""Who led the student to whom, from the people's `referred_by` ids (never by typed names), as
Graphviz DOT source for `st.graphviz_chart` and as sentences. Only people on an arrow are drawn.
Each box says the name, then organization and stage, so colour is never the only cue; someone
not asked yet has a dashed box. A link to oneself is ignored; a loop is drawn as it is."""

from __future__ import annotations

import textwrap
import unicodedata
from typing import Any

from interview_coach.log.charts import INK
from interview_coach.people.log_file import OLD_STATUS

People = dict[str, dict[str, Any]]
EDGE_COLOUR = "#4D4D4D"
# Border colour (4.5:1 or more on white) and a pale fill, per status; text stays INK.
STATUS_STYLE = {
    "completed": ("#0072B2", "#E3F1FA"),
    "scheduled": ("#00735C", "#DFF3EE"),
    "requested": ("#B34700", "#FBEADF"),
    "declined": ("#595959", "#EEEEEE"),
}
OTHER_STYLE = ("#7A4E9E", "#F0E8F6")  # not asked yet
# Long organization names wrap: narrow boxes let a deep tree fit the page without shrinking.
LINE_CHARS = 26


def dot_text(text: str) -> str:
    """`text` as one DOT quoted-string piece: backslashes and quotes escaped, line breaks and
    other control characters turned into spaces."""
    flat = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return " ".join(flat.split()).replace("\\", "\\\\").replace('"', '\\"')


def detail_lines(organization: str, status: str) -> list[str]:
    """The organization wrapped at LINE_CHARS, then " · status" on its last line if it fits."""
    lines = textwrap.wrap(organization, LINE_CHARS, break_long_words=False)
    if lines and status and len(lines[-1]) + len(status) + 3 <= LINE_CHARS:
        lines[-1] += f" · {status}"
    elif status:
        lines.append(status)
    return lines


def _node(node_id: str, lines: list[str], style: tuple[str, str], dashed: bool) -> str:
    label = "\\n".join(dot_text(line) for line in lines if line.strip())
    border, fill = style
    extra = ', style="rounded,filled,dashed"' if dashed else ""
    return f'  {node_id} [label="{label}", color="{border}", fillcolor="{fill}"{extra}];'


def edges(people: People) -> list[tuple[str, str]]:
    return [(p["referred_by"], pid) for pid, p in people.items()
            if p["referred_by"] in people and p["referred_by"] != pid]


def has_referrals(people: People) -> bool:
    return bool(edges(people))


def referral_dot(people: People, *, font_size: int = 14) -> str:
    links = edges(people)
    lines = [
        "digraph referrals {",
        '  graph [rankdir=LR, bgcolor="transparent", nodesep=0.3, ranksep=0.45];',
        f'  node [shape=box, style="rounded,filled", fontname="Helvetica,Arial,sans-serif", '
        f'fontsize={font_size}, fontcolor="{INK}", penwidth=2, margin="0.12,0.08"];',
        f'  edge [color="{EDGE_COLOUR}", penwidth=1.5, arrowsize=0.9];',
    ]
    ids: dict[str, str] = {}
    for pid in dict.fromkeys(p for link in links for p in link):
        ids[pid] = f"n{len(ids) + 1}"
        person = people[pid]
        style = STATUS_STYLE.get(OLD_STATUS[person["stage"]].lower(), OTHER_STYLE)
        name = " ".join(person["name"].split()) or "(no name yet)"
        details = detail_lines(" ".join(person["organization"].split()), person["stage"])
        lines.append(_node(ids[pid], [name, *details], style, dashed=person["stage"] == "To ask"))
    lines += [f"  {ids[a]} -> {ids[b]};" for a, b in links]
    return "\n".join([*lines, "}"])


def describe_referrals(people: People) -> str:
    """E.g. "Ana Ruiz led you to Ben Li and Cy Diaz." — for screen readers and the projector."""
    led_to: dict[str, list[str]] = {}
    for referrer, referred in edges(people):
        led_to.setdefault(referrer, []).append(people[referred]["name"] or "(no name yet)")
    if not led_to:
        return "No referrals recorded yet."
    return " ".join(f"{people[r]['name'] or '(no name yet)'} led you to {_and_list(names)}."
                    for r, names in led_to.items())


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
