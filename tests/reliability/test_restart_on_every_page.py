"""Day two: the app reopens on the page it remembers, TensorFlow loads, the page's model answers.

Each case runs the real entry point (``main.main([])``, i.e. ``python main.py``) in processes of
its own with private settings: first to open the page and close, then to open again on it.
Two threads importing TensorFlow at once used to kill the model on five of the eight pages
that use it ("DatasetV2", "_DeadlockError"); nothing here may show a failure, and on pages with
a model a prediction or activation must actually arrive.
"""

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from gui.main_window import PAGES
from tests.conftest import ROOT

TENSORFLOW_PAGES = ("draw", "activations", "webcam", "training", "evaluation", "my_digits",
                    "mlp_vs_cnn", "backprop")
REOPENINGS = 1  # the race showed on every try, so one reopening of each page catches it


def settings_file(home: Path) -> Path:
    return home / "config" / "CNN Lab" / "CNN Lab.ini"


def run_app(home: Path, page: str, mode: str) -> dict[str, Any]:
    """One start of the app through its entry point; its report, with stderr checked."""
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "LANGUAGE": ""}
    result = subprocess.run([sys.executable, "-m", "tests.reliability.app_driver", page, mode],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    lines = [line for line in result.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, f"no report; stderr:\n{result.stderr[-3000:]}"
    report = json.loads(lines[-1].removeprefix("REPORT "))
    report["tracebacks"] = result.stderr.count("Traceback")
    report["stderr_tail"] = result.stderr[-2000:]
    return report


def day_one_then_day_two(home: Path, page: str) -> list[dict[str, Any]]:
    home.mkdir(parents=True, exist_ok=True)
    run_app(home, page, "remember")
    reopenings = REOPENINGS if page in TENSORFLOW_PAGES else 1
    return [run_app(home, page, "reopen") for _ in range(reopenings)]


@pytest.fixture(scope="module")
def reopened(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[dict]]]:
    """Every page's day-two reports, two pages at a time (one per core)."""
    root = tmp_path_factory.mktemp("restarts")
    keys = [page.key for page in PAGES]
    with ThreadPoolExecutor(max_workers=2) as pool:
        reports = pool.map(lambda key: day_one_then_day_two(root / key, key), keys)
        yield dict(zip(keys, reports, strict=True))


def assert_healthy_start(report: dict[str, Any], page: str) -> None:
    assert report["tracebacks"] == 0, report["stderr_tail"]
    assert report["failures"] == [], report
    assert report["tensorflow"], report
    assert report["exit_code"] == 0
    assert report["opened_on"] == page


@pytest.mark.parametrize("page", [page.key for page in PAGES])
def test_the_app_reopens_on_the_remembered_page_with_tensorflow_ready(
    reopened: dict[str, list[dict]], page: str
) -> None:
    for report in reopened[page]:
        assert_healthy_start(report, page)
        if page in TENSORFLOW_PAGES:
            assert report["arrived"], report  # the model answered, not just "no error"


def test_the_draw_page_reads_the_stroke_drawn_on_day_two(
    reopened: dict[str, list[dict]]
) -> None:
    assert all(report["arrived"] == "predicted 7" for report in reopened["draw"])


def test_a_damaged_settings_file_with_a_remembered_page_starts_on_defaults(
    tmp_path: Path,
) -> None:
    path = settings_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"[window]\npage=draw\n[window\ngeometry=@Byte(\\xzz")  # a cut-off write
    report = run_app(tmp_path, "draw", "reopen")
    assert_healthy_start(report, "convolution")  # nothing could be read: the first page
    assert path.with_name(path.name + ".damaged").exists()


def test_a_remembered_model_file_that_is_gone_falls_back_to_the_default(tmp_path: Path) -> None:
    path = settings_file(tmp_path)
    path.parent.mkdir(parents=True)
    gone = tmp_path / "deleted_after_class.keras"
    path.write_text(f"[models]\ncurrent={gone}\n\n[window]\npage=draw\n", encoding="utf-8")
    report = run_app(tmp_path, "draw", "reopen")
    assert_healthy_start(report, "draw")
    assert report["arrived"] == "predicted 7"


def test_the_command_line_alone_loads_tensorflow_and_predicts(tmp_path: Path) -> None:
    import cv2

    from tests.reliability.app_driver import a_seven

    digit = tmp_path / "seven.png"
    cv2.imwrite(str(digit), (255 - a_seven() * 255).astype("uint8"))  # dark ink on paper
    result = subprocess.run(
        [sys.executable, "main.py", "predict", "--model", "resources/models/mnist_cnn.keras",
         str(digit), "--json"], cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    [answer] = json.loads(result.stdout)
    assert answer["label"] == "7" and answer["probability"] > 0.9
