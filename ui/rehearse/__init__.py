"""The Rehearse page's parts."""
