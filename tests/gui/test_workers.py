"""Background work: garbage a worker leaves behind is collected on the GUI thread, not in it.

A collection destroys the Qt objects it finds in reference cycles in the thread that runs it;
Qt objects must die in the GUI thread (a collection in a model-loading worker crashed the suite).
"""

import gc
import threading

from pytestqt.qtbot import QtBot

from gui.workers import run_in_background


class Cycle:
    """Only the cyclic collector frees it; it writes down in which thread that happened."""

    def __init__(self, log: list[str]) -> None:
        self.me, self.log = self, log

    def __del__(self) -> None:
        self.log.append(threading.current_thread().name)


def allocate_cycle_and_more(log: list[str]) -> int:
    Cycle(log)  # garbage at once
    kept = [[] for _ in range(50_000)]  # far past every threshold: automatic gc would start here
    return len(kept)


def test_garbage_left_by_a_worker_is_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    log: list[str] = []
    call = run_in_background(lambda: allocate_cycle_and_more(log), lambda _result: None,
                             lambda _error: None, name="cnn-lab-test-worker")
    assert call.wait(10)
    assert log == []  # nothing collected in the worker
    assert not gc.isenabled()
    kept = [[] for _ in range(2 * gc.get_threshold()[0])]  # past the threshold, here too
    qtbot.waitUntil(lambda: bool(log), timeout=5000)  # the GUI thread's timer collects it
    assert kept
    assert log == [threading.main_thread().name]
