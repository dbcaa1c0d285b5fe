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
images behind it). Hovering a cell tells what it counts and, when the tab has given a photo
source (``set_photo_source``), shows its first images in the tooltip, in colour and enlarged
without smoothing: on CIFAR-10 a glance at "cat → dog" shows which cats the model took for
dogs. ``render_image`` paints the same picture into an image for export.
"""

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui import i18n, style
from gui.widgets.matrix_colours import EMPTY_CELL, RIGHT, ROLE_COLOURS, WRONG, mix, role_of

SELECTED = QColor(style.SELECTED_YELLOW)
MARGIN = 6
MAX_HEADER = 110  # class names longer than this are elided
TOOLTIP_PHOTOS = 6  # a row of photos in the hover text: enough to see a pattern, quick to make
TOOLTIP_SIDE = 64  # 2 screen pixels per pixel of a 32 × 32 photo


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
        self._role_names = {role: role.upper() for role in ROLE_COLOURS}  # "TP", …
        self._photos: Callable[[int, int], list[np.ndarray]] | None = None
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

    def set_photo_source(self, photos: Callable[[int, int], list[np.ndarray]] | None) -> None:
        """``photos(row, column)``: uint8 images of that cell for the hover text (None: none)."""
        self._photos = photos

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
    def _name_extent(self) -> float:
        """Width of the longest class name, capped (longer ones are elided)."""
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(name) for name in self._names), default=10.0)
        return min(widest, MAX_HEADER)

    def _grid(self, width: float, height: float) -> tuple[float, float, float, bool]:
        """(left, top, cell size, column names turned upright) of the largest square cells.

        Column names are written across while they fit in a cell ("0" … "9"); longer ones
        ("Camiseta", "Ankle boot") are turned to read upwards rather than cut to "C…".
        """
        line = QFontMetricsF(self.font()).height()
        extent = self._name_extent()
        left = line + MARGIN + extent + MARGIN
        count = max(1, self.classes())

        def cell_for(top: float) -> float:
            across, down = (width - left - MARGIN) / count, (height - top - MARGIN) / count
            return float(int(max(4.0, min(across, down))))

        top = 2 * (line + MARGIN)
        cell = cell_for(top)
        if extent <= cell - 4:
            return left, top, cell, False
        top = line + MARGIN + extent + MARGIN
        return left, top, cell_for(top), True

    def header_size(self) -> tuple[float, float]:
        """(width, height) taken by the class names and axis titles, beside the cells."""
        left, top, _, _ = self._grid(self.width(), self.height())
        return left, top

    def cell_rect(self, row: int, column: int) -> QRectF:
        left, top, cell, _ = self._grid(self.width(), self.height())
        return QRectF(left + column * cell, top + row * cell, cell, cell)

    def cell_at(self, position: QPoint | QPointF) -> tuple[int, int] | None:
        left, top, cell, _ = self._grid(self.width(), self.height())
        point = QPointF(position)
        column, row = int((point.x() - left) // cell), int((point.y() - top) // cell)
        inside = 0 <= row < self.classes() and 0 <= column < self.classes()
        return (row, column) if inside and point.x() >= left and point.y() >= top else None

    def sizeHint(self) -> QSize:
        return self._size_for(44)

    def minimumSizeHint(self) -> QSize:
        # 22-pixel cells at the least: ten classes with upright names ("automóvel") then leave
        # the thumbnails their row on a 1024 × 768 projector.
        return self._size_for(22)

    def height_for(self, width: int) -> int:
        """The height the matrix uses at ``width`` when its cells are as wide as they can be
        (more height would stay blank: the cells are square)."""
        _, top, cell, _ = self._grid(width, 100_000)
        return int(top + max(1, self.classes()) * cell + MARGIN)

    def _size_for(self, cell: int) -> QSize:
        line = QFontMetricsF(self.font()).height()
        extent = self._name_extent()
        left = line + extent + 2 * MARGIN
        top = line + MARGIN + (extent if extent > cell - 4 else line) + MARGIN
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
        left, top, cell, upright = self._grid(width, height)
        self._paint_headers(painter, (left, top, cell), upright, ink)
        painter.setFont(self._count_font(cell))
        for row in range(self.classes()):
            for column in range(self.classes()):
                box = QRectF(left + column * cell, top + row * cell, cell, cell)
                self._paint_cell(painter, box, row, column)
        if self._selected is not None:
            row, column = self._selected
            painter.setPen(QPen(SELECTED, style.frame_width(4)))  # thicker on a projector
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left + column * cell, top + row * cell, cell, cell)
                             .adjusted(2, 2, -2, -2))

    def _count_font(self, cell: float) -> QFont:
        """Bold, as large as the cell allows, but small enough for the longest count."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(min(max(7.0, cell * 0.34), 20.0))
        longest = i18n.integer(int(self._matrix.max(initial=0)))
        width = QFontMetricsF(font).horizontalAdvance(longest)
        if width > cell - 4:
            font.setPointSizeF(max(6.0, font.pointSizeF() * (cell - 4) / width))
        return font

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

    def _paint_headers(self, painter: QPainter, grid: tuple[float, float, float],
                       upright: bool, ink: QColor) -> None:
        left, top, cell = grid
        metrics = QFontMetricsF(self.font())
        line, extent = metrics.height(), self._name_extent()
        painter.setPen(ink)
        for index, name in enumerate(self._names[: self.classes()]):
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, extent + 1)
            painter.drawText(QRectF(line + MARGIN, top + index * cell, extent, cell),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            if upright:  # read from the grid upwards, centred on the column
                painter.save()
                painter.translate(left + index * cell + cell / 2, top - MARGIN)
                painter.rotate(-90)
                painter.drawText(QRectF(0, -line / 2, extent, line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
                painter.restore()
            else:
                painter.drawText(QRectF(left + index * cell, line + MARGIN, cell, line),
                                 Qt.AlignmentFlag.AlignCenter, text)
        self._paint_axis_titles(painter, left, top, self.classes() * cell, line)

    def _paint_axis_titles(self, painter: QPainter, left: float, top: float, grid: float,
                           line: float) -> None:
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
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_html(*cell), self)
        super().mouseMoveEvent(event)

    def tooltip_for(self, row: int, column: int) -> str:
        """What a cell counts, in words (hover)."""
        total = int(self._matrix[row].sum())
        share = int(self._matrix[row, column]) / total * 100 if total else 0.0
        return self.tr("True class {true}, predicted {predicted}: {count} images "
                       "({share} % of the {true} images). Click to see them.").format(
            true=self._names[row], predicted=self._names[column],
            count=self.cell_text(row, column), share=i18n.number(share, 1))

    def tooltip_html(self, row: int, column: int) -> str:
        """The hover text with the cell's first photos under it (rich text for QToolTip)."""
        words = self.tooltip_for(row, column).replace("&", "&amp;").replace("<", "&lt;")
        photos = self._photos(row, column)[:TOOLTIP_PHOTOS] if self._photos else []
        if not photos:
            return f"<p>{words}</p>"
        images = "&nbsp;".join(f'<img src="{photo_uri(photo)}">' for photo in photos)
        return f"<p>{words}</p><p>{images}</p>"


def photo_uri(image: np.ndarray) -> str:
    """A PNG data URI of ``image`` enlarged without smoothing (rich text draws it as it is)."""
    from gui.evaluation.cell_examples import enlarged

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    enlarged(image, TOOLTIP_SIDE).save(buffer, "PNG")
    return "data:image/png;base64," + bytes(data.toBase64().data()).decode("ascii")
