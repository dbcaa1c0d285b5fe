"""The Activations tab: every layer's output for the current input."""
