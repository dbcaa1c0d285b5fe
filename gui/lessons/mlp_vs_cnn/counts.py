"""The numbers behind the parameter calculator of lesson "MLP × CNN" (slide 4).

The counts themselves come from ``engine.numerics.ops``; this module only decides which layer the
calculator describes (valid padding, stride 1, as in the deck's pictures) and gathers the
intermediate numbers that the formulas show: inputs, positions, weights per filter.
"""

from dataclasses import dataclass
from enum import Enum

from engine.numerics import ops


class DenseOutputs(Enum):
    """How many neurons the fully connected layer has, compared with the other two."""

    UNITS = "units"  # one neuron per filter: the MLP hidden layer a student would build
    INPUTS = "inputs"  # as many neurons as inputs: the deck's n²
    FEATURE_MAPS = "feature_maps"  # one neuron per output value of the convolution


@dataclass(frozen=True)
class LayerSetup:
    """What the calculator's controls say: input H×W×C, a k×k kernel, d filters (or units)."""

    height: int = 28
    width: int = 28
    channels: int = 1
    kernel: int = 3
    filters: int = 32
    bias: bool = True
    dense_outputs: DenseOutputs = DenseOutputs.UNITS


MNIST_SETUP = LayerSetup()  # 28×28 grey digits, 3×3 kernels, 32 filters: the first conv layer
PHOTO_SETUP = LayerSetup(224, 224, 3, 3, 64)  # a 224×224 RGB photo, as VGG's first layer


@dataclass(frozen=True)
class LayerCounts:
    """The three layers' parameters and the numbers their formulas are made of."""

    setup: LayerSetup
    inputs: int  # n_in = H·W·C: every neuron of a fully connected layer sees all of them
    dense_units: int  # n_out of the fully connected layer
    out_height: int  # H − k + 1: window positions down the image (valid padding, stride 1)
    out_width: int
    weights_per_filter: int  # the deck's l = k·k·C
    dense: int
    local: int
    conv: int

    @property
    def positions(self) -> int:
        return self.out_height * self.out_width

    def as_tuple(self) -> tuple[int, int, int]:
        """(fully connected, locally connected, convolutional): the chart's order."""
        return self.dense, self.local, self.conv


def count_layers(setup: LayerSetup) -> LayerCounts:
    """Count every layer's parameters for ``setup`` (raises ValueError if k > H or W)."""
    s = setup
    inputs = s.height * s.width * s.channels
    out_height, out_width = ops.output_size(s.height, s.kernel), ops.output_size(s.width, s.kernel)
    units = {
        DenseOutputs.UNITS: s.filters,
        DenseOutputs.INPUTS: inputs,
        DenseOutputs.FEATURE_MAPS: out_height * out_width * s.filters,
    }[s.dense_outputs]
    return LayerCounts(
        setup=s, inputs=inputs, dense_units=units, out_height=out_height, out_width=out_width,
        weights_per_filter=s.kernel * s.kernel * s.channels,
        dense=ops.dense_params(inputs, units, s.bias),
        local=ops.locally_connected_params(s.height, s.width, s.channels, s.kernel, s.kernel,
                                           s.filters, bias=s.bias),
        conv=ops.conv_params(s.kernel, s.kernel, s.channels, s.filters, s.bias),
    )
