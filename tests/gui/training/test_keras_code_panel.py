"""The Keras code panel and the diagram follow the builder, the recipe and the language."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.training.tab import TrainingTab
from tests.gui.training.builder_helpers import choose, code_of, make_tab


@pytest.fixture
def tab(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TrainingTab]:
    yield from make_tab(qtbot, tmp_path, monkeypatch)


def test_the_code_shows_a_sequential_network_and_follows_the_recipe(
        qtbot: QtBot, tab: TrainingTab) -> None:
    code = tab.findChild(QPlainTextEdit, "kerasCode")
    assert code.isReadOnly() and "Sequential" in code_of(qtbot, tab)
    tab.setup.setCurrentIndex(2)
    epochs = tab.findChild(QSpinBox, "epochsSpin")
    epochs.setFocus()
    epochs.selectAll()
    qtbot.keyClicks(epochs, "7")
    qtbot.keyClick(epochs, Qt.Key.Key_Return)
    assert "EPOCHS = 7\n" in code_of(qtbot, tab)
    choose(tab.findChild(QComboBox, "scheduleCombo"), "cosine")
    assert tab.form.config().schedule == "cosine"
    assert "Cosine" in code_of(qtbot, tab)


def test_copy_and_save_py_and_ipynb(qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    choose(tab.findChild(QComboBox, "modelKind"), "lenet5")
    tab.results.setCurrentIndex(1)
    text = code_of(qtbot, tab)
    qtbot.mouseClick(tab.findChild(QPushButton, "copyCodeButton"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text and "AveragePooling2D" in text
    assert tab.code_panel.save_script_to(tmp_path / "lenet")
    assert (tmp_path / "lenet.py").read_text(encoding="utf-8") == text
    compile(text, "lenet.py", "exec")  # valid Python
    assert tab.code_panel.save_notebook_to(tmp_path / "lenet.ipynb")
    book = json.loads((tmp_path / "lenet.ipynb").read_text(encoding="utf-8"))
    assert book["nbformat"] == 4 and any(cell["cell_type"] == "code" for cell in book["cells"])


def test_the_language_switch_rewrites_the_comments(qtbot: QtBot, tab: TrainingTab) -> None:
    english = code_of(qtbot, tab)
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    qtbot.wait(50)
    portuguese = code_of(qtbot, tab)
    assert portuguese != english
    comments = [line for line in portuguese.splitlines() if line.lstrip().startswith("#")]
    assert any("rede" in line for line in comments)
    assert "Sequential" in portuguese


def test_the_diagram_exports_svg_and_png(qtbot: QtBot, tab: TrainingTab, tmp_path: Path) -> None:
    choose(tab.findChild(QComboBox, "modelKind"), "lenet5")
    tab.results.setCurrentIndex(2)
    assert tab.findChild(QWidget, "networkDiagram").isVisible()
    assert tab.diagram_panel.export_to(tmp_path / "net.svg")
    assert "<svg" in (tmp_path / "net.svg").read_text(encoding="utf-8")
    assert tab.diagram_panel.export_to(tmp_path / "net.png")
    image = QImage(str(tmp_path / "net.png"))
    assert not image.isNull() and image.width() > 0 and image.height() > 0
    assert not list(tmp_path.glob(".*tmp*"))  # atomic writes leave no temporary file
