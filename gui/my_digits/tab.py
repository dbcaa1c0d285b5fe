"""Tab "Meus dígitos": browse, correct and share the digits you collected, and fine-tune on them.

Digits arrive from the Draw tab's "Add to my digits" bar (and the webcam's). Here they are
counted per class (is any digit missing?), shown as the network reads them, deleted (Delete;
undoable until the next deletion) or relabelled (select, press 0–9), exported as a zip or a
folder and imported back, on this computer or another. The collection is read afresh whenever
the tab is shown, so digits added elsewhere appear; files that cannot be read are listed and
skipped, never fatal. Below, "Fine-tune on my digits" (gui/my_digits/finetune.py).
"""

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.datasets.my_digits import DigitItem, MyDigits, MyDigitsError
from gui import i18n, style
from gui.my_digits.finetune import FineTunePanel
from gui.my_digits.view import ALL, ClassCounts, DigitThumbnails
from gui.session import LabSession
from gui.widgets.data_problems import data_problem
from gui.widgets.hint_label import HintLabel
from gui.widgets.model_selector import ModelSelector

MAX_NAMES_LISTED = 5  # damaged files named in the message; the rest are counted


class MyDigitsTab(QWidget):
    """Counts, thumbnails, delete / relabel, export / import, and fine-tuning."""

    def __init__(self, session: LabSession, parent: QWidget | None = None,
                 collection: MyDigits | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myDigitsTab")
        self.session = session
        self._collection = collection  # None: the app's own folder (looked up each time)
        self._digits: list[DigitItem] = []
        self._deleted: list[tuple[Path, bytes]] = []  # the last deletion, for Undo
        self.selector = ModelSelector(session)
        self.counts = ClassCounts()
        self.thumbnails = DigitThumbnails()
        self.fine_tune = FineTunePanel(session, self.collection)
        self._build_widgets()
        self._build_layout()
        self.counts.filterChanged.connect(lambda _key: self._show_thumbnails())
        self.thumbnails.deleteRequested.connect(self.delete_selected)
        self.thumbnails.relabelRequested.connect(self.relabel_selected)
        self.thumbnails.itemSelectionChanged.connect(self._selection_changed)
        self.retranslate()
        session.ensure_model()

    def collection(self) -> MyDigits:
        return self._collection if self._collection is not None else MyDigits()

    # -- layout --------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.title = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(max(15.0, font.pointSizeF() * 1.5))
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(wordWrap=True)
        self.delete_button = QPushButton(objectName="deleteDigitsButton")
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(objectName="undoDeleteButton")
        self.undo_button.clicked.connect(self.undo_delete)
        self.export_button = QPushButton(objectName="exportButton")
        self.import_button = QPushButton(objectName="importButton")
        self.export_zip = QAction(self, objectName="exportZipAction")
        self.export_folder = QAction(self, objectName="exportFolderAction")
        self.import_zip = QAction(self, objectName="importZipAction")
        self.import_folder = QAction(self, objectName="importFolderAction")
        self.export_zip.triggered.connect(lambda: self._ask_export(zip_file=True))
        self.export_folder.triggered.connect(lambda: self._ask_export(zip_file=False))
        self.import_zip.triggered.connect(lambda: self._ask_import(zip_file=True))
        self.import_folder.triggered.connect(lambda: self._ask_import(zip_file=False))
        self.export_button.setMenu(_menu(self, self.export_zip, self.export_folder))
        self.import_button.setMenu(_menu(self, self.import_zip, self.import_folder))
        self.message = QLabel(objectName="myDigitsMessage", wordWrap=True)
        self.message.hide()  # until there is something to say: no empty gap
        self.damaged = HintLabel("damagedFilesMessage")

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        for button in (self.delete_button, self.undo_button, self.export_button,
                       self.import_button):
            actions.addWidget(button)
        actions.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.selector)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addWidget(self.counts)
        column.addWidget(self.thumbnails, 1)
        column.addLayout(actions)
        column.addWidget(self.message)
        column.addWidget(self.damaged)
        column.addWidget(self.fine_tune)

    # -- showing the collection ----------------------------------------------------------------
    def refresh(self) -> None:
        """Read the collection again and show its counts, thumbnails and unreadable files."""
        collection = self.collection()
        self._digits, bad = collection.read_items()
        self.counts.set_counts(collection.counts(), self.tr("All"))
        self._show_thumbnails()
        if bad:
            names = ", ".join(path.name for path in bad[:MAX_NAMES_LISTED])
            more = len(bad) - MAX_NAMES_LISTED
            self.damaged.show_problem(self.tr(
                "{count} file(s) could not be read (damaged, or not images) and were skipped: "
                "{names}{more}. They are in {folder}.").format(
                count=len(bad), names=names, more=f" (+{more})" if more > 0 else "",
                folder=collection.folder))
        else:
            self.damaged.clear_problem()
        self._selection_changed()

    def _show_thumbnails(self) -> None:
        chosen = self.counts.current()
        keep = set(self.thumbnails.selected_paths())
        shown = [digit for digit in self._digits if chosen in (ALL, digit.label)]
        self.thumbnails.show_digits(shown, keep)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(bool(self.thumbnails.selectedItems()))
        self.undo_button.setEnabled(bool(self._deleted))
        self.export_button.setEnabled(bool(self._digits))

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # digits may have been added in the Draw tab meanwhile
        super().showEvent(event)

    # -- delete and relabel --------------------------------------------------------------------
    def delete_selected(self) -> int:
        """Delete the selected digits (Undo puts them back); returns how many."""
        paths = self.thumbnails.selected_paths()
        if not paths:
            return 0
        collection, deleted = self.collection(), []
        try:
            for path in paths:
                data = path.read_bytes()
                collection.delete(path)
                deleted.append((path, data))
        except (OSError, MyDigitsError) as error:
            self._say(self.tr("Could not delete: {reason}").format(reason=error), True)
        self._deleted = deleted
        if deleted:
            self._say(self.tr("Deleted {count} digit(s).").format(count=len(deleted)))
        self.refresh()
        return len(deleted)

    def undo_delete(self) -> int:
        """Put the digits of the last deletion back, under their old names."""
        from engine.paths import atomic_write_bytes, ensure_dir

        restored = 0
        for path, data in self._deleted:
            ensure_dir(path.parent)
            atomic_write_bytes(path, data)
            restored += 1
        self._deleted = []
        self._say(self.tr("Put back {count} digit(s).").format(count=restored))
        self.refresh()
        return restored

    def relabel_selected(self, digit: int) -> int:
        """Give the selected digits the label ``digit``; returns how many changed."""
        paths = self.thumbnails.selected_paths()
        collection, moved = self.collection(), []
        try:
            moved = [collection.relabel(path, digit) for path in paths]
        except (OSError, MyDigitsError) as error:
            self._say(self.tr("Could not change the label: {reason}").format(reason=error), True)
        if moved:
            self._say(self.tr("Labelled {count} digit(s) as {digit}.").format(count=len(moved),
                                                                               digit=digit))
        self.refresh()
        self.thumbnails.select_paths(set(moved))  # the same digits, under their new label
        return len(moved)

    # -- export and import ---------------------------------------------------------------------
    def export_to(self, path: str | Path) -> bool:
        """Export every digit: a ``.zip`` path gets a zip file, any other path a folder."""
        target = Path(path)
        collection = self.collection()
        try:
            count = (collection.export_zip(target) if target.suffix.lower() == ".zip"
                     else collection.export_folder(target))
        except OSError as error:
            self._say(self.tr("Could not export to {path}: {reason}").format(
                path=target, reason=error.strerror or error), True)
            return False
        self._say(self.tr("Exported {count} digits to {path}.").format(
            count=i18n.integer(count), path=target))
        return True

    def import_from(self, path: str | Path) -> bool:
        """Import the digits of a zip file or a folder of 0–9 folders into the collection."""
        try:
            report = self.collection().import_from(path)
        except MyDigitsError as error:  # said in the interface language
            self._say(self.tr("Could not import: {reason}").format(
                reason=data_problem(error, path)), True)
            return False
        except OSError as error:
            self._say(self.tr("Could not import: {reason}").format(reason=error), True)
            return False
        text = self.tr("Imported {added} digits ({same} were already here).").format(
            added=i18n.integer(report.added), same=i18n.integer(report.already_there))
        if report.skipped:
            text += " " + self.tr("{count} file(s) could not be read and were skipped: "
                                  "{names}.").format(count=len(report.skipped),
                                                     names=", ".join(report.skipped[:5]))
        if report.added + report.already_there + len(report.skipped) == 0:
            text = self.tr("No digits found in {path}: digits must be in folders named 0 "
                           "to 9.").format(path=path)
        self._say(text, problem=report.added == 0 and report.already_there == 0)
        self.refresh()
        return report.added > 0 or report.already_there > 0

    def _ask_export(self, zip_file: bool) -> None:
        if zip_file:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export my digits"),
                                                  str(Path.home() / "my_digits.zip"),
                                                  self.tr("Zip files (*.zip)"))
            if path and not path.lower().endswith(".zip"):
                path += ".zip"
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Export my digits into"),
                                                    str(Path.home()))
        if path:
            self.export_to(path)

    def _ask_import(self, zip_file: bool) -> None:
        if zip_file:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import digits"),
                                                  str(Path.home()), self.tr("Zip files (*.zip)"))
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Import digits from"),
                                                    str(Path.home()))
        if path:
            self.import_from(path)

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setStyleSheet(style.REFUSED_STYLE if problem else "")

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("My digits"))
        self.intro.setText(self.tr(
            "Digits you added with “Add to my digits” in the Draw tab, as the network reads "
            "them. Click a count to see one digit only. Select digits, then press Delete to "
            "remove them or 0–9 to correct their label."))
        self.thumbnails.setToolTip(self.tr("Your digits as the network reads them (28 × 28). "
                                           "Select some, then press Delete to remove them or "
                                           "0–9 to correct their label."))
        self.delete_button.setText(self.tr("Delete selected"))
        self.delete_button.setToolTip(self.tr("Remove the selected digits from the collection "
                                              "(the Delete key does the same)."))
        self.undo_button.setText(self.tr("Undo delete"))
        self.undo_button.setToolTip(self.tr("Put back the digits deleted last."))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save all your digits as a zip file or into a "
                                              "folder with one sub-folder per digit."))
        self.import_button.setText(self.tr("Import"))
        self.import_button.setToolTip(self.tr("Add digits from a zip file or a folder with "
                                              "sub-folders named 0 to 9."))
        self.export_zip.setText(self.tr("As a zip file…"))
        self.export_folder.setText(self.tr("Into a folder…"))
        self.import_zip.setText(self.tr("From a zip file…"))
        self.import_folder.setText(self.tr("From a folder…"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _menu(parent: QWidget, *actions: QAction) -> QMenu:
    menu = QMenu(parent)
    for action in actions:
        menu.addAction(action)
    return menu


if __name__ == "__main__":
    import sys

    from gui.preview import run_preview

    sys.exit(run_preview(lambda: MyDigitsTab(LabSession())))
