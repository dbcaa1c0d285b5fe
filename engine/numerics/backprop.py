"""Backpropagation through a convolution, as in the deck's slides 19–24.

The forward pass is ``z = conv2d(a, w)``. Given ∂L/∂z for every output cell (``grad_out``),
the chain rule gives

* ∂L/∂w_i = Σ_j a_(input under w_i at output j) · ∂L/∂z_j   (one sum per kernel weight),
* ∂L/∂a   = every output gradient sent back through the weights that produced it,
* ∂L/∂b   = Σ_j ∂L/∂z_j   (the bias takes part in every output cell).

``weight_gradient_terms`` and ``output_input_terms`` list those sums term by term, so the GUI
can write them out exactly as the deck does (``∂L/∂w1 = a1·∂L/∂z1 + a3·∂L/∂z2 + …``).
"""

from numbers import Integral

import numpy as np

from engine.numerics.ops import (
    ConvSetup,
    IntOrPair,
    PaddingSpec,
    as_float_array,
    padded_planes,
    patch_bands,
    prepare_conv,
)


def _output_gradient(grad_out: object, setup: ConvSetup) -> np.ndarray:
    """Check ∂L/∂z has the convolution's output shape; return it as (Ho, Wo, F)."""
    filters = setup.kernel.shape[3]
    expected = setup.out_hw if setup.squeeze else (*setup.out_hw, filters)
    grad = as_float_array(grad_out, "output gradient", (2, 3))
    if grad.shape != expected:
        raise ValueError(f"The output gradient has shape {grad.shape}, but this convolution "
                         f"produces {expected}: give one ∂L/∂z per output cell.")
    return grad.reshape(*setup.out_hw, filters)


def conv2d_backward(x: object, kernel: object, grad_out: object, stride: IntOrPair = 1,
                    padding: PaddingSpec = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray | float]:
    """Gradients of a loss L through ``conv2d(x, kernel, stride=stride, padding=padding)``.

    Accepts the same shapes as ``engine.numerics.ops.conv2d``; ``grad_out`` is ∂L/∂z, shaped like
    conv2d's output. Returns ``(grad_x, grad_kernel, grad_bias)``: grad_x shaped like x,
    grad_kernel like kernel, grad_bias (F,) — or a float when the kernel has no filter axis.
    """
    setup = prepare_conv(x, kernel, stride, padding)
    grad = _output_gradient(grad_out, setup)
    kh, kw, channels, filters = setup.kernel.shape

    # ∂L/∂w: each weight meets one input value per output cell (a row of the patch matrix), so
    # all the deck's sums "a·∂L/∂z + a·∂L/∂z + …" are one matrix product (per band of rows).
    grad_kernel = np.zeros((kh * kw * channels, filters))
    for rows, patches in patch_bands(padded_planes(setup), (kh, kw), setup.strides,
                                     setup.out_hw):
        grad_kernel += patches @ grad[rows].reshape(-1, filters)

    grad_x = _input_gradient(setup, grad).reshape(np.shape(x))
    grad_kernel = grad_kernel.reshape(np.shape(kernel))
    grad_bias = grad.sum(axis=(0, 1))  # the bias is added to every output cell
    return grad_x, grad_kernel, (float(grad_bias[0]) if setup.squeeze else grad_bias)


def _input_gradient(setup: ConvSetup, grad: np.ndarray) -> np.ndarray:
    """∂L/∂x as (H, W, C): the "transposed convolution" of ∂L/∂z with the kernel.

    For each kernel offset (i, j), every output cell sends ∂L/∂z · w[i, j] back to the input
    cell that offset touched. Looping over the kh*kw offsets (not over pixels) keeps it
    vectorised; contributions land in a padded buffer, whose border is then cropped away
    because the padding zeros are not part of the input.
    """
    (kh, kw, channels, filters), (sh, sw) = setup.kernel.shape, setup.strides
    (ho, wo), ((top, bottom), (left, right)) = setup.out_hw, setup.pads
    height, width = setup.x.shape[:2]
    grad_maps = np.ascontiguousarray(np.moveaxis(grad, 2, 0)).reshape(filters, ho * wo)
    buffer = np.zeros((channels, height + top + bottom, width + left + right))
    for i in range(kh):
        for j in range(kw):
            # (C, F) @ (F, Ho*Wo): what every output cell sends back through weight (i, j).
            sent = (setup.kernel[i, j] @ grad_maps).reshape(channels, ho, wo)
            buffer[:, i : i + (ho - 1) * sh + 1 : sh, j : j + (wo - 1) * sw + 1 : sw] += sent
    return np.moveaxis(buffer[:, top : top + height, left : left + width], 0, 2)


def sgd_step(w: object, grad: object, lr: float) -> np.ndarray:
    """One gradient-descent update, the deck's w* = w − α·∂L/∂w, as a new array.

    ``w`` is left untouched so the GUI can show the old and the new kernel side by side.
    """
    weights = as_float_array(w, "weights", (0, 1, 2, 3, 4))
    gradient = as_float_array(grad, "gradient", (0, 1, 2, 3, 4))
    if weights.shape != gradient.shape:
        raise ValueError(f"The gradient has shape {gradient.shape} but the weights have "
                         f"{weights.shape}: there must be one ∂L/∂w per weight.")
    rate = float(as_float_array(lr, "learning rate", (0,)))
    if rate < 0:
        raise ValueError(f"The learning rate must not be negative (got {rate}): a negative "
                         "step would climb the loss instead of descending it.")
    return weights - rate * gradient


def _check_2d_shape(shape: tuple[int, ...], name: str) -> tuple[int, int]:
    sizes = tuple(shape)
    if len(sizes) != 2 or not all(isinstance(n, Integral) and not isinstance(n, bool)
                                  and n >= 1 for n in sizes):
        raise ValueError(f"The {name} shape must be two whole numbers ≥ 1 (rows, columns), "
                         f"got {sizes}.")
    return int(sizes[0]), int(sizes[1])


def _index_table(input_shape: tuple[int, int], kernel_shape: tuple[int, int],
                 stride: IntOrPair, padding: PaddingSpec) -> np.ndarray:
    """(Ho*Wo, kh*kw) table: flat input index under each weight at each output; −1 on padding."""
    height, width = _check_2d_shape(input_shape, "input")
    kh, kw = _check_2d_shape(kernel_shape, "kernel")
    # Reuse conv2d's checks and geometry on a dummy image of the right size.
    setup = prepare_conv(np.zeros((height, width)), np.zeros((kh, kw)), stride, padding)
    (sh, sw), (ho, wo), ((top, _), (left, _)) = setup.strides, setup.out_hw, setup.pads
    # Input row/col for output (r, c) and weight (p, q): r*sh + p − top, c*sw + q − left.
    rows = (np.arange(ho) * sh)[:, None, None, None] + np.arange(kh)[None, None, :, None] - top
    cols = (np.arange(wo) * sw)[None, :, None, None] + np.arange(kw)[None, None, None, :] - left
    rows, cols = np.broadcast_arrays(rows, cols)
    inside = (rows >= 0) & (rows < height) & (cols >= 0) & (cols < width)
    return np.where(inside, rows * width + cols, -1).reshape(ho * wo, kh * kw)


def weight_gradient_terms(input_shape: tuple[int, int], kernel_shape: tuple[int, int],
                          stride: IntOrPair = 1, padding: PaddingSpec = 0
                          ) -> list[list[tuple[int, int]]]:
    """For each weight w_i (row-major), the (input index, output index) pairs of ∂L/∂w_i.

    ∂L/∂w_i = Σ a_input · ∂L/∂z_output over the pairs; indices are 0-based and row-major in
    the unpadded input and in the output (deck's a1 is 0), ordered by output. Pairs on zero
    padding are left out: their product is 0. Deck: 5×5 input, 3×3 kernel, stride 2 →
    ``terms[0] == [(0, 0), (2, 1), (10, 2), (12, 3)]``, i.e. a1·z1 + a3·z2 + a11·z3 + a13·z4.
    """
    table = _index_table(input_shape, kernel_shape, stride, padding)
    return [[(int(a), int(z)) for z, a in enumerate(column) if a >= 0] for column in table.T]


def output_input_terms(input_shape: tuple[int, int], kernel_shape: tuple[int, int],
                       stride: IntOrPair = 1, padding: PaddingSpec = 0
                       ) -> list[list[tuple[int, int]]]:
    """For each output z_j (row-major), the (weight index, input index) pairs of its sum.

    z_j = Σ w_weight · a_input over the pairs (0-based, row-major), padding left out. Deck:
    z1 = w1·a1 + w2·a2 + w3·a3 + w4·a6 + … + w9·a13 → ``[(0, 0), (1, 1), (2, 2), (3, 5), …]``.
    """
    table = _index_table(input_shape, kernel_shape, stride, padding)
    return [[(w, int(a)) for w, a in enumerate(row) if a >= 0] for row in table]
