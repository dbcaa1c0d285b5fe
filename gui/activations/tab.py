"""Tab "Ativações": the network's layers, and what each one makes of the current input.

Left, the model as a clickable list (like ``model.summary()``). Centre, the selected layer's
output: feature maps as a grid of images (hover one: its value, and the input region it sees
outlined on the input; click one: enlarged), or a bar chart for flat layers (the last one is
the class probabilities). Right, the input itself, with "Where did the network look?" (Grad-CAM)
over it, and tabs for the enlarged map and the layer's learned filters.

The input is chosen in a bar above (``photo_source``): whatever the session holds (the
drawing, live while drawing), a CIFAR-10 test photo, or a photo opened from a file. A colour
input is shown in colour with its three channels, and a colour model's first-layer filters as
colour tiles. The kind of picture is checked against the model first
(``engine.models.input_kind``): a colour photo for a grey model is shown to it in grey, with a
note; a grey drawing for a colour model is refused with a message, since the model's answer
would mean nothing. Updates are coalesced by a short timer and only done while the tab is
visible.
"""

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.activations.channels import pixmap_of
from gui.activations.photo_source import CIFAR, DRAWING, PhotoSource
from gui.session import LabSession
from gui.widgets.feature_maps import FeatureMapGrid
from gui.widgets.filter_grid import FilterGrid
from gui.widgets.layer_list import INPUT_ROW, LayerList
from gui.widgets.model_selector import ModelSelector
from gui.widgets.pixel_view import PixelView
from gui.widgets.vector_chart import VectorChart

REFRESH_EVERY_MS = 40
RIGHT_PANEL_WIDTH = 250
FILTER_TILE = 60  # px: one 3 × 3 colour filter, enlarged without blur
MAPS, BARS, EMPTY = 0, 1, 2  # pages of the centre stack
CONVOLUTIONS = ("Conv2D", "DepthwiseConv2D", "SeparableConv2D")


class ActivationsTab(QWidget):
    """Layer list, the selected layer's outputs, the input with receptive field and Grad-CAM."""

    def __init__(self, session: LabSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationsTab")
        self.session = session
        self.selector = ModelSelector(session)
        self.source = PhotoSource(session)
        self.channels = self.source.channels  # the photo's R, G and B, beside it in the bar
        self.layers = LayerList()
        self._build_centre()
        self._build_right()
        self._build_layout()
        self._outputs: dict[str, np.ndarray] = {}
        self._explainer: object | None = None
        self._refusal = ""  # why the input cannot be shown to this model ("" if it can)
        self._stale = True
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_EVERY_MS)
        self._timer.timeout.connect(self.refresh)
        session.inputChanged.connect(self._input_changed)
        session.modelChanged.connect(self._model_changed)
        session.inspectRequested.connect(lambda: self.source.set_source(DRAWING))
        self.source.changed.connect(self._schedule)
        self.layers.layerChosen.connect(self._show_layer)
        self.maps.hovered.connect(self._map_hovered)
        self.maps.left.connect(self._pointer_left)
        self.maps.clicked.connect(self._map_clicked)
        self.bars.hovered.connect(self._bar_hovered)
        self.bars.left.connect(self._pointer_left)
        self.input_view.hovered.connect(self._input_hovered)
        self.grad_cam_check.toggled.connect(self._grad_cam_toggled)
        self.shared_scale_check.toggled.connect(self.maps.set_shared_levels)
        self.retranslate()
        self._model_changed()
        session.ensure_model()

    # -- layout --------------------------------------------------------------------------------
    def _build_centre(self) -> None:
        self.layer_title = QLabel()
        self.layer_title.setObjectName("layerTitle")
        self.layer_title.setWordWrap(True)
        self.maps = FeatureMapGrid()
        self.maps.setObjectName("featureMaps")
        self.bars = VectorChart()
        self.bars.setObjectName("layerBars")
        self.empty_note = QLabel()
        self.empty_note.setObjectName("activationsEmpty")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        self.shared_scale_check = QCheckBox()
        self.shared_scale_check.setObjectName("sharedScaleCheck")
        self.shared_scale_check.setChecked(True)
        self.centre = QStackedWidget()
        for widget in (self.maps, self.bars, self.empty_note):
            self.centre.addWidget(widget)
        self.hover_info = QLabel()
        self.hover_info.setObjectName("hoverInfo")
        self.hover_info.setWordWrap(True)
        self.hover_info.setMinimumHeight(40)

    def _build_right(self) -> None:
        self.input_title = QLabel()
        self.input_view = PixelView()
        self.input_view.setObjectName("inputView")
        self.input_view.setMinimumSize(180, 180)
        self.input_note = QLabel()
        self.input_note.setObjectName("inputKindNote")
        self.input_note.setWordWrap(True)
        self.input_note.hide()
        self.grad_cam_check = QCheckBox()
        self.grad_cam_check.setObjectName("gradCamCheck")
        self.grad_cam_note = QLabel()
        self.grad_cam_note.setWordWrap(True)
        self.enlarged = PixelView("viridis")
        self.enlarged.setObjectName("enlargedMap")
        self.filters = FilterGrid()
        self.filters.setObjectName("filterGrid")
        self.filter_slices = FilterGrid()
        self.filter_slices.setObjectName("filterSlices")
        self.filter_slices.columns = 3  # R, G and B side by side
        self.slices_caption = QLabel()
        self.slices_caption.setObjectName("filterSlicesCaption")
        self.slices_caption.setWordWrap(True)
        # A colour filter in detail: its three signed 3×3 slices, large, in a tab of their own.
        self.filter_tile = QLabel()  # the chosen filter as one colour tile, enlarged
        self.filter_tile.setObjectName("filterColourTile")
        self.filter_tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slices_page = QWidget()
        slices_column = QVBoxLayout(self.slices_page)
        slices_column.setContentsMargins(0, 0, 0, 0)
        slices_column.addWidget(self.filter_tile)
        slices_column.addWidget(self.slices_caption)
        slices_column.addWidget(self.filter_slices, 1)
        self.no_filters = QLabel()
        self.no_filters.setWordWrap(True)
        self.no_filters.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.filter_stack = QStackedWidget()
        self.filter_stack.addWidget(self.filters)
        self.filter_stack.addWidget(self.no_filters)
        self.details = QTabWidget()
        self.details.setObjectName("activationDetails")
        self.details.addTab(self.enlarged, "")
        self.details.addTab(self.filter_stack, "")
        self.details.addTab(self.slices_page, "")
        self.details.setTabVisible(2, False)

    def _build_layout(self) -> None:
        centre = QWidget()
        centre_column = QVBoxLayout(centre)
        centre_column.addWidget(self.layer_title)
        centre_column.addWidget(self.centre, 1)
        centre_column.addWidget(self.shared_scale_check)
        centre_column.addWidget(self.hover_info)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.addWidget(self.input_title)
        right_column.addWidget(self.input_note)
        right_column.addWidget(self.input_view, 2)
        right_column.addWidget(self.grad_cam_check)
        right_column.addWidget(self.grad_cam_note)
        right_column.addWidget(self.details, 3)
        splitter = self.splitter = QSplitter()
        splitter.setObjectName("activationsSplitter")
        for widget in (self.layers, centre, right):
            splitter.addWidget(widget)
        # The maps get the room the list and the input view do not need.
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([340, 560, 280])
        column = QVBoxLayout(self)
        column.addWidget(self.selector)
        column.addWidget(self.source)
        row = QHBoxLayout()
        row.addWidget(splitter)
        column.addLayout(row, 1)

    # -- model and input -----------------------------------------------------------------------
    def _model_changed(self) -> None:
        loaded = self.session.current
        self._explainer = None
        # The outputs were computed by the previous model: its input may have another shape
        # ((28, 28) against (28, 28, 1)), and Grad-CAM or a language switch must not feed them
        # to the new model's explainer before refresh() runs (the tab may be hidden).
        self._outputs = {}
        self.layers.set_model(loaded.model if loaded is not None else None)
        self._give_the_maps_the_room()
        self._schedule()

    def _give_the_maps_the_room(self) -> None:
        """The list as narrow as its columns allow, the input view fixed, the maps the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        listing = self.layers.minimumSizeHint().width()
        right = RIGHT_PANEL_WIDTH
        self.splitter.setSizes([listing, max(total - listing - right, 1), right])

    def _input_changed(self) -> None:
        self._schedule()

    def _schedule(self) -> None:
        self._stale = True
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._give_the_maps_the_room()
        if self._stale:
            self.refresh()

    def is_settled(self) -> bool:
        """True when what is shown matches the session's model and input (tests wait on this)."""
        return not self._stale and not self._timer.isActive() and not self.session.busy

    def refresh(self) -> None:
        """Run the model on the current input and redraw everything that depends on it."""
        self._timer.stop()
        self._stale = False
        loaded = self.session.current
        image = self._checked_input() if loaded is not None else None
        if loaded is None or image is None:
            self._outputs = {}
        else:
            prepared = loaded.predictor.prepare(image)[0]
            self._outputs = {INPUT_ROW: prepared}
            for activation in loaded.predictor.activations(image):
                self._outputs[activation.name] = activation.output
        self._show_input()
        self._show_layer(self.layers.current_name())

    def _checked_input(self) -> np.ndarray | None:
        """The chosen picture as the model may read it, or None (nothing, or refused).

        Sets the refusal message and the conversion note shown with the input.
        """
        from engine.models.input_kind import (
            CONVERTED_TO_GREY,
            InputKindError,
            check_input_kind,
            is_colour,
            to_grey,
        )

        self._refusal, note = "", ""
        drawing = self.source.source() == DRAWING
        image = self.session.input_image if drawing else self.source.photo()
        if image is not None:
            try:
                kind = check_input_kind(self.session.current.predictor.spec, is_colour(image))
            except InputKindError:
                self._refusal = self._refusal_text(drawing)
                image = None
            else:
                if kind == CONVERTED_TO_GREY:
                    image = to_grey(image)
                    note = self.tr("This model reads grey pictures: the colour photo is "
                                   "shown to it in grey.")
        self.input_note.setText(note)
        self.input_note.setVisible(bool(note))
        return image

    def _refusal_text(self, drawing: bool) -> str:
        if drawing:
            return self.tr("This model reads colour photos, and the drawing is grey: the "
                           "model learned from colours the drawing does not have, so its "
                           "answer would mean nothing. Choose “CIFAR-10 photo” or “Photo "
                           "from a file” under Input, or a digit model.")
        return self.tr("This model reads colour photos, and this photo is grey: choose a "
                       "colour photo, or a model of grey pictures.")

    def _show_input(self) -> None:
        prepared = self._outputs.get(INPUT_ROW)
        if prepared is None:
            self.input_view.set_image(np.zeros((28, 28), np.float32), (0.0, 1.0))
            self.input_view.set_heat(None)
            self.source.show_seen(None)
            self._update_grad_cam()  # its note must not speak of the previous input
            return
        scale = 255.0 if self.session.current and self.session.current.predictor.spec.scale_255 \
            else 1.0
        colour = prepared.ndim == 3 and prepared.shape[2] == 3
        shown = prepared if colour else (prepared.mean(axis=2) if prepared.ndim == 3
                                         else prepared)
        self.input_view.set_image(shown, (0.0, scale))
        seen = np.rint(np.clip(shown / scale, 0.0, 1.0) * 255).astype(np.uint8)
        self.source.show_seen(seen)
        self._update_grad_cam()

    # -- the selected layer --------------------------------------------------------------------
    def _show_layer(self, name: str | None) -> None:
        output = self._outputs.get(name) if name is not None else None
        self._pointer_left()
        self._show_filters(name)
        if output is None:
            self.empty_note.setText(self._nothing_text())
            self.centre.setCurrentIndex(EMPTY)
            self.enlarged.set_image(np.zeros((1, 1), np.float32))  # no stale map beside it
            self.layer_title.setText(self._layer_title(name, None))
            return
        self.layer_title.setText(self._layer_title(name, output))
        self.shared_scale_check.setVisible(output.ndim == 3)
        if output.ndim == 3:
            self.maps.set_maps(output)
            selected = self.maps.selected_channel()
            if selected is None or selected >= output.shape[2]:
                self.maps.select(0)  # the enlarged view and the filters always show a map
            self.centre.setCurrentIndex(MAPS)
            self._show_enlarged()
            self._show_filters(name)
        else:
            self._show_vector(name, output.ravel())

    def _show_vector(self, name: str, values: np.ndarray) -> None:
        last = name == self.layers.last_name()
        labels = self.session.current.labels() if last and self.session.current else None
        self.bars.set_values(values, labels)
        if last and values.min() >= 0 and values.max() <= 1:
            self.bars.setYRange(0.0, 1.0)  # probabilities: a fixed scale that does not jump
        else:
            self.bars.enableAutoRange(axis="y")
        self.centre.setCurrentIndex(BARS)

    def _show_enlarged(self) -> None:
        output = self._outputs.get(self.layers.current_name() or "")
        channel = self.maps.selected_channel()
        if output is None or output.ndim != 3 or channel is None or channel >= output.shape[2]:
            self.enlarged.set_image(np.zeros((1, 1), np.float32))
            return
        self.enlarged.set_image(output[:, :, channel])

    def _show_filters(self, name: str | None) -> None:
        layer = self.layers.layer(name)
        if layer is None or type(layer).__name__ not in CONVOLUTIONS:
            self.filter_stack.setCurrentWidget(self.no_filters)
            self.details.setTabVisible(2, False)
            return
        kernel = layer.get_weights()[0]
        chosen = self.maps.selected_channel() or 0
        chosen = chosen if chosen < kernel.shape[3] else 0
        self.filters.set_kernel(kernel, chosen)
        # A colour filter is one RGB tile above; below, its three signed 3×3 slices.
        colour = kernel.shape[2] == 3
        if colour:
            self.filter_slices.set_kernel(kernel, chosen, slices=True)
            self.filter_tile.setPixmap(pixmap_of(self.filters.image_item(chosen).image,
                                                 FILTER_TILE))
            self.slices_caption.setText(self.tr(
                "Filter {filter}: its red, green and blue slices (blue: negative weights, "
                "red: positive; point at a weight to read it)").format(filter=chosen))
        self.details.setTabVisible(2, colour)
        self.filter_stack.setCurrentWidget(self.filters)

    def _map_clicked(self, _channel: int) -> None:
        self._show_enlarged()
        self._show_filters(self.layers.current_name())
        self.details.setCurrentIndex(0)

    # -- hover: values and receptive field -----------------------------------------------------
    def _map_hovered(self, channel: int, row: int, col: int, value: float) -> None:
        from engine.numerics.receptive import input_region

        name = self.layers.current_name()
        model = self.session.current.model if self.session.current else None
        where = self.tr("{layer}, map {channel}, row {row}, column {col}: {value}").format(
            layer=name, channel=channel, row=row, col=col, value=i18n.number(value, 3))
        region = (input_region(model, name, row, col)
                  if model is not None and name not in (None, INPUT_ROW) else None)
        height, width = self.input_view.image().shape[:2]
        if name == INPUT_ROW:
            self.input_view.set_outline(row, col, row + 1, col + 1)
            self.hover_info.setText(where)
            return
        if region is None:
            self.input_view.set_outline(0, 0, height, width)
            self.hover_info.setText(where + " — " + self.tr("this cell sees the whole image"))
            return
        seen = region.clipped(height, width)
        self.input_view.set_outline(seen.top, seen.left, seen.bottom, seen.right)
        self.hover_info.setText(where + " — " + self.tr(
            "it sees input rows {top}–{bottom}, columns {left}–{right} ({h} × {w} pixels)").format(
            top=region.top, bottom=region.bottom - 1, left=region.left, right=region.right - 1,
            h=region.height, w=region.width))

    def _bar_hovered(self, index: int, value: float) -> None:
        self.input_view.hide_outline()
        self.hover_info.setText(self.tr("{layer}, unit {index}: {value}").format(
            layer=self.layers.current_name(), index=index, value=i18n.number(value, 4)))

    def _input_hovered(self, row: int, col: int, value: float) -> None:
        shown = self.input_view.image()
        if shown.ndim == 3:
            red, green, blue = (i18n.number(float(v), 3) for v in shown[row, col])
            self.hover_info.setText(self.tr("Input, row {row}, column {col}: red {red}, green "
                                            "{green}, blue {blue}").format(
                row=row, col=col, red=red, green=green, blue=blue))
            return
        self.hover_info.setText(self.tr("Input, row {row}, column {col}: {value}").format(
            row=row, col=col, value=i18n.number(value, 3)))

    def _pointer_left(self) -> None:
        """The hint for what is shown: maps, the class probabilities, or a layer's values."""
        self.input_view.hide_outline()
        name = self.layers.current_name()
        output = self._outputs.get(name) if name is not None else None
        if output is not None and output.ndim != 3:
            if name == self.layers.last_name():
                self.hover_info.setText(self.tr("Each bar is the network's probability for one "
                                                "class; the tallest is its answer. Point at a "
                                                "bar to read its value."))
            else:
                self.hover_info.setText(self.tr("Each bar is the value of one unit of this "
                                                "layer; point at a bar to read it."))
            return
        self.hover_info.setText(self.tr("Point at a feature map to see its values and the part "
                                        "of the input each cell sees; click a map to enlarge "
                                        "it."))

    # -- Grad-CAM --------------------------------------------------------------------------------
    def _grad_cam_toggled(self, _on: bool) -> None:
        self._update_grad_cam()

    def _update_grad_cam(self) -> None:
        prepared = self._outputs.get(INPUT_ROW)
        loaded = self.session.current
        if not self.grad_cam_check.isChecked() or prepared is None or loaded is None:
            self.input_view.set_heat(None)
            self.grad_cam_note.setText(self.tr("Where did the network look? Tick Grad-CAM to "
                                               "colour the input by what raised the score of "
                                               "its answer."))
            return
        from engine.models.explain import Explainer

        if self._explainer is None:
            self._explainer = Explainer(loaded.model)
        explanation = self._explainer.explain(prepared[None])  # type: ignore[attr-defined]
        self.input_view.set_heat(explanation.heatmap)
        label = loaded.labels()[explanation.class_index]
        if explanation.method == "grad-cam":
            note = self.tr("Grad-CAM for “{label}” from layer {layer}: bright regions raised "
                           "the score of “{label}” the most.")
        else:
            note = self.tr("This model has no convolutional layer, so the map shows the pixels "
                           "whose change would move the score of “{label}” the most.")
        self.grad_cam_note.setText(note.format(label=label, layer=explanation.layer_name))

    # -- language --------------------------------------------------------------------------------
    def _layer_title(self, name: str | None, output: np.ndarray | None) -> str:
        if name is None or self.session.current is None:
            return self.tr("Loading the model…")
        if output is None:
            return self._nothing_text()
        shape = " × ".join(str(d) for d in output.shape)
        if output.ndim == 3:
            return self.tr("{layer}: {count} feature maps of {h} × {w}").format(
                layer=name, count=output.shape[2], h=output.shape[0], w=output.shape[1])
        if name == self.layers.last_name():
            return self.tr("{layer}: the probability of each class").format(layer=name)
        return self.tr("{layer}: {shape} values").format(layer=name, shape=shape)

    def _nothing_text(self) -> str:
        """Why the centre is empty: a refusal, a photo still loading, or nothing chosen."""
        if self._refusal:
            return self._refusal
        if self.source.source() == DRAWING:
            return self.tr("Nothing to show yet: draw a digit in the Draw tab.")
        if self.source.source() == CIFAR:
            return self.tr("Loading the CIFAR-10 photos…")
        return self.tr("Press “Open photo…” above to classify a photo of your own.")

    def retranslate(self) -> None:
        self.input_title.setText(self.tr("The input the network reads"))
        self.grad_cam_check.setText(self.tr("Grad-CAM"))
        self.grad_cam_check.setToolTip(self.tr(
            "Colours the input by how much each region raised the score of the predicted "
            "class, measured with the gradients of the last convolutional layer."))
        self.empty_note.setText(self._nothing_text())
        self.shared_scale_check.setText(self.tr("Same colour scale"))
        self.shared_scale_check.setToolTip(self.tr(
            "On: the same colour means the same value in every map, so weak maps look pale. "
            "Off: each map uses its own range, which shows the pattern of even weak maps."))
        self.no_filters.setText(self.tr("Only convolutional layers have filters. Choose a "
                                        "Conv2D layer in the list."))
        # Short tab names: three tabs share a panel 250 px wide.
        self.details.setTabText(0, self.tr("Map"))
        self.details.setTabToolTip(0, self.tr("The selected feature map, enlarged"))
        self.details.setTabText(1, self.tr("Filters"))
        self.details.setTabText(2, self.tr("RGB"))
        self.details.setTabToolTip(2, self.tr("The chosen colour filter's red, green and blue "
                                              "slices, with their signed weights"))
        self.details.setTabToolTip(1, self.tr("The learned filters (kernels) of the selected "
                                              "convolutional layer"))
        self.layers.retranslate()
        self._update_grad_cam()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


if __name__ == "__main__":
    import sys

    from gui.preview import run_preview
    from gui.session import LabSession

    sys.exit(run_preview(lambda: ActivationsTab(LabSession())))
