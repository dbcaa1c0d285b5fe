"""Named preset kernels for the kernel editor (deck slides 7–14 and classic image filters).

All kernels are applied by ``engine.numerics.ops.conv2d``, i.e. as cross-correlation (not flipped),
like Keras. The edge kernels keep the deck's sign convention: ``vertical_edges`` is
[[1, 0, −1], …], positive where the image is brighter on the left than on the right, and
Sobel x / Sobel y follow the same signs (they are the deck's kernels with the middle row or
column weighted double, which makes them less sensitive to noise).

Labels and descriptions come in English and Brazilian Portuguese here because the engine
knows nothing of Qt's translator; the Portuguese uses the course's vocabulary.
"""

from dataclasses import dataclass, field

import numpy as np


def _is_portuguese(language: str) -> bool:
    # "pt", "pt_BR", "pt-BR", "pt_PT": any Portuguese gets the course's own language.
    return language.strip().lower().replace("-", "_").split("_")[0] == "pt"


@dataclass(frozen=True)
class KernelPreset:
    """One named kernel with its labels and a sentence on what it does, in pt and en."""

    key: str
    # compare=False: NumPy arrays do not give a single True/False for ==, so presets are
    # compared (and hashed) by their key and texts.
    kernel: np.ndarray = field(compare=False)
    label_pt: str
    label_en: str
    description_pt: str
    description_en: str

    def __post_init__(self) -> None:
        # A private read-only float64 copy: no caller can change a preset by accident (the
        # editor must copy it before editing), and every preset has the same dtype.
        kernel = np.array(self.kernel, dtype=np.float64)
        kernel.flags.writeable = False
        object.__setattr__(self, "kernel", kernel)

    def label(self, language: str) -> str:
        """The short name, in Portuguese for "pt"/"pt_BR", otherwise in English."""
        return self.label_pt if _is_portuguese(language) else self.label_en

    def description(self, language: str) -> str:
        """What the kernel does, in Portuguese for "pt"/"pt_BR", otherwise in English."""
        return self.description_pt if _is_portuguese(language) else self.description_en


_GAUSS_3 = np.outer([1, 2, 1], [1, 2, 1]) / 16  # binomial weights approximate a Gaussian
_GAUSS_5 = np.outer([1, 4, 6, 4, 1], [1, 4, 6, 4, 1]) / 256

_PRESET_LIST = [
    KernelPreset("identity", [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
                 "Identidade", "Identity",
                 "Copia a imagem sem mudanças: só o pixel central tem peso.",
                 "Copies the image unchanged: only the centre pixel has weight."),
    KernelPreset("vertical_edges", [[1, 0, -1], [1, 0, -1], [1, 0, -1]],
                 "Bordas verticais", "Vertical edges",
                 "Detecção de bordas verticais: responde onde a imagem muda da esquerda para a "
                 "direita.",
                 "Vertical edge detection: responds where the image changes from left to "
                 "right."),
    KernelPreset("horizontal_edges", [[1, 1, 1], [0, 0, 0], [-1, -1, -1]],
                 "Bordas horizontais", "Horizontal edges",
                 "Detecção de bordas horizontais: responde onde a imagem muda de cima para "
                 "baixo.",
                 "Horizontal edge detection: responds where the image changes from top to "
                 "bottom."),
    KernelPreset("sobel_x", [[1, 0, -1], [2, 0, -2], [1, 0, -1]],
                 "Sobel x", "Sobel x",
                 "Bordas verticais com a linha central com peso dobrado: menos sensível a "
                 "ruído.",
                 "Vertical edges with the middle row weighted double: less sensitive to "
                 "noise."),
    KernelPreset("sobel_y", [[1, 2, 1], [0, 0, 0], [-1, -2, -1]],
                 "Sobel y", "Sobel y",
                 "Bordas horizontais com a coluna central com peso dobrado: menos sensível a "
                 "ruído.",
                 "Horizontal edges with the middle column weighted double: less sensitive "
                 "to noise."),
    KernelPreset("laplacian", [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
                 "Laplaciano", "Laplacian",
                 "Bordas em todas as direções: compara cada pixel com seus quatro vizinhos.",
                 "Edges in every direction: compares each pixel with its four neighbours."),
    KernelPreset("sharpen", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
                 "Nitidez", "Sharpen",
                 "Realça detalhes: a imagem mais as suas bordas (identidade − laplaciano).",
                 "Enhances detail: the image plus its edges (identity − Laplacian)."),
    KernelPreset("box_blur", np.full((3, 3), 1 / 9),
                 "Desfoque (média)", "Box blur (mean)",
                 "Cada pixel vira a média da sua vizinhança 3×3.",
                 "Each pixel becomes the mean of its 3×3 neighbourhood."),
    KernelPreset("gaussian_blur", _GAUSS_3,
                 "Desfoque gaussiano", "Gaussian blur",
                 "Média ponderada: vizinhos mais próximos pesam mais; desfoque suave.",
                 "Weighted mean: closer neighbours weigh more; a smooth blur."),
    KernelPreset("gaussian_blur_5", _GAUSS_5,
                 "Desfoque gaussiano 5×5", "Gaussian blur 5×5",
                 "O mesmo desfoque gaussiano numa vizinhança 5×5: mais forte.",
                 "The same Gaussian blur over a 5×5 neighbourhood: stronger."),
    KernelPreset("emboss", [[-2, -1, 0], [-1, 1, 1], [0, 1, 2]],
                 "Relevo", "Emboss",
                 "Bordas na diagonal somadas à imagem: parece gravada em relevo.",
                 "Diagonal edges added to the image: it looks stamped in relief."),
]

#: Every preset by key, in the order the editor lists them (dicts keep insertion order).
PRESETS: dict[str, KernelPreset] = {preset.key: preset for preset in _PRESET_LIST}


class UnknownPresetError(KeyError, ValueError):
    """Raised by ``get_preset`` for an unknown key; catch it as KeyError or ValueError."""

    def __str__(self) -> str:
        # KeyError's own __str__ would show the message inside quotes.
        return str(self.args[0])


def get_preset(key: str) -> KernelPreset:
    """The preset called ``key``, or an error that lists the valid keys."""
    try:
        return PRESETS[key]
    except (KeyError, TypeError):
        valid = ", ".join(PRESETS)
        raise UnknownPresetError(f"Unknown kernel preset {key!r}. Valid presets: {valid}.") \
            from None
