"""Part two of "Importância do max pooling" (slide 18): three filters for a 5, max-pooled.

Three filters, each the mean of a third of the MNIST sample's 5s sorted by slant (see
:mod:`engine.lessons.templates` for why means of real 5s and why a normalised correlation), scan the
drawing. Each response map is max-pooled over every position, and the three results are
max-pooled again: one number that stays high wherever the 5 is drawn, whichever filter fired,
and drops for other digits.

The filters are built from the built-in sample the first time the demo is shown (a few
milliseconds once the sample is cached), not when the window opens.
"""

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from engine.lessons.templates import (
    LeanFilters,
    TemplateMatch,
    digit_field,
    match_templates,
    place_digit,
    sample_lean_filters,
)
from gui import i18n
from gui.lessons.pooling.detector_view import BEST_STYLE, DetectorView
from gui.session import LabSession

BRUSH = 14  # the digit is drawn smaller here than in the Draw tab, so a thinner brush
SAMPLE_ZOOM = 4  # a 28-px MNIST digit becomes 112 canvas px: room to put it anywhere
UPDATE_DELAY_MS = 60  # coalesce the canvas' per-point updates while drawing


class FiveDetector(QWidget):
    """Three "5" filters over a drawing, their response maps and the max-pooled output."""

    def __init__(self, session: LabSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._bank: LeanFilters | None = None
        self._samples: tuple[np.ndarray, np.ndarray] | None = None  # sample test digits
        self._match: TemplateMatch | None = None
        self._field: np.ndarray | None = None
        self._rng = np.random.default_rng()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UPDATE_DELAY_MS)
        self._timer.timeout.connect(self.update_now)
        self.view = DetectorView(self)
        self.view.canvas.set_brush(BRUSH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._wire()
        self.view.retranslate()
        self._show_result()

    # -- state a test may read -----------------------------------------------------------------
    @property
    def match(self) -> TemplateMatch | None:
        return self._match

    @property
    def field(self) -> np.ndarray | None:
        return self._field

    def is_settled(self) -> bool:
        """True when what is shown is for the canvas as it is now (tests wait on this)."""
        return self._bank is not None and not self._timer.isActive()

    def place_sample(self, digit: int, top: int, left: int) -> None:
        """Put the first sample test image of ``digit`` at (top, left) on the canvas."""
        images, labels = self._sample_digits()
        self._put(images[labels == digit][0], top, left)

    # -- wiring --------------------------------------------------------------------------------
    def _wire(self) -> None:
        v = self.view
        v.canvas.changed.connect(self._timer.start)
        v.clear_button.clicked.connect(v.canvas.clear)
        v.sample_button.clicked.connect(lambda: self._random_sample(five=True))
        v.other_button.clicked.connect(lambda: self._random_sample(five=False))
        v.drawing_button.clicked.connect(self._copy_drawing)
        if self.session is not None:
            self.session.drawingChanged.connect(self._drawing_available)
        self._drawing_available()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._bank is None:
            self._load_filters()

    def _load_filters(self) -> None:
        try:
            self._bank = sample_lean_filters()
        except ValueError as error:  # DatasetError: the sample is missing or damaged
            self.view.problem_label.show_problem(self.tr(
                "The filters are made from the built-in MNIST sample, which cannot be read: "
                "{error}").format(error=error))
            return
        for view, weights in zip(self.view.filter_views, self._bank.filters, strict=True):
            limit = float(np.abs(weights).max())
            view.set_image(weights, levels=(-limit, limit))  # white is 0, as in FilterGrid
        self.update_now()

    # -- canvas inputs -------------------------------------------------------------------------
    def _sample_digits(self) -> tuple[np.ndarray, np.ndarray]:
        if self._samples is None:
            from engine.datasets.catalog import load_sample  # the test part: new to the filters

            data = load_sample()
            self._samples = (data.x_test, data.y_test)
        return self._samples

    def _random_sample(self, five: bool) -> None:
        try:
            images, labels = self._sample_digits()
        except ValueError as error:
            self.view.problem_label.show_problem(str(error))
            return
        choices = np.flatnonzero((labels == 5) == five)
        image = images[self._rng.choice(choices)]
        room = self.view.canvas.sketch.size - image.shape[0] * SAMPLE_ZOOM
        self._put(image, *(int(v) for v in self._rng.integers(0, room + 1, 2)))

    def _put(self, image: np.ndarray, top: int, left: int) -> None:
        size = self.view.canvas.sketch.size
        self.view.canvas.set_picture(place_digit(image, top, left, SAMPLE_ZOOM, size))

    def _copy_drawing(self) -> None:
        if self.session is not None and self.session.drawing is not None:
            self.view.canvas.set_picture(np.asarray(self.session.drawing, np.uint8))

    def _drawing_available(self) -> None:
        has = self.session is not None and self.session.drawing is not None
        self.view.drawing_button.setEnabled(has)

    # -- computing and showing -----------------------------------------------------------------
    def update_now(self) -> None:
        self._timer.stop()
        if self._bank is None:
            return
        self._field = digit_field(self.view.canvas.sketch.pixels())
        self._match = (None if self._field is None
                       else match_templates(self._field, self._bank.filters))
        self._show_result()

    def _show_result(self) -> None:
        v, match = self.view, self._match
        for i, (title, score) in enumerate(zip(v.filter_titles, v.filter_scores, strict=True)):
            title.setText(self._filter_title(i))
            best = match is not None and i == match.best
            score.setStyleSheet(BEST_STYLE if best else "")
            score.setText("—" if match is None else self.tr("max {value}").format(
                value=i18n.number(match.pooled[i], 2)))
            self._show_response(i)
        if match is None:
            v.score.setText(self.tr("Draw a digit: the detector's output appears here."))
            v.bar.setValue(0)
            return
        v.score.setText(self.tr("Max pooling of the three: {value} (filter {best})").format(
            value=i18n.number(match.score, 2), best=match.best + 1))
        v.bar.setValue(round(100 * max(match.score, 0.0)))

    def _filter_title(self, index: int) -> str:
        if self._bank is None:
            return self.tr("Filter {n}").format(n=index + 1)
        return self.tr("Filter {n}: 5s leaning {degrees}°").format(
            n=index + 1, degrees=i18n.number(self._bank.degrees[index], 0))

    def _show_response(self, index: int) -> None:
        view = self.view.response_views[index]
        if self._match is None:
            view.set_image(np.zeros((1, 1)))
            view.hide_outline()
            return
        # The response itself, on one fixed scale (0 to 1) for all three: a dim map is a poor
        # match. Negative correlations (the filter's opposite) are drawn as 0.
        view.set_image(self._match.maps[index], levels=(0.0, 1.0))
        top, left, bottom, right = self._match.window(index)
        view.set_outline(top, left, bottom, right)

    def retranslate(self) -> None:
        self.view.retranslate()
        self._show_result()
