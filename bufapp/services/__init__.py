"""Use cases: each takes a unit of work, validates, and returns plain data objects. No Qt."""
