"""The demo's data pools: an invented office, places, the words of the contact log and the
stories a family can be in (the names by background are in ``backgrounds``). Only data;
``families``, ``people`` and ``builder`` deal from it."""

from __future__ import annotations

from enum import Enum

from bufapp.domain.entities import Caseworker
from bufapp.domain.enums import ContactForm, PlaceType

# --- the office ----------------------------------------------------------------------------------

MUNICIPALITY = "Barnevernstjenesten i Fjellvik kommune"
HOME_POSTAL = ("9965", "Fjellvik")  # Fjellvik is invented; the code only has the right shape
OFFICE_ADDRESS = f"Rådhusveien 1, {HOME_POSTAL[0]} {HOME_POSTAL[1]}"
OFFICE_PHONE = "912 00 400"
OFFICE_EMAIL = "barnevern@fjellvik.eksempel.no"
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


# The data pools keep several names to a line; the formatter would put one on each.
# fmt: off
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
    "«Mun háliidan ahte mánát ožžot sámegiela.» (Jeg vil at barna skal få beholde samisken.)"
)
# Words that fill the slots of the contact-log themes (see ``contact_texts``).
ACTIVITIES = (
    "bake boller", "gå tur i fjæra", "spille brettspill", "tegne og spille Uno", "dra i svømmehallen",
    "gå på biblioteket", "lage pizza", "mate ender i parken", "se på gamle bilder", "spille fotball",
    "lage vafler", "bygge lego", "ake i bakken bak skolen", "plukke blåbær",
)
GLAD = ("glad", "lettet", "rørt", "stolt", "fornøyd", "håpefull")  # after "var"/"ble"
HEAVY = ("lei seg", "sliten", "urolig", "sint", "trist", "nedfor", "oppgitt", "redd")
CHILD_NEWS = (
    "har begynt på svømmekurs", "sover bedre om natta nå", "har hatt en god uke på skolen",
    "har vært forkjølet, men er frisk igjen", "har fått en ny venn", "var med på skoleavslutningen",
    "har vært med på fotballturnering", "har hatt noen tunge kvelder", "gleder seg til sommerferien",
    "har vært hos tannlegen", "har begynt å spille gitar", "har vært på leirskole",
)
NEUTRAL_PLACES = (
    "Kafé Rypa i sentrum", "biblioteket i Fjellvik", "frivilligsentralen", "kafeen på kjøpesenteret",
    "en benk ved elva i parken", "Kafé Nordlys ved havna",
)
SAMI_RELATIVES = ("áhkku Máret", "ádjá Niillas", "muoŧŧá Biret", "eahki Ánde", "áhkku Iŋgá")
GROUP_MEMBERS = (
    "NAV-veileder", "behandler fra DPS", "ruskonsulent", "kontaktlærer", "helsesykepleier",
    "koordinator fra tildelingskontoret", "fastlege (på telefon)",
)
INTERPRETERS = {  # surnames none of the parents have, so no interpreter seems related
    "nordsamisk": ("Ánne Márjá Guttorm", "Nils Ánte Magga"), "polsk": ("Anna Kamińska", "Marek Szymański"),
    "litauisk": ("Rūta Vaitkienė",), "somali": ("Hodan Yusuf", "Abdullahi Hersi"),
    "tigrinja": ("Senait Berhane",), "arabisk": ("Rania Nassar", "Omar Saleh"),
    "dari": ("Farida Popal",), "thai": ("Siriporn Chaiyasit",), "ukrainsk": ("Oksana Hnatiuk",),
}
OFFICE_PLACE = "Barnevernstjenesten, Rådhusveien 1"
MEETING_ROOM = "Møterommet i rådhuset"
OFFER_LETTER = (
    "Sendte brev med tilbud om samtale så snart som mulig, og om å ha med støtteperson. Vedla "
    "informasjon om rettigheter og klageadgang."
)
FAILED_CALL = "Ringte uten å få svar. La igjen beskjed og sendte SMS med tilbud om samtale."

DEFINITE_PLACE = {
    PlaceType.EMERGENCY_HOME: "beredskapshjemmet",
    PlaceType.FOSTER_HOME: "fosterhjemmet",
    PlaceType.KINSHIP_FOSTER_HOME: "fosterhjemmet",
    PlaceType.INSTITUTION: "institusjonen",
}
CARERS = {  # who the child lives with, as the contact log names them (kin: see KIN)
    PlaceType.EMERGENCY_HOME: "beredskapsforeldrene",
    PlaceType.FOSTER_HOME: "fosterforeldrene",
    PlaceType.INSTITUTION: "miljøpersonalet",
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

    @property
    def is_long_running(self) -> bool:
        """Placed a while ago and still out of the home: the follow-up goes on."""
        return self in (Story.EMERGENCY_THEN_FOSTER_HOME, Story.CARE_ORDER, Story.VOLUNTARY)


STORY_WEIGHTS = {
    Story.JUST_PLACED: 1.0,
    Story.FIRST_TALK_OVERDUE: 0.6,
    Story.FIRST_TALK_DONE: 1.0,
    Story.EMERGENCY_THEN_FOSTER_HOME: 2.0,
    Story.CARE_ORDER: 2.5,
    Story.VOLUNTARY: 1.5,
    Story.REUNIFIED: 1.0,
}
