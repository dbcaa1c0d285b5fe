"""The Webcam tab's "objects" panel: the centre square, the 32 × 32 the model reads, its answer.

Two colour tiles show the way from the camera to the network: the centre square at the
camera's resolution, then the same square as 32 × 32 pixels, enlarged without smoothing so the
coarse grid the model really gets is seen (a smoothed enlargement would hide how little is left).
Under them, the model's answer and the ten classes' probabilities. It only shows;
:class:`gui.webcam.tab.WebcamTab` feeds it.
"""

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from engine.digits.webcam_objects import ObjectReading
from gui import i18n
from gui.widgets.probability_bars import ProbabilityBars

TILE = 110  # screen pixels: the 32 × 32 photo at 3 screen pixels per pixel, and a bit more
EMPTY = QColor("#202020")
FRAME = QColor("#777777")

# The tab's states for the model: loading it, ready, or it could not be loaded.
LOADING, READY, FAILED = "loading", "ready", "failed"


def rgb_qimage(image: np.ndarray) -> QImage:
    """An RGB uint8 (H, W, 3) array as a QImage that owns its pixels."""
    array = np.ascontiguousarray(image, dtype=np.uint8)
    height, width = array.shape[:2]
    return QImage(array.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class PhotoTile(QWidget):
    """One colour picture in a square, enlarged without blur (shrunk smoothly if larger)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumSize(TILE, TILE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._array: np.ndarray | None = None
        self._image: QImage | None = None

    def set_image(self, image: np.ndarray | None) -> None:
        self._array = None if image is None else np.array(image, dtype=np.uint8)
        self._image = None if image is None else rgb_qimage(image)
        self.update()

    def image(self) -> np.ndarray | None:
        return self._array

    def sizeHint(self) -> QSize:
        return QSize(TILE, TILE)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height()) - 2
        box = QRectF((self.width() - side) / 2, 1, side, side)
        painter.fillRect(box, EMPTY)
        if self._image is not None:
            shrinking = side < self._image.width()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, shrinking)
            painter.drawImage(box, self._image)
        painter.setPen(QPen(FRAME, 1))
        painter.drawRect(box.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.end()


class ObjectPanel(QWidget):
    """Centre square → 32 × 32 → the answer and the ten probabilities."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectPanel")
        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.crop_tile = PhotoTile("centreSquareTile")
        self.small_tile = PhotoTile("modelInputTile")
        self.crop_caption, self.small_caption = QLabel(), QLabel()
        for caption in (self.crop_caption, self.small_caption):
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.answer = QLabel(objectName="objectAnswer")
        self.answer.setWordWrap(True)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        answer_font = QFont(self.font())
        answer_font.setPointSizeF(answer_font.pointSizeF() * 1.6)
        answer_font.setBold(True)
        self.answer.setFont(answer_font)
        self.bars = ProbabilityBars()
        self.bars.setObjectName("objectProbabilities")
        font = QFont(self.bars.font())
        font.setPointSizeF(font.pointSizeF() * 0.75)  # ten rows beside the picture
        self.bars.setFont(font)
        self._reading: ObjectReading | None = None
        self._labels: list[str] = []
        self._state = LOADING
        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        tiles = QGridLayout()
        tiles.addWidget(self.crop_tile, 0, 0)
        tiles.addWidget(self.small_tile, 0, 1)
        tiles.addWidget(self.crop_caption, 1, 0)
        tiles.addWidget(self.small_caption, 1, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(tiles)
        column.addWidget(self.answer)
        column.addWidget(self.bars, 1)

    # -- contents ----------------------------------------------------------------------------
    def set_model_state(self, state: str, labels: list[str] | None = None) -> None:
        """LOADING, READY (with the classes' names in the interface language) or FAILED."""
        self._state = state
        if labels is not None:
            self._labels = list(labels)
        self._show()

    def show_reading(self, reading: ObjectReading | None) -> None:
        self._reading = reading
        self.crop_tile.set_image(None if reading is None else reading.crop)
        self.small_tile.set_image(None if reading is None else reading.small)
        self._show()

    def reading(self) -> ObjectReading | None:
        return self._reading

    def labels(self) -> list[str]:
        return list(self._labels)

    def answer_text(self) -> str:
        """"gato · 43 %": the top class and how sure the model is ("" while it cannot say)."""
        reading = self._reading
        if reading is None or reading.probabilities is None or not self._labels:
            return ""
        return self.tr("{label} · {percent} %").format(
            label=self._labels[reading.label], percent=i18n.percent(reading.confidence, 0))

    def _show(self) -> None:
        reading = self._reading
        probabilities = None if reading is None else reading.probabilities
        self.bars.set_probabilities(probabilities if self._labels else None, self._labels)
        if self._state == LOADING:
            self.answer.setText(self.tr("Loading the colour model…"))
        elif self._state == FAILED:
            self.answer.setText(self.tr("The colour model could not be loaded."))
        else:
            self.answer.setText(self.answer_text())

    def retranslate(self) -> None:
        self.title.setText(self.tr("What the model sees"))
        self.crop_caption.setText(self.tr("centre square"))
        self.small_caption.setText(self.tr("32 × 32, as the model reads it"))
        self.crop_tile.setToolTip(self.tr("The square in the middle of the picture: hold the "
                                          "object there, filling it."))
        self.small_tile.setToolTip(self.tr("The same square shrunk to 32 × 32 pixels, the "
                                           "size of every photo the model learned from."))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
