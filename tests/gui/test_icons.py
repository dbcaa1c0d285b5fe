"""The application icon: committed PNGs that match the SVG, and the window that uses them."""

import struct
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from engine.desktop_entry import ICON_SIZES, icon_file
from gui.app import application_icon

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import make_icons  # noqa: E402 - scripts/ is not a package


def channel(image: QImage, x: int, y: int, shift: int) -> int:
    """One 8-bit channel (blue, green, red or alpha by ``shift``) of a pixel."""
    return (image.pixel(x, y) >> shift) & 0xFF


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(size: int) -> None:
    """Fails when the SVG changed and scripts/make_icons.py was not run again."""
    committed = QImage(str(icon_file(size))).convertToFormat(QImage.Format.Format_ARGB32)
    fresh = make_icons.render(icon_file(None), size)
    assert (committed.width(), committed.height()) == (size, size)
    worst = max(abs(channel(committed, x, y, shift) - channel(fresh, x, y, shift))
                for x in range(size) for y in range(size) for shift in (0, 8, 16, 24))
    assert worst <= 2, f"{icon_file(size).name} is stale: run scripts/make_icons.py"


def test_the_windows_icon_file_holds_every_size() -> None:
    data = (ROOT / "resources/icons/cnn-lab.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICON_SIZES))
    widths = [data[6 + 16 * i] or 256 for i in range(count)]
    assert widths == list(ICON_SIZES)


def test_the_application_icon_has_every_size(qapp: QApplication) -> None:
    sizes = {size.width() for size in application_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)
