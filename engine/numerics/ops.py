"""Convolution, padding, pooling and parameter counts in plain NumPy.

Conventions follow Keras and the course deck: images are ``(H, W)`` or ``(H, W, C)``,
kernels ``(kh, kw)``, ``(kh, kw, C)`` or ``(kh, kw, C, F)``, and "convolution" is
cross-correlation (the kernel is *not* flipped), so the deck's first slide holds:
``conv2d([[0, 1, 2], [3, 4, 5], [6, 7, 8]], [[0, 1], [2, 3]]) == [[19, 25], [37, 43]]``.

Every function checks its arguments and raises ``ValueError`` with a sentence a student can
act on, because in CNN Lab these arguments usually come straight from a spin box or a grid of
numbers the student typed.
"""

import math
from collections.abc import Iterator
from typing import NamedTuple, TypeAlias

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

# Pooling lives in its own module; it is re-exported here because ops is the public API.
from engine.numerics.pooling import avg_pool2d, max_pool2d, max_pool_argmax
from engine.numerics.validation import IntOrPair, Pair, as_float_array, as_int, as_pair

__all__ = [
    "ConvSetup",
    "IntOrPair",
    "PadAmounts",
    "PaddingSpec",
    "Pair",
    "as_float_array",
    "avg_pool2d",
    "conv2d",
    "conv_params",
    "dense_params",
    "explicit_padding",
    "im2col",
    "locally_connected_params",
    "max_pool2d",
    "max_pool_argmax",
    "output_size",
    "pad2d",
    "padded_planes",
    "patch_bands",
    "prepare_conv",
    "relu",
    "resolve_padding",
    "same_padding",
]

PadAmounts: TypeAlias = tuple[Pair, Pair]  # ((top, bottom), (left, right))
PaddingSpec: TypeAlias = int | tuple[int, int] | tuple[Pair, Pair] | str

# Largest im2col patch matrix built at once; bigger inputs are done in bands of output rows.
_PATCH_BYTES = 32 * 2**20


# --------------------------------------------------------------------------- sizes and padding
def same_padding(n: int, k: int, stride: int = 1) -> Pair:
    """Zeros to add (before, after) along one axis for Keras' ``padding="same"``.

    "same" means the output has ``ceil(n / stride)`` cells. When the total is odd, Keras puts
    the extra zero *after* (bottom/right); e.g. a 2×2 kernel with stride 1 gets (0, 1).
    """
    n, k = as_int(n, "input size", 1), as_int(k, "kernel size", 1)
    s = as_int(stride, "stride", 1)
    total = max((math.ceil(n / s) - 1) * s + k - n, 0)
    return total // 2, total - total // 2


def _axis_padding(padding: object, n: int, k: int, stride: int) -> Pair:
    """(before, after) zeros along one axis for an int or "valid"/"same"."""
    if not isinstance(padding, str):
        p = as_int(padding, "padding", 0)
        return p, p
    mode = padding.strip().lower()
    if mode not in ("valid", "same"):
        raise ValueError(f'Unknown padding {padding!r}: use "valid" (no padding), "same" '
                         "(output as big as input/stride), a number of zeros or a pair.")
    return same_padding(n, k, stride) if mode == "same" else (0, 0)


def output_size(n: int, k: int, stride: int = 1, padding: int | str = 0) -> int:
    """Cells along one axis of a convolution or pooling output: ⌊(n + 2p − k)/s⌋ + 1.

    ``padding`` is the number of zeros added on *each* side, or "valid" (no padding) or
    "same" (Keras: the output has ceil(n / s) cells, whatever the kernel size).
    """
    n, k = as_int(n, "input size", 1), as_int(k, "kernel size", 1)
    s = as_int(stride, "stride", 1)
    padded = n + sum(_axis_padding(padding, n, k, s))
    if k > padded:
        raise ValueError(f"The kernel ({k}) is larger than the padded input ({padded}): make the "
                         "input bigger, add padding or use a smaller kernel.")
    return (padded - k) // s + 1


def explicit_padding(padding: object) -> PadAmounts:
    """Normalise int, (rows, cols) or ((top, bottom), (left, right)) to the last form."""
    if isinstance(padding, str):
        raise ValueError(f"Padding {padding!r} needs a kernel size to mean anything here: give "
                         "numbers, or compute them with same_padding(n, k, stride).")
    sequence = (tuple, list, np.ndarray)
    if isinstance(padding, sequence) and len(padding) == 2 \
            and all(isinstance(p, sequence) for p in padding):
        return as_pair(padding[0], "padding", 0), as_pair(padding[1], "padding", 0)
    ph, pw = as_pair(padding, "padding", 0)
    return (ph, ph), (pw, pw)


def resolve_padding(padding: PaddingSpec, in_hw: Pair, k_hw: Pair, strides: Pair) -> PadAmounts:
    """Turn any padding the API accepts into ((top, bottom), (left, right)) zeros."""
    if isinstance(padding, str):
        return (_axis_padding(padding, in_hw[0], k_hw[0], strides[0]),
                _axis_padding(padding, in_hw[1], k_hw[1], strides[1]))
    return explicit_padding(padding)


def pad2d(x: object, padding: object, value: float = 0.0) -> np.ndarray:
    """Surround an (H, W) or (H, W, C) image with rows/columns of ``value`` (zeros by default).

    ``padding``: an int (same on all sides), (rows, cols) or ((top, bottom), (left, right)).
    Channels are never padded.
    """
    array = as_float_array(x, "input", (2, 3))
    pads = explicit_padding(padding)
    widths = pads if array.ndim == 2 else (*pads, (0, 0))
    return np.pad(array, widths, mode="constant", constant_values=float(value))


# --------------------------------------------------------------------------- convolution
class ConvSetup(NamedTuple):
    """A convolution's arguments after checking, shared by conv2d and conv2d_backward."""

    x: np.ndarray  # (H, W, C) float64, not yet padded
    kernel: np.ndarray  # (kh, kw, C, F) float64
    strides: Pair
    pads: PadAmounts
    out_hw: Pair
    squeeze: bool  # True when the kernel had no filter axis: the output is then (Ho, Wo)


def prepare_conv(x: object, kernel: object, stride: object, padding: PaddingSpec) -> ConvSetup:
    """Check a convolution's arguments and bring them to (H, W, C) and (kh, kw, C, F)."""
    image = as_float_array(x, "input", (2, 3))
    weights = as_float_array(kernel, "kernel", (2, 3, 4))
    image = image[:, :, None] if image.ndim == 2 else image
    channels = image.shape[2]
    squeeze = weights.ndim < 4
    if weights.ndim == 2 and channels != 1:
        raise ValueError(f"A 2-D kernel {weights.shape} works on single-channel images only, but "
                         f"the input has {channels} channels: give the kernel a channel axis, "
                         f"shape (kh, kw, {channels}).")
    weights = weights.reshape(*weights.shape[:2], -1, 1) if squeeze else weights
    if weights.shape[2] != channels:
        raise ValueError(f"The kernel spans {weights.shape[2]} channel(s) but the input has "
                         f"{channels}: a kernel must cover every channel of the input.")
    strides = as_pair(stride, "stride", 1)
    k_hw = weights.shape[:2]
    pads = resolve_padding(padding, image.shape[:2], k_hw, strides)
    padded = (image.shape[0] + sum(pads[0]), image.shape[1] + sum(pads[1]))
    if k_hw[0] > padded[0] or k_hw[1] > padded[1]:
        raise ValueError(f"The kernel ({k_hw[0]}×{k_hw[1]}) is larger than the padded input "
                         f"({padded[0]}×{padded[1]}): make the input bigger, add padding or use "
                         "a smaller kernel.")
    out_hw = ((padded[0] - k_hw[0]) // strides[0] + 1, (padded[1] - k_hw[1]) // strides[1] + 1)
    return ConvSetup(image, weights, strides, pads, out_hw, squeeze)


def padded_planes(setup: ConvSetup) -> np.ndarray:
    """The padded input as C-contiguous (C, Hp, Wp) planes, the layout the fast paths want.

    Padding and the channels-first transpose happen in one copy. With channels first, every
    shifted window below is a run of contiguous numbers, which NumPy copies fastest.
    """
    channels_first = np.moveaxis(setup.x, 2, 0)
    if setup.pads == ((0, 0), (0, 0)):
        return np.ascontiguousarray(channels_first)  # a single channel needs no copy at all
    (top, bottom), (left, right) = setup.pads
    height, width, channels = setup.x.shape
    planes = np.zeros((channels, height + top + bottom, width + left + right))
    planes[:, top : top + height, left : left + width] = channels_first
    return planes


def im2col(planes: np.ndarray, k_hw: Pair, strides: Pair, out_hw: Pair) -> np.ndarray:
    """The patch matrix (kh*kw*C, Ho*Wo): column n holds the inputs under the kernel at cell n.

    ``planes`` is (C, Hp, Wp). Rows follow the Keras kernel order (kh, kw, C), so
    ``kernel.reshape(-1, F).T @ im2col(...)`` computes every output cell in one matrix product
    and BLAS does the work.
    """
    (kh, kw), (sh, sw), (ho, wo) = k_hw, strides, out_hw
    # A view of every kh×kw window, (C, Ho, Wo, kh, kw), sampled every stride: nothing copied.
    windows = sliding_window_view(planes, (kh, kw), axis=(1, 2))[:, : (ho - 1) * sh + 1 : sh,
                                                                 : (wo - 1) * sw + 1 : sw]
    # The reshape makes the one copy, in rows of Wo contiguous numbers (fast to copy).
    return windows.transpose(3, 4, 0, 1, 2).reshape(kh * kw * planes.shape[0], ho * wo)


def patch_bands(planes: np.ndarray, k_hw: Pair, strides: Pair, out_hw: Pair
                ) -> Iterator[tuple[slice, np.ndarray]]:
    """``im2col`` in bands of output rows: (rows, patches of those rows) pairs.

    The patch matrix is kh*kw times bigger than the input (≈200 MB for a 3×3 kernel on a
    1280×720 RGB frame), so it is built at most ``_PATCH_BYTES`` at a time; lesson- and
    MNIST-sized inputs fit in one band.
    """
    (kh, kw), (sh, _), (ho, wo) = k_hw, strides, out_hw
    rows_per_band = max(1, _PATCH_BYTES // (8 * kh * kw * planes.shape[0] * wo))
    for first in range(0, ho, rows_per_band):
        rows = slice(first, min(first + rows_per_band, ho))
        band = planes[:, first * sh : (rows.stop - 1) * sh + kh]  # the input rows they read
        yield rows, im2col(band, k_hw, strides, (rows.stop - first, wo))


def _conv_im2col(planes: np.ndarray, k4: np.ndarray, strides: Pair, out_hw: Pair) -> np.ndarray:
    """Any channels and filters: (F, kh*kw*C) @ (kh*kw*C, Ho*Wo) matrix products."""
    filters = k4.shape[3]
    weights = k4.reshape(-1, filters).T
    width = out_hw[1]
    maps = np.empty((filters, out_hw[0] * width))  # one contiguous feature map per row
    for rows, patches in patch_bands(planes, k4.shape[:2], strides, out_hw):
        # Written in place: BLAS fills this band's columns, no temporary result.
        np.matmul(weights, patches, out=maps[:, rows.start * width : rows.stop * width])
    # A transposed *view* in Keras order (Ho, Wo, F); each feature map stays contiguous.
    return maps.reshape(filters, *out_hw).transpose(1, 2, 0)


def _conv_shift_add(planes: np.ndarray, k4: np.ndarray, strides: Pair, out_hw: Pair
                    ) -> np.ndarray:
    """Single channel, single filter: add kh*kw shifted, scaled copies of the input.

    Each term ``w[i, j] * x[i::s, j::s]`` is one whole-image multiply-add, so no patch matrix
    (kh*kw times the input) is built; for the live kernel editor on a photo this is fastest.
    """
    (sh, sw), (ho, wo) = strides, out_hw
    out = np.zeros(out_hw)
    scratch = np.empty(out_hw)  # reused, so the loop allocates nothing
    for (i, j), weight in np.ndenumerate(k4[:, :, 0, 0]):
        if weight == 0.0:  # edge kernels are one-third zeros; skipping them is free speed
            continue
        window = planes[0, i : i + (ho - 1) * sh + 1 : sh, j : j + (wo - 1) * sw + 1 : sw]
        np.multiply(window, weight, out=scratch)
        out += scratch
    return out[:, :, None]


def conv2d(x: object, kernel: object, bias: object = None, stride: IntOrPair = 1,
           padding: PaddingSpec = 0) -> np.ndarray:
    """Slide ``kernel`` over ``x`` and return the float64 feature map(s).

    Parameters
    ----------
    x: image (H, W) or (H, W, C).
    kernel: (kh, kw) for a single-channel input; (kh, kw, C): one filter over all C channels;
        (kh, kw, C, F): F filters (Keras order).
    bias: None, a number, or one number per filter (F,).
    stride: steps of the kernel, int or (rows, cols).
    padding: zeros on each side (int or (rows, cols)), ((top, bottom), (left, right)),
        "valid" (none) or "same" (Keras' exact meaning, extra zero bottom/right when odd).

    Returns (Ho, Wo) when the kernel has no filter axis, else (Ho, Wo, F). With several filters
    the result is a transposed view of (F, Ho, Wo) memory: same values, each map contiguous;
    use ``np.ascontiguousarray`` if raw C-ordered bytes are needed.
    """
    setup = prepare_conv(x, kernel, stride, padding)
    filters = setup.kernel.shape[3]
    bias_values = None if bias is None else _check_bias(bias, filters)
    planes = padded_planes(setup)
    # Two paths, chosen by shape (see benchmarks/README.md); the tests check both against TF.
    compute = _conv_shift_add if setup.kernel.shape[2] * filters == 1 else _conv_im2col
    out = compute(planes, setup.kernel, setup.strides, setup.out_hw)
    if bias_values is not None:
        out += bias_values
    return out[:, :, 0] if setup.squeeze else out


def _check_bias(bias: object, filters: int) -> np.ndarray:
    values = as_float_array(bias, "bias", (0, 1))
    if values.ndim == 1 and values.shape[0] not in (1, filters):
        raise ValueError(f"The bias has {values.shape[0]} values but there are {filters} "
                         "filter(s): give one bias per filter, or a single number.")
    return values


def relu(x: object) -> np.ndarray:
    """ReLU activation, max(0, x): negative responses become 0, positive ones pass unchanged."""
    return np.maximum(np.asarray(x, dtype=np.float64), 0.0)


# --------------------------------------------------------------------------- parameter counts
def dense_params(n_in: int, n_out: int, bias: bool = True) -> int:
    """Fully connected (MLP) layer: each of n_out neurons weighs all n_in inputs (+1 bias).

    With n_in = n_out = n pixels and no bias this is the deck's "n²".
    """
    n_in, n_out = as_int(n_in, "number of inputs", 1), as_int(n_out, "number of outputs", 1)
    return n_in * n_out + (n_out if bias else 0)


def conv_params(kh: int, kw: int, c_in: int, c_out: int, bias: bool = True) -> int:
    """Convolutional layer: the deck's d·l, d = c_out filters of l = kh·kw·c_in weights.

    The weights are shared by every position, so the count does not depend on the image size.
    """
    kh, kw = as_int(kh, "kernel height", 1), as_int(kw, "kernel width", 1)
    c_in, c_out = as_int(c_in, "input channels", 1), as_int(c_out, "number of filters", 1)
    return kh * kw * c_in * c_out + (c_out if bias else 0)


def locally_connected_params(h: int, w: int, c_in: int, kh: int, kw: int, c_out: int,
                             stride: IntOrPair = 1, padding: int | Pair | str = 0,
                             bias: bool = True) -> int:
    """Locally connected layer (Keras 2's LocallyConnected2D): local windows, no sharing.

    Every output position has its own kh·kw·c_in·c_out weights and its own c_out biases, so
    the count grows with the output size Ho·Wo — the cost that weight sharing removes.
    """
    weights_per_position = conv_params(kh, kw, c_in, c_out, bias=False)
    sh, sw = as_pair(stride, "stride", 1)
    ph, pw = (padding, padding) if isinstance(padding, str) else as_pair(padding, "padding", 0)
    positions = output_size(h, kh, sh, ph) * output_size(w, kw, sw, pw)
    return positions * (weights_per_position + (c_out if bias else 0))
