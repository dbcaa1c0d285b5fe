"""The image-representation lesson as an activity file.

State: ``image`` (a sample photo's key, a CIFAR-10 test photo's ``"cifar10:<number>"``,
``"drawing"``, or None for a picture that cannot travel in the file) and ``tint`` (channels
drawn in their colours). The zoom is left to the student's screen: it depends on the window's
size.
"""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from engine.activities import state_checks as check
from gui.lessons.image_representation.view import ImageRepresentationView
from gui.widgets.activity import ActivityControl
from gui.widgets.image_source_state import checked_source, source_state

KEYS = ("image", "tint")


@dataclass(frozen=True)
class ImageState:
    image: str | None
    tint: bool


def state_dict(view: ImageRepresentationView) -> dict[str, Any]:
    return {"image": source_state(view.source), "tint": view.tint_check.isChecked()}


def checked_state(state: object) -> ImageState:
    check.require_keys(state, KEYS)
    assert isinstance(state, dict)
    return ImageState(checked_source(state["image"]), check.boolean(state["tint"], "tint"))


def controls(view: ImageRepresentationView) -> list[ActivityControl]:
    """The tint is not lockable: the page itself enables it only for colour pictures."""
    label = QCoreApplication.translate("ImageRepresentationActivity", "Image")
    return [ActivityControl("image", label, (view.source.combo,))]
