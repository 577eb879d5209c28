"""The requirement an instructor sets, and its settings file (kept in this session only)."""

from datetime import date

import streamlit as st

from interview_coach.classroom.requirement import Requirement, read_settings, settings_json
from ui.class_summary.words import words

ss = st.session_state


def requirement() -> Requirement:
    if "class_requirement" not in ss:
        ss.class_requirement = Requirement()
    return ss.class_requirement


def _changed() -> None:
    due = (ss.get("_w_req_due") or date.today()) if ss["_w_req_use_due"] else None
    ss.class_requirement = requirement().model_copy(update={
        "interviews": int(ss["_w_req_interviews"]), "thank_yous": int(ss["_w_req_thank_yous"]),
        "referrals": int(ss["_w_req_referrals"]), "due": due})


def _load_settings() -> None:
    upload = ss.get("_w_req_settings")
    if upload is None:
        return
    loaded = read_settings(upload.getvalue())
    ss._req_settings_message = "loaded" if loaded else "not_settings"
    if loaded:
        ss.class_requirement = loaded


def _number(column, name: str, value: int) -> None:
    ss[f"_w_req_{name}"] = value
    column.number_input(words().requirement[name], min_value=0, max_value=50, step=1,
                        key=f"_w_req_{name}", on_change=_changed)


def show() -> Requirement:
    w = words().requirement
    current = requirement()
    with st.expander(w["heading"], expanded=True, icon=":material/rule:"):
        st.caption(w["help"])
        interviews, thank_yous, referrals, due = st.columns(4, vertical_alignment="bottom")
        _number(interviews, "interviews", current.interviews)
        _number(thank_yous, "thank_yous", current.thank_yous)
        _number(referrals, "referrals", current.referrals)
        ss["_w_req_use_due"] = current.due is not None
        ss["_w_req_due"] = current.due or date.today()
        with due:
            st.checkbox(w["use_due"], key="_w_req_use_due", on_change=_changed)
            if current.due is not None:  # shown only when it counts (a greyed one is hard to read)
                st.date_input(w["due"], key="_w_req_due", on_change=_changed,
                              format="YYYY-MM-DD")
        left, right = st.columns(2, vertical_alignment="bottom")
        left.download_button(w["download"], data=settings_json(current),
                             file_name=w["file_name"], mime="application/json",
                             on_click="ignore", icon=":material/download:")
        right.file_uploader(w["upload"], type=["json"], key="_w_req_settings",
                            on_change=_load_settings)
        message = ss.pop("_req_settings_message", None)
        if message:
            (st.success if message == "loaded" else st.warning)(w[message])
    return requirement()
