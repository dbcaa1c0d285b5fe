"""The Training tab: data, network, hyperparameters and live charts."""
