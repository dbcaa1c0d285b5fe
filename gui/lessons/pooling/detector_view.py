"""The widgets of the "three filters for a 5" demo (slide 18) and their texts."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from engine.lessons.templates import FILTER_COUNT
from gui.lessons.pooling.widgets import HEAT_MAP, button, row
from gui.widgets.big_label import big_label
from gui.widgets.canvas import DrawingCanvas
from gui.widgets.hint_label import HintLabel
from gui.widgets.pixel_view import PixelView

CANVAS_SIDE = 250
FILTER_SIDE = 80
RESPONSE_SIDE = 120
BEST_STYLE = "color: #b35c00; font-weight: bold;"  # the filter that fired most


class DetectorView(QWidget):
    """A canvas, three filters with their response maps, and the pooled detector output."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = DrawingCanvas()
        self.canvas.setObjectName("fiveCanvas")  # the Draw tab's canvas keeps "drawingCanvas"
        self.canvas.setFixedSize(CANVAS_SIDE, CANVAS_SIDE)
        self.clear_button = button("clearCanvasButton")
        self.sample_button = button("sampleFiveButton")
        self.other_button = button("otherDigitButton")
        self.drawing_button = button("useDrawingButton")
        self.canvas_note = QLabel()
        self.canvas_note.setWordWrap(True)
        self.canvas_note.setFixedWidth(CANVAS_SIDE + 20)
        self.problem_label = HintLabel("detectorProblem")
        self.filter_views = [self._pixel_view(f"filterView{i}", FILTER_SIDE, "CET-D1")
                             for i in range(FILTER_COUNT)]
        self.response_views = [self._pixel_view(f"responseView{i}", RESPONSE_SIDE, HEAT_MAP)
                               for i in range(FILTER_COUNT)]
        self.filter_titles = [big_label(f"filterTitle{i}", 11, bold=True)
                              for i in range(FILTER_COUNT)]
        self.filter_scores = [big_label(f"filterScore{i}", 13) for i in range(FILTER_COUNT)]
        self.score = big_label("detectorScore", 16, bold=True)
        self.bar = QProgressBar()
        self.bar.setObjectName("detectorBar")
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(26)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setFixedWidth(CANVAS_SIDE + 20)
        self._lay_out()

    @staticmethod
    def _pixel_view(name: str, side: int, colour_map: str | None) -> PixelView:
        view = PixelView(colour_map=colour_map)
        view.setObjectName(name)
        view.setFixedSize(side, side)
        return view

    def _lay_out(self) -> None:
        self.canvas_box = QGroupBox()
        left = QVBoxLayout(self.canvas_box)
        left.addWidget(self.canvas, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QGridLayout()
        for index, widget in enumerate((self.sample_button, self.other_button,
                                        self.drawing_button, self.clear_button)):
            buttons.addWidget(widget, index // 2, index % 2)
        left.addLayout(buttons)
        left.addWidget(self.canvas_note)
        left.addWidget(self.explanation)
        left.addStretch(1)
        self.filters_box = QGroupBox()
        filters = QGridLayout(self.filters_box)
        for i in range(FILTER_COUNT):
            text = QVBoxLayout()
            text.addWidget(self.filter_titles[i])
            text.addWidget(self.filter_scores[i])
            text.addStretch(1)
            filters.addWidget(self.filter_views[i], i, 0, Qt.AlignmentFlag.AlignVCenter)
            filters.addWidget(self.response_views[i], i, 1)
            filters.addLayout(text, i, 2)
        filters.setColumnStretch(2, 1)
        right = QVBoxLayout()
        right.addWidget(self.filters_box)
        right.addWidget(self.score)
        right.addWidget(self.bar)
        right.addStretch(1)
        body = row(self.canvas_box)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        layout.addLayout(body)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.canvas_box.setTitle(self.tr("Draw a 5 anywhere"))
        self.filters_box.setTitle(self.tr("Three filters for a 5 and their response maps"))
        self.clear_button.setText(self.tr("Clear"))
        self.sample_button.setText(self.tr("A sample 5"))
        self.other_button.setText(self.tr("Another digit"))
        self.drawing_button.setText(self.tr("My Draw-tab drawing"))
        self.canvas_note.setText(self.tr(
            "Draw smaller than in the Draw tab, so there is room to move. The filters are "
            "20 px, so the whole canvas is scaled until the digit is 20 px tall; where you "
            "drew it stays where it is."))
        self.explanation.setText(self.tr(
            "Each filter is the average of a third of the sample's 5s, sorted by slant. Its "
            "response is the correlation with the window under it (−1 to 1; the frame shows "
            "the best window). Max pooling over all positions, then over the three filters, "
            "gives one output: high wherever the 5 is, whichever filter fired."))
        for label in (self.canvas_note, self.explanation):
            # A wrapped label in a fixed-width column: ask for the height its text needs, or
            # the scroll area (which ignores height-for-width) squeezes the canvas above it.
            label.setMinimumHeight(label.heightForWidth(label.width()))
        self.clear_button.setToolTip(self.tr("Empty the canvas"))
        self.sample_button.setToolTip(self.tr(
            "Put a real 5 from the MNIST sample at a random place on the canvas."))
        self.other_button.setToolTip(self.tr(
            "Put another MNIST digit at a random place, to see that the output drops."))
        self.drawing_button.setToolTip(self.tr("Copy the drawing from the Draw tab here."))
        self.canvas.setToolTip(self.tr("Draw with the left button, erase with the right."))
