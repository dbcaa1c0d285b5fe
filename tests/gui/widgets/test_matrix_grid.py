"""Number cells: what a person may type, and what the grid keeps."""

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from gui.widgets.matrix_grid import MatrixGrid, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("3", 3.0), (" -2 ", -2.0), ("1,5", 1.5), ("−0.25", -0.25), ("1e2", 100.0)],
)
def test_numbers_people_type_are_accepted(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "nan", "inf", "-inf", "2x"])
def test_anything_else_is_refused(text: str) -> None:
    assert parse_number(text) is None


def test_padding_cells_are_shaded_and_read_only(qtbot: QtBot) -> None:
    grid = MatrixGrid()
    qtbot.addWidget(grid)
    values = np.pad(np.ones((2, 2)), 1)
    interior = values.astype(bool)
    grid.set_matrix(values, editable=interior, shaded=~interior)
    assert np.array_equal(grid.values(), values)
    assert grid.item(0, 0).background().color() != grid.item(1, 1).background().color()
    rejected: list[str] = []
    grid.editRejected.connect(rejected.append)
    grid.reject_text(1, 1, "x")
    assert rejected and "x" in rejected[0] and grid.cell_text(1, 1) == "1"


def test_large_matrices_get_smaller_cells(qtbot: QtBot) -> None:
    grid = MatrixGrid(cell_size=72, max_extent=440)
    qtbot.addWidget(grid)
    grid.set_matrix(np.zeros((2, 2)))
    small = grid.width()
    grid.set_matrix(np.zeros((12, 12)))
    assert grid.width() <= 440 + 2 * grid.frameWidth()
    assert grid.width() > small
