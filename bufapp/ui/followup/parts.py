"""What every tab of the page is built from: a button that names itself to a screen reader, a
row of buttons, a read-only text that Tab reaches and the arrows scroll, a caption bound to its
table, and a calm notice."""

from __future__ import annotations

from bufapp.ui.widgets.page_parts import button, button_row, caption, fit_columns, notice, reading

__all__ = ["button", "button_row", "caption", "fit_columns", "notice", "reading"]
