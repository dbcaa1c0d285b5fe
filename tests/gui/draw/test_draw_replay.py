"""Real handwriting, replayed as mouse drags on the canvas, must be read by the default model.

The strokes are real pen recordings of writers the default model never saw (the model card
names the writers that were held out of its training). Each digit is drawn stroke by stroke
with mouse press, moves and release, exactly as a student would, and the test reads the
predicted digit from the screen.
"""

import json
from collections import defaultdict

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from engine.digits.strokes import load_pen_digits
from tests.conftest import ROOT
from tests.gui.drawing_helpers import draw_pen_digit, make_draw_tab, wait_settled

CARD = ROOT / "resources" / "models" / "mnist_cnn.json"
PER_WRITER = 40  # 8 writers × 40 = 320 digits, 4 of each class per writer


def unseen_digits() -> tuple[list, list[str]]:
    held_out = json.loads(CARD.read_text(encoding="utf-8"))["pen_strokes"]["held_out_writers"]
    rng = np.random.default_rng(7)
    chosen = []
    digits = load_pen_digits()  # the pen digits shipped in resources/data
    for writer in held_out:
        for label in range(10):
            pool = [d for d in digits if d.writer == writer and d.label == label]
            picks = rng.choice(len(pool), size=PER_WRITER // 10, replace=False)
            chosen.extend(pool[i] for i in picks)
    return chosen, held_out


def test_real_strokes_of_unseen_writers_are_read_correctly(qtbot: QtBot) -> None:
    digits, held_out = unseen_digits()
    assert len(digits) >= 300 and len(held_out) >= 8
    tab = make_draw_tab(qtbot)
    shown = tab.findChild(QLabel, "predictedDigit")
    right: dict[str, list[bool]] = defaultdict(list)
    for digit in digits:
        draw_pen_digit(tab.canvas, digit.strokes)
        wait_settled(qtbot, tab, timeout=5000)
        right[digit.writer].append(shown.text() == str(digit.label))
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
        wait_settled(qtbot, tab, timeout=5000)
        assert shown.text() == ""
    per_writer = {writer: float(np.mean(hits)) for writer, hits in right.items()}
    overall = float(np.mean([hit for hits in right.values() for hit in hits]))
    print(f"\nreplayed {len(digits)} digits: {overall:.2%} read correctly; per writer:",
          {w: f"{a:.1%}" for w, a in per_writer.items()})
    assert overall >= 0.97, per_writer
