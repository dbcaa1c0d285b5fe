"""What the Training tab writes: the trained model with its card, chart images, the history.

Every write is atomic (a crash leaves the old file or the new one, never half a file). The
model card is the one ``python main.py train`` writes (built by engine/cli/train.py), so a
model trained in the window describes itself exactly as one trained on the command line.
"""

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from engine.paths import app_data_dir, atomic_write_bytes, ensure_dir
from engine.training.history import clock, history_csv
from engine.training.plan import RunOutcome, model_card
from gui import i18n
from gui.training.runs import STOPPED, RunList, RunRecord

if TYPE_CHECKING:
    from gui.session import LabSession
    from gui.training.charts import TrainingCharts

# How the tab shows a status: a function making the (translated) text, and whether it is an error.
ShowStatus = Callable[[Callable[[], str], bool], None]


# Short, ASCII (every file system and USB stick takes it) and readable in class.
_KIND_STEMS = {"cnn": "cnn", "lecture": "cnn_aula", "course": "cnn_aula", "mlp": "mlp",
               "lenet5": "lenet5", "custom": "minha_rede", "empty": "minha_rede"}
_DATA_STEMS = {"MNIST": "mnist", "Fashion-MNIST": "fashion_mnist", "My digits": "meus_digitos"}


def suggested_file_stem(source: str, data_name: str) -> str:
    """The file name offered for a trained model: ``cnn_aula_mnist``, ``mlp_mnist_amostra``."""
    from engine.datasets.builtin import SAMPLE_NAME
    from engine.datasets.catalog import safe_file_stem

    kind = _KIND_STEMS.get(source) or safe_file_stem(Path(source).stem)
    data = ("mnist_amostra" if data_name == SAMPLE_NAME
            else _DATA_STEMS.get(data_name) or safe_file_stem(data_name))
    # Accents dropped, not the letters: "dígitos" becomes "digitos".
    stem = unicodedata.normalize("NFKD", f"{kind}_{data}")
    return stem.encode("ascii", "ignore").decode("ascii") or "modelo"


class TrainingFiles(QObject):
    """Save model…, and the Export menu (each chart as PNG, the history as CSV)."""

    def __init__(self, parent: QWidget, runs: RunList, charts: "TrainingCharts",
                 session: "LabSession", show_status: ShowStatus) -> None:
        super().__init__(parent)
        self._parent, self._runs, self._charts = parent, runs, charts
        self._session, self._show_status = session, show_status
        self.export_button = QToolButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(parent)
        self.batch_action = menu.addAction("", lambda: self._ask_export_chart("batch"))
        self.epoch_action = menu.addAction("", lambda: self._ask_export_chart("epoch"))
        self.csv_action = menu.addAction("", self._ask_export_history)
        self.export_button.setMenu(menu)

    # -- the model -------------------------------------------------------------------------------
    def outcome_to_save(self) -> RunOutcome | None:
        """The selected run's trained network, else the newest run that has one."""
        selected = self._runs.selected()
        if selected is not None and selected.outcome is not None:
            return selected.outcome
        done = [run for run in self._runs.runs() if run.outcome is not None]
        return done[-1].outcome if done else None

    def ask_where_to_save(self) -> None:
        outcome = self.outcome_to_save()
        if outcome is None:
            return
        name = suggested_file_stem(outcome.plan.source, outcome.plan.dataset.name)
        folder = ensure_dir(app_data_dir() / "models")
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Save the trained model"),
                                              str(folder / f"{name}.keras"),
                                              self.tr("Keras models (*.keras)"))
        if path:
            self.save_model_to(path)

    def save_model_to(self, path: str | Path) -> bool:
        """Write the model and its card; offer it in the Draw and Activations tabs' selectors."""
        outcome = self.outcome_to_save()
        if outcome is None:
            return False
        path = Path(path)
        if path.suffix != ".keras":
            path = path.with_name(path.name + ".keras")
        try:
            from engine.models.io import save_model

            save_model(outcome.model, path, model_card(outcome, path))
        except (OSError, ValueError) as error:
            reason = str(error)  # the except block forgets ``error``; the status keeps this
            self._show_status(lambda: self.tr("Could not save the model: {reason}").format(
                reason=reason), True)
            return False
        self._session.add_model_file(path)
        self._show_status(lambda: self.tr("Saved {file} with its model card. It is now the "
                                          "model of the Draw and Activations tabs; "
                                          "“Default model” beside the model selector goes "
                                          "back.").format(file=path.name), False)
        return True

    # -- exports ---------------------------------------------------------------------------------
    def export_chart_to(self, which: str, path: str | Path) -> bool:
        """Save the "batch" or "epoch" chart as a PNG image."""
        try:
            self._charts.export_png(which, str(path))
        except OSError as error:
            self._failed(error)
            return False
        return True

    def export_history_to(self, path: str | Path) -> bool:
        """Save every epoch of the runs on the charts (all runs if none is ticked) as CSV."""
        runs = self._runs.shown_runs() or self._runs.runs()
        try:
            atomic_write_bytes(path, history_csv([(run.label, run.epochs) for run in runs]))
        except OSError as error:
            self._failed(error)
            return False
        return True

    def _failed(self, error: OSError) -> None:
        reason = str(error)
        self._show_status(lambda: self.tr("Could not export: {reason}").format(reason=reason),
                          True)

    def _ask_export_chart(self, which: str) -> None:
        # Suggested names are translated, ASCII and without spaces, like every offered name.
        name = {"batch": self.tr("batch_chart.png"), "epoch": self.tr("epoch_chart.png")}[which]
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export the chart"),
                                              str(Path.home() / name),
                                              self.tr("PNG images (*.png)"))
        if path:
            self.export_chart_to(which, path if path.lower().endswith(".png") else path + ".png")

    def _ask_export_history(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export the history"),
                                              str(Path.home() / self.tr("training_history.csv")),
                                              self.tr("CSV tables (*.csv)"))
        if path:
            self.export_history_to(path if path.lower().endswith(".csv") else path + ".csv")

    # -- words -----------------------------------------------------------------------------------
    def outcome_text(self, run: RunRecord, outcome: RunOutcome) -> str:
        """What a finished or stopped run achieved, in one short paragraph."""
        result = outcome.result
        if run.state == STOPPED:
            last = run.last_batch
            text = self.tr("Stopped by you in epoch {epoch}, after batch {batch} of {batches}. "
                           "The network keeps what it learned so far: it still works and can "
                           "be saved.").format(
                epoch=(last.epoch + 1) if last else 1, batch=(last.batch + 1) if last else 0,
                batches=last.batches_per_epoch if last else 0)
        else:
            text = self.tr("Finished: {epochs} epoch(s) in {time}.").format(
                epochs=len(result.history), time=clock(result.seconds))
        count = i18n.integer(len(outcome.evaluation.y_true))
        accuracy = i18n.percent(outcome.evaluation.accuracy)
        if outcome.test_split == "test":
            text += " " + self.tr("Accuracy on the {count} test images: {accuracy} %.").format(
                count=count, accuracy=accuracy)
        else:
            text += " " + self.tr("Accuracy on {count} held-out images (the data has no test "
                                  "split): {accuracy} %.").format(count=count, accuracy=accuracy)
        return text

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save a chart as a PNG image, or every epoch's "
                                              "numbers as a CSV table for a spreadsheet."))
        self.batch_action.setText(self.tr("Batch chart as PNG…"))
        self.epoch_action.setText(self.tr("Epoch chart as PNG…"))
        self.csv_action.setText(self.tr("History as CSV…"))
