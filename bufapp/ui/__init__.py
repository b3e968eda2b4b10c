"""The only package that imports PySide6: windows, views, dialogs, item models, tasks."""

from bufapp.ui.source_cache import stop_caching_module_sources

stop_caching_module_sources()  # before any other module of the program is imported after Qt
