"""The builder's files: open a network (to continue it or to start from its layers), save one.

A mixin of ``ModelBuilder``, kept in its own file because it reads as one thing: the dialogs,
the background loading (a .keras file imports TensorFlow) and the messages. Its strings are
translated in the ``ModelBuilder`` context (``self.tr`` looks the class hierarchy up), and
opening never blocks the window.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.training.builder.sources import (
    DataMismatchError,
    open_architecture,
    open_to_continue,
    save_stack,
)
from gui.training.builder.stack_state import CUSTOM
from gui.workers import run_in_background


class BuilderFiles:
    """Open…/Save… for ``ModelBuilder`` (uses its combo, state, status and ``_render``)."""

    # -- files ---------------------------------------------------------------------------------
    def ask_which_file(self) -> None:
        """Open a .json architecture, or a .keras model: continue it, or start from its layers."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a network"), str(Path.home()),
            self.tr("Keras models and architectures (*.keras *.json)"))
        if not path:
            return
        if Path(path).suffix.lower() != ".keras":
            self.open_architecture(path)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Open a network"),
                          self.tr("How should {file} be used?").format(file=Path(path).name),
                          parent=self)
        keep = box.addButton(self.tr("Continue training it, with its weights"),
                             QMessageBox.ButtonRole.AcceptRole)
        layers = box.addButton(self.tr("Start from its layers (new weights)"),
                               QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is keep:
            self.open_model_file(path)
        elif box.clickedButton() is layers:
            self.open_architecture(path)

    def open_model_file(self, path: str | Path) -> None:
        """Continue training a .keras model with its weights (checked in the background)."""
        path = str(Path(path).resolve())
        if self.kind.findData(path) < 0:
            at = self.kind.count() - 1  # before "Open…"
            self.kind.insertItem(at, Path(path).name, path)
            self.kind.setItemData(at, path, Qt.ItemDataRole.ToolTipRole)
        dataset = self._dataset
        self._start(lambda: open_to_continue(path, dataset), self._continued_opened, path)

    def open_architecture(self, path: str | Path) -> None:
        """Take the layers of a .json architecture or a .keras file as a new starting stack."""
        path = str(Path(path).resolve())
        self._start(lambda: open_architecture(path), self._architecture_opened, path)

    def _start(self, work: Any, done: Any, path: str) -> None:
        self._request += 1
        request = self._request
        self._say(self.tr("Opening {file}…").format(file=Path(path).name))

        def job() -> tuple[int, str, Any]:
            try:
                return request, path, work()
            except Exception as error:  # a bad file fails in many ways; all become a message
                return request, path, error

        self._call = run_in_background(job, done, done, name="cnn-lab-open-network")

    def _outcome(self, outcome: Any) -> tuple[str, Any] | None:
        request, path, result = outcome if isinstance(outcome, tuple) else (0, "", outcome)
        if request != self._request:
            return None  # an older choice, overtaken by a newer one
        self._shown = request
        return path, result

    def _refused(self, path: str, error: Exception) -> None:
        from engine.models.layer_stack import UnsupportedNetwork

        if isinstance(error, DataMismatchError):
            reason = self._mismatch_text(error)
        else:
            reason = self.texts.unsupported(error) if isinstance(error, UnsupportedNetwork) \
                else str(error)
        if Path(path).suffix.lower() == ".keras" and (
                self._continued is None or self._continued.path == path):
            self.kind.removeItem(self.kind.findData(path))  # a refused file leaves the list
            self._continued = None
        self._render()
        self._say(self.tr("Could not use this model: {reason}").format(
            reason=f"{Path(path).name}: {reason}" if Path(path).name not in reason else reason),
            error=True)

    def _mismatch_text(self, error: DataMismatchError) -> str:
        """Why the file cannot continue on this data, and what to do instead."""
        model_h, model_w, model_c = error.model_shape
        data_h, data_w, data_c = error.data_shape
        if error.colour_clash() and model_c == 3:
            return self.tr("it reads {h} × {w} colour photos, but the chosen data holds grey "
                           "images. A colour model cannot continue on grey images: choose "
                           "CIFAR-10 under 1. Data, or start a new network here.").format(
                h=model_h, w=model_w)
        if error.colour_clash():
            return self.tr("it reads {h} × {w} grey images, but the chosen data holds colour "
                           "photos. A grey model cannot continue on colour photos: choose its "
                           "own data (MNIST) under 1. Data, or start a new network here (the "
                           "Colour CNN preset).").format(h=model_h, w=model_w)
        return self.tr("it reads {mh} × {mw} × {mc} images in {mk} classes, but the data has "
                       "{dh} × {dw} × {dc} images in {dk} classes: choose data that fits, or "
                       "start a new network here.").format(
            mh=model_h, mw=model_w, mc=model_c, mk=error.model_classes, dh=data_h, dw=data_w,
            dc=data_c, dk=error.data_classes)

    @Slot(object)
    def _continued_opened(self, outcome: Any) -> None:
        shown = self._outcome(outcome)
        if shown is None:
            return
        path, result = shown
        if isinstance(result, Exception):
            self._refused(path, result)
            return
        self._continued, self._selected = result, 0
        self._render()
        if result.stack is None:
            self._say(self.tr("{file} continues as it is: the builder cannot show its layers "
                              "({reason}).").format(file=Path(path).name,
                                                    reason=self.texts.unsupported(
                                                        result.why_not)))
        else:
            self._say(self.tr("{file} keeps its weights and continues learning; its layers "
                              "cannot be edited.").format(file=Path(path).name))

    @Slot(object)
    def _architecture_opened(self, outcome: Any) -> None:
        shown = self._outcome(outcome)
        if shown is None:
            return
        path, result = shown
        if isinstance(result, Exception):
            self._refused(path, result)
            return
        self._continued, self._selected = None, 0
        self.state.replace(result.with_data(self.state.input_shape, self.state.classes), CUSTOM)
        self._render()
        self._say(self.tr("The layers of {file}, with new weights.").format(
            file=Path(path).name))

    def ask_where_to_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the architecture"),
            str(Path.home() / self.tr("my_network.json")),
            self.tr("Keras architectures (*.json)"))
        if path:
            self.save_architecture_to(path)

    def save_architecture_to(self, path: str | Path) -> bool:
        """Write the shown layers as ``model.to_json()`` would (Keras and the builder read it)."""
        stack = self._shown_stack()
        if stack is None:
            return False
        try:
            written = save_stack(stack, path)
        except (OSError, ValueError) as error:
            self._say(self.tr("Could not save the architecture: {reason}").format(
                reason=error), error=True)
            return False
        self._say(self.tr("Saved {file}.").format(file=written.name))
        return True
