"""How a report writes numbers, times, statuses and pictures, in the report's language.

Tables of the PDF and HTML get display text (thousands grouped the way the language groups them,
differences signed); the CSV and XLSX rows keep numbers as numbers (see ``content_rows``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kzobserver.domain.comparison import ComparisonStatus
from kzobserver.i18n import translate
from kzobserver.storage.times import parse_stored_time

DASH = "—"


def number(value: int | float | None, lang: str, decimals: int = 0) -> str:
    """``12,035,578`` in English, ``12 035 578`` (no-break spaces) in Russian and Kazakh; a
    decimal comma in those two."""
    if value is None:
        return DASH
    text = f"{value:,.{decimals}f}"
    if lang != "en":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text.replace("-", "−")


def signed(value: int | float | None, lang: str, decimals: int = 0) -> str:
    if value is None:
        return DASH
    return ("+" if value > 0 else "") + number(value, lang, decimals)


def percent(value: float | None, lang: str, decimals: int = 2) -> str:
    return DASH if value is None else number(value, lang, decimals) + " %"


def local_time(stored: str | None, *, seconds: bool = False) -> str:
    """A stored UTC moment as this computer's local date and time with its UTC offset, so a
    reader elsewhere knows which clock it is: ``2023-03-19 10:10 (UTC+06:00)``."""
    if not stored:
        return DASH
    try:
        moment = parse_stored_time(stored).astimezone()
    except ValueError:
        return stored
    return moment.strftime("%Y-%m-%d %H:%M" + (":%S" if seconds else "")) + f" ({_offset(moment)})"


def _offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    if offset is None:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def zone_label() -> str:
    """This computer's zone as the report states it once (``UTC+06:00``)."""
    return _offset(datetime.now(UTC).astimezone())


def local_hour(stored: str) -> int | None:
    try:
        return parse_stored_time(stored).astimezone().hour
    except ValueError:
        return None


def comparison_status_label(status: str) -> str:
    return {
        ComparisonStatus.MATCH: translate("Reports", "Match"),
        ComparisonStatus.WITHIN_TOLERANCE: translate("Reports", "Within tolerance"),
        ComparisonStatus.MISMATCH: translate("Reports", "Mismatch"),
        ComparisonStatus.MISSING_A: translate("Reports", "Missing in A"),
        ComparisonStatus.MISSING_B: translate("Reports", "Missing in B"),
        ComparisonStatus.MISSING_BOTH: translate("Reports", "Missing in both"),
        ComparisonStatus.UNDER_REVIEW: translate("Reports", "Under review"),
        ComparisonStatus.EXCLUDED: translate("Reports", "Excluded"),
        ComparisonStatus.CONFIRMED: translate("Reports", "Confirmed with evidence"),
        "cleared": translate("Reports", "Decision withdrawn"),
    }.get(status, status)


def file_size(size: int, lang: str) -> str:
    if size < 1024:
        return translate("Reports", "{n} bytes").format(n=number(size, lang))
    if size < 1024 * 1024:
        return translate("Reports", "{n} KB").format(n=number(size / 1024, lang, 1))
    return translate("Reports", "{n} MB").format(n=number(size / 1024 / 1024, lang, 1))


# --- thumbnails ----------------------------------------------------------------------------

THUMB_HEIGHT = 180  # pixels of one thumbnail in a contact sheet: sharp at about 3 cm on paper
SHEET_COLUMNS = 4
GAP = 14


def contact_sheet(images: list[bytes]) -> bytes | None:
    """The images side by side, at most four to a row, scaled to one height, as one PNG (one
    picture per station keeps the page compact); None when none of them decodes. Raster work
    only: no fonts, so it runs without a GUI application on any thread."""
    decoded = []
    for data in images:
        image = QImage()
        if image.loadFromData(data) and not image.isNull():
            decoded.append(
                image.scaledToHeight(THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
    if not decoded:
        return None
    rows = [decoded[i : i + SHEET_COLUMNS] for i in range(0, len(decoded), SHEET_COLUMNS)]
    width = max(sum(i.width() for i in row) + GAP * (len(row) - 1) for row in rows)
    height = len(rows) * THUMB_HEIGHT + GAP * (len(rows) - 1)
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    try:
        for r, row in enumerate(rows):
            x = 0
            for image in row:
                painter.drawImage(x, r * (THUMB_HEIGHT + GAP), image)
                x += image.width() + GAP
    finally:
        painter.end()
    return png(sheet)


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
