"""Tab "Desenhar": draw a digit and watch the network read it while you draw.

Under the canvas, the preprocessing strip shows what the network actually receives (as drawn
→ cropped → 20 × 20 → centred 28 × 28). Predictions are throttled: every change of the drawing
only asks for one, and a timer runs the newest request at most every ``PREDICT_EVERY_MS``, so
a fast stroke never queues up work and the pen never lags. Under the probabilities, "Add to my
digits" (gui/widgets/add_digit_bar.py) keeps the centred digit with the network's answer or the
person's correction.
"""

from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from engine.digits.preprocess import EmptyDrawingError, mnist_steps
from engine.models.class_names import preset
from gui import i18n, style
from gui.draw.tools import DrawTools
from gui.session import LabSession, LoadedModel
from gui.widgets.add_digit_bar import AddDigitBar
from gui.widgets.canvas import DrawingCanvas
from gui.widgets.data_problems import data_problem
from gui.widgets.image_strip import ImageStrip
from gui.widgets.input_kind_text import converted_to_grey, grey_into_colour
from gui.widgets.model_selector import ModelSelector
from gui.widgets.probability_bars import ProbabilityBars

# 25 predictions a second feel live; each costs ~1–2 ms, so the pen keeps nearly all the time.
PREDICT_EVERY_MS = 40
# Below this top probability the network is "not sure": it is torn between classes.
UNSURE_BELOW = 0.6
STEP_KEYS = ("raw", "cropped", "scaled", "centred")


class DrawTab(QWidget):
    """Canvas, tools, live prediction with probability bars, and the preprocessing strip."""

    def __init__(self, session: LabSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawTab")
        self.session = session
        self.canvas = DrawingCanvas()
        self.tools = DrawTools(self.canvas)
        self.selector = ModelSelector(session)
        self._build_prediction_panel()
        self.strip = ImageStrip()
        self.strip.setObjectName("preprocessingStrip")
        self.strip_title = QLabel()
        self._build_layout()
        self._timer = QTimer(self, singleShot=True, interval=PREDICT_EVERY_MS)
        self._timer.timeout.connect(self.predict_now)
        self._revision = self._predicted_revision = 0
        self.canvas.changed.connect(self._drawing_changed)
        self.tools.openImageRequested.connect(self.ask_for_picture)
        self.tools.saveRequested.connect(self.ask_where_to_save)
        session.modelChanged.connect(self.predict_now)
        session.busyChanged.connect(self._busy_changed)
        self._add_shortcuts()
        self.retranslate()
        self.predict_now()
        session.ensure_model()

    # -- layout ------------------------------------------------------------------------------------
    def _build_prediction_panel(self) -> None:
        self.reads_label = QLabel()
        self.digit = QLabel()
        self.digit.setObjectName("predictedDigit")
        self.digit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digit.setMinimumHeight(150)
        self.verdict = QLabel()
        self.verdict.setObjectName("predictionVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bars = ProbabilityBars()
        self.bars.setObjectName("probabilityBars")
        self.add_bar = AddDigitBar(self.session)  # "Add to my digits", fed by predict_now

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.canvas, 1)
        left.addWidget(self.tools)
        right = QVBoxLayout()
        right.addWidget(self.reads_label)
        right.addWidget(self.digit)
        right.addWidget(self.verdict)
        right.addWidget(self.bars, 1)
        right.addWidget(self.add_bar)
        right.addStretch(0)  # takes the bars' room when a colour model hides them
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addLayout(right, 2)
        column = QVBoxLayout(self)
        column.addWidget(self.selector)
        column.addLayout(middle, 4)
        column.addWidget(self.strip_title)
        column.addWidget(self.strip, 1)  # grows a little too: its 28 × 28 pixels must show

    def _add_shortcuts(self) -> None:
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        standard = QKeySequence.keyBindings
        redo = [*standard(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z"),
                QKeySequence("Ctrl+Y")]  # the platform's own, and both that people expect
        bindings = [
            (standard(QKeySequence.StandardKey.Undo), self.canvas.undo),
            (redo, self.canvas.redo),
            ([QKeySequence(Qt.Key.Key_Escape), QKeySequence(Qt.Key.Key_Delete)],
             self.canvas.clear),
            ([QKeySequence(Qt.Key.Key_E)], self.tools.eraser_button.toggle),
            (standard(QKeySequence.StandardKey.Open), self.ask_for_picture),
            (standard(QKeySequence.StandardKey.Save), self.ask_where_to_save),
        ]
        self._shortcuts = []
        for sequences, slot in bindings:
            # The same keys twice would make Qt call the shortcut ambiguous and run neither.
            unique = {sequence.toString(): sequence for sequence in sequences}
            for sequence in unique.values():
                shortcut = QShortcut(sequence, self, context=scope)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)

    # -- prediction --------------------------------------------------------------------------------
    def _drawing_changed(self) -> None:
        self._revision += 1
        if not self._timer.isActive():
            self._timer.start()

    def is_settled(self) -> bool:
        """True when the shown prediction is for the drawing as it is now (tests wait on this)."""
        return (not self._timer.isActive() and not self.session.busy
                and self._predicted_revision == self._revision)

    def predict_now(self) -> None:
        self._timer.stop()
        self._predicted_revision = self._revision
        pixels = self.canvas.sketch.pixels()
        try:
            steps = mnist_steps(pixels)
        except EmptyDrawingError:
            steps = None
        self.session.set_drawing(pixels if steps is not None else None)
        self._show_steps(steps)
        model = self.session.current
        # A colour model would answer about colours the drawing lacks: no bars, the refusal.
        if steps is None or model is None or model.reads_colour:
            self._show_probabilities(None)
            self._offer(steps, None)
            self.session.set_input(None if steps is None else steps["centred"])
            return
        self._show_probabilities(model.predictor.probabilities(steps["centred"]))
        self._offer(steps, self._probabilities)
        self.session.set_input(steps["centred"])

    def _offer(self, steps: dict[str, np.ndarray] | None, probabilities: np.ndarray | None
               ) -> None:
        """Offer the centred digit to "Add to my digits", labelled with the network's answer."""
        model = self.session.current
        reads_digits = model is not None and model.reads_digits
        top = int(np.argmax(probabilities)) if probabilities is not None and reads_digits \
            else None  # a clothing model's answer is no digit label
        self.add_bar.set_candidate(None if steps is None else steps["centred"], top)

    def _show_steps(self, steps: dict[str, np.ndarray] | None) -> None:
        if steps is None:
            self.strip.clear()
        else:
            captions = self._step_captions()
            self.strip.set_images([(captions[i], steps[key]) for i, key in enumerate(STEP_KEYS)])

    def _show_probabilities(self, probabilities: np.ndarray | None) -> None:
        self._probabilities = probabilities
        labels = self.session.current.labels() if self.session.current else []
        self.bars.set_probabilities(probabilities, labels)
        top = int(np.argmax(probabilities)) if probabilities is not None else None
        self.digit.setText(labels[top] if top is not None else "")
        unsure = probabilities is not None and float(probabilities[top]) < UNSURE_BELOW
        self.digit.setFont(self._digit_font(self.digit.text()))
        self.digit.setStyleSheet("color: #9e9e9e;" if unsure else "color: palette(text);")
        self._show_verdict()

    def _busy_changed(self, _busy: bool) -> None:
        self._show_verdict()

    def _show_verdict(self) -> None:
        probabilities = getattr(self, "_probabilities", None)
        model = self.session.current
        refused = model is not None and model.reads_colour
        self.verdict.setStyleSheet(style.ERROR_STYLE if refused else "")
        for widget in (self.reads_label, self.digit, self.bars):  # the refusal takes their place
            widget.setVisible(not refused)
        if model is None:
            self.verdict.setText(self.tr("Loading the model…"))
        elif refused:
            self.verdict.setText(grey_into_colour())
        elif probabilities is None:
            self.verdict.setText(self._invitation(model))
        else:
            self.verdict.setText(self._verdict_for(probabilities, model.labels()))

    def _invitation(self, model: LoadedModel) -> str:
        """What to draw, for the classes this model knows (unknown names are not digits)."""
        if model.reads_digits:
            return self.tr("Draw a digit in the black square with the mouse, a pen or a finger.")
        if not model.names_known:
            return self.tr("The names of this model's classes are unknown, so it answers with "
                           "class numbers; name them above the canvas.")
        if model.names == list(preset("fashion-mnist").names):
            return self.tr("Draw a piece of clothing: this model knows only clothes.")
        return self.tr("Draw one of this model's classes: {names}.").format(
            names=", ".join(model.labels()))

    def _verdict_for(self, probabilities: np.ndarray, labels: list[str]) -> str:
        first, second = (int(i) for i in np.argsort(probabilities)[::-1][:2])
        if probabilities[first] >= UNSURE_BELOW:
            return self.tr("{percent} % sure").format(percent=i18n.percent(probabilities[first]))
        return self.tr("Not sure: {first} ({p1} %) or {second} ({p2} %)?").format(
            first=labels[first], p1=i18n.percent(probabilities[first]),
            second=labels[second], p2=i18n.percent(probabilities[second]))

    def _digit_font(self, text: str) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSize(96 if len(text) <= 2 else 28)  # "7" huge; "Camiseta/top" must fit
        return font

    # -- files -------------------------------------------------------------------------------------
    def ask_for_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an image as the input"), str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)"))
        if path:
            self.open_picture(path)

    def open_picture(self, path: str | Path) -> bool:
        """Put a picture on the canvas (it goes through the same preprocessing as a drawing)."""
        from engine.datasets.catalog import DatasetError
        from engine.datasets.folder import read_image
        from engine.digits.sketch import picture_to_canvas
        from engine.models.input_kind import is_colour

        try:
            picture = read_image(Path(path))
            self.canvas.set_picture(picture_to_canvas(picture))
        except DatasetError as error:  # said in the interface language, not the engine's
            self.tools.show_problem(data_problem(error))
            return False
        except ValueError as error:
            self.tools.show_problem(str(error))
            return False
        # The canvas is grey: a colour photo lost its colours on the way, which is worth saying.
        model = self.session.current
        grey_model = model is not None and not model.reads_colour  # a colour one refuses anyway
        self.tools.show_note(converted_to_grey() if is_colour(picture) and grey_model else "")
        return True

    def ask_where_to_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the drawing"),
                                              str(Path.home() / self.tr("drawing.png")),
                                              self.tr("PNG images (*.png)"))
        if path:
            self.save_drawing(path if path.lower().endswith(".png") else f"{path}.png")

    def save_drawing(self, path: str | Path) -> bool:
        """Write the canvas as a 280 × 280 grey PNG, atomically; a problem is shown, not raised."""
        from engine.paths import atomic_write_bytes

        ok, encoded = cv2.imencode(".png", self.canvas.sketch.pixels())
        try:
            if not ok:
                raise OSError("the PNG encoder failed")
            atomic_write_bytes(path, encoded.tobytes())
        except OSError as error:
            self.tools.show_problem(self.tr("Could not save {path}: {reason}").format(
                path=path, reason=error.strerror or error))
            return False
        self.tools.show_problem("")
        return True

    # -- language ----------------------------------------------------------------------------------
    def _step_captions(self) -> list[str]:
        return [self.tr("as drawn"), self.tr("cropped"), self.tr("20 × 20"),
                self.tr("centred 28 × 28")]

    def retranslate(self) -> None:
        self.reads_label.setText(self.tr("The network reads:"))
        self.strip_title.setText(self.tr("What the network receives — the drawing prepared "
                                         "the way MNIST's digits were:"))
        self.strip.set_captions(self._step_captions())
        self.predict_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


if __name__ == "__main__":
    import sys

    from gui.preview import run_preview
    from gui.session import LabSession

    sys.exit(run_preview(lambda: DrawTab(LabSession())))
