"""PDF documents built with reportlab from plain data: letters, referrals, minutes, maps, innsyn
packs, the recovery sheet; the forms in forms/, PDF/A and the check that nothing secret is printed."""
