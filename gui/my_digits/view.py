"""The parts of the "My digits" browser: the per-class counts (also a filter) and the thumbnails.

Counts come first because balance matters: ten 7s and no 1s teach the network about 7s only.
Each count is a button that shows that class alone; "All" shows every digit, grouped by class.
Thumbnails are the 28 × 28 digits at 2 ×, without smoothing, white on black as the network
reads them, each captioned with its label.
"""

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from engine.datasets.my_digits import DigitItem
from gui import i18n
from gui.widgets.add_digit_bar import DIGIT_KEYS
from gui.widgets.image_strip import to_qimage

ALL = 10  # the filter that shows every class (QButtonGroup ids must not be -1)
THUMB = 56  # 28 × 28 at 2 ×
PATH_ROLE = Qt.ItemDataRole.UserRole
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1


class ClassCounts(QWidget):
    """"All" and one button per digit with its count; choosing one filters the thumbnails."""

    filterChanged = Signal(int)  # ALL or a digit 0…9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classCounts")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        font = QFont(self.font())
        font.setPointSizeF(max(12.0, font.pointSizeF() * 1.25))
        self.buttons: dict[int, QPushButton] = {}
        for key in (ALL, *range(10)):
            button = QPushButton()
            button.setObjectName("classFilterAll" if key == ALL else f"classFilter{key}")
            button.setCheckable(True)
            button.setFont(font)
            button.setMinimumWidth(46)
            self.group.addButton(button, key)
            row.addWidget(button, 2 if key == ALL else 1)
            self.buttons[key] = button
        self.buttons[ALL].setChecked(True)
        self.group.idClicked.connect(self.filterChanged)
        self._counts = np.zeros(10, np.int64)
        self._all_text = "All"

    def set_counts(self, counts: Sequence[int], all_text: str) -> None:
        """Show each class's count (two lines: the digit, then how many)."""
        self._counts = np.asarray(counts, np.int64)
        self._all_text = all_text
        self.buttons[ALL].setText(f"{all_text}\n{i18n.integer(int(self._counts.sum()))}")
        # As wide as its longest line: at the smallest window "Todos" was cut to "Todo".
        metrics = self.buttons[ALL].fontMetrics()
        widest = max(metrics.horizontalAdvance(line)
                     for line in self.buttons[ALL].text().splitlines())
        self.buttons[ALL].setMinimumWidth(max(46, widest + 16))
        for digit in range(10):
            count = int(self._counts[digit])
            button = self.buttons[digit]
            button.setText(f"{digit}\n{i18n.integer(count)}")
            button.setStyleSheet("" if count else "color: #9e9e9e;")  # an empty class, greyed

    def count_text(self, digit: int) -> str:
        """What the button of ``digit`` (or ALL) shows, on one line ("7: 3")."""
        return self.buttons[digit].text().replace("\n", ": ")

    def current(self) -> int:
        return self.group.checkedId()

    def choose(self, key: int) -> None:
        self.buttons[key].setChecked(True)
        self.filterChanged.emit(key)


class DigitThumbnails(QListWidget):
    """The digits as a grid of thumbnails; Delete removes, 0–9 relabels the selection."""

    deleteRequested = Signal()
    relabelRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("digitThumbnails")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 16, THUMB + 30))
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        font = QFont(self.font())
        font.setPointSizeF(max(12.0, font.pointSizeF() * 1.2))
        font.setBold(True)
        self.setFont(font)

    def show_digits(self, digits: Sequence[DigitItem], keep_selected: set[Path]) -> None:
        """Replace the thumbnails (already grouped by class) and reselect ``keep_selected``."""
        self.clear()
        for digit in digits:
            pixmap = QPixmap.fromImage(to_qimage(digit.image)).scaled(
                THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation)  # blocks, not a blur
            item = QListWidgetItem(QIcon(pixmap), str(digit.label))
            item.setData(PATH_ROLE, str(digit.path))
            item.setData(LABEL_ROLE, digit.label)
            item.setToolTip(digit.path.name)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
            item.setSelected(digit.path in keep_selected)

    def select_paths(self, paths: set[Path]) -> None:
        for index in range(self.count()):
            item = self.item(index)
            item.setSelected(Path(item.data(PATH_ROLE)) in paths)

    def selected_paths(self) -> list[Path]:
        return [Path(item.data(PATH_ROLE)) for item in self.selectedItems()]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        digit = DIGIT_KEYS.get(key)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
        elif digit is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.relabelRequested.emit(digit)  # not keyboard search: digits are labels here
        else:
            super().keyPressEvent(event)
            return
        event.accept()
