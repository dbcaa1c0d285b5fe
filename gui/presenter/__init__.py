"""Presenter mode: large type, a pointer halo and projector colours for a class."""
