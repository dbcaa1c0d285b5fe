"""The Training tab's network step: build a CNN layer by layer, or open one to continue.

A preset (the course CNN by default, the default CNN, an MLP, LeNet-5, the colour CNN for
photos or an empty stack) or a
file starts the stack; rows can then be added, removed, duplicated, moved (keys or drag) and
edited live. Every change is analysed by the engine (``layer_stack.analyse``, which never
raises): each row shows its shapes, parameters and multiply-adds, and a layer that cannot work
says why in red. Start waits until the stack is valid (``problem_text``).
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.training.plan import image_shape
from gui import style
from gui.training.builder.editor import LayerEditor
from gui.training.builder.files import BuilderFiles
from gui.training.builder.rows import LayerRows
from gui.training.builder.sources import (
    ContinuedModel,
)
from gui.training.builder.stack_state import CUSTOM, StackState
from gui.training.builder.texts import BuilderTexts
from gui.workers import BackgroundCall

OPEN_FILE = "open-file"


class ModelBuilder(BuilderFiles, QWidget):
    """``stackChanged`` after every change of the network (layers, data, continued file)."""

    stackChanged = Signal()
    sourceChanged = Signal()  # kept for the tab: the same moments as stackChanged

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelBuilder")
        self.texts = BuilderTexts(self)
        self.state = StackState()
        self.state.restore()
        self._continued: ContinuedModel | None = None
        self._dataset: Any = None
        self._selected = 0
        self._request = self._shown = 0
        self._call: BackgroundCall | None = None
        self._report: Any = None
        self._build_widgets()
        self._build_layout()
        self._build_keys()
        self.retranslate()
        self._render()

    # -- widgets ---------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        from engine.models.layer_stack import LAYER_KINDS, PRESETS

        self.label = QLabel()
        self.kind = QComboBox(objectName="modelKind")
        # The longest item ("Open a .keras or .json file…") must not widen the whole column.
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(16)
        for key in (*PRESETS, CUSTOM):
            self.kind.addItem("", key)
        self.kind.insertSeparator(self.kind.count())
        self.kind.addItem("", OPEN_FILE)
        self.kind.activated.connect(self._chosen)
        self.save_button = self._tool("saveArchitectureButton", self.ask_where_to_save)
        self.add_button = self._tool("addLayerButton", None)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self)
        self.add_menu.setToolTipsVisible(True)
        for kind in LAYER_KINDS:
            action = self.add_menu.addAction(kind, lambda k=kind: self.add_layer(k))
            action.setData(kind)
        self.add_button.setMenu(self.add_menu)
        self.duplicate_button = self._tool("duplicateLayerButton", self.duplicate_selected)
        self.remove_button = self._tool("removeLayerButton", self.remove_selected)
        self.up_button = self._tool("moveUpButton", lambda: self.move_selected(-1))
        self.down_button = self._tool("moveDownButton", lambda: self.move_selected(1))
        self.undo_button = self._tool("undoLayerButton", self.undo)
        self.status = QLabel(objectName="trainingModelMessage")
        self.status.setWordWrap(True)
        self.rows = LayerRows()
        self.rows.currentRowChanged.connect(self._row_selected)
        self.rows.orderChanged.connect(self._reordered)
        self.editor = LayerEditor()
        self.editor.optionChanged.connect(self._option_changed)
        self.totals = QLabel(objectName="builderTotals")
        self.totals.setWordWrap(True)

    def _tool(self, name: str, slot: Any) -> QToolButton:
        button = QToolButton(objectName=name)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.label)
        top.addWidget(self.kind, 1)
        top.addWidget(self.save_button)
        actions = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.remove_button,
                       self.up_button, self.down_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(4)
        column.addLayout(top)
        column.addLayout(actions)
        column.addWidget(self.status)
        column.addWidget(self.rows, 1)
        column.addWidget(self.editor)
        column.addWidget(self.totals)

    def _build_keys(self) -> None:
        """Keys while the builder has the focus (the same keys elsewhere do other things)."""
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((("Del",), self.remove_selected), (("Ctrl+D",), self.duplicate_selected),
                           (("Alt+Up", "Ctrl+Up"), lambda: self.move_selected(-1)),
                           (("Alt+Down", "Ctrl+Down"), lambda: self.move_selected(1)),
                           (("Ctrl+Z",), self.undo)):
            for key in keys:
                QShortcut(QKeySequence(key), self.rows, slot, context=scope)

    # -- what the tab asks -----------------------------------------------------------------------
    def source(self) -> str:
        """The continued .keras path; else the preset's key, or "custom" once edited."""
        return self._continued.path if self._continued else self.state.preset

    def title(self) -> str:
        if self._continued is not None:
            return Path(self._continued.path).name
        return self.state.preset  # a key: network_title() names it in the language shown

    def architecture(self) -> Any:
        """The stack to build at Start (None when a .keras file is continued)."""
        return None if self._continued is not None else self.state.stack

    def continued(self) -> ContinuedModel | None:
        return self._continued

    def report(self) -> Any:
        return self._report

    def problem_text(self) -> str:
        """Why Start must wait ("" when the network can be trained)."""
        if not self.is_ready():
            return self.tr("Wait: the network is being loaded…")
        if self._continued is not None or self._report is None or self._report.valid:
            return ""
        first = self._report.first_problem
        if first is None:  # no row is wrong, yet the end is not one score per class
            return self.tr("The network does not end in one score per class.")
        return self.tr("Layer {number}: {problem}").format(
            number=first.index + 1, problem=self.texts.problem(first.problem))

    def is_ready(self) -> bool:
        """True when no file is being opened (tests wait on this)."""
        return self._shown == self._request

    def wait(self, timeout: float = 60.0) -> bool:
        return self._call.wait(timeout) if self._call is not None else True

    def selected_index(self) -> int:
        return self._selected

    # -- choosing --------------------------------------------------------------------------------
    def _chosen(self, index: int) -> None:
        data = str(self.kind.itemData(index))
        if data == OPEN_FILE:
            self._select_combo()  # the combo must not stay on "Open…"
            self.ask_which_file()
        elif data == CUSTOM:
            self._select_combo()
        elif Path(data).suffix == ".keras":
            self.open_model_file(data)
        else:
            self.choose(data)

    def choose(self, key: str) -> None:
        """Start from a preset ("course", "cnn", "mlp", "lenet5", "empty"), as the combo does."""
        from engine.models.layer_stack import PRESETS

        if key not in PRESETS:
            raise KeyError(f"No preset {key!r}; choose one of {PRESETS}")
        self._continued = None
        self._selected = 0
        self.state.use_preset(key)
        self._say("")
        self._render()

    def use_layers(self, layers: Any) -> None:
        """Start from these hidden layers (an activity file), as if built here row by row."""
        self._continued = None
        self._selected = 0
        self.state.edit(list(layers))
        self._say("")
        self._render()

    def _select_combo(self) -> None:
        data = self._continued.path if self._continued else self.state.preset
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(max(self.kind.findData(data), 0))

    # -- editing ---------------------------------------------------------------------------------
    def _editable(self) -> bool:
        return self._continued is None and self.state.stack is not None

    def add_layer(self, kind: str) -> None:
        """Insert a new ``kind`` layer after the selected one (at the end when none is)."""
        from engine.models.layer_stack import new_layer

        if not self._editable():
            return
        layers = self.state.layers()
        at = self._selected + 1 if 0 <= self._selected < len(layers) else len(layers)
        layers.insert(at, new_layer(kind))
        self._edit(layers, at)

    def remove_selected(self) -> None:
        layers = self.state.layers()
        if self._editable() and 0 <= self._selected < len(layers):
            del layers[self._selected]
            self._edit(layers, min(self._selected, len(layers) - 1))

    def duplicate_selected(self) -> None:
        layers = self.state.layers()
        if self._editable() and 0 <= self._selected < len(layers):
            layers.insert(self._selected + 1, layers[self._selected])
            self._edit(layers, self._selected + 1)

    def move_selected(self, step: int) -> None:
        layers, at = self.state.layers(), self._selected
        if self._editable() and 0 <= at < len(layers) and 0 <= at + step < len(layers):
            layers[at], layers[at + step] = layers[at + step], layers[at]
            self._edit(layers, at + step)

    def undo(self) -> None:
        if self._continued is None and self.state.undo():
            self._render()

    def _edit(self, layers: list[Any], selected: int) -> None:
        self._selected = selected
        self.state.edit(layers)
        self._render()

    @Slot(list)
    def _reordered(self, order: list[int]) -> None:
        if not self._editable():
            self._render()
            return
        layers = self.state.layers()
        moved = self._selected if self._selected in order else -1
        self._edit([layers[index] for index in order],
                   order.index(moved) if moved >= 0 else self._selected)

    @Slot(str, object)
    def _option_changed(self, name: str, value: Any) -> None:
        layers = self.state.layers()
        if self._editable() and 0 <= self._selected < len(layers):
            layers[self._selected] = layers[self._selected].with_option(name, value)
            self._edit(layers, self._selected)

    @Slot(int)
    def _row_selected(self, row: int) -> None:
        item = self.rows.item(row) if row >= 0 else None
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else -1
        self._selected = index if index is not None and index >= 0 else -1
        self._show_editor()

    def _show_editor(self) -> None:
        layers = self._shown_stack().layers if self._shown_stack() is not None else ()
        spec = layers[self._selected] if 0 <= self._selected < len(layers) else None
        self.editor.show_layer(self._selected, spec)
        self.editor.setEnabled(self._editable())
        for button in (self.duplicate_button, self.remove_button, self.up_button,
                       self.down_button):
            button.setEnabled(self._editable() and spec is not None)
        self.add_button.setEnabled(self._editable())
        self.undo_button.setEnabled(self._continued is None)

    # -- showing ---------------------------------------------------------------------------------
    def _shown_stack(self) -> Any:
        if self._continued is not None:
            return self._continued.stack
        return self.state.stack

    def _render(self) -> None:
        """Analyse the stack and show it: rows, editor, totals; then tell the tab."""
        from engine.models.layer_stack import analyse

        self._select_combo()
        stack = self._shown_stack()
        self._report = analyse(stack) if stack is not None else None
        if self._report is not None:
            self.rows.show_report(self._report, self._selected)
            self.totals.setText(self.texts.totals(self._report) + "\n"
                                + self.texts.comparison(self._report))
        else:
            self.rows.clear()
            self.totals.setText("")
        self._show_editor()
        self.stackChanged.emit()
        self.sourceChanged.emit()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(style.ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- data ------------------------------------------------------------------------------------
    def set_dataset(self, dataset: Any) -> None:
        """The output layer and the input follow the Data step's images and classes."""
        self._dataset = dataset
        if dataset is not None:
            self.state.set_data(image_shape(dataset), int(dataset.num_classes))
        if self._continued is not None:  # the file must still fit the new data
            self.open_model_file(self._continued.path)
        self._render()

    # -- language --------------------------------------------------------------------------------
    def _preset_names(self) -> dict[str, str]:
        return {"course": self.tr("Course CNN (slide 27)"),
                "cnn": self.tr("Default CNN (two convolution blocks)"),
                "mlp": self.tr("MLP (fully connected)"),
                "lenet5": self.tr("LeNet-5 (LeCun, 1998)"),
                "colour": self.tr("Colour CNN (for colour photos, CIFAR-10)"),
                "empty": self.tr("Empty (only the output layer)"),
                CUSTOM: self.tr("My network (edited)"),
                OPEN_FILE: self.tr("Open a .keras or .json file…")}

    def retranslate(self) -> None:
        self.label.setText(self.tr("Network:"))
        names = self._preset_names()
        for index in range(self.kind.count()):
            key = self.kind.itemData(index)
            if key in names:
                self.kind.setItemText(index, names[key])
        self.kind.setToolTip(self.tr("Start from a ready network and change it, or open a "
                                     "file: a Keras architecture (.json) or a saved model "
                                     "(.keras) that can keep learning from where it stopped."))
        for button, text, tip in (
                (self.save_button, self.tr("Save…"),
                 self.tr("Save these layers as a Keras architecture (.json), the format of "
                         "model.to_json(); Keras and this builder open it.")),
                (self.add_button, self.tr("+ Layer"),
                 self.tr("Add a layer after the selected one.")),
                (self.duplicate_button, self.tr("Duplicate"),
                 self.tr("Duplicate the selected layer (Ctrl+D).")),
                (self.remove_button, self.tr("Remove"),
                 self.tr("Remove the selected layer (Delete).")),
                (self.up_button, "▲", self.tr("Move the layer up (Alt+Up); rows can be "
                                             "dragged too.")),
                (self.down_button, "▼", self.tr("Move the layer down (Alt+Down).")),
                (self.undo_button, "↶", self.tr("Undo the last change (Ctrl+Z)."))):
            button.setText(text)
            button.setToolTip(tip)
        for action in self.add_menu.actions():
            action.setToolTip(self.texts.kind_tip(str(action.data())))
        self.editor.retranslate()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
