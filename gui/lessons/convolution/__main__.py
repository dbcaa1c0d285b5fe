"""``python -m gui.lessons.convolution``: the lesson on its own."""

import runpy

runpy.run_module("gui.lessons.convolution.lesson", run_name="__main__", alter_sys=True)
