"""Lesson 5. Filters and edges."""
