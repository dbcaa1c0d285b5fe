"""Training and evaluation without Qt, for the GUI, the CLI and the tests."""
