"""Saving and opening activity files: the save dialog, the instructions panel and the locks."""
