"""The data chooser lists what the engine finds and loads it once, in the background."""

from pytestqt.qtbot import QtBot

from gui.session import LabSession
from gui.widgets.dataset_chooser import DatasetChooser


def test_the_quick_sample_is_offered_said_to_be_a_sample_and_summarised(
        qtbot: QtBot) -> None:
    session = LabSession()
    chooser = DatasetChooser(session)
    qtbot.addWidget(chooser)
    chooser.choose("sample")
    qtbot.waitUntil(lambda: chooser.dataset() is not None and not chooser.is_loading(),
                    timeout=30_000)
    texts = [chooser.combo.itemText(i) for i in range(chooser.combo.count())]
    assert texts[:2] == ["MNIST (70,000 images)", "MNIST sample (5,000 training digits, quick)"]
    assert chooser.summary.text().startswith("4,000 training images of 28 × 28 × 1, "
                                             "1,000 test images; 10 classes (0: 400,")
    assert "sample" in session.datasets


def test_a_dataset_loaded_once_comes_from_the_session_the_second_time(qtbot: QtBot) -> None:
    session = LabSession()
    first = DatasetChooser(session)
    qtbot.addWidget(first)
    first.choose("sample")
    qtbot.waitUntil(lambda: first.dataset() is not None, timeout=30_000)
    second = DatasetChooser(session)
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.datasetReady, timeout=1000):
        second.choose("sample")
    assert second.dataset() is first.dataset() and not second.is_loading()


def test_choosing_what_is_still_loading_starts_no_second_load(qtbot: QtBot) -> None:
    """An opened activity chooses the data the page is already loading: one load, not two."""
    session = LabSession()
    chooser = DatasetChooser(session)
    qtbot.addWidget(chooser)
    chooser.choose("cifar10")
    first_load = chooser._call
    chooser.choose("cifar10")
    assert chooser._call is first_load and chooser.is_loading()
    with qtbot.waitSignal(chooser.datasetReady, timeout=60_000) as ready:
        pass
    assert ready.args[0].image_shape == (32, 32, 3)
    assert "cifar10" in session.datasets and not chooser.is_loading()
