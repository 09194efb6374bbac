"""Match PETRARCH/TABARI verb patterns as word sequences around the verb.

Why a second matcher: ``events/petrarch.py`` converts a verb dictionary into
dependency patterns, which loses word order, adjacency and the ``$``/``+``/``%``
slots that say who the source and the target are. A project that brings its own
dictionaries (``--dictionaries DIR``) expects them to mean what they meant in
PETRARCH, so this module reads them as written: a pattern ``- PRE * POST [code]``
matches when its words occur around the verb in that order (``_`` joins words
that must be adjacent, a blank allows words in between), ``&SET`` matches any
phrase of a synonym set, ``^`` skips one word, and ``$``, ``+`` and ``%`` are
where the source, the target and a compound actor (each member with each other)
must stand. Without a ``$`` the source is the verb's subject (else the nearest
actor before the verb); without a ``+`` the target is the first actor after it,
or the "by" phrase's subject in the passive. The most specific matching pattern
wins; when none does, the verb's own code applies. An agent with no owner
("clerics") is PETRARCH's null actor with that agent (``---REL``).

Discards (``*discards*`` files) drop a sentence that contains one of their
phrases, or the whole article for phrases marked ``+``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from eventwire.events.petrarch import parse_code, singular
from eventwire.model import Actor, ActorMention, EventCandidate

NULL_CODE = "---"
_CODE_RE = re.compile(r"\[([^\]]*)\]")
_SLOTS = frozenset({"$", "+", "%", "^"})
#: Words that may separate the members of a compound actor ("A, B and C").
_JOINERS = frozenset({",", "and", "&", "or"})
_OWNER_PREPS = frozenset({"from", "in", "of"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


@dataclass(frozen=True, slots=True)
class Element:
    """One pattern token: a word, a set of phrases, or a slot (``$ + % ^``).

    ``glued`` says it must touch the element before it (nearer the verb)."""

    kind: str  # "words" | "$" | "+" | "%" | "^"
    phrases: tuple[tuple[str, ...], ...] = ()
    glued: bool = False


@dataclass(frozen=True, slots=True)
class VerbPattern:
    pattern_id: str
    before: tuple[Element, ...]  # nearest the verb first
    after: tuple[Element, ...]
    code: str
    reverse_code: str | None
    reverse_only: bool

    @property
    def weight(self) -> int:
        """Specificity: more constraints beat fewer (TABARI tries longest first)."""
        return len(self.before) + len(self.after)


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb of a block: its head forms, glued words around it, its code."""

    key: str
    base: str
    forms: frozenset[str]
    pre: tuple[str, ...]
    post: tuple[str, ...]
    code: str
    reverse_code: str | None
    reverse_only: bool
    block: int


@dataclass(slots=True)
class VerbDictionary:
    verbs: dict[str, list[VerbEntry]] = field(default_factory=dict)  # by head form
    bases: dict[str, list[VerbEntry]] = field(default_factory=dict)  # by base (lemma)
    blocks: dict[int, list[VerbPattern]] = field(default_factory=dict)

    def entries_for(self, token: Token) -> list[VerbEntry]:
        found = self.verbs.get(token.lower_, []) + self.bases.get(token.lemma_.lower(), [])
        return list({e.key: e for e in found}.values())


@dataclass(frozen=True, slots=True)
class Discard:
    words: tuple[str, ...]
    story: bool  # "+" phrases drop the whole article


# -- reading the dictionaries ------------------------------------------------------

def regular_forms(base: str) -> frozenset[str]:
    """The regular inflections PETRARCH generates for a verb it is given bare."""
    forms = {base}
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(base + "es")
    else:
        forms.add(base + "s")
    stem = base[:-1] if base.endswith("e") else base
    forms |= {stem + "ed", stem + "ing"}
    if len(base) > 2 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou":
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return frozenset(forms)


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.split(r"[\s_]+", phrase.strip()) if w)


def _strip_comments(text: str) -> Iterator[str]:
    """Lines without ``<!-- -->`` blocks and ``#`` comments; blank lines dropped."""
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if line.strip():
            yield line.strip()


def _code_of(line: str) -> tuple[str, str | None, bool] | None:
    found = _CODE_RE.search(line)
    if not found:
        return None
    code = parse_code(found.group(1))
    if code is None:
        return None
    return code.code, code.reverse_code, code.reverse


def parse_pattern(text: str, synsets: dict[str, tuple[tuple[str, ...], ...]],
                  pattern_id: str, code: tuple[str, str | None, bool]) -> VerbPattern | None:
    """``SAID $ * TO_ +`` -> elements before and after the verb; None if it has no ``*``."""
    cleaned = re.sub(r"[(){}]", " ", text)
    elements: list[tuple[Element, bool]] = []  # (element, glued to the next one)
    verb_at: int | None = None
    for chunk in cleaned.split():
        parts = chunk.split("_")
        for i, part in enumerate(parts):
            glue_prev = i > 0
            glue_next = i < len(parts) - 1
            if not part:
                if i == 0 and elements:
                    elements[-1] = (elements[-1][0], True)
                continue
            if part == "*":
                verb_at = len(elements)
                element = Element("*")
            elif part in _SLOTS:
                element = Element(part)
            elif part.startswith("&"):
                element = Element("words", synsets.get(part.rstrip("_").upper(), ()))
                if not element.phrases:
                    return None  # undefined synset: PETRARCH ignores the pattern
            else:
                element = Element("words", ((part.lower(),),))
            if glue_prev and elements:
                elements[-1] = (elements[-1][0], True)
            elements.append((element, glue_next))
    if verb_at is None:
        return None
    before = [Element(e.kind, e.phrases, glued) for e, glued in elements[:verb_at]]
    after: list[Element] = []
    prev_glued = elements[verb_at][1]
    for e, glued in elements[verb_at + 1:]:
        after.append(Element(e.kind, e.phrases, prev_glued))
        prev_glued = glued
    return VerbPattern(pattern_id, tuple(reversed(before)), tuple(after), *code)


def _synset_members(line: str, plural: bool,
                    synsets: dict[str, tuple[tuple[str, ...], ...]]) -> list[tuple[str, ...]]:
    body = line[1:].strip()
    if body.startswith("&"):
        return list(synsets.get(body.rstrip("_").upper(), ()))
    words = _words(body)
    if not words:
        return []
    out = [words]
    if plural and not body.endswith("_"):
        out.append((*words[:-1], words[-1] + ("es" if words[-1].endswith("s") else "s")))
    return out


def parse_verb_dictionary(text: str, prefix: str = "petrarch") -> VerbDictionary:
    """Read a PETRARCH verb dictionary: synonym sets, verb blocks, patterns."""
    out = VerbDictionary()
    synsets: dict[str, tuple[tuple[str, ...], ...]] = {}
    current: tuple[str, list[tuple[str, ...]]] | None = None
    plural = True
    block = 0
    block_code: tuple[str, str | None, bool] = (NULL_CODE, None, False)
    count = 0
    for line in _strip_comments(text):
        if current is not None and line.startswith("+"):
            current[1].extend(_synset_members(line, plural, synsets))
            continue
        if current is not None:
            synsets[current[0]] = tuple(current[1])
            current = None
        if line.startswith("&"):
            label = line.split()[0]
            plural = not label.endswith("_")
            current = (label.rstrip("_").upper(), [])
        elif line.startswith("---"):
            block += 1
            block_code = _code_of(line) or (NULL_CODE, None, False)
        elif line.startswith("-"):
            code = _code_of(line)
            count += 1
            body = _CODE_RE.split(line[1:], maxsplit=1)[0]
            pattern = parse_pattern(body, synsets, f"{prefix}:{count}", code) if code else None
            if pattern is not None:
                out.blocks.setdefault(block, []).append(pattern)
        elif not line.startswith("~"):
            _add_verb(out, line, block, block_code)
    if current is not None:
        synsets[current[0]] = tuple(current[1])
    return out


def _add_verb(out: VerbDictionary, line: str, block: int,
              block_code: tuple[str, str | None, bool]) -> None:
    head = re.split(r"[{\[]", line, maxsplit=1)[0].split()
    if not head:
        return
    token = head[0]
    parts = [p for p in token.split("_") if p]
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    at = marked[0] if marked else 0
    words = [p.lstrip("+").lower() for p in parts]
    if not words or not re.fullmatch(r"[a-z][a-z'-]*", words[at]):
        return
    braces = re.search(r"\{([^}]*)\}", line)
    forms = set(regular_forms(words[at]))
    if braces:
        for form in braces.group(1).split():
            fparts = [p for p in form.split("_") if p]
            fmarked = [p for p in fparts if p.startswith("+")] or fparts[:1]
            forms.add(fmarked[0].lstrip("+").lower())
    code = _code_of(line) or block_code
    entry = VerbEntry("_".join(words), words[at], frozenset(forms), tuple(words[:at]),
                      tuple(words[at + 1:]), *code, block)
    for form in entry.forms:
        out.verbs.setdefault(form, []).append(entry)
    out.bases.setdefault(entry.base, []).append(entry)


def load_verb_dictionaries(paths: Sequence[Path]) -> list[VerbDictionary]:
    return [parse_verb_dictionary(Path(p).read_text(encoding="utf-8", errors="replace"),
                                  prefix=f"petrarch:{Path(p).stem}")
            for p in paths]


def parse_discards(text: str) -> tuple[Discard, ...]:
    """Discard phrases; a leading ``+`` marks a story-level discard."""
    out = []
    for line in _strip_comments(text):
        phrase = line.split(";", 1)[0].strip()
        story = phrase.startswith("+")
        words = _words(phrase.lstrip("+"))
        if words:
            out.append(Discard(words, story))
    return tuple(out)


def load_discards(paths: Sequence[Path]) -> tuple[Discard, ...]:
    return tuple(d for p in paths
                 for d in parse_discards(Path(p).read_text(encoding="utf-8", errors="replace")))


def _contains(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))


# -- matching ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Item:
    """A sentence position: a word, or one actor phrase (several when compound)."""

    word: str
    lemma: str
    start: int  # token index of the first token
    end: int
    actors: tuple[Actor, ...] = ()
    bare_agent: bool = False  # an agent with no owner yet ("soldiers", "lawmakers")


def _items(sent: Span, mentions: Sequence[ActorMention]) -> list[Item]:
    """The sentence as words, with each actor phrase collapsed to one item and
    actors joined by commas and "and" collapsed to one compound item."""
    by_start = {m.start: m for m in mentions if sent.start <= m.start and m.end <= sent.end}
    items: list[Item] = []
    i = sent.start
    while i < sent.end:
        m = by_start.get(i)
        if m is not None and m.end > i:
            bare = m.rule == "agent.bare"
            actors = m.members or (m.actor,)
            if bare:
                actors = tuple(_unowned(a) for a in actors)
            items.append(Item(m.actor.text.lower(), "", m.start, m.end, actors, bare))
            i = m.end
            continue
        tok = sent.doc[i]
        items.append(Item(tok.lower_, tok.lemma_.lower(), i, i + 1))
        i += 1
    return _owned_agents(_compounds(items))


def _unowned(agent: Actor) -> Actor:
    """An agent with no owner is PETRARCH's null actor with that agent:
    "clerics" alone is ``---REL``, not a country's clergy."""
    if not agent.code or agent.code.startswith(NULL_CODE):
        return agent
    return replace(agent, code=NULL_CODE + agent.code)


def _owned_at(items: Sequence[Item], i: int) -> Item | None:
    """The agent item at ``i`` with its owner ("soldiers from Gondor", "lawmakers
    and officials in A and B"): each agent's code appended to each owner's code,
    as PETRARCH composes actor and agent; None when ``i`` is no owned agent."""
    item = items[i]
    if not (item.bare_agent and i + 2 < len(items) and items[i + 1].word in _OWNER_PREPS
            and items[i + 2].actors and not items[i + 2].bare_agent):
        return None
    owners = tuple(replace(a, code=f"{a.code}{agent.code.removeprefix(NULL_CODE)}",
                           kind=agent.kind, role=agent.role)
                   for agent in item.actors for a in items[i + 2].actors
                   if a.code and agent.code)
    return Item(item.word, "", item.start, items[i + 2].end, owners)


def _owned_agents(items: list[Item]) -> list[Item]:
    """Each owned agent (see ``_owned_at``) as one item with the composed codes."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        owned = _owned_at(items, i)
        out.append(owned or items[i])
        i += 3 if owned is not None else 1
    return out


def _compounds(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        if not item.actors:
            out.append(item)
            i += 1
            continue
        actors, end, j = list(item.actors), item.end, i + 1
        bare = item.bare_agent
        while j < len(items) and items[j].actors:  # "Gondor's minister Falastur": the first
            end, j, bare = items[j].end, j + 1, False
        while True:
            k = j
            while k < len(items) and not items[k].actors and items[k].word in _JOINERS:
                k += 1
            if k > j and k < len(items) and items[k].actors:
                owned = None if bare else _owned_at(items, k)
                if owned is not None:  # "Ithilen and the government of Gondor"
                    actors.extend(owned.actors)
                    end, j = owned.end, k + 3
                    continue
                actors.extend(items[k].actors)
                bare = bare and items[k].bare_agent
                end, j = items[k].end, k + 1
            else:
                break
        out.append(Item(item.word, "", item.start, end, tuple(actors), bare))
        i = j
    return out


def _word_matches(item: Item, word: str) -> bool:
    if item.actors:
        return False
    return word in (item.word, item.lemma, singular(item.word))


def _element_ends(items: Sequence[Item], at: int, el: Element, step: int) -> list[int]:
    """Positions after ``el`` matched at ``at`` (moving by ``step``); [] if no match."""
    if not 0 <= at < len(items):
        return []
    if el.kind in ("$", "+", "%"):
        return [at + step] if items[at].actors else []
    if el.kind == "^":
        return [at + step]
    ends = []
    for phrase in el.phrases:
        seq = phrase if step > 0 else tuple(reversed(phrase))
        pos = at
        for word in seq:
            if not (0 <= pos < len(items)) or not _word_matches(items[pos], word):
                break
            pos += step
        else:
            ends.append(pos)
    return ends


def _match(items: Sequence[Item], at: int, elements: Sequence[Element], step: int,
           slots: dict[str, int]) -> dict[str, int] | None:
    """Backtracking match of ``elements`` starting at ``at``; the slot positions."""
    if not elements:
        return slots
    el, rest = elements[0], elements[1:]
    starts = [at] if el.glued else range(at, len(items) if step > 0 else -1, step)
    for start in starts:
        for end in _element_ends(items, start, el, step):
            found = dict(slots)
            if el.kind in ("$", "+", "%"):
                found.setdefault(el.kind, start)
            result = _match(items, end, rest, step, found)
            if result is not None:
                return result
    return None


@dataclass(frozen=True, slots=True)
class Hit:
    rule: str
    code: str
    reverse_code: str | None
    reverse_only: bool
    slots: dict[str, int]


def best_hit(items: Sequence[Item], lo: int, hi: int, entry: VerbEntry,
             patterns: Sequence[VerbPattern]) -> Hit | None:
    """The most specific pattern of the verb's block that matches around items
    [lo, hi), else the verb's own code (None when that is the null code)."""
    best: tuple[int, Hit] | None = None
    for pattern in patterns:
        slots = _match(items, lo - 1, pattern.before, -1, {})
        if slots is None:
            continue
        slots = _match(items, hi, pattern.after, 1, slots)
        if slots is None:
            continue
        if best is None or pattern.weight > best[0]:
            best = (pattern.weight, Hit(pattern.pattern_id, pattern.code, pattern.reverse_code,
                                        pattern.reverse_only, slots))
    if best is not None:
        return best[1]
    if entry.code == NULL_CODE:
        return None
    return Hit(f"petrarch:verb:{entry.key}", entry.code, entry.reverse_code,
               entry.reverse_only, {})


def _verb_span(items: Sequence[Item], idx: int, entry: VerbEntry) -> tuple[int, int] | None:
    lo, hi = idx - len(entry.pre), idx + 1 + len(entry.post)
    if lo < 0 or hi > len(items):
        return None
    if any(not _word_matches(items[lo + k], w) for k, w in enumerate(entry.pre)):
        return None
    if any(not _word_matches(items[idx + 1 + k], w) for k, w in enumerate(entry.post)):
        return None
    return lo, hi


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _passive(items: Sequence[Item], lo: int, doc: Doc) -> bool:
    tok = doc[items[lo].start]
    return tok.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _subject_item(items: Sequence[Item], verb: Token, lo: int) -> int | None:
    """The actor item holding the verb's subject, else the nearest actor before it."""
    heads = [verb, *verb.ancestors] if verb.dep_ in ("conj", "xcomp") else [verb]
    for head in heads:
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                for k, item in enumerate(items):
                    if item.actors and item.start <= child.i < item.end:
                        return k
                for k, item in enumerate(items):
                    if item.actors and any(item.start <= t.i < item.end
                                           for t in child.subtree):
                        return k
    for k in range(lo - 1, -1, -1):
        if items[k].actors:
            return k
    return None


def _by_item(items: Sequence[Item], hi: int) -> int | None:
    for k in range(hi, len(items) - 1):
        if items[k].word == "by" and items[k + 1].actors:
            return k + 1
    return None


def _first_actor_after(items: Sequence[Item], hi: int, skip: int | None) -> int | None:
    for k in range(hi, len(items)):
        if items[k].actors and k != skip:
            return k
    return None


def _dyads(items: Sequence[Item], hit: Hit, verb: Token, lo: int, hi: int,
           doc: Doc) -> list[tuple[Actor, Actor]]:
    slots = hit.slots
    if "%" in slots:
        members = items[slots["%"]].actors
        if len(members) > 1:
            return [(a, b) for a in members for b in members if a.code and b.code
                    and a.code != b.code]
        other = slots.get("$", slots.get("+"))
        if other is None:
            other = _subject_item(items, verb, lo)
        if other is None or other == slots["%"]:
            return []
        return [(a, b) for a in items[other].actors for b in members
                if a.code and b.code and a.code != b.code]
    source = slots.get("$")
    target = slots.get("+")
    if _passive(items, lo, doc) and source is None:
        by = _by_item(items, hi)
        if by is not None:
            source = by
            if target is None:
                target = _subject_item(items, verb, lo)
    if source is None:
        source = _subject_item(items, verb, lo)
        if source is not None and source == target:
            source = None
    if target is None:
        target = _first_actor_after(items, hi, source)
    if source is None or target is None or source == target:
        return []
    return [(a, b) for a in items[source].actors for b in items[target].actors
            if a.code and b.code and a.code != b.code]


def discarded(words: Sequence[str], discards: Sequence[Discard], *, story: bool) -> bool:
    return any(_contains(words, d.words) for d in discards if d.story or not story)


def petrarch_candidates(doc: Doc, mentions: Sequence[ActorMention], article_id: str,
                        dictionaries: Sequence[VerbDictionary],
                        discards: Sequence[Discard] = ()) -> list[EventCandidate]:
    """Events from PETRARCH verb patterns, one pass per sentence and verb."""
    all_words = [t.lower_ for t in doc]
    if discards and discarded(all_words, [d for d in discards if d.story], story=True):
        return []
    out: list[EventCandidate] = []
    for sent in doc.sents:
        if discards and discarded([t.lower_ for t in sent], discards, story=False):
            continue
        out.extend(_sentence_candidates(doc, sent, mentions, article_id, dictionaries))
    return out


def _sentence_candidates(doc: Doc, sent: Span, mentions: Sequence[ActorMention],
                         article_id: str,
                         dictionaries: Sequence[VerbDictionary]) -> list[EventCandidate]:
    items = _items(sent, mentions)
    out: list[EventCandidate] = []
    for idx, item in enumerate(items):
        if item.actors or not _is_verb(doc[item.start]):
            continue
        verb = doc[item.start]
        for dictionary in dictionaries:
            hit = _verb_hit(items, idx, verb, dictionary)
            if hit is None:
                continue
            hit_, lo, hi = hit
            for source, target in _dyads(items, hit_, verb, lo, hi, doc):
                out.extend(_candidates(article_id, sent, verb, hit_, source, target))
            break
        if out:
            break
    return out


def _verb_hit(items: Sequence[Item], idx: int, verb: Token,
              dictionary: VerbDictionary) -> tuple[Hit, int, int] | None:
    best: tuple[int, Hit, int, int] | None = None
    for entry in dictionary.entries_for(verb):
        span = _verb_span(items, idx, entry)
        if span is None:
            continue
        hit = best_hit(items, span[0], span[1], entry, dictionary.blocks.get(entry.block, []))
        if hit is None:
            continue
        size = len(entry.pre) + len(entry.post)
        if best is None or size > best[0]:
            best = (size, hit, span[0], span[1])
    return None if best is None else best[1:]


def _candidates(article_id: str, sent: Span, verb: Token, hit: Hit, source: Actor,
                target: Actor) -> list[EventCandidate]:
    pairs: list[tuple[str, Actor, Actor]] = []
    if not hit.reverse_only:
        pairs.append((hit.code, source, target))
    if hit.reverse_only:
        pairs.append((hit.code, target, source))
    elif hit.reverse_code:
        pairs.append((hit.reverse_code, target, source))
    return [
        EventCandidate(
            article_id=article_id, code=code, rule=hit.rule, trigger=verb.text,
            trigger_start=verb.idx, trigger_end=verb.idx + len(verb),
            sentence_start=sent.start_char, sentence_end=sent.end_char,
            source=src, target=tgt, status="asserted",
            tense="past" if verb.tag_ in ("VBD", "VBN") else None,
        )
        for code, src, tgt in pairs
        if re.fullmatch(r"[0-9A-Za-z]+", code)
    ]
