"""Lesson 4. MLP × CNN."""
