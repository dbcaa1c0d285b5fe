"""The Evaluation tab saved as an activity: model, data, page and the positive class come back.

The model is the course CNN, loaded once; the data is the MNIST sample (1,000 test digits), so
evaluating takes about a second.
"""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from gui.evaluation.tab import EvaluationTab
from gui.evaluation.view import LESSON_PAGE
from gui.session import LabSession, LoadedModel, ModelEntry, load_for_interaction, shipped_entry
from tests.gui.activity_pages import (
    assert_controls,
    assert_refused,
    choose_in_combo,
    through_json,
    with_changes,
)


@pytest.fixture(scope="module")
def lecture_cnn() -> LoadedModel:
    return load_for_interaction(shipped_entry("mnist_lecture_cnn"))


@pytest.fixture
def tabs(qtbot: QtBot, lecture_cnn: LoadedModel) -> Iterator[list[EvaluationTab]]:
    made: list[EvaluationTab] = []
    yield made
    for tab in made:
        tab.wait()
        tab.view.chooser.wait()
        tab.session.wait()


def make(qtbot: QtBot, tabs: list[EvaluationTab], model: LoadedModel) -> EvaluationTab:
    session = LabSession()
    session.current = model  # as if loaded: ensure_model() then loads nothing
    tab = EvaluationTab(session)
    qtbot.addWidget(tab)
    tab.resize(800, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tabs.append(tab)
    qtbot.waitUntil(lambda: tab.view.chooser.dataset() is not None
                    and not tab.view.chooser.is_loading(), timeout=30_000)
    return tab


def shown(tab: EvaluationTab) -> tuple[object, ...]:
    lesson = tab.view.lesson
    return (tab.view.chooser.current_key(), tab.view.pages.currentIndex(),
            lesson.combo.currentIndex(), lesson.findChild(QLabel, "countsSummary").text(),
            tab.session.pending)


def test_an_evaluated_lesson_comes_back_evaluated_on_the_same_positive_class(
        qtbot: QtBot, tabs: list[EvaluationTab], lecture_cnn: LoadedModel) -> None:
    teacher = make(qtbot, tabs, lecture_cnn)
    teacher.view.chooser.choose("mnist")
    qtbot.waitUntil(lambda: not teacher.view.chooser.is_loading(), timeout=30_000)
    choose_in_combo(qtbot, teacher.view.chooser.combo, "sample")
    qtbot.waitUntil(lambda: not teacher.view.chooser.is_loading()
                    and teacher.view.evaluate_button.isEnabled(), timeout=30_000)
    qtbot.mouseClick(teacher.findChild(QPushButton, "evaluateButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: teacher.shown() is not None, timeout=60_000)
    assert len(teacher.shown().evaluation.y_true) == 1000  # the sample's test digits
    teacher.view.pages.setCurrentIndex(LESSON_PAGE)
    choose_in_combo(qtbot, teacher.findChild(QComboBox, "positiveClass"), "3")
    state = through_json(teacher.activity_state())
    assert state == {"model": "mnist_lecture_cnn", "dataset": "sample", "page": "metrics",
                     "positive": 3, "evaluated": True}

    student = make(qtbot, tabs, lecture_cnn)
    student.view.chooser.choose("mnist")  # the student had other data loaded
    qtbot.waitUntil(lambda: not student.view.chooser.is_loading(), timeout=30_000)
    student.restore_activity_state(state)
    qtbot.waitUntil(lambda: student.shown() is not None, timeout=60_000)
    assert shown(student) == shown(teacher)
    assert through_json(student.activity_state()) == state


def test_a_shipped_model_is_chosen_as_in_the_list(
        qtbot: QtBot, tabs: list[EvaluationTab], lecture_cnn: LoadedModel,
        monkeypatch: pytest.MonkeyPatch) -> None:
    tab = make(qtbot, tabs, lecture_cnn)
    chosen: list[ModelEntry] = []
    monkeypatch.setattr(tab.session, "select", chosen.append)
    state = with_changes(tab.activity_state(), model="mnist_mlp", page="metrics")
    tab.restore_activity_state(state)
    assert chosen == [shipped_entry("mnist_mlp")]
    assert tab.view.pages.currentIndex() == LESSON_PAGE


@pytest.mark.parametrize(("changes", "message"), [
    ({"model": "resnet50"}, "'model' must be one of"),
    ({"dataset": "imagenet"}, "'dataset' must be one of"),
    ({"positive": 10}, "from 0 to 9"),
    ({"positive": -1}, "from 0 to 9"),
    ({"page": 1}, "'page' must be one of"),
    ({"evaluated": "yes"}, "true or false"),
    ({"threshold": 0.5}, "unknown keys"),
])
def test_a_bad_state_is_refused_and_changes_nothing(
        qtbot: QtBot, tabs: list[EvaluationTab], lecture_cnn: LoadedModel,
        changes: dict[str, object], message: str) -> None:
    tab = make(qtbot, tabs, lecture_cnn)
    bad = with_changes(tab.activity_state(), **changes)
    assert_refused(tab, bad, lambda: shown(tab), message)


def test_model_data_and_positive_class_are_lockable(
        qtbot: QtBot, tabs: list[EvaluationTab], lecture_cnn: LoadedModel) -> None:
    assert_controls(make(qtbot, tabs, lecture_cnn), "lesson", ["model", "dataset", "positive"])
