"""``python -m gui.lessons.kernel_editor``: the lesson on its own."""

import runpy

runpy.run_module("gui.lessons.kernel_editor.lesson", run_name="__main__", alter_sys=True)
