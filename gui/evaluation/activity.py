"""The Evaluation tab as an activity file (kind "lesson": the metrics lesson of slides 25–26).

State: ``model`` (a shipped model's key, or None for a model file of the teacher's own, which
cannot travel in the file: the student's model stays), ``dataset`` (the data chooser's key),
``page`` ("report" or "metrics"), ``positive`` (the positive class, 0-based) and ``evaluated``
(whether the teacher had evaluated). Model and data load in the background, so opening an
activity chooses them at once, evaluates when both are ready (if the teacher had), and sets
the positive class when the confusion matrix is shown.
"""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from engine.activities import state_checks as check
from engine.models.io import load_card
from gui.evaluation.view import LESSON_PAGE, REPORT_PAGE, EvaluationView
from gui.session import SHIPPED_MODELS, LabSession, shipped_entry
from gui.widgets.activity import ActivityControl

KEYS = ("model", "dataset", "page", "positive", "evaluated")
PAGES = {"report": REPORT_PAGE, "metrics": LESSON_PAGE}


@dataclass(frozen=True)
class EvaluationState:
    model: str | None
    dataset: str
    page: int
    positive: int
    evaluated: bool


def state_dict(view: EvaluationView, session: LabSession, evaluated: bool) -> dict[str, Any]:
    entry = session.pending or (session.current.entry if session.current is not None else None)
    page = next(key for key, index in PAGES.items() if index == view.pages.currentIndex())
    return {"model": entry.shipped_key if entry is not None else None,
            "dataset": view.chooser.current_key(), "page": page,
            "positive": view.lesson.positive(), "evaluated": evaluated}


def checked_state(state: object, view: EvaluationView, session: LabSession) -> EvaluationState:
    check.require_keys(state, KEYS)
    assert isinstance(state, dict)
    model = None if state["model"] is None else check.choice(state["model"], "model",
                                                             SHIPPED_MODELS)
    datasets = [str(view.chooser.combo.itemData(i)) for i in range(view.chooser.combo.count())]
    dataset = check.choice(state["dataset"], "dataset", datasets)
    classes = _class_count(model, dataset, session)
    return EvaluationState(
        model, dataset, PAGES[check.choice(state["page"], "page", PAGES)],
        check.integer(state["positive"], "positive", 0, (classes or 1_000_000) - 1),
        check.boolean(state["evaluated"], "evaluated"))


def _class_count(model: str | None, dataset: str, session: LabSession) -> int | None:
    """How many classes the evaluation will have, when it can be known before loading."""
    if model is not None:
        names = load_card(shipped_entry(model).path).get("class_names")
        if isinstance(names, list) and names:
            return len(names)
    if dataset in session.datasets:
        return int(session.datasets[dataset].num_classes)
    return len(session.current.names) if session.current is not None else None


class PendingEvaluation(QObject):
    """What an opened activity still waits for: an evaluation to start, a positive class to set.

    Evaluation starts once the model and the data are loaded (the tab's Evaluate button says
    when); the positive class is set when the next confusion matrix is shown (a class the data
    turns out not to have is left alone). A choice made by hand meanwhile wins.
    """

    def __init__(self, view: EvaluationView, session: LabSession, evaluate: Any) -> None:
        super().__init__(view)
        self._view, self._evaluate = view, evaluate
        self._positive: int | None = None
        self._evaluating = False
        view.lesson.positiveChanged.connect(self._matrix_shown)
        view.chooser.datasetReady.connect(self._try_evaluate)
        view.chooser.combo.activated.connect(self.forget)
        view.selector.combo.activated.connect(self.forget)
        session.modelChanged.connect(self._try_evaluate)
        session.busyChanged.connect(self._try_evaluate)

    def wait_for(self, positive: int, evaluate: bool) -> None:
        self._positive, self._evaluating = positive, evaluate
        if positive < self._view.lesson.combo.count():  # a matrix is shown already
            self._view.lesson.set_positive(positive)
        self._try_evaluate()

    def forget(self, *_args: object) -> None:
        self._evaluating = False

    def _try_evaluate(self, *_args: object) -> None:
        # The button can still be enabled for the data loaded before: wait for the new data.
        ready = self._view.evaluate_button.isEnabled() and not self._view.chooser.is_loading()
        if self._evaluating and ready:
            self._evaluating = False
            self._evaluate()

    def _matrix_shown(self, _positive: int) -> None:
        wanted, self._positive = self._positive, None
        if wanted is not None and wanted < self._view.lesson.combo.count():
            self._view.lesson.set_positive(wanted)


def apply_state(view: EvaluationView, session: LabSession, state: EvaluationState,
                evaluate: Any) -> None:
    """Choose model and data as a person does in the lists; the rest follows once loaded."""
    shown = session.pending or (session.current.entry if session.current is not None else None)
    if state.model is not None and (shown is None or shown.shipped_key != state.model):
        session.select(shipped_entry(state.model))
    if state.dataset != view.chooser.current_key() or view.chooser.dataset() is None:
        view.chooser.choose(state.dataset)
    view.pages.setCurrentIndex(state.page)
    pending = view.findChild(PendingEvaluation) or PendingEvaluation(view, session, evaluate)
    pending.wait_for(state.positive, state.evaluated)


def controls(view: EvaluationView) -> list[ActivityControl]:
    translate = QCoreApplication.translate
    return [
        ActivityControl("model", translate("EvaluationActivity", "Model"),
                        (view.selector.combo, view.selector.default_button)),
        ActivityControl("dataset", translate("EvaluationActivity", "Data"),
                        (view.chooser.combo,)),
        ActivityControl("positive", translate("EvaluationActivity", "Positive class"),
                        (view.lesson.combo,)),
    ]
