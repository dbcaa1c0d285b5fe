"""The one error the command line reports without a traceback."""


class UsageError(Exception):
    """Bad input from the person at the keyboard: reported on stderr, exit status 2."""
