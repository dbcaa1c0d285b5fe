"""What the lessons compute and write out, number by number."""
