"""Responsibility groups: the group page, its members and actions, and each
meeting's plan, minutes, evaluation and copies."""
