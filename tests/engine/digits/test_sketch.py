"""The canvas document: what a student draws, erases, undoes and redoes is what the model reads."""

import numpy as np
import pytest

from engine.digits.drawing import CANVAS_SIZE, render_strokes
from engine.digits.sketch import PenStroke, Sketch, picture_to_canvas

SEVEN = [[(60.0, 60.0), (220.0, 60.0), (120.0, 230.0)]]


def draw(sketch: Sketch, stroke: list[tuple[float, float]], erase: bool = False,
         brush: int = 24) -> None:
    sketch.begin(stroke[0], brush, erase)
    for point in stroke[1:]:
        sketch.extend(point)
    sketch.end()


def test_live_pixels_equal_a_replay_of_the_same_strokes() -> None:
    sketch = Sketch()
    draw(sketch, SEVEN[0])
    np.testing.assert_array_equal(sketch.pixels(), render_strokes(SEVEN))


def test_a_click_alone_leaves_a_dot() -> None:
    sketch = Sketch()
    sketch.begin((140.0, 140.0))
    sketch.end()
    assert sketch.pixels()[140, 140] == 255
    assert sketch.state.strokes == (PenStroke(((140.0, 140.0),)),)


def test_undo_and_redo_walk_the_history_and_restore_pixels() -> None:
    sketch = Sketch()
    draw(sketch, SEVEN[0])
    after_seven = sketch.pixels()
    draw(sketch, [(100.0, 150.0), (180.0, 150.0)])
    assert sketch.undo()
    np.testing.assert_array_equal(sketch.pixels(), after_seven)
    assert sketch.undo()
    assert not sketch.pixels().any()
    assert not sketch.undo() and not sketch.can_undo
    assert sketch.redo() and sketch.redo()
    assert not sketch.redo()
    assert len(sketch.state.strokes) == 2


def test_a_new_stroke_after_undo_drops_the_undone_ones() -> None:
    sketch = Sketch()
    draw(sketch, SEVEN[0])
    sketch.undo()
    draw(sketch, [(10.0, 10.0), (20.0, 20.0)])
    assert not sketch.can_redo
    assert len(sketch.state.strokes) == 1


def test_clear_is_undoable_and_clearing_a_blank_canvas_adds_nothing() -> None:
    sketch = Sketch()
    sketch.clear()
    assert not sketch.can_undo
    draw(sketch, SEVEN[0])
    sketch.clear()
    assert not sketch.pixels().any()
    sketch.undo()
    np.testing.assert_array_equal(sketch.pixels(), render_strokes(SEVEN))


def test_the_eraser_removes_ink_and_is_undone_like_a_stroke() -> None:
    sketch = Sketch()
    draw(sketch, SEVEN[0])
    draw(sketch, [(40.0, 60.0), (240.0, 60.0)], erase=True, brush=40)
    assert sketch.pixels()[60, 140] == 0
    sketch.undo()
    assert sketch.pixels()[60, 140] == 255


def test_erasing_a_blank_canvas_leaves_no_history() -> None:
    sketch = Sketch()
    draw(sketch, [(40.0, 60.0), (240.0, 60.0)], erase=True)
    assert not sketch.can_undo


def test_an_opened_picture_is_undoable_and_strokes_go_on_top() -> None:
    sketch = Sketch()
    picture = np.zeros((CANVAS_SIZE, CANVAS_SIZE), np.uint8)
    picture[100:180, 130:150] = 200
    sketch.set_background(picture)
    draw(sketch, [(10.0, 10.0), (30.0, 10.0)])
    pixels = sketch.pixels()
    assert pixels[140, 140] == 200 and pixels[10, 20] == 255
    sketch.undo()
    sketch.undo()
    assert not sketch.pixels().any()


def test_pictures_of_the_wrong_size_are_refused_with_advice() -> None:
    with pytest.raises(ValueError, match="picture_to_canvas"):
        Sketch().set_background(np.zeros((28, 28), np.uint8))


def test_a_dark_digit_on_paper_becomes_light_ink_on_black_and_fits_the_canvas() -> None:
    paper = np.full((600, 300, 3), 235, np.uint8)  # a tall photo: white paper …
    paper[200:400, 140:160] = 20  # … with a dark vertical bar of ink
    canvas = picture_to_canvas(paper)
    assert canvas.shape == (CANVAS_SIZE, CANVAS_SIZE) and canvas.dtype == np.uint8
    assert canvas[140, 140] > 200  # the ink, now light, in the middle
    assert canvas[140, 100] < 40  # the paper, now dark
    assert canvas[140, 10] == 0  # the letterbox beside a tall picture


def test_a_float_grey_picture_with_light_ink_is_kept_as_it_is() -> None:
    picture = np.zeros((28, 28), np.float32)
    picture[10:18, 13:15] = 1.0
    canvas = picture_to_canvas(picture)
    assert canvas[140, 140] == 255 and canvas[20, 20] == 0


def test_a_picture_that_is_not_an_image_is_refused() -> None:
    with pytest.raises(ValueError, match="2-D grey or 3-D colour"):
        picture_to_canvas(np.zeros(5))
