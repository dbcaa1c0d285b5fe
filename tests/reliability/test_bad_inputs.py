"""The bad-input matrix: everything a person can feed the app, done wrong on purpose.

Each case checks three things: (1) a clear message is shown where the person is looking (or,
for inputs that should simply work, that they do), (2) the app keeps running (another page
opens afterwards), and (3) every user file involved is left byte for byte as it was.

One main window serves the whole module (building every view for each case would be slow);
the cases that need a fresh start (settings) build their own window.
"""

import hashlib
import io
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSlider,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from gui.main_window import PAGES, MainWindow
from gui.settings import app_settings, name_application, recover_damaged_settings
from gui.webcam import tab as webcam_tab
from gui.widgets.image_source import ImageSource
from gui.widgets.matrix_grid import MatrixGrid
from gui.workers import wait_for_background_work

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_MLP = ROOT / "resources" / "models" / "mnist_mlp.keras"
LONG = 60_000  # ms: the first model load also imports TensorFlow


# ------------------------------------------------------------------------------- helpers
def digest(*paths: Path) -> dict[str, str]:
    """sha256 of every file given (folders: every file inside them)."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir()
                     else [path])
    return {str(f): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def still_alive(window: MainWindow, key: str = "pooling") -> None:
    """The window still answers: another page opens and becomes the current one."""
    view = window.show_page(key)
    QApplication.processEvents()
    assert window.pages.currentWidget().widget() is view and window.current_page_key() == key


def png_bytes(image: np.ndarray, ext: str = ".png") -> bytes:
    ok, encoded = cv2.imencode(ext, image)
    assert ok
    return encoded.tobytes()


# ------------------------------------------------------------------------------- the window
@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """CNN_LAB_HOME for the module (imports land here); no real camera is probed."""
    folder = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CNN_LAB_HOME", str(folder))
        patch.setattr(webcam_tab, "probe_cameras", lambda _count: [])
        yield folder


@pytest.fixture(scope="module")
def window(qapp: QApplication, home: Path,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[MainWindow]:
    # Module fixtures run before the per-test settings isolation: never touch the real file.
    name_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    main = MainWindow(warm_up_tensorflow=False)
    main.resize(1200, 900)
    main.show()
    main.show_page("draw")
    deadline_ok = main.session.wait(LONG / 1000)
    assert deadline_ok
    for _ in range(200):  # the load's result reaches the GUI thread through the event loop
        QApplication.processEvents()
        if main.session.current is not None and not main.session.busy:
            break
    yield main
    main.close()
    wait_for_background_work(LONG / 1000)
    main.deleteLater()


def wait_for_model(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.session.busy, timeout=LONG)


# ======================================================================= 1. model files
def _keras_models(folder: Path) -> dict[str, Path]:
    """Two real Keras files that are not image classifiers the app can feed."""
    import keras

    dense = keras.Sequential([keras.Input((10,)), keras.layers.Dense(3, activation="softmax")])
    dense.save(folder / "dense_on_10.keras")
    five = keras.Sequential([keras.Input((2, 8, 8, 1)), keras.layers.Flatten(),
                             keras.layers.Dense(10, activation="softmax")])
    five.save(folder / "five_d_input.keras")
    return {"dense": folder / "dense_on_10.keras", "five_d": folder / "five_d_input.keras"}


def make_model_file(kind: str, folder: Path) -> Path:
    if kind in ("dense", "five_d"):
        return _keras_models(folder)[kind]
    path = folder / f"{kind}.keras"
    if kind == "truncated":
        data = SHIPPED_MLP.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "zip_without_config":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("metadata.json", '{"keras_version": "3.15.0"}')
    elif kind == "text":
        path.write_text("this is a note, not a model\n", encoding="utf-8")
    elif kind == "npz_renamed":
        buffer = io.BytesIO()
        np.savez(buffer, x=np.arange(10))
        path.write_bytes(buffer.getvalue())
    elif kind == "empty":
        path.write_bytes(b"")
    return path


MODEL_CASES = ["truncated", "zip_without_config", "text", "npz_renamed", "dense", "five_d",
               "empty"]


@pytest.mark.parametrize("kind", MODEL_CASES)
def test_bad_model_file(qtbot: QtBot, window: MainWindow, tmp_path: Path, kind: str) -> None:
    path = make_model_file(kind, tmp_path)
    before = digest(path)
    draw = window.show_page("draw")
    wait_for_model(qtbot, window)
    in_use = window.session.current.entry
    window.session.add_model_file(path)
    wait_for_model(qtbot, window)
    message = draw.findChild(QLabel, "modelMessage")
    assert message.isVisible() and path.name in message.text()
    assert "Still using" in message.text()
    assert window.session.current.entry == in_use  # the previous model stays
    assert draw.findChild(QComboBox, "modelSelector").findText(path.name) == -1
    still_alive(window)
    assert digest(path) == before


# ======================================================================= 2. image files
def make_image_file(kind: str, folder: Path) -> Path:
    path = folder / f"{kind}.png"
    grey = np.full((60, 60), 255, np.uint8)
    cv2.line(grey, (15, 10), (45, 10), 0, 6)
    cv2.line(grey, (45, 10), (25, 55), 0, 6)  # a 7, dark on white paper
    if kind == "text":
        path.write_text("not a picture", encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        data = png_bytes(grey)
        path.write_bytes(data[: len(data) // 2])
    elif kind == "jpeg_named_png":
        path.write_bytes(png_bytes(cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR), ".jpg"))
    elif kind == "sixteen_bit":
        path.write_bytes(png_bytes(grey.astype(np.uint16) * 257))
    elif kind == "one_pixel":
        path.write_bytes(png_bytes(np.zeros((1, 1), np.uint8)))
    elif kind == "white_paper":
        path.write_bytes(png_bytes(np.full((480, 640, 3), 255, np.uint8)))
    return path


BROKEN_IMAGES = ["text", "empty", "truncated"]
WORKING_IMAGES = ["jpeg_named_png", "sixteen_bit"]
BLANK_IMAGES = ["one_pixel", "white_paper"]  # readable, but nothing drawn on them


@pytest.mark.parametrize("kind", BROKEN_IMAGES + WORKING_IMAGES + BLANK_IMAGES)
def test_image_opened_in_the_draw_tab(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                      kind: str) -> None:
    from tests.gui.drawing_helpers import wait_settled

    path = make_image_file(kind, tmp_path)
    before = digest(path)
    draw = window.show_page("draw")
    canvas_before = draw.canvas.sketch.pixels().copy()
    opened = draw.open_picture(path)
    problem = draw.findChild(QLabel, "drawProblem")
    if kind in BROKEN_IMAGES:
        assert not opened
        assert problem.isVisible() and path.name in problem.text()
        np.testing.assert_array_equal(draw.canvas.sketch.pixels(), canvas_before)
    else:
        assert opened and not problem.isVisible()
        wait_settled(qtbot, draw)
        verdict = draw.findChild(QLabel, "predictionVerdict").text()
        if kind in BLANK_IMAGES:  # an empty page: the tab invites drawing instead of guessing
            assert not draw.canvas.sketch.pixels().any() and "Draw a digit" in verdict
        else:
            assert draw.canvas.sketch.pixels().any() and "% sure" in verdict
    still_alive(window)
    assert digest(path) == before


@pytest.mark.parametrize("kind", BROKEN_IMAGES + WORKING_IMAGES + ["one_pixel"])
def test_image_opened_in_a_lesson(window: MainWindow, tmp_path: Path, kind: str) -> None:
    path = make_image_file(kind, tmp_path)
    before = digest(path)
    source = window.show_page("image_representation").findChild(ImageSource)
    shown = source.image().copy()
    opened = source.open_file(path)
    problem = source.findChild(QLabel, "imageSourceProblem")
    if kind in BROKEN_IMAGES:
        assert not opened
        assert problem.isVisible() and path.name in problem.text()
        np.testing.assert_array_equal(source.image(), shown)  # the picture on screen stays
    else:
        assert opened and not problem.isVisible()
        assert source.image().size > 0
    still_alive(window)
    assert digest(path) == before


# ======================================================================= 3. datasets
def make_dataset(kind: str, folder: Path) -> Path:
    images = np.zeros((10, 8, 8), np.uint8)
    if kind == "missing_keys":
        np.savez(folder / "missing.npz", x_train=images)
        return folder / "missing.npz"
    if kind == "pickled":
        objects = np.array([np.zeros((8, 8)), "a"], dtype=object)
        np.savez(folder / "pickled.npz", x_train=objects, y_train=np.array([0, 1]))
        return folder / "pickled.npz"
    if kind == "labels_out_of_range":
        np.savez(folder / "labels.npz", x_train=images, y_train=np.full(10, -3))
        return folder / "labels.npz"
    if kind == "count_mismatch":
        np.savez(folder / "mismatch.npz", x_train=images, y_train=np.zeros(7, int))
        return folder / "mismatch.npz"
    if kind == "empty_folder":
        (folder / "empty").mkdir()
        return folder / "empty"
    if kind == "mixed_sizes":
        for name in ("a", "b"):
            (folder / "mixed" / name).mkdir(parents=True)
            for i in range(4):
                cv2.imwrite(str(folder / "mixed" / name / f"{i}.png"),
                            np.zeros((8 + i, 8), np.uint8))
        return folder / "mixed"
    if kind == "truncated_idx":
        idx = folder / "idx"
        idx.mkdir()
        header = bytes([0, 0, 8, 3, 0, 0, 0, 10, 0, 0, 0, 28, 0, 0, 0, 28])
        (idx / "train-images-idx3-ubyte").write_bytes(header + bytes(1000))
        (idx / "train-labels-idx1-ubyte").write_bytes(bytes([0, 0, 8, 1, 0, 0, 0, 10]) + bytes(10))
        return idx
    raise AssertionError(kind)


IMPORT_CASES = ["missing_keys", "pickled", "labels_out_of_range", "count_mismatch",
                "empty_folder", "mixed_sizes", "truncated_idx"]


@pytest.mark.parametrize("kind", IMPORT_CASES)
def test_bad_dataset_import(qtbot: QtBot, window: MainWindow, home: Path, tmp_path: Path,
                            kind: str) -> None:
    path = make_dataset(kind, tmp_path)
    before = digest(path)
    tab = window.show_page("training")
    data = tab.data
    qtbot.waitUntil(lambda: data.dataset() is not None and not data.chooser.is_loading(),
                    timeout=LONG)
    in_use = data.dataset()
    data.import_dataset_from(path)
    qtbot.waitUntil(lambda: not data.is_busy(), timeout=LONG)
    message = tab.findChild(QLabel, "dataMessage")
    assert message.text().startswith("Import failed: ") and path.name in message.text()
    assert "c62828" in message.styleSheet()
    assert data.dataset() is in_use
    assert not list((home / "datasets").glob("*.tmp*"))  # no half-written copy left behind
    still_alive(window)
    assert digest(path) == before


CHOOSER_CASES = ["pickled", "labels_out_of_range", "count_mismatch"]


@pytest.mark.parametrize("kind", CHOOSER_CASES)
def test_a_broken_dataset_in_the_list_says_why(qtbot: QtBot, window: MainWindow, home: Path,
                                               tmp_path: Path, kind: str) -> None:
    """A damaged file in the app's own datasets folder (copied there by hand)."""
    made = make_dataset(kind, tmp_path)
    (home / "datasets").mkdir(exist_ok=True)
    placed = home / "datasets" / f"broken_{kind}.npz"
    shutil.copyfile(made, placed)
    before = digest(placed)
    chooser = window.show_page("evaluation").findChild(QComboBox, "datasetSelector").parent()
    qtbot.waitUntil(lambda: not chooser.is_loading(), timeout=LONG)
    failures: list[str] = []
    chooser.datasetFailed.connect(failures.append)
    try:
        chooser.refresh_list(select=f"imported:{placed.stem}")
        qtbot.waitUntil(lambda: not chooser.is_loading(), timeout=LONG)
    finally:
        chooser.datasetFailed.disconnect(failures.append)
    summary = chooser.findChild(QLabel, "datasetSummary").text()
    assert failures and placed.name in failures[0]
    assert summary.startswith("Could not load this dataset: ") and placed.name in summary
    still_alive(window)
    assert digest(placed) == before
    placed.unlink()  # the next cases start on a clean list
    chooser.refresh_list(select="sample")
    qtbot.waitUntil(lambda: not chooser.is_loading(), timeout=LONG)


# ======================================================================= 4. grid cells
def type_into_cell(qtbot: QtBot, grid: MatrixGrid, row: int, col: int, text: str) -> None:
    """Open a cell's editor, type, press Enter, and wait for the (queued) commit."""
    qtbot.waitUntil(lambda: grid.findChild(QLineEdit) is None, timeout=2000)
    grid.setFocus()
    grid.setCurrentCell(row, col)
    grid.editItem(grid.item(row, col))
    editor = grid.findChild(QLineEdit)
    assert editor is not None, "the cell editor did not open"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState, timeout=2000)


GRIDS = [("convolution", "inputGrid", "inputHint"), ("kernel_editor", "kernelGrid", "kernelHint"),
         ("backprop", "kernelGrid", "kernelHint"), ("pooling", "inputGrid", "inputHint")]
BAD_CELLS = ["abc", "", "1e400", "nan", "--1"]


@pytest.mark.parametrize("text", BAD_CELLS)
@pytest.mark.parametrize(("page", "grid_name", "hint_name"), GRIDS)
def test_bad_text_in_a_grid_cell(qtbot: QtBot, window: MainWindow, page: str, grid_name: str,
                                 hint_name: str, text: str) -> None:
    lesson = window.show_page(page)
    grid = lesson.findChild(MatrixGrid, grid_name)
    before_text, before_values = grid.cell_text(0, 0), grid.values().copy()
    rejected: list[str] = []
    grid.editRejected.connect(rejected.append)
    try:
        type_into_cell(qtbot, grid, 0, 0, text)
    finally:
        grid.editRejected.disconnect(rejected.append)
    hint = lesson.findChild(QLabel, hint_name)
    assert rejected and f"keeps {before_text}" in rejected[0]
    assert hint.isVisible() and hint.text() == rejected[0]
    assert (text.strip() in hint.text()) if text else ("empty" in hint.text())
    assert grid.cell_text(0, 0) == before_text
    np.testing.assert_array_equal(grid.values(), before_values)
    still_alive(window, "draw" if page == "pooling" else "pooling")


# ======================================================================= 5. hyperparameters
SPINS = [("epochsSpin", "abc"), ("batchSizeSpin", "x!"), ("seedSpin", "-5"),
         ("trainingLimit", "1e400"), ("learningRateSpin", "fast"), ("validationSpin", "999")]


@pytest.mark.parametrize(("name", "typed"), SPINS)
def test_a_spin_box_never_holds_a_bad_value(qtbot: QtBot, window: MainWindow, name: str,
                                            typed: str) -> None:
    tab = window.show_page("training")
    tab.setup.setCurrentIndex(2)
    spin = tab.findChild(QAbstractSpinBox, name)
    before = spin.value()
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, typed)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    spin.clearFocus()  # leaving the field fixes up whatever half-typed text is left
    value = spin.value()
    assert spin.minimum() <= value <= spin.maximum() and np.isfinite(value)
    assert not any(ch.isalpha() for ch in spin.text() if ch != "e" or name != "learningRateSpin")
    if not any(ch.isdigit() for ch in typed):  # letters cannot even be typed in
        assert value == before
    config = tab.form.config()  # what training would get is a valid recipe
    assert config.epochs >= 1 and config.batch_size >= 1 and config.learning_rate > 0
    still_alive(window)


# ======================================================================= 6. camera sources
@pytest.mark.parametrize("source", ["negative", "ninety_nine", "missing_path", "text_as_video",
                                    "folder"])
def test_a_camera_source_that_does_not_open(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                            source: str) -> None:
    text_file = tmp_path / "notes.avi"
    text_file.write_text("not a video", encoding="utf-8")
    chosen: int | Path = {"negative": -1, "ninety_nine": 99,
                          "missing_path": tmp_path / "absent.avi", "text_as_video": text_file,
                          "folder": tmp_path}[source]
    before = digest(text_file)
    tab = window.show_page("webcam")
    assert not tab.open_source(chosen)
    status = tab.findChild(QLabel, "statusMessage")
    assert not tab.is_streaming()
    if isinstance(chosen, int):
        assert status.text() == f"Camera {chosen} does not open."
        assert tab.findChild(QLabel, "noCameraMessage").isVisible()
    else:
        assert status.text().startswith(f"Could not open {chosen.name}")
    assert "c62828" in status.styleSheet()
    still_alive(window)
    assert digest(text_file) == before


# ======================================================================= 7. the command line
CLI_CASES = {
    "negative_epochs": (["train", "--dataset", "sample", "--model", "mlp", "--epochs", "-1",
                         "--out", "{ws}/x.keras"], "epochs"),
    "letters_for_epochs": (["train", "--dataset", "sample", "--model", "mlp", "--epochs", "abc",
                            "--out", "{ws}/x.keras"], "invalid int value: 'abc'"),
    "missing_model": (["evaluate", "--model", "{ws}/missing.keras", "--data", "sample"],
                      "no such model file"),
    "folder_as_image": (["predict", "--model", str(SHIPPED_MLP), "{ws}/pictures"], "pictures"),
    "unknown_dataset": (["train", "--dataset", "no_such_data", "--model", "mlp", "--epochs", "1",
                         "--out", "{ws}/y.keras"], "no_such_data"),
    "unknown_eval_data": (["evaluate", "--model", str(SHIPPED_MLP), "--data", "nothing_here"],
                          "nothing_here"),
}


@pytest.fixture(scope="module")
def cli_results(tmp_path_factory: pytest.TempPathFactory
                ) -> tuple[Path, dict[str, str], dict[str, subprocess.CompletedProcess]]:
    """Every CLI case at once, in parallel processes (each imports TensorFlow)."""
    workspace = tmp_path_factory.mktemp("cli")
    (workspace / "pictures").mkdir()
    cv2.imwrite(str(workspace / "pictures" / "seven.png"), np.zeros((28, 28), np.uint8))
    before = digest(workspace, SHIPPED_MLP)
    env = {**os.environ, "CNN_LAB_HOME": str(workspace / "home"), "TF_CPP_MIN_LOG_LEVEL": "3"}
    running = {name: subprocess.Popen(
        [sys.executable, "main.py", *[a.format(ws=workspace) for a in args]], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name, (args, _) in CLI_CASES.items()}
    results = {}
    for name, process in running.items():
        out, err = process.communicate(timeout=300)
        results[name] = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    return workspace, before, results


@pytest.mark.parametrize("case", list(CLI_CASES))
def test_a_cli_mistake_exits_2_with_one_line(cli_results: tuple, case: str) -> None:
    workspace, before, results = cli_results
    result = results[case]
    assert result.returncode == 2, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and CLI_CASES[case][1] in errors[0], result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert not (workspace / "x.keras").exists() and not (workspace / "y.keras").exists()
    assert digest(workspace / "pictures", SHIPPED_MLP) == {
        k: v for k, v in before.items() if "pictures" in k or k == str(SHIPPED_MLP)}


# ======================================================================= 8. settings
GARBAGE = b"\x00\xff\xfe[[[not an ini file\n=\n\x01\x02 key ===\n[window\ngeometry=@Byte(\\xzz"


def fresh_window(qtbot: QtBot) -> MainWindow:
    main = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(main)
    main.resize(1000, 700)
    main.show()
    return main


def close_window(qtbot: QtBot, main: MainWindow) -> None:
    qtbot.waitUntil(lambda: not main.session.busy, timeout=LONG)
    main.close()
    wait_for_background_work(LONG / 1000)


def test_a_damaged_settings_file_is_set_aside_with_a_message(qtbot: QtBot) -> None:
    path = Path(app_settings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(GARBAGE)
    kept = recover_damaged_settings()
    main = fresh_window(qtbot)
    main.tell_settings_were_reset(kept)
    box = main.findChild(QMessageBox, "settingsResetMessage")
    assert box.isVisible() and str(kept) in box.text()
    assert kept.read_bytes() == GARBAGE  # nothing the person had is deleted
    still_alive(main, "draw")
    close_window(qtbot, main)


WRONG_TYPED = [
    ("window/geometry", 12345, ["convolution"]),
    ("window/page", 42, ["convolution"]),
    ("language", ["x", "y"], ["convolution"]),
    ("models/current", 3.5, ["draw"]),
    ("training/epochs", "abc", ["training"]),
    ("training/learning_rate", "1e400", ["training"]),
    ("training/seed", "1e400", ["training"]),  # crashed: int("1e400") overflows
    ("draw/brush", "1e400", ["draw"]),
    ("data/last", 7, ["evaluation"]),
    ("webcam/camera", "abc", ["webcam"]),
]


@pytest.mark.parametrize(("key", "value", "pages"), WRONG_TYPED,
                         ids=[key for key, _, _ in WRONG_TYPED])
def test_a_wrong_typed_setting_falls_back_to_the_default(qtbot: QtBot, key: str, value: object,
                                                         pages: list[str]) -> None:
    settings = app_settings()
    settings.setValue(key, value)
    settings.sync()
    main = fresh_window(qtbot)
    for page in pages:
        view = main.show_page(page)
        QApplication.processEvents()
        assert main.current_page_key() == page and view.isVisible()
    if key.startswith("training/"):
        form = main.show_page("training").form
        assert 1 <= form.epochs.value() <= 500 and 0 < form.learning_rate.value() < 1
    if key == "draw/brush":
        slider = main.show_page("draw").findChild(QSlider, "brushSlider")
        assert slider.minimum() <= slider.value() <= slider.maximum()
    still_alive(main, "pooling")
    close_window(qtbot, main)


def test_every_page_opens_with_every_setting_wrong(qtbot: QtBot) -> None:
    settings = app_settings()
    for key, value, _ in WRONG_TYPED:
        settings.setValue(key, value)
    for key in ("training/batch_size", "training/validation_percent", "training/limit",
                "training/augment", "training/optimizer", "training/model"):
        settings.setValue(key, "1e400")
    settings.sync()
    main = fresh_window(qtbot)
    for page in PAGES:
        view = main.show_page(page.key)
        QApplication.processEvents()
        assert main.current_page_key() == page.key and view.isVisible()
    assert main.show_page("training").findChild(QSpinBox, "epochsSpin").value() >= 1
    close_window(qtbot, main)
