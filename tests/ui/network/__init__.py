"""The network map's view and editor, in the window."""
