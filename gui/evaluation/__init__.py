"""The Evaluation tab: confusion matrix, per-class report, metrics lesson."""
