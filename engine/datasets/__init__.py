"""Datasets: load, discover, import and download labelled images; the person's own digits."""
