"""The page shown when no station is selected: what the logbook's election is about, and the
result the election commission announced for it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kzobserver.storage.logbook import Logbook
from kzobserver.storage.reference import (
    ContestRow,
    ElectionRow,
    announced_figures,
    list_contests,
    list_regions,
)
from kzobserver.storage.stations import station_counts
from kzobserver.ui import language
from kzobserver.ui.widgets import TITLE_SCALE, enlarge, heading, scaled_label


def national_results(figures: list[dict[str, Any]]) -> dict[str, tuple[dict[str, float], str]]:
    """contest code → ({line: value}, source) of the final, whole-election figures."""
    found: dict[str, tuple[dict[str, float], str]] = {}
    for f in figures:
        if f["area"] is None and f["as_of"] == "final":
            lines, _source = found.setdefault(f["contest"], ({}, f["source"] or ""))
            lines[f["line"]] = f["value"]
    return found


class OverviewPage(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.result_tables: list[QTableWidget] = []
        self._body: QWidget | None = None

    def show_overview(self, logbook: Logbook, election: ElectionRow, lang: str) -> None:
        # Rebuilt on each call: the contents change shape with the election (contests, results).
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(8)
        self.result_tables = []

        title = scaled_label(election.name.get(lang), TITLE_SCALE, bold=True, parent=body)
        title.setObjectName("electionTitle")
        layout.addWidget(title)
        layout.addWidget(scaled_label(language.format_date(election.date, lang), parent=body))
        hint = scaled_label(
            self.tr("Choose a polling station on the left, or type its number in the search box."),
            1.0,
            parent=body,
            selectable=False,
        )
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)

        total, synthetic = station_counts(logbook, election.id)
        regions = list_regions(logbook, election.id)
        contests = list_contests(logbook, election.id)
        layout.addWidget(heading(self.tr("In this logbook"), body))
        stations_text = language.format_int(total, lang)
        if synthetic:
            stations_text = self.tr("{total} ({synthetic} of them synthetic demo stations)").format(
                total=stations_text, synthetic=language.format_int(synthetic, lang)
            )
        domestic = sum(1 for r in regions if r.level == "region")
        regions_text = language.format_int(domestic, lang)
        if any(r.level == "abroad" for r in regions):
            regions_text = self.tr("{n}, and stations abroad").format(n=regions_text)
        facts = QFormLayout()
        facts.setHorizontalSpacing(24)
        facts.setVerticalSpacing(8)
        for key, caption, value in (
            ("stations", self.tr("Polling stations"), stations_text),
            ("regions", self.tr("Regions"), regions_text),
            (
                "contests",
                self.tr("Contests"),
                "\n".join(self._contest_line(c, lang) for c in contests),
            ),
        ):
            caption_label = scaled_label(caption, parent=body, selectable=False)
            caption_label.setWordWrap(False)
            value_label = scaled_label(value, parent=body)
            value_label.setObjectName(f"overview_{key}")
            value_label.setTextFormat(Qt.TextFormat.PlainText)
            facts.addRow(caption_label, value_label)
        layout.addLayout(facts)

        results = national_results(announced_figures(logbook, election.id))
        for contest in contests:
            if contest.code in results:
                lines, source = results[contest.code]
                self._add_result(layout, body, contest, lines, source, lang)
        layout.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(body)
        self._body = body

    def _contest_line(self, contest: ContestRow, lang: str) -> str:
        if contest.seats:
            return self.tr("{name} — {seats} seats").format(
                name=contest.name.get(lang), seats=contest.seats
            )
        return contest.name.get(lang)

    def _add_result(
        self,
        layout: QVBoxLayout,
        body: QWidget,
        contest: ContestRow,
        lines: dict[str, float],
        source: str,
        lang: str,
    ) -> None:
        layout.addWidget(
            heading(
                self.tr("Announced result: {contest}").format(contest=contest.name.get(lang)), body
            )
        )
        turnout = []
        if "turnout_percent" in lines:
            turnout.append(
                self.tr("Turnout {percent} %").format(
                    percent=language.format_number(lines["turnout_percent"], 2, lang)
                )
            )
        if "voters_on_list" in lines:
            turnout.append(
                self.tr("{n} voters on the lists").format(
                    n=language.format_int(lines["voters_on_list"], lang)
                )
            )
        if "ballots_issued" in lines:
            turnout.append(
                self.tr("{n} ballots issued").format(
                    n=language.format_int(lines["ballots_issued"], lang)
                )
            )
        if turnout:
            label = scaled_label(" · ".join(turnout), parent=body)
            label.setObjectName("turnout")
            layout.addWidget(label)

        rows = [c for c in contest.contestants if f"votes:{c.code}" in lines]
        has_seats = any(f"seats:{c.code}" in lines for c in rows)
        headers = [self.tr("Party"), self.tr("Votes"), self.tr("Share, %")]
        if has_seats:
            headers.append(self.tr("Seats"))
        table = QTableWidget(len(rows), len(headers), body)
        table.setObjectName(f"result_{contest.code}")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        enlarge(table, 1.1)
        # One line per party: wrapping while the table is still narrow made rows of odd heights.
        table.setWordWrap(False)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, contestant in enumerate(rows):
            cells = [
                contestant.name.get(lang),
                language.format_int(lines[f"votes:{contestant.code}"], lang),
                language.format_number(lines[f"share_percent:{contestant.code}"], 2, lang)
                if f"share_percent:{contestant.code}" in lines
                else "—",
            ]
            if has_seats:
                seats = lines.get(f"seats:{contestant.code}")
                cells.append(language.format_int(seats, lang) if seats is not None else "—")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(right)
                if contestant.special:
                    item.setToolTip(self.tr("Not a party: a line on the ballot"))
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        # Show every row without an inner scroll bar: the page itself scrolls.
        height = header.sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)
        table.setMaximumWidth(900)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(table)
        self.result_tables.append(table)

        note_text = self.tr("As announced by the election commission; not checked by kzobserver.")
        if source:
            note_text += " " + self.tr("Source: {source}.").format(source=source)
        note = QLabel(note_text, body)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)
