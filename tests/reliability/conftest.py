"""Fixtures the fault and soak tests share: the default CNN and a Webcam tab reading files."""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from gui.session import LabSession, LoadedModel, load_for_interaction, shipped_entry


@pytest.fixture(scope="module")
def default_cnn() -> LoadedModel:
    """The default digits CNN, loaded once per module (loading takes a second or two)."""
    return load_for_interaction(shipped_entry("mnist_cnn"))


@pytest.fixture
def webcam(qtbot: QtBot, default_cnn: LoadedModel,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A Webcam tab on the default CNN that finds no camera, ready for a file or fake source."""
    from gui.webcam import tab as webcam_tab
    from gui.webcam.tab import WebcamTab

    monkeypatch.setattr(webcam_tab, "probe_cameras", lambda _count: [])
    session = LabSession()
    session.current = default_cnn
    view = WebcamTab(session)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.close()
