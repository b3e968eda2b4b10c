"""The shared widgets and the window manners."""
