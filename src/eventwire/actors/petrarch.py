"""Pure parsers for PETRARCH actor and agent dictionaries.

Why: the PETRARCH validation suites code fictional actors (Arnor ARN, Gondor
GON) with their own dictionaries; eventwire reads its own user-dictionary CSV
(see kb.py), so these functions turn the PETRARCH text into rows of that
format. They read text and return rows; writing files is left to
eventwire.dictionaries. Formats: shared/data/petrarch2/dictionaries-format.rst.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

NULL_CODES = {"---", "+++", "###"}
SMALL_WORDS = {"of", "the", "and", "for", "de", "al", "in", "on"}
_CODE_RE = re.compile(r"\[([^\]]*)\]")
_DATE6 = re.compile(r"^\d{6}$")
_DATE8 = re.compile(r"^\d{8}$")


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One dated period of one PETRARCH actor, in eventwire's user-file terms.

    ``start`` and ``end`` are ISO dates or ""; ``end`` is exclusive, as in kb.py.
    """

    name: str
    aliases: tuple[str, ...]
    code: str
    start: str = ""
    end: str = ""


@dataclass(frozen=True, slots=True)
class AgentRow:
    phrase: str  # lower case, as eventwire's agents.csv
    code: str  # "~GOV" or "NGO~"


def _strip_comments(text: str) -> Iterator[str]:
    """Lines without ``<!-- -->`` blocks, ``#`` comments and TABARI ``;`` notes;
    the leading tab of a date restriction is kept."""
    text = re.sub(r"<!.*?-->", "", text, flags=re.S)
    for raw in text.splitlines():
        line = raw.split("#", 1)[0]
        if ";" in line and "[" not in line.split(";", 1)[1]:
            line = line.split(";", 1)[0]
        if line.strip():
            yield line.rstrip()


def display_name(phrase: str) -> str:
    """``NORTH_KOREA_`` -> "North Korea": text casing, so the entity ruler's
    case-sensitive patterns can match the article."""
    words = phrase.replace("_", " ").split()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        out.append(low if i and low in SMALL_WORDS else _cap(w))
    return " ".join(out)


def _cap(word: str) -> str:
    """Capitalise each hyphen part: AL-QAEDA -> Al-Qaeda; keeps dotted initials."""
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def name_variants(phrase: str) -> tuple[str, ...]:
    """The ways an article may write a dictionary phrase: title case, upper case
    (acronyms such as "AU"), and without a leading "the". An article is written
    in text case before an upper-case rest: ``THE_AU`` is "The AU" in a sentence."""
    name = display_name(phrase)
    upper = " ".join(phrase.replace("_", " ").split())
    variants = [name, upper]
    if name.lower().startswith("the "):
        variants += [name[4:], upper[4:], f"The {upper[4:]}", f"the {upper[4:]}"]
    return tuple(dict.fromkeys(v for v in variants if v))


def parse_date(text: str) -> str:
    """PETRARCH YYYYMMDD or YYMMDD (years up to 30 are 20xx) -> ISO date."""
    text = text.strip()
    if _DATE8.match(text):
        iso = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    elif _DATE6.match(text):
        year = int(text[:2])
        century = 2000 if year <= 30 else 1900
        iso = f"{century + year}-{text[2:4]}-{text[4:]}"
    else:
        return ""
    try:
        return date.fromisoformat(iso).isoformat()
    except ValueError:
        return ""


def _day_after(iso: str) -> str:
    """PETRARCH limits include their date; eventwire's ``end`` is exclusive."""
    if not iso:
        return ""
    try:
        return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()
    except ValueError:
        return ""


def parse_restriction(body: str) -> tuple[str, str, str] | None:
    """``GONGOV >19900101`` -> (code, start, end); None for a malformed block."""
    parts = body.split(None, 1)
    if not parts:
        return None
    code = parts[0].split("/")[0].upper()
    rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
    if not re.fullmatch(r"[A-Z0-9~+-]+", code) or code[0].isdigit():
        return None
    if not rest:
        return code, "", ""
    if rest.startswith("<"):
        end = _day_after(parse_date(rest[1:]))
        return (code, "", end) if end else None
    if rest.startswith(">"):
        start = parse_date(rest[1:])
        return (code, start, "") if start else None
    if "-" in rest:
        a, b = rest.split("-", 1)
        start, end = parse_date(a), _day_after(parse_date(b))
        return (code, start, end) if start and end else None
    return None


def parse_actor_dictionary(text: str) -> list[ActorRow]:
    """Rows for every actor with a usable code; null-coded actors (``[---]``) and
    malformed restrictions are left out, as PETRARCH would not code them."""
    rows: list[ActorRow] = []
    blocks: list[tuple[str, list[str], list[tuple[str, str, str]]]] = []
    for line in _strip_comments(text):
        stripped = line.strip()
        indented = line[:1] in {"\t", " "} and stripped.startswith("[")
        if stripped.startswith("+") and blocks:
            blocks[-1][1].append(_CODE_RE.sub("", stripped[1:]).strip())
        elif indented and blocks:
            found = parse_restriction(stripped.strip("[]").strip())
            if found:
                blocks[-1][2].append(found)
        elif not stripped.startswith(("+", "[")):
            name = _CODE_RE.sub("", stripped).strip()
            codes = [c for m in _CODE_RE.finditer(stripped)
                     for c in [parse_restriction(m.group(1).strip())] if c]
            if name:
                blocks.append((name, [], codes))
    for name, synonyms, periods in blocks:
        names = [v for p in (name, *synonyms) if p for v in name_variants(p)]
        primary, aliases = names[0], tuple(n for n in names[1:] if n != names[0])
        for code, start, end in periods:
            if code in NULL_CODES or code.startswith("~") or code.endswith("~"):
                continue
            rows.append(ActorRow(primary, aliases, code, start, end))
    return rows


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def parse_agent_dictionary(text: str) -> list[AgentRow]:
    """``PRESIDENT [~GOV]`` -> rows for "president" and "presidents"; ``{}`` turns
    plurals off and ``{GEESE}`` lists them; ``!PERSON! = MAN, MEN`` substitutes."""
    subs: dict[str, list[str]] = {}
    rows: list[AgentRow] = []
    for line in _strip_comments(text):
        stripped = line.strip()
        sub = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", stripped)
        if sub:
            subs[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        code_m = _CODE_RE.search(stripped)
        if code_m is None:
            continue
        code = code_m.group(1).replace(" ", "").upper()
        if code.count("~") != 1 or len(code.strip("~")) < 3:
            continue
        head = stripped[:code_m.start()]
        plurals_m = re.search(r"\{([^}]*)\}", head)
        phrase = re.sub(r"\{[^}]*\}", "", head).strip().strip("_")
        for expanded in _substitute(phrase, subs):
            words = " ".join(expanded.replace("_", " ").split()).lower()
            if not words:
                continue
            forms = [words]
            if plurals_m is None:
                forms.append(_plural(words))
            else:
                forms += [" ".join(p.replace("_", " ").split()).lower()
                          for p in plurals_m.group(1).split(",") if p.strip()]
            rows += [AgentRow(f, code) for f in dict.fromkeys(forms)]
    return rows


def _substitute(phrase: str, subs: dict[str, list[str]]) -> list[str]:
    marker = next((m for m in subs if m in phrase), None)
    if marker is None:
        return [] if "!" in phrase else [phrase]
    out: list[str] = []
    for word in subs[marker]:
        out += _substitute(phrase.replace(marker, f" {word} ", 1), subs)
    return out
