"""One module per lesson of the course, in the deck's order; each runs on its own too."""
