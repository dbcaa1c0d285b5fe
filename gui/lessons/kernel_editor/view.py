"""The widgets of the kernel editor lesson and their texts; ``KernelEditorLesson`` drives them.

Left: the kernel (preset, grid of numbers, size), then stride, padding, ReLU and the output
size formula. Right: the grey input and the response side by side, drawn at the same scale,
so a stride of 2 visibly halves the picture, with a colour bar that gives the numbers.
"""

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import style
from gui.lessons.common import lesson_title
from gui.widgets.big_label import big_label as _big_label
from gui.widgets.hint_label import HintLabel
from gui.widgets.image_source import ImageSource
from gui.widgets.matrix_grid import MatrixGrid
from gui.widgets.pixel_view import PixelView
from gui.widgets.spin import spin

MAX_KERNEL = 7
MAX_STRIDE = 8
MAX_PADDING = 5  # "same" never needs more than 3 a side with a 7×7 kernel
DIVERGING_MAP = "CET-D1"  # blue – white – red, the same map as the model's filters
SEQUENTIAL_MAP = "CET-L1"  # black – white: a response of one sign (a blur) looks like a photo
BAR_WIDTH = 92
VIEW_HINT = 260  # preferred side of each picture; they grow with the window
LEFT_WIDTH = 290  # the kernel column, at least; wider when a language's titles need it


def _button(name: str, checkable: bool = False) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setCheckable(checkable)
    return button


class ImageView(PixelView):
    """A PixelView that asks for a modest size: pyqtgraph asks for 600×480, which made the
    scroll area reserve more height than a 768-pixel projector has."""

    def sizeHint(self) -> QSize:
        return QSize(VIEW_HINT, VIEW_HINT)


class ColourBar(pg.GraphicsLayoutWidget):
    """The response's colour scale with numbers: blue negative, white zero, red positive when
    the response has both signs; black to white when it has one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colourBar")
        self.setBackground(style.CHART_BACKGROUND)
        self.setFixedWidth(BAR_WIDTH)
        self.colour_map = DIVERGING_MAP
        self.bar = pg.ColorBarItem(values=(-1.0, 1.0), width=22,
                                   colorMap=pg.colormap.get(DIVERGING_MAP),
                                   interactive=False, colorMapMenu=False)
        font = QFont(self.font())
        font.setPointSize(11)
        self.bar.axis.setStyle(tickFont=font)
        self.bar.axis.setTextPen(style.CHART_TEXT)
        self.addItem(self.bar)

    def sizeHint(self) -> QSize:
        return QSize(BAR_WIDTH, VIEW_HINT)

    def set_levels(self, low: float, high: float) -> None:
        self.bar.setLevels((low, high))

    def set_colour_map(self, colour_map: str) -> None:
        self.colour_map = colour_map
        self.bar.setColorMap(pg.colormap.get(colour_map))

    def levels(self) -> tuple[float, float]:
        low, high = self.bar.levels()
        return float(low), float(high)


class KernelEditorView(QWidget):
    """Kernel, controls and formula on the left; input, response and colour bar on the right."""

    def __init__(self, session: object | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = lesson_title()
        # Wraps rather than widening the page: in presenter mode's large type the title, the
        # Exercises button and the picture chooser no longer fit 1024 px on one line.
        self.title.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.source = ImageSource(session, default="camera")
        self._make_kernel_controls()
        self._make_settings_controls()
        self._make_images()
        self._lay_out()

    # -- widgets ------------------------------------------------------------------------------
    def _make_kernel_controls(self) -> None:
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("kernelPreset")
        self.preset_description = QLabel()
        self.preset_description.setObjectName("presetDescription")
        self.preset_description.setWordWrap(True)
        self.kernel_grid = MatrixGrid(cell_size=60, max_extent=238)
        self.kernel_grid.setObjectName("kernelGrid")
        self.kernel_hint = HintLabel("kernelHint")
        self.kernel_rows = spin("kernelRows", 1, MAX_KERNEL, width=64)
        self.kernel_cols = spin("kernelCols", 1, MAX_KERNEL, width=64)
        self.kernel_size_label = QLabel()

    def _make_settings_controls(self) -> None:
        self.stride_spin = spin("strideSpin", 1, MAX_STRIDE, width=64)
        self.padding_spin = spin("paddingSpin", 0, MAX_PADDING, width=64)
        self.valid_button = _button("validButton")
        self.same_button = _button("sameButton", checkable=True)
        self.relu_check = QCheckBox()
        self.relu_check.setObjectName("reluCheck")
        self.stride_label, self.padding_label = QLabel(), QLabel()
        self.size_formula = _big_label("outputSizeFormula", 13)
        self.problem_label = HintLabel("problemLabel")

    def _make_images(self) -> None:
        self.input_view = ImageView(colour_map=None)
        self.input_view.setObjectName("inputView")
        self.output_view = ImageView(colour_map=DIVERGING_MAP)
        self.output_view.setObjectName("outputView")
        self.colour_bar = ColourBar()
        for view in (self.input_view, self.output_view):
            view.setMinimumSize(170, 170)
        self.input_size = _big_label("inputSizeLabel", 12)
        self.output_size = _big_label("outputSizeLabel", 12)
        self.response_info = _big_label("responseInfo", 13)
        self.response_info.setMinimumHeight(48)
        self.legend = QLabel()
        self.legend.setObjectName("colourLegend")
        self.legend.setWordWrap(True)

    # -- layout -------------------------------------------------------------------------------
    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)  # the room left is the title's, to stay on one line
        header.addWidget(self.source, 0, Qt.AlignmentFlag.AlignBottom)
        self.source.setMinimumWidth(300)
        left = QVBoxLayout()
        left.addWidget(self._kernel_box())
        left.addWidget(self._settings_box())
        for label in (self.problem_label, self.legend):
            label.setFixedWidth(LEFT_WIDTH)
            left.addWidget(label)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addLayout(self._images_column(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)

    def _kernel_box(self) -> QGroupBox:
        self.kernel_box = QGroupBox()
        self.kernel_box.setFixedWidth(LEFT_WIDTH)
        column = QVBoxLayout(self.kernel_box)
        column.addWidget(self.preset_combo)
        column.addWidget(self.preset_description)
        column.addWidget(self.kernel_grid, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.kernel_hint)
        size_row = QHBoxLayout()
        for widget in (self.kernel_size_label, self.kernel_rows, QLabel("×"), self.kernel_cols):
            size_row.addWidget(widget)
        size_row.addStretch(1)
        column.addLayout(size_row)
        return self.kernel_box

    def _settings_box(self) -> QGroupBox:
        self.settings_box = QGroupBox()
        self.settings_box.setFixedWidth(LEFT_WIDTH)
        grid = QGridLayout(self.settings_box)
        grid.addWidget(self.stride_label, 0, 0)
        grid.addWidget(self.stride_spin, 0, 1)
        # The padding label has its own row: beside its spin box and two buttons,
        # "Preenchimento — padding (p):" was cut to "Preenchimento — pac".
        grid.addWidget(self.padding_label, 1, 0, 1, 2)
        padding_row = QHBoxLayout()
        padding_row.addSpacing(12)
        for widget in (self.padding_spin, self.valid_button, self.same_button):
            padding_row.addWidget(widget)
        padding_row.addStretch(1)
        grid.addLayout(padding_row, 2, 0, 1, 2)
        grid.addWidget(self.relu_check, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return self.settings_box

    def _images_column(self) -> QVBoxLayout:
        # One grid: both views share a row and have equal columns, so they are the same size
        # and therefore drawn at the same scale (see show_at_common_scale); the colour bar
        # has its own column.
        self.input_title = _big_label("inputTitle", 12, bold=True)
        self.output_title = _big_label("outputTitle", 12, bold=True)
        images = QGridLayout()
        images.addWidget(self.input_title, 0, 0)
        images.addWidget(self.output_title, 0, 1, 1, 2)
        images.addWidget(self.input_view, 1, 0)
        images.addWidget(self.output_view, 1, 1)
        images.addWidget(self.colour_bar, 1, 2)
        images.addWidget(self.input_size, 2, 0, Qt.AlignmentFlag.AlignTop)
        images.addWidget(self.output_size, 2, 1, 1, 2, Qt.AlignmentFlag.AlignTop)
        images.setColumnStretch(0, 1)
        images.setColumnStretch(1, 1)
        images.setRowStretch(1, 1)
        column = QVBoxLayout()
        column.addLayout(images, 1)
        column.addWidget(self.response_info)
        column.addWidget(self.size_formula)
        return column

    def show_at_common_scale(self, extent: tuple[int, int]) -> None:
        """Frame both pictures in the same (rows, cols) extent, centred, so one screen pixel
        covers as many image pixels in both: a smaller output really looks smaller."""
        height, width = extent
        for view in (self.input_view, self.output_view):
            rows, cols = view.image().shape
            view.view.setRange(QRectF(-(width - cols) / 2, -(height - rows) / 2, width, height),
                               padding=0.02)

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Filters and edge detection"))
        self.intro.setText(self.tr(
            "The kernel slides over the grey picture; at each position the pixels under it are "
            "multiplied by its weights and added. Edit any weight or choose a preset: the "
            "response (the feature map) is redrawn at once."))
        self.kernel_box.setTitle(self.tr("Kernel (filter)"))
        self.settings_box.setTitle(self.tr("Stride, padding and activation"))
        self.input_title.setText(self.tr("Input (grey)"))
        self.output_title.setText(self.tr("Output (feature map)"))
        self.kernel_size_label.setText(self.tr("Size:"))
        self.stride_label.setText(self.tr("Stride (s):"))
        self.padding_label.setText(self.tr("Padding (p):"))
        self.valid_button.setText(self.tr("valid"))
        self.same_button.setText(self.tr("same"))
        self.relu_check.setText(self.tr("ReLU: negative responses become 0"))
        self._retranslate_tooltips()
        self._fit_left_column()

    def _fit_left_column(self) -> None:
        """One width for the left column, wide enough for its boxes' titles in this language
        (a fixed 290 px cut "…(padding) e ativação")."""
        boxes = (self.kernel_box, self.settings_box)
        for box in boxes:
            box.setMinimumWidth(0)
            box.setMaximumWidth(16777215)
        width = max([LEFT_WIDTH] + [box.minimumSizeHint().width() for box in boxes])
        for widget in (*boxes, self.problem_label, self.legend):
            widget.setFixedWidth(width)

    def _retranslate_tooltips(self) -> None:
        self.preset_combo.setToolTip(self.tr(
            "Ready-made kernels: the deck's vertical and horizontal edge detectors and other "
            "classic image filters."))
        self.kernel_grid.setToolTip(self.tr(
            "The kernel's weights: click a cell and type a number to change one."))
        self.kernel_rows.setToolTip(self.tr("Rows of the kernel (k), from 1 to 7."))
        self.kernel_cols.setToolTip(self.tr("Columns of the kernel (k), from 1 to 7."))
        self.stride_spin.setToolTip(self.tr(
            "How many pixels the kernel moves at each step: a larger stride gives a smaller "
            "output."))
        self.padding_spin.setToolTip(self.tr(
            "Rings of zeros added around the picture, to keep the output larger and the "
            "borders' information."))
        self.valid_button.setToolTip(self.tr("No padding (Keras padding=\"valid\")."))
        self.same_button.setToolTip(self.tr(
            "Keep just enough padding for an output of ⌈n/s⌉ pixels (Keras padding=\"same\"), "
            "even when the kernel or the stride change."))
        self.relu_check.setToolTip(self.tr(
            "Apply the ReLU activation, max(0, x), as a Conv2D layer with activation=\"relu\" "
            "does."))
