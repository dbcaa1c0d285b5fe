"""Guard: every page in Portuguese shows no English word and no point as decimal separator.

Builds each page of the main window (``PAGES``) in Portuguese and reads every text a person
can see on it: labels, buttons, group titles, tabs, combo items, table and tree headers and
cells, tooltips and the charts' axis labels and titles. Failures name the widget and text.
"""

import html
import re
from collections.abc import Iterator

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.main_window import PAGES, MainWindow

# English words that are not also Portuguese (nor the course's borrowed terms such as kernel,
# pooling, padding, stride, batch, pixel, softmax, F1): any of them means a missed translation.
ENGLISH_WORDS = (
    "sample", "digit", "digits", "recall", "look in", "files of type", "loading", "model",
    "models", "training", "accuracy", "precision", "layer", "layers", "input", "output",
    "image", "images", "weights", "weight", "epoch", "epochs", "loss", "validation", "the",
    "and", "with", "click", "choose", "open", "save", "file", "files", "draw", "learning",
    "rate", "sure", "clear", "step", "play", "pause", "reset", "random", "none",
    "error", "show", "hide", "start", "stop", "evaluate", "confusion", "predicted", "true",
    "class", "filter", "filters", "feature", "map", "maps", "size", "test",
    "example", "examples", "camera", "webcam frame", "settings", "default", "handwritten",
    "clothes", "parameters", "hidden", "dense", "activation", "gradient",
)
ENGLISH = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH_WORDS) + r")\b",
                     re.IGNORECASE)
# A point between digits, unless it groups thousands (5.000, 60.000) or is part of a version
# (TensorFlow 2.21.0) or of a dotted name; those are allowed explicitly below.
POINT_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
# Texts that are right as they are: names that are the same in every language.
ALLOWED = (
    re.compile(r"\d+\.\d+\.\d+"),  # versions: TensorFlow 2.21.0, Keras 3.12.0
    re.compile(r"[\w-]+\.(keras|npz|png|jpg|csv|txt|json)\b", re.IGNORECASE),  # file names
    re.compile(r"\w+=\"\w+\""),  # Keras code: activation="relu"
    re.compile(r"Deep Learning, fig\. \d+\.\d+"),  # a book's title and figure number
    re.compile(r"\(recall\)"),  # the course's vocabulary: "revocação (recall)"
    # A layer's kind in the layer lists is its Keras class, as the student writes it in code.
    re.compile(r"^(Dense|Flatten|Dropout|Activation|Softmax)$"),
    # The model builder's rows: "Dense 120, tanh", as the Keras call is written.
    re.compile(r"\b(Dense|Dropout) \d"),
    re.compile(r"\bmodel\.\w+\(\)"),  # Keras code: model.to_json()
)


def texts_of(widget: QWidget) -> Iterator[str]:
    """Every text ``widget`` itself shows a person (not its children's)."""
    if widget.toolTip():
        yield widget.toolTip()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield widget.itemText(index)
    if isinstance(widget, QListWidget):
        for index in range(widget.count()):
            yield widget.item(index).text()
            yield widget.item(index).toolTip()
    if isinstance(widget, QTableWidget):
        yield from _table_texts(widget)
    if isinstance(widget, QTreeWidget):
        yield from _tree_texts(widget)
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        yield from _chart_texts(widget)


def _table_texts(table: QTableWidget) -> Iterator[str]:
    for column in range(table.columnCount()):
        header = table.horizontalHeaderItem(column)
        if header is not None:
            yield header.text()
    for row in range(table.rowCount()):
        header = table.verticalHeaderItem(row)
        if header is not None:
            yield header.text()
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None:
                yield item.text()
                yield item.toolTip()


def _tree_texts(tree: QTreeWidget) -> Iterator[str]:
    header = tree.headerItem()
    if header is not None and not tree.isHeaderHidden():
        yield from (header.text(c) for c in range(tree.columnCount()))
    pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    # A layer list's first column holds the model's own layer names ("dense", "flatten"), the
    # identifiers its author chose and Keras code uses: data, not the interface's words. The
    # input row's name is the app's, and is checked.
    names_column = 0 if tree.objectName() == "layerList" else -1
    while pending:
        item = pending.pop()
        is_layer = item.data(0, Qt.ItemDataRole.UserRole) not in (None, "(input)")
        yield from (item.text(c) for c in range(tree.columnCount())
                    if not (c == names_column and is_layer))
        yield from (item.toolTip(c) for c in range(tree.columnCount()))
        pending.extend(item.child(i) for i in range(item.childCount()))


def _chart_texts(view: QGraphicsView) -> Iterator[str]:
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem) and item.isVisible():
            if item.label.isVisible():
                yield item.labelText
            yield _tick_texts(item)
        elif isinstance(item, pg.LabelItem):
            yield item.text
        elif isinstance(item, pg.TextItem):
            yield item.toPlainText()


def _tick_texts(axis: pg.AxisItem) -> str:
    """The numbers an axis writes at its ticks now, as it would draw them."""
    low, high = axis.range
    length = max(axis.geometry().width(), axis.geometry().height(), 1.0)
    strings = []
    for spacing, values in axis.tickValues(low, high, length):
        strings += axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing)
    return " ".join(strings)


def plain(text: str) -> str:
    """Rich text as read: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def problems(text: str) -> list[str]:
    """What is wrong with one Portuguese text: English words and point decimals."""
    shown = plain(text)
    for allowed in ALLOWED:
        shown = allowed.sub(" ", shown)
    found = [f"English “{m.group(0)}”" for m in ENGLISH.finditer(shown)]
    found += [f"point decimal “{m.group(0)}”" for m in POINT_DECIMAL.finditer(shown)
              if not THOUSANDS.match(m.group(0))]
    return found


def describe(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 3:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))


def test_the_checks_catch_what_the_teacher_saw() -> None:
    assert problems("Amostra do MNIST (5,000 digits)")
    assert problems("(0 + 1 + 6 + 0)/4 = 1.75")
    assert problems("Recall")
    assert not problems("Amostra do MNIST (5.000 dígitos) · 60.000 imagens de treino? 1,75")
    assert not problems("TensorFlow 2.21.0 · cnn_aula_mnist.keras")


def page_problems(key: str, view: QWidget) -> list[str]:
    return [f"{key}: {describe(widget)}: {problem} in {text!r}"
            for widget in [view, *view.findChildren(QWidget)]
            for text in texts_of(widget)
            for problem in problems(text or "")]


def evaluated(qtbot: QtBot, view: QWidget) -> None:
    """Fill the Evaluation page as a teacher does: the sample, then Evaluate (a few seconds)."""
    qtbot.waitUntil(lambda: view.session.current is not None and not view.session.busy,
                    timeout=60_000)
    view.view.chooser.refresh_list(select="sample")
    qtbot.waitUntil(lambda: view.view.chooser.dataset() is not None
                    and not view.view.chooser.is_loading(), timeout=30_000)
    button = view.findChild(QAbstractButton, "evaluateButton")
    qtbot.waitUntil(button.isEnabled, timeout=60_000)  # the page loads its model when shown
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.is_evaluating(), timeout=60_000)
    assert view.findChild(QTableWidget, "reportTable").rowCount() > 0, "nothing was evaluated"


def test_every_page_speaks_portuguese(qtbot: QtBot) -> None:
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    failures = []
    for page in PAGES:
        view = window.show_page(page.key)
        qtbot.wait(200)  # let quick background work (a model's loading) fill the page
        failures += page_problems(page.key, view)
    # The title, the per-class table and the matrix appear only after an evaluation.
    view = window.show_page("evaluation")
    evaluated(qtbot, view)
    failures += page_problems("evaluation (evaluated)", view)
    window.session.wait()
    assert not failures, "\n".join(sorted(set(failures)))


def test_qts_file_dialog_speaks_portuguese(qtbot: QtBot) -> None:
    """Qt's own file dialog (the one Linux gets): "Look in:" and "Files of type:" were left."""
    from PySide6.QtWidgets import QFileDialog

    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {name: dialog.findChild(QLabel, name).text()
              for name in ("lookInLabel", "fileTypeLabel", "fileNameLabel")}
    assert labels == {"lookInLabel": "&Procurar em:", "fileTypeLabel": "Arquivos do &tipo:",
                      "fileNameLabel": "&Nome do arquivo:"}


def test_dataset_names_are_shown_in_portuguese(qtbot: QtBot) -> None:
    from engine.datasets.builtin import SAMPLE_NAME
    from gui.training.runs import RunRecord
    from gui.widgets.dataset_chooser import dataset_title

    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    assert dataset_title(SAMPLE_NAME) == "Amostra do MNIST (5.000 dígitos)"
    assert dataset_title("MNIST") == "MNIST — dígitos manuscritos"
    run = RunRecord(1, "CNN do curso", SAMPLE_NAME, "#000000", 3, 32)
    assert run.label == "1. CNN do curso · Amostra do MNIST (5.000 dígitos)"
    i18n.apply_language(i18n.ENGLISH, remember=False)
    assert run.label == "1. CNN do curso · MNIST sample (5,000 digits)"


def test_suggested_model_files_are_short_and_ascii() -> None:
    from engine.datasets.builtin import SAMPLE_NAME
    from gui.training.files import suggested_file_stem

    assert suggested_file_stem("lecture", "MNIST") == "cnn_aula_mnist"
    assert suggested_file_stem("lecture", SAMPLE_NAME) == "cnn_aula_mnist_amostra"
    assert suggested_file_stem("mlp", "My digits") == "mlp_meus_digitos"
    assert suggested_file_stem("/tmp/Modelo Índio.keras", "Dígitos da turma") == (
        "modelo_indio_digitos_da_turma")


def test_offered_file_names_are_portuguese_and_ascii(qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Save dialogs offer a translated name that every file system and USB stick takes."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from tests.conftest import ROOT
    from tests.gui.drawing_helpers import make_draw_tab

    root = ET.parse(ROOT / "resources" / "i18n" / "cnn_lab_pt_BR.ts").getroot()
    names = {message.findtext("source"): message.findtext("translation")
             for message in root.iter("message")
             if re.fullmatch(r"[\w{}]+\.(png|csv)", message.findtext("source") or "")}
    assert len(names) >= 6
    for source, translation in names.items():
        assert re.fullmatch(r"[a-z_{}]+\.(png|csv)", translation), (source, translation)
        assert translation != source, source
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (offered.append(args[2]), ("", ""))[1])
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    make_draw_tab(qtbot).ask_where_to_save()
    assert Path(offered[0]).name == "desenho.png"


def test_switching_to_portuguese_leaves_no_english_or_point_decimal(qtbot: QtBot) -> None:
    """Every page built in English, then the teacher switches: each text follows, numbers too."""
    window = MainWindow(warm_up_tensorflow=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    for page in PAGES:
        window.show_page(page.key)
        qtbot.wait(100)
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.wait(300)  # Qt delivers LanguageChange events from the event loop
    failures = []
    for page in PAGES:
        failures += page_problems(page.key, window.show_page(page.key))
    window.session.wait()
    assert not failures, "\n".join(sorted(set(failures)))
