"""The files of one summary: read once, then let go.

Each file is read into the little the summary needs (interview_coach.classroom.student_files)
and Streamlit's copy of the upload is removed at once, so the bytes of a class's files are not
kept for the session; the box is then emptied (a fresh key), which also takes the file names
off the screen. Files added later join the ones already read, up to the summary's caps.
"""

import streamlit as st
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.scriptrunner import get_script_run_ctx

from interview_coach.classroom.class_summary import MAX_FILES, MAX_TOTAL_BYTES, read_files
from interview_coach.classroom.student_files import OVER_LIMIT, StudentFile
from interview_coach.classroom.summary_words import counted
from ui.class_summary.words import words

ss = st.session_state


def students() -> list[StudentFile]:
    return ss.setdefault("class_students", [])


def uploader_key() -> str:
    return f"_class_files_{ss.setdefault('_class_files_nonce', 0)}"


def _let_go(uploads: list) -> None:
    """Remove the uploads from Streamlit's memory (as st.chat_input does for its files)."""
    ctx = get_script_run_ctx()
    manager = getattr(ctx, "uploaded_file_mgr", None)
    if isinstance(manager, MemoryUploadedFileManager):
        for upload in uploads:
            manager.remove_file(session_id=ctx.session_id, file_id=upload.file_id)


def clear() -> None:
    ss.class_students = []
    ss._class_files_nonce = ss.get("_class_files_nonce", 0) + 1


def show() -> list[StudentFile]:
    """The uploader; new files are read into the session's list and let go."""
    w = words().files
    uploads = st.file_uploader(w["label"], accept_multiple_files=True,
                               type=["csv", "txt", "tsv", "xlsx"], key=uploader_key(),
                               help=w["help"])
    if uploads:
        with st.spinner(w["reading"].format(files=counted("{n} file|{n} files", len(uploads)))):
            ss.class_students = students() + read_files(
                [(u.name, u.getvalue()) for u in uploads], seen=students())
        _let_go(uploads)
        del uploads
        ss._class_files_nonce += 1
        # Draw the box afresh (empty, no file names); a full run when the page itself ran.
        st.rerun(scope="fragment" if get_script_run_ctx().fragment_ids_this_run else "app")
    read = students()
    if read:
        left, right = st.columns([3, 1], vertical_alignment="center")
        left.caption(w["read"].format(files=counted("{n} file|{n} files", len(read))))
        right.button(w["clear"], on_click=clear, icon=":material/restart_alt:",
                     key="_class_files_clear")
        if any(s.problem == OVER_LIMIT for s in read):
            st.warning(w["limit"].format(max_files=MAX_FILES,
                                         max_mb=MAX_TOTAL_BYTES // (1024 * 1024)))
    return read
