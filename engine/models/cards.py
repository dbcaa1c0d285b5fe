"""Model cards: the ``.json`` written beside every ``.keras`` file this app trains.

A card says what the network is (layers, parameters, input, classes), what it learned from
(data, recipe, machine, validation curve) and how well it did on images it never trained on
(the test report and confusion matrix). ``python main.py train`` and the Training tab write the
same card; they differ only in ``command`` and the few keys each adds afterwards.
"""

import datetime
import os
import platform
from dataclasses import asdict
from typing import Any

from engine.tensorflow_runtime import require_keras, require_tensorflow

MNIST_CREDIT = ("MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges "
                "(CC BY-SA 3.0).")
FASHION_CREDIT = "Fashion-MNIST by Zalando Research (MIT licence)."
CIFAR_CREDIT = ("CIFAR-10 by Alex Krizhevsky, Vinod Nair and Geoffrey Hinton (\"Learning "
                "Multiple Layers of Features from Tiny Images\", 2009).")
PEN_DIGITS_CREDIT = ("Pen digits: UCI Pen-Based Recognition of Handwritten Digits, by "
                     "E. Alpaydin and F. Alimoglu (CC BY 4.0).")


def evaluation_json(evaluation: Any) -> dict[str, Any]:
    """The keys scripts rely on: accuracy, per_class, macro, weighted, confusion_matrix, n."""
    report = evaluation.report
    return {"accuracy": report["accuracy"], "per_class": report["per_class"],
            "macro": report["macro"], "weighted": report["weighted"],
            "confusion_matrix": evaluation.confusion_matrix.tolist(),
            "n": len(evaluation.y_true)}


def model_card(name: str, architecture: str, model: Any, dataset: Any, config: Any,
               result: Any, evaluation: Any, split: str, n_train: int, n_val: int,
               command: str) -> dict[str, Any]:
    """The card of ``model``, trained with ``config`` (a TrainConfig) on ``dataset``.

    ``result`` is the TrainResult, ``evaluation`` the Evaluation on the ``split`` named (its
    images never trained on), ``n_train``/``n_val`` the images trained and validated on.
    """
    from engine.models.io import layer_summary

    keras, tf = require_keras(), require_tensorflow()

    return {
        "name": name,
        "architecture": architecture,
        "layers": layer_summary(model),
        "parameters": int(model.count_params()),
        "input_shape": list(model.inputs[0].shape[1:]),
        "class_names": list(dataset.class_names),
        "class_names_pt": list(dataset.class_names_pt),
        "data": {"name": dataset.name, "source": str(dataset.source),
                 "training_images": n_train, "validation_images": n_val,
                 "test_split": split, "test_images": len(evaluation.y_true)},
        "recipe": asdict(config),
        "epochs": len(result.history),
        "training_seconds": round(result.seconds, 1),
        "machine": {"platform": platform.platform(), "processor": platform.processor(),
                    "cpus": os.cpu_count(), "python": platform.python_version(),
                    "tensorflow": tf.__version__, "keras": keras.__version__},
        "validation_curve": [asdict(event) for event in result.history],
        "test": evaluation_json(evaluation),
        "command": command,
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "credits": data_credit(dataset.name),
    }


def data_credit(name: str) -> str:
    """Who made the data (Fashion-MNIST's name contains "MNIST" too, so it is checked first)."""
    lowered = name.lower()
    if "cifar" in lowered:
        return CIFAR_CREDIT
    if "fashion" in lowered:
        return FASHION_CREDIT
    return MNIST_CREDIT if "mnist" in lowered else ""
