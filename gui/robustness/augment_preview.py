"""Augmentation preview: sixteen versions of one digit, as training's augmentation makes them.

"Aumento de dados" (data augmentation) trains a model on randomly distorted copies of its
digits, so that it learns the digit and not its exact position, size or slant. The preview
calls exactly the function training uses (engine.training.augment.augment_batch) with the same
ranges, on sixteen copies of the current digit; "New draws" asks it for another seed. TensorFlow
runs it, so it runs in a worker thread.
"""

from typing import Any

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from gui import i18n, style
from gui.robustness.view_frame import DigitWorkView, scroll_inside
from gui.widgets.image_strip import to_grey8, to_qimage
from gui.workers import run_in_background

GRID = 4
COUNT = GRID * GRID
FIRST_SEED = 1
GAP = 4


def augmented_copies(digit: np.ndarray, seed: int) -> np.ndarray:
    """Sixteen augmented copies of ``digit`` (28×28, 0–1), as training draws them for ``seed``."""
    from engine.tensorflow_runtime import require_tensorflow
    from engine.training.augment import augment_batch

    tf = require_tensorflow()
    batch = np.repeat(np.asarray(digit, np.float32)[None, :, :, None], COUNT, axis=0)
    result = augment_batch(tf.constant(batch), tf.constant(seed, tf.int64))
    return np.asarray(result)[..., 0]


class ImageGrid(QWidget):
    """Square greyscale images in a grid, enlarged without smoothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("augmentGrid")
        self._images: list[QImage] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_images(self, images: np.ndarray) -> None:
        self._images = [to_qimage(to_grey8(image)) for image in images]
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(GRID * (84 + GAP), GRID * (84 + GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(GRID * (56 + GAP), GRID * (56 + GAP))

    def cell_rect(self, index: int) -> QRectF:
        side = max(1, (min(self.width(), self.height()) - (GRID - 1) * GAP) // GRID)
        row, col = divmod(index, GRID)
        return QRectF(col * (side + GAP), row * (side + GAP), side, side)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(QColor("#777777"), 1))
        for index in range(COUNT):
            box = self.cell_rect(index)
            painter.fillRect(box, Qt.GlobalColor.black)
            if index < len(self._images):
                painter.drawImage(box, self._images[index])
            painter.drawRect(box.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.end()


class AugmentPreview(DigitWorkView):
    """A 4×4 grid of augmented copies of the current digit, New draws, and a way to Training."""

    pageRequested = Signal(str)  # "training": show that page (the window or page connects it)

    def __init__(self, source: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("augmentPreview")
        self.source = source
        self._seed = FIRST_SEED
        self._images: np.ndarray | None = None
        # A result that arrives after the view was deleted (the window closed) is dropped.
        gone = self._gone = [False]
        self.destroyed.connect(lambda *_: gone.__setitem__(0, True))
        self._build()
        source.digitChanged.connect(self.refresh)
        self.retranslate()

    def _build(self) -> None:
        self.intro, self.ranges, self.status = QLabel(), QLabel(), QLabel()
        for label in (self.intro, self.ranges, self.status):
            label.setWordWrap(True)
        self.status.setObjectName("augmentStatus")
        self.grid = ImageGrid()
        self.new_button = QPushButton()
        self.new_button.setObjectName("newDrawsButton")
        self.training_button = QPushButton()
        self.training_button.setObjectName("openTrainingButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.training_button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.intro)
        text.addWidget(self.ranges)
        text.addLayout(buttons)
        text.addWidget(self.status)
        text.addStretch(1)
        content = QWidget()
        layout = QHBoxLayout(content)
        layout.addLayout(text, 2)
        layout.addWidget(self.grid, 3)
        scroll_inside(self, content)
        self.new_button.clicked.connect(self.new_draws)
        self.training_button.clicked.connect(self.open_training)

    # -- drawing copies ----------------------------------------------------------------------
    def seed(self) -> int:
        return self._seed

    def images(self) -> np.ndarray | None:
        """The sixteen images shown (N, 28, 28), 0–1; None before the first draw."""
        return None if self._images is None else self._images.copy()

    def new_draws(self) -> None:
        """Another seed: sixteen new random distortions of the same digit."""
        self._seed += 1
        self.refresh()

    def _start(self) -> None:
        if self._call is not None:
            return
        digit = self.source.digit()
        problem = str(getattr(self.source, "problem", "") or "")
        if problem or digit is None:
            self.status.setText(problem)
            return
        self._dirty = False
        digit, seed = np.asarray(digit, np.float32), self._seed
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Drawing sixteen distortions…"))
        self._call = run_in_background(lambda: augmented_copies(digit, seed), self._done,
                                       self._failed, name="cnn-lab-augment-preview")

    def _done(self, images: np.ndarray) -> None:
        if self._gone[0]:
            return
        self._call = None
        if self._dirty:
            self._start()
            return
        self._images = np.asarray(images, np.float32)
        self.grid.set_images(self._images)
        self.status.setText(self.tr("Draw {seed}.").format(seed=i18n.integer(self._seed)))

    def _failed(self, error: Exception) -> None:
        if self._gone[0]:
            return
        self._call = None
        self.status.setStyleSheet(style.ERROR_STYLE)
        self.status.setText(self.tr("The distortions could not be drawn: {error}").format(
            error=str(error) or type(error).__name__))

    # -- the Training tab --------------------------------------------------------------------
    def open_training(self) -> None:
        """Ask the window to show the Training page (through the session when there is one)."""
        self.pageRequested.emit("training")
        session = getattr(self.source, "session", None) or getattr(self.window(), "session", None)
        requested = getattr(session, "pageRequested", None)
        if requested is not None:
            requested.emit("training")

    # -- language ----------------------------------------------------------------------------
    def _ranges_text(self) -> str:
        from engine.training import augment

        zoom_low, zoom_high = augment.ZOOM
        return self.tr(
            "The same distortions as the Training tab's \u201cdistort images at random\u201d: "
            "rotation up to ±{rotation}°, slant (shear) up to {shear}, size {zoom_low}–{zoom_high} "
            "%, shift up to {shift} pixels, and a stroke made thicker or thinner on {share} % of "
            "the images each.").format(
            rotation=i18n.lesson_number(augment.ROTATION_DEGREES),
            shear=i18n.lesson_number(augment.SHEAR), zoom_low=i18n.integer(round(zoom_low * 100)),
            zoom_high=i18n.integer(round(zoom_high * 100)),
            shift=i18n.lesson_number(augment.SHIFT_PIXELS),
            share=i18n.integer(round(augment.THICKNESS_PROBABILITY * 100)))

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "What does data augmentation do? During training, every digit is shown to the "
            "model with a new random distortion each time, so it learns the digit rather than "
            "its exact position, size or slant. These are sixteen such draws of this digit."))
        self.ranges.setText(self._ranges_text())
        self.new_button.setText(self.tr("New draws"))
        self.training_button.setText(self.tr("Open the Training tab"))
        if self._call is not None:
            self.status.setText(self.tr("Drawing sixteen distortions…"))
        elif self._images is not None and not self.status.styleSheet():
            self.status.setText(self.tr("Draw {seed}.").format(seed=i18n.integer(self._seed)))


if __name__ == "__main__":
    from gui.preview import run_preview

    def _demo() -> QWidget:
        from gui.robustness.digit import DigitSource

        return AugmentPreview(DigitSource())

    raise SystemExit(run_preview(_demo))
