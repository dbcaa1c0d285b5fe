"""The command line never feeds a model the wrong kind of picture: a grey picture for the colour
model is refused (exit 2, one clear line), a colour photo for a digit model is made grey (a
note on stderr, the answer on stdout)."""

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from engine.cli.entry import main
from engine.datasets.catalog import load_sample
from engine.datasets.cifar import CIFAR_NAMES, load_cifar10
from engine.models.input_kind import to_grey

ROOT = Path(__file__).resolve().parents[3]
COLOUR_MODEL = str(ROOT / "resources" / "models" / "cifar10_cnn.keras")
DIGIT_MODEL = str(ROOT / "resources" / "models" / "mnist_cnn.keras")


@pytest.fixture(scope="module")
def pictures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A grey digit (dark ink on paper), a CIFAR-10 photo enlarged, and that photo in grey."""
    folder = tmp_path_factory.mktemp("colour")
    digit = 255 - load_sample().x_test[0]
    photo = cv2.resize(load_cifar10().x_test[0], (96, 96), interpolation=cv2.INTER_NEAREST)
    paths = {"digit": folder / "digit.png", "photo": folder / "photo.png",
             "photo_grey": folder / "photo_grey.png"}
    cv2.imwrite(str(paths["digit"]), digit)
    cv2.imwrite(str(paths["photo"]), cv2.cvtColor(photo, cv2.COLOR_RGB2BGR))
    cv2.imwrite(str(paths["photo_grey"]), to_grey(photo))
    return paths


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_a_grey_file_for_the_colour_model_is_refused(capsys: pytest.CaptureFixture[str],
                                                     pictures: dict[str, Path]) -> None:
    status, out, err = run(capsys, "predict", "--model", COLOUR_MODEL, str(pictures["digit"]))
    assert status == 2 and out == ""
    assert "this model reads colour photos; the picture is grey" in err
    assert "choose a digit model" in err and "Traceback" not in err


def test_a_colour_photo_is_read_by_the_colour_model(capsys: pytest.CaptureFixture[str],
                                                    pictures: dict[str, Path]) -> None:
    status, out, err = run(capsys, "predict", "--model", COLOUR_MODEL, "--json",
                           str(pictures["photo"]))
    assert status == 0, err
    [result] = json.loads(out)
    assert result["label"] in CIFAR_NAMES and len(result["top3"]) == 3
    assert "note" not in err


def test_a_colour_photo_for_a_digit_model_is_made_grey_with_a_note(
        capsys: pytest.CaptureFixture[str], pictures: dict[str, Path]) -> None:
    status, out, err = run(capsys, "predict", "--model", DIGIT_MODEL, "--json",
                           str(pictures["photo"]))
    assert status == 0, err
    assert "a colour photo, converted to grey" in err
    _, grey_out, grey_err = run(capsys, "predict", "--model", DIGIT_MODEL, "--json",
                                str(pictures["photo_grey"]))
    assert "note" not in grey_err  # a grey file needs no conversion, so no note
    converted, grey = json.loads(out)[0], json.loads(grey_out)[0]
    assert converted["label"] == grey["label"]  # the same answer as for the photo made grey
    assert converted["probability"] == pytest.approx(grey["probability"], abs=1e-5)


def test_evaluating_the_colour_model_on_grey_digits_is_refused(
        capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "evaluate", "--model", COLOUR_MODEL, "--data", "sample")
    assert status == 2 and out == ""
    assert "this model reads colour photos, but the images of sample are grey" in err
    assert "--data cifar10" in err


def test_evaluating_a_digit_model_on_photos_of_another_size_is_refused(
        capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(capsys, "evaluate", "--model", DIGIT_MODEL, "--data", "cifar10")
    assert status == 2
    assert "32 × 32 images, but this model reads 28 × 28" in err
    assert "converted" not in err  # refused before any conversion is announced


def test_robustness_refuses_the_colour_model(capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(capsys, "robustness", "--model", COLOUR_MODEL, "--data", "sample",
                            "--perturbation", "noise", "--values", "0,0.1", "--limit", "20")
    assert status == 2
    assert "reads colour photos" in err and "grey digits" in err


def test_the_colour_model_is_evaluated_on_all_ten_thousand_test_photos(
        capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "evaluate", "--model", COLOUR_MODEL, "--data", "cifar10",
                           "--json")
    assert status == 0, err
    report = json.loads(out)
    assert report["n"] == 10000 and np.sum(report["confusion_matrix"]) == 10000
    assert [row["name"] for row in report["per_class"]] == list(CIFAR_NAMES)
    assert 0.0 <= report["accuracy"] <= 1.0
