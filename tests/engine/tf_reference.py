"""What the engine tests share to ask TensorFlow the same question: paddings in TF's terms.

Written here independently of the engine, so the cross-check does not test the engine against
its own padding logic.
"""

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
