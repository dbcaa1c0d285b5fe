"""``python -m gui.lessons.pooling``: lesson 6 on its own.

Lesson 7, which shares this package's widgets: ``python -m gui.lessons.pooling.invariance``.
"""

import runpy

runpy.run_module("gui.lessons.pooling.lesson", run_name="__main__", alter_sys=True)
