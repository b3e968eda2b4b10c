"""The interface catalogues: bring them up to date with the source, and compile them.

    python packaging/translations.py update    # after changing interface texts
    python packaging/translations.py compile   # what the build does (hatch_build.py)

`update` runs the binding's own lupdate over bufapp's sources: a new text is added to each
catalogue unfinished, a text no longer in the source is removed. Translate the unfinished ones
(Qt Linguist: `pyside6-linguist resources/translations/bufapp_nn.ts`, or any editor); the test
suite fails while one is unfinished. `compile` runs lrelease: the .qm files are built, never
kept in git. A script, not a package: a Python package named `packaging` would shadow the
library of that name.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
# bufapp_nb holds only the plural forms of the source language («1 kontakt», «2 kontakter»).
LANGUAGES = ("nb", "nn", "en")
# lupdate reads `tr(...)` and `QT_TR_NOOP(...)`; the domain marks its labels with `N_(...)` and
# its templates with `translatable(...)` (bufapp/phrases.py).
LUPDATE_OPTIONS = (
    "-tr-function-alias",
    "QT_TR_NOOP+=N_,QT_TR_NOOP+=translatable",
    "-locations",
    "none",
    "-no-obsolete",
    "-source-language",
    "nb_NO",
)


def _tool(name: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Runs PySide6's own lupdate or lrelease, found through the installed binding."""
    call = f"import sys; from PySide6.scripts import pyside_tool; sys.exit(pyside_tool.{name}())"
    return subprocess.run(
        [sys.executable, "-c", call, *arguments], capture_output=True, text=True, check=True
    )


def source_files(root: Path = ROOT) -> list[Path]:
    return sorted(
        path for path in (root / "bufapp").rglob("*.py") if "__pycache__" not in path.parts
    )


def update(root: Path = ROOT, catalogues: Path = CATALOGUES) -> None:
    sources = [str(path) for path in source_files(root)]
    for language in LANGUAGES:
        target = catalogues / f"bufapp_{language}.ts"
        only_plurals = ["-pluralonly"] if language == "nb" else []
        _tool(
            "lupdate",
            *sources,
            *LUPDATE_OPTIONS,
            *only_plurals,
            "-target-language",
            language,
            "-ts",
            str(target),
        )


def compile_all(catalogues: Path = CATALOGUES, out: Path | None = None) -> list[Path]:
    """Every .ts in ``catalogues`` compiled to a .qm beside it (or in ``out``)."""
    made = []
    for source in sorted(catalogues.glob("*.ts")):
        target = (out or catalogues) / f"{source.stem}.qm"
        # Written beside it and moved into place, and only when it differs: a running bufapp
        # (or a test beside a wheel build) has the old file mapped into memory, and rewriting
        # that file in place would crash it (SIGBUS).
        fresh = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        _tool("lrelease", "-silent", str(source), "-qm", str(fresh))
        if target.is_file() and target.read_bytes() == fresh.read_bytes():
            fresh.unlink()
        else:
            os.replace(fresh, target)
        made.append(target)
    return made


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        for path in compile_all():
            print(path.relative_to(ROOT))
    else:
        sys.exit(__doc__)
