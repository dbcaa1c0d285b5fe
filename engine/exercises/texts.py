"""What the exercises say to people, in Brazilian Portuguese and English, numbers included.

The CLI's JSON carries both languages, so the texts live here in the engine rather than in
Qt's translation files. Every number inside a sentence is written the way the language writes
it: ``0,5`` and ``1.234`` in Portuguese, ``0.5`` and ``1,234`` in English, with the
typographic minus (−) that reads well on a projector.
"""

from collections.abc import Mapping, Sequence
from typing import Any

LANGUAGES = ("pt_BR", "en")
MINUS = "\u2212"
_PT_SEPARATORS = str.maketrans({",": ".", ".": ","})

Bilingual = Mapping[str, str]


def check_language(language: str) -> str:
    """The language itself, or ValueError naming the ones there are."""
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}: use one of {', '.join(LANGUAGES)}.")
    return language


def format_number(value: float, language: str, decimals: int = 4) -> str:
    """``value`` as the language writes it: ``1.234,5`` (pt_BR), ``1,234.5`` (en), ``−3``.

    At most ``decimals`` decimals, trailing zeros dropped (``19``, not ``19.0``; never ``−0``).
    """
    check_language(language)
    rounded = round(float(value), decimals)
    if rounded == 0:
        return "0"
    text = f"{abs(rounded):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if language == "pt_BR":
        text = text.translate(_PT_SEPARATORS)
    return (MINUS if rounded < 0 else "") + text


def is_exact(value: float, decimals: int = 4) -> bool:
    """True when ``format_number`` writes ``value`` without rounding it."""
    return round(float(value), decimals) == float(value)


def format_result(value: float | None, language: str) -> str:
    """An answer: the number, ``≈ 2,3333`` when rounded, or "indefinido (0/0)"."""
    if value is None:
        return pick(UNDEFINED_WORD, language)
    text = format_number(value, language)
    return text if is_exact(value) else f"≈ {text}"


def equals(value: float, language: str) -> str:
    """``= 5``, or ``≈ 2,3333`` when the number had to be rounded."""
    return f"{'=' if is_exact(value) else '≈'} {format_number(value, language)}"


def named_result(label: str, value: float | None, language: str) -> str:
    """``precisão ≈ 0,5882``, ``VP = 20`` or ``F1 = indefinido (0/0)``."""
    if value is None:
        return f"{label} = {pick(UNDEFINED_WORD, language)}"
    return f"{label} {equals(value, language)}"


def factor(value: float, language: str) -> str:
    """A number inside a product: negatives in parentheses, ``2·(−1)``."""
    text = format_number(value, language)
    return f"({text})" if text.startswith(MINUS) else text


def pick(text: Bilingual, language: str) -> str:
    """One language's version of a bilingual text."""
    return text[check_language(language)]


def fill(text: Bilingual, language: str, **numbers: Any) -> str:
    """A bilingual template in ``language``, its numbers (ints and floats) formatted for it."""
    values = {key: format_number(value, language)
              if isinstance(value, int | float) and not isinstance(value, bool) else value
              for key, value in numbers.items()}
    return pick(text, language).format(**values)


def matrix_text(rows: Sequence[Sequence[float]], language: str) -> str:
    """A small matrix as aligned rows of numbers, for the command line's readable output."""
    cells = [[format_number(value, language) for value in row] for row in rows]
    width = max(len(cell) for row in cells for cell in row)
    return "\n".join("  " + " ".join(cell.rjust(width) for cell in row) for row in cells)


UNDEFINED_WORD = {"pt_BR": "indefinido (0/0)", "en": "undefined (0/0)"}

TOPIC_TITLES: dict[str, Bilingual] = {
    "output_size": {"pt_BR": "Tamanho da saída", "en": "Output size"},
    "conv_cell": {"pt_BR": "Uma célula da convolução", "en": "One convolution cell"},
    "parameters": {"pt_BR": "Número de parâmetros", "en": "Number of parameters"},
    "pooling": {"pt_BR": "Agrupamento (pooling)", "en": "Pooling"},
    "backprop": {"pt_BR": "Retropropagação", "en": "Backpropagation"},
    "metrics": {"pt_BR": "Medidas de desempenho", "en": "Performance measures"},
}

FIELD_LABELS: dict[str, Bilingual] = {
    "value": {"pt_BR": "resposta", "en": "answer"},
    "vp": {"pt_BR": "VP", "en": "TP"},
    "vn": {"pt_BR": "VN", "en": "TN"},
    "fp": {"pt_BR": "FP", "en": "FP"},
    "fn": {"pt_BR": "FN", "en": "FN"},
    "accuracy": {"pt_BR": "acurácia", "en": "accuracy"},
    "precision": {"pt_BR": "precisão", "en": "precision"},
    "recall": {"pt_BR": "revocação", "en": "recall"},
    "f1": {"pt_BR": "F1", "en": "F1"},
}


def topic_title(topic: str, language: str) -> str:
    """The topic's name for people ("Retropropagação")."""
    return pick(TOPIC_TITLES[topic], language)


def field_label(field: str, language: str) -> str:
    """The name of one answer box: "VP"/"TP", "precisão"/"precision", "resposta"/"answer"."""
    return pick(FIELD_LABELS[field], language)


# --------------------------------------------------------------------------- questions
_NUMBERED = {"pt_BR": " Linhas e colunas são numeradas a partir de 0.",
             "en": " Rows and columns are numbered from 0."}
_PADDING = {"pt_BR": ("sem preenchimento", "preenchimento {p} (zeros em todos os lados)"),
            "en": ("no padding", "padding {p} (zeros on every side)")}
_BIAS = {True: {"pt_BR": "com bias", "en": "with bias"},
         False: {"pt_BR": "sem bias (use_bias=False)", "en": "without bias (use_bias=False)"}}
_POOL_MODE = {"max": {"pt_BR": "pelo máximo (max pooling)", "en": "Max"},
              "average": {"pt_BR": "pela média (average pooling)", "en": "Average"}}

QUESTIONS: dict[str, Bilingual] = {
    "output_size": {
        "pt_BR": "Uma convolução lê uma entrada de n = {n} células em um eixo com um kernel de "
                 "k = {k} células, passo (stride) s = {s} e preenchimento (padding) p = {p} "
                 "(zeros acrescentados em cada lado). Quantas células a saída tem nesse eixo?",
        "en": "A convolution reads an input of n = {n} cells along one axis with a kernel of "
              "k = {k} cells, stride s = {s} and padding p = {p} (zeros added on each side). "
              "How many cells does the output have along that axis?"},
    "conv_cell": {
        "pt_BR": "A entrada {h}×{w} passa por uma convolução com o kernel {kh}×{kw} (correlação "
                 "cruzada, como o Keras calcula: o kernel não é invertido), passo {s} e "
                 "{padding}. Qual é o valor da célula da "
                 "saída na linha {row}, coluna {col}?",
        "en": "The {h}×{w} input is convolved with the {kh}×{kw} kernel (cross-correlation, "
              "as Keras computes it: the kernel is not flipped), stride {s} and {padding}. "
              "What is the value of the output cell in row {row}, "
              "column {col}?"},
    "dense": {
        "pt_BR": "Uma camada densa (Dense) com {units} neurônios recebe uma entrada de formato "
                 "{h}×{w}×{c}, achatada antes. Quantos parâmetros treináveis ela tem, {bias}?",
        "en": "A Dense layer with {units} units receives an input of shape {h}×{w}×{c}, "
              "flattened first. How many trainable parameters does it have, {bias}?"},
    "conv2d": {
        "pt_BR": "Uma camada convolucional (Conv2D) com {filters} filtros {kh}×{kw} recebe uma "
                 "entrada de formato {h}×{w}×{c}. Quantos parâmetros treináveis ela tem, {bias}?",
        "en": "A Conv2D layer with {filters} filters of {kh}×{kw} receives an input of shape "
              "{h}×{w}×{c}. How many trainable parameters does it have, {bias}?"},
    "locally_connected": {
        "pt_BR": "Uma camada localmente conectada (LocallyConnected2D do Keras 2: um kernel e "
                 "um bias próprios para cada posição da saída, sem compartilhar pesos) com "
                 "{filters} filtros {kh}×{kw}, passo {sh}×{sw} e padding \"{padding}\" recebe "
                 "uma entrada de formato {h}×{w}×{c}. Quantos parâmetros treináveis ela tem, "
                 "{bias}?",
        "en": "A locally connected layer (Keras 2's LocallyConnected2D: its own kernel and "
              "bias at every output position, no weight sharing) with {filters} filters of "
              "{kh}×{kw}, stride {sh}×{sw} and padding \"{padding}\" receives an input of shape "
              "{h}×{w}×{c}. How many trainable parameters does it have, {bias}?"},
    "pooling": {
        "pt_BR": "Um agrupamento {mode} com janela {pool}×{pool} e passo {s} (sem "
                 "preenchimento) é aplicado à entrada {h}×{w}. Qual é o valor da célula da "
                 "saída na linha {row}, coluna {col}?",
        "en": "{mode} pooling with a {pool}×{pool} window and stride {s} (no padding) is "
              "applied to the {h}×{w} input. What is the value of the output cell in row "
              "{row}, column {col}?"},
    "backprop": {
        "pt_BR": "Como no exemplo do curso, a entrada x 5×5 passa por um kernel w 3×3 com passo "
                 "2 (sem preenchimento), dando uma saída z 2×2. Dado ∂L/∂z, quanto vale "
                 "∂L/∂w[{i}][{j}], o gradiente da perda em relação ao peso na linha {i}, "
                 "coluna {j} do kernel?",
        "en": "As in the course's example, the 5×5 input x goes through a 3×3 kernel w with "
              "stride 2 (no padding), giving a 2×2 output z. Given ∂L/∂z, what is "
              "∂L/∂w[{i}][{j}], the gradient of the loss with respect to the weight in row "
              "{i}, column {j} of the kernel?"},
    "metrics": {
        "pt_BR": "A matriz de confusão tem as classes verdadeiras nas linhas e as previstas nas "
                 "colunas (classes numeradas a partir de 0). Tomando a classe {positive} como "
                 "positiva, dê VP, VN, FP, FN, a acurácia, a precisão, a revocação e o F1. "
                 "Escreva \"indefinido\" onde a fórmula dá 0/0.",
        "en": "The confusion matrix has the true classes in its rows and the predicted ones "
              "in its columns (classes numbered from 0). Taking class {positive} as the "
              "positive class, give TP, TN, FP, FN, the accuracy, the precision, the recall "
              "and the F1 score. Write \"undefined\" where the formula gives 0/0."},
}


def question(topic: str, given: Mapping[str, Any], language: str) -> str:
    """The problem's question in one paragraph of plain text."""
    builders = {"output_size": _size_question, "conv_cell": _conv_question,
                "parameters": _parameters_question, "pooling": _pooling_question,
                "backprop": _backprop_question, "metrics": _metrics_question}
    return builders[topic](given, language)


def _size_question(given: Mapping[str, Any], language: str) -> str:
    return fill(QUESTIONS["output_size"], language, **given)


def _conv_question(given: Mapping[str, Any], language: str) -> str:
    text = fill(QUESTIONS["conv_cell"], language, h=len(given["input"]),
                w=len(given["input"][0]), kh=len(given["kernel"]), kw=len(given["kernel"][0]),
                s=given["stride"], row=given["row"], col=given["col"],
                padding=_padding_text(given["padding"], language))
    return text + pick(_NUMBERED, language)


def _padding_text(padding: int, language: str) -> str:
    none, some = _PADDING[check_language(language)]
    return some.format(p=format_number(padding, language)) if padding else none


def _parameters_question(given: Mapping[str, Any], language: str) -> str:
    h, w, c = given["input_shape"]
    numbers: dict[str, Any] = {"h": h, "w": w, "c": c,
                               "bias": pick(_BIAS[bool(given["bias"])], language)}
    if given["layer"] == "dense":
        numbers["units"] = given["units"]
    else:
        numbers.update(filters=given["filters"], kh=given["kernel"][0], kw=given["kernel"][1])
    if given["layer"] == "locally_connected":
        numbers.update(sh=given["stride"][0], sw=given["stride"][1], padding=given["padding"])
    return fill(QUESTIONS[given["layer"]], language, **numbers)


def _pooling_question(given: Mapping[str, Any], language: str) -> str:
    text = fill(QUESTIONS["pooling"], language, mode=pick(_POOL_MODE[given["mode"]], language),
                pool=given["pool"], s=given["stride"], h=len(given["input"]),
                w=len(given["input"][0]), row=given["row"], col=given["col"])
    return text + pick(_NUMBERED, language)


def _backprop_question(given: Mapping[str, Any], language: str) -> str:
    text = fill(QUESTIONS["backprop"], language, i=given["i"], j=given["j"])
    return text + pick(_NUMBERED, language)


def _metrics_question(given: Mapping[str, Any], language: str) -> str:
    return fill(QUESTIONS["metrics"], language, positive=given["positive"])
