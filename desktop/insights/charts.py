"""pyqtgraph charts in cards: themed, with hover values, clickable bars and PNG export."""
from __future__ import annotations

from typing import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFileDialog, QFrame, QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

from desktop import theme
from desktop.widgets.text import plain_label

pg.setConfigOptions(antialias=True)
PLOT_HEIGHT = 240


class GridAxis(pg.AxisItem):
    """An axis whose grid lines are drawn inside a clip. pyqtgraph draws them before it
    sets its clip, and Qt's raster engine draws unclipped translucent lines some fifty
    times slower: each repaint of a chart cost 7–10 ms for its grid alone (measured),
    and a page of six charts redrawn together held the window ~170 ms."""

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs) -> None:
        p.setClipRect(self.boundingRect().toAlignedRect())
        super().drawPicture(p, axisSpec, tickSpecs, textSpecs)


class ChartCard(QFrame):
    """A titled card around one plot. ``hovered`` text shows under the title."""

    bar_clicked = Signal(int)  # index of the clicked bar

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        header = QHBoxLayout()
        self.title = plain_label(title)
        self.title.setObjectName("cardTitle")
        self.title.setTextFormat(Qt.PlainText)
        self.title.setWordWrap(True)  # long titles in other languages wrap instead of widening the grid
        self.title.setMinimumWidth(80)
        self.title.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        header.addWidget(self.title, 1)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save PNG…"))
        self.save_button.setAccessibleName(self.tr("Save %1 as a picture").replace("%1", title))
        self.save_button.clicked.connect(self._save_dialog)
        header.addWidget(self.save_button)
        layout.addLayout(header)
        self.hover = plain_label(" ")
        self.hover.setObjectName("muted")
        self.hover.setTextFormat(Qt.PlainText)
        self.hover.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        layout.addWidget(self.hover)
        # The plot is built when it is first drawn into (``plot``): a PlotWidget costs
        # ~30 ms, and the view builds its six one per turn of the event loop.
        self._plot: pg.PlotWidget | None = None
        self._title_text = title
        self._slot = QWidget()
        self._slot.setFixedHeight(PLOT_HEIGHT)
        layout.addWidget(self._slot, 1)
        self._hover_fn: Callable[[QPointF], str | None] | None = None
        self._bar_x: Sequence[float] = ()
        self._bar_width = 1.0

    @property
    def plot(self) -> pg.PlotWidget:
        if self._plot is None:
            c = theme.colors()
            # (no context menu: not making one saves a third of the plot's ~30 ms)
            plot = pg.PlotWidget(background=c["surface"], axisItems={"left": GridAxis("left")}, enableMenu=False)
            plot.setFixedHeight(PLOT_HEIGHT)
            plot.setAccessibleName(self._title_text)
            item = plot.getPlotItem()
            item.hideButtons()
            item.showGrid(x=False, y=True, alpha=0.15)
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                axis.setPen(pg.mkPen(c["border"]))
                axis.setTextPen(pg.mkPen(c["muted"]))
            plot.setMouseEnabled(x=False, y=False)
            plot.scene().sigMouseMoved.connect(self._moved)
            plot.scene().sigMouseClicked.connect(self._clicked)
            self.layout().replaceWidget(self._slot, plot)
            self._slot.deleteLater()
            self._plot = plot
        return self._plot

    # --- interaction -------------------------------------------------------------
    def set_hover(self, fn: Callable[[QPointF], str | None]) -> None:
        self._hover_fn = fn

    def set_bars(self, xs: Sequence[float], width: float) -> None:
        self._bar_x, self._bar_width = list(xs), width

    def view_point(self, scene_pos) -> QPointF:
        return self.plot.getPlotItem().vb.mapSceneToView(scene_pos)

    def _moved(self, scene_pos) -> None:
        if self._hover_fn is None:
            return
        text = self._hover_fn(self.view_point(scene_pos))
        self.hover.setText(text or " ")

    def bar_at(self, x: float) -> int | None:
        for i, bx in enumerate(self._bar_x):
            if abs(x - bx) <= self._bar_width / 2:
                return i
        return None

    def _clicked(self, event) -> None:
        if not self._bar_x:
            return
        index = self.bar_at(self.view_point(event.scenePos()).x())
        if index is not None:
            self.bar_clicked.emit(index)

    # --- export -------------------------------------------------------------------
    def export_png(self, path: str) -> bool:
        return self.grab().save(path, "PNG")

    def _save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), f"{self.title.text()}.png",
                                              self.tr("PNG image (*.png)"))
        if path:
            self.export_png(path)


def pen(name: str, width: float = 2.0, dashed: bool = False):
    style = Qt.DashLine if dashed else Qt.SolidLine
    return pg.mkPen(theme.colors()[name], width=width, style=style)


def brush(name: str, alpha: int = 255):
    color = QColor(theme.colors()[name])
    color.setAlpha(alpha)
    return pg.mkBrush(color)


def target_line(card: ChartCard, y: float, label: str) -> None:
    line = pg.InfiniteLine(pos=y, angle=0, pen=pen("success_text", 1.2, dashed=True),
                           label=label, labelOpts={"color": theme.colors()["success_text"],
                                                   "position": 0.97, "anchors": [(1, 1), (1, 1)]})
    card.plot.addItem(line)


def category_axis(card: ChartCard, names: Sequence[str], axis: str = "bottom") -> None:
    card.plot.getPlotItem().getAxis(axis).setTicks([[(i, n) for i, n in enumerate(names)]])


def heat_image(grid: list[list[int]]) -> pg.ImageItem:
    data = np.array(grid, dtype=float).T  # x = hour, y = weekday
    image = pg.ImageItem(data)
    c = theme.colors()
    cmap = pg.ColorMap([0.0, 1.0], [QColor(c["surface"]), QColor(c["accent"])])
    image.setLookupTable(cmap.getLookupTable(0.0, 1.0, 256))
    top = max(1.0, float(data.max()))
    image.setLevels((0, top))
    return image


def small_font() -> QFont:
    f = QFont()
    f.setPointSizeF(8.5)
    return f
