"""What every lesson page shares: a scrolling page, a title, and words that follow the language.

A lesson is a :class:`LessonPage`: it builds its view, hands it to :meth:`LessonPage.set_page`
(or its tabs' pages to :func:`scrolled`) and writes every text in :meth:`retranslate`, which
the page calls again whenever the interface language changes. Its title is
:func:`lesson_title`, the same size and weight on every lesson.
"""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from gui.widgets.big_label import big_label

TITLE_POINTS = 20  # read from the back of a classroom


def lesson_title() -> QLabel:
    """The lesson's title label (objectName ``lessonTitle``); its text is set by retranslate."""
    return big_label("lessonTitle", TITLE_POINTS, bold=True)


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
