"""Acts told as nouns ("Japan's apology to South Korea", "the kidnapping of its
citizens by Niger's army"): the possessor or by-phrase is the source, the
noun's own preposition names the target, as for the verb of the same act.

Every sentence is made up for this test; each names the pattern that must
fire, the code, the dyad and the status.
"""

from __future__ import annotations

from datetime import date

import pytest

from .support import fired

# (text, rule, code, source party, target party)
CASES: list[tuple[str, str, str, str, str]] = [
    ("Japan's apology to South Korea on Tuesday was welcomed in Seoul.",
     "core.apology.n.055", "055", "JPN", "KOR"),
    ("Brazil's praise for Argentina on Monday surprised diplomats.",
     "core.praise.n.051", "051", "BRA", "ARG"),
    ("Germany's backing for Ukraine was reaffirmed on Monday.",
     "core.backing.n.051", "051", "DEU", "UKR"),
    ("France's rebuke of Italy on Tuesday deepened the row.",
     "core.rebuke.n.111", "111", "FRA", "ITA"),
    ("India's denunciation of Pakistan on Monday came hours after the attack.",
     "core.denunciation.n.111", "111", "IND", "PAK"),
    ("Egypt's mediation between Israel and Hamas continued on Monday.",
     "core.mediation.n.045", "045", "EGY", "ISR"),
    ("Nigeria condemned the kidnapping of its citizens by Niger's army.",
     "core.kidnapping.n.181", "181", "NER", "NGA"),
    ("Mali condemned the abduction of Malian traders by Algerian soldiers.",
     "core.abduction.n.181", "181", "DZA", "MLI"),
    ("Sweden protested the detention of Swedish diplomats by Iran on Monday.",
     "core.detention.n.173", "173", "IRN", "SWE"),
    ("Ukraine's appeal to NATO for air defences was discussed on Tuesday.",
     "core.appeal.n.020", "020", "UKR", "NATO"),
    ("Lebanon's request to France for help arrived on Monday.",
     "core.request.n.020", "020", "LBN", "FRA"),
    ("Serbia's rejection of Kosovo's proposal on Monday stalled the talks.",
     "core.rejection.n.120", "120", "SRB", "UNK"),
    ("Kenya's recognition of Kosovo angered Serbia.",
     "core.recognition.n.054", "054", "KEN", "UNK"),
    ("Xi's congratulations to Putin on his re-election arrived on Monday.",
     "core.congratulation.n.051", "051", "CHN", "RUS"),
    ("Biden's condolences to Japan were read out on Monday.",
     "core.condolence.n.018", "018", "USA", "JPN"),
    ("Israel's ultimatum to Hezbollah expired on Monday.",
     "core.ultimatum.n.139", "139", "ISR", "LBN"),
    ("Ethiopia's allegation against Egypt on Monday raised tensions.",
     "core.allegation.n.112", "112", "ETH", "EGY"),
]


@pytest.mark.parametrize(("text", "rule", "code", "source", "target"), CASES)
def test_event_noun_is_coded(pipeline, text: str, rule: str, code: str, source: str,
                             target: str) -> None:
    found = [f[:4] for f in fired(pipeline, text, date(2024, 5, 6))]
    assert (rule, code, source, target) in found, found

