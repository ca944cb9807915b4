"""The evidence work that runs off the GUI thread or outside the panel: copying files in, the
read-only copies handed to the system's viewer, and the check of every file in the logbook."""

from __future__ import annotations

import atexit
import contextlib
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from kzobserver.storage.errors import LogbookError
from kzobserver.storage.evidence import (
    EvidenceProblem,
    EvidenceRecord,
    add_evidence,
    save_evidence_as,
    verify_evidence,
)
from kzobserver.storage.logbook import Logbook
from kzobserver.ui import messages
from kzobserver.ui.tasks import Cancelled, Progress, run_in_background


@dataclass
class IntakeOutcome:
    added: list[EvidenceRecord] = field(default_factory=list)
    already: list[EvidenceRecord] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, what is wrong)
    cancelled: str = ""  # the file being copied when Cancel was pressed; it was not stored


def intake(
    paths: Sequence[Path], links: dict[str, str | None]
) -> Callable[[Logbook, Progress], IntakeOutcome]:
    """The background work that copies ``paths`` in, one transaction per file, so a file that
    fails or is cancelled leaves the ones before it attached. Touches no Qt object."""

    def work(logbook: Logbook, progress: Progress) -> IntakeOutcome:
        outcome = IntakeOutcome()
        sizes = []
        for path in paths:
            try:
                sizes.append(path.stat().st_size)
            except OSError:
                sizes.append(0)  # add_evidence says what is wrong with it
        total = max(1, sum(sizes))
        base = 0
        for path, size in zip(paths, sizes, strict=True):

            def report(done: int, _total: int, base: int = base) -> None:
                progress(min(base + done, total), total)

            try:
                record = add_evidence(logbook, path, **links, progress=report)
            except Cancelled:
                outcome.cancelled = path.name
                break
            except (LogbookError, sqlite3.Error) as exc:
                outcome.failed.append((path.name, str(exc)))
            else:
                (outcome.already if record.already_present else outcome.added).append(record)
            base += size
        return outcome

    return work


def copy_out(
    parent: QWidget | None, logbook: Logbook, record: EvidenceRecord, target: Path
) -> Path:
    """Write the stored file to ``target`` in the background (a video can take a while);
    :class:`Cancelled` or LogbookError when nothing was written."""

    def work(worker_logbook: Logbook, progress: Progress) -> Path:
        return save_evidence_as(worker_logbook, record.id, target, progress)

    saved: Path = run_in_background(
        parent,
        logbook,
        work,
        title=QCoreApplication.translate("EvidencePanel", "Copying a file"),
        label=QCoreApplication.translate("EvidencePanel", "Copying {name}…").format(
            name=record.original_name
        ),
    )
    return saved


def local_paths(urls: Sequence[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


def safe_name(name: str) -> str:
    """A stored file name fit for a path: no folders, never empty."""
    cleaned = Path(name.replace("\\", "/")).name.strip().lstrip(".")
    return cleaned or "evidence"


def open_externally(path: Path) -> None:
    """Hand ``path`` to the desktop's viewer (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


_open_dir: Path | None = None


def open_copy_folder() -> Path:
    global _open_dir
    if _open_dir is None:
        _open_dir = Path(tempfile.mkdtemp(prefix="kzobserver-open-"))
        atexit.register(_remove_open_folder, _open_dir)
    return _open_dir


def _remove_open_folder(folder: Path) -> None:
    # The copies are read-only (which Windows also applies to deleting them): unlock, then remove.
    for path in folder.rglob("*"):
        with contextlib.suppress(OSError):
            path.chmod(stat.S_IWUSR | stat.S_IRUSR | (stat.S_IXUSR if path.is_dir() else 0))
    shutil.rmtree(folder, ignore_errors=True)


def verify_all_evidence(parent: QWidget | None, logbook: Logbook) -> list[EvidenceProblem] | None:
    """Re-hash every evidence file of the logbook in the background and say what was found: the
    problems (empty when all are intact), or None when the check was cancelled."""
    title = QCoreApplication.translate("EvidencePanel", "Verify evidence")
    count = int(logbook.db.execute("SELECT count(*) FROM evidence").fetchone()[0])
    if count == 0:
        messages.inform(
            parent,
            title,
            QCoreApplication.translate("EvidencePanel", "This logbook holds no evidence files."),
        )
        return []

    def work(worker_logbook: Logbook, progress: Progress) -> list[EvidenceProblem]:
        return verify_evidence(worker_logbook, progress=progress)

    try:
        problems: list[EvidenceProblem] = run_in_background(
            parent,
            logbook,
            work,
            title=title,
            label=QCoreApplication.translate(
                "EvidencePanel", "Checking the SHA-256 of {count} files…"
            ).format(count=count),
        )
    except Cancelled:
        return None
    if not problems:
        messages.inform(
            parent,
            title,
            QCoreApplication.translate(
                "EvidencePanel", "{count} files verified, all intact."
            ).format(count=count),
        )
        return problems
    intro = QCoreApplication.translate(
        "EvidencePanel",
        "{bad} of {count} evidence files are damaged or were changed after they were added. "
        "Keep this logbook as it is and tell your coordinator; the files below are named with "
        "their station and what is wrong:",
    ).format(bad=len(problems), count=count)
    messages.exec_dialog(messages.ProblemsDialog(title, intro, problems, parent))  # type: ignore[arg-type]
    return problems
