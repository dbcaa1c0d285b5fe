"""The filters of the 3-D convolution lesson: 3×3×3 weights each, edited channel by channel.

A filter on an RGB image is three 3×3 grids, one per channel, plus a bias. Recipes fill a
whole filter from the named presets of ``engine.numerics.kernels`` ("vertical edges in R only",
"brightness: 1/27 everywhere", "red minus green"); a preset can also be put into a single
channel, and a channel's signs flipped, so students build their own colour detectors.
"""

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from engine.numerics.kernels import PRESETS
from gui import i18n, style
from gui.widgets.hint_label import HintLabel
from gui.widgets.matrix_grid import MatrixGrid

CHANNELS = ("R", "G", "B")
CHANNEL_COLOURS = style.CHANNEL_COLOURS
KERNEL_SIDE = 3
CELL_SIZE = 46
# MatrixGrid sizes its font for short integers; 1/27 is "0.037", so these grids use a
# smaller font than MatrixGrid's own (cell / 3.6 pt) to keep five characters inside a cell.
CELL_FONT_RATIO = 4.8

# Per channel R, G, B: (preset key, factor) or None for zeros.
Recipe = tuple[tuple[str, float] | None, ...]
RECIPES: dict[str, Recipe] = {
    "vertical_r": (("vertical_edges", 1.0), None, None),
    "vertical_all": (("vertical_edges", 1.0),) * 3,
    "horizontal_all": (("horizontal_edges", 1.0),) * 3,
    "brightness": (("box_blur", 1 / 3),) * 3,  # 1/9 · 1/3 = 1/27: the mean of all 27 inputs
    "red_minus_green": (("identity", 1.0), ("identity", -1.0), None),
    "blue_minus_red": (("identity", -1.0), None, ("identity", 1.0)),
}
DEFAULT_FILTERS = ("vertical_r", "horizontal_all", "brightness", "red_minus_green")
CUSTOM = "custom"


def recipe_kernel(recipe: Recipe) -> np.ndarray:
    """The (3, 3, 3) weights a recipe describes."""
    weights = np.zeros((KERNEL_SIDE, KERNEL_SIDE, len(CHANNELS)))
    for channel, part in enumerate(recipe):
        if part is not None:
            key, factor = part
            weights[:, :, channel] = factor * PRESETS[key].kernel
    return weights


def channel_presets() -> list[str]:
    """The presets that fit a 3×3 channel slice."""
    return [key for key, preset in PRESETS.items()
            if preset.kernel.shape == (KERNEL_SIDE, KERNEL_SIDE)]


class KernelEditor(QWidget):
    """F filters of 3×3×3 weights and a bias each; one filter is shown at a time."""

    kernelEdited = Signal()  # weights or a bias changed
    filterShown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recipes = list(DEFAULT_FILTERS)
        self._kernel = np.stack([recipe_kernel(RECIPES[k]) for k in self._recipes], axis=-1)
        self._bias = np.zeros(len(self._recipes))
        self._make_widgets()
        self._lay_out()
        self._wire()
        self.retranslate()
        self.show_filter(0)

    # -- state --------------------------------------------------------------------------------
    def kernel(self) -> np.ndarray:
        """(3, 3, 3, F) weights, Keras' order: rows, columns, channels R G B, filters."""
        return self._kernel.copy()

    def bias(self) -> np.ndarray:
        return self._bias.copy()

    def current_filter(self) -> int:
        return self.tabs.currentIndex()

    def recipe(self, index: int) -> str:
        return self._recipes[index]

    def show_filter(self, index: int) -> None:
        """Show filter ``index``'s three grids, recipe and bias."""
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        for channel, grid in enumerate(self.grids):
            grid.set_matrix(self._kernel[:, :, channel, index])
        self.bias_spin.blockSignals(True)
        self.bias_spin.setValue(self._bias[index])
        self.bias_spin.blockSignals(False)
        self._show_recipe()
        self.filterShown.emit(index)

    def apply_recipe(self, key: str) -> None:
        index = self.current_filter()
        self._kernel[:, :, :, index] = recipe_kernel(RECIPES[key])
        self._recipes[index] = key
        self._changed(edited=False)

    def apply_channel_preset(self, channel: int, key: str | None) -> None:
        """Put preset ``key`` (None: zeros) into one channel of the filter shown."""
        preset = np.zeros((KERNEL_SIDE,) * 2) if key is None else PRESETS[key].kernel
        self._kernel[:, :, channel, self.current_filter()] = preset
        self._changed()

    def set_filters(self, kernel: np.ndarray, bias: np.ndarray, recipes: list[str]) -> None:
        """Every filter at once (an activity file): (3, 3, 3, F) weights, F biases and recipes."""
        self._kernel = np.array(kernel, dtype=np.float64)
        self._bias = np.array(bias, dtype=np.float64)
        self._recipes = list(recipes)
        self.show_filter(self.current_filter())
        self.kernelEdited.emit()

    def flip_channel(self, channel: int) -> None:
        self._kernel[:, :, channel, self.current_filter()] *= -1
        self._changed()

    # -- widgets ------------------------------------------------------------------------------
    def _make_widgets(self) -> None:
        self.tabs = QTabBar()
        self.tabs.setObjectName("filterTabs")
        for _ in self._recipes:
            self.tabs.addTab("")
        self.heading = QLabel()
        self.heading.setObjectName("kernelsTitle")
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.heading.setWordWrap(True)  # in presenter mode's large type it needs two lines
        self.recipe_label, self.bias_label = QLabel(), QLabel()
        self.recipe_combo = QComboBox()
        self.recipe_combo.setObjectName("filterPresetCombo")
        self.bias_spin = QDoubleSpinBox()
        self.bias_spin.setObjectName("biasSpin")
        self.bias_spin.setRange(-1000.0, 1000.0)
        self.bias_spin.setDecimals(1)
        self.bias_spin.setSingleStep(10.0)
        self.hint = HintLabel("kernelHint")
        self.hint.setMaximumWidth(230)
        self.titles, self.grids, self.preset_combos, self.flip_buttons = [], [], [], []
        for name, colour in zip(CHANNELS, CHANNEL_COLOURS, strict=True):
            title = QLabel()
            title.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 13pt;")
            grid = MatrixGrid(cell_size=CELL_SIZE, font_ratio=CELL_FONT_RATIO)
            grid.setObjectName(f"kernelGrid{name}")
            combo = QComboBox()
            combo.setObjectName(f"channelPreset{name}")
            flip = QPushButton("×(−1)")
            flip.setObjectName(f"flipSign{name}")
            flip.setFixedWidth(48)
            self.titles.append(title)
            self.grids.append(grid)
            self.preset_combos.append(combo)
            self.flip_buttons.append(flip)

    def _lay_out(self) -> None:
        # The filter's controls in a column beside its three grids: the editor stays short
        # enough for the whole lesson to fit a 768-pixel-high projector.
        side = QVBoxLayout()
        side.addWidget(self.heading)
        side.addWidget(self.tabs)
        side.addWidget(self.recipe_label)
        side.addWidget(self.recipe_combo)
        bias_row = QHBoxLayout()
        bias_row.addWidget(self.bias_label)
        bias_row.addWidget(self.bias_spin, 1)
        side.addLayout(bias_row)
        side.addWidget(self.hint)
        side.addStretch(1)
        channels = QGridLayout()
        for column in range(len(CHANNELS)):
            channels.addWidget(self.titles[column], 0, column)
            channels.addWidget(self.grids[column], 1, column)
            below = QHBoxLayout()
            below.addWidget(self.preset_combos[column], 1)
            below.addWidget(self.flip_buttons[column])
            channels.addLayout(below, 2, column)
            self.preset_combos[column].setMaximumWidth(110)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addLayout(channels)
        layout.addStretch(1)

    def _wire(self) -> None:
        self.tabs.currentChanged.connect(self.show_filter)
        self.recipe_combo.activated.connect(self._recipe_chosen)
        self.bias_spin.valueChanged.connect(self._bias_changed)
        for channel, grid in enumerate(self.grids):
            grid.valuesChanged.connect(lambda c=channel: self._cell_edited(c))
            grid.editRejected.connect(self.hint.show_problem)
            self.preset_combos[channel].activated.connect(
                lambda row, c=channel: self._channel_preset_chosen(c, row))
            self.flip_buttons[channel].clicked.connect(lambda _=False, c=channel:
                                                       self.flip_channel(c))

    # -- reactions ----------------------------------------------------------------------------
    def _changed(self, edited: bool = True) -> None:
        if edited:
            self._recipes[self.current_filter()] = CUSTOM
        self.hint.clear_problem()
        self.show_filter(self.current_filter())
        self.kernelEdited.emit()

    def _cell_edited(self, channel: int) -> None:
        self._kernel[:, :, channel, self.current_filter()] = self.grids[channel].values()
        self._changed()

    def _bias_changed(self, value: float) -> None:
        self._bias[self.current_filter()] = value
        self.kernelEdited.emit()

    def _recipe_chosen(self, row: int) -> None:
        key = self.recipe_combo.itemData(row)
        if key in RECIPES:
            self.apply_recipe(key)

    def _channel_preset_chosen(self, channel: int, row: int) -> None:
        combo = self.preset_combos[channel]
        key = combo.itemData(row)
        combo.setCurrentIndex(0)  # the combo is an action menu: it goes back to its prompt
        if row > 0:
            self.apply_channel_preset(channel, None if key == "zeros" else key)

    def _show_recipe(self) -> None:
        index = self.recipe_combo.findData(self._recipes[self.current_filter()])
        self.recipe_combo.setCurrentIndex(max(index, 0))

    # -- language -----------------------------------------------------------------------------
    def _recipe_titles(self) -> dict[str, str]:
        return {
            "vertical_r": self.tr("Vertical edges in R only"),
            "vertical_all": self.tr("Vertical edges in every channel"),
            "horizontal_all": self.tr("Horizontal edges in every channel"),
            "brightness": self.tr("Brightness: 1/27 everywhere"),
            "red_minus_green": self.tr("Red minus green"),
            "blue_minus_red": self.tr("Blue minus red"),
            CUSTOM: self.tr("Custom (edited)"),
        }

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Filters: 3×3×3 weights each"))
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, self.tr("Filter {index}").format(index=index))
        self.recipe_label.setText(self.tr("Recipe:"))
        self.bias_label.setText(self.tr("Bias:"))
        self.recipe_combo.blockSignals(True)
        self.recipe_combo.clear()
        for key, title in self._recipe_titles().items():
            self.recipe_combo.addItem(title, key)
        self.recipe_combo.blockSignals(False)
        self._show_recipe()
        language = i18n.current_language()
        channel_names = (self.tr("R (red)"), self.tr("G (green)"), self.tr("B (blue)"))
        for channel, combo in enumerate(self.preset_combos):
            self.titles[channel].setText(channel_names[channel])
            combo.clear()
            combo.addItem(self.tr("Preset…"), None)
            combo.addItem(self.tr("Zeros"), "zeros")
            for key in channel_presets():
                combo.addItem(PRESETS[key].label(language), key)
            combo.setToolTip(self.tr("Fill this channel's 3×3 weights with a named kernel."))
            self.flip_buttons[channel].setToolTip(self.tr(
                "Multiply this channel's weights by −1: a detector of the opposite change."))
        self._retranslate_tooltips()

    def _retranslate_tooltips(self) -> None:
        self.tabs.setToolTip(self.tr("Each filter makes one feature map; choose which to edit."))
        self.recipe_combo.setToolTip(self.tr(
            "Fill all 27 weights of this filter from a recipe of preset kernels."))
        self.bias_spin.setToolTip(self.tr(
            "A number added to every output value of this filter, after the 27 products."))
        for grid in self.grids:
            grid.setToolTip(self.tr(
                "This channel's 3×3 weights: double-click a cell or just type a number."))
