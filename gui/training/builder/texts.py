"""The builder's words: layer summaries, row lines and every problem, in the interface language.

The engine (``engine.models.layer_stack``) reports problems as codes with values, never as
sentences, so that each one is said here through Qt's translation, with its numbers written
the language's way (21.234.176 in Portuguese).
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from gui import i18n

# The options a row always names (the layer's size); the others only when they differ from
# Keras' defaults, so "Conv2D 32, 3×3, relu" stays short and a stride of 2 stands out.
MAIN_OPTIONS = ("filters", "units", "kernel", "pool", "rate", "activation")
EXTRA_OPTIONS = ("strides", "padding", "use_bias")


def shape_text(shape: Any) -> str:
    """(28, 28, 1) → "28×28×1" (the batch's None left out); "?" when unknown."""
    if not shape:
        return "?"
    sizes = [int(size) for size in shape if size is not None]
    return "×".join(i18n.integer(size) for size in sizes) if sizes else "?"


def value_text(value: Any) -> str:
    """An option's value as a row shows it: 3×3, 0,5, relu."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return i18n.integer(value)
    if isinstance(value, float):
        return i18n.lesson_number(value, 3)
    if isinstance(value, (tuple, list)):
        return "×".join(value_text(item) for item in value)
    return str(value)


def call_default(kind: str, name: str) -> Any:
    from engine.models.layer_stack import default_options

    return default_options(kind).get(name)


def network_title(key: str) -> str:
    """A run's network in the language shown now (the run list and the legend keep the key):
    a preset's short name (a long one pushed the legend off a 1024-pixel window), or the name
    of the .keras file that was continued."""
    translate = QCoreApplication.translate
    names = {"course": translate("ModelBuilder", "Course CNN"),
             "cnn": translate("ModelBuilder", "Default CNN"),
             "mlp": translate("ModelBuilder", "MLP"),
             "lenet5": translate("ModelBuilder", "LeNet-5"),
             "colour": translate("ModelBuilder", "Colour CNN"),
             "empty": translate("ModelBuilder", "Empty network"),
             "custom": translate("ModelBuilder", "My network")}
    return names.get(key, key)


class BuilderTexts(QObject):
    """Translated sentences about layers (a QObject so that ``self.tr`` has a context)."""

    def kind_tip(self, kind: str) -> str:
        """What a layer kind does, in the course's words (the Add menu's tooltips)."""
        tips = {
            "Conv2D": self.tr("Convolution: slides each filter over the image and writes a "
                              "feature map per filter. Few weights, shared at every position."),
            "MaxPooling2D": self.tr("Max pooling: keeps the largest value of each window, so "
                                    "the map shrinks and small shifts matter less."),
            "AveragePooling2D": self.tr("Average pooling: keeps the mean of each window "
                                        "(LeNet-5's subsampling)."),
            "BatchNormalization": self.tr("Batch normalization: rescales each channel to mean 0 "
                                          "and variance 1 over the batch; training gets faster "
                                          "and steadier."),
            "Dropout": self.tr("Dropout: switches off a random share of the values while "
                               "training, so the network cannot memorise the training images."),
            "Flatten": self.tr("Flatten: lays the feature maps out as one long vector for the "
                               "dense layers. No parameters."),
            "GlobalAveragePooling2D": self.tr("Global average pooling: one mean per channel; a "
                                              "vector as long as the number of filters."),
            "Dense": self.tr("Dense (fully connected) layer: every output sees every input; it "
                             "holds most of the parameters."),
            "Activation": self.tr("Activation: applies a function (relu, tanh, …) to every "
                                  "value, e.g. after a batch normalization."),
        }
        return tips.get(kind, kind)

    def option_label(self, name: str) -> str:
        labels = {"filters": self.tr("Filters:"), "units": self.tr("Units:"),
                  "kernel": self.tr("Kernel:"), "strides": self.tr("Stride:"),
                  "padding": self.tr("Padding:"), "activation": self.tr("Activation:"),
                  "use_bias": self.tr("Bias"), "pool": self.tr("Pool:"),
                  "rate": self.tr("Rate:")}
        return labels.get(name, name + ":")

    def option_tip(self, name: str) -> str:
        tips = {
            "filters": self.tr("How many filters, so how many feature maps come out."),
            "units": self.tr("How many neurons: the length of the vector that comes out."),
            "kernel": self.tr("Height × width of each filter (kernel)."),
            "strides": self.tr("The stride: how many pixels the window moves at each step; "
                               "2 halves the map."),
            "padding": self.tr("Padding: “valid” uses only whole windows (the map shrinks), "
                               "“same” adds a border of zeros so the map keeps its size."),
            "activation": self.tr("The function applied to each output: relu keeps positive "
                                  "values, softmax turns scores into probabilities."),
            "use_bias": self.tr("Add a bias b to each output (one weight more per filter or "
                                "neuron)."),
            "pool": self.tr("Height × width of the pooling window."),
            "rate": self.tr("The share of values switched off at random while training."),
        }
        return tips.get(name, "")

    def summary(self, spec: Any) -> str:
        """"Conv2D 32, 3×3, relu" or "MaxPooling2D 2×2, stride 1×1"."""
        from engine.models.layer_stack import default_options

        defaults = default_options(spec.kind)
        parts = [value_text(spec.option(name)) for name in MAIN_OPTIONS if name in defaults]
        for name in EXTRA_OPTIONS:
            if name in defaults and spec.option(name) != defaults[name]:
                value = spec.option(name)
                parts.append({"strides": self.tr("stride {value}"),
                              "padding": self.tr("padding {value}"),
                              "use_bias": self.tr("bias {value}")}[name].format(
                    value=value_text(value) if value is not None else "auto"))
        return " ".join([spec.kind, ", ".join(part for part in parts if part)]).strip()

    def output_summary(self, classes: int) -> str:
        return self.tr("Dense {classes}, softmax — follows the data's classes").format(
            classes=i18n.integer(classes))

    def problem(self, problem: Any) -> str:
        """A ``Problem(code, values)`` as a sentence; numbers in the language's format."""
        values = {key: value_text(value) if not isinstance(value, str) else value
                  for key, value in dict(problem.values or {}).items()}
        height, width = values.get("height", "?"), values.get("width", "?")
        if problem.code == "kernel_too_large":
            return self.tr("A {kh}×{kw} kernel does not fit in the {h}×{w} map it receives: "
                           "use a smaller kernel or “same” padding, or remove a pooling before "
                           "it.").format(kh=values.get("kernel_h", "?"),
                                         kw=values.get("kernel_w", "?"), h=height, w=width)
        if problem.code == "pool_too_large":
            return self.tr("A {ph}×{pw} pooling window goes past the edge of the {h}×{w} map "
                           "it receives.").format(
                ph=values.get("pool_h", values.get("kernel_h", "?")),
                pw=values.get("pool_w", values.get("kernel_w", "?")), h=height, w=width)
        if problem.code == "needs_map":
            return self.tr("{kind} needs feature maps (height × width × channels), but it "
                           "receives a flat vector: move it before Flatten.").format(
                kind=values.get("kind", "?"))
        if problem.code == "needs_flat":
            return self.tr("{kind} needs a flat vector, but it receives a {shape} map: add "
                           "Flatten or GlobalAveragePooling2D before it.").format(
                kind=values.get("kind", "?"), shape=values.get("shape", "?"))
        if problem.code == "empty_output":
            return self.tr("Nothing would come out of {kind}: its output ({shape}) has no "
                           "pixels left.").format(kind=values.get("kind", "?"),
                                                  shape=values.get("shape", "?"))
        if problem.code == "bad_value":
            return self.tr("{kind}: {value} is not a valid value for {option}.").format(
                kind=values.get("kind", "?"), option=values.get("option", "?"),
                value=values.get("value", "?"))
        return problem.code

    def unsupported(self, error: Any) -> str:
        """Why an opened file cannot become builder layers (``UnsupportedNetwork``)."""
        values = dict(getattr(error, "values", None) or {})
        code = getattr(error, "code", "")
        texts = {
            "branches": self.tr("the network has branches (it is not one chain of layers)"),
            "layer_kind": self.tr("the builder has no “{kind}” layer").format(
                kind=values.get("kind", "?")),
            "output_layer": self.tr("its last layer is not a softmax Dense layer"),
            "input_shape": self.tr("its input is not an image (height × width × channels)"),
            "layer_option": self.tr("the builder cannot set “{option}” of {kind}").format(
                option=values.get("option", "?"), kind=values.get("kind", "?")),
            "bad_json": self.tr("the file is not a Keras architecture (model.to_json())"),
            "file_type": self.tr("only .json and .keras files hold a network"),
        }
        return texts.get(code, str(error))

    def rows(self, row: Any) -> tuple[str, str, str]:
        """A row's lines: shapes, parameters with the formula, multiply-adds."""
        shapes = self.tr("{shape_in} → {shape_out}").format(
            shape_in=shape_text(row.input_shape), shape_out=shape_text(row.output_shape))
        if row.output_shape is None:  # after a problem nothing is known, nothing is counted
            return shapes, "", ""
        try:
            params = row.formula(i18n.integer)
            macs = row.macs_formula(i18n.integer) if row.macs else ""
        except Exception:
            params, macs = i18n.integer(row.params), ""
        params_text = self.tr("parameters: {formula}").format(formula=params)
        macs_text = self.tr("multiply-adds: {formula}").format(formula=macs) if macs else ""
        return shapes, params_text, macs_text

    def totals(self, report: Any) -> str:
        return self.tr("Parameters: {total} (trainable: {trainable}) · multiply-adds per "
                       "image: {macs}").format(total=i18n.integer(report.total_params),
                                               trainable=i18n.integer(report.trainable_params),
                                               macs=i18n.integer(report.total_macs))

    def comparison(self, report: Any) -> str:
        """The deck's MLP × CNN point, on this network's first Conv2D (or Dense) layer."""
        index = report.first_layer_index
        if index is None or not report.dense_equivalent_params:
            return ""
        kind = report.rows[index].spec.kind
        if kind != "Conv2D":
            return self.tr("Its first dense layer alone has {count} parameters: every pixel "
                           "is connected to every unit.").format(
                count=i18n.integer(report.first_layer_params))
        return self.tr("A dense layer making the same map as the first Conv2D would need "
                       "{dense} parameters; the Conv2D uses {conv}.").format(
            dense=i18n.integer(report.dense_equivalent_params),
            conv=i18n.integer(report.first_layer_params))
