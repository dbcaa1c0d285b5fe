"""``python -m gui.my_digits``: the My digits tab on its own."""

import runpy

runpy.run_module("gui.my_digits.tab", run_name="__main__", alter_sys=True)
