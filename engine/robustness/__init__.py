"""How well a network holds up when its input changes: the Robustness lab's computations.

- ``perturb``: shift, rotate, scale, stroke thickness, noise, blur, contrast, inversion and
  occlusion of 28×28 digits in 0–1, and ``Perturbation`` (the page's sliders, in a fixed order).
- ``fgsm``: the fast gradient sign method, x + ε·sign(∇ₓ cross-entropy), with TensorFlow.
- ``sweep``: accuracy against the strength of one perturbation over many test digits, with
  progress and stop callbacks, and its CSV export.
- ``occlusion``: how much the true class's probability drops with a patch at each position.
- ``predict``: many perturbed digits through a model's fast batched path at once.

Qt-free, and TensorFlow is imported only where gradients or models are needed.
"""
