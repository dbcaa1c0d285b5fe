"""Choose a dataset: what ``engine.datasets.catalog`` lists, loaded in the background, summarised.

The list is MNIST (all 70,000 digits, shipped with the app, the default), its quick 5,000-digit
sample (said to be a sample), CIFAR-10 ("CIFAR-10 — colour objects"), Fashion-MNIST when
Debian's package is installed, "My digits", and every imported dataset. Loading the full MNIST
takes about half a second (CIFAR-10 about 3 s), so it runs in a worker thread with a busy
state; loaded datasets are kept in the session, so the Training and Evaluation tabs load each
only once.
"""

from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from gui import i18n
from gui.settings import app_settings, remembered
from gui.workers import BackgroundCall, run_in_background

DEFAULT_KEY = "mnist"  # ships with the app, so it is always there
CIFAR_KEY = "cifar10"  # engine.datasets.cifar.CIFAR_KEY, without importing the engine at start
MY_DIGITS_KEY = "mydigits"  # grows while the app runs: always loaded afresh, never cached
LAST_KEY = "data/last"  # the last dataset that loaded, chosen again at the next start


def dataset_title(name: str) -> str:
    """A dataset's name as people read it in the interface's language.

    The engine names datasets in English ("MNIST sample (5,000 digits)"); run lists, titles
    and messages show this instead. Imported datasets keep the name their file gave them.
    """
    from engine.datasets.builtin import SAMPLE_NAME, SAMPLE_SHAPE
    from engine.datasets.cifar import CIFAR_NAME
    from engine.datasets.my_digits import MY_DIGITS_NAME

    if name == SAMPLE_NAME:
        return QCoreApplication.translate("DatasetNames", "MNIST sample ({count} digits)").format(
            count=i18n.integer(SAMPLE_SHAPE[0]))
    if name == "MNIST":
        return QCoreApplication.translate("DatasetNames", "MNIST — handwritten digits")
    if name == "Fashion-MNIST":
        return QCoreApplication.translate("DatasetNames", "Fashion-MNIST — clothes")
    if name == CIFAR_NAME:
        return QCoreApplication.translate("DatasetNames", "CIFAR-10 — colour objects")
    if name == MY_DIGITS_NAME:
        return QCoreApplication.translate("DatasetNames", "My digits")
    return name


class DatasetChooser(QWidget):
    """``datasetReady(dataset)`` fires when the chosen dataset is loaded; ``dataset()`` is it."""

    datasetReady = Signal(object)
    datasetFailed = Signal(str)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("datasetSelector")
        self.combo.setMinimumContentsLength(18)
        self.busy = QProgressBar()
        self.busy.setObjectName("datasetBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(100)
        self.busy.hide()
        self.summary = QLabel()
        self.summary.setObjectName("datasetSummary")
        self.summary.setWordWrap(True)
        self._infos: list[Any] = []
        self._dataset: Any = None
        self._pending: str | None = None
        self._call: BackgroundCall | None = None
        self._build_layout()
        self.combo.activated.connect(self._chosen)
        self.retranslate()

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.busy)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.summary)

    # -- the list ------------------------------------------------------------------------------
    def refresh_list(self, select: str | None = None) -> None:
        """Re-read what can be chosen (after an import) and load ``select`` or the default."""
        from engine.datasets.catalog import available_datasets

        self._infos = available_datasets()
        keys = [info.key for info in self._infos]
        previous = self.current_key()  # before the refill, which makes the first item current
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for info in self._infos:
                self.combo.addItem(self._title(info), info.key)
        wanted = select if select in keys else previous
        if wanted not in keys:
            wanted = remembered(LAST_KEY, "", str)
        if wanted not in keys:
            wanted = DEFAULT_KEY
        self.choose(wanted)

    def _title(self, info: Any) -> str:
        if info.is_sample:
            return self.tr("MNIST sample ({count} training digits, quick)").format(
                count=i18n.integer(info.size))
        if info.key == MY_DIGITS_KEY:
            return self.tr("My digits ({count} images)").format(count=i18n.integer(info.size))
        if info.key == CIFAR_KEY:  # named by what it holds; its counts are in the summary below
            return dataset_title(info.name)  # (with them it is cut in the Training tab's column)
        return self.tr("{name} ({count} images)").format(name=info.name,
                                                          count=i18n.integer(info.size))

    def current_key(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data is not None else None

    def dataset(self) -> Any:
        """The loaded dataset (None until the first load has finished)."""
        return self._dataset

    def is_loading(self) -> bool:
        return self._pending is not None

    # -- loading ---------------------------------------------------------------------------------
    def choose(self, key: str) -> None:
        """Select ``key`` and load it (from the session's cache when it was loaded before)."""
        index = self.combo.findData(key)
        if index < 0:
            raise KeyError(f"No dataset {key!r}; the choices are {self._keys()}")
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(index)
        cache = self._cache()
        if key in cache and key != MY_DIGITS_KEY:
            self._show(cache[key])
            return
        if key == self._pending:
            return  # already on its way (an opened activity chooses what is loading): one load
        from engine.datasets.catalog import load_dataset

        self._pending = key
        self.busy.show()
        self.summary.setText(self.tr("Loading…"))
        self._call = run_in_background(lambda: _load_or_error(load_dataset, key),
                                       self._finished, self._finished,
                                       name="cnn-lab-dataset-load")

    def wait(self, timeout: float = 60.0) -> bool:
        return self._call.wait(timeout) if self._call is not None else True

    def _chosen(self, index: int) -> None:
        key = self.combo.itemData(index)
        if key is not None and key != self._pending:
            self.choose(str(key))

    def _finished(self, outcome: tuple[str, Any]) -> None:
        key, result = outcome
        if key != self._pending:
            return  # an older choice, overtaken by a newer one
        self._pending = None
        self.busy.hide()
        if isinstance(result, Exception):
            self.summary.setText(self.tr("Could not load this dataset: {reason}").format(
                reason=result))
            self.datasetFailed.emit(str(result))
            return
        self._cache()[key] = result
        self._show(result)

    def _show(self, dataset: Any) -> None:
        self._dataset = dataset
        app_settings().setValue(LAST_KEY, self.current_key())  # only what loaded is remembered
        self.summary.setText(self.describe(dataset))
        self.datasetReady.emit(dataset)

    def describe(self, dataset: Any) -> str:
        """Size, image shape and class counts, in one short paragraph."""
        height, width = dataset.image_shape[:2]
        channels = dataset.image_shape[2] if len(dataset.image_shape) == 3 else 1
        test = (self.tr("{count} test images").format(count=i18n.integer(len(dataset.x_test)))
                if dataset.has_test else self.tr("no test split (validation is used)"))
        counts = dataset.class_counts("train")
        names = (dataset.class_names_pt if i18n.current_language() == i18n.PORTUGUESE
                 else dataset.class_names)
        # A balanced set of long names (CIFAR-10) says its count once: listed, "avião: 5.000"
        # ten times took a third line the Evaluation tab needs for its thumbnails.
        if len(set(counts)) == 1 and max(len(name) for name in names) > 2:
            per_class = self.tr("{count} of each: {names}").format(
                count=i18n.integer(counts[0]), names=", ".join(names))
        else:
            per_class = ", ".join(f"{name}: {i18n.integer(count)}"
                                  for name, count in zip(names, counts, strict=True))
        return self.tr("{train} training images of {h} × {w} × {c}, {test}; {classes} classes "
                       "({per_class}).").format(
            train=i18n.integer(len(dataset.x_train)), h=height, w=width, c=channels, test=test,
            classes=len(names), per_class=per_class)

    def _cache(self) -> dict[str, Any]:
        return self.session.datasets

    def _keys(self) -> list[str]:
        return [str(self.combo.itemData(i)) for i in range(self.combo.count())]

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.label.setText(self.tr("Data:"))
        self.combo.setToolTip(self.tr("The images and their labels. MNIST (70,000 handwritten "
                                      "digits) comes with CNN Lab; its sample (the first 500 "
                                      "training images of each digit) trains in seconds."))
        selected = self.current_key()
        self.refresh_list(selected)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _load_or_error(load: Any, key: str) -> tuple[str, Any]:
    """Load in the worker: (key, dataset), or (key, error) so that the GUI can say why."""
    try:
        return key, load(key)
    except Exception as error:  # damaged files fail in many ways; each becomes a message
        return key, error


def class_counts_text(labels: np.ndarray, names: list[str]) -> str:
    """"0: 98, 1: 112, …" for a label array (used by views that subsample a dataset)."""
    counts = np.bincount(labels, minlength=len(names))
    return ", ".join(f"{name}: {i18n.integer(n)}" for name, n in zip(names, counts, strict=True))
