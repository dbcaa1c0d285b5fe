"""Print the README's table of shipped models from their model cards (resources/models/*.json).

    python scripts/model_table.py
"""

import json
import sys
from pathlib import Path

MODELS = Path(__file__).resolve().parents[1] / "resources" / "models"
ORDER = ("mnist_cnn", "mnist_lecture_cnn", "mnist_mlp", "fashion_cnn", "cifar10_cnn")


def row(card: dict) -> str:
    pens = card.get("pen_strokes")
    strokes = (f"{pens['accuracy']:.2%} ({len(pens['held_out_writers'])} unseen writers)"
               if pens else "—")
    return (f"| `{card['name']}.keras` | {card['architecture']} | {card['parameters']:,} | "
            f"{card['data']['name']} | {card['epochs']} | {card['training_seconds'] / 60:.0f} min "
            f"| {card['test']['accuracy']:.2%} | {strokes} |")


def main() -> int:
    print("| model | architecture | parameters | data | epochs | training time | test "
          "accuracy | real pen strokes |")
    print("| --- | --- | ---: | --- | ---: | ---: | ---: | ---: |")
    for name in ORDER:
        path = MODELS / f"{name}.json"
        if path.exists():
            print(row(json.loads(path.read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
