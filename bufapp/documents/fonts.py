"""The embedded fonts of every document: DejaVu Sans (Norwegian and Northern Sami letters), and
DejaVu Sans Mono for the recovery key."""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bufapp import paths

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
MONO_BOLD = "DejaVuSansMono-Bold"  # the recovery key: 0 is dotted, never read as O


@cache
def register() -> str:
    """Register the family once per process; returns the regular face's name. Every document
    calls this before it is drawn, so reportlab's settings for all of them are made here too."""
    # Streams compressed with Flate alone: reportlab's ASCII85 layer over it is encoded in
    # Python, and the PDF/A conversion would decode it and compress each page once more.
    rl_config.useA85 = 0
    folder = paths.resources_dir() / "fonts"
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC, MONO_BOLD):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    # <b> and <i> in paragraphs pick the right face instead of a standard Helvetica.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
