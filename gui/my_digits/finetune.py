""""Fine-tune on my digits": train a copy of the model in use a little more, on the collection.

The work is ``engine.training.finetune.fine_tune`` in a worker thread, reporting through a
monitor whose progress signal is throttled (DESIGN.md: charts and bars at about 10 Hz) and
whose stop flag the trainer checks after every batch. The model in use is untouched until the
person chooses "Use the fine-tuned model", which saves it as ``.keras`` in the app's data
folder and adds it to every model selector.
"""

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.datasets.my_digits import MyDigits
from engine.training.finetune import (
    HOLD_OUT_FROM,
    MIN_CLASSES,
    MIN_DIGITS,
    FineTuneError,
    FineTuneResult,
    FineTuneSettings,
    collection_problem,
)
from gui import i18n
from gui.widgets.input_kind_text import MY_DIGITS, grey_into_colour
from gui.workers import BackgroundCall, run_in_background

PROGRESS_EVERY_S = 0.1


class ProgressMonitor(QObject):
    """A TrainingMonitor for a worker thread: throttled progress signal, thread-safe stop."""

    progress = Signal(int, int)  # batches done, batches in all

    def __init__(self, epochs: int) -> None:
        super().__init__()
        self.epochs = epochs
        self._stop = threading.Event()
        self._last = 0.0

    def on_batch(self, event: Any) -> None:
        now = time.perf_counter()
        if now - self._last >= PROGRESS_EVERY_S:
            self._last = now
            total = max(event.batches_per_epoch, 1) * self.epochs
            self.progress.emit(event.epoch * event.batches_per_epoch + event.batch + 1, total)

    def on_epoch(self, event: Any) -> None:
        self.progress.emit(event.epoch + 1, event.epochs)  # also right when batches are few

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        self._stop.set()


class FineTunePanel(QGroupBox):
    """The button, a progress bar with Stop, the before/after result and "Use it"."""

    finished = Signal()

    def __init__(self, session: Any, collection: Callable[[], MyDigits],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fineTunePanel")
        self.session = session
        self._collection = collection
        self.settings = FineTuneSettings()
        self.result: FineTuneResult | None = None
        self._parent: Any = None  # the LoadedModel the run started from
        self._monitor: ProgressMonitor | None = None
        self._call: BackgroundCall | None = None
        self._refused_colour = False  # the result line holds the colour-model refusal
        self._build()
        self.retranslate()
        if hasattr(session, "modelChanged"):
            session.modelChanged.connect(self._model_changed)
        self._model_changed()

    def _build(self) -> None:
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.start_button = QPushButton(objectName="fineTuneButton")
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(objectName="fineTuneStopButton")
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.progress = QProgressBar(objectName="fineTuneProgress")
        self.progress.hide()
        self.result_label = QLabel(objectName="fineTuneResult")
        self.result_label.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(max(12.0, font.pointSizeF() * 1.15))  # the numbers are the lesson
        self.result_label.setFont(font)
        self.use_button = QPushButton(objectName="useFineTunedButton")
        self.use_button.clicked.connect(self.use_fine_tuned)
        self.use_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        row.addStretch(0)
        column = QVBoxLayout(self)
        column.addWidget(self.explanation)
        column.addLayout(row)
        column.addWidget(self.result_label)
        use_row = QHBoxLayout()
        use_row.addWidget(self.use_button)
        use_row.addStretch(1)
        column.addLayout(use_row)

    # -- running -------------------------------------------------------------------------------
    def start(self) -> bool:
        """Start fine-tuning in the background; False (with the reason shown) if it cannot."""
        from engine.training.finetune import check_model, fine_tune

        if self.is_running():
            return False
        loaded = self.session.current
        if loaded is None:
            return self._refuse(self.tr("The model is still loading; try again in a moment."))
        if loaded.reads_colour:  # said before the digits' count: no number of them would do
            return self._refuse(grey_into_colour(MY_DIGITS))
        x, y, _bad = self._collection().load_images()
        problem = collection_problem(y)
        if problem == "too few digits":
            return self._refuse(self.tr(
                "Your collection has {count} digits; fine-tuning needs at least {minimum}. "
                "Add more from the Draw tab — above all the digits the network gets wrong, "
                "with the right label.").format(count=i18n.integer(len(y)),
                                                minimum=i18n.integer(MIN_DIGITS)))
        if problem == "one class":
            return self._refuse(self.tr(
                "All your digits are {label}s; fine-tuning needs at least {minimum} different "
                "digits, or the network would learn that every digit is a {label}.").format(
                label=int(y[0]), minimum=i18n.integer(MIN_CLASSES)))
        try:
            check_model(loaded.model)
        except FineTuneError:
            return self._refuse(self.tr("The model in use does not read digits (28 × 28 in, "
                                        "10 classes out); choose a digit model first."))
        self._parent, self.result = loaded, None
        self._monitor = monitor = ProgressMonitor(self.settings.epochs)
        monitor.progress.connect(self._show_progress)
        mnist = self.session.datasets.get("mnist")
        settings = self.settings
        self._call = run_in_background(
            lambda: fine_tune(loaded.model, x, y, mnist or _load_mnist(), settings, monitor),
            self._done, self._failed, name="cnn-lab-fine-tune")
        self._show_running(True)
        self.result_label.setText(self.tr("Fine-tuning a copy of the model on {count} digits "
                                          "mixed with MNIST…").format(count=len(y)))
        return True

    def _model_changed(self) -> None:
        """A colour model gets the refusal at once; the button waits for a digit model."""
        loaded = getattr(self.session, "current", None)
        colour = loaded is not None and loaded.reads_colour
        if self.is_running():
            return
        self.start_button.setEnabled(not colour)
        if colour:
            self._refuse(grey_into_colour(MY_DIGITS))
        elif self._refused_colour:
            self.result_label.setText("")
        self._refused_colour = colour

    def is_running(self) -> bool:
        return self._monitor is not None

    def stop(self) -> None:
        if self._monitor is not None:
            self._monitor.stop()

    def wait(self, timeout: float = 120.0) -> bool:
        """Block until the worker has finished (tests); its result arrives on the GUI thread."""
        return self._call.wait(timeout) if self._call is not None else True

    def _refuse(self, text: str) -> bool:
        self.result_label.setText(text)
        self.use_button.hide()
        return False

    def _show_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.stop_button.setVisible(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first batch reports
        self.use_button.hide()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, result: FineTuneResult) -> None:
        self._monitor = None
        self._show_running(False)
        if result.stopped:
            self.result_label.setText(self.tr("Stopped. The model in use is unchanged."))
        else:
            self.result = result
            self.result_label.setText(self.describe(result))
            self.use_button.show()
        self.finished.emit()

    def _failed(self, error: Exception) -> None:
        self._monitor = None
        self._show_running(False)
        self.result_label.setText(self.tr("Fine-tuning failed: {reason}").format(
            reason=str(error) or type(error).__name__))
        self.finished.emit()

    # -- the result --------------------------------------------------------------------------------
    def describe(self, result: FineTuneResult) -> str:
        """Before → after on the person's digits (and held-out ones) and on MNIST."""
        before, after = result.before, result.after
        lines = [self.tr("On the {count} digits of yours it trained on: {before} → {after}. "
                         "Optimistic: it may simply have memorised them.").format(
            count=i18n.integer(result.trained_on), before=_percent(before.trained_digits),
            after=_percent(after.trained_digits))]
        if result.held_out and before.held_out_digits is not None \
                and after.held_out_digits is not None:
            lines.append(self.tr("On {count} digits of yours kept aside (never trained on): "
                                 "{before} → {after}. This is the honest measure.").format(
                count=i18n.integer(result.held_out), before=_percent(before.held_out_digits),
                after=_percent(after.held_out_digits)))
        else:
            lines.append(self.tr("With fewer than {minimum} digits none are kept aside, so "
                                 "there is no measure on digits it has not seen.").format(
                minimum=HOLD_OUT_FROM))
        lines.append(self.tr("On the {count} MNIST test digits (the Evaluation tab's images): "
                             "{before} → {after} (it should still read other people's "
                             "digits).").format(count=i18n.integer(result.mnist_measured_on),
                                                before=_percent(before.mnist),
                                                after=_percent(after.mnist)))
        return "\n".join(lines)

    def use_fine_tuned(self) -> Path | None:
        """Save the fine-tuned model in the app's folder and use it in every tab."""
        from engine.models.io import save_model
        from engine.paths import app_data_dir
        from engine.training.finetune import fine_tuned_card

        if self.result is None or self._parent is None:
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = app_data_dir() / "models" / f"{self._parent.entry.path.stem}-my-digits-{stamp}.keras"
        try:
            save_model(self.result.model, path,
                       fine_tuned_card(self._parent.card, self.result, self.settings))
        except (OSError, ValueError) as error:
            self.result_label.setText(self.tr("Could not save the model: {reason}").format(
                reason=error))
            return None
        self.session.add_model_file(path)
        self.use_button.hide()
        self.result_label.setText(self.result_label.text() + "\n" + self.tr(
            "Saved as {name}; it is now the model in every tab.").format(name=path.name))
        return path

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Fine-tune on my digits"))
        self.explanation.setText(self.tr(
            "Trains a copy of the model in use for a few epochs, with a low learning rate, on "
            "your digits mixed with MNIST. The model in use stays as it is until you choose "
            "to use the new one. It needs at least {digits} of your digits, of at least "
            "{classes} different classes.").format(digits=i18n.integer(MIN_DIGITS),
                                                    classes=i18n.integer(MIN_CLASSES)))
        self.start_button.setText(self.tr("Fine-tune on my digits"))
        self.start_button.setToolTip(self.tr("Continue training a copy of the current model "
                                             "on your digits, mixed with MNIST so it does "
                                             "not forget everyone else's."))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current batch; the model in use "
                                            "stays unchanged."))
        self.use_button.setText(self.tr("Use the fine-tuned model"))
        self.use_button.setToolTip(self.tr("Save the fine-tuned model in the app's folder and "
                                           "make it the model of every tab."))
        if self.result is not None and not self.is_running():
            self.result_label.setText(self.describe(self.result))
        if self._refused_colour:
            self.result_label.setText(grey_into_colour(MY_DIGITS))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _percent(value: float) -> str:
    """One decimal, as the Evaluation tab writes accuracy (the one rounding of i18n.percent)."""
    return f"{i18n.percent(value)} %"


def _load_mnist() -> Any:
    """All of MNIST, which ships with the app (loaded in the worker thread: about 0.5 s)."""
    from engine.datasets.catalog import load_mnist

    return load_mnist()
