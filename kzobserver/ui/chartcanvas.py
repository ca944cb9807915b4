"""A matplotlib figure in the window, with "Save chart…" as PNG or SVG.

The figures come from ``kzobserver.reports.charts`` (never pyplot). A ``FigureCanvasQTAgg`` is
bound to one figure for its life, so showing another figure replaces the canvas widget rather
than swapping the figure under it. The canvas stretches the figure to the widget; saving puts it
back at the size it was designed for (an A4 page's width), so a saved chart looks the same
whatever the window's size, and writes it through ``QSaveFile`` (all or nothing).
"""

from __future__ import annotations

import logging
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QSaveFile, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QSizePolicy, QVBoxLayout, QWidget

from kzobserver.reports.charts import figure_png, figure_svg
from kzobserver.ui import messages

log = logging.getLogger(__name__)

MINIMUM_WIDTH = 360
MINIMUM_HEIGHT = 240
# A figure may be squeezed to this share of its designed height before it scrolls instead.
SQUEEZE = 0.75

_last_folder = ""


class ChartCanvas(QWidget):
    """Shows one figure at a time; right-click → Save chart… (PNG or SVG)."""

    def __init__(self, parent: QWidget | None = None, *, file_name: str = "chart") -> None:
        super().__init__(parent)
        self.file_name = file_name
        self._figure: Figure | None = None
        self._designed_size: tuple[float, float] = (6.5, 4.0)
        self.canvas: FigureCanvasQTAgg | None = None
        self.save_action = QAction(self.tr("Save chart…"), self)
        self.save_action.setObjectName("saveChartAction")
        self.save_action.setEnabled(False)
        self.save_action.triggered.connect(lambda: self.save_chart())
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)

    def figure(self) -> Figure | None:
        return self._figure

    def set_figure(self, figure: Figure, file_name: str | None = None) -> None:
        """Show ``figure`` instead of the current one; ``file_name`` (no suffix) is what "Save
        chart…" suggests."""
        if file_name:
            self.file_name = file_name
        self._designed_size = (figure.get_figwidth(), figure.get_figheight())
        old = self.canvas
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setParent(self)
        self.canvas.setObjectName("chartCanvas")
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.canvas.addAction(self.save_action)
        self.canvas.setToolTip(self.tr("Right-click to save the chart as an image."))
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout.addWidget(self.canvas)
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._figure = figure
        height = int(self._designed_size[1] * figure.dpi * SQUEEZE)
        self.setMinimumHeight(max(MINIMUM_HEIGHT, height))
        self.save_action.setEnabled(True)
        self.updateGeometry()
        self.canvas.draw_idle()

    def sizeHint(self) -> QSize:
        dpi = self._figure.dpi if self._figure is not None else 100
        width, height = self._designed_size
        return QSize(int(width * dpi), int(height * dpi))

    # --- saving ----------------------------------------------------------------------------------

    def chart_bytes(self, suffix: str) -> bytes:
        """The figure at its designed size, as PNG (150 dpi) or SVG."""
        figure = self._figure
        if figure is None:
            raise ValueError("no figure to save")  # a programming error: the action is disabled
        shown = (figure.get_figwidth(), figure.get_figheight())
        figure.set_size_inches(*self._designed_size, forward=False)
        try:
            return figure_svg(figure) if suffix == ".svg" else figure_png(figure)
        finally:
            figure.set_size_inches(*shown, forward=False)

    def save_chart(self, path: str | Path | None = None) -> Path | None:
        """Write the chart to ``path`` (asked for when None); .svg gives SVG, anything else PNG.
        Returns the file written, or None when cancelled or failed (the user was told)."""
        global _last_folder
        if self._figure is None:
            return None
        if path is None:
            png, svg = self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)")
            suggested = str(Path(_last_folder or Path.home()) / f"{self.file_name}.png")
            chosen, selected = QFileDialog.getSaveFileName(
                self, self.tr("Save chart"), suggested, f"{png};;{svg}"
            )
            if not chosen:
                return None
            path = chosen
            if not Path(chosen).suffix:
                path = chosen + (".svg" if selected == svg else ".png")
        target = Path(path)
        _last_folder = str(target.parent)
        suffix = ".svg" if target.suffix.lower() == ".svg" else ".png"
        try:
            data = self.chart_bytes(suffix)
        except Exception:  # a drawing failure must not take the window down
            log.exception("drawing the chart %s failed", self.file_name)
            messages.warn(
                self, self.tr("Chart not saved"), self.tr("The chart could not be drawn.")
            )
            return None
        file = QSaveFile(str(target))
        written = (
            file.open(QSaveFile.OpenModeFlag.WriteOnly)
            and file.write(data) == len(data)
            and file.commit()  # renames the finished temporary file over the target
        )
        if not written:
            error = file.errorString()
            if file.isOpen():
                file.cancelWriting()
                file.commit()  # after cancelWriting: removes the temporary file
            messages.warn(
                self,
                self.tr("Chart not saved"),
                self.tr("{path} could not be written: {error}").format(path=target, error=error),
            )
            return None
        return target
