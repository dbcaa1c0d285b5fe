"""Where an image lesson gets its picture: a sample photo, the current drawing, or a file.

The chooser is a combo box (``imageSourceSelector``); "Open image…" asks for a file and
adds it to the list. With ``photos=True`` it also offers CIFAR-10 test photos, one entry per
class, and "◀ ▶" buttons that browse the photos of the shown photo's class. With "My drawing"
chosen, the picture follows the Draw tab live. A file that cannot be read is explained under
the chooser and the previous picture stays.
"""

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.datasets.cifar import CIFAR_NAMES, CIFAR_NAMES_PT
from engine.datasets.samples import available_samples, load_sample_photo
from engine.lessons import cifar_photos
from gui import i18n, style
from gui.widgets.data_problems import data_problem

DRAWING, WEBCAM, OPEN_FILE = "drawing", "webcam", "open-file"


class ImageSource(QWidget):
    """``imageChanged`` fires whenever ``image()`` changes (uint8, grey (H, W) or RGB)."""

    imageChanged = Signal()

    def __init__(self, session: object | None = None, default: str = "astronaut",
                 parent: QWidget | None = None, photos: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.photos = photos and cifar_photos.available()  # CIFAR-10 test photos offered
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("imageSourceSelector")
        self.previous_button = QToolButton(objectName="previousPhotoButton", text="◀")
        self.next_button = QToolButton(objectName="nextPhotoButton", text="▶")
        if self.photos:  # long CIFAR titles must not widen the lesson's row of controls
            self.combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.combo.setMinimumContentsLength(14)
        self.problem = QLabel()
        self.problem.setObjectName("imageSourceProblem")
        self.problem.setStyleSheet(style.ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._files: list[Path] = []
        self._image = np.zeros((8, 8), np.uint8)
        self._current = default if default in available_samples() else DRAWING
        self._build_layout()
        self.combo.activated.connect(self._chosen)
        self.previous_button.clicked.connect(lambda: self.step_photo(-1))
        self.next_button.clicked.connect(lambda: self.step_photo(1))
        if session is not None:
            session.drawingChanged.connect(self._drawing_changed)
            session.webcamFrameChanged.connect(self._webcam_frame_changed)
        self.retranslate()
        self._load(self._current)

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.problem)

    # -- the picture ---------------------------------------------------------------------------
    def image(self) -> np.ndarray:
        return self._image

    def current_key(self) -> str:
        return self._current

    def choose(self, key: str) -> bool:
        """Show a sample ("astronaut", …), DRAWING, or a file path already opened."""
        return self._load(key)

    def step_photo(self, step: int) -> bool:
        """The next (1) or previous (−1) CIFAR-10 photo of the shown photo's class."""
        index = cifar_photos.index_of(self._current)
        return index is not None and self._load(
            cifar_photos.key_of(cifar_photos.step_in_class(index, step)))

    def open_file(self, path: str | Path) -> bool:
        """Use an image file (added to the list); a problem is shown, not raised."""
        path = Path(path)
        if path not in self._files:
            self._files.append(path)
        if self._load(str(path)):
            return True
        self._files.remove(path)
        self._fill()
        return False

    def _load(self, key: str) -> bool:
        try:
            image = self._read(key)
        except (OSError, ValueError, KeyError) as error:
            self._show_problem(str(error))
            self._fill()
            return False
        self._current, self._image = key, image
        self._show_problem("")
        self._fill()
        self.imageChanged.emit()
        return True

    def _read(self, key: str) -> np.ndarray:
        from engine.datasets.catalog import DatasetError
        from engine.datasets.folder import read_image

        if key == WEBCAM:
            frame = getattr(self.session, "webcam_frame", None)
            if frame is None:
                raise ValueError(self.tr("No webcam frame yet: send one from the Webcam tab."))
            return frame
        if key == DRAWING:
            drawing = getattr(self.session, "drawing", None)
            return drawing if drawing is not None else np.zeros((280, 280), np.uint8)
        if key in available_samples():
            return load_sample_photo(key)
        try:
            if (photo := cifar_photos.index_of(key)) is not None:
                return cifar_photos.photo(photo)
            return read_image(Path(key))
        except DatasetError as error:  # said in the interface language, not the engine's
            raise ValueError(data_problem(error)) from error

    def _drawing_changed(self) -> None:
        if self._current == DRAWING:
            self._load(DRAWING)

    def _webcam_frame_changed(self) -> None:
        if self._current == WEBCAM:
            self._load(WEBCAM)
        else:
            self._fill()  # the entry appears once there is a frame

    def _chosen(self, index: int) -> None:
        key = self.combo.itemData(index)
        if key == OPEN_FILE:
            self._fill()  # back on the current picture while the dialog is open
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open an image"), str(Path.home()),
                self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)"))
            if path:
                self.open_file(path)
        elif key != self._current:
            self._load(key)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- the list ------------------------------------------------------------------------------
    def _titles(self) -> dict[str, str]:
        return {
            "astronaut": self.tr("Photo: astronaut (colour)"),
            "coffee": self.tr("Photo: coffee (colour)"),
            "chelsea": self.tr("Photo: cat (colour)"),
            "camera": self.tr("Photo: cameraman (grey)"),
            "brick": self.tr("Photo: brick wall (grey)"),
            "coins": self.tr("Photo: coins (grey)"),
            "text": self.tr("Photo: text (grey)"),
            **self._photo_titles(),
            DRAWING: self.tr("My drawing (Draw tab)"),
            WEBCAM: self.tr("Webcam frame (Webcam tab)"),
        }

    def _photo_keys(self) -> list[str]:
        """One CIFAR-10 photo per class: the shown one for its class, else the class's first."""
        if not self.photos:
            return []
        shown = cifar_photos.index_of(self._current)
        shown_class = None if shown is None else cifar_photos.label(shown)
        return [cifar_photos.key_of(shown if c == shown_class else cifar_photos.first_of_class(c))
                for c in range(len(CIFAR_NAMES))]

    def _photo_titles(self) -> dict[str, str]:
        portuguese = i18n.current_language() == i18n.PORTUGUESE
        names = CIFAR_NAMES_PT if portuguese else CIFAR_NAMES
        titles = {}
        for key in self._photo_keys():
            index = cifar_photos.index_of(key)
            titles[key] = self.tr("CIFAR-10: {name} (no. {number})").format(
                name=names[cifar_photos.label(index)], number=i18n.integer(index))
        return titles

    def _fill(self) -> None:
        titles = self._titles()
        shows_photo = cifar_photos.index_of(self._current) is not None
        self.previous_button.setVisible(self.photos)
        self.next_button.setVisible(self.photos)
        self.previous_button.setEnabled(shows_photo)
        self.next_button.setEnabled(shows_photo)
        with QSignalBlocker(self.combo):
            self.combo.clear()
            webcam = [WEBCAM] if getattr(self.session, "webcam_frame", None) is not None else []
            for key in [*available_samples(), *self._photo_keys(), DRAWING, *webcam]:
                self.combo.addItem(titles[key], key)
            for path in self._files:
                self.combo.addItem(path.name, str(path))
            self.combo.insertSeparator(self.combo.count())
            self.combo.addItem(self.tr("Open image…"), OPEN_FILE)
            self.combo.setCurrentIndex(max(self.combo.findData(self._current), 0))

    def retranslate(self) -> None:
        self.label.setText(self.tr("Image:"))
        self.combo.setToolTip(self.tr("The picture the lesson works on: a sample photo, your "
                                      "drawing from the Draw tab, or any image file."))
        self.previous_button.setToolTip(self.tr("The previous CIFAR-10 test photo of this "
                                                "class."))
        self.next_button.setToolTip(self.tr("The next CIFAR-10 test photo of this class."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
