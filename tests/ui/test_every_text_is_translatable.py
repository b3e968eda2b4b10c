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
MARKERS = {"tr", "QT_TR_NOOP", "N_", "translatable", "translate"}
# Calls whose text arguments are not shown: names, keys, style, logging, programmers' errors.
NOT_SHOWN = {
    "setObjectName", "setProperty", "getattr", "hasattr", "setattr", "setStyleSheet",
    "QKeySequence", "compile", "strftime", "debug", "info", "warning", "exception", "critical",
    "findChild", "findChildren", "startswith", "endswith", "split", "join", "replace", "Signal",
    "Property", "sub", "search", "match", "fullmatch", "setDisplayFormat",
}  # fmt: skip
# Calls that show their argument at this position: a single word there is interface text too.
SHOWN_AT = {
    "add_row": 1, "QLabel": 0, "QPushButton": 0, "QCheckBox": 0, "QRadioButton": 0,
    "QGroupBox": 0, "setWindowTitle": 0, "setText": 0, "setToolTip": 0, "setPlaceholderText": 0,
    "addTab": 1, "setTabText": 1, "addItem": 0, "setTitle": 0, "QAction": 0, "addAction": 0,
    "addMenu": 0, "setAccessibleName": 0, "setStatusTip": 0, "setSpecialValueText": 0,
    "setSuffix": 0, "setPrefix": 0, "showMessage": 0, "insertItem": 1,
}  # fmt: skip
LETTER = re.compile(r"[A-Za-zÆØÅæøå]{2}")
# Interface text: two words, or a Norwegian letter, once HTML tags and placeholders are gone.
WORDY = re.compile(r"[A-Za-zÆØÅæøå][a-zæøå]+ [A-Za-zÆØÅæøå]|[æøåÆØÅ]")
# Tags (a fragment may open a tag that a later piece closes), placeholders, entities.
STYLE = re.compile(r"^\s*([a-z-]+:\s*[^;]+;\s*)+$")
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
        holder = parent.get(id(node))
        shown_here = (
            isinstance(holder, ast.Call)
            and _called(holder) in SHOWN_AT
            and len(holder.args) > SHOWN_AT[_called(holder)]
            and holder.args[SHOWN_AT[_called(holder)]] is node
            and LETTER.search(node.value) is not None
        )
        marked_in_fstring = (
            isinstance(holder, ast.Call)
            and _called(holder) in MARKERS
            and _inside_fstring(holder, parent)
            and LETTER.search(node.value) is not None
        )
        wordy = WORDY.search(NOISE.sub(" ", node.value))
        if id(node) in docstrings or not (shown_here or marked_in_fstring or wordy):
            continue
        if STYLE.match(node.value) or isinstance(parent.get(id(node)), ast.Assert):
            continue  # a style sheet; a programmer's assertion
        if any(
            "# untranslated:" in lines[n - 1]
            for n in range(node.lineno, (node.end_lineno or node.lineno) + 1)
        ):
            continue
        holder = parent.get(id(node))
        while isinstance(holder, (ast.JoinedStr, ast.FormattedValue, ast.BinOp)):
            holder = parent.get(id(holder))
        where = f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:70]!r}"
        if isinstance(holder, ast.Call):
            called = _called(holder)
            if called in MARKERS and _inside_fstring(holder, parent):
                yield f"{where} (lupdate does not read inside an f-string)"
                continue
            if called in MARKERS or called in NOT_SHOWN or called.endswith(("Error", "Exception")):
                continue
        yield where


def _inside_fstring(node: ast.AST, parent: dict[int, ast.AST]) -> bool:
    above = parent.get(id(node))
    while above is not None:
        if isinstance(above, ast.JoinedStr):
            return True
        above = parent.get(id(above))
    return False


def test_every_bokmal_text_in_the_interface_is_in_tr_or_marked() -> None:
    """And never inside an f-string's braces: lupdate reads no further than the f-string."""
    found = [
        hit
        for path in sorted(UI.rglob("*.py"))
        if "screenshots" not in path.parts  # the screenshot run types demo data into dialogs
        for hit in _untranslated(path)
    ]
    assert found == [], f"{len(found)} texts outside tr()/QT_TR_NOOP():\n" + "\n".join(found)
