"""The "Who is this for?" choice above Writing help and the checklist: what they show is the
chosen person's, with their own drafts and notes; with nobody chosen, the details are typed."""

from __future__ import annotations

import streamlit as st

from ui import course, people

ss = st.session_state
KEY = "_w_writing_person"


def _labels() -> dict[str, str | None]:
    """Label -> person id (None: typed details); labels are made unique, as they are the
    choices themselves (a test or a screen reader sees what the student sees). Made again
    only when a record changed: with thousands of people it is the page's largest part."""
    kept = ss.get("_chooser_labels")
    key = (people.version(), bool(ss.get("hide_names")))
    if kept is None or kept[0] != key:
        kept = (key, _make_labels(course.writing().person.nobody,
                                  course.writing().person.no_name))
        ss._chooser_labels = kept
    return kept[1]


def _make_labels(nobody: str, no_name: str) -> dict[str, str | None]:
    labels: dict[str, str | None] = {nobody: None}
    for person_id in people.people():
        label = base = _label(person_id, no_name)
        number = 2
        while label in labels:
            label, number = f"{base} #{number}", number + 1
        labels[label] = person_id
    return labels


def _keep(labels: dict[str, str | None]) -> None:
    people.choose(labels.get(ss[KEY]))


def _label(person_id: str, no_name: str) -> str:
    person = people.get(person_id)
    name = people.shown_name(person, no_name)
    about = ", ".join(x for x in (name, person["organization"]) if x)
    return f"{about} ({person['stage']})"


def choose() -> None:
    words = course.writing().person
    labels = _labels()
    chosen = ss.get("chosen_person")
    ss[KEY] = next((label for label, pid in labels.items() if pid == chosen), words.nobody)
    st.selectbox(words.label, list(labels), key=KEY, on_change=_keep, args=(labels,),
                 help=words.help)
    person = people.chosen()
    if person is not None:  # their card, open, on the People page
        name = people.shown_name(person, words.no_name)
        st.page_link("pages/people.py", label=words.to_card.format(name=name),
                     icon=":material/badge:", query_params={"person": person["id"]})
