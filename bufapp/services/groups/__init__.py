"""Responsibility groups as use cases: groups, members, meetings and actions,
and the documents made from them."""
