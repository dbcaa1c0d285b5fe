"""The builder's stack outside the widgets: what is being edited, undo, and its memory.

Qt-free apart from QSettings: the stack (``engine.models.layer_stack.LayerStack``) is
immutable, so every edit makes a new one and undo is a list of the old ones. The edited stack
is remembered as a small JSON list of ``[kind, {option: value}]`` so nothing is lost when the
app closes; tuples come back as tuples.
"""

import json
from typing import Any

from gui.settings import app_settings

PRESET_KEY = "training/model"
STACK_KEY = "training/stack"
CUSTOM = "custom"  # the stack once edited (or opened from a file)
DEFAULT_PRESET = "course"  # the course's own network (slide 27): quick to train in class
OLD_KEYS = {"lecture": "course"}  # what the fixed-network combo remembered before the builder
UNDO_DEPTH = 100
DEFAULT_SHAPE, DEFAULT_CLASSES = (28, 28, 1), 10  # until the Data step has loaded


def specs_json(stack: Any) -> str:
    """The hidden layers as ``[[kind, {option: value}], …]``."""
    from engine.models.layer_stack import default_options

    return json.dumps([[spec.kind, {name: spec.option(name)
                                    for name in default_options(spec.kind)}]
                       for spec in stack.layers])


def stack_from_specs(text: str, input_shape: tuple[int, int, int], classes: int) -> Any:
    """The stack ``specs_json`` wrote; raises ValueError (or KeyError) when it is not one."""
    from engine.models.layer_stack import LAYER_KINDS, LayerStack, new_layer

    layers = []
    for kind, options in json.loads(text):
        if kind not in LAYER_KINDS:
            raise ValueError(f"unknown layer kind {kind!r}")
        spec = new_layer(kind)
        for name, value in dict(options).items():
            spec = spec.with_option(name, tuple(value) if isinstance(value, list) else value)
        layers.append(spec)
    return LayerStack(tuple(input_shape), int(classes), tuple(layers))


class StackState:
    """The stack being edited, the preset it came from, and the undo list."""

    def __init__(self) -> None:
        self.preset = DEFAULT_PRESET
        self.input_shape: tuple[int, int, int] = DEFAULT_SHAPE
        self.classes = DEFAULT_CLASSES
        self.stack: Any = None
        self._undo: list[tuple[str, Any]] = []

    def restore(self) -> None:
        """The preset, or the edited stack, remembered last time (a broken memory: the default)."""
        from engine.models.layer_stack import PRESETS

        settings = app_settings()
        key = str(settings.value(PRESET_KEY, DEFAULT_PRESET))
        key = OLD_KEYS.get(key, key)
        if key == CUSTOM:
            try:
                self.stack = stack_from_specs(str(settings.value(STACK_KEY, "")),
                                              self.input_shape, self.classes)
                self.preset = CUSTOM
                return
            except (ValueError, KeyError, TypeError):  # hand-edited or from an older version
                key = DEFAULT_PRESET
        self.use_preset(key if key in PRESETS else DEFAULT_PRESET, remember_undo=False)

    def use_preset(self, key: str, remember_undo: bool = True) -> None:
        from engine.models.layer_stack import preset

        self.replace(preset(key, self.input_shape, self.classes), key, remember_undo)

    def replace(self, stack: Any, preset: str, remember_undo: bool = True) -> None:
        if remember_undo and self.stack is not None:
            self._undo = [*self._undo, (self.preset, self.stack)][-UNDO_DEPTH:]
        self.stack, self.preset = stack, preset
        self.remember()

    def edit(self, layers: list[Any]) -> None:
        """A new list of hidden layers: the stack becomes the person's own ("custom")."""
        self.replace(self.stack.with_layers(tuple(layers)), CUSTOM)

    def undo(self) -> bool:
        if not self._undo:
            return False
        (self.preset, stack), self._undo = self._undo[-1], self._undo[:-1]
        self.stack = stack.with_data(self.input_shape, self.classes)
        self.remember()
        return True

    def set_data(self, input_shape: tuple[int, int, int], classes: int) -> None:
        self.input_shape, self.classes = input_shape, classes
        if self.stack is not None:
            self.stack = self.stack.with_data(input_shape, classes)

    def remember(self) -> None:
        settings = app_settings()
        settings.setValue(PRESET_KEY, self.preset)
        if self.preset == CUSTOM:
            settings.setValue(STACK_KEY, specs_json(self.stack))

    def layers(self) -> list[Any]:
        return list(self.stack.layers) if self.stack is not None else []
