"""The Webcam tab: digits on paper, found and read live."""
