"""``python -m gui.draw``: the Draw tab on its own."""

import runpy

runpy.run_module("gui.draw.tab", run_name="__main__", alter_sys=True)
