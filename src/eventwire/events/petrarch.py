"""Convert a PETRARCH/TABARI verb dictionary into eventwire patterns.

PETRARCH's CAMEO verb dictionary (MIT, openeventdata/petrarch2) holds thirty
years of hand-coded verb phrases; converting it once, offline, gives the engine
that vocabulary as plain data (``data/patterns/petrarch_verbs.jsonl``) that we can
read, diff and fix, instead of a second matcher for a second format.

The dictionary (see petrarch2's ``dictionaries-format.rst``) has:

- synonym sets: ``&NAME`` then ``+MEMBER`` lines; they become any-of word sets;
- verb blocks: ``--- NAME [code] ---`` then verb lines ``VERB {FORMS} [code]``
  (``+SET_UP`` is a multi-word verb; the ``+`` marks the verb word), then
  pattern lines ``- PRE * POST [code] # note``. Every pattern applies to every
  verb of its block, and each verb with a code other than ``---`` also codes
  alone.

In patterns ``$`` marks the source and ``+`` the target (TABARI's convention:
``- * CLAIM (AGAINST) +`` files a claim against the target), ``%`` an actor
that is both, ``^`` skips a word, ``(PREP WORDS)`` is a prepositional phrase
and ``{A B}`` a noun phrase whose words must all occur. A paired code
``[042:043]`` also codes the reverse event (the visited hosts the visitor);
``[:173]`` codes only the reverse. See ``patterns.py`` for the ``extras`` keys.

The conversion is lossy on purpose: word order and adjacency are dropped (the
engine matches words in the dependency subtree), multi-word synonyms keep only
their head word, and plurals are reduced to singular lemmas by rule. Words
before the verb go to ``extras["pre"]`` (the engine cannot check the subject
side), so a pattern constrained only there is skipped: kept, it would recode
every use of the bare verb. Lines it cannot express are reported in
``Conversion.skipped`` rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.events.cameo import Codebook
from eventwire.events.patterns import NULL_CODE, Pattern, PrepConstraint

#: Words that, right after the verb in ``+VERB_WORD``, are phrasal particles.
PARTICLES = frozenset(
    "up out down off over back away forward together forth behind through in on along "
    "around about aside apart".split()
)
#: Bare words read as prepositions in patterns and multi-word verbs.
PREPOSITIONS = frozenset(
    "about above across after against along amid among amongst around as at before behind "
    "beside between beyond by despite during for from in inside into near of on onto "
    "outside over past since through throughout to toward towards under until upon via "
    "with within without".split()
)
_DROP_WORDS = frozenset({"the", "a", "an"})
_CONJUNCTIONS = frozenset({"and", "or"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "am"})
_MARKERS = frozenset({"$", "+", "%"})
_CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True, slots=True)
class Skipped:
    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Conversion:
    patterns: tuple[Pattern, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True, slots=True)
class _Code:
    code: str
    reverse_code: str | None = None
    reverse: bool = False


@dataclass(slots=True)
class _Verb:
    key: str
    lemma: str
    line: int
    code: _Code
    particle: str | None = None
    words: list[frozenset[str]] = field(default_factory=list)
    preps: list[PrepConstraint] = field(default_factory=list)
    target: str = "dobj"
    pre: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Body:
    words: list[frozenset[str]] = field(default_factory=list)
    preps: list[PrepConstraint] = field(default_factory=list)
    target: str | None = None
    source_slot: str | None = None
    compound_slot: str | None = None
    target_is_subject: bool = False
    pre: list[frozenset[str]] = field(default_factory=list)
    particle: str | None = None
    prep_alternatives: list[list[str]] = field(default_factory=list)


def singular(word: str) -> str:
    """A crude singular: enough to turn dictionary plurals into spaCy lemmas."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _forms(word: str) -> set[str]:
    w = word.strip("_").lower()
    return {w, singular(w)} if w else set()


def _phrase_head(words: list[str]) -> str:
    """Head of a multi-word noun phrase: the word before "of", else the last."""
    lowered = [w.lower() for w in words if w]
    if "of" in lowered[1:]:
        return lowered[lowered.index("of", 1) - 1]
    return lowered[-1]


def _base_form(word: str) -> str:
    """A past form given with no inflections (``+ANGERED_BY {}``) to its base."""
    w = word.lower()
    if w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]
        return stem
    return w


def parse_code(text: str) -> _Code | None:
    """``042``, ``---``, ``042:043``, ``:173``, ``080!`` -> a code; None if empty."""
    text = text.strip().rstrip("!")
    main, _, rev = text.partition(":")
    main, rev = main.strip(), rev.strip()
    main_ok = bool(main) and main != NULL_CODE
    rev_ok = bool(rev) and rev != NULL_CODE
    if main_ok:
        return _Code(main, rev if rev_ok and rev != main else None)
    if rev_ok:
        return _Code(rev, reverse=True)
    return _Code(NULL_CODE) if main == NULL_CODE or rev == NULL_CODE else None


def _clean_lines(text: str) -> Iterator[tuple[int, str]]:
    """Numbered lines with ``<!-- -->`` and ``#`` comments removed; blanks dropped."""
    in_xml = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_xml:
            if "-->" not in line:
                continue
            line, in_xml = line.split("-->", 1)[1], False
        while "<!--" in line:
            before, _, after = line.partition("<!--")
            if "-->" in after:
                line = before + after.split("-->", 1)[1]
            else:
                line, in_xml = before, True
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            yield lineno, line


def _comment(raw: str) -> str | None:
    if "#" not in raw:
        return None
    note = raw.split("#", 1)[1].strip()
    return note or None


class _Converter:
    def __init__(self, source: str, codebook: Codebook | None, id_prefix: str) -> None:
        self.source = source
        self.codebook = codebook
        self.prefix = id_prefix
        self.synsets: dict[str, frozenset[str]] = {}
        self.patterns: dict[str, Pattern] = {}
        self.skipped: list[Skipped] = []
        self.block_code = _Code(NULL_CODE)
        self.verbs: list[_Verb] = []

    # -- input ---------------------------------------------------------------
    def run(self, text: str) -> Conversion:
        raw_lines = text.splitlines()
        synset: str | None = None
        members: set[str] = set()
        plural = True
        for lineno, line in _clean_lines(text):
            stripped = line.strip()
            if synset is not None:
                if stripped.startswith("+"):
                    members |= self._member(stripped[1:], plural)
                    continue
                self.synsets[synset] = frozenset(members)
                synset = None
            if stripped.startswith("&"):
                label = stripped.split()[0]
                plural = not label.endswith("_")
                synset, members = label.rstrip("_"), set()
            elif stripped.startswith("---"):
                self._start_block(lineno, stripped)
            elif stripped.startswith("-"):
                self._pattern_line(lineno, stripped, _comment(raw_lines[lineno - 1]))
            elif stripped.startswith("~"):
                self._skip(lineno, stripped, "verb transformation: not expressible as a pattern")
            else:
                self._verb_line(lineno, stripped)
        if synset is not None:
            self.synsets[synset] = frozenset(members)
        return Conversion(tuple(self.patterns.values()), tuple(self.skipped))

    def _skip(self, lineno: int, text: str, reason: str) -> None:
        self.skipped.append(Skipped(lineno, text, reason))

    def _member(self, phrase: str, plural: bool) -> set[str]:
        words = [w for w in re.split(r"[\s_]+", phrase.strip()) if w]
        if not words:
            return set()
        # Both forms even for no-plural sets: spaCy lemmatises "ministers" anyway.
        del plural
        return _forms(_phrase_head(words) if len(words) > 1 else words[0])

    def _start_block(self, lineno: int, line: str) -> None:
        found = _CODE_RE.search(line)
        code = parse_code(found.group(1)) if found else None
        self.block_code = code or _Code(NULL_CODE)
        self.verbs = []

    # -- verbs ---------------------------------------------------------------
    def _verb_line(self, lineno: int, line: str) -> None:
        found = _CODE_RE.search(line)
        own = parse_code(found.group(1)) if found else None
        head_part = re.split(r"[{\[]", line, maxsplit=1)[0].strip()
        braces = re.search(r"\{([^}]*)\}", line)
        no_forms = braces is not None and not braces.group(1).strip()
        if not head_part:
            self._skip(lineno, line, "verb line without a verb")
            return
        token = head_part.split()[0]
        code = own or self.block_code
        verbs = self._verb_entries(lineno, token, code, no_forms)
        if verbs is None:
            return
        for verb in verbs:
            self.verbs.append(verb)
            if not code.code == NULL_CODE:
                self._emit(verb, _Body(), code, lineno, None)

    def _verb_entries(
        self, lineno: int, token: str, code: _Code, no_forms: bool
    ) -> list[_Verb] | None:
        parts = [p for p in token.split("_") if p]
        marked = [i for i, p in enumerate(parts) if p.startswith("+")]
        head_at = marked[0] if marked else 0
        words = [p.lstrip("+").lower() for p in parts]
        head = words[head_at]
        if not re.fullmatch(r"[a-z][a-z'-]*", head):
            self._skip(lineno, token, "verb is not a word")
            return None
        if head in _BE_FORMS and len(words) > 1:
            self._skip(lineno, token, "copular phrase ('is determined'): not a verb trigger")
            return None
        post = words[head_at + 1 :]
        if _CONJUNCTIONS & set(post):
            self._skip(lineno, token, "coordinated verbs ('killed and'): not expressible")
            return None
        lemma = _base_form(head) if no_forms and len(words) > 1 else head
        verb = _Verb(key="_".join(words), lemma=lemma, line=lineno, code=code)
        verb.pre = words[:head_at]
        current: PrepConstraint | None = None
        for i, word in enumerate(post):
            if i == 0 and word in PARTICLES and (len(post) == 1 or word not in PREPOSITIONS):
                verb.particle = word
                continue
            if word in PREPOSITIONS:
                current = PrepConstraint(word)
                verb.preps.append(current)
            elif current is not None:
                current = PrepConstraint(current.prep, (*current.words, frozenset(_forms(word))))
                verb.preps[-1] = current
            else:
                verb.words.append(frozenset(_forms(word)))
        if verb.preps and not verb.preps[-1].words and post and post[-1] == verb.preps[-1].prep:
            verb.target = f"pobj:{verb.preps[-1].prep}"
        out = [verb]
        if "-" in lemma:
            joined = lemma.replace("-", "")
            out.append(_Verb(
                key=verb.key.replace("-", ""), lemma=joined, line=lineno, code=code,
                particle=verb.particle, words=list(verb.words), preps=list(verb.preps),
                target=verb.target, pre=list(verb.pre),
            ))
        return out

    # -- patterns ------------------------------------------------------------
    def _pattern_line(self, lineno: int, line: str, note: str | None) -> None:
        codes = _CODE_RE.findall(line)
        code = parse_code(codes[-1]) if codes else None
        if code is None:
            self._skip(lineno, line, "pattern without a [code]")
            return
        body_text = line[1 : line.rfind("[")]
        if "*" not in body_text:
            self._skip(lineno, line, "pattern without '*' (the verb's place)")
            return
        if not self.verbs:
            self._skip(lineno, line, "pattern outside a verb block")
            return
        pre_text, _, post_text = body_text.partition("*")
        try:
            body = self._body(pre_text, post_text)
        except _Undefined as exc:
            self._skip(lineno, line, f"undefined synonym set {exc}")
            return
        post_free = not (body.words or body.preps or body.particle or body.target)
        if post_free and (body.pre or body.target_is_subject):
            # "- &MILITARY * [154]": only the subject side is constrained, and the
            # pattern format cannot check it; kept, it would recode the bare verb.
            self._skip(lineno, line, "constrains only words before the verb")
            return
        for verb in self.verbs:
            self._emit(verb, body, code, lineno, note)

    def _items(self, text: str) -> list[tuple[str, list[str]]]:
        """Tokens: ("(", []), (")", []), ("phrase", words), ("word", [word])."""
        items: list[tuple[str, list[str]]] = []
        for match in re.finditer(r"\{[^}]*\}|[()]|[^\s(){}]+", text):
            tok = match.group(0)
            if tok in "()":
                items.append((tok, []))
            elif tok.startswith("{"):
                items.append(("phrase", self._split(tok[1:-1])))
            else:
                items.extend(("word", [w]) for w in self._split(tok))
        return items

    def _split(self, text: str) -> list[str]:
        """Split on blanks and ``_`` but keep synonym-set names whole."""
        out: list[str] = []
        for chunk in text.split():
            pieces = [p for p in chunk.split("_")]
            i = 0
            while i < len(pieces):
                piece = pieces[i]
                if piece.startswith("&"):
                    best = i
                    for j in range(i, len(pieces)):
                        if "_".join(pieces[i : j + 1]) in self.synsets:
                            best = j
                    out.append("_".join(pieces[i : best + 1]))
                    i = best + 1
                    continue
                if piece:
                    out.append(piece)
                i += 1
        return out

    def _word_set(self, word: str) -> frozenset[str] | None:
        if word.startswith("&"):
            if word not in self.synsets:
                raise _Undefined(word)
            return self.synsets[word]
        forms = _forms(word)
        if not forms or forms <= _DROP_WORDS or not re.search(r"[a-z]", word.lower()):
            return None
        return frozenset(forms)

    def _body(self, pre_text: str, post_text: str) -> _Body:
        body = _Body()
        for _kind, value in self._items(pre_text):
            for word in value:
                if word == "+":
                    body.target_is_subject = True
                elif word == "%":
                    body.compound_slot = "subject"
                elif word not in _MARKERS and word != "^":
                    found = self._word_set(word)
                    if found:
                        body.pre.append(found)
        in_paren = expecting_prep = False
        current: int | None = None  # index of the prep collecting words
        last: tuple[str, int | None] = ("start", None)  # what the previous item was
        for kind, words in self._items(post_text):
            if kind == "(":
                in_paren, expecting_prep, current = True, True, None
                continue
            if kind == ")":
                last = ("group", current)
                in_paren, expecting_prep, current = False, False, None
                continue
            if kind == "word" and words[0] == "^":
                continue
            if kind == "word" and words[0] in _MARKERS:
                slot = self._slot(in_paren, current, last, body)
                if words[0] == "+":
                    body.target = slot
                elif words[0] == "$":
                    body.source_slot = slot
                else:
                    body.compound_slot = slot
                if not in_paren:
                    current = None
                last = ("marker", None)
                continue
            low = words[0].lower()
            alternatives = low.split("/")
            if kind == "word" and all(a in PREPOSITIONS for a in alternatives):
                if expecting_prep or not in_paren:
                    # "(TO/FOR PROTEST)": one preposition per constraint; keep the first.
                    if len(alternatives) > 1:
                        body.prep_alternatives.append(alternatives)
                    body.preps.append(PrepConstraint(alternatives[0]))
                    current, expecting_prep = len(body.preps) - 1, False
                    last = ("prep", current)
                    continue
            particle_here = expecting_prep or (last[0] == "start" and low not in PREPOSITIONS)
            if kind == "word" and particle_here and low in PARTICLES:
                # "* OUT", "(UP &MILITARY)", "(OUT OF)": a particle, maybe then a preposition.
                body.particle = body.particle or low
                last = ("particle", None)
                continue
            expecting_prep = False
            sets = [s for s in (self._word_set(w) for w in words) if s]
            if current is not None:
                prep = body.preps[current]
                body.preps[current] = PrepConstraint(prep.prep, (*prep.words, *sets))
            else:
                body.words.extend(sets)
            last = ("word", None)
        return body

    @staticmethod
    def _slot(
        in_paren: bool, current: int | None, last: tuple[str, int | None], body: _Body
    ) -> str:
        """Where a ``$``/``+``/``%`` marker points: the object of the preposition
        it sits in or follows (an empty group like ``(AGAINST) +``), else dobj."""
        if current is not None and (in_paren or last[0] == "prep"):
            return f"pobj:{body.preps[current].prep}"
        if last[0] == "group" and last[1] is not None and not body.preps[last[1]].words:
            return f"pobj:{body.preps[last[1]].prep}"
        return "dobj"

    # -- output --------------------------------------------------------------
    def _emit(self, verb: _Verb, body: _Body, code: _Code, lineno: int, note: str | None) -> None:
        if self.codebook is not None:
            for c in (code.code, code.reverse_code):
                if c and c != NULL_CODE and c not in self.codebook:
                    self._skip(lineno, f"{verb.key} [{c}]", f"code {c} is not in the codebook")
                    return
        words = list(verb.words)
        preps = list(verb.preps)
        target = verb.target
        if body.target is not None:
            target = body.target
        elif body.target_is_subject:
            target = "none"
        else:
            empty = [p for p in body.preps if not p.words]
            if empty:
                target = f"pobj:{empty[0].prep}"
        body_words = list(body.words)
        if preps and verb.target.startswith("pobj:") and body_words and body.target is None:
            # "+ASK_FOR" with "* AUTHORISATION": the words are the object of "for".
            last = preps[-1]
            preps[-1] = PrepConstraint(last.prep, (*last.words, *body_words))
            body_words = []
            target = "dobj"
        words.extend(body_words)
        for prep in body.preps:
            same = [i for i, p in enumerate(preps) if p.prep == prep.prep]
            if same:
                old = preps[same[0]]
                preps[same[0]] = PrepConstraint(old.prep, (*old.words, *prep.words))
            else:
                preps.append(prep)
        extras: dict[str, object] = {}
        particle = verb.particle
        if body.particle and body.particle != particle:
            if particle is None:
                particle = body.particle
            else:
                extras["particle_also"] = body.particle
        if body.prep_alternatives:
            extras["prep_alternatives"] = body.prep_alternatives
        if code.reverse_code:
            extras["reverse_code"] = code.reverse_code
        if code.reverse:
            extras["reverse"] = True
        if body.source_slot:
            extras["source_slot"] = body.source_slot
        if body.target_is_subject:
            extras["target_is_subject"] = True
        if body.compound_slot:
            extras["compound_slot"] = body.compound_slot
        if body.pre:
            extras["pre"] = [sorted(s) for s in body.pre]
        if verb.pre:
            extras["verb_pre"] = verb.pre
        if note:
            extras["note"] = note
        pid = f"{self.prefix}.{verb.key}.{lineno}"
        if pid in self.patterns:
            return
        self.patterns[pid] = Pattern(
            id=pid,
            code=code.code,
            lemma=verb.lemma,
            pos="VERB",
            particle=particle,
            words=tuple(dict.fromkeys(words)),
            preps=tuple(preps),
            target=target,
            origin=f"{self.source}:{lineno}",
            extras=extras,
        )


class _Undefined(Exception):
    """A pattern names a synonym set that was never defined (PETRARCH skips it)."""


def convert_verb_dictionary(
    text: str,
    source: str = "CAMEO.2.0.txt",
    codebook: Codebook | None = None,
    id_prefix: str = "petr",
) -> Conversion:
    """Patterns from the text of a PETRARCH verb dictionary.

    With a ``codebook``, patterns whose code it lacks are skipped (and listed);
    without one every code is kept, for dictionaries with invented codes.
    """
    return _Converter(source, codebook, id_prefix).run(text)


def convert_verb_file(
    path: Path, codebook: Codebook | None = None, id_prefix: str = "petr"
) -> Conversion:
    return convert_verb_dictionary(
        path.read_text(encoding="utf-8", errors="replace"), path.name, codebook, id_prefix
    )
