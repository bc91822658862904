"""Reading text files whose encoding and line endings are not known in advance; writing outputs whole.

UPR exports come as UTF-8, Windows-1252 or Mac Roman (old Mac Excel, CR line endings). The encoding
is detected from a sample: UTF-8 (with or without BOM) if it decodes; otherwise, of the 8-bit code
pages that decode every byte of the file, the one whose decoding looks most like text (lower-case
accented letters and typographic punctuation count for it, control characters and stray symbols
against it).  Line endings (LF, CRLF or CR) are left to the csv module, which recognises all three.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rightsgraph.errors import DataError

SAMPLE = 1 << 16
CANDIDATES = ("cp1252", "mac_roman")
_PUNCT = set("’‘“”–—…«»°€£§·•")


@dataclass(frozen=True)
class TextInfo:
    encoding: str
    newline: str  # "LF", "CRLF", "CR" or "none"


def _score(text: str) -> float:
    score = 0.0
    for ch in text:
        if ord(ch) < 128:
            continue
        if ch in _PUNCT or ch.islower():
            score += 1
        elif unicodedata.category(ch).startswith("C"):
            score -= 5
        else:
            score -= 1
    return score


def detect(path: Path, encoding: str | None = None) -> TextInfo:
    """The encoding (``encoding`` when given) and line-ending style of a text file.

    The whole file is scanned (in C, chunk by chunk): a file that is ASCII for its first megabytes
    and Mac Roman afterwards is still recognised.
    """
    try:
        handle = open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise DataError(f"cannot read file: {exc.strerror}", path) from None
    with handle:
        head = handle.read(SAMPLE)
        if not head:
            raise DataError("the file is empty", path)
        if b"\x00" in head[:4096] and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise DataError("this looks like a binary file, not text", path)
        crlf, cr, lf = head.count(b"\r\n"), head.count(b"\r"), head.count(b"\n")
        newline = "CRLF" if crlf and crlf == cr == lf else "CR" if cr and not lf else "LF" if lf else "none"
        if encoding:
            try:
                codecs.lookup(encoding)
            except LookupError:
                raise DataError(f"unknown encoding {encoding!r}", path) from None
            return TextInfo(encoding, newline)
        if head.startswith(codecs.BOM_UTF8):
            return TextInfo("utf-8-sig", newline)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return TextInfo("utf-16", newline)
        decoder = codecs.getincrementaldecoder("utf-8")()
        high = bytearray()  # text around non-ASCII bytes, to score the 8-bit candidates
        fits = set(CANDIDATES)  # the 8-bit candidates that decode every byte read so far
        chunk, utf8 = head, True
        while chunk:
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
            if max(chunk) >= 0x80:
                for enc in list(fits):
                    try:
                        chunk.decode(enc)
                    except UnicodeDecodeError:
                        fits.discard(enc)
                if len(high) < SAMPLE:
                    for line in chunk.splitlines():
                        if max(line, default=0) >= 0x80:
                            high += line + b"\n"
            if not utf8 and len(high) >= SAMPLE and len(fits) <= 1:
                break
            chunk = handle.read(1 << 20)
        if utf8:
            try:
                decoder.decode(b"", final=True)
                return TextInfo("utf-8", newline)
            except UnicodeDecodeError:
                pass
    # a code page that leaves one of the file's bytes undefined (Windows-1252: 0x81, 0x8D, 0x8F, 0x90, 0x9D) is
    # not the file's; Mac Roman defines all 256
    scores = {enc: _score(bytes(high).decode(enc, errors="replace")) for enc in CANDIDATES if enc in fits}
    if newline == "CR":  # classic Mac files: a tie goes to Mac Roman
        scores["mac_roman"] += 0.5
    return TextInfo(max(scores, key=scores.get), newline)


_EOL = re.compile(rb"\r\n|\r|\n")


def undecodable_line(path: Path, encoding: str) -> tuple[int, str] | None:
    """The first line of ``path`` (LF, CRLF or CR ends one) whose bytes do not decode in ``encoding``, and why.

    A text reader decodes ahead of the line it gives out, so its error does not say where the bytes are.
    ``None`` for UTF-16 and UTF-32, whose lines cannot be cut as bytes, or when every line decodes.
    """
    if codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):
        return None
    line, rest = 1, b""
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            data = rest + chunk
            cut = len(data) - data.endswith(b"\r")  # a CR may be the first half of a CRLF
            *lines, rest = _EOL.split(data[:cut])
            rest += data[cut:]
            for text in lines:
                try:
                    text.decode(encoding)
                except UnicodeDecodeError as exc:
                    return line, exc.reason
                line += 1
    try:
        rest.decode(encoding)
    except UnicodeDecodeError as exc:
        return line, exc.reason
    return None


def open_text(path: Path, info: TextInfo) -> io.TextIOWrapper:
    """The file as text in the detected encoding, with line endings left for the csv module."""
    return open(path, encoding=info.encoding, newline="")


def bytes_read(handle: io.TextIOWrapper) -> int:
    """How far into the file a text handle has read (its buffers included), for progress reports."""
    return handle.buffer.raw.tell()


def write_output(data: bytes, target: str | Path) -> None:
    """Write ``data`` to ``target`` atomically (a temporary file beside it, renamed), or to standard output
    for ``-``: a failed or killed write leaves no half file."""
    if str(target) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
