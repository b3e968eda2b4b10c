"""The contact log, its editor and the search, in the window."""
