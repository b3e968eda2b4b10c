"""The words of the demo contact log: themes a contact can be about, each with sentences that
``composer`` fills and combines, so hundreds of entries for one parent are not copies.

Slots: {Forelder}/{forelderen} (Mor/mor, Far/far), {barn} (the children's names), {stedet}
(fosterhjemmet, institusjonen…), {omsorg} (fosterforeldrene, mormor, miljøpersonalet),
{aktivitet} (bake boller), {glad}/{tung} (how someone felt), {hverdag} (news of the child),
{dag} (a weekday soon), {dato} (a date soon), {slekt} (a Sami relative: áhkku Máret). A capital
first letter ({Omsorg}) gives the word with a capital. Only data; nothing here draws."""

from __future__ import annotations

from typing import NamedTuple

from bufapp.domain.enums import ContactForm as F
from bufapp.domain.enums import ContactTopic as T
from bufapp.domain.enums import TaskResponsible as R


class TaskText(NamedTuple):
    what: str
    responsible: R
    name: str  # who, when ``responsible`` is OTHER
    days: int  # due this many days after the contact


class Theme(NamedTuple):
    topics: tuple[T, ...]
    forms: tuple[F, ...]  # the forms a contact on this theme usually takes
    core: tuple[str, ...]  # the body of a held conversation's summary
    also: tuple[str, ...]  # one sentence when the theme comes up besides another
    words: tuple[str, ...]  # the parent's own words, without quotes
    agreed: tuple[str, ...]
    tasks: tuple[TaskText, ...]
    about: tuple[str, ...]  # what an SMS, a letter or an unanswered call was about
    letters: tuple[str, ...] = ()
    sami: tuple[str, ...] = ()  # core sentences for a Sami family


def _task(what: str, responsible: R = R.CASEWORKER, name: str = "", days: int = 7) -> TaskText:
    return TaskText(what, responsible, name, days)


# fmt: off
THEMES: dict[str, Theme] = {
    "samvær_før": Theme(
        (T.VISITS,), (F.PHONE, F.MESSAGE),
        ("Forberedte samværet på {dag} sammen med {forelderen}. Snakket om hva {barn} liker å gjøre nå, og at det er lov å vise at man er lei seg når samværet er over.",
         "{Forelder} gruer seg til samværet på {dag} etter forrige gang. Gikk gjennom hva som kan gjøre det lettere: kortere tid, en fast aktivitet og en tydelig avslutning.",
         "Snakket om samværet på {dag}. {Forelder} har planlagt å {aktivitet} og har kjøpt med seg noe å spise.",
         "Kort samtale før samværet. {Forelder} var {tung}, men klar for å møte {barn}. Minnet om at {omsorg} er med ved oppstart og avslutning.",
         "Gikk gjennom rammene for samværet på {dag}: tid, sted og hvem som er til stede. {Forelder} hadde ingen innvendinger."),
        ("Minnet også om samværet på {dag}.", "Snakket også kort om samværet på {dag}."),
        ("Jeg har kjøpt kakao og boller, vi skal ha det koselig.", "Jeg er redd {barn} ikke vil snakke med meg denne gangen.",
         "Si til {omsorg} at jeg kommer presis.", "Jeg har gledet meg hele uka."),
        ("Jeg ringer etter samværet for å høre hvordan det gikk.", "{Forelder} sender SMS hvis noe kommer i veien.",
         "Samværet gjennomføres som planlagt."),
        (_task("Bestille drosje til samværet", days=2), _task("Gi {omsorg} beskjed om tidspunkt for henting", days=1)),
        ("samværet på {dag}", "tidspunktet for samværet"),
    ),
    "samvær_godt": Theme(
        (T.VISITS,), (F.PHONE, F.OFFICE_MEETING),
        ("Snakket om samværet i helgen. Det gikk fint: de fikk {aktivitet}, og {barn} ville vise fram ting fra skolen. {Forelder} var {glad} etterpå.",
         "Samværet gikk godt, ifølge både {forelderen} og {omsorg}. De fikk {aktivitet}, og avskjeden var lettere enn sist.",
         "{Forelder} var {glad} etter samværet. {Barn} fortalte om skolen og ville at de skulle {aktivitet} neste gang også.",
         "Gjennomgang av samværet. {Forelder} opplevde god stemning, og {omsorg} forteller at {barn} sov godt natta etter.",
         "Godt samvær. {Forelder} merket at {barn} søkte mer kontakt enn før. {Forelder} ble {glad}."),
        ("Siste samvær gikk fint, ifølge {forelderen}.", "{Forelder} fortalte at forrige samvær var godt."),
        ("Det var den beste dagen på lenge.", "{Barn} lo så mye. Jeg hadde glemt hvordan det hørtes ut.",
         "Jeg vil gjerne ha litt lengre tid neste gang.", "Det var godt å se at {barn} har det bra.",
         "Jeg klarte å si ha det uten å gråte denne gangen."),
        ("Ønsket om lengre samvær tas med i evalueringen av samværsplanen.", "Jeg gir {omsorg} tilbakemelding om at samværet gikk fint.",
         "Samme opplegg neste gang."),
        (_task("Ta opp ønsket om lengre samvær med {omsorg}", days=10),),
        ("hvordan samværet gikk", "siste samvær"),
        sami=("Samvær hos {slekt} i Kárášjohka. {Forelder} forteller at {barn} fikk prøve ny gákti, og at de joiket sammen.",
              "Godt samvær. {Barn} var med {forelderen} og {slekt} og så på eallu. {Forelder} var {glad} etterpå."),
    ),
    "samvær_tungt": Theme(
        (T.VISITS,), (F.PHONE, F.HOME_VISIT),
        ("Samtale etter samværet. {Barn} ble urolig mot slutten, og {forelderen} syntes det var vondt å gå. Snakket om hvordan avslutningen kan bli tryggere.",
         "{Forelder} var {tung} etter samværet. Det ble krangel om mobilbruk, og {forelderen} følte seg satt til side. Lyttet, og tilbød å være med neste gang.",
         "Samværet ble avsluttet tidligere enn planlagt fordi {barn} ikke ville mer. Forklarte at slike reaksjoner er vanlige og ikke betyr at {barn} ikke er glad i {forelderen}.",
         "{Omsorg} meldte om en urolig natt etter samværet. Delte dette med {forelderen}, som ble {tung}. Snakket om hvordan samværet kan legges opp annerledes.",
         "{Forelder} kom for sent til samværet, og det ble stressende for alle. Snakket om hva som skjedde, uten å legge skyld, og hvordan det kan unngås."),
        ("Snakket også om forrige samvær, som var tungt for {forelderen}.",),
        ("Jeg føler meg som en gjest i livet til mitt eget barn.", "Det gjør så vondt når jeg må gå.",
         "Jeg vet at jeg kom for sent. Bussen gikk ikke.", "Jeg vil ikke at {barn} skal se meg gråte.", "De ser bare feilene mine."),
        ("Jeg er med som støtte ved starten av neste samvær.", "Neste samvær blir kortere, med fast aktivitet og tydelig avslutning.",
         "Jeg snakker med {omsorg} om hvordan avskjeden kan bli lettere."),
        (_task("Avtale nytt opplegg for avslutning av samvær med {omsorg}"), _task("Ordne skyss så {forelderen} rekker samværet", days=5)),
        ("samværet i helgen", "hvordan samværet endte"),
    ),
    "samværsplan": Theme(
        (T.VISITS, T.INFORMATION), (F.OFFICE_MEETING, F.VIDEO, F.LETTER),
        ("Evaluerte samværsplanen. {Forelder} ønsker mer samvær og overnatting i ferier. Forklarte hva nemnda har satt som minimum, og at tjenesten kan gi mer når det er til det beste for {barn}.",
         "Gikk gjennom utkast til ny samværsplan. {Forelder} fikk si sin mening, og synspunktene tas med før planen sendes til alle parter.",
         "Samtale om samvær i jula. {Forelder} ønsker å ha {barn} på julaften, {omsorg} foreslår første juledag. Vi ser etter et kompromiss.",
         "Snakket om formålet med samværet slik det er nå, og hva som skal til for at det kan utvides.",
         "{Forelder} ba om at samværet flyttes til lørdager på grunn av ny jobb. Lovet å ta det opp med {omsorg}."),
        ("Snakket også om evalueringen av samværsplanen.",),
        ("Jeg vil ha {barn} hjemme en helg i måneden, ikke bare to timer.", "Jeg forstår at nemnda bestemmer, men jeg vil at dere hører hva jeg mener.",
         "Det er viktig for meg at {barn} får feire jul med familien sin.", "Jeg vil at samværet skal være hjemme hos meg, ikke på kontoret."),
        ("Ny samværsplan sendes alle parter når den er ferdig.", "{Forelder} skriver ned ønsker for sommerferien før neste møte.",
         "Samværsplanen evalueres igjen om tre måneder."),
        (_task("Ta ønskene med i neste evaluering av samværsplanen", days=14), _task("Skrive ned ønsker til feriesamvær", R.PARENT, days=10),
         _task("Avklare feriesamvær med {omsorg}", days=14)),
        ("samværsplanen", "samvær i ferien"),
        letters=("Sendte ny samværsplan til {forelderen}, {omsorg} og advokaten.", "Sendte referat fra evalueringen av samværsplanen til {forelderen}."),
        sami=("{Forelder} ønsker samvær på Sámi álbmotbeaivi 6. februar og i påsken i Guovdageaidnu. Tas med i evalueringen av samværsplanen.",
              "{Forelder} ønsker at {barn} blir med på kalvemerkingen i eallu i sommer. Drøftet hvordan det kan passe inn i samværsplanen."),
    ),
    "bolig": Theme(
        (T.LIVING_CONDITIONS,), (F.HOME_VISIT, F.PHONE),
        ("Snakket om boligsituasjonen. {Forelder} bor midlertidig hos en venn og har søkt kommunal bolig. Tilbød å hjelpe med søknaden hvis {forelderen} ønsker det.",
         "{Forelder} har fått tilbud om en leilighet med to soverom. Snakket om hva det betyr for samvær hjemme, og om depositumsgaranti fra NAV.",
         "{Forelder} har fått varsel om utkastelse på grunn av husleierestanse. Gikk gjennom brevet sammen og ringte NAV med {forelderen} til stede, etter samtykke.",
         "Boligen er trang og fuktig. {Forelder} vil søke bostøtte og startlån. Forklarte mulighetene; søknaden sendes av {forelderen} selv.",
         "{Forelder} har flyttet inn i ny leilighet og forteller om rommet som er gjort klart til samvær."),
        ("Snakket også om boligsøknaden.", "Spurte hvordan det går med boligen."),
        ("Jeg trenger et sted å bo før jeg kan tenke på noe annet.", "Det er ikke plass til {barn} her. Hvordan skal jeg få samvær hjemme da?",
         "Jeg vil klare dette selv, men jeg vet ikke hvor jeg skal begynne.", "Endelig en dør jeg kan låse."),
        ("{Forelder} sender søknaden til boligkontoret denne uka; jeg hjelper med vedleggene.", "Med samtykke ringer jeg boligkontoret og spør om status.",
         "Boligsaken tas opp på neste ansvarsgruppemøte."),
        (_task("Sende søknad om kommunal bolig", R.PARENT), _task("Spørre boligkontoret om status på søknaden (samtykke gitt)", days=10),
         _task("Vurdere depositumsgaranti", R.OTHER, "NAV-veileder", 14)),
        ("boligsøknaden", "brevet fra utleier"),
    ),
    "økonomi": Theme(
        (T.LIVING_CONDITIONS,), (F.OFFICE_MEETING, F.PHONE),
        ("Snakket om økonomien etter at barnetrygden falt bort. {Forelder} har ubetalte regninger og gruer seg til å åpne posten. Tilbød kontakt med gjeldsrådgiver i NAV.",
         "{Forelder} har fått avslag på økonomisk sosialhjelp og lurer på om det kan klages. Forklarte klageretten og fant kontaktinformasjon til NAV sammen.",
         "Gikk gjennom hva tjenesten dekker av reiseutgifter til samvær. {Forelder} leverer kvitteringer hver måned.",
         "{Forelder} forteller at pengene ikke strekker til mat ut måneden. Ringte NAV sammen med {forelderen} om nødhjelp.",
         "{Forelder} har fått en nedbetalingsplan hos gjeldsrådgiveren og sier det er godt å ha oversikt."),
        ("Snakket også om økonomien.", "Spurte om pengene strekker til denne måneden."),
        ("Jeg skammer meg over at jeg ikke får betalt regningene.", "Jeg trenger ikke mer råd, jeg trenger penger til mat.",
         "Nå har jeg oversikt for første gang på flere år."),
        ("{Forelder} tar med regningene til neste møte, så ser vi på dem sammen.", "Reiseutgiftene refunderes når kvitteringene er levert.",
         "Med samtykke tar jeg kontakt med NAV-veilederen om et felles møte."),
        (_task("Refundere reiseutgifter til samvær", days=14), _task("Levere kvitteringer for reiseutgifter", R.PARENT),
         _task("Sette opp møte med gjeldsrådgiver", R.OTHER, "NAV-veileder", 21)),
        ("refusjon av reiseutgifter", "økonomien", "avslaget fra NAV"),
    ),
    "arbeid": Theme(
        (T.LIVING_CONDITIONS,), (F.PHONE, F.NEUTRAL_PLACE),
        ("{Forelder} har fått praksisplass i en butikk gjennom NAV og sier det er godt å ha noe å gå til om dagen.",
         "Snakket om skole og arbeid. {Forelder} vurderer å ta fag på voksenopplæringen og vil ha det med i planen.",
         "{Forelder} har mistet jobben og er redd det påvirker saken. Forklarte at jobb ikke er et vilkår i seg selv, men at en stabil hverdag er viktig.",
         "{Forelder} er i gang med norskkurs og arbeidspraksis. Snakket om hvordan samvær kan passe med timeplanen."),
        ("Spurte også hvordan det går med praksisplassen.",),
        ("Det er godt å ha et sted å gå om morgenen.", "Jeg vil at {barn} skal se at jeg klarer meg.", "Jeg har søkt mange jobber, men ingen svarer."),
        ("Utdanningsplanene tas opp med NAV på neste møte.", "{Forelder} sier fra hvis arbeidstiden gjør det vanskelig å rekke samvær."),
        (_task("Avklare arbeidspraksis og timeplan", R.OTHER, "NAV-veileder", 21),),
        ("praksisplassen", "timeplanen for kurset"),
    ),
    "psykisk_helse": Theme(
        (T.TREATMENT,), (F.OFFICE_MEETING, F.HOME_VISIT, F.PHONE),
        ("{Forelder} forteller om dårlig søvn og mye angst etter plasseringen. Snakket om hjelp fra DPS, og at fastlegen kan henvise.",
         "{Forelder} har hatt første time på DPS og syntes det var godt å snakke med noen utenfor barnevernssaken.",
         "{Forelder} går til samtaler på DPS annenhver uke. Opplever at det hjelper, men at dagene rundt samvær er tunge.",
         "{Forelder} har vært innlagt noen dager etter en tung periode. Snakket om hvordan {forelderen} har det nå, og hvordan {barn} kan få vite det på en skånsom måte.",
         "{Forelder} har fått tilbud om traumebehandling og lurer på om tida er riktig. Snakket om fordeler og ulemper; {forelderen} bestemmer selv."),
        ("Spurte også hvordan det går med samtalene på DPS.", "Snakket kort om søvn og helse."),
        ("Jeg sover nesten ikke. Tankene går hele tida.", "Det er første gang noen spør hvordan jeg egentlig har det.",
         "Behandleren min forstår meg. Det hjelper.", "Jeg er redd dere bruker det mot meg at jeg går til psykolog."),
        ("{Forelder} bestiller time hos fastlegen og ber om henvisning til DPS.", "Med samtykke kan behandleren delta på neste ansvarsgruppemøte.",
         "Jeg ringer igjen om en uke for å høre hvordan det går."),
        (_task("Bestille time hos fastlegen om henvisning til DPS", R.PARENT), _task("Sende henvisning til DPS", R.OTHER, "Fastlege", 14),
         _task("Innhente samtykke til samarbeid med DPS")),
        ("timen på DPS", "hvordan det går med søvnen"),
    ),
    "rus": Theme(
        (T.TREATMENT,), (F.OFFICE_MEETING, F.PHONE),
        ("{Forelder} forteller åpent om et tilbakefall i helgen. Snakket om hva som utløste det, og om hjelpen {forelderen} har fra rustjenesten.",
         "{Forelder} har vært rusfri i tre måneder og leverer prøver hos rustjenesten. Snakket om hva det betyr for samværet framover.",
         "{Forelder} har fått plass på døgnbehandling. Snakket om kontakt med {barn} under oppholdet og om samvær i behandlingstida.",
         "Samtale om LAR-behandlingen. {Forelder} opplever stabil dosering og mer ro i hverdagen.",
         "{Forelder} er usikker på om poliklinisk rusbehandling er riktig. Lyttet, og snakket om hva {forelderen} selv vil oppnå."),
        ("Snakket også om oppfølgingen fra rustjenesten.", "Spurte hvordan det går med behandlingen."),
        ("Jeg vil ikke at {barn} skal se meg sånn igjen.", "Hver dag uten rus er en seier.",
         "Jeg trenger noen å ringe når suget kommer.", "Jeg lyver ikke lenger. Det er det viktigste jeg har lært."),
        ("{Forelder} ringer ruskonsulenten og ber om en ekstra samtale.", "Med samtykke bekrefter rustjenesten oppmøte før evalueringen av samværet.",
         "Vi snakker om dette igjen om en uke."),
        (_task("Møte til samtale hos ruskonsulenten", R.PARENT, days=5), _task("Sende samtykkeskjema til rustjenesten"),
         _task("Avklare samvær under døgnbehandlingen", R.OTHER, "Behandlingsstedet", 14)),
        ("behandlingen", "samtalen hos ruskonsulenten"),
    ),
    "veiledning": Theme(
        (T.TREATMENT,), (F.OFFICE_MEETING, F.NEUTRAL_PLACE),
        ("Snakket om foreldreveiledning. {Forelder} er interessert i ICDP-gruppa på familievernkontoret for foreldre som ikke bor med barna sine.",
         "{Forelder} har vært på to samlinger i foreldregruppa på familievernkontoret. Det var godt å møte andre i samme situasjon.",
         "{Forelder} lurte på hva Marte Meo er. Forklarte hvordan videoveiledning kan brukes under samvær, og at det er frivillig.",
         "Brukte ORS-skjemaet (KOR) i starten av samtalen. {Forelder} skåret lavere enn sist på det sosiale; snakket om hva som har skjedd.",
         "Snakket om foreldrekurs. {Forelder} vil heller ha samtaler alene enn i gruppe, og det respekteres."),
        ("Minnet også om foreldregruppa på familievernkontoret.",),
        ("Det hjalp å høre at andre har det som meg.", "Jeg vil ikke sitte i en gruppe og snakke om det verste som har skjedd meg.",
         "Jeg vil lære å forstå {barn} bedre."),
        ("{Forelder} meldes på neste ICDP-gruppe, etter eget ønske.", "{Forelder} tenker over tilbudet og gir svar neste uke."),
        (_task("Melde på ICDP-gruppe på familievernkontoret", days=14), _task("Gi svar på tilbudet om veiledning", R.PARENT)),
        ("foreldregruppa", "tilbudet om veiledning"),
    ),
    "henvisning": Theme(
        (T.REFERRAL,), (F.OFFICE_MEETING, F.LETTER),
        ("Gikk gjennom utkast til henvisning til familievernkontoret sammen med {forelderen}. Opplysningene om rus ble tatt ut etter ønske, før samtykket ble signert.",
         "{Forelder} samtykket skriftlig til henvisning til DPS med opplysninger om søvnvansker og angst. Samtykket gjelder bare denne henvisningen.",
         "Henvisningen til rustjenesten er besvart, og {forelderen} har fått time. Sendte kopi av svaret.",
         "Snakket om henvisning til psykolog i kommunen. {Forelder} vil tenke seg om; ingenting sendes før {forelderen} har bestemt seg.",
         "{Forelder} trekker samtykket til at NAV får opplysninger fra barnevernstjenesten. Bekreftet at samtykket er trukket og at ingenting mer sendes."),
        ("Minnet om at ingenting sendes videre uten samtykke.", "Snakket også om svaret på henvisningen."),
        ("Jeg vil lese alt som står om meg før det sendes.", "De skal bare vite det de trenger å vite.", "Send det, jeg trenger hjelpen."),
        ("Henvisningen sendes når samtykket er signert.", "Kopi av henvisningen sendes {forelderen}.", "Jeg følger opp svar på henvisningen om tre uker."),
        (_task("Sende henvisning til familievernkontoret"), _task("Følge opp svar på henvisningen", days=21),
         _task("Signere samtykke til henvisning", R.PARENT, days=5)),
        ("henvisningen", "samtykket til henvisningen"),
        letters=("Sendte kopi av henvisningen til {forelderen}, som avtalt.", "Sendte henvisning til familievernkontoret med kopi til {forelderen}. Samtykket ligger i saken."),
    ),
    "nettverk": Theme(
        (T.NETWORK,), (F.HOME_VISIT, F.NEUTRAL_PLACE),
        ("Tegnet nettverkskart sammen med {forelderen}. {Forelder} har god støtte fra en søster, men har brutt med flere venner etter plasseringen.",
         "Snakket om familieråd. {Forelder} kan tenke seg at søsteren og en tante er med. Forklarte hvordan et familieråd foregår.",
         "{Forelder} har lite nettverk og kjenner seg ensom. Informerte om treffstedet på frivilligsentralen og om likepersoner i foreldregruppa.",
         "{Forelder} har tatt opp igjen kontakten med en gammel venn som vil være støtteperson i møter.",
         "Oppdaterte nettverkskartet. Forholdet til egen mor er bedre nå, og hun vil gjerne være med på samvær."),
        ("Snakket også om hvem {forelderen} har rundt seg.", "Spurte hvem {forelderen} kan ringe når det er tungt."),
        ("Jeg har ingen å ringe når jeg ikke får sove om natta.", "Søstera mi er den eneste som ikke dømmer meg.",
         "Familieråd kan vi prøve, men ikke med faren deres der.", "Jeg har skjøvet alle vekk."),
        ("Vi fortsetter med nettverkskartet neste gang.", "{Forelder} spør søsteren om hun vil være med på familierådet.",
         "Jeg sender informasjon om frivilligsentralen på SMS."),
        (_task("Spørre søsteren om hun vil være støtteperson", R.PARENT, days=14),
         _task("Avklare dato for familieråd", R.OTHER, "Familierådskoordinator", 21), _task("Sende informasjon om frivilligsentralen", days=3)),
        ("familierådet", "nettverkskartet"),
        sami=("Tegnet nettverkskart. {Slekt} og slekta i Deatnu er viktige for {forelderen} og for {barn}, og {forelderen} vil ha dem med på familierådet.",
              "Snakket om slekta. {Slekt} vil gjerne ha jevnlig kontakt med {barn} og kan være en støtte for {forelderen}."),
    ),
    "fosterhjem": Theme(
        (T.CARER_COOPERATION,), (F.OFFICE_MEETING, F.PHONE),
        ("Snakket om samarbeidet med {omsorg}. {Forelder} opplever dem som vennlige, men vil vite mer om hverdagen til {barn}.",
         "{Forelder} ønsker bilder fra hverdagen oftere. Tok det opp med {omsorg}, som gjerne sender bilder hver fjortende dag.",
         "Møte med {forelderen} og {omsorg} for å bli bedre kjent. God samtale om rutiner, mat og leggetider.",
         "{Forelder} var misfornøyd med at {barn} har klippet håret uten at {forelderen} ble spurt. Forklarte hvem som bestemmer hva i hverdagen.",
         "{Forelder} og {omsorg} har avtalt at {barn} kan ringe hjem på søndager. Begge sier at det fungerer."),
        ("Snakket også om samarbeidet med {omsorg}.", "Formidlet en hilsen fra {omsorg}."),
        ("Jeg vil ikke konkurrere med {omsorg}. Jeg vil bare være med.", "Det betyr mye når jeg får bilder.",
         "Jeg føler at de bestemmer alt uten å spørre meg."),
        ("{Omsorg} sender bilder annenhver uke.", "Jeg tar ønsket opp med {omsorg} og gir beskjed.", "Nytt felles møte med {omsorg} om en måned."),
        (_task("Be {omsorg} sende bilder fra hverdagen"), _task("Sende bilder og en hilsen til {forelderen}", R.OTHER, "{Omsorg}", 14)),
        ("bildene fra {omsorg}", "telefontidene på søndager"),
        sami=("Snakket om at {barn} skal få beholde sámegiella. {Omsorg} har ordnet samisk språkopplæring gjennom skolen, og det setter {forelderen} pris på.",
              "{Forelder} ønsker at {omsorg} bruker samiske ord hjemme, og at {barn} får gå i gákti på 17. mai."),
    ),
    "barnets_hverdag": Theme(
        (T.INFORMATION,), (F.PHONE, F.MESSAGE),
        ("Fortalte hvordan {barn} har det: {barn} {hverdag}. {Forelder} ble {glad}.",
         "Orienterte om skolen. Lærerne forteller at {barn} {hverdag}. {Forelder} vil være med på neste foreldresamtale.",
         "{Forelder} spurte om helsen til {barn}. Fortalte om legetimen forrige uke; alt var fint.",
         "{Forelder} lurte på hvordan {barn} har det på fritida. Fortalte at {barn} {hverdag}."),
        ("Fortalte også at {barn} {hverdag}.",),
        ("Jeg vil vite alt, også når det ikke går så bra.", "Er {barn} glad? Det er det eneste jeg lurer på.",
         "Jeg vil gjerne være med på foreldremøtet på skolen."),
        ("Jeg spør skolen om {forelderen} kan være med på foreldresamtalen.", "{Forelder} får en kort oppdatering hver måned."),
        (_task("Spørre skolen om {forelderen} kan være med på foreldresamtalen", days=14),),
        ("hvordan {barn} har det", "foreldresamtalen på skolen"),
    ),
    "rettigheter": Theme(
        (T.INFORMATION,), (F.OFFICE_MEETING, F.LETTER),
        ("Gikk igjen gjennom grunnlaget for plasseringen og hva vedtaket betyr for {forelderen}. Sjekket at det var forstått ved at {forelderen} forklarte det med egne ord.",
         "{Forelder} ba om innsyn i saksdokumentene. Forklarte retten til innsyn og hvordan begjæringen behandles.",
         "Informerte om klageadgang og fristen for å klage. {Forelder} vil snakke med advokaten først.",
         "Forklarte forskjellen på frivillig plassering og omsorgsovertakelse, og hvem som bestemmer om skole, helse og pass.",
         "Snakket om hvordan {forelderen} kan si fra ved bekymring for {barn} i {stedet}, og hvem {forelderen} kan kontakte."),
        ("Minnet også om retten til innsyn.", "Gjentok hvordan {forelderen} kan klage."),
        ("Jeg fikk ikke med meg halvparten i møtet. Det er godt å høre det igjen.", "Jeg vil se hva dere har skrevet om meg.",
         "Hvem bestemmer egentlig over {barn} nå?"),
        ("Informasjonen sendes skriftlig, i et enkelt språk.", "{Forelder} tar kontakt med advokaten om klage.",
         "Innsynsbegjæringen behandles, og {forelderen} får svar skriftlig."),
        (_task("Sende skriftlig informasjon om rettigheter og klageadgang", days=3), _task("Behandle innsynsbegjæringen", days=10)),
        ("innsynsbegjæringen", "klagefristen"),
        letters=("Sendte skriftlig informasjon om rettigheter, innsyn og klageadgang, som avtalt.", "Sendte kopi av saksdokumentene etter innsynsbegjæring."),
        sami=("{Forelder} spurte om retten til tolk. Bekreftet at vi bestiller tolk til nordsamisk når {forelderen} ønsker det, og at brev kan sendes på samisk.",),
    ),
    "krise": Theme(
        (T.CRISIS,), (F.PHONE, F.HOME_VISIT),
        ("{Forelder} ringte sent på ettermiddagen og var i krise etter en krangel med tidligere samboer. Snakket til {forelderen} var roligere, og sjekket at {forelderen} ikke er alene i natt.",
         "{Forelder} har fått beskjed om å flytte ut innen en uke og er {tung}. Snakket om akutte løsninger og hvem vi kan kontakte sammen.",
         "{Forelder} er preget av sorg etter at {barn} hadde bursdag uten {forelderen}. Lot {forelderen} fortelle, og snakket om hvordan dagen kan markeres neste år.",
         "{Forelder} har mistet en nær venn og har det svært vanskelig. Tilbød samtale med kriseteamet.",
         "Politiet har vært hjemme hos {forelderen} etter bråk i oppgangen. Snakket om hva som skjedde og hvordan {forelderen} har det nå.",
         "{Forelder} sier at alt føles håpløst. Spurte direkte om selvmordstanker; {forelderen} har ingen planer, men vil ha hjelp. Fastlegen ble kontaktet samme dag, etter avtale."),
        ("Snakket også om den vanskelige uka {forelderen} har hatt.",),
        ("Jeg orker ikke mer akkurat nå.", "Takk for at du tok telefonen.", "Jeg vil ikke at {barn} skal få vite om dette.",
         "Jeg trenger bare at noen hører på meg."),
        ("Jeg ringer {forelderen} i morgen formiddag.", "{Forelder} kontakter legevakten hvis det blir verre i natt.", "Vi møtes på kontoret i morgen."),
        (_task("Ringe {forelderen} og høre hvordan det går", days=1), _task("Formidle kontakt med kriseteamet", days=2)),
        ("hvordan {forelderen} har det", "det som skjedde i helgen"),
    ),
    "nemnd_før": Theme(
        (T.INFORMATION,), (F.OFFICE_MEETING, F.PHONE),
        ("Snakket om forhandlingsmøtet i barneverns- og helsenemnda. Forklarte hvordan dagen foregår, retten til advokat og at {forelderen} kan ha med støtteperson.",
         "{Forelder} gruer seg til nemndsmøtet. Gikk gjennom hva {forelderen} ønsker å si, og hvordan samvær blir vurdert."),
        ("Snakket kort om nemndsmøtet.",),
        ("Jeg kommer til å kjempe for {barn}.", "Jeg vet ikke om jeg klarer å høre alt de sier om meg."),
        ("{Forelder} tar kontakt med advokaten før møtet.", "Jeg ringer etter nemndsmøtet."),
        (_task("Sende praktisk informasjon om nemndsmøtet", days=3),),
        ("nemndsmøtet", "advokaten"),
    ),
    "nemnd_etter": Theme(
        (T.CRISIS, T.INFORMATION), (F.PHONE, F.HOME_VISIT),
        ("Samtale etter vedtaket fra barneverns- og helsenemnda. {Forelder} var sint og fortvilet. Forklarte hva vedtaket betyr for samvær, og at det kan bringes inn for tingretten.",
         "{Forelder} har fått vedtaket om omsorgsovertakelse. Lyttet mest. {Forelder} ville ikke snakke om samvær i dag, og det respekteres.",
         "Nemnda har satt samvær til fire ganger i året. {Forelder} opplever det som altfor lite. Forklarte at tjenesten kan legge til rette for mer når det er til det beste for {barn}."),
        ("Snakket også om vedtaket fra nemnda.",),
        ("De har tatt fra meg alt.", "Fire ganger i året. Hvordan skal {barn} huske meg da?", "Jeg gir meg ikke."),
        ("Jeg ringer igjen i morgen.", "{Forelder} snakker med advokaten om å bringe saken inn for tingretten.",
         "Vi lager en plan for kontakt de nærmeste ukene."),
        (_task("Ringe {forelderen} dagen etter vedtaket", days=1),),
        ("vedtaket fra nemnda",),
    ),
    "tilbakeføring": Theme(
        (T.REUNIFICATION,), (F.OFFICE_MEETING, F.HOME_VISIT),
        ("Samtale om hva som skal til for at {barn} kan flytte hjem. Gikk gjennom tjenestens vurdering: stabil bolig, behandling og gode samvær over tid.",
         "{Forelder} spurte om {barn} kan flytte hjem til sommeren. Forklarte ærlig hvorfor tjenesten ikke mener det er til det beste nå. {Forelder} ble {tung}, men takket for ærligheten.",
         "Evaluerte planen for tilbakeføring. Samværene er utvidet, og {barn} har hatt to overnattinger hjemme. Neste steg er en lengre periode i ferien.",
         "Snakket om at tilbakeføring ikke er aktuelt nå, men at kontakten med {barn} er viktig uansett.",
         "{Forelder} har skrevet ned hva {forelderen} har fått til det siste halve året. Gikk gjennom lista sammen; den legges i saken."),
        ("Snakket kort om planene for tilbakeføring.",),
        ("Jeg vil bare vite hva jeg må gjøre. Si det rett ut.", "Jeg har gjort alt dere har bedt om.",
         "Selv om {barn} ikke flytter hjem, vil jeg være en del av livet deres."),
        ("Vi lager en skriftlig plan med konkrete mål og evaluerer den om tre måneder.", "Saken tas opp på neste ansvarsgruppemøte.",
         "Tjenestens vurdering sendes skriftlig til {forelderen}."),
        (_task("Skrive plan for tilbakeføring med konkrete mål", days=21), _task("Sette opp evalueringsmøte om tilbakeføring", days=30)),
        ("planen for tilbakeføring",),
    ),
    "ansvarsgruppe_før": Theme(
        (T.RESPONSIBILITY_GROUP,), (F.PHONE, F.OFFICE_MEETING),
        ("Forberedte ansvarsgruppemøtet på {dag}. Gikk gjennom sakslisten, og {forelderen} satte opp egne punkter.",
         "{Forelder} gruer seg til ansvarsgruppemøtet. Snakket om hvem som kommer, hva som skal tas opp, og at {forelderen} kan ha med støtteperson.",
         "Avklarte hvilke opplysninger som kan deles med NAV og DPS i ansvarsgruppemøtet. Samtykket ble skrevet ned."),
        ("Minnet også om ansvarsgruppemøtet på {dag}.",),
        ("Jeg vil ikke at det bare skal handle om det jeg har gjort galt.", "Kan vi begynne med det som har gått bra?",
         "Jeg vil at NAV skal høre hvordan jeg har det."),
        ("{Forelder} tar med støtteperson.", "Punktene fra {forelderen} settes først på sakslisten."),
        (_task("Sende saksliste med forelderens punkter", days=2),),
        ("ansvarsgruppemøtet på {dag}", "sakslisten"),
        letters=("Sendte innkalling og saksliste til ansvarsgruppemøtet {dato}.",
                 "Sendte innkalling til ansvarsgruppemøte {dato}, og spurte om {forelderen} ønsker tolk eller støtteperson."),
    ),
    "ansvarsgruppe_møte": Theme(
        (T.RESPONSIBILITY_GROUP,), (F.OFFICE_MEETING,),
        ("Ansvarsgruppemøte. Gikk gjennom status for bolig, behandling og samvær. Koordinator skriver referat.",
         "Ansvarsgruppemøte. {Forelder} la fram egne mål for de neste månedene. Tjenestene redegjorde for sine tiltak, og vi fordelte oppgaver med frister.",
         "Ansvarsgruppemøte med evaluering av møteformen. {Forelder} sa at møtene oppleves bedre når det som går bra, kommer først.",
         "Ansvarsgruppemøte. Fastlegen deltok på telefon. Ble enige om en felles plan for helse og økonomi."),
        (),
        ("Det var første gang jeg følte at alle var på lag med meg.", "Det ble for mange folk rundt bordet.",
         "Jeg vil at referatet skal vise hva jeg har fått til."),
        ("Referat sendes alle deltakerne innen en uke.", "Hver tjeneste følger opp sine punkter; koordinator sender referat.",
         "Neste møte om tre måneder, på ettermiddagen etter ønske fra {forelderen}."),
        (_task("Sende referat fra ansvarsgruppemøtet"), _task("Følge opp søknad om bostøtte", R.OTHER, "NAV-veileder", 21),
         _task("Sende status til koordinator (samtykke gitt)", R.OTHER, "Behandler på DPS", 21)),
        ("ansvarsgruppemøtet",),
    ),
    "ansvarsgruppe_etter": Theme(
        (T.RESPONSIBILITY_GROUP,), (F.PHONE,),
        ("Snakket om ansvarsgruppemøtet. {Forelder} syntes det gikk bedre enn fryktet, men var usikker på hva NAV lovet. Forklarte det igjen.",
         "Oppfølging etter ansvarsgruppemøtet. Sjekket at {forelderen} har fått referatet og forstått oppgavene.",
         "{Forelder} var {tung} etter ansvarsgruppemøtet og følte seg kritisert. Snakket om det; jeg tar det opp med koordinator."),
        ("Snakket også om referatet fra ansvarsgruppemøtet.",),
        ("Jeg forsto ikke alt som ble sagt.", "Det var bra at du stoppet møtet da det ble for mye."),
        ("Jeg gir koordinator tilbakemelding om hvordan {forelderen} opplevde møtet.",),
        (_task("Gi koordinator tilbakemelding om møteformen"),),
        ("referatet fra ansvarsgruppemøtet",),
    ),
    "praktisk": Theme(
        (T.OTHER,), (F.MESSAGE, F.PHONE),
        ("{Forelder} vil gi {barn} en bursdagsgave. Gaven kan leveres på kontoret, så sørger jeg for at den kommer fram.",
         "Avklarte skyss til samvær. {Forelder} har ikke bil, og tjenesten dekker bussbillett.",
         "{Forelder} ba om kopi av skolebilder. Sjekket med {omsorg}, som sender kopier.",
         "{Forelder} vil komme på skoleavslutningen. Avklarer med {omsorg} hvordan det kan gjøres.",
         "{Forelder} har fått nytt telefonnummer. Kontaktopplysningene er oppdatert."),
        ("Avklarte også skyss til samvær.",),
        ("Det er bare en liten ting, men jeg vil at {barn} skal vite at jeg husket det.", "Kan jeg få et bilde fra avslutningen?"),
        ("Gaven leveres på kontoret fredag.", "Bussbilletter sendes i posten."),
        (_task("Levere bursdagsgave til {omsorg}"), _task("Sende bussbilletter til samvær", days=5)),
        ("gaven til {barn}", "skyss til samvær"),
    ),
    "innsjekk": Theme(
        (T.OTHER,), (F.PHONE, F.VIDEO, F.NEUTRAL_PLACE),
        ("Fast samtale for å høre hvordan {forelderen} har det. {Forelder} forteller om en rolig uke med bedre søvn.",
         "Ville høre hvordan det går. {Forelder} sa det var godt at noen tok kontakt, og fortalte om uka.",
         "{Forelder} har hatt en tung uke, men sier at de faste avtalene hjelper.",
         "{Forelder} har det greit og hadde ikke så mye nytt å fortelle i dag.",
         "{Forelder} fortalte om hverdagen: trening, venner og litt jobb. Virker mer stabil enn før."),
        ("Spurte også hvordan {forelderen} har det.",),
        ("Det betyr mye at du ringer, selv når jeg ikke har noe nytt å si.", "Jeg har det bedre nå enn for et år siden.",
         "Det går opp og ned. I dag er det greit.", "Jeg holder meg i gang."),
        ("Neste samtale som vanlig på {dag}.", "Vi holder den faste avtalen."),
        (),
        ("den faste samtalen", "hvordan {forelderen} har det"),
    ),
}

# --- around the themes ---------------------------------------------------------------------------

# How a held conversation begins, and whose initiative it was (the forms' own openings).
OPENERS: dict[F, tuple[tuple[str, str], ...]] = {
    F.PHONE: (("caseworker", "Ringte {forelderen} som avtalt."), ("caseworker", "Telefonsamtale med {forelderen}."),
              ("parent", "{Forelder} ringte meg."), ("parent", "{Forelder} ringte tilbake etter beskjed fra meg."),
              ("carers", "{Omsorg} ba meg ringe {forelderen}."), ("other_parent", "Den andre forelderen ba meg ringe {forelderen}."),
              ("other", "Søsteren til {forelderen} ba meg ringe.")),
    F.OFFICE_MEETING: (("caseworker", "Samtale på kontoret."), ("caseworker", "Møte på kontoret etter avtale."),
                       ("parent", "{Forelder} kom innom kontoret uten avtale; vi tok en samtale på møterommet."),
                       ("other_service", "Felles møte på kontoret etter initiativ fra NAV-veilederen.")),
    F.HOME_VISIT: (("caseworker", "Hjemmebesøk etter avtale."), ("caseworker", "Hjemmebesøk; vi satt på kjøkkenet med kaffe."),
                   ("parent", "Hjemmebesøk etter ønske fra {forelderen}.")),
    F.NEUTRAL_PLACE: (("parent", "Møttes på {sted} etter ønske fra {forelderen}."), ("caseworker", "Gåtur og kaffe, {sted}."),
                      ("caseworker", "Samtale på {sted}.")),
    F.VIDEO: (("caseworker", "Videosamtale."), ("parent", "Videosamtale etter ønske fra {forelderen}, som var bortreist."),
              ("caseworker", "Videosamtale, fordi {forelderen} var forkjølet.")),
}
CLOSERS = (
    "Oppsummerte til slutt og sjekket at {forelderen} hadde forstått det vi ble enige om.",
    "{Forelder} virket roligere da vi avsluttet.", "Samtalen varte i omtrent en time.",
    "Kort samtale; {forelderen} hadde dårlig tid.", "Neste samtale er avtalt på {dag}.",
    "Spurte om {forelderen} hadde spørsmål til meg; det hadde {forelderen} ikke i dag.",
    "{Forelder} fikk lese gjennom notatet og hadde ingen merknader.",
)
NEWS = "Fortalte også at {barn} {hverdag}."
MESSAGES_OUT = (
    "Sendte SMS til {forelderen} om {om}.", "SMS til {forelderen}: minnet om {om}.",
    "Sendte e-post til {forelderen} med informasjon om {om}, som avtalt.",
    "SMS til {forelderen} for å høre hvordan det går, og om {om}.",
)
MESSAGES_IN = (
    "SMS fra {forelderen} om {om}. Svarte samme dag.", "{Forelder} sendte e-post med spørsmål om {om}. Svarte og tilbød en samtale.",
    "SMS fra {forelderen} sent i går kveld om {om}. Svarte i dag tidlig.", "{Forelder} sendte en kort melding om {om}. Svarte med takk.",
)
LETTERS = (
    "Sendte brev til {forelderen} om {om}.", "Brev til {forelderen} med oppsummering av samtalen om {om}, slik {forelderen} har bedt om.",
)
FAILED = (
    "Ringte {forelderen} om {om}, men fikk ikke svar. Sendte SMS og ba om å bli ringt opp.",
    "Avtalt hjemmebesøk, men ingen åpnet. La igjen en lapp med tilbud om ny tid.",
    "{Forelder} møtte ikke til avtalt samtale på kontoret. Ringte uten svar; sendte SMS med ny tid.",
    "Prøvde å ringe to ganger om {om}. Telefonen var avslått.", "Ringte om {om}. Ingen svar; la igjen beskjed på svareren.",
)
OUTCOMES_DONE = (
    "Utført som avtalt.", "Gjort; kopi lagt i saken.", "Ferdig. {Forelder} har fått beskjed.", "Utført, og svar er mottatt.",
    "Gjort sammen med {forelderen}.",
)
OUTCOMES_CANCELLED = (
    "Ikke lenger aktuelt etter ansvarsgruppemøtet.", "Bortfalt: {forelderen} ordnet det selv.", "Erstattet av en ny avtale.",
)
# The contact plan, and a parent who does not want contact now.
FREQUENCY_WORDS = {7: "hver uke", 14: "hver fjortende dag", 30: "en gang i måneden"}
CHANNELS = ("på telefon", "på kontoret", "med hjemmebesøk", "på kafé")
PLAN_AGREED = "Vi ble enige om fast kontakt {hyppighet}, helst {kanal}."
PLAN_NOTE = "Avtalt {dato}: fast kontakt {hyppighet}, helst {kanal}."
REFUSAL = ("SMS fra {forelderen}: ønsker ikke kontakt med barnevernstjenesten nå. Svarte at vi respekterer det, at "
           "tilbudet står ved lag, og at vi tar kontakt igjen om en måned.")
REFUSAL_WORDS = ("Jeg vil ikke snakke med dere nå. La meg være i fred.", "Dere har tatt {barn}. Jeg har ingenting å si til dere.")
REFUSAL_NOTE = "Ønsker ikke kontakt nå. Nytt tilbud om samtale skriftlig hver måned."
REOFFERS: tuple[tuple[F, T, str], ...] = (
    (F.LETTER, T.INFORMATION, "Nytt brev med tilbud om samtale der og når {forelderen} ønsker. Orienterte kort om hvordan {barn} har det."),
    (F.LETTER, T.VISITS, "Brev med tilbud om samtale, og informasjon om neste samvær med {barn}."),
    (F.MESSAGE, T.OTHER, "SMS med tilbud om en kopp kaffe på nøytralt sted, når {forelderen} er klar for det. Ingen svar."),
    (F.FAILED_ATTEMPT, T.OTHER, "Ringte for å tilby samtale. Ikke svar; la igjen en kort beskjed."),
)
STILL_NO = "Kort SMS-svar fra {forelderen}: ønsker fortsatt ikke kontakt. Svarte at tilbudet står ved lag."
STILL_NO_WORDS = ("Ikke nå. Kanskje senere.", "Takk, men nei.")
SAMI_WORDS = (
    "{Barn} må få snakke sámegiella med {slekt}. Det er det viktigste for meg.",
    "Giitu. Det var godt å høre at {barn} har det bra.",
    "Jeg vil at {barn} skal ha gákti på konfirmasjonen, sånn som jeg hadde.",
)
# Revisions of final entries: (wrong text, corrected text, why).
DATE_FIX = (" Neste samvær er {feil}.", " Neste samvær er {riktig}.", "Rettet feil dato for samvær.")
WORDS_FIX_REASON = "{Forelder} leste notatet og ba om at sitatet ble rettet; det var ikke riktig gjengitt."
# Tasks the demo makes sure of, when a theme has none of the kind: overdue, soon, later.
FORCED_TASKS = (
    TaskText("Avklare søknad om bostøtte", R.OTHER, "NAV-veileder", 0),
    TaskText("Gi beskjed om ønsket tidspunkt for neste samvær", R.PARENT, "", 0),
    TaskText("Sende oppsummering av samtalen til {forelderen}", R.CASEWORKER, "", 0),
)
WITHDRAW_REASONS = ("Registrert på feil forelder.", "Ført to ganger ved en feil; se kontakten samme dag.")
# fmt: on
