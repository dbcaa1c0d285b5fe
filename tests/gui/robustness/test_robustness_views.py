"""The Robustness page's views (Sweeps, Occlusion map, FGSM, Augmentation), driven as a person does.

Both shipped models (the CNN and the MLP) are loaded once for the module through the page's own
``ModelPair``; the digit comes from a ``DigitSource`` on MNIST's test digits.
"""

import csv
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from gui import i18n, style
from gui.robustness.augment_preview import AugmentPreview, augmented_copies
from gui.robustness.digit import DigitSource
from gui.robustness.fgsm_view import FgsmView
from gui.robustness.models import ModelPair
from gui.robustness.occlusion_view import OcclusionView, patch_at
from gui.robustness.sweeps import SweepView

CNN, MLP = 0, 1
LONG = 60_000  # ms: a sweep on a busy shared machine


@pytest.fixture(scope="module")
def pair(qapp: QApplication) -> Iterator[ModelPair]:
    models = ModelPair()
    assert models.wait(120)
    for _ in range(100):
        qapp.processEvents()  # the loads' results arrive as queued signals
        if models.ready():
            break
    assert models.ready()
    yield models


@pytest.fixture
def source(qapp: QApplication) -> DigitSource:
    return DigitSource()


def button(view: object, name: str) -> QPushButton:
    found = view.findChild(QPushButton, name)
    assert found is not None, name
    return found


def sweep_view(qtbot: object, pair: ModelPair, digits: int = 100) -> SweepView:
    view = SweepView(pair)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.digits.setValue(digits)
    return view


def run_to_end(qtbot: object, view: SweepView) -> None:
    with qtbot.waitSignal(view.finished, timeout=LONG):
        qtbot.mouseClick(button(view, "runSweepButton"), Qt.MouseButton.LeftButton)


# -- sweeps ---------------------------------------------------------------------------------------
def test_a_shift_sweep_draws_two_curves_of_thirteen_points(qtbot, pair) -> None:
    view = sweep_view(qtbot, pair)
    assert view.values() == [float(v) for v in range(-6, 7)]  # the default: −6 … +6 pixels
    run_to_end(qtbot, view)
    for side, item in enumerate(view.curve_items):
        x, y = item.getData()
        assert len(x) == len(y) == 13
        assert list(x) == view.values()
        assert all(0 <= value <= 100 for value in y)
        assert view.curve_points(side)[1] == pytest.approx(list(y))
    cnn, mlp = view.curve_points(CNN)[1], view.curve_points(MLP)[1]
    assert cnn[9] > mlp[9]  # shifted 3 pixels right: the slide's claim
    assert view.model_name(CNN) in view.legend.text()
    assert view.model_name(MLP) in view.legend.text()
    assert button(view, "exportCsvButton").isEnabled()
    assert button(view, "runSweepButton").isEnabled()


def test_hovering_a_point_shows_digits_misread_there(qtbot, pair) -> None:
    view = sweep_view(qtbot, pair)
    view.choose("shift_x")
    view.start.setValue(5)
    view.stop_value.setValue(6)
    run_to_end(qtbot, view)
    qtbot.wait(50)  # the chart's range settles
    qtbot.mouseMove(view.chart.viewport(), view.point_position(MLP, 1).toPoint())
    qtbot.waitUntil(lambda: view.hovered_point() == (MLP, 1))
    captions = view.failures.captions()
    assert 1 <= len(captions) <= 8
    assert all("→" in caption for caption in captions)
    assert view.model_name(MLP) in view.failure_title.text()


def test_stop_midway_keeps_the_partial_curves_and_the_app_responsive(qtbot, pair) -> None:
    view = sweep_view(qtbot, pair, digits=2000)
    view.choose("rotate")  # 13 strengths of 2,000 digits for each model: several seconds
    qtbot.mouseClick(button(view, "runSweepButton"), Qt.MouseButton.LeftButton)
    assert button(view, "stopSweepButton").isEnabled()
    assert not button(view, "runSweepButton").isEnabled()
    qtbot.waitUntil(lambda: len(view.curve_points(MLP)[0]) >= 1, timeout=LONG)
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    with qtbot.waitSignal(view.finished, timeout=LONG) as ended:
        qtbot.mouseClick(button(view, "stopSweepButton"), Qt.MouseButton.LeftButton)
    assert ticks  # events kept flowing while the worker wound down
    assert ended.args == [False]
    assert button(view, "runSweepButton").isEnabled()
    assert not button(view, "stopSweepButton").isEnabled()
    done = len(view.curve_points(CNN)[0])
    assert 1 <= done < 13
    assert len(view.curve_points(MLP)[0]) in (done - 1, done)
    assert "Stopped" in view.status.text()
    assert button(view, "exportCsvButton").isEnabled()


def test_a_view_deleted_mid_sweep_stops_its_worker(qtbot, pair) -> None:
    view = SweepView(pair)  # not given to qtbot: this test deletes it
    view.show()
    view.digits.setValue(2000)
    view.choose("rotate")
    view.run()
    wait_for_worker = view.wait
    qtbot.waitUntil(lambda: len(view.curve_points(CNN)[0]) >= 1, timeout=LONG)
    view.deleteLater()
    qtbot.wait(20)
    assert wait_for_worker(30)
    qtbot.wait(100)  # its late reports arrive, and touch nothing deleted


def test_the_curves_export_as_csv_and_png(qtbot, pair, tmp_path: Path) -> None:
    view = sweep_view(qtbot, pair, digits=50)
    view.start.setValue(-1)
    view.stop_value.setValue(1)
    run_to_end(qtbot, view)
    target = tmp_path / "sweep.csv"
    assert view.export_csv(target)
    with open(target, newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [row["model"] for row in rows] == [view.model_name(CNN)] * 3 + [
        view.model_name(MLP)] * 3
    assert [float(row["value"]) for row in rows] == [-1.0, 0.0, 1.0] * 2
    assert {row["perturbation"] for row in rows} == {"shift_x"}
    assert {row["n"] for row in rows} == {"50"}
    shown = view.curve_points(CNN)[1] + view.curve_points(MLP)[1]
    assert [100 * float(row["accuracy"]) for row in rows] == pytest.approx(shown, abs=1e-3)
    picture = tmp_path / "sweep.png"
    assert view.export_png(picture)
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_an_export_that_cannot_be_written_says_so(qtbot, pair, tmp_path: Path) -> None:
    view = sweep_view(qtbot, pair, digits=20)
    view.start.setValue(0)
    view.stop_value.setValue(0)
    run_to_end(qtbot, view)
    assert not view.export_csv(tmp_path / "no such folder" / "sweep.csv")
    assert "sweep.csv" in view.status.text()
    assert view.status.styleSheet() == style.ERROR_STYLE
    assert not list(tmp_path.iterdir())


# -- occlusion ------------------------------------------------------------------------------------
def test_the_occlusion_maps_hottest_cell_is_on_the_ink(qtbot, pair, source) -> None:
    view = OcclusionView(pair, source)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.maps() is not None, timeout=LONG)
    digit = source.digit()
    size, stride = view.size_spin.value(), view.stride_spin.value()
    for grid in view.maps():
        cell = np.unravel_index(int(np.argmax(grid)), grid.shape)
        top, left = patch_at(grid, size, stride, (int(cell[0]), int(cell[1])))
        hidden = digit[top:top + size, left:left + size]
        assert hidden.sum() > 0.5 * size  # the patch hid a good piece of stroke
        assert grid.max() > 0
    assert view.classes() == [source.label()] * 2
    assert str(source.label()) in view.target.text()
    heat = view.pixel_heat(CNN)
    assert heat.shape == (28, 28) and heat.max() == pytest.approx(1.0)
    assert view.views[CNN].heat_visible()


def test_a_smaller_patch_recomputes_the_map(qtbot, pair, source) -> None:
    view = OcclusionView(pair, source)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.maps() is not None, timeout=LONG)
    before = view.maps()[CNN].shape
    view.stride_spin.setValue(1)
    qtbot.waitUntil(lambda: view.maps()[CNN].shape != before, timeout=LONG)
    assert view.maps()[CNN].shape == (23, 23)  # 28 − 6 + 1 positions a side


class UnlabelledDigit(QObject):
    """A digit whose true class nobody knows (a drawing): the views use each model's answer."""

    digitChanged = Signal()  # noqa: N815 - the DigitSource signal it stands in for

    def __init__(self, digit: np.ndarray) -> None:
        super().__init__()
        self._digit = digit

    def digit(self) -> np.ndarray:
        return self._digit

    def label(self) -> None:
        return None


def test_without_a_true_class_each_map_studies_its_models_answer(qtbot, pair, source) -> None:
    unlabelled = UnlabelledDigit(source.digit())
    view = OcclusionView(pair, unlabelled)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.maps() is not None, timeout=LONG)
    answers = [int(np.argmax(side.probabilities(source.digit()[None])[0]))
               for side in pair.sides()]
    assert view.classes() == answers
    assert "not known" in view.target.text()


# -- FGSM -----------------------------------------------------------------------------------------
def fgsm_view(qtbot: object, pair: ModelPair, source: DigitSource) -> FgsmView:
    view = FgsmView(pair, source)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.computing() and bool(view.clean_predictions()), timeout=LONG)
    return view


def test_fgsm_at_epsilon_zero_leaves_the_prediction(qtbot, pair, source) -> None:
    view = fgsm_view(qtbot, pair, source)
    view.slider.setValue(0)
    assert view.predictions() == view.clean_predictions() == [source.label()] * 2
    for image in view.attacked_images():
        np.testing.assert_array_equal(image, source.digit())
    assert "0.000" in view.epsilon_label.text()


def test_fgsm_at_a_quarter_fools_the_mlp_on_some_digit(qtbot, pair, source) -> None:
    view = fgsm_view(qtbot, pair, source)
    view.set_epsilon(0.25)
    fooled = False
    for index in range(10):
        source.set_index(index)
        qtbot.waitUntil(lambda: not view.computing(), timeout=LONG)
        qtbot.waitUntil(lambda: view._digit is not None
                        and np.array_equal(view._digit, source.digit()), timeout=LONG)
        if view.clean_predictions()[MLP] == source.label() != view.predictions()[MLP]:
            fooled = True
            assert "instead of" in view.columns[MLP].verdict.text()
            break
    assert fooled
    signs = view.columns[MLP].sign_view.image()
    assert set(np.unique(signs)) <= {-1.0, 0.0, 1.0}
    assert np.abs(view.attacked_images()[MLP] - source.digit()).max() <= 0.25 + 1e-6


def test_the_fgsm_tab_sweeps_epsilon_for_both_models(qtbot, pair, source) -> None:
    view = fgsm_view(qtbot, pair, source)
    sweep = view.sweep
    assert sweep.objectName() == "fgsmSweepView"
    assert sweep.values()[0] == 0.0 and sweep.values()[-1] == pytest.approx(0.3)
    sweep.digits.setValue(50)
    with qtbot.waitSignal(sweep.finished, timeout=LONG):
        qtbot.mouseClick(button(view, "fgsmRunSweepButton"), Qt.MouseButton.LeftButton)
    for side in (CNN, MLP):
        accuracy = sweep.curve_points(side)[1]
        assert len(accuracy) == len(sweep.values())
        assert accuracy[-1] < accuracy[0]


# -- augmentation ---------------------------------------------------------------------------------
def test_the_augmentation_preview_shows_sixteen_draws_of_the_training_function(
        qtbot, source) -> None:
    view = AugmentPreview(source)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.images() is not None, timeout=LONG)
    first = view.images()
    assert first.shape == (16, 28, 28)
    assert len({image.tobytes() for image in first}) == 16
    np.testing.assert_allclose(first, augmented_copies(source.digit(), view.seed()), atol=1e-6)
    seed = view.seed()
    qtbot.mouseClick(button(view, "newDrawsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.computing() and view.seed() == seed + 1, timeout=LONG)
    second = view.images()
    assert not np.allclose(first, second)
    np.testing.assert_allclose(second, augmented_copies(source.digit(), seed + 1), atol=1e-6)


def test_augmented_copies_are_what_training_draws(qtbot, source) -> None:
    import tensorflow as tf

    from engine.training.augment import augment_batch

    digit = source.digit()
    batch = np.repeat(digit[None, :, :, None], 16, axis=0)
    expected = augment_batch(tf.constant(batch), tf.constant(7, tf.int64)).numpy()[..., 0]
    np.testing.assert_allclose(augmented_copies(digit, 7), expected, atol=1e-6)


def test_the_training_link_asks_for_the_training_page(qtbot, source) -> None:
    view = AugmentPreview(source)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.pageRequested) as asked:
        qtbot.mouseClick(button(view, "openTrainingButton"), Qt.MouseButton.LeftButton)
    assert asked.args == ["training"]


# -- language -------------------------------------------------------------------------------------
def test_the_views_speak_portuguese(qtbot, pair, source) -> None:
    sweeps = sweep_view(qtbot, pair)
    fgsm = fgsm_view(qtbot, pair, source)
    preview = AugmentPreview(source)
    occlusion = OcclusionView(pair, source)
    for view in (preview, occlusion):
        qtbot.addWidget(view)
    english = button(sweeps, "runSweepButton").text()
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.waitUntil(lambda: button(sweeps, "runSweepButton").text() != english)
    assert sweeps.perturbation.currentText() == "deslocamento horizontal"
    assert "0,100" in fgsm.epsilon_label.text()
    assert fgsm.sweep.step.text() == "0,050"  # the spin boxes write numbers as Portuguese does
    assert "aumento de dados" in preview.intro.text().lower()
    assert "Grad-CAM" in occlusion.intro.text()
    assert "2,5" in preview.ranges.text()
    i18n.apply_language(i18n.ENGLISH, remember=False)
    qtbot.waitUntil(lambda: button(sweeps, "runSweepButton").text() == english)


# -- in the window --------------------------------------------------------------------------------
@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.PORTUGUESE])
def test_each_tab_fits_1024_by_768_without_cut_text(qtbot, language: str) -> None:
    from gui.main_window import MainWindow
    from gui.robustness.page import RobustnessLab
    from tests.gui.layout_checks import cut_texts

    i18n.apply_language(language, remember=False)
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("robustness")
    lab = window.findChild(RobustnessLab, "robustnessLab")
    qtbot.waitUntil(lab.pair.ready, timeout=LONG)
    for name in ("sweepView", "occlusionView", "fgsmView", "augmentPreview"):
        view = lab.findChild(QWidget, name)
        tab = next(lab.tabs.widget(i) for i in range(lab.tabs.count())
                   if lab.tabs.widget(i) is view or lab.tabs.widget(i).isAncestorOf(view))
        lab.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(view.isVisible)
        busy = getattr(view, "computing", lambda: False)
        qtbot.waitUntil(lambda busy=busy: not busy(), timeout=LONG)
        qtbot.wait(50)
        assert not cut_texts(window, f"{language} {name}")
        frame = lab.parentWidget().parentWidget()  # the page's frame: the page needs no scroll
        assert lab.height() <= frame.viewport().height()
        assert lab.width() <= frame.viewport().width() + 1  # the Compare tab is 1 px wider
        assert isinstance(view.findChild(QScrollArea), QScrollArea)  # the view scrolls inside
    window.session.wait()


def test_the_training_link_opens_the_training_page_in_the_window(qtbot) -> None:
    from gui.main_window import MainWindow

    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    window.show_page("robustness")
    preview = window.findChild(AugmentPreview, "augmentPreview")
    qtbot.mouseClick(button(preview, "openTrainingButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page_key() == "training")
    preview.wait()
    window.findChild(QObject, "robustnessLab").pair.wait()
    window.session.wait()


def test_without_a_digit_the_maps_and_the_attack_are_cleared(qtbot, pair, source) -> None:
    occlusion, fgsm = OcclusionView(pair, source), FgsmView(pair, source)
    for view in (occlusion, fgsm):
        qtbot.addWidget(view)
        view.show()
    qtbot.waitUntil(lambda: occlusion.maps() is not None and bool(fgsm.clean_predictions()),
                    timeout=LONG)
    source.choose("drawing")  # nothing drawn: the source says so
    assert source.problem
    assert occlusion.maps() is None and occlusion.status.text() == source.problem
    assert fgsm.predictions() == [] and fgsm.status.text() == source.problem
    assert not occlusion.views[CNN].heat_visible()
