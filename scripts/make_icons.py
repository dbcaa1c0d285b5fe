"""Render CNN Lab's icon (resources/icons/cnn-lab.svg) to the PNG sizes and the Windows .ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py

The PNGs are committed, not made at install time: a freedesktop icon theme wants one PNG per
size (hicolor/16x16/apps/…), some menus and panels cannot draw SVG, and Qt's own window icon
looks sharper from a PNG of the exact size than from an SVG scaled at run time. Run this after
every change to the SVG; tests/gui/test_icons.py fails when a PNG no longer matches it.

The .ico holds the same PNGs (Windows Vista and later read PNG-compressed icon entries): it is
the icon of the desktop shortcut that the offline installer's install.bat makes.
"""

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.desktop_entry import ICON_SIZES, icon_file  # noqa: E402 - after the path is set

ICONS = ROOT / "resources" / "icons"
SVG = icon_file(None)


def png_path(size: int) -> Path:
    """Where the PNG of one size lives: ``resources/icons/cnn-lab-<size>.png``."""
    return icon_file(size)


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` × ``size`` image, antialiased."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG in memory (for the .ico entries)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A multi-size .ico whose entries are PNGs (ICONDIR, one ICONDIRENTRY each, the data).

    Qt's ico writer stores one image only; Windows picks the entry closest to the size it
    draws, so every size goes in.
    """
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen is needed
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {}
    for size in ICON_SIZES:
        image = render(SVG, size)
        if not image.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"could not write {png_path(size)}")
        pngs[size] = png_bytes(image)
        print(f"wrote {png_path(size).relative_to(ROOT)}")
    (ICONS / "cnn-lab.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {(ICONS / 'cnn-lab.ico').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
