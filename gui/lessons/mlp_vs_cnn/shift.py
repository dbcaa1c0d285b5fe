"""The real comparison of lesson "MLP × CNN": two trained networks of the same size, one digit.

The MLP and the CNN shipped with the app have about the same number of parameters; their
model cards give those and the MNIST test accuracy. Then the same digit is moved pixel by
pixel and both networks read it after every move. The two models load in a worker thread
(a few seconds) the first time the page is shown; the digit can be moved meanwhile.
"""

import cv2
import numpy as np
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from engine.numerics.translate import shift_image
from gui.i18n import integer, number, percent
from gui.lessons.mlp_vs_cnn.models import (
    CNN_KEY,
    COMPARED,
    DIGIT_SIZE,
    MLP_KEY,
    CardFigures,
    card_figures,
    example_digit,
    load_compared_models,
)
from gui.lessons.mlp_vs_cnn.shift_view import DigitBox, ModelPanel
from gui.session import LabSession
from gui.widgets.hint_label import HintLabel
from gui.workers import BackgroundCall, run_in_background

MAX_SHIFT = 10  # beyond that most of a 20-pixel digit has left the 28×28 frame
DIGITS = [str(digit) for digit in range(10)]
MOVES = {"shiftLeft": (0, -1), "shiftRight": (0, 1), "shiftUp": (-1, 0), "shiftDown": (1, 0)}


class ShiftExperiment(QWidget):
    """Model cards side by side, the digit with its shift buttons, and both predictions."""

    def __init__(self, session: LabSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._example = example_digit()
        self._base = self._example
        self._offset = (0, 0)
        self._predictors: dict | None = None
        self._call: BackgroundCall | None = None
        self._failure: str | None = None
        self._cards = {key: card_figures(key) for key in COMPARED}
        self._build()
        self._wire()
        if self._drawing() is not None:
            self.drawing_radio.setChecked(True)
            self._base = self._drawing()
        self._update_sources()
        self.retranslate()
        self._show()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.notice = QLabel()
        self.notice.setObjectName("shiftNotice")
        self.notice.setWordWrap(True)
        font = QFont(self.notice.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.notice.setFont(font)
        self.notice.setStyleSheet("background: #fff8e1; border-left: 4px solid #ffb300; "
                                  "padding: 4px;")
        self.status = QLabel()
        self.status.setObjectName("modelsStatus")
        self.error = HintLabel("modelsError")
        self.digit_box = DigitBox()
        self.example_radio, self.drawing_radio = self.digit_box.example_radio, \
            self.digit_box.drawing_radio
        self.panels = {MLP_KEY: ModelPanel("mlp"), CNN_KEY: ModelPanel("cnn")}
        row = QHBoxLayout()
        row.addWidget(self.digit_box, 0)
        for panel in self.panels.values():
            row.addWidget(panel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (self.notice, self.status, self.error):
            layout.addWidget(widget)
        layout.addLayout(row, 1)

    def _wire(self) -> None:
        for name, (dy, dx) in MOVES.items():
            self.digit_box.buttons[name].clicked.connect(
                lambda _checked=False, dy=dy, dx=dx: self.shift_by(dy, dx))
        self.digit_box.buttons["shiftReset"].clicked.connect(self.reset_shift)
        self.digit_box.sources.idToggled.connect(self._source_toggled)
        if self.session is not None:
            self.session.inputChanged.connect(self._input_changed)

    # -- models -------------------------------------------------------------------------------
    def start_loading(self) -> None:
        """Load both models in a worker thread, once (the page shows "loading" meanwhile)."""
        if self._predictors is not None or self._call is not None:
            return
        self._failure = None
        self._call = run_in_background(load_compared_models, self._models_loaded,
                                       self._models_failed, name="cnn-lab-mlp-vs-cnn")
        self._show_status()

    def wait_for_models(self, timeout: float = 120.0) -> bool:
        """Block until the worker has finished (tests); the result still arrives by signal."""
        return self._call.wait(timeout) if self._call is not None else True

    def is_loading(self) -> bool:
        return self._call is not None and self._predictors is None and self._failure is None

    def models_ready(self) -> bool:
        return self._predictors is not None

    def _models_loaded(self, predictors: dict) -> None:
        self._predictors = predictors
        self._show_status()
        self._predict()

    def _models_failed(self, error: Exception) -> None:
        self._failure = str(error) or type(error).__name__
        self._call = None  # showing the page again tries again
        self._show_status()
        self._predict()

    # -- the digit ----------------------------------------------------------------------------
    def offset(self) -> tuple[int, int]:
        """(down, right) in pixels; negative is up or left."""
        return self._offset

    def base_image(self) -> np.ndarray:
        return self._base.copy()

    def shifted_image(self) -> np.ndarray:
        return shift_image(self._base, *self._offset)

    def shift_by(self, dy: int, dx: int) -> None:
        down, right = self._offset[0] + dy, self._offset[1] + dx
        self._offset = (int(np.clip(down, -MAX_SHIFT, MAX_SHIFT)),
                        int(np.clip(right, -MAX_SHIFT, MAX_SHIFT)))
        self._show()

    def reset_shift(self) -> None:
        self._offset = (0, 0)
        self._show()

    def predictions(self) -> dict[str, np.ndarray | None]:
        """Each model's probabilities for the shifted digit (None before the models load)."""
        return {key: panel.bars.probabilities() for key, panel in self.panels.items()}

    def _drawing(self) -> np.ndarray | None:
        """The session's input as a digit; a colour photo (from Activations) is no drawing: both
        networks read digits only, and a cat shrunk to 28 × 28 grey would teach nothing."""
        from engine.models.input_kind import is_colour

        image = None if self.session is None else self.session.input_image
        return None if image is None or is_colour(image) else as_digit(image)

    def _source_toggled(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        drawing = self._drawing()
        use_drawing = self.drawing_radio.isChecked() and drawing is not None
        self._base = drawing if use_drawing else self._example
        self.reset_shift()

    def _input_changed(self) -> None:
        """A new drawing in the Draw tab: the experiment moves to it (the example stays a click
        away); a cleared drawing brings the example back."""
        self._update_sources()
        target = self.drawing_radio if self._drawing() is not None else self.example_radio
        if target.isChecked():
            self._source_toggled(0, True)  # the same source, a new picture
        else:
            target.setChecked(True)

    def _update_sources(self) -> None:
        self.drawing_radio.setEnabled(self._drawing() is not None)

    # -- showing ------------------------------------------------------------------------------
    def _show(self) -> None:
        shifted = self.shifted_image()
        self.digit_box.show_digit(shifted, self._base)
        down, right = self._offset
        buttons = self.digit_box.buttons
        buttons["shiftLeft"].setEnabled(right > -MAX_SHIFT)
        buttons["shiftRight"].setEnabled(right < MAX_SHIFT)
        buttons["shiftUp"].setEnabled(down > -MAX_SHIFT)
        buttons["shiftDown"].setEnabled(down < MAX_SHIFT)
        buttons["shiftReset"].setEnabled(self._offset != (0, 0))
        self.digit_box.offset_label.setText(self._offset_text())
        self._predict()

    def _predict(self) -> None:
        image = self.shifted_image()
        for key, panel in self.panels.items():
            if self._predictors is None:
                panel.bars.set_probabilities(None, DIGITS)
                panel.prediction.setText(self.tr("loading…") if self._failure is None else "—")
                continue
            probabilities = self._predictors[key].probabilities(image)
            panel.bars.set_probabilities(probabilities, DIGITS)
            best = int(np.argmax(probabilities))
            panel.prediction.setText(self.tr("reads {digit} · {percent} %").format(
                digit=DIGITS[best], percent=percent(probabilities[best])))

    def _offset_text(self) -> str:
        down, right = self._offset
        moves = []
        if right:
            moves.append((self.tr("{n} px right") if right > 0 else self.tr("{n} px left"))
                         .format(n=abs(right)))
        if down:
            moves.append((self.tr("{n} px down") if down > 0 else self.tr("{n} px up"))
                         .format(n=abs(down)))
        return self.tr("Moved: {moves}").format(moves=", ".join(moves)) if moves \
            else self.tr("Not moved")

    def _show_status(self) -> None:
        if self._failure is not None:
            self.status.hide()
            self.error.show_problem(self.tr("The two models could not be loaded: {why}")
                                    .format(why=self._failure))
            return
        self.error.clear_problem()
        self.status.setVisible(self.is_loading())
        self.status.setText(self.tr("Loading the two trained models… (a few seconds)"))

    def _write_cards(self) -> None:
        titles = {MLP_KEY: self.tr("MLP (fully connected)"),
                  CNN_KEY: self.tr("CNN (convolutional)")}
        for key, panel in self.panels.items():
            panel.title.setText(titles[key])
            panel.subtitle.setText(key)
            figures: CardFigures = self._cards[key]
            panel.parameters.setText(
                self.tr("{count} parameters").format(count=integer(figures.parameters))
                if figures.parameters is not None else self.tr("Parameters: not in the card"))
            panel.accuracy.setText(
                self.tr("{percent} % right on {n} MNIST test digits").format(
                    percent=number(100 * figures.accuracy, 2),
                    n=integer(figures.test_images or 0))
                if figures.accuracy is not None else self.tr("Test accuracy: not in the card"))

    def retranslate(self) -> None:
        self.notice.setText(self.tr(
            "What to notice: both networks have about as many parameters, and the CNN is more "
            "accurate. Move the digit: one or two pixels, and both still read the example 7; "
            "three pixels right, up or down, and the MLP reads another digit while the CNN "
            "still reads 7 (four pixels up fools it too). The CNN's filters look for the same "
            "strokes everywhere and max pooling forgives small moves; each MLP weight belongs "
            "to one pixel."))
        self.digit_box.retranslate()
        self._write_cards()
        self._show_status()
        self._show()


def as_digit(image: np.ndarray) -> np.ndarray:
    """Any grey or RGB picture as the 28×28 float image both models read."""
    array = np.asarray(image, dtype=np.float32)
    if array.ndim == 3:
        array = array.mean(axis=2)
    if array.shape != (DIGIT_SIZE, DIGIT_SIZE):
        array = cv2.resize(array, (DIGIT_SIZE, DIGIT_SIZE), interpolation=cv2.INTER_AREA)
    return array / 255.0 if array.max() > 1.0 else array
