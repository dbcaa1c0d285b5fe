"""Everything a person sees: Qt widgets that ask the engine to compute."""
