"""Widgets of the shift experiment: the digit with its arrow pad, and one panel per model."""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.style import set_font
from gui.widgets.pixel_view import PixelView
from gui.widgets.probability_bars import ProbabilityBars

DIGIT_VIEW_SIZE = 196  # 7 screen pixels per image pixel: each one visible from the back
ARROWS = {"shiftUp": ("↑", 0, 1), "shiftLeft": ("←", 1, 0), "shiftReset": ("", 1, 1),
          "shiftRight": ("→", 1, 2), "shiftDown": ("↓", 2, 1)}  # text, row, column of the pad
EXAMPLE_ID, DRAWING_ID = 0, 1


def _label(name: str, point_size: float = 0.0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    if point_size:
        set_font(label, point_size, bold)
    return label


class DigitBox(QFrame):
    """Which digit (the example or the drawing), the moved 28×28 image and the arrow pad."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.example_radio = QRadioButton()
        self.example_radio.setObjectName("exampleDigitRadio")
        self.example_radio.setChecked(True)
        self.drawing_radio = QRadioButton()
        self.drawing_radio.setObjectName("drawingRadio")
        self.sources = QButtonGroup(self)
        self.sources.addButton(self.example_radio, EXAMPLE_ID)
        self.sources.addButton(self.drawing_radio, DRAWING_ID)
        self.view = PixelView()
        self.view.setObjectName("shiftedDigit")
        self.view.setFixedSize(DIGIT_VIEW_SIZE, DIGIT_VIEW_SIZE)
        self.offset_label = _label("shiftLabel", 11, bold=True)
        self.legend = _label("shiftLegend")
        self.buttons: dict[str, QPushButton] = {}
        pad = QGridLayout()
        for name, (text, row, column) in ARROWS.items():
            button = QPushButton(text)
            button.setObjectName(name)
            button.setFixedHeight(32)
            button.setMinimumWidth(52)
            set_font(button, 16 if text else button.font().pointSizeF(), bold=bool(text))
            pad.addWidget(button, row, column)
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.example_radio)
        layout.addWidget(self.drawing_radio)
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(pad)
        layout.addWidget(self.offset_label)
        layout.addWidget(self.legend)
        layout.addStretch(1)
        self.setMaximumWidth(260)

    def show_digit(self, shifted: np.ndarray, original: np.ndarray) -> None:
        """The moved digit, with a frame around where the original's ink was."""
        self.view.set_image(shifted, levels=(0.0, 1.0))
        rows, cols = np.flatnonzero(original.any(axis=1)), np.flatnonzero(original.any(axis=0))
        if rows.size:
            self.view.set_outline(int(rows[0]), int(cols[0]), int(rows[-1]) + 1,
                                  int(cols[-1]) + 1)
        else:
            self.view.hide_outline()

    def retranslate(self) -> None:
        self.example_radio.setText(self.tr("Example digit (MNIST)"))
        self.example_radio.setToolTip(self.tr("A real handwritten 7 from the MNIST test digits"))
        self.drawing_radio.setText(self.tr("My drawing"))
        self.drawing_radio.setToolTip(self.tr(
            "The digit drawn in the Draw tab, as the networks read it (draw one there first)"))
        self.buttons["shiftReset"].setText(self.tr("Reset"))
        tips = {"shiftLeft": self.tr("Move the digit one pixel to the left"),
                "shiftRight": self.tr("Move the digit one pixel to the right"),
                "shiftUp": self.tr("Move the digit one pixel up"),
                "shiftDown": self.tr("Move the digit one pixel down"),
                "shiftReset": self.tr("Put the digit back where it was")}
        for name, tip in tips.items():
            self.buttons[name].setToolTip(tip)
        self.view.setToolTip(self.tr("The 28×28 image both networks read; uncovered pixels "
                                     "are black (zero)"))
        self.legend.setText(self.tr("Magenta frame: where the digit was before moving."))


class ModelPanel(QFrame):
    """One trained network: its name, the card's figures, and what it reads now."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = _label(f"{prefix}Title", 13, bold=True)
        self.subtitle = _label(f"{prefix}File")
        self.subtitle.setStyleSheet("color: #78909c;")
        self.parameters = _label(f"{prefix}Parameters", 13, bold=True)
        self.accuracy = _label(f"{prefix}Accuracy", 11)
        self.prediction = _label(f"{prefix}Prediction", 18, bold=True)
        self.bars = ProbabilityBars()
        self.bars.setObjectName(f"{prefix}Bars")
        # Ten rows of 25 px: big enough to read, small enough for the page to fit 768 px.
        self.bars.setMinimumHeight(200)
        self.bars.setMaximumHeight(260)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.subtitle, self.parameters, self.accuracy,
                       self.prediction):
            layout.addWidget(widget)
        layout.addWidget(self.bars)
        layout.addStretch(1)  # spare height goes below, not between the lines
