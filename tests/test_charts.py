"""The report charts: matplotlib figures built without pyplot, with the bars, lines and texts the
inputs call for, names in the language asked, Kazakh letters drawn from the font (no missing
glyphs) and kept as text in SVG, and PNG output through Agg."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import warnings

import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from kzobserver.domain.comparison import ComparisonStatus, Review, compare_many
from kzobserver.domain.elections import get_bundled_election
from kzobserver.domain.taxonomy import categories, category_name
from kzobserver.reports import charts
from kzobserver.reports.charts import (
    BLUE,
    GREY,
    VERMILLION,
    ShareRow,
    TurnoutPoint,
    difference_distribution,
    figure_png,
    figure_svg,
    irregularities_by_category,
    observed_vs_announced,
    turnout_through_day,
)

PNG = b"\x89PNG\r\n\x1a\n"
KAZAKH_LETTERS = "әғқңөұүһі"
CONTEST = get_bundled_election("kz-2023-majilis").contests[0]
PARTIES = [c.code for c in CONTEST.contestants]
LINES = ["voters_on_list", "ballots_issued", *(f"votes:{p}" for p in PARTIES)]


def _texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]


def _share_rows() -> list[ShareRow]:
    estimates = [48.5, 11.7, 9.2, 8.2, 6.8, 5.9, 2.9, 6.8]
    announced = [53.9, 10.9, 8.59, 8.41, 6.8, 5.2, 2.3, 3.9]
    return [
        ShareRow(c.name, estimate, 0.5, published)
        for c, estimate, published in zip(CONTEST.contestants, estimates, announced, strict=True)
    ]


def _wrapped(text: str) -> str:
    """A name as the charts break it over lines."""
    return "\n".join(textwrap.wrap(text, charts.NAME_WIDTH, break_long_words=False))


def _png_width(data: bytes) -> int:
    return int.from_bytes(data[16:20], "big")  # IHDR: the first chunk, width first


def test_observed_vs_announced_draws_both_bars_and_the_interval() -> None:
    rows = _share_rows()
    figure = observed_vs_announced(rows, "kk")
    ax = figure.axes[0]
    names = [label.get_text() for label in ax.get_yticklabels()]
    assert names == [_wrapped(c.name.kk) for c in CONTEST.contestants]
    assert len(ax.patches) == 16  # an estimate bar and an announced bar per contestant
    estimates, announced = ax.patches[0::2], ax.patches[1::2]
    assert [round(p.get_width(), 2) for p in estimates] == [r.estimate for r in rows]
    assert [round(p.get_width(), 2) for p in announced] == [r.announced for r in rows]
    # Outside the interval: vermillion; inside (Aq Jol 8.41 in 7.7-8.7, People's Party 6.8 in
    # 6.3-7.3): grey.
    colours = [to_hex(p.get_facecolor()) for p in announced]
    outside, inside = VERMILLION.lower(), GREY.lower()
    assert colours == [outside] * 3 + [inside] * 2 + [outside] * 3
    assert all(to_hex(p.get_facecolor()) == BLUE.lower() for p in estimates)
    assert len(ax.containers) == 8 + 8 + 8  # the bars, and an error bar per estimate
    texts = _texts(figure)
    assert "48,5 ± 0,5" in texts and "53,9" in texts and "8,59" in texts  # Kazakh decimals
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == [
        "Sample estimate with its 95 % interval",
        "Announced, inside the interval",
        "Announced, outside the interval",
    ]


def test_observed_vs_announced_with_missing_figures() -> None:
    rows = [
        ShareRow("Only announced", announced=12.5),
        ShareRow("Only estimated", estimate=40.0, margin=2.0),
        ShareRow("Rounded inside", estimate=10.0, margin=0.1, announced=10.2, inside=True),
    ]
    ax = observed_vs_announced(rows, "en").axes[0]
    assert [round(p.get_width(), 1) for p in ax.patches] == [12.5, 40.0, 10.0, 10.2]
    assert to_hex(ax.patches[-1].get_facecolor()) == GREY.lower()  # inside as told, not computed
    empty = observed_vs_announced([], "en")
    assert "No contestants to show." in _texts(empty)


def _comparisons(moved: dict[int, int], stuffed: dict[int, int], stations: int = 300):
    """``stations`` stations, B equal to A except: at station i in ``moved``, n votes moved
    from auyl to amanat; in ``stuffed``, n ballots and amanat votes added."""
    rng = random.Random(5)
    pairs = []
    for i in range(stations):
        a = {line: rng.randint(50, 900) for line in LINES}
        b = dict(a)
        if i in moved:
            b["votes:amanat"] += moved[i]
            b["votes:auyl"] -= moved[i]
        if i in stuffed:
            b["votes:amanat"] += stuffed[i]
            b["ballots_issued"] += stuffed[i]
        pairs.append((str(i + 1), "r", a, b))
    return compare_many(pairs, LINES)


def test_difference_distribution_counts_the_differing_stations_and_the_gainers() -> None:
    moved = {3: 25, 10: 4, 50: 4, 70: 120}
    stuffed = {20: 30, 90: 7}
    comparisons = _comparisons(moved, stuffed)
    # A reviewer excluded one station: out of both charts.
    comparisons[90] = comparisons[90].with_review(Review(ComparisonStatus.EXCLUDED, reason="typo"))
    names = {p: c.name.ru for p, c in zip(PARTIES, CONTEST.contestants, strict=True)}
    figure = difference_distribution(
        comparisons, names=names, sources=("PEC copy", "official"), lang="ru"
    )
    top, bottom = figure.subfigs

    def title(fig) -> str:  # long titles wrap to fit the window's canvas
        return fig.get_suptitle().replace("\n", " ")

    assert title(top) == "Largest difference per station: 5 stations differ"
    assert title(bottom) == "Who gained: net votes per contestant, official − PEC copy"
    histogram = top.axes[0]
    assert sum(p.get_height() for p in histogram.patches) == 5
    assert histogram.get_yscale() == "linear"
    shift = bottom.axes[0]
    labels = [t.get_text() for t in shift.get_yticklabels()]
    assert labels == [_wrapped(c.name.ru) for c in CONTEST.contestants]
    gained = dict(zip(PARTIES, (p.get_width() for p in shift.patches), strict=True))
    assert gained["amanat"] == sum(moved.values()) + 30
    assert gained["auyl"] == -sum(moved.values())
    assert {p: v for p, v in gained.items() if v} == {"amanat": 183, "auyl": -153}
    assert "+183" in _texts(figure) and "−153" in _texts(figure)


def test_difference_histogram_turns_logarithmic_when_skewed() -> None:
    small = {i: 1 for i in range(0, 200, 2)}  # a hundred one-vote slips
    large = {201: 300, 203: 900}
    figure = difference_distribution(_comparisons(small | large, {}, stations=300))
    histogram = figure.subfigs[0].axes[0]
    assert histogram.get_yscale() == "log"
    assert sum(p.get_height() for p in histogram.patches) == 102
    assert max(p.get_x() + p.get_width() for p in histogram.patches) >= 900


def test_difference_distribution_without_differences() -> None:
    figure = difference_distribution(_comparisons({}, {}, stations=20))
    texts = _texts(figure)
    assert "No station differs." in texts
    assert "No station differs beyond the tolerance." in texts


def test_turnout_through_the_day() -> None:
    points = [
        TurnoutPoint("12:10", 29.0, 30.65, 118, 1.5),
        TurnoutPoint("10:10", 16.0, 14.21, 120),
        TurnoutPoint("22:10", None, 54.19),
    ]
    figure = turnout_through_day(points)
    ax = figure.axes[0]
    (announced,) = [line for line in ax.lines if line.get_marker() == "s"]
    (observed,) = [line for line in ax.lines if line.get_marker() == "o"]
    assert (announced.get_color(), observed.get_color()) == (VERMILLION, BLUE)
    assert list(announced.get_xdata()) == [610, 730, 1330]
    assert list(announced.get_ydata()) == [14.21, 30.65, 54.19]
    assert list(observed.get_xdata()) == [610, 730] and list(observed.get_ydata()) == [16.0, 29.0]
    figure.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks[0] == "08:00" and "22:00" in ticks
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Announced by the commission", "Observers' headcounts (120 stations)"]
    assert "No headcounts or announced turnout to show." in _texts(turnout_through_day([]))


def test_irregularities_by_category_most_frequent_first() -> None:
    codes = [c.code for c in categories()]
    counts = {codes[0]: 2, codes[5]: 9, codes[3]: 0, codes[7]: 2}
    figure = irregularities_by_category(counts, "kk")
    ax = figure.axes[0]
    assert [p.get_width() for p in ax.patches] == [9, 2, 2]
    names = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert names == [category_name(code, "kk") for code in (codes[5], codes[0], codes[7])]
    assert figure.get_suptitle() == "Irregularity reports by category: 13 reports"
    assert "No irregularity reports." in _texts(irregularities_by_category({}, "kk"))


def test_png_and_svg_output() -> None:
    figure = observed_vs_announced(_share_rows(), "kk")
    canvas = figure.canvas
    png = figure_png(figure)
    assert png.startswith(PNG)
    assert _png_width(png) == round(charts.WIDTH * 150)
    assert _png_width(figure_png(figure, dpi=60)) == round(charts.WIDTH * 60)
    assert figure.canvas is canvas  # the figure's own canvas is put back
    svg = figure_svg(figure).decode("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for contestant in CONTEST.contestants:
        for line in _wrapped(contestant.name.kk).splitlines():
            assert f">{line}</text>" in svg
    assert "Қазақстан Халық партиясы" in svg


def test_kazakh_letters_are_drawn_from_the_font() -> None:
    rows = [
        ShareRow(f"{letter.upper()}{letter} партиясы", 10.0, 1.0, 12.0) for letter in KAZAKH_LETTERS
    ]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure_png(observed_vs_announced(rows, "kk"))
        figure_png(irregularities_by_category({c.code: 1 for c in categories()}, "kk"))
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert missing == []


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_numbers_are_written_the_languages_way(lang: str) -> None:
    expected = {"en": "12,345.6", "ru": "12\u202f345,6", "kk": "12\u202f345,6"}[lang]
    assert charts.number(12345.6, 1, lang) == expected
    assert charts.number(-3, 0, lang) == "−3"
    assert charts.number(-0.04, 1, lang) == "0" + ("." if lang == "en" else ",") + "0"


def test_no_pyplot_anywhere() -> None:
    code = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from kzobserver.domain.comparison import compare_many
        from kzobserver.reports import charts
        figures = [
            charts.observed_vs_announced([charts.ShareRow("A", 50.0, 1.0, 52.0)], "kk"),
            charts.difference_distribution(
                compare_many([("1", None, {"votes:a": 1}, {"votes:a": 3})], ["votes:a"])
            ),
            charts.turnout_through_day([charts.TurnoutPoint("10:10", 12.0, 14.0, 3)]),
            charts.irregularities_by_category({"ballot_stuffing": 2}, "ru"),
        ]
        for figure in figures:
            charts.figure_png(figure)
            charts.figure_svg(figure)
        import kzobserver.ui.aggregatepanel, kzobserver.ui.chartspanel
        print("pyplot" if "matplotlib.pyplot" in sys.modules else "clean")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "clean"
