"""Unlock, setup, recovery and data keys, settings, backups and locks, in the window."""
