"""A victim's claim is also an accusation.

"Azerbaijan said Armenian troops shelled its positions" reports a shelling that
only one side vouches for, so the 194 stays ``reported``. What certainly
happened is that Azerbaijan blamed Armenia: the annotation guide codes that as
an asserted 112 from the one who says it to the one said to have done it. We
add it only when the speaker is the side the act was aimed at; a third party's
report ("witnesses said", "the monitor said") accuses no one, and an author
describing its own act ("Trump said the warship destroyed a drone") claims it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.mentions import MentionIndex, as_government, usable
from eventwire.events.modality import Modality, speaker_of
from eventwire.model import EventCandidate

# Acts whose victim, in saying they happened, blames their author: force and
# shows of force, coercion, assault, fighting and mass violence.
ACCUSED_ROOTS = frozenset({"15", "17", "18", "19", "20"})
ACCUSATION_CODE = "112"
# Rule suffix of such an accusation.
VICTIM_CLAIM = ".victim_claim"
# Who speaks for the victim: its state, government, officials and forces, not
# its rescuers, residents or press ("Israeli emergency services said").
SPEAKING_KINDS = frozenset({"state", "government", "person", "military"})


def victim_accuses(cand: EventCandidate, mod: Modality, index: MentionIndex
                   ) -> EventCandidate | None:
    """The asserted accusation a reported hostile act carries when the one
    reporting it is its target, else None."""
    if cand.status != "reported" or mod.speech is None or cand.code[:2] not in ACCUSED_ROOTS:
        return None
    if cand.source is None or cand.target is None:
        return None
    speaker_tok: Token | None = speaker_of(mod.speech)
    speaker = index.actor_under(speaker_tok) if speaker_tok is not None else None
    if speaker is None or not usable(speaker.actor) or speaker.actor.kind not in SPEAKING_KINDS:
        return None
    party = speaker.actor.party
    if party is None or party != cand.target.party or party == cand.source.party:
        return None
    return replace(cand, code=ACCUSATION_CODE, status="asserted",
                   source=as_government(speaker), target=cand.source,
                   rule=cand.rule + VICTIM_CLAIM)
