"""The widgets of the image-representation lesson and their texts; the lesson drives them.

Two rows of linked zoomable views: the photo, its grey version and the pixel readout on top,
the R, G and B channels below, so "a colour image is three grids of numbers" can be seen
pixel for pixel.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui import style
from gui.lessons.common import lesson_title
from gui.widgets.big_label import text_label as _label
from gui.widgets.image_source import ImageSource
from gui.widgets.zoom_image_view import ZoomImageView
from gui.widgets.zoom_link import ZoomLink

CHANNEL_TITLE_COLOURS = style.CHANNEL_COLOURS


def _button(name: str, text: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


class ImagePanel(QWidget):
    """A title over one zoomable view."""

    def __init__(self, name: str, link: ZoomLink, colour: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label(name + "Title", 12, bold=True)
        self.title.setWordWrap(False)
        if colour is not None:
            self.title.setStyleSheet(f"color: {colour};")
        self.view = ZoomImageView(link)
        self.view.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)


class ImageRepresentationView(QWidget):
    """Picture chooser and zoom controls, the five linked views and the pixel readout."""

    def __init__(self, session: object | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = ZoomLink(self)
        self.title = lesson_title()
        self.intro = _label("lessonIntro")
        self.source = ImageSource(session, photos=True)
        self.source.setObjectName("imageSource")
        self.zoom_out_button = _button("zoomOutButton", "−")
        self.zoom_in_button = _button("zoomInButton", "+")
        self.fit_button = _button("zoomFitButton")
        self.numbers_button = _button("zoomNumbersButton")
        self.zoom_label = _label("zoomLabel")
        self.tint_check = QCheckBox()
        self.tint_check.setObjectName("tintChannelsCheck")
        self.image_panel = ImagePanel("imageView", self.link)
        self.grey_panel = ImagePanel("greyView", self.link)
        self.channel_panels = [ImagePanel(f"{name}ChannelView", self.link, colour)
                               for name, colour in zip(("red", "green", "blue"),
                                                       CHANNEL_TITLE_COLOURS, strict=True)]
        self.pixel_info = _label("pixelInfo", 14, bold=True)
        self.grey_formula = _label("greyFormula", 11)
        self.size_label = _label("imageSizeLabel", 11)
        self.single_channel_note = _label("singleChannelNote", 12)
        self.single_channel_note.setStyleSheet(f"color: {style.NOTE_BROWN};")
        self.hint = _label("zoomHint")
        self._lay_out()

    @property
    def views(self) -> list[ZoomImageView]:
        panels = [self.image_panel, self.grey_panel, *self.channel_panels]
        return [panel.view for panel in panels]

    def _lay_out(self) -> None:
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(40)
            font = QFont(button.font())
            font.setPointSize(14)
            font.setBold(True)
            button.setFont(font)
        controls = QHBoxLayout()
        controls.addWidget(self.source, 1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button,
                       self.numbers_button, self.tint_check):
            controls.addWidget(widget)
        self.grid = grid = QGridLayout()
        grid.setSpacing(6)
        grid.addWidget(self.image_panel, 0, 0)
        grid.addWidget(self.grey_panel, 0, 1)
        grid.addWidget(self._info_panel(), 0, 2)
        for column, panel in enumerate(self.channel_panels):
            grid.addWidget(panel, 1, column)
        for index in range(3):
            grid.setColumnStretch(index, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(controls)
        layout.addLayout(grid, 1)

    def show_channels(self, colour: bool) -> None:
        """Colour: photo, grey and R, G, B views. Grey: the one channel, shown large."""
        for panel in (self.grey_panel, *self.channel_panels):
            panel.setVisible(colour)
        self.single_channel_note.setVisible(not colour)
        self.grey_formula.setVisible(colour)
        self.tint_check.setEnabled(colour)
        self.grid.removeWidget(self.image_panel)
        span = 1 if colour else 2
        self.grid.addWidget(self.image_panel, 0, 0, span, span)

    def _info_panel(self) -> QScrollArea:
        self.info_frame = QFrame()
        self.info_frame.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self.info_frame)
        for widget in (self.pixel_info, self.grey_formula, self.single_channel_note,
                       self.size_label, self.zoom_label, self.hint):
            column.addWidget(widget)
        column.addStretch(1)
        # In a scroll area whose height is ignored: the wrapped text must not make the top
        # row taller than the bottom one (views of one size show the same pixels), and on a
        # small screen it scrolls rather than squeezing the images.
        scroll = QScrollArea()
        scroll.setObjectName("infoPanel")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(200)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        scroll.setWidget(self.info_frame)
        return scroll

    def retranslate(self) -> None:
        self.title.setText(self.tr("Image representation"))
        self.intro.setText(self.tr(
            "To a computer an image is a grid of numbers, one per pixel: 0 is black, 255 is "
            "white. A colour image is three such grids — the red, green and blue channels. "
            "Zoom in until the numbers appear."))
        self.image_panel.title.setText(self.tr("Image"))
        self.grey_panel.title.setText(self.tr("Grey version"))
        for panel, text in zip(self.channel_panels, (
                self.tr("R — red channel"), self.tr("G — green channel"),
                self.tr("B — blue channel")), strict=True):
            panel.title.setText(text)
        self.fit_button.setText(self.tr("Fit"))
        self.numbers_button.setText(self.tr("Show the numbers"))
        self.tint_check.setText(self.tr("Tint channels"))
        self.hint.setText(self.tr(
            "Mouse wheel or + / − to zoom, drag to move. The views stay on the same pixels."))
        self.zoom_in_button.setToolTip(self.tr("Zoom in on every view at once."))
        self.zoom_out_button.setToolTip(self.tr("Zoom out on every view at once."))
        self.fit_button.setToolTip(self.tr("Show the whole image again."))
        self.numbers_button.setToolTip(self.tr(
            "Zoom in at once until every pixel is big enough to show its numbers."))
        self.tint_check.setToolTip(self.tr(
            "Draw each channel from black to its own colour instead of black to white; grey "
            "shows the numbers' sizes best, tints show which channel is which."))
