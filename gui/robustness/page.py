"""Page "Robustez" (Lab): how well do a CNN and an MLP hold up when the digit changes?

Slides 17–18 claim that convolution with max pooling tolerates small shifts; this page lets a
class test it. At the top, the digit being studied (``DigitChooser``) and the two models
(``SideChooser`` × 2), shared by every tab; below, the tabs: Compare (live perturbations, this
package's ``compare``), Sweeps, Occlusion map, FGSM and Augmentation (``sweeps``,
``occlusion_view``, ``fgsm_view``, ``augment_preview``). A tab whose module is not there is
left out rather than faked. Run on its own with ``python -m gui.robustness.page``.
"""

import importlib
import sys

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.robustness.compare import CompareView
from gui.robustness.digit import DigitChooser, DigitSource
from gui.robustness.models import ModelPair, SideChooser

# (module, class, what it is built from) of the other tabs, in the order they are shown.
OTHER_TABS = (
    ("gui.robustness.sweeps", "SweepView", "pair"),
    ("gui.robustness.occlusion_view", "OcclusionView", "pair+source"),
    ("gui.robustness.fgsm_view", "FgsmView", "pair+source"),
    ("gui.robustness.augment_preview", "AugmentPreview", "source"),
)


class RobustnessLab(QWidget):
    """The digit and the two models at the top, the tabs that perturb and measure below."""

    def __init__(self, session: object | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("robustnessLab")
        self.session = session
        self.source = DigitSource(session, self)
        self.pair = ModelPair(session, parent=self)
        self.digit_chooser = DigitChooser(self.source)
        self.choosers = (SideChooser(self.pair, 0), SideChooser(self.pair, 1))
        self.models_label = QLabel()
        self.versus_label = QLabel()
        self.compare = CompareView(self.pair, self.source)
        self.tabs = QTabWidget(objectName="robustnessTabs")
        self.tabs.addTab(self.compare, "")
        self.views: dict[str, QWidget] = {"compare": self.compare}
        self._add_other_tabs()
        self._build_layout()
        self.retranslate()

    def _add_other_tabs(self) -> None:
        for module_name, class_name, needs in OTHER_TABS:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as error:
                if error.name != module_name:
                    raise  # the module is there but broken: say so, do not hide it
                continue
            view_class = getattr(module, class_name)
            arguments = {"pair": (self.pair,), "source": (self.source,),
                         "pair+source": (self.pair, self.source)}[needs]
            view = view_class(*arguments)
            self.tabs.addTab(view, "")  # each scrolls inside its tab (view_frame.scroll_inside)
            self.views[class_name] = view

    def _build_layout(self) -> None:
        top = QGridLayout()
        top.addWidget(self.digit_chooser, 0, 0, 1, 4)
        top.addWidget(self.models_label, 1, 0)
        top.addWidget(self.choosers[0], 1, 1)
        top.addWidget(self.versus_label, 1, 2)
        top.addWidget(self.choosers[1], 1, 3)
        top.setColumnStretch(1, 1)
        top.setColumnStretch(3, 1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.tabs, 1)

    def _tab_index(self, view: QWidget) -> int:
        return self.tabs.indexOf(view)

    def show_tab(self, key: str) -> None:
        """Bring the tab of ``key`` ("compare", "SweepView", …) to the front."""
        self.tabs.setCurrentIndex(self._tab_index(self.views[key]))

    def tab_titles(self) -> dict[str, str]:
        return {
            "compare": self.tr("Compare"),
            "SweepView": self.tr("Sweeps"),
            "OcclusionView": self.tr("Occlusion map"),
            "FgsmView": self.tr("FGSM"),
            "AugmentPreview": self.tr("Augmentation"),
        }

    def retranslate(self) -> None:
        titles = self.tab_titles()
        for key, view in self.views.items():
            self.tabs.setTabText(self._tab_index(view), titles[key])
        self.tabs.setTabToolTip(self.tabs.indexOf(self.compare), self.tr(
            "Perturb one digit with sliders and watch both networks read it, live"))
        self.models_label.setText(self.tr("Models:"))
        self.versus_label.setText(self.tr("versus"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def main() -> int:  # pragma: no cover - a preview runner, as every big view has
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    page = RobustnessLab()
    page.resize(1000, 700)
    page.show()
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
