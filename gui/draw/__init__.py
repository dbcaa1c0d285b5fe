"""The Draw tab: a digit drawn by hand, read live."""
