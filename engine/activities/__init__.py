"""Activity files (.cnnlab): a lesson's state, a training setup or an exercise set."""
