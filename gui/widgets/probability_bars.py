"""Class probabilities as labelled horizontal bars, readable from the back of a classroom.

One row per class: the label, a bar as long as the probability over a faint full-length
track, and the percentage. The most probable class is drawn in a strong accent colour and
the others muted, so the network's answer is seen at a glance. With no probabilities
(nothing drawn yet) every class is still listed, greyed and without bars, so the layout
does not jump when the first prediction arrives.

Rows are as tall as the (large) font asks; when there are more classes than fit, rows and
their font shrink together and long labels are elided. Hovering a row shows its exact value.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui import i18n, style

ACCENT = QColor(style.ACCENT_BLUE)  # the top class; the same blue frames a chosen matrix cell
MUTED = QColor("#90a4ae")
TRACK = QColor(128, 128, 128, 45)  # translucent: reads on light and dark palettes alike
MARGIN = 6
ROW_FACTOR = 1.45  # row height as a multiple of the font's line height
SHRUNK_TEXT = 0.8  # font pixel size / row height once rows shrink (tighter than ROW_FACTOR)
MIN_TEXT_PIXELS = 7  # below this the text would be a smudge: bars only, tooltips still work


@dataclass(frozen=True)
class _Rows:
    """Where things go for the widget's current size."""

    height: float
    font: QFont
    label_width: float
    bar_left: float
    bar_width: float
    show_text: bool


class ProbabilityBars(QWidget):
    """One labelled bar per class; ``set_probabilities`` updates it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("probabilityBars")
        self._probabilities: np.ndarray | None = None
        self._labels: list[str] = []
        font = QFont(self.font())
        font.setPointSizeF(max(14.0, font.pointSizeF() * 1.5))
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # -- contents ---------------------------------------------------------------------------
    def set_probabilities(self, probabilities: np.ndarray | None, labels: Sequence[str]) -> None:
        """Show one probability per label; None (or an empty array) shows the labels greyed."""
        labels = [str(label) for label in labels]
        values = None if probabilities is None else np.asarray(probabilities, dtype=np.float64)
        if values is not None and values.size == 0:
            values = None
        if values is not None:
            if values.ndim != 1 or len(values) != len(labels):
                raise ValueError(
                    f"{values.shape} probabilities for {len(labels)} labels: need one per label")
            if not np.isfinite(values).all():
                raise ValueError("probabilities must be finite numbers")
            values = values.copy()
        resized = len(labels) != len(self._labels)
        self._probabilities, self._labels = values, labels
        if resized:
            self.updateGeometry()
        self.update()

    def probabilities(self) -> np.ndarray | None:
        return None if self._probabilities is None else self._probabilities.copy()

    def labels(self) -> list[str]:
        return list(self._labels)

    def top_class(self) -> int | None:
        """Index of the most probable class (the first one on a tie), None without values."""
        return None if self._probabilities is None else int(np.argmax(self._probabilities))

    # -- geometry (public so tests and tooltips agree with painting) -------------------------
    def row_rect(self, index: int) -> QRectF:
        rows = self._rows()
        return QRectF(0, MARGIN + index * rows.height, self.width(), rows.height)

    def row_at(self, position: QPoint) -> int | None:
        if not self._labels:
            return None
        index = int((position.y() - MARGIN) // self._rows().height)
        return index if 0 <= index < len(self._labels) and position.y() >= MARGIN else None

    def percent_text(self, index: int) -> str:
        """The percentage written at the end of a bar ("99,9 %"), as every view rounds it."""
        return self._percent_text(float(self._probabilities[index]), 1)

    def tooltip_for(self, index: int) -> str:
        label = self._labels[index]
        if self._probabilities is None:
            return self.tr("{label}: no prediction yet").format(label=label)
        value = float(self._probabilities[index])
        return self.tr("{label}: {percent} (probability {value})").format(
            label=label, percent=self._percent_text(value, 2),
            value=QLocale().toString(value, "f", 6))

    def sizeHint(self) -> QSize:
        return self._size_for(self._natural_row_height(), bar_width=260)

    def minimumSizeHint(self) -> QSize:
        return self._size_for(0.6 * self._natural_row_height(), bar_width=80)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: object) -> None:
        if not self._labels:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rows = self._rows()
        painter.setFont(rows.font)
        top = self.top_class()
        for index in range(len(self._labels)):
            self._paint_row(painter, index, rows, index == top)
        painter.end()

    def _paint_row(self, painter: QPainter, index: int, rows: _Rows, is_top: bool) -> None:
        y = MARGIN + index * rows.height
        inset = 0.18 * rows.height
        track = QRectF(rows.bar_left, y + inset, rows.bar_width, rows.height - 2 * inset)
        radius = min(4.0, track.height() / 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(track, radius, radius)
        greyed = self._probabilities is None
        if not greyed:
            fraction = float(np.clip(self._probabilities[index], 0.0, 1.0))
            painter.setBrush(ACCENT if is_top else MUTED)
            painter.drawRoundedRect(QRectF(track.x(), track.y(), track.width() * fraction,
                                           track.height()), radius, radius)
        if not rows.show_text:
            return
        group = QPalette.ColorGroup.Disabled if greyed else QPalette.ColorGroup.Active
        colour = ACCENT if is_top else self.palette().color(group, QPalette.ColorRole.WindowText)
        font = QFont(rows.font)
        font.setBold(is_top)
        painter.setFont(font)
        painter.setPen(colour)
        metrics = QFontMetricsF(font)
        label_box = QRectF(MARGIN, y, rows.label_width, rows.height)
        label = metrics.elidedText(self._labels[index], Qt.TextElideMode.ElideRight,
                                   rows.label_width)
        painter.drawText(label_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                         label)
        percent = "–" if greyed else self.percent_text(index)
        percent_box = QRectF(track.right(), y, self.width() - MARGIN - track.right(), rows.height)
        painter.drawText(percent_box,
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, percent)

    # -- helpers ----------------------------------------------------------------------------
    def _percent_text(self, value: float, decimals: int) -> str:
        # The locale gives "87,3" in Portuguese; the template lets a translation move the sign.
        return self.tr("{number} %").format(number=i18n.percent(value, decimals))

    def _natural_row_height(self) -> float:
        return QFontMetricsF(self.font()).height() * ROW_FACTOR

    def _rows(self) -> _Rows:
        natural = self._natural_row_height()
        count = max(1, len(self._labels))
        height = min(natural, max(1.0, self.height() - 2 * MARGIN) / count)
        font = QFont(self.font())
        show_text = True
        if height < natural:  # more classes than fit: shrink text with the rows
            font.setPixelSize(max(1, int(height * SHRUNK_TEXT)))
            show_text = font.pixelSize() >= MIN_TEXT_PIXELS
        metrics = QFontMetricsF(font)
        gap = 0.5 * metrics.height()
        bold = QFont(font)
        bold.setBold(True)  # measured bold: the top class's label must fit as well
        widest = max((QFontMetricsF(bold).horizontalAdvance(label) for label in self._labels),
                     default=0.0)
        label_width = min(widest, 0.4 * self.width()) if show_text else 0.0
        percent_width = metrics.horizontalAdvance(self._percent_text(1.0, 1)) if show_text else 0
        bar_left = MARGIN + label_width + gap
        bar_width = max(4.0, self.width() - MARGIN - percent_width - gap - bar_left)
        return _Rows(height, font, label_width, bar_left, bar_width, show_text)

    def _size_for(self, row_height: float, bar_width: int) -> QSize:
        metrics = QFontMetricsF(self.font())
        shown = self._labels or ["00"]
        widest = max(metrics.horizontalAdvance(label) for label in shown)
        percent = metrics.horizontalAdvance(self._percent_text(1.0, 1))
        width = 2 * MARGIN + min(widest, 14 * metrics.averageCharWidth()) + percent + bar_width \
            + metrics.height()
        rows = min(max(len(self._labels), 2), 10)  # beyond 10 classes the rows shrink instead
        return QSize(int(width), int(rows * row_height + 2 * MARGIN))

    # -- events -----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.row_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self,
                                  self.row_rect(index).toRect())
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange,
                            QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)


if __name__ == "__main__":
    from gui.preview import run_preview

    def _demo() -> ProbabilityBars:
        bars = ProbabilityBars()
        bars.set_probabilities(np.random.default_rng(1).dirichlet(np.ones(10) * 0.3),
                               [str(digit) for digit in range(10)])
        return bars

    raise SystemExit(run_preview(_demo))
