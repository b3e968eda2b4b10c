"""The network map as a PDF: the drawing, its lines and parts, the
pseudonymised print and the comparison of two maps."""
