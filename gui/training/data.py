"""The Training tab's data page: choose or import a dataset, and look at it.

MNIST and its quick sample ship with the app, so nothing is ever downloaded. Imports run in a
worker thread with a progress bar; the engine's progress callback is called in that thread, so
it goes through a signal to reach the bar. A failure (a file that is not a dataset) becomes a
red line under the buttons; the previous dataset stays chosen and nothing else changes.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import i18n, style
from gui.session import LabSession
from gui.training.examples import COLUMNS, ROWS, ExamplesPreview
from gui.widgets.data_problems import data_problem, data_problem_details
from gui.widgets.dataset_chooser import DatasetChooser
from gui.workers import BackgroundCall, run_in_background


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote and found, for the sentence that reports it."""

    path: Path
    images: int
    classes: int
    dark_on_light: float  # share of grey images drawn dark on light (0–1)


class ProgressRelay(QObject):
    """Carries a worker thread's progress (0…1) to the GUI thread as a queued signal."""

    progress = Signal(float)


class DataPanel(QWidget):
    """``datasetReady(dataset)`` when a dataset is loaded (chosen or imported)."""

    datasetReady = Signal(object)

    def __init__(self, session: LabSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chooser = DatasetChooser(session)
        self.import_button = QToolButton()
        self.import_button.setObjectName("importDatasetButton")
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.import_menu = QMenu(self)
        self.import_file_action = self.import_menu.addAction("", self.ask_import_file)
        self.import_folder_action = self.import_menu.addAction("", self.ask_import_folder)
        self.import_button.setMenu(self.import_menu)
        self.progress = QProgressBar()
        self.progress.setObjectName("dataProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("dataMessage")
        self.message.setWordWrap(True)
        self.examples_title = QLabel()
        self.examples_title.setWordWrap(True)
        self.shuffle_button = QPushButton()
        self.shuffle_button.setObjectName("shuffleExamples")
        self.examples = ExamplesPreview()
        self._relay = ProgressRelay(self)
        self._job: BackgroundCall | None = None
        self._importing: Path | None = None  # what the person chose to import
        self._build_layout()
        self._relay.progress.connect(self._show_progress)
        self.shuffle_button.clicked.connect(self.shuffle)
        self.chooser.datasetReady.connect(self._dataset_ready)
        self.retranslate()
        if self.chooser.dataset() is not None:
            self._dataset_ready(self.chooser.dataset())

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        examples_row = QHBoxLayout()
        examples_row.addWidget(self.examples_title, 1)
        examples_row.addWidget(self.shuffle_button)
        column = QVBoxLayout(self)
        column.addWidget(self.chooser)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addLayout(examples_row)
        column.addWidget(self.examples)
        column.addStretch(1)

    # -- state -------------------------------------------------------------------------------------
    def dataset(self) -> Any:
        return self.chooser.dataset()

    def is_busy(self) -> bool:
        """True while an import runs (or the chosen dataset is loading)."""
        return self._job is not None or self.chooser.is_loading()

    def wait(self, timeout: float = 60.0) -> bool:
        return self._job.wait(timeout) if self._job is not None else True

    @Slot(object)
    def _dataset_ready(self, dataset: Any) -> None:
        self.shuffle()
        self.datasetReady.emit(dataset)

    def shuffle(self) -> None:
        """Show ROWS × COLUMNS training images picked at random, with their labels."""
        dataset = self.dataset()
        if dataset is None:
            return
        count = min(ROWS * COLUMNS, len(dataset.x_train))
        picked = np.random.default_rng().choice(len(dataset.x_train), count, replace=False)
        names = (dataset.class_names_pt if i18n.current_language() == i18n.PORTUGUESE
                 else dataset.class_names)
        self.examples.set_examples(dataset.x_train[picked],
                                   [names[int(label)] for label in dataset.y_train[picked]])

    # -- import ----------------------------------------------------------------------------------
    def ask_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a dataset"), str(Path.home()),
            self.tr("Datasets (*.npz *idx*);;All files (*)"))
        if path:
            self.import_dataset_from(path)

    def ask_import_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Import a dataset folder"),
                                                str(Path.home()))
        if path:
            self.import_dataset_from(path)

    def import_dataset_from(self, path: str | Path) -> None:
        """Validate and copy ``path`` into the app's datasets, in the background."""
        from engine.datasets import (
            catalog as datasets,  # looked up at call time, so tests can replace it
        )
        from engine.datasets.base import dark_on_light_fraction

        relay = self._relay
        self._importing = Path(path)

        def work() -> ImportReport:
            dataset = datasets.load_dataset(path, progress=lambda f: relay.progress.emit(0.7 * f))
            written = datasets.import_dataset(dataset, progress=lambda f: relay.progress.emit(
                0.7 + 0.3 * f))
            return ImportReport(written, len(dataset.x_train), dataset.num_classes,
                                dark_on_light_fraction(dataset.x_train))

        self._start(work, self._imported, self._import_failed,
                    self.tr("Importing {name}…").format(name=Path(path).name))

    def _start(self, work: Any, on_done: Any, on_failed: Any, text: str) -> None:
        if self._job is not None:
            return  # one at a time: the buttons are disabled meanwhile anyway
        self._set_busy(True)
        self._say(text)
        self._job = run_in_background(work, on_done, on_failed, name="cnn-lab-dataset-import")

    def _set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.progress.setValue(0)
        self.progress.setVisible(busy)

    @Slot(float)
    def _show_progress(self, fraction: float) -> None:
        self.progress.setValue(round(100 * fraction))

    def _finish_job(self) -> None:
        self._job = None
        self._set_busy(False)

    @Slot(object)
    def _imported(self, report: ImportReport) -> None:
        self._finish_job()
        chosen = self._importing.name if self._importing is not None else report.path.stem
        text = self.tr("Imported {source}: {images} images in {classes} classes, now in the "
                       "list as “{name}”.").format(
            source=chosen, images=i18n.integer(report.images),
            classes=i18n.integer(report.classes), name=report.path.stem)
        warning = self._polarity_warning(report.dark_on_light)
        self._say(f"{text} {warning}" if warning else text, error=bool(warning))
        self.chooser.refresh_list(select=f"imported:{report.path.stem}")

    def _polarity_warning(self, fraction: float) -> str:
        """Dark ink on light paper, where MNIST and the models want light strokes on black."""
        percent = i18n.integer(round(100 * fraction))
        if fraction >= 0.5:
            return self.tr("Warning: {percent} % of the images are dark on a light background; "
                           "the digit models read light strokes on black, so invert them "
                           "before training on them with those models.").format(percent=percent)
        if fraction >= 0.1:
            return self.tr("Warning: {percent} % of the images are dark on a light background "
                           "and the rest light on dark; mixed polarities make learning "
                           "harder.").format(percent=percent)
        return ""

    @Slot(object)
    def _import_failed(self, error: Exception) -> None:
        self._finish_job()
        self._say(self.tr("Import failed: {reason}").format(
            reason=data_problem(error, self._importing)),
                  error=True, details=data_problem_details(error))

    def _say(self, text: str, error: bool = False, details: str = "") -> None:
        self.message.setStyleSheet(style.ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setToolTip(details)

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import dataset…"))
        self.import_button.setToolTip(self.tr("Copy a dataset into CNN Lab: a Keras .npz file, "
                                              "a folder of IDX files, or a folder with one "
                                              "sub-folder of images per class."))
        self.import_file_action.setText(self.tr("A file (.npz or IDX)…"))
        self.import_folder_action.setText(self.tr("A folder (IDX files, or one folder per "
                                                  "class)…"))
        self.examples_title.setText(self.tr("Training images picked at random, with their labels:"))
        self.shuffle_button.setText(self.tr("Shuffle"))
        self.shuffle_button.setToolTip(self.tr("Show other training images picked at random."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.shuffle()  # labels in the new language
        super().changeEvent(event)
