"""A photo from a file, read for a model: RGB uint8, whatever its format or size.

The Activations tab classifies any photo a person opens. The network reads 32 × 32 (or
28 × 28) pictures, so the photo is resized later, by ``Predictor.prepare``, where every other
input is; here it is only decoded, in colour, so the view can show "original → as the model
sees it" side by side.
"""

from pathlib import Path

import cv2
import numpy as np

__all__ = ["PhotoError", "read_photo"]


class PhotoError(ValueError):
    """A file that is not an image OpenCV can decode (or cannot be read at all)."""


def read_photo(path: str | Path) -> np.ndarray:
    """The image at ``path`` as RGB uint8 (H, W, 3); grey files come back as three equal
    channels and transparency is dropped. Raises PhotoError if it cannot be read."""
    try:
        # Bytes then imdecode, not imread: imread cannot open non-ASCII paths on Windows.
        data = np.fromfile(Path(path), np.uint8)
    except OSError as error:
        raise PhotoError(f"{path}: cannot be read ({error}).") from error
    bgr = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
    if bgr is None or bgr.size == 0:
        raise PhotoError(f"{path}: not an image OpenCV can read.")
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
