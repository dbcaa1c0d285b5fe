"""``python main.py exercises``: a class's problem set, as JSON for scripts or as text.

``--seed`` takes a whole number or the class code on the board (``K7Q2``); the same seed gives
the same problems the app's exercise page shows. Only NumPy is needed: no TensorFlow is
imported, so the command answers at once.
"""

import argparse
from typing import Any

from engine.cli.errors import UsageError

LEVEL_HELP = "difficulty from 1 (small whole numbers) to 4 (halves, big strides, 0/0) (1)"
CLI_TEXTS = {
    "header": {"pt_BR": "Exercícios — semente {seed}{code}, nível {level}",
               "en": "Exercises — seed {seed}{code}, level {level}"},
    "code": {"pt_BR": " (código {code})", "en": " (code {code})"},
    "answer": {"pt_BR": "Resposta", "en": "Answer"},
    "input": {"pt_BR": "Entrada", "en": "Input"},
    "kernel": {"pt_BR": "Kernel", "en": "Kernel"},
    "dL_dz": {"pt_BR": "∂L/∂z", "en": "∂L/∂z"},
    "confusion": {"pt_BR": "Matriz de confusão (linhas: verdadeira, colunas: prevista)",
                  "en": "Confusion matrix (rows: true, columns: predicted)"},
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options (values are checked by the command, one clear line each)."""
    from engine.exercises.problems import TOPICS

    parser.add_argument("--topic", required=True, metavar="TOPIC",
                        help=f"{', '.join(TOPICS)} or all")
    parser.add_argument("--count", required=True, metavar="N",
                        help="problems per topic")
    parser.add_argument("--seed", required=True, metavar="S",
                        help="a whole number ≥ 0 or a class code such as K7Q2 (case and "
                        "spaces do not matter; all-digit text is read as a number)")
    parser.add_argument("--level", default="1", metavar="L", help=LEVEL_HELP)
    parser.add_argument("--json", action="store_true",
                        help="print a JSON list: one object per problem with topic, question "
                        "(pt_BR and en), given, answer and level")
    parser.add_argument("--lang", default="pt_BR", choices=("pt_BR", "en"),
                        help="the language of the readable text (pt_BR)")


def parse_seed(text: str) -> int:
    """A whole number ≥ 0, or the seed of a class code; UsageError otherwise."""
    from engine.exercises.codes import code_to_seed

    cleaned = str(text).strip()
    if cleaned.lstrip("+-").isdigit():
        seed = int(cleaned)
        if seed < 0:
            raise UsageError(f"--seed {text}: the seed must be a whole number ≥ 0.")
        return seed
    try:
        return code_to_seed(cleaned)
    except ValueError as error:
        raise UsageError(f"--seed {text!r}: give a whole number ≥ 0 or a class code like "
                         f"K7Q2 ({error})") from error


def _whole(text: str, option: str, low: int, high: int) -> int:
    try:
        value = int(str(text).strip())
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise UsageError(f"{option} {text!r}: give a whole number from {low} to {high}.")
    return value


def _topics(text: str) -> tuple[str, ...]:
    from engine.exercises.problems import TOPICS

    if text == "all":
        return TOPICS
    if text not in TOPICS:
        raise UsageError(f"--topic {text!r}: choose one of {', '.join(TOPICS)} or all.")
    return (text,)


def exercises_command(args: argparse.Namespace) -> Any:
    from engine.exercises.problems import MAX_LEVEL, problem_set

    topics = _topics(args.topic)
    count = _whole(args.count, "--count", 1, 1000)
    level = _whole(args.level, "--level", 1, MAX_LEVEL)
    seed = parse_seed(args.seed)
    problems = problem_set(topics, seed, count, level)
    if args.json:
        return [problem.to_json() for problem in problems]
    return format_problems(problems, seed, level, args.lang)


def format_problems(problems: list[Any], seed: int, level: int, language: str) -> str:
    """The problem set as readable text: each question, its numbers and its answer."""
    from engine.exercises.codes import SEED_COUNT, seed_to_code

    code = CLI_TEXTS["code"][language].format(code=seed_to_code(seed)) \
        if seed < SEED_COUNT else ""
    lines = [CLI_TEXTS["header"][language].format(seed=seed, code=code, level=level)]
    for number, problem in enumerate(problems, start=1):
        lines += ["", *_problem_lines(number, problem, language)]
    return "\n".join(lines)


def _problem_lines(number: int, problem: Any, language: str) -> list[str]:
    from engine.exercises.texts import format_result, matrix_text, topic_title

    lines = [f"{number}. {topic_title(problem.topic, language)} — {problem.topic} "
             f"#{problem.index}", problem.question(language)]
    for key in ("input", "kernel", "dL_dz", "confusion"):
        if key in problem.given:
            lines += [CLI_TEXTS[key][language] + ":", matrix_text(problem.given[key], language)]
    label = CLI_TEXTS["answer"][language]
    if problem.topic == "metrics":
        from engine.exercises.texts import field_label, named_result

        parts = [named_result(field_label(key, language), value, language)
                 for key, value in problem.answer.items()]
        lines.append(f"{label}: " + "; ".join(parts))
    else:
        lines.append(f"{label}: {format_result(problem.answer, language)}")
    return lines
