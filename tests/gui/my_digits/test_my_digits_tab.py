""""My digits" as a student uses it: add from the Draw tab, browse, correct, share, fine-tune."""

from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from engine.datasets.catalog import load_mnist, load_sample
from engine.datasets.my_digits import MyDigits
from engine.training.evaluation import evaluation_set
from engine.training.trainer import evaluate
from gui import i18n
from gui.my_digits.tab import MyDigitsTab
from gui.session import LabSession, shipped_entry
from gui.widgets.add_digit_bar import AddDigitBar
from tests.gui.drawing_helpers import draw_seven, make_draw_tab, wait_settled

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The collection and saved models go to a temporary app folder (no real MNIST either)."""
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "app"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path / "app"


@pytest.fixture(scope="module")
def sample_digits() -> tuple[np.ndarray, np.ndarray]:
    """Three test digits of each class from the built-in sample (30 in all)."""
    dataset = load_sample()
    index = np.concatenate([np.flatnonzero(dataset.y_test == d)[:3] for d in range(10)])
    return dataset.x_test[index], dataset.y_test[index]


def distorted(image: np.ndarray) -> np.ndarray:
    """Thicker strokes, moved 3 pixels down and right: a "handwriting" the models misread."""
    thick = cv2.dilate(image, np.ones((3, 3), np.uint8))
    return cv2.warpAffine(thick, np.float32([[1, 0, 3], [0, 1, 3]]), (28, 28))


def make_tab(qtbot: QtBot, session: LabSession | None = None) -> MyDigitsTab:
    session = session or LabSession()
    tab = MyDigitsTab(session)
    qtbot.addWidget(tab)
    tab.resize(800, 600)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: not session.busy, timeout=60_000)  # no load left running
    return tab


def fill(images: np.ndarray, labels: np.ndarray) -> list[Path]:
    collection = MyDigits()
    return [collection.add(image, int(label)) for image, label in zip(images, labels,
                                                                      strict=True)]


def shown_labels(tab: MyDigitsTab) -> list[str]:
    thumbnails = tab.findChild(QListWidget, "digitThumbnails")
    return [thumbnails.item(i).text() for i in range(thumbnails.count())]


def select(tab: MyDigitsTab, rows: list[int]) -> None:
    thumbnails = tab.findChild(QListWidget, "digitThumbnails")
    thumbnails.clearSelection()
    for row in rows:
        thumbnails.item(row).setSelected(True)
    thumbnails.setFocus()


# -- the bar --------------------------------------------------------------------------------------

def test_the_bar_adds_the_candidate_with_the_predicted_label(qtbot: QtBot) -> None:
    bar = AddDigitBar(None)
    qtbot.addWidget(bar)
    button = bar.findChild(QPushButton, "addToMyDigitsButton")
    assert not button.isEnabled()  # nothing to add yet
    image = np.zeros((28, 28), np.float32)
    image[6:22, 12:16] = 1.0
    bar.set_candidate(image, 1)
    assert bar.findChild(QComboBox, "candidateLabel").currentText() == "1"
    with qtbot.waitSignal(bar.added) as added:
        qtbot.mouseClick(button, LEFT)
    path = added.args[0]
    assert path.parent.name == "1" and path.parent.parent == MyDigits().folder
    np.testing.assert_array_equal(cv2.imread(str(path), cv2.IMREAD_GRAYSCALE),
                                  (image * 255).astype(np.uint8))
    assert "Added as 1. My digits: 1 in all." in bar.findChild(QLabel, "addDigitStatus").text()
    assert not button.isEnabled()  # one drawing, one digit
    assert bar.add() is None


def test_one_key_press_corrects_the_label_before_adding(qtbot: QtBot) -> None:
    bar = AddDigitBar(None)
    qtbot.addWidget(bar)
    bar.show()
    bar.set_candidate(np.full((28, 28), 200, np.uint8), 9)
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_4)
    assert bar.findChild(QComboBox, "candidateLabel").currentText() == "4"
    assert "the network said 9" in bar.findChild(QLabel, "addDigitStatus").text()
    bar.set_candidate(np.full((28, 28), 200, np.uint8), 8)  # same digit, a new model's answer
    assert bar.label() == 4  # the person's correction stands
    path = bar.add()
    assert path is not None and path.parent.name == "4"
    assert MyDigits().counts().tolist() == [0, 0, 0, 0, 1, 0, 0, 0, 0, 0]


def test_the_draw_tab_offers_the_drawing_as_the_network_reads_it(qtbot: QtBot) -> None:
    tab = make_draw_tab(qtbot)
    bar = tab.findChild(AddDigitBar, "addDigitBar")
    assert bar is not None and bar.candidate() is None
    draw_seven(tab.canvas)
    wait_settled(qtbot, tab)
    assert bar.label() == 7
    expected = np.rint(tab.session.input_image * 255).astype(np.uint8)
    np.testing.assert_array_equal(bar.candidate(), expected)
    qtbot.mouseClick(bar.findChild(QPushButton, "addToMyDigitsButton"), LEFT)
    ((path, label),) = MyDigits().items()
    assert label == 7
    np.testing.assert_array_equal(cv2.imread(str(path), cv2.IMREAD_GRAYSCALE), expected)


# -- the browser ----------------------------------------------------------------------------------

def test_the_browser_shows_counts_and_thumbnails_and_filters_by_class(
        qtbot: QtBot, sample_digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = sample_digits
    fill(x[3:], y[3:])  # no zeros
    tab = make_tab(qtbot)
    assert tab.counts.count_text(0) == "0: 0" and tab.counts.count_text(7) == "7: 3"
    assert tab.findChild(QPushButton, "classFilterAll").text() == "All\n27"
    assert shown_labels(tab) == [str(d) for d in range(1, 10) for _ in range(3)]
    qtbot.mouseClick(tab.findChild(QPushButton, "classFilter5"), LEFT)
    assert shown_labels(tab) == ["5", "5", "5"]
    fill(x[:1], y[:1])  # added elsewhere (the Draw tab) while this tab is hidden
    tab.hide()
    tab.show()
    assert tab.counts.count_text(0) == "0: 1"


def test_delete_key_removes_the_selection_and_undo_puts_it_back(
        qtbot: QtBot, sample_digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = sample_digits
    paths = fill(x[:6], y[:6])  # three 0s and three 1s
    tab = make_tab(qtbot)
    select(tab, [0, 4])
    qtbot.keyClick(tab.findChild(QListWidget, "digitThumbnails"), Qt.Key.Key_Delete)
    assert shown_labels(tab) == ["0", "0", "1", "1"]
    assert not paths[0].exists() and not paths[4].exists()
    assert tab.findChild(QLabel, "myDigitsMessage").text() == "Deleted 2 digit(s)."
    qtbot.mouseClick(tab.findChild(QPushButton, "undoDeleteButton"), LEFT)
    assert paths[0].exists() and paths[4].exists() and len(shown_labels(tab)) == 6


def test_a_digit_key_relabels_the_selected_thumbnails(
        qtbot: QtBot, sample_digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = sample_digits
    fill(x[:6], y[:6])
    tab = make_tab(qtbot)
    select(tab, [3])  # the first 1
    qtbot.keyClick(tab.findChild(QListWidget, "digitThumbnails"), Qt.Key.Key_7)
    assert shown_labels(tab) == ["0", "0", "0", "1", "1", "7"]
    assert tab.counts.count_text(7) == "7: 1"
    assert MyDigits().counts()[[1, 7]].tolist() == [2, 1]
    selected = tab.findChild(QListWidget, "digitThumbnails").selectedItems()
    assert [item.text() for item in selected] == ["7"]  # still selected, under its new label


@pytest.mark.parametrize("name", ["digits.zip", "digits_folder"])
def test_export_then_import_into_another_collection(
        qtbot: QtBot, tmp_path: Path, name: str,
        sample_digits: tuple[np.ndarray, np.ndarray], monkeypatch: pytest.MonkeyPatch) -> None:
    x, y = sample_digits
    fill(x[:9], y[:9])
    tab = make_tab(qtbot)
    target = tmp_path / name
    assert tab.export_to(target)
    assert tab.findChild(QLabel, "myDigitsMessage").text() == f"Exported 9 digits to {target}."
    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path / "other_computer"))
    tab.refresh()
    assert shown_labels(tab) == []
    assert tab.import_from(target)
    assert shown_labels(tab) == ["0", "0", "0", "1", "1", "1", "2", "2", "2"]
    assert "Imported 9 digits (0 were already here)." in \
        tab.findChild(QLabel, "myDigitsMessage").text()


def test_damaged_files_are_named_and_skipped(
        qtbot: QtBot, sample_digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = sample_digits
    paths = fill(x[:3], y[:3])
    paths[1].write_bytes(b"\x89PNG broken")
    tab = make_tab(qtbot)
    assert shown_labels(tab) == ["0", "0"]
    message = tab.findChild(QLabel, "damagedFilesMessage")
    assert message.isVisible()
    assert message.text().startswith(f"1 file(s) could not be read (damaged, or not images) and "
                                     f"were skipped: {paths[1].name}.")


# -- fine-tuning ----------------------------------------------------------------------------------

def test_fine_tuning_with_too_few_digits_explains_and_does_not_run(
        qtbot: QtBot, sample_digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = sample_digits
    fill(x[:5], y[:5])
    tab = make_tab(qtbot)
    qtbot.mouseClick(tab.findChild(QPushButton, "fineTuneButton"), LEFT)
    assert not tab.fine_tune.is_running()
    assert tab.findChild(QLabel, "fineTuneResult").text().startswith(
        "Your collection has 5 digits; fine-tuning needs at least 10.")
    assert "at least 10 of your digits, of at least 2 different classes" in \
        tab.fine_tune.explanation.text()  # the rule is said before anyone presses


def test_fine_tuning_on_a_single_digit_class_explains_and_does_not_run(
        qtbot: QtBot, sample_digits: tuple[np.ndarray, np.ndarray]) -> None:
    x, _y = sample_digits
    fill(x[:12], np.full(12, 3))
    tab = make_tab(qtbot)
    qtbot.mouseClick(tab.findChild(QPushButton, "fineTuneButton"), LEFT)
    assert not tab.fine_tune.is_running()
    assert tab.findChild(QLabel, "fineTuneResult").text().startswith(
        "All your digits are 3s; fine-tuning needs at least 2 different digits")


def test_stop_ends_fine_tuning_and_keeps_the_model_in_use(
        qtbot: QtBot, sample_digits: tuple[np.ndarray, np.ndarray]) -> None:
    fill(*sample_digits)
    session = LabSession()
    session.select(shipped_entry("mnist_lecture_cnn"))
    tab = make_tab(qtbot, session)
    in_use = session.current
    with qtbot.waitSignal(tab.fine_tune.finished, timeout=120_000):
        assert tab.fine_tune.start()
        qtbot.mouseClick(tab.findChild(QPushButton, "fineTuneStopButton"), LEFT)
    assert tab.findChild(QLabel, "fineTuneResult").text() == \
        "Stopped. The model in use is unchanged."
    assert not tab.findChild(QPushButton, "useFineTunedButton").isVisible()
    assert session.current is in_use and tab.fine_tune.result is None


def test_fine_tuning_raises_the_accuracy_on_my_digits_and_can_be_used(
        qtbot: QtBot, sample_digits: tuple[np.ndarray, np.ndarray], private_home: Path) -> None:
    x, y = sample_digits
    mine = np.stack([distorted(image) for image in x])
    fill(mine, y)
    session = LabSession()
    session.select(shipped_entry("mnist_lecture_cnn"))  # the course's small CNN: fast
    tab = make_tab(qtbot, session)
    in_use = session.current
    weights = [w.copy() for w in in_use.model.get_weights()]
    before = evaluate(in_use.model, mine, y).accuracy
    assert before < 0.6  # the distortion does fool the model to begin with
    start = tab.findChild(QPushButton, "fineTuneButton")
    with qtbot.waitSignal(tab.fine_tune.finished, timeout=120_000):
        qtbot.mouseClick(start, LEFT)
        assert not start.isEnabled()  # one run at a time
        assert tab.findChild(QProgressBar, "fineTuneProgress").isVisible()
    result = tab.fine_tune.result
    assert result is not None and not result.stopped
    assert result.before.trained_digits == pytest.approx(before)
    assert result.after.trained_digits >= before + 0.3
    assert evaluate(result.model, mine, y).accuracy == pytest.approx(result.after.trained_digits)
    assert result.after.mnist >= 0.9  # MNIST mixed in: it still reads everyone else's digits
    text = tab.findChild(QLabel, "fineTuneResult").text()
    assert f"On the 30 digits of yours it trained on: {i18n.percent(before)} % →" in text
    # MNIST: the Evaluation tab's images and rounding, so both tabs show the same figure.
    mnist = load_mnist()
    measured = evaluation_set(mnist)
    evaluated = evaluate(in_use.model, measured.x, measured.y).accuracy
    assert result.before.mnist == pytest.approx(evaluated)
    assert (f"On the {len(measured.y):,} MNIST test digits (the Evaluation tab's images): "
            f"{i18n.percent(evaluated)} % → {i18n.percent(result.after.mnist)} %") in text
    assert "Optimistic" in text
    assert session.current is in_use  # the model in use is untouched until chosen
    for old, now in zip(weights, in_use.model.get_weights(), strict=True):
        np.testing.assert_array_equal(old, now)
    use = tab.findChild(QPushButton, "useFineTunedButton")
    assert use.isVisible()
    with qtbot.waitSignal(session.modelChanged, timeout=60_000):
        qtbot.mouseClick(use, LEFT)
    saved = session.current.entry.path
    assert saved.parent == (private_home / "models").resolve() and saved.suffix == ".keras"
    assert session.current.card["fine_tuning"]["my_digits_trained"] == 30
    assert evaluate(session.current.model, mine, y).accuracy == pytest.approx(
        result.after.trained_digits)


def test_importing_something_else_is_explained_in_portuguese(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    from gui import i18n

    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    tab = make_tab(qtbot)
    notes = tmp_path / "notes.txt"
    notes.write_text("not digits", encoding="utf-8")
    assert not tab.import_from(notes)
    assert tab.findChild(QLabel, "myDigitsMessage").text() == (
        "Não foi possível importar: notes.txt: escolha um arquivo .zip ou uma pasta com pastas "
        "de dígitos (0 a 9) para importar.")
