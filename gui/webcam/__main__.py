"""``python -m gui.webcam``: the Webcam tab on its own (``--demo``: on a generated video)."""

import runpy

runpy.run_module("gui.webcam.tab", run_name="__main__", alter_sys=True)
