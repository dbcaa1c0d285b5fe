"""What the views say when a picture and a model are of different kinds (grey or colour).

``engine.models.input_kind`` decides (refuse a grey picture for a colour model, convert a
colour photo for a grey one); these are its words in the interface language, whole sentences
per place so that a translation never has to glue a subject into someone else's sentence.
(Literal strings in each ``translate`` call: lupdate finds only those.)
"""

from PySide6.QtCore import QCoreApplication

# The places that feed a model grey pictures and refuse a colour model.
DRAWING, MY_DIGITS, ROBUSTNESS = "drawing", "my-digits", "robustness"


def grey_into_colour(place: str = DRAWING) -> str:
    """Why a colour model cannot read this place's grey pictures, and what to do instead."""
    translate = QCoreApplication.translate
    if place == MY_DIGITS:
        return translate("InputKind", "This model reads colour photos; your digits are grey, "
                                      "so it cannot learn from them. Choose a digit model to "
                                      "fine-tune.")
    if place == ROBUSTNESS:  # completes "Could not use FILE: …"
        return translate("InputKind", "this model reads colour photos, and this page studies "
                                      "grey digits. Choose a digit model.")
    return translate("InputKind", "This model reads colour photos; the drawing is grey, so its "
                                  "answer would mean nothing (it learned from colours the "
                                  "drawing does not have). Choose a digit model, or use "
                                  "Activations or Webcam → objects with a photo.")


def converted_to_grey() -> str:
    """The note of an allowed conversion: a colour photo shown to a model of grey pictures."""
    return QCoreApplication.translate("InputKind", "The photo was converted to grey: this "
                                                   "model reads grey pictures.")
