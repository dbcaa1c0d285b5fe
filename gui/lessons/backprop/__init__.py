"""Lesson 8. Backpropagation."""
