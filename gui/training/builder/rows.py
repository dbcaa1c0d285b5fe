"""The stack's layers as rows: what each is, the shape it turns into what, its parameters with
the formula filled in, its multiply-adds, and in red why it cannot work.

A QListWidget with drag-and-drop reordering (InternalMove). Each row is a rich-text label; the
rows are made again from the engine's report after every change, so a drop only has to say
the new order (``orderChanged``) and never edits a row by hand. The output layer is the last
row, locked: it follows the data's classes.
"""

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem

from gui import style
from gui.training.builder.texts import BuilderTexts

INDEX_ROLE = Qt.ItemDataRole.UserRole  # the hidden layer's index; -1 for the output row
GREY = "#666666"
# On the selection's blue, grey and red would be hard to read: lighter shades there.
SELECTED_GREY, SELECTED_RED = "#e3f2fd", "#ffcdd2"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LayerRows(QListWidget):
    """``orderChanged(list[int])`` after a drag: the old indices in their new order."""

    orderChanged = Signal(list)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("builderLayers")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSpacing(1)
        self._texts = BuilderTexts(self)
        self._labels: list[QLabel] = []
        self._rows: list[Any] = []  # the reports shown, to redraw a row when it is selected
        self._selected_row = -1
        self.currentRowChanged.connect(self._recolour)
        # A drop moves the items first; the order is read once Qt has finished moving them.
        self.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._read_order))

    def show_report(self, report: Any, selected: int) -> None:
        """Show every row of ``report`` and select the hidden layer ``selected``."""
        rows = list(report.rows)
        self.blockSignals(True)
        if self._can_update(len(rows)):
            # The same rows (an option or the language changed): the labels are rewritten in
            # place. New labels would leave the old ones alive, words of a language ago, until
            # the event loop deletes them.
            for index, row in enumerate(rows):
                self._describe(self.item(index), self._labels[index], row)
            self._rows = rows
        else:
            self._labels, self._rows = [], []  # before clear(): it can resize, which fits rows
            self.clear()
            for row in rows:
                self._add_row(row)
        self._selected_row = -1
        self.blockSignals(False)
        target = next((i for i in range(self.count())
                       if self.item(i).data(INDEX_ROLE) == selected), -1)
        self.setCurrentRow(target)
        self._recolour(target)
        self._fit_rows()

    def _can_update(self, count: int) -> bool:
        """True when the shown rows can take new texts (a drop deletes the moved labels)."""
        return (count == self.count() == len(self._labels)
                and all(shiboken6.isValid(label) for label in self._labels))

    def _add_row(self, row: Any) -> None:
        item = QListWidgetItem()
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(4, 2, 4, 2)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the list drags
        self._describe(item, label, row)
        self.addItem(item)
        self.setItemWidget(item, label)
        self._labels.append(label)
        self._rows.append(row)

    def _describe(self, item: QListWidgetItem, label: QLabel, row: Any) -> None:
        label.setText(self._row_html(row))
        if row.is_output:
            item.setData(INDEX_ROLE, -1)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # neither selected, dragged nor dropped on
            item.setToolTip(self.tr("The output layer: one probability per class of the data, "
                                    "so its size follows the Data step."))
        else:
            item.setData(INDEX_ROLE, row.index)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            item.setToolTip(self._texts.kind_tip(row.spec.kind))

    def _recolour(self, current: int) -> None:
        """The selected row in light colours, the one before back in grey and red."""
        for index in {self._selected_row, current}:
            if 0 <= index < len(self._labels):
                self._labels[index].setText(self._row_html(self._rows[index],
                                                           index == current))
        self._selected_row = current

    def _row_html(self, row: Any, selected: bool = False) -> str:
        grey, red = (SELECTED_GREY, SELECTED_RED) if selected else (GREY, style.ERROR_RED)
        if row.is_output:
            title = self._texts.output_summary(int(row.output_shape[-1]) if row.output_shape
                                               else 0)
            number = self.tr("out")
        else:
            title, number = self._texts.summary(row.spec), str(row.index + 1)
        shapes, params, macs = self._texts.rows(row)
        details = " · ".join(_escape(text) for text in (shapes, params) if text)
        lines = [f"<b>{number}. {_escape(title)}</b>",
                 f"<span style='color:{grey}'>{details}</span>"]
        if macs:
            lines.append(f"<span style='color:{grey}'>{_escape(macs)}</span>")
        if row.problem is not None:
            lines.append(f"<span style='color:{red}'>"
                         f"{_escape(self._texts.problem(row.problem))}</span>")
        return "<br>".join(lines)

    def problem_texts(self) -> list[str]:
        """The red lines shown, in order (tests read what a person reads)."""
        return [label.text() for label in self._labels
                if style.ERROR_RED in label.text() or SELECTED_RED in label.text()]

    def row_texts(self) -> list[str]:
        return [label.text() for label in self._labels]

    def _fit_rows(self) -> None:
        """Each row as tall as its label needs at the list's width (labels wrap)."""
        width = max(self.viewport().width() - 4, 120)
        for index, label in enumerate(self._labels[:self.count()]):
            self.item(index).setSizeHint(QSize(width, label.heightForWidth(width) + 2))

    def _read_order(self) -> None:
        order = [self.item(i).data(INDEX_ROLE) for i in range(self.count())]
        hidden = [index for index in order if index is not None and index >= 0]
        if hidden != sorted(hidden) or (order and order[-1] != -1):
            self.orderChanged.emit(hidden)

    def changeEvent(self, event: QEvent) -> None:
        """The rows' words follow the language, even before the builder shows them again."""
        if event.type() == QEvent.Type.LanguageChange:
            for index, (label, row) in enumerate(zip(self._labels, self._rows, strict=True)):
                label.setText(self._row_html(row, index == self._selected_row))
            self._fit_rows()
        super().changeEvent(event)

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()
