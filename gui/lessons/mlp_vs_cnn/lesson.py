"""Lesson "MLP × CNN" (slide 4): why convolutions need so few weights, and what that buys.

Two pages:

- **Parameter calculator** — the deck's "n² versus d·l": for an input H×W×C, a k×k kernel
  and d filters, the parameters of a fully connected, a locally connected and a
  convolutional layer, each formula filled in with the numbers, and a chart of the three.
  It opens on a 28×28 grey MNIST digit, a 3×3 kernel and 32 filters (the slide itself
  gives no numbers, only the two formulas).
- **Trained networks** — the shipped MLP and the lecture's CNN, about the same number of
  parameters, side by side: their model cards, and both reading the same digit while it is
  moved pixel by pixel.

Run on its own with ``python -m gui.lessons.mlp_vs_cnn``.
"""

import sys
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from gui.lessons.common import LessonPage, add_exercise_button, lesson_title, scrolled
from gui.lessons.mlp_vs_cnn import activity
from gui.lessons.mlp_vs_cnn.calculator import ParameterCalculator
from gui.lessons.mlp_vs_cnn.shift import ShiftExperiment
from gui.session import LabSession
from gui.widgets.activity import ActivityControl

CALCULATOR_TAB, MODELS_TAB = 0, 1


class MlpVsCnnLesson(LessonPage):
    """The slide's title over two tabs: the calculator and the trained networks."""

    def __init__(self, session: LabSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, margin=6)
        self.session = session
        self.title = lesson_title()
        self.calculator = ParameterCalculator()
        self.experiment = ShiftExperiment(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mlpCnnTabs")
        self.tabs.addTab(scrolled(self.calculator), "")
        self.tabs.addTab(scrolled(self.experiment), "")
        self.page_layout.addWidget(self.title)
        self.exercise_button = add_exercise_button(self.title, session, "parameters")
        self.page_layout.addWidget(self.tabs, 1)
        self.retranslate()

    def show_models_tab(self) -> None:
        self.tabs.setCurrentIndex(MODELS_TAB)

    def showEvent(self, event: QShowEvent) -> None:
        # The two models load when the lesson is first seen, not when the window is built:
        # by the time the calculator has been discussed they are ready.
        super().showEvent(event)
        self.experiment.start_loading()

    # -- activity files (gui.widgets.activity.ActivityPage) -----------------------------------
    def activity_kind(self) -> str:
        return "lesson"

    def activity_state(self) -> dict[str, Any]:
        return activity.state_dict(self.tabs.currentIndex(), self.calculator, self.experiment)

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        checked = activity.checked_state(state)  # raises before anything changes
        self.calculator.set_setup(checked.setup)
        self.calculator.log_check.setChecked(checked.log_scale)
        self.experiment.reset_shift()
        self.experiment.shift_by(*checked.shift)
        self.tabs.setCurrentIndex(checked.tab)

    def activity_controls(self) -> list[ActivityControl]:
        return activity.controls(self.calculator, self.experiment)

    def retranslate(self) -> None:
        self.title.setText(self.tr("MLP × CNN"))
        self.tabs.setTabText(CALCULATOR_TAB, self.tr("Parameter calculator"))
        self.tabs.setTabText(MODELS_TAB, self.tr("Trained networks: moving the digit"))
        self.tabs.setTabToolTip(CALCULATOR_TAB, self.tr(
            "Count the weights of a fully connected, a locally connected and a convolutional "
            "layer for the same image"))
        self.tabs.setTabToolTip(MODELS_TAB, self.tr(
            "Compare a trained MLP and a trained CNN of about the same size on a moved digit"))
        self.calculator.retranslate()
        self.experiment.retranslate()


if __name__ == "__main__":
    from gui.preview import run_preview

    sys.exit(run_preview(lambda: MlpVsCnnLesson(LabSession())))
