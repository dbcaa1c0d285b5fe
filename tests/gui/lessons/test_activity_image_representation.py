"""The image-representation lesson saved as an activity: the picture and the tint come back."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
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

LEFT = Qt.MouseButton.LeftButton


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


def test_a_cifar_photo_is_offered_per_class_and_browsed_within_its_class(qtbot: QtBot) -> None:
    from engine.lessons import cifar_photos

    lesson = make(qtbot)
    combo = lesson.view.source.combo
    offered = [combo.itemData(i) for i in range(combo.count())]
    firsts = [cifar_photos.key_of(cifar_photos.first_of_class(c)) for c in range(10)]
    assert all(key in offered for key in firsts)
    frog = cifar_photos.first_of_class(6)
    choose_in_combo(qtbot, combo, cifar_photos.key_of(frog))
    assert combo.currentText() == f"CIFAR-10: frog (no. {frog})"
    assert np.array_equal(lesson.image(), cifar_photos.photo(frog))
    assert lesson.view.size_label.text().startswith("32 × 32 pixels × 3 channels")
    assert lesson.view.channel_panels[0].isVisible()  # a colour photo: R, G and B shown
    qtbot.mouseClick(lesson.findChild(QToolButton, "nextPhotoButton"), LEFT)
    following = cifar_photos.index_of(lesson.view.source.current_key())
    assert following > frog and cifar_photos.label(following) == 6  # another frog
    assert np.array_equal(lesson.image(), cifar_photos.photo(following))
    assert combo.currentText() == f"CIFAR-10: frog (no. {following})"
    qtbot.mouseClick(lesson.findChild(QToolButton, "previousPhotoButton"), LEFT)
    assert lesson.view.source.current_key() == cifar_photos.key_of(frog)


def test_a_cifar_photo_comes_back_in_a_fresh_page(qtbot: QtBot) -> None:
    lesson = make(qtbot)
    lesson.view.source.choose("cifar10:1234")
    fresh = make(qtbot)
    assert restore_into(fresh, lesson) == {"image": "cifar10:1234", "tint": False}
    assert shown(fresh) == shown(lesson)


def test_the_photo_buttons_wait_for_a_cifar_photo(qtbot: QtBot) -> None:
    lesson = make(qtbot)  # the astronaut: no class to browse
    assert not lesson.findChild(QToolButton, "nextPhotoButton").isEnabled()


@pytest.mark.parametrize(("changes", "message"), [
    ({"image": "cifar10:10000"}, "names no CIFAR-10 test photo"),
    ({"image": "cifar10:x"}, "names no CIFAR-10 test photo"),
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
