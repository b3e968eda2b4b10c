"""The README's "Where things are" names every package two levels deep, and every package says in
its docstring what lives there: a newcomer finds their room in a minute, and the map does not rot
when a feature folder is added."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _packages() -> list[Path]:
    top = ROOT / "bufapp"
    found = [top, *sorted(p.parent for p in top.glob("*/__init__.py"))]
    found += sorted(p.parent for p in top.glob("*/*/__init__.py"))
    return [p for p in found if "migrations" not in p.parts]


def _mapped_folders() -> set[str]:
    """The folders of the tree drawn in the README's section, as paths (two spaces a level)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Where things are") :]
    tree = section.split("```")[1]
    folders: set[str] = set()
    trail: list[str] = []
    for line in tree.splitlines():
        name = line.strip().split(" ")[0]
        if not name.endswith("/"):
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2
        trail = [*trail[:depth], name.rstrip("/")]
        folders.add("/".join(trail))
    return folders


def test_the_readme_map_names_every_package() -> None:
    packages = {p.relative_to(ROOT).as_posix() for p in _packages()}
    assert packages - _mapped_folders() == set()
    assert _mapped_folders() - packages == set()  # nor one that is gone


def test_every_package_says_what_lives_there() -> None:
    silent = [
        p.relative_to(ROOT).as_posix()
        for p in _packages()
        if not ast.get_docstring(ast.parse((p / "__init__.py").read_text(encoding="utf-8")))
    ]
    assert silent == []
