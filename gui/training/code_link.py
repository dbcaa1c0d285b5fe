"""What the Keras code panel shows: the builder's layers, the recipe and the data, as a request.

Kept apart from the tab so the tab only wires signals. The script must train what Start
trains: the same layers (the continued file's when a .keras model is continued), the same
recipe, and the same data where the script can load it (MNIST, its sample, Fashion-MNIST,
CIFAR-10 or an imported .npz); other data falls back to MNIST, and a note says so.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from engine.training.plan import image_shape
from gui import i18n
from gui.training.builder.code_panel import CodeRequest, code_dataset


class CodeLink(QObject):
    """Makes ``CodeRequest``s (a QObject for ``self.tr``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A continued file's layers, read once: the panel asks again after every change of the
        # recipe, and reading builds a fresh Keras layer per layer to compare with.
        self._read: tuple[Any, Any] | None = None  # (model, its calls or why it has none)

    def request(self, builder: Any, config: Any, limit: int, data_key: str | None,
                dataset: Any) -> CodeRequest | None:
        from engine.training.keras_code import CodeSettings

        language = i18n.current_language()
        shape = image_shape(dataset) if dataset is not None else builder.state.input_shape
        classes = int(dataset.num_classes) if dataset is not None else builder.state.classes
        source = code_dataset(data_key, dataset)
        notes = []
        if source is None:
            notes.append(self.tr("The script loads MNIST: the data chosen here has no file it "
                                 "can read (import it as .npz to use it in the script)."))
        settings = CodeSettings.from_train_config(config, dataset=source or "mnist",
                                                  limit=limit, language=language)
        continued = builder.continued()
        if continued is not None:
            notes.append(self.tr("The script builds {file}'s layers with new weights; Start "
                                 "here continues the file with its weights.").format(
                file=Path(continued.path).name))
        calls, error = self._calls(builder, continued, shape, classes, language)
        problem = builder.problem_text()
        if problem and calls is not None:
            notes.append(self.tr("This network cannot be trained yet: {reason}").format(
                reason=problem))
        return CodeRequest(calls, shape, settings, error, notes)

    def _calls(self, builder: Any, continued: Any, shape: tuple[int, int, int], classes: int,
               language: str) -> tuple[list[Any] | None, str]:
        """The layers as Keras calls, or why the network cannot be written as Sequential."""
        from engine.models.layer_stack import to_calls
        from engine.training.keras_code import NotSequentialError, layer_calls_from_model

        if continued is not None and continued.stack is None:
            if self._read is None or self._read[0] is not continued.model:
                try:
                    calls: Any = list(layer_calls_from_model(continued.model))
                except NotSequentialError as error:
                    calls = error
                self._read = (continued.model, calls)
            calls = self._read[1]
            if isinstance(calls, NotSequentialError):
                return None, calls.message(language)
            return list(calls), ""
        stack = continued.stack if continued is not None else builder.architecture()
        if stack is None:
            return None, ""
        if continued is None:
            stack = stack.with_data(shape, classes)
        return list(to_calls(stack)), ""
