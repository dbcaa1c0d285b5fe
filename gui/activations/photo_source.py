"""What the Activations tab reads: the drawing, a CIFAR-10 test photo, or a photo from a file.

A bar above the layers. "Drawing" is the session's input (the Draw tab's digit, or a picture
another tab sent with "Inspect"). "CIFAR-10 photo" browses the 10,000 test photos (previous,
next, random) and names each one's true class, so the student can compare it with the
network's answer. "Open photo…" reads any image file. Photos are shown as a step, original →
the picture the model reads (32 × 32 for the colour CNN), both enlarged without blur, so that
the student sees how little of a holiday photo is left for the network.

The CIFAR-10 photos load in the background the first time they are asked for (about 3 s) and
are kept in the session for the other tabs.
"""

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.activations.channels import ChannelTiles, pixmap_of
from gui.session import LabSession
from gui.workers import BackgroundCall, run_in_background

DRAWING, CIFAR, FILE = "drawing", "cifar", "file"
CIFAR_KEY = "cifar10"  # engine.datasets.cifar.CIFAR_KEY, without importing the engine at start
THUMBNAIL = 52  # px: a 32 × 32 photo enlarged about 1.6×, pixels kept square
PHOTO_FILTER_EXTENSIONS = "*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp"


class PhotoSource(QWidget):
    """The input chooser of the Activations tab; ``changed`` when the picture changes."""

    changed = Signal()

    def __init__(self, session: LabSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoSource")
        self.session = session
        self._index = 0
        self._cifar_photo: np.ndarray | None = None  # the CIFAR-10 photo shown, RGB uint8
        self._file_photo: np.ndarray | None = None  # the photo opened, RGB uint8, any size
        self._file_name = ""
        self._seen_shape: tuple[int, ...] = (0, 0)
        self._call: BackgroundCall | None = None
        self._rng = np.random.default_rng()
        self._build()
        self.retranslate()
        self._update_controls()

    def _build(self) -> None:
        self.choice = QComboBox()
        self.choice.setObjectName("inputSourceCombo")
        for key in (DRAWING, CIFAR, FILE):
            self.choice.addItem("", key)
        self.previous_button = QPushButton("◀")
        self.previous_button.setObjectName("photoPrevious")
        self.next_button = QPushButton("▶")
        self.next_button.setObjectName("photoNext")
        self.random_button = QPushButton()
        self.random_button.setObjectName("photoRandom")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openPhoto")
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(34)
        self.original = QLabel()
        self.original.setObjectName("photoOriginal")
        self.arrow = QLabel("→")
        self.seen = QLabel()
        self.seen.setObjectName("photoSeen")
        for label in (self.original, self.seen):
            label.setFixedSize(THUMBNAIL, THUMBNAIL)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.equals = QLabel("=")
        self.channels = ChannelTiles()
        self.caption = QLabel()
        self.caption.setObjectName("photoCaption")
        self.caption.setWordWrap(True)
        self.step_caption = QLabel()
        self.step_caption.setObjectName("photoStep")
        self.step_caption.setWordWrap(True)
        self._lay_out()
        self.choice.currentIndexChanged.connect(self._source_chosen)
        self.previous_button.clicked.connect(lambda: self.show_cifar(self._index - 1))
        self.next_button.clicked.connect(lambda: self.show_cifar(self._index + 1))
        self.random_button.clicked.connect(self._random)
        self.open_button.clicked.connect(self._ask_for_file)

    def _lay_out(self) -> None:
        # Two rows: the choice and its caption; under it the step, original → what the model
        # reads = its red, green and blue channels (hidden for the drawing).
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        choice_row = QHBoxLayout()
        self.source_label = QLabel()
        for widget in (self.source_label, self.choice, self.previous_button, self.next_button,
                       self.random_button, self.open_button):
            choice_row.addWidget(widget)
        choice_row.addWidget(self.caption, 1)
        column.addLayout(choice_row)
        self.step_row = QWidget()
        step = QHBoxLayout(self.step_row)
        step.setContentsMargins(0, 0, 0, 0)
        for widget in (self.original, self.arrow, self.seen, self.equals, self.channels):
            step.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        step.addWidget(self.step_caption, 1)
        column.addWidget(self.step_row)

    def hasHeightForWidth(self) -> bool:
        # The captions wrap, which makes a layout height-for-width; passed up, it made the
        # page's scroll area size the whole tab by its natural (very tall) size hint.
        return False

    # -- what the tab asks ---------------------------------------------------------------------
    def source(self) -> str:
        """DRAWING, CIFAR or FILE."""
        return str(self.choice.currentData())

    def photo(self) -> np.ndarray | None:
        """The chosen photo (RGB uint8) when a photo source is chosen, else None."""
        source = self.source()
        return self._cifar_photo if source == CIFAR else \
            self._file_photo if source == FILE else None

    def is_loading(self) -> bool:
        return self._call is not None

    def set_source(self, source: str) -> None:
        self.choice.setCurrentIndex(self.choice.findData(source))

    def show_seen(self, seen: np.ndarray | None) -> None:
        """The picture the model reads (uint8, RGB or grey), beside the original photo."""
        photo = self.photo()
        if photo is None or seen is None:
            self.original.clear()
            self.seen.clear()
            self.step_caption.clear()
            self.step_row.setVisible(False)
            return
        self.step_row.setVisible(True)
        self.original.setPixmap(pixmap_of(photo, THUMBNAIL))
        self.seen.setPixmap(pixmap_of(seen, THUMBNAIL))
        colour = seen.ndim == 3
        if colour:
            self.channels.set_photo(seen)
        self.channels.setVisible(colour)
        self.equals.setVisible(colour)
        self._seen_shape = seen.shape[:2]
        self._write_step()

    # -- CIFAR-10 ------------------------------------------------------------------------------
    def show_cifar(self, index: int) -> None:
        """Show test photo ``index`` (wrapping around), loading the photos first if needed."""
        dataset = self.session.datasets.get(CIFAR_KEY)
        if dataset is None:
            self._index = index
            self._load_cifar()
            return
        self._index = index % len(dataset.x_test)
        self._cifar_photo = dataset.x_test[self._index]
        if self.source() != CIFAR:
            self.set_source(CIFAR)  # emits changed through _source_chosen
            return
        self._write_caption()
        self.changed.emit()

    def _random(self) -> None:
        dataset = self.session.datasets.get(CIFAR_KEY)
        count = len(dataset.x_test) if dataset is not None else 10_000
        self.show_cifar(int(self._rng.integers(count)))

    def _load_cifar(self) -> None:
        if self._call is not None:
            return

        def load() -> object:
            from engine.datasets.cifar import load_cifar10

            return load_cifar10()

        self._call = run_in_background(load, self._cifar_loaded, self._cifar_failed,
                                       name="cnn-lab-cifar-load")
        self._write_caption()
        self._update_controls()

    def _cifar_loaded(self, dataset: object) -> None:
        self._call = None
        self.session.datasets[CIFAR_KEY] = dataset
        self._update_controls()
        if self.source() == CIFAR:
            self.show_cifar(self._index)
        else:  # the person chose another source meanwhile: keep it
            self._cifar_photo = dataset.x_test[self._index % len(dataset.x_test)]

    def _cifar_failed(self, error: Exception) -> None:
        self._call = None
        self.caption.setText(self.tr("The CIFAR-10 photos could not be read: {error}").format(
            error=error))
        self._update_controls()
        self.changed.emit()

    # -- a file --------------------------------------------------------------------------------
    def _ask_for_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a photo"), "",
            self.tr("Images ({extensions})").format(extensions=PHOTO_FILTER_EXTENSIONS))
        if path:
            self.open_photo(path)

    def open_photo(self, path: str) -> bool:
        """Read the photo at ``path`` and show it; False (with a message) if it is no image."""
        from pathlib import Path

        from engine.models.photos import PhotoError, read_photo

        try:
            photo = read_photo(path)
        except PhotoError:
            self.caption.setText(self.tr("“{name}” is not an image this program can read; "
                                         "choose a PNG or JPEG photo.").format(
                                             name=Path(path).name))
            return False
        self._file_photo, self._file_name = photo, Path(path).name
        if self.source() != FILE:
            self.set_source(FILE)
        else:
            self._write_caption()
            self.changed.emit()
        return True

    # -- state and text ------------------------------------------------------------------------
    def _source_chosen(self) -> None:
        source = self.source()
        self._update_controls()
        if source == CIFAR and self._cifar_photo is None:
            self.show_cifar(self._index)  # the first photo (loading the photos first)
            if self._cifar_photo is not None:
                return  # shown, and announced, by show_cifar
        self._write_caption()
        self.changed.emit()

    def _update_controls(self) -> None:
        browsing = self.source() == CIFAR and self._call is None
        for button in (self.previous_button, self.next_button, self.random_button):
            button.setVisible(self.source() == CIFAR)
            button.setEnabled(browsing)
        self.open_button.setVisible(self.source() == FILE)
        self.step_row.setVisible(self.photo() is not None)

    def _write_caption(self) -> None:
        source = self.source()
        dataset = self.session.datasets.get(CIFAR_KEY)
        if source == DRAWING:
            text = self.tr("The digit drawn in the Draw tab, or the picture another tab sent "
                           "here.")
        elif source == CIFAR and dataset is None:
            text = self.tr("Loading the CIFAR-10 photos…")
        elif source == CIFAR:
            names = dataset.class_names_pt if i18n.current_language() == i18n.PORTUGUESE \
                else dataset.class_names
            text = self.tr("Test photo {number} of {total} — true class: {name}").format(
                number=i18n.integer(self._index + 1), total=i18n.integer(len(dataset.x_test)),
                name=names[int(dataset.y_test[self._index])])
        elif self._file_name:
            text = self.tr("Photo “{name}”").format(name=self._file_name)
        else:
            text = self.tr("Press “Open photo…” to classify a photo of your own.")
        self.caption.setText(text)

    def _write_step(self) -> None:
        photo = self.photo()
        if photo is None:
            return
        (height, width), (seen_h, seen_w) = photo.shape[:2], self._seen_shape
        self.step_caption.setText(self.tr(
            "Original {w} × {h} pixels → {seen_w} × {seen_h}, as the model reads it").format(
            w=i18n.integer(width), h=i18n.integer(height), seen_w=seen_w, seen_h=seen_h))

    def retranslate(self) -> None:
        self.source_label.setText(self.tr("Input:"))
        self.choice.setItemText(0, self.tr("Drawing"))
        self.choice.setItemText(1, self.tr("CIFAR-10 photo"))
        self.choice.setItemText(2, self.tr("Photo from a file"))
        self.choice.setToolTip(self.tr("What the network reads: the digit drawn in the Draw "
                                       "tab, a test photo of CIFAR-10, or a photo of yours."))
        self.previous_button.setToolTip(self.tr("Previous test photo"))
        self.next_button.setToolTip(self.tr("Next test photo"))
        self.random_button.setText(self.tr("Random"))
        self.random_button.setToolTip(self.tr("A test photo chosen at random"))
        self.open_button.setText(self.tr("Open photo…"))
        self.open_button.setToolTip(self.tr("Classify any image file: it is shrunk to the "
                                            "size the network reads"))
        self.original.setToolTip(self.tr("The photo as it is"))
        self.seen.setToolTip(self.tr("The photo as the model reads it"))
        self._write_caption()
        if self.photo() is not None and self.step_caption.text():
            self._write_step()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
