"""Responsibility groups and their meetings, in the window."""
