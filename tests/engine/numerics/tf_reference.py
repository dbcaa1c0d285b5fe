"""What the engine tests share to ask TensorFlow the same question: paddings in TF's terms.

Written here independently of the engine, so the cross-check does not test the engine against
its own padding logic.
"""

import numpy as np
from hypothesis import assume
from hypothesis import strategies as st

pad_amount = st.integers(0, 2)
# Every padding form the engine accepts: Keras' names, zeros per side, (rows, cols) and
# ((top, bottom), (left, right)).
padding_specs = st.one_of(
    st.sampled_from(["valid", "same"]),
    pad_amount,
    st.tuples(pad_amount, pad_amount),
    st.tuples(st.tuples(pad_amount, pad_amount), st.tuples(pad_amount, pad_amount)),
)


def tf_padding(padding: object) -> object:
    """The same padding as ``tf.nn.conv2d``'s ``padding`` argument (NHWC explicit pairs)."""
    if isinstance(padding, str):
        return padding.upper()
    if isinstance(padding, int):
        padding = (padding, padding)
    rows, cols = ((p, p) if isinstance(p, int) else p for p in padding)
    return [[0, 0], list(rows), list(cols), [0, 0]]


def kernel_fits(h: int, w: int, kh: int, kw: int, padding: object) -> bool:
    """Whether a kh×kw kernel fits the h×w input once padded ("same" always fits)."""
    if padding == "same":
        return True
    if padding == "valid":
        rows, cols = 0, 0
    elif isinstance(padding, int):
        rows = cols = 2 * padding
    else:
        rows, cols = (2 * p if isinstance(p, int) else sum(p) for p in padding)
    return h + rows >= kh and w + cols >= kw


@st.composite
def conv_cases(draw: st.DrawFn, max_kernel: int = 5, max_side: int = 11) -> tuple:
    """A random (x, kernel, strides, padding) that conv2d accepts: 1–4 channels, 1–5 filters."""
    kh, kw = draw(st.integers(1, max_kernel)), draw(st.integers(1, max_kernel))
    strides = (draw(st.integers(1, 3)), draw(st.integers(1, 3)))
    padding = draw(padding_specs)
    h, w = draw(st.integers(1, max_side)), draw(st.integers(1, max_side))
    assume(kernel_fits(h, w, kh, kw, padding))
    channels, filters = draw(st.integers(1, 4)), draw(st.integers(1, 5))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    x = rng.standard_normal((h, w, channels))
    kernel = rng.standard_normal((kh, kw, channels, filters))
    return x, kernel, strides, padding
