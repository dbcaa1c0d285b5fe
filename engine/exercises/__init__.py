"""Exercises that the app checks: problems from the engine's own computations, answers, mistakes.

``problems`` (generate, solve, expected, window_cells) over ``generators``; ``codes`` (the
class code on the board); ``answers`` (what a student typed, and whether it is right);
``mistakes`` (which typical slip gives a wrong answer); ``solutions`` (the worked steps);
``progress`` (score and level per topic, CSV export); ``texts`` and ``mistake_texts`` (every
sentence in Brazilian Portuguese and English, numbers formatted by language).
"""
