"""The quiz page's parts."""
