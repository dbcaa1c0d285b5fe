"""A demonstration source for the Webcam tab on a computer without a camera.

``python -m gui.webcam --demo`` opens the tab on a generated video of digits on paper
(``engine.digits.paper_video``), made from the built-in sample's *training* digits: a preview or a
screenshot never shows MNIST test digits, which are kept for measuring.
"""

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from gui.session import LabSession

DEMO_FRAMES = 60


def demo_video(folder: Path, frames: int = DEMO_FRAMES, seed: int = 7) -> Path:
    """Write (once) a video of paper with 3–6 sample training digits per frame."""
    from engine.datasets.catalog import load_sample
    from engine.digits.paper_video import write_paper_video

    path = folder / f"paper_demo_{seed}.avi"
    if not path.is_file():
        sample = load_sample()
        write_paper_video(path, sample.x_train, sample.y_train, frames=frames, seed=seed)
    return path


def preview_tab(session: LabSession, demo: bool) -> QWidget:
    """The tab for the preview runner, reading the demonstration video if ``demo``."""
    from gui.webcam.tab import WebcamTab

    tab = WebcamTab(session)
    if demo:
        tab.open_source(demo_video(Path(tempfile.gettempdir())))
    return tab
