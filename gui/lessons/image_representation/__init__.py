"""Lesson 2. Images."""
