"""Lesson 1. Convolution."""
