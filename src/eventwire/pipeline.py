"""The pipeline: article -> nlp -> actors -> events -> when/where -> Event.

``Pipeline`` holds the loaded resources (spaCy model, knowledge base, patterns,
codebook, gazetteer): loading them is the expensive part, so it happens once
per process (or per Dask worker). ``Pipeline.extract`` is a pure function of
its article after that. The stages are called in order, and each step below
says why it is where it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.actors.kb import KnowledgeBase, load_kb
from eventwire.actors.resolve import resolve_mentions
from eventwire.events.cameo import Codebook, load_codebook
from eventwire.events.candidates import STATEMENT_ROOTS  # intents and threats: said now
from eventwire.events.extract import extract_candidates
from eventwire.events.patterns import PatternSet, default_pattern_paths, load_patterns
from eventwire.events.petrarch_match import (
    Discard,
    VerbDictionary,
    load_discards,
    load_verb_dictionaries,
    petrarch_candidates,
)
from eventwire.events.syntax import trigger_token
from eventwire.ingest.dateline import Dateline, find_dateline
from eventwire.model import (
    Actor,
    ActorMention,
    Article,
    Event,
    EventCandidate,
    Evidence,
    Location,
    Plover,
    event_id_for,
)
from eventwire.nlp.pipeline import load_nlp
from eventwire.options import Options
from eventwire.when import Tense, choose_date, find_time_expressions
from eventwire.when.lead import background, read_lead, takes_lead_day
from eventwire.when.speech import BorrowedDate, reference_for, reported_spans
from eventwire.where import Gazetteer, load_gazetteer

# Statuses that may take the article's date when the sentence gives none:
# a plan or a hypothesis has no date just because the story was filed.
DATED_BY_ARTICLE = frozenset({"asserted", "reported"})
# Statuses that may borrow the date of the statement reporting them, or of the
# event they are counted from, when their own clause gives none (see
# eventwire.when.speech): not a plan.
DATED_BY_REFERENCE = DATED_BY_ARTICLE


@dataclass
class Pipeline:
    nlp: Language
    kb: KnowledgeBase
    patterns: PatternSet
    codebook: Codebook
    gazetteer: Gazetteer
    options: Options
    petrarch: PetrarchDictionaries | None = None

    @classmethod
    def load(cls, options: Options | None = None) -> Pipeline:
        options = options or Options()
        kb = load_kb(options.actor_files, defaults=options.default_actors)
        codebook = load_codebook()
        pattern_files = list(default_pattern_paths()) if options.default_patterns else []
        patterns = load_patterns([*pattern_files, *options.pattern_files], codebook=codebook)
        if options.verb_dictionaries:
            patterns = _with_verb_dictionaries(patterns, options.verb_dictionaries)
        return cls(
            nlp=load_nlp(kb),
            kb=kb,
            patterns=patterns,
            codebook=codebook,
            gazetteer=load_gazetteer(),
            options=options,
            petrarch=_petrarch(options),
        )

    def article_date(self, article: Article) -> date | None:
        return self.options.date_override or article.published

    def extract(self, article: Article) -> list[Event]:
        return self.events_for(article, self.nlp(article.text))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Batch through spaCy's nlp.pipe: parsing is most of the cost."""
        pending: list[Article] = []
        for article in articles:
            pending.append(article)
            if len(pending) >= self.options.batch_size:
                yield from self._flush(pending)
                pending = []
        if pending:
            yield from self._flush(pending)

    def _flush(self, batch: Sequence[Article]) -> Iterator[tuple[Article, list[Event]]]:
        docs = self.nlp.pipe([a.text for a in batch], batch_size=len(batch))
        for article, doc in zip(batch, docs, strict=True):
            yield article, self.events_for(article, doc)

    def events_for(self, article: Article, doc: Doc) -> list[Event]:
        on = self.article_date(article)
        dateline = find_dateline(article.text)
        # 1. actors before events: the events stage only reads mentions.
        venue = self._venue(article, dateline)
        mentions = resolve_mentions(doc, on, self.kb, home=venue.country if venue else None)
        # 2. events from patterns over the parse.
        if self.petrarch is not None:
            # PETRARCH dictionaries: their patterns, read as word sequences.
            candidates = petrarch_candidates(doc, mentions, article.id, *self.petrarch)
        else:
            candidates = extract_candidates(doc, mentions, article.id, self.patterns,
                                            venue=venue)
        # 3. when and where per event, from its own sentence (else the lead's day).
        news = read_lead(doc, on, dateline.end if dateline else 0)
        lead = news[1] if news and news[0] == "past" else None
        plan = _plan_of(news[1], news[2], mentions) if news and news[0] == "future" else None
        events = []
        for c in candidates:
            trigger = trigger_token(doc, c)  # found once per event
            if trigger is None:
                events.append(self._finish(article, c, on))
                continue
            events.append(self._finish(
                article, c, on, _clause_scope(trigger, c.sentence_start),
                _borrowed(trigger, c.sentence_start),
                lead if lead and _takes_lead(trigger, c.code) else
                plan[0] if plan and _in_plan(c, plan[1]) else None,
                background(trigger)))
        return _unique(events)

    def _finish(self, article: Article, cand: EventCandidate, on: date | None,
                scope: list[tuple[int, int]] | None = None,
                borrowed: BorrowedDate | None = None, lead: date | None = None,
                since: bool = False) -> Event:
        sentence = article.text[cand.sentence_start:cand.sentence_end]
        day, precision = self._date(sentence, cand, on, scope, borrowed)
        if lead is not None and (precision == "article" or (
                precision is None and cand.status == "planned")):
            day, precision = lead.isoformat(), "lead"
        if precision == "article" and since:
            day, precision = None, None  # history the article mentions, undated
        code = self.codebook.get(cand.code)
        plover = self.codebook.plover(cand.code)
        return Event(
            event_id=event_id_for(
                article.id, cand.sentence_start, cand.trigger_start, cand.code,
                _code(cand.source), _code(cand.target),
            ),
            article_ids=(article.id,),
            source=cand.source,
            target=cand.target,
            cameo=cand.code,
            cameo_root=cand.code[:2],
            cameo_name=code.name if code else None,
            quad_class=code.quad_class if code else None,
            goldstein=code.goldstein if code else None,
            plover=Plover(*plover) if plover else None,
            status=cand.status,
            evidence=(
                Evidence(
                    article_id=article.id,
                    sentence=sentence,
                    start=cand.sentence_start,
                    end=cand.sentence_end,
                    trigger=cand.trigger,
                    rule=cand.rule,
                    trigger_start=cand.trigger_start,
                    trigger_end=cand.trigger_end,
                ),
            ),
            date=day,
            date_precision=precision,  # type: ignore[arg-type]
            location=self._place(cand, article),
        )

    def _date(self, sentence: str, cand: EventCandidate, on: date | None,
              scope: list[tuple[int, int]] | None = None,
              borrowed: BorrowedDate | None = None) -> tuple[str | None, str | None]:
        expressions = find_time_expressions(sentence, on, tense=_tense(cand))
        chosen = choose_date(expressions, cand.trigger_start - cand.sentence_start,
                             text=sentence, scope=scope)
        if chosen is None and borrowed is not None and cand.status in DATED_BY_REFERENCE:
            chosen = borrowed.choose(sentence, on)
        if chosen is not None and chosen.value is not None:
            return chosen.value.isoformat(), chosen.precision
        # an intent or a threat is voiced now, whatever the tense of what it promises
        voiced = cand.code[:2] in STATEMENT_ROOTS
        if on is not None and cand.status in DATED_BY_ARTICLE and (
                cand.tense != "future" or voiced):
            return on.isoformat(), "article"
        return None, None

    def _venue(self, article: Article, dateline: Dateline | None) -> Actor | None:
        """The state the story is filed from (its dateline city's country): a
        visit that names no destination ("Xi's state visit") is a visit there."""
        city = article.place
        if city is None:
            city = dateline.place if dateline is not None else None
        place = self.gazetteer.lookup(city) if city else None
        if place is None or place.country is None:
            return None
        country = self.gazetteer.country(place.country)
        return Actor(text=city or place.name, actor_id=f"state:{place.country}",
                     name=country.name if country else None, code=place.country,
                     country=place.country, kind="state")

    def _place(self, cand: EventCandidate, article: Article) -> Location | None:
        for name in cand.places:
            found = self.gazetteer.lookup(name)
            if found is not None:
                return found
        if cand.code in ("042", "043", "044") and cand.target is not None:
            host = cand.target if cand.code == "042" else cand.source
            if host is not None and host.kind in ("state", "government", "city", "place"):
                return self.gazetteer.lookup(host.name or host.text, country_hint=host.country)
        return None


PetrarchDictionaries = tuple[list[VerbDictionary], tuple[Discard, ...]]


def _petrarch(options: Options) -> PetrarchDictionaries | None:
    """The verb and discard dictionaries of ``--dictionaries``, read as PETRARCH reads them."""
    if not options.verb_dictionaries:
        return None
    return (load_verb_dictionaries(options.verb_dictionaries),
            load_discards(options.discard_files))


def _with_verb_dictionaries(patterns: PatternSet, paths: Sequence[Path]) -> PatternSet:
    """Add PETRARCH verb dictionaries as patterns. Their codes are kept even
    when the CAMEO codebook lacks them: a project's dictionary may define its own."""
    from eventwire.events.petrarch import convert_verb_file

    extra = [p for i, path in enumerate(paths)
             for p in convert_verb_file(Path(path), None, id_prefix=f"dict{i}").patterns]
    return PatternSet([*patterns.patterns, *extra])


# A trigger's own clause ends at these: what is outside dates another
# statement (the report around a claim, the sentence a relative clause hangs
# on), and clauses embedded below the trigger date their own events
# ("cancelled a visit planned for Wednesday").
EMBEDDED_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})
# An adverbial clause is its own clause when a conjunction places it in time
# or logic ("a day after Prague expelled ..."); a bare purpose infinitive
# ("travel to Israel on Wednesday to meet Netanyahu") shares its host's time.
CLAUSE_MARKS = frozenset({"after", "before", "since", "until", "when", "while",
                          "because", "although", "though", "if", "unless", "once"})
NOUN_DATE_DEPS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})
TIME_LABELS = frozenset({"DATE", "TIME"})


def _clause_scope(trigger: Token, sentence_start: int) -> list[tuple[int, int]]:
    """Character spans (relative to the sentence) whose dates may date the
    event: the trigger's own clause, without the clauses embedded under the
    trigger and without dates that modify another noun ("the 2023 killing")."""
    doc = trigger.doc
    own: Token = trigger.sent.root
    below = trigger
    for above in trigger.ancestors:
        if _opens_clause(below):
            own = below
            break
        below = above
    allowed = {t.i for t in own.subtree}
    for tok in trigger.subtree:
        if tok.i != trigger.i and tok.dep_ in EMBEDDED_DEPS:
            allowed.difference_update(t.i for t in tok.subtree)
    for tok in own.subtree:
        if (tok.ent_type_ in TIME_LABELS and tok.dep_ in NOUN_DATE_DEPS
                and tok.head.pos_ == "NOUN" and tok.head.ent_type_ not in TIME_LABELS
                and not _argument_of(tok.head, trigger)):
            allowed.difference_update(t.i for t in tok.subtree)
    return [(doc[i].idx - sentence_start, doc[i].idx + len(doc[i]) - sentence_start)
            for i in sorted(allowed)]


def _borrowed(trigger: Token, sentence_start: int) -> BorrowedDate | None:
    """The verb whose date the event may borrow (a verb of saying reporting it,
    or the event it is counted from), with that verb's own clause as the place
    to look for the date and without what other statements report."""
    found = reference_for(trigger)
    if found is None:
        return None
    verb = found.token
    reported = reported_spans(verb, sentence_start)
    scope = [part for part in _clause_scope(verb, sentence_start) if part not in reported]
    return BorrowedDate(verb.idx - sentence_start, found.tense, scope, found.days)


def _argument_of(noun: Token, trigger: Token) -> bool:
    """The noun is the trigger or what it acts on ("attend Friday's meeting")."""
    if trigger.i in (noun.i, noun.head.i):
        return True
    return noun.dep_ == "pobj" and noun.head.head.i == trigger.i


def _opens_clause(token: Token) -> bool:
    """The token heads a clause of its own, with its own time. Not one: a
    relative clause on a place or time ("in Bishkek, where he is due to meet"),
    an -ing participle on a noun ("orders imposing tariffs")."""
    if token.dep_ in ("ccomp", "parataxis"):
        return True
    if token.dep_ == "relcl":
        return not any(c.lower_ in ("where", "when") for c in token.children)
    if token.dep_ == "acl":
        return token.tag_ != "VBG"
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in token.children)
    return token.dep_ == "pcomp" and token.head.lower_ in CLAUSE_MARKS


def _tense(cand: EventCandidate) -> Tense:
    """The grammatical tense first ("agreed to a visit in May" looks back), then the plan."""
    if cand.tense == "past":
        return "past"
    if cand.status == "planned" or cand.tense == "future":
        return "future"
    return None


def _plan_of(day: date, subject: Token, mentions: Sequence[ActorMention]
             ) -> tuple[date, set[str]] | None:
    """The day of the plan the lead announces, and the parties of its subject."""
    tokens = {t.i for t in subject.subtree}
    parties = {a.party for m in mentions if m.head in tokens
               for a in (m.members or (m.actor,)) if a.party}
    return (day, parties) if parties else None


def _in_plan(cand: EventCandidate, parties: set[str]) -> bool:
    """A plan with no day of its own, by or with a party of the lead's plan."""
    return cand.status == "planned" and any(
        a is not None and a.party in parties for a in (cand.source, cand.target))


def _takes_lead(trigger: Token, code: str) -> bool:
    if code[:2] in STATEMENT_ROOTS:
        # "said the EU would contribute": the intent is dated by the saying
        for _ in range(3):
            if trigger.dep_ not in ("ccomp", "xcomp", "conj") or trigger.head == trigger:
                break
            trigger = trigger.head
    return takes_lead_day(trigger)


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor else None


def _unique(events: list[Event]) -> list[Event]:
    """One event per dyad, code, status and sentence: the same act said twice in
    a sentence ("declared them persona non grata, giving them 48 hours to
    leave") is one event; the first wording found is its evidence."""
    seen: dict[tuple[object, ...], Event] = {}
    for ev in events:
        start = ev.evidence[0].start if ev.evidence else None
        key = (ev.event_id,) if start is None else (
            start, ev.cameo, ev.status, _code(ev.source), _code(ev.target))
        seen.setdefault(key, ev)
    return list(seen.values())
