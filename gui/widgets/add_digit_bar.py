""""Add to my digits": keep the digit the network just read, with the right label.

A strip under a prediction (the Draw tab's, the webcam's): the candidate as the network reads
it (28 × 28, shown at 2 × so its pixels stay visible), the label — the network's answer
until the person corrects it, with one key press 0–9 while the bar has focus or with the
chooser — and a button that saves it into the collection (``engine.datasets.my_digits``).

Correcting is the point: the digits a network gets *wrong*, saved with the right label, are
the ones fine-tuning learns the most from. So the bar says when the label differs from the
network's answer. After adding, the button waits for a new candidate: one drawing is one
digit, not ten copies from impatient clicks.
"""

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPixmap
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from engine.datasets.my_digits import MyDigits, as_digit_pixels
from gui import i18n, style
from gui.widgets.image_strip import to_qimage

THUMB_SCALE = 2  # 28 × 28 shown as 56 × 56: small, but every pixel still a visible block
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(10)}


class AddDigitBar(QWidget):
    """Candidate thumbnail, label (0–9 keys or chooser) and "Add to my digits"."""

    added = Signal(Path)

    def __init__(self, session: object = None, collection: MyDigits | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addDigitBar")
        self.session = session  # the lab's session: kept for views that need its model
        self._collection = collection  # None: the app's own folder, looked up on each add
        self._pixels: np.ndarray | None = None
        self._empty_hint: Callable[[], str] | None = None  # None: the Draw tab's words
        self._predicted: int | None = None
        self._corrected = False
        self._added: Path | None = None
        self._total: int | None = None  # collection size after the last add
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a click on the bar gives it the keys
        self._build()
        self.retranslate()
        self._refresh()

    def _build(self) -> None:
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("candidateThumbnail")
        self.thumbnail.setFixedSize(28 * THUMB_SCALE + 2, 28 * THUMB_SCALE + 2)
        self.thumbnail.setStyleSheet("background: #202020; border: 1px solid #777777;")
        self.label_choice = QComboBox()
        self.label_choice.setObjectName("candidateLabel")
        self.label_choice.addItems([str(digit) for digit in range(10)])
        self.label_choice.setPlaceholderText("?")
        font = QFont(self.font())
        font.setPointSizeF(max(18.0, font.pointSizeF() * 1.8))
        font.setBold(True)
        self.label_choice.setFont(font)
        # Any change the person makes (the popup, or typing a digit on the chooser itself);
        # changes made by the code are blocked in _show_label.
        self.label_choice.currentIndexChanged.connect(self.set_label)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addToMyDigitsButton")
        self.add_button.clicked.connect(self.add)
        self.status = QLabel()
        self.status.setObjectName("addDigitStatus")
        self.status.setWordWrap(True)
        # The status sits beside the thumbnail, not under it: the Draw tab must still fit a
        # 1024 × 768 projector with the bar below its probability bars.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.thumbnail, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.label_choice, 0, 1)
        grid.addWidget(self.add_button, 0, 2)
        grid.addWidget(self.status, 1, 1, 1, 2)
        grid.setColumnStretch(2, 1)

    # -- the candidate ---------------------------------------------------------------------------
    def set_candidate(self, image28: np.ndarray | None, predicted: int | None) -> None:
        """A new digit to offer (float 0–1 or uint8 28 × 28) and the network's answer.

        The same pixels again (a new model, a new language) keep a label the person chose.
        """
        pixels = None if image28 is None else as_digit_pixels(image28)
        same = (pixels is not None and self._pixels is not None
                and np.array_equal(pixels, self._pixels))
        if not same:
            self._pixels, self._added, self._corrected = pixels, None, False
        self._predicted = predicted if pixels is not None else None
        if not self._corrected:
            self._show_label(self._predicted)
        self._refresh()

    def set_label(self, digit: int) -> None:
        """The person's label for the candidate (a key press 0–9 or the chooser)."""
        if self._pixels is None or not 0 <= digit <= 9:
            return
        self._corrected = True
        self._show_label(digit)
        self._refresh()

    def label(self) -> int | None:
        index = self.label_choice.currentIndex()
        return index if index >= 0 else None

    def candidate(self) -> np.ndarray | None:
        return self._pixels

    def _show_label(self, digit: int | None) -> None:
        with QSignalBlocker(self.label_choice):
            self.label_choice.setCurrentIndex(-1 if digit is None else int(digit))

    # -- adding ------------------------------------------------------------------------------------
    def collection(self) -> MyDigits:
        return self._collection if self._collection is not None else MyDigits()

    def add(self) -> Path | None:
        """Save the candidate with its label; returns the new file (None if nothing to add)."""
        label = self.label()
        if self._pixels is None or label is None or self._added is not None:
            return None
        collection = self.collection()
        try:
            path = collection.add(self._pixels, label)
        except OSError as error:
            self._show_status(self.tr("Could not save the digit: {reason}").format(
                reason=error.strerror or error), problem=True)
            return None
        self._added, self._total = path, len(collection)
        self._refresh()
        self.added.emit(path)
        return path

    def set_empty_hint(self, hint: Callable[[], str]) -> None:
        """What to say while there is no digit (each page its own words; called per language)."""
        self._empty_hint = hint
        self._refresh()

    # -- what is shown -----------------------------------------------------------------------------
    def _refresh(self) -> None:
        self._show_thumbnail()
        label = self.label()
        self.add_button.setEnabled(self._pixels is not None and label is not None
                                   and self._added is None)
        self.label_choice.setEnabled(self._pixels is not None and self._added is None)
        if self._pixels is None:
            self._show_status(self._empty_hint() if self._empty_hint is not None
                              else self.tr("Draw a digit to add it to your collection."))
        elif self._added is not None:
            text = self.tr("Added as {label}.").format(label=self._added.parent.name)
            if self._total is not None:
                text += " " + self.tr("My digits: {count} in all.").format(
                    count=i18n.integer(self._total))
            self._show_status(text)
        elif label is None:
            self._show_status(self.tr("Which digit is it? Press 0–9 or choose it."))
        elif self._corrected and label != self._predicted:
            self._show_status(self.tr("Your label: {label} (the network said {predicted}).")
                              .format(label=label, predicted=self._predicted
                                      if self._predicted is not None else "?"))
        else:
            self._show_status(self.tr("Wrong label? Press 0–9 to correct it before adding."))

    def _show_thumbnail(self) -> None:
        if self._pixels is None:
            self.thumbnail.clear()
            return
        pixmap = QPixmap.fromImage(to_qimage(self._pixels)).scaled(
            28 * THUMB_SCALE, 28 * THUMB_SCALE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation)  # no smoothing: pixels stay blocks
        self.thumbnail.setPixmap(pixmap)

    def _show_status(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style.REFUSED_STYLE if problem else "")

    # -- keys and language -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        digit = DIGIT_KEYS.get(Qt.Key(event.key()))
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if digit is not None and plain and self._pixels is not None:
            self.set_label(digit)
            event.accept()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add to my digits"))
        self.add_button.setToolTip(self.tr("Save this 28 × 28 digit with its label in your "
                                           "collection, to fine-tune the network on it later."))
        self.label_choice.setToolTip(self.tr("The digit's label: the network's answer until "
                                             "you correct it (press 0–9 or choose here)."))
        self.thumbnail.setToolTip(self.tr("The digit as the network reads it: 28 × 28 pixels."))
        self.setToolTip(self.tr("Click here, then press 0–9 to correct the label."))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
