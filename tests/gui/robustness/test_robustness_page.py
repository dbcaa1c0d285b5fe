"""The Robustness page's Compare tab, driven as a student would: sliders, a drag, Reset, models.

The page is opened through the main window (as a student reaches it); the two shipped models
load in the background and the tests wait for them. The default digit is MNIST test digit 51,
a 3: shifted 3 px to the right the shipped CNN still reads it and the shipped MLP does not.
"""

import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.main_window import MainWindow
from gui.robustness.compare import patch_at
from gui.robustness.digit import DEFAULT_INDEX, DRAWING, MNIST, WEBCAM, mnist_test_set
from gui.robustness.page import RobustnessLab
from tests.gui.layout_checks import cut_texts

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.session.wait()


def open_lab(window: MainWindow, qtbot: QtBot) -> RobustnessLab:
    window.show_page("robustness")
    lab = window.findChild(QWidget, "robustnessLab")
    assert isinstance(lab, RobustnessLab)
    lab.pair.wait()
    qtbot.waitUntil(lab.pair.ready, timeout=60_000)
    qtbot.waitUntil(lab.compare.is_settled)
    return lab


def settle(lab: RobustnessLab, qtbot: QtBot) -> None:
    qtbot.waitUntil(lab.compare.is_settled)


def verdict(lab: RobustnessLab, side: str) -> str:
    return lab.findChild(QLabel, f"{side}Verdict").text()


def test_the_window_has_the_robustness_lab_with_its_compare_tab(
        qtbot: QtBot, window: MainWindow) -> None:
    lab = open_lab(window, qtbot)
    tabs = lab.findChild(QTabWidget, "robustnessTabs")
    assert tabs.tabText(0) == "Compare"
    assert lab.source.label() == int(mnist_test_set()[1][DEFAULT_INDEX]) == 3
    assert [side.key for side in lab.pair.sides()] == ["mnist_cnn", "mnist_mlp"]
    assert "right" in verdict(lab, "left") and "right" in verdict(lab, "right")


def test_moving_the_shift_slider_changes_both_inputs_and_probabilities(
        qtbot: QtBot, window: MainWindow) -> None:
    lab = open_lab(window, qtbot)
    compare = lab.compare
    views = [compare.panels[i].view for i in (0, 1)]
    before_inputs = [view.values().copy() for view in views]
    before = [p.copy() for p in compare.probabilities]
    compare.controls.sliders["shift_x"].setValue(3)
    settle(lab, qtbot)
    digit = lab.source.digit()
    expected = np.zeros_like(digit)
    assert not digit[:, -3:].any()  # nothing is pushed out on the right
    expected[:, 3:] = digit[:, :-3]  # 3 px to the right, zeros come in on the left
    expected = np.rint(expected * 255)
    for index, view in enumerate(views):
        assert not np.array_equal(view.values(), before_inputs[index])
        np.testing.assert_array_equal(view.values(), expected.astype(np.uint8))
        assert not np.array_equal(compare.probabilities[index], before[index])
    assert compare.controls.values["shift_x"].text() == "3 px"


def test_at_a_three_pixel_shift_the_cnn_still_reads_the_digit_and_the_mlp_does_not(
        qtbot: QtBot, window: MainWindow) -> None:
    lab = open_lab(window, qtbot)
    lab.compare.controls.sliders["shift_x"].setValue(3)
    settle(lab, qtbot)
    cnn, mlp = lab.compare.probabilities
    assert int(np.argmax(cnn)) == 3 and "right" in verdict(lab, "left")
    assert int(np.argmax(mlp)) != 3 and "wrong" in verdict(lab, "right")


def test_dragging_on_the_input_moves_the_occlusion_patch(
        qtbot: QtBot, window: MainWindow) -> None:
    lab = open_lab(window, qtbot)
    compare = lab.compare
    view = compare.panels[0].view
    qtbot.mousePress(view, LEFT, pos=view.pixel_centre(5, 5).toPoint())
    assert compare.controls.patch_check.isChecked()  # pressing the view puts the patch on
    assert compare.patch_corner == patch_at(5, 5, 6) == (2, 2)
    qtbot.mouseMove(view, pos=view.pixel_centre(12, 10).toPoint())
    qtbot.mouseMove(view, pos=view.pixel_centre(20, 18).toPoint())
    qtbot.mouseRelease(view, LEFT, pos=view.pixel_centre(20, 18).toPoint())
    settle(lab, qtbot)
    assert compare.patch_corner == (17, 15)
    outline = view.outline()
    assert (outline.top, outline.left, outline.bottom, outline.right) == (17, 15, 23, 21)
    assert not compare.perturbed[17:23, 15:21].any()  # the patch is black
    assert compare.panels[1].view.outline() == outline  # both models see the same input


def test_reset_undoes_every_perturbation(qtbot: QtBot, window: MainWindow) -> None:
    lab = open_lab(window, qtbot)
    controls = lab.compare.controls
    untouched = lab.compare.probabilities[0].copy()
    for key, value in (("shift_x", -4), ("rotate", 30), ("noise", 40), ("contrast", 60)):
        controls.sliders[key].setValue(value)
    controls.invert_check.setChecked(True)
    controls.patch_check.setChecked(True)
    settle(lab, qtbot)
    qtbot.mouseClick(lab.findChild(QWidget, "resetButton"), LEFT)
    settle(lab, qtbot)
    assert lab.compare.perturbation().is_identity()
    np.testing.assert_array_equal(lab.compare.perturbed, lab.source.digit())
    np.testing.assert_allclose(lab.compare.probabilities[0], untouched)
    assert controls.values["rotate"].text() == "0°"


def test_a_bad_model_file_gives_a_message_and_keeps_the_old_model(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    lab = open_lab(window, qtbot)
    broken = tmp_path / "broken.keras"
    broken.write_bytes(b"this is not a Keras model")
    left = lab.pair.sides()[0]
    model_before = left.model
    lab.pair.open_file(0, broken)
    lab.pair.wait()
    message = lab.findChild(QLabel, "leftModelMessage")
    qtbot.waitUntil(message.isVisible, timeout=30_000)
    assert "broken.keras" in message.text() and "Still using CNN (default)" in message.text()
    assert left.model is model_before and left.key == "mnist_cnn"
    assert lab.findChild(QWidget, "leftModelCombo").currentData() == "mnist_cnn"
    assert "right" in verdict(lab, "left")  # it still reads the digit


def test_choosing_another_model_on_a_side_loads_it(qtbot: QtBot, window: MainWindow) -> None:
    lab = open_lab(window, qtbot)
    combo = lab.findChild(QWidget, "rightModelCombo")
    combo.setCurrentIndex(combo.findData("mnist_lecture_cnn"))
    combo.activated.emit(combo.currentIndex())
    lab.pair.wait()
    qtbot.waitUntil(lambda: lab.pair.ready() and lab.pair.sides()[1].key == "mnist_lecture_cnn",
                    timeout=60_000)
    settle(lab, qtbot)
    assert lab.findChild(QLabel, "rightModelTitle").text() == "Course CNN"


def test_a_language_switch_translates_the_page(qtbot: QtBot, window: MainWindow) -> None:
    lab = open_lab(window, qtbot)
    lab.compare.controls.sliders["scale"].setValue(125)
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.wait(200)
    settle(lab, qtbot)
    assert lab.findChild(QTabWidget, "robustnessTabs").tabText(0) == "Comparar"
    assert lab.compare.controls.names["shift_x"].text() == "Deslocamento à direita"
    assert lab.compare.controls.values["scale"].text() == "1,25×"
    assert "certo" in verdict(lab, "left")
    assert window._items["robustness"].text(0) == "Robustez"  # the side list's entry


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.PORTUGUESE])
def test_the_page_fits_1024_by_768_without_cut_text(
        qtbot: QtBot, window: MainWindow, language: str) -> None:
    i18n.apply_language(language, remember=False)
    qtbot.wait(200)
    lab = open_lab(window, qtbot)
    lab.compare.controls.sliders["shift_x"].setValue(-3)
    lab.compare.drag_patch(14, 14)
    settle(lab, qtbot)
    qtbot.wait(100)
    assert not cut_texts(window, language)
    frame = lab.parentWidget().parentWidget()  # the page's scroll frame: no scrolling needed
    assert lab.height() <= frame.height() and lab.width() <= frame.width()


def test_a_change_is_shown_within_50_ms(qtbot: QtBot, window: MainWindow) -> None:
    lab = open_lab(window, qtbot)
    slider = lab.compare.controls.sliders["rotate"]
    times = []
    for value in range(1, 12):
        started = time.perf_counter()
        slider.setValue(value * 5)
        lab.compare.update_now()  # what the 0-ms timer runs on the next event-loop turn
        times.append(time.perf_counter() - started)
    assert sorted(times)[len(times) // 2] < 0.050, times


def test_the_digit_can_be_the_drawing_or_a_webcam_snapshot(
        qtbot: QtBot, window: MainWindow) -> None:
    lab = open_lab(window, qtbot)
    kinds = lab.findChild(QComboBox, "digitKindCombo")
    note = lab.findChild(QLabel, "digitNote")
    kinds.activated.emit(kinds.findData(DRAWING))
    assert "Draw tab" in note.text() and not lab.source.digit().any()
    canvas = np.zeros((280, 280), np.uint8)
    canvas[60:220, 130:150] = 255  # a 1
    window.session.set_drawing(canvas)
    settle(lab, qtbot)
    assert lab.source.digit().max() > 0.5 and lab.source.label() is None
    assert "unknown" in note.text()
    assert "right" not in verdict(lab, "left") and "wrong" not in verdict(lab, "left")
    kinds.activated.emit(kinds.findData(WEBCAM))
    assert "Webcam tab" in note.text()
    paper = np.full((240, 320, 3), 230, np.uint8)
    paper[60:180, 150:165] = 20  # a dark 1 on light paper: inverted to light on black
    window.session.set_webcam_frame(paper)
    assert lab.source.digit().max() > 0.5 and lab.source.digit()[0, 0] == 0
    kinds.activated.emit(kinds.findData(MNIST))
    lab.findChild(QSpinBox, "digitIndexSpin").setValue(0)
    assert lab.source.kind() == MNIST and lab.source.label() == 7
    qtbot.mouseClick(lab.findChild(QPushButton, "anotherDigitButton"), LEFT)
    assert lab.source.index() == 1 and lab.source.label() == 2
