"""The aggregate panel and the charts panel of the Discrepancies view, on the bundled 2023
election with a synthetic sample of observed stations: the observers' tallies, the commission's
copies (with votes moved to one party at a few stations), hourly headcounts and irregularity
reports. The expected figures are computed here from the planted records; the table models go
through qtmodeltester."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from kzobserver.domain.taxonomy import categories
from kzobserver.storage import Logbook
from kzobserver.storage.checks import contest_lines
from kzobserver.storage.headcount import take_snapshot
from kzobserver.storage.incidents import create_draft, set_status
from kzobserver.storage.protocol_import import write_records
from kzobserver.storage.summary import election_and_contest
from kzobserver.ui import messages
from kzobserver.ui.aggregatepanel import AggregatePanel
from kzobserver.ui.chartcanvas import ChartCanvas
from kzobserver.ui.chartspanel import ChartsPanel

PNG = b"\x89PNG\r\n\x1a\n"
# Shares the synthetic "true" votes are drawn from (ballot order): not the announced ones, so that
# some announced shares fall outside the sample's interval.
TRUE_SHARES = (47.0, 12.0, 9.5, 8.5, 7.0, 6.0, 3.0, 7.0)
# The announced national turnout series of 2023 is at these times; the headcounts are taken then.
HEADCOUNT_TIMES = ("10:10", "12:10", "16:10", "18:10", "20:10")
HEADCOUNT_SHARE = (0.24, 0.52, 0.88, 0.96, 1.0)  # of the day's ballots counted by then


@dataclass
class Planted:
    """What was written into the logbook, to check the panels against."""

    sample: list[str]  # station ids with records
    tally: dict[str, dict[str, int | None]]
    copy: dict[str, dict[str, int | None]]
    moved: dict[str, int] = field(default_factory=dict)  # station id → votes moved to amanat
    categories: dict[str, int] = field(default_factory=dict)  # reports per category, counted


def _protocol(rng: random.Random, voters: int, parties: list[str]) -> dict[str, int | None]:
    issued = int(voters * min(0.95, max(0.2, rng.gauss(0.5, 0.1))))
    invalid = rng.randint(0, max(1, issued // 60))
    weights = [share * rng.uniform(0.7, 1.3) for share in TRUE_SHARES]
    votes = [int((issued - invalid) * w / sum(weights)) for w in weights]
    votes[0] += issued - invalid - sum(votes)  # rounding left to the first line
    cancelled = rng.randint(10, 120)
    return {
        "voters_on_list": voters,
        "ballots_received": issued + cancelled,
        "ballots_issued": issued,
        "issued_outside": issued // 40,
        "issued_absentee": 0,
        "ballots_cancelled": cancelled,
        "ballots_in_boxes": issued,
        "invalid": invalid,
        **{f"votes:{p}": v for p, v in zip(parties, votes, strict=True)},
    }


def plant_sample(
    logbook: Logbook,
    stations: int,
    *,
    seed: int = 19,
    altered: int = 0,
    headcounts: int = 0,
    reports: int = 0,
) -> Planted:
    """A simple random sample of ``stations`` stations with an observer's tally and a PEC copy
    each; at ``altered`` of them the copy moves votes from other parties to AMANAT. The first
    ``headcounts`` sampled stations get snapshots at the announced times; ``reports``
    irregularity reports go to random sampled stations (one more, excluded, is never counted)."""
    rng = random.Random(seed)
    election, contest = election_and_contest(logbook, "majilis_list")
    codes = [line.code for line in contest_lines(contest)]
    parties = [c.code for c in contest.contestants]
    registered = dict(
        logbook.db.execute(
            "SELECT id, registered_voters FROM stations WHERE election_id = ? ORDER BY number",
            [election.id],
        ).fetchall()
    )
    sample = rng.sample(sorted(registered), stations)
    tally = {s: _protocol(rng, registered[s] or 1000, parties) for s in sample}
    copy = {s: dict(values) for s, values in tally.items()}
    planted = Planted(sample, tally, copy)
    for s in sample[:altered]:
        moved = 0
        for loser in parties[1:]:
            take = min(copy[s][f"votes:{loser}"] or 0, rng.randint(0, 40))
            copy[s][f"votes:{loser}"] = (copy[s][f"votes:{loser}"] or 0) - take
            moved += take
        copy[s]["votes:amanat"] = (copy[s]["votes:amanat"] or 0) + moved
        planted.moved[s] = moved
    for source, records in (("observer_tally", tally), ("pec_copy", copy)):
        rows = [(s, [records[s][c] for c in codes]) for s in sample]
        write_records(logbook, contest, source, "observer-1", codes, rows)
    for s in sample[:headcounts]:
        issued = tally[s]["ballots_issued"] or 0
        for clock, share in zip(HEADCOUNT_TIMES, HEADCOUNT_SHARE, strict=True):
            hour, minute = map(int, clock.split(":"))
            count = int(issued * share * rng.uniform(0.85, 1.0))
            take_snapshot(logbook, s, datetime(2023, 3, 19, hour, minute), count_value=count)
    codes_by_category = [c.code for c in categories()]
    for i in range(reports + 1):
        category = rng.choice(codes_by_category[: 1 + i % 12])  # a few categories dominate
        report = create_draft(logbook, category, station_id=rng.choice(sample))
        if i == reports:  # judged unfounded: left out of the statistics
            set_status(logbook, report.id, "excluded", "A duplicate of another report.")
        else:
            planted.categories[category] = planted.categories.get(category, 0) + 1
    return planted


@pytest.fixture
def sampled(demo_logbook: Logbook) -> tuple[Logbook, Planted]:
    return demo_logbook, plant_sample(demo_logbook, 120, altered=9, headcounts=40, reports=25)


def _column(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.cell(row, column).text for row in range(model.rowCount())]


def test_aggregate_panel_shows_the_sample_against_the_announced_result(
    qtbot, qtmodeltester, sampled
) -> None:  # type: ignore[no-untyped-def]
    logbook, planted = sampled
    panel = AggregatePanel()
    qtbot.addWidget(panel)
    panel.set_logbook(logbook)
    assert panel.result is None  # not shown yet: nothing computed
    panel.set_source("pec_copy")
    panel.refresh()
    result = panel.result
    assert result is not None and result.sampled == 120

    model = panel.shares_model
    qtmodeltester.check(model)
    assert model.rowCount() == 8
    assert _column(model, 0)[:2] == ["AMANAT", "Auyl People's Democratic Patriotic Party"]
    # The estimate is the ratio of the sample's sums (a simple random sample, one stratum).
    base = sum(
        sum(v for k, v in r.items() if k.startswith("votes:")) for r in planted.copy.values()
    )
    amanat = sum(r["votes:amanat"] for r in planted.copy.values())
    estimate, margin = model.cell(0, 1).text.split(" ± ")
    assert estimate == f"{100 * amanat / base:.2f}"
    low, high = (float(x) for x in model.cell(0, 2).text.split(" – "))
    assert low == pytest.approx(float(estimate) - float(margin), abs=0.011)
    assert high == pytest.approx(float(estimate) + float(margin), abs=0.011)
    assert _column(model, 3) == ["53.9", "10.9", "8.59", "8.41", "6.8", "5.2", "2.3", "3.9"]
    for row, share in enumerate(result.shares):
        inside = model.cell(row, 4)
        assert share.comparison is not None
        assert (inside.text, inside.tone) == (
            ("inside", "good") if share.comparison.inside else ("outside", "bad")
        )
        assert model.cell(row, 6).text == "120 of 10,223"
    assert {"inside", "outside"} <= set(_column(model, 4))

    # Turnout: the whole country first, then the 20 regions with an announced turnout.
    qtmodeltester.check(panel.turnout_model)
    assert panel.turnout_model.rowCount() == 21
    assert panel.turnout_model.cell(0, 0).text == "Kazakhstan"
    assert panel.turnout_model.cell(0, 3).text == "54.19"

    # The bundled announced votes give the announced seats by largest remainder; D'Hondt differs.
    seats = panel.seats_model
    qtmodeltester.check(seats)
    assert _column(seats, 2)[:6] == _column(seats, 3)[:6] == ["40", "8", "6", "6", "5", "4"]
    assert seats.cell(0, 4).text == "41" and seats.cell(0, 4).tone == "warn"
    assert "exactly the announced seats" in panel.seats_note.text()

    # No area is observed in full, so nothing is summed.
    qtmodeltester.check(panel.coverage_model)
    assert panel.coverage_model.rowCount() == 0

    # The chart draws the same contestants, an estimate bar and an announced bar each.
    figure = panel.chart.figure()
    assert figure is not None
    axes = figure.axes[0]
    names = [t.get_text().replace("\n", " ") for t in axes.get_yticklabels()]
    assert names == [share.name.en for share in result.shares]
    assert len(axes.patches) == 16


def test_aggregate_panel_without_records_of_the_source(qtbot, qtmodeltester, sampled) -> None:  # type: ignore[no-untyped-def]
    logbook, _ = sampled
    panel = AggregatePanel()
    qtbot.addWidget(panel)
    panel.set_logbook(logbook)
    panel.set_source("official")
    panel.refresh()
    model = panel.shares_model
    qtmodeltester.check(model)
    assert model.rowCount() == 8
    assert set(_column(model, 1)) == {"—"}
    assert _column(model, 3)[0] == "53.9"  # the announced figures still show
    assert panel.messages_label.text()
    assert not panel.messages_label.isHidden()


def test_charts_panel_draws_the_planted_differences_and_reports(qtbot, sampled) -> None:  # type: ignore[no-untyped-def]
    logbook, planted = sampled
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.set_logbook(logbook)
    # No official results in this logbook: the tallies are compared with the copies.
    assert panel.sources() == ("observer_tally", "pec_copy")
    panel.refresh()
    data = panel.data
    assert data is not None and not data.problems
    differing = {c.station for c in data.comparisons if c.largest_difference}
    numbers = dict(logbook.db.execute("SELECT id, number FROM stations").fetchall())
    assert differing == {numbers[s] for s, moved in planted.moved.items() if moved}

    figure = panel.differences_chart.figure()
    assert figure is not None
    titles = [sub.get_suptitle() for sub in figure.subfigs]
    assert titles[0].endswith(f"{len(differing)} stations differ")
    shift_axes = figure.subfigs[1].axes[0]
    gained = {
        label.get_text(): patch.get_width()
        for label, patch in zip(shift_axes.get_yticklabels(), shift_axes.patches, strict=True)
    }
    assert gained["AMANAT"] == sum(planted.moved.values())
    assert sum(gained.values()) == 0  # moved, not added

    irregularities = panel.irregularities_chart.figure().axes[0]  # type: ignore[union-attr]
    widths = [p.get_width() for p in irregularities.patches]
    assert widths == sorted(planted.categories.values(), reverse=True)

    turnout = panel.turnout_chart.figure().axes[0]  # type: ignore[union-attr]
    (line,) = [line for line in turnout.lines if line.get_marker() == "o"]
    observed = {round(x): y for x, y in zip(*line.get_data(), strict=True)}
    assert sorted(observed) == [
        10 * 60 + 10,
        12 * 60 + 10,
        16 * 60 + 10,
        18 * 60 + 10,
        20 * 60 + 10,
    ]
    counted = [data.turnout[i] for i in range(5)]
    assert all(point.stations == 40 for point in counted)


def test_same_source_twice_is_refused_in_the_panel(qtbot, sampled) -> None:  # type: ignore[no-untyped-def]
    logbook, _ = sampled
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.set_logbook(logbook)
    panel.set_sources("pec_copy", "pec_copy")
    panel.refresh()
    assert "two different sources" in panel.status_label.text()
    assert panel.differences_chart.figure() is not None


def test_chart_canvas_saves_png_and_svg_atomically(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kzobserver.reports.charts import irregularities_by_category

    canvas = ChartCanvas(file_name="reports")
    qtbot.addWidget(canvas)
    assert not canvas.save_action.isEnabled()
    first = irregularities_by_category({"ballot_stuffing": 3}, "kk")
    canvas.set_figure(first)
    second = irregularities_by_category({"ballot_stuffing": 3, "carousel": 1}, "kk")
    canvas.set_figure(second)
    assert canvas.figure() is second and canvas.canvas is not None
    assert canvas.canvas.figure is second
    assert canvas.save_action in canvas.canvas.actions()

    png = canvas.save_chart(tmp_path / "chart.png")
    assert png is not None and png.read_bytes().startswith(PNG)
    # Saved at the designed size whatever the widget's: 6.5 in at 150 dpi.
    assert int.from_bytes(png.read_bytes()[16:20], "big") == round(6.5 * 150)
    chosen = str(tmp_path / "picked")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName",
        staticmethod(lambda *a, **k: (chosen, "SVG drawing (*.svg)")),
    )  # fmt: skip
    svg = canvas.save_chart()
    assert svg == tmp_path / "picked.svg"
    assert "Бюллетеньдерді лақтыру" in svg.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png", "picked.svg"]


def test_chart_canvas_reports_a_failed_save(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kzobserver.reports.charts import turnout_through_day

    shown: list[str] = []
    monkeypatch.setattr(messages, "exec_dialog", lambda dialog: shown.append(dialog.text()) or 0)
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    canvas.set_figure(turnout_through_day([]))
    target = tmp_path / "missing folder" / "chart.png"
    assert canvas.save_chart(target) is None
    assert len(shown) == 1 and "could not be written" in shown[0]
    assert not target.parent.exists()


def test_complete_coverage_is_summed_against_the_announced_totals(
    qtbot, qtmodeltester, kz_logbook: Logbook
) -> None:  # type: ignore[no-untyped-def]
    from kzobserver.domain.model import Station
    from kzobserver.storage.stations import add_stations_to_election

    election, _ = election_and_contest(kz_logbook, "majilis_list")
    stations = [Station(number=str(n), region="abai", registered_voters=900) for n in (1, 2, 3)]
    add_stations_to_election(kz_logbook, election, stations)
    planted = plant_sample(kz_logbook, 3)
    panel = AggregatePanel()
    qtbot.addWidget(panel)
    panel.set_logbook(kz_logbook)
    panel.set_source("observer_tally")
    panel.refresh()
    model = panel.coverage_model
    qtmodeltester.check(model)
    rows = [[model.cell(r, c) for c in range(5)] for r in range(model.rowCount())]
    # Every station of the election and of Abai has a record: both areas are summed.
    assert {r[0].text for r in rows} == {"Kazakhstan", "Abai Region"}
    national = {r[1].text: r for r in rows if r[0].text == "Kazakhstan"}
    amanat = sum(values["votes:amanat"] or 0 for values in planted.tally.values())
    assert set(national) == {
        "Voters included in the voter lists",
        "Ballots issued to voters",
        *(f"Votes for {name}" for name in _column(panel.shares_model, 0)),
        "Turnout, %",
    }  # the lines with an announced total
    row = national["Votes for AMANAT"]
    assert row[2].text == f"{amanat:,}"
    assert row[3].text == "3,431,510"
    assert (row[4].text, row[4].tone) == (f"+{3431510 - amanat:,}", "bad")
    abai = {r[1].text: r for r in rows if r[0].text == "Abai Region"}
    issued = sum(v["ballots_issued"] or 0 for v in planted.tally.values())
    assert list(abai) == ["Turnout, %"]  # the one figure announced for the region
    assert abai["Turnout, %"][2].text == f"{100 * issued / 2700:.2f}"
    assert abai["Turnout, %"][3].text == "57.02"
