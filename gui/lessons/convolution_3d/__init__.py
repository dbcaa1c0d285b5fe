"""Lesson 3. 3D convolution."""
