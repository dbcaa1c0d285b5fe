"""The confusion matrix as a heat map with counts: rows are true classes, columns predictions.

Two colourings, one per question a student asks of it:

- *heat map* (the default): the diagonal (right answers) in greens, the rest (mistakes) in
  reds; the shade is the cell's share of its true class, so a class with few images is read on
  the same scale as a large one. Off-diagonal shares go through a square root, because the
  mistakes are small numbers and would otherwise all look white.
- *VP/VN/FP/FN* (the metrics lesson, slides 25–26): once a positive class is chosen, every
  cell takes the colour of what it counts as — VP, VN, FP or FN — so the whole matrix is seen
  collapsing into the four numbers of the formulas. The diagonal keeps a dark frame, so the
  right answers can still be told from the mistakes.

Clicking a cell selects it and emits ``cellClicked(row, column)`` (the tab then shows the
images behind it). ``render_image`` paints the same picture into an image for export.
"""

import math

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui import i18n

TP, TN, FP, FN = "tp", "tn", "fp", "fn"
# One colour per role, the same in the matrix, the counts and the formulas.
ROLE_COLOURS = {TP: QColor("#2e7d32"), TN: QColor("#1565c0"), FP: QColor("#ef6c00"),
                FN: QColor("#ad1457")}
RIGHT, WRONG = QColor("#1b5e20"), QColor("#b71c1c")  # heat-map ends: diagonal, mistakes
EMPTY_CELL = QColor("#f4f4f4")
SELECTED = QColor("#ffd600")
MARGIN = 6
MAX_HEADER = 110  # class names longer than this are elided


def mix(colour: QColor, share: float) -> QColor:
    """``colour`` faded towards white: share 0 → nearly white, 1 → the colour itself."""
    share = 0.12 + 0.88 * min(max(share, 0.0), 1.0)
    return QColor.fromRgbF(1 - share * (1 - colour.redF()), 1 - share * (1 - colour.greenF()),
                           1 - share * (1 - colour.blueF()))


def role_of(row: int, column: int, positive: int) -> str:
    """What a cell counts as when ``positive`` is the positive class (one-vs-rest)."""
    if row == positive:
        return TP if column == positive else FN
    return FP if column == positive else TN


class ConfusionMatrixView(QWidget):
    """A painted confusion matrix; ``cellClicked(row, column)`` when a cell is clicked."""

    cellClicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confusionMatrix")
        self._matrix = np.zeros((0, 0), np.int64)
        self._names: list[str] = []
        self._positive: int | None = None
        self._selected: tuple[int, int] | None = None
        self._axis_titles = ("", "")
        self._role_names = {TP: "VP", TN: "VN", FP: "FP", FN: "FN"}
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        font = QFont(self.font())
        font.setPointSizeF(max(11.0, font.pointSizeF() * 1.15))  # read from the back row
        self.setFont(font)

    # -- contents ----------------------------------------------------------------------------
    def set_matrix(self, matrix: np.ndarray, names: list[str]) -> None:
        """Show ``matrix`` (counts, rows = true class) with one name per class."""
        self._matrix = np.asarray(matrix, np.int64)
        self._names = [str(name) for name in names]
        self._selected = None
        if self._positive is not None and self._positive >= len(self._names):
            self._positive = None
        self.updateGeometry()
        self.update()

    def set_names(self, names: list[str]) -> None:
        self._names = [str(name) for name in names]
        self.update()

    def set_axis_titles(self, true_title: str, predicted_title: str) -> None:
        self._axis_titles = (true_title, predicted_title)
        self.update()

    def set_role_names(self, names: dict[str, str]) -> None:
        """The short names written in the cells' corners ("VP", "TP", …, by language)."""
        self._role_names = dict(names)
        self.update()

    def set_positive(self, positive: int | None) -> None:
        """Colour by VP/VN/FP/FN for class ``positive``; None: back to the heat map."""
        self._positive = positive
        self.update()

    def select(self, row: int | None, column: int | None = None) -> None:
        self._selected = None if row is None or column is None else (row, column)
        self.update()

    def matrix(self) -> np.ndarray:
        return self._matrix.copy()

    def classes(self) -> int:
        return int(self._matrix.shape[0])

    def selected(self) -> tuple[int, int] | None:
        return self._selected

    def cell_text(self, row: int, column: int) -> str:
        """The count written in a cell, as the language writes numbers."""
        return i18n.integer(int(self._matrix[row, column]))

    def role(self, row: int, column: int) -> str | None:
        """VP/VN/FP/FN role of a cell (None when no positive class is chosen)."""
        return None if self._positive is None else role_of(row, column, self._positive)

    def cell_colour(self, row: int, column: int) -> QColor:
        """The fill of a cell: its role's colour, or the heat map's, faded by its share."""
        count = int(self._matrix[row, column])
        row_total = int(self._matrix[row].sum())
        share = count / row_total if row_total else 0.0
        if self._positive is not None:
            return mix(ROLE_COLOURS[role_of(row, column, self._positive)], math.sqrt(share))
        if count == 0:
            return EMPTY_CELL
        return mix(RIGHT, share) if row == column else mix(WRONG, math.sqrt(share))

    # -- geometry ----------------------------------------------------------------------------
    def _header_widths(self) -> tuple[float, float]:
        """(width of the row names, height of the column names), both including the titles."""
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(name) for name in self._names), default=10.0)
        names = min(widest, MAX_HEADER) + MARGIN
        title = metrics.height() + MARGIN
        return title + names, title + metrics.height() + MARGIN

    def _grid(self, width: float, height: float) -> tuple[float, float, float]:
        """(left, top, cell size) of the largest square cells that fit."""
        left, top = self._header_widths()
        count = max(1, self.classes())
        cell = max(4.0, min((width - left - MARGIN) / count, (height - top - MARGIN) / count))
        return left, top, float(int(cell))

    def cell_rect(self, row: int, column: int) -> QRectF:
        left, top, cell = self._grid(self.width(), self.height())
        return QRectF(left + column * cell, top + row * cell, cell, cell)

    def cell_at(self, position: QPoint | QPointF) -> tuple[int, int] | None:
        left, top, cell = self._grid(self.width(), self.height())
        point = QPointF(position)
        column, row = int((point.x() - left) // cell), int((point.y() - top) // cell)
        inside = 0 <= row < self.classes() and 0 <= column < self.classes()
        return (row, column) if inside and point.x() >= left and point.y() >= top else None

    def sizeHint(self) -> QSize:
        return self._size_for(44)

    def minimumSizeHint(self) -> QSize:
        return self._size_for(26)

    def _size_for(self, cell: int) -> QSize:
        left, top = self._header_widths()
        count = max(1, self.classes() or 10)
        return QSize(int(left + count * cell + MARGIN), int(top + count * cell + MARGIN))

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        self._paint(painter, self.width(), self.height())
        painter.end()

    def render_image(self, side: int = 900) -> QImage:
        """The matrix drawn on a white square image of ``side`` pixels (for export)."""
        image = QImage(side, side, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setPen(QColor("black"))
        self._paint(painter, side, side, ink=QColor("black"))
        painter.end()
        return image

    def _paint(self, painter: QPainter, width: int, height: int,
               ink: QColor | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setFont(self.font())
        ink = ink or self.palette().color(self.foregroundRole())
        left, top, cell = self._grid(width, height)
        self._paint_headers(painter, left, top, cell, ink)
        count_font = QFont(self.font())
        count_font.setPointSizeF(min(max(7.0, cell * 0.3), 20.0))
        count_font.setBold(True)
        painter.setFont(count_font)
        for row in range(self.classes()):
            for column in range(self.classes()):
                box = QRectF(left + column * cell, top + row * cell, cell, cell)
                self._paint_cell(painter, box, row, column)
        if self._selected is not None:
            row, column = self._selected
            painter.setPen(QPen(SELECTED, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left + column * cell, top + row * cell, cell, cell)
                             .adjusted(2, 2, -2, -2))

    def _paint_cell(self, painter: QPainter, box: QRectF, row: int, column: int) -> None:
        fill = self.cell_colour(row, column)
        painter.fillRect(box, fill)
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.drawRect(box)
        if row == column:  # the right answers stay recognisable in every colouring
            painter.setPen(QPen(QColor("#202020"), 2))
            painter.drawRect(box.adjusted(1, 1, -1, -1))
        if box.width() < 12:
            return  # too small for a number: the colour alone must do
        count = int(self._matrix[row, column])
        dark = fill.lightnessF() < 0.55
        painter.setPen(QColor("white") if dark else QColor("#9e9e9e" if count == 0 else "#111"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.cell_text(row, column))
        if self._positive is not None and box.width() >= 40:
            self._paint_role_tag(painter, box, role_of(row, column, self._positive), dark)

    def _paint_role_tag(self, painter: QPainter, box: QRectF, role: str, dark: bool) -> None:
        count_font = painter.font()
        tag_font = QFont(self.font())
        tag_font.setPointSizeF(max(7.0, box.width() * 0.16))
        painter.setFont(tag_font)
        painter.setPen(QColor("white") if dark else ROLE_COLOURS[role].darker(130))
        painter.drawText(box.adjusted(3, 1, -2, -1), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignTop, self._role_names[role])
        painter.setFont(count_font)

    def _paint_headers(self, painter: QPainter, left: float, top: float, cell: float,
                       ink: QColor) -> None:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        painter.setPen(ink)
        names_width = left - line - MARGIN
        for index, name in enumerate(self._names[: self.classes()]):
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, names_width)
            painter.drawText(QRectF(line + MARGIN, top + index * cell, names_width - MARGIN,
                                    cell), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, text)
            short = metrics.elidedText(name, Qt.TextElideMode.ElideRight, cell)
            painter.drawText(QRectF(left + index * cell, line + MARGIN, cell, line),
                             Qt.AlignmentFlag.AlignCenter, short)
        grid = self.classes() * cell
        true_title, predicted_title = self._axis_titles
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRectF(left, 0, grid, line), Qt.AlignmentFlag.AlignCenter,
                         predicted_title)
        painter.save()  # the row title reads bottom to top, beside the rows
        painter.translate(0, top + grid)
        painter.rotate(-90)
        painter.drawText(QRectF(0, 0, grid, line), Qt.AlignmentFlag.AlignCenter, true_title)
        painter.restore()
        painter.setFont(self.font())

    # -- mouse -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select(*cell)
            self.cellClicked.emit(*cell)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(*cell), self)
        super().mouseMoveEvent(event)

    def tooltip_for(self, row: int, column: int) -> str:
        """What a cell counts, in words (hover)."""
        total = int(self._matrix[row].sum())
        share = int(self._matrix[row, column]) / total * 100 if total else 0.0
        return self.tr("True class {true}, predicted {predicted}: {count} images "
                       "({share} % of the {true} images). Click to see them.").format(
            true=self._names[row], predicted=self._names[column],
            count=self.cell_text(row, column), share=i18n.number(share, 1))
