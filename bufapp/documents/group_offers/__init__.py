"""The group overview: the catalogue of current group offers, for a parent or the office."""
