"""The My digits tab: the person's own digits, and fine-tuning on them."""
