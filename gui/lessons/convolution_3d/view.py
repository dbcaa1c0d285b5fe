"""The widgets of the 3-D convolution lesson and their texts; the lesson drives them.

Top: the picture and the sizes. Middle: the input (with its padding and the hovered cell's
receptive field), the feature maps and the hovered cell's sum. Bottom: the filters.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui import style
from gui.lessons.common import lesson_title
from gui.lessons.convolution_3d.kernels import KernelEditor
from gui.lessons.convolution_3d.maps import ColourBar, DivergingMapGrid
from gui.widgets.big_label import text_label as _label
from gui.widgets.image_source import ImageSource
from gui.widgets.spin import spin
from gui.widgets.zoom_image_view import ZoomImageView

SIDES = (32, 48, 64, 96)
PANEL_SIZE = 240  # input and maps side by side beside the sum, within 830 px


class Convolution3DView(QWidget):
    """Every widget of the lesson, laid out; texts in ``retranslate``."""

    def __init__(self, session: object | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = lesson_title()
        self.intro = _label("lessonIntro")
        self.source = ImageSource(session, photos=True)
        self.source.setObjectName("imageSource")
        self.size_label, self.stride_label, self.padding_label = QLabel(), QLabel(), QLabel()
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("sizeCombo")
        for side in SIDES:
            self.size_combo.addItem(f"{side}", side)
        self.stride_spin = spin("strideSpin", 1, 4, width=60)
        self.padding_spin = spin("paddingSpin", 0, 3, width=60)
        self.input_title = _label("inputTitle", 12, bold=True)
        self.input_view = ZoomImageView()
        self.input_view.setObjectName("inputView")
        self.input_view.zoomable = False
        self.grey_note = _label("greyNote")
        self.grey_note.setStyleSheet(f"color: {style.NOTE_BROWN};")
        self.maps_title = _label("mapsTitle", 12, bold=True)
        self.maps = DivergingMapGrid()
        self.colour_bar = ColourBar()
        self.legend = _label("mapsLegend", 9)
        self.cell_title = _label("cellTitle", 11)
        self.cell_sum = _label("cellSum", 14, bold=True)
        self.size_formula = _label("outputSizeFormula", 10)
        self.size_formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kernels = KernelEditor()
        self._lay_out()

    def _lay_out(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self.source, 1)
        for widget in (self.size_label, self.size_combo, self.stride_label, self.stride_spin,
                       self.padding_label, self.padding_spin):
            controls.addWidget(widget)
        for view in (self.input_view, self.maps):
            view.setMinimumSize(PANEL_SIZE - 40, PANEL_SIZE - 40)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        middle = QGridLayout()
        middle.addWidget(self.input_title, 0, 0)
        middle.addWidget(self.input_view, 1, 0)
        below_input = QVBoxLayout()
        below_input.addWidget(self.size_formula)
        below_input.addWidget(self.grey_note)
        middle.addLayout(below_input, 2, 0)
        middle.addWidget(self.maps_title, 0, 1)
        middle.addWidget(self.maps, 1, 1)
        middle.addWidget(self.colour_bar, 2, 1, Qt.AlignmentFlag.AlignTop)
        middle.addWidget(self._sum_panel(), 0, 2, 3, 1)
        middle.setColumnStretch(0, 3)
        middle.setColumnStretch(1, 3)
        middle.setColumnStretch(2, 2)
        middle.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(controls)
        layout.addLayout(middle, 1)
        layout.addWidget(self.kernels)

    def _sum_panel(self) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setMinimumWidth(200)
        column = QVBoxLayout(frame)
        for widget in (self.cell_title, self.cell_sum, self.legend):
            column.addWidget(widget)
        column.addStretch(1)
        return frame

    def retranslate(self) -> None:
        self.title.setText(self.tr("Convolution over colour (3-D)"))
        self.intro.setText(self.tr(
            "Each filter spans all three channels: 3×3×3 = 27 weights. At every position it "
            "multiplies the 27 input numbers under it, adds them (and a bias) into one value of "
            "its feature map. Point at a feature map to see where its value comes from."))
        self.size_label.setText(self.tr("Size:"))
        self.stride_label.setText(self.tr("Stride (s):"))
        self.padding_label.setText(self.tr("Padding (p):"))
        self.maps_title.setText(self.tr("Feature maps (one per filter)"))
        self.legend.setText(self.tr(
            "Blue: negative, white: zero, red: positive. Each map has its own scale, ±its "
            "largest value, written in its title."))
        self.colour_bar.set_labels(self.tr("−max"), "0", self.tr("+max"))
        self.size_combo.setToolTip(self.tr(
            "The photo is shrunk so its longest side has this many pixels: small enough to "
            "see each receptive field, large enough to recognise the picture."))
        self.stride_spin.setToolTip(self.tr(
            "How many pixels the filter moves at each step: a larger stride gives a smaller "
            "feature map."))
        self.padding_spin.setToolTip(self.tr(
            "Rings of zeros added around the image (grey), so the filter can also be centred "
            "on border pixels."))
        self.maps.setToolTip(self.tr(
            "Point at a cell: its input region is outlined and its sum written out."))
        self.kernels.retranslate()
