"""The worked solution after a wrong answer: the student's mistake first, then the steps.

The steps and the result are the engine's (``worked_solution``), written in the interface
language with its numbers; the mistake is the engine's guess at what the student did
(``Mistake.explain``), shown only when the wrong answer is exactly what that mistake gives.
The grids above (the problem's own) show the window and its factors at the same time.
"""

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from gui import style
from gui.widgets.big_label import text_label

MISTAKE_STYLE = (f"background: #fff3e0; border-left: 4px solid {style.NOTE_BROWN}; "
                 "padding: 6px;")


class SolutionView(QFrame):
    """Hidden until an answer is wrong; ``show_solution`` fills it in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("solutionView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = text_label("solutionTitle", 13, bold=True)
        self.mistake = text_label("mistakeLabel", 12)
        self.mistake.setStyleSheet(MISTAKE_STYLE)
        self.steps = text_label("solutionSteps", 13)
        self.result = text_label("solutionResult", 13, bold=True)
        layout = QVBoxLayout(self)
        for label in (self.title, self.mistake, self.steps, self.result):
            layout.addWidget(label)
        self.hide()

    def show_solution(self, steps: list[str], result: str, mistakes: list[str]) -> None:
        """``steps`` in order, the ``result`` line, and the located mistakes (maybe none)."""
        self.title.setText(self.tr("Worked solution"))
        self.mistake.setText("\n".join(mistakes))
        self.mistake.setVisible(bool(mistakes))
        self.steps.setText("\n".join(f"{index}. {step}" for index, step in
                                     enumerate(steps, start=1)))
        self.result.setText(self.tr("Answer: {result}").format(result=result))
        self.show()

    def clear(self) -> None:
        for label in (self.mistake, self.steps, self.result):
            label.clear()
        self.hide()

