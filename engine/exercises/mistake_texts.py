"""What each located mistake is, said in Brazilian Portuguese and English with the numbers.

Keyed by the mistake's code, or by ``"topic:code"`` where one code means different things in
different topics (a forgotten padding in a size formula and in a parameter count). The
placeholders are filled by ``texts.fill``: ``{value}`` is what the mistaken method gives (the
student's answer), ``{expected}`` the right answer, the others numbers of the problem.
"""

from engine.exercises.texts import Bilingual

EXPLANATIONS: dict[str, Bilingual] = {
    # ----------------------------------------------------------------------- output size
    "output_size:forgot_padding": {
        "pt_BR": "Você esqueceu o preenchimento: ⌊({n} − {k})/{s}⌋ + 1 = {value}. Os {p} zeros "
                 "de cada lado contam: ⌊({n} + 2·{p} − {k})/{s}⌋ + 1 = {expected}.",
        "en": "You left out the padding: ⌊({n} − {k})/{s}⌋ + 1 = {value}. The {p} zeros on "
              "each side count: ⌊({n} + 2·{p} − {k})/{s}⌋ + 1 = {expected}."},
    "padding_once": {
        "pt_BR": "Você somou o preenchimento uma vez só (p em vez de 2p): "
                 "⌊({n} + {p} − {k})/{s}⌋ + 1 = {value}. Os zeros vão dos dois lados: "
                 "⌊({n} + 2·{p} − {k})/{s}⌋ + 1 = {expected}.",
        "en": "You added the padding once (p instead of 2p): ⌊({n} + {p} − {k})/{s}⌋ + 1 = "
              "{value}. The zeros go on both sides: ⌊({n} + 2·{p} − {k})/{s}⌋ + 1 = "
              "{expected}."},
    "forgot_plus_one": {
        "pt_BR": "Faltou o + 1: ⌊({n} + 2·{p} − {k})/{s}⌋ = {value} conta os passos do kernel, "
                 "não as posições; a primeira posição soma 1, e a resposta é {expected}.",
        "en": "You forgot the + 1: ⌊({n} + 2·{p} − {k})/{s}⌋ = {value} counts the kernel's "
              "steps, not its positions; the first position adds 1, so the answer is "
              "{expected}."},
    "output_size:ignored_stride": {
        "pt_BR": "Você ignorou o passo: {n} + 2·{p} − {k} + 1 = {value} posições vale para passo "
                 "1. Com passo {s}, divida por {s} antes de somar 1: {expected}.",
        "en": "You ignored the stride: {n} + 2·{p} − {k} + 1 = {value} positions holds for "
              "stride 1. With stride {s}, divide by {s} before adding 1: {expected}."},
    "rounded_up": {
        "pt_BR": "Você arredondou a divisão para cima ({value}); a fórmula arredonda para baixo "
                 "(⌊…⌋), porque uma janela que sairia da entrada não é usada: {expected}.",
        "en": "You rounded the division up ({value}); the formula rounds down (⌊…⌋), "
              "because a window that would stick out of the input is not used: {expected}."},
    # ----------------------------------------------------------------------- conv cell, pooling
    "flipped_kernel": {
        "pt_BR": "Você inverteu o kernel (uma convolução “verdadeira”), o que dá {value}. O Keras "
                 "calcula uma correlação cruzada: cada entrada multiplica o peso na mesma "
                 "posição do kernel sem inverter, o que dá {expected}.",
        "en": "You flipped the kernel (a “true” convolution), which gives {value}. Keras "
              "computes a cross-correlation: each input multiplies the weight in the same "
              "position of the unflipped kernel, which gives {expected}."},
    "forgot_padding": {
        "pt_BR": "Você calculou sem o preenchimento, o que dá {value}. Primeiro cerque a entrada "
                 "com {p} zero(s) em cada lado; a célula ({row}, {col}) lê então uma janela da "
                 "entrada preenchida: {expected}.",
        "en": "You computed without the padding, which gives {value}. First surround the "
              "input with {p} zero(s) on every side; cell ({row}, {col}) then reads a window "
              "of the padded input: {expected}."},
    "wrong_window": {
        "pt_BR": "Você pôs a janela na linha {row}, coluna {col}, como se o passo fosse 1, o que "
                 "dá {value}. Com passo {s} a janela começa na linha {row}·{s} = {top}, coluna "
                 "{col}·{s} = {left}: {expected}.",
        "en": "You placed the window at row {row}, column {col}, as if the stride were 1, "
              "which gives {value}. With stride {s} the window starts at row {row}·{s} = "
              "{top}, column {col}·{s} = {left}: {expected}."},
    "swapped_row_col": {
        "pt_BR": "Você trocou linha e coluna (calculou a célula ({col}, {row})), o que dá "
                 "{value}. A linha vem primeiro: a célula ({row}, {col}) vale {expected}.",
        "en": "You swapped row and column (you computed cell ({col}, {row})), which gives "
              "{value}. The row comes first: cell ({row}, {col}) is {expected}."},
    "max_for_average": {
        "pt_BR": "Você tomou o máximo da janela ({value}), mas este é um agrupamento pela média: "
                 "a média dos valores da janela é {expected}.",
        "en": "You took the window's maximum ({value}), but this is average pooling: the mean "
              "of the window's values is {expected}."},
    "average_for_max": {
        "pt_BR": "Você tomou a média da janela ({value}), mas este é um agrupamento pelo máximo: "
                 "o maior valor da janela é {expected}.",
        "en": "You took the window's mean ({value}), but this is max pooling: the largest "
              "value of the window is {expected}."},
    # ----------------------------------------------------------------------- backprop
    "stride_one_window": {
        "pt_BR": "Você usou entradas vizinhas x[{i}+a][{j}+b], como se o passo fosse 1, o que dá "
                 "{value}. Com passo 2, ∂L/∂z[a][b] encontra x[{i}+2a][{j}+2b]: {expected}.",
        "en": "You used neighbouring inputs x[{i}+a][{j}+b], as if the stride were 1, which "
              "gives {value}. With stride 2, ∂L/∂z[a][b] meets x[{i}+2a][{j}+2b]: "
              "{expected}."},
    "flipped_dl_dz": {
        "pt_BR": "Você emparelhou ∂L/∂z na ordem invertida, o que dá {value}. ∂L/∂z[a][b] "
                 "multiplica x[{i}+2a][{j}+2b], com os mesmos a e b: {expected}.",
        "en": "You paired ∂L/∂z in flipped order, which gives {value}. ∂L/∂z[a][b] "
              "multiplies x[{i}+2a][{j}+2b], with the same a and b: {expected}."},
    "backprop:swapped_row_col": {
        "pt_BR": "Você trocou linha e coluna (calculou ∂L/∂w[{j}][{i}]), o que dá {value}. O "
                 "peso pedido é ∂L/∂w[{i}][{j}]: {expected}.",
        "en": "You swapped row and column (you computed ∂L/∂w[{j}][{i}]), which gives "
              "{value}. The weight asked for is ∂L/∂w[{i}][{j}]: {expected}."},
    # ----------------------------------------------------------------------- parameters
    "forgot_bias": {
        "pt_BR": "Você contou só os pesos ({value}); a camada também tem {biases} bias, "
                 "{expected} ao todo.",
        "en": "You counted only the weights ({value}); the layer also has {biases} biases, "
              "{expected} in all."},
    "extra_bias": {
        "pt_BR": "Você somou bias ({value}), mas esta camada tem use_bias=False: só os pesos "
                 "contam, {expected}.",
        "en": "You added biases ({value}), but this layer has use_bias=False: only the "
              "weights count, {expected}."},
    "bias_per_input": {
        "pt_BR": "Você contou um bias por entrada ({value}); há um bias por saída (neurônio ou "
                 "filtro), {biases} ao todo, o que dá {expected}.",
        "en": "You counted one bias per input ({value}); there is one bias per output (unit "
              "or filter), {biases} in all, which gives {expected}."},
    "dense_forgot_channels": {
        "pt_BR": "Você achatou só {h}×{w} = {hw} entradas ({value}); os {c} canais também "
                 "contam: {h}·{w}·{c} = {n_in} entradas, {expected} parâmetros.",
        "en": "You flattened only {h}×{w} = {hw} inputs ({value}); the {c} channels count "
              "too: {h}·{w}·{c} = {n_in} inputs, {expected} parameters."},
    "forgot_channels": {
        "pt_BR": "Cada filtro cobre os {c} canais da entrada: seu kernel tem {kh}·{kw}·{c} "
                 "pesos, não {kh}·{kw}. Isso dá {expected}, não {value}.",
        "en": "Each filter spans all {c} input channels: its kernel has {kh}·{kw}·{c} "
              "weights, not {kh}·{kw}. That gives {expected}, not {value}."},
    "forgot_sharing": {
        "pt_BR": "Você deu pesos próprios a cada posição da saída ({value}), como numa camada "
                 "localmente conectada; a convolução compartilha um kernel por filtro em todas "
                 "as posições: {expected}.",
        "en": "You gave every output position its own weights ({value}), as a locally "
              "connected layer does; a convolution shares one kernel per filter across all "
              "positions: {expected}."},
    "shared_weights": {
        "pt_BR": "Você contou a camada localmente conectada como uma convolução ({value}), com "
                 "pesos compartilhados; ela tem kernel e bias próprios em cada uma das "
                 "{positions} posições da saída: {expected}.",
        "en": "You counted the locally connected layer like a convolution ({value}), with "
              "shared weights; it has its own kernel and bias at each of the {positions} "
              "output positions: {expected}."},
    "bias_not_per_position": {
        "pt_BR": "Você contou os bias uma vez só ({value}); a camada localmente conectada tem "
                 "{filters} bias em cada uma das {positions} posições: {expected}.",
        "en": "You counted the biases once ({value}); a locally connected layer has {filters} "
              "biases at each of the {positions} positions: {expected}."},
    "parameters:forgot_padding": {
        "pt_BR": "Você contou as posições sem preenchimento ({value}); com padding \"same\" a "
                 "saída tem ⌈{h}/{sh}⌉·⌈{w}/{sw}⌉ = {positions} posições: {expected}.",
        "en": "You counted the positions without padding ({value}); with padding \"same\" "
              "the output has ⌈{h}/{sh}⌉·⌈{w}/{sw}⌉ = {positions} positions: {expected}."},
    "parameters:ignored_stride": {
        "pt_BR": "Você contou as posições com passo 1 ({value}); com passo {sh}×{sw} a saída "
                 "tem {positions} posições: {expected}.",
        "en": "You counted the positions with stride 1 ({value}); with stride {sh}×{sw} the "
              "output has {positions} positions: {expected}."},
    # ----------------------------------------------------------------------- metrics
    "swapped_fp_fn": {
        "pt_BR": "Você trocou FP e FN ({value}). FP: previsto positivo, mas de outra classe (a "
                 "coluna da classe positiva fora da diagonal); FN: da classe positiva, mas "
                 "previsto como outra (a linha). A resposta é {expected}.",
        "en": "You swapped FP and FN ({value}). FP: predicted positive but truly another "
              "class (the positive column off the diagonal); FN: truly positive but predicted "
              "as another class (the row). The answer is {expected}."},
    "swapped_vp_vn": {
        "pt_BR": "Você trocou VP e VN ({value}). VP é a célula da diagonal da classe positiva; "
                 "VN conta os casos em que nem a verdade nem a previsão são a classe positiva. "
                 "A resposta é {expected}.",
        "en": "You swapped TP and TN ({value}). TP is the positive class's diagonal cell; TN "
              "counts the cases where neither the truth nor the prediction is the positive "
              "class. The answer is {expected}."},
    "swapped_precision_recall": {
        "pt_BR": "Você calculou a {computed} ({value}) em vez da {asked}. Precisão = VP/(VP + "
                 "FP) olha as previsões positivas; revocação = VP/(VP + FN), os positivos "
                 "verdadeiros. A resposta é {expected}.",
        "en": "You computed the {computed} ({value}) instead of the {asked}. Precision = "
              "TP/(TP + FP) looks at the positive predictions; recall = TP/(TP + FN) at the "
              "truly positive cases. The answer is {expected}."},
    "accuracy_vp_only": {
        "pt_BR": "Você dividiu só VP pelo total ({tp}/{total} = {value}); a acurácia conta "
                 "todos os acertos, (VP + VN)/total = ({tp} + {tn})/{total} = {expected}.",
        "en": "You divided only TP by the total ({tp}/{total} = {value}); the accuracy counts "
              "every correct prediction, (TP + TN)/total = ({tp} + {tn})/{total} = "
              "{expected}."},
    "f1_arithmetic_mean": {
        "pt_BR": "Você tirou a média aritmética de precisão e revocação ({value}); o F1 é a "
                 "média harmônica, 2·P·R/(P + R) = 2·VP/(2·VP + FP + FN) = {expected}.",
        "en": "You took the arithmetic mean of precision and recall ({value}); F1 is their "
              "harmonic mean, 2·P·R/(P + R) = 2·TP/(2·TP + FP + FN) = {expected}."},
    "f1_undefined_part": {
        "pt_BR": "Precisão ou revocação dá 0/0 aqui, mas o F1 = 2·VP/(2·VP + FP + FN) = "
                 "2·{tp}/(2·{tp} + {fp} + {fn}) tem denominador diferente de 0: {expected}.",
        "en": "Precision or recall is 0/0 here, but F1 = 2·TP/(2·TP + FP + FN) = "
              "2·{tp}/(2·{tp} + {fp} + {fn}) has a denominator other than 0: {expected}."},
    "zero_for_undefined": {
        "pt_BR": "Aqui a fórmula dá 0/0, que não tem valor: escreva \"indefinido\", não 0.",
        "en": "Here the formula gives 0/0, which has no value: write \"undefined\", not 0."},
}
