"""The colours of the confusion matrix and of the VP/VN/FP/FN lesson, and each cell's role.

Shared by the Evaluation tab and the Exercises page (its metrics problems).

One colour per role (VP, VN, FP, FN), the same on the matrix, in the counts and in the
formulas, so that a student follows a number from the matrix into its formula by colour.
"""

from PySide6.QtGui import QColor

TP, TN, FP, FN = "tp", "tn", "fp", "fn"
ROLE_COLOURS = {TP: QColor("#2e7d32"), TN: QColor("#1565c0"), FP: QColor("#ef6c00"),
                FN: QColor("#ad1457")}
RIGHT, WRONG = QColor("#1b5e20"), QColor("#b71c1c")  # heat-map ends: diagonal, mistakes
EMPTY_CELL = QColor("#f4f4f4")


def mix(colour: QColor, share: float) -> QColor:
    """``colour`` faded towards white: share 0 → nearly white, 1 → the colour itself."""
    share = 0.12 + 0.88 * min(max(share, 0.0), 1.0)
    return QColor.fromRgbF(1 - share * (1 - colour.redF()), 1 - share * (1 - colour.greenF()),
                           1 - share * (1 - colour.blueF()))


def role_of(row: int, column: int, positive: int) -> str:
    """What a cell counts as when ``positive`` is the positive class (one-vs-rest)."""
    if row == positive:
        return TP if column == positive else FN
    return FP if column == positive else TN
