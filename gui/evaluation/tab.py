"""Tab "Avaliação" (slides 25–26, "Medidas de desempenho"): how good is a model, class by class?

The session's model runs on a dataset's test split (or, when the dataset has none, on the
validation hold-out that training sets aside) in a worker thread, through
``engine.training.trainer.evaluate``. The results: the confusion matrix as a heat map (click a cell:
the images behind it; click an image: the Activations tab opens on it), the per-class report,
and the metrics lesson — a positive class, VP/VN/FP/FN coloured on the matrix and the deck's
four formulas filled in with the counts. Every number comes from ``engine.numerics.metrics``.

``show_evaluation`` shows any ``engine.training.trainer.Evaluation`` (the Training tab's, or a
test's). Run on its own with ``python -m gui.evaluation``.
"""

import sys
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from engine.training.evaluation import (
    Mismatch,
    evaluation_set,
    examples_in_cell,
    mismatch,
    report_csv,
)
from gui import i18n
from gui.evaluation import activity
from gui.evaluation.texts import EvaluationTexts, ShownEvaluation
from gui.evaluation.view import LESSON_PAGE, EvaluationView
from gui.session import LabSession, ModelEntry
from gui.widgets.activity import ActivityControl
from gui.workers import BackgroundCall, run_in_background


class EvaluationTab(QWidget):
    """Evaluate the current model on a dataset and explain the numbers."""

    def __init__(self, session: LabSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationTab")
        self.session = session
        self.view = EvaluationView(session)
        self.texts = EvaluationTexts(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._shown: ShownEvaluation | None = None
        self._call: BackgroundCall | None = None
        self._generation = 0  # results of an overtaken evaluation are dropped
        self._evaluating = False
        self._wire()
        self.retranslate()
        session.ensure_model()

    def _wire(self) -> None:
        v = self.view
        v.evaluate_button.clicked.connect(self.evaluate)
        v.export_report_button.clicked.connect(self._ask_report_path)
        v.export_matrix_button.clicked.connect(self._ask_matrix_path)
        v.matrix.cellClicked.connect(self.show_cell)
        v.matrix.set_photo_source(self.cell_photos)
        v.examples.exampleChosen.connect(self.inspect_example)
        v.pages.currentChanged.connect(self._sync_roles)
        v.lesson.positiveChanged.connect(self._sync_roles)
        v.chooser.datasetReady.connect(self._update_state)
        v.chooser.datasetFailed.connect(self._update_state)
        self.session.modelChanged.connect(self._update_state)
        self.session.busyChanged.connect(self._update_state)

    # -- evaluating ----------------------------------------------------------------------------
    def evaluate(self) -> bool:
        """Start evaluating the current model on the chosen data; False when it cannot."""
        loaded, dataset = self.session.current, self.view.chooser.dataset()
        if loaded is None or dataset is None or self.session.busy or self._problem() is not None:
            self._update_state()
            return False
        self._generation += 1
        generation = self._generation
        self._set_evaluating(True)

        def work() -> tuple[Any, Any]:
            from engine.training.trainer import evaluate

            data = evaluation_set(dataset)
            return data, evaluate(loaded.model, data.x, data.y, class_names=loaded.names,
                                  predictor=loaded.predictor)

        def done(outcome: tuple[Any, Any]) -> None:
            if generation == self._generation:
                data, evaluation = outcome
                self._set_evaluating(False)
                self._show(self._shown_for(evaluation, data, loaded, dataset))

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self._set_evaluating(False)
                self.view.problem.show_problem(self.texts.failed(error))

        self._call = run_in_background(work, done, failed, name="cnn-lab-evaluation")
        return True

    @staticmethod
    def _shown_for(evaluation: Any, data: Any, loaded: Any, dataset: Any) -> ShownEvaluation:
        """Class names from the data when it has one per output, else from the model card."""
        if dataset.num_classes == len(loaded.names):
            names, names_pt = dataset.class_names, dataset.class_names_pt
        else:
            names, names_pt = loaded.names, loaded.names_pt or None
        return ShownEvaluation(evaluation, data.x, list(names), names_pt and list(names_pt),
                               loaded.entry, dataset.name, data.split)

    def is_evaluating(self) -> bool:
        return self._evaluating

    def wait(self, timeout: float = 60.0) -> bool:
        """Block until a running evaluation's thread ends (tests; the result still queues)."""
        return self._call.wait(timeout) if self._call is not None else True

    def _set_evaluating(self, running: bool) -> None:
        self._evaluating = running
        self.view.busy.setVisible(running)
        if running:
            self.view.title.setText(self.texts.evaluating(
                self._model_title(self.session.current.entry), self.view.chooser.dataset().name))
        self._update_state()

    # -- what can be evaluated -----------------------------------------------------------------
    def _problem(self) -> Mismatch | None:
        loaded, dataset = self.session.current, self.view.chooser.dataset()
        if loaded is None or dataset is None:
            return None
        return mismatch(loaded.predictor.spec, loaded.predictor.num_classes, dataset)

    def _update_state(self, *_args: object) -> None:
        """Enable Evaluate when a model and data are ready and fit; say what is wrong if not."""
        loaded, dataset = self.session.current, self.view.chooser.dataset()
        problem = self._problem()
        ready = (loaded is not None and dataset is not None and not self.session.busy
                 and not self.view.chooser.is_loading())
        self.view.evaluate_button.setEnabled(ready and problem is None and not self._evaluating)
        if problem is not None:
            self.view.problem.show_problem(self.texts.problem(problem, dataset.name))
        elif ready and loaded.names != dataset.class_names:
            self.view.problem.show_problem(self.texts.names_differ(loaded.names,
                                                                   dataset.class_names))
        elif not self._evaluating:
            self.view.problem.clear_problem()
        # Nothing to export before the first evaluation: a button that only says so misleads.
        for button in (self.view.export_report_button, self.view.export_matrix_button):
            button.setEnabled(self._shown is not None)
        if not self._evaluating:
            model = self._shown.model if self._shown is not None else None
            self.view.title.setText(self.texts.title(self._shown, self._model_title(model)))

    def _model_title(self, entry: ModelEntry | None) -> str:
        return self.view.selector.title(entry) if entry is not None else ""

    # -- showing results -----------------------------------------------------------------------
    def show_evaluation(self, evaluation: Any, images: np.ndarray, class_names: list[str],
                        class_names_pt: list[str] | None = None, model: ModelEntry | None = None,
                        data_name: str = "") -> None:
        """Show ``evaluation`` (an ``engine.training.trainer.Evaluation``) of ``images``.

        ``images`` are the evaluated uint8 images in order (for the thumbnails); the names are
        one per class (Portuguese optional). A running evaluation is dropped: this one wins.
        """
        self._generation += 1
        if self._evaluating:
            self._set_evaluating(False)
        self._show(ShownEvaluation(evaluation, np.asarray(images), list(class_names),
                                   list(class_names_pt) if class_names_pt else None,
                                   model, data_name))

    def shown(self) -> ShownEvaluation | None:
        return self._shown

    def _show(self, shown: ShownEvaluation) -> None:
        self._shown = shown
        self._redraw()
        self.view.examples.clear()
        self.view.cell_title.setText(self.texts.click_a_cell())
        self._update_state()

    def _redraw(self) -> None:
        """Matrix, report and lesson from the shown evaluation, in the current language."""
        shown, names = self._shown, self.class_names()
        if shown is None:
            return
        evaluation = shown.evaluation
        self.view.matrix.set_matrix(evaluation.confusion_matrix, names)
        self.view.report.set_report(evaluation.report, names)
        self.view.lesson.set_data(evaluation.confusion_matrix, names, evaluation.accuracy)
        self._sync_roles()

    def class_names(self) -> list[str]:
        """The shown classes' names in the interface's language."""
        if self._shown is None:
            return []
        return self._shown.class_names(i18n.current_language() == i18n.PORTUGUESE)

    def _sync_roles(self, *_args: object) -> None:
        """VP/VN/FP/FN colours on the matrix while the lesson page is open, else the heat map."""
        on_lesson = self.view.pages.currentIndex() == LESSON_PAGE and self._shown is not None
        self.view.matrix.set_positive(self.view.lesson.positive() if on_lesson else None)

    # -- the images behind a cell --------------------------------------------------------------
    def show_cell(self, row: int, column: int) -> None:
        """Show the thumbnails of the images of true class ``row`` predicted as ``column``."""
        shown, names = self._shown, self.class_names()
        if shown is None:
            return
        evaluation = shown.evaluation
        self.view.matrix.select(row, column)
        indices = examples_in_cell(evaluation.y_true, evaluation.y_pred, row, column)
        self.view.examples.show_examples(indices, shown.images, evaluation.y_true,
                                         evaluation.y_pred, evaluation.probabilities, names)
        self.view.cell_title.setText(self.texts.cell(names[row], names[column], len(indices),
                                                     self.view.examples.count()))

    def cell_photos(self, row: int, column: int) -> list[np.ndarray]:
        """The images of a cell, most confident first (the hover text shows a few)."""
        from gui.evaluation.cell_examples import order_by_confidence

        shown = self._shown
        if shown is None:
            return []
        evaluation = shown.evaluation
        indices = examples_in_cell(evaluation.y_true, evaluation.y_pred, row, column)
        ordered = order_by_confidence(np.asarray(indices, np.int64),
                                      evaluation.probabilities.max(axis=1))
        return [shown.images[index] for index in ordered[:8]]

    def inspect_example(self, index: int) -> None:
        """Open image ``index`` of the evaluated set in the Activations tab (as 0–1 floats)."""
        if self._shown is not None:
            self.session.inspect(self._shown.images[index].astype(np.float32) / 255.0)

    # -- exports -------------------------------------------------------------------------------
    def export_report(self, path: str | Path) -> bool:
        """Write the report as CSV (atomically); False, with a message, when it cannot."""
        if self._shown is None:
            self.view.problem.show_problem(self.texts.nothing_to_export())
            return False
        text = report_csv(self._shown.evaluation.report, self.class_names())
        # utf-8-sig: spreadsheets then read accented class names (Pulôver) correctly.
        return self._write(path, text.encode("utf-8-sig"))

    def export_matrix(self, path: str | Path) -> bool:
        """Save the confusion matrix, as coloured now, as a PNG image (atomically)."""
        if self._shown is None:
            self.view.problem.show_problem(self.texts.nothing_to_export())
            return False
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.view.matrix.render_image().save(buffer, "PNG")
        buffer.close()
        return self._write(path, bytes(data.data()))

    def _write(self, path: str | Path, data: bytes) -> bool:
        from engine.paths import atomic_write_bytes

        try:
            atomic_write_bytes(path, data)
        except OSError as error:
            self.view.problem.show_problem(self.texts.could_not_save(
                Path(path).name, error.strerror or error))
            return False
        self._update_state()  # clears an earlier export problem
        return True

    def _ask_report_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"),
                                              str(Path.home() / self.tr("evaluation_report.csv")),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_report(path)

    def _ask_matrix_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the confusion matrix"),
                                              str(Path.home() / self.tr("confusion_matrix.png")),
                                              self.tr("PNG images (*.png)"))
        if path:
            self.export_matrix(path)

    # -- activity files (gui.widgets.activity.ActivityPage) ------------------------------------
    def activity_kind(self) -> str:
        return "lesson"  # the metrics lesson of slides 25–26

    def activity_state(self) -> dict[str, Any]:
        return activity.state_dict(self.view, self.session, self._shown is not None)

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        checked = activity.checked_state(state, self.view, self.session)  # raises first
        activity.apply_state(self.view, self.session, checked, self.evaluate)

    def activity_controls(self) -> list[ActivityControl]:
        return activity.controls(self.view)

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        selected = self.view.matrix.selected()
        self.view.retranslate()
        self._redraw()
        if selected is not None:
            self.show_cell(*selected)
        else:
            self.view.cell_title.setText(self.texts.click_a_cell() if self._shown else "")
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


if __name__ == "__main__":
    from gui.preview import run_preview

    sys.exit(run_preview(lambda: EvaluationTab(LabSession())))
