"""Every page a teacher can hand out is an activity page, as the main window makes it.

Each page's own state, through JSON, restores into it unchanged; the page says its kind; and
its lock labels follow the interface language. (Each page's round trip into a fresh page,
driven as a person drives it, and its bad states are tested beside the page.)
"""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.main_window import PAGES
from gui.session import LabSession
from gui.widgets.activity import ActivityPage
from gui.workers import wait_for_background_work
from tests.gui.activity_pages import through_json

KINDS = {"convolution": "lesson", "image_representation": "lesson", "convolution_3d": "lesson",
         "mlp_vs_cnn": "lesson", "kernel_editor": "lesson", "pooling": "lesson",
         "pooling_invariance": "lesson", "backprop": "lesson", "evaluation": "lesson",
         "training": "training"}


@pytest.fixture
def session() -> Iterator[LabSession]:
    lab = LabSession()
    yield lab
    lab.wait()
    wait_for_background_work(60)


def make(qtbot: QtBot, key: str, session: LabSession) -> ActivityPage:
    page = next(p for p in PAGES if p.key == key).make(session)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.mark.parametrize("key", list(KINDS))
def test_the_page_restores_its_own_state_unchanged(
        qtbot: QtBot, session: LabSession, key: str) -> None:
    page = make(qtbot, key, session)
    assert isinstance(page, ActivityPage)
    assert page.activity_kind() == KINDS[key]
    state = through_json(page.activity_state())
    page.restore_activity_state(state)
    assert through_json(page.activity_state()) == state
    assert [c.key for c in page.activity_controls()]  # something a teacher can lock


def test_lock_labels_follow_the_language(qtbot: QtBot, session: LabSession) -> None:
    page = make(qtbot, "convolution", session)
    i18n.apply_language(i18n.PORTUGUESE, remember=False)
    assert [c.label for c in page.activity_controls()] == [
        "Entrada", "Kernel", "Passo (stride)", "Preenchimento (padding)", "Etapa atual"]
