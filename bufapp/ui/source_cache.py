"""Keep PySide6 from holding the source text of every module imported after it.

PySide6 asks of each newly imported module whether it uses PySide6 (its opt-in ``__feature__``
switches apply only to such modules) by reading the module's whole source with
``inspect.getsource``, and ``linecache`` keeps every file read that way for the life of the
process: some 20 MiB of source lines once the database stack is loaded, a sixth of bufapp's
memory at the parent list (issue 18). The same question is answered here from the file, read and
dropped. If a later PySide6 no longer has the function, nothing is changed.
"""

from __future__ import annotations

import inspect
import sys
import tokenize
from types import ModuleType

import PySide6  # noqa: F401  # loads shiboken's import hook, the one this replaces a part of

_FEATURE_MODULE = "shibokensupport.feature"


def uses_pyside(module: ModuleType) -> bool:
    """What PySide6's own check answers (its source names PySide6), without caching the file."""
    try:
        path = inspect.getsourcefile(module)
        if path is None:
            return False
        with tokenize.open(path) as source:
            return "PySide6" in source.read()
    except (TypeError, OSError, SyntaxError, ValueError):  # built in, no source, undecodable
        return False


def stop_caching_module_sources() -> None:
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
