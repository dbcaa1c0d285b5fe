"""engine.numerics.metrics on confusion matrices worked out by hand."""

import json
import pickle

import numpy as np
import pytest

from engine.numerics import metrics
from engine.numerics.metrics import BinaryCounts, Score

# Ten items, positive class 1: 3 found (VP), 2 missed (FN), 4 negatives right (VN), 1 false
# alarm (FP).
BINARY_TRUE = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0]
BINARY_PRED = [1, 1, 1, 0, 0, 0, 0, 0, 0, 1]

# Three classes, 15 items. Rows = true class, columns = predicted:
#   [[5, 1, 0],     class 0: 6 items, 5 right
#    [2, 3, 1],     class 1: 6 items, 3 right
#    [0, 1, 2]]     class 2: 3 items, 2 right
THREE_TRUE = [0] * 6 + [1] * 6 + [2] * 3
THREE_PRED = [0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 2, 1, 2, 2]  # the rows above, one by one
THREE_CM = [[5, 1, 0], [2, 3, 1], [0, 1, 2]]
# By hand, per class: VP, FP (rest of the column), FN (rest of the row).
#   class 0: VP 5, FP 2, FN 1 → P 5/7, R 5/6, F1 10/13
#   class 1: VP 3, FP 2, FN 3 → P 3/5, R 1/2, F1 6/11
#   class 2: VP 2, FP 1, FN 1 → P 2/3, R 2/3, F1 2/3
PRECISIONS, RECALLS, F1S = [5 / 7, 3 / 5, 2 / 3], [5 / 6, 1 / 2, 2 / 3], [10 / 13, 6 / 11, 2 / 3]
SUPPORTS = [6, 6, 3]


def test_binary_example() -> None:
    cm = metrics.confusion_matrix(BINARY_TRUE, BINARY_PRED)
    assert cm.dtype == np.int64 and cm.tolist() == [[4, 1], [2, 3]]
    counts = metrics.binary_counts(cm, positive=1)
    assert counts == BinaryCounts(tp=3, tn=4, fp=1, fn=2)
    assert counts.total == 10
    assert metrics.precision(counts) == pytest.approx(0.75)
    assert metrics.recall(counts) == pytest.approx(0.6)
    assert metrics.f1(counts) == pytest.approx(2 / 3)
    assert metrics.accuracy(counts) == pytest.approx(0.7)
    assert not metrics.f1(counts).undefined


def test_f1_is_the_harmonic_mean() -> None:
    counts = BinaryCounts(tp=3, tn=4, fp=1, fn=2)
    p, r = metrics.precision(counts), metrics.recall(counts)
    assert metrics.f1(counts) == pytest.approx(2 * p * r / (p + r))


def test_three_class_one_vs_rest() -> None:
    cm = metrics.confusion_matrix(THREE_TRUE, THREE_PRED)
    assert cm.tolist() == THREE_CM
    assert metrics.binary_counts(cm, 0) == BinaryCounts(tp=5, tn=7, fp=2, fn=1)
    assert metrics.binary_counts(cm, 1) == BinaryCounts(tp=3, tn=7, fp=2, fn=3)
    assert metrics.binary_counts(cm, 2) == BinaryCounts(tp=2, tn=11, fp=1, fn=1)


def test_three_class_report() -> None:
    report = metrics.classification_report(THREE_TRUE, THREE_PRED, ["zero", "one", "two"])
    assert [row["name"] for row in report["per_class"]] == ["zero", "one", "two"]
    for row, p, r, f, n in zip(report["per_class"], PRECISIONS, RECALLS, F1S, SUPPORTS,
                               strict=True):
        assert (row["precision"], row["recall"], row["f1"]) == pytest.approx((p, r, f))
        assert row["support"] == n and row["undefined"] == []
    assert report["macro"]["precision"] == pytest.approx((5 / 7 + 3 / 5 + 2 / 3) / 3)
    assert report["macro"]["recall"] == pytest.approx((5 / 6 + 1 / 2 + 2 / 3) / 3)
    assert report["macro"]["f1"] == pytest.approx((10 / 13 + 6 / 11 + 2 / 3) / 3)
    assert report["weighted"]["precision"] == pytest.approx((6 * 5 / 7 + 6 * 3 / 5 + 2) / 15)
    assert report["weighted"]["recall"] == pytest.approx(10 / 15)  # always equals accuracy
    assert report["weighted"]["f1"] == pytest.approx((6 * 10 / 13 + 6 * 6 / 11 + 2) / 15)
    assert report["accuracy"] == pytest.approx(10 / 15)
    assert report["confusion_matrix"] == THREE_CM


def test_report_is_plain_json() -> None:
    report = metrics.classification_report(THREE_TRUE, THREE_PRED)
    assert json.loads(json.dumps(report)) == report
    assert type(report["accuracy"]) is float
    assert type(report["per_class"][0]["precision"]) is float
    assert type(report["per_class"][0]["support"]) is int
    assert report["per_class"][2]["name"] == "2"


def test_class_never_predicted_has_undefined_precision() -> None:
    counts = metrics.binary_counts(metrics.confusion_matrix([0, 1, 2], [0, 1, 1]), 2)
    p = metrics.precision(counts)
    assert p == 0.0 and p.undefined
    assert not metrics.recall(counts).undefined and metrics.recall(counts) == 0.0
    report = metrics.classification_report([0, 1, 2], [0, 1, 1])
    assert report["per_class"][2]["undefined"] == ["precision"]


def test_absent_class_has_undefined_recall() -> None:
    cm = metrics.confusion_matrix([0, 1, 1], [0, 1, 2], num_classes=4)
    assert cm.shape == (4, 4)
    recall = metrics.recall(metrics.binary_counts(cm, 2))
    assert recall == 0.0 and recall.undefined
    absent = metrics.binary_counts(cm, 3)  # never in the data, never predicted
    assert all(m(absent).undefined for m in (metrics.precision, metrics.recall, metrics.f1))
    report = metrics.classification_report([0, 1, 1], [0, 1, 2], num_classes=4)
    assert report["per_class"][3]["undefined"] == ["precision", "recall", "f1"]
    assert report["per_class"][3]["support"] == 0
    # Macro still averages over all 4 classes (scikit-learn with labels=[0, 1, 2, 3]).
    assert report["macro"]["recall"] == pytest.approx((1 + 0.5 + 0 + 0) / 4)


def test_empty_counts_give_undefined_accuracy() -> None:
    assert metrics.accuracy(BinaryCounts(0, 0, 0, 0)).undefined


def test_score_behaves_like_a_float() -> None:
    score = Score(0.25)
    assert isinstance(score, float) and score + 1 == 1.25 and not score.undefined
    assert json.dumps({"p": Score(0.0, undefined=True)}) == '{"p": 0.0}'
    assert repr(Score(0.0, undefined=True)) == "Score(0.0, undefined=True)"
    restored = pickle.loads(pickle.dumps(Score(0.0, undefined=True)))
    assert restored.undefined and restored == 0.0


@pytest.mark.parametrize(("call", "words"), [
    (lambda: metrics.confusion_matrix([0, 1, 3], [0, 1, 1], num_classes=3), "out of range"),
    (lambda: metrics.confusion_matrix([0, -1], [0, 1]), "negative"),
    (lambda: metrics.confusion_matrix([0, 1], [0, 1, 1]), "one prediction per example"),
    (lambda: metrics.confusion_matrix([0.5, 1], [0, 1]), "whole"),
    (lambda: metrics.confusion_matrix([], []), "num_classes"),
    (lambda: metrics.binary_counts([[1, 0], [0, 1]], 2), "positive class"),
    (lambda: metrics.binary_counts([[1, 0, 0]], 0), "square"),
    (lambda: metrics.classification_report([0, 1], [0, 1], ["one"], num_classes=2), "class names"),
    (lambda: metrics.classification_report([0, 1], [0, 1], ["only one"]), "out of range"),
])
def test_bad_labels_are_explained(call: object, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        call()
