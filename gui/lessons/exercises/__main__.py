"""``python -m gui.lessons.exercises``: the Exercises page on its own."""

import runpy

runpy.run_module("gui.lessons.exercises.panel", run_name="__main__", alter_sys=True)
