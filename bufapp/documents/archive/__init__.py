"""Documents made only for the archive export: the follow-up's records, one per document."""
