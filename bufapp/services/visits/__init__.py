"""Samvær: the visit plan, its visits, evaluations and travel support."""
