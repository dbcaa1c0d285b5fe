"""The image-representation lesson saved as an activity: the picture and the tint come back."""

import pytest
from pytestqt.qtbot import QtBot

from gui.lessons.image_representation.lesson import ImageRepresentationLesson
from gui.session import LabSession
from tests.gui.activity_pages import (
    assert_controls,
    assert_refused,
    choose_in_combo,
    restore_into,
    with_changes,
)


def make(qtbot: QtBot) -> ImageRepresentationLesson:
    lesson = ImageRepresentationLesson(LabSession())
    qtbot.addWidget(lesson)
    lesson.resize(1200, 800)
    lesson.show()
    qtbot.waitExposed(lesson)
    return lesson


def shown(lesson: ImageRepresentationLesson) -> tuple[object, ...]:
    view = lesson.view
    return (view.source.combo.currentText(), view.size_label.text(),
            view.tint_check.isChecked(), view.image_panel.view.values().tobytes())


def test_the_chosen_photo_and_tint_come_back_in_a_fresh_page(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    choose_in_combo(qtbot, lesson.view.source.combo, "coffee")
    lesson.view.tint_check.click()
    fresh = make(qtbot)
    state = restore_into(fresh, lesson)
    assert state == {"image": "coffee", "tint": True}
    assert shown(fresh) == shown(lesson)


def test_an_opened_file_is_not_carried_and_the_page_keeps_its_picture(
        qtbot: QtBot, tmp_path) -> None:
    import cv2
    import numpy as np

    path = tmp_path / "mine.png"
    cv2.imwrite(str(path), np.full((5, 6), 99, np.uint8))
    lesson = make(qtbot)
    assert lesson.view.source.open_file(path)
    assert lesson.activity_state()["image"] is None
    fresh = make(qtbot)
    choose_in_combo(qtbot, fresh.view.source.combo, "camera")
    fresh.restore_activity_state(lesson.activity_state())
    assert fresh.view.source.current_key() == "camera"


@pytest.mark.parametrize(("changes", "message"), [
    ({"image": "moon"}, "'image' must be one of"),
    ({"image": 3}, "'image' must be one of"),
    ({"tint": "yes"}, "true or false"),
    ({"zoom": 4}, "unknown keys"),
    ({"tint": None}, "lacks 'tint'"),
])
def test_a_bad_state_is_refused_and_changes_nothing(
        qtbot: QtBot, changes: dict[str, object], message: str) -> None:
    lesson = make(qtbot)
    bad = with_changes(lesson.activity_state(), **changes)
    assert_refused(lesson, bad, lambda: shown(lesson), message)


def test_the_picture_chooser_is_lockable(qtbot: QtBot) -> None:
    assert_controls(make(qtbot), "lesson", ["image"])
