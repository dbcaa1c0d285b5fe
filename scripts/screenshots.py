"""Save a screenshot of every view in every language into docs/screenshots/.

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python scripts/screenshots.py``
(or under Xvfb); ``--only training-builder,training-code`` takes just those scenes.
Uses a throw-away settings file, so your own settings are untouched.
"""

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402 - after the path is set
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from gui import i18n  # noqa: E402
from gui.lessons.convolution.lesson import DECK_INPUT, DECK_KERNEL  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.settings import name_application  # noqa: E402
from gui.tf_warmup import tensorflow_warm_up  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
# A throw-away data folder, so that "My digits" does not touch the user's collection (MNIST,
# which the screenshots show a real run on, ships with the app).
os.environ["CNN_LAB_HOME"] = tempfile.mkdtemp()
SIZE = (1024, 768)  # a classroom projector: what the teacher shows


def deck_example(view: QWidget) -> None:
    view.load_deck_example()


def stride_and_padding(view: QWidget) -> None:
    view.set_example(DECK_INPUT, DECK_KERNEL, stride=2, padding=1)
    view.view.player.set_position(view.view.player.count - 1)


def presenter_mode(view: QWidget) -> None:
    """The deck's example part-way, projected: large type, strong highlights, the halo on
    the kernel's window."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QColor, QCursor

    from gui import style

    window = view.window()
    view.load_deck_example()
    view.view.player.set_position(4)
    window.set_presenter_mode(True)
    # The offscreen screen is not a projector's: the window gets the projector's size.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*SIZE)
    settle(QApplication.instance(), 20)
    grid = view.view.input_grid
    cell = next((r, c) for r in range(grid.rowCount()) for c in range(grid.columnCount())
                if grid.background_colour(r, c) == QColor(style.HIGHLIGHT_YELLOW))
    rect = grid.visualItemRect(grid.item(*cell))
    QCursor.setPos(grid.viewport().mapToGlobal(rect.center() + QPoint(rect.width() // 3, 0)))
    window.presenter.halo.follow_cursor()


def leave_presenter_mode(window: MainWindow) -> None:
    if window.presenter_mode:
        window.set_presenter_mode(False)
        window.resize(*SIZE)


def a_real_digit() -> list:
    """A 4 (from the shipped pen digits) written by a writer the default model never saw."""
    import json

    from engine.digits.drawing import fit_strokes_to_canvas
    from engine.digits.strokes import load_pen_digits

    card = json.loads((ROOT / "resources/models/mnist_cnn.json").read_text(encoding="utf-8"))
    writer = card["pen_strokes"]["held_out_writers"][0]
    digit = next(d for d in load_pen_digits() if d.writer == writer and d.label == 4)
    return fit_strokes_to_canvas(digit.strokes)


def draw_a_digit(view: QWidget) -> None:
    view.canvas.clear()
    view.canvas.replay(a_real_digit())
    view.predict_now()


def activations_with_receptive_field(view: QWidget) -> None:
    view.refresh()
    view.layers.select_layer("conv2")
    view.maps.select(5)
    view.maps.clicked.emit(5)
    view.grad_cam_check.setChecked(True)
    view.maps.hovered.emit(5, 12, 9, float(view.maps.maps()[12, 9, 5]))


def activations_dense(view: QWidget) -> None:
    view.grad_cam_check.setChecked(False)
    view.layers.select_layer("probabilities")


def as_it_opens(_view: QWidget) -> None:
    """Each lesson opens on its slide's example: that is the picture."""


def shift_right_once(view: QWidget) -> None:
    from PySide6.QtWidgets import QAbstractButton

    view.findChild(QAbstractButton, "shiftReset").click()
    view.findChild(QAbstractButton, "shiftRight").click()


def choose_weight_one(view: QWidget) -> None:
    from PySide6.QtWidgets import QAbstractButton

    view.findChild(QAbstractButton, "weight_1").click()


def wait_until(condition: Callable[[], bool], seconds: float) -> None:
    """Let Qt run until ``condition()`` holds (or the time is up): workers report through it."""
    import time

    app = QApplication.instance()
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def choose_data(chooser: QWidget, key: str) -> None:
    keys = [chooser.combo.itemData(i) for i in range(chooser.combo.count())]
    chooser.choose(key if key in keys else "sample")
    wait_until(lambda: chooser.dataset() is not None and not chooser.is_loading(), 120)


def training_running(view: QWidget) -> None:
    """The course CNN training on MNIST, caught part-way through its second epoch."""
    from PySide6.QtWidgets import QSpinBox

    choose_data(view.data.chooser, "mnist")
    view.builder.choose("course")
    view.results.setCurrentIndex(0)
    view.findChild(QSpinBox, "epochsSpin").setValue(3)
    view.start()
    progress = view.findChild(QWidget, "trainingProgress")
    wait_until(lambda: progress.value() >= 0.55 * max(progress.maximum(), 1), 900)


def training_builder(view: QWidget) -> None:
    """The network step: LeNet-5 from its preset, its second convolution selected."""
    choose_data(view.data.chooser, "mnist")
    view.setup.setCurrentIndex(1)
    view.builder.choose("lenet5")
    view.builder.rows.setCurrentRow(2)
    view.results.setCurrentIndex(0)


def training_code(view: QWidget) -> None:
    view.results.setCurrentIndex(1)
    view.code_panel.update_now()


def training_diagram(view: QWidget) -> None:
    view.results.setCurrentIndex(2)


def training_finished(view: QWidget) -> None:
    wait_until(lambda: not view.is_training(), 900)


def evaluation_report(view: QWidget) -> None:
    choose_data(view.view.chooser, "mnist")
    view.evaluate()
    wait_until(lambda: not view.is_evaluating() and view.shown() is not None, 300)
    view.show_cell(4, 9)  # 4s read as 9s: the mistakes a student recognises


def evaluation_positive_class(view: QWidget) -> None:
    from PySide6.QtWidgets import QComboBox

    view.view.pages.setCurrentIndex(1)
    classes = view.findChild(QComboBox, "positiveClass")
    classes.setCurrentIndex(3)


def webcam_paper(view: QWidget) -> None:
    from engine.datasets.catalog import load_sample
    from engine.digits.paper_video import write_paper_video

    view.set_mode("digits")  # the objects scene may have left the tab in its other mode
    sample = load_sample()
    video = Path(tempfile.mkdtemp()) / "paper.avi"
    write_paper_video(video, sample.x_train, sample.y_train, frames=20, seed=3)
    view.open_source(str(video))
    wait_until(lambda: len(view.detections()) >= 3, 30)
    view.set_frozen(True)
    wait_until(lambda: False, 0.3)
    view.display.select(1)
    view._offer_selected_digit()


def my_digits_collection(view: QWidget) -> None:
    from engine.datasets.catalog import load_sample
    from engine.datasets.my_digits import MyDigits

    sample, collection = load_sample(), MyDigits()
    rng = np.random.default_rng(4)
    for label in range(10):
        picks = rng.choice(np.flatnonzero(sample.y_test == label), 3, replace=False)
        for index in picks:
            collection.add(sample.x_test[index], label)
    view.refresh()


def exercise_with_solution(view: QWidget) -> None:
    """A padding problem answered as if the padding were not there: the mistake is named."""
    from engine.numerics import ops

    view.view.name_edit.setText("Ana")
    view.set_code("224Y")  # its third convolution problem has padding 1
    view.open_topic("conv_cell")
    for _ in range(2):  # two right answers in a row: level 2, where padding appears
        view.view.answer.single.setText(str(view.problem.answer))
        view.check()
        view.next_problem()
    given = view.problem.given
    unpadded = ops.conv2d(given["input"], given["kernel"], stride=given["stride"])
    view.view.answer.single.setText(f"{unpadded[given['row'], given['col']]:g}")
    view.check()


def robustness_shift(view: QWidget) -> None:
    """The Compare tab with the digit shifted 3 px right: the CNN still reads the 3, the MLP
    is sure it is a 2 (slides 17–18's claim, on one digit)."""
    view.pair.wait()
    wait_until(view.pair.ready, 60)
    view.show_tab("compare")
    view.compare.controls.sliders["shift_x"].setValue(3)
    view.compare.update_now()


def robustness_tab(view: QWidget, key: str) -> QWidget:
    """Bring one of the Robustness page's tabs forward, once both models have loaded."""
    view.pair.wait()
    wait_until(view.pair.ready, 60)
    view.show_tab(key)
    return view.views[key]


def robustness_sweep(view: QWidget) -> None:
    """Accuracy against shift, −6 … +6 px on 1,000 digits: the CNN's flat line above the MLP's
    peak; the digits the MLP misread at +3 px under the chart."""
    sweeps = robustness_tab(view, "SweepView")
    sweeps.choose("shift_x")
    sweeps.run()
    wait_until(lambda: not sweeps.running(), 120)
    sweeps.show_failures(1, 9)


def robustness_occlusion(view: QWidget) -> None:
    occlusion = robustness_tab(view, "OcclusionView")
    wait_until(lambda: occlusion.maps() is not None and not occlusion.computing(), 60)


def robustness_fgsm(view: QWidget) -> None:
    """ε = 0.2: the change a person shrugs off, and what each network now reads."""
    fgsm = robustness_tab(view, "FgsmView")
    fgsm.set_epsilon(0.2)
    wait_until(lambda: bool(fgsm.clean_predictions()) and not fgsm.computing(), 60)


def robustness_augmentation(view: QWidget) -> None:
    preview = robustness_tab(view, "AugmentPreview")
    wait_until(lambda: preview.images() is not None and not preview.computing(), 60)


def sample_photo(view: QWidget) -> None:
    """The lesson's own first photo (the CIFAR scene leaves a CIFAR photo chosen)."""
    view.view.source.choose("astronaut")


def webcam_objects(view: QWidget) -> None:
    """The objects mode on a generated frame: a CIFAR-10 test photo of a ship, enlarged into the
    middle of a striped 640 × 480 picture, as a camera pointed at a printed photo would see."""
    import cv2

    from engine.digits.webcam_objects import demo_frame
    from engine.lessons import cifar_photos

    path = Path(tempfile.mkdtemp()) / "ship.png"
    cv2.imwrite(str(path), demo_frame(cifar_photos.photo(cifar_photos.first_of_class(8))))
    view.set_mode("objects")
    view.wait_for_objects_model()
    view.set_frozen(False)
    view.open_source(str(path))
    wait_until(lambda: view.display.objects.bars.probabilities() is not None, 30)
    wait_until(lambda: False, 0.3)


def image_representation_cifar(view: QWidget) -> None:
    """A CIFAR-10 frog: 32 × 32 × 3 numbers, its channels, one pixel read out."""
    from engine.lessons import cifar_photos

    view.view.source.choose(cifar_photos.key_of(cifar_photos.first_of_class(6)))
    view.view.tint_check.setChecked(True)
    view._show_pixel(16, 16)


# -- Training and Evaluation on CIFAR-10 (issue 19, part B) ------------------------------------
def training_cifar(view: QWidget) -> None:
    """The one-click class run on CIFAR-10, caught part-way: colour photos on the left, live
    charts on the right. On 5,000 photos, so the picture is taken within a minute or two."""
    from PySide6.QtWidgets import QSpinBox

    view.use_class_run()
    choose_data(view.data.chooser, "cifar10")
    view.findChild(QSpinBox, "trainingLimit").setValue(5_000)
    view.setup.setCurrentIndex(0)  # the data page: the photos in colour
    view.start()
    progress = view.findChild(QWidget, "trainingProgress")
    wait_until(lambda: progress.value() >= 0.6 * max(progress.maximum(), 1), 900)


def evaluation_cifar(view: QWidget) -> None:
    """The colour model on the 10,000 CIFAR-10 test photos, the cats read as dogs shown."""
    from gui.session import shipped_entry

    session = view.session
    session.select(shipped_entry("cifar10_cnn"))
    wait_until(lambda: not session.busy, 120)
    choose_data(view.view.chooser, "cifar10")
    view.evaluate()
    wait_until(lambda: not view.is_evaluating() and view.shown() is not None, 600)
    view.show_cell(3, 5)  # cats read as dogs: the mistake everyone understands
_MODEL_BEFORE_CIFAR: list = []  # the model to select again once the scene is taken


def activations_cifar(view: QWidget) -> None:
    """A CIFAR-10 test photo in colour: its channels, conv1's colour filters, Grad-CAM."""
    from gui.activations.photo_source import CIFAR
    from gui.session import shipped_entry

    if view.session.current is not None:
        _MODEL_BEFORE_CIFAR[:] = [view.session.current.entry]
    view.session.select(shipped_entry("cifar10_cnn"))
    wait_until(lambda: not view.session.busy, 120)
    view.source.set_source(CIFAR)
    wait_until(lambda: not view.source.is_loading(), 60)
    view.source.show_cifar(12)
    view.refresh()
    view.layers.select_layer("conv1")
    # The strongest filter (largest weight): its colours are the easiest to read.
    kernel = view.session.current.model.get_layer("conv1").get_weights()[0]
    strongest = int(np.abs(kernel).reshape(-1, kernel.shape[3]).max(axis=0).argmax())
    view.maps.select(strongest)
    view.maps.clicked.emit(strongest)
    view.details.setCurrentIndex(2)  # that filter as a colour tile and its R, G, B slices
    view.grad_cam_check.setChecked(True)


def leave_activations_cifar(window: MainWindow) -> None:
    """Back to the drawing, so that the scenes after it show what they always showed."""
    from gui.activations.photo_source import DRAWING

    page = window.show_page("activations")
    page.source.set_source(DRAWING)
    page.grad_cam_check.setChecked(False)
    if _MODEL_BEFORE_CIFAR:
        page.session.select(_MODEL_BEFORE_CIFAR.pop())
        wait_until(lambda: not page.session.busy, 120)


# (file name, page key, how to set the page up)
SCENES: list[tuple[str, str, Callable[[QWidget], None]]] = [
    ("convolution", "convolution", deck_example),
    ("convolution-stride-padding", "convolution", stride_and_padding),
    ("presenter", "convolution", presenter_mode),
    ("image-representation", "image_representation", sample_photo),
    ("convolution-3d", "convolution_3d", as_it_opens),
    ("mlp-vs-cnn", "mlp_vs_cnn", as_it_opens),
    ("kernel-editor", "kernel_editor", as_it_opens),
    ("pooling", "pooling", as_it_opens),
    ("pooling-invariance", "pooling_invariance", shift_right_once),
    ("backprop", "backprop", choose_weight_one),
    ("exercises-solution", "exercises", exercise_with_solution),
    ("draw", "draw", draw_a_digit),
    ("activations", "activations", activations_with_receptive_field),
    ("activations-probabilities", "activations", activations_dense),
    ("webcam", "webcam", webcam_paper),
    ("my-digits", "my_digits", my_digits_collection),
    ("evaluation", "evaluation", evaluation_report),
    ("evaluation-positive-class", "evaluation", evaluation_positive_class),
    ("robustness", "robustness", robustness_shift),
    ("robustness-sweep", "robustness", robustness_sweep),
    ("robustness-occlusion", "robustness", robustness_occlusion),
    ("robustness-fgsm", "robustness", robustness_fgsm),
    ("robustness-augmentation", "robustness", robustness_augmentation),
    ("training-builder", "training", training_builder),
    ("training-code", "training", training_code),
    ("training-diagram", "training", training_diagram),
    ("training-running", "training", training_running),
    ("training-finished", "training", training_finished),
    ("webcam-objects", "webcam", webcam_objects),
    ("image-representation-cifar", "image_representation", image_representation_cifar),
    ("training-cifar", "training", training_cifar),
    ("evaluation-cifar", "evaluation", evaluation_cifar),
    ("activations-cifar", "activations", activations_cifar),
]
# What to undo after a scene, so that the scenes after it show what they always showed.
LEAVE: dict[str, Callable[[MainWindow], None]] = {"activations-cifar": leave_activations_cifar}
# Scenes that train or evaluate for minutes are taken once, in Portuguese (the README's), and
# presenter mode, which is the convolution lesson again, projected.
ONCE = {"training-running", "training-finished", "evaluation", "evaluation-positive-class",
        "presenter", "robustness", "robustness-sweep", "robustness-occlusion", "robustness-fgsm",
        "robustness-augmentation", "training-cifar", "evaluation-cifar"}


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    # --only name,name: just those scenes (the builder's three take seconds, a training minutes)
    only = set(sys.argv[sys.argv.index("--only") + 1].split(",")) if "--only" in sys.argv else None
    app = QApplication(sys.argv)
    name_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    tensorflow_warm_up().wait()
    window.show_page("draw")
    window.session.wait()
    settle(app)
    for language in (i18n.PORTUGUESE, i18n.ENGLISH):
        i18n.apply_language(language, remember=False)
        for name, key, set_up in SCENES:
            if (name in ONCE and language != i18n.PORTUGUESE) or (only and name not in only):
                continue
            set_up(window.show_page(key))
            settle(app)
            path = OUT / f"{name}_{language}.png"
            window.grab().save(str(path))
            print(path.relative_to(ROOT))
            leave_presenter_mode(window)
            LEAVE.get(name, lambda _window: None)(window)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
