"""The metrics lesson (slides 25–26): choose a positive class, see VP/VN/FP/FN and the formulas.

The whole confusion matrix collapses, for the chosen positive class, into four counts (from
``engine.numerics.metrics.binary_counts``); each formula of the deck — accuracy, precision, recall,
F1 — is then written out three times: the question it answers, the formula with VP/VN/FP/FN,
and the same with the counts and its result (from ``engine.numerics.metrics``; nothing is recomputed
here). The four roles keep one colour each, the same as on the matrix. A formula whose
denominator is zero says so ("undefined (0/0)") and why, instead of printing NaN.
"""

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from engine.numerics import metrics
from gui import i18n
from gui.widgets.matrix_colours import FN, FP, ROLE_COLOURS, TN, TP

QUESTION_STYLE = "color: #555555; font-style: italic;"


def coloured(text: str, role: str) -> str:
    """``text`` in the role's colour, bold, for rich-text labels."""
    return f'<b style="color: {ROLE_COLOURS[role].name()};">{text}</b>'


class BinaryMetricsPanel(QWidget):
    """Positive-class chooser, the four counts and the four formulas filled in."""

    positiveChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: np.ndarray | None = None
        self._names: list[str] = []
        self._overall: float | None = None
        self.combo = QComboBox()
        self.combo.setObjectName("positiveClass")
        self.combo.setMinimumContentsLength(10)
        self.combo_label = QLabel()
        self.definitions = self._label("classDefinitions")
        self.counts = self._label("countsSummary")
        self.formulas = {key: self._label(f"{key}Formula")
                         for key in ("accuracy", "precision", "recall", "f1")}
        self.note = self._label("binaryNote")
        self.note.setStyleSheet(QUESTION_STYLE)
        self._build_layout()
        self.combo.currentIndexChanged.connect(self._chosen)
        self.retranslate()

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_layout(self) -> None:
        chooser = QFormLayout()
        chooser.setContentsMargins(0, 0, 0, 0)
        chooser.addRow(self.combo_label, self.combo)
        column = QVBoxLayout(self)
        column.addLayout(chooser)
        column.addWidget(self.definitions)
        column.addWidget(self.counts)
        for label in self.formulas.values():
            column.addWidget(label)
        column.addWidget(self.note)
        column.addStretch(1)

    # -- data ----------------------------------------------------------------------------------
    def set_data(self, matrix: np.ndarray | None, names: list[str],
                 overall_accuracy: float | None = None) -> None:
        """A new confusion matrix (or None): keep the positive class when it still exists."""
        previous = self.combo.currentIndex()
        self._matrix = None if matrix is None else np.asarray(matrix, np.int64)
        self._names, self._overall = list(names), overall_accuracy
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItems(self._names)
            self.combo.setCurrentIndex(previous if 0 <= previous < len(names) else 0)
        self.refresh()
        if self._names:
            self.positiveChanged.emit(self.positive())

    def positive(self) -> int:
        return max(self.combo.currentIndex(), 0)

    def set_positive(self, index: int) -> None:
        self.combo.setCurrentIndex(index)

    def counts_for_positive(self) -> metrics.BinaryCounts | None:
        if self._matrix is None or not self._names:
            return None
        return metrics.binary_counts(self._matrix, self.positive())

    def _chosen(self, index: int) -> None:
        self.refresh()
        if index >= 0:
            self.positiveChanged.emit(index)

    # -- texts ---------------------------------------------------------------------------------
    def role_names(self) -> dict[str, str]:
        """The short names of the four roles: VP/VN/FP/FN in the course's Portuguese."""
        return {TP: self.tr("TP"), TN: self.tr("TN"), FP: self.tr("FP"), FN: self.tr("FN")}

    def refresh(self) -> None:
        counts = self.counts_for_positive()
        if counts is None:
            self.definitions.setText(self.tr("Evaluate a model to fill in the formulas."))
            for label in (self.counts, self.note, *self.formulas.values()):
                label.clear()
            return
        name = self._names[self.positive()]
        self.definitions.setText(self._definitions_text(name))
        self.counts.setText(self._counts_text(counts, name))
        self.formulas["accuracy"].setText(self._accuracy_text(counts))
        self.formulas["precision"].setText(self._precision_text(counts, name))
        self.formulas["recall"].setText(self._recall_text(counts, name))
        self.formulas["f1"].setText(self._f1_text(counts))
        self.note.setText(self._note_text(name))

    def _definitions_text(self, name: str) -> str:
        positive = self.tr("<b>Positive class</b>: the outcome of interest — it answers “is "
                           "this the result I was looking for?”. Here: “{name}”.")
        negative = self.tr("<b>Negative class</b>: the absence of the positive class — every "
                           "image that is not “{name}”, whatever it is.")
        return positive.format(name=name) + "<br>" + negative.format(name=name)

    def _counts_text(self, counts: metrics.BinaryCounts, name: str) -> str:
        short = self.role_names()
        lines = {
            TP: self.tr("true positives: “{name}” predicted as “{name}”"),
            TN: self.tr("true negatives: not “{name}”, and not predicted as “{name}”"),
            FP: self.tr("false positives: predicted “{name}”, but it was something else"),
            FN: self.tr("false negatives: a “{name}” predicted as something else"),
        }
        values = {TP: counts.tp, TN: counts.tn, FP: counts.fp, FN: counts.fn}
        rows = [coloured(f"{short[role]} = {i18n.integer(values[role])}", role) + " — "
                + lines[role].format(name=name) for role in (TP, TN, FP, FN)]
        total = self.tr("{total} images in all").format(total=i18n.integer(counts.total))
        return "<br>".join([*rows, total])

    def _question(self, text: str) -> str:
        return f'<span style="{QUESTION_STYLE}">{text}</span><br>'

    def _terms(self, counts: metrics.BinaryCounts) -> tuple[dict[str, str], dict[str, str]]:
        """(coloured role names, coloured counts) for writing formulas."""
        short = self.role_names()
        values = {TP: counts.tp, TN: counts.tn, FP: counts.fp, FN: counts.fn}
        names = {role: coloured(short[role], role) for role in short}
        numbers = {role: coloured(i18n.integer(values[role]), role) for role in values}
        return names, numbers

    def _result(self, score: metrics.Score, numerator: int, denominator: int,
                why: str) -> str:
        """"= 16 / 20 = 0.800", or the undefined wording with the reason."""
        fraction = f"{i18n.integer(numerator)} / {i18n.integer(denominator)}"
        if score.undefined:
            return self.tr("= {fraction}: <b>undefined (0/0)</b> — {why} (counted as 0 in "
                           "reports).").format(fraction=fraction, why=why)
        return f"= {fraction} = <b>{i18n.number(score, 3)}</b>"

    def _accuracy_text(self, counts: metrics.BinaryCounts) -> str:
        n, v = self._terms(counts)
        title = self.tr("Accuracy")
        symbolic = f"<b>{title}</b> = ({n[TP]} + {n[TN]}) / ({n[TP]} + {n[TN]} + {n[FP]} + {n[FN]})"
        filled = f"= ({v[TP]} + {v[TN]}) / ({v[TP]} + {v[TN]} + {v[FP]} + {v[FN]}) "
        result = self._result(metrics.accuracy(counts), counts.tp + counts.tn, counts.total,
                              self.tr("there are no images"))
        question = self.tr("Of all the predictions, what share was right?")
        return self._question(question) + symbolic + "<br>" + filled + result

    def _precision_text(self, counts: metrics.BinaryCounts, name: str) -> str:
        n, v = self._terms(counts)
        title = self.tr("Precision")
        symbolic = f"<b>{title}</b> = {n[TP]} / ({n[TP]} + {n[FP]})"
        filled = f"= {v[TP]} / ({v[TP]} + {v[FP]}) "
        why = self.tr("the model never predicted “{name}”").format(name=name)
        result = self._result(metrics.precision(counts), counts.tp, counts.tp + counts.fp, why)
        question = self.tr("Of the times the model said “{name}”, how often was it right?")
        return self._question(question.format(name=name)) + symbolic + "<br>" + filled + result

    def _recall_text(self, counts: metrics.BinaryCounts, name: str) -> str:
        n, v = self._terms(counts)
        title = self.tr("Recall")
        symbolic = f"<b>{title}</b> = {n[TP]} / ({n[TP]} + {n[FN]})"
        filled = f"= {v[TP]} / ({v[TP]} + {v[FN]}) "
        why = self.tr("there is no “{name}” in these images").format(name=name)
        result = self._result(metrics.recall(counts), counts.tp, counts.tp + counts.fn, why)
        question = self.tr("Of all the real “{name}” images, how many did the model find?")
        return self._question(question.format(name=name)) + symbolic + "<br>" + filled + result

    def _f1_text(self, counts: metrics.BinaryCounts) -> str:
        n, v = self._terms(counts)
        title, p_name, r_name = self.tr("F1"), self.tr("Precision"), self.tr("Recall")
        precision, recall, score = (metrics.precision(counts), metrics.recall(counts),
                                    metrics.f1(counts))
        question = self._question(self.tr("The harmonic mean of precision and recall: high "
                                          "only when both are."))
        harmonic = f"<b>{title}</b> = 2 · ({p_name} · {r_name}) / ({p_name} + {r_name})"
        count_form = (f"= 2·{n[TP]} / (2·{n[TP]} + {n[FP]} + {n[FN]}) "
                      f"= 2·{v[TP]} / (2·{v[TP]} + {v[FP]} + {v[FN]}) ")
        numerator, denominator = 2 * counts.tp, 2 * counts.tp + counts.fp + counts.fn
        if precision.undefined or recall.undefined or precision + recall == 0:
            # The harmonic-mean form would divide by zero; the equal count form may not.
            because = self.tr("Precision or recall is undefined or both are 0, so F1 comes "
                              "from its equal form:")
            why = self.tr("there is no TP, FP or FN to count")
            return (question + harmonic + "<br>" + because + "<br>" + count_form
                    + self._result(score, numerator, denominator, why))
        p_text, r_text = i18n.number(precision, 3), i18n.number(recall, 3)
        filled = (f"= 2 · ({p_text} · {r_text}) / ({p_text} + {r_text}) "
                  f"= <b>{i18n.number(score, 3)}</b>")
        return (question + harmonic + "<br>" + filled + "<br>" + count_form
                + self._result(score, numerator, denominator, ""))

    def _note_text(self, name: str) -> str:
        if self._overall is None:
            return ""
        return self.tr("This accuracy answers the yes/no question “is it {name}?”. The "
                       "model's accuracy over all {count} classes is {overall}: the diagonal "
                       "over all images.").format(name=name, count=len(self._names),
                                                  overall=i18n.number(self._overall, 3))

    def retranslate(self) -> None:
        self.combo_label.setText(self.tr("Positive class:"))
        self.combo.setToolTip(self.tr("The class whose detection is measured: every other "
                                      "class together becomes the negative class."))
        self.refresh()
