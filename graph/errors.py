"""The one exception root of rightsgraph and its kinds.

Every error a user can cause derives from :class:`RightsgraphError`; the CLI turns it into a
message and a non-zero exit code.  The kinds also derive from the built-in exception that fits
(``ValueError`` for bad data, ``OSError`` for the store, ``LookupError`` for unknown names).
"""

from __future__ import annotations

from pathlib import Path


class RightsgraphError(Exception):
    """Root of every error rightsgraph raises on purpose."""


class DataError(RightsgraphError, ValueError):
    """Bad input data, located in its file (and line, where known)."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None,
                 value: object = None) -> None:
        self.message, self.path, self.line, self.value = message, path, line, value
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.path) if self.path is not None else "<input>"
        if self.line is not None:
            where += f":{self.line}"
        text = f"{where}: {self.message}"
        if self.value is not None:
            shown = repr(self.value)
            text += f" (got {shown[:200] + '…' if len(shown) > 200 else shown})"  # never megabytes of input
        return text


class ArgumentError(RightsgraphError, ValueError):
    """A request that makes no sense as given (options that exclude each other, a number out of range);
    the CLI reports it as a usage error."""


class UnknownNameError(DataError, LookupError):
    """A reference to something that is not declared anywhere."""


class StoreError(RightsgraphError, OSError):
    """The store is missing, locked or could not be written."""


class QueryError(RightsgraphError, ValueError):
    """A SPARQL query that cannot be parsed or run, or bad query parameters."""


class PublishError(RightsgraphError, OSError):
    """A remote SPARQL server refused or failed a push."""
