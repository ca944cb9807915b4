"""The page of one polling station: its facts, large enough to read at arm's length."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kzobserver.storage.stations import StationDetail
from kzobserver.ui import language
from kzobserver.ui.widgets import DEMO_STYLE, TITLE_SCALE, heading, scaled_label


def format_timestamp(iso: str, lang: str) -> str:
    """A stored UTC timestamp in the user's local time."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso
    return language.locale(lang).toString(moment.toLocalTime(), "yyyy-MM-dd HH:mm")


class StationPage(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.station: StationDetail | None = None

        body = QWidget(self)
        body.setObjectName("stationPageBody")
        outer = QVBoxLayout(body)
        outer.setContentsMargins(24, 16, 24, 24)
        outer.setSpacing(8)

        self.synthetic_mark = scaled_label(
            self.tr("SYNTHETIC DEMO STATION — not a real polling station"),
            1.2,
            bold=True,
            parent=body,
            selectable=False,
        )
        self.synthetic_mark.setObjectName("syntheticMark")
        self.synthetic_mark.setStyleSheet(f"#syntheticMark {{ {DEMO_STYLE} }}")
        outer.addWidget(self.synthetic_mark)

        self.title = scaled_label(scale=TITLE_SCALE, bold=True, parent=body)
        self.title.setObjectName("stationTitle")
        outer.addWidget(self.title)
        self.subtitle = scaled_label(parent=body)
        self.subtitle.setObjectName("stationSubtitle")
        outer.addWidget(self.subtitle)

        outer.addWidget(heading(self.tr("Station facts"), body))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(10)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (
            ("number", self.tr("Station number")),
            ("address", self.tr("Address")),
            ("region", self.tr("Region")),
            ("district", self.tr("District")),
            ("registered_voters", self.tr("Registered voters")),
            ("coordinates", self.tr("Coordinates")),
            ("abroad", self.tr("Abroad")),
            ("contests", self.tr("Contests")),
            ("created", self.tr("Added to the logbook")),
            ("updated", self.tr("Last changed")),
        ):
            value = scaled_label(parent=body)
            value.setObjectName(f"field_{key}")
            caption_label = scaled_label(caption, parent=body, selectable=False)
            caption_label.setWordWrap(False)
            form.addRow(caption_label, value)
            self.fields[key] = value
        outer.addLayout(form)
        outer.addStretch(1)
        self.setWidget(body)

    def show_station(self, station: StationDetail, lang: str) -> None:
        self.station = station
        dash = "—"
        self.synthetic_mark.setVisible(station.synthetic)
        self.title.setText(self.tr("Station № {number}").format(number=station.number))
        place = [t.get(lang) for t in (station.region, station.district) if t is not None]
        self.subtitle.setText(" · ".join(place) if place else self.tr("No region recorded"))
        f = self.fields
        f["number"].setText(station.number)
        f["address"].setText(station.address or self.tr("not recorded"))
        f["region"].setText(station.region.get(lang) if station.region else dash)
        f["district"].setText(station.district.get(lang) if station.district else dash)
        f["registered_voters"].setText(
            language.format_int(station.registered_voters, lang)
            if station.registered_voters is not None
            else self.tr("not recorded")
        )
        if station.latitude is not None and station.longitude is not None:
            lat = language.format_number(station.latitude, 5, lang)
            lon = language.format_number(station.longitude, 5, lang)
            f["coordinates"].setText(f"{lat}; {lon}")
        else:
            f["coordinates"].setText(self.tr("not recorded"))
        f["abroad"].setText(self.tr("Yes") if station.abroad else self.tr("No"))
        f["contests"].setText(
            "\n".join(name.get(lang) for _code, name in station.contests)
            or self.tr("none recorded")
        )
        f["created"].setText(format_timestamp(station.created_at, lang))
        f["updated"].setText(format_timestamp(station.updated_at, lang))
        self.verticalScrollBar().setValue(0)
