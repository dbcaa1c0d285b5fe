"""Page "Robustez" (slides 17–18): perturb a digit and watch a CNN and an MLP hold up or fail.

``page.RobustnessLab`` holds the tabs: Compare (two models side by side under live
perturbations), Sweeps (accuracy against a perturbation's strength), Occlusion map, FGSM
(adversarial examples) and Augmentation (what the Training tab's augmentation makes of a digit).
``models.ModelPair`` and ``digit.DigitSource`` are what every tab shares: the two models and
the digit being studied. The computing lives in ``engine.robustness``.
"""
