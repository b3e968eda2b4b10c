"""The vault seen from the window: unlock, first setup, recovery and data keys,
settings, backups, and the locks (idle, system, clipboard)."""
