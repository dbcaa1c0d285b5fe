"""The Exercises page's widgets and layout (the behaviour is in ``gui.lessons.exercises.panel``).

Left: who the student is (name, class code), how many problems per topic, the topics with
their scores, and the export. Right: the problem — where it stands ("Problem 3 of 10"), the
question in large type, the drawing, the answer boxes, the verdict and the worked solution.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.lessons.common import lesson_title
from gui.lessons.exercises.answer_form import AnswerForm
from gui.lessons.exercises.drawing import ProblemView
from gui.lessons.exercises.grid_views import (
    BackpropView,
    ConvCellView,
    OutputSizeView,
    PoolingView,
)
from gui.lessons.exercises.other_views import MetricsView, ParametersView
from gui.lessons.exercises.solution_view import SolutionView
from gui.widgets.big_label import big_label, text_label
from gui.widgets.hint_label import HintLabel

MAX_COUNT = 50  # problems per topic: a lesson's worth, and the CSV stays readable
DEFAULT_COUNT = 10
LEFT_WIDTH = 200  # the problem needs the rest of a 1024-pixel projector
QUESTION_POINTS = 14


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button


def problem_views() -> dict[str, ProblemView]:
    """One drawing per topic, by the engine's topic key."""
    return {"output_size": OutputSizeView(), "conv_cell": ConvCellView(),
            "parameters": ParametersView(), "pooling": PoolingView(),
            "backprop": BackpropView(), "metrics": MetricsView()}


class ExerciseView(QWidget):
    """Every widget of the Exercises page, laid out; texts set by ``retranslate``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = lesson_title()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("studentName")
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setMaxLength(9)  # four symbols, and room for spaces a teacher writes
        self.new_code_button = _button("newCodeButton")
        self.code_problem = HintLabel("codeProblem")
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("countSpin")
        self.count_spin.setRange(1, MAX_COUNT)
        self.count_spin.setValue(DEFAULT_COUNT)
        self.topic_list = QListWidget()
        self.topic_list.setObjectName("topicList")
        self.topic_list.setWordWrap(True)
        self.export_button = _button("exportButton")
        self.export_status = text_label("exportStatus")
        self.export_problem = HintLabel("exportProblem")
        self._build_problem_side()
        self._build_layout()

    def _build_problem_side(self) -> None:
        self.progress = text_label("progressLabel", 0, bold=True)
        self.question = big_label("questionLabel", QUESTION_POINTS)
        self.views = problem_views()
        # Only the topic's drawing is shown (not a QStackedWidget, which is as tall as its
        # tallest page: a 2×2 matrix sat above an empty band as tall as the backprop grids).
        self.stack = QWidget()
        self.stack.setObjectName("problemStack")
        stack_layout = QVBoxLayout(self.stack)
        stack_layout.setContentsMargins(0, 0, 0, 0)
        for view in self.views.values():
            stack_layout.addWidget(view)
            view.hide()
        self.answer = AnswerForm()
        self.check_button = _button("checkButton")
        self.check_button.setAutoDefault(True)  # Enter on the focused button presses it
        self.next_button = _button("nextButton")
        self.next_button.setAutoDefault(True)
        self.next_button.hide()
        self.feedback = big_label("feedbackLabel", 14, bold=True)
        self.summary = text_label("summaryLabel", 12)
        self.summary.hide()
        self.solution = SolutionView()

    def show_view(self, topic: str) -> ProblemView:
        """Show the drawing of ``topic`` alone."""
        for key, view in self.views.items():
            view.setVisible(key == topic)
        return self.views[topic]

    def _left_column(self) -> QWidget:
        left = QWidget()
        left.setObjectName("exerciseSetup")
        left.setFixedWidth(LEFT_WIDTH)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setContentsMargins(0, 0, 0, 0)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.new_code_button)
        self.name_row, self.code_row = text_label("nameLabel"), text_label("codeLabel")
        self.count_row = text_label("countLabel")
        form.addRow(self.name_row, self.name_edit)
        form.addRow(self.code_row, code_row)
        form.addRow(self.code_problem)
        form.addRow(self.count_row, self.count_spin)
        self.topics_title = text_label("topicsTitle", 0, bold=True)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.topics_title)
        column.addWidget(self.topic_list, 1)
        column.addWidget(self.export_button)
        column.addWidget(self.export_status)
        column.addWidget(self.export_problem)
        return left

    def _right_column(self) -> QVBoxLayout:
        self.answer.add_buttons(self.check_button, self.next_button)
        column = QVBoxLayout()
        column.addWidget(self.progress)
        column.addWidget(self.question)
        column.addWidget(self.stack, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.answer)
        column.addWidget(self.feedback)
        column.addWidget(self.summary)
        column.addWidget(self.solution)
        column.addStretch(1)
        return column

    def _build_layout(self) -> None:
        body = QHBoxLayout()
        body.addWidget(self._left_column())
        body.addLayout(self._right_column(), 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Exercises: work it out yourself"))
        self.name_row.setText(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("as the teacher should read it"))
        self.name_edit.setToolTip(self.tr("Written in every row of the exported results."))
        self.code_row.setText(self.tr("Class code"))
        self.code_edit.setToolTip(self.tr(
            "The code on the board: everyone with the same code gets the same problems, "
            "so answers can be compared. Letters and digits, e.g. K7Q2."))
        self.new_code_button.setText(self.tr("New code"))
        self.new_code_button.setToolTip(self.tr(
            "Draw a new random code (for the teacher): a new set of problems."))
        self.count_row.setText(self.tr("Problems per topic"))
        self.count_spin.setToolTip(self.tr("How many problems each topic of the set has."))
        self.topics_title.setText(self.tr("Topics (tick the ones in the set)"))
        self.topic_list.setToolTip(self.tr(
            "Click a topic to work on it; its score is right answers / attempts. "
            "Unticked topics are left out when moving to the next topic."))
        self.export_button.setText(self.tr("Export results (CSV)…"))
        self.export_button.setToolTip(self.tr(
            "Save every attempt (name, code, topic, problem, answer, right or not, time) "
            "as a CSV file for the teacher's spreadsheet."))
        self.check_button.setText(self.tr("Check"))
        self.check_button.setToolTip(self.tr("Check the answer (Enter)."))
        self.next_button.setToolTip(self.tr(
            "A new problem of the same kind (Enter); it gets harder after two right answers "
            "in a row and easier after two wrong ones."))
