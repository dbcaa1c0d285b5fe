"""The Webcam tab's controls: where the frames come from, the selected digit, "no camera".

Three plain widgets that only show and ask; :class:`gui.webcam.tab.WebcamTab` decides. Each
re-reads its texts on a language change.
"""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from engine.digits.paper_digits import DEFAULT_SENSITIVITY, SENSITIVITY_RANGE
from gui import i18n
from gui.webcam.worker import DIGITS, OBJECTS

RESOLUTIONS = ((640, 480), (1280, 720), (320, 240))  # what webcams commonly offer; 640 first
PROBING, NO_CAMERA = "probing", "none"  # the camera list's placeholder entries


def _font(widget: QWidget, scale: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


class SourceBar(QWidget):
    """Mode (digits or objects), camera list, resolution list and "Open video or image…"."""

    cameraChosen = Signal(int)
    resolutionChosen = Signal(int, int)
    modeChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_label = QLabel()
        self.modes = QComboBox(objectName="webcamModeSelector")
        for mode in (DIGITS, OBJECTS):
            self.modes.addItem("", mode)
        self.camera_label, self.resolution_label = QLabel(), QLabel()
        self.cameras = QComboBox(objectName="cameraSelector")
        self.cameras.setMinimumContentsLength(14)  # the mode list beside it: 1024 px wide
        self.cameras.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.resolutions = QComboBox(objectName="resolutionSelector")
        for width, height in RESOLUTIONS:
            self.resolutions.addItem(f"{width} × {height}", (width, height))
        self.open_button = QPushButton(objectName="openSourceButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.mode_label, self.modes, self.camera_label, self.cameras,
                       self.resolution_label, self.resolutions):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.open_button)
        self._entries: list[object] = [PROBING]
        self._file_name = ""
        self.cameras.activated.connect(self._camera_activated)
        self.resolutions.activated.connect(self._resolution_activated)
        self.modes.activated.connect(lambda index: self.modeChosen.emit(self.modes.itemData(index)))
        self.retranslate()

    def set_entries(self, entries: list[object], current: object | None = None) -> None:
        """Camera indices, plus PROBING / NO_CAMERA placeholders, plus "file" for a file."""
        self._entries = list(entries)
        self._fill(current)

    def show_file(self, name: str) -> None:
        """Add (or rename) the entry of the open file and select it."""
        self._file_name = name
        if "file" not in self._entries:
            self._entries.append("file")
        self._fill("file")

    def current_resolution(self) -> tuple[int, int]:
        return self.resolutions.currentData()

    def _fill(self, current: object | None) -> None:
        self.cameras.blockSignals(True)
        self.cameras.clear()
        for entry in self._entries:
            self.cameras.addItem(self._entry_text(entry), entry)
        index = self._entries.index(current) if current in self._entries else 0
        self.cameras.setCurrentIndex(index)
        self.cameras.blockSignals(False)

    def _entry_text(self, entry: object) -> str:
        if entry == PROBING:
            return self.tr("Looking for cameras…")
        if entry == NO_CAMERA:
            return self.tr("none found")  # after "Camera:"; the page below says what to do
        if entry == "file":
            return self.tr("File: {name}").format(name=self._file_name)
        return self.tr("Camera {number}").format(number=int(entry))

    def _camera_activated(self, index: int) -> None:
        entry = self.cameras.itemData(index)
        if isinstance(entry, int):
            self.cameraChosen.emit(entry)

    def _resolution_activated(self, index: int) -> None:
        width, height = self.resolutions.itemData(index)
        self.resolutionChosen.emit(width, height)

    def current_mode(self) -> str:
        return self.modes.currentData()

    def retranslate(self) -> None:
        self.mode_label.setText(self.tr("Read:"))
        self.modes.setItemText(0, self.tr("Digits on paper"))
        self.modes.setItemText(1, self.tr("Objects (colour photo)"))
        self.modes.setToolTip(self.tr("Digits on paper: every digit is found and read by the "
                                      "selected digit model. Objects: the centre of the picture "
                                      "is read by the colour model trained on CIFAR-10."))
        self.camera_label.setText(self.tr("Camera:"))
        self.resolution_label.setText(self.tr("Resolution:"))
        self.open_button.setText(self.tr("Open video or image…"))
        self.cameras.setToolTip(self.tr("Choose which camera to read; the list shows the "
                                        "cameras found on this computer."))
        self.resolutions.setToolTip(self.tr("Ask the camera for this picture size; digits "
                                            "are found just as well at 640 × 480, and faster."))
        self.open_button.setToolTip(self.tr("Read a video file or a photo of digits on paper "
                                            "instead of a camera."))
        self._fill(self.cameras.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DigitPanel(QWidget):
    """The selected digit's reading, what to do with it, freeze/snapshot and the sensitivity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setFont(_font(self, 1.15, bold=True))
        self.digit = QLabel(objectName="selectedDigit")
        self.digit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digit.setFont(_font(self, 5.0, bold=True))
        self.digit.setMinimumHeight(90)
        self.confidence = QLabel(objectName="selectedConfidence")
        self.confidence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confidence.setWordWrap(True)
        self.confidence.setFont(_font(self, 1.2))
        self.inspect_button = QPushButton(objectName="inspectButton")
        self.kernel_button = QPushButton(objectName="sendToKernelButton")
        self.freeze_button = QPushButton(objectName="freezeButton", checkable=True)
        self.snapshot_button = QPushButton(objectName="snapshotButton")
        self.sensitivity_label = QLabel(objectName="sensitivityLabel")
        self.sensitivity_label.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="sensitivitySlider")
        self.slider.setRange(*SENSITIVITY_RANGE)
        self.slider.setValue(round(DEFAULT_SENSITIVITY))
        # The value is the threshold's offset; a smaller offset is *more* sensitive, so the
        # slider runs right-to-left: right means "find fainter ink".
        self.slider.setInvertedAppearance(True)
        self.slider.setInvertedControls(True)
        self.bold_label, self.faint_label = QLabel(), QLabel()
        self.faint_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._build_layout()
        self.slider.valueChanged.connect(self._show_sensitivity)
        self.freeze_button.toggled.connect(self._show_freeze)
        self.retranslate()

    def _build_layout(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.digit)
        column.addWidget(self.confidence)
        column.addWidget(self.inspect_button)
        column.addWidget(self.kernel_button)
        column.addSpacing(8)
        buttons = QGridLayout()
        buttons.addWidget(self.freeze_button, 0, 0)
        buttons.addWidget(self.snapshot_button, 0, 1)
        column.addLayout(buttons)
        column.addSpacing(8)
        column.addWidget(self.sensitivity_label)
        column.addWidget(self.slider)
        ends = QHBoxLayout()
        ends.addWidget(self.bold_label)
        ends.addWidget(self.faint_label)
        column.addLayout(ends)
        column.addStretch(1)

    def set_digit_widgets_visible(self, visible: bool) -> None:
        """The objects mode keeps only what applies to any frame: send, freeze, snapshot."""
        for widget in (self.title, self.digit, self.confidence, self.inspect_button,
                       self.sensitivity_label, self.slider, self.bold_label, self.faint_label):
            widget.setVisible(visible)

    def show_reading(self, label: str, confidence: float | None) -> None:
        """The selected digit's class and how sure the model is (None: no model yet)."""
        self.digit.setText(label)
        self.confidence.setText("" if confidence is None else self.tr("{percent} % sure")
                                .format(percent=i18n.percent(confidence)))

    def show_nothing(self, frame_shown: bool) -> None:
        """No digit to show: in a frame without digits, say what the finder looks for."""
        self.digit.setText("")
        self.confidence.setText(self.tr("No digit found in this frame. Digits need dark ink "
                                        "on light paper, away from the picture's edges.")
                                if frame_shown else "")

    def _show_sensitivity(self, value: int) -> None:
        self.sensitivity_label.setText(self.tr("Sensitivity: ink is at least {levels} grey "
                                               "levels darker than the paper around it")
                                       .format(levels=value))

    def _show_freeze(self, frozen: bool) -> None:
        self.freeze_button.setText(self.tr("Resume") if frozen else self.tr("Freeze"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Selected digit"))
        self.inspect_button.setText(self.tr("Inspect in Activations"))
        self.kernel_button.setText(self.tr("Send frame to the kernel editor"))
        self.snapshot_button.setText(self.tr("Snapshot…"))
        self._show_freeze(self.freeze_button.isChecked())
        self._show_sensitivity(self.slider.value())
        self.bold_label.setText(self.tr("bold ink only"))
        self.faint_label.setText(self.tr("fainter ink"))
        self.inspect_button.setToolTip(self.tr("Open the Activations tab on this digit's "
                                               "28 × 28 picture to see what every layer makes "
                                               "of it."))
        self.kernel_button.setToolTip(self.tr("Use the whole frame as the picture of the "
                                              "kernel-editor lesson, to try filters on it."))
        self.freeze_button.setToolTip(self.tr("Hold the current frame still to discuss it; "
                                              "the sensitivity still applies to it."))
        self.snapshot_button.setToolTip(self.tr("Save the frame with its boxes and labels as "
                                                "a PNG image."))
        self.slider.setToolTip(self.tr("Move right to find fainter ink such as pencil; move "
                                       "left if shadows or texture get boxed as digits."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NoCameraPage(QWidget):
    """Shown instead of the picture when there is no camera: what to do instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(objectName="noCameraMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setFont(_font(self, 1.25))
        self.open_button = QPushButton(objectName="noCameraOpenButton")
        self.rescan_button = QPushButton(objectName="rescanButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.rescan_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.message)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addStretch(1)
        self._objects = False
        self.retranslate()

    def set_objects(self, objects: bool) -> None:
        """Word the advice for the objects mode (a photo of a thing) or the digits mode."""
        self._objects = objects
        self.retranslate()

    def retranslate(self) -> None:
        if self._objects:
            self.message.setText(self.tr(
                "No camera found.\n\nYou can still use this tab: take a photo of a plane, a "
                "car, a bird, a cat… with a phone, and open it here with \"Open video or "
                "image…\". The square in its middle is read just as from a camera.\n\n"
                "Plugged in a webcam? Click \"Look again\"."))
        else:
            self.message.setText(self.tr(
                "No camera found.\n\nYou can still use this tab: write a few digits on paper, "
                "take a photo or a short video of them with a phone, and open it here with "
                "\"Open video or image…\". The digits are found and read just as from a "
                "camera.\n\nPlugged in a webcam? Click \"Look again\"."))
        self.open_button.setText(self.tr("Open video or image…"))
        self.open_button.setToolTip(self.tr("Read a video file or a photo of digits on paper "
                                            "instead of a camera."))
        self.rescan_button.setText(self.tr("Look again"))
        self.rescan_button.setToolTip(self.tr("Search this computer for cameras again."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
