"""Where the student types the answer: one box, or eight for a confusion matrix's metrics.

The text is read by the engine's ``parse_answer`` (decimal comma, thousands, "3/4", "75%",
"indefinido"). Text that is no number is refused under its box with the reason, and is not
an attempt: a typo is not a wrong answer.
"""

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from engine.exercises.answers import AnswerError, Undefined, parse_answer
from gui import style
from gui.widgets.hint_label import HintLabel

VALUE = "value"
METRIC_FIELDS = ("vp", "vn", "fp", "fn", "accuracy", "precision", "recall", "f1")
ANSWER_POINTS = 16


@dataclass(frozen=True)
class TypedAnswer:
    """One box's answer: what was typed and the number (or undefined) it means."""

    field: str
    text: str
    value: float | Undefined


class AnswerForm(QWidget):
    """The answer boxes of one topic; ``submitted`` when Enter is pressed in any of them."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = HintLabel("answerProblem")
        self.single = self._edit("answerEdit")
        self.metric_edits = {name: self._edit(f"answer_{name}") for name in METRIC_FIELDS}
        self.metric_labels = {name: QLabel() for name in METRIC_FIELDS}
        self.single_label = QLabel()
        self.single_label.setObjectName("answerLabel")
        self.hint = QLabel()
        self.hint.setObjectName("answerHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        self._build_layout()
        self.set_fields((VALUE,))

    def _edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        style.set_font(edit, ANSWER_POINTS)
        edit.setMaximumWidth(220)
        edit.returnPressed.connect(self.submitted)
        edit.textEdited.connect(self.problem.clear_problem)
        return edit

    def _build_layout(self) -> None:
        self.boxes = QGridLayout()
        self.boxes.addWidget(self.single_label, 0, 0)
        self.boxes.addWidget(self.single, 0, 1)
        for index, name in enumerate(METRIC_FIELDS):
            row, col = index % 4, 2 * (index // 4)
            self.boxes.addWidget(self.metric_labels[name], row, col)
            self.boxes.addWidget(self.metric_edits[name], row, col + 1)
        self.boxes.setColumnStretch(5, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.boxes)
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)

    def add_buttons(self, *buttons: QWidget) -> None:
        """Buttons on the first row, right of the boxes, where the eye already is."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        self.boxes.addLayout(row, 0, 4)

    # -- which boxes ---------------------------------------------------------------------------
    def set_fields(self, fields: tuple[str, ...]) -> None:
        """Show the boxes of ``fields`` (("value",) or the eight metrics), empty and editable."""
        self.fields = tuple(fields)
        self.single.setVisible(fields == (VALUE,))
        self.single_label.setVisible(fields == (VALUE,))
        for name in METRIC_FIELDS:
            self.metric_edits[name].setVisible(name in fields)
            self.metric_labels[name].setVisible(name in fields)
        self.clear()

    def edits(self) -> dict[str, QLineEdit]:
        return {VALUE: self.single} if self.fields == (VALUE,) else {
            name: self.metric_edits[name] for name in self.fields}

    def clear(self) -> None:
        for edit in self.edits().values():
            edit.clear()
        self.set_locked(False)
        self.problem.clear_problem()

    def set_locked(self, locked: bool) -> None:
        """Checked answers stay readable but cannot be changed (Enter then goes on)."""
        for edit in self.edits().values():
            edit.setReadOnly(locked)

    def focus_first(self) -> None:
        first = next(iter(self.edits().values()))
        first.setFocus()

    # -- reading -------------------------------------------------------------------------------
    def read(self, language: str) -> list[TypedAnswer] | None:
        """Every box parsed, or None after showing what is wrong with the first bad one."""
        answers = []
        for name, edit in self.edits().items():
            try:
                value = parse_answer(edit.text(), language)
            except AnswerError as error:
                self.problem.show_problem(self._refusal(name, edit.text(), error.reason))
                edit.setFocus()
                edit.selectAll()
                return None
            answers.append(TypedAnswer(name, edit.text().strip(), value))
        self.problem.clear_problem()
        return answers

    def _refusal(self, name: str, text: str, reason: str) -> str:
        where = self.metric_labels[name].text().rstrip(":") if name != VALUE else ""
        if reason == "empty":
            message = self.tr("Type a number first: an empty answer is not checked.")
        else:
            message = self.tr("“{text}” is not a number, so it was not checked. Write e.g. "
                              "19, 0,75, 3/4 or 75%.").format(text=text.strip())
        return f"{where}: {message}" if where else message

    # -- language ------------------------------------------------------------------------------
    def retranslate(self, role_names: dict[str, str]) -> None:
        """``role_names``: the translated names of the eight metrics, by field."""
        self.single_label.setText(self.tr("Your answer:"))
        for name, label in self.metric_labels.items():
            label.setText(role_names[name] + ":")
        self.hint.setText(self.tr(
            "A decimal comma is fine (0,75), so are fractions (3/4) and percentages (75%). "
            "Write “undefined” where a 0/0 arises. Enter checks."))
        tip = self.tr("Type the number you worked out, then press Enter.")
        for edit in (self.single, *self.metric_edits.values()):
            edit.setToolTip(tip)
