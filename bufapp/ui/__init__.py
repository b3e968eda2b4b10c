"""The only package that imports PySide6: windows, views, dialogs, item models, tasks."""
