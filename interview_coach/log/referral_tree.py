"""Who led the student to whom, as Graphviz DOT source for `st.graphviz_chart`.

An arrow goes from the referrer to the contact whose row names them in `referred_by`. Only
people on an arrow are drawn. A referrer who has no row of their own still appears, marked
NOT_IN_LOG. Each box says the name, then organization and status, so colour is never the only
cue. Self-references are ignored; cycles are drawn as they are.
"""

from __future__ import annotations

import textwrap
import unicodedata

import pandas as pd

from interview_coach.log.stats import keys_of, usable_rows

NOT_IN_LOG = "Not in your log"
INK = "#1A1A1A"
EDGE_COLOUR = "#4D4D4D"
# Border colour (4.5:1 or more on white) and a pale fill, per status; text stays INK.
STATUS_STYLE = {
    "completed": ("#0072B2", "#E3F1FA"),
    "scheduled": ("#00735C", "#DFF3EE"),
    "requested": ("#B34700", "#FBEADF"),
    "declined": ("#595959", "#EEEEEE"),
}
OTHER_STYLE = ("#7A4E9E", "#F0E8F6")  # unknown or blank status
NOT_IN_LOG_STYLE = ("#595959", "#FFFFFF")
# Long organization names wrap: narrow boxes let a deep tree fit the page without shrinking.
LINE_CHARS = 26


def dot_text(text: str) -> str:
    """`text` as one DOT quoted-string piece: backslashes and quotes escaped, line breaks and
    other control characters turned into spaces."""
    flat = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return " ".join(flat.split()).replace("\\", "\\\\").replace('"', '\\"')


def _edges(rows: pd.DataFrame) -> list[tuple[str, str]]:
    """(referrer key, referred key) pairs, in log order, without repeats or self-references."""
    pairs = zip(keys_of(rows["referred_by"]), rows["key"], strict=True)
    return list(dict.fromkeys((a, b) for a, b in pairs if a and a != b))


def _first_spellings(rows: pd.DataFrame) -> dict[str, str]:
    """Each person's name as first written, contacts before referrers, spacing tidied."""
    names: dict[str, str] = {}
    keys = [*rows["key"], *keys_of(rows["referred_by"])]
    for key, name in zip(keys, [*rows["contact"], *rows["referred_by"]], strict=True):
        if key not in names:
            names[key] = " ".join(name.split())
    return names


def detail_lines(organization: str, status: str) -> list[str]:
    """The organization wrapped at LINE_CHARS, then " · status" on its last line if it fits."""
    lines = textwrap.wrap(organization, LINE_CHARS, break_long_words=False)
    if lines and status and len(lines[-1]) + len(status) + 3 <= LINE_CHARS:
        lines[-1] += f" · {status}"
    elif status:
        lines.append(status)
    return lines


def has_referrals(log: pd.DataFrame) -> bool:
    """True when at least one contact's row names someone else as the referrer."""
    return bool(_edges(usable_rows(log)))


def _node(node_id: str, lines: list[str], style: tuple[str, str], dashed: bool) -> str:
    label = "\\n".join(dot_text(line) for line in lines if line.strip())
    border, fill = style
    extra = ', style="rounded,filled,dashed"' if dashed else ""
    return f'  {node_id} [label="{label}", color="{border}", fillcolor="{fill}"{extra}];'


def referral_dot(log: pd.DataFrame, *, font_size: int = 14) -> str:
    """DOT source for the referral tree; a graph with no nodes when there are no referrals.

    A contact's box shows their latest row's status and latest organization written."""
    rows = usable_rows(log)
    edges = _edges(rows)
    in_order = rows.sort_values("date", kind="stable")
    latest = in_order.groupby("key").tail(1).set_index("key")
    named_org = in_order.loc[in_order["organization"].str.strip().ne("")]
    organizations = named_org.groupby("key")["organization"].last()
    names = _first_spellings(rows)
    ids: dict[str, str] = {}
    lines = [
        "digraph referrals {",
        '  graph [rankdir=LR, bgcolor="transparent", nodesep=0.3, ranksep=0.45];',
        f'  node [shape=box, style="rounded,filled", fontname="Helvetica,Arial,sans-serif", '
        f'fontsize={font_size}, fontcolor="{INK}", penwidth=2, margin="0.12,0.08"];',
        f'  edge [color="{EDGE_COLOUR}", penwidth=1.5, arrowsize=0.9];',
    ]
    for key in dict.fromkeys(k for edge in edges for k in edge):
        ids[key] = f"n{len(ids) + 1}"
        name = names[key]
        if key in latest.index:
            row = latest.loc[key]
            status = " ".join(row["status"].split())
            organization = " ".join(organizations.get(key, "").split())
            style = STATUS_STYLE.get(row["status_key"], OTHER_STYLE)
            lines.append(_node(ids[key], [name, *detail_lines(organization, status)], style,
                               dashed=False))
        else:
            lines.append(_node(ids[key], [name, NOT_IN_LOG], NOT_IN_LOG_STYLE, dashed=True))
    lines += [f"  {ids[a]} -> {ids[b]};" for a, b in edges]
    return "\n".join([*lines, "}"])


def describe_referrals(log: pd.DataFrame) -> str:
    """The tree as sentences for screen readers, e.g. "Ana Ruiz led you to Ben Li and Cy."."""
    rows = usable_rows(log)
    edges = _edges(rows)
    if not edges:
        return "No referrals recorded yet."
    names = _first_spellings(rows)
    led_to: dict[str, list[str]] = {}
    for referrer, referred in edges:
        led_to.setdefault(referrer, []).append(names[referred])
    return " ".join(
        f"{names[referrer]} led you to {_and_list(people)}." for referrer, people in led_to.items()
    )


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
