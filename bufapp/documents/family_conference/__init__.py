"""The family's plan from a familieråd, printed for those who took part."""
