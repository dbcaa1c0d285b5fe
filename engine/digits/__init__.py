"""From a drawing, pen strokes or a sheet of paper to MNIST's 28 × 28 digits."""
