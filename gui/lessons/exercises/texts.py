"""The Exercises page's sentences that hold numbers: verdicts, progress, the topic summary.

The problems' own words (question, worked solution, mistake) come from the engine in both
languages; these are the page's, through Qt's translations, with numbers by the language.
"""

from PySide6.QtCore import QCoreApplication

from engine.exercises.problems import MAX_LEVEL
from gui import i18n
from gui.widgets.exercise_button import topic_title

CONTEXT = "ExercisePanel"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def engine_language() -> str:
    """The engine's name for the interface language ("pt_BR" or "en")."""
    return "pt_BR" if i18n.current_language() == i18n.PORTUGUESE else "en"


def field_names() -> dict[str, str]:
    """The metrics' answer boxes, named as the course names them (VP, acurácia, …)."""
    return {"vp": tr("TP"), "vn": tr("TN"), "fp": tr("FP"), "fn": tr("FN"),
            "accuracy": tr("Accuracy"), "precision": tr("Precision"), "recall": tr("Recall"),
            "f1": tr("F1"), "value": tr("Answer")}


def topic_line(topic: str, right: int, attempts: int) -> str:
    """A topic list entry: "Convolution: one cell  3/4"."""
    return tr("{topic}  {right}/{attempts}").format(
        topic=topic_title(topic), right=right, attempts=attempts)


def progress_line(number: int, count: int, level: int) -> str:
    return tr("Problem {number} of {count} · level {level} of {top}").format(
        number=number, count=count, level=level, top=MAX_LEVEL)


def verdict(right: bool, wrong_fields: list[str], result: str, several: bool) -> str:
    """What the feedback label says once the answer is checked (``several``: eight boxes)."""
    if right and several:
        return tr("Right! All eight are right.")
    if right:
        return tr("Right! {result} is the answer.").format(result=result)
    if wrong_fields:
        names = field_names()
        return tr("Not quite: {fields} wrong. The worked solution is below.").format(
            fields=", ".join(names[field] for field in wrong_fields))
    return tr("Not quite: the answer is {result}. The worked solution is below.").format(
        result=result)


def summary(topic: str, right: int, count: int, level: int) -> str:
    return tr("“{topic}” done: {right} of {count} right; you reached level {level} of {top}."
              ).format(topic=topic_title(topic), right=right, count=count, level=level,
                       top=MAX_LEVEL)


def next_text(finished_topic: bool, another_topic: bool) -> str:
    if finished_topic and another_topic:
        return tr("Next topic")
    return tr("Next problem")
