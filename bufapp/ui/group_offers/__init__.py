"""Gruppetilbud: the catalogue of group offers in the area and the chosen parent's way through
them (issue 22 § 4)."""
