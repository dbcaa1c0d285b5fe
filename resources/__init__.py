"""Files shipped with the app (translations, icons, models), found relative to this package."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. ``resource_path("i18n", "cnn_lab_pt_BR.qm")``."""
    return ROOT.joinpath(*parts)
