"""«Hva kontoret lærer»: the office report view and the dialog for the chosen words."""
