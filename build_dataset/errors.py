"""The one error type a user sees: what is wrong, where, and how to fix it."""

from __future__ import annotations


class InputError(Exception):
    """Bad input or a bad output location; the CLI prints it as one line and exits 2."""

    def __init__(self, path: str, message: str, hint: str = "", line: int | None = None) -> None:
        self.path = path
        self.message = message
        self.hint = hint
        self.line = line
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        text = f"{where}: {self.message}"
        return f"{text}; {self.hint}" if self.hint else text
