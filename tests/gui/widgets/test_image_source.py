"""The image lessons' picture chooser: samples, the live drawing, files, and bad files."""

from pathlib import Path

import cv2
import numpy as np
from pytestqt.qtbot import QtBot

from gui.session import LabSession
from gui.widgets.image_source import DRAWING, ImageSource


def test_opens_on_the_astronaut_and_offers_every_sample(qtbot: QtBot) -> None:
    source = ImageSource(LabSession())
    qtbot.addWidget(source)
    assert source.current_key() == "astronaut" and source.image().shape == (512, 512, 3)
    texts = [source.combo.itemText(i) for i in range(source.combo.count())]
    assert "Photo: cameraman (grey)" in texts and "My drawing (Draw tab)" in texts


def test_my_drawing_follows_the_draw_tab_live(qtbot: QtBot) -> None:
    session = LabSession()
    source = ImageSource(session)
    qtbot.addWidget(source)
    source.choose(DRAWING)
    assert not source.image().any()  # nothing drawn yet: a black canvas
    drawing = np.zeros((280, 280), np.uint8)
    drawing[100:180, 130:150] = 255
    with qtbot.waitSignal(source.imageChanged):
        session.set_drawing(drawing)
    np.testing.assert_array_equal(source.image(), drawing)


def test_an_image_file_is_added_and_a_bad_one_is_explained(qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    source = ImageSource(LabSession())
    qtbot.addWidget(source)
    good = tmp_path / "square.png"
    cv2.imwrite(str(good), np.full((40, 60), 200, np.uint8))
    assert source.open_file(good)
    assert source.image().shape == (40, 60) and source.combo.currentText() == "square.png"
    bad = tmp_path / "bad.png"
    bad.write_text("not an image")
    assert not source.open_file(bad)
    assert "bad.png" in source.problem.text() and not source.problem.isHidden()
    assert source.image().shape == (40, 60)  # the previous picture stays
    assert source.combo.findText("bad.png") == -1


def test_a_file_that_is_not_an_image_is_explained_in_portuguese(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    from gui import i18n

    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    source = ImageSource(LabSession())
    qtbot.addWidget(source)
    bad = tmp_path / "photo.png"
    bad.write_text("not an image")
    assert not source.open_file(bad)
    assert source.problem.text().startswith("photo.png: este arquivo não é uma imagem")
