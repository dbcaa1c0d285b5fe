"""Dataset and image errors said in the interface language (the engine's text is English).

The engine's ``DatasetError`` carries a *kind* and names the file at fault; the views show
one sentence per kind, translated, and keep the engine's message as the details (a tooltip),
for whoever wants to know exactly what was found.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def _sentences() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "not-found": translate("DataProblem", "there is no such file or folder."),
        "not-a-dataset": translate(
            "DataProblem", "this is not a dataset CNN Lab can read: choose an .npz file, IDX "
            "files, or a folder with one sub-folder of images per class."),
        "no-images": translate("DataProblem", "this class folder has no images (PNG, JPEG or "
                               "BMP); every class needs at least one."),
        "not-an-image": translate("DataProblem", "this file is not an image that can be read "
                                  "(it is damaged, empty or in another format than its name "
                                  "says)."),
        "no-arrays": translate("DataProblem", "this .npz file has none of the expected arrays "
                               "(x_train/y_train or x/y)."),
        "not-digits": translate("DataProblem", "choose a .zip file or a folder of digit "
                                "folders (0 to 9) to import from."),
        "damaged": translate("DataProblem", "the file could not be read: it may be damaged, or "
                             "it may not be allowed to open it."),
    }


def data_problem(error: BaseException, root: str | Path | None = None) -> str:
    """“name: what is wrong”, in the interface language, for a dataset or image error.

    ``root`` is what the person chose: a file found inside it is named from there
    (“animals/dogs”), so that both what was chosen and what is wrong in it can be seen.
    """
    kind = getattr(error, "kind", None)
    where = getattr(error, "where", "")
    sentence = _sentences().get(kind or "") if kind is not None else None
    if sentence is None:
        sentence = QCoreApplication.translate(
            "DataProblem", "this data cannot be used as it is (point here for the details).")
    return f"{_shown_name(Path(where), root)}: {sentence}" if where else sentence


def _shown_name(where: Path, root: str | Path | None) -> str:
    if root is not None:
        root = Path(root)
        if where != root and where.is_relative_to(root):
            return (Path(root.name) / where.relative_to(root)).as_posix()
    return where.name


def data_problem_details(error: BaseException) -> str:
    """The engine's own message, for a tooltip."""
    return str(error) or type(error).__name__
