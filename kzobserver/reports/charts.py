"""The charts of reports and of the Discrepancies view, as matplotlib ``Figure`` objects.

Figures are built directly (``matplotlib.figure.Figure``), never through pyplot: pyplot keeps
global state and picks a GUI backend of its own, neither of which a Qt app or a report writer
wants. The window embeds a figure in ``FigureCanvasQTAgg``; reports turn it into PNG through the
Agg backend (``figure_png``) or into SVG (``figure_svg``, text kept as text).

Each chart takes plain inputs (the small dataclasses below, or the domain's own objects) so that
the reports and the window draw the same pictures from whatever they computed. Text is DejaVu
Sans, matplotlib's own font, which has every Kazakh letter (ә ғ қ ң ө ұ ү һ і); sizes are chosen
to read on an A4 page at the figure's own size (6.5 in wide) and on screen.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import matplotlib
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure, SubFigure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator

from kzobserver.domain.comparison import ComparisonStatus, StationComparison, net_shift
from kzobserver.domain.model import LocalizedText
from kzobserver.domain.taxonomy import categories, category_name
from kzobserver.i18n import translate

__all__ = [
    "ShareRow",
    "TurnoutPoint",
    "difference_distribution",
    "figure_png",
    "figure_svg",
    "irregularities_by_category",
    "number",
    "observed_vs_announced",
    "turnout_through_day",
]

WIDTH = 6.5  # inches: the text width of an A4 page with 2 cm margins, less a little
FONT = "DejaVu Sans"
TITLE_SIZE = 11
LABEL_SIZE = 9.5
TICK_SIZE = 9
NOTE_SIZE = 8
# Okabe-Ito colours: told apart by colour-blind readers and in greyscale print.
BLUE = "#0072B2"
VERMILLION = "#D55E00"
GREY = "#8C8C8C"
GREEN = "#009E73"
INK = "#222222"
NAME_WIDTH = 30  # characters per line of a wrapped contestant or category name
AXIS_LABEL_WIDTH = 48  # characters per line of an x-axis label
TITLE_WIDTH = 52  # characters per line of a title: fits the window's narrower canvas too


@dataclass(frozen=True)
class ShareRow:
    """One contestant in :func:`observed_vs_announced`; every figure in percent.

    ``margin`` is the half-width of the 95 % interval in percentage points. ``inside`` says
    whether the announced share lies in the interval; left None, it is worked out from the
    numbers (pass ``AnnouncedComparison.inside`` to honour the announced figure's rounding)."""

    name: LocalizedText | str
    estimate: float | None = None
    margin: float | None = None
    announced: float | None = None
    inside: bool | None = None

    def is_inside(self) -> bool | None:
        if self.inside is not None:
            return self.inside
        if self.estimate is None or self.announced is None:
            return None
        margin = self.margin or 0.0
        return self.estimate - margin <= self.announced <= self.estimate + margin


@dataclass(frozen=True)
class TurnoutPoint:
    """One time of day in :func:`turnout_through_day`: turnout in percent of voters on the list.

    ``observed`` is what the observers' headcounts imply (voters counted over the registered
    voters of the stations counted, ``stations`` of them), ``margin`` its optional 95 % half
    width; ``announced`` is the commission's figure at ``clock`` ("HH:MM", its local time)."""

    clock: str
    observed: float | None = None
    announced: float | None = None
    stations: int = 0
    margin: float | None = None


# --- helpers ---------------------------------------------------------------------------------


def _figure(height: float) -> Figure:
    # Constrained layout makes room for long names, titles and legends as the figure resizes.
    layout = ConstrainedLayoutEngine(h_pad=0.08, w_pad=0.08)
    return Figure(figsize=(WIDTH, height), dpi=100, layout=layout, facecolor="white")


def _title(figure: Figure | SubFigure, title: str) -> None:
    """A title at the figure's left edge, wrapped to its width: an axes title would start at the
    axes, right of the contestants' names, and run off the page."""
    figure.suptitle(_wrap(title, TITLE_WIDTH), x=0.01, ha="left", fontsize=TITLE_SIZE, family=FONT)


def _style(ax: Axes, xlabel: str = "", ylabel: str = "") -> None:
    if xlabel:  # centred under axes that start right of the names: wrapped, or it runs off
        ax.set_xlabel(_wrap(xlabel, AXIS_LABEL_WIDTH), fontsize=LABEL_SIZE, family=FONT)
    if ylabel:
        ax.set_ylabel(ylabel, fontsize=LABEL_SIZE, family=FONT)
    ax.tick_params(labelsize=TICK_SIZE, labelfontfamily=FONT)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _empty(ax: Axes, text: str) -> None:
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.text(
        0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center",
        fontsize=LABEL_SIZE, family=FONT, color=GREY,
    )  # fmt: skip


def _wrap(text: str, width: int = NAME_WIDTH) -> str:
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text


def _name(name: LocalizedText | str, lang: str) -> str:
    return name.get(lang) if isinstance(name, LocalizedText) else name


def number(value: float, decimals: int, lang: str = "en") -> str:
    """``value`` as the language writes it: 1,234.5 in English, 1 234,5 in Russian and Kazakh."""
    text = f"{abs(value):,.{decimals}f}"
    if lang != "en":  # narrow no-break spaces group thousands, a comma marks the decimals
        text = text.replace(",", "\u202f").replace(".", ",")
    return ("−" if value < 0 and text.strip("0,.\u202f") else "") + text


def _share(value: float, lang: str) -> str:
    """An announced share as published: 53.9, 8.59 (up to 2 decimals, at least 1)."""
    text = number(value, 2, lang)
    return text[:-1] if text.endswith("0") else text


def _signed(value: float, lang: str) -> str:
    return ("+" if value > 0 else "") + number(value, 0, lang)


def _hbar_names(ax: Axes, names: Sequence[str]) -> None:
    ax.set_yticks(range(len(names)), names, fontsize=TICK_SIZE, family=FONT)
    ax.set_ylim(len(names) - 0.5, -0.5)  # first row at the top, in the order given
    ax.tick_params(axis="y", length=0)


def _rows_height(names: Sequence[str], per_row: float) -> float:
    """Inches for the rows of a horizontal bar chart: ``per_row`` each, more where a name wraps
    onto several lines."""
    return sum(max(per_row, 0.1 + 0.15 * (name.count("\n") + 1)) for name in names)


def _grid(ax: Axes, axis: str) -> None:
    ax.grid(True, axis=axis, color="#DDDDDD", linewidth=0.8)  # type: ignore[arg-type]
    ax.set_axisbelow(True)


def _bar_label(ax: Axes, x: float, y: float, text: str, colour: str = INK) -> None:
    ax.annotate(
        text, (x, y), xytext=(4, 0), textcoords="offset points", va="center", ha="left",
        fontsize=NOTE_SIZE, family=FONT, color=colour,
    )  # fmt: skip


def _legend(figure: Figure | SubFigure, handles: Sequence[Artist]) -> None:
    """One entry a line below the chart: a row of entries would be cut off when a window
    narrows the figure (layout shrinks the axes, never the legend)."""
    figure.legend(
        handles=handles, loc="outside lower left", ncols=1, frameon=False,
        prop={"family": FONT, "size": TICK_SIZE},
    )  # fmt: skip


# --- observed vs announced -------------------------------------------------------------------


def observed_vs_announced(rows: Sequence[ShareRow], lang: str) -> Figure:
    """Per contestant, the sample estimate with its 95 % interval (error bars) beside the
    announced share, as horizontal bars in the order given (ballot order). An announced share
    outside the interval is drawn in vermillion."""
    names = [_wrap(_name(row.name, lang)) for row in rows]
    figure = _figure(max(2.6, 1.6 + _rows_height(names, 0.55)))
    _title(figure, translate("Charts", "Sample estimate and announced share per contestant"))
    ax = figure.add_subplot()
    _style(ax, translate("Charts", "Share of the votes, %"))
    if not rows:
        _empty(ax, translate("Charts", "No contestants to show."))
        return figure
    height = 0.38
    largest = 0.0
    outside_seen = inside_seen = estimate_seen = False
    for i, row in enumerate(rows):
        if row.estimate is not None:
            estimate_seen = True
            margin = row.margin or 0.0
            ax.barh(i - height / 2, row.estimate, height, color=BLUE)
            ax.errorbar(
                row.estimate, i - height / 2, xerr=margin, fmt="none", ecolor=INK,
                elinewidth=1.2, capsize=3,
            )  # fmt: skip
            end = row.estimate + margin
            label = number(row.estimate, 1, lang) + " ± " + number(margin, 1, lang)
            _bar_label(ax, end, i - height / 2, label)
            largest = max(largest, end)
        if row.announced is not None:
            inside = row.is_inside()
            outside_seen |= inside is False
            inside_seen |= inside is not False
            colour = VERMILLION if inside is False else GREY
            ax.barh(i + height / 2, row.announced, height, color=colour)
            _bar_label(ax, row.announced, i + height / 2, _share(row.announced, lang), colour)
            largest = max(largest, row.announced)
    _hbar_names(ax, names)
    ax.set_xlim(0, largest * 1.2 if largest > 0 else 1)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: number(x, 0, lang)))
    _grid(ax, "x")
    handles = []
    if estimate_seen:
        text = translate("Charts", "Sample estimate with its 95 % interval")
        handles.append(Patch(color=BLUE, label=text))
    if inside_seen:
        handles.append(
            Patch(color=GREY, label=translate("Charts", "Announced, inside the interval"))
        )
    if outside_seen:
        text = translate("Charts", "Announced, outside the interval")
        handles.append(Patch(color=VERMILLION, label=text))
    _legend(figure, handles)
    return figure


# --- differences between two sources ---------------------------------------------------------


def difference_distribution(
    comparisons: Sequence[StationComparison],
    *,
    names: Mapping[str, str] | None = None,
    sources: tuple[str, str] = ("A", "B"),
    lang: str = "en",
) -> Figure:
    """Two charts of a station-by-station comparison (``storage.summary.compare_sources``):

    - top, a histogram of the largest |difference| of each station that differs (reviewers'
      exclusions left out), the count axis logarithmic when a few bins dwarf the rest;
    - bottom, the net shift per contestant over the mismatching stations, B − A: who gained.

    ``names`` maps contestant codes to the names to print; ``sources`` names A and B."""
    differing = [
        c.largest_difference
        for c in comparisons
        if c.largest_difference > 0 and c.status is not ComparisonStatus.EXCLUDED
    ]
    national = net_shift(comparisons)[None]
    shift = national.by_contestant
    shown = [_wrap((names or {}).get(code, code)) for code in shift]
    shift_height = 1.3 + _rows_height(shown, 0.36) if shift else 1.8
    figure = _figure(3.1 + shift_height)
    grid = figure.add_gridspec(2, 1, height_ratios=[3.1, shift_height])
    top, bottom = figure.add_subfigure(grid[0]), figure.add_subfigure(grid[1])
    a_name, b_name = sources
    _title(
        top,
        translate("Charts", "Largest difference per station: {n} stations differ").format(
            n=number(len(differing), 0, lang)
        ),
    )
    ax = top.add_subplot()
    _style(
        ax,
        translate("Charts", "Largest difference on any line (votes or ballots)"),
        translate("Charts", "Stations"),
    )
    if differing:
        _histogram(ax, differing, lang)
    else:
        _empty(ax, translate("Charts", "No station differs."))
    _title(
        bottom,
        translate("Charts", "Who gained: net votes per contestant, {b} − {a}").format(
            a=a_name, b=b_name
        ),
    )
    ax = bottom.add_subplot()
    _style(
        ax,
        translate("Charts", "Votes gained (+) or lost (−) at the {n} mismatching stations").format(
            n=number(national.stations, 0, lang)
        ),
    )
    if national.stations and shift:
        _shift_bars(ax, shown, list(shift.values()), lang)
    else:
        _empty(ax, translate("Charts", "No station differs beyond the tolerance."))
    return figure


def _histogram(ax: Axes, values: Sequence[int], lang: str) -> None:
    largest = max(values)
    if largest <= 40:  # one bar per whole number
        edges = [k - 0.5 for k in range(1, largest + 2)]
    else:
        step = _nice_step(largest / 30)
        edges = [0.5 + k * step for k in range(math.ceil(largest / step) + 1)]
    counts, _, _ = ax.hist(values, bins=edges, color=BLUE, edgecolor="white", linewidth=0.5)
    filled = sorted(c for c in counts if c > 0)
    median = filled[len(filled) // 2]
    if filled[-1] >= 20 and filled[-1] >= 10 * median:  # skewed: small bins would vanish
        ax.set_yscale("log")
        ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: number(y, 0, lang)))
        ax.set_ylabel(
            translate("Charts", "Stations (logarithmic scale)"), fontsize=LABEL_SIZE, family=FONT
        )
    else:
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: number(x, 0, lang)))
    _grid(ax, "y")


def _nice_step(raw: float) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, ... at least ``raw``."""
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    return next(int(m * power) for m in (1, 2, 5, 10) if m * power >= raw)


def _shift_bars(ax: Axes, names: Sequence[str], values: Sequence[int], lang: str) -> None:
    colours = [BLUE if v > 0 else VERMILLION for v in values]
    ax.barh(range(len(values)), values, 0.6, color=colours)
    ax.axvline(0, color=INK, linewidth=0.8)
    _hbar_names(ax, names)
    reach = max((abs(v) for v in values), default=0) or 1
    ax.set_xlim(-reach * 1.35, reach * 1.35)  # symmetric, with room for the labels
    for i, value in enumerate(values):
        ax.annotate(
            _signed(value, lang), (value, i), xytext=(4 if value >= 0 else -4, 0),
            textcoords="offset points", va="center", ha="left" if value >= 0 else "right",
            fontsize=NOTE_SIZE, family=FONT, color=INK if value else GREY,
        )  # fmt: skip
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, symmetric=True, integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: _signed(x, lang)))
    _grid(ax, "x")


# --- turnout through the day -----------------------------------------------------------------


def _minutes(clock: str) -> int:
    hours, _, minutes = clock.partition(":")
    return int(hours) * 60 + int(minutes or 0)


def _clock(minutes: float) -> str:
    whole = round(minutes)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def turnout_through_day(rows: Sequence[TurnoutPoint], *, lang: str = "en") -> Figure:
    """The turnout the observers' headcounts imply beside the turnout the commission announced,
    at the times of day given, in percent of the voters on the list."""
    figure = _figure(3.8)
    _title(figure, translate("Charts", "Turnout through the day"))
    ax = figure.add_subplot()
    _style(
        ax,
        translate("Charts", "Time of day (the commission's local time)"),
        translate("Charts", "Turnout, % of voters on the list"),
    )
    points = sorted(rows, key=lambda r: _minutes(r.clock))
    observed = [
        (_minutes(p.clock), p.observed, p.margin or 0.0) for p in points if p.observed is not None
    ]
    announced = [(_minutes(p.clock), p.announced) for p in points if p.announced is not None]
    if not observed and not announced:
        _empty(ax, translate("Charts", "No headcounts or announced turnout to show."))
        return figure
    # At a time both have a figure, the higher one is labelled above its point, the other below.
    announced_at = dict(announced)
    observed_at = {x: y for x, y, _ in observed}
    handles: list[Artist] = []
    if announced:
        times, values = zip(*announced, strict=True)
        ax.plot(
            times, values, color=VERMILLION, marker="s", markersize=5, linestyle="--", linewidth=1.5
        )
        for x, y in announced:
            above = y >= observed_at.get(x, -math.inf)
            _point_label(ax, x, y, number(y, 1, lang), VERMILLION, above=above)
        text = translate("Charts", "Announced by the commission")
        handles.append(Line2D([], [], color=VERMILLION, marker="s", linestyle="--", label=text))
    if observed:
        xs, ys, errors = (list(column) for column in zip(*observed, strict=True))
        ax.errorbar(
            xs, ys, yerr=errors if any(errors) else None, color=BLUE, marker="o", markersize=5,
            linewidth=1.5, capsize=3,
        )  # fmt: skip
        for x, y in zip(xs, ys, strict=True):
            above = y > announced_at.get(x, math.inf)
            _point_label(ax, x, y, number(y, 1, lang), BLUE, above=above)
        stations = max((p.stations for p in points if p.observed is not None), default=0)
        text = (
            translate("Charts", "Observers' headcounts ({n} stations)").format(
                n=number(stations, 0, lang)
            )
            if stations
            else translate("Charts", "Observers' headcounts")
        )
        handles.append(Line2D([], [], color=BLUE, marker="o", label=text))
    clocks = [x for x, _, _ in observed] + [x for x, _ in announced]
    first, last = min([*clocks, 8 * 60]) - 45, max([*clocks, 20 * 60]) + 45
    ax.set_xlim(first, last)
    ax.xaxis.set_major_locator(FixedLocator(range(math.ceil(first / 120) * 120, last + 1, 120)))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: _clock(x)))
    top = max([y + e for _, y, e in observed] + [y for _, y in announced])
    ax.set_ylim(0, min(100.0, top * 1.2 + 3))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: number(y, 0, lang)))
    _grid(ax, "both")
    # Turnout only grows through the day, so the bottom right corner is empty.
    ax.legend(
        handles=handles, loc="lower right", frameon=True, framealpha=0.9, edgecolor="white",
        prop={"family": FONT, "size": TICK_SIZE},
    )  # fmt: skip
    return figure


def _point_label(ax: Axes, x: float, y: float, text: str, colour: str, *, above: bool) -> None:
    ax.annotate(
        text, (x, y), xytext=(0, 7 if above else -8), textcoords="offset points", ha="center",
        va="bottom" if above else "top", fontsize=NOTE_SIZE, family=FONT, color=colour,
    )  # fmt: skip


# --- irregularities --------------------------------------------------------------------------


def irregularities_by_category(counts: Mapping[str, int], lang: str) -> Figure:
    """Reports per category of the taxonomy (``{category code: count}``), most frequent first,
    categories without reports left out; names in ``lang``."""
    order = {c.code: i for i, c in enumerate(categories())}
    shown = sorted(
        ((code, n) for code, n in counts.items() if n > 0),
        key=lambda item: (-item[1], order.get(item[0], len(order)), item[0]),
    )
    names = [_wrap(category_name(code, lang), 40) for code, _ in shown]
    figure = _figure(max(2.4, 1.2 + _rows_height(names, 0.3)))
    total = sum(n for _, n in shown)
    _title(
        figure,
        translate("Charts", "Irregularity reports by category: {n} reports").format(
            n=number(total, 0, lang)
        ),
    )
    ax = figure.add_subplot()
    _style(ax, translate("Charts", "Reports"))
    if not shown:
        _empty(ax, translate("Charts", "No irregularity reports."))
        return figure
    values = [n for _, n in shown]
    ax.barh(range(len(values)), values, 0.65, color=BLUE)
    _hbar_names(ax, names)
    for i, value in enumerate(values):
        _bar_label(ax, value, i, number(value, 0, lang))
    ax.set_xlim(0, max(values) * 1.12)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    _grid(ax, "x")
    return figure


# --- output ----------------------------------------------------------------------------------


def figure_png(fig: Figure, dpi: int = 150) -> bytes:
    """The figure as a PNG, drawn by the Agg backend at ``dpi`` (150: sharp on paper). The
    figure's own canvas (a window's, say) is put back afterwards."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, backend="agg", facecolor="white")
    return buffer.getvalue()


def figure_svg(fig: Figure) -> bytes:
    """The figure as SVG with its text kept as text (searchable, and copied as words); a viewer
    sets it in DejaVu Sans, or in its own sans-serif font when that is missing."""
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig.savefig(buffer, format="svg", facecolor="white", metadata={"Date": None})
    return buffer.getvalue()
