"""Group offers and courses (issue 22 § 4): the catalogue, each parent's way through it, the
printable overview and Oversikt's prompt to tell a parent of the offers."""
