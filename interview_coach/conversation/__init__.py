"""The conversation itself: the student's opening, a practice run of the plan, the interview's
clock, and the TIARA lens of each question (no Streamlit here)."""
