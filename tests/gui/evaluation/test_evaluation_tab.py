"""The Evaluation tab: confusion matrix, drill-down, report, the VP/VN/FP/FN lesson, exports.

Most tests feed a known small set of predictions (3 classes, 20 images) through
``show_evaluation``; the expected numbers come from ``engine.numerics.metrics`` and, for one
positive class, from counting by hand. The last tests evaluate real models through the Evaluate
button.
"""

import csv
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from engine.datasets.base import Dataset
from engine.numerics import metrics
from engine.training.trainer import Evaluation
from gui import i18n
from gui.evaluation.tab import EvaluationTab
from gui.evaluation.view import LESSON_PAGE
from gui.session import LabSession, LoadedModel, load_for_interaction, shipped_entry

LEFT = Qt.MouseButton.LeftButton
NAMES = ["cat", "dog", "bird"]
NAMES_PT = ["gato", "cachorro", "pássaro"]
# (true, predicted) for 20 images: the matrix is [[4, 2, 0], [1, 5, 2], [0, 3, 3]].
PAIRS = ([(0, 0)] * 4 + [(0, 1)] * 2 + [(1, 1)] * 5 + [(1, 0)] + [(1, 2)] * 2
         + [(2, 2)] * 3 + [(2, 1)] * 3)
# The three birds read as dogs (images 17, 18, 19), with different confidences.
BIRD_AS_DOG_CONFIDENCE = {17: 0.60, 18: 0.90, 19: 0.75}


def known_evaluation(pairs: list[tuple[int, int]] = PAIRS, classes: int = 3
                     ) -> tuple[Evaluation, np.ndarray]:
    """An Evaluation built with engine.numerics.metrics from given labels, and one image per
    example."""
    y_true = np.array([t for t, _ in pairs])
    y_pred = np.array([p for _, p in pairs])
    probabilities = np.full((len(pairs), classes), 0.1 / (classes - 1))
    for index, predicted in enumerate(y_pred):
        confidence = BIRD_AS_DOG_CONFIDENCE.get(index, 0.9) if pairs is PAIRS else 0.9
        probabilities[index] = (1 - confidence) / (classes - 1)
        probabilities[index, predicted] = confidence
    images = np.zeros((len(pairs), 28, 28), np.uint8)
    for index in range(len(pairs)):
        images[index, index % 28, :] = 10 + index  # each image is different
    evaluation = Evaluation(y_true, y_pred, probabilities,
                            metrics.confusion_matrix(y_true, y_pred, classes),
                            metrics.classification_report(y_true, y_pred, num_classes=classes))
    return evaluation, images


def plain(label: QLabel) -> str:
    """A rich-text label as the person reads it."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


@pytest.fixture(scope="module")
def lecture_cnn() -> LoadedModel:
    """The course's CNN, loaded once for the module (loading takes a second or two)."""
    return load_for_interaction(shipped_entry("mnist_lecture_cnn"))


@pytest.fixture
def session(lecture_cnn: LoadedModel) -> Iterator[LabSession]:
    lab = LabSession()
    lab.current = lecture_cnn  # as if loaded: the tab's ensure_model() then loads nothing
    yield lab
    lab.wait()


@pytest.fixture
def tab(qtbot: QtBot, session: LabSession) -> Iterator[EvaluationTab]:
    view = EvaluationTab(session)
    qtbot.addWidget(view)
    view.resize(800, 600)  # inside the offscreen screen, or the mouse misses
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.wait()
    view.view.chooser.wait()


def fed(tab: EvaluationTab) -> tuple[Evaluation, np.ndarray]:
    evaluation, images = known_evaluation()
    tab.show_evaluation(evaluation, images, NAMES, NAMES_PT)
    return evaluation, images


def test_the_matrix_shows_the_counts_with_true_classes_in_rows(tab: EvaluationTab) -> None:
    fed(tab)
    matrix = tab.view.matrix
    assert matrix.objectName() == "confusionMatrix"
    shown = [[matrix.cell_text(r, c) for c in range(3)] for r in range(3)]
    assert shown == [["4", "2", "0"], ["1", "5", "2"], ["0", "3", "3"]]
    # Right answers and mistakes look different; an empty cell looks like neither.
    assert matrix.cell_colour(1, 1).green() > matrix.cell_colour(1, 1).red()
    assert matrix.cell_colour(1, 2).red() > matrix.cell_colour(1, 2).green()
    assert matrix.cell_colour(0, 2) not in (matrix.cell_colour(1, 1), matrix.cell_colour(1, 2))
    assert "accuracy 0.600 (60.0 %)" in tab.view.title.text()


def test_clicking_a_mistake_shows_its_images_most_confident_first(
        qtbot: QtBot, tab: EvaluationTab) -> None:
    fed(tab)
    matrix = tab.view.matrix
    qtbot.mouseClick(matrix, LEFT, pos=matrix.cell_rect(2, 1).center().toPoint())
    examples = tab.view.examples
    assert examples.objectName() == "cellExamples"
    assert matrix.selected() == (2, 1)
    assert examples.shown_indices() == [18, 19, 17]
    assert examples.captions() == ["bird → dog\n90.0 %", "bird → dog\n75.0 %",
                                   "bird → dog\n60.0 %"]
    assert tab.view.cell_title.text().startswith("True bird, predicted dog: 3 images")
    qtbot.mouseClick(matrix, LEFT, pos=matrix.cell_rect(0, 2).center().toPoint())
    assert examples.count() == 0
    assert tab.view.cell_title.text() == "No image of class cat was predicted as bird."


def test_clicking_a_thumbnail_opens_it_in_the_activations_tab(
        qtbot: QtBot, tab: EvaluationTab, session: LabSession) -> None:
    _, images = fed(tab)
    tab.show_cell(2, 1)
    examples = tab.view.examples
    second = examples.item(1)
    with qtbot.waitSignal(session.inspectRequested, timeout=1000):
        qtbot.mouseClick(examples.viewport(), LEFT,
                         pos=examples.visualItemRect(second).center())
    np.testing.assert_allclose(session.input_image, images[19] / 255.0, atol=1e-7)
    assert session.input_image.dtype == np.float32 and session.input_image.shape == (28, 28)


def test_the_report_table_lists_each_class_the_averages_and_accuracy(
        tab: EvaluationTab) -> None:
    evaluation, _ = fed(tab)
    table = tab.view.report
    assert table.objectName() == "reportTable"
    rows = [[table.cell_text(r, c) for c in range(5)] for r in range(table.rowCount())]
    report = evaluation.report
    for index, name in enumerate(NAMES):
        expected = report["per_class"][index]
        assert rows[index] == [name, f"{expected['precision']:.3f}", f"{expected['recall']:.3f}",
                               f"{expected['f1']:.3f}", str(expected["support"])]
    assert rows[0] == ["cat", "0.800", "0.667", "0.727", "6"]  # 4 / (4 + 1), 4 / 6
    assert rows[3] == ["Macro average", *(f"{report['macro'][m]:.3f}"
                                          for m in ("precision", "recall", "f1")), "20"]
    assert rows[4][0] == "Weighted average" and rows[4][3] == f"{report['weighted']['f1']:.3f}"
    assert rows[5] == ["Accuracy", "", "", "0.600", "20"]


def choose_positive(qtbot: QtBot, tab: EvaluationTab, name: str) -> None:
    bar = tab.view.pages.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(LESSON_PAGE).center())
    combo = tab.view.lesson.combo
    assert combo.objectName() == "positiveClass"
    combo.setCurrentIndex(combo.findText(name))  # what choosing in the drop-down does


def test_a_positive_class_collapses_the_matrix_into_tp_tn_fp_fn(
        qtbot: QtBot, tab: EvaluationTab) -> None:
    evaluation, _ = fed(tab)
    choose_positive(qtbot, tab, "dog")
    counts = metrics.binary_counts(evaluation.confusion_matrix, 1)
    # By hand: TP is the dog→dog cell; FN the rest of the dog row (1 + 2); FP the rest of the
    # dog column (2 + 3); TN everything else (4 + 0 + 0 + 3).
    assert counts == (5, 7, 5, 3)
    lesson = tab.view.lesson
    summary = plain(lesson.counts)
    for short, value in zip(("TP", "TN", "FP", "FN"), counts, strict=True):
        assert f"{short} = {value} —" in summary
    matrix = tab.view.matrix
    roles = [[matrix.role(r, c) for c in range(3)] for r in range(3)]
    assert roles == [["tn", "fp", "tn"], ["fn", "tp", "fn"], ["tn", "fp", "tn"]]
    colours = {role: matrix.cell_colour(r, c).hue() for r, row in enumerate(roles)
               for c, role in enumerate(row) if matrix.cell_text(r, c) != "0"}
    assert len(set(colours.values())) == 4  # each role in its own colour
    assert "the absence of the positive class" in plain(lesson.definitions)


def test_the_four_formulas_are_written_with_the_counts(qtbot: QtBot, tab: EvaluationTab) -> None:
    evaluation, _ = fed(tab)
    choose_positive(qtbot, tab, "dog")
    counts = metrics.binary_counts(evaluation.confusion_matrix, 1)
    tp, tn, fp, fn = counts
    texts = {key: plain(tab.findChild(QLabel, f"{key}Formula"))
             for key in ("accuracy", "precision", "recall", "f1")}
    assert "Accuracy = (TP + TN) / (TP + TN + FP + FN)" in texts["accuracy"]
    assert (f"= ({tp} + {tn}) / ({tp} + {tn} + {fp} + {fn}) = {tp + tn} / {counts.total} "
            f"= {metrics.accuracy(counts):.3f}") in texts["accuracy"]
    assert "Precision = TP / (TP + FP)" in texts["precision"]
    assert f"= {tp} / ({tp} + {fp}) = {tp} / {tp + fp} = 0.500" in texts["precision"]
    assert f"= {metrics.recall(counts):.3f}" in texts["recall"]
    assert "= 5 / (5 + 3) = 5 / 8 = 0.625" in texts["recall"]
    assert "F1 = 2 · (Precision · Recall) / (Precision + Recall)" in texts["f1"]
    assert f"= 2 · (0.500 · 0.625) / (0.500 + 0.625) = {metrics.f1(counts):.3f}" in texts["f1"]
    assert "= 2·5 / (2·5 + 5 + 3) = 10 / 18 = 0.556" in texts["f1"]


def test_a_zero_denominator_is_called_undefined_not_nan(qtbot: QtBot, tab: EvaluationTab) -> None:
    # Nothing is ever predicted as "bird": its precision divides 0 by 0.
    pairs = [(0, 0), (0, 1), (1, 1), (1, 1), (2, 0), (2, 1)]
    evaluation, images = known_evaluation(pairs)
    tab.show_evaluation(evaluation, images, NAMES)
    assert tab.view.report.cell_text(2, 1) == "undefined (0/0)"
    choose_positive(qtbot, tab, "bird")
    precision = plain(tab.findChild(QLabel, "precisionFormula"))
    assert "= 0 / (0 + 0) = 0 / 0: undefined (0/0) — the model never predicted “bird”" \
        in precision
    assert "nan" not in precision.lower()
    f1 = plain(tab.findChild(QLabel, "f1Formula"))
    assert "= 2·0 / (2·0 + 0 + 2) = 0 / 2 = 0.000" in f1  # still defined: the count form


def test_the_report_exports_as_csv_and_the_matrix_as_png(
        qtbot: QtBot, tab: EvaluationTab, tmp_path: Path) -> None:
    exports = [tab.findChild(QPushButton, name)
               for name in ("exportReportButton", "exportMatrixButton")]
    assert not any(b.isEnabled() for b in exports), "nothing to export before an evaluation"
    evaluation, _ = fed(tab)
    assert all(b.isEnabled() for b in exports)
    path = tmp_path / "report.csv"
    assert tab.export_report(path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["class", "precision", "recall", "f1", "support", "undefined (0/0)"]
    assert rows[1] == ["cat", "0.800000", "0.666667", "0.727273", "6", ""]
    dog = evaluation.report["per_class"][1]
    assert [float(v) for v in rows[2][1:4]] == pytest.approx(
        [dog["precision"], dog["recall"], dog["f1"]], abs=1e-6)
    assert rows[4][0] == "macro avg" and rows[5][0] == "weighted avg"
    assert rows[6] == ["accuracy", "", "", "0.600000", "20", ""]
    picture = tmp_path / "matrix.png"
    assert tab.export_matrix(picture)
    assert not QImage(str(picture)).isNull()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["matrix.png", "report.csv"]
    assert not tab.export_report(tmp_path / "missing" / "report.csv")
    assert "Could not save report.csv" in tab.view.problem.text()


def test_class_names_follow_the_language(qtbot: QtBot, tab: EvaluationTab,
                                         tmp_path: Path) -> None:
    fed(tab)
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.waitUntil(lambda: tab.view.lesson.combo.itemText(0) == "gato", timeout=2000)
    assert tab.view.report.cell_text(2, 0) == "pássaro"
    assert tab.view.report.cell_text(0, 1) == "0,800"  # decimals as Portuguese writes them
    assert tab.export_report(tmp_path / "pt.csv")
    assert "pássaro,0.600000" in (tmp_path / "pt.csv").read_text(encoding="utf-8-sig")


def wait_ready(qtbot: QtBot, tab: EvaluationTab, dataset: str) -> None:
    qtbot.waitUntil(lambda: tab.session.current is not None and not tab.session.busy,
                    timeout=60_000)
    tab.view.chooser.refresh_list(select=dataset)
    qtbot.waitUntil(lambda: tab.view.chooser.dataset() is not None
                    and not tab.view.chooser.is_loading(), timeout=30_000)


def test_the_evaluate_button_measures_the_course_cnn_as_the_engine_does(
        qtbot: QtBot, tab: EvaluationTab) -> None:
    from engine.training.trainer import evaluate

    wait_ready(qtbot, tab, "sample")
    button = tab.findChild(QPushButton, "evaluateButton")
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    assert tab.is_evaluating() and not button.isEnabled()
    assert tab.view.busy.isVisible()
    qtbot.waitUntil(lambda: not tab.is_evaluating(), timeout=60_000)
    data = tab.view.chooser.dataset()
    expected = evaluate(tab.session.current.model, data.x_test, data.y_test)
    shown = tab.shown().evaluation
    assert shown.accuracy == expected.accuracy
    np.testing.assert_array_equal(shown.confusion_matrix, expected.confusion_matrix)
    assert tab.view.report.cell_text(12, 3) == f"{expected.accuracy:.3f}"
    assert tab.view.title.text().startswith("Digits — course CNN on MNIST sample")
    assert "test split, 1,000 images" in tab.view.title.text()


def test_colour_images_are_refused_and_a_set_without_test_split_uses_validation(
        qtbot: QtBot, tab: EvaluationTab, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from engine.datasets.catalog import import_dataset

    monkeypatch.setenv("CNN_LAB_HOME", str(tmp_path))
    rng = np.random.default_rng(0)
    colour = rng.integers(0, 256, (30, 28, 28, 3), dtype=np.uint8)
    grey = rng.integers(0, 256, (40, 28, 28), dtype=np.uint8)
    labels = np.arange(40) % 10
    digits = [str(d) for d in range(10)]
    import_dataset(Dataset("colours", "test", colour, labels[:30], None, None, digits, digits),
                   name="colours")
    import_dataset(Dataset("greys", "test", grey, labels, None, None, digits, digits),
                   name="greys")
    wait_ready(qtbot, tab, "imported:colours")
    assert not tab.findChild(QPushButton, "evaluateButton").isEnabled()
    assert tab.view.problem.text() == (
        "The model reads grey (1 channel) images, but “colours” has colour (3 channels) "
        "images: choose matching data, or another model.")
    wait_ready(qtbot, tab, "imported:greys")
    assert tab.view.problem.isHidden()
    assert tab.evaluate()
    qtbot.waitUntil(lambda: not tab.is_evaluating(), timeout=60_000)
    assert "validation split (no test split: the training hold-out), 4 images" \
        in tab.view.title.text()


def test_images_of_another_size_or_unknown_labels_are_explained(tab: EvaluationTab) -> None:
    from engine.models.io import InputSpec
    from engine.training.evaluation import mismatch

    digits_model = InputSpec(28, 28, 1, False)
    names = [str(n) for n in range(12)]
    big = Dataset("big", "test", np.zeros((4, 32, 32), np.uint8), np.arange(4), None, None,
                  names[:4], names[:4])
    twelve = Dataset("twelve", "test", np.zeros((12, 28, 28), np.uint8), np.arange(12), None,
                     None, names, names)
    assert tab.texts.problem(mismatch(digits_model, 10, big), "big") == (
        "The model reads 28 × 28 images, but “big” has 32 × 32 images: choose data of the "
        "model's size, or another model.")
    assert tab.texts.problem(mismatch(digits_model, 10, twelve), "twelve") == (
        "“twelve” has labels up to 11, but the model tells only 10 classes apart: choose a "
        "model trained on these classes.")
    assert mismatch(InputSpec(28, 28, 0, False), 12, twelve) is None  # (H, W) input: grey
