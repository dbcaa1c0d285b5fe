"""``python -m gui.training``: the Training tab on its own."""

import runpy

runpy.run_module("gui.training.tab", run_name="__main__", alter_sys=True)
