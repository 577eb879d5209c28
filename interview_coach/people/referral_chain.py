"""Who led the student to whom, from the people's `referred_by` ids (never by typed names), as
Graphviz DOT source and as sentences. Only people on an arrow are drawn."""

from __future__ import annotations

from typing import Any

from interview_coach.log.referral_tree import (
    EDGE_COLOUR,
    INK,
    STATUS_STYLE,
    _and_list,
    _node,
    detail_lines,
)
from interview_coach.people.log_file import OLD_STATUS

People = dict[str, dict[str, Any]]
OTHER_STYLE = ("#7A4E9E", "#F0E8F6")  # not asked yet


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
