"""The "Exercises" button every lesson carries, and the names of the exercise topics.

A lesson and the Evaluation tab cannot import the Exercises page (the GUI's features stand on
their own), so the button only asks: it emits ``session.exercisesRequested(topic)`` and the
main window opens the page on that topic. The topics' names live here because both the
button's tooltip and the Exercises page's list show them.
"""

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton, QWidget


def topic_title(topic: str) -> str:
    """The topic's name in the interface language ("Convolution: one cell", …)."""
    titles = {
        "output_size": QCoreApplication.translate("ExerciseTopics", "Output size"),
        "conv_cell": QCoreApplication.translate("ExerciseTopics", "Convolution: one cell"),
        "parameters": QCoreApplication.translate("ExerciseTopics", "Parameters of a layer"),
        "pooling": QCoreApplication.translate("ExerciseTopics", "Pooling: one cell"),
        "backprop": QCoreApplication.translate("ExerciseTopics", "Backpropagation: one ∂L/∂w"),
        "metrics": QCoreApplication.translate("ExerciseTopics", "Metrics of a confusion matrix"),
    }
    return titles.get(topic, topic)


class ExerciseButton(QPushButton):
    """A button that asks for the Exercises page on ``topic``; its words follow the language."""

    def __init__(self, session: object | None, topic: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseButton")
        self.topic = topic
        signal = getattr(session, "exercisesRequested", None)
        if signal is None:  # a lesson previewed on its own has no window to open the page in
            self.setEnabled(False)
        else:
            self.clicked.connect(lambda: signal.emit(self.topic))
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Exercises"))
        self.setToolTip(self.tr(
            "Practise what this page shows: the Exercises page opens on “{topic}”, with "
            "problems to work out by hand and a worked solution for every mistake.").format(
            topic=topic_title(self.topic)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
