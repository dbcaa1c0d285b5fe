"""Activity files (.cnnlab): a lesson's state, a training setup or an exercise set."""

from engine.activities.file import (
    ACTIVITY_SUFFIX,
    FORMAT,
    FORMAT_VERSION,
    KINDS,
    MAX_BYTES,
    REASONS,
    Activity,
    ActivityError,
    load_activity,
    save_activity,
)

__all__ = [
    "ACTIVITY_SUFFIX", "FORMAT", "FORMAT_VERSION", "KINDS", "MAX_BYTES", "REASONS", "Activity",
    "ActivityError", "load_activity", "save_activity",
]
