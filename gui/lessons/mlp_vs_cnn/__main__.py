"""``python -m gui.lessons.mlp_vs_cnn``: the lesson on its own."""

import runpy

runpy.run_module("gui.lessons.mlp_vs_cnn.lesson", run_name="__main__", alter_sys=True)
