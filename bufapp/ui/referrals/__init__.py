"""Referrals and what they rest on: the referral list and editor, the consent
gate, the consent register and the address book of services."""
