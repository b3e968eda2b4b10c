"""Familieråd: the conference, the family's plan, its approval and its tasks (issue 22 § 3)."""
