"""Help → Manual: a short offline manual, one HTML page per language in resources/manual/."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gui import i18n
from resources import resource_path


def manual_html(language: str | None = None) -> str:
    """The manual in ``language`` (default: the interface's), English when it has none."""
    language = language or i18n.current_language()
    path = resource_path("manual", f"manual_{language}.html")
    if not path.exists():
        path = resource_path("manual", f"manual_{i18n.ENGLISH}.html")
    return path.read_text(encoding="utf-8")


class ManualDialog(QDialog):
    """The manual in a browser that stays inside the app (no network, no external browser)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.setWindowTitle(self.tr("CNN Lab manual"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("manualBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(manual_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 600)
