"""Levekår: the parent's living conditions over time (issue 22): the view, its dialog and the
actions the window runs for it."""
