"""The selected layer's options as spin boxes, combos and a check box; changes apply live.

The form is made from the kind's default options (``layer_stack.default_options``), so it
follows whatever a kind can set: whole numbers become spin boxes, pairs (kernel, stride, pool)
two spin boxes "h × w", padding and activation combos, the dropout rate a decimal spin box.
"""

from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from gui.training.builder.texts import BuilderTexts

PAIR_MAX = 64  # a 64×64 kernel is already far beyond any digit network
COUNT_MAX = 4096


def _spin(name: str, low: int, high: int) -> QSpinBox:
    box = QSpinBox(objectName=name)
    box.setRange(low, high)
    box.setKeyboardTracking(False)  # typing "128" does not build 1, 12 and 128 in turn
    return box


class LayerEditor(QWidget):
    """``optionChanged(name, value)`` when a person changes an option of the shown layer."""

    optionChanged = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerEditor")
        self._texts = BuilderTexts(self)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._kind: str | None = None
        self._index = -2
        self._setters: dict[str, Any] = {}  # option → function showing a value silently
        self._labels: dict[str, QLabel] = {}
        # Always room for three rows (Conv2D's six options): a layer with fewer options must
        # not change the column's height, or Start would move under the teacher's pointer.
        row = _spin("probe", 0, 1).sizeHint().height()
        self.setMinimumHeight(3 * row + 2 * self._grid.verticalSpacing())

    def show_layer(self, index: int, spec: Any) -> None:
        """Edit ``spec`` (None: nothing selected); a new form only when the kind changes."""
        kind = spec.kind if spec is not None else None
        if (index, kind) != (self._index, self._kind):
            self._rebuild(spec)
            self._index, self._kind = index, kind
        if spec is not None:
            for name, setter in self._setters.items():
                setter(spec.option(name))

    def _rebuild(self, spec: Any) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Hidden at once: deleteLater waits for the event loop, and until then the old
                # form showed through the new one.
                widget.hide()
                widget.deleteLater()
        self._setters, self._labels = {}, {}
        if spec is None:
            return
        from engine.models.layer_stack import default_options

        options = default_options(spec.kind)
        per_column = max((len(options) + 1) // 2, 1)
        for position, (name, default) in enumerate(options.items()):
            widget = self._widget_for(name, default)
            if widget is None:
                continue
            # Column by column: sizes (filters, kernel, stride) left, choices right, so the
            # 400 px column of a 1024 px window holds two columns of options.
            column, row = divmod(position, per_column)
            if isinstance(widget, QCheckBox):  # its own text says what it is
                widget.setToolTip(self._texts.option_tip(name))
                self._grid.addWidget(widget, row, 2 * column, 1, 2)
                continue
            label = QLabel(self._texts.option_label(name))
            label.setBuddy(widget)
            label.setToolTip(self._texts.option_tip(name))
            widget.setToolTip(self._texts.option_tip(name))
            self._labels[name] = label
            self._grid.addWidget(label, row, 2 * column)
            self._grid.addWidget(widget, row, 2 * column + 1)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(3, 1)

    def _widget_for(self, name: str, default: Any) -> QWidget | None:
        from engine.models.layer_stack import ACTIVATIONS, PADDINGS

        if name == "padding" or name == "activation":
            return self._combo(name, PADDINGS if name == "padding" else ACTIVATIONS)
        if isinstance(default, bool):
            return self._check(name)
        if isinstance(default, float):
            return self._rate(name)
        if isinstance(default, int):
            return self._count(name)
        if isinstance(default, (tuple, list)) or default is None:
            return self._pair(name, allow_auto=default is None)
        return None

    def _combo(self, name: str, choices: Any) -> QComboBox:
        combo = QComboBox(objectName=f"option_{name}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(3)
        for choice in choices:
            combo.addItem(str(choice), choice)

        def show(value: Any) -> None:
            with QSignalBlocker(combo):
                combo.setCurrentIndex(max(combo.findData(value), 0))

        combo.currentIndexChanged.connect(
            lambda _i: self.optionChanged.emit(name, combo.currentData()))
        self._setters[name] = show
        return combo

    def _check(self, name: str) -> QCheckBox:
        box = QCheckBox(self._texts.option_label(name), objectName=f"option_{name}")

        def show(value: Any) -> None:
            with QSignalBlocker(box):
                box.setChecked(bool(value))

        box.toggled.connect(lambda on: self.optionChanged.emit(name, bool(on)))
        self._setters[name] = show
        return box

    def _rate(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(objectName=f"option_{name}")
        box.setRange(0.0, 0.95)
        box.setSingleStep(0.05)
        box.setDecimals(2)
        box.setKeyboardTracking(False)

        def show(value: Any) -> None:
            with QSignalBlocker(box):
                box.setValue(float(value or 0))

        box.valueChanged.connect(lambda value: self.optionChanged.emit(name, round(value, 4)))
        self._setters[name] = show
        return box

    def _count(self, name: str) -> QSpinBox:
        box = _spin(f"option_{name}", 1, COUNT_MAX)

        def show(value: Any) -> None:
            with QSignalBlocker(box):
                box.setValue(int(value or 1))

        box.valueChanged.connect(lambda value: self.optionChanged.emit(name, int(value)))
        self._setters[name] = show
        return box

    def _pair(self, name: str, allow_auto: bool) -> QWidget:
        """Two spin boxes "h × w"; with ``allow_auto`` 0 means Keras' default (None)."""
        holder = QWidget(objectName=f"option_{name}")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        boxes = (_spin(f"option_{name}_h", 0 if allow_auto else 1, PAIR_MAX),
                 _spin(f"option_{name}_w", 0 if allow_auto else 1, PAIR_MAX))
        row.addWidget(boxes[0], 1)
        row.addWidget(QLabel("×"))
        row.addWidget(boxes[1], 1)
        for box in boxes:
            if allow_auto:
                box.setSpecialValueText("auto")

        def show(value: Any) -> None:
            pair = (0, 0) if value is None else (
                tuple(value) if isinstance(value, (tuple, list)) else (value, value))
            for box, size in zip(boxes, pair, strict=False):
                with QSignalBlocker(box):
                    box.setValue(int(size))

        def changed(_value: int) -> None:
            height, width = boxes[0].value(), boxes[1].value()
            auto = allow_auto and (height == 0 or width == 0)
            self.optionChanged.emit(name, None if auto else (height, width))

        for box in boxes:
            box.valueChanged.connect(changed)
        self._setters[name] = show
        return holder

    def retranslate(self) -> None:
        for name, label in self._labels.items():
            label.setText(self._texts.option_label(name))
            label.setToolTip(self._texts.option_tip(name))
        for name in self._setters:
            widget = self.findChild(QWidget, f"option_{name}")
            if widget is not None:
                widget.setToolTip(self._texts.option_tip(name))
        box = self.findChild(QCheckBox, "option_use_bias")
        if box is not None:
            box.setText(self._texts.option_label("use_bias"))
