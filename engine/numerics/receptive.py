"""Which input pixels can a feature-map cell see? Its receptive field, in image pixels.

The course says "each output region corresponds to the same input region": a cell of a
feature map is computed from a window of the previous layer, that window from a bigger window
of the layer before, and so on back to the image. The GUI outlines that region on the picture
when a student points at a cell, so the growth of the field with depth becomes visible.

The computation walks the model's chain of layers backwards. Along each axis, every layer that
changes geometry maps output position ``o`` to the input positions ``o·s − p + j·d`` for
``j = 0 … k − 1`` (``k`` the kernel's size, ``d`` its dilation, ``s`` the stride, ``p`` the
padding added before the first pixel). Convolutions and pooling have such a window; zero
padding is a window with ``k = 1, p = top``, cropping one with ``p = −top``. Layers that keep
the spatial size (normalisation, activations, dropout, …) pass positions through unchanged.

The region is *not* clipped to the image: a field reaching into the image's zero padding has
negative or overflowing coordinates, which is itself a lesson (the border cells see fewer real
pixels), and callers clip it with :meth:`Region.clipped` to draw it. Padding added by deeper
layers, on the other hand, is cut off at each step: those zeros are not pixels of the layer
below, and mapping them back as if they were would overstate the field. (With 21 rows, a valid
3×3 convolution, 2×2 pooling and a stride-2 'same' convolution, the last cell's window would
otherwise reach image row 20, which only feeds the conv row that the pooling drops.) Likewise
rows that a dilated kernel skips do not count. So, once clipped, the region is exactly the
bounding box of the pixels whose change can change the cell, as the tests check against
TensorFlow's gradients; the textbook formula, which never clips, can be a pixel or two larger
near the borders.

``None`` means "no tighter bound than the whole image": the layer's output has no spatial
grid (Flatten, Dense, global pooling), or the model holds a layer whose geometry is unknown
here (upsampling, resizing, transposed convolutions, branches, channels-first data).

Nothing here imports TensorFlow: the code reads the layers' configurations and shapes only.
"""

from dataclasses import dataclass
from typing import Any, TypeAlias

__all__ = ["Region", "input_region", "window_region"]

# One axis of a layer's geometry: (kernel size, dilation, stride, padding before).
Window: TypeAlias = tuple[int, int, int, int]

_PASS_THROUGH: Window = (1, 1, 1, 0)
_CONVOLUTIONS = frozenset({"Conv2D", "DepthwiseConv2D", "SeparableConv2D"})
_POOLINGS = frozenset({"MaxPooling2D", "AveragePooling2D"})


@dataclass(frozen=True)
class Region:
    """A rectangle of input pixels: rows ``top … bottom − 1``, columns ``left … right − 1``."""

    top: int
    left: int
    bottom: int  # exclusive
    right: int  # exclusive

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def width(self) -> int:
        return self.right - self.left

    def clipped(self, height: int, width: int) -> "Region":
        """The part of the region inside a ``height`` × ``width`` image (maybe empty)."""
        top, bottom = (min(max(value, 0), height) for value in (self.top, self.bottom))
        left, right = (min(max(value, 0), width) for value in (self.left, self.right))
        return Region(top, left, max(bottom, top), max(right, left))


def window_region(row: int, col: int, k_hw: tuple[int, int], strides: tuple[int, int],
                  pads_before: tuple[int, int] = (0, 0)) -> Region:
    """The input pixels under one convolution's kernel for its output cell (row, col).

    Output cell r starts at padded row r·s, which is image row r·s − p (p zeros added on
    top); the window is k rows from there. Not clipped: negative or overflowing indices are
    the padding (clip with :meth:`Region.clipped` to draw it). For a whole network's field,
    see :func:`input_region`.
    """
    top = row * strides[0] - pads_before[0]
    left = col * strides[1] - pads_before[1]
    return Region(top, left, top + k_hw[0], left + k_hw[1])


def input_region(model: Any, layer_name: str, row: int, col: int) -> Region | None:
    """The input pixels that can influence cell (``row``, ``col``) of ``layer_name``.

    Any channel of the cell: all channels of one cell share the same field. Not clipped to
    the image (see the module's docstring); empty if the cell reads only padding; ``None``
    when no tighter bound than the whole image is known. Raises ``ValueError`` for a layer
    the model lacks or a cell outside it.
    """
    layers = list(model.layers)
    index = _layer_index(layers, layer_name)
    shapes = _layer_shapes(model, layers[: index + 1])
    out_shape = shapes[index][1]
    if out_shape is None or len(out_shape) != 4:
        return None
    _check_cell(layer_name, out_shape, row, col)
    if not _is_chain(model, layers[: index + 1]):
        return None
    # Sets of indices, not intervals: a dilated kernel skips rows, and a skipped row at the
    # edge of a window would otherwise count. A few hundred integers at most.
    rows, cols = {row}, {col}
    for layer, (in_shape, layer_out) in zip(reversed(layers[: index + 1]), reversed(shapes),
                                            strict=True):
        in_hw, out_hw = _spatial(in_shape), _spatial(layer_out)
        windows = _layer_windows(layer, in_hw, out_hw)
        if windows is None or out_hw is None:
            return None
        # Only real cells count: padding added by a deeper layer is no pixel of this one.
        rows, cols = _inside(rows, out_hw[0]), _inside(cols, out_hw[1])
        if not rows or not cols:
            return Region(0, 0, 0, 0)  # the cell reads nothing but padding
        rows, cols = _back(rows, windows[0]), _back(cols, windows[1])
    return Region(min(rows), min(cols), max(rows) + 1, max(cols) + 1)


def _inside(indices: set[int], size: int) -> set[int]:
    return {index for index in indices if 0 <= index < size}


def _back(indices: set[int], window: Window) -> set[int]:
    """The input indices that the output indices ``indices`` read through ``window``."""
    kernel, dilation, stride, before = window
    return {index * stride - before + tap * dilation
            for index in indices for tap in range(kernel)}


def _layer_windows(layer: Any, in_hw: tuple[int, int] | None,
                   out_hw: tuple[int, int] | None) -> tuple[Window, Window] | None:
    """The (rows, columns) windows of one layer, or None when its geometry is unknown."""
    if in_hw is None or out_hw is None:
        return None
    config = layer.get_config()
    if config.get("data_format") == "channels_first":
        return None  # the spatial axes would be others: not worth supporting in this app
    kinds = {cls.__name__ for cls in type(layer).__mro__}  # subclasses keep their geometry
    if kinds & _CONVOLUTIONS:
        sizes, dilations = config["kernel_size"], config.get("dilation_rate", 1)
    elif kinds & _POOLINGS:
        sizes, dilations = config["pool_size"], 1
    elif "ZeroPadding2D" in kinds:
        (top, _), (left, _) = config["padding"]
        return (1, 1, 1, top), (1, 1, 1, left)
    elif "Cropping2D" in kinds:
        (top, _), (left, _) = config["cropping"]
        return (1, 1, 1, -top), (1, 1, 1, -left)
    else:  # element-wise if the size is kept; otherwise a geometry we do not know
        return (_PASS_THROUGH, _PASS_THROUGH) if in_hw == out_hw else None
    strides = config.get("strides") or sizes  # pooling's strides default to its pool size
    windows = [_window(kernel, stride, dilation, config["padding"], size_in, size_out)
               for kernel, stride, dilation, size_in, size_out
               in zip(_pair(sizes), _pair(strides), _pair(dilations), in_hw, out_hw, strict=True)]
    return None if None in windows else (windows[0], windows[1])


def _window(kernel: int, stride: int, dilation: int, padding: str, size_in: int,
            size_out: int) -> Window | None:
    """One axis of a convolution or pooling, with Keras' (TensorFlow's) 'same' padding."""
    span = (kernel - 1) * dilation + 1
    if padding == "valid":
        return kernel, dilation, stride, 0
    if padding == "same":
        # TensorFlow pads just enough to fit the output, the odd pixel going after.
        total = max((size_out - 1) * stride + span - size_in, 0)
        return kernel, dilation, stride, total // 2
    return None


def _pair(value: int | tuple[int, ...] | list[int]) -> tuple[int, int]:
    if isinstance(value, int):
        return value, value
    first, second = value
    return int(first), int(second)


def _layer_index(layers: list[Any], layer_name: str) -> int:
    for index, layer in enumerate(layers):
        if layer.name == layer_name:
            return index
    names = ", ".join(layer.name for layer in layers)
    raise ValueError(f"The model has no layer called {layer_name!r}. Its layers are: {names}.")


def _layer_shapes(model: Any, layers: list[Any]) -> list[tuple[Any, Any]]:
    """(input shape, output shape) of each layer of the chain; None for a shape not known."""
    shapes = []
    previous = _shape(model.inputs[0])
    for layer in layers:
        try:
            output = _shape(layer.output)
        except (AttributeError, ValueError):  # a layer used twice has no single output
            output = None
        shapes.append((previous, output))
        previous = output
    return shapes


def _shape(tensor: Any) -> tuple[Any, ...] | None:
    return None if isinstance(tensor, (list, tuple, dict)) else tuple(tensor.shape)


def _spatial(shape: tuple[Any, ...] | None) -> tuple[int, int] | None:
    """(height, width) of a (batch, h, w[, c]) shape, or None when it has no known grid."""
    if shape is None or len(shape) not in (3, 4) or None in shape[1:3]:
        return None
    return int(shape[1]), int(shape[2])


def _check_cell(layer_name: str, shape: tuple[Any, ...], row: int, col: int) -> None:
    height, width = shape[1], shape[2]
    if not (0 <= row < height and 0 <= col < width):
        raise ValueError(f"Cell (row {row}, column {col}) is outside layer {layer_name!r}, "
                         f"whose feature maps are {height}×{width}: rows count from 0 to "
                         f"{height - 1} and columns from 0 to {width - 1}.")


def _is_chain(model: Any, layers: list[Any]) -> bool:
    """Whether each layer reads exactly the previous layer's output (a Sequential always does).

    A loaded Sequential's layers report inputs that are not their neighbours' outputs (it
    rebuilds its graph), so it is trusted by kind; a functional model is checked link by link.
    """
    if any(cls.__name__ == "Sequential" for cls in type(model).__mro__):
        return True
    expected = model.inputs[0]
    for layer in layers:
        try:
            if type(layer).__name__ != "InputLayer" and layer.input is not expected:
                return False
            expected = layer.output
        except (AttributeError, ValueError):  # shared layers have no single input/output
            return False
    return True
