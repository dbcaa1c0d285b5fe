"""What the views say when a picture and a model are of different kinds (grey or colour).

``engine.models.input_kind`` decides (refuse a grey picture for a colour model, convert a
colour photo for a grey one); these are its words in the interface language, whole sentences
per place so that a translation never has to glue a subject into someone else's sentence.
"""

from PySide6.QtCore import QCoreApplication

# The places that feed a model grey pictures and refuse a colour model.
DRAWING, MY_DIGITS, ROBUSTNESS = "drawing", "my-digits", "robustness"


def _tr(text: str) -> str:
    return QCoreApplication.translate("InputKind", text)


def grey_into_colour(place: str = DRAWING) -> str:
    """Why a colour model cannot read this place's grey pictures, and what to do instead."""
    what = {
        DRAWING: _tr("This model reads colour photos; the drawing is grey, so its answer would "
                     "mean nothing (it learned from colours the drawing does not have). Choose "
                     "a digit model, or use Activations or Webcam → objects with a photo."),
        MY_DIGITS: _tr("This model reads colour photos; your digits are grey, so it cannot "
                       "learn from them. Choose a digit model to fine-tune."),
        ROBUSTNESS: _tr("this model reads colour photos, and this page studies grey digits. "
                        "Choose a digit model."),
    }
    return what[place]


def converted_to_grey() -> str:
    """The note of an allowed conversion: a colour photo shown to a model of grey pictures."""
    return _tr("The photo was converted to grey: this model reads grey pictures.")
