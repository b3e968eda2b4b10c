"""Every interface text reaches the catalogues: a bokmål literal in bufapp/ui is written inside
``tr()`` or marked with ``QT_TR_NOOP()`` (the domain's labels with ``N_()``), where lupdate finds
it. A text passed on through a variable and translated there (a label handed to a helper, a
tuple of choices) is otherwise never in a catalogue and stays bokmål in nynorsk and English.

A literal that must not be translated carries ``# untranslated: <why>`` on its line."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import bufapp.ui

UI = Path(bufapp.ui.__file__).parent
ROOT = UI.parent.parent
MARKERS = {"tr", "QT_TR_NOOP", "N_", "translate"}
# Calls whose text arguments are not shown: names, keys, style, logging, programmers' errors.
NOT_SHOWN = {
    "setObjectName", "setProperty", "getattr", "hasattr", "setattr", "setStyleSheet",
    "QKeySequence", "compile", "strftime", "debug", "info", "warning", "exception", "critical",
    "findChild", "findChildren", "startswith", "endswith", "split", "join", "replace", "Signal",
    "Property", "sub", "search", "match", "fullmatch",
}  # fmt: skip
# Interface text: two words, or a Norwegian letter, once HTML tags and placeholders are gone.
WORDY = re.compile(r"[A-Za-zÆØÅæøå][a-zæøå]+ [A-Za-zÆØÅæøå]|[æøåÆØÅ]")
# Tags (a fragment may open a tag that a later piece closes), placeholders, entities.
NOISE = re.compile(r"<[^>]*(>|$)|^[^<]*=[^<]*>|\{[^}]*\}|&[a-z]+;")


def _called(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
        if isinstance(node, kinds) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _untranslated(path: Path) -> Iterator[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    parent: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parent[id(child)] = node
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in docstrings or not WORDY.search(NOISE.sub(" ", node.value)):
            continue
        if any(
            "# untranslated:" in lines[n - 1]
            for n in range(node.lineno, (node.end_lineno or node.lineno) + 1)
        ):
            continue
        holder = parent.get(id(node))
        while isinstance(holder, (ast.JoinedStr, ast.FormattedValue, ast.BinOp)):
            holder = parent.get(id(holder))
        if isinstance(holder, ast.Call):
            called = _called(holder)
            if called in MARKERS or called in NOT_SHOWN or called.endswith(("Error", "Exception")):
                continue
        yield f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:70]!r}"


def test_every_bokmal_text_in_the_interface_is_in_tr_or_marked() -> None:
    found = [
        hit
        for path in sorted(UI.rglob("*.py"))
        if "screenshots" not in path.parts  # the screenshot run types demo data into dialogs
        for hit in _untranslated(path)
    ]
    assert found == [], f"{len(found)} texts outside tr()/QT_TR_NOOP():\n" + "\n".join(found)
