"""The network map: the view, the editor and its scene, the table beside it, and
the comparison over time."""
