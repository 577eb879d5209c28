"""The Question picker page's parts."""
