"""Samvær: the visit plan per child with its history, the visits with their talks, the plan's
evaluations, travel support and the deadlines, for the parent chosen under Foreldre."""
