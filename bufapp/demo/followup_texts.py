"""The words of the demo's follow-up: the children's plans, the purpose in the parent's words and
the caseworker's, the agreement, the service's assessments written to the parent, the parent's
own evaluations and wishes with their answers. Only data; ``followup`` deals from it.

Placeholders: {barn} (the children's names), {de}/{dem} (the name again for one child, "de"/"dem"
for siblings), {forelderen} (mor, far, medmor), {stedet} (fosterhjemmet, institusjonen), {dato}
(a date); capitalised, the same at the start of a sentence. No text names a foster home, its town or the
people there: an assessment or an answer is written to the parent, and some parents may not
know where their children live.
"""

from __future__ import annotations

# fmt: off
# --- the children's plans: (goal, time frame) ----------------------------------------------------

MEASURE_PLANS = (
    ("At {barn} kan flytte hjem igjen når foreldrene har fått en stabil bolig og hjelpen de "
     "trenger, og at {barn} har god kontakt med familien så lenge plasseringen varer.",
     "Frivillig plassering i inntil ett år. Planen evalueres sammen med foreldrene hver tredje måned."),
    ("At {barn} får ro, hjelp med skolen og en trygg hverdag i {stedet}, mens foreldrene får "
     "støtte til å ta imot {barn} hjemme igjen.",
     "Seks måneder, med evaluering etter tre måneder."),
)
CARE_PLANS_FIRST = (
    ("{Barn} skal ha trygg omsorg i {stedet} og jevnlig samvær med familien. Om {barn} kan "
     "flytte hjem, vurderes når foreldrenes situasjon har vært stabil over tid.",
     "Planen vurderes på nytt etter ett år."),
)
CARE_PLANS_LATER = (
    ("{Barn} skal fortsatt bo i {stedet}, med samvær med foreldre og søsken og kontakt med "
     "resten av familien. Tilbakeføring vurderes hvert år sammen med foreldrene.",
     "Langvarig plassering; evalueres hvert år."),
    ("{Barn} skal vokse opp med trygge voksne rundt seg, ha god kontakt med foreldrene og "
     "beholde kontakten med slekt, språk og kultur.",
     "Langsiktig. Ny evaluering om ett år, eller før hvis noe endrer seg."),
)

# --- the purpose: the parent's words (by situation), the caseworker's ----------------------------

PURPOSE_PARENT = {
    "voluntary": ("Jeg vil ha {barn} hjem igjen, og jeg vil vite helt konkret hva jeg må gjøre for det.",
                  "Jeg vil være en god forelder for {barn}, også nå som {de} ikke bor hjemme."),
    "care_order": ("Jeg vil være en del av livet til {barn}, selv om jeg ikke bestemmer så mye nå.",
                   "Jeg vil at samværene skal bli gode, og at {barn} vet at jeg er her.",
                   "Jeg vil få det bedre selv, så jeg kan være der for {barn}."),
    "emergency": ("Jeg vil forstå hva som skjer nå, og vite at {barn} har det trygt.",),
    "reunified": ("Jeg vil klare hverdagen nå som {barn} er hjemme igjen, og vite hvem jeg kan ringe "
                  "når det blir tungt.",),
    "without_responsibility": ("Jeg vil bli bedre kjent med {barn} og være der når {de} trenger meg.",),
}
PURPOSE_CASEWORKER = {
    "voluntary": "Støtte {forelderen} med bolig og behandling, slik at {barn} kan flytte hjem slik "
                 "tiltaksplanen sier, og holde {forelderen} orientert om hvordan {barn} har det.",
    "care_order": "Hjelpe {forelderen} til å være en trygg og viktig person for {barn} gjennom "
                  "plasseringen, gjøre samværene gode, og hjelpe {forelderen} med det {forelderen} "
                  "selv ønsker hjelp til.",
    "emergency": "Gi {forelderen} støtte og informasjon i tiden etter akuttplasseringen, og forberede "
                 "samarbeidet om {barn} framover.",
    "reunified": "Følge opp familien tett de første månedene etter at {barn} flyttet hjem, og sørge "
                 "for at hjelpen {forelderen} har, fortsetter.",
    "without_responsibility": "Gi {forelderen} informasjon om {barn} og legge til rette for kontakt og "
                              "samvær, slik det er avtalt eller bestemt.",
}

# --- the agreement (how, where, with whom) ---------------------------------------------------------

# By the channel the contact plan already names (contact_texts.CHANNELS), so the two agree.
HOW_BY_CHANNEL = {
    "på telefon": "Fast samtale på telefon, og et møte når {forelderen} ønsker det.",
    "på kontoret": "Møte på kontoret. SMS dagen før som påminnelse.",
    "med hjemmebesøk": "Hjemmebesøk, avtalt på forhånd. Telefon mellom besøkene ved behov.",
    "på kafé": "Møte på et nøytralt sted som {forelderen} velger.",
}
HOW = "Samtale ansikt til ansikt. SMS dagen før som påminnelse."
IN_WRITING = " Kort skriftlig oppsummering etter hver samtale."
BY_SMS = " Avtaler gjøres på SMS."
PLACE_BY_CHANNEL = {
    "på kontoret": "Kontoret i rådhuset",
    "med hjemmebesøk": "Hjemme hos {forelderen}",
    "på kafé": "Kafé Rypa i sentrum",
}
PLACES = (
    "Hjemme hos {forelderen}", "Kafé Rypa i sentrum", "Biblioteket i Fjellvik",
    "Kontoret i rådhuset", "Kafé Nordlys ved havna",
)
SUPPORT_OFFERED = (
    "Tilbudt; ønsker ikke støtteperson nå.",
    "Likeperson fra foreldregruppa på familievernkontoret (tilbudt, tenker på det).",
    "Tilbudt; vil heller ta med en venninne når det trengs.",
)

# --- information: notes ----------------------------------------------------------------------------

NOTE_FIRST = "Gitt i første samtale. Mye å ta inn; tas opp igjen når det har roet seg."
NOTE_AGAIN = "Gått gjennom på nytt. {Forelder} forklarte det med egne ord."
NOTE_CRISIS = "Gitt igjen etter krisen, kort. Tas opp igjen når {forelderen} har det roligere."
NOTE_LETTER = "Sendt skriftlig. Ikke snakket om ennå."
NOTE_SOON = "Delvis forstått. Gjentas med støttepersonen til stede."

# --- assessments, written to the parent ------------------------------------------------------------

HOME_POSSIBLE = (
    "Vi mener at {barn} kan flytte hjem til deg igjen, og vi vil hjelpe deg på veien dit. Dette er "
    "det som skal til:\n"
    "– at du har en bolig med plass til {dem}. Boligkontoret og du er godt i gang med det.\n"
    "– at du fortsetter samtalene du har begynt på, også etter at {de} har flyttet hjem.\n"
    "– at samværene fortsetter å gå så godt som nå, og at {de} etter hvert sover hjemme hos deg "
    "noen netter før flyttingen.\n"
    "Vi snakker sammen om dette hver måned. Innen {dato} gjør vi en ny vurdering sammen med deg, og "
    "da kan vi bli enige om når {de} skal flytte. Du har samtykket til plasseringen og kan trekke "
    "samtykket tilbake; vi vil gjerne at flyttingen skjer i et tempo som er godt for {dem}."
)
NOT_YET = (
    "Vi mener at {barn} ikke kan flytte hjem ennå. Du har ikke fast bolig nå, og du har nettopp "
    "begynt i behandling. Det er bra at du har begynt. Vi vil hjelpe deg med boligen sammen med NAV, "
    "og vi ser på dette igjen sammen med deg innen {dato}."
)
NOT_YET_VISITS = (
    "Vi mener at {barn} ikke kan flytte hjem ennå. Samværene har blitt bedre, men de er fortsatt "
    "korte, og {de} trenger å kjenne at hverdagen hjemme blir forutsigbar. De neste "
    "månedene vil vi prøve lengre samvær hjemme hos deg. Vi ser på dette igjen sammen med deg "
    "innen {dato}."
)
NOT_NOW = (
    "Vi mener at {barn} ikke kan flytte hjem nå. {De} har hatt mange brudd og trenger ro og de "
    "samme trygge voksne rundt seg hver dag. Vi ser også at du fortsatt har det tungt, og at "
    "hjelpen du har fått tilbud om, ikke har kommet ordentlig i gang.\n"
    "Det betyr ikke at vi har gitt opp. Før vi kan vurdere at {de} flytter hjem, må du ha hatt "
    "det stabilt over tid, samværene må være gode for {dem}, og du må ta imot hjelpen. Vi ser på "
    "dette igjen innen {dato}, og vi vil gjerne høre hva du selv mener. Du kan også be om at "
    "barneverns- og helsenemnda vurderer saken på nytt; advokaten din kan hjelpe deg med det."
)
NOT_NOW_EARLIER = (
    "Vi mener at {barn} ikke kan flytte hjem nå. Det er kort tid siden {de} flyttet, og {de} "
    "trenger tid til å falle til ro. Vi vil bruke tiden framover til å få samværene til å fungere, "
    "og til å finne ut sammen med deg hvilken hjelp du ønsker. Vi ser på dette igjen innen {dato}."
)
NOT_EXPECTED = (
    "Vi mener at {barn} skal fortsette å bo der {de} bor nå, også på lang sikt. {De} har bodd "
    "der lenge og har knyttet seg til de voksne der. Det betyr ikke at du blir mindre viktig: vi vil "
    "at samværene fortsetter, og at du får vite hvordan {barn} har det. Vi vurderer dette på nytt "
    "hvert år, og neste gang innen {dato}."
)

# --- the parent's own evaluation of how the placement is carried out --------------------------

EVALUATIONS = (
    "I starten fikk jeg ikke vite noe. Nå får jeg bilder og en melding hver uke, og det betyr mye.",
    "De voksne i {stedet} er flinke med {barn}, men jeg får vite for lite om skolen.",
    "Samværene er bedre nå som de ikke er på kontoret. Det føles mer som oss.",
    "Det er vondt å se at {barn} har det bra uten meg. Men jeg ser at {de} har det bra.",
    "Jeg føler meg mer tatt med nå. Jeg blir spurt før ting bestemmes, ikke etterpå.",
    "Jeg synes det går for sakte. Jeg har gjort det dere ba om, og vil se at det betyr noe.",
)

# --- wishes: (words, answer, reason) ---------------------------------------------------------------

MORE_VISITS_GRANTED = (
    "Jeg vil ha samvær oftere enn én gang i måneden.",
    "Ja. Fra neste måned blir samværet annenhver uke, på lørdager.",
    "",
)
MORE_VISITS_PARTLY = (
    "Jeg vil at {barn} skal få sove hos meg i helgene.",
    "Vi begynner med én overnatting i måneden og ser på det igjen etter tre måneder.",
    "{Barn} har nettopp fått en roligere hverdag og trenger å venne seg til overnattingene litt etter "
    "litt. Vi vil at det skal bli en god opplevelse for {barn}, og vil heller øke enn å måtte gå "
    "tilbake.",
)
MORE_VISITS_REFUSED = (
    "Jeg vil ha samvær hver uke, ikke hver fjortende dag.",
    "Vi kan ikke gi samvær hver uke nå. Vi tilbyr i stedet lengre samvær: fire timer i stedet for to.",
    "Vi ser at {barn} trenger noen dager på å falle til ro etter hvert samvær. Med samvær hver uke "
    "blir det for lite ro mellom gangene. Vi vurderer hvor ofte dere skal ha samvær på nytt når vi "
    "evaluerer samværsplanen sammen med deg.",
)
MEET_CARERS_GRANTED = (
    "Jeg vil møte dem som passer på {barn}, og fortelle hva som trøster når {de} er lei seg.",
    "Ja. Vi avtaler et møte på kontoret der du kan fortelle om vanene til {barn}. Jeg er med.",
    "",
)
INFORMATION_GRANTED = (
    "Jeg vil få vite hvordan det går på skolen, ikke bare høre det på samværene.",
    "Ja. Du får en kort melding fra meg etter hvert foreldremøte, og kopi av halvårsvurderingen.",
    "",
)
HELP_GRANTED = (
    "Jeg trenger hjelp med å søke om bostøtte.",
    "Ja. Vi går gjennom søknaden sammen med NAV-veilederen din neste uke.",
    "",
)
NEW_CASEWORKER_OPEN = (
    "Jeg vil ha en annen saksbehandler. Vi har kranglet for mye, og jeg føler ikke at jeg blir hørt.",
)
HELP_OVERDUE = (
    "Jeg vil ha hjelp til å finne en psykolog som ikke har noe med barnevernet å gjøre.",
)
# fmt: on
