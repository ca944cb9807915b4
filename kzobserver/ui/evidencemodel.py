"""The rows of an evidence list: thumbnail, name, size and capture time in one cell (the list
often sits in a narrow side panel), SHA-256, the "do not publish" flag as a check box, and what
the file is attached to."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from kzobserver.storage.errors import LogbookError
from kzobserver.storage.evidence import EvidenceRecord, thumbnail_source
from kzobserver.storage.logbook import Logbook
from kzobserver.ui import language
from kzobserver.ui.protocolreview import format_time

THUMB_PX = 96
# Larger images get the generic icon: decoding a 60 MB panorama on the GUI thread would freeze
# the window for longer than a thumbnail is worth.
THUMB_MAX_BYTES = 32 * 1024 * 1024
EvidenceIdRole = Qt.ItemDataRole.UserRole + 1

_AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# Thumbnails by evidence id, shared by every panel: stored content never changes under an id, so
# a refresh or a second panel does not decode the same photo again.
_THUMBS: OrderedDict[str, QPixmap | None] = OrderedDict()
_THUMBS_KEPT = 300


def short_hash(sha256: str) -> str:
    """Enough of the hash to compare by eye; the full one is in the tooltip."""
    return f"{sha256[:10]}…{sha256[-6:]}" if len(sha256) > 16 else sha256


def monospace_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def scaled_thumbnail(data: bytes, size: int = THUMB_PX) -> QPixmap | None:
    """``data`` decoded at thumbnail size (a JPEG decodes at a fraction of its resolution, which
    is many times faster than decoding it whole and scaling), turned upright as EXIF says."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and (original.width() > size or original.height() > size):
        reader.setScaledSize(original.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if image.isNull():
        return None
    if image.width() > size or image.height() > size:  # formats that ignore the scaled size
        image = image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return QPixmap.fromImage(image)


def generic_icon(record: EvidenceRecord) -> QIcon:
    style = QApplication.style()
    kind = record.media_type.split("/", 1)[0]
    pixmap = {
        "video": QStyle.StandardPixmap.SP_MediaPlay,
        "audio": QStyle.StandardPixmap.SP_MediaVolume,
    }.get(kind, QStyle.StandardPixmap.SP_FileIcon)
    return style.standardIcon(pixmap)


class EvidenceModel(QAbstractTableModel):
    NAME, SHA256, PRIVATE, ATTACHED = range(4)

    def __init__(
        self,
        logbook: Logbook,
        lang: str,
        set_private: Callable[[EvidenceRecord, bool], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.logbook, self.lang = logbook, lang
        self._set_private = set_private  # writes the flag; False when the logbook refused
        self.records: list[EvidenceRecord] = []
        self._mono = monospace_font()

    def set_records(self, records: list[EvidenceRecord]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int) -> EvidenceRecord | None:
        return self.records[row] if 0 <= row < len(self.records) else None

    def row_of(self, evidence_id: str) -> int:
        return next((i for i, r in enumerate(self.records) if r.id == evidence_id), -1)

    def rowCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NAME: QCoreApplication.translate("EvidenceModel", "File"),
            self.ATTACHED: QCoreApplication.translate("EvidenceModel", "Attached to"),
            self.SHA256: QCoreApplication.translate("EvidenceModel", "SHA-256"),
            self.PRIVATE: QCoreApplication.translate("EvidenceModel", "Do not publish"),
        }.get(section)

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.PRIVATE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index.row()) if index.isValid() else None
        if record is None:
            return None
        column = index.column()
        if role == EvidenceIdRole:
            return record.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return self.thumbnail(record) or generic_icon(record)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PRIVATE:
            return Qt.CheckState.Checked if record.do_not_publish else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and column == self.SHA256:
            return self._mono
        return None

    def _text(self, record: EvidenceRecord, column: int) -> str | None:
        if column == self.NAME:
            size = language.locale(self.lang).formattedDataSize(record.size)
            if not record.captured_at:
                return f"{record.original_name}\n{size}"
            taken = QCoreApplication.translate("EvidenceModel", "taken {when}").format(
                when=format_time(record.captured_at, self.lang)
            )
            return f"{record.original_name}\n{size} · {taken}"
        if column == self.ATTACHED:
            return attached_to(record)
        if column == self.SHA256:
            return short_hash(record.sha256)
        return None

    def _tooltip(self, record: EvidenceRecord, column: int) -> str:
        if column == self.PRIVATE:
            return QCoreApplication.translate(
                "EvidenceModel",
                "Checked: reports and exports leave this file out (e.g. it shows people who did "
                "not agree to be published).",
            )
        return QCoreApplication.translate(
            "EvidenceModel", "{name}\n{media_type}, {size} bytes\nSHA-256: {sha256}"
        ).format(
            name=record.original_name,
            media_type=record.media_type,
            size=language.format_int(record.size, self.lang),
            sha256=record.sha256,
        )

    def setData(self, index: _AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.record(index.row()) if index.isValid() else None
        if record is None or index.column() != self.PRIVATE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        flag = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if flag == record.do_not_publish or not self._set_private(record, flag):
            return False
        self.records[index.row()] = EvidenceRecord(
            **{**record.as_dict(), "do_not_publish": flag, "already_present": False}
        )
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def thumbnail(self, record: EvidenceRecord) -> QPixmap | None:
        if not record.is_image:
            return None
        if record.id in _THUMBS:
            _THUMBS.move_to_end(record.id)
            return _THUMBS[record.id]
        try:
            data = thumbnail_source(self.logbook, record.id, THUMB_MAX_BYTES)
        except LogbookError:  # an incomplete item: verify says so, the list just shows an icon
            data = None
        pixmap = scaled_thumbnail(data) if data else None
        _THUMBS[record.id] = pixmap
        while len(_THUMBS) > _THUMBS_KEPT:
            _THUMBS.popitem(last=False)
        return pixmap

    @staticmethod
    def icon_size() -> QSize:
        return QSize(THUMB_PX, THUMB_PX)


def attached_to(record: EvidenceRecord) -> str:
    if record.incident_id:
        return QCoreApplication.translate("EvidenceModel", "Irregularity report")
    if record.checklist_answer_id:
        return QCoreApplication.translate("EvidenceModel", "Checklist answer")
    if record.protocol_id:
        return QCoreApplication.translate("EvidenceModel", "Protocol")
    if record.station_number:
        return QCoreApplication.translate("EvidenceModel", "Station {number}").format(
            number=record.station_number
        )
    return "—"
