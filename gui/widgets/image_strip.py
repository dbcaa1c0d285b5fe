"""A row of small greyscale images with captions and arrows: a pipeline, step by step.

The Draw tab shows how a drawing becomes what the network receives ("as drawn → cropped →
20×20 → centred 28×28"). Each image fills a square cell, enlarged by a whole number of screen
pixels per image pixel with no smoothing, so the 28×28 grid is visible as blocks: that grid is
the lesson. Images larger than their cell (the drawing itself) are shrunk smoothly instead,
since no pixel can be seen then and nearest-neighbour shrinking would drop thin strokes.

Hovering a cell tells its size in pixels. ``clear()`` keeps the captions and shows empty
dark boxes, so the strip keeps its place before anything is drawn.
"""

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BOX_COLOUR = QColor("#202020")  # MNIST digits are light on black: an empty box looks the same
FRAME_COLOUR = QColor("#777777")
MARGIN = 6
CAPTION_LINES = 2
HINT_CELL = 120  # a 28×28 image at 4 screen pixels per image pixel
MIN_CELL = 56  # 2 screen pixels per image pixel of a 28×28 image


def to_grey8(image: np.ndarray) -> np.ndarray:
    """A 2-D uint8 image from uint8 0–255, float 0–1 (clipped) or bool input."""
    array = np.asarray(image)
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    if array.ndim != 2:
        raise ValueError(f"a greyscale image must be 2-D, got shape {array.shape}")
    if array.dtype == np.uint8:
        return np.ascontiguousarray(array)
    if array.dtype == np.bool_:
        return array.astype(np.uint8) * 255
    if np.issubdtype(array.dtype, np.floating):
        scaled = np.clip(np.nan_to_num(array), 0.0, 1.0) * 255.0
        return np.floor(scaled + 0.5).astype(np.uint8)  # v/255 comes back as exactly v
    return np.clip(array, 0, 255).astype(np.uint8)


def to_qimage(grey: np.ndarray) -> QImage:
    height, width = grey.shape
    # copy(): the QImage must own its pixels, not borrow the array's memory.
    return QImage(grey.tobytes(), width, height, width, QImage.Format.Format_Grayscale8).copy()


class ImageStrip(QWidget):
    """Captioned greyscale images in a row, joined by arrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageStrip")
        self._captions: list[str] = []
        self._arrays: list[np.ndarray | None] = []
        self._images: list[QImage | None] = []
        font = QFont(self.font())
        font.setPointSizeF(max(11.0, font.pointSizeF() * 1.15))
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # -- contents ---------------------------------------------------------------------------
    def set_images(self, items: Sequence[tuple[str, np.ndarray]]) -> None:
        """Show (caption, image) pairs; images are 2-D uint8 0–255 or float 0–1, any size."""
        arrays = [None if image is None or np.size(image) == 0 else to_grey8(image)
                  for _, image in items]
        captions = [str(caption) for caption, _ in items]
        resized = captions != self._captions  # the captions' words set the smallest box
        self._captions = captions
        self._arrays = arrays
        self._images = [None if array is None else to_qimage(array) for array in arrays]
        self._changed(resized)

    def set_captions(self, captions: Sequence[str]) -> None:
        """Set the captions; images beyond them are dropped, missing ones shown empty."""
        resized = [str(caption) for caption in captions] != self._captions
        self._captions = [str(caption) for caption in captions]
        count = len(self._captions)
        self._arrays = (self._arrays + [None] * count)[:count]
        self._images = (self._images + [None] * count)[:count]
        self._changed(resized)

    def clear(self) -> None:
        """Empty boxes under the same captions."""
        self._arrays = [None] * len(self._captions)
        self._images = [None] * len(self._captions)
        self.update()

    def captions(self) -> list[str]:
        return list(self._captions)

    def count(self) -> int:
        return len(self._captions)

    def image(self, index: int) -> np.ndarray | None:
        """The uint8 pixels shown in cell ``index`` (None: an empty box)."""
        array = self._arrays[index]
        return None if array is None else array.copy()

    def tooltip_for(self, index: int) -> str:
        array = self._arrays[index]
        if array is None:
            return self.tr("No image yet")
        height, width = array.shape
        # Width × height as image programs say it, then the rows × columns of the array.
        return self.tr("{width} × {height} pixels\n{height} rows, {width} columns").format(
            width=width, height=height)

    # -- geometry ---------------------------------------------------------------------------
    def cell_rect(self, index: int) -> QRectF:
        """The square box of cell ``index``, in widget coordinates."""
        cell, arrow, left = self._layout()
        return QRectF(left + index * (cell + arrow), MARGIN, cell, cell)

    def image_rect(self, index: int) -> QRectF:
        """Where cell ``index``'s pixels are drawn: centred, aspect kept, whole-pixel blocks."""
        box = self.cell_rect(index)
        array = self._arrays[index]
        if array is None:
            return QRectF(box)
        height, width = array.shape
        scale = min(box.width() / width, box.height() / height)
        if scale >= 1:
            scale = float(int(scale))  # equal blocks: every image pixel the same size
        size = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
        x = box.x() + (box.width() - size.width()) / 2
        y = box.y() + (box.height() - size.height()) / 2
        return QRectF(round(x), round(y), size.width(), size.height())

    def caption_rect(self, index: int) -> QRectF:
        """Where cell ``index``'s caption is written: under its box, reaching halfway into
        the arrows' gaps on both sides (a caption as wide as the box cut "desenhado")."""
        box = self.cell_rect(index)
        _, arrow, _ = self._layout()
        return QRectF(box.x() - arrow / 2 + 1, box.bottom() + MARGIN / 2, box.width() + arrow - 2,
                      self._caption_height())

    def index_at(self, position: QPoint) -> int | None:
        for index in range(self.count()):
            cell = self.cell_rect(index)
            below = cell.adjusted(0, 0, 0, self._caption_height() + MARGIN)
            if below.contains(position.toPointF()):
                return index
        return None

    def sizeHint(self) -> QSize:
        return self._size_for(HINT_CELL)

    def minimumSizeHint(self) -> QSize:
        return self._size_for(self._min_cell())

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        for index in range(self.count()):
            self._paint_cell(painter, index)
            if index:
                self._paint_arrow(painter, index)
        painter.end()

    def _paint_cell(self, painter: QPainter, index: int) -> None:
        box = self.cell_rect(index)
        painter.fillRect(box, BOX_COLOUR)
        image = self._images[index]
        if image is not None:
            target = self.image_rect(index)
            shrinking = target.width() < image.width() or target.height() < image.height()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, shrinking)
            painter.drawImage(target, image)
        painter.setPen(QPen(FRAME_COLOUR, 1))
        painter.drawRect(box.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.caption_rect(index),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, self._captions[index])

    def _paint_arrow(self, painter: QPainter, index: int) -> None:
        box = self.cell_rect(index)
        _, arrow, _ = self._layout()
        space = QRectF(box.x() - arrow, box.y(), arrow, box.height())
        painter.setFont(self._arrow_font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(space, Qt.AlignmentFlag.AlignCenter, "→")
        painter.setFont(self.font())

    # -- helpers ----------------------------------------------------------------------------
    def _caption_height(self) -> float:
        return CAPTION_LINES * QFontMetricsF(self.font()).lineSpacing()

    def _min_cell(self) -> int:
        """The smallest box under which every word of every caption still fits."""
        metrics = QFontMetricsF(self.font())
        words = [word for caption in self._captions for word in caption.split()]
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0.0)
        return max(MIN_CELL, int(widest - self._arrow_width()) + 4)

    def _arrow_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)  # the arrows carry the story: make them big
        return font

    def _arrow_width(self) -> float:
        metrics = QFontMetricsF(self._arrow_font())
        return metrics.horizontalAdvance("→") + 2 * MARGIN

    def _layout(self) -> tuple[float, float, float]:
        """(cell size, arrow width, left edge): the largest square cells that fit, centred."""
        count = max(1, self.count())
        arrow = self._arrow_width()
        side = max(float(MARGIN), arrow / 2)  # room for the outer captions' overhang
        across = (self.width() - 2 * side - (count - 1) * arrow) / count
        down = self.height() - 2 * MARGIN - self._caption_height() - MARGIN / 2
        cell = max(float(self._min_cell()), float(int(min(across, down))))
        used = count * cell + (count - 1) * arrow
        return cell, arrow, max(side, (self.width() - used) / 2)

    def _size_for(self, cell: int) -> QSize:
        count = max(1, self.count() or 4)  # before set-up, room for the usual four steps
        arrow = self._arrow_width()
        width = 2 * max(MARGIN, arrow / 2) + count * cell + (count - 1) * arrow
        height = 2 * MARGIN + cell + self._caption_height() + MARGIN / 2
        return QSize(int(width + 1), int(height + 1))

    def _changed(self, resized: bool) -> None:
        if resized:
            self.updateGeometry()
        self.update()

    # -- events -----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self,
                                  self.cell_rect(index).toRect())
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)


if __name__ == "__main__":
    from gui.preview import run_preview

    def _demo() -> ImageStrip:
        strip = ImageStrip()
        rows, cols = np.mgrid[0:28, 0:28]
        ring = ((rows - 14) ** 2 + (cols - 14) ** 2 < 80).astype(float)
        strip.set_images([("as drawn", np.kron(ring, np.ones((10, 10)))),
                          ("cropped", ring[4:24, 6:22]), ("20×20", ring[4:24, 4:24]),
                          ("centred 28×28", ring)])
        return strip

    raise SystemExit(run_preview(_demo))
