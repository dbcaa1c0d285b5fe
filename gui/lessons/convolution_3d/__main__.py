"""``python -m gui.lessons.convolution_3d``: the lesson on its own."""

import runpy

runpy.run_module("gui.lessons.convolution_3d.lesson", run_name="__main__", alter_sys=True)
