"""The lessons, one package per lesson in the deck's order, on the page base of common.py."""
