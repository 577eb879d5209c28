"""The sidebar's "Your work": where it is kept, the backup file (download and restore), what
could not be read, and Forget. Every word is in content/saving.yaml."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

import streamlit as st

from interview_coach.people.record import MAX_PEOPLE
from interview_coach.saving import backup_file, merge, records
from ui import demo_switch, saved_work
from ui.browser_store import MODES, remove_aside

ss = st.session_state
BACKED_UP = "backed_up"  # the newest stamp the last downloaded backup held (a record too)
RESTORE_OPEN, FORGET_OPEN = "_w_restore_open", "_w_forget_open"  # "Restore…", "Forget…" open


def _mode_changed() -> None:
    ss.store_mode = ss["_w_store_mode"]
    ss.remember = ss.store_mode != "off"


def _backed_up() -> None:
    saved_work.own_work()[BACKED_UP] = saved_work.backup_box()["latest"]


def _backup_bytes(box: dict) -> bytes:
    """The file, made when the student clicks: from the work as the last run (a page part's
    own run included) left it, which the box holds."""
    saved_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return backup_file.write_backup(box["texts"], saved_at)


def _aside_bytes(aside: dict[str, str]) -> bytes:
    return (records.dumps({"app": "information-interview-coach", "kind": "unreadable",
                           "copies": aside}) + "\n").encode()


def _forget_aside() -> None:
    remove_aside(saved_work.STORE_NAME, [k for k in ss.get(saved_work.ASIDE, {})
                                         if not k.endswith("@new") and k != "legacy-copy"])
    ss[saved_work.ASIDE] = {}


def show_controls():
    """Draw "Your work"; return the spot for the saving status (see saved_work.show_status)."""
    words = saved_work.wording()
    st.markdown(f"**{words.heading}**")
    ss.setdefault("store_mode", "device")
    ss["_w_store_mode"] = ss.store_mode
    st.radio(words.where.label, MODES, key="_w_store_mode", on_change=_mode_changed,
             format_func=lambda mode: getattr(words.where, mode), help=words.where.help)
    status = st.empty()  # filled after the page ran, once the browser has answered
    _download(words)
    _unreadable(words)
    # Their contents are drawn only while open: every page's run is lighter without them.
    restore = st.expander(words.restore.heading, icon=":material/upload_file:",
                          key=RESTORE_OPEN, on_change="rerun")
    if restore.open:
        with restore:
            _restore(words)
    forget = st.popover(words.forget.button, icon=":material/delete:", key=FORGET_OPEN,
                        on_change="rerun")
    if forget.open:
        with forget:
            st.markdown(words.forget.body)
            st.button(words.forget.confirm, on_click=saved_work.forget, type="primary",
                      key="_forget_confirm")
    return status


def _download(words) -> None:
    box = saved_work.backup_box(refresh=True)
    if ss.store_mode == "tab":
        st.caption(words.shared_reminder)
    elif box["texts"] and box["latest"] > saved_work.own_work().get(BACKED_UP, 0):
        st.caption(words.reminder)
    st.download_button(
        words.download.button, data=partial(_backup_bytes, box),
        file_name=words.download.file_name.format(day=date.today().isoformat()),
        mime="application/json", help=words.download.help, icon=":material/download:",
        on_click=_backed_up, key="_backup_download", width="stretch")


def _unreadable(words) -> None:
    aside = ss.get(saved_work.ASIDE) or {}
    if not aside:
        return
    st.download_button(
        words.set_aside.button, data=partial(_aside_bytes, dict(aside)),
        file_name=words.set_aside.file_name.format(day=date.today().isoformat()),
        mime="application/json", icon=":material/report:", key="_aside_download",
        on_click="ignore", width="stretch")
    st.button(words.set_aside.remove, on_click=_forget_aside, key="_aside_remove",
              icon=":material/delete_sweep:")


def _file_records() -> tuple[dict[str, str] | None, list[str]]:
    """The records of the uploaded backup file and notices (None: refused, with the reason)."""
    upload = ss.get(f"_restore_file_{ss.get('_restore_nonce', 0)}")
    if upload is None:
        return None, []
    words = saved_work.wording().restore
    result = backup_file.read_backup(upload.getvalue())
    if result.records is None:
        return None, [result.refused or ""]
    if result.version == 1:
        texts, notices = saved_work.legacy_records(records.dumps(
            {"app": "information-interview-coach", "version": 1, "parts": result.v1_parts}))
        return texts, [words.old_version, *notices]
    notices = [words.unreadable.format(count=result.unreadable)] if result.unreadable else []
    return result.records, notices


def _bring_in(how: str) -> None:
    texts, notices = _file_records()
    if texts is None:
        return
    words = saved_work.wording().restore
    if how == "replace":
        notices += saved_work.replace_all_work(texts)
        notices.append(words.replaced)
    else:
        mine = saved_work.current_records()
        preview = merge.preview(mine, texts)
        if preview.too_many_people:
            ss._restore_notices = [words.too_many.format(
                count=f"{preview.people_after_merge:,}", limit=f"{MAX_PEOPLE:,}")]
            return
        chosen = merge.merged(mine, texts)
        more, _ = saved_work.apply_texts(saved_work.own_work(), chosen)
        notices += [*more, words.merged.format(count=len(chosen))]
    ss._restore_nonce = ss.get("_restore_nonce", 0) + 1
    ss._restore_notices = notices


def _restore(words) -> None:
    if demo_switch.active():
        st.caption(words.restore.no_demo)
        return
    st.file_uploader(words.restore.uploader, type=["json"],
                     key=f"_restore_file_{ss.get('_restore_nonce', 0)}")
    texts, notices = _file_records()
    for notice in notices:
        (st.error if texts is None else st.caption)(notice)
    if texts is None:
        return
    preview = merge.preview(saved_work.current_records(), texts)
    st.markdown(words.restore.holds.format(people=f"{preview.people:,}",
                                           checklist=preview.checklist,
                                           writing=preview.writing, other=preview.other))
    st.caption(words.restore.compare.format(new=preview.new, newer=preview.newer,
                                            older=preview.older))
    st.button(words.restore.merge, on_click=_bring_in, args=("merge",), type="primary",
              help=words.restore.merge_help, key="_restore_merge")
    st.button(words.restore.replace, on_click=_bring_in, args=("replace",),
              help=words.restore.replace_help, key="_restore_replace")
