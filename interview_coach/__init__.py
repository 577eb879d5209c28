"""Logic for the information-interview coach: everything that is not page layout."""
