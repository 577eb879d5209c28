"""The Interview companion page's parts."""
