"""The model as a clickable list of layers: name, kind, output shape and parameters.

Like ``model.summary()``, with the input as the first row and the total underneath, so students
see where the parameters are (the dense layer holds most of them) and how the maps shrink.
"""

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from engine.models.io import layer_summary
from gui import i18n

INPUT_ROW = "(input)"  # parentheses: Keras layer names cannot contain them
NAME_ROLE = Qt.ItemDataRole.UserRole
MAX_LIST_WIDTH = 420  # beyond this, a horizontal scroll bar: the window must fit 1024 px
# Keras' longest class names, shortened as people say them, so the list fits beside the maps.
SHORT_KINDS = {"BatchNormalization": "BatchNorm", "LayerNormalization": "LayerNorm",
               "GlobalAveragePooling2D": "GlobalAvgPool2D", "GlobalMaxPooling2D": "GlobalMaxPool2D"}
PREFERRED_FIRST = ("Conv2D", "DepthwiseConv2D", "SeparableConv2D")


class LayerList(QWidget):
    """``layerChosen(name)`` fires when the selection changes; names are Keras layer names."""

    layerChosen = Signal(object)  # str, or None when there is no model

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("layerList")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.setUniformRowHeights(True)
        self.total = QLabel()
        self.total.setObjectName("parameterTotal")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tree, 1)
        column.addWidget(self.total)
        self._model: Any = None
        self._layers: dict[str, Any] = {}
        self.tree.currentItemChanged.connect(self._current_changed)
        self.retranslate()

    def set_model(self, model: Any) -> None:
        """List ``model``'s layers, keeping the selected layer's name if the new model has it."""
        previous = self.current_name()
        self._model = model
        self._layers = {layer.name: layer for layer in model.layers} if model is not None else {}
        self.tree.blockSignals(True)
        self.tree.clear()
        if model is not None:
            self._add_rows(model)
        self.tree.blockSignals(False)
        self._select(previous if previous in self._names() else self._default_name())
        self._show_total()

    def _add_rows(self, model: Any) -> None:
        shape = " × ".join(str(d) for d in model.inputs[0].shape[1:])
        item = QTreeWidgetItem(self.tree, [self.tr("Input"), "", shape, "0"])
        item.setData(0, NAME_ROLE, INPUT_ROW)
        for row in layer_summary(model):
            if row["kind"] == "InputLayer" or not row["output_shape"]:
                continue
            shape = " × ".join(str(d) for d in row["output_shape"])
            kind = SHORT_KINDS.get(row["kind"], row["kind"])
            item = QTreeWidgetItem(self.tree, [row["name"], kind, shape,
                                               i18n.integer(row["parameters"])])
            item.setToolTip(1, row["kind"])  # the full Keras class name
            item.setData(0, NAME_ROLE, row["name"])
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        # Wide enough to show every column: the kinds and shapes are the lesson here.
        header = self.tree.header()
        columns = sum(max(self.tree.sizeHintForColumn(column), header.sectionSizeHint(column))
                      for column in range(4))
        scroll_bar = self.tree.verticalScrollBar().sizeHint().width()
        self.tree.setMinimumWidth(min(columns + scroll_bar + 2 * self.tree.frameWidth() + 4,
                                      MAX_LIST_WIDTH))

    def _names(self) -> list[str]:
        return [self.tree.topLevelItem(i).data(0, NAME_ROLE)
                for i in range(self.tree.topLevelItemCount())]

    def _default_name(self) -> str | None:
        """The first convolution: its feature maps are what students came to see."""
        for name in self._names():
            layer = self._layers.get(name)
            if layer is not None and type(layer).__name__ in PREFERRED_FIRST:
                return name
        names = self._names()
        return names[1] if len(names) > 1 else (names[0] if names else None)

    def _select(self, name: str | None) -> None:
        names = self._names()
        if name in names:
            self.tree.setCurrentItem(self.tree.topLevelItem(names.index(name)))
        else:
            self.layerChosen.emit(None)

    def select_layer(self, name: str) -> None:
        """Select a layer by name (what a click on its row does)."""
        if name not in self._names():
            raise KeyError(f"No layer {name!r}; the layers are {self._names()}")
        self._select(name)

    def current_name(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, NAME_ROLE) if item is not None else None

    def last_name(self) -> str | None:
        names = self._names()
        return names[-1] if names else None

    def layer(self, name: str | None) -> Any:
        """The Keras layer called ``name`` (None for the input row or no model)."""
        return self._layers.get(name) if name is not None else None

    def _current_changed(self, item: QTreeWidgetItem | None) -> None:
        self.layerChosen.emit(item.data(0, NAME_ROLE) if item is not None else None)

    def _show_total(self) -> None:
        if self._model is None:
            self.total.setText("")
            return
        self.total.setText(self.tr("{count} parameters in all").format(
            count=i18n.integer(self._model.count_params())))

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Layer"), self.tr("Kind"), self.tr("Output"),
                                   self.tr("Parameters")])
        self.tree.setToolTip(self.tr("Click a layer to see its output for the current input. "
                                     "“Output” is height × width × channels (feature maps)."))
        if self._model is not None:
            self.set_model(self._model)  # rebuilt: numbers are grouped the language's way
        self._show_total()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
