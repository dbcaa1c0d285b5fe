"""Max and average pooling ("valid", as Keras does by default), and the winning cells.

Pooling summarises each window of a feature map: max keeps the strongest activation, average
the general picture. Also reachable as ``engine.numerics.ops.max_pool2d`` and friends.
"""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from engine.numerics.validation import IntOrPair, Pair, as_float_array, as_pair


def _pool_setup(x: object, size: IntOrPair, stride: IntOrPair | None
                ) -> tuple[np.ndarray, Pair, Pair, Pair]:
    """Check pooling arguments; return (image, window, strides, output size)."""
    image = as_float_array(x, "input", (2, 3))
    window = as_pair(size, "pool size", 1)
    strides = window if stride is None else as_pair(stride, "stride", 1)
    height, width = image.shape[:2]
    if window[0] > height or window[1] > width:
        raise ValueError(f"The pooling window ({window[0]}×{window[1]}) is larger than the input "
                         f"({height}×{width}): use a smaller window or a bigger input.")
    out_hw = ((height - window[0]) // strides[0] + 1, (width - window[1]) // strides[1] + 1)
    return image, window, strides, out_hw


def _window_grids(x: object, size: IntOrPair, stride: IntOrPair | None) -> list[np.ndarray]:
    """One (Ho, Wo[, C]) view per cell (i, j) of the pooling window: that cell of every window.

    Pooling is then an element-wise max (or sum) of ph*pw grids, which avoids NumPy's slow
    reductions over tiny window axes.
    """
    image, (ph, pw), (sh, sw), (ho, wo) = _pool_setup(x, size, stride)
    return [image[i : i + (ho - 1) * sh + 1 : sh, j : j + (wo - 1) * sw + 1 : sw]
            for i in range(ph) for j in range(pw)]


def _combine(grids: list[np.ndarray], ufunc: np.ufunc) -> np.ndarray:
    out = grids[0].copy()  # a copy: the result must not be a view into the caller's input
    for grid in grids[1:]:
        ufunc(out, grid, out=out)  # in place: no new array per window cell
    return out


def max_pool2d(x: object, size: IntOrPair = 2, stride: IntOrPair | None = None) -> np.ndarray:
    """Max pooling ("valid", like Keras): each window keeps its strongest activation.

    ``x`` is (H, W) or (H, W, C); channels are pooled independently. ``stride`` defaults to
    ``size`` (windows side by side).
    """
    return _combine(_window_grids(x, size, stride), np.maximum)


def avg_pool2d(x: object, size: IntOrPair = 2, stride: IntOrPair | None = None) -> np.ndarray:
    """Average pooling ("valid", like Keras): each window becomes the mean of its values."""
    grids = _window_grids(x, size, stride)
    return _combine(grids, np.add) / len(grids)


def max_pool_argmax(x: object, size: IntOrPair = 2, stride: IntOrPair | None = None
                    ) -> np.ndarray:
    """Where each max-pooling window found its maximum, to mark the winning cells.

    Returns ints shaped (Ho, Wo, 2) for (H, W) input or (Ho, Wo, C, 2) for (H, W, C): the
    (row, col) in ``x``. Ties go to the first maximum in row-major order within the window.
    """
    image, (ph, pw), (sh, sw), (ho, wo) = _pool_setup(x, size, stride)
    windows = sliding_window_view(image, (ph, pw), axis=(0, 1))[: (ho - 1) * sh + 1 : sh,
                                                                : (wo - 1) * sw + 1 : sw]
    # argmax returns the first maximum of the flattened (row-major) window: the tie rule.
    flat = windows.reshape(*windows.shape[:-2], ph * pw).argmax(axis=-1)
    extra = (1,) * (image.ndim - 2)  # broadcast the window origins over a channel axis
    rows = flat // pw + (np.arange(ho) * sh).reshape(ho, 1, *extra)
    cols = flat % pw + (np.arange(wo) * sw).reshape(1, wo, *extra)
    return np.stack([rows, cols], axis=-1)
