"""Key derivation, key wrapping, recovery keys and process hardening. No Qt, no database."""
