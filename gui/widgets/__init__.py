"""Reusable views shared by the lessons and the lab tabs."""
