"""The model chooser shared by the lab's tabs: shipped models, opened files, a busy state.

Every selector shows the session's list and its current model, so choosing a model in one tab
chooses it in all. "Open model…" adds any ``.keras`` file; one that cannot be used leaves the
previous model active and says why, in the selector's own message line (not a dialog: the class
keeps drawing while a teacher reads it): one sentence in the interface language for each kind of
problem, and what the library said behind a "Details" button.

A model without a card has unknown class names: the selector says so and lets the teacher name
them (a preset list or a text file with one name per line), remembered per file.
"""

from pathlib import Path

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.models.class_names import (
    PRESETS,
    ClassNamePreset,
    ClassNamesError,
    read_names_file,
)
from gui import style
from gui.session import DEFAULT_MODEL, LabSession, LoadFailure, ModelEntry, shipped_entry

OPEN_FILE = "open-file"
DETAILS_SHOWN = 400  # characters of the library's message shown under "Details"


class ModelSelector(QWidget):
    """A combo box of models, a busy bar while one loads, and a line for problems."""

    def __init__(self, session: LabSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("modelSelector")
        self.combo.setMinimumContentsLength(22)
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("modelBusy")
        self.busy_bar.setRange(0, 0)  # indeterminate: a load has no measurable progress
        self.busy_bar.setMaximumWidth(120)
        self.busy_label = QLabel()
        # One click back to the shipped digit model: a model saved in Training becomes the
        # model of every tab (and is remembered), even a 2-epoch one at 0 % accuracy.
        self.default_button = QToolButton()
        self.default_button.setObjectName("defaultModelButton")
        self.default_button.clicked.connect(lambda: self.session.select(
            shipped_entry(DEFAULT_MODEL)))
        self.message = QLabel()
        self.message.setObjectName("modelMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(style.ERROR_STYLE)
        self.details_button = QToolButton()
        self.details_button.setObjectName("modelDetailsButton")
        self.details_button.setCheckable(True)
        self.details = QLabel()
        self.details.setObjectName("modelDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failure: LoadFailure | None = None  # shown until another model loads
        self.class_note = QLabel()
        self.class_note.setObjectName("classNamesNote")
        self.class_note.setWordWrap(True)
        self.name_button = QToolButton()
        self.name_button.setObjectName("nameClassesButton")
        self.name_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.name_menu = QMenu(self.name_button)
        self.preset_actions: dict[str, QAction] = {}
        for preset in PRESETS:
            action = self.name_menu.addAction("")
            action.setObjectName(f"classPreset-{preset.key}")
            action.triggered.connect(lambda _=False, p=preset: self.name_with_preset(p))
            self.preset_actions[preset.key] = action
        self.name_menu.addSeparator()
        self.file_action = self.name_menu.addAction("")
        self.file_action.setObjectName("classNamesFromFile")
        self.file_action.triggered.connect(self.ask_for_names_file)
        self.name_button.setMenu(self.name_menu)
        self._names_problem = ""  # a names file that did not fit, until the next choice
        self._build_layout()
        self.details_button.toggled.connect(self.details.setVisible)
        self.combo.activated.connect(self._chosen)
        session.entriesChanged.connect(self._fill)
        session.modelChanged.connect(self._show_current)
        session.busyChanged.connect(self._show_busy)
        session.modelFailed.connect(self._show_failure)
        self.retranslate()
        self._show_busy(session.busy)

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.default_button)
        row.addWidget(self.busy_bar)
        row.addWidget(self.busy_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        problem = QHBoxLayout()
        problem.addWidget(self.message, 1)
        problem.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(problem)
        column.addWidget(self.details)
        naming = QHBoxLayout()
        naming.addWidget(self.class_note, 1)
        naming.addWidget(self.name_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(naming)
        self._hide_failure()

    # -- the list --------------------------------------------------------------------------------
    def title(self, entry: ModelEntry) -> str:
        titles = {
            "mnist_cnn": self.tr("Digits — CNN (default)"),
            "mnist_lecture_cnn": self.tr("Digits — course CNN"),
            "mnist_mlp": self.tr("Digits — MLP (fully connected)"),
            "fashion_cnn": self.tr("Clothing — Fashion-MNIST CNN"),
            "cifar10_cnn": self.tr("Colour photos — CIFAR-10 CNN"),
        }
        return titles.get(entry.shipped_key or "", entry.path.name)

    def _fill(self) -> None:
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for entry in self.session.entries:
                self.combo.addItem(self.title(entry), entry.key)
                self.combo.setItemData(self.combo.count() - 1, str(entry.path),
                                       Qt.ItemDataRole.ToolTipRole)  # where the file is
            self.combo.insertSeparator(self.combo.count())
            self.combo.addItem(self.tr("Open model…"), OPEN_FILE)
        self._show_current()

    def _shown_entry(self) -> ModelEntry | None:
        """The model being loaded (or waiting for TensorFlow), else the one in use."""
        current = self.session.current
        waiting = self.session.pending or self.session.waiting_for_tensorflow
        return waiting or (current.entry if current is not None else None)

    def _show_current(self) -> None:
        shown = self._shown_entry()
        index = self.combo.findData(shown.key) if shown is not None else -1
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(index)
        self.default_button.setVisible(shown is not None and shown.key != DEFAULT_MODEL)
        self._show_class_names()

    # -- class names of a model without a card ---------------------------------------------------
    def _show_class_names(self) -> None:
        """Say when the classes have no names, and offer to name them (files without a card)."""
        loaded = self.session.current
        nameable = loaded is not None and not loaded.has_card_names and not self.session.busy
        self.name_button.setVisible(nameable)
        if not nameable:
            self.class_note.hide()
            return
        count = len(loaded.names)
        for preset in PRESETS:
            self.preset_actions[preset.key].setEnabled(len(preset.names) == count)
        if self._names_problem:
            text = self._names_problem
        elif not loaded.names_known:
            text = self.tr("This model came without a card, so the names of its {count} "
                           "classes are unknown: they are shown as class 0, class 1, … Name "
                           "them with “Name the classes”.").format(count=count)
        else:
            text = ""
        self.class_note.setText(text)
        self.class_note.setStyleSheet(style.ERROR_STYLE if self._names_problem else "")
        self.class_note.setVisible(bool(text))

    def name_with_preset(self, preset: ClassNamePreset) -> None:
        self._names_problem = ""
        self.session.name_classes(list(preset.names), list(preset.names_pt))

    def ask_for_names_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Class names, one per line"), str(Path.home()),
            self.tr("Text files (*.txt);;All files (*)"))
        if path:
            self.name_from_file(path)

    def name_from_file(self, path: str | Path) -> bool:
        """Name the current model's classes from a text file, one name per line."""
        loaded = self.session.current
        if loaded is None:
            return False
        try:
            names = read_names_file(path, len(loaded.names))
        except ClassNamesError as error:
            self._names_problem = (
                self.tr("{file} has {found} names, but the model has {count} classes.")
                if error.found >= 0 else self.tr("{file} could not be read as text.")).format(
                file=Path(path).name, found=error.found, count=len(loaded.names))
            self._show_class_names()
            return False
        self._names_problem = ""
        self.session.name_classes(names)
        return True

    def _chosen(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == OPEN_FILE:
            self._show_current()  # the combo must not stay on "Open model…"
            self.ask_for_model_file()
        else:
            entry = next((e for e in self.session.entries if e.key == data), None)
            if entry is not None and entry != self._shown_entry():
                self.session.select(entry)

    def ask_for_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a Keras model"), str(Path.home()),
                                              self.tr("Keras models (*.keras)"))
        if path:
            self.session.add_model_file(path)

    # -- states ----------------------------------------------------------------------------------
    def _show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        if busy:
            self._hide_failure()
            self._names_problem = ""
        self._show_class_names()

    def _hide_failure(self) -> None:
        self.failure = None
        self.message.hide()
        self.details_button.setChecked(False)
        self.details_button.hide()
        self.details.hide()

    def _show_failure(self, file_name: str, reason: str) -> None:
        self.failure = self.session.failure or LoadFailure(ModelEntry(Path(file_name)), reason)
        self._word_failure()
        self.message.show()
        self.details_button.show()

    def _word_failure(self) -> None:
        """The message for ``self.failure`` in the current language (again after a switch)."""
        if self.failure is None:
            return
        current = self.title(self.session.current.entry) if self.session.current else ""
        text = self.tr("Could not use the model {file}: {reason}").format(
            file=self.failure.entry.path.name, reason=self.reason(self.failure))
        if current:
            text += " " + self.tr("Still using {model}.").format(model=current)
        self.message.setText(text)
        # Keras quotes the whole layer config in some errors: a few lines on screen, all of
        # it selectable in the tooltip.
        detail = self.failure.message
        self.details.setText(detail if len(detail) <= DETAILS_SHOWN else
                             detail[:DETAILS_SHOWN].rstrip() + " …")
        self.details.setToolTip(detail)

    def reason(self, failure: LoadFailure) -> str:
        """One sentence a teacher understands, by kind; the library's words go to Details."""
        if failure.tensorflow_missing:
            return self.tr("TensorFlow could not be loaded. Press “Try again” in the status "
                           "bar; the model loads as soon as TensorFlow does.")
        reasons = {
            "missing": self.tr("the file is no longer there."),
            "not-keras": self.tr("it is not a Keras model file (.keras); it may be damaged or "
                                 "of another kind."),
            "unreadable": self.tr("this file was saved by another version of Keras or uses a "
                                  "layer this version does not know."),
            "not-classifier": self.tr("it is not an image classifier this app can use (one "
                                      "image in, one score per class out)."),
        }
        return reasons.get(failure.kind, self.tr("the file could not be read."))

    def retranslate(self) -> None:
        self.label.setText(self.tr("Model:"))
        self.busy_label.setText(self.tr("Loading model…"))
        self.combo.setToolTip(self.tr("The trained network that reads the input. The shipped "
                                      "models were trained on MNIST (digits), Fashion-MNIST "
                                      "(clothing) or CIFAR-10 (colour photos: it cannot read "
                                      "a grey drawing); “Open model…” loads any Keras image "
                                      "classifier."))
        self.default_button.setText(self.tr("Default model"))
        self.default_button.setToolTip(self.tr("Go back to the model that ships with CNN Lab: "
                                               "{model}").format(
            model=self.title(shipped_entry(DEFAULT_MODEL))))
        self.name_button.setText(self.tr("Name the classes"))
        self.name_button.setToolTip(self.tr("Give this model's classes names: a known list, "
                                            "or a text file with one name per line "
                                            "(remembered for this file)."))
        titles = {"mnist": self.tr("MNIST digits (0–9)"),
                  "fashion-mnist": self.tr("Fashion-MNIST (clothing)"),
                  "cifar-10": self.tr("CIFAR-10 (vehicles and animals)")}
        for key, action in self.preset_actions.items():
            action.setText(titles[key])
        self.file_action.setText(self.tr("From a text file (one name per line)…"))
        self.details_button.setText(self.tr("Details"))
        self.details_button.setToolTip(self.tr("What the Keras library said, for whoever "
                                               "made the file"))
        self._fill()
        self._word_failure()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
