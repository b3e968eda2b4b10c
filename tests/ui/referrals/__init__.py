"""Referrals, consents and the address book, in the window."""
