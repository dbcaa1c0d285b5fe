"""Python syntax colours for the Keras code panel: keywords, strings, comments, numbers.

A small regular-expression highlighter (the generated script has no multi-line strings to
track), with colours that stay readable on a projector.
"""

import keyword
import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

COLOURS = {"keyword": "#0033b3", "builtin": "#7a3e9d", "string": "#067d17",
           "comment": "#8c8c8c", "number": "#1750eb", "constant": "#871094"}


def _format(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setForeground(QColor(colour))
    if bold:
        text_format.setFontWeight(QFont.Weight.Bold)
    text_format.setFontItalic(italic)
    return text_format


# Order matters: later rules paint over earlier ones (a "#" inside a string is not a comment,
# handled by painting strings after comments only where no comment started before them).
RULES = [
    (re.compile(r"\b(?:" + "|".join(keyword.kwlist) + r")\b"), "keyword"),
    (re.compile(r"\b(?:print|len|range|int|float|str|list|dict|tuple|open)\b"), "builtin"),
    (re.compile(r"\b[A-Z][A-Z0-9_]{2,}\b"), "constant"),
    (re.compile(r"\b\d+(?:\.\d*)?(?:e[-+]?\d+)?\b"), "number"),
]
STRING = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")
COMMENT = re.compile("#")
TRIPLE = "\"" * 3


class PythonHighlighter(QSyntaxHighlighter):
    """Colours one line at a time; strings win over the comment sign inside them."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats = {name: _format(colour, bold=name == "keyword",
                                       italic=name == "comment")
                         for name, colour in COLOURS.items()}

    def highlightBlock(self, text: str) -> None:
        for pattern, name in RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._formats[name])
        strings = [(m.start(), m.end()) for m in STRING.finditer(text)]
        for start, end in strings:
            self.setFormat(start, end - start, self._formats["string"])
        self._docstrings(text)
        if self.currentBlockState() == 1 or TRIPLE in text:
            return  # a line of a docstring: no comment in it
        for match in COMMENT.finditer(text):
            if any(start <= match.start() < end for start, end in strings):
                continue  # a "#" inside a string
            self.setFormat(match.start(), len(text) - match.start(), self._formats["comment"])
            break

    def _docstrings(self, text: str) -> None:
        """Triple-quoted strings span lines: the block state says whether one is open."""
        inside = self.previousBlockState() == 1
        start = 0 if inside else text.find(TRIPLE)
        while start >= 0:
            end = text.find(TRIPLE, start + (0 if inside else 3))
            if end < 0:
                self.setFormat(start, len(text) - start, self._formats["string"])
                self.setCurrentBlockState(1)
                return
            self.setFormat(start, end + 3 - start, self._formats["string"])
            inside = False
            start = text.find(TRIPLE, end + 3)
        self.setCurrentBlockState(0)
