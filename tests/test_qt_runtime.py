"""Guards against known defects of the Qt binding itself, so a bad version is caught by the
suite instead of by an observer whose app aborts at 01:30 in the middle of the count."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    pair = Signal(int, int)
    bare = Signal()


def test_emitting_signals_does_not_leak_references_to_booleans(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on Python 3.11 drops a reference to True/False on every emit(); the
    interpreter then aborts with 'bool_dealloc' once the count reaches zero."""
    emitter = _Emitter()
    received = []
    emitter.pair.connect(lambda a, b: received.append(a + b))
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2_000):
        emitter.pair.emit(1, 2)
        emitter.bare.emit()
    after = (sys.getrefcount(True), sys.getrefcount(False))
    assert len(received) == 2_000
    # Other objects may come and go meanwhile; a leak would show as thousands.
    assert abs(after[0] - before[0]) < 100 and abs(after[1] - before[1]) < 100
