"""CNN Lab's version: written once, in pyproject.toml, and read here from the installed metadata."""

DISTRIBUTION = "cnn-lab"  # [project] name in pyproject.toml


def app_version() -> str:
    """The installed version, or "unknown" when the app runs from a folder never installed."""
    from importlib import metadata  # about 20 ms: only when the version is asked for

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"
