"""Presenter mode: large type, a pointer halo and projector colours for a class."""

from gui.presenter.mode import PresenterMode

__all__ = ["PresenterMode"]
