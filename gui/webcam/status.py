"""The Webcam tab's status line: what is being read, and what went wrong, in words.

States: "streaming" (source, size, frame rate, digits found), "no camera" (detail: the camera's
number, or "" when none was found), "unreadable" (detail: the file's name), "lost" (a camera
that stopped mid-stream), "ended" (a source that ran out of frames), "error" (detail: what
happened). Problems are shown in bold red.
"""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from gui import i18n, style

PROBLEMS = ("lost", "error", "unreadable", "no camera")


class StatusLine(QLabel):
    """One line under the picture; re-reads its text on a language change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusMessage")
        self.setWordWrap(True)
        self._state: tuple[str, str] = ("", "")
        self._source = ""
        self._frame: tuple[int, int, float, int | None] | None = None
        self._still = False  # a still image has no frame rate worth reporting

    def state(self) -> str:
        return self._state[0]

    def show_state(self, key: str, detail: str = "") -> None:
        self._state = (key, detail)
        self.setStyleSheet(style.ERROR_STYLE + " font-weight: bold;" if key in PROBLEMS else "")
        self.setText(self._text())

    def show_frame(self, width: int, height: int, fps: float, digits: int | None) -> None:
        """While streaming: the numbers of the newest frame (digits None: the objects mode)."""
        self._frame = (width, height, fps, digits)
        if self._state[0] == "streaming":
            self.setText(self._text())

    def _text(self) -> str:
        key, detail = self._state
        if key == "streaming":
            return self._streaming_text()
        if key == "no camera":
            return self.tr("Camera {number} does not open.").format(number=detail) if detail \
                else self.tr("No camera found.")
        if key == "unreadable":
            return self.tr("Could not open {name}: the file is missing, or it is not a video "
                           "or an image.").format(name=detail)
        if key == "lost":
            return self.tr("The camera stopped sending pictures — was it unplugged? Reading "
                           "has stopped; plug it in again and choose it in the Camera list, "
                           "or open a video or image.")
        if key == "ended":
            return self.tr("The source has no more frames; the last one stays on screen.")
        if key == "error":
            return self.tr("Reading stopped: {detail}").format(detail=detail)
        return ""

    def _streaming_text(self) -> str:
        if self._frame is None:
            return self.tr("Starting {source}…").format(source=self._source)
        width, height, fps, digits = self._frame
        if digits is None:  # the objects mode: no digits are looked for
            rate = self.tr("still image") if self._still else self.tr("{fps} frames/s").format(
                fps=i18n.number(fps, 0))
            return self.tr("{source} · {width} × {height} · {rate}").format(
                source=self._source, width=width, height=height, rate=rate)
        if self._still:
            return self.tr("{source} · {width} × {height} · still image · digits found: "
                           "{digits}").format(source=self._source, width=width, height=height,
                                              digits=digits)
        return self.tr("{source} · {width} × {height} · {fps} frames/s · digits found: "
                       "{digits}").format(source=self._source, width=width, height=height,
                                          fps=i18n.number(fps, 0), digits=digits)

    def rename(self, source: str) -> None:
        """The source's name in a new language."""
        self._source = source
        self.setText(self._text())

    def starting(self, source: str, still: bool = False) -> None:
        self._source, self._frame, self._still = source, None, still
        self.show_state("streaming")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(self._text())
        super().changeEvent(event)
