"""The Evaluation tab's widgets and layout (the behaviour is in ``gui.evaluation.tab``).

Top: the model, the data and the Evaluate button. Left: the confusion matrix and, under it,
the images behind the clicked cell. Right, two pages: the report table (with the exports) and
the metrics lesson (positive class, VP/VN/FP/FN, the four formulas).
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.evaluation.cell_examples import CellExamples
from gui.evaluation.confusion_view import ConfusionMatrixView
from gui.evaluation.metrics_view import BinaryMetricsPanel
from gui.evaluation.report_table import ReportTable
from gui.session import LabSession
from gui.widgets.dataset_chooser import DatasetChooser
from gui.widgets.exercise_button import ExerciseButton
from gui.widgets.hint_label import HintLabel
from gui.widgets.model_selector import ModelSelector

REPORT_PAGE, LESSON_PAGE = 0, 1


def _label(name: str, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
    return label


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class EvaluationView(QWidget):
    """Every widget of the Evaluation tab, laid out; texts set by ``retranslate``."""

    def __init__(self, session: LabSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selector = ModelSelector(session)
        self.chooser = DatasetChooser(session)
        self.evaluate_button = QPushButton()
        self.evaluate_button.setObjectName("evaluateButton")
        self.busy = QProgressBar()
        self.busy.setObjectName("evaluationBusy")
        self.busy.setRange(0, 0)  # evaluate() reports no progress: an indeterminate bar
        self.busy.setMaximumWidth(110)
        self.busy.hide()
        self.problem = HintLabel("evaluationProblem")
        self.title = _label("evaluationTitle", bold=True)
        self.matrix = ConfusionMatrixView()
        self.cell_title = _label("cellTitle")
        self.examples = CellExamples()
        self.report = ReportTable()
        self.lesson = BinaryMetricsPanel()
        self.export_report_button = QPushButton()
        self.export_report_button.setObjectName("exportReportButton")
        self.export_matrix_button = QPushButton()
        self.export_matrix_button.setObjectName("exportMatrixButton")
        self.pages = QTabWidget()
        self.pages.setObjectName("evaluationPages")
        # Beside the tabs, so nothing on them moves: the metrics lesson's exercises.
        self.exercise_button = ExerciseButton(session, "metrics")
        self.pages.setCornerWidget(self.exercise_button, Qt.Corner.TopRightCorner)
        self._build_layout()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.evaluate_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignTop)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.matrix, 3)
        left_column.addWidget(self.cell_title)
        left_column.addWidget(self.examples, 1)
        self.pages.addTab(self._report_page(), "")
        self.pages.addTab(scrolled(self.lesson), "")
        self.splitter = QSplitter()
        self.splitter.setObjectName("evaluationSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._user_split = False  # once the splitter is dragged, the person's choice stays
        self.splitter.splitterMoved.connect(self._splitter_dragged)
        column = QVBoxLayout(self)
        column.addWidget(self.selector)
        column.addLayout(top)
        column.addWidget(self.problem)
        column.addWidget(self.title)
        column.addWidget(self.splitter, 1)

    def _splitter_dragged(self, *_args: object) -> None:
        self._user_split = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.balance)  # after the layout has given the matrix its height

    def balance(self) -> None:
        """Give the matrix the width its height allows (square cells); the pages the rest."""
        total = self.splitter.width()
        if self._user_split or total <= 0:
            return
        names_width, names_height = self.matrix.header_size()
        # The matrix's room: the column's height less what the thumbnails need at the least
        # (not the matrix's own height, which the cap below makes follow the width).
        room = self.splitter.height() - self.cell_title.height() - self.examples.minimumHeight()
        wanted = int(room - 12 - names_height + names_width + 16)
        left = min(max(wanted, int(total * 0.38)), int(total * 0.6))
        self.splitter.setSizes([left, total - left])
        # Height the square cells cannot use goes to the thumbnails under the matrix.
        self.matrix.setMaximumHeight(max(self.matrix.minimumSizeHint().height(),
                                         self.matrix.height_for(left)))

    def _report_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.report, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_report_button)
        buttons.addWidget(self.export_matrix_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return page

    def retranslate(self) -> None:
        self.evaluate_button.setText(self.tr("Evaluate"))
        self.evaluate_button.setToolTip(self.tr("Run the model on every image of the test split "
                                                "(or, without one, of the validation hold-out) "
                                                "and compare its answers with the labels."))
        self.export_report_button.setText(self.tr("Export report (CSV)…"))
        self.export_report_button.setToolTip(self.tr("Save the table of precision, recall, F1 "
                                                     "and support as a CSV file for a "
                                                     "spreadsheet."))
        self.export_matrix_button.setText(self.tr("Export matrix (PNG)…"))
        self.export_matrix_button.setToolTip(self.tr("Save the confusion matrix, as coloured "
                                                     "now, as a PNG image."))
        self.pages.setTabText(REPORT_PAGE, self.tr("Report"))
        self.pages.setTabToolTip(REPORT_PAGE, self.tr("Precision, recall and F1 of every class, "
                                                      "with their averages."))
        self.pages.setTabText(LESSON_PAGE, self.tr("Positive class: TP, TN, FP, FN"))
        self.pages.setTabToolTip(LESSON_PAGE, self.tr("Choose a positive class and see the "
                                                      "matrix collapse into four counts and the "
                                                      "formulas of slides 25–26."))
        self.matrix.set_axis_titles(self.tr("True class"), self.tr("Predicted class"))
        self.examples.setToolTip(self.tr("The images of the clicked cell; click one to see how "
                                         "the network reads it in the Activations tab."))
        self.lesson.retranslate()
        self.matrix.set_role_names(self.lesson.role_names())
        self.report.refresh()
