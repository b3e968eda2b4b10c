"""The office report: what the office learns from parents, for the municipality."""
