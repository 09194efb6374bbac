"""Run eventwire with a folder of PETRARCH dictionaries instead of its own.

Why: the PETRARCH validation suites (``eventwire eval --dictionaries DIR``) code
fictional actors such as Arnor (ARN) and Gondor (GON) with their own verb,
actor and agent dictionaries. This module converts those files into eventwire's
formats (pattern JSONL, user-dictionary CSV, agents CSV) in a fresh temporary
folder and returns ``Options`` that load them in place of the shipped data.

Converted actors are written with ``kind`` "person": in the resolver only
person entries of user dictionaries are pinned by the entity ruler and looked
up by name, so that is the kind that makes "Arnor" resolve to its PETRARCH code.
Agents are written in the shipped agents.csv format (``Options.extras
["agent_files"]``) but the knowledge base does not read extra agent files yet,
and the resolver composes agents only with real ISO3 countries; so each
country-like actor's combinations with the agents ("Gondor government" ->
GONGOV) are also written out as actor phrases.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from eventwire.actors.petrarch import (
    ActorRow,
    AgentRow,
    compose_agent_actors,
    parse_actor_dictionary,
    parse_agent_dictionary,
)
from eventwire.errors import DataFileError
from eventwire.events.cameo import load_codebook
from eventwire.events.patterns import pattern_to_dict
from eventwire.events.petrarch import convert_verb_file
from eventwire.options import Options

KINDS = ("verbs", "actors", "agents")
USER_HEADER = ("name", "aliases", "code", "country", "kind", "role", "start", "end")


def find_dictionaries(folder: Path) -> dict[str, list[Path]]:
    """The folder's files by kind, found by the word in their name
    ("PETR.Validate.verbs.txt", "PETR_Validate_actors_2_02.txt")."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataFileError(str(folder), "is not a folder of PETRARCH dictionaries")
    found: dict[str, list[Path]] = {k: [] for k in KINDS}
    for path in sorted(folder.iterdir()):
        low = path.name.lower()
        for kind in KINDS:
            if path.is_file() and kind in low:
                found[kind].append(path)
    if not found["verbs"] or not found["actors"]:
        raise DataFileError(str(folder), "needs a *verbs* and an *actors* dictionary file")
    return found


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataFileError(str(path), f"cannot be read: {exc.strerror}") from exc


def actor_rows(paths: Iterable[Path]) -> list[ActorRow]:
    """Every actor period of the given PETRARCH actor files, in file order."""
    return [row for path in paths for row in parse_actor_dictionary(_read(path))]


def agent_rows(paths: Iterable[Path]) -> list[AgentRow]:
    return [row for path in paths for row in parse_agent_dictionary(_read(path))]


def write_actor_csv(rows: Sequence[ActorRow], out: Path) -> Path:
    """The user-dictionary CSV of kb.py. One PETRARCH phrase may head two
    entries ("ISRAELI", "ISRAELI_TROOPS" differ; duplicates do not): the first
    entry of a name keeps it, as PETRARCH's first match would."""
    owner: dict[str, str] = {}
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(USER_HEADER)
        for row in rows:
            key = row.name.lower()
            first = owner.setdefault(key, row.code)
            if first != row.code and not (row.start or row.end):
                continue  # a later duplicate entry with another default code
            aliases = "|".join(a for a in row.aliases if "|" not in a)
            writer.writerow((row.name, aliases, row.code, "", "person", "", row.start, row.end))
    return out


def write_agent_csv(rows: Sequence[AgentRow], out: Path) -> Path:
    """The shipped agents.csv format (phrase,code,source)."""
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(("phrase", "code", "source"))
        for row in dict.fromkeys(rows):
            writer.writerow((row.phrase, row.code, "petrarch-dictionary"))
    return out


def write_patterns(paths: Iterable[Path], out: Path) -> Path:
    """Verb dictionaries -> pattern JSONL; codes outside the CAMEO codebook are
    dropped (the pattern loader would refuse them)."""
    codebook = load_codebook()
    with out.open("w", encoding="utf-8") as fh:
        for i, path in enumerate(paths):
            conversion = convert_verb_file(path, codebook, id_prefix=f"dict{i}")
            for pattern in conversion.patterns:
                row = pattern_to_dict(pattern, compact=True)
                fh.write(json.dumps(row, separators=(",", ":"), ensure_ascii=False) + "\n")
    return out


def convert_folder(folder: Path, out: Path) -> dict[str, Path]:
    """Convert a PETRARCH dictionary folder into ``out``; returns the new files."""
    found = find_dictionaries(folder)
    out.mkdir(parents=True, exist_ok=True)
    actors = actor_rows(found["actors"])
    files = {
        "patterns": write_patterns(found["verbs"], out / "petrarch_patterns.jsonl"),
        "actors": write_actor_csv(actors, out / "petrarch_actors.csv"),
    }
    if found["agents"]:
        agents = agent_rows(found["agents"])
        files["agents"] = write_agent_csv(agents, out / "petrarch_agents.csv")
        files["compounds"] = write_actor_csv(compose_agent_actors(actors, agents),
                                             out / "petrarch_actor_agents.csv")
    return files


def petrarch_options(folder: Path, *, actor_files: Sequence[Path] = (),
                     default_actors: bool = True) -> Options:
    """Options that run the pipeline on ``folder``'s dictionaries.

    The PETRARCH dictionaries replace the shipped actors and patterns, so
    ``default_actors`` is accepted for the caller's convenience but not used;
    the user's own ``actor_files`` are loaded after the converted actors.
    """
    del default_actors  # PETRARCH's actor dictionary stands in for ours
    out = Path(tempfile.mkdtemp(prefix="eventwire-petrarch-"))
    files = convert_folder(Path(folder), out)
    extras: dict[str, object] = {"dictionary_folder": str(folder), "converted": out}
    if "agents" in files:
        extras["agent_files"] = (files["agents"],)
    return Options(
        actor_files=(files["actors"], *[files[k] for k in ("compounds",) if k in files],
                     *(Path(p) for p in actor_files)),
        default_actors=False,
        pattern_files=(files["patterns"],),
        default_patterns=False,
        extras=extras,
    )
