"""engine.lessons.zoom: fitting, zooming under the pointer and the pixels a view shows, by hand."""

import pytest

from engine.lessons.zoom import (
    MAX_SCALE,
    Viewport,
    clamped,
    fit_viewport,
    label_font_size,
    screen_to_image,
    visible_pixels,
    zoomed,
)


def test_fit_shows_the_whole_image_centred() -> None:
    view = fit_viewport(512, 256, view_w=400, view_h=300)
    assert view == Viewport(300 / 512, 128, 256)  # height limits: 300 px for 512 rows
    assert visible_pixels(view, 400, 300, 512, 256) == (range(0, 512), range(0, 256))


def test_zoom_keeps_the_point_under_the_pointer() -> None:
    view = Viewport(2.0, 50.0, 50.0)
    # Pointer at screen (300, 100) of a 400×400 view: 100 px right of and 100 px above the
    # centre, i.e. 50 image pixels each way at scale 2: image (100, 0).
    anchor = screen_to_image(view, 300, 100, 400, 400)
    assert anchor == (100.0, 0.0)
    closer = zoomed(view, 4.0, *anchor, min_scale=1.0)
    assert closer.scale == 8.0
    assert screen_to_image(closer, 300, 100, 400, 400) == pytest.approx(anchor)


def test_zoom_stops_at_its_limits() -> None:
    view = Viewport(100.0, 10.0, 10.0)
    assert zoomed(view, 10.0, 10.0, 10.0, min_scale=1.0).scale == MAX_SCALE
    assert zoomed(view, 0.001, 10.0, 10.0, min_scale=2.0).scale == 2.0


def test_visible_pixels_when_zoomed_in() -> None:
    # 40 screen px per pixel, 200×120 view centred on (10, 6): x 7.5…12.5, y 4.5…7.5.
    view = Viewport(40.0, 10.0, 6.0)
    assert visible_pixels(view, 200, 120, 100, 100) == (range(4, 8), range(7, 13))
    # Near the corner the range stops at the image's edge.
    corner = Viewport(40.0, 0.5, 0.5)
    assert visible_pixels(corner, 200, 120, 100, 100) == (range(0, 2), range(0, 3))


def test_a_pan_cannot_lose_the_image() -> None:
    assert clamped(Viewport(4.0, -30.0, 900.0), 512, 256) == Viewport(4.0, 0.0, 512.0)


def test_numbers_appear_only_in_pixels_big_enough() -> None:
    assert label_font_size(8.0, lines=1) is None  # the whole photo: no numbers
    single = label_font_size(30.0, lines=1)
    assert single is not None and 9 <= single <= 30
    # Three stacked numbers need a bigger pixel than one.
    assert label_font_size(30.0, lines=3) is None
    triple = label_font_size(60.0, lines=3)
    assert triple is not None and 3 * 1.2 * triple <= 60
    assert label_font_size(1000.0, lines=1) == 30.0  # a comfortable maximum
