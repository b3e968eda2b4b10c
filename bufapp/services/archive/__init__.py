"""The archive export: what goes into a package, its files and metadata,
and the PDF/A rendering on worker processes."""
