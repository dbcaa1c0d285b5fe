"""Drive CNN Lab through its real entry point, as a teacher does, in a process of its own.

    python -m tests.reliability.app_driver PAGE remember   open the app, go to PAGE, close
    python -m tests.reliability.app_driver PAGE reopen     open it again, wait for TensorFlow
                                                           and for the page's model to answer

The app is started by ``main.main([])``, exactly what ``python main.py`` runs; the driver only
schedules, before it, a timer that finds the window and acts on it. The last line printed is
``REPORT {json}``: the page the window opened on, whether TensorFlow became ready, every
failure shown to the person, and what the page's model produced.
"""

import json
import sys
import time
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

TIME_LIMIT_S = 90.0
POLL_MS = 100
LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def a_seven() -> np.ndarray:
    """A 28 × 28 "7" as the network reads it (0–1, light on black)."""
    image = np.zeros((28, 28), np.float32)
    image[6:9, 6:22] = 1.0
    for row in range(9, 24):
        column = 21 - (row - 9) // 2
        image[row, column - 1 : column + 2] = 1.0
    return image


class Pilot:
    """Polls the running app and acts on it; ``report`` is filled in as things happen."""

    def __init__(self, page: str, mode: str, report: dict[str, Any]) -> None:
        self.page, self.mode, self.report = page, mode, report
        self.window: Any = None
        self.began = time.monotonic()
        self.acted = False
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)

    def begin(self) -> None:
        self.timer.start(POLL_MS)

    def tick(self) -> None:
        if self.window is None:
            self.window = next((w for w in QApplication.topLevelWidgets()
                                if w.objectName() == "mainWindow" and w.isVisible()), None)
            if self.window is None:
                return
            self.report["opened_on"] = self.window.current_page_key()
        if self.mode == "remember":
            self.remember()
        else:
            self.reopen()

    def remember(self) -> None:
        if not self.acted:
            self.window.show_page(self.page)
            self.acted = True
            return
        self.finish()

    def reopen(self) -> None:
        self.collect_failures()
        from gui.tf_warmup import tensorflow_warm_up

        warm_up = tensorflow_warm_up()
        self.report["tensorflow"] = warm_up.version
        timed_out = time.monotonic() - self.began > TIME_LIMIT_S
        if warm_up.error is not None or timed_out:
            self.report["timed_out"] = timed_out
            self.finish()
        elif warm_up.version is not None:
            arrived = PROBES.get(self.page, nothing_to_wait_for)(self)
            if arrived is not None:
                self.report["arrived"] = arrived
                self.finish()

    def collect_failures(self) -> None:
        """Every message of failure a person would see now: status bar and model lines."""
        shown = set(self.report["failures"])
        from gui.tf_warmup import tensorflow_warm_up

        if tensorflow_warm_up().error is not None:
            shown.add("status: " + self.window.findChild(QLabel, "tfStatus").text())
        for label in self.window.findChildren(QLabel, "modelMessage"):
            if label.isVisible() and label.text():
                shown.add("model: " + label.text())
        self.report["failures"] = sorted(shown)

    def view(self) -> Any:
        return self.window.show_page(self.page)

    def finish(self) -> None:
        self.timer.stop()
        self.window.close()


# -- what "the page's model answered" means on each page ------------------------------------------
def nothing_to_wait_for(_pilot: Pilot) -> str:
    return "no model on this page"


def session_model_answers(pilot: Pilot) -> str | None:
    current = pilot.window.session.current
    if current is None:
        return None
    probabilities = current.predictor.probabilities(a_seven())
    return f"probabilities sum to {float(np.sum(probabilities)):.4f}"


def draw_a_stroke(pilot: Pilot) -> str | None:
    tab = pilot.view()
    if pilot.window.session.current is None or not tab.is_settled():
        return None
    digit = tab.findChild(QLabel, "predictedDigit")
    if not pilot.acted:
        canvas: QWidget = tab.canvas
        points = [canvas.to_widget(x, y).toPoint() for x, y in
                  ((70, 60), (130, 60), (210, 60), (180, 120), (150, 180), (125, 235))]
        QTest.mousePress(canvas, LEFT, NO_MODIFIER, points[0])
        for point in points[1:]:
            QTest.mouseMove(canvas, point)
        QTest.mouseRelease(canvas, LEFT, NO_MODIFIER, QPoint(points[-1]))
        pilot.acted = True
        return None
    return f"predicted {digit.text()}" if digit.text() else None


def activations_arrive(pilot: Pilot) -> str | None:
    tab = pilot.view()
    if pilot.window.session.current is None:
        return None
    if not pilot.acted:
        pilot.window.session.set_input(a_seven())
        pilot.acted = True
        return None
    if not tab.is_settled():
        return None
    layers = len(tab._outputs) - 1  # the input row is the first
    return f"{layers} layers' activations" if layers > 0 else None


def training_preview(pilot: Pilot) -> str | None:
    """The builder's network is valid and TensorFlow builds it, as Start does."""
    builder = pilot.view().builder
    if not builder.is_ready() or builder.report() is None or not builder.report().valid:
        return None
    from engine.models.layer_stack import to_keras

    return f"network built: {to_keras(builder.architecture()).count_params()} parameters"


def compared_models(pilot: Pilot) -> str | None:
    return "MLP and CNN loaded" if pilot.view().experiment.models_ready() else None


def tensorflow_gradients(pilot: Pilot) -> str | None:
    lesson = pilot.view()
    if not pilot.acted:
        lesson.view.tensorflow_panel.check_button.click()
        pilot.acted = True
        return None
    reference = lesson.tensorflow._reference
    return None if reference is None else f"TensorFlow's loss {reference[0]:.4f}"


PROBES: dict[str, Callable[[Pilot], str | None]] = {
    "draw": draw_a_stroke,
    "activations": activations_arrive,
    "webcam": session_model_answers,
    "training": training_preview,
    "evaluation": session_model_answers,
    "my_digits": session_model_answers,
    "mlp_vs_cnn": compared_models,
    "backprop": tensorflow_gradients,
}


def main() -> int:
    page, mode = sys.argv[1], sys.argv[2]
    report: dict[str, Any] = {"page": page, "mode": mode, "failures": [], "arrived": None}
    QApplication(sys.argv[:1])  # main() uses this instance, so the timer below can be set
    pilot = Pilot(page, mode, report)
    QTimer.singleShot(0, pilot.begin)
    import main as entry_point

    report["exit_code"] = entry_point.main([])
    print("REPORT " + json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
