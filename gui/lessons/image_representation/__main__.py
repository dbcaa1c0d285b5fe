"""``python -m gui.lessons.image_representation``: the lesson on its own."""

import runpy

runpy.run_module("gui.lessons.image_representation.lesson", run_name="__main__", alter_sys=True)
