"""The register: Oversikt, the parent list and the parent's card, and the record
dialogs for parents, children and placements."""
