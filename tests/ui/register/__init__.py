"""Oversikt, the parent list, the card and the record dialogs, in the window."""
