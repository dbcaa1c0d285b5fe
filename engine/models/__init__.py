"""Models: architectures, loading and saving, fast inference, explanations."""
