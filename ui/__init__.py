"""The app's shared shell (state, browser store, sidebar, style, links) and, in ui/<page>/,
the parts of one page. Streamlit is imported here and in pages/, never in interview_coach/."""
