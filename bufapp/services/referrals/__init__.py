"""Referrals to services: the use cases (drafts, the consent gate, sending and answers) and the
letter with the parent's copy, built from the vault when one is made."""
