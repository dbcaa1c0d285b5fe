"""The sentences of the Evaluation tab: what is shown, what cannot be evaluated and why.

Kept apart from the tab's behaviour so that each reads on its own; every sentence is
translated (context ``EvaluationTexts``) and writes numbers as the interface's language does.
"""

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QObject

from engine.training.evaluation import VALIDATION, Mismatch
from gui import i18n
from gui.widgets.dataset_chooser import dataset_title

NAMES_SHOWN = 4  # class names quoted in a warning before "…"


@dataclass
class ShownEvaluation:
    """An evaluation on screen, with what is needed to redraw it in another language."""

    evaluation: Any  # engine.training.trainer.Evaluation
    images: np.ndarray  # the evaluated uint8 images, in order (for the thumbnails)
    names: list[str]
    names_pt: list[str] | None = None
    model: Any = None  # the session's ModelEntry, when it came from the Evaluate button
    data_name: str = ""
    split: str | None = None  # TEST or VALIDATION; None when it was given from outside

    def class_names(self, portuguese: bool) -> list[str]:
        pt = self.names_pt
        return pt if portuguese and pt and len(pt) == len(self.names) else self.names


def _some(names: list[str]) -> str:
    shown = ", ".join(names[:NAMES_SHOWN])
    return shown + (", …" if len(names) > NAMES_SHOWN else "")


class EvaluationTexts(QObject):
    """Builds the tab's changing sentences in the current language."""

    def problem(self, problem: Mismatch, data_name: str) -> str:
        """Why the model cannot be evaluated on this data, and what to do about it."""
        data_name = dataset_title(data_name)
        if problem.kind == "classes":
            return self.tr("“{data}” has labels up to {label}, but the model tells only {count} "
                           "classes apart: choose a model trained on these classes.").format(
                data=data_name, label=problem.data[0] - 1, count=problem.model[0])
        model_h, model_w, model_c = problem.model
        data_h, data_w, data_c = problem.data
        if problem.kind == "size":
            return self.tr("The model reads {mh} × {mw} images, but “{data}” has {dh} × {dw} "
                           "images: choose data of the model's size, or another model.").format(
                mh=model_h, mw=model_w, data=data_name, dh=data_h, dw=data_w)
        kinds = {1: self.tr("grey (1 channel)"), 3: self.tr("colour (3 channels)")}
        return self.tr("The model reads {model_kind} images, but “{data}” has {data_kind} "
                       "images: choose matching data, or another model.").format(
            model_kind=kinds[model_c], data=data_name, data_kind=kinds.get(data_c, str(data_c)))

    def names_differ(self, model_names: list[str], data_names: list[str]) -> str:
        """A warning (evaluation still allowed) when the model knows other classes."""
        return self.tr("Careful: the model's classes ({model}) are not this data's ({data}), so "
                       "its answers are compared with labels of other things.").format(
            model=_some(model_names), data=_some(data_names))

    def title(self, shown: ShownEvaluation | None, model_title: str) -> str:
        """One line saying what the results are: model, data, split, size and accuracy."""
        if shown is None:
            return self.tr("Choose a model and data, then press Evaluate.")
        evaluation = shown.evaluation
        count, accuracy = len(evaluation.y_true), evaluation.accuracy
        score = self.tr("accuracy {accuracy} ({percent} %)").format(
            accuracy=i18n.number(accuracy, 3), percent=i18n.percent(accuracy))
        if shown.split is None:
            return self.tr("{count} images: {score}").format(count=i18n.integer(count),
                                                             score=score)
        split = (self.tr("validation split (no test split: the training hold-out)")
                 if shown.split == VALIDATION else self.tr("test split"))
        return self.tr("{model} on {data}, {split}, {count} images: {score}").format(
            model=model_title, data=dataset_title(shown.data_name), split=split,
            count=i18n.integer(count), score=score)

    def evaluating(self, model_title: str, data_name: str) -> str:
        return self.tr("Evaluating {model} on {data}…").format(model=model_title,
                                                               data=dataset_title(data_name))

    def cell(self, true_name: str, predicted_name: str, count: int, shown: int) -> str:
        """The heading over a cell's thumbnails."""
        if count == 0:
            text = self.tr("No image of class {true} was predicted as {predicted}.")
        elif count == 1:
            text = self.tr("True {true}, predicted {predicted}: one image. Click it to "
                           "inspect it.")
        elif count > shown:
            text = self.tr("True {true}, predicted {predicted}: {count} images; the {shown} "
                           "most confident are shown.")
        else:
            text = self.tr("True {true}, predicted {predicted}: {count} images, the most "
                           "confident first. Click one to inspect it.")
        return text.format(true=true_name, predicted=predicted_name,
                           count=i18n.integer(count), shown=i18n.integer(shown))

    def click_a_cell(self) -> str:
        return self.tr("Click a cell of the matrix to see its images.")

    def failed(self, reason: object) -> str:
        return self.tr("The evaluation failed: {reason}").format(reason=reason)

    def nothing_to_export(self) -> str:
        return self.tr("Evaluate a model first: there is nothing to export yet.")

    def could_not_save(self, file_name: str, reason: object) -> str:
        return self.tr("Could not save {file}: {reason}").format(file=file_name, reason=reason)
