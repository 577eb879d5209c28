"""A bare multi-page app (two bare pages in st.navigation): what the browser benchmark compares
the coach's navigation with. Run: streamlit run bench/bare_app.py"""

import streamlit as st

pg = st.navigation([
    st.Page("bare_page.py", title="Bare page", default=True),
    st.Page("bare_page_b.py", title="Second bare page"),
])
pg.run()
