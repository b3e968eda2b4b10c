"""Deterministic demo data: an invented office, caseworker, parents, children and placements.

Everything goes through ``RegisterService``, so demo data passes the same validation as data a
caseworker types. Only synthetic national ID numbers (month + 80) are made, so no real person
can ever be named. The same seed and the same ``today`` always give the same vault.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import Generic, NamedTuple, TypeVar

from bufapp.domain import national_id
from bufapp.domain.entities import (
    Caseworker,
    Child,
    ContactEntry,
    Office,
    Parent,
    ParentLink,
    Placement,
)
from bufapp.domain.enums import (
    ContactForm,
    ParentRole,
    PlacementBasis,
    PlacementEndReason,
    PlaceType,
)
from bufapp.errors import BufappError
from bufapp.services.clock import OSLO
from bufapp.services.register import RegisterService

T = TypeVar("T")


class DemoRefused(BufappError):
    message = "Demodata kan bare fylles i en tom database. Ingenting ble endret."


@dataclass(frozen=True)
class DemoSummary:
    parents: int
    children: int
    placements: int
    contacts: int
    first_conversations: int  # parents who have had a held conversation after the placement
    parents_with_interpreter: int
    parents_without_national_id: int


# --- the office ----------------------------------------------------------------------------------

MUNICIPALITY = "Barneverntjenesten i Fjellvik kommune"
HOME_POSTAL = ("9965", "Fjellvik")  # Fjellvik is invented; the code only has the right shape
OFFICE_ADDRESS = f"Rådhusveien 1, {HOME_POSTAL[0]} {HOME_POSTAL[1]}"
CASEWORKER = Caseworker(
    name="Ingrid Løvås Nilsen",
    title="Saksbehandler, oppfølging av foreldre",
    phone="912 00 417",
    email="ingrid.lovas.nilsen@fjellvik.eksempel.no",
)
_ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def organisation_number(first_eight: str) -> str:
    """The first valid organisation number (mod-11 check digit) at or after these eight digits."""
    base = int(first_eight)
    while True:
        digits = f"{base:08d}"
        check = (11 - sum(int(d) * w for d, w in zip(digits, _ORG_WEIGHTS, strict=True)) % 11) % 11
        if check != 10:
            return digits + str(check)
        base += 1


ORG_NUMBER = organisation_number("97951230")


# --- people ----------------------------------------------------------------------------------


class Surname(NamedTuple):
    """A family name in its forms for a man, a woman and a daughter (Polish and Lithuanian
    names change with gender; most do not)."""

    man: str
    woman: str
    girl: str


def _plain(*names: str) -> tuple[Surname, ...]:
    return tuple(Surname(name, name, name) for name in names)


@dataclass(frozen=True)
class Background:
    key: str
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[Surname, ...]
    girls: tuple[str, ...]
    boys: tuple[str, ...]
    weight: float
    language: str = "norsk"
    interpreter_share: float = 0.0
    # Shares of parents with (fødselsnummer, D-number, birth date only, nothing known).
    id_shares: tuple[float, float, float, float] = (0.9, 0.0, 0.07, 0.03)
    same_background_partner: float = 0.8  # otherwise the other parent is ethnic Norwegian
    patronymic: bool = False  # children registered with the father's given name as surname
    home_towns: tuple[tuple[str, str], ...] = ()  # preferred towns besides Fjellvik


# The data pools keep several names to a line; the formatter would put one on each.
# fmt: off
NORWEGIAN = Background(
    key="norsk",
    women=(
        "Åse", "Kari", "Silje", "Ingrid", "Marte", "Hege", "Tone", "Linn", "Kjersti", "Camilla",
        "Stine", "Ida", "Therese", "Malin", "Sølvi", "Åshild", "Tuva", "Mette", "Line",
        "Anne Lise", "Marit", "Siv", "Hanne", "Bjørg",
    ),
    men=(
        "Bjørn", "Ståle", "Øyvind", "Håkon", "Jørgen", "Pål", "Tore", "Kjetil", "Geir", "Espen",
        "Ørjan", "Sindre", "Ådne", "Stian", "Rune", "Thomas", "Kristoffer", "Jan Erik", "Frode",
        "Øystein",
    ),
    surnames=_plain(
        "Kjærstad", "Sæther", "Løkken", "Håland", "Bråthen", "Østby", "Hågensen", "Sørensen",
        "Dæhli", "Nilsen", "Hansen", "Johansen", "Berg", "Strøm", "Lie", "Bakke", "Ødegård",
        "Nygård", "Mæhle", "Fjærli", "Skjølberg", "Aasen", "Grønli", "Myrvang", "Kristiansen",
    ),
    girls=(
        "Emma", "Nora", "Sofie", "Ella", "Maja", "Ingrid", "Olivia", "Frida", "Tiril", "Sara",
        "Ylva", "Astrid", "Hedda", "Selma", "Vår", "Mathilde", "Linnea", "Åsa",
    ),
    boys=(
        "Jakob", "Filip", "Olav", "Emil", "Noah", "Lukas", "Aksel", "Oskar", "Isak", "Magnus",
        "Sander", "Tobias", "Håkon", "Even", "Jørgen", "Sigurd", "Ola", "Mathias",
    ),
    weight=40,
    same_background_partner=0.8,
)

SAMI = Background(
    key="samisk",
    women=(
        "Máret", "Elle", "Biret", "Ánne", "Risten", "Sunná", "Inger Máret", "Iŋgá", "Ellen Ánne",
        "Sárá", "Ánne Márjá", "Ristin",
    ),
    men=(
        "Áilu", "Ánde", "Ŋuolláš", "Čuđe", "Mihkkal", "Niillas", "Ásllat", "Jovnna", "Piera",
        "Nils Ánte", "Máhtte", "Ovllá", "Heaika", "Jovsset",
    ),
    surnames=_plain(
        "Somby", "Eira", "Gaup", "Sara", "Hætta", "Utsi", "Bongo", "Buljo", "Turi", "Mienna",
        "Balto", "Skum", "Labba",
    ),
    girls=("Sunná", "Máret", "Elle", "Iŋgá", "Biret", "Risten", "Áile", "Sárá"),
    boys=("Áilu", "Ánde", "Niillas", "Mihkkal", "Ásllat", "Ŋuolláš", "Issát", "Ánte", "Máhtte"),
    weight=14,
    language="nordsamisk",
    interpreter_share=0.1,
    same_background_partner=0.6,
    home_towns=(("9730", "Karasjok"), ("9520", "Kautokeino"), ("9845", "Tana")),
)

POLISH = Background(
    key="polsk",
    women=(
        "Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Ewa", "Aleksandra",
        "Justyna",
    ),
    men=("Piotr", "Tomasz", "Krzysztof", "Paweł", "Marek", "Łukasz", "Grzegorz", "Wojciech"),
    surnames=(
        Surname("Kowalski", "Kowalska", "Kowalska"),
        Surname("Nowak", "Nowak", "Nowak"),
        Surname("Wiśniewski", "Wiśniewska", "Wiśniewska"),
        Surname("Wójcik", "Wójcik", "Wójcik"),
        Surname("Zieliński", "Zielińska", "Zielińska"),
        Surname("Lewandowski", "Lewandowska", "Lewandowska"),
        Surname("Dąbrowski", "Dąbrowska", "Dąbrowska"),
    ),
    girls=("Zuzanna", "Julia", "Maja", "Zofia", "Hanna", "Lena"),
    boys=("Jakub", "Antoni", "Szymon", "Filip", "Kacper", "Jan"),
    weight=8,
    language="polsk",
    interpreter_share=0.5,
    id_shares=(0.7, 0.15, 0.1, 0.05),
    same_background_partner=0.7,
)

LITHUANIAN = Background(
    key="litauisk",
    women=("Rūta", "Jolanta", "Aušra", "Inga", "Giedrė", "Laima", "Vilma", "Dalia"),
    men=("Tomas", "Mindaugas", "Darius", "Andrius", "Vytautas", "Saulius", "Rimas"),
    surnames=(
        Surname("Kazlauskas", "Kazlauskienė", "Kazlauskaitė"),
        Surname("Petrauskas", "Petrauskienė", "Petrauskaitė"),
        Surname("Jankauskas", "Jankauskienė", "Jankauskaitė"),
        Surname("Stankevičius", "Stankevičienė", "Stankevičiūtė"),
        Surname("Žukauskas", "Žukauskienė", "Žukauskaitė"),
    ),
    girls=("Gabija", "Austėja", "Ugnė", "Emilija", "Kamilė"),
    boys=("Lukas", "Matas", "Jokūbas", "Nojus", "Dominykas"),
    weight=5,
    language="litauisk",
    interpreter_share=0.55,
    id_shares=(0.7, 0.15, 0.1, 0.05),
    same_background_partner=0.7,
)

SOMALI = Background(
    key="somali",
    women=(
        "Hodan", "Fadumo", "Amina", "Sahra", "Ifrah", "Hibaq", "Khadra", "Nasra", "Sagal", "Ayaan",
    ),
    men=("Abdirahman", "Mohamed", "Abdullahi", "Ahmed", "Hassan", "Liban", "Yusuf", "Abdikadir"),
    surnames=_plain("Warsame", "Farah", "Abdi", "Hussein", "Jama", "Osman", "Mohamud", "Ali"),
    girls=("Hamdi", "Sabirin", "Idil", "Ilhan", "Naima", "Ayaan"),
    boys=("Mustafe", "Guled", "Bilal", "Ilyas", "Ayub", "Abdirahman"),
    weight=7,
    language="somali",
    interpreter_share=0.7,
    id_shares=(0.75, 0.05, 0.12, 0.08),
    same_background_partner=0.95,
    patronymic=True,
)

ERITREAN = Background(
    key="tigrinja",
    women=(
        "Senait", "Helen", "Mebrat", "Saba", "Yordanos", "Rahwa", "Selam", "Tsega", "Luwam",
        "Hiwet",
    ),
    men=("Yonas", "Tesfay", "Dawit", "Filmon", "Mehari", "Berhane", "Goitom", "Kidane", "Samuel"),
    surnames=_plain(
        "Tesfamariam", "Haile", "Gebremedhin", "Weldemichael", "Ghebreyesus", "Tekle", "Kahsay",
        "Habte",
    ),
    girls=("Lidia", "Eden", "Ruth", "Delina", "Milka", "Winta"),
    boys=("Nahom", "Abel", "Natnael", "Robel", "Yafet", "Mussie"),
    weight=6,
    language="tigrinja",
    interpreter_share=0.8,
    id_shares=(0.7, 0.05, 0.15, 0.1),
    same_background_partner=0.95,
    patronymic=True,
)

SYRIAN = Background(
    key="arabisk",
    women=("Rasha", "Lama", "Hala", "Nour", "Rania", "Yasmin", "Dima", "Sawsan", "Ghada", "Reem"),
    men=("Mohammad", "Ahmad", "Khaled", "Omar", "Rami", "Bassam", "Ziad", "Firas", "Hussam"),
    surnames=_plain(
        "Al-Hassan", "Haddad", "Khalil", "Darwish", "Al-Ahmad", "Hamdan", "Mansour", "Sabbagh",
        "Al-Khatib",
    ),
    girls=("Lana", "Sham", "Jana", "Maya", "Tala", "Layan"),
    boys=("Adam", "Yousef", "Kareem", "Hamza", "Zain", "Taim"),
    weight=6,
    language="arabisk",
    interpreter_share=0.7,
    id_shares=(0.75, 0.05, 0.12, 0.08),
    same_background_partner=0.95,
)

AFGHAN = Background(
    key="dari",
    women=(
        "Zahra", "Mariam", "Fatima", "Shabnam", "Nazanin", "Parwana", "Sima", "Farzana", "Marzia",
    ),
    men=(
        "Ahmad Shah", "Mohammad Nabi", "Farid", "Jawad", "Hamid", "Sayed Ali", "Ali Reza",
        "Najib", "Habib",
    ),
    surnames=_plain(
        "Ahmadi", "Rahimi", "Hosseini", "Karimi", "Sultani", "Rezaei", "Azizi", "Haidari", "Noori"
    ),
    girls=("Yalda", "Setayesh", "Mahsa", "Hasti", "Nilofar"),
    boys=("Mustafa", "Amir", "Arian", "Elias", "Omid", "Mehdi"),
    weight=5,
    language="dari",
    interpreter_share=0.75,
    id_shares=(0.7, 0.05, 0.15, 0.1),
    same_background_partner=0.95,
)

THAI = Background(
    key="thai",
    women=(
        "Siriporn", "Nittaya", "Malai", "Kanya", "Pornthip", "Ratana", "Wanida", "Sukanya", "Lamai",
    ),
    men=("Somchai", "Anan", "Kittisak", "Prasert", "Chaiwat"),
    surnames=_plain("Srisuk", "Chaiyaporn", "Wongsawat", "Saetang", "Boonmee", "Phromma"),
    girls=("Ploy", "Nicha", "Pim", "Malee"),
    boys=("Krit", "Tanawat", "Phum", "Non"),
    weight=4,
    language="thai",
    interpreter_share=0.55,
    id_shares=(0.8, 0.05, 0.1, 0.05),
    same_background_partner=0.2,  # most Thai mothers here have a Norwegian partner
)

UKRAINIAN = Background(
    key="ukrainsk",
    women=(
        "Olena", "Iryna", "Oksana", "Nataliia", "Tetiana", "Yuliia", "Svitlana", "Kateryna",
    ),
    men=("Oleksandr", "Andrii", "Serhii", "Dmytro", "Volodymyr", "Mykola", "Taras"),
    surnames=_plain(
        "Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Boiko",
        "Lysenko",
    ),
    girls=("Sofiia", "Anna", "Solomiia", "Zlata", "Veronika", "Mariia"),
    boys=("Maksym", "Artem", "Bohdan", "Danylo", "Matvii", "Ivan"),
    weight=5,
    language="ukrainsk",
    interpreter_share=0.85,
    id_shares=(0.55, 0.25, 0.12, 0.08),
    same_background_partner=0.9,
)

BACKGROUNDS = (
    NORWEGIAN, SAMI, POLISH, LITHUANIAN, SOMALI, ERITREAN, SYRIAN, AFGHAN, THAI, UKRAINIAN,
)

# --- where people live -------------------------------------------------------------------------

TOWNS = (
    ("9510", "Alta"),
    ("9008", "Tromsø"),
    ("8006", "Bodø"),
    ("9600", "Hammerfest"),
    ("9800", "Vadsø"),
    ("9900", "Kirkenes"),
    ("9700", "Lakselv"),
    ("8514", "Narvik"),
    ("9405", "Harstad"),
    ("7010", "Trondheim"),
    ("0557", "Oslo"),
    ("5003", "Bergen"),
)
STREETS = (
    "Storgata", "Fjellveien", "Havnegata", "Skoleveien", "Kirkegata", "Nordlysveien", "Elvegata",
    "Bjørkeveien", "Måkeveien", "Ørneveien", "Fiskarveien", "Rypeveien", "Sjøgata",
    "Gammelveien", "Løkkeveien", "Reinveien",
)
EMAIL_DOMAINS = ("eksempel.no", "eksempel.no", "example.com", "example.org")
SUPPORT_RELATIONS_WOMEN = ("Tante", "Mormor", "Farmor", "Søster", "Venninne", "Nabo")
SUPPORT_RELATIONS_MEN = ("Onkel", "Morfar", "Bror", "Venn", "Nabo")
SUPPORT_VOLUNTEERS = (
    "Likeperson fra foreldregruppa på familievernkontoret",
    "Frivillig fra Røde Kors-besøkstjenesten",
    "Miljøarbeider fra rustjenesten",
)

PARENT_NOTES = (
    "Ønsker å møtes på kafé i sentrum, ikke på kontoret.",
    "Foretrekker SMS framfor telefon. Svarer sjelden på ukjente nummer.",
    "Har selv vært under barnevernets omsorg som barn. Ønsker ikke at foreldrene blir kontaktet.",
    "Jobber turnus; samtaler helst på ettermiddagen.",
    "Ønsker skriftlig oppsummering etter hver samtale.",
    "Har ikke bil. Tjenesten dekker reiseutgifter til samvær.",
)
NO_HOME_NOTE = "Uten fast bolig. Post sendes til NAV Fjellvik, avtalt med forelderen."
DECLINES_NOTE = "Ønsker ikke kontakt nå. Tilbud om samtale gjentas skriftlig hver måned."
SAMI_NOTE = "Far er mye på vidda og i Ruoŧŧa (Sverige) med reindrifta om høsten. Nås best på SMS."

# --- placements ----------------------------------------------------------------------------------

FOSTER_TOWNS = ("Alta", "Tromsø", "Fjellvik", "Hammerfest", "Lakselv", "Bodø", "Vadsø")
SAMI_FOSTER_TOWNS = ("Karasjok", "Kautokeino", "Tana")
KIN = ("mormor", "mormor og morfar", "farmor", "tante", "onkel", "voksen søster")
INSTITUTIONS = (
    "Nordlys ungdomshjem, Tromsø",
    "Fjordglimt barnevernsinstitusjon, Alta",
    "Solstreif ungdomshjem, Bodø",
    "Vidda akutt- og utredningsinstitusjon",
)

# --- the contact log -----------------------------------------------------------------------
# Placeholders: {Forelder}/{forelderen} (Mor/mor...), {barn} (the children's names),
# {stedet} (beredskapshjemmet, fosterhjemmet, institusjonen).

# (form, summary); None: any of FIRST_TALK_FORMS fits the words.
FIRST_TALKS: tuple[tuple[ContactForm | None, str], ...] = (
    (None, "Første samtale etter plasseringen. {Forelder} var preget av sorg og sinne og trengte "
           "mest å bli hørt. Fortalte hvordan {barn} har hatt det de første dagene i {stedet}. "
           "Avtalt ny samtale neste uke."),
    (None, "Gikk gjennom grunnlaget for vedtaket og hva det betyr for {forelderen}. Avklarte min "
           "rolle som både hjelper og kontrollør. {Forelder} ønsker fast kontakt hver uke."),
    (ContactForm.NEUTRAL_PLACE,
     "{Forelder} valgte å møtes på kafé. Snakket om samværsordningen og hvordan første samvær "
     "kan bli godt for {barn}. Informerte om retten til innsyn og til å klage."),
    (ContactForm.HOME_VISIT,
     "Hjemme hos {forelderen}. Snakket om hvordan {forelderen} har det nå: søvn, økonomi og "
     "bolig. {Forelder} ønsker hjelp til å kontakte NAV nå som barnetrygden faller bort."),
    (None, "Fortalte at {barn} har begynt å falle til ro i {stedet}. {Forelder} var lettet, men "
           "redd for å bli glemt. Avtalt at {stedet} sender bilder fra hverdagen."),
    (None, "Samtale om hva som skal til for at {barn} kan flytte hjem. {Forelder} ønsker "
           "henvisning til DPS og vil tenke over tilbudet om foreldreveiledning."),
    (ContactForm.PHONE,
     "{Forelder} ville ikke snakke lenge på telefonen, men ba om skriftlig informasjon om "
     "rettigheter og klageadgang. Sendt samme dag. Avtalt at jeg ringer igjen om tre dager."),
    (ContactForm.OFFICE_MEETING,
     "Møte på kontoret, med støtteperson til stede. Gikk gjennom hvem som bestemmer over skole, "
     "helse og fritid nå. {Forelder} er opptatt av at {barn} får fortsette i samme aktiviteter."),
)
FIRST_TALK_FORMS = (
    ContactForm.HOME_VISIT, ContactForm.OFFICE_MEETING, ContactForm.PHONE,
    ContactForm.NEUTRAL_PLACE, ContactForm.VIDEO,
)
INTERPRETER_NOTE = " Samtalen ble tolket av kvalifisert tolk ({language})."
PARENT_WORDS = (
    "Jeg vil bare vite at {barn} har det trygt og får sove om natta.",
    "Jeg forstår fortsatt ikke hvorfor det skjedde så fort. Jeg vil ha grunnene skriftlig.",
    "Det er godt at noen ringer meg. Jeg har ingen andre å snakke med om dette.",
    "Jeg vil ha mer samvær enn det som er bestemt.",
    "Jeg skal gå i behandling, men jeg trenger et sted å bo først.",
    "Ikke send brev i posten, jeg vil heller ha SMS.",
    "Jeg skammer meg, men jeg er fortsatt {forelderen} til {barn}.",
    "De som passer på {barn} nå, må få vite hva som trøster når det er vondt.",
    "Dere må forklare ting to ganger. Det er mye å ta inn nå.",
)
SAMI_PARENT_WORDS = (
    "Mun háliidan ahte mánát ožžot sámegiela. (Jeg vil at barna skal få beholde samisken.)"
)
FOLLOW_UPS: dict[ContactForm, tuple[str, ...]] = {
    ContactForm.PHONE: (
        "Telefonsamtale. {Forelder} fortalte om siste samvær med {barn}; det gikk bedre enn "
        "forrige gang.",
        "Ringte for å høre hvordan {forelderen} har det. Kort samtale, avtalt nytt møte.",
    ),
    ContactForm.HOME_VISIT: (
        "Hjemmebesøk. Snakket om bolig og økonomi; {forelderen} har fått time hos NAV.",
    ),
    ContactForm.OFFICE_MEETING: (
        "Møte før ansvarsgruppemøtet. Gikk gjennom sakslisten sammen, så {forelderen} vet hva "
        "som skal tas opp.",
    ),
    ContactForm.NEUTRAL_PLACE: (
        "Gåtur og kaffe. {Forelder} vil gjerne prøve foreldregruppa på familievernkontoret.",
    ),
    ContactForm.VIDEO: (
        "Videosamtale. Evaluerte samværsplanen; {forelderen} ønsker lengre samvær i ferien.",
    ),
    ContactForm.MESSAGE: (
        "Sendte SMS med påminnelse om samvær på fredag.",
        "SMS fra {forelderen}: spør om {barn} fikk bursdagsgaven. Svarte samme dag.",
    ),
    ContactForm.FAILED_ATTEMPT: ("Ringte to ganger uten svar. Sendte SMS med tilbud om ny tid.",),
    ContactForm.LETTER: (
        "Sendte brev med tilbud om samtale og om å ha med en støtteperson.",
    ),
}
FOLLOW_UP_FORMS = (
    ContactForm.PHONE, ContactForm.PHONE, ContactForm.PHONE, ContactForm.MESSAGE,
    ContactForm.MESSAGE, ContactForm.HOME_VISIT, ContactForm.OFFICE_MEETING,
    ContactForm.NEUTRAL_PLACE, ContactForm.VIDEO, ContactForm.FAILED_ATTEMPT, ContactForm.LETTER,
)
OFFER_LETTER = "Sendte brev med tilbud om samtale så snart som mulig, og om å ha med støtteperson."
FAILED_CALL = "Ringte uten å få svar. La igjen beskjed og sendte SMS med tilbud om samtale."

DEFINITE_PLACE = {
    PlaceType.EMERGENCY_HOME: "beredskapshjemmet",
    PlaceType.FOSTER_HOME: "fosterhjemmet",
    PlaceType.KINSHIP_FOSTER_HOME: "fosterhjemmet",
    PlaceType.INSTITUTION: "institusjonen",
}

# fmt: on


# --- the stories a family can be in -------------------------------------------------------------


class Story(Enum):
    """What has happened to a family; decides placement dates and the first conversation."""

    JUST_PLACED = "placed a few days ago; first conversation not yet due"
    FIRST_TALK_OVERDUE = "placed just over the deadline ago; the first parent not talked with"
    FIRST_TALK_DONE = "placed recently; the first parent has been talked with"
    EMERGENCY_THEN_FOSTER_HOME = "emergency home first, then a foster home"
    CARE_ORDER = "care order, ongoing"
    VOLUNTARY = "voluntary placement, ongoing"
    REUNIFIED = "placement ended: the child moved home again"

    @property
    def is_recent(self) -> bool:
        return self in (Story.JUST_PLACED, Story.FIRST_TALK_OVERDUE, Story.FIRST_TALK_DONE)


STORY_WEIGHTS = {
    Story.JUST_PLACED: 1.0,
    Story.FIRST_TALK_OVERDUE: 0.6,
    Story.FIRST_TALK_DONE: 1.0,
    Story.EMERGENCY_THEN_FOSTER_HOME: 2.0,
    Story.CARE_ORDER: 2.5,
    Story.VOLUNTARY: 1.5,
    Story.REUNIFIED: 1.0,
}


class _Dealer(Generic[T]):
    """Deals every option once (in shuffled order) before drawing by weight, so even a small
    demo shows every background and every kind of deadline."""

    def __init__(self, rng: random.Random, options: Sequence[T], weights: Sequence[float]) -> None:
        self._rng = rng
        self._options = tuple(options)
        self._weights = tuple(weights)
        self._first_round = list(options)
        rng.shuffle(self._first_round)

    def deal(self) -> T:
        if self._first_round:
            return self._first_round.pop()
        return self._rng.choices(self._options, self._weights)[0]


# --- plain helpers -----------------------------------------------------------------------------


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _random_day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _ascii(text: str) -> str:
    """Letters an e-mail address can carry: æ → ae, ø → o, å → aa, ŋ → n, accents dropped."""
    pairs = (("æ", "ae"), ("ø", "o"), ("å", "aa"), ("ŋ", "n"), ("đ", "d"), ("ŧ", "t"), ("ł", "l"))
    for letter, plain in pairs:
        text = text.lower().replace(letter, plain)
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch in ".-"))
    return kept


def _phone_text(digits: str) -> str:
    return f"{digits[:3]} {digits[3:5]} {digits[5:]}"


def _names_text(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


def _working_time(rng: random.Random, day: date) -> datetime:
    """A moment in office hours on this Oslo date, stored in UTC as the register expects."""
    local = datetime.combine(day, time(rng.randint(8, 15), rng.choice((0, 15, 30, 45))), OSLO)
    return local.astimezone(UTC)


def _weekday_on_or_before(day: date, earliest: date) -> date:
    while day.weekday() >= 5 and day > earliest:
        day -= timedelta(days=1)
    return day


# --- a family in the making ------------------------------------------------------------------


@dataclass
class _Member:
    """A parent planned for a family, before and after saving."""

    role: ParentRole
    background: Background
    woman: bool
    born: date
    surname: Surname
    given_names: str
    responsibility: bool
    of_children: tuple[int, ...]  # indexes into the family's children
    first: bool = False  # the parent the story is about (usually the mother)
    declines_contact: bool = False
    saved: Parent | None = None

    @property
    def family_name(self) -> str:
        return self.surname.woman if self.woman else self.surname.man


@dataclass(frozen=True)
class _Timeline:
    """The family's time out of home: siblings are placed, moved and sent home together."""

    story: Story
    start: date
    basis: PlacementBasis
    moved: date | None = None  # from the emergency home to a foster home
    basis_after_move: PlacementBasis | None = None
    home_again: date | None = None  # reunified


class _Planned(NamedTuple):
    day: date
    form: ContactForm
    summary: str
    parent_words: str = ""


@dataclass
class _Counts:
    parents: int = 0
    children: int = 0
    placements: int = 0
    contacts: int = 0
    first_conversations: int = 0
    with_interpreter: int = 0
    without_national_id: int = 0


class _DemoBuilder:
    def __init__(self, register: RegisterService, rng: random.Random, today: date) -> None:
        self.register = register
        self.rng = rng
        self.today = today
        self.first_conversation_days = register.first_conversation_days
        self.yesterday = today - timedelta(days=1)  # contacts stop here: no time of day is "future"
        self.counts = _Counts()
        self._used_ids: set[str] = set()  # the service rejects a national ID twice
        self._used_phones: set[str] = set()
        self._used_case_numbers: set[str] = set()
        self._backgrounds = _Dealer(rng, BACKGROUNDS, [b.weight for b in BACKGROUNDS])
        self._stories = _Dealer(rng, tuple(STORY_WEIGHTS), tuple(STORY_WEIGHTS.values()))

    def office_and_caseworker(self) -> None:
        # A vault whose office and caseworker are already filled in keeps them.
        if self.register.office() is None:
            self.register.save_office(
                Office(municipality=MUNICIPALITY, address=OFFICE_ADDRESS, org_number=ORG_NUMBER)
            )
        if self.register.caseworker() is None:
            self.register.save_caseworker(CASEWORKER)

    def family(self, parent_budget: int) -> None:
        """One family: its parents (at most ``parent_budget``), children, placements, contacts."""
        timeline = self._timeline(self._stories.deal())
        births = self._child_births(timeline.start)
        members = self._plan_parents(self._backgrounds.deal(), births, timeline.story)
        members = members[:parent_budget]
        for member in members:
            member.saved = self._save_parent(member)
        children = self._save_children(members, births, timeline.start)
        homes = self._family_homes(members[0].background)
        last_places = [self._save_placements(timeline, child, homes) for child in children]
        for member in members:
            own = [children[i] for i in member.of_children]
            self._record_contacts(timeline, member, own, last_places[member.of_children[-1]])

    # --- when things happened --------------------------------------------------------------

    def _timeline(self, story: Story) -> _Timeline:
        rng = self.rng

        def days_ago(first: int, last: int) -> date:
            return self.today - timedelta(days=rng.randint(first, last))

        if story.is_recent:
            start = days_ago(*self._recent_days_ago(story))
            emergency = rng.random() < 0.7
            basis = PlacementBasis.EMERGENCY if emergency else PlacementBasis.VOLUNTARY
            return _Timeline(story, start, basis)
        if story is Story.EMERGENCY_THEN_FOSTER_HOME:
            start = days_ago(75, 1095)
            after = PlacementBasis.CARE_ORDER if rng.random() < 0.75 else PlacementBasis.VOLUNTARY
            moved = start + timedelta(days=rng.randint(14, 60))
            return _Timeline(story, start, PlacementBasis.EMERGENCY, moved, after)
        if story is Story.CARE_ORDER:
            return _Timeline(story, days_ago(90, 1095), PlacementBasis.CARE_ORDER)
        if story is Story.VOLUNTARY:
            return _Timeline(story, days_ago(30, 730), PlacementBasis.VOLUNTARY)
        start = days_ago(150, 1095)  # REUNIFIED: a short emergency stay, or months voluntarily
        if rng.random() < 0.5:
            home_again = start + timedelta(days=rng.randint(10, 60))
            return _Timeline(story, start, PlacementBasis.EMERGENCY, home_again=home_again)
        longest = min(420, (self.today - start).days - 30)
        home_again = start + timedelta(days=rng.randint(60, longest))
        return _Timeline(story, start, PlacementBasis.VOLUNTARY, home_again=home_again)

    def _recent_days_ago(self, story: Story) -> tuple[int, int]:
        """How long ago a recent placement began, measured from the office's own deadline for
        the first conversation (14 days by default, a setting), so each story shows the
        urgency it is meant to: upcoming, overdue, or done."""
        due = self.first_conversation_days
        return {
            Story.JUST_PLACED: (0, max(0, due - 5)),
            Story.FIRST_TALK_OVERDUE: (due + 1, due + 6),
            Story.FIRST_TALK_DONE: (4, due + 6),
        }[story]

    def _child_births(self, placed: date) -> list[date]:
        """Birth dates, eldest first: all under 18 today, all born by the day they were
        placed, siblings more than a year apart."""
        count = self.rng.choices((1, 2, 3), (55, 30, 15))[0]
        earliest = _years_before(self.today, 18) + timedelta(days=1)
        latest_eldest = max(earliest, placed - timedelta(days=400 * (count - 1)))
        births = [_random_day(self.rng, earliest, min(latest_eldest, placed))]
        while len(births) < count:
            following = births[-1] + timedelta(days=self.rng.randint(400, 2000))
            if following > placed:
                break
            births.append(following)
        return births

    # --- parents ---------------------------------------------------------------------------

    def _plan_parents(
        self, background: Background, births: list[date], story: Story
    ) -> list[_Member]:
        """The first parent (usually the mother), then the father or co-mother when known; now
        and then the younger children have another father than the eldest."""
        everyone = tuple(range(len(births)))
        woman = self.rng.random() < 0.94
        born = births[0] - timedelta(days=self.rng.randint(18 * 365 + 5, 38 * 365))
        role = ParentRole.MOTHER if woman else ParentRole.FATHER
        first = self._member(background, woman, role, born, everyone)
        first.first = True
        members = [first]
        if not woman or self.rng.random() < 0.78:
            half_siblings = len(births) > 1 and self.rng.random() < 0.2
            members.append(
                self._partner(first, births, everyone[:1] if half_siblings else everyone)
            )
            if half_siblings:
                members.append(self._partner(first, births, everyone[1:]))
        for member in members:
            # Some parents refuse contact for a while; the service keeps offering it.
            member.declines_contact = not story.is_recent and self.rng.random() < 0.05
        return members

    def _partner(self, first: _Member, births: list[date], of_children: tuple[int, ...]) -> _Member:
        background = first.background
        if self.rng.random() >= background.same_background_partner:
            background = NORWEGIAN if background is not NORWEGIAN else self._any_background()
        if not first.woman:
            woman, role = True, ParentRole.MOTHER
        elif first.background is NORWEGIAN and self.rng.random() < 0.08:
            woman, role = True, ParentRole.CO_MOTHER
        else:
            woman, role = False, ParentRole.FATHER
        born = first.born + timedelta(days=self.rng.randint(-12 * 365, 3 * 365))
        born = min(born, births[of_children[0]] - timedelta(days=18 * 365 + 5))
        # Fathers who never lived with the mother often have no parental responsibility.
        responsibility = role is not ParentRole.FATHER or self.rng.random() < 0.75
        partner = self._member(background, woman, role, born, of_children, responsibility)
        married = background is first.background and self.rng.random() < 0.35
        if married and first.woman and not woman:
            first.surname = partner.surname
        return partner

    def _any_background(self) -> Background:
        return self.rng.choices(BACKGROUNDS, [b.weight for b in BACKGROUNDS])[0]

    def _member(
        self,
        background: Background,
        woman: bool,
        role: ParentRole,
        born: date,
        of_children: tuple[int, ...],
        responsibility: bool = True,
    ) -> _Member:
        return _Member(
            role=role,
            background=background,
            woman=woman,
            born=born,
            surname=self.rng.choice(background.surnames),
            given_names=self.rng.choice(background.women if woman else background.men),
            responsibility=responsibility,
            of_children=of_children,
        )

    def _save_parent(self, member: _Member) -> Parent:
        background = member.background
        known = self.rng.choices(("fnr", "dnr", "birth", "none"), background.id_shares)[0]
        number = None
        if known in ("fnr", "dnr"):
            number = self._synthetic_id(member.born, d_number=known == "dnr")
        interpreter = None
        if self.rng.random() < background.interpreter_share:
            interpreter = background.language
        address, postal_code, town = self._address(background)
        parent = Parent(
            given_names=member.given_names,
            family_name=member.family_name,
            national_id=number,
            birth_date=None if known == "none" else member.born,
            address_line=address,
            postal_code=postal_code,
            postal_town=town,
            phone=self._phone() if self.rng.random() < 0.92 else "",
            email=self._email(member) if self.rng.random() < 0.6 else "",
            preferred_language=self._preferred_language(background, interpreter),
            interpreter_language=interpreter,
            support_person=self._support_person(background) if self.rng.random() < 0.3 else "",
            notes=self._notes(member, has_home=bool(address)),
        )
        saved = self.register.save_parent(parent)
        self.counts.parents += 1
        self.counts.with_interpreter += interpreter is not None
        self.counts.without_national_id += number is None
        return saved

    def _synthetic_id(self, born: date, d_number: bool = False) -> str:
        """A synthetic number nobody else in the vault has. Many individual numbers give no
        valid check digits or do not fit the century, so draw until one does."""
        for _ in range(10_000):
            number = national_id.make_synthetic(born, self.rng.randrange(1000), d_number=d_number)
            if number is not None and number not in self._used_ids:
                self._used_ids.add(number)
                return number
        raise RuntimeError(f"no free synthetic national ID for {born}")

    def _preferred_language(self, background: Background, interpreter: str | None) -> str:
        if interpreter:
            return interpreter
        if background is not NORWEGIAN and self.rng.random() < 0.3:
            return background.language
        return "norsk"

    def _address(self, background: Background) -> tuple[str, str, str]:
        if self.rng.random() < 0.05:
            return "", "", ""  # no fixed home: see NO_HOME_NOTE
        roll = self.rng.random()
        if background.home_towns and roll < 0.5:
            postal_code, town = self.rng.choice(background.home_towns)
        elif roll < 0.75:
            postal_code, town = HOME_POSTAL
        else:
            postal_code, town = self.rng.choice(TOWNS)
        street = f"{self.rng.choice(STREETS)} {self.rng.randint(1, 60)}"
        if self.rng.random() < 0.2:
            street += f" {self.rng.choice('ABC')}"
        return street, postal_code, town

    def _phone(self) -> str:
        while True:
            digits = self.rng.choice("49") + f"{self.rng.randrange(10_000_000):07d}"
            if digits not in self._used_phones:
                self._used_phones.add(digits)
                return _phone_text(digits)

    def _email(self, member: _Member) -> str:
        given = _ascii(member.given_names.split()[0])
        family = _ascii(member.family_name)
        suffix = str(self.rng.randint(1, 99)) if self.rng.random() < 0.4 else ""
        return f"{given}.{family}{suffix}@{self.rng.choice(EMAIL_DOMAINS)}"

    def _support_person(self, background: Background) -> str:
        roll = self.rng.random()
        if roll < 0.15:
            return f"{self.rng.choice(SUPPORT_VOLUNTEERS)}, tlf {self._phone()}"
        woman = roll < 0.7
        relation = self.rng.choice(SUPPORT_RELATIONS_WOMEN if woman else SUPPORT_RELATIONS_MEN)
        given = self.rng.choice(background.women if woman else background.men)
        surname = self.rng.choice(background.surnames)
        family = surname.woman if woman else surname.man
        return f"{relation} {given} {family}, tlf {self._phone()}"

    def _notes(self, member: _Member, has_home: bool) -> str:
        notes = []
        if not has_home:
            notes.append(NO_HOME_NOTE)
        if member.declines_contact:
            notes.append(DECLINES_NOTE)
        if member.background is SAMI and not member.woman and self.rng.random() < 0.3:
            notes.append(SAMI_NOTE)
        elif self.rng.random() < 0.2:
            notes.append(self.rng.choice(PARENT_NOTES))
        return " ".join(notes)

    # --- children and placements -----------------------------------------------------------

    def _save_children(
        self, members: list[_Member], births: list[date], placed: date
    ) -> list[Child]:
        children = []
        for index, born in enumerate(births):
            own = [m for m in members if index in m.of_children]
            girl = self.rng.random() < 0.5
            known = self.rng.choices(("fnr", "dnr", "none"), (0.88, 0.04, 0.08))[0]
            number = None
            if known != "none":
                number = self._synthetic_id(born, d_number=known == "dnr")
            links = tuple(
                ParentLink(m.saved.id, m.role, m.responsibility)
                for m in own
                if m.saved is not None and m.saved.id is not None
            )
            child = Child(
                given_names=self._child_name(own, girl),
                family_name=self._child_surname(own, girl),
                birth_date=born,
                case_number=self._case_number(born, placed),
                national_id=number,
                parents=links,
            )
            children.append(self.register.save_child(child))
            self.counts.children += 1
        return children

    def _child_name(self, parents: list[_Member], girl: bool) -> str:
        background = self.rng.choice(parents).background if parents else NORWEGIAN
        return self.rng.choice(background.girls if girl else background.boys)

    def _child_surname(self, parents: list[_Member], girl: bool) -> str:
        father = next((m for m in parents if m.role is ParentRole.FATHER), None)
        if father is not None and father.background.patronymic:
            return father.given_names.split()[0]
        if father is not None and self.rng.random() < 0.55:
            surname = father.surname
        elif parents:
            surname = parents[0].surname
        else:
            surname = self.rng.choice(NORWEGIAN.surnames)
        return surname.girl if girl else surname.man

    def _case_number(self, born: date, placed: date) -> str:
        """Year/serial number as in the case system; the case was opened by the placement."""
        earliest_year = max(born.year, placed.year - 3)
        while True:
            year = self.rng.randint(earliest_year, placed.year)
            number = f"{year}/{self.rng.randint(100, 2999)}"
            if number not in self._used_case_numbers:
                self._used_case_numbers.add(number)
                return number

    def _family_homes(self, background: Background) -> dict[PlaceType, str]:
        # Sami children are placed where they keep their language and culture when possible.
        towns = SAMI_FOSTER_TOWNS if background is SAMI else FOSTER_TOWNS
        return {
            PlaceType.EMERGENCY_HOME: f"Beredskapshjem i {self.rng.choice(FOSTER_TOWNS)}",
            PlaceType.FOSTER_HOME: f"Fosterhjem i {self.rng.choice(towns)}",
            PlaceType.KINSHIP_FOSTER_HOME: f"Hos {self.rng.choice(KIN)} i {self.rng.choice(towns)}",
            PlaceType.INSTITUTION: self.rng.choice(INSTITUTIONS),
        }

    def _save_placements(
        self, timeline: _Timeline, child: Child, homes: dict[PlaceType, str]
    ) -> PlaceType:
        """Save the child's placements; returns where the child is, or was last."""
        placements = self._placements(timeline, child)
        for placement in placements:
            self.register.save_placement(replace(placement, place_name=homes[placement.place_type]))
            self.counts.placements += 1
        return placements[-1].place_type

    def _placements(self, timeline: _Timeline, child: Child) -> list[Placement]:
        assert child.id is not None
        teen = (timeline.start - child.birth_date).days >= 13 * 365
        first = Placement(
            child_id=child.id,
            basis=timeline.basis,
            place_type=self._place_type(timeline.basis, teen),
            start_date=timeline.start,
        )
        if timeline.home_again is not None:
            return [_ended(first, timeline.home_again, PlacementEndReason.REUNIFICATION)]
        if timeline.moved is not None and timeline.basis_after_move is not None:
            # The emergency home ends the day the foster home begins: one episode, so the
            # parents are owed one first conversation, from the day the child left home.
            after = Placement(
                child_id=child.id,
                basis=timeline.basis_after_move,
                place_type=self._place_type(timeline.basis_after_move, teen, institutions=0.2),
                start_date=timeline.moved,
            )
            return [_ended(first, timeline.moved, PlacementEndReason.MOVED), after]
        days_out = (self.today - timeline.start).days
        broke_down = (
            timeline.basis is PlacementBasis.CARE_ORDER
            and teen
            and first.place_type is not PlaceType.INSTITUTION
            and days_out > 200
            and self.rng.random() < 0.4
        )
        if broke_down:  # a teenager whose foster home could not go on: on to an institution
            moved = timeline.start + timedelta(days=self.rng.randint(90, days_out - 30))
            institution = replace(first, place_type=PlaceType.INSTITUTION, start_date=moved)
            return [_ended(first, moved, PlacementEndReason.MOVED), institution]
        return [first]

    def _place_type(
        self, basis: PlacementBasis, teen: bool, institutions: float = 0.4
    ) -> PlaceType:
        if basis is PlacementBasis.EMERGENCY:
            return PlaceType.EMERGENCY_HOME
        if teen and self.rng.random() < institutions:
            return PlaceType.INSTITUTION
        if self.rng.random() < 0.3:
            return PlaceType.KINSHIP_FOSTER_HOME
        return PlaceType.FOSTER_HOME

    # --- the contact log -------------------------------------------------------------------

    def _record_contacts(
        self, timeline: _Timeline, member: _Member, children: list[Child], place: PlaceType
    ) -> None:
        parent = member.saved
        if parent is None or parent.id is None:
            return
        words = {
            "Forelder": member.role.label,
            "forelderen": member.role.label.lower(),
            "barn": _names_text([c.given_names for c in children]),
            "stedet": DEFINITE_PLACE[place],
        }
        for planned in self._plan_contacts(timeline, member, parent, words):
            self.register.record_contact(
                ContactEntry(
                    parent_id=parent.id,
                    occurred_at=_working_time(self.rng, planned.day),
                    form=planned.form,
                    summary=planned.summary,
                    parent_words=planned.parent_words,
                )
            )
            self.counts.contacts += 1

    def _plan_contacts(
        self, timeline: _Timeline, member: _Member, parent: Parent, words: dict[str, str]
    ) -> list[_Planned]:
        story = timeline.story
        not_reached = story is Story.JUST_PLACED or (
            story is Story.FIRST_TALK_OVERDUE and member.first
        )
        if member.declines_contact:
            return self._offers_only(timeline.start) + self._monthly_offers(timeline.start)
        if not_reached:
            return self._offers_only(timeline.start)[: self.rng.randint(0, 2)]
        talk_day = self._first_talk_day(timeline, member)
        if talk_day is None:
            return []
        planned = []
        if self.rng.random() < 0.15 and talk_day - timedelta(days=2) >= timeline.start:
            planned.append(
                _Planned(talk_day - timedelta(days=2), ContactForm.FAILED_ATTEMPT, FAILED_CALL)
            )
        planned.append(self._first_talk(talk_day, parent, words))
        self.counts.first_conversations += 1
        return planned + self._follow_ups(timeline, talk_day, words)

    def _first_talk_day(self, timeline: _Timeline, member: _Member) -> date | None:
        """When the first conversation was held, or None when it has not been (yet)."""
        start = timeline.start
        if timeline.story.is_recent:
            sure = timeline.story is Story.FIRST_TALK_DONE and member.first
            if (not sure and self.rng.random() < 0.4) or start >= self.yesterday:
                return None
            latest = min(start + timedelta(days=self.first_conversation_days - 1), self.yesterday)
            day = _random_day(self.rng, start + timedelta(days=1), latest)
            return _weekday_on_or_before(day, start + timedelta(days=1))
        # Fathers are more often overlooked; the overview should show it when it happens.
        if self.rng.random() >= (0.94 if member.woman else 0.8):
            return None
        day = start + timedelta(days=int(self.rng.triangular(2, 21, 7)))
        return _weekday_on_or_before(min(day, self.yesterday), start + timedelta(days=1))

    def _first_talk(self, day: date, parent: Parent, words: dict[str, str]) -> _Planned:
        form, text = self.rng.choice(FIRST_TALKS)
        summary = text.format(**words)
        if parent.interpreter_language:
            summary += INTERPRETER_NOTE.format(language=parent.interpreter_language)
        parent_words = ""
        if self.rng.random() < 0.6:
            if parent.preferred_language == "nordsamisk" and self.rng.random() < 0.5:
                parent_words = SAMI_PARENT_WORDS
            else:
                parent_words = "«" + self.rng.choice(PARENT_WORDS).format(**words) + "»"
        return _Planned(day, form or self.rng.choice(FIRST_TALK_FORMS), summary, parent_words)

    def _follow_ups(
        self, timeline: _Timeline, talked: date, words: dict[str, str]
    ) -> list[_Planned]:
        """Later contacts: calls, messages, visits, now and then an unanswered call."""
        if timeline.story.is_recent:
            return []
        first = talked + timedelta(days=7)
        last = self.yesterday
        if timeline.home_again is not None:  # follow-up tapers off after the child moved home
            last = min(last, timeline.home_again + timedelta(days=30))
        if first > last:
            return []
        count = self.rng.choice((0, 1, 1, 2, 2, 3, 4))
        planned = []
        for day in sorted(_random_day(self.rng, first, last) for _ in range(count)):
            form = self.rng.choice(FOLLOW_UP_FORMS)
            summary = self.rng.choice(FOLLOW_UPS[form]).format(**words)
            planned.append(_Planned(_weekday_on_or_before(day, first), form, summary))
        return planned

    def _offers_only(self, start: date) -> list[_Planned]:
        """A parent not reached (yet): an offer letter, then an unanswered call."""
        offers = []
        if start + timedelta(days=2) <= self.yesterday:
            offers.append(_Planned(start + timedelta(days=2), ContactForm.LETTER, OFFER_LETTER))
        if start + timedelta(days=6) <= self.yesterday:
            offers.append(
                _Planned(start + timedelta(days=6), ContactForm.FAILED_ATTEMPT, FAILED_CALL)
            )
        return offers

    def _monthly_offers(self, start: date) -> list[_Planned]:
        """The offer is renewed in writing every month for a parent who declines contact."""
        days = (start + timedelta(days=30 * n) for n in range(1, 4))
        return [
            _Planned(day, ContactForm.LETTER, OFFER_LETTER) for day in days if day <= self.yesterday
        ]

    def summary(self) -> DemoSummary:
        c = self.counts
        return DemoSummary(
            parents=c.parents,
            children=c.children,
            placements=c.placements,
            contacts=c.contacts,
            first_conversations=c.first_conversations,
            parents_with_interpreter=c.with_interpreter,
            parents_without_national_id=c.without_national_id,
        )


def _ended(placement: Placement, on: date, why: PlacementEndReason) -> Placement:
    return replace(placement, end_date=on, end_reason=why)


def fill_demo(
    register: RegisterService, parents: int = 40, seed: int = 1, today: date | None = None
) -> DemoSummary:
    """Fill an empty, open vault with invented people, the same for the same ``seed`` and
    ``today`` (default: the register's own today, which its validation also judges by).

    Raises DemoRefused when the vault already holds parents: demo data never mixes with real.
    """
    if parents < 0:
        raise ValueError("parents must be zero or more")
    if register.parent_summaries():
        raise DemoRefused
    # The register judges "not in the future" by its own clock, so dates are made against it.
    builder = _DemoBuilder(register, random.Random(seed), today or register.today())
    builder.office_and_caseworker()
    while builder.counts.parents < parents:
        builder.family(parents - builder.counts.parents)
    return builder.summary()
