"""engine.numerics.kernels: the deck's kernels exactly, and presets nobody can change by
accident."""

import numpy as np
import pytest

from engine.numerics import kernels, ops
from engine.numerics.kernels import PRESETS, get_preset

EXPECTED_ORDER = ["identity", "vertical_edges", "horizontal_edges", "sobel_x", "sobel_y",
                  "laplacian", "sharpen", "box_blur", "gaussian_blur", "gaussian_blur_5",
                  "emboss"]


def test_deck_edge_kernels_exactly() -> None:
    # "Detecção de bordas verticais / horizontais", slides 7–14.
    np.testing.assert_array_equal(get_preset("vertical_edges").kernel,
                                  [[1, 0, -1], [1, 0, -1], [1, 0, -1]])
    np.testing.assert_array_equal(get_preset("horizontal_edges").kernel,
                                  [[1, 1, 1], [0, 0, 0], [-1, -1, -1]])


def test_classic_kernels() -> None:
    np.testing.assert_array_equal(get_preset("identity").kernel, np.pad([[1]], 1))
    np.testing.assert_array_equal(get_preset("box_blur").kernel, np.full((3, 3), 1 / 9))
    np.testing.assert_array_equal(get_preset("gaussian_blur").kernel,
                                  np.outer([1, 2, 1], [1, 2, 1]) / 16)
    assert get_preset("gaussian_blur_5").kernel.shape == (5, 5)
    np.testing.assert_array_equal(get_preset("laplacian").kernel,
                                  [[0, 1, 0], [1, -4, 1], [0, 1, 0]])
    # Blurs keep the brightness (weights sum to 1); edge detectors ignore flat areas (sum 0).
    for key in ("identity", "sharpen", "box_blur", "gaussian_blur", "gaussian_blur_5"):
        assert get_preset(key).kernel.sum() == pytest.approx(1.0)
    for key in ("vertical_edges", "horizontal_edges", "sobel_x", "sobel_y", "laplacian"):
        assert get_preset(key).kernel.sum() == pytest.approx(0.0)


def test_vertical_edges_find_a_vertical_edge() -> None:
    image = np.zeros((6, 6))
    image[:, :3] = 1.0  # bright left half, dark right half
    response = ops.conv2d(image, get_preset("vertical_edges").kernel)
    # Only the windows that straddle the edge respond: output columns 1 and 2, value 3.
    np.testing.assert_array_equal(response, np.tile([0.0, 3.0, 3.0, 0.0], (4, 1)))
    assert not ops.conv2d(image, get_preset("horizontal_edges").kernel).any()


def test_presets_in_order_finite_float64_read_only() -> None:
    assert list(PRESETS)[: len(EXPECTED_ORDER)] == EXPECTED_ORDER
    for key, preset in PRESETS.items():
        assert preset.key == key
        assert preset.kernel.dtype == np.float64 and preset.kernel.ndim == 2
        assert np.isfinite(preset.kernel).all()
        assert not preset.kernel.flags.writeable
        with pytest.raises(ValueError, match="read-only"):
            preset.kernel[0, 0] = 42.0


def test_labels_and_descriptions_in_both_languages() -> None:
    for preset in PRESETS.values():
        for language in ("pt_BR", "pt", "en", "de"):
            assert preset.label(language).strip()
            assert preset.description(language).strip()
        assert preset.label("pt_BR") == preset.label_pt
        assert preset.label("en_US") == preset.label_en
        assert preset.description("pt-BR") == preset.description_pt
    portuguese = {key: p.label("pt_BR") for key, p in PRESETS.items()}
    assert portuguese["vertical_edges"] == "Bordas verticais"
    assert portuguese["horizontal_edges"] == "Bordas horizontais"
    assert portuguese["identity"] == "Identidade"
    assert portuguese["laplacian"] == "Laplaciano"
    assert portuguese["sharpen"] == "Nitidez"
    assert portuguese["box_blur"] == "Desfoque (média)"
    assert portuguese["gaussian_blur"] == "Desfoque gaussiano"
    assert portuguese["emboss"] == "Relevo"


def test_presets_are_frozen_and_hashable() -> None:
    preset = get_preset("sobel_x")
    with pytest.raises(AttributeError):
        preset.key = "other"  # type: ignore[misc]
    assert {preset: 1}[get_preset("sobel_x")] == 1


def test_unknown_preset_lists_the_valid_keys() -> None:
    with pytest.raises(KeyError) as caught:
        get_preset("sobel_z")
    assert isinstance(caught.value, ValueError)
    message = str(caught.value)
    assert "sobel_z" in message and "vertical_edges" in message and "emboss" in message
    assert kernels.UnknownPresetError is type(caught.value)
