"""The Exercises page: problems drawn with the lessons' widgets, checked, worked out."""
