"""Worked solutions: the steps a teacher writes on the board, with the numbers filled in.

Each step is one short line: the formula, then the same formula with the problem's numbers,
then the result (``0·1 + 2·(−1) + 3·2 = 4``). Numbers are written the language's way (0,5 and
1.234 in Portuguese). The arithmetic repeats what ``problems.solve`` computed with the
engine's numerics, so the last line always equals the problem's answer.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.exercises import texts
from engine.exercises.problems import Problem, window_cells
from engine.exercises.texts import Bilingual, equals, factor, fill, format_result, named_result
from engine.numerics import ops


@dataclass(frozen=True)
class WorkedSolution:
    """The steps in order, each a short line with the formula filled in, and the answer."""

    steps: tuple[str, ...]
    result: str  # the answer as written in the language


def worked_solution(problem: Problem, language: str) -> WorkedSolution:
    """How to get the problem's answer, step by step, in ``language``."""
    texts.check_language(language)
    steps = _BUILDERS[problem.topic](problem.given, language)
    if problem.topic == "metrics":
        result = "; ".join(named_result(texts.field_label(key, language), value, language)
                           for key, value in problem.answer.items())
    else:
        result = format_result(problem.answer, language)
    return WorkedSolution(tuple(steps), result)


def _number(value: float, language: str) -> str:
    return texts.format_number(value, language)


def _row_text(values: Sequence[float], language: str) -> str:
    return "  ".join(_number(v, language) for v in values)


def _matrix_line(matrix: np.ndarray, language: str) -> str:
    """A small matrix on one line, rows separated by " / "."""
    return " / ".join(_row_text(row, language) for row in matrix)


def _sum_of_products(pairs: Sequence[tuple[float, float]], language: str) -> str:
    """``1·0 + 2·(−1) + … = 5``, the products written out and their sum."""
    terms = " + ".join(f"{factor(a, language)}·{factor(b, language)}" for a, b in pairs)
    return f"{terms} {equals(float(sum(a * b for a, b in pairs)), language)}"


# --------------------------------------------------------------------------- output size
SIZE_STEPS: dict[str, Bilingual] = {
    "formula": {"pt_BR": "Tamanho da saída = ⌊(n + 2p − k)/s⌋ + 1, com n = {n}, k = {k}, "
                         "p = {p}, s = {s}.",
                "en": "Output size = ⌊(n + 2p − k)/s⌋ + 1, with n = {n}, k = {k}, p = {p}, "
                      "s = {s}."},
    "filled": {"pt_BR": "= ⌊({n} + 2·{p} − {k})/{s}⌋ + 1 = ⌊{top}/{s}⌋ + 1 = {floor} + 1 = "
                        "{answer}",
               "en": "= ⌊({n} + 2·{p} − {k})/{s}⌋ + 1 = ⌊{top}/{s}⌋ + 1 = {floor} + 1 = "
                     "{answer}"},
}


def _size_steps(given: dict[str, Any], language: str) -> list[str]:
    n, k, p, s = given["n"], given["k"], given["p"], given["s"]
    top = n + 2 * p - k
    return [fill(SIZE_STEPS["formula"], language, **given),
            fill(SIZE_STEPS["filled"], language, n=n, k=k, p=p, s=s, top=top,
                 floor=top // s, answer=top // s + 1)]


# --------------------------------------------------------------------------- conv cell
WINDOW_STEPS: dict[str, Bilingual] = {
    "padded": {"pt_BR": "Entrada com preenchimento: {p} zero(s) em cada lado, {h}×{w} → "
                        "{hp}×{wp}.",
               "en": "Padded input: {p} zero(s) on every side, {h}×{w} → {hp}×{wp}."},
    "where": {"pt_BR": "A célula ({row}, {col}) lê a janela que começa na linha {row}·{s} = "
                       "{top} e na coluna {col}·{s} = {left}: linhas {top}–{bottom}, colunas "
                       "{left}–{right}{padded}.",
              "en": "Cell ({row}, {col}) reads the window starting at row {row}·{s} = {top} "
                    "and column {col}·{s} = {left}: rows {top}–{bottom}, columns "
                    "{left}–{right}{padded}."},
    "of_padded": {"pt_BR": " da entrada preenchida", "en": " of the padded input"},
    "window": {"pt_BR": "Janela: {window}", "en": "Window: {window}"},
    "kernel": {"pt_BR": "Kernel (sem inverter): {kernel}", "en": "Kernel (not flipped): {kernel}"},
    "products": {"pt_BR": "Soma dos produtos célula a célula: {sum}",
                 "en": "Sum of the cell-by-cell products: {sum}"},
}


def _window_where(given: dict[str, Any], height: int, width: int, language: str,
                  padded: bool) -> str:
    row, col, s = given["row"], given["col"], given["stride"]
    top, left = row * s, col * s
    return fill(WINDOW_STEPS["where"], language, row=row, col=col, s=s, top=top, left=left,
                bottom=top + height - 1, right=left + width - 1,
                padded=texts.pick(WINDOW_STEPS["of_padded"], language) if padded else "")


def _conv_steps(given: dict[str, Any], language: str) -> list[str]:
    x, kernel = np.asarray(given["input"], float), np.asarray(given["kernel"], float)
    p = given["padding"]
    padded = ops.pad2d(x, p)
    steps = []
    if p:
        steps.append(fill(WINDOW_STEPS["padded"], language, p=p, h=x.shape[0], w=x.shape[1],
                          hp=padded.shape[0], wp=padded.shape[1]))
    steps.append(_window_where(given, *kernel.shape, language, padded=bool(p)))
    window = _cells(padded, _problem_window("conv_cell", given), kernel.shape)
    steps.append(fill(WINDOW_STEPS["window"], language, window=_matrix_line(window, language)))
    steps.append(fill(WINDOW_STEPS["kernel"], language, kernel=_matrix_line(kernel, language)))
    pairs = list(zip(window.ravel().tolist(), kernel.ravel().tolist(), strict=True))
    steps.append(fill(WINDOW_STEPS["products"], language, sum=_sum_of_products(pairs, language)))
    return steps


def _problem_window(topic: str, given: dict[str, Any]) -> list[tuple[int, int]]:
    return window_cells(Problem(topic, 0, 0, 1, given, None))


def _cells(x: np.ndarray, cells: list[tuple[int, int]], shape: tuple[int, ...]) -> np.ndarray:
    return np.array([x[r, c] for r, c in cells]).reshape(shape)


# --------------------------------------------------------------------------- pooling
POOL_STEPS: dict[str, Bilingual] = {
    "max": {"pt_BR": "O maior valor da janela: máx({values}) {result}",
            "en": "The window's largest value: max({values}) {result}"},
    "average": {"pt_BR": "A média da janela: ({sum_terms})/{count} = {total}/{count} {result}",
                "en": "The window's mean: ({sum_terms})/{count} = {total}/{count} {result}"},
}


def _pooling_steps(given: dict[str, Any], language: str) -> list[str]:
    x, pool = np.asarray(given["input"], float), given["pool"]
    window = _cells(x, _problem_window("pooling", given), (pool, pool))
    values = window.ravel()
    separator = "; " if language == "pt_BR" else ", "
    steps = [_window_where(given, pool, pool, language, padded=False),
             fill(WINDOW_STEPS["window"], language, window=_matrix_line(window, language))]
    if given["mode"] == "max":
        steps.append(fill(POOL_STEPS["max"], language, result=equals(values.max(), language),
                          values=separator.join(_number(v, language) for v in values)))
    else:
        terms = " + ".join(factor(v, language) for v in values)
        steps.append(fill(POOL_STEPS["average"], language, sum_terms=terms, count=values.size,
                          total=float(values.sum()),
                          result=equals(values.mean(), language)))
    return steps


# --------------------------------------------------------------------------- backprop
BACKPROP_STEPS: dict[str, Bilingual] = {
    "formula": {"pt_BR": "∂L/∂w[{i}][{j}] = Σ ∂L/∂z[a][b]·x[{i}+2a][{j}+2b], para a, b = 0, 1 "
                         "(passo 2: o peso encontra uma entrada a cada 2 células).",
                "en": "∂L/∂w[{i}][{j}] = Σ ∂L/∂z[a][b]·x[{i}+2a][{j}+2b], for a, b = 0, 1 "
                      "(stride 2: the weight meets every second input)."},
    "terms": {"pt_BR": "= {terms}", "en": "= {terms}"},
    "numbers": {"pt_BR": "= {sum}", "en": "= {sum}"},
}


def _backprop_steps(given: dict[str, Any], language: str) -> list[str]:
    x, grad = np.asarray(given["input"], float), np.asarray(given["dL_dz"], float)
    cells = _problem_window("backprop", given)
    gradients = [(a, b) for a in range(grad.shape[0]) for b in range(grad.shape[1])]
    names = " + ".join(f"x[{r}][{c}]·∂L/∂z[{a}][{b}]"
                       for (r, c), (a, b) in zip(cells, gradients, strict=True))
    pairs = [(float(x[r, c]), float(grad[a, b]))
             for (r, c), (a, b) in zip(cells, gradients, strict=True)]
    return [fill(BACKPROP_STEPS["formula"], language, i=given["i"], j=given["j"]),
            fill(BACKPROP_STEPS["terms"], language, terms=names),
            fill(BACKPROP_STEPS["numbers"], language, sum=_sum_of_products(pairs, language))]


# --------------------------------------------------------------------------- parameters
PARAMETER_STEPS: dict[str, Bilingual] = {
    "flatten": {"pt_BR": "A camada densa achata a entrada: n = h·w·c = {h}·{w}·{c} = {n_in} "
                         "entradas.",
                "en": "The Dense layer flattens its input: n = h·w·c = {h}·{w}·{c} = {n_in} "
                      "inputs."},
    "dense_weights": {"pt_BR": "Pesos: n·neurônios = {n_in}·{units} = {weights}.",
                      "en": "Weights: n·units = {n_in}·{units} = {weights}."},
    "dense_bias": {"pt_BR": "Bias: um por neurônio = {biases}.",
                   "en": "Biases: one per unit = {biases}."},
    "conv_weights": {"pt_BR": "Pesos: kh·kw·c·filtros = {kh}·{kw}·{c}·{filters} = {weights} "
                              "(um kernel por filtro, compartilhado por todas as posições).",
                     "en": "Weights: kh·kw·c·filters = {kh}·{kw}·{c}·{filters} = {weights} "
                           "(one kernel per filter, shared by every position)."},
    "conv_bias": {"pt_BR": "Bias: um por filtro = {biases}.",
                  "en": "Biases: one per filter = {biases}."},
    "no_bias": {"pt_BR": "Sem bias (use_bias=False): 0.", "en": "No biases (use_bias=False): 0."},
    "total": {"pt_BR": "Total: {weights} + {biases} = {total}.",
              "en": "Total: {weights} + {biases} = {total}."},
    "valid_positions": {
        "pt_BR": "Posições da saída (padding \"valid\"): ⌊({h} − {kh})/{sh}⌋ + 1 = {ho} por "
                 "⌊({w} − {kw})/{sw}⌋ + 1 = {wo}, {ho}·{wo} = {positions} posições.",
        "en": "Output positions (padding \"valid\"): ⌊({h} − {kh})/{sh}⌋ + 1 = {ho} by "
              "⌊({w} − {kw})/{sw}⌋ + 1 = {wo}, {ho}·{wo} = {positions} positions."},
    "same_positions": {
        "pt_BR": "Posições da saída (padding \"same\"): ⌈{h}/{sh}⌉ = {ho} por ⌈{w}/{sw}⌉ = {wo}, "
                 "{ho}·{wo} = {positions} posições.",
        "en": "Output positions (padding \"same\"): ⌈{h}/{sh}⌉ = {ho} by ⌈{w}/{sw}⌉ = {wo}, "
              "{ho}·{wo} = {positions} positions."},
    "local_weights": {
        "pt_BR": "Pesos em cada posição (kernel próprio): kh·kw·c·filtros = "
                 "{kh}·{kw}·{c}·{filters} = {per_position}; bias em cada posição: {bias_each}.",
        "en": "Weights at each position (its own kernel): kh·kw·c·filters = "
              "{kh}·{kw}·{c}·{filters} = {per_position}; biases at each position: "
              "{bias_each}."},
    "local_total": {"pt_BR": "Total: {positions}·({per_position} + {bias_each}) = {total}.",
                    "en": "Total: {positions}·({per_position} + {bias_each}) = {total}."},
}


def _parameter_steps(given: dict[str, Any], language: str) -> list[str]:
    if given["layer"] == "dense":
        return _dense_steps(given, language)
    if given["layer"] == "conv2d":
        return _conv2d_steps(given, language)
    return _local_steps(given, language)


def _bias_and_total(weights: int, biases: int, key: str, given: dict[str, Any],
                    language: str) -> list[str]:
    bias = biases if given["bias"] else 0
    line = fill(PARAMETER_STEPS[key], language, biases=biases) if given["bias"] else \
        texts.pick(PARAMETER_STEPS["no_bias"], language)
    return [line, fill(PARAMETER_STEPS["total"], language, weights=weights, biases=bias,
                       total=weights + bias)]


def _dense_steps(given: dict[str, Any], language: str) -> list[str]:
    h, w, c = given["input_shape"]
    n_in, units = h * w * c, given["units"]
    return [fill(PARAMETER_STEPS["flatten"], language, h=h, w=w, c=c, n_in=n_in),
            fill(PARAMETER_STEPS["dense_weights"], language, n_in=n_in, units=units,
                 weights=n_in * units),
            *_bias_and_total(n_in * units, units, "dense_bias", given, language)]


def _conv2d_steps(given: dict[str, Any], language: str) -> list[str]:
    _, _, c = given["input_shape"]
    (kh, kw), filters = given["kernel"], given["filters"]
    weights = kh * kw * c * filters
    return [fill(PARAMETER_STEPS["conv_weights"], language, kh=kh, kw=kw, c=c, filters=filters,
                 weights=weights),
            *_bias_and_total(weights, filters, "conv_bias", given, language)]


def _local_steps(given: dict[str, Any], language: str) -> list[str]:
    h, w, c = given["input_shape"]
    (kh, kw), (sh, sw), filters = given["kernel"], given["stride"], given["filters"]
    padding = given["padding"]
    ho, wo = ops.output_size(h, kh, sh, padding), ops.output_size(w, kw, sw, padding)
    per_position, bias_each = kh * kw * c * filters, filters if given["bias"] else 0
    key = "same_positions" if padding == "same" else "valid_positions"
    return [fill(PARAMETER_STEPS[key], language, h=h, w=w, kh=kh, kw=kw, sh=sh, sw=sw, ho=ho,
                 wo=wo, positions=ho * wo),
            fill(PARAMETER_STEPS["local_weights"], language, kh=kh, kw=kw, c=c,
                 filters=filters, per_position=per_position,
                 bias_each=bias_each if given["bias"] else "0 (use_bias=False)"),
            fill(PARAMETER_STEPS["local_total"], language, positions=ho * wo,
                 per_position=per_position, bias_each=bias_each,
                 total=ho * wo * (per_position + bias_each))]


# --------------------------------------------------------------------------- metrics
METRIC_STEPS: dict[str, Bilingual] = {
    "vp": {"pt_BR": "Classe positiva {c}. VP = célula da diagonal M[{c}][{c}] = {tp}.",
           "en": "Positive class {c}. TP = diagonal cell M[{c}][{c}] = {tp}."},
    "fn": {"pt_BR": "FN = resto da linha {c} (é {c}, previsto como outra classe) = {terms}.",
           "en": "FN = rest of row {c} (truly {c}, predicted as another class) = {terms}."},
    "fp": {"pt_BR": "FP = resto da coluna {c} (previsto {c}, mas de outra classe) = {terms}.",
           "en": "FP = rest of column {c} (predicted {c}, truly another class) = {terms}."},
    "vn": {"pt_BR": "VN = total − VP − FN − FP = {total} − {tp} − {fn} − {fp} = {tn}.",
           "en": "TN = total − TP − FN − FP = {total} − {tp} − {fn} − {fp} = {tn}."},
    "accuracy": {"pt_BR": "Acurácia = (VP + VN)/total = ({tp} + {tn})/{total} = {result}",
                 "en": "Accuracy = (TP + TN)/total = ({tp} + {tn})/{total} = {result}"},
    "precision": {"pt_BR": "Precisão = VP/(VP + FP) = {tp}/({tp} + {fp}) = {result}",
                  "en": "Precision = TP/(TP + FP) = {tp}/({tp} + {fp}) = {result}"},
    "recall": {"pt_BR": "Revocação = VP/(VP + FN) = {tp}/({tp} + {fn}) = {result}",
               "en": "Recall = TP/(TP + FN) = {tp}/({tp} + {fn}) = {result}"},
    "f1": {"pt_BR": "F1 = 2·VP/(2·VP + FP + FN) = 2·{tp}/(2·{tp} + {fp} + {fn}) = {result} "
                    "(a média harmônica 2·P·R/(P + R))",
           "en": "F1 = 2·TP/(2·TP + FP + FN) = 2·{tp}/(2·{tp} + {fp} + {fn}) = {result} "
                 "(the harmonic mean 2·P·R/(P + R))"},
}


def _cells_sum(values: Sequence[int], language: str) -> str:
    """``4 + 18 = 22``, or just ``18`` for a single cell."""
    total = _number(sum(values), language)
    if len(values) == 1:
        return total
    return " + ".join(_number(v, language) for v in values) + f" = {total}"


def _metric_steps(given: dict[str, Any], language: str) -> list[str]:
    matrix, c = np.asarray(given["confusion"], dtype=np.int64), given["positive"]
    others = [k for k in range(matrix.shape[0]) if k != c]
    tp, fn = int(matrix[c, c]), int(matrix[c, others].sum())
    fp, total = int(matrix[others, c].sum()), int(matrix.sum())
    counts = {"tp": tp, "fn": fn, "fp": fp, "tn": total - tp - fn - fp, "total": total}
    steps = [fill(METRIC_STEPS["vp"], language, c=c, tp=tp),
             fill(METRIC_STEPS["fn"], language, c=c,
                  terms=_cells_sum(matrix[c, others].tolist(), language)),
             fill(METRIC_STEPS["fp"], language, c=c,
                  terms=_cells_sum(matrix[others, c].tolist(), language)),
             fill(METRIC_STEPS["vn"], language, **counts)]
    ratios = {"accuracy": (tp + counts["tn"], total), "precision": (tp, tp + fp),
              "recall": (tp, tp + fn), "f1": (2 * tp, 2 * tp + fp + fn)}
    for key, (top, bottom) in ratios.items():
        steps.append(fill(METRIC_STEPS[key], language, **counts,
                          result=_ratio_text(top, bottom, language)))
    return steps


def _ratio_text(top: int, bottom: int, language: str) -> str:
    """``30/34 ≈ 0,8824``, ``1/2 = 0,5`` or ``0/0: indefinido``."""
    if bottom == 0:
        return "0/0: " + texts.pick(texts.UNDEFINED_WORD, language).split(" ")[0]
    value = top / bottom
    return f"{_number(top, language)}/{_number(bottom, language)} {equals(value, language)}"


_BUILDERS: dict[str, Callable[[dict[str, Any], str], list[str]]] = {
    "output_size": _size_steps, "conv_cell": _conv_steps, "parameters": _parameter_steps,
    "pooling": _pooling_steps, "backprop": _backprop_steps, "metrics": _metric_steps}
