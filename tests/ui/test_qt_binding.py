"""The installed Qt binding must not spend references it does not own.

PySide6 6.12.0 drops a reference to None on every call that returns nothing. On CPython 3.11, where
None is still reference counted, a long session (a drag in the network map makes thousands of such
calls a second) then ends in "Fatal Python error: none_dealloc". pyproject.toml keeps that version
out; this test catches the next binding that does the same.
"""

import sys

from PySide6.QtWidgets import QLabel

CALLS = 1000


def test_calls_that_return_nothing_leave_none_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("Ánne")
        label.setVisible(False)
    after = sys.getrefcount(None)
    # Other threads and the garbage collector move the count a little either way; a binding that
    # drops one reference per call would move it by thousands.
    assert before - after < CALLS // 4, (
        f"None lost {before - after} references over {CALLS * 2} calls"
    )
