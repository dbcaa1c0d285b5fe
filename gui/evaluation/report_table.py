"""The classification report as a table: precision, recall, F1 and support for each class.

Below the classes come the macro average (every class counts the same), the weighted average
(every image counts the same) and the overall accuracy, as in scikit-learn's report. The
numbers come from ``engine.numerics.metrics.classification_report``; a score whose formula divided
by zero is written "undefined (0/0)" rather than a misleading 0 or NaN.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from gui import i18n, style

METRICS = ("precision", "recall", "f1")
UNDEFINED_COLOUR = QColor(style.REFUSED_RED)


class ReportTable(QTableWidget):
    """Per-class precision/recall/F1/support, then macro and weighted averages and accuracy."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("reportTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # Nothing is cut ("Weighted average", "Precision"): too narrow a table scrolls.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._report: dict[str, Any] | None = None
        self._names: list[str] = []

    def set_report(self, report: dict[str, Any] | None, names: list[str]) -> None:
        """Show ``report`` (from engine.numerics.metrics) with ``names`` (one per class, any
        language)."""
        self._report, self._names = report, list(names)
        self.refresh()

    def report(self) -> dict[str, Any] | None:
        return self._report

    def refresh(self) -> None:
        """Re-fill every cell (after new results or a language change)."""
        self.setHorizontalHeaderLabels([self.tr("Class"), self.tr("Precision"),
                                        self.tr("Recall"), self.tr("F1"), self.tr("Support")])
        self.setToolTip(self.tr("Precision: of the images predicted as the class, the share "
                                "that were. Recall: of the images of the class, the share "
                                "found. F1: their harmonic mean. Support: images of the class."))
        report = self._report
        if report is None:
            self.setRowCount(0)
            return
        rows = report["per_class"]
        self.setRowCount(len(rows) + 3)
        for index, row in enumerate(rows):
            name = self._names[index] if index < len(self._names) else row["name"]
            self._fill_row(index, name, [row[m] for m in METRICS], row["support"],
                           row["undefined"])
        total = sum(row["support"] for row in rows)
        averages = ((self.tr("Macro average"), report["macro"]),
                    (self.tr("Weighted average"), report["weighted"]))
        for offset, (title, values) in enumerate(averages):
            self._fill_row(len(rows) + offset, title, [values[m] for m in METRICS], total, [],
                           bold=True)
        self._fill_accuracy(len(rows) + 2, report["accuracy"], total)

    def _fill_row(self, row: int, title: str, values: list[float], support: int,
                  undefined: list[str], bold: bool = False) -> None:
        self._set(row, 0, title, bold=bold, align_left=True)
        for column, (metric, value) in enumerate(zip(METRICS, values, strict=True), start=1):
            if metric in undefined:
                item = self._set(row, column, self.undefined_text())
                item.setForeground(UNDEFINED_COLOUR)
                item.setToolTip(self._undefined_tip(metric))
            else:
                self._set(row, column, i18n.number(value, 3), bold=bold)
        self._set(row, 4, i18n.integer(support), bold=bold)

    def _fill_accuracy(self, row: int, accuracy: float, total: int) -> None:
        self._set(row, 0, self.tr("Accuracy"), bold=True, align_left=True)
        for column in (1, 2):
            self._set(row, column, "")
        item = self._set(row, 3, i18n.number(accuracy, 3), bold=True)
        item.setToolTip(self.tr("The share of all images whose predicted class is the true "
                                "one: the diagonal of the matrix over all images."))
        self._set(row, 4, i18n.integer(total), bold=True)

    def _set(self, row: int, column: int, text: str, bold: bool = False,
             align_left: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        side = Qt.AlignmentFlag.AlignLeft if align_left else Qt.AlignmentFlag.AlignRight
        item.setTextAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(font)
        self.setItem(row, column, item)
        return item

    def undefined_text(self) -> str:
        return self.tr("undefined (0/0)")

    def _undefined_tip(self, metric: str) -> str:
        tips = {
            "precision": self.tr("The model never predicted this class, so precision divides "
                                 "0 by 0. It counts as 0 in the averages."),
            "recall": self.tr("This class has no images in the data, so recall divides 0 by 0. "
                              "It counts as 0 in the averages."),
            "f1": self.tr("The class is absent and never predicted, so F1 divides 0 by 0. It "
                          "counts as 0 in the averages."),
        }
        return tips[metric]

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""
