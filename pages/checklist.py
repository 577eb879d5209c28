from functools import partial

import streamlit as st

from interview_coach.course import checklist as cl
from ui import course, hidden_text, links, pages_folder_mode, people
from ui.people import chooser
from ui.saved_work import rerun_only, saving_fragment, work_ready

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

checklist = course.checklist()
ss = st.session_state
picked_count = len(ss.picks)


def set_done(item_id: str) -> None:
    ss.checklist = cl.update_item(ss.checklist, item_id, done=ss[f"_w_done_{item_id}"])
    rerun_only(PROGRESS)  # the box shows the tick already: only the count changes


PROGRESS, BODY = "checklist_progress", "checklist_body"
GROUP = "checklist_group"  # the group whose tab is open


@st.fragment(key=PROGRESS)
def progress() -> None:
    done, total = cl.progress(ss.checklist, checklist)
    st.progress(done / total, text=checklist.progress.format(done=done, total=total))


# With a person chosen, the research items' notes are that person's research (their card's and
# the prep sheet's too), so each person has their own.
RESEARCH_ITEMS = {"research-industry": "industry", "research-organization": "organization",
                  "research-contact": "contact"}


def note_of(item_id: str) -> str:
    person = people.chosen()
    if person is not None and item_id in RESEARCH_ITEMS:
        return person["research"][RESEARCH_ITEMS[item_id]]
    return cl.note_of(ss.checklist, item_id)


def set_note(item_id: str) -> None:
    person, text = people.chosen(), ss[f"_w_note_{item_id}"]
    if person is not None and item_id in RESEARCH_ITEMS:
        people.update(person["id"], research={**person["research"], RESEARCH_ITEMS[item_id]: text})
        return
    ss.checklist = cl.update_item(ss.checklist, item_id, note=text)


def reset() -> None:
    ss.checklist = {}
    rerun_only(PROGRESS, BODY)  # the progress bar sits outside the checklist's part


def note_box(item_id: str) -> None:
    """The item's note in an expander; its text box is only drawn while the expander is open."""
    note = note_of(item_id)
    open_key = f"_w_note_open_{item_id}"
    words = checklist.note
    # The label is part of the expander's identity: re-seed its key so that the first note
    # ("Add a note" becomes "Your note") does not close it.
    ss[open_key] = ss.get(open_key, False)
    with st.expander(words.open if note else words.add, icon=":material/edit_note:",
                     key=open_key, on_change="rerun") as box:
        if box.open and ss.get("hide_names"):  # shown, not edited: it may name someone
            st.text(hidden_text.shown(note))
        elif box.open:
            ss[f"_w_note_{item_id}"] = note
            st.text_area(words.label, key=f"_w_note_{item_id}", on_change=set_note,
                         args=(item_id,), max_chars=cl.MAX_NOTE_CHARS,
                         label_visibility="collapsed", placeholder=words.placeholder)


def item_box(item: cl.ChecklistItem) -> None:
    ss[f"_w_done_{item.id}"] = cl.is_done(ss.checklist, item.id)
    # Plain text: a screen reader reads the label as typed, marks and all. The name is the
    # first paragraph, made bold by ui/style.py.
    st.checkbox(f"{cl.item_label(item, checklist, picked_count)}\n\n{item.why}",
                key=f"_w_done_{item.id}", on_change=set_done, args=(item.id,))
    if item.link:
        links.link(item.link.page, item.link.label, tool=item.link.tool)
    note_box(item.id)


@saving_fragment(key=BODY)  # a note reruns only the checklist (a tick less), saved at once
def checklist_body() -> None:
    chooser.choose()

    descriptions = {group.name: group.description for group in checklist.groups}
    groups = cl.by_group(checklist)
    # One group at a time (before / on the day / after): only the open tab's items are drawn,
    # so a page switch draws 9 items at most, not 18. The choice outlives the page.
    names = list(groups)
    # Keyed so ui/style.py can set each item's link and note under its text.
    with st.container(key="checklist_items"):
        if f"_w_{GROUP}" not in ss:  # back on the page: the tab the student had open
            ss[f"_w_{GROUP}"] = ss.get(GROUP) if ss.get(GROUP) in names else names[0]
        tabs = st.tabs(names, key=f"_w_{GROUP}", on_change="rerun")
        for tab, (group, items) in zip(tabs, groups.items(), strict=True):
            if not tab.open:
                continue
            ss[GROUP] = group  # the widget's key goes with the page; this one stays
            with tab:
                st.caption(descriptions[group])
                for item in items:
                    item_box(item)

    st.divider()
    download_col, reset_col = st.columns(2, vertical_alignment="center")
    download_col.download_button(
        checklist.download,
        data=partial(cl.checklist_markdown, ss.checklist, checklist, picked_count),
        file_name="information-interview-checklist.md", mime="text/markdown",
        on_click="ignore", icon=":material/download:",
    )
    with reset_col.popover(checklist.reset.button, icon=":material/restart_alt:"):
        st.markdown(checklist.reset.question)
        st.button(checklist.reset.confirm, on_click=reset, type="primary")


st.title(checklist.title, anchor=False)
st.markdown(checklist.intro)
if work_ready():
    progress()  # outside the checklist's part: a tick's redraw stays off the 18 items' path
    checklist_body()
