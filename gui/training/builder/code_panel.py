"""The Keras code panel: the script that trains the network shown, updated live.

The tab hands the panel a function making a ``CodeRequest`` (the layers as Keras calls, the
input shape, the recipe as ``keras_code.CodeSettings``); a change anywhere only restarts a
150 ms timer, so typing a filter count or stepping the epochs rebuilds the text once. The
script is plain text from ``engine.training.keras_code`` (no TensorFlow needed): it runs with
Python and Keras alone. A network that cannot be written as ``keras.Sequential`` shows why.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.paths import atomic_write_bytes
from gui import style
from gui.training.builder.highlighter import PythonHighlighter

DEBOUNCE_MS = 150
CODE_DATASETS = ("mnist", "sample", "fashion", "cifar10")  # what the script can load by name


@dataclass
class CodeRequest:
    """What the script is made of; ``error`` instead of ``calls`` when there is no script."""

    calls: list[Any] | None
    input_shape: tuple[int, int, int]
    settings: Any  # engine.training.keras_code.CodeSettings
    error: str = ""  # why there is no script (a network with branches), in the language
    notes: list[str] = field(default_factory=list)


def code_dataset(key: str | None, dataset: Any) -> str | None:
    """The script's ``dataset``: mnist, sample, fashion, cifar10 or an .npz path (None: none)."""
    if key in CODE_DATASETS:
        return key
    source = str(getattr(dataset, "source", "") or "")
    return source if source.lower().endswith(".npz") and Path(source).is_file() else None


class KerasCodePanel(QWidget):
    """``kerasCode`` (read-only, highlighted) with Copy, Save .py… and Save .ipynb…."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kerasCodePanel")
        self.code = QPlainTextEdit(objectName="kerasCode")
        self.code.setReadOnly(True)
        self.code.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._highlighter = PythonHighlighter(self.code.document())
        self.note = QLabel(objectName="kerasCodeNote")
        self.note.setWordWrap(True)
        self.copy_button = QPushButton(objectName="copyCodeButton")
        self.save_script_button = QPushButton(objectName="saveScriptButton")
        self.save_notebook_button = QPushButton(objectName="saveNotebookButton")
        self.copy_button.clicked.connect(self.copy)
        self.save_script_button.clicked.connect(self._ask_save_script)
        self.save_notebook_button.clicked.connect(self._ask_save_notebook)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.save_script_button, self.save_notebook_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.note)
        column.addWidget(self.code, 1)
        self._producer: Callable[[], CodeRequest | None] = lambda: None
        self._request: CodeRequest | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.update_now)
        self.retranslate()

    def set_producer(self, producer: Callable[[], CodeRequest | None]) -> None:
        self._producer = producer
        self.schedule()

    def schedule(self) -> None:
        """Rebuild the text soon (many changes in a row rebuild it once)."""
        self._timer.start()

    def update_now(self) -> None:
        from engine.training.keras_code import script

        self._timer.stop()
        request = self._request = self._producer()
        if request is None:
            return
        has_code = request.calls is not None and not request.error
        text = (script(request.calls, request.input_shape, request.settings) if has_code
                else request.error)
        if text != self.code.toPlainText():
            position = self.code.verticalScrollBar().value()
            self.code.setPlainText(text)
            self.code.verticalScrollBar().setValue(position)  # stay where the reader was
        self.note.setText("\n".join(request.notes))
        self.note.setVisible(bool(request.notes))
        self.note.setStyleSheet("" if has_code else style.ERROR_STYLE)
        for button in (self.copy_button, self.save_script_button, self.save_notebook_button):
            button.setEnabled(has_code)

    def text(self) -> str:
        return self.code.toPlainText()

    # -- taking the code away --------------------------------------------------------------------
    def copy(self) -> None:
        self.update_now()
        QGuiApplication.clipboard().setText(self.text())

    def save_script_to(self, path: str | Path) -> bool:
        self.update_now()
        return self._write(path, ".py", self.text())

    def save_notebook_to(self, path: str | Path) -> bool:
        """nbformat 4 as plain JSON (indent 1, as Jupyter writes it)."""
        from engine.training.keras_code import notebook

        self.update_now()
        request = self._request
        if request is None or request.calls is None or request.error:
            return False
        book = notebook(request.calls, request.input_shape, request.settings)
        return self._write(path, ".ipynb", json.dumps(book, indent=1, ensure_ascii=False) + "\n")

    def _write(self, path: str | Path, suffix: str, text: str) -> bool:
        path = Path(path)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            atomic_write_bytes(path, text.encode("utf-8"))
        except OSError as error:
            self.note.setText(self.tr("Could not save: {reason}").format(reason=error))
            self.note.setStyleSheet(style.ERROR_STYLE)
            self.note.setVisible(True)
            return False
        return True

    def _ask_save_script(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Keras script"),
                                              str(Path.home() / self.tr("train_cnn.py")),
                                              self.tr("Python scripts (*.py)"))
        if path:
            self.save_script_to(path)

    def _ask_save_notebook(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the notebook"),
                                              str(Path.home() / self.tr("train_cnn.ipynb")),
                                              self.tr("Jupyter notebooks (*.ipynb)"))
        if path:
            self.save_notebook_to(path)

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the whole script, to paste it into an editor "
                                            "or a notebook."))
        self.save_script_button.setText(self.tr("Save .py…"))
        self.save_script_button.setToolTip(self.tr("Save the script: it runs with Python, "
                                                   "Keras/TensorFlow and NumPy alone."))
        self.save_notebook_button.setText(self.tr("Save .ipynb…"))
        self.save_notebook_button.setToolTip(self.tr("Save the script as a Jupyter notebook, "
                                                     "one cell per step."))
        self.code.setToolTip(self.tr("The Keras code that trains this network with these "
                                     "settings; its comments follow the interface language."))
        self.schedule()  # the comments follow the language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
