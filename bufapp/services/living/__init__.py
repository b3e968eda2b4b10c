"""Levekår: the parent's living conditions over time (issue 22)."""
