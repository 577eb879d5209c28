"""The shared shell of the app (state, browser store, sidebar, style, links) and, in ui/<page>/, the parts of one page. Streamlit lives here and in pages/, never in interview_coach/."""
