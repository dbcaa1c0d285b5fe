"""The network as a picture in the style of LeNet figures, for the screen, SVG and PNG.

Each feature map is a stack of sheets whose height and width follow H×W and whose depth grows
with the number of channels (log scale: 6 and 64 channels must both fit); a vector (after
Flatten, a Dense layer) is a thin bar whose length grows with its size (log scale). Layers that
keep the shape (batch normalization, dropout, activation) get no block of their own: their
names join the label of the block before them. One paint function draws the widget, the SVG
(QSvgGenerator) and the PNG (QImage), so the exported files are what the class saw.
"""

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.paths import atomic_output
from gui import style
from gui.training.builder.texts import shape_text

COLOURS = {"Input": "#cfd8dc", "Conv2D": "#90caf9", "MaxPooling2D": "#ffcc80",
           "AveragePooling2D": "#ffe0b2", "Flatten": "#e0e0e0",
           "GlobalAveragePooling2D": "#ffe0b2", "Dense": "#a5d6a7", "Output": "#ef9a9a"}
EXPORT_SIZE = QSize(1400, 460)
MARGIN = 16
LABEL_LINES = 3


@dataclass
class Block:
    """One drawn block: what it is, its shape, the layers folded into its label."""

    kind: str
    shape: tuple[int, ...]
    extra: list[str]


def blocks_of(report: Any, input_shape: tuple[int, ...]) -> list[Block]:
    """The input, then every layer that changes the shape (the others join the label)."""
    blocks = [Block("Input", tuple(input_shape), [])]
    for row in report.rows if report is not None else ():
        if row.output_shape is None:
            break  # nothing is known after a problem
        kind = "Output" if row.is_output else row.spec.kind
        if tuple(row.output_shape) == blocks[-1].shape and kind != "Output":
            blocks[-1].extra.append(row.spec.kind)
        else:
            blocks.append(Block(kind, tuple(row.output_shape), []))
    return blocks


def _sizes(block: Block, largest: int, scale: float) -> tuple[float, float, float]:
    """(face width, face height, depth) in pixels before the drawing's own scale."""
    if len(block.shape) == 3:
        height, width, channels = block.shape
        return (14 + 110 * width / largest) * scale, (14 + 110 * height / largest) * scale, \
            (4 + 9 * math.log2(max(channels, 1))) * scale
    length = block.shape[-1] if block.shape else 1
    return 7 * scale, (20 + 26 * math.log10(max(length, 1))) * scale, 0.0


SHORT_NAMES = {"AveragePooling2D": "AvgPool", "MaxPooling2D": "MaxPool",
               "GlobalAveragePooling2D": "GlobalAvgPool", "BatchNormalization": "BatchNorm",
               "Output": "Dense"}
MIN_SLOT = 36.0


def _block_name(kind: str) -> str:
    """Layers keep their Keras names (students meet them in the code); the input is a word."""
    if kind == "Input":
        return QCoreApplication.translate("NetworkDiagram", "Input image")
    return SHORT_NAMES.get(kind, kind)


def _label_lines(block: Block) -> list[str]:
    lines = [_block_name(block.kind), shape_text(block.shape)]
    if block.extra:
        lines.append("+ " + ", ".join(SHORT_NAMES.get(kind, kind)
                                      for kind in dict.fromkeys(block.extra)))
    return lines


def _fit_scale(lengths: list[float], least: float, room: float, gap: float,
               start: float) -> float:
    """The largest scale ≤ ``start`` at which blocks of ``lengths`` (each at least ``least``
    long) and their gaps fit in ``room``."""
    scale = start
    while scale > 0.02 and sum(max(length * scale, least) + gap for length in lengths) > room:
        scale *= 0.9
    return scale


def paint_network(painter: QPainter, size: QSize, report: Any,
                  input_shape: tuple[int, ...]) -> None:
    """Draw the network across ``size``: in a row, or in a column when the room is tall
    (the Training tab's right side is narrow), each block with its label."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
    font = QFont(painter.font())
    font.setPointSizeF(8.5)
    painter.setFont(font)
    if size.height() > size.width():
        _paint_column(painter, size, report, input_shape)
    else:
        _paint_row(painter, size, report, input_shape)


def _paint_column(painter: QPainter, size: QSize, report: Any,
                  input_shape: tuple[int, ...]) -> None:
    """Blocks top to bottom, each label to the right of its block."""
    blocks = blocks_of(report, input_shape)
    largest = max((max(b.shape[0], b.shape[1]) for b in blocks if len(b.shape) == 3), default=1)
    metrics = painter.fontMetrics()
    label_h = LABEL_LINES * metrics.height()
    label_w = max(max(metrics.horizontalAdvance(text) for text in _label_lines(block))
                  for block in blocks) + 4
    shapes = [_sizes(block, largest, 1.0) for block in blocks]
    area_w = max(size.width() - 2 * MARGIN - label_w - 12, 20)
    widest = max(w + d * 0.7 for w, _h, d in shapes)
    scale = _fit_scale([h + d * 0.7 for _w, h, d in shapes], label_h,
                       size.height() - 2 * MARGIN, 8.0, min(1.6, area_w / widest))
    shapes = [(w * scale, h * scale, d * scale) for w, h, d in shapes]
    slots = [max(h + d * 0.7, label_h) for _w, h, d in shapes]
    gap = max((size.height() - 2 * MARGIN - sum(slots)) / max(len(blocks), 1), 8.0)
    area_w = max(w + d * 0.7 for w, _h, d in shapes)  # blocks and labels centred together
    left = max((size.width() - area_w - 12 - label_w) / 2, MARGIN)
    y = MARGIN + gap / 2
    for block, (width, height, depth), slot in zip(blocks, shapes, slots, strict=True):
        middle = y + slot / 2
        _draw_block(painter, block, left + (area_w - width - depth * 0.7) / 2, middle,
                    width, height, depth)
        _draw_label(painter, block, left + area_w + 12 + label_w / 2, middle - label_h / 2,
                    label_w, Qt.AlignmentFlag.AlignLeft)
        y += slot + gap


def _paint_row(painter: QPainter, size: QSize, report: Any,
               input_shape: tuple[int, ...]) -> None:
    """Blocks left to right, each label under its block.

    Labels too wide for their block's room alternate between two rows, so none overlaps.
    """
    blocks = blocks_of(report, input_shape)
    largest = max((max(b.shape[0], b.shape[1]) for b in blocks if len(b.shape) == 3), default=1)
    font = QFont(painter.font())
    font.setPointSizeF(8.5)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    labels = [max(metrics.horizontalAdvance(text) for text in _label_lines(block)) + 4
              for block in blocks]
    shapes = [_sizes(block, largest, 1.0) for block in blocks]
    room_h = size.height() - 2 * MARGIN - 2 * LABEL_LINES * metrics.height() - 8
    least = min(MIN_SLOT, (size.width() - 2 * MARGIN) / max(len(blocks), 1) / 2)
    tallest = max(h + d * 0.7 for _w, h, d in shapes)
    scale = _fit_scale([w + d * 0.7 for w, _h, d in shapes], least,
                       size.width() - 2 * MARGIN, 10.0, min(1.6, room_h / tallest))
    shapes = [(w * scale, h * scale, d * scale) for w, h, d in shapes]
    slots = [max(w + d * 0.7, least) for w, _h, d in shapes]
    gap = max((size.width() - 2 * MARGIN - sum(slots)) / max(len(blocks), 1), 10.0)
    stagger = any(label > slot + gap - 2 for label, slot in zip(labels, slots, strict=True))
    tallest = max(h + d * 0.7 for _w, h, d in shapes)
    middle = MARGIN + room_h / 2
    label_top = middle + tallest / 2 + 8
    x = MARGIN + gap / 2
    for number, (block, (width, height, depth), slot) in enumerate(
            zip(blocks, shapes, slots, strict=True)):
        centre = x + slot / 2
        _draw_block(painter, block, centre - (width + depth * 0.7) / 2, middle, width, height,
                    depth)
        lower = stagger and number % 2 == 1
        room = 2 * (slot + gap) - 4 if stagger else slot + gap - 2
        _draw_label(painter, block, centre,
                    label_top + (LABEL_LINES * metrics.height() if lower else 0), room)
        x += slot + gap


def _draw_block(painter: QPainter, block: Block, x: float, middle: float, width: float,
                height: float, depth: float) -> None:
    colour = QColor(COLOURS.get(block.kind, "#d1c4e9"))
    painter.setPen(QPen(QColor("#455a64"), 1))
    if depth <= 0:  # a vector: one thin bar
        painter.setBrush(colour)
        painter.drawRect(QRectF(x, middle - height / 2, width, height))
        return
    sheets = min(block.shape[2], 8)  # enough sheets to read as "many maps"
    step = depth * 0.7 / max(sheets, 1)
    top = middle - (height + depth * 0.7) / 2 + depth * 0.7
    for sheet in range(sheets - 1, -1, -1):  # back to front: the front sheet is drawn last
        offset = sheet * step
        painter.setBrush(colour.darker(100 + 6 * sheet))
        painter.drawRect(QRectF(x + offset, top - offset, width, height))


def _draw_label(painter: QPainter, block: Block, centre: float, top: float, room: float,
                align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter) -> None:
    painter.setPen(QColor("#212121"))
    metrics = painter.fontMetrics()
    # Never past the picture's edges: the first and last labels are the widest at times.
    width = painter.device().width() / max(painter.device().devicePixelRatioF(), 1) \
        if painter.device() is not None else centre + room
    centre = min(max(centre, room / 2), max(width - room / 2, room / 2))
    for number, text in enumerate(_label_lines(block)):
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room))
        rect = QRectF(centre - room / 2, top + number * metrics.height(), room,
                      metrics.height())
        painter.drawText(rect, align | Qt.AlignmentFlag.AlignTop, text)


class NetworkDiagram(QWidget):
    """``networkDiagram``: the blocks of the shown stack; exports the same picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkDiagram")
        self.setMinimumSize(300, 200)
        self._report: Any = None
        self._input_shape: tuple[int, ...] = (28, 28, 1)

    def set_report(self, report: Any, input_shape: tuple[int, ...]) -> None:
        self._report, self._input_shape = report, tuple(input_shape)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_network(painter, self.size(), self._report, self._input_shape)
        painter.end()

    def export_svg(self, path: str | Path, title: str = "") -> None:
        from PySide6.QtSvg import QSvgGenerator

        with atomic_output(path) as temporary:
            generator = QSvgGenerator()
            generator.setFileName(str(temporary))
            generator.setSize(EXPORT_SIZE)
            generator.setViewBox(QRectF(0, 0, EXPORT_SIZE.width(), EXPORT_SIZE.height()))
            generator.setTitle(title)
            painter = QPainter(generator)
            paint_network(painter, EXPORT_SIZE, self._report, self._input_shape)
            painter.end()

    def export_png(self, path: str | Path) -> None:
        """Twice the export size, for a sharp slide."""
        image = QImage(EXPORT_SIZE * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2)
        painter = QPainter(image)
        paint_network(painter, EXPORT_SIZE, self._report, self._input_shape)
        painter.end()
        with atomic_output(path) as temporary:
            if not image.save(str(temporary), "PNG"):
                raise OSError(f"could not write {Path(path).name}")


class DiagramPanel(QWidget):
    """The diagram with its Export SVG… and Export PNG… buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diagram = NetworkDiagram()
        self.svg_button = QPushButton(objectName="exportSvgButton")
        self.png_button = QPushButton(objectName="exportPngButton")
        self.svg_button.clicked.connect(lambda: self._ask("svg"))
        self.png_button.clicked.connect(lambda: self._ask("png"))
        self.message = QLabel(objectName="diagramMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.svg_button)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.message, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.diagram, 1)
        self.retranslate()

    def export_to(self, path: str | Path) -> bool:
        """Write the diagram as SVG or PNG, by the file's suffix."""
        path = Path(path)
        try:
            if path.suffix.lower() == ".svg":
                self.diagram.export_svg(path, self.tr("The network's layers"))
            else:
                self.diagram.export_png(path)
        except OSError as error:
            self.message.setStyleSheet(style.ERROR_STYLE)
            self.message.setText(self.tr("Could not export: {reason}").format(reason=error))
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved {file}.").format(file=path.name))
        return True

    def _ask(self, kind: str) -> None:
        name = self.tr("network.svg") if kind == "svg" else self.tr("network.png")
        filters = self.tr("SVG drawings (*.svg)") if kind == "svg" else \
            self.tr("PNG images (*.png)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the diagram"),
                                              str(Path.home() / name), filters)
        if path:
            self.export_to(path if path.lower().endswith("." + kind) else f"{path}.{kind}")

    def retranslate(self) -> None:
        self.svg_button.setText(self.tr("Export SVG…"))
        self.svg_button.setToolTip(self.tr("Save the diagram as a vector drawing (SVG) for "
                                           "slides and handouts."))
        self.png_button.setText(self.tr("Export PNG…"))
        self.png_button.setToolTip(self.tr("Save the diagram as a PNG image."))
        self.diagram.setToolTip(self.tr("Each block is a layer's output: the height and width "
                                        "follow the feature map's, the depth the number of "
                                        "channels; thin bars are vectors."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
