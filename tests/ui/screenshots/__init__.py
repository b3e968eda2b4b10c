"""The README's screenshots."""
