"""The Exercises page's sentences that hold numbers: verdicts, progress, the topic summary.

The problems' own words (question, worked solution, mistake) come from the engine in both
languages; these are the page's, translated through Qt (context ``ExerciseTexts``).
"""

from PySide6.QtCore import QObject

from engine.exercises.problems import MAX_LEVEL
from gui import i18n
from gui.widgets.exercise_button import topic_title


def engine_language() -> str:
    """The engine's name for the interface language ("pt_BR" or "en")."""
    return "pt_BR" if i18n.current_language() == i18n.PORTUGUESE else "en"


class ExerciseTexts(QObject):
    """The sentences, each written in the language installed when it is asked for."""

    def field_names(self) -> dict[str, str]:
        """The answer boxes, named as the course names them (VP, acurácia, …)."""
        return {"vp": self.tr("TP"), "vn": self.tr("TN"), "fp": self.tr("FP"),
                "fn": self.tr("FN"), "accuracy": self.tr("Accuracy"),
                "precision": self.tr("Precision"), "recall": self.tr("Recall"),
                "f1": self.tr("F1"), "value": self.tr("Answer")}

    def topic_line(self, topic: str, right: int, attempts: int) -> str:
        """A topic list entry: "Convolution: one cell  3/4"."""
        return self.tr("{topic}  {right}/{attempts}").format(
            topic=topic_title(topic), right=right, attempts=attempts)

    def progress_line(self, number: int, count: int, level: int) -> str:
        return self.tr("Problem {number} of {count} · level {level} of {top}").format(
            number=number, count=count, level=level, top=MAX_LEVEL)

    def verdict(self, right: bool, wrong_fields: list[str], result: str, several: bool) -> str:
        """What the feedback label says once checked (``several``: the eight metric boxes)."""
        if right and several:
            return self.tr("Right! All eight are right.")
        if right:
            return self.tr("Right! {result} is the answer.").format(result=result)
        if wrong_fields:
            names = self.field_names()
            return self.tr("Not quite: {fields} wrong. The worked solution is below.").format(
                fields=", ".join(names[field] for field in wrong_fields))
        return self.tr("Not quite: the answer is {result}. The worked solution is below."
                       ).format(result=result)

    def summary(self, topic: str, right: int, count: int, level: int) -> str:
        return self.tr("“{topic}” done: {right} of {count} right; you reached level {level} "
                       "of {top}.").format(topic=topic_title(topic), right=right, count=count,
                                           level=level, top=MAX_LEVEL)

    def next_text(self, finished_topic: bool, another_topic: bool) -> str:
        if finished_topic and another_topic:
            return self.tr("Next topic")
        return self.tr("Next problem")


TEXTS = ExerciseTexts()  # holds no state: one for the whole page
