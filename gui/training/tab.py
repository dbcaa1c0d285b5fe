"""Tab "Treinamento": choose data and build a network, train it with live charts, compare, save.

Left, the set-up in three pages (data with random examples, the model builder, the recipe),
then Start / Stop, the progress and what happened. Right, three pages: the live charts (per
batch above, per epoch below) with the session's runs, the Keras code that trains the network
shown, and its diagram.

Training runs in a worker thread (gui/training/runner.py): TensorFlow's import, the model and
its tf.data pipeline are built there too, so the window and the other tabs stay usable from
the moment Start is pressed. The monitor's signals only append numbers to the run's record; a
10 Hz timer redraws the charts and the progress bar.
"""

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.training.pacing import SLOW_EPOCH_SECONDS
from engine.training.plan import RunOutcome, TrainingPlan, epoch_size, image_shape
from gui import i18n, style
from gui.session import LabSession
from gui.settings import app_settings
from gui.training import activity
from gui.training.builder.builder import ModelBuilder
from gui.training.builder.code_panel import KerasCodePanel
from gui.training.builder.diagram import DiagramPanel
from gui.training.builder.texts import network_title
from gui.training.charts import TrainingCharts
from gui.training.code_link import CodeLink
from gui.training.data import DataPanel
from gui.training.files import TrainingFiles
from gui.training.progress import TrainingProgress
from gui.training.runner import TrainingRunner
from gui.training.runs import DONE, FAILED, PALETTE, STOPPED, RunList, RunRecord
from gui.training.settings import HyperparameterForm
from gui.widgets.activity import ActivityControl
from gui.widgets.dataset_chooser import dataset_title

REFRESH_EVERY_MS = 100  # charts and progress at 10 Hz: live to the eye, cheap for training
LEFT_WIDTH = 400
SLOW_KEY = "training/show_slowly"  # remembered: a teacher who demonstrates does it every time


class TrainingTab(QWidget):
    """Data, network and recipe; Start/Stop with live charts; runs to compare; Save model…"""

    def __init__(self, session: LabSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingTab")
        self.session = session
        self.data = DataPanel(session)
        self.model_panel = self.builder = ModelBuilder()
        self.form = HyperparameterForm()
        self.code_panel = KerasCodePanel()
        self.diagram_panel = DiagramPanel()
        self._code_link = CodeLink(self)
        self.charts = TrainingCharts()
        self.runs = RunList()
        self.runner = TrainingRunner(self)
        self.files = TrainingFiles(self, self.runs, self.charts, session, self.show_status)
        self._build_controls()
        self._build_layout()
        self._run: RunRecord | None = None  # the run in progress
        self._started = 0.0
        self._preparing = False  # between Start and the first batch
        self._status: Callable[[], str] = lambda: self.tr("Choose the data and a network, "
                                                          "then press Start.")
        self._status_error = False
        self._waiting = False  # the status says why Start waits for the network
        self._tick = QTimer(self, interval=REFRESH_EVERY_MS)
        self._tick.timeout.connect(self._refresh)
        self._connect()
        self.retranslate()
        if self.data.dataset() is not None:
            self.model_panel.set_dataset(self.data.dataset())
        self.code_panel.set_producer(self._code_request)
        self._network_changed()

    # -- layout --------------------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.setup = QTabWidget()
        self.setup.setObjectName("setupTabs")
        self.setup.addTab(self.data, "")
        self.setup.addTab(self.model_panel, "")
        self.setup.addTab(self.form, "")
        self.start_button = QPushButton(objectName="startButton")
        self.stop_button = QPushButton(objectName="stopButton")
        self.save_button = QPushButton(objectName="saveModelButton")
        self.slow_check = QCheckBox(objectName="slowDemoCheck")
        self.slow_check.setChecked(app_settings().value(SLOW_KEY, False, type=bool))
        font = self.start_button.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        for button in (self.start_button, self.stop_button):
            button.setFont(font)  # the two buttons a teacher presses in front of the class
        self.progress = TrainingProgress()
        self.status = QLabel(objectName="trainingStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Room for four lines from the start: a longer message after a run pushed Start up
        # under the teacher's pointer (a stopped run's message takes four lines once the run
        # list beside it has widened the right side).
        self.status.setMinimumHeight(4 * self.status.fontMetrics().lineSpacing() + 4)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.start_button, self.stop_button, self.save_button):
            buttons.addWidget(button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 2, 0)
        column.addWidget(self.setup, 1)
        column.addLayout(buttons)
        column.addWidget(self.slow_check)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.runs, 1)
        bottom.addWidget(self.files.export_button, 0, Qt.AlignmentFlag.AlignTop)
        charts = QWidget()
        right_column = QVBoxLayout(charts)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.charts, 1)
        right_column.addLayout(bottom)
        self.runs.setMaximumHeight(110)
        self.results = QTabWidget(objectName="resultTabs")
        self.results.setDocumentMode(True)  # no frame: the charts keep their width at 1024 px
        self.results.addTab(charts, "")
        self.results.addTab(self.code_panel, "")
        self.results.addTab(self.diagram_panel, "")
        right = QWidget()
        QVBoxLayout(right).addWidget(self.results)
        right.layout().setContentsMargins(2, 0, 0, 0)  # the tab frame takes the rest
        splitter = QSplitter()
        splitter.setObjectName("trainingSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)  # neither side may vanish under a drag
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([max(LEFT_WIDTH, left.minimumSizeHint().width()), 750])
        QVBoxLayout(self).addWidget(splitter)

    def _connect(self) -> None:
        self.data.datasetReady.connect(self._dataset_ready)
        self.data.chooser.datasetFailed.connect(lambda _message: self._update_controls())
        self.model_panel.stackChanged.connect(self._network_changed)
        self.form.changed.connect(self.code_panel.schedule)
        self.form.classRunRequested.connect(self.use_class_run)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.save_button.clicked.connect(self.files.ask_where_to_save)
        self.slow_check.toggled.connect(lambda on: app_settings().setValue(SLOW_KEY, on))
        self.runner.batchDone.connect(self._batch_done)
        self.runner.epochDone.connect(self._epoch_done)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runs.shownChanged.connect(self._shown_runs_changed)
        self.runs.list.currentItemChanged.connect(lambda *_: self._update_controls())

    # -- state ---------------------------------------------------------------------------------
    def is_training(self) -> bool:
        return self.runner.is_running()

    def current_run(self) -> RunRecord | None:
        """The run in progress, else the newest one."""
        runs = self.runs.runs()
        return self._run or (runs[-1] if runs else None)

    def trained_model(self) -> Any:
        """The network "Save model…" would save (the selected run's, else the newest)."""
        outcome = self.files.outcome_to_save()
        return outcome.model if outcome is not None else None

    def save_model_to(self, path: str | Path) -> bool:
        """Save the trained network with its model card and offer it in every model selector."""
        return self.files.save_model_to(path)

    @Slot(object)
    def _dataset_ready(self, dataset: Any) -> None:
        self.model_panel.set_dataset(dataset)  # its stackChanged updates the rest

    def _network_changed(self) -> None:
        """The layers, the continued file or the data changed: code, diagram and Start follow."""
        dataset = self.data.dataset()
        shape = image_shape(dataset) if dataset is not None else self.builder.state.input_shape
        self.diagram_panel.diagram.set_report(self.builder.report(), shape)
        self.code_panel.schedule()
        self._update_controls()

    def _code_request(self) -> Any:
        return self._code_link.request(self.builder, self.form.config(),
                                       self.form.training_limit(),
                                       self.data.chooser.current_key(), self.data.dataset())

    def _update_controls(self) -> None:
        running = self.runner.is_running()
        problem = self.builder.problem_text()
        self.start_button.setEnabled(not running and self.data.dataset() is not None
                                     and not problem)
        if problem and not running and self.builder.is_ready():
            self._waiting = True
            self.show_status(lambda: self.tr("Start waits until the network can work. "
                                             "{reason}").format(
                reason=self.builder.problem_text()), True)
        elif self._waiting and not running:
            self._waiting = False
            self.show_status(lambda: self.tr("Choose the data and a network, then press "
                                             "Start."))
        self.stop_button.setEnabled(running and not self.runner.stop_requested())
        self.save_button.setEnabled(self.files.outcome_to_save() is not None)

    def show_status(self, text: Callable[[], str], error: bool = False) -> None:
        """Show a status made by ``text`` (called again when the language changes)."""
        self._status, self._status_error = text, error
        self.status.setStyleSheet(style.ERROR_STYLE if error else "")
        self.status.setText(text())

    def use_class_run(self) -> None:
        """The one-click class recipe: CIFAR-10, the colour preset and its measured settings."""
        from engine.training.class_runs import COLOUR_CLASS_RUN

        run = COLOUR_CLASS_RUN
        if self.runner.is_running():
            return
        if self.data.chooser.current_key() != run.dataset or self.data.dataset() is None:
            self.data.chooser.choose(run.dataset)  # loads in the background (about 3 s)
        self.builder.choose(run.preset)
        self.form.set_config(run.config, run.limit)
        self.show_status(lambda: self.tr("Class run set: CIFAR-10, the colour CNN, 2 epochs of "
                                         "SGD with one cycle. Press Start: under 3 minutes on "
                                         "a lab PC to itself (95 s measured), about 70 %."))

    # -- training ------------------------------------------------------------------------------
    def start(self) -> None:
        """Train the chosen network on the chosen data with the form's recipe."""
        dataset = self.data.dataset()
        if dataset is None or self.runner.is_running() or self.builder.problem_text():
            return
        plan = TrainingPlan(self.model_panel.source(), dataset, self.form.config(),
                            self.form.training_limit(), self.builder.architecture())
        self.results.setCurrentIndex(0)  # the charts: what Start is about
        number = len(self.runs.runs()) + 1
        run = RunRecord(number, self.model_panel.title(), dataset.name,
                        PALETTE[(number - 1) % len(PALETTE)], plan.config.epochs,
                        plan.config.batch_size, epoch_size(plan))
        self._run, self._started, self._preparing = run, time.perf_counter(), True
        self._waiting = False
        self.runs.add(run)  # shown, so the charts take it in
        self.runner.start(plan, slowly=self.slow_check.isChecked())
        self.progress.preparing()
        self.show_status(lambda: self.tr("Preparing: loading TensorFlow and building the "
                                         "network… The other tabs keep working meanwhile."))
        self._tick.start()
        self._update_controls()

    def stop(self) -> None:
        """End the run after the current batch; the network stays usable."""
        if self.runner.is_running():
            self.runner.stop()
            self.show_status(lambda: self.tr("Stopping after the current batch…"))
            self._update_controls()

    @Slot(object)
    def _batch_done(self, event: Any) -> None:
        if self._run is not None:
            self._run.add_batch(event)  # only recorded here: the timer draws it

    @Slot(object)
    def _epoch_done(self, event: Any) -> None:
        if self._run is not None:
            self._run.add_epoch(event)

    @Slot(object)
    def _finished(self, outcome: RunOutcome) -> None:
        run, self._run = self._run, None
        if run is None:
            return
        stopped = bool(outcome.result.stopped)
        run.finish(STOPPED if stopped else DONE, outcome)
        self._end_run(run)
        self.show_status(lambda: self.files.outcome_text(run, outcome))

    @Slot(str)
    def _failed(self, reason: str) -> None:
        run, self._run = self._run, None
        if run is not None:
            run.finish(FAILED, error=reason)
            self._end_run(run)
        self.show_status(lambda: self.tr("Training failed: {reason}").format(reason=reason), True)

    def _end_run(self, run: RunRecord) -> None:
        self._tick.stop()
        run.wall_seconds = time.perf_counter() - self._started
        self._refresh(run)
        self.runs.update_run(run)
        self._update_controls()
        QTimer.singleShot(0, self.charts.prepare_spare)  # the next Start finds its curves ready

    def _shown_runs_changed(self) -> None:
        self.charts.set_runs(self.runs.shown_runs(), self.current_run())
        self._update_controls()

    # -- progress ------------------------------------------------------------------------------
    def _refresh(self, run: RunRecord | None = None) -> None:
        """The 10 Hz tick: redraw what changed, move the progress bar, tell the time."""
        run = run or self._run
        self.charts.refresh()
        if run is None:
            return
        running = run.state not in (DONE, STOPPED, FAILED)
        elapsed = time.perf_counter() - self._started if running else run.wall_seconds
        self.progress.show_run(run, elapsed, running)
        if self._preparing and run.last_batch is not None and not self.runner.stop_requested():
            self._preparing = False
            self.show_status(lambda: self.tr("Training {model} on {data}… The other tabs keep "
                                             "working meanwhile.").format(
                model=network_title(run.model_title), data=dataset_title(run.data_title)))

    # -- activity files (gui.widgets.activity.ActivityPage) ------------------------------------
    def activity_kind(self) -> str:
        return "training"

    def activity_state(self) -> dict[str, Any]:
        return activity.state_dict(self.data, self.builder, self.form)

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        setup = activity.checked_state(state, self.data, self.builder, self.form)  # raises first
        activity.apply_setup(self.data, self.builder, self.form, setup)

    def activity_controls(self) -> list[ActivityControl]:
        return activity.controls(self.data, self.builder, self.form)

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for index, title in enumerate((self.tr("1. Data"), self.tr("2. Network"),
                                       self.tr("3. Settings"))):
            self.setup.setTabText(index, title)
        for index, title in enumerate((self.tr("Charts"), self.tr("Keras code"),
                                       self.tr("Diagram"))):
            self.results.setTabText(index, title)
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Train the chosen network on the chosen data "
                                             "with these settings; the charts follow every "
                                             "batch."))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("End training after the current batch; the "
                                            "network keeps what it has learned so far."))
        self.save_button.setText(self.tr("Save model…"))
        self.slow_check.setText(self.tr("Show slowly"))
        self.slow_check.setToolTip(self.tr(
            "For a demonstration: each epoch lasts at least about {seconds} s, so the class can "
            "follow the curves. Training itself learns the same; only the pace "
            "changes.").format(seconds=i18n.integer(SLOW_EPOCH_SECONDS)))
        self.save_button.setToolTip(self.tr("Save the trained network (.keras) with its model "
                                            "card, and use it in the Draw and Activations "
                                            "tabs."))
        self.progress.retranslate()
        self.files.retranslate()
        self.show_status(self._status, self._status_error)
        if self.current_run() is not None:
            self._refresh(self.current_run())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


if __name__ == "__main__":
    from gui.preview import run_preview

    sys.exit(run_preview(lambda: TrainingTab(LabSession())))
