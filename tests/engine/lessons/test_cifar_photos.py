"""CIFAR-10 test photos one at a time: the same photos, in the same order, as load_cifar10."""

import numpy as np
import pytest

from engine.datasets.cifar import load_cifar10
from engine.lessons import cifar_photos


@pytest.fixture(scope="module")
def dataset():
    return load_cifar10()


@pytest.mark.parametrize("index", [0, 7, 1234, 9999])
def test_a_photo_is_the_test_photo_of_that_number(dataset, index: int) -> None:
    photo = cifar_photos.photo(index)
    assert photo.shape == (32, 32, 3) and photo.dtype == np.uint8
    assert np.array_equal(photo, dataset.x_test[index])
    assert cifar_photos.label(index) == dataset.y_test[index]


def test_each_class_offers_its_first_photo_and_browsing_stays_in_the_class(dataset) -> None:
    for class_index in range(10):
        first = cifar_photos.first_of_class(class_index)
        assert first == int(np.flatnonzero(dataset.y_test == class_index)[0])
        following = cifar_photos.step_in_class(first, 1)
        assert following > first and dataset.y_test[following] == class_index
        assert cifar_photos.step_in_class(following, -1) == first
        last = cifar_photos.step_in_class(first, -1)  # wraps round to the class's last photo
        assert last == int(np.flatnonzero(dataset.y_test == class_index)[-1])


def test_keys_name_photos_and_nothing_else() -> None:
    assert cifar_photos.key_of(7) == "cifar10:7"
    assert cifar_photos.index_of("cifar10:7") == 7
    for bad in ("cifar10:10000", "cifar10:-1", "cifar10:07", "cifar10:", "astronaut", 7, None):
        assert cifar_photos.index_of(bad) is None
    with pytest.raises(KeyError, match="0 to 9999"):
        cifar_photos.photo(10_000)
