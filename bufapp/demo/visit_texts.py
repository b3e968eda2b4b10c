"""The words of the demo's samvær: the board's decision, the plans' purpose and frame, the talks
before and after a visit (the caseworker's summary, the parent's own words, what was agreed),
the supervisor's notes, the evaluations with every party heard, and travel support. Only data;
``visits`` deals from it.

Placeholders as in ``followup_texts`` ({barn}, {Barn}, {de}, {dem}, {forelderen}, {Forelder},
{stedet}), and {Stedet} (capitalised), {dag} (a weekday), {slekt} (a Sami relative). No text
names a foster home, its town or the people there: the talks are in the parent's log, which
the parent may read, and some parents may not know where their children live.
"""

from __future__ import annotations

# fmt: off
# --- the frame ------------------------------------------------------------------------------------

BOARD = "Barneverns- og helsenemnda i Troms og Finnmark"
DECISION = ("{Forelder} gis samvær med {barn} minst fire ganger i året, to timer hver gang. "
            "Barnevernstjenesten kan gi mer samvær når det er til barnets beste.")
# Where the child's home is hidden, the board decides the visits are supervised.
DECISION_SUPERVISED = ("{Forelder} gis samvær med {barn} minst fire ganger i året, to timer hver "
                       "gang, med beskyttet tilsyn. Barnevernstjenesten kan gi mer samvær når det "
                       "er til barnets beste.")
DECISION_FATHER = ("{Forelder} gis samvær med {barn} fire ganger i året, to timer hver gang. "
                   "Barnevernstjenesten kan gi mer samvær når det er til barnets beste.")
MEETING_PLACE = "Familiens hus, Fjellvik"
SUPERVISOR = "Familiens hus (Kari Mortensen, familieterapeut)"
SUPERVISOR_PROTECTIVE = "Familiens hus (Jon Erik Vang, miljøterapeut)"
GRANDPARENT = "{Slekt} – samvær fire ganger i året, etter vedtak fra nemnda"
GRANDPARENT_NORWEGIAN = "Mormor Anne Berit Hansen – samvær fire ganger i året, etter vedtak fra nemnda"
BETWEEN_VISITS = (
    "Telefon til {barn} hver søndag kl. 18, avtalt med {stedet}.",
    "Videosamtale annenhver onsdag. Bilder fra skolen sendes {forelderen} en gang i måneden.",
    "{Forelder} kan sende brev og bilder gjennom barnevernstjenesten.",
)
BETWEEN_VOLUNTARY = "Fri kontakt på telefon og SMS, avtalt med {stedet}."
TRANSPORT = (
    ("{Stedet} kjører {barn} til og fra samværet. {Forelder} tar buss.",
     "Barnevernstjenesten dekker bussbillett for {forelderen} etter søknad."),
    ("{Forelder} henter og bringer {barn}.", "{Forelder} selv"),
    ("{Stedet} kjører {barn}. {Forelder} kommer selv.", "Hver betaler sin reise"),
)
TRANSPORT_HIDDEN = ("{Stedet} kjører {barn} til Familiens hus og henter igjen etter at "
                    "{forelderen} har gått. {Forelder} tar buss.",
                    "Barnevernstjenesten dekker bussbillett for {forelderen} etter søknad.")
PURPOSE_NOTES = {
    "care_order": "Samværet skal holde kontakten og familiebåndene ved like, og gi {barn} et "
                  "realistisk bilde av {forelderen}.",
    "reunification": "Samværet skal holde tilknytningen ved like og vise om samværet kan utvides "
                     "med tanke på at {barn} skal flytte hjem.",
    "loss": "Samværet skal hjelpe {barn} med savnet og gi et realistisk bilde av {forelderen}.",
}

# --- the visits -------------------------------------------------------------------------------------

CANCELLED_REASONS = {
    "child": "{Barn} hadde feber. Nytt samvær ble ikke satt opp før neste faste dag.",
    "carers": "{Stedet} hadde en begravelse i familien den helgen.",
    "parent": "{Forelder} hadde fått time hos spesialisthelsetjenesten samme dag og meldte fra to dager før.",
    "supervisor": "Tilsynsfører var syk, og det var ingen vikar.",
}
NOT_ATTENDED = ("{Forelder} kom ikke og svarte ikke på telefon.",
                "{Forelder} meldte ikke fra. {Barn} ventet en halvtime.")
SUPERVISOR_NOTES = (
    "Rolig samvær. {Forelder} hadde med spill og mat, og fulgte {barn} godt. God avslutning.",
    "{Barn} var stille de første minuttene, men tødde opp da de gikk ut. {Forelder} var tålmodig.",
    "Godt samvær. De leste og tegnet. {Forelder} sa fra i god tid før det var slutt.",
    "{Forelder} var sliten og ble irritert én gang, men tok seg inn igjen. Stemningen var trygg.",
    "Fint samvær. {Barn} søkte nærhet og satt inntil {forelderen} mens de så på bilder.",
)
PHONE_INSTEAD = "{Barn} var syk, og samværet ble en videosamtale på en halvtime i stedet."
TALK_WITH_ADULT = ("{Forelder} var i krise etter en tung uke og trengte mest å snakke med tilsynsfører. "
                   "{Barn} lekte i rommet ved siden av. Samværet ble kortet ned.")

# --- the talks before and after (summary, the parent's words, agreed) ----------------------------

BEFORE = (
    "Samtale før samværet på {dag}. {Forelder} har sovet dårlig, men gleder seg. Fortalte det "
    "{stedet} har meldt: {barn} har begynt på svømming og er opptatt av det. Gikk gjennom rammen: "
    "tid, sted og hvem som er til stede.",
    "Forberedte samværet på {dag}. {Forelder} vil ta med et gammelt fotoalbum hjemmefra. "
    "Snakket om hva {forelderen} kan svare hvis {barn} spør hvorfor det ikke går å bo hjemme nå.",
    "Kort telefon før samværet. {Forelder} ville ha hjelp til å fortelle {barn} at oldemor er "
    "syk. Avtalte at det blir tid til det mot slutten, med tilsynsfører til stede.",
    "{Forelder} var urolig før samværet etter forrige gang. Snakket om hva som hjalp sist, og om å "
    "begynne med en fast aktivitet den første halvtimen.",
    "Gikk gjennom rapporten fra forrige samvær sammen med {forelderen}. {Forelder} ble glad for at "
    "det står at {barn} satt tett inntil {forelderen} mens de leste.",
    "Før samværet på {dag}: {Forelder} har planlagt å bake vafler og spille kort. Minnet om å si "
    "fra i god tid før samværet er slutt, så avskjeden blir lettere.",
    "Samtale før samværet. {Forelder} lurte på om det er greit å ta med en gave når det ikke er "
    "bursdag. Snakket om hva som kan føles bra for {barn}, og om å holde det enkelt.",
    "{Forelder} ringte selv før samværet på {dag} og ville høre hvordan {barn} har hatt det på "
    "skolen. Fortalte det {stedet} har meldt, og at {barn} gleder seg.",
)
BEFORE_WORDS = (
    "Jeg er nervøs, men det er en god nervøsitet.",
    "Jeg vil bare at {barn} skal ha det fint de timene vi har.",
    "Kan du si til dem at jeg ikke vil snakke om saken mens {barn} hører på?",
    "Hva sier jeg hvis {barn} spør om å få komme hjem?",
    "Jeg har kjøpt en ny fotball. Vi skal ut hvis det ikke regner.",
    "Det er lettere når jeg vet hva som skal skje.",
)
BEFORE_AGREED = (
    "Jeg ringer etter samværet for å høre hvordan det gikk.",
    "Tilsynsfører sier fra ti minutter før slutt.",
    "{Forelder} sender SMS hvis noe kommer i veien.",
)
AFTER = (
    "Samtale etter samværet. De bakte vafler og spilte Uno, og {barn} ville vise fram noe fra "
    "skolen. {Forelder} sier det var lettere å si ha det denne gangen.",
    "Etter samværet: {Barn} var stille i starten, men tødde opp ute. {Forelder} fulgte det "
    "{barn} tok initiativ til, og tilsynsfører skriver at det gikk godt.",
    "{Forelder} var lei seg etter samværet. {Barn} spurte om å få flytte hjem, og "
    "{forelderen} ble stående uten svar. Snakket om at det er lov å si «det vet jeg ikke ennå», "
    "og om å ta spørsmålet med {stedet}.",
    "Samværet ble kortere enn planlagt fordi det var blitt en lang dag for {barn}. {Forelder} "
    "avsluttet selv, rolig. Snakket om at det var klokt gjort.",
    "Gikk gjennom samværet. Det som gikk bra: de lekte ute og lo mye. Det som kunne vært "
    "annerledes: avslutningen ble brå. Avtalte å bruke nedtelling neste gang.",
    "{Forelder} forteller at {barn} viste fram tegninger og ville at {forelderen} skulle ta med en "
    "tegning neste gang. {Stedet} melder at {barn} var glad etterpå og sov godt.",
    "{Stedet} melder om en urolig kveld etter samværet. Delte det med {forelderen}, som ble lei "
    "seg. Snakket om at reaksjoner etter samvær er vanlige, og hva som kan hjelpe.",
    "Samtale etter samværet. De var i svømmehallen, og {forelderen} forteller at {barn} turte å "
    "hoppe fra kanten for første gang. Avskjeden gikk greit. Snakket om å ta med bilder neste gang.",
    "{Forelder} syntes samværet gikk for fort. Gikk gjennom hva de rakk: middag, lekser og et spill. "
    "Snakket om å la {barn} bestemme noe av innholdet neste gang.",
)
AFTER_WORDS = (
    "Det var så godt å holde rundt {dem}.",
    "{Barn} lo av vitsene mine. Det har ikke skjedd på lenge.",
    "Jeg klarte ikke å svare da {barn} spurte om å komme hjem. Det gjorde vondt.",
    "Neste gang vil jeg ha med hunden, hvis det går.",
    "Jeg lot {barn} bestemme mer denne gangen, og det ble bedre.",
    "To timer går altfor fort.",
)
AFTER_AGREED = (
    "Samme opplegg neste gang.",
    "Jeg tar opp ønsket om lengre samvær i evalueringen av samværsplanen.",
    "Jeg snakker med {stedet} om hvordan kvelden etter kan bli roligere.",
)
SAMI_BEFORE_WORDS = ("Jeg tar med gáhkku som {slekt} har bakt til {barn}.",
                     "Jeg skal lære {barn} en ny luohti. Den er om reinen til ádjá.")
SAMI_AFTER_WORDS = ("Vi joiket sammen, og {barn} kunne teksten. Det var så fint.",
                    "{Barn} snakket samisk med meg hele tiden. Jeg er så stolt.",
                    "Jeg fikk vise {dem} bildene fra kalvemerkingen. {Slekt} sender helsing.")

# --- the evaluations ------------------------------------------------------------------------------

CHANGED = {
    "child_view": "{Barn} sier samværene er fine, men vil gjerne være med {forelderen} uten at "
                  "noen ser på, og lenger.",
    "parent_view": "{Forelder} vil ha samvær oftere og lenger, og uten tilsyn. {Forelder} opplever "
                   "tilsynet som en kontroll, men har hatt nytte av tilbakemeldingene.",
    "carers_view": "{Stedet} ser at {barn} gleder seg før samværene og har det fint etterpå, og "
                   "mener det er trygt å prøve samvær uten tilsyn.",
    "supervisor_view": "Tilsynsfører har ikke hatt grunn til bekymring de siste seks samværene. "
                       "{Forelder} setter grenser på en god måte og følger opp {barn}.",
    "conclusion": "Samværet utvides til to ganger i måneden, tre timer, uten tilsyn. Ny plan "
                  "sendes til alle parter. Evalueres igjen om seks måneder.",
}
# The same evaluation where the board has hidden where the child lives: supervision stays.
CHANGED_HIDDEN = {
    **CHANGED,
    "child_view": "{Barn} sier samværene er fine og vil gjerne ha dem oftere og litt lenger.",
    "parent_view": "{Forelder} vil ha samvær oftere og lenger. {Forelder} forstår hvorfor det er "
                   "tilsyn, men synes det er tungt å bli fulgt med på.",
    "carers_view": "{Stedet} ser at {barn} gleder seg før samværene og har det fint etterpå, og "
                   "støtter at samværet utvides.",
    "supervisor_view": "Tilsynsfører har ikke hatt grunn til bekymring de siste seks samværene. "
                       "{Forelder} setter grenser på en god måte. Tilsynet fortsetter så lenge "
                       "nemndas vedtak om skjult bosted gjelder.",
    "conclusion": "Samværet utvides til to ganger i måneden, tre timer, fortsatt med tilsyn på "
                  "Familiens hus. Ny plan sendes til alle parter. Evalueres igjen om seks måneder.",
}
CHANGE_REASON_HIDDEN = ("Evalueringen viste at samværene går godt. Barnevernstjenesten gir mer "
                        "samvær enn nemndas minimum; tilsynet fortsetter fordi bostedet er skjult.")
CHANGE_REASON = ("Evalueringen viste at samværene går godt, og alle parter mener tilsyn ikke "
                 "lenger trengs. Barnevernstjenesten gir mer samvær enn nemndas minimum.")
ROUTINE = {
    "parent_view": ("{Forelder} er fornøyd med hvordan samværene er nå.",
                    "{Forelder} ønsker lengre samvær, men forstår at det må gå gradvis.",
                    "{Forelder} vil gjerne ha samvær i ferier i tillegg."),
    "carers_view": ("{Stedet} mener samværene fungerer godt for {barn}.",
                    "{Stedet} ser at {barn} trenger litt tid på seg etter samværene, men at det går over."),
    "child_view": ("{Barn} liker samværene og vil ha dem som nå.",
                   "{Barn} vil ha samvær, men ikke på skoledager."),
    "supervisor_view": ("Tilsynsfører mener samværene er trygge og gode.",),
    "conclusion": ("Planen fortsetter som før.",
                   "Planen fortsetter. Ønsket om ferier tas opp igjen ved neste evaluering."),
}
EVALUATION_TALK = ("Evaluerte samværsplanen sammen med {forelderen}. Gikk gjennom hva {barn}, "
                   "{stedet} og tilsynsfører mener, og hva {forelderen} selv mener. Alle er enige "
                   "om å utvide samværet og gå over til samvær uten tilsyn.")
EVALUATION_TALK_HIDDEN = ("Evaluerte samværsplanen sammen med {forelderen}. Gikk gjennom hva {barn}, "
                          "{stedet} og tilsynsfører mener, og hva {forelderen} selv mener. Alle er "
                          "enige om å utvide samværet. Tilsynet fortsetter.")
EVALUATION_AGREED_HIDDEN = ("Ny samværsplan fra {dato}: to ganger i måneden, tre timer, med tilsyn "
                            "på Familiens hus.")
EVALUATION_WORDS_HIDDEN = "Det er i alle fall mer tid med {barn}. Det er det viktigste."
EVALUATION_WORDS = "Endelig. Jeg har ventet på å få være bare oss to."
EVALUATION_AGREED = "Ny samværsplan fra {dato}: to ganger i måneden, tre timer, uten tilsyn."
SEND_PLAN_TASK = "Sende ny samværsplan til {forelderen}, {stedet} og tilsynsfører"
SEND_PLAN_DONE = "Sendt til alle parter {dato}."

# --- travel support ----------------------------------------------------------------------------------

TRAVEL = (
    ("Bussbillett tur–retur til samværet", 420),
    ("Bussbilletter til samværene i ett kvartal", 1260),
    ("Drosje til samværet, bussen var innstilt", 980),
)
TRAVEL_GRANTED = "Innvilget etter barnevernloven og kommunens retningslinjer for samværsutgifter."
TRAVEL_REFUSED = ("Avslått: drosje dekkes bare når det er avtalt med barnevernstjenesten på "
                  "forhånd. Du kan klage på vedtaket.")
# fmt: on
