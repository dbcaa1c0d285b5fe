"""The images behind one cell of the confusion matrix, as captioned thumbnails.

A count of "12 sevens read as ones" means more once the twelve are seen: some are badly
written, some are mislabelled, some are honest mistakes. Each thumbnail says its true class,
the predicted class and how confident the model was; the most confident come first, since a
confident mistake is the most instructive. Clicking one emits ``exampleChosen(index)`` with
the image's index in the evaluated set (the tab opens it in the Activations tab).
"""

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from gui import i18n

THUMBNAIL = 64  # a 28 × 28 digit or a 32 × 32 photo at 2 screen pixels per pixel
MAX_SHOWN = 120  # more would take seconds to draw and nobody scrolls that far in class
INDEX_ROLE = Qt.ItemDataRole.UserRole


def enlarged(image: np.ndarray, side: int = THUMBNAIL) -> QImage:
    """A uint8 grey (H, W) or RGB (H, W, 3) image enlarged without smoothing, by a whole number
    of screen pixels per pixel (so every pixel of a photo is the same size), to at most ``side``."""
    array = np.ascontiguousarray(np.asarray(image, np.uint8))
    height, width = array.shape[:2]
    if array.ndim == 3:
        picture = QImage(array.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888)
    else:
        picture = QImage(array.tobytes(), width, height, width,
                         QImage.Format.Format_Grayscale8)
    scale = max(1, side // max(height, width))
    return picture.copy().scaled(width * scale, height * scale,
                                 Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.FastTransformation)


def thumbnail(image: np.ndarray) -> QPixmap:
    """``enlarged`` as a pixmap for the list's icons."""
    return QPixmap.fromImage(enlarged(image))


def order_by_confidence(indices: np.ndarray, confidences: np.ndarray) -> np.ndarray:
    """``indices`` with the most confident first (ties keep the data's order)."""
    return indices[np.argsort(-confidences[indices], kind="stable")]


class CellExamples(QListWidget):
    """Thumbnails with captions; ``exampleChosen(index)`` when one is clicked."""

    exampleChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cellExamples")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.setGridSize(QSize(THUMBNAIL + 44, THUMBNAIL + 46))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setMinimumHeight(THUMBNAIL + 50)  # one row of the grid, whole
        self.itemClicked.connect(self._clicked)

    def show_examples(self, indices: Sequence[int], images: np.ndarray, y_true: np.ndarray,
                      y_pred: np.ndarray, probabilities: np.ndarray,
                      names: Sequence[str]) -> None:
        """Thumbnails of ``images[indices]`` (at most MAX_SHOWN, most confident first)."""
        self.clear()
        chosen = np.asarray(indices, np.int64)
        confidence = probabilities.max(axis=1) if len(probabilities) else np.zeros(0)
        for index in order_by_confidence(chosen, confidence)[:MAX_SHOWN]:
            true_name, predicted_name = names[int(y_true[index])], names[int(y_pred[index])]
            share = i18n.percent(float(confidence[index]))
            item = QListWidgetItem(QIcon(thumbnail(images[index])),
                                   f"{true_name} → {predicted_name}\n{share} %")
            item.setData(INDEX_ROLE, int(index))
            item.setToolTip(self.tr("True class: {true}. Predicted: {predicted}, with {share} % "
                                    "confidence. Click to open it in the Activations "
                                    "tab.").format(true=true_name, predicted=predicted_name,
                                                   share=share))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.addItem(item)

    def shown_indices(self) -> list[int]:
        return [int(self.item(row).data(INDEX_ROLE)) for row in range(self.count())]

    def captions(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    def _clicked(self, item: QListWidgetItem) -> None:
        self.exampleChosen.emit(int(item.data(INDEX_ROLE)))
