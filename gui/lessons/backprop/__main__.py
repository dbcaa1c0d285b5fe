"""``python -m gui.lessons.backprop``: the lesson on its own."""

import runpy

runpy.run_module("gui.lessons.backprop.lesson", run_name="__main__", alter_sys=True)
