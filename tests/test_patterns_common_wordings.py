"""Common news wordings of the most frequent kinds of event, one test per family:
active and passive voice, event nouns ("the expulsion of", "Japan's condemnation
of"), coordinated parties, titles ("the Iranian foreign minister") and capitals
standing for their states ("Ankara"), between real countries.

Every sentence is made up for this test; each case asserts that the text yields
an event whose code starts with the given prefix, between the given parties.
"""

from __future__ import annotations

from datetime import date

import pytest

from .support import assert_coded

DAY = date(2021, 3, 19)

Case = tuple[str, tuple[str, str, str]]


def _found(pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert_coded(pipeline, text, expected, DAY)


# a visit (042) or its hosting (043)
VISITS: list[Case] = [
    ("Iran's foreign minister arrived in Ankara on Monday for two days of talks.",
     ("042", "IRN", "TUR")),
    ("The Japanese prime minister paid a visit to Vietnam on Tuesday.", ("042", "JPN", "VNM")),
    ("Egypt's president flew to Riyadh on Monday.", ("042", "EGY", "SAU")),
    ("Kenya hosted the Somali president on Thursday.", ("043", "KEN", "SOM")),
    ("The Turkish president was received in Baku by his Azerbaijani counterpart on Thursday.",
     ("043", "AZE", "TUR")),
    ("The German chancellor began a state visit to Israel on Sunday.", ("042", "DEU", "ISR")),
    ("Polish President Andrzej Duda landed in Kyiv on Wednesday.", ("042", "POL", "UKR")),
    # joining a ceremony abroad is a visit to its host
    ("The Kenyan president joined thousands of mourners in Kampala for the funeral of a "
     "Ugandan former leader.", ("042", "KEN", "UGA")),
    ("Chile's president joined the inauguration ceremony in Lima on Friday.",
     ("042", "CHL", "PER")),
    ("Brazil's president made his first official visit to Argentina on Monday.",
     ("042", "BRA", "ARG")),
    ("Qatar's emir travelled to Tehran on Tuesday.", ("042", "QAT", "IRN")),
    ("The Saudi crown prince will visit Seoul next week.", ("042", "SAU", "KOR")),
    ("Egypt welcomed the Sudanese leader in Cairo on Monday.", ("043", "EGY", "SDN")),
    ("The Indian prime minister wrapped up a two-day visit to Nepal on Tuesday.",
     ("042", "IND", "NPL")),
    ("The Chinese foreign minister's visit to Pakistan ended on Wednesday.",
     ("042", "CHN", "PAK")),
    ("The French president toured Lebanon on Thursday.", ("042", "FRA", "LBN")),
    ("Japan's prime minister is on a three-day visit to India.", ("042", "JPN", "IND")),
    ("The Iranian president made a two-day visit to Iraq on Friday.", ("042", "IRN", "IRQ")),
    ("Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit.",
     ("042", "CHN", "RUS")),
    ("The Japanese emperor will pay a state visit to Britain next month.", ("042", "JPN", "GBR")),
    ("The Emirati president received the Israeli prime minister in Abu Dhabi on Friday.",
     ("043", "ARE", "ISR")),
    ("The French president welcomed Indian Prime Minister Narendra Modi to Paris on Friday.",
     ("043", "FRA", "IND")),
    ("The Chinese premier was welcomed in Berlin on Friday by the German chancellor.",
     ("043", "DEU", "CHN")),
    ("The visit by the Indian prime minister to Washington ended on Friday.",
     ("042", "IND", "USA")),
    ("Egypt's foreign minister set off for Sudan on Friday.", ("042", "EGY", "SDN")),
    ("Qatar played host to the Afghan delegation on Friday.", ("043", "QAT", "AFG")),
    ("Turkey will host the Ukrainian president next week.", ("043", "TUR", "UKR")),
    ("Erdogan paid an official visit to Qatar on Friday.", ("042", "TUR", "QAT")),
    ("The Iranian foreign minister visited Moscow and Beijing this week.", ("042", "IRN", "CHN")),
]


@pytest.mark.parametrize(("text", "expected"), VISITS)
def test_visits_and_hosting(pipeline, text: str,
                            expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# meetings and talks (04), mediation (045), and talks only offered (036)
TALKS: list[Case] = [
    ("The Russian and Turkish foreign ministers met in Moscow on Monday.", ("04", "RUS", "TUR")),
    ("The Chinese foreign minister held talks with his Pakistani counterpart on Tuesday.",
     ("04", "CHN", "PAK")),
    ("Ankara and Moscow held talks on Syria on Thursday.", ("04", "TUR", "RUS")),
    ("India and China began a new round of negotiations on Monday.", ("04", "IND", "CHN")),
    ("The U.S. secretary of state discussed the crisis with his Saudi counterpart on Wednesday.",
     ("04", "USA", "SAU")),
    ("The Japanese prime minister met Australia's prime minister in Tokyo on Friday.",
     ("04", "JPN", "AUS")),
    ("Officials from Armenia and Azerbaijan met in Moscow on Tuesday.", ("04", "ARM", "AZE")),
    ("The Egyptian president received the Israeli prime minister in Sharm el-Sheikh on Monday.",
     ("04", "EGY", "ISR")),
    ("Talks between Egypt and Ethiopia on the dam resumed on Monday.", ("04", "EGY", "ETH")),
    ("Iran negotiated with the European Union in Vienna on Tuesday.", ("046", "IRN", "EU")),
    ("Greek and Turkish diplomats held exploratory talks in Athens on Tuesday.",
     ("04", "GRC", "TUR")),
    ("The Saudi foreign minister and his Iranian counterpart met in Beijing on Thursday.",
     ("04", "SAU", "IRN")),
    ("India and China began a new round of negotiations on Monday.", ("046", "IND", "CHN")),
    ("India began negotiations with China on Monday.", ("046", "IND", "CHN")),
    ("Biden met Xi on the sidelines of the G20 summit in Bali.", ("044", "USA", "CHN")),
    ("The Indian and Chinese foreign ministers met in Moscow on the sidelines of a summit.",
     ("044", "IND", "CHN")),
    ("Egypt hosted talks between Israel and Hamas on Friday.", ("043", "EGY", "ISR")),
    ("Egypt mediated between Israel and Hamas on Friday.", ("045", "EGY", "ISR")),
    ("Egypt brokered a truce between Israel and Hamas on Friday.", ("045", "EGY", "ISR")),
    ("Iran said on Friday it is ready to negotiate with the United States.",
     ("036", "IRN", "USA")),
    ("North Korea offered to hold talks with South Korea on Friday.", ("036", "PRK", "KOR")),
    ("Russia said it was willing to meet with Ukraine's president.", ("036", "RUS", "UKR")),
    ("Ethiopia agreed on Friday to resume talks with Egypt.", ("03", "ETH", "EGY")),
    ("The Venezuelan government proposed talks with Colombia.", ("03", "VEN", "COL")),
    ("Ethiopia agreed on Friday to resume talks with Egypt.", ("036", "ETH", "EGY")),
]


@pytest.mark.parametrize(("text", "expected"), TALKS)
def test_meetings_talks_and_offers_to_talk(pipeline, text: str,
                                           expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# praise, thanks and endorsement (051)
PRAISE: list[Case] = [
    ("Germany praised Greece's handling of the crisis on Friday.", ("051", "DEU", "GRC")),
    ("The Turkish president congratulated Azerbaijan on its victory.", ("051", "TUR", "AZE")),
    ("The EU commended Nigeria for the peaceful election.", ("051", "EU", "NGA")),
    ("Russia's foreign minister lauded China's role in the talks.", ("051", "RUS", "CHN")),
    ("Beijing applauded Pakistan's efforts on Friday.", ("051", "CHN", "PAK")),
    ("The French president thanked India for its support.", ("051", "FRA", "IND")),
    ("Washington expressed appreciation for Qatar's mediation.", ("051", "USA", "QAT")),
    ("Britain paid tribute to Kenya's peacekeepers on Friday.", ("051", "GBR", "KEN")),
    ("The U.S. secretary of state hailed Morocco's decision on Friday.", ("051", "USA", "MAR")),
    ("The German foreign minister welcomed Sudan's decision to join the convention.",
     ("051", "DEU", "SDN")),
    ("Germany thanked Qatar for its help in the evacuation.", ("051", "DEU", "QAT")),
    ("Washington praised the deal between Israel and Morocco.", ("051", "USA", "MAR")),
    ("Russia's foreign minister expressed support for China's position on Taiwan.",
     ("051", "RUS", "CHN")),
    ("NATO hailed Finland's accession as historic.", ("051", "NATO", "FIN")),
    ("Israel welcomed the decision by Germany to ban Hezbollah.", ("051", "ISR", "DEU")),
    ("Israel's prime minister praised the United Arab Emirates for its courage.",
     ("051", "ISR", "ARE")),
]


@pytest.mark.parametrize(("text", "expected"), PRAISE)
def test_praise(pipeline, text: str,
                expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# signed or reached agreements (057) and ceasefires (0871)
AGREEMENTS: list[Case] = [
    ("Israel and the United Arab Emirates signed a peace agreement on Tuesday.",
     ("057", "ISR", "ARE")),
    ("Russia signed a gas deal with China on Monday.", ("057", "RUS", "CHN")),
    ("Egypt and Sudan reached an agreement on the dam on Thursday.", ("057", "EGY", "SDN")),
    ("Kenya and Somalia concluded a security pact on Wednesday.", ("057", "KEN", "SOM")),
    ("Japan and India inked a defence pact on Friday.", ("057", "JPN", "IND")),
    ("Armenia and Azerbaijan struck a deal on Tuesday.", ("057", "ARM", "AZE")),
    ("Turkey and Libya signed a memorandum of understanding on maritime boundaries.",
     ("057", "TUR", "LBY")),
    ("The agreement between Iran and Iraq was signed in Baghdad on Monday.",
     ("057", "IRN", "IRQ")),
    ("Greece and Egypt agreed on a maritime boundary deal on Thursday.", ("057", "GRC", "EGY")),
    ("Serbia's president and Hungary's prime minister signed an energy accord on Monday.",
     ("057", "SRB", "HUN")),
    ("Under the deal signed by Ukraine and Turkey on Monday, the two sides will build drones.",
     ("057", "UKR", "TUR")),
    ("Egypt and Israel agreed on a gas deal on Friday.", ("057", "ISR", "EGY")),
    ("Turkey signed a defence cooperation agreement with Azerbaijan on Friday.",
     ("057", "TUR", "AZE")),
    ("The United States and the Taliban signed a peace deal in Doha.", ("057", "USA", "AFG")),
    ("Pakistan and China signed deals worth $10 billion on Friday.", ("057", "CHN", "PAK")),
    ("The signing of the agreement between Russia and China took place in Moscow.",
     ("057", "RUS", "CHN")),
    ("Armenia and Azerbaijan agreed to a ceasefire on Saturday.", ("0871", "ARM", "AZE")),
    ("Israel and Hamas declared a truce on Friday.", ("0871", "ISR", "PSE")),
    ("Kyrgyzstan and Tajikistan reached a ceasefire agreement on Thursday.",
     ("0871", "KGZ", "TJK")),
    ("India and Pakistan agreed on Thursday to observe a ceasefire along the border.",
     ("0871", "IND", "PAK")),
    ("A truce between Israel and Hamas took effect on Friday.", ("0871", "ISR", "PSE")),
    ("Russia and Ukraine announced a ceasefire on Monday.", ("0871", "RUS", "UKR")),
    ("Israel and Hamas signed a truce on Friday.", ("0871", "PSE", "ISR")),
]


@pytest.mark.parametrize(("text", "expected"), AGREEMENTS)
def test_agreements_and_ceasefires(pipeline, text: str,
                                   expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# appeals and requests (02)
APPEALS: list[Case] = [
    ("France urged Russia on Friday to withdraw its troops.", ("02", "FRA", "RUS")),
    ("Germany appealed to Turkey on Friday to release the journalist.", ("02", "DEU", "TUR")),
    ("China asked the United States on Friday to lift its sanctions.", ("02", "CHN", "USA")),
    ("Britain pressed Iran on Friday to return to the nuclear deal.", ("02", "GBR", "IRN")),
    ("The EU urged Serbia and Kosovo to show restraint.", ("02", "EU", "SRB")),
    ("Pakistan requested assistance from China on Friday.", ("02", "PAK", "CHN")),
    ("Washington called on Beijing to release the activists.", ("02", "USA", "CHN")),
    ("Egypt sought financial help from the IMF on Friday.", ("02", "EGY", "IMF")),
    ("Japan's foreign minister asked South Korea to respect the agreement.", ("02", "JPN", "KOR")),
    ("Ukraine's president appealed to NATO for more weapons.", ("02", "UKR", "NATO")),
    ("Germany and France urged Moscow to show restraint.", ("02", "DEU", "RUS")),
    ("Iran was urged by France on Friday to return to talks.", ("02", "FRA", "IRN")),
    ("Venezuela requested help from Russia on Friday.", ("023", "VEN", "RUS")),
    ("The United Nations called on Myanmar to release the detainees.", ("025", "UN", "MMR")),
    ("NATO urged Russia to pull back its troops.", ("02", "NATO", "RUS")),
    ("Washington urged India and Pakistan to avoid escalation.", ("02", "USA", "PAK")),
    ("China called on India to exercise restraint.", ("0256", "CHN", "IND")),
    ("The U.N. urged Armenia and Azerbaijan to de-escalate tensions.", ("0256", "UN", "AZE")),
    ("France urged Iran to free its citizens.", ("0253", "FRA", "IRN")),
    ("Germany called for the immediate release of the journalist held in Turkey.",
     ("02", "DEU", "TUR")),
]


@pytest.mark.parametrize(("text", "expected"), APPEALS)
def test_appeals(pipeline, text: str,
                 expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# demands (10)
DEMANDS: list[Case] = [
    ("Russia demanded that Ukraine withdraw its forces.", ("10", "RUS", "UKR")),
    ("China demanded an apology from Japan on Friday.", ("10", "CHN", "JPN")),
    ("Iran demanded the release of its diplomat from Belgium.", ("10", "IRN", "BEL")),
    ("Turkey demanded the extradition of the cleric from the United States.",
     ("10", "TUR", "USA")),
    ("Beijing demanded that Washington stop interfering in its affairs.", ("10", "CHN", "USA")),
    ("Ankara demanded that Stockholm extradite the suspects.", ("10", "TUR", "SWE")),
    ("The Chinese foreign ministry demanded that Canada release the executive.",
     ("10", "CHN", "CAN")),
    ("Ukraine demanded the withdrawal of Russian troops from its territory.",
     ("105", "UKR", "RUS")),
    ("Armenia demanded that Azerbaijan pull back its forces.", ("105", "ARM", "AZE")),
    ("The Chinese foreign ministry demanded an explanation from Washington.",
     ("10", "CHN", "USA")),
    ("The United States demanded the release of two Americans detained in Iran.",
     ("10", "USA", "IRN")),
]


@pytest.mark.parametrize(("text", "expected"), DEMANDS)
def test_demands(pipeline, text: str,
                 expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# criticism and condemnation (111)
CRITICISM: list[Case] = [
    ("Germany condemned Russia's annexation of Crimea on Friday.", ("111", "DEU", "RUS")),
    ("China criticised the United States on Tuesday.", ("111", "CHN", "USA")),
    ("The Iranian foreign ministry denounced the Israeli attack on Friday.",
     ("111", "IRN", "ISR")),
    ("Turkey slammed France's decision on Friday.", ("111", "TUR", "FRA")),
    ("Britain's foreign secretary blasted Iran's behaviour on Friday.", ("111", "GBR", "IRN")),
    ("Russia lashed out at the United States over the sanctions on Friday.",
     ("111", "RUS", "USA")),
    ("Beijing deplored Washington's arms sale to Taiwan on Friday.", ("111", "CHN", "USA")),
    ("India was sharply criticised by Pakistan on Monday.", ("111", "PAK", "IND")),
    ("Japan's condemnation of North Korea's missile launch came within hours.",
     ("111", "JPN", "PRK")),
    ("Canada and Australia condemned China's treatment of the Uighurs.", ("111", "CAN", "CHN")),
    ("The Chinese foreign ministry hit out at Australia on Friday.", ("111", "CHN", "AUS")),
    ("The Kremlin called the U.S. sanctions unacceptable on Friday.", ("111", "RUS", "USA")),
    ("Germany's criticism of China's policy angered Beijing.", ("111", "DEU", "CHN")),
    ("India expressed displeasure over Nepal's new map.", ("111", "IND", "NPL")),
    ("Beijing expressed strong dissatisfaction with Tokyo's decision.", ("111", "CHN", "JPN")),
    ("Turkey called the French decision unacceptable.", ("111", "TUR", "FRA")),
    ("Canada's foreign minister said China's actions were unacceptable.", ("111", "CAN", "CHN")),
    ("Ukraine's foreign ministry slammed Hungary for blocking the aid.", ("111", "UKR", "HUN")),
    ("Australia was criticised by China for the ban.", ("111", "CHN", "AUS")),
    ("Israel's strikes on Gaza were condemned by Turkey on Friday.", ("111", "TUR", "ISR")),
    ("Britain and Canada condemned Iran's execution of the dissident.", ("111", "CAN", "IRN")),
    ("India expressed disappointment at Nepal's decision on Friday.", ("1", "IND", "NPL")),
    ("The United States voiced concern about Russia's actions.", ("111", "USA", "RUS")),
    ("The United States raised concerns about Russia's actions.", ("111", "USA", "RUS")),
    ("Japan expressed concern about China's military buildup.", ("111", "JPN", "CHN")),
    ("Japan expressed concern over China's military buildup.", ("111", "JPN", "CHN")),
    # an attack on a policy, a ruling or a right is words, not force
    ("Orban attacked the EU's migration policy on Monday.", ("111", "HUN", "EU")),
    ("Britain's foreign secretary attacked Russia's ruling on Monday.", ("111", "GBR", "RUS")),
]


@pytest.mark.parametrize(("text", "expected"), CRITICISM)
def test_criticism(pipeline, text: str,
                   expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# accusations (112) and denials (016)
ACCUSATIONS: list[Case] = [
    ("Ukraine accused Russia of shelling civilians.", ("112", "UKR", "RUS")),
    ("Iran blamed Israel for the attack on its nuclear site.", ("112", "IRN", "ISR")),
    ("Washington alleged that Beijing had stolen trade secrets.", ("112", "USA", "CHN")),
    ("Israel held Iran responsible for the attack on the ship.", ("112", "ISR", "IRN")),
    ("Pakistan was accused by India of harbouring militants.", ("112", "IND", "PAK")),
    ("The Russian foreign ministry accused Britain of provocation.", ("112", "RUS", "GBR")),
    ("Seoul blamed Pyongyang for the sinking of the warship.", ("112", "KOR", "PRK")),
    ("Ethiopia's accusation that Sudan had armed the rebels angered Khartoum.",
     ("112", "ETH", "SDN")),
    ("Iran pointed the finger at Israel for the blast.", ("112", "IRN", "ISR")),
    ("Pakistan alleged that India was behind the attack.", ("112", "PAK", "IND")),
    ("Sudan and South Sudan traded accusations on Friday.", ("112", "SSD", "SDN")),
    ("Baghdad blamed Ankara for the air strike.", ("112", "IRQ", "TUR")),
    ("Tehran accused Washington of economic terrorism.", ("112", "IRN", "USA")),
    ("Iran dismissed the U.S. allegations as baseless.", ("0", "IRN", "USA")),
    ("Russia rejected British accusations of spying on Friday.", ("0", "RUS", "GBR")),
    ("Russia denied the British accusations on Friday.", ("016", "RUS", "GBR")),
    ("Moscow dismissed Kyiv's claims as propaganda.", ("016", "RUS", "UKR")),
    ("Iran rejected the U.S. allegations on Friday.", ("016", "IRN", "USA")),
    ("Israel rejected the accusations by South Africa.", ("016", "ISR", "ZAF")),
]


@pytest.mark.parametrize(("text", "expected"), ACCUSATIONS)
def test_accusations_and_denials(pipeline, text: str,
                                 expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# official complaints and summoned envoys (114)
COMPLAINTS: list[Case] = [
    ("China summoned the Japanese ambassador on Tuesday.", ("114", "CHN", "JPN")),
    ("Turkey lodged a protest with Greece on Friday.", ("114", "TUR", "GRC")),
    ("Poland summoned Russia's envoy over the remarks.", ("114", "POL", "RUS")),
    ("The Indian ambassador was summoned by the Pakistani foreign ministry on Friday.",
     ("114", "PAK", "IND")),
    ("Japan filed a formal complaint with China on Friday.", ("114", "JPN", "CHN")),
    ("South Korea lodged a strong protest with Japan over the textbooks.", ("114", "KOR", "JPN")),
    ("Germany summoned the Russian charge d'affaires on Friday.", ("114", "DEU", "RUS")),
    ("The French envoy was called in by the Turkish foreign ministry on Friday.",
     ("114", "TUR", "FRA")),
    ("Turkey called in the Dutch ambassador on Friday.", ("114", "TUR", "NLD")),
    ("China made stern representations to the United States over the visit.",
     ("114", "CHN", "USA")),
    ("Japan protested to China over the incursion.", ("114", "JPN", "CHN")),
    ("Beijing lodged a formal protest with Tokyo on Friday.", ("114", "CHN", "JPN")),
]


@pytest.mark.parametrize(("text", "expected"), COMPLAINTS)
def test_official_complaints(pipeline, text: str,
                             expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# rejections and refusals (12)
REJECTIONS: list[Case] = [
    ("Iran rejected the U.S. proposal on Friday.", ("12", "IRN", "USA")),
    ("Ukraine turned down Russia's offer of talks.", ("12", "UKR", "RUS")),
    ("China rebuffed the demand from Australia on Friday.", ("12", "CHN", "AUS")),
    ("Egypt dismissed Ethiopia's proposal on the dam.", ("12", "EGY", "ETH")),
    ("Russia vetoed the U.N. resolution on Friday.", ("12", "RUS", "UN")),
    ("Israel refused the U.N. request on Friday.", ("12", "ISR", "UN")),
    ("Tehran rejected Washington's offer of direct talks.", ("12", "IRN", "USA")),
    ("Armenia rejected Azerbaijan's peace proposal.", ("12", "ARM", "AZE")),
    ("Russia refused to extend the grain deal with Ukraine.", ("12", "RUS", "UKR")),
    ("The Taliban refused to hand over the suspects to Pakistan.", ("12", "AFG", "PAK")),
    ("North Korea rejected Seoul's offer of talks.", ("12", "PRK", "KOR")),
    ("Pakistan refused India's request for extradition.", ("12", "PAK", "IND")),
    ("Hungary vetoed the EU statement on China.", ("12", "HUN", "EU")),
]


@pytest.mark.parametrize(("text", "expected"), REJECTIONS)
def test_rejections(pipeline, text: str,
                    expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# threats (13)
THREATS: list[Case] = [
    ("Russia threatened Ukraine with military action.", ("13", "RUS", "UKR")),
    ("China threatened to impose sanctions on Lithuania.", ("13", "CHN", "LTU")),
    ("North Korea warned South Korea of retaliation on Friday.", ("13", "PRK", "KOR")),
    ("Iran warned Israel on Friday that it would respond to any attack.", ("13", "IRN", "ISR")),
    ("Turkey threatened to expel the U.S. ambassador.", ("13", "TUR", "USA")),
    ("Washington warned Moscow of severe consequences on Friday.", ("13", "USA", "RUS")),
    ("The Chinese defence ministry warned Taiwan against seeking independence.",
     ("13", "CHN", "TWN")),
    ("Azerbaijan issued a warning to Armenia on Friday.", ("13", "AZE", "ARM")),
    ("Pyongyang threatened to strike Seoul on Friday.", ("13", "PRK", "KOR")),
    ("Beijing threatened retaliation against Canberra.", ("13", "CHN", "AUS")),
    ("China said it would take resolute countermeasures against Lithuania.", ("13", "CHN", "LTU")),
    ("Turkey threatened to launch a new offensive in Syria.", ("13", "TUR", "SYR")),
]


@pytest.mark.parametrize(("text", "expected"), THREATS)
def test_threats(pipeline, text: str,
                 expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# protests (141) and riots (145)
PROTESTS: list[Case] = [
    ("Thousands of Iraqis protested against the government in Baghdad on Friday.",
     ("14", "IRQ", "IRQ")),
    ("Hundreds of Kenyans demonstrated in Nairobi against tax rises on Friday.",
     ("14", "KEN", "KEN")),
    ("Rioters torched police stations in Kazakhstan on Friday.", ("145", "KAZ", "KAZ")),
    ("Demonstrators stormed the parliament in Colombo on Friday.", ("145", "LKA", "LKA")),
    ("Pakistani protesters attacked the French embassy in Islamabad.", ("14", "PAK", "FRA")),
    ("Chilean students marched through Santiago on Friday.", ("14", "CHL", "CHL")),
    ("Tens of thousands of Belarusians took to the streets of Minsk on Sunday.",
     ("14", "BLR", "BLR")),
    ("Iranians burned U.S. flags outside the Swiss embassy in Tehran.", ("14", "IRN", "USA")),
    ("Georgian opposition supporters held a rally in Tbilisi on Friday.", ("14", "GEO", "GEO")),
    ("Kazakh rioters torched police stations on Friday.", ("145", "KAZ", "KAZ")),
    ("Pakistani protesters attacked the French embassy in Islamabad.", ("145", "PAK", "FRA")),
    ("Angry crowds ransacked government buildings in Almaty.", ("145", "KAZ", "KAZ")),
    ("Iraqi protesters stormed the Swedish embassy in Baghdad.", ("145", "IRQ", "SWE")),
    ("Demonstrators in Dhaka set fire to buses on Friday.", ("145", "BGD", "BGD")),
    ("Thousands of Serbians marched in Belgrade against the government.", ("141", "SRB", "SRB")),
]


@pytest.mark.parametrize(("text", "expected"), PROTESTS)
def test_protests_and_riots(pipeline, text: str,
                            expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# cut ties, recalled envoys, halted aid (16) and expulsions (174)
RELATIONS_CUT: list[Case] = [
    ("Morocco cut diplomatic ties with Iran on Friday.", ("16", "MAR", "IRN")),
    ("Saudi Arabia severed relations with Qatar.", ("16", "SAU", "QAT")),
    ("Ukraine broke off diplomatic relations with Russia.", ("16", "UKR", "RUS")),
    ("Lithuania downgraded its relations with China on Friday.", ("16", "LTU", "CHN")),
    ("Israel recalled its ambassador from Turkey on Friday.", ("16", "ISR", "TUR")),
    ("France withdrew its ambassador from Australia on Friday.", ("16", "FRA", "AUS")),
    ("Washington suspended military aid to Pakistan on Friday.", ("16", "USA", "PAK")),
    ("Germany halted arms exports to Saudi Arabia on Friday.", ("16", "DEU", "SAU")),
    ("Bahrain's decision to sever ties with Iran was announced on Friday.", ("16", "BHR", "IRN")),
    ("Colombia pulled its ambassador out of Venezuela on Friday.", ("16", "COL", "VEN")),
    ("The Netherlands froze development aid to Mali on Friday.", ("16", "NLD", "MLI")),
    ("Colombia pulled its ambassador out of Venezuela on Friday.", ("161", "COL", "VEN")),
    ("Azerbaijan broke off ties with Armenia.", ("161", "AZE", "ARM")),
    ("Algeria recalled its ambassador from Paris on Friday.", ("161", "DZA", "FRA")),
    ("Burkina Faso ordered the French ambassador to leave.", ("161", "BFA", "FRA")),
    ("The United States withdrew from the nuclear deal with Iran.", ("127", "USA", "IRN")),
    ("Russia withdrew its ambassador from Washington for consultations.", ("161", "RUS", "USA")),
    ("Mali ended its defence agreements with France.", ("127", "MLI", "FRA")),
    ("Guatemala terminated the agreement with the United Nations on Friday.",
     ("127", "GTM", "UN")),
    ("Poland expelled three Russian diplomats on Tuesday.", ("1", "POL", "RUS")),
    ("Russia ordered two Estonian diplomats to leave the country.", ("1", "RUS", "EST")),
    ("Venezuela's expulsion of the German ambassador drew protests.", ("1", "VEN", "DEU")),
    ("Algeria deported hundreds of migrants to Niger on Friday.", ("17", "DZA", "NER")),
    ("Two Russian diplomats were expelled by Bulgaria on Friday.", ("1", "BGR", "RUS")),
    ("Germany kicked out two Russian diplomats on Friday.", ("1", "DEU", "RUS")),
    ("Algeria deported hundreds of migrants to Niger on Friday.", ("174", "DZA", "NER")),
    ("Chad expelled the German ambassador on Friday.", ("1", "TCD", "DEU")),
    ("Norway expelled 15 Russian diplomats, accusing them of spying.", ("1", "NOR", "RUS")),
    ("Germany's decision to expel two Russian diplomats angered Moscow.", ("1", "DEU", "RUS")),
    ("Russia retaliated by expelling ten U.S. diplomats.", ("1", "RUS", "USA")),
]


@pytest.mark.parametrize(("text", "expected"), RELATIONS_CUT)
def test_reduced_relations_and_expulsions(pipeline, text: str,
                                          expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# sanctions, tariffs and embargoes (163)
SANCTIONS: list[Case] = [
    ("The United States imposed sanctions on Russia on Monday.", ("163", "USA", "RUS")),
    ("The EU slapped sanctions on Belarusian officials on Friday.", ("163", "EU", "BLR")),
    ("Britain sanctioned six Chinese officials on Friday.", ("163", "GBR", "CHN")),
    ("Canada announced new sanctions against Iran on Friday.", ("163", "CAN", "IRN")),
    ("Washington blacklisted dozens of Chinese firms on Friday.", ("163", "USA", "CHN")),
    ("China banned imports of Australian wine on Friday.", ("163", "CHN", "AUS")),
    ("India raised tariffs on U.S. goods on Friday.", ("163", "IND", "USA")),
    ("Russia was hit with fresh sanctions by the EU on Friday.", ("163", "EU", "RUS")),
    ("Japan imposed an embargo on North Korea.", ("163", "JPN", "PRK")),
    ("The U.S. Treasury froze the assets of Venezuelan officials on Friday.",
     ("163", "USA", "VEN")),
    ("The EU agreed new sanctions on Iran on Friday.", ("163", "EU", "IRN")),
    ("Australia imposed travel bans on Myanmar's generals.", ("163", "AUS", "MMR")),
    ("Britain's sanctions against Russian banks took effect on Friday.", ("163", "GBR", "RUS")),
    ("The EU hit Belarus with new sanctions on Friday.", ("163", "EU", "BLR")),
    ("Japan tightened export controls on South Korea.", ("163", "JPN", "KOR")),
    ("Britain imposed an asset freeze on six Russian oligarchs.", ("163", "GBR", "RUS")),
    ("The EU adopted a new package of sanctions against Russia on Friday.", ("163", "EU", "RUS")),
    ("China suspended imports of Taiwanese pineapples.", ("163", "CHN", "TWN")),
    ("Washington slapped tariffs on Chinese steel.", ("163", "USA", "CHN")),
    ("The U.S. Treasury sanctioned two Iranian generals.", ("163", "USA", "IRN")),
    ("The sanctions imposed by the United States on Cuba remain in force.", ("163", "USA", "CUB")),
    ("The tariffs imposed by Washington on Chinese goods hurt exporters.", ("163", "USA", "CHN")),
    ("Beijing's sanctions on Lithuania took effect on Friday.", ("163", "CHN", "LTU")),
]


@pytest.mark.parametrize(("text", "expected"), SANCTIONS)
def test_sanctions(pipeline, text: str,
                   expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# arrests and sentences (173) and repression (175)
ARRESTS: list[Case] = [
    ("Iranian authorities arrested a British-Iranian woman on Friday.", ("173", "IRN", "GBR")),
    ("Chinese police detained two Canadians on Friday.", ("173", "CHN", "CAN")),
    ("A Russian court sentenced the American to nine years in prison.", ("17", "RUS", "USA")),
    ("An Australian journalist was detained in China on Friday.", ("173", "CHN", "AUS")),
    ("Egyptian security forces rounded up dozens of protesters on Friday.", ("173", "EGY", "EGY")),
    ("Belarus jailed the opposition leader on Friday.", ("173", "BLR", "BLR")),
    ("Myanmar's junta charged the ousted leader on Friday.", ("173", "MMR", "MMR")),
    ("The arrest of a French tourist by Iran angered Paris.", ("173", "IRN", "FRA")),
    ("Turkish police took dozens of students into custody on Friday.", ("173", "TUR", "TUR")),
    ("Russia's security service said it had detained a Ukrainian spy.", ("173", "RUS", "UKR")),
    ("Saudi authorities detained a Canadian citizen on Friday.", ("173", "SAU", "CAN")),
    ("Two Chinese nationals were detained by Philippine authorities.", ("173", "PHL", "CHN")),
    ("Turkish police detained 15 Iranian nationals on Friday.", ("173", "TUR", "IRN")),
    ("An American journalist was arrested by Russian security forces on Friday.",
     ("173", "RUS", "USA")),
    ("Venezuela put three U.S. citizens on trial.", ("173", "VEN", "USA")),
    ("Kenyan police fired tear gas at protesters in Nairobi on Friday.", ("175", "KEN", "KEN")),
    ("Iraqi security forces used rubber bullets against demonstrators in Baghdad.",
     ("175", "IRQ", "IRQ")),
    ("Myanmar soldiers opened fire on protesters in Yangon on Friday.", ("1", "MMR", "MMR")),
    ("Police in Islamabad beat protesters with batons on Friday.", ("175", "PAK", "PAK")),
    ("Security forces cracked down on protesters in Tehran on Friday.", ("17", "IRN", "IRN")),
    ("Pakistani police used tear gas to disperse protesters in Lahore.", ("175", "PAK", "PAK")),
]


@pytest.mark.parametrize(("text", "expected"), ARRESTS)
def test_arrests_and_repression(pipeline, text: str,
                                expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# armed force (19) and shows of force (15)
FORCE: list[Case] = [
    ("Russian troops attacked Ukrainian positions near Bakhmut on Monday.",
     ("190", "RUS", "UKR")),
    ("Israeli warplanes struck Hamas targets in Gaza on Friday.", ("19", "ISR", "PSE")),
    ("Russia launched missile strikes on Kyiv on Friday.", ("195", "RUS", "UKR")),
    ("Turkish drones hit targets in northern Iraq on Friday.", ("19", "TUR", "IRQ")),
    ("Azerbaijani artillery shelled Armenian villages on Friday.", ("19", "AZE", "ARM")),
    ("Indian and Pakistani troops exchanged fire along the border on Friday.",
     ("19", "IND", "PAK")),
    ("Armenian and Azerbaijani forces clashed on Tuesday.", ("19", "ARM", "AZE")),
    ("Houthi rebels fired a ballistic missile at Riyadh on Friday.", ("19", "YEM", "SAU")),
    ("North Korea fired artillery shells at a South Korean island.", ("19", "PRK", "KOR")),
    ("Israel attacked Syrian army positions on Friday.", ("19", "ISR", "SYR")),
    ("Russian troops invaded Ukraine on Thursday.", ("19", "RUS", "UKR")),
    ("The Israeli air strike on Gaza killed 10 people on Friday.", ("19", "ISR", "PSE")),
    ("Ukrainian forces shelled Russian positions on Friday.", ("19", "UKR", "RUS")),
    ("The United States carried out air strikes against Iraq on Friday.", ("19", "USA", "IRQ")),
    ("Kyrgyz and Tajik border guards clashed on Thursday.", ("19", "KGZ", "TJK")),
    ("Israel bombarded Gaza for a third day on Friday.", ("19", "ISR", "PSE")),
    ("Russian forces pounded Ukrainian positions with artillery.", ("194", "RUS", "UKR")),
    ("Saudi warplanes pounded Yemen with air strikes on Friday.", ("195", "SAU", "YEM")),
    ("Israel vowed to hit back at Hezbollah.", ("13", "ISR", "LBN")),
    ("The Israeli air strike on Gaza killed 10 people on Friday.", ("195", "ISR", "PSE")),
    ("Iran launched missiles at Israel on Friday.", ("195", "IRN", "ISR")),
    ("Heavy fighting between Israel and Hamas continued on Friday.", ("19", "PSE", "ISR")),
    ("Pakistani forces shelled Afghan border villages on Friday.", ("194", "PAK", "AFG")),
    ("Chinese and Indian troops clashed on the border on Friday.", ("19", "CHN", "IND")),
    ("Israel imposed a blockade on Gaza on Friday.", ("191", "ISR", "PSE")),
    ("Saudi Arabia closed its border with Qatar on Friday.", ("1", "SAU", "QAT")),
    ("Israel blockaded the Gaza Strip.", ("191", "ISR", "PSE")),
    ("Saudi Arabia imposed a blockade on Qatar.", ("191", "SAU", "QAT")),
    ("China held military drills near Taiwan on Friday.", ("15", "CHN", "TWN")),
]


@pytest.mark.parametrize(("text", "expected"), FORCE)
def test_force_and_shows_of_force(pipeline, text: str,
                                  expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# aid given (07) or pledged (033)
AID: list[Case] = [
    ("Japan pledged $100 million in aid to Ukraine on Friday.", ("0", "JPN", "UKR")),
    ("China will send vaccines to Pakistan.", ("0", "CHN", "PAK")),
    ("The United States announced $50 million in humanitarian aid for Yemen.",
     ("0", "USA", "YEM")),
    ("Turkey sent aid to Syria on Friday.", ("07", "TUR", "SYR")),
    ("Saudi Arabia donated $500 million to Yemen on Friday.", ("07", "SAU", "YEM")),
    ("India delivered 1,000 tonnes of rice to Sri Lanka on Friday.", ("07", "IND", "LKA")),
    ("Britain provided military equipment to Ukraine on Friday.", ("07", "GBR", "UKR")),
    ("Germany will supply tanks to Ukraine.", ("03", "DEU", "UKR")),
    ("The IMF approved a $3 billion loan for Egypt on Friday.", ("0", "IMF", "EGY")),
    ("Rwanda deployed peacekeepers to the Central African Republic.", ("0", "RWA", "CAF")),
    ("Germany offered humanitarian aid to Turkey on Friday.", ("03", "DEU", "TUR")),
    ("Qatar gave $10 million to Lebanon on Friday.", ("07", "QAT", "LBN")),
    ("The World Bank granted $200 million to Bangladesh on Friday.", ("07", "WB", "BGD")),
    ("India shipped wheat to Afghanistan on Friday.", ("07", "IND", "AFG")),
    ("The IMF agreed a $3 billion bailout for Sri Lanka.", ("07", "IMF", "LKA")),
    ("Kenya will deploy 1,000 police officers to Haiti.", ("0334", "KEN", "HTI")),
    ("Saudi Arabia pledged $1 billion to Sudan on Friday.", ("033", "SAU", "SDN")),
    ("Germany promised military aid to Ukraine.", ("033", "DEU", "UKR")),
    ("France delivered Caesar howitzers to Ukraine on Friday.", ("072", "FRA", "UKR")),
    ("Britain is sending tanks to Ukraine.", ("072", "GBR", "UKR")),
    ("The United States will send $300 million in military aid to Ukraine.",
     ("033", "USA", "UKR")),
]


@pytest.mark.parametrize(("text", "expected"), AID)
def test_aid(pipeline, text: str,
             expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# releases of prisoners (0841)
RELEASES: list[Case] = [
    ("Iran released a French academic on Friday.", ("0841", "IRN", "FRA")),
    ("Russia freed an American former marine on Friday.", ("0841", "RUS", "USA")),
    ("Two Canadians were released by China on Friday.", ("0841", "CHN", "CAN")),
    ("North Korea set free a Japanese fisherman on Friday.", ("0841", "PRK", "JPN")),
    ("Myanmar's junta pardoned an Australian economist on Friday.", ("0841", "MMR", "AUS")),
    ("The release of the British aid worker by Iran was welcomed in London.",
     ("0841", "IRN", "GBR")),
    ("Iran's release of the British aid worker was welcomed in London.", ("0841", "IRN", "GBR")),
    ("Ukraine released 50 Russian prisoners of war on Friday.", ("0841", "UKR", "RUS")),
]


@pytest.mark.parametrize(("text", "expected"), RELEASES)
def test_releases(pipeline, text: str,
                  expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)


# cooperation (06), diplomatic steps (05) and intents (03)
COOPERATION: list[Case] = [
    ("Japan and Australia held joint naval exercises on Friday.", ("06", "JPN", "AUS")),
    ("Russian and Chinese warships conducted joint drills on Friday.", ("06", "RUS", "CHN")),
    ("Turkey and Qatar stepped up military cooperation on Friday.", ("06", "TUR", "QAT")),
    ("Egypt extradited a suspect to Libya on Friday.", ("06", "EGY", "LBY")),
    ("Turkey and Qatar stepped up military cooperation on Friday.", ("062", "TUR", "QAT")),
    ("Russia agreed to expand military cooperation with Belarus.", ("03", "RUS", "BLR")),
    ("Israel and Sudan established diplomatic relations on Friday.", ("05", "SDN", "ISR")),
    ("India and France held a joint naval exercise on Friday.", ("062", "FRA", "IND")),
    ("India pledged to cooperate with Bangladesh on security.", ("03", "IND", "BGD")),
    ("China offered to help Italy with masks and doctors.", ("03", "CHN", "ITA")),
    ("Israel and Sudan established diplomatic relations on Friday.", ("05", "ISR", "SDN")),
]


@pytest.mark.parametrize(("text", "expected"), COOPERATION)
def test_cooperation_and_intents(pipeline, text: str,
                                 expected: tuple[str, str, str]) -> None:
    _found(pipeline, text, expected)
