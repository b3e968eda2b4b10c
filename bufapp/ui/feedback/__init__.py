"""Tilbakemelding: the parent's KOR scores (ORS, SRS) over time, and simple feedback."""
