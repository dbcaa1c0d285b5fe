"""``python -m gui.evaluation``: the Evaluation tab on its own."""

import runpy

runpy.run_module("gui.evaluation.tab", run_name="__main__", alter_sys=True)
