"""Preview, print, innsyn and the archive export, in the window."""
