"""``python -m gui.activations``: the Activations tab on its own."""

import runpy

runpy.run_module("gui.activations.tab", run_name="__main__", alter_sys=True)
