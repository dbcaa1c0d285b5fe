"""Lesson "Importância do max pooling" (slides 17–18): what max pooling does not notice.

Two experiments, one per slide, on two tabs:

1. *Shift the input* (slide 17, :class:`ShiftExperiment`): move a feature map one pixel with
   the arrows and see which activations and which max-pooled outputs changed, with counts.
2. *Three filters for a 5* (slide 18, :class:`FiveDetector`): three filters tuned to 5s
   written at different slants; max pooling over positions and filters gives one output that
   stays high wherever the 5 is drawn.

Run on its own with ``python -m gui.lessons.pooling.invariance``.
"""

import sys
from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from gui.lessons.common import LessonPage, add_exercise_button, lesson_title, scrolled
from gui.lessons.pooling import invariance_activity as activity
from gui.lessons.pooling.detector import FiveDetector
from gui.lessons.pooling.shift import ShiftExperiment
from gui.session import LabSession
from gui.widgets.activity import ActivityControl

SHIFT_TAB, DETECTOR_TAB = 0, 1


class PoolingInvarianceLesson(LessonPage):
    """The translation experiment and the "5" detector, each on its own tab."""

    def __init__(self, session: LabSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, margin=None)
        self.session = session
        self.title = lesson_title()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.shift = ShiftExperiment()
        self.detector = FiveDetector(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("partTabs")
        self.tabs.addTab(scrolled(self.shift), "")
        self.tabs.addTab(scrolled(self.detector), "")
        self.page_layout.addWidget(self.title)
        self.exercise_button = add_exercise_button(self.title, session, "pooling")
        self.page_layout.addWidget(self.intro)
        self.page_layout.addWidget(self.tabs, 1)
        self.retranslate()

    # -- activity files (gui.widgets.activity.ActivityPage) -----------------------------------
    def activity_kind(self) -> str:
        return "lesson"

    def activity_state(self) -> dict[str, Any]:
        return activity.state_dict(self.tabs.currentIndex(), self.shift)

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        checked = activity.checked_state(state, self.shift)  # raises before anything changes
        self.shift.set_example(checked.x, checked.pool, checked.stride)
        self.shift.shift(*checked.shift)
        self.tabs.setCurrentIndex(checked.tab)

    def activity_controls(self) -> list[ActivityControl]:
        return activity.controls(self.shift)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Why max pooling matters"))
        self.intro.setText(self.tr(
            "A max-pooling unit responds to the largest value in its window, not to where in "
            "the window it is: small shifts of the input leave much of its output unchanged."))
        self.tabs.setTabText(SHIFT_TAB, self.tr("Shift the input (slide 17)"))
        self.tabs.setTabText(DETECTOR_TAB, self.tr("Three filters for a 5 (slide 18)"))
        self.tabs.setTabToolTip(SHIFT_TAB, self.tr(
            "Move a feature map one pixel and count what changes before and after pooling."))
        self.tabs.setTabToolTip(DETECTOR_TAB, self.tr(
            "Draw a 5 anywhere: filters for three ways of writing it, max-pooled into one "
            "output."))
        self.shift.retranslate()
        self.detector.retranslate()


if __name__ == "__main__":
    from gui.preview import run_preview

    sys.exit(run_preview(lambda: PoolingInvarianceLesson(LabSession())))
