"""The Exercises page ("Calcule você mesmo"): problems to work out, checked and worked out.

The teacher writes a class code on the board (``K7Q2``); every student who types it gets the
same problems (the code is the seed of the engine's ``generate``). A problem is drawn with the
lessons' own grids; the student types the answer (a decimal comma, "3/4", "75%" and
"indefinido" are all understood), presses Enter and is told at once. A wrong answer brings the
worked solution, with the student's own mistake named when the engine recognises it (a flipped
kernel, a forgotten padding, FP and FN swapped …). Enter again gives the next problem of the
same kind, harder after two right answers in a row, easier after two wrong ones. Every attempt
can be exported as CSV for the teacher.

Each lesson's "Exercises" button opens this page on its topic:

========================================  ===============
lesson (page key)                         topic
========================================  ===============
convolution                               conv_cell
image_representation, kernel_editor       conv_cell
convolution_3d, mlp_vs_cnn                parameters
pooling, pooling_invariance               pooling
backprop                                  backprop
evaluation (the metrics lesson's page)    metrics
========================================  ===============

The convolution lesson asks for ``conv_cell``, as its player computes one cell at a time; its
output size formula leads to ``output_size``, which the topic list offers beside it.

Run on its own with ``python -m gui.lessons.exercises``.
"""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QScrollArea, QWidget

from engine.exercises.answers import is_correct
from engine.exercises.codes import code_to_seed, new_code, seed_to_code
from engine.exercises.mistakes import locate_mistake
from engine.exercises.problem_set import ProblemSet
from engine.exercises.problems import ANSWER_FIELDS, TOPICS, Problem, expected
from engine.exercises.progress import Attempt, write_attempts_csv
from engine.exercises.solutions import worked_solution
from gui import style
from gui.lessons.common import LessonPage
from gui.lessons.exercises.answer_form import TypedAnswer
from gui.lessons.exercises.texts import TEXTS, engine_language
from gui.lessons.exercises.view import DEFAULT_COUNT, MAX_COUNT, ExerciseView
from gui.settings import app_settings
from gui.widgets.activity import ActivityControl

CODE_KEY = "exercises/code"
TOPIC_ROLE = Qt.ItemDataRole.UserRole
FIRST_TOPIC = "conv_cell"  # the course starts with convolution


@dataclass(frozen=True)
class Checked:
    """The last checked answer, kept so that its verdict can be written again in a new
    language."""

    answers: tuple[TypedAnswer, ...]
    wrong: tuple[str, ...]  # the fields answered wrongly
    round_over: bool  # it was the last problem of the topic's round

    @property
    def right(self) -> bool:
        return not self.wrong


class ExercisePanel(LessonPage):
    """The Exercises page: a problem set, the current problem, the verdict and the export."""

    def __init__(self, session: object | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercisePanel")
        self.session = session  # unused: problems need no model
        self.view = ExerciseView(self)
        self._attempts: list[Attempt] = []
        self._topic = FIRST_TOPIC
        self._problem: Problem | None = None
        self._checked: Checked | None = None
        self._code = self._remembered_code()
        self.view.code_edit.setText(self._code)
        self._set = ProblemSet(code_to_seed(self._code), DEFAULT_COUNT, list(TOPICS))
        self._fill_topics()
        self._wire()
        self.set_page(self.view)
        self.retranslate()
        self._show_problem()

    # -- state a test or the window may read ---------------------------------------------------
    @property
    def topic(self) -> str:
        return self._topic

    @property
    def problem(self) -> Problem | None:
        return self._problem

    @property
    def code(self) -> str:
        return self._code

    @property
    def attempts(self) -> list[Attempt]:
        return list(self._attempts)

    @property
    def problem_set(self) -> ProblemSet:
        return self._set

    # -- building ----------------------------------------------------------------------------
    def _remembered_code(self) -> str:
        remembered = str(app_settings().value(CODE_KEY, "") or "")
        try:
            return seed_to_code(code_to_seed(remembered))
        except ValueError:  # none yet, or a hand-edited file
            code = new_code()
            app_settings().setValue(CODE_KEY, code)
            return code

    def _fill_topics(self) -> None:
        self.view.topic_list.blockSignals(True)
        for topic in TOPICS:
            item = QListWidgetItem()
            item.setData(TOPIC_ROLE, topic)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.view.topic_list.addItem(item)
        self.view.topic_list.setCurrentRow(TOPICS.index(self._topic))
        self.view.topic_list.blockSignals(False)

    def _wire(self) -> None:
        v = self.view
        v.code_edit.editingFinished.connect(self._code_typed)
        v.code_edit.textEdited.connect(v.code_problem.clear_problem)
        v.new_code_button.clicked.connect(lambda: self.set_code(new_code()))
        v.count_spin.valueChanged.connect(self._count_changed)
        v.topic_list.currentRowChanged.connect(self._topic_clicked)
        v.topic_list.itemChanged.connect(self._ticks_changed)
        v.answer.submitted.connect(self._enter)
        v.check_button.clicked.connect(self.check)
        v.next_button.clicked.connect(self.next_problem)
        v.export_button.clicked.connect(lambda: self.export_csv())

    # -- the set -------------------------------------------------------------------------------
    def set_code(self, code: str) -> None:
        """Work on the set of class code ``code`` (ValueError if it is not one)."""
        seed = code_to_seed(code)
        self.view.code_problem.clear_problem()
        self._code = seed_to_code(seed)
        self.view.code_edit.setText(self._code)
        app_settings().setValue(CODE_KEY, self._code)
        self._set = ProblemSet(seed, self._set.count, self._ticked())
        self._checked = None
        self._show_problem()

    def _code_typed(self) -> None:
        typed = self.view.code_edit.text()
        try:
            same = code_to_seed(typed) == self._set.seed
        except ValueError:
            self.view.code_problem.show_problem(self.tr(
                "“{code}” is not a class code: four letters and digits, as on the board "
                "(0, 1, I, L and O are never used). The set stays {old}.").format(
                code=typed.strip(), old=self._code))
            return
        if not same:
            self.set_code(typed)

    def _count_changed(self, count: int) -> None:
        self._set.count = count
        self._show_progress()

    def _ticked(self) -> list[str]:
        items = [self.view.topic_list.item(row) for row in range(self.view.topic_list.count())]
        return [item.data(TOPIC_ROLE) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _ticks_changed(self, _item: QListWidgetItem) -> None:
        self._set.topics = self._ticked()

    def _topic_clicked(self, row: int) -> None:
        if 0 <= row < len(TOPICS) and TOPICS[row] != self._topic:
            self.open_topic(TOPICS[row])

    def open_topic(self, topic: str) -> None:
        """Show ``topic``'s current problem (a lesson's button asks for this)."""
        if topic not in TOPICS:
            raise ValueError(f"No exercise topic {topic!r}; topics are {list(TOPICS)}")
        item = self.view.topic_list.item(TOPICS.index(topic))
        item.setCheckState(Qt.CheckState.Checked)  # asked for: part of the set from now on
        self.view.topic_list.blockSignals(True)
        self.view.topic_list.setCurrentItem(item)
        self.view.topic_list.blockSignals(False)
        if topic == self._topic and self._problem is not None:
            return
        self._leave_checked_problem()
        self._topic = topic
        self._show_problem()

    def _leave_checked_problem(self) -> None:
        """A checked problem is done with: coming back to the topic gives the next one."""
        if self._checked is not None:
            self._set.advance(self._topic)
            self._checked = None

    # -- one problem ---------------------------------------------------------------------------
    def _show_problem(self) -> None:
        v = self.view
        self._problem = self._set.problem(self._topic)
        self._checked = None
        v.show_view(self._topic)
        v.answer.set_fields(ANSWER_FIELDS[self._topic])
        v.feedback.clear()
        v.summary.hide()
        v.solution.clear()
        v.check_button.show()
        v.next_button.hide()
        self._render_problem()
        self._render_topics()
        v.answer.focus_first()

    def _render_problem(self) -> None:
        v = self.view
        solved = self._checked is not None and not self._checked.right
        v.question.setText(self._problem.question(engine_language()))
        v.views[self._topic].show_problem(self._problem, solved)
        self._show_progress()

    def _show_progress(self) -> None:
        state = self._set.states[self._topic]
        self.view.progress.setText(TEXTS.progress_line(
            self._set.number(self._topic), self._set.count, state.progress.level))

    def _render_topics(self) -> None:
        lst = self.view.topic_list
        lst.blockSignals(True)
        for row, topic in enumerate(TOPICS):
            progress = self._set.states[topic].progress
            item = lst.item(row)
            item.setText(TEXTS.topic_line(topic, progress.right, progress.right + progress.wrong))
            item.setToolTip(TEXTS.progress_line(self._set.number(topic), self._set.count,
                                                progress.level))
        lst.blockSignals(False)

    def _enter(self) -> None:
        """Enter in an answer box: check it, or once checked, go on."""
        if self._checked is None:
            self.check()
        else:
            self.next_problem()

    def check(self) -> bool | None:
        """Check what is typed; None when it is no answer (nothing counted), else right or not."""
        if self._checked is not None:
            return self._checked.right
        answers = self.view.answer.read(engine_language())
        if answers is None:
            return None
        wrong = tuple(a.field for a in answers
                      if not is_correct(expected(self._problem, a.field), a.value))
        round_over = self._set.record(self._topic, not wrong)
        self._attempts.append(Attempt(
            name=self.view.name_edit.text().strip(), code=self._code, topic=self._topic,
            problem=self._problem.question(engine_language()),
            answer=_typed_text(answers), correct=not wrong, time=datetime.now().astimezone()))
        self._checked = Checked(tuple(answers), wrong, round_over)
        self._show_verdict()
        self._render_topics()
        # After the layout has made room for it: the verdict and the solution scroll into view.
        QTimer.singleShot(0, self._reveal_verdict)
        return not wrong

    def _reveal_verdict(self) -> None:
        v = self.view
        shown = v.solution if v.solution.isVisible() else v.feedback
        parent = shown.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(shown, 0, 0)
                parent.ensureWidgetVisible(v.next_button, 0, 10)  # and the way on
            parent = parent.parentWidget()

    def _show_verdict(self) -> None:
        v, checked = self.view, self._checked
        v.answer.set_locked(True)
        language = engine_language()
        solution = worked_solution(self._problem, language)
        several = len(checked.answers) > 1
        v.feedback.setText(TEXTS.verdict(checked.right, list(checked.wrong) if several else [],
                                         solution.result, several))
        colour = style.GOOD_GREEN if checked.right else style.REFUSED_RED
        v.feedback.setStyleSheet(f"color: {colour};")
        if checked.right:
            v.solution.clear()
        else:
            v.solution.show_solution(list(solution.steps), solution.result,
                                     self._mistakes(language))
        self._render_problem()
        self._show_summary()
        v.check_button.hide()
        v.next_button.show()
        v.next_button.setText(TEXTS.next_text(
            checked.round_over, self._set.next_topic(self._topic) is not None))

    def _mistakes(self, language: str) -> list[str]:
        """The engine's explanation of each wrong answer it recognises."""
        found = []
        for answer in self._checked.answers:
            if answer.field in self._checked.wrong:
                mistake = locate_mistake(self._problem, answer.value, answer.field)
                if mistake is not None:
                    found.append(mistake.explain(language))
        return found

    def _show_summary(self) -> None:
        state = self._set.states[self._topic]
        if self._checked is None or not self._checked.round_over:
            self.view.summary.hide()
            return
        self.view.summary.setText(TEXTS.summary(self._topic, state.round_right, self._set.count,
                                                state.progress.level))
        self.view.summary.show()

    def next_problem(self) -> None:
        """The next problem: of the same topic, or of the next topic once a round is over."""
        if self._checked is None:
            return
        round_over = self._checked.round_over
        self._leave_checked_problem()
        following = self._set.next_topic(self._topic) if round_over else None
        if following is not None:
            self.open_topic(following)
        else:
            self._show_problem()

    # -- export --------------------------------------------------------------------------------
    def export_csv(self, path: Path | None = None) -> bool:
        """Write every attempt to a CSV file (asked for when ``path`` is None)."""
        v = self.view
        v.export_problem.clear_problem()
        if not self._attempts:
            v.export_problem.show_problem(self.tr("Nothing to export yet: check an answer first."))
            return False
        if path is None:
            path = self._ask_where()
            if path is None:
                return False
        try:
            write_attempts_csv(path, self._attempts)
        except OSError as error:
            v.export_problem.show_problem(self.tr(
                "The results could not be written to {path}: {reason}. Choose another folder "
                "(a USB stick, your home folder).").format(path=path, reason=error.strerror
                                                           or error))
            return False
        v.export_status.setText(self.tr("{count} attempts saved to {name}.").format(
            count=len(self._attempts), name=path.name))
        return True

    def _ask_where(self) -> Path | None:
        suggested = Path.home() / self.tr("exercise_results.csv")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export results"), str(suggested),
                                                self.tr("CSV files (*.csv)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")

    # -- activity files ------------------------------------------------------------------------
    def activity_kind(self) -> str:
        return "exercises"

    def activity_state(self) -> dict[str, Any]:
        return {"topics": self._ticked(), "code": self._code, "count": self._set.count,
                "topic": self._topic}

    def restore_activity_state(self, state: dict[str, Any]) -> None:
        """Show the set of ``state``; ValueError (and nothing changed) when it is unusable."""
        topics, code, count, topic = _valid_state(state)
        v = self.view
        v.topic_list.blockSignals(True)
        for row, key in enumerate(TOPICS):
            ticked = Qt.CheckState.Checked if key in topics else Qt.CheckState.Unchecked
            v.topic_list.item(row).setCheckState(ticked)
        v.topic_list.blockSignals(False)
        v.count_spin.blockSignals(True)
        v.count_spin.setValue(count)
        v.count_spin.blockSignals(False)
        self._set.count = count
        self._topic = topic
        self.set_code(code)  # a new set: every topic from its first problem
        self.open_topic(topic)

    def activity_controls(self) -> list[ActivityControl]:
        v = self.view
        return [ActivityControl("topics", self.tr("Topics"), (v.topic_list,)),
                ActivityControl("code", self.tr("Class code"), (v.code_edit, v.new_code_button)),
                ActivityControl("count", self.tr("Problems per topic"), (v.count_spin,))]

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.view.retranslate()
        self.view.answer.retranslate(TEXTS.field_names())
        self._render_topics()
        if self._problem is None:
            return
        if self._checked is None:
            self._render_problem()
        else:
            self._show_verdict()


def _typed_text(answers: list[TypedAnswer]) -> str:
    """The answer as typed; for the eight metrics "vp=3; vn=5; …"."""
    if len(answers) == 1:
        return answers[0].text
    return "; ".join(f"{a.field}={a.text}" for a in answers)


def _valid_state(state: Any) -> tuple[list[str], str, int, str]:
    """(topics, code, count, topic) of an activity's state, or ValueError saying what is wrong."""
    if not isinstance(state, dict):
        raise ValueError("An exercise set's state must be a JSON object")
    topics, code = state.get("topics"), state.get("code")
    count, topic = state.get("count"), state.get("topic")
    if (not isinstance(topics, list) or not topics
            or not all(isinstance(t, str) and t in TOPICS for t in topics)):
        raise ValueError(f"topics must be a non-empty list of {list(TOPICS)}, not {topics!r}")
    if not isinstance(code, str):
        raise ValueError(f"code must be a class code, not {code!r}")
    code_to_seed(code)  # raises ValueError on a bad code
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise ValueError(f"count must be a whole number from 1 to {MAX_COUNT}, not {count!r}")
    if topic is None:
        topic = topics[0]
    if topic not in topics:
        raise ValueError(f"topic must be one of the set's topics {topics}, not {topic!r}")
    return list(dict.fromkeys(topics)), code, count, topic


if __name__ == "__main__":
    from gui.preview import run_preview

    run_preview(ExercisePanel)
