"""Familieråd: the view of a parent's family group conferences, its dialogs and actions."""
