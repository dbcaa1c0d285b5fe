"""CNN Lab's version: written once, in pyproject.toml, and read here from the installed metadata."""

DISTRIBUTION = "cnn-lab"  # [project] name in pyproject.toml


def app_version() -> str:
    """The installed version, or "unknown" when the app runs from a folder never installed."""
    from importlib import metadata  # about 20 ms: only when the version is asked for

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def app_licence() -> str:
    """The licence the installed metadata declares (pyproject's ``license``), e.g. "MIT"."""
    from importlib import metadata

    try:
        declared = metadata.metadata(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "MIT"  # as pyproject.toml says; a folder never installed has no metadata
    return declared.get("License-Expression") or declared.get("License") or "MIT"
