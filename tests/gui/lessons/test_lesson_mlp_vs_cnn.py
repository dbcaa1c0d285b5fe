"""Lesson "MLP × CNN" driven as a student drives it: spin boxes, buttons, arrows on a digit.

The calculator's counts are checked against Keras' own ``count_params()`` (Dense, Conv2D) and,
for the locally connected layer that Keras 3 no longer has, against one Keras Dense layer per
output position (see tests/engine/numerics/test_layer_params.py for the count by naming every
weight).
"""

import math

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from engine.models.io import load_card
from engine.numerics import ops
from engine.numerics.translate import shift_image
from gui import i18n
from gui.lessons.mlp_vs_cnn.chart import ParameterChart
from gui.lessons.mlp_vs_cnn.counts import DenseOutputs, LayerSetup
from gui.lessons.mlp_vs_cnn.lesson import MODELS_TAB, MlpVsCnnLesson
from gui.lessons.mlp_vs_cnn.models import CNN_KEY, MLP_KEY, example_digit, load_compared_models
from gui.lessons.mlp_vs_cnn.shift import MAX_SHIFT
from gui.session import LabSession, shipped_entry
from gui.widgets.pixel_view import PixelView
from gui.widgets.probability_bars import ProbabilityBars

EQUALS = "=\u00a0"  # the counts read "= 25,120", with a no-break space after "="


@pytest.fixture
def lesson(qtbot: QtBot) -> MlpVsCnnLesson:
    view = MlpVsCnnLesson()
    qtbot.addWidget(view)
    view.resize(830, 650)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def loaded(qtbot: QtBot, lesson: MlpVsCnnLesson) -> MlpVsCnnLesson:
    """The lesson on its second tab with both trained models loaded."""
    lesson.show_models_tab()
    assert lesson.experiment.wait_for_models()
    qtbot.waitUntil(lesson.experiment.models_ready, timeout=10_000)
    return lesson


def find(lesson: MlpVsCnnLesson, kind: type, name: str):  # returns a widget of `kind`
    widget = lesson.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def text(lesson: MlpVsCnnLesson, name: str) -> str:
    return find(lesson, QLabel, name).text()


def type_into_spin(qtbot: QtBot, spin: QSpinBox, typed: str) -> None:
    """Select the spin box's number, type over it and press Enter, as a person does."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), typed)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def click(qtbot: QtBot, lesson: MlpVsCnnLesson, name: str) -> None:
    button = find(lesson, QPushButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def keras_counts(setup: LayerSetup, dense_units: int) -> tuple[int, int, int]:
    """(Dense, locally connected, Conv2D) parameters as Keras counts them."""
    import keras

    dense = keras.layers.Dense(dense_units, use_bias=setup.bias)
    dense.build((None, setup.height * setup.width * setup.channels))  # on the flattened image
    conv = keras.layers.Conv2D(setup.filters, setup.kernel, use_bias=setup.bias)
    conv.build((None, setup.height, setup.width, setup.channels))
    # Locally connected = one Dense(filters) per output position, on its k·k·C window.
    window = keras.layers.Dense(setup.filters, use_bias=setup.bias)
    window.build((None, setup.kernel * setup.kernel * setup.channels))
    positions = (setup.height - setup.kernel + 1) * (setup.width - setup.kernel + 1)
    return dense.count_params(), positions * window.count_params(), conv.count_params()


# -- the calculator --------------------------------------------------------------------------
def test_opens_on_the_mnist_example(lesson: MlpVsCnnLesson) -> None:
    values = [find(lesson, QSpinBox, name).value()
              for name in ("heightSpin", "widthSpin", "channelsSpin", "kernelSpin", "filtersSpin")]
    assert values == [28, 28, 1, 3, 32]
    assert find(lesson, QCheckBox, "biasCheck").isChecked()
    assert text(lesson, "denseFormula") == "784 · 32 + 32"
    assert text(lesson, "denseCount") == f"{EQUALS}25,120"
    assert text(lesson, "localFormula") == "676 · (3·3·1·32 + 32)"
    assert text(lesson, "localCount") == f"{EQUALS}216,320"
    assert text(lesson, "convFormula") == "32 · 9 + 32"
    assert text(lesson, "convCount") == f"{EQUALS}320"  # Conv2D 3×3, 32 filters, 1 channel
    assert "26·26 = 676 positions" in text(lesson, "localDetail")
    assert "l = k·k·C = 3·3·1 = 9" in text(lesson, "convDetail")


SETUPS = [
    LayerSetup(),  # MNIST: 28×28 grey, 3×3, 32 filters
    LayerSetup(bias=False),
    LayerSetup(32, 24, 3, 5, 16),  # a small colour image, not square
    LayerSetup(8, 8, 1, 3, 4, dense_outputs=DenseOutputs.INPUTS),  # the deck's n² (+ n)
    LayerSetup(10, 12, 2, 4, 3, bias=False, dense_outputs=DenseOutputs.FEATURE_MAPS),
]


@pytest.mark.parametrize("setup", SETUPS)
def test_counts_equal_engine_and_keras(lesson: MlpVsCnnLesson, setup: LayerSetup) -> None:
    calculator = lesson.calculator
    calculator.set_setup(setup)
    counts = calculator.counts()
    assert calculator.setup() == setup
    s = setup
    assert counts.dense == ops.dense_params(s.height * s.width * s.channels, counts.dense_units,
                                            s.bias)
    assert counts.local == ops.locally_connected_params(s.height, s.width, s.channels, s.kernel,
                                                        s.kernel, s.filters, bias=s.bias)
    assert counts.conv == ops.conv_params(s.kernel, s.kernel, s.channels, s.filters, s.bias)
    assert counts.as_tuple() == keras_counts(setup, counts.dense_units)
    shown = [text(lesson, f"{kind}Count") for kind in ("dense", "local", "conv")]
    assert shown == [f"{EQUALS}{n:,}" for n in counts.as_tuple()]
    assert find(lesson, ParameterChart, "parameterChart").value_texts() == \
        [f"{n:,}" for n in counts.as_tuple()]


def test_the_decks_n_squared(qtbot: QtBot, lesson: MlpVsCnnLesson) -> None:
    combo = find(lesson, QComboBox, "denseOutputsCombo")
    combo.setCurrentIndex(combo.findData(DenseOutputs.INPUTS))
    qtbot.mouseClick(find(lesson, QCheckBox, "biasCheck"), Qt.MouseButton.LeftButton)
    assert text(lesson, "denseRule") == "n · n = n²"
    assert text(lesson, "denseFormula") == "784 · 784"
    assert text(lesson, "denseCount") == f"{EQUALS}{784**2:,}"
    assert text(lesson, "convCount") == f"{EQUALS}288"  # d·l = 32 · 9, no biases


def test_typing_a_size_updates_counts_and_formulas(qtbot: QtBot, lesson: MlpVsCnnLesson) -> None:
    type_into_spin(qtbot, find(lesson, QSpinBox, "heightSpin"), "32")
    assert text(lesson, "denseFormula") == "896 · 32 + 32"  # 32·28·1 inputs
    assert text(lesson, "denseCount") == f"{EQUALS}{896 * 32 + 32:,}"
    assert text(lesson, "localFormula") == "780 · (3·3·1·32 + 32)"  # 30·26 positions
    assert text(lesson, "localCount") == f"{EQUALS}{780 * 320:,}"
    assert text(lesson, "convCount") == f"{EQUALS}320"  # shared weights: the size does not count
    type_into_spin(qtbot, find(lesson, QSpinBox, "filtersSpin"), "64")
    assert text(lesson, "convFormula") == "64 · 9 + 64"
    assert text(lesson, "convCount") == f"{EQUALS}640"
    type_into_spin(qtbot, find(lesson, QSpinBox, "channelsSpin"), "3")
    assert text(lesson, "convFormula") == "64 · 27 + 64"
    assert "3·3·3 = 27" in text(lesson, "convDetail")


def test_arrow_keys_step_a_spin_box(qtbot: QtBot, lesson: MlpVsCnnLesson) -> None:
    kernel = find(lesson, QSpinBox, "kernelSpin")
    kernel.setFocus()
    qtbot.keyClick(kernel, Qt.Key.Key_Up)
    assert kernel.value() == 4
    assert text(lesson, "convFormula") == "32 · 16 + 32"
    assert text(lesson, "localFormula") == "625 · (4·4·1·32 + 32)"  # 25·25 positions


def test_invalid_entries_are_impossible(qtbot: QtBot, lesson: MlpVsCnnLesson) -> None:
    height = find(lesson, QSpinBox, "heightSpin")
    kernel = find(lesson, QSpinBox, "kernelSpin")
    type_into_spin(qtbot, height, "abc")  # letters are refused by the spin box
    assert height.value() == 28
    type_into_spin(qtbot, kernel, "7")
    assert kernel.value() == 7
    type_into_spin(qtbot, height, "4")  # a 7×7 kernel cannot slide over 4 rows
    assert kernel.maximum() == 4 and kernel.value() == 4
    assert text(lesson, "localFormula") == "25 · (4·4·1·32 + 32)"  # 1·25 positions
    type_into_spin(qtbot, kernel, "9")
    assert kernel.value() == 4
    type_into_spin(qtbot, height, "-5")  # no minus sign: sizes are positive
    assert height.value() == 5
    height.setValue(0)  # even from code, the range holds
    assert height.value() == 1 and kernel.value() == 1
    assert text(lesson, "localCount") == f"{EQUALS}{28 * 64:,}"  # 1·28 positions · (1·1·1·32 + 32)
    assert kernel.buttonSymbols() != QAbstractSpinBox.ButtonSymbols.NoButtons


def test_examples_and_log_scale(qtbot: QtBot, lesson: MlpVsCnnLesson) -> None:
    click(qtbot, lesson, "photoExampleButton")
    assert lesson.calculator.setup() == LayerSetup(224, 224, 3, 3, 64)
    assert text(lesson, "convCount") == f"{EQUALS}1,792"  # VGG-16's first layer
    assert text(lesson, "denseCount") == f"{EQUALS}{224 * 224 * 3 * 64 + 64:,}"
    chart = find(lesson, ParameterChart, "parameterChart")
    counts = np.array(lesson.calculator.counts().as_tuple(), dtype=float)
    assert chart.log_scale()
    np.testing.assert_allclose(chart.bar_heights(), np.log10(counts))
    qtbot.mouseClick(find(lesson, QCheckBox, "logScaleCheck"), Qt.MouseButton.LeftButton)
    assert not chart.log_scale()
    np.testing.assert_allclose(chart.bar_heights(), counts)
    click(qtbot, lesson, "mnistExampleButton")
    assert text(lesson, "denseCount") == f"{EQUALS}25,120"
    np.testing.assert_allclose(chart.bar_heights(), [25_120, 216_320, 320])


def test_language_change_keeps_the_numbers(lesson: MlpVsCnnLesson) -> None:
    QApplication.sendEvent(lesson, QEvent(QEvent.Type.LanguageChange))
    assert text(lesson, "denseCount") == f"{EQUALS}25,120"
    assert text(lesson, "denseTitle") == "Fully connected (MLP)"
    assert lesson.tabs.tabText(MODELS_TAB) == "Trained networks: moving the digit"


def test_fits_a_projector_without_scrolling(qtbot: QtBot, lesson: MlpVsCnnLesson) -> None:
    hint = lesson.minimumSizeHint()
    assert hint.width() <= 830 and hint.height() <= 650
    for index in range(lesson.tabs.count()):
        lesson.tabs.setCurrentIndex(index)
        scroll = lesson.tabs.currentWidget()
        assert isinstance(scroll, QScrollArea)
        qtbot.waitUntil(lambda scroll=scroll: scroll.widget().isVisible())
        QApplication.processEvents()
        assert scroll.verticalScrollBar().maximum() == 0, f"tab {index} scrolls at 830×650"
        assert scroll.horizontalScrollBar().maximum() == 0


# -- the trained networks --------------------------------------------------------------------
def test_model_cards_are_shown(lesson: MlpVsCnnLesson) -> None:
    for prefix, key in (("mlp", MLP_KEY), ("cnn", CNN_KEY)):
        card = load_card(shipped_entry(key).path)
        assert text(lesson, f"{prefix}Parameters") == f"{card['parameters']:,} parameters"
        accuracy = f"{100 * card['test']['accuracy']:.2f} %"
        assert text(lesson, f"{prefix}Accuracy") == \
            f"{accuracy} right on {card['test']['n']:,} MNIST test digits"
    assert text(lesson, "mlpParameters") == "34,990 parameters"  # about the same size…
    assert text(lesson, "cnnParameters") == "34,826 parameters"
    assert text(lesson, "cnnAccuracy").startswith("99.00 %")  # … not the same accuracy


def test_models_load_in_the_background_with_a_visible_state(qtbot: QtBot) -> None:
    view = MlpVsCnnLesson()
    qtbot.addWidget(view)
    view.experiment.start_loading()  # the result can only arrive through the event loop
    status = find(view, QLabel, "modelsStatus")
    assert view.experiment.is_loading() and not status.isHidden()
    assert "Loading" in status.text()
    assert text(view, "mlpPrediction") == "loading…"
    assert view.experiment.predictions() == {MLP_KEY: None, CNN_KEY: None}
    assert view.experiment.wait_for_models()
    qtbot.waitUntil(view.experiment.models_ready, timeout=10_000)
    assert status.isHidden()
    assert text(view, "mlpPrediction").startswith("reads ")


def expected_prediction(key: str, image: np.ndarray) -> tuple[int, np.ndarray]:
    probabilities = load_compared_models()[key].probabilities(image)
    return int(np.argmax(probabilities)), probabilities


def test_shift_buttons_move_the_digit_and_both_predictions_follow(
        qtbot: QtBot, loaded: MlpVsCnnLesson) -> None:
    experiment = loaded.experiment
    original = example_digit()
    np.testing.assert_array_equal(experiment.shifted_image(), original)
    assert text(loaded, "shiftLabel") == "Not moved"
    previous = experiment.predictions()
    for step, (name, move) in enumerate([("shiftRight", (0, 1)), ("shiftRight", (0, 2)),
                                         ("shiftDown", (1, 2)), ("shiftLeft", (1, 1)),
                                         ("shiftUp", (0, 1))]):
        click(qtbot, loaded, name)
        assert experiment.offset() == move, step
        shown = find(loaded, PixelView, "shiftedDigit").image()
        np.testing.assert_array_equal(shown, shift_image(original, *move))
        now = experiment.predictions()
        for prefix, key in (("mlp", MLP_KEY), ("cnn", CNN_KEY)):
            best, probabilities = expected_prediction(key, shift_image(original, *move))
            np.testing.assert_allclose(now[key], probabilities, rtol=1e-5, atol=1e-6)
            assert not np.array_equal(now[key], previous[key]), (step, key)  # it was re-run
            percent = i18n.percent(probabilities[best])  # the one rounding of every view
            assert text(loaded, f"{prefix}Prediction") == f"reads {best} · {percent} %"
            assert find(loaded, ProbabilityBars, f"{prefix}Bars").top_class() == best
        previous = now
    assert text(loaded, "shiftLabel") == "Moved: 1 px right"
    click(qtbot, loaded, "shiftReset")
    assert experiment.offset() == (0, 0)
    np.testing.assert_array_equal(find(loaded, PixelView, "shiftedDigit").image(), original)
    assert not find(loaded, QPushButton, "shiftReset").isEnabled()


def top_classes(qtbot: QtBot, lesson: MlpVsCnnLesson, name: str, clicks: int) -> dict:
    if lesson.experiment.offset() != (0, 0):
        click(qtbot, lesson, "shiftReset")
    for _ in range(clicks):
        click(qtbot, lesson, name)
    return {key: int(np.argmax(p)) for key, p in lesson.experiment.predictions().items()}


def test_what_the_page_says_to_notice_holds(qtbot: QtBot, loaded: MlpVsCnnLesson) -> None:
    """The sentence on the page, checked on the example 7 with the shipped models."""
    notice = text(loaded, "shiftNotice")
    assert "about as many parameters" in notice
    for name in ("shiftLeft", "shiftRight", "shiftUp", "shiftDown"):
        for pixels in (1, 2):  # "one or two pixels, and both still read the example 7"
            assert top_classes(qtbot, loaded, name, pixels) == {MLP_KEY: 7, CNN_KEY: 7}
    for name in ("shiftRight", "shiftUp", "shiftDown"):  # "three pixels right, up or down"
        tops = top_classes(qtbot, loaded, name, 3)
        assert tops[MLP_KEY] != 7 and tops[CNN_KEY] == 7, name
    assert top_classes(qtbot, loaded, "shiftUp", 4)[CNN_KEY] != 7  # "four pixels up fools it"


def test_shifts_stop_at_the_limit(qtbot: QtBot, loaded: MlpVsCnnLesson) -> None:
    for _ in range(MAX_SHIFT):
        click(qtbot, loaded, "shiftLeft")
    assert loaded.experiment.offset() == (0, -MAX_SHIFT)
    assert not find(loaded, QPushButton, "shiftLeft").isEnabled()
    assert find(loaded, QPushButton, "shiftRight").isEnabled()
    assert text(loaded, "shiftLabel") == f"Moved: {MAX_SHIFT} px left"


def test_the_drawing_is_used_when_there_is_one(qtbot: QtBot) -> None:
    session = LabSession()
    drawn = np.zeros((28, 28), np.float32)
    drawn[6:22, 12:16] = 1.0  # a "1"
    session.set_input(drawn)
    view = MlpVsCnnLesson(session)
    qtbot.addWidget(view)
    view.resize(830, 650)
    view.show_models_tab()
    view.show()
    qtbot.waitExposed(view)
    drawing_radio = find(view, QRadioButton, "drawingRadio")
    assert drawing_radio.isEnabled() and drawing_radio.isChecked()
    np.testing.assert_array_equal(view.experiment.shifted_image(), drawn)
    qtbot.mouseClick(find(view, QPushButton, "shiftDown"), Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(view.experiment.shifted_image(), shift_image(drawn, 1, 0))
    example_radio = find(view, QRadioButton, "exampleDigitRadio")
    qtbot.mouseClick(example_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert example_radio.isChecked()
    np.testing.assert_array_equal(view.experiment.shifted_image(), example_digit())
    session.set_input(None)  # the drawing was cleared: nothing to choose any more
    assert not drawing_radio.isEnabled() and example_radio.isChecked()
    session.set_input(drawn[::-1].copy())  # a new drawing: the experiment moves to it
    assert drawing_radio.isChecked()
    np.testing.assert_array_equal(view.experiment.shifted_image(), drawn[::-1])


def test_without_a_session_the_example_digit_is_used(lesson: MlpVsCnnLesson) -> None:
    assert not find(lesson, QRadioButton, "drawingRadio").isEnabled()
    assert find(lesson, QRadioButton, "exampleDigitRadio").isChecked()
    digit = lesson.experiment.shifted_image()
    assert digit.shape == (28, 28) and digit.dtype == np.float32
    assert math.isclose(float(digit.max()), 1.0, abs_tol=0.01)


def test_a_model_that_cannot_load_is_reported(qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> dict:
        raise OSError("mnist_mlp.keras: no such model file.")

    monkeypatch.setattr("gui.lessons.mlp_vs_cnn.shift.load_compared_models", broken)
    view = MlpVsCnnLesson()
    qtbot.addWidget(view)
    view.show_models_tab()
    view.show()
    qtbot.waitExposed(view)
    error = find(view, QLabel, "modelsError")
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=10_000)
    assert "could not be loaded" in error.text() and "mnist_mlp.keras" in error.text()
    assert find(view, QLabel, "modelsStatus").isHidden()
    assert text(view, "mlpPrediction") == text(view, "cnnPrediction") == "—"
    click(qtbot, view, "shiftUp")  # the rest of the page still works
    np.testing.assert_array_equal(view.experiment.shifted_image(),
                                  shift_image(example_digit(), -1, 0))
    assert text(view, "mlpParameters") == "34,990 parameters"
