"""Innsyn: the access pack and access-log report as use cases, and the
audit events read for them."""
