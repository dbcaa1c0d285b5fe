"""What every lesson page shares: a scrolling page, a title, and words that follow the language.

A lesson is a :class:`LessonPage`: it builds its view, hands it to :meth:`LessonPage.set_page`
(or its tabs' pages to :func:`scrolled`) and writes every text in :meth:`retranslate`, which
the page calls again whenever the interface language changes. Its title is
:func:`lesson_title`, the same size and weight on every lesson; :func:`add_exercise_button`
puts the lesson's "Exercises" button at the right of that title.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.big_label import big_label
from gui.widgets.exercise_button import ExerciseButton

TITLE_POINTS = 20  # read from the back of a classroom


def lesson_title() -> QLabel:
    """The lesson's title label (objectName ``lessonTitle``); its text is set by retranslate."""
    return big_label("lessonTitle", TITLE_POINTS, bold=True)


def add_exercise_button(title: QLabel, session: object | None, topic: str) -> QPushButton:
    """An "Exercises" button (objectName ``exerciseButton``) at the right of ``title``.

    The button asks the window for the Exercises page on ``topic`` (through the session's
    ``exercisesRequested``). The title keeps its place in its layout: only a row is put
    around it, so nothing else on the page moves.
    """
    button = ExerciseButton(session, topic)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    holder = _layout_holding(title.parentWidget().layout(), title)
    if isinstance(holder, QGridLayout):
        place = holder.getItemPosition(holder.indexOf(title))
        holder.removeWidget(title)
        holder.addLayout(row, *place)
    elif isinstance(holder, QBoxLayout):
        index = holder.indexOf(title)
        stretch = holder.stretch(index)
        holder.removeWidget(title)
        holder.insertLayout(index, row, stretch)
    row.addWidget(title, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return button


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout (``layout`` or one nested in it) that holds ``widget`` itself."""
    if layout is None or layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        found = _layout_holding(layout.itemAt(index).layout(), widget)
        if found is not None:
            return found
    return None


def scrolled(page: QWidget) -> QScrollArea:
    """A page that scrolls instead of being squeezed or clipped on a small projector."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


class LessonPage(QWidget):
    """A lesson's page: content that scrolls, and texts rewritten when the language changes."""

    def __init__(self, parent: QWidget | None = None, margin: int | None = 0) -> None:
        """``margin`` around the page, in pixels (None: the style's own)."""
        super().__init__(parent)
        self.page_layout = QVBoxLayout(self)
        if margin is not None:
            self.page_layout.setContentsMargins(margin, margin, margin, margin)

    def set_page(self, view: QWidget) -> None:
        """Show ``view`` as the whole page, scrolling when the window is smaller than it."""
        self.page_layout.addWidget(scrolled(view))

    def retranslate(self) -> None:
        """Write every text again in the current language (each lesson says what)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
