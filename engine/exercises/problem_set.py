"""Where a student stands in a problem set: per topic, how far, how well, at which level.

A set is the class code (its seed), the topics and the number of problems per topic; the
n-th problem of a topic is ``generate(topic, seed, n, level)``, so students with the same
code who reach the same level meet the same problems (the level follows each one's answers).
Qt-free: the Exercises page shows it.
"""

from dataclasses import dataclass, field

from engine.exercises.problems import TOPICS, Problem, generate
from engine.exercises.progress import TopicProgress


@dataclass
class TopicState:
    """One topic: its score and level (the engine's) and how many problems were checked."""

    progress: TopicProgress = field(default_factory=TopicProgress)
    done: int = 0  # problems checked in this topic, over every round
    round_right: int = 0  # right answers in the current round of ``count`` problems


@dataclass
class ProblemSet:
    """The set being worked on, and each topic's state in it."""

    seed: int
    count: int
    topics: list[str]
    states: dict[str, TopicState] = field(
        default_factory=lambda: {topic: TopicState() for topic in TOPICS})

    def problem(self, topic: str) -> Problem:
        """The topic's current problem (the one after the last checked)."""
        state = self.states[topic]
        return generate(topic, self.seed, state.done, state.progress.level)

    def number(self, topic: str) -> int:
        """The current problem's number in its round, from 1 to ``count``."""
        return self.states[topic].done % self.count + 1

    def record(self, topic: str, right: bool) -> bool:
        """Count a checked answer; True when it was the round's last problem."""
        state = self.states[topic]
        state.progress.record(right)
        state.round_right += int(right)
        return state.done % self.count + 1 == self.count

    def advance(self, topic: str) -> None:
        """On to the topic's next problem; a new round starts with a fresh score line."""
        state = self.states[topic]
        state.done += 1
        if state.done % self.count == 0:
            state.round_right = 0

    def next_topic(self, topic: str) -> str | None:
        """The next ticked topic after ``topic`` whose round is not finished, if any."""
        order = [t for t in TOPICS if t in self.topics and t != topic]
        later = [t for t in order if TOPICS.index(t) > TOPICS.index(topic)]
        earlier = [t for t in order if TOPICS.index(t) < TOPICS.index(topic)]
        for candidate in later + earlier:
            if self.states[candidate].done < self.count:
                return candidate
        return None
