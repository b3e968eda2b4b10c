"""The README's screenshots, taken from a demo vault in offscreen windows
(``bufapp-admin screenshots``), one module per part of the program."""
