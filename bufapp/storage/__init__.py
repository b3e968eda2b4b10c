"""Encrypted storage: SQLAlchemy models, the SQLCipher engine, the vault lifecycle, migrations."""
