"""Bytes to text: which encoding a file is in, and whether it is text at all.

Articles arrive from scrapers, spreadsheets and old archives, so not every file
is UTF-8. We try UTF-8 (with or without BOM) first because it is by far the most
common and a wrong guess there is almost impossible; then charset-normalizer;
then Windows-1252 / Latin-1 for text that still looks like Western prose. Files
with NUL bytes, known binary signatures or many control characters are refused
rather than turned into garbage that would be parsed as an article.
"""

from __future__ import annotations

import unicodedata

import charset_normalizer

# Signatures of common binary formats people drop into a news folder by mistake.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF-",
    b"PK\x03\x04",  # zip, docx, xlsx, epub
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",  # JPEG
    b"\x1f\x8b",  # gzip
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",  # old MS Office
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SNIFF = 64 * 1024
# More than this share of control characters means the bytes were not text.
_MAX_CONTROL_SHARE = 0.01
# Latin-1 / cp1252 decode any byte string, so require mostly-ASCII text before
# trusting them as a last resort.
_MIN_ASCII_SHARE = 0.7


def normalise_newlines(text: str) -> str:
    """Windows and old-Mac line ends to ``\\n``: offsets must not depend on the OS
    that wrote the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_binary(data: bytes) -> bool:
    """True for bytes that are certainly not a text file (checked on the head only)."""
    head = data[:_SNIFF]
    if head.startswith(_UTF16_BOMS):
        return False
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def control_share(text: str) -> float:
    """Share of control characters other than ordinary whitespace, in the head."""
    head = text[:_SNIFF]
    if not head:
        return 0.0
    bad = sum(
        1 for ch in head if ch not in "\t\n\r\f\v" and unicodedata.category(ch) in ("Cc", "Cs")
    )
    return bad / len(head)


def _plausible(text: str) -> bool:
    return control_share(text) <= _MAX_CONTROL_SHARE


def _guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's guess, preferring Windows-1252 among equally good ones.

    On short English text with curly quotes it often ties cp1250, cp1252 and
    cp1257 and returns the first; for English news cp1252 is the right answer
    (cp1250 turns "naïve" into "naďve").
    """
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        tied = match.chaos == best.chaos and match.coherence == best.coherence
        if tied and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return best.encoding


def _decode_guess(data: bytes) -> str | None:
    encoding = _guess_encoding(data)
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _plausible(text) else None


def _western_encoding(data: bytes) -> str | None:
    """cp1252, else Latin-1, when the bytes decode to mostly-ASCII clean text."""
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)[:_SNIFF]
        except UnicodeDecodeError:
            continue
        ascii_share = sum(1 for ch in text if ch.isascii()) / max(len(text), 1)
        if ascii_share >= _MIN_ASCII_SHARE and _plausible(text):
            return encoding
    return None


def decode_bytes(data: bytes) -> str | None:
    """The text in ``data``, or None when it is not text (binary or undecodable).

    The BOM is dropped; newlines are left as they are (see ``normalise_newlines``).
    """
    if looks_binary(data):
        return None
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
        return text if _plausible(text) else None
    try:
        text = data.decode("utf-8-sig")  # plain UTF-8 too: the BOM is optional
    except UnicodeDecodeError:
        guessed = _decode_guess(data)
        if guessed is not None:
            return guessed
        western = _western_encoding(data)
        return data.decode(western) if western else None
    return text if _plausible(text) else None


def sniff_encoding(head: bytes) -> str | None:
    """The encoding to stream a large file in, judged from its first bytes.

    Used by the row readers (CSV), which must not load a whole file to decode it.
    Returns None when the head is not text. A multi-byte character cut at the end
    of ``head`` does not count against UTF-8.
    """
    if looks_binary(head):
        return None
    if head.startswith(_UTF16_BOMS):
        return "utf-16"
    for cut in range(4):
        try:
            head[: len(head) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return "utf-8-sig"
    if _decode_guess(head) is not None:
        return _guess_encoding(head)
    return _western_encoding(head)
