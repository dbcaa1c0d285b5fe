"""The "MLP × CNN" lesson as an activity file.

State: ``tab`` ("calculator" or "models"); the calculator's layer: ``height``, ``width``,
``channels``, ``kernel`` (never larger than the input, as the kernel box allows), ``filters``,
``bias``, ``dense_outputs`` (a :class:`DenseOutputs` value) and ``log_scale``; and the trained
networks' digit ``shift`` [down, right] in pixels. Which digit is moved (the example or the
student's drawing) is the student's: a drawing cannot travel in the file.
"""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from engine.activities import state_checks as check
from gui.lessons.mlp_vs_cnn.calculator import (
    MAX_CHANNELS,
    MAX_FILTERS,
    MAX_KERNEL,
    MAX_SIZE,
    ParameterCalculator,
)
from gui.lessons.mlp_vs_cnn.counts import DenseOutputs, LayerSetup
from gui.lessons.mlp_vs_cnn.shift import MAX_SHIFT, ShiftExperiment
from gui.widgets.activity import ActivityControl

TABS = ("calculator", "models")  # in the lesson's tab order
KEYS = ("tab", "height", "width", "channels", "kernel", "filters", "bias", "dense_outputs",
        "log_scale", "shift")


@dataclass(frozen=True)
class MlpCnnState:
    tab: int
    setup: LayerSetup
    log_scale: bool
    shift: tuple[int, int]


def state_dict(tab: int, calculator: ParameterCalculator,
               experiment: ShiftExperiment) -> dict[str, Any]:
    s = calculator.setup()
    return {"tab": TABS[tab], "height": s.height, "width": s.width, "channels": s.channels,
            "kernel": s.kernel, "filters": s.filters, "bias": s.bias,
            "dense_outputs": s.dense_outputs.value,
            "log_scale": calculator.log_check.isChecked(), "shift": list(experiment.offset())}


def checked_state(state: object) -> MlpCnnState:
    check.require_keys(state, KEYS)
    assert isinstance(state, dict)
    height = check.integer(state["height"], "height", 1, MAX_SIZE)
    width = check.integer(state["width"], "width", 1, MAX_SIZE)
    setup = LayerSetup(
        height=height, width=width,
        channels=check.integer(state["channels"], "channels", 1, MAX_CHANNELS),
        kernel=check.integer(state["kernel"], "kernel", 1, min(MAX_KERNEL, height, width)),
        filters=check.integer(state["filters"], "filters", 1, MAX_FILTERS),
        bias=check.boolean(state["bias"], "bias"),
        dense_outputs=DenseOutputs(check.choice(state["dense_outputs"], "dense_outputs",
                                                [choice.value for choice in DenseOutputs])))
    down, right = check.integers(state["shift"], "shift", 2, -MAX_SHIFT, MAX_SHIFT)
    return MlpCnnState(TABS.index(check.choice(state["tab"], "tab", TABS)), setup,
                       check.boolean(state["log_scale"], "log_scale"), (down, right))


def controls(calculator: ParameterCalculator,
             experiment: ShiftExperiment) -> list[ActivityControl]:
    """The two example buttons set the whole layer: each layer control locks them too."""
    translate = QCoreApplication.translate
    c = calculator
    examples = (c.mnist_button, c.photo_button)
    return [
        ActivityControl("input", translate("MlpVsCnnActivity", "Input size"),
                        (c.height_spin, c.width_spin, c.channels_spin, *examples)),
        ActivityControl("kernel", translate("MlpVsCnnActivity", "Kernel size"),
                        (c.kernel_spin, *examples)),
        ActivityControl("filters", translate("MlpVsCnnActivity", "Filters"),
                        (c.filters_spin, *examples)),
        ActivityControl("bias", translate("MlpVsCnnActivity", "Bias"), (c.bias_check, *examples)),
        ActivityControl("dense_outputs",
                        translate("MlpVsCnnActivity", "Neurons of the fully connected layer"),
                        (c.dense_combo, *examples)),
        # The whole digit box: its arrows enable themselves after every move, so locking them
        # one by one would not hold.
        ActivityControl("shift", translate("MlpVsCnnActivity", "Moving the digit"),
                        (experiment.digit_box,)),
    ]
