"""The parameter calculator of lesson "MLP × CNN": n² against d·l, for any input and kernel.

Three columns, one per kind of layer, each with its rule, the rule's numbers and the count in
large type, over a chart that compares the three. The spin boxes only allow layers that
exist (a kernel never larger than the input), so there is nothing invalid to type.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import integer
from gui.lessons.mlp_vs_cnn.chart import BAR_COLOURS, ParameterChart
from gui.lessons.mlp_vs_cnn.columns import TEXT_COLOURS, LayerColumn, big_label
from gui.lessons.mlp_vs_cnn.counts import (
    MNIST_SETUP,
    PHOTO_SETUP,
    DenseOutputs,
    LayerCounts,
    LayerSetup,
    count_layers,
)
from gui.widgets.spin import spin

MAX_SIZE = 1024  # a large photo; bigger changes nothing but the digits
MAX_CHANNELS = 512  # deep layers have hundreds of input channels
MAX_KERNEL = 11  # AlexNet's first layer; besides, never more than the input
MAX_FILTERS = 1024
KINDS = ("dense", "local", "conv")  # objectName prefixes, in the chart's order


def _count_spin(name: str, low: int, high: int) -> QSpinBox:
    box = spin(name, low, high)
    box.setMinimumWidth(66)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    # Count when the number is complete (Enter, arrows, focus out), not on every digit typed:
    # typing "12" for the height would otherwise pass through 1 and shrink the kernel to 1.
    box.setKeyboardTracking(False)
    return box


class ParameterCalculator(QWidget):
    """Controls for the layer, the three columns and the chart; ``counts()`` for tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = big_label("calculatorIntro")
        self.columns = {kind: LayerColumn(kind, colour, text)
                        for kind, colour, text in zip(KINDS, BAR_COLOURS, TEXT_COLOURS,
                                                      strict=True)}
        self.chart = ParameterChart()
        self.chart.setMinimumHeight(160)
        self.log_check = QCheckBox()
        self.log_check.setObjectName("logScaleCheck")
        self.log_check.setChecked(True)
        self._make_controls()
        self._lay_out()
        self._wire()
        self._counts = count_layers(MNIST_SETUP)
        self.set_setup(MNIST_SETUP)
        self.retranslate()

    # -- building -----------------------------------------------------------------------------
    def _make_controls(self) -> None:
        self.height_spin = _count_spin("heightSpin", 1, MAX_SIZE)
        self.width_spin = _count_spin("widthSpin", 1, MAX_SIZE)
        self.channels_spin = _count_spin("channelsSpin", 1, MAX_CHANNELS)
        self.kernel_spin = _count_spin("kernelSpin", 1, MAX_KERNEL)
        self.filters_spin = _count_spin("filtersSpin", 1, MAX_FILTERS)
        self.bias_check = QCheckBox()
        self.bias_check.setObjectName("biasCheck")
        self.dense_combo = QComboBox()
        self.dense_combo.setObjectName("denseOutputsCombo")
        for choice in DenseOutputs:
            self.dense_combo.addItem("", choice)
        self.mnist_button = QPushButton()
        self.mnist_button.setObjectName("mnistExampleButton")
        self.photo_button = QPushButton()
        self.photo_button.setObjectName("photoExampleButton")
        self.input_label, self.kernel_label = QLabel(), QLabel()
        self.filters_label, self.dense_label = QLabel(), QLabel()

    def _lay_out(self) -> None:
        # Two rows of controls, so that the columns and the chart fit a 1024×768 projector.
        self.controls_box = QFrame()  # no title: the labels say it all, and height is precious
        self.controls_box.setObjectName("layerControls")
        self.controls_box.setFrameShape(QFrame.Shape.StyledPanel)
        rows = QVBoxLayout(self.controls_box)
        rows.setContentsMargins(8, 4, 8, 4)
        rows.addLayout(_row(self.input_label, self.height_spin, QLabel("×"), self.width_spin,
                            QLabel("×"), self.channels_spin, _gap(), self.kernel_label,
                            self.kernel_spin, _gap(), self.filters_label, self.filters_spin))
        rows.addLayout(_row(self.dense_label, self.dense_combo, _gap(), self.bias_check, _gap(),
                            self.mnist_button, self.photo_button, _gap(), self.log_check))
        columns = QHBoxLayout()
        for column in self.columns.values():
            columns.addWidget(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.intro)
        layout.addWidget(self.controls_box)
        layout.addLayout(columns)
        layout.addWidget(self.chart, 1)

    def _wire(self) -> None:
        for box in (self.height_spin, self.width_spin, self.channels_spin, self.kernel_spin,
                    self.filters_spin):
            box.valueChanged.connect(self._controls_changed)
        self.bias_check.toggled.connect(self._controls_changed)
        self.dense_combo.currentIndexChanged.connect(self._controls_changed)
        self.log_check.toggled.connect(self.chart.set_log_scale)
        self.mnist_button.clicked.connect(lambda: self.set_setup(MNIST_SETUP))
        self.photo_button.clicked.connect(lambda: self.set_setup(PHOTO_SETUP))

    # -- state --------------------------------------------------------------------------------
    def setup(self) -> LayerSetup:
        """The layer the controls describe."""
        return LayerSetup(self.height_spin.value(), self.width_spin.value(),
                          self.channels_spin.value(), self.kernel_spin.value(),
                          self.filters_spin.value(), self.bias_check.isChecked(),
                          self.dense_combo.currentData())

    def counts(self) -> LayerCounts:
        return self._counts

    def set_setup(self, setup: LayerSetup) -> None:
        """Show ``setup`` (controls moved together, one recount at the end)."""
        controls = (self.height_spin, self.width_spin, self.channels_spin, self.kernel_spin,
                    self.filters_spin, self.bias_check, self.dense_combo)
        for control in controls:
            control.blockSignals(True)
        self.height_spin.setValue(setup.height)
        self.width_spin.setValue(setup.width)
        self.channels_spin.setValue(setup.channels)
        self._limit_kernel()
        self.kernel_spin.setValue(setup.kernel)
        self.filters_spin.setValue(setup.filters)
        self.bias_check.setChecked(setup.bias)
        self.dense_combo.setCurrentIndex(self.dense_combo.findData(setup.dense_outputs))
        for control in controls:
            control.blockSignals(False)
        self._recount()

    def _limit_kernel(self) -> None:
        # The window must fit in the image: k ≤ H and k ≤ W. QSpinBox lowers a larger value.
        smallest_side = min(self.height_spin.value(), self.width_spin.value())
        self.kernel_spin.setMaximum(min(MAX_KERNEL, smallest_side))

    def _controls_changed(self) -> None:
        self._limit_kernel()
        self._recount()

    def _recount(self) -> None:
        self._counts = count_layers(self.setup())
        self.chart.set_counts(self._counts.as_tuple())
        self._write_columns()

    # -- texts --------------------------------------------------------------------------------
    def _write_columns(self) -> None:
        c, s = self._counts, self._counts.setup
        self._write_dense(c, s)
        local = self.columns["local"]
        local.rule.setText(self.tr("positions · (k·k·C·d + d)") if s.bias
                           else self.tr("positions · k·k·C·d"))
        local.detail.setText(self.tr(
            "{rows}·{cols} = {positions} positions of the window, each with its own "
            "weights").format(rows=integer(c.out_height), cols=integer(c.out_width),
                              positions=integer(c.positions)))
        per_position = f"{s.kernel}·{s.kernel}·{integer(s.channels)}·{integer(s.filters)}"
        local.formula.setText(f"{integer(c.positions)} · ({per_position} + {integer(s.filters)})"
                              if s.bias else f"{integer(c.positions)} · {per_position}")
        local.set_count(c.local)
        conv = self.columns["conv"]
        conv.rule.setText("d · l + d" if s.bias else "d · l")
        conv.detail.setText(self.tr(
            "d = {d} filters of l = k·k·C = {k}·{k}·{channels} = {l} weights, shared by all "
            "positions").format(d=integer(s.filters), k=s.kernel, channels=integer(s.channels),
                                l=integer(c.weights_per_filter)))
        conv.formula.setText(f"{integer(s.filters)} · {integer(c.weights_per_filter)}"
                             + (f" + {integer(s.filters)}" if s.bias else ""))
        conv.set_count(c.conv)

    def _write_dense(self, c: LayerCounts, s: LayerSetup) -> None:
        # n inputs and m neurons; with m = n the rule becomes the deck's n².
        dense = self.columns["dense"]
        square = s.dense_outputs is DenseOutputs.INPUTS
        rules = {(True, True): "n · n + n = n² + n", (True, False): "n · n = n²",
                 (False, True): "n · m + m", (False, False): "n · m"}
        dense.rule.setText(rules[square, s.bias])
        inputs = self.tr("n = H·W·C = {h}·{w}·{c} = {n} inputs; ").format(
            h=integer(s.height), w=integer(s.width), c=integer(s.channels), n=integer(c.inputs))
        neurons = {
            DenseOutputs.UNITS: self.tr("m = {units} neurons, one per filter"),
            DenseOutputs.INPUTS: self.tr("as many neurons"),
            DenseOutputs.FEATURE_MAPS: self.tr(
                "m = {rows}·{cols}·{d} = {units} neurons, one per output of the convolution"),
        }[s.dense_outputs].format(units=integer(c.dense_units), rows=integer(c.out_height),
                                  cols=integer(c.out_width), d=integer(s.filters))
        dense.detail.setText(inputs + neurons)
        product = f"{integer(c.inputs)} · {integer(c.dense_units)}"
        dense.formula.setText(product + (f" + {integer(c.dense_units)}" if s.bias else ""))
        dense.set_count(c.dense)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Fully connected (MLP): every neuron sees every pixel, n² parameters. Locally "
            "connected: local regions, no sharing. Convolutional (CNN): local regions and "
            "shared weights, d·l parameters (d filters, l weights each). No padding, stride 1."))
        self.input_label.setText(self.tr("Input H × W × C:"))
        self.kernel_label.setText(self.tr("Kernel k:"))
        self.filters_label.setText(self.tr("Filters d:"))
        self.dense_label.setText(self.tr("Fully connected neurons:"))
        self.bias_check.setText(self.tr("Bias"))
        titles = (self.tr("Fully connected (MLP)"), self.tr("Locally connected"),
                  self.tr("Convolutional (CNN)"))
        for column, title in zip(self.columns.values(), titles, strict=True):
            column.title.setText(title)
        self.chart.set_names((self.tr("Fully connected"), self.tr("Locally connected"),
                              self.tr("Convolutional")))
        for index, text in enumerate((self.tr("one per filter (d)"),
                                      self.tr("as many as inputs (n²)"),
                                      self.tr("one per convolution output"))):
            self.dense_combo.setItemText(index, text)
        self.mnist_button.setText(self.tr("MNIST"))
        self.photo_button.setText(self.tr("Photo"))
        self.log_check.setText(self.tr("Logarithmic scale"))
        self._retranslate_tooltips()
        self._write_columns()

    def _retranslate_tooltips(self) -> None:
        tips = (
            (self.height_spin, self.tr("Height of the input image in pixels (H)")),
            (self.width_spin, self.tr("Width of the input image in pixels (W)")),
            (self.channels_spin, self.tr("Channels of the input: 1 for grey, 3 for RGB (C)")),
            (self.kernel_spin, self.tr("Side of the square kernel, k × k; it cannot be "
                                       "larger than the image")),
            (self.filters_spin, self.tr("Number of filters d (and of neurons of the fully "
                                        "connected layer, when it has one per filter)")),
            (self.bias_check, self.tr("Count one bias per neuron or filter, as Keras does by "
                                      "default")),
            (self.dense_combo, self.tr("How many neurons the fully connected layer has: n² "
                                       "is the deck's case, with as many neurons as inputs")),
            (self.mnist_button, self.tr("A 28×28 grey MNIST digit, 3×3 kernel, 32 filters: "
                                        "the first layer of the lecture's CNN")),
            (self.photo_button, self.tr("A 224×224 RGB photo, 3×3 kernel, 64 filters: the "
                                        "first layer of VGG-16")),
            (self.log_check, self.tr("On a logarithmic scale each grid line is ten times the "
                                     "one below, so very different counts can be compared")),
            (self.chart, self.tr("Parameters of the three kinds of layer for the same input")),
        )
        for widget, tip in tips:
            widget.setToolTip(tip)


def _row(*widgets: QWidget | int) -> QHBoxLayout:
    """Widgets left to right; an int is a space of that many pixels."""
    row = QHBoxLayout()
    row.setSpacing(4)
    for widget in widgets:
        if isinstance(widget, int):
            row.addSpacing(widget)
        else:
            row.addWidget(widget)
    row.addStretch(1)
    return row


def _gap() -> int:
    return 14
