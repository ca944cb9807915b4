"""The evidence panel: files attached by the intake path, by a drop and with the file dialog,
thumbnails and hashes, the privacy flag, open and save-as, duplicates, errors, Cancel, and the
check of every file in the logbook."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
)

from kzobserver.domain.model import Station
from kzobserver.storage.evidence import CHUNK_SIZE, add_evidence, get_evidence
from kzobserver.storage.incidents import create_draft
from kzobserver.storage.reference import current_election
from kzobserver.storage.stations import add_stations_to_election, station_id
from kzobserver.ui import evidencetasks, messages
from kzobserver.ui.evidencemodel import EvidenceModel
from kzobserver.ui.evidencepanel import EvidencePanel, verify_all_evidence

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

KZ = "kz-2023-majilis"


@pytest.fixture
def station(kz_logbook):
    election = current_election(kz_logbook)
    add_stations_to_election(
        kz_logbook, election, [Station(number="101", region="astana", registered_voters=1500)]
    )
    return station_id(KZ, "101")


@pytest.fixture
def report(kz_logbook, station):
    return create_draft(kz_logbook, "ballot_stuffing", station_id=station)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    """Every modal dialog is recorded instead of run."""
    record = SimpleNamespace(shown=[])

    def fake_exec(dialog):
        record.shown.append(dialog)
        return 0

    monkeypatch.setattr(messages, "exec_dialog", fake_exec)
    return record


def make_png(path: Path, width: int = 400, height: int = 300) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(path), "PNG")
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def panel(qtbot, kz_logbook, report) -> EvidencePanel:
    widget = EvidencePanel(kz_logbook, incident_id=report.id, lang="en")
    qtbot.addWidget(widget)
    return widget


def test_an_attached_photo_shows_its_thumbnail_and_hash(qtbot, panel, kz_logbook, tmp_path):
    photo = make_png(tmp_path / "ballot box 2.png")
    with qtbot.waitSignal(panel.changed):
        (record,) = panel.attach_files([photo])
    assert record.sha256 == sha256(photo)
    assert record.incident_id == panel.links["incident_id"] and record.station_number == "101"

    model = panel.model
    assert model.rowCount() == 1
    thumbnail = model.index(0, EvidenceModel.NAME).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(thumbnail, QPixmap) and not thumbnail.isNull()
    assert (thumbnail.width(), thumbnail.height()) == (96, 72)  # 400×300 scaled to 96 px
    assert model.index(0, EvidenceModel.NAME).data().startswith("ballot box 2.png\n")
    short = model.index(0, EvidenceModel.SHA256).data()
    assert short.startswith(record.sha256[:10]) and short.endswith(record.sha256[-6:])
    assert record.sha256 in model.index(0, EvidenceModel.SHA256).data(Qt.ToolTipRole)
    # The full hash is on screen, selectable, and Ctrl+C copies it.
    assert record.sha256 in panel.hash_label.text().replace("\n", "")
    assert panel.hash_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    panel.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == record.sha256
    assert panel.hint.isHidden()


def test_a_video_gets_a_generic_icon(panel, tmp_path):
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(4000))
    (record,) = panel.attach_files([clip])
    assert record.media_type == "video/mp4"
    icon = panel.model.index(0, EvidenceModel.NAME).data(Qt.ItemDataRole.DecorationRole)
    assert not isinstance(icon, QPixmap) and not icon.isNull()


def test_files_dropped_on_the_panel_are_attached(qtbot, panel, kz_logbook, tmp_path):
    photos = [make_png(tmp_path / "one.png"), make_png(tmp_path / "two.png", 200, 100)]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in photos])
    enter = QDragEnterEvent(
        panel.rect().center(), Qt.DropAction.CopyAction, data, Qt.LeftButton, Qt.NoModifier
    )
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(panel.rect().center()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert sorted(r.sha256 for r in panel.records()) == sorted(sha256(p) for p in photos)


def test_text_dropped_on_the_panel_is_refused(panel):
    data = QMimeData()
    data.setText("not a file")
    enter = QDragEnterEvent(
        panel.rect().center(), Qt.DropAction.CopyAction, data, Qt.LeftButton, Qt.NoModifier
    )
    enter.ignore()
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()


def test_the_button_attaches_what_the_file_dialog_returns(panel, tmp_path, monkeypatch):
    photo = make_png(tmp_path / "p.png")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(photo)], ""))
    )
    panel.attach_button.click()
    assert [r.sha256 for r in panel.records()] == [sha256(photo)]


def test_the_privacy_flag_is_saved_at_once(qtbot, panel, kz_logbook, tmp_path):
    (record,) = panel.attach_files([make_png(tmp_path / "faces.png")])
    index = panel.model.index(0, EvidenceModel.PRIVATE)
    assert index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(panel.changed):
        assert panel.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert get_evidence(kz_logbook, record.id).do_not_publish
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    panel.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not get_evidence(kz_logbook, record.id).do_not_publish


def test_save_as_writes_the_same_bytes(panel, tmp_path, monkeypatch):
    photo = make_png(tmp_path / "p.png")
    panel.attach_files([photo])
    target = tmp_path / "out" / "copy.png"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert panel.save_item_as() == target
    assert target.read_bytes() == photo.read_bytes()
    assert str(target) in panel.status.text()


def test_open_hands_a_read_only_copy_to_the_viewer(panel, tmp_path, monkeypatch):
    photo = make_png(tmp_path / "p.png")
    (record,) = panel.attach_files([photo])
    opened = []
    monkeypatch.setattr(evidencetasks, "open_externally", opened.append)
    copy = panel.open_item()
    assert opened == [copy] and copy.name == "p.png"
    assert copy.read_bytes() == photo.read_bytes()
    assert not copy.stat().st_mode & stat.S_IWUSR
    assert panel.open_item(record.id) == copy  # opened again: the copy is made afresh


def test_a_file_attached_twice_is_already_attached(panel, dialogs, tmp_path):
    photo = make_png(tmp_path / "p.png")
    panel.attach_files([photo])
    (again,) = panel.attach_files([photo])
    assert again.already_present
    assert panel.model.rowCount() == 1
    assert panel.status.text() == "Already attached: p.png."
    assert not dialogs.shown  # said quietly, no dialog


def test_files_that_cannot_be_attached_are_named(panel, dialogs, tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    good = make_png(tmp_path / "good.png")
    attached = panel.attach_files([tmp_path / "gone.png", empty, good])
    assert [r.original_name for r in attached] == ["good.png"]
    (box,) = dialogs.shown
    assert isinstance(box, QMessageBox)
    assert "gone.png: Cannot read" in box.informativeText()
    assert "empty.jpg:" in box.informativeText() and "is empty" in box.informativeText()


def test_cancel_stores_nothing_and_says_so(qtbot, panel, kz_logbook, tmp_path):
    big = tmp_path / "big.mov"
    with big.open("wb") as f:  # sparse: 300 MB on paper, nothing on disk
        f.truncate(300 * CHUNK_SIZE)

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        if not dialogs:
            QTimer.singleShot(20, press_cancel)
            return
        dialogs[0].cancel()

    QTimer.singleShot(50, press_cancel)
    assert panel.attach_files([big]) == []
    assert panel.status.text() == "Cancelled: big.mov was not attached."
    assert kz_logbook.db.execute("SELECT count(*) FROM evidence_chunks").fetchone()[0] == 0


def test_verify_reports_intact_and_tampered_files(kz_logbook, station, dialogs, tmp_path):
    assert verify_all_evidence(None, kz_logbook) == []
    assert "no evidence" in dialogs.shown[-1].text()

    photo = make_png(tmp_path / "p.png")
    record = add_evidence(kz_logbook, photo, station_id=station)
    add_evidence(kz_logbook, make_png(tmp_path / "q.png", 10, 10), station_id=station)
    assert verify_all_evidence(None, kz_logbook) == []
    assert dialogs.shown[-1].text() == "2 files verified, all intact."

    # One byte changed in place, as an edit outside the app would: same size, other content.
    tampered = bytearray(photo.read_bytes())
    tampered[100] ^= 0xFF
    with kz_logbook.db.atomic():
        kz_logbook.db.execute(
            "UPDATE evidence_chunks SET data = ? WHERE evidence_id = ?",
            [bytes(tampered), record.id],
        )
    (problem,) = verify_all_evidence(None, kz_logbook)
    assert problem.evidence_id == record.id and problem.kind == "changed"
    dialog = dialogs.shown[-1]
    assert isinstance(dialog, messages.ProblemsDialog)
    listing = dialog.text.toPlainText()
    assert "p.png" in listing and "station 101" in listing and "has changed" in listing
    intro = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "1 of 2 evidence files" in intro


def test_a_station_panel_lists_its_reports_files_too(qtbot, kz_logbook, station, report, tmp_path):
    add_evidence(kz_logbook, make_png(tmp_path / "report.png"), incident_id=report.id)
    panel = EvidencePanel(kz_logbook, station_id=station, lang="en")
    qtbot.addWidget(panel)
    (outside,) = panel.attach_files([make_png(tmp_path / "entrance.png", 50, 50)])
    assert outside.station_id == station and outside.incident_id is None
    attached = {
        panel.model.index(r, EvidenceModel.NAME).data().split("\n")[0]: panel.model.index(
            r, EvidenceModel.ATTACHED
        ).data()
        for r in range(panel.model.rowCount())
    }
    assert attached == {"report.png": "Irregularity report", "entrance.png": "Station 101"}
    assert not panel.view.isColumnHidden(EvidenceModel.ATTACHED)
