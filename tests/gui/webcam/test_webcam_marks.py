"""The webcam's tags: one per digit, beside its box, never hiding another (issue 15, item 8)."""

import numpy as np
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from gui.webcam.view import SELECTED_COLOUR, Mark, annotated_image, place_tags

FRAME = QRectF(0, 0, 640, 480)


def touches(tag: QRectF, box: QRectF) -> bool:
    """The tag sits on the box's top or bottom edge, overlapping it horizontally."""
    on_edge = abs(tag.bottom() - box.top()) <= 1.5 or abs(tag.top() - box.bottom()) <= 1.5
    return on_edge and tag.left() <= box.right() and tag.right() >= box.left()


def test_three_digits_at_normal_spacing_get_three_visible_tags() -> None:
    # "3 7 1" on paper: 40-pixel boxes 50 pixels apart, tags ("7 · 98 %") 90 pixels wide.
    boxes = [QRectF(200 + 50 * i, 200, 40, 60) for i in range(3)]
    sizes = [QSizeF(90, 26)] * 3
    tags = place_tags(boxes, sizes, FRAME)
    for i, tag in enumerate(tags):
        assert FRAME.contains(tag)
        assert touches(tag, boxes[i]), f"tag {i} is not beside its box"
        others = [t for j, t in enumerate(tags) if j != i]
        assert not any(tag.intersects(t) for t in others), f"tag {i} overlaps another: {tags}"


def test_a_tag_at_the_top_of_the_frame_goes_below_its_box() -> None:
    box = QRectF(600, 2, 30, 40)
    (tag,) = place_tags([box], [QSizeF(90, 26)], FRAME)
    assert FRAME.contains(tag) and tag.top() >= box.bottom()


def test_the_snapshot_paints_every_tag(qtbot: QtBot) -> None:
    frame = np.full((240, 320, 3), 255, np.uint8)
    marks = [Mark((100 + 25 * i, 100, 20, 30), f"{d} · 98 %", selected=(i == 1))
             for i, d in enumerate((3, 7, 1))]
    image = annotated_image(frame, marks)
    selected = QColor(SELECTED_COLOUR).rgb()
    yellow = sum(image.pixel(x, y) == selected for x in range(320) for y in range(240))
    assert yellow > 300, "the selected digit's tag (yellow) must not be covered by the others"
