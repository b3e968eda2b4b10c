"""The people the demo invents, by background: given names, family names (with their forms for
a man, a woman and a daughter), languages, home towns, and how often each background has a
national ID, an interpreter or a partner of the same background. Only data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


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
# fmt: on
