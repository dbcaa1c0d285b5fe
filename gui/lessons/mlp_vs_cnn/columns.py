"""One column of the parameter calculator: a kind of layer, its rule and its count."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from gui import style
from gui.i18n import integer

COUNT_POINTS = 22.0  # the answer, readable from the back of the room
TEXT_COLOURS = ("#d84315", "#b28704", "#0277bd")  # the bars' hues, dark enough on a light page


def big_label(name: str, point_size: float = 0.0, bold: bool = False, colour: str = "") -> QLabel:
    """A word-wrapped, selectable label, optionally large, bold or coloured."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if point_size:
        style.set_font(label, point_size, bold)
    if colour:
        label.setStyleSheet(f"color: {colour};")
    return label


class LayerColumn(QFrame):
    """One kind of layer: its name, rule, the rule's inputs, the arithmetic and the count."""

    def __init__(self, kind: str, colour: str, text_colour: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"LayerColumn {{ border-top: 6px solid {colour}; }}")
        self.title = big_label(f"{kind}Title", 12, bold=True)
        self.rule = big_label(f"{kind}Rule", 11)
        self.detail = big_label(f"{kind}Detail", 10)
        self.formula = big_label(f"{kind}Formula", 15, bold=True)
        self.count = big_label(f"{kind}Count", COUNT_POINTS, bold=True, colour=text_colour)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        for widget in (self.title, self.rule, self.detail, self.formula, self.count):
            layout.addWidget(widget)
        layout.addStretch(1)

    def set_count(self, count: int) -> None:
        """"= 25,120" in large type; very long counts get a smaller size so they fit a line."""
        text = f"=\u00a0{integer(count)}"  # a no-break space keeps "=" with its number
        font = QFont(self.count.font())
        font.setPointSizeF(COUNT_POINTS if len(text) <= 10 else COUNT_POINTS * 10 / len(text))
        self.count.setFont(font)
        self.count.setText(text)
