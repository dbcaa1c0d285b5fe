"""Lesson 6. Pooling and 7. Max pooling."""
