"""The Exercises page: problems drawn with the lessons' widgets, checked at once, worked solutions."""
