"""The headless command line: train, evaluate, predict."""
