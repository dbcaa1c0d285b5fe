"""The Training tab's model page: which network to train, and its layers before training.

The preview network is built (or the opened ``.keras`` file loaded) in a worker thread: the
first one also imports TensorFlow, which takes seconds. It only shows the layers, their output
shapes and parameters for the chosen data; Start builds a fresh network from the seed.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from engine.training.plan import BUILT_IN_KINDS, check_fits, image_shape
from gui import style
from gui.settings import app_settings
from gui.widgets.layer_list import LayerList
from gui.workers import BackgroundCall, run_in_background

OPEN_FILE = "open-file"
SETTINGS_KEY = "training/model"
DEFAULT_KIND = "lecture"  # the course's own network (slide 27): quick to train in class


def preview_model(source: str, dataset: Any) -> Any:
    """The network ``source`` names, sized for ``dataset`` (in a worker: imports TensorFlow)."""
    from engine.models import architectures
    from engine.models.io import load_model

    if source in BUILT_IN_KINDS:
        return architectures.build(source, image_shape(dataset), dataset.num_classes)
    model = load_model(source)
    check_fits(model, dataset, source)
    return model


class ModelPanel(QWidget):
    """``modelKind`` chooses the network; ``sourceChanged`` fires when the choice changes."""

    sourceChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.kind = QComboBox()
        self.kind.setObjectName("modelKind")
        for key in BUILT_IN_KINDS:
            self.kind.addItem("", key)
        self.kind.insertSeparator(self.kind.count())
        self.kind.addItem("", OPEN_FILE)
        self.layers = LayerList()
        self.status = QLabel()
        self.status.setObjectName("trainingModelMessage")
        self.status.setWordWrap(True)
        self._dataset: Any = None
        self._request = 0
        self._call: BackgroundCall | None = None
        self._shown = 0  # the preview request whose result is listed
        self._sticky = ""  # why the last opened file was refused, kept until the next choice
        self._previous = self._last_kind = DEFAULT_KIND
        remembered = app_settings().value(SETTINGS_KEY, DEFAULT_KIND, type=str)
        self._select(remembered if remembered in BUILT_IN_KINDS else DEFAULT_KIND)
        self._previous = self._last_kind = self.source()
        self._build_layout()
        self.kind.activated.connect(self._chosen)
        self.retranslate()

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.kind, 1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.status)
        column.addWidget(self.layers, 1)

    # -- the choice ------------------------------------------------------------------------------
    def source(self) -> str:
        """"cnn", "lecture", "mlp", or the path of the opened .keras file."""
        return str(self.kind.currentData())

    def title(self) -> str:
        """A short name for the run list and the charts' legend."""
        source = self.source()
        short = {"cnn": self.tr("Default CNN"), "lecture": self.tr("Course CNN"),
                 "mlp": self.tr("MLP")}
        return short.get(source) or Path(source).name

    def _select(self, data: str) -> None:
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(max(self.kind.findData(data), 0))

    def _chosen(self, index: int) -> None:
        data = self.kind.itemData(index)
        if data == OPEN_FILE:
            self._select(self._previous)  # the combo must not stay on "Open…"
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Continue training a model"),
                                                  str(Path.home()),
                                                  self.tr("Keras models (*.keras)"))
            if path:
                self.open_model_file(path)
            return
        self._sticky = ""
        self._use(str(data))

    def choose(self, kind: str) -> None:
        """Choose a built-in network by key ("cnn", "lecture", "mlp"), as the combo does."""
        if kind not in BUILT_IN_KINDS:
            raise KeyError(f"No built-in network {kind!r}; choose one of {BUILT_IN_KINDS}")
        self._sticky = ""
        self._use(kind)

    def open_model_file(self, path: str | Path) -> None:
        """Offer a .keras file to continue training (checked in the background)."""
        path = str(Path(path).resolve())
        if self.kind.findData(path) < 0:
            self.kind.insertItem(len(BUILT_IN_KINDS), Path(path).name, path)
            self.kind.setItemData(len(BUILT_IN_KINDS), path, Qt.ItemDataRole.ToolTipRole)
        self._sticky = ""
        self._use(path)

    def _use(self, source: str) -> None:
        self._select(source)
        self._previous = source
        if source in BUILT_IN_KINDS:
            self._last_kind = source
            app_settings().setValue(SETTINGS_KEY, source)
        self.sourceChanged.emit()
        self.refresh_preview()

    # -- preview ---------------------------------------------------------------------------------
    def set_dataset(self, dataset: Any) -> None:
        self._dataset = dataset
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Build the chosen network for the current data in the background, then list it."""
        if self._dataset is None:
            return
        self._request += 1
        request, source, dataset = self._request, self.source(), self._dataset
        self._say(self.tr("Building the network…"))

        def work() -> tuple[int, str, Any]:
            try:
                return request, source, preview_model(source, dataset)
            except Exception as error:  # a bad file fails in many ways; all become a message
                return request, source, error

        self._call = run_in_background(work, self._preview_ready, self._preview_ready,
                                       name="cnn-lab-model-preview")

    def wait(self, timeout: float = 60.0) -> bool:
        return self._call.wait(timeout) if self._call is not None else True

    def is_ready(self) -> bool:
        """True when the preview shows the current choice (tests wait on this)."""
        return self._shown == self._request

    @Slot(object)
    def _preview_ready(self, outcome: Any) -> None:
        request, source, result = outcome if isinstance(outcome, tuple) else (0, "", outcome)
        if request != self._request:
            return  # an older choice, overtaken by a newer one
        self._shown = request
        if isinstance(result, Exception):
            self._sticky = self.tr("Could not use this model: {reason}").format(reason=result)
            self.layers.set_model(None)
            if source not in BUILT_IN_KINDS:  # a refused file leaves the list
                self.kind.removeItem(self.kind.findData(source))
                self._use(self._last_kind)
            self._say(self._sticky, error=True)
            return
        self.layers.set_model(result)
        self._say(self._sticky, error=bool(self._sticky))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(style.ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.label.setText(self.tr("Network:"))
        names = {"cnn": self.tr("Default CNN (two convolution blocks)"),
                 "lecture": self.tr("Course CNN (slide 27)"),
                 "mlp": self.tr("MLP (fully connected)"),
                 OPEN_FILE: self.tr("Continue training a .keras model…")}
        for index in range(self.kind.count()):
            key = self.kind.itemData(index)
            if key in names:
                self.kind.setItemText(index, names[key])
        self.kind.setToolTip(self.tr("The network to train: a new one built from its layer "
                                     "list, or a saved model that keeps learning from where "
                                     "it stopped."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
