"""What the Webcam tab shows of one result: the boxed frame, the selected digit, its pipeline.

The picture (or the "no camera" page in its place), the panel with the selected digit's
reading and the controls, a status line, and the strip that follows the selected digit from
the grey frame to the network's 28 × 28 input. In the objects mode the centre square is boxed
instead, the objects panel shows it on its way to 32 × 32 with the ten probabilities, and a
note under the picture says what the colour model knows. It only shows; :class:`WebcamTab`
feeds it.
"""

import numpy as np
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from engine.datasets.cifar import CIFAR_NAMES, CIFAR_NAMES_PT
from engine.digits.paper_digits import candidate_steps
from gui import i18n, style
from gui.webcam.controls import DigitPanel, NoCameraPage
from gui.webcam.objects_panel import ObjectPanel
from gui.webcam.status import StatusLine
from gui.webcam.view import Mark, WebcamView
from gui.webcam.worker import DIGITS, OBJECTS, Detection, FrameResult, follow
from gui.widgets.image_strip import MIN_CELL, ImageStrip

VIEW_PAGE, NO_CAMERA_PAGE = 0, 1
STRIP_CELL = 90
STRIP_KEYS = ("grey", "threshold", "cropped", "scaled", "centred")
Box = tuple[int, int, int, int]


class WebcamDisplay(QWidget):
    """Picture, selected digit, status line and pipeline strip for the newest result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = WebcamView()
        self.no_camera = NoCameraPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.no_camera)
        self.panel = DigitPanel()
        self.objects = ObjectPanel()
        self.side = QWidget()
        self.side.setMaximumWidth(270)
        self.status = StatusLine()
        self.model_note = QLabel(objectName="webcamModelNote")  # the digit model is unusable
        self.model_note.setWordWrap(True)
        self.model_note.setStyleSheet(style.ERROR_STYLE)
        self.model_note.hide()
        self.objects_note = QLabel(objectName="objectsNote")  # what the colour model knows
        self.objects_note.setWordWrap(True)
        self.objects_note.setStyleSheet(f"color: {style.NOTE_BROWN};")
        self._mode = DIGITS
        self.strip_title = QLabel()
        self.strip = ImageStrip()
        self.strip.setObjectName("digitPipeline")
        # Cells of at least STRIP_CELL px: the 28 × 28 grid visible, captions unclipped; never
        # much taller, so the live picture keeps the room.
        strip_height = self.strip.minimumSizeHint().height() - MIN_CELL + STRIP_CELL
        self.strip.setMinimumHeight(strip_height)
        self.strip.setMaximumHeight(strip_height + 30)
        self._result: FrameResult | None = None
        self._selected: Box | None = None
        self._labels: list[str] | None = None  # the model's class names; None: no model yet
        self._build_layout()
        self.view.markClicked.connect(self.select)
        self.retranslate()
        self.show_result(None)

    def _build_layout(self) -> None:
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.objects, 1)
        side.addWidget(self.panel)
        middle = QHBoxLayout()
        middle.addWidget(self.pages, 1)
        middle.addWidget(self.side)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(middle, 1)
        column.addWidget(self.model_note)
        column.addWidget(self.status)
        column.addWidget(self.strip_title)
        column.addWidget(self.strip)
        column.addWidget(self.objects_note)
        self.set_mode(DIGITS)

    # -- modes -------------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        """DIGITS: boxes on every digit, the digit panel and its pipeline. OBJECTS: the centre
        square, the objects panel and the note on what the colour model knows."""
        self._mode = mode
        objects = mode == OBJECTS
        self.objects.setVisible(objects)
        self.objects_note.setVisible(objects)
        self.panel.set_digit_widgets_visible(not objects)
        self.no_camera.set_objects(objects)
        self.side.setMaximumWidth(270 if objects else 250)
        self.strip_title.setVisible(not objects and not self.no_camera_shown())
        self.strip.setVisible(not objects and not self.no_camera_shown())
        self.show_model_note(self.model_note.text())  # kept, shown in the digits mode only
        self.show_result(None)

    def mode(self) -> str:
        return self._mode

    def show_model_note(self, text: str) -> None:
        """A problem with the model the mode uses (the digit mode with a colour model)."""
        self.model_note.setText(text)
        self.model_note.setVisible(bool(text) and self._mode == DIGITS)

    # -- contents ----------------------------------------------------------------------------
    def show_result(self, result: FrameResult | None) -> None:
        self._result = result
        self._selected = follow(self._selected, self.detections())
        if self._mode == OBJECTS:
            self.objects.show_reading(None if result is None else result.objects)
        self.view.set_frame(None if result is None else result.frame, self.marks())
        self._show_selected()
        for button in (self.panel.snapshot_button, self.panel.kernel_button,
                       self.panel.freeze_button):
            button.setEnabled(result is not None)
        if result is not None:
            height, width = result.frame.shape[:2]
            digits = None if self._mode == OBJECTS else len(result.detections)
            self.status.show_frame(width, height, result.frames_per_second, digits)

    def set_labels(self, labels: list[str] | None) -> None:
        """The current model's class names (None while no model is loaded)."""
        self._labels = labels
        self.view.set_marks(self.marks())
        self._show_selected()

    def show_no_camera(self, shown: bool) -> None:
        """The "no camera" page instead of the picture; no digit, so no pipeline strip either."""
        self.pages.setCurrentIndex(NO_CAMERA_PAGE if shown else VIEW_PAGE)
        self.strip_title.setVisible(not shown and self._mode == DIGITS)
        self.strip.setVisible(not shown and self._mode == DIGITS)

    def no_camera_shown(self) -> bool:
        return self.pages.currentIndex() == NO_CAMERA_PAGE

    def result(self) -> FrameResult | None:
        return self._result

    def detections(self) -> list[Detection]:
        """The digits of the frame on screen, left to right."""
        return list(self._result.detections) if self._result is not None else []

    # -- selection ---------------------------------------------------------------------------
    def selected_index(self) -> int | None:
        boxes = [d.candidate.box for d in self.detections()]
        return boxes.index(self._selected) if self._selected in boxes else None

    def select(self, index: int) -> None:
        detections = self.detections()
        if 0 <= index < len(detections):
            self._selected = detections[index].candidate.box
            self.view.set_marks(self.marks())
            self._show_selected()

    def selected(self) -> Detection | None:
        index = self.selected_index()
        return None if index is None else self.detections()[index]

    def marks(self) -> list[Mark]:
        if self._mode == OBJECTS:  # the square the model reads, tagged with its answer
            reading = None if self._result is None else self._result.objects
            if reading is None:
                return []
            return [Mark(reading.box, self.objects.answer_text() or "?", True)]
        return [Mark(d.candidate.box, self._tag(d), d.candidate.box == self._selected)
                for d in self.detections()]

    def _name(self, detection: Detection) -> str:
        """The class's name in the interface's language ("?" while no model reads it)."""
        if detection.label is None or self._labels is None:
            return "?"
        label = detection.label
        return self._labels[label] if label < len(self._labels) else str(label)

    def _tag(self, detection: Detection) -> str:
        # Whole percent: tags sit on the digits and must stay short (the rounding is still
        # i18n.percent's, so a tag never says 100 % where the panel says 99,9 %).
        if detection.confidence is None or self._labels is None:
            return self._name(detection)
        percent = i18n.percent(detection.confidence, 0)
        return self.tr("{label} · {percent} %").format(label=self._name(detection),
                                                       percent=percent)

    def _show_selected(self) -> None:
        detection = self.selected()
        self.panel.inspect_button.setEnabled(detection is not None and
                                             detection.label is not None)
        if detection is None:
            self.panel.show_nothing(self._result is not None)
            self.strip.clear()
            return
        self.panel.show_reading(self._name(detection),
                                detection.confidence if self._labels is not None else None)
        steps = candidate_steps(self._result.steps, detection.candidate)
        captions = self._strip_captions()
        self.strip.set_images([(captions[i], steps[key]) for i, key in enumerate(STRIP_KEYS)])

    def current_candidate(self) -> tuple[np.ndarray, int] | None:
        """The selected digit's 28 × 28 image and predicted class (None: none, or no model)."""
        detection = self.selected()
        if detection is None or detection.label is None or self._labels is None:
            return None
        return detection.candidate.image.copy(), int(detection.label)

    # -- language ----------------------------------------------------------------------------
    def _strip_captions(self) -> list[str]:
        return [self.tr("grey"), self.tr("threshold"), self.tr("ink, cropped"),
                self.tr("20 × 20"), self.tr("centred 28 × 28")]

    def objects_note_text(self) -> str:
        """Plainly: what the colour model knows, so anything else gets a guess."""
        names = CIFAR_NAMES_PT if i18n.current_language() == i18n.PORTUGUESE else CIFAR_NAMES
        return self.tr(
            "The colour model knows only 32 × 32 photos of ten classes: {classes}. It reads "
            "the square in the middle of the picture; hold the object there, filling it. "
            "Anything else (a face, a pen, a cup) still gets one of these ten names: a guess, "
            "however sure the bars look.").format(
                classes=", ".join(names))

    def retranslate(self) -> None:
        self.objects_note.setText(self.objects_note_text())
        self.strip_title.setText(self.tr("The selected digit on its way to the network (click "
                                         "a box to choose another):"))
        self.strip.set_captions(self._strip_captions())
        self.view.set_marks(self.marks())
        self._show_selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
