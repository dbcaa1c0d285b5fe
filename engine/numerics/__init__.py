"""Convolution, pooling, backpropagation and metrics in plain NumPy."""
