"""Exercises that the app checks: problems from the engine's own computations, answers, mistakes."""
