"""The Exercises page driven as a student drives it: typing answers, Enter, the export."""

import csv
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from engine.exercises.codes import seed_to_code
from engine.exercises.mistakes import locate_mistake
from engine.exercises.problems import generate
from engine.exercises.progress import CSV_COLUMNS
from engine.numerics import ops
from gui import i18n
from gui.lessons.exercises.panel import ExercisePanel
from gui.widgets.activity import ActivityPage


@pytest.fixture
def panel(qtbot: QtBot) -> ExercisePanel:
    view = ExercisePanel()
    qtbot.addWidget(view)
    view.resize(1000, 720)
    view.show()
    qtbot.waitExposed(view)
    return view


def child(panel: ExercisePanel, kind: type, name: str) -> object:
    found = panel.findChild(kind, name)
    assert found is not None, f"no {name}"
    return found


def answer_with(qtbot: QtBot, panel: ExercisePanel, typed: str, box: str = "answerEdit") -> None:
    """Type ``typed`` into an answer box and press Enter, as a student does."""
    edit = child(panel, QLineEdit, box)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def typed(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.3f}"


def flipped_answer(problem: object) -> float:
    given = problem.given
    kernel = np.flip(np.asarray(given["kernel"], float))
    out = ops.conv2d(given["input"], kernel, stride=given["stride"], padding=given["padding"])
    return float(out[given["row"], given["col"]])


def score(panel: ExercisePanel, row: int) -> str:
    return child(panel, QListWidget, "topicList").item(row).text().split()[-1]


def test_a_right_answer_turns_green_and_scores(qtbot: QtBot, panel: ExercisePanel) -> None:
    panel.open_topic("conv_cell")
    answer_with(qtbot, panel, typed(panel.problem.answer))
    feedback = child(panel, QLabel, "feedbackLabel")
    assert feedback.text().startswith("Right!")
    assert "#2e7d32" in feedback.styleSheet()
    assert score(panel, 1) == "1/1"
    assert not child(panel, type(panel.view.solution), "solutionView").isVisible()
    assert [a.correct for a in panel.attempts] == [True]
    first = panel.problem
    qtbot.keyClick(child(panel, QLineEdit, "answerEdit"), Qt.Key.Key_Return)  # Enter: next
    assert panel.problem.index == first.index + 1 and panel.topic == "conv_cell"
    assert child(panel, QLineEdit, "answerEdit").text() == ""


def test_a_wrong_answer_shows_the_worked_solution_and_the_mistake(
        qtbot: QtBot, panel: ExercisePanel) -> None:
    panel.open_topic("conv_cell")
    while flipped_answer(panel.problem) == panel.problem.answer:  # a kernel flip must show
        answer_with(qtbot, panel, typed(panel.problem.answer))
        qtbot.mouseClick(child(panel, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    problem, wrong = panel.problem, flipped_answer(panel.problem)
    answer_with(qtbot, panel, typed(wrong))
    assert child(panel, QLabel, "feedbackLabel").text().startswith("Not quite")
    assert panel.view.solution.isVisible()
    assert child(panel, QLabel, "solutionSteps").text().startswith("1. ")
    mistake = locate_mistake(problem, wrong)
    assert mistake is not None and mistake.code == "flipped_kernel"
    assert child(panel, QLabel, "mistakeLabel").text() == mistake.explain("en")
    assert panel.attempts[-1].correct is False
    assert child(panel, QPushButton, "nextButton").isVisible()
    qtbot.mouseClick(child(panel, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    assert panel.problem.index == problem.index + 1
    assert not panel.view.solution.isVisible()


def test_portuguese_decimal_comma_and_indefinido_are_accepted(
        qtbot: QtBot, panel: ExercisePanel) -> None:
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.wait(50)
    panel.open_topic("metrics")
    answer = panel.problem.answer
    for field, value in answer.items():
        text = "indefinido" if value is None else typed(value).replace(".", ",")
        edit = child(panel, QLineEdit, f"answer_{field}")
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(child(panel, QLineEdit, "answer_f1"), Qt.Key.Key_Return)
    assert child(panel, QLabel, "feedbackLabel").text().startswith("Certo")
    assert panel.attempts[-1].correct


def test_garbage_is_refused_with_a_message_and_not_counted(
        qtbot: QtBot, panel: ExercisePanel) -> None:
    panel.open_topic("output_size")
    problem = panel.problem
    answer_with(qtbot, panel, "dezenove")
    message = child(panel, QLabel, "answerProblem")
    assert message.isVisible() and "“dezenove” is not a number" in message.text()
    answer_with(qtbot, panel, "")
    assert "empty" in message.text()
    assert panel.attempts == [] and score(panel, 0) == "0/0"
    assert panel.problem is problem and child(panel, QPushButton, "checkButton").isVisible()
    answer_with(qtbot, panel, typed(problem.answer))
    assert not message.isVisible() and score(panel, 0) == "1/1"


def test_csv_export_writes_one_row_per_attempt(qtbot: QtBot, panel: ExercisePanel,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.keyClicks(child(panel, QLineEdit, "studentName"), "Ana Lima")
    panel.open_topic("output_size")
    answer_with(qtbot, panel, typed(panel.problem.answer))
    answer_with(qtbot, panel, "")  # Enter: the next problem
    answer_with(qtbot, panel, "1 000")
    chosen = tmp_path / "turma"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(chosen), "CSV"))
    qtbot.mouseClick(child(panel, QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    with (tmp_path / "turma.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [row[0] for row in rows[1:]] == ["Ana Lima", "Ana Lima"]
    assert {row[1] for row in rows[1:]} == {panel.code}
    first, second = rows[1:]
    assert second[4] == "1 000"  # the answer as typed
    assert first[5] != second[5]  # one right, one wrong


def test_an_unwritable_export_says_so(qtbot: QtBot, panel: ExercisePanel,
                                      tmp_path: Path) -> None:
    assert not panel.export_csv(tmp_path / "x.csv")  # nothing answered yet
    answer_with(qtbot, panel, typed(panel.problem.answer))
    assert not panel.export_csv(tmp_path / "no such folder" / "x.csv")
    problem = child(panel, QLabel, "exportProblem")
    assert problem.isVisible() and "could not be written" in problem.text()


def test_activity_state_round_trip(panel: ExercisePanel) -> None:
    assert isinstance(panel, ActivityPage) and panel.activity_kind() == "exercises"
    state = {"topics": ["pooling", "metrics"], "code": "K7Q2", "count": 5, "topic": "metrics"}
    panel.restore_activity_state(state)
    assert panel.activity_state() == state
    assert panel.topic == "metrics" and panel.problem.index == 0
    assert panel.problem_set.seed == generate("metrics", panel.problem_set.seed, 0).seed
    assert child(panel, QLineEdit, "codeEdit").text() == "K7Q2"
    assert [c.key for c in panel.activity_controls()] == ["topics", "code", "count"]


@pytest.mark.parametrize("bad", [
    {"topics": [], "code": "K7Q2", "count": 5, "topic": "metrics"},
    {"topics": ["nope"], "code": "K7Q2", "count": 5},
    {"topics": ["pooling"], "code": "K7Q0", "count": 5},
    {"topics": ["pooling"], "code": "K7Q2", "count": 0},
    {"topics": ["pooling"], "code": "K7Q2", "count": "5"},
    {"topics": ["pooling"], "code": "K7Q2", "count": 5, "topic": "metrics"},
    ["pooling"],
])
def test_a_bad_activity_state_changes_nothing(panel: ExercisePanel, bad: object) -> None:
    before, problem = panel.activity_state(), panel.problem
    with pytest.raises(ValueError):
        panel.restore_activity_state(bad)
    assert panel.activity_state() == before and panel.problem is problem


def test_the_class_code_decides_the_problems(qtbot: QtBot, panel: ExercisePanel) -> None:
    code = seed_to_code(1234)
    edit = child(panel, QLineEdit, "codeEdit")
    edit.selectAll()
    qtbot.keyClicks(edit, code.lower())
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.code == code and panel.problem == generate(panel.topic, 1234, 0, 1)
    edit.selectAll()
    qtbot.keyClicks(edit, "OOPS")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.code == code and child(panel, QLabel, "codeProblem").isVisible()


def test_switching_language_rewrites_the_problem(qtbot: QtBot, panel: ExercisePanel) -> None:
    panel.open_topic("backprop")
    english = child(panel, QLabel, "questionLabel").text()
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.wait(50)
    assert child(panel, QLabel, "questionLabel").text() == panel.problem.question("pt_BR")
    assert child(panel, QLabel, "questionLabel").text() != english


def test_the_last_problem_of_a_topic_sums_it_up_and_moves_on(
        qtbot: QtBot, panel: ExercisePanel) -> None:
    panel.restore_activity_state({"topics": ["output_size", "pooling"], "code": "K7Q2",
                                  "count": 2, "topic": "output_size"})
    assert child(panel, QLabel, "progressLabel").text().startswith("Problem 1 of 2")
    answer_with(qtbot, panel, typed(panel.problem.answer))
    answer_with(qtbot, panel, "")  # Enter: on to problem 2
    assert child(panel, QLabel, "progressLabel").text().startswith("Problem 2 of 2")
    answer_with(qtbot, panel, "-1")
    summary = child(panel, QLabel, "summaryLabel")
    assert summary.isVisible() and "1 of 2 right" in summary.text()
    assert child(panel, QPushButton, "nextButton").text() == "Next topic"
    answer_with(qtbot, panel, "")
    assert panel.topic == "pooling" and not summary.isVisible()


def test_a_new_code_is_drawn_and_remembered(qtbot: QtBot, panel: ExercisePanel,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    drawn = "K7Q2" if panel.code != "K7Q2" else "K7Q3"
    monkeypatch.setattr("gui.lessons.exercises.panel.new_code", lambda: drawn)
    qtbot.mouseClick(child(panel, QPushButton, "newCodeButton"), Qt.MouseButton.LeftButton)
    assert panel.code == drawn and child(panel, QLineEdit, "codeEdit").text() == drawn
    again = ExercisePanel()
    qtbot.addWidget(again)
    assert again.code == panel.code
