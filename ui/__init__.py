"""Shared Streamlit pieces: session state, sidebar, page parts."""
