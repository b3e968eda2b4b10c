"""Documents on screen and out of the window: preview, print, the innsyn pack and
access log, the archive export, and the written reason to reveal."""
