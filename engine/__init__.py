"""CNN Lab's computing core: plain NumPy, no Qt, no TensorFlow (see DESIGN.md, section 1)."""
