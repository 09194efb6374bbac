"""Event patterns as data: the format, its schema check and its loader.

A pattern says: this trigger word, with these words around it in the
dependency parse, is this CAMEO code, and here is where the target sits.
Patterns live in JSONL files under ``data/patterns/``; one JSON object per line:

    {"id": "core.meet.with.040", "code": "040", "lemma": "meet", "pos": "VERB",
     "particle": null, "words": [], "preps": [{"prep": "with", "words": []}],
     "target": "pobj:with", "origin": "core"}

Fields:
- ``id`` unique rule id, shown in every event's evidence.
- ``code`` a CAMEO code present in the codebook.
- ``lemma`` the trigger's lemma, lower case; ``pos`` "VERB" or "NOUN".
- ``particle`` a phrasal-verb particle that must hang on the trigger ("up"), or null.
- ``words`` AND-list of any-of lemma sets that must occur in the trigger's
  complement (its objects and their subtrees): ``[["agreement", "accord"]]``.
- ``preps`` prepositional phrases that must hang on the trigger (or its object),
  each with the preposition and an AND-list of any-of sets for its object.
- ``target`` where the target is: "dobj" (direct object, or the passive
  subject), "dative" (indirect object: "grant them asylum"), "pobj:<prep>"
  (object of that preposition), or "none".
- ``origin`` where the pattern came from ("core", "CAMEO.2.0.txt:725").
- ``extras`` (optional) an object of further notes the matcher may use or ignore.

The code ``"---"`` (``NULL_CODE``) is allowed too: PETRARCH's null code, a pattern
that matches and says "no event here". It lets a specific phrase ("accuse of
nothing") block a general verb code; the engine should drop events whose pattern
``is_null``. Keys the converted PETRARCH dictionary puts in ``extras``:

- ``reverse_code``: TABARI paired code ``[042:043]``: the same sentence also gives
  this code with source and target swapped (A visits B, so B hosts A).
- ``reverse``: true for ``[:173]`` codes: ``code`` runs from target to source.
- ``source_slot``: where the source is when it is not the subject (``$`` after ``*``).
- ``target_is_subject``: the target is the grammatical subject (``+`` before ``*``).
- ``compound_slot``: TABARI ``%``: the actors there are both source and target.
- ``pre``: AND-list of any-of sets for words before the verb (the subject side).
- ``note``: the dictionary's comment (usually the verb the pattern was written for).

Keys the curated files (``core``, ``coverage``) use, each for what a sentence
implies but its parse does not show:

- ``venue``: with no target in the sentence, the destination is the state the
  story is filed from (its dateline): "Xi's four-day state visit" in a London
  story. Not used when the trigger's clause names another country.
- ``self_target``: with no target, the act is over the source's own country
  ("declared a state of emergency", "imposed a curfew").
- ``answer``: with no target, the act answers the last act against its source
  earlier in the article, whose author is the target ("Iran denied the
  allegations"); a list of code prefixes, or true for any hostile root.
- ``foreign``: the target is never the source's own country, however the
  parse names it ("massed its troops on its border with Y" is aimed at Y;
  with no Y, at the one it ``answer``s); the slot's "with"/"of"/"from" phrase
  is read one level in, as for force.
- ``reacts``: likewise, but the earlier act may be anyone's ("praised the
  agreement"); a list of code prefixes.
- ``plain_object``: the pattern holds only when the object has no predicate
  of its own ("called the decision a hostile step" is not a phone call).
- ``judged``: ``words`` are sought in the predicate of the clause the verb
  reports, not in its complements ("said the vote was illegal").
- ``negative``: the phrase holds only with its own "not"/"no longer", which
  does not negate it ("the attack would not go unpunished" is a threat).
- ``object_words``: ``words`` are sought in the direct object's own noun (its
  compounds and the nouns coordinated with it), not in every complement ("made a
  visit to Iraq", not "made representations over the visit"; "ended its
  agreement", not "ended a rift in a deal").

Ordering (see ``PatternSet``): curated patterns are tried before converted
dictionaries, the most specific first within each.

Loading checks every line against the schema and names ``FILE:LINE`` in the
error, because pattern files are edited by hand and a typo must not pass silently.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.errors import DataFileError
from eventwire.jsonl import json_objects

if TYPE_CHECKING:
    from eventwire.events.cameo import Codebook

NULL_CODE = "---"
CURATED_ORIGINS = frozenset({"core", "coverage"})
POS_TAGS = frozenset({"VERB", "NOUN"})
TARGET_RE = re.compile(r"^(dobj|dative|none|pobj:[a-z]+)$")
REQUIRED_KEYS = ("id", "code", "lemma", "pos", "target")
OPTIONAL_KEYS = ("particle", "words", "preps", "origin", "extras")


@dataclass(frozen=True, slots=True)
class PrepConstraint:
    prep: str
    words: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    code: str
    lemma: str
    pos: str = "VERB"
    particle: str | None = None
    words: tuple[frozenset[str], ...] = ()
    preps: tuple[PrepConstraint, ...] = ()
    target: str = "dobj"
    origin: str = "core"
    extras: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @property
    def specificity(self) -> int:
        """More constraints, more specific: the most specific match wins."""
        return (
            (1 if self.particle else 0)
            + len(self.words)
            + sum(1 + len(p.words) for p in self.preps)
        )

    @property
    def curated(self) -> bool:
        """Written by hand for this engine (tried before converted dictionaries)."""
        return self.origin in CURATED_ORIGINS

    @property
    def is_null(self) -> bool:
        """A blocking pattern: it matches, and says there is no event."""
        return self.code == NULL_CODE


class PatternGroup(tuple[Pattern, ...]):
    """The patterns of one trigger, most specific first, with an index of the
    words their ``words`` check needs.

    Why: "say" has over a hundred patterns, "set" over five hundred (PETRARCH
    phrases), and nearly all of them ask for a word on the verb's right that
    the sentence does not have. Each such pattern holds only if some word of
    its smallest word set is there, so the matcher reads the trigger's
    right-hand words once and tries only the patterns one of them can let hold
    (in the same order), not every pattern in turn.
    """

    needs: dict[str, tuple[int, ...]]  # word -> positions of the patterns it lets hold
    free: tuple[int, ...]  # positions of the patterns not checked against those words

    @classmethod
    def of(cls, patterns: Iterable[Pattern]) -> PatternGroup:
        group = cls(patterns)
        needs: dict[str, list[int]] = {}
        free: list[int] = []
        for pos, pattern in enumerate(group):
            if not right_words(pattern):
                free.append(pos)
                continue
            for word in min(pattern.words, key=len):
                needs.setdefault(word, []).append(pos)
        group.needs = {word: tuple(at) for word, at in needs.items()}
        group.free = tuple(free)
        return group

    def possible(self, right: set[str]) -> list[Pattern]:
        """The patterns that can hold with these right-hand words, in order."""
        at = set(self.free)
        for word in right:
            hits = self.needs.get(word)
            if hits:
                at.update(hits)
        return [self[i] for i in sorted(at)]


def right_words(pattern: Pattern) -> bool:
    """Whether the pattern's ``words`` are checked against the trigger's
    right-hand words (events/match.py); judged and object-word patterns read
    other words."""
    return bool(pattern.words) and not pattern.extras.get("judged") \
        and not pattern.extras.get("object_words")


class PatternSet(Mapping[tuple[str, str], tuple[Pattern, ...]]):
    """Patterns indexed by trigger (lemma, pos), so the engine does one dict
    lookup per token.

    Hand-written patterns (origin ``core`` or ``coverage``, see ``curated``)
    come first, then the converted dictionaries; within each tier the most
    specific pattern comes first and ties keep file order. When curated
    patterns are loaded, a converted dictionary's bare entries (a verb with no
    particle, words or prepositions) are left out of the index: PETRARCH files
    every synonym of a verb under the head verb's default code, so "order",
    "lead" or "deepen" alone would become 100 or 060 events in any context.
    Its specific phrases stay, and a dictionary loaded on its own (a PETRARCH
    project's setup) keeps everything. ``patterns`` and ``codes()`` always
    cover every loaded pattern.
    """

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self._all = tuple(patterns)
        trust_bare = not any(p.curated for p in self._all)
        groups: dict[tuple[str, str], list[Pattern]] = {}
        for pattern in self._all:
            if trust_bare or pattern.curated or pattern.specificity > 0:
                groups.setdefault((pattern.lemma, pattern.pos), []).append(pattern)
        self._index = {
            key: PatternGroup.of(sorted(group, key=lambda p: (not p.curated, -p.specificity)))
            for key, group in groups.items()
        }
        # indexed patterns that answer or react to an earlier event (events/discourse.py):
        # found once here, not by scanning ~49,000 patterns per article
        self.responses = tuple(p for group in self._index.values() for p in group
                               if p.extras.get("answer") or p.extras.get("reacts"))

    def __getitem__(self, key: tuple[str, str]) -> tuple[Pattern, ...]:
        return self._index[key]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    @property
    def patterns(self) -> tuple[Pattern, ...]:
        """Every pattern, in load order."""
        return self._all

    def lookup(self, lemma: str, pos: str) -> tuple[Pattern, ...]:
        return self._index.get((lemma, pos), ())

    def codes(self) -> frozenset[str]:
        """The event codes some pattern can produce (null code excluded)."""
        return frozenset(p.code for p in self._all if not p.is_null)


def _lemma_sets(value: Any, where: str, key: str) -> tuple[frozenset[str], ...]:
    if not isinstance(value, list):
        raise DataFileError(where, f"{key} must be a list of lists of words")
    out = []
    for group in value:
        if (
            not isinstance(group, list)
            or not group
            or not all(isinstance(w, str) and w and w == w.lower() for w in group)
        ):
            raise DataFileError(
                where, f"{key} must hold non-empty lists of lower-case words, got {group!r}"
            )
        out.append(frozenset(group))
    return tuple(out)


def _preps(value: Any, where: str) -> tuple[PrepConstraint, ...]:
    if not isinstance(value, list):
        raise DataFileError(where, "preps must be a list")
    out = []
    for item in value:
        if not isinstance(item, dict) or set(item) - {"prep", "words"}:
            raise DataFileError(where, f"each prep must be {{prep, words}}, got {item!r}")
        prep = item.get("prep")
        if not isinstance(prep, str) or not re.fullmatch(r"[a-z]+", prep):
            raise DataFileError(where, f"prep must be a lower-case word, got {prep!r}")
        out.append(PrepConstraint(prep, _lemma_sets(item.get("words", []), where, "prep words")))
    return tuple(out)


def pattern_from_dict(
    row: Mapping[str, Any], where: str, codebook: Codebook | None = None
) -> Pattern:
    """One pattern from its JSON object, checked; ``codebook`` None skips the
    code-exists check (for dictionaries with invented codes)."""
    missing = [k for k in REQUIRED_KEYS if k not in row]
    if missing:
        raise DataFileError(where, f"missing key(s): {', '.join(missing)}")
    unknown = sorted(set(row) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise DataFileError(where, f"unknown key(s): {', '.join(unknown)}")
    pid, code, lemma, pos, target = (row[k] for k in REQUIRED_KEYS)
    if not isinstance(pid, str) or not pid:
        raise DataFileError(where, "id must be a non-empty string")
    if not isinstance(code, str) or not code:
        raise DataFileError(where, f"code must be a string, got {code!r}")
    if codebook is not None and code != NULL_CODE and code not in codebook:
        raise DataFileError(where, f"code {code!r} is not in the CAMEO codebook")
    if not isinstance(lemma, str) or not lemma or lemma != lemma.lower():
        raise DataFileError(where, f"lemma must be a lower-case string, got {lemma!r}")
    if pos not in POS_TAGS:
        raise DataFileError(where, f"pos must be VERB or NOUN, got {pos!r}")
    if not isinstance(target, str) or not TARGET_RE.match(target):
        raise DataFileError(
            where, f'target must be "dobj", "dative", "none" or "pobj:<prep>", got {target!r}'
        )
    particle = row.get("particle")
    if particle is not None and (not isinstance(particle, str) or particle != particle.lower()):
        raise DataFileError(where, f"particle must be a lower-case word or null, got {particle!r}")
    origin = row.get("origin", where)
    if not isinstance(origin, str):
        raise DataFileError(where, "origin must be a string")
    extras = row.get("extras", {})
    if not isinstance(extras, dict):
        raise DataFileError(where, "extras must be an object")
    return Pattern(
        id=pid,
        code=code,
        lemma=lemma,
        pos=pos,
        particle=particle or None,
        words=_lemma_sets(row.get("words", []), where, "words"),
        preps=_preps(row.get("preps", []), where),
        target=target,
        origin=origin,
        extras=dict(extras),
    )


def pattern_to_dict(pattern: Pattern, *, compact: bool = False) -> dict[str, Any]:
    """The JSON object for a pattern (sets sorted, so files diff cleanly);
    ``compact`` leaves out optional keys that hold their default."""
    row: dict[str, Any] = {
        "id": pattern.id,
        "code": pattern.code,
        "lemma": pattern.lemma,
        "pos": pattern.pos,
        "particle": pattern.particle,
        "words": [sorted(s) for s in pattern.words],
        "preps": [{"prep": p.prep, "words": [sorted(s) for s in p.words]} for p in pattern.preps],
        "target": pattern.target,
        "origin": pattern.origin,
    }
    if pattern.extras:
        row["extras"] = pattern.extras
    if compact:
        for key, default in (("particle", None), ("words", []), ("preps", [])):
            if row[key] == default:
                del row[key]
    return row


def _located_patterns(
    source: Traversable | Path, codebook: Codebook | None
) -> list[tuple[str, Pattern]]:
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(source), f"cannot read pattern file: {exc}") from None
    return [(where, pattern_from_dict(row, where, codebook))
            for where, _, row in json_objects(text, str(source))]


def read_pattern_file(
    source: Traversable | Path, codebook: Codebook | None = None
) -> list[Pattern]:
    """All patterns in one JSONL file, each line checked."""
    return [pattern for _, pattern in _located_patterns(source, codebook)]


def default_pattern_paths() -> list[Traversable]:
    """Every shipped ``data/patterns/*.jsonl``, sorted by name."""
    folder = resources.files("eventwire") / "data" / "patterns"
    return sorted(
        (f for f in folder.iterdir() if f.is_file() and f.name.endswith(".jsonl")),
        key=lambda f: f.name,
    )


def read_pattern_table(name: str, what: str) -> tuple[dict[str, Any], str]:
    """A shipped JSON table beside the pattern files (``refusal_codes.json``,
    ``appeal_codes.json``) and its path, or a DataFileError naming it: the
    tables' own checks then say what is wrong inside."""
    source = resources.files("eventwire") / "data" / "patterns" / name
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(str(source), f"cannot read {what}: {exc}") from None
    if not isinstance(data, dict):
        raise DataFileError(str(source), f"{what} must be a JSON object")
    return data, str(source)


def load_patterns(
    paths: Sequence[Path | Traversable] | None = None,
    codebook: Codebook | None = None,
    *,
    check_codes: bool = True,
    include_null: bool = True,
) -> PatternSet:
    """Read and check pattern files (default: the shipped ones) into a PatternSet.

    ``codebook`` defaults to the shipped CAMEO codebook; ``check_codes=False``
    skips the code-exists check (PETRARCH's validation dictionary invents codes).
    Pattern ids must be unique across all files. ``include_null=False`` drops
    the blocking null-code patterns.
    """
    if check_codes and codebook is None:
        from eventwire.events.cameo import load_codebook

        codebook = load_codebook()
    files = default_pattern_paths() if paths is None else list(paths)
    seen: dict[str, str] = {}
    kept: list[Pattern] = []
    for source in files:
        for where, pattern in _located_patterns(source, codebook if check_codes else None):
            if pattern.id in seen:
                raise DataFileError(
                    where, f"pattern id {pattern.id!r} already used at {seen[pattern.id]}"
                )
            seen[pattern.id] = where
            if include_null or not pattern.is_null:
                kept.append(pattern)
    return PatternSet(kept)
