"""The tool row under the canvas: brush size, eraser, undo, redo, clear, open, save.

Each button's tooltip names its keyboard shortcut; the shortcuts themselves belong to the Draw
tab, so they work wherever the focus is inside it.
"""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from engine.digits.drawing import DEFAULT_BRUSH, MAX_BRUSH, MIN_BRUSH
from gui import style
from gui.settings import app_settings, remembered
from gui.widgets.canvas import DrawingCanvas

BRUSH_KEY = "draw/brush"


class DrawTools(QWidget):
    """Controls bound to one canvas; asks its tab to open or save files through signals."""

    openImageRequested = Signal()
    saveRequested = Signal()

    def __init__(self, canvas: DrawingCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.brush_label = QLabel()
        self.brush_slider = QSlider(Qt.Orientation.Horizontal)
        self.brush_slider.setObjectName("brushSlider")
        self.brush_slider.setRange(MIN_BRUSH, MAX_BRUSH)
        self.brush_slider.setValue(DEFAULT_BRUSH)
        self.brush_slider.setMaximumWidth(160)
        self.eraser_button = self._button("eraserButton", checkable=True)
        self.undo_button = self._button("undoButton")
        self.redo_button = self._button("redoButton")
        self.clear_button = self._button("clearButton")
        self.open_button = self._button("openImageButton")
        self.save_button = self._button("saveDrawingButton")
        self.problem = QLabel()
        self.problem.setObjectName("drawProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(style.ERROR_STYLE)
        self.problem.hide()
        self._build_layout()
        self._connect()
        self.brush_slider.setValue(remembered(BRUSH_KEY, DEFAULT_BRUSH, int))  # clamped to range
        self.retranslate()
        self._update_history_buttons()

    def _button(self, name: str, checkable: bool = False) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setCheckable(checkable)
        return button

    def _build_layout(self) -> None:
        # Two rows, so that the tab still fits a 1024-pixel projector in Portuguese.
        pen_row = QHBoxLayout()
        pen_row.addWidget(self.brush_label)
        pen_row.addWidget(self.brush_slider)
        for button in (self.eraser_button, self.undo_button, self.redo_button,
                       self.clear_button):
            pen_row.addWidget(button)
        pen_row.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.open_button)
        file_row.addWidget(self.save_button)
        file_row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(pen_row)
        column.addLayout(file_row)
        column.addWidget(self.problem)

    def _connect(self) -> None:
        self.brush_slider.valueChanged.connect(self._brush_changed)
        self.eraser_button.toggled.connect(self._eraser_toggled)
        self.undo_button.clicked.connect(self.canvas.undo)
        self.redo_button.clicked.connect(self.canvas.redo)
        self.clear_button.clicked.connect(self.canvas.clear)
        self.open_button.clicked.connect(self.openImageRequested)
        self.save_button.clicked.connect(self.saveRequested)
        self.canvas.historyChanged.connect(self._update_history_buttons)

    def _brush_changed(self, width: int) -> None:
        self.canvas.set_brush(width)
        app_settings().setValue(BRUSH_KEY, width)
        self._show_brush_width()

    def _eraser_toggled(self, on: bool) -> None:
        self.canvas.eraser = on
        self.canvas.update()

    def _update_history_buttons(self) -> None:
        self.undo_button.setEnabled(self.canvas.sketch.can_undo)
        self.redo_button.setEnabled(self.canvas.sketch.can_redo)
        self.clear_button.setEnabled(not self.canvas.sketch.state.blank)

    def show_problem(self, text: str) -> None:
        """A file that could not be opened or saved, said under the tools ("" hides it)."""
        self.problem.setStyleSheet(style.ERROR_STYLE)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def show_note(self, text: str) -> None:
        """Something done to an opened file that is worth knowing (a photo made grey): no error."""
        self.problem.setStyleSheet(f"color: {style.NOTE_BROWN};")
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _show_brush_width(self) -> None:
        self.brush_label.setText(self.tr("Brush: {width} px").format(
            width=self.brush_slider.value()))

    def retranslate(self) -> None:
        self._show_brush_width()
        self.brush_slider.setToolTip(self.tr(
            "Stroke width on the 280 × 280 canvas. The network sees the digit shrunk to 20 × 20 "
            "pixels: very thin strokes almost vanish, very thick ones close the loops."))
        texts = [
            (self.eraser_button, self.tr("Eraser"),
             self.tr("Erase instead of drawing (E). The right mouse button always erases.")),
            (self.undo_button, self.tr("Undo"), self.tr("Undo the last stroke (Ctrl+Z)")),
            (self.redo_button, self.tr("Redo"), self.tr("Redo what was undone (Ctrl+Shift+Z)")),
            (self.clear_button, self.tr("Clear"),
             self.tr("Clear the canvas (Esc or Delete); Undo brings the drawing back")),
            (self.open_button, self.tr("Open image…"),
             self.tr("Use a picture as the input (Ctrl+O): a photo of a digit on paper works "
                     "too; it goes through the same preparation as a drawing")),
            (self.save_button, self.tr("Save PNG…"), self.tr("Save the drawing as a PNG image "
                                                             "(Ctrl+S)")),
        ]
        for button, text, tip in texts:
            button.setText(text)
            button.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
