"""What the layout guards look for: text cut by its widget, and buttons that move.

Shared by ``test_layout_guards.py`` and its scaled-screen subprocess, and runnable by hand
(``python -m tests.gui.layout_checks``) to list every clipped text of every page.
"""

from PySide6 import QtGui
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

SLACK = 2  # pixels: rounding of fonts and frames, never a visible cut


def plain_text(label: QLabel) -> str:
    """The text a person reads on ``label`` (rich text without its tags)."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def elides_on_purpose(widget: QWidget, text: str) -> bool:
    """A text shortened with "…" and given whole in the tooltip is not a cut."""
    return text.rstrip().endswith("…") and bool(widget.toolTip())


def label_cut(label: QLabel) -> bool:
    text = plain_text(label)
    if not text.strip() or elides_on_purpose(label, text):
        return False
    metrics = label.fontMetrics()
    room = label.contentsRect().width() - 2 * max(label.margin(), 0)
    if label.indent() > 0:
        room -= label.indent()
    if label.wordWrap():
        widest_word = max(metrics.horizontalAdvance(word) for word in text.split())
        too_tall = label.heightForWidth(label.width()) > label.height() + SLACK
        return widest_word > room + SLACK or too_tall
    widest_line = max(metrics.horizontalAdvance(line) for line in text.splitlines())
    lines = len(text.splitlines())
    return (widest_line > room + SLACK
            or metrics.lineSpacing() * lines > label.contentsRect().height() + metrics.leading()
            + SLACK + metrics.lineSpacing() // 2)


def button_cut(button: QAbstractButton) -> bool:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip() or elides_on_purpose(button, text):
        return False
    if isinstance(button, (QCheckBox, QRadioButton)):
        return button.sizeHint().width() > button.width() + SLACK
    if isinstance(button, QPushButton):
        # The style's padding around icon and text (its sizeHint adds a minimum width too,
        # which a short text does not need).
        metrics = button.fontMetrics()
        needed = max(metrics.horizontalAdvance(line) for line in text.splitlines()) + 8
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
        if button.menu() is not None:  # the menu's arrow takes room from the text
            needed += 14
        return needed > button.width() + SLACK
    return button.sizeHint().width() > button.width() + SLACK


def title_cut(box: QGroupBox) -> bool:
    return box.fontMetrics().horizontalAdvance(box.title()) + 8 > box.width() + SLACK


def cut_texts(root: QWidget, where: str) -> list[str]:
    """Every visible label or button under ``root`` whose text does not fit, described."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and label_cut(widget):
            text = plain_text(widget)
        elif isinstance(widget, QAbstractButton) and button_cut(widget):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and title_cut(widget):
            text = widget.title()
        else:
            continue
        name = widget.objectName() or type(widget).__name__
        parent = widget.parentWidget()
        owner = parent.objectName() or type(parent).__name__ if parent else ""
        found.append(f"{where}: {name} (in {owner}, {widget.width()}×{widget.height()}) "
                     f"cuts {text!r}")
    return found


def position_in(widget: QWidget, window: QWidget) -> QPoint:
    return widget.mapTo(window, QPoint(0, 0))


if __name__ == "__main__":  # pragma: no cover - a tool to look with
    import sys

    from PySide6.QtWidgets import QApplication

    from gui import i18n
    from gui.main_window import PAGES, MainWindow

    app = QApplication(sys.argv)
    window = MainWindow(warm_up_tensorflow=False)
    size = [int(v) for v in (sys.argv[1:2] or ["1024x768"])[0].split("x")]
    window.resize(*size)
    window.show()
    for language in (i18n.PORTUGUESE, i18n.ENGLISH):
        i18n.apply_language(language, remember=False)
        for page in PAGES:
            window.show_page(page.key)
            for _ in range(20):
                app.processEvents()
            while window.session.busy:
                app.processEvents()
            app.processEvents()
            print("\n".join(cut_texts(window, f"{language}/{page.key}")), flush=True)
    print("minimum", window.minimumSizeHint(), window.size())
    window.session.wait()
