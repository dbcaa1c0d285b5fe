"""The feature maps of one layer as a grid of thumbnails, so students can compare them.

Each channel of a layer output ``(H, W, C)`` gets a small ViewBox holding one ImageItem,
titled with its channel number (0-based, as Keras counts). By default the maps of a layer
share one colour scale, so a pale map really is a weak one (``shared_levels=False``: each
map over its own range). ``ThumbnailGrid`` is the grid alone; ``FilterGrid`` uses it too.

``set_maps`` runs live while a person draws: with the same number and size of maps it only
hands new pixels to the existing items (a rebuild costs 20–30× more; see
``benchmarks/bench_feature_maps.py``). Colours are computed here, for all maps in one NumPy
step: given float data and a colour map, pyqtgraph rebuilds a 256-colour table in Python for
every image at every repaint, which was most of an update's time (≈ 0.1 ms per map).
"""

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from gui import style

Levels = tuple[float, float]
Pixel = tuple[int, int, int]  # (thumbnail, row, col)

BACKGROUND = style.CHART_BACKGROUND
TITLE_COLOUR = style.CHART_TEXT
TITLE_SIZE = "10pt"
# Magenta appears in neither viridis nor the blue–white–red map, so the frame always stands out.
SELECTED_COLOUR = QColor("#ff40c0")
FRAME_MARGIN = 0.08  # free space around each map (a fraction of its size) for the frame


def grid_columns(count: int) -> int:
    """Columns for a roughly square grid of ``count`` thumbnails."""
    return max(1, math.ceil(math.sqrt(count)))


def per_map_levels(stack: np.ndarray, shared: bool) -> list[Levels]:
    """(low, high) for each map of ``stack`` (N, H, W), ignoring NaN and infinities.

    Flat maps get a range one unit wide, so a dead ReLU map shows as the lowest colour
    instead of making the colour scale divide by zero.
    """
    flat = stack.reshape(len(stack), -1)
    if np.isfinite(flat).all():
        lows, highs = flat.min(axis=1), flat.max(axis=1)
    else:
        masked = np.ma.masked_invalid(flat)
        lows = masked.min(axis=1).filled(0.0)
        highs = masked.max(axis=1).filled(0.0)
    if shared and len(flat):
        lows, highs = np.full(len(flat), lows.min()), np.full(len(flat), highs.max())
    highs = np.where(highs > lows, highs, lows + 1.0)
    return [(float(low), float(high)) for low, high in zip(lows, highs, strict=True)]


def colourise(stack: np.ndarray, levels: Sequence[Levels], lut: np.ndarray) -> np.ndarray:
    """(N, H, W) values → (N, H, W, 3) uint8 through ``lut`` (K × 3), one level pair per map.

    Binned as pyqtgraph bins: K equal steps from low to high; NaN takes the lowest colour.
    """
    bounds = np.asarray(levels, dtype=np.float32).reshape(len(stack), 2, 1, 1)
    lows, highs = bounds[:, 0], bounds[:, 1]
    index = (stack - lows) * (len(lut) / (highs - lows))
    np.nan_to_num(index, copy=False, nan=0.0)
    np.clip(index, 0, len(lut) - 1, out=index)
    return lut[index.astype(np.intp)]


class ThumbnailGrid(pg.GraphicsLayoutWidget):
    """Titled small images in a roughly square grid, with pixel lookup and one selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # GraphicsLayoutWidget copies ci.clear onto the instance, which would hide the
        # subclasses' clear() and leave the item lists stale: drop the copy.
        del self.clear
        self.setBackground(BACKGROUND)
        self.ci.setContentsMargins(4, 4, 4, 4)
        self.ci.setSpacing(3)
        # Python references to every item: PySide6 would otherwise let them be collected.
        self._views: list[pg.ViewBox] = []
        self._images: list[pg.ImageItem] = []
        self._titles: list[pg.LabelItem] = []
        self._frames: list[QGraphicsRectItem] = []
        self._shape: tuple[int, ...] = (0,)  # stack shape the items were built for
        self.columns: int | None = None  # None: a roughly square grid; n: n per row
        self._selected: int | None = None
        self._pressed: int | None = None

    # -- queries ----------------------------------------------------------------------------
    def thumbnail_count(self) -> int:
        return len(self._images)

    def thumbnail_shape(self) -> tuple[int, int]:
        """(height, width) of each thumbnail's image, (0, 0) when empty."""
        return (self._shape[1], self._shape[2]) if len(self._shape) >= 3 else (0, 0)

    def title(self, index: int) -> str:
        return self._titles[index].text

    def image_item(self, index: int) -> pg.ImageItem:
        return self._images[index]

    def selected_index(self) -> int | None:
        return self._selected

    def map_rect(self, index: int) -> QRectF:
        """Where thumbnail ``index``'s image is drawn, in viewport (widget) coordinates."""
        self._views[index].updateMatrix()
        image = self._images[index]
        return self.viewportTransform().mapRect(image.mapRectToScene(image.boundingRect()))

    def pixel_centre(self, index: int, row: int, col: int) -> QPointF:
        """The centre of one image pixel, in viewport coordinates (for tests and overlays)."""
        self._views[index].updateMatrix()
        scene = self._images[index].mapToScene(QPointF(col + 0.5, row + 0.5))
        return self.viewportTransform().map(scene)

    def pixel_at(self, position: QPointF) -> Pixel | None:
        """(thumbnail, row, col) under a viewport position, or None between the maps."""
        scene = self.viewportTransform().inverted()[0].map(QPointF(position))
        height, width = self.thumbnail_shape()
        for index, view in enumerate(self._views):
            if not view.sceneBoundingRect().contains(scene):
                continue
            view.updateMatrix()
            local = self._images[index].mapFromScene(scene)
            row, col = math.floor(local.y()), math.floor(local.x())
            return (index, row, col) if 0 <= row < height and 0 <= col < width else None
        return None

    # -- selection --------------------------------------------------------------------------
    def select(self, index: int | None) -> None:
        """Frame thumbnail ``index`` (None: no frame). Does not emit anything."""
        if index is not None and not 0 <= index < len(self._images):
            raise IndexError(f"thumbnail {index} out of range 0..{len(self._images) - 1}")
        self._selected = index
        for i, frame in enumerate(self._frames):
            frame.setVisible(i == index)

    # -- contents ---------------------------------------------------------------------------
    def clear_thumbnails(self) -> None:
        self.ci.clear()
        self._forget_items()

    def close(self) -> bool:
        # pyqtgraph's close() deletes every item in the scene: forget them, so that a late
        # event (a language change before deleteLater runs) finds an empty grid, not dead items.
        self._forget_items()
        return super().close()

    def _forget_items(self) -> None:
        self._views, self._images, self._titles, self._frames = [], [], [], []
        self._shape = (0,)
        self._selected = None

    def _show_stack(self, rgb: np.ndarray, titles: Sequence[str]) -> bool:
        """Show ``rgb[i]`` (H, W, 3) uint8 in thumbnail i. True when the grid was rebuilt."""
        rebuild = rgb.shape != self._shape
        if rebuild:
            selected = self._selected
            self.clear_thumbnails()
            self._build(len(rgb), rgb.shape[1], rgb.shape[2])
            self._shape = rgb.shape
            self.select(selected if selected is not None and selected < len(rgb) else None)
        for image, data in zip(self._images, rgb, strict=True):
            image.setImage(data, autoLevels=False)  # uint8 RGB, no levels: used as it is
        for label, text in zip(self._titles, titles, strict=True):
            if label.text != text:
                label.setText(text)
        return rebuild

    def _build(self, count: int, height: int, width: int) -> None:
        columns = self.columns or grid_columns(count)
        for index in range(count):
            row, col = divmod(index, columns)
            title = self.ci.addLabel(" ", row=2 * row, col=col, size=TITLE_SIZE,
                                     color=TITLE_COLOUR)
            view = self.ci.addViewBox(row=2 * row + 1, col=col, lockAspect=True,
                                      enableMouse=False, enableMenu=False, invertY=True)
            # Thumbnails only: the titles keep their text height, the maps take the rest.
            self.ci.layout.setRowStretchFactor(2 * row + 1, 1)
            image = pg.ImageItem(axisOrder="row-major")
            view.addItem(image)
            frame = self._make_frame(height, width)
            view.addItem(frame, ignoreBounds=True)
            view.setRange(QRectF(0, 0, width, height), padding=FRAME_MARGIN)
            view.disableAutoRange()  # the range is fixed; autorange would run on every update
            self._titles.append(title)
            self._views.append(view)
            self._images.append(image)
            self._frames.append(frame)

    @staticmethod
    def _make_frame(height: int, width: int) -> QGraphicsRectItem:
        margin = 0.5 * FRAME_MARGIN * max(height, width)
        frame = QGraphicsRectItem(-margin, -margin, width + 2 * margin, height + 2 * margin)
        pen = QPen(SELECTED_COLOUR, 3)
        pen.setCosmetic(True)  # 3 screen pixels whatever the zoom
        frame.setPen(pen)
        frame.setVisible(False)
        return frame

    # -- mouse: subclasses react through _pointer_moved / _thumbnail_clicked -------------------
    def mouseMoveEvent(self, ev: QMouseEvent) -> None:
        super().mouseMoveEvent(ev)
        # Our own lookup, not the scene's rate-limited sigMouseMoved: no move is dropped.
        self._pointer_moved(self.pixel_at(ev.position()))

    def leaveEvent(self, ev: object) -> None:
        super().leaveEvent(ev)
        self._pointer_moved(None)

    def mousePressEvent(self, ev: QMouseEvent) -> None:
        super().mousePressEvent(ev)
        hit = self.pixel_at(ev.position()) if ev.button() == Qt.MouseButton.LeftButton else None
        self._pressed = None if hit is None else hit[0]
        ev.setAccepted(hit is not None or ev.isAccepted())

    def mouseReleaseEvent(self, ev: QMouseEvent) -> None:
        super().mouseReleaseEvent(ev)
        hit = self.pixel_at(ev.position())
        pressed, self._pressed = self._pressed, None
        # A click is a press and a release on the same map.
        if ev.button() == Qt.MouseButton.LeftButton and hit is not None and hit[0] == pressed:
            ev.accept()
            self._thumbnail_clicked(pressed)

    def _pointer_moved(self, hit: Pixel | None) -> None:
        """Called on every mouse move with the pixel under the pointer (None: none)."""

    def _thumbnail_clicked(self, index: int) -> None:
        """Called when a thumbnail is clicked with the left button."""


class FeatureMapGrid(ThumbnailGrid):
    """The C maps of one layer output (H, W, C), viridis-coloured, with hover and click."""

    hovered = Signal(int, int, int, float)  # channel, row, col, value
    left = Signal()  # the pointer is no longer over a map pixel
    clicked = Signal(int)  # channel; it is selected as well

    def __init__(self, shared_levels: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("featureMapGrid")
        self._shared_levels = shared_levels
        self._stack = np.zeros((0, 0, 0), dtype=np.float32)  # (C, H, W)
        self._levels: list[Levels] = []
        self._viridis = pg.colormap.get("viridis").getLookupTable(nPts=256)
        self._hover: tuple[int, int, int, float] | None = None

    def set_maps(self, maps: np.ndarray) -> None:
        """Show a layer output (H, W, C); reuses the items when C, H and W are unchanged."""
        maps = np.asarray(maps)
        if maps.ndim != 3:
            raise ValueError(f"feature maps must be (H, W, C), got shape {maps.shape}")
        # One channel-first copy: each map contiguous for its item, and safe from the caller.
        self._stack = np.ascontiguousarray(np.moveaxis(maps, -1, 0), dtype=np.float32)
        self._levels = per_map_levels(self._stack, self._shared_levels)
        titles = [str(channel) for channel in range(len(self._stack))]
        rgb = colourise(self._stack, self._levels, self._viridis)
        rebuilt = self._show_stack(rgb, titles)
        if self._hover is not None:
            # A resting pointer: report the new value under it (maps change while the person
            # draws), or that it is lost if the grid was rebuilt under it.
            self._pointer_moved(None if rebuilt else self._hover[:3])

    def clear(self) -> None:
        self.clear_thumbnails()
        self._stack = np.zeros((0, 0, 0), dtype=np.float32)
        self._levels = []
        self._pointer_moved(None)

    def maps(self) -> np.ndarray:
        """The maps shown, (H, W, C) float32 (a view: do not modify)."""
        return np.moveaxis(self._stack, 0, -1)

    def channel_count(self) -> int:
        return self.thumbnail_count()

    def selected_channel(self) -> int | None:
        return self.selected_index()

    def shared_levels(self) -> bool:
        return self._shared_levels

    def set_shared_levels(self, shared: bool) -> None:
        self._shared_levels = shared
        if len(self._stack):
            self.set_maps(self.maps())

    def levels(self, channel: int) -> Levels:
        """The values drawn as the darkest and the brightest colour of map ``channel``."""
        return self._levels[channel]

    def _pointer_moved(self, hit: Pixel | None) -> None:
        if hit is None:
            if self._hover is not None:
                self._hover = None
                self.left.emit()
            return
        channel, row, col = hit
        hover = (channel, row, col, float(self._stack[channel, row, col]))
        if hover != self._hover:  # moves inside one pixel say nothing new
            self._hover = hover
            self.hovered.emit(*hover)

    def _thumbnail_clicked(self, index: int) -> None:
        self.select(index)
        self.clicked.emit(index)


if __name__ == "__main__":
    from gui.preview import run_preview

    def _demo() -> FeatureMapGrid:
        grid = FeatureMapGrid()
        grid.set_maps(np.random.default_rng(0).random((26, 26, 32)))
        return grid

    raise SystemExit(run_preview(_demo))
