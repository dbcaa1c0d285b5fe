"""File → Save activity…: the title, what the class should do, and which controls to lock."""

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.activity import ActivityControl


class SaveActivityDialog(QDialog):
    """Asks for the activity's words and locks; the caller saves the file once it is accepted."""

    def __init__(self, controls: Sequence[ActivityControl], parent: QWidget | None = None,
                 title: str = "", instructions: str = "", locked: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("saveActivityDialog")
        self.setWindowTitle(self.tr("Save activity"))
        self.title_edit = QLineEdit(title)
        self.title_edit.setObjectName("activityTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("e.g. Stride and output size"))
        self.instructions_edit = QPlainTextEdit(instructions)
        self.instructions_edit.setObjectName("activityInstructionsEdit")
        self.instructions_edit.setPlaceholderText(
            self.tr("What should the class do? Students read this in a panel beside the page."))
        self.instructions_edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.lock_boxes = {control.key: self._lock_box(control, control.key in locked)
                           for control in controls}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("saveActivityButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Instructions:"), self.instructions_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._locks_group(controls))
        layout.addWidget(buttons)
        self.resize(520, 440)

    def _lock_box(self, control: ActivityControl, checked: bool) -> QCheckBox:
        box = QCheckBox(control.label)
        box.setObjectName(f"lock_{control.key}")
        box.setChecked(checked)
        return box

    def _locks_group(self, controls: Sequence[ActivityControl]) -> QGroupBox:
        group = QGroupBox(self.tr("Lock these controls (students cannot change them)"))
        group.setObjectName("activityLocksGroup")
        layout = QVBoxLayout(group)
        for box in self.lock_boxes.values():
            layout.addWidget(box)
        if not controls:
            layout.addWidget(QLabel(self.tr("This page has no controls to lock.")))
        return group

    def title(self) -> str:
        return self.title_edit.text().strip()

    def instructions(self) -> str:
        return self.instructions_edit.toPlainText().strip()

    def locked(self) -> tuple[str, ...]:
        """The keys of the ticked controls, in the page's order."""
        return tuple(key for key, box in self.lock_boxes.items() if box.isChecked())
