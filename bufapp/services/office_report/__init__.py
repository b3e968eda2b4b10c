"""What the office learns: the yearly office report (figures with no names) and the chosen words."""
