"""The Join page's parts."""
