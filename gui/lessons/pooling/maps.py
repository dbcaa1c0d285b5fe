"""The pooling lesson's second input: a real feature map of the drawing, pooled, as images.

A first-layer feature map of the digits CNN is 28 × 28: 784 numbers are too many to read, so
the map and its max- and average-pooled versions are heat images, on one colour scale so
that the same colour means the same activation in all three. Cyan squares mark each max
window's winning cell; pointing at a pooled pixel outlines its window on the input.
"""

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from engine.lessons.invariance import first_feature_maps
from engine.numerics import ops
from gui import i18n
from gui.lessons.pooling.widgets import (
    heat_view,
    place_markers,
    row,
    winner_markers,
)
from gui.session import LabSession
from gui.widgets.big_label import big_label
from gui.widgets.spin import spin

INPUT_VIEW_SIZE = 300
OUTPUT_VIEW_SIZE = 200
STRONG_FRACTION = 0.25  # winners are marked in windows at least this strong (of the map's max)


class FeatureMapPanel(QWidget):
    """One channel of the first convolution block's output for the drawing, and its pooling."""

    mapChanged = Signal()  # another map (or none) is shown: its size may have changed

    def __init__(self, session: LabSession | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._window, self._stride = 2, 2
        self._maps: np.ndarray | None = None  # (H, W, C) of the chosen layer
        self._layer = ""
        self._from_sample = False
        self._active = False
        self._stale = False  # the session changed while the panel was out of sight
        self._sample: np.ndarray | None = None
        self._build()
        if session is not None:
            for signal in (session.modelChanged, session.inputChanged):
                signal.connect(self._session_changed)
        self.retranslate()

    def _build(self) -> None:
        self.channel_label = QLabel()
        self.channel_spin = spin("channelSpin", 1, 1, width=64)
        self.status = big_label("featureMapStatus", 11)
        self.hover_label = big_label("mapHoverLabel", 12)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.input_view = heat_view("inputMapView", INPUT_VIEW_SIZE)
        self.max_view = heat_view("maxMapView", OUTPUT_VIEW_SIZE)
        self.avg_view = heat_view("avgMapView", OUTPUT_VIEW_SIZE)
        self.markers = winner_markers(self.input_view)
        self.captions = [big_label(name, 11, bold=True)
                         for name in ("inputMapCaption", "maxMapCaption", "avgMapCaption")]
        images = QGridLayout()
        for column, (caption, view) in enumerate(zip(
                self.captions, (self.input_view, self.max_view, self.avg_view), strict=True)):
            images.addWidget(caption, 0, column)
            images.addWidget(view, 1, column, Qt.AlignmentFlag.AlignTop)
        images.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        chooser = row(self.channel_label, self.channel_spin)
        chooser.addWidget(self.status, 1)  # the status takes the rest of the line
        layout.addLayout(chooser)
        layout.addLayout(images)
        layout.addWidget(self.hover_label)
        layout.addWidget(self.legend)
        self.channel_spin.valueChanged.connect(self._show)
        for view in (self.max_view, self.avg_view):
            view.hovered.connect(self._output_hovered)
            view.left.connect(self._hover_ended)

    # -- state a test or the lesson reads ------------------------------------------------------
    def channel_map(self) -> np.ndarray | None:
        """The feature map shown (H, W), or None while there is none."""
        if self._maps is None:
            return None
        return self._maps[:, :, self.channel_spin.value() - 1]

    def is_ready(self) -> bool:
        return self._maps is not None

    def set_pooling(self, window: int, stride: int) -> None:
        self._window, self._stride = window, stride
        self._show()

    def activate(self) -> None:
        """The panel is on screen: load the model if needed and read the drawing."""
        self._active = True
        if self.session is not None:
            self.session.ensure_model()
        self.refresh()

    def deactivate(self) -> None:
        self._active = False

    # -- computing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Run the model on the drawing (or a sample digit) and show the chosen channel."""
        self._maps, self._layer, self._stale = None, "", False
        loaded = self.session.current if self.session is not None else None
        if loaded is not None and not self.session.busy:
            image, self._from_sample = self._input_image()
            record = first_feature_maps(loaded.predictor.activations(image))
            if record is not None:
                self._maps, self._layer = np.asarray(record.output, np.float64), record.name
                self._choose_channel()
        self._show()

    def _input_image(self) -> tuple[np.ndarray, bool]:
        if self.session.input_image is not None:
            return self.session.input_image, False
        if self._sample is None:
            from engine.datasets.catalog import load_sample  # only when nothing is drawn

            data = load_sample()
            self._sample = data.x_test[data.y_test == 5][0].astype(np.float32) / 255.0
        return self._sample, True

    def _choose_channel(self) -> None:
        """Open on the map whose peaks stand out most from its background: a dead map, or one
        lit everywhere, teaches nothing about what the maximum keeps."""
        channels = self._maps.shape[2]
        flat = self._maps.reshape(-1, channels)
        contrast = flat.max(axis=0) - np.median(flat, axis=0)
        self.channel_spin.blockSignals(True)
        self.channel_spin.setRange(1, channels)
        self.channel_spin.setValue(int(contrast.argmax()) + 1)
        self.channel_spin.blockSignals(False)

    def pooled(self) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """(max, average, winning cells) for the map shown, or None if the window is too big."""
        image = self.channel_map()
        if image is None or self._window > min(image.shape):
            return None
        return (ops.max_pool2d(image, self._window, self._stride),
                ops.avg_pool2d(image, self._window, self._stride),
                ops.max_pool_argmax(image, self._window, self._stride))

    # -- showing ---------------------------------------------------------------------------------
    def _show(self) -> None:
        self.channel_spin.setEnabled(self._maps is not None)
        self._hover_ended()
        image, results = self.channel_map(), self.pooled()
        if image is None or results is None:
            for view in (self.input_view, self.max_view, self.avg_view):
                view.set_image(np.zeros((1, 1)))
            self.markers.setData(x=[], y=[])
            self._write_status()
            self.mapChanged.emit()
            return
        levels = (0.0, max(float(image.max()), 1e-6))  # one scale: same colour, same value
        self.input_view.set_image(image, levels)
        self.max_view.set_image(results[0], levels)
        self.avg_view.set_image(results[1], levels)
        # Every window has a winner, but ~200 marks hide the picture: mark those that matter.
        strong = results[0] >= STRONG_FRACTION * float(image.max())
        place_markers(self.markers, results[2][strong & (results[0] > 0)])
        self._write_status()
        self.mapChanged.emit()

    def _write_status(self) -> None:
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        if self.session is None:
            return self.tr("Feature maps need a model; this window has none.")
        loaded = self.session.current
        if loaded is None or self.session.busy:
            return self.tr("Loading the digits model…")
        if self._maps is None:
            return self.tr("The model in use ({name}) has no convolutional layer: choose a "
                           "CNN in the Draw tab.").format(name=loaded.entry.path.stem)
        whose = (self.tr("a sample digit (nothing is drawn yet)") if self._from_sample
                 else self.tr("your drawing"))
        if self.pooled() is None:
            whose += " — " + self.tr("the window is larger than the map")
        return self.tr("of {count} in layer {layer}, for {whose}").format(
            count=i18n.integer(self._maps.shape[2]), layer=self._layer, whose=whose)

    def _output_hovered(self, row_: int, col: int, _value: float) -> None:
        results = self.pooled()
        if results is None or row_ >= results[0].shape[0] or col >= results[0].shape[1]:
            return
        top, left = row_ * self._stride, col * self._stride
        self.input_view.set_outline(top, left, top + self._window, left + self._window)
        for view in (self.max_view, self.avg_view):
            view.set_outline(row_, col, row_ + 1, col + 1)
        text = self.tr("Window at row {row}, column {col}: max {max}, average {avg}")
        self.hover_label.setText(text.format(
            row=row_ + 1, col=col + 1, max=i18n.number(results[0][row_, col], 2),
            avg=i18n.number(results[1][row_, col], 2)))

    def _hover_ended(self) -> None:
        for view in (self.input_view, self.max_view, self.avg_view):
            view.hide_outline()
        self.hover_label.setText(self.tr("Point at a pooled pixel to outline its window."))

    def _session_changed(self) -> None:
        # Every stroke in the Draw tab lands here: run the model only if this is on screen.
        if self._active and self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._active and self._stale:
            self.refresh()

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.channel_label.setText(self.tr("Feature map"))
        self.channel_spin.setToolTip(self.tr(
            "Which of the layer's feature maps to pool: each comes from a different filter."))
        self.legend.setText(self.tr(
            "One colour scale for all three images: black is 0, yellow the map's strongest "
            "activation. Cyan squares: where the max came from, in each window that holds a "
            "strong activation (at least a quarter of the strongest)."))
        for caption, text in zip(self.captions, (self.tr("Feature map (input)"),
                                                 self.tr("Max pooling"),
                                                 self.tr("Average pooling")), strict=True):
            caption.setText(text)
        self._show()
