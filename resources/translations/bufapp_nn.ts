<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn" sourcelanguage="nb_NO">
<context>
    <name></name>
    <message>
        <source>Demo: passordet er «{p}».</source>
        <translation>Demo: passordet er «{p}».</translation>
    </message>
    <message>
        <source>Noe uventet gikk galt ({kind}). Det som var lagret, er uendret.</source>
        <translation>Noko uventa gjekk gale ({kind}). Det som var lagra, er uendra.</translation>
    </message>
    <message>
        <source>Åpner demodatabasen (første gang lages oppdiktede personer – noen sekunder) …</source>
        <translation>Opnar demodatabasen (første gongen blir det laga oppdikta personar – nokre sekund) …</translation>
    </message>
    <message>
        <source>Kontakten er trukket tilbake og kan ikke endres.</source>
        <translation>Kontakten er trekt tilbake og kan ikkje endrast.</translation>
    </message>
    <message>
        <source>Utdrag av kontaktloggen – {name}</source>
        <translation>Utdrag av kontaktloggen – {name}</translation>
    </message>
    <message>
        <source>Ingen fast avtale</source>
        <translation>Ingen fast avtale</translation>
    </message>
    <message>
        <source>Hver {n}. dag</source>
        <translation>Kvar {n}. dag</translation>
    </message>
    <message>
        <source>&amp;Hyppighet</source>
        <translation>&amp;Hyppigheit</translation>
    </message>
    <message>
        <source>Avtalt &amp;dato</source>
        <translation>Avtalt &amp;dato</translation>
    </message>
    <message>
        <source>Hvorda&amp;n</source>
        <translation>Korlei&amp;s</translation>
    </message>
    <message>
        <source>For eksempel samtaler, telefon, melding, hjemmebesøk</source>
        <translation>Til dømes samtalar, telefon, melding, heimebesøk</translation>
    </message>
    <message>
        <source>Hvor forelderen &amp;vil møtes</source>
        <translation>Kvar forelderen &amp;vil møtast</translation>
    </message>
    <message>
        <source>For eksempel hjemme, på kontoret, på kafé</source>
        <translation>Til dømes heime, på kontoret, på kafé</translation>
    </message>
    <message>
        <source>Tilbudt eller valgt – navn og hvem det er</source>
        <translation>Tilboden eller valt – namn og kven det er</translation>
    </message>
    <message>
        <source>Forelderen ønsker ikke kontakt nå</source>
        <translation>Forelderen ønskjer ikkje kontakt no</translation>
    </message>
    <message>
        <source>&amp;Takket nei</source>
        <translation>&amp;Takka nei</translation>
    </message>
    <message>
        <source>Takket nei &amp;den</source>
        <translation>Takka nei &amp;den</translation>
    </message>
    <message>
        <source>Tilby kontakt &amp;igjen</source>
        <translation>Tilby kontakt &amp;igjen</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Lukk oppgave</source>
        <translation>Lukk oppgåve</translation>
    </message>
    <message>
        <source>Oppgave: {what}</source>
        <translation>Oppgåve: {what}</translation>
    </message>
    <message>
        <source>Trekk tilbake kontakt</source>
        <translation>Trekk tilbake kontakt</translation>
    </message>
    <message>
        <source>For eksempel: registrert på feil forelder</source>
        <translation>Til dømes: registrert på feil forelder</translation>
    </message>
    <message>
        <source>&amp;Trekk tilbake</source>
        <translation>&amp;Trekk tilbake</translation>
    </message>
    <message>
        <source>Oppføringen blir stående, merket som trukket tilbake med grunnen du skriver.</source>
        <translation>Oppføringa blir ståande, merkt som trekt tilbake med grunnen du skriv.</translation>
    </message>
    <message>
        <source>Endre kontakt</source>
        <translation>Endre kontakt</translation>
    </message>
    <message>
        <source>Ny kontakt</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>&amp;Tidspunkt</source>
        <translation>&amp;Tidspunkt</translation>
    </message>
    <message>
        <source>&amp;Initiativ fra</source>
        <translation>&amp;Initiativ frå</translation>
    </message>
    <message>
        <source>For eksempel hjemme, kontoret, kafé</source>
        <translation>Til dømes heime, kontoret, kafé</translation>
    </message>
    <message>
        <source>Også til stede</source>
        <translation>Òg til stades</translation>
    </message>
    <message>
        <source>Støtte&amp;person</source>
        <translation>Støtte&amp;person</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Tolkens språk</source>
        <translation>Språket til tolken</translation>
    </message>
    <message>
        <source>Tolkens navn</source>
        <translation>Namnet til tolken</translation>
    </message>
    <message>
        <source>T&amp;olk</source>
        <translation>T&amp;olk</translation>
    </message>
    <message>
        <source>Fosterhjem/&amp;institusjon</source>
        <translation>Fosterheim/&amp;institusjon</translation>
    </message>
    <message>
        <source>&amp;Andre</source>
        <translation>&amp;Andre</translation>
    </message>
    <message>
        <source>Te&amp;ma</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Sammendrag</source>
        <translation>&amp;Samandrag</translation>
    </message>
    <message>
        <source>Av&amp;talt</source>
        <translation>Av&amp;talt</translation>
    </message>
    <message>
        <source>Innsyn</source>
        <translation>Innsyn</translation>
    </message>
    <message>
        <source>O&amp;ppfølging</source>
        <translation>O&amp;ppfølging</translation>
    </message>
    <message>
        <source>I&amp;nformasjon gitt</source>
        <translation>I&amp;nformasjon gitt</translation>
    </message>
    <message>
        <source>Påkrevd: hvorfor endres en ferdig oppføring?</source>
        <translation>Påkravd: kvifor blir ei ferdig oppføring endra?</translation>
    </message>
    <message>
        <source>&amp;Grunn til endringen</source>
        <translation>&amp;Grunn til endringa</translation>
    </message>
    <message>
        <source>Utkaststatus</source>
        <translation>Utkaststatus</translation>
    </message>
    <message>
        <source>Lagre ny &amp;versjon</source>
        <translation>Lagre ny &amp;versjon</translation>
    </message>
    <message>
        <source>&amp;Lagre (ikke ferdig)</source>
        <translation>&amp;Lagre (ikkje ferdig)</translation>
    </message>
    <message>
        <source>Ctrl+S – kan skrives videre på senere</source>
        <translation>Ctrl+S – du kan skrive vidare seinare</translation>
    </message>
    <message>
        <source>Lagre som &amp;ferdig</source>
        <translation>Lagre som &amp;ferdig</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Endringer ikke lagret ennå …</source>
        <translation>Endringane er ikkje lagra enno …</translation>
    </message>
    <message>
        <source>Vil du forkaste det du har skrevet i denne kontakten?</source>
        <translation>Vil du forkaste det du har skrive i denne kontakten?</translation>
    </message>
    <message>
        <source>&amp;Unntatt innsyn</source>
        <translation>&amp;Unnateke frå innsyn</translation>
    </message>
    <message>
        <source>Unntatt innsyn</source>
        <translation>Unnateke frå innsyn</translation>
    </message>
    <message>
        <source>Kontakten tas ikke med når forelderen ber om innsyn; datoen, hjemmelen og begrunnelsen vises.</source>
        <translation>Kontakten blir ikkje teken med når forelderen ber om innsyn; datoen, heimelen og grunngjevinga blir viste.</translation>
    </message>
    <message>
        <source>Hjemmel for unntak fra innsyn</source>
        <translation>Heimel for unntak frå innsyn</translation>
    </message>
    <message>
        <source>Velg hjemmel …</source>
        <translation>Vel heimel …</translation>
    </message>
    <message>
        <source>Begrunnelse for unntak fra innsyn</source>
        <translation>Grunngjeving for unntak frå innsyn</translation>
    </message>
    <message>
        <source>Påkrevd: hvorfor (vises for forelderen)</source>
        <translation>Påkravd: kvifor (blir vist for forelderen)</translation>
    </message>
    <message>
        <source>Informasjon gitt i denne kontakten</source>
        <translation>Informasjon gitt i denne kontakten</translation>
    </message>
    <message>
        <source>{item} – registrert for denne kontakten</source>
        <translation>{item} – registrert for denne kontakten</translation>
    </message>
    <message>
        <source>Forstod forelderen informasjonen</source>
        <translation>Forstod forelderen informasjonen</translation>
    </message>
    <message>
        <source>Forstod forelderen det som er krysset av?</source>
        <translation>Forstod forelderen det som er kryssa av?</translation>
    </message>
    <message>
        <source>Kontakten er lagret, men informasjonen som var krysset av, ble ikke registrert:

{reason}

Registrer den på siden Oppfølging.</source>
        <translation>Kontakten er lagra, men informasjonen som var kryssa av, vart ikkje registrert:

{reason}

Registrer han på sida Oppfølging.</translation>
    </message>
    <message>
        <source>Spørsmålene er til hjelp, ikke et skjema. Skriv forelderens egne ord i feltet «Forelderens egne ord».</source>
        <translation>Spørsmåla er til hjelp, ikkje eit skjema. Skriv orda til forelderen sjølv i feltet «Forelderens eigne ord».</translation>
    </message>
    <message>
        <source>Spørsmål du kan &amp;bruke</source>
        <translation>Spørsmål du kan &amp;bruke</translation>
    </message>
    <message>
        <source>Vis eller skjul spørsmålene fra veilederen</source>
        <translation>Vis eller skjul spørsmåla frå rettleiaren</translation>
    </message>
    <message>
        <source>Spørsmål fra veilederen</source>
        <translation>Spørsmål frå rettleiaren</translation>
    </message>
    <message>
        <source>{day} kl. {time}</source>
        <translation>{day} kl. {time}</translation>
    </message>
    <message>
        <source>støtteperson {name}</source>
        <translation>støtteperson {name}</translation>
    </message>
    <message>
        <source>tolk ({who})</source>
        <translation>tolk ({who})</translation>
    </message>
    <message>
        <source>Trukket tilbake: {why}</source>
        <translation>Trekt tilbake: {why}</translation>
    </message>
    <message>
        <source>Under arbeid – ikke markert som ferdig.</source>
        <translation>Under arbeid – ikkje merkt som ferdig.</translation>
    </message>
    <message>
        <source>Versjon {n}, endret fordi: {why}</source>
        <translation>Versjon {n}, endra fordi: {why}</translation>
    </message>
    <message>
        <source>Unntatt innsyn: {why}</source>
        <translation>Unnateke frå innsyn: {why}</translation>
    </message>
    <message>
        <source>Hjemmel: {basis}</source>
        <translation>Heimel: {basis}</translation>
    </message>
    <message>
        <source>Initiativ</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>Forelderens egne ord</source>
        <translation>Forelderens eigne ord</translation>
    </message>
    <message>
        <source>erstattet {when}: {why}</source>
        <translation>erstatta {when}: {why}</translation>
    </message>
    <message>
        <source>Endre</source>
        <translation>Endre</translation>
    </message>
    <message>
        <source>Fortsett å skrive</source>
        <translation>Hald fram med å skrive</translation>
    </message>
    <message>
        <source>Marker som ferdig</source>
        <translation>Merk som ferdig</translation>
    </message>
    <message>
        <source>Trekk tilbake …</source>
        <translation>Trekk tilbake …</translation>
    </message>
    <message>
        <source>ikke valgt</source>
        <translation>ikkje valt</translation>
    </message>
    <message>
        <source>Utdrag av kontaktloggen</source>
        <translation>Utdrag av kontaktloggen</translation>
    </message>
    <message>
        <source>Forelderen (innsyn: det som er unntatt, holdes tilbake)</source>
        <translation>Forelderen (innsyn: det som er unnateke, blir halde tilbake)</translation>
    </message>
    <message>
        <source>Barnevernstjenestens eget eksemplar (alt)</source>
        <translation>Eksemplaret til barnevernstenesta (alt)</translation>
    </message>
    <message>
        <source>&amp;Utdrag til</source>
        <translation>&amp;Utdrag til</translation>
    </message>
    <message>
        <source>&amp;Fra</source>
        <translation>&amp;Frå</translation>
    </message>
    <message>
        <source>&amp;Til</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>Ingen valgt: alle temaer.</source>
        <translation>Ingen valde: alle tema.</translation>
    </message>
    <message>
        <source>&amp;Temaer</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Alle barn</source>
        <translation>Alle barn</translation>
    </message>
    <message>
        <source>&amp;Lag utdrag</source>
        <translation>&amp;Lag utdrag</translation>
    </message>
    <message>
        <source>Sluttdatoen er før startdatoen.</source>
        <translation>Sluttdatoen er før startdatoen.</translation>
    </message>
    <message>
        <source>Filtrer på tema</source>
        <translation>Filtrer på tema</translation>
    </message>
    <message>
        <source>Alle temaer</source>
        <translation>Alle tema</translation>
    </message>
    <message>
        <source>Filtrer på form</source>
        <translation>Filtrer på form</translation>
    </message>
    <message>
        <source>Alle former</source>
        <translation>Alle former</translation>
    </message>
    <message>
        <source>Filtrer på barn</source>
        <translation>Filtrer på barn</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>Frå dato</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>Søk i loggen</source>
        <translation>Søk i loggen</translation>
    </message>
    <message>
        <source>Søk i denne forelderens kontakter</source>
        <translation>Søk i kontaktane til denne forelderen</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre.</source>
        <translation>Vel ein forelder under Foreldre.</translation>
    </message>
    <message>
        <source>&amp;Ny kontakt (Ctrl+K)</source>
        <translation>&amp;Ny kontakt (Ctrl+K)</translation>
    </message>
    <message>
        <source>Kontakt&amp;avtale …</source>
        <translation>Kontakt&amp;avtale …</translation>
    </message>
    <message>
        <source>Kontakter</source>
        <translation>Kontaktar</translation>
    </message>
    <message>
        <source>Kontakten</source>
        <translation>Kontakten</translation>
    </message>
    <message>
        <source>Kontaktlogg – {name}</source>
        <translation>Kontaktlogg – {name}</translation>
    </message>
    <message>
        <source>Ønsker ikke kontakt siden {d}; tilbys igjen {n}.</source>
        <translation>Ønskjer ikkje kontakt sidan {d}; nytt tilbod {n}.</translation>
    </message>
    <message>
        <source>Avtalt kontakt: {f}.</source>
        <translation>Avtalt kontakt: {f}.</translation>
    </message>
    <message>
        <source>Ingen avtalt kontakthyppighet.</source>
        <translation>Ingen avtalt kontakthyppigheit.</translation>
    </message>
    <message>
        <source>Siste samtale {d}.</source>
        <translation>Siste samtale {d}.</translation>
    </message>
    <message numerus="yes">
        <source>%n åpne oppfølgingsoppgaver.</source>
        <translation>
            <numerusform>%n open oppfølgingsoppgåve.</numerusform>
            <numerusform>%n opne oppfølgingsoppgåver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kontakter</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontaktar</numerusform>
        </translation>
    </message>
    <message>
        <source>Viser {n} av {total}</source>
        <translation>Viser {n} av {total}</translation>
    </message>
    <message>
        <source>Funnet i</source>
        <translation>Funne i</translation>
    </message>
    <message>
        <source>Utdrag</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <source>[trukket tilbake] </source>
        <translation>[trekt tilbake] </translation>
    </message>
    <message>
        <source>Søk i sammendrag, forelderens ord og avtaler – for eksempel «samvær bolig»</source>
        <translation>Søk i samandrag, orda til forelderen og avtalar – til dømes «samvær bustad»</translation>
    </message>
    <message>
        <source>Søk i kontaktlogg</source>
        <translation>Søk i kontaktlogg</translation>
    </message>
    <message>
        <source>Skriv ett eller flere ord. Æ, ø, å og samiske bokstaver kan skrives som ae, o, a.</source>
        <translation>Skriv eitt eller fleire ord. Æ, ø, å og samiske bokstavar kan skrivast som ae, o, a.</translation>
    </message>
    <message>
        <source>Søkeresultater</source>
        <translation>Søkjeresultat</translation>
    </message>
    <message>
        <source>Valgt kontakt</source>
        <translation>Valt kontakt</translation>
    </message>
    <message>
        <source>Skriv ett eller flere ord.</source>
        <translation>Skriv eitt eller fleire ord.</translation>
    </message>
    <message>
        <source>Ingen kontakter inneholder alle ordene.</source>
        <translation>Ingen kontaktar inneheld alle orda.</translation>
    </message>
    <message>
        <source>Over {cap} treff, de sist skrevne først. Legg til et ord for å snevre inn.</source>
        <translation>Over {cap} treff, dei sist skrivne først. Legg til eit ord for å avgrense søket.</translation>
    </message>
    <message>
        <source>{n} treff. Enter åpner kontakten i kontaktloggen.</source>
        <translation>{n} treff. Enter opnar kontakten i kontaktloggen.</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Oppfølgingsoppgaver</source>
        <translation>Oppfølgingsoppgåver</translation>
    </message>
    <message>
        <source>Legg til &amp;oppgave</source>
        <translation>Legg til &amp;oppgåve</translation>
    </message>
    <message>
        <source>Fjern oppgave</source>
        <translation>Fjern oppgåve</translation>
    </message>
    <message>
        <source>Hva skal gjøres</source>
        <translation>Kva skal gjerast</translation>
    </message>
    <message>
        <source>Navn/tjeneste</source>
        <translation>Namn/teneste</translation>
    </message>
    <message>
        <source>Hvem er ansvarlig</source>
        <translation>Kven er ansvarleg</translation>
    </message>
    <message>
        <source>[Unntatt innsyn] </source>
        <translation>[Unnateke frå innsyn] </translation>
    </message>
    <message>
        <source>versjon {n}</source>
        <translation>versjon {n}</translation>
    </message>
    <message>
        <source>med forelderens egne ord</source>
        <translation>med forelderen sine eigne ord</translation>
    </message>
    <message>
        <source>unntatt innsyn</source>
        <translation>unnateke frå innsyn</translation>
    </message>
    <message>
        <source>Eksporter til arkivet</source>
        <translation>Eksporter til arkivet</translation>
    </message>
    <message>
        <source>&amp;Denne forelderen: {name}</source>
        <translation>&amp;Denne forelderen: {name}</translation>
    </message>
    <message>
        <source>Et barns &amp;saksnummer:</source>
        <translation>&amp;Saksnummeret til eit barn:</translation>
    </message>
    <message>
        <source>Saksnummer</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Ingen barn med saksnummer</source>
        <translation>Ingen barn med saksnummer</translation>
    </message>
    <message>
        <source>Antall per dokumenttype</source>
        <translation>Tal per dokumenttype</translation>
    </message>
    <message>
        <source>Dokumenter som eksporteres</source>
        <translation>Dokument som blir eksporterte</translation>
    </message>
    <message>
        <source>Mappe</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Velg mappen eksporten skal legges i</source>
        <translation>Vel mappa eksporten skal leggjast i</translation>
    </message>
    <message>
        <source>&amp;Velg mappe …</source>
        <translation>&amp;Vel mappe …</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;Eksporter</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>Mappe:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hva skal eksporteres?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kva skal eksporterast?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Disse dokumentene er ferdige og ikke eksportert før:</source>
        <translation>Desse dokumenta er ferdige og ikkje eksporterte før:</translation>
    </message>
    <message>
        <source>Velg mappe for eksporten</source>
        <translation>Vel mappe for eksporten</translation>
    </message>
    <message>
        <source>Eksporterer {documents} til arkivet …</source>
        <translation>Eksporterer {documents} til arkivet …</translation>
    </message>
    <message numerus="yes">
        <source>%n dokumenter</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokument</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Eksporterer til arkivet</source>
        <translation>Eksporterer til arkivet</translation>
    </message>
    <message>
        <source>Eksporterer dokument {d} av {n} …</source>
        <translation>Eksporterer dokument {d} av {n} …</translation>
    </message>
    <message>
        <source>Det var ingenting nytt å eksportere.</source>
        <translation>Det var ikkje noko nytt å eksportere.</translation>
    </message>
    <message>
        <source>{documents} er eksportert til arkivet {d} kl. {t}, i mappen {f} (metadata: {m}). De er merket som eksportert, og neste eksport tar bare med det som er nytt.</source>
        <translation>Eksportert til arkivet {d} kl. {t}: {documents}, i mappa {f} (metadata: {m}). Dei er merkte som eksporterte, og neste eksport tek berre med det som er nytt.</translation>
    </message>
    <message>
        <source>Dokumenttype</source>
        <translation>Dokumenttype</translation>
    </message>
    <message>
        <source>Nye nå</source>
        <translation>Nye no</translation>
    </message>
    <message>
        <source>Eksportert før</source>
        <translation>Eksportert før</translation>
    </message>
    <message>
        <source>Journalpost</source>
        <translation>Journalpost</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Filnavn</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Ingenting herfra er eksportert til arkivet før.</source>
        <translation>Ingenting herifrå er eksportert til arkivet før.</translation>
    </message>
    <message>
        <source>Sist eksportert til arkivet {d} ({documents} herfra i alt).</source>
        <translation>Sist eksportert til arkivet {d} ({documents} herifrå i alt).</translation>
    </message>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <source>Side {n}</source>
        <translation>Side {n}</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Ingen skriver er satt opp på denne maskinen, så ingenting ble skrevet ut. Sett opp en skriver (spør IT om du trenger hjelp), og prøv igjen.</source>
        <translation>Ingen skrivar er sett opp på denne maskina, så ingenting vart skrive ut. Set opp ein skrivar (spør IT om du treng hjelp), og prøv igjen.</translation>
    </message>
    <message>
        <source>bufapp skriver ikke ut til fil: en fil med saksopplysninger ville ligget ukryptert på disken. Velg en skriver. Et dokument kan lagres med «Lagre som PDF …» der du selv velger.</source>
        <translation>bufapp skriv ikkje ut til fil: ei fil med saksopplysningar ville lege ukryptert på disken. Vel ein skrivar. Eit dokument kan lagrast med «Lagre som PDF …» der du sjølv vel.</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>&amp;Lagre som PDF …</source>
        <translation>&amp;Lagre som PDF …</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Dokumentets språk</source>
        <translation>Språket i dokumentet</translation>
    </message>
    <message>
        <source>Lagre som PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Velg en annen mappe.</source>
        <translation>Vel ei anna mappe.</translation>
    </message>
    <message>
        <source>Skjult bosted</source>
        <translation>Skjult bustad</translation>
    </message>
    <message>
        <source>Fylkesnemnda har bestemt at foreldrene ikke skal vite hvor barnet bor. Bare hvis det er nødvendig for akkurat dette dokumentet, kan du ta det med. Skriv hvorfor: begrunnelsen lagres med dokumentet og i loggen, som forelderen kan få se. Ikke gjenta adressen eller navnene i begrunnelsen.</source>
        <translation>Fylkesnemnda har avgjort at foreldra ikkje skal vite kvar barnet bur. Berre dersom det er naudsynt for akkurat dette dokumentet, kan du ta det med. Skriv kvifor: grunngjevinga blir lagra med dokumentet og i loggen, som forelderen kan få sjå. Ikkje gjenta adressa eller namna i grunngjevinga.</translation>
    </message>
    <message>
        <source>&amp;Begrunnelse</source>
        <translation>&amp;Grunngjeving</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>&amp;Ta med i dette dokumentet</source>
        <translation>&amp;Ta med i dette dokumentet</translation>
    </message>
    <message>
        <source>Hvem skal få samværsplanen? Hver mottaker får sin egen kopi, med det den kan få vite. Møtestedet står bare i kopiene til dem som er med på samværet.</source>
        <translation>Kven skal få samværsplanen? Kvar mottakar får sin eigen kopi, med det han kan få vite. Møtestaden står berre i kopiane til dei som er med på samværet.</translation>
    </message>
    <message>
        <source>Send samværsplanen</source>
        <translation>Send samværsplanen</translation>
    </message>
    <message>
        <source>&amp;Lag planen</source>
        <translation>&amp;Lag planen</translation>
    </message>
    <message>
        <source>Du hadde ulagrede endringer. De er tatt vare på og åpnes nå.</source>
        <translation>Du hadde endringar som ikkje var lagra. Dei er tekne vare på og blir opna no.</translation>
    </message>
    <message>
        <source>{n} oppgaver er laget fra familiens plan. De står i kontaktloggen under oppgaver og i Oversikt.</source>
        <translation>{n} oppgåver er laga frå planen til familien. Dei står i kontaktloggen under oppgåver og i Oversikt.</translation>
    </message>
    <message>
        <source>Alle punktene i planen er allerede gjort til oppgaver.</source>
        <translation>Alle punkta i planen er alt gjorde om til oppgåver.</translation>
    </message>
    <message>
        <source>Forelder: {name}</source>
        <translation>Forelder: {name}</translation>
    </message>
    <message>
        <source>Punktet er allerede gjort til en oppgave og blir stående i planen. Lukk oppgaven i kontaktloggen hvis den ikke skal gjøres.</source>
        <translation>Punktet er alt gjort om til ei oppgåve og blir ståande i planen. Lukk oppgåva i kontaktloggen dersom ho ikkje skal gjerast.</translation>
    </message>
    <message>
        <source>Fjern raden</source>
        <translation>Fjern rada</translation>
    </message>
    <message>
        <source>Punkt {row}: skriv datoen som dd.mm.åååå, for eksempel 01.09.2026.</source>
        <translation>Punkt {row}: skriv datoen som dd.mm.åååå, til dømes 01.09.2026.</translation>
    </message>
    <message>
        <source>Planlegg familieråd</source>
        <translation>Planlegg familieråd</translation>
    </message>
    <message>
        <source>&amp;Spørsmålet til familien</source>
        <translation>&amp;Spørsmålet til familien</translation>
    </message>
    <message>
        <source>&amp;Formål</source>
        <translation>&amp;Formål</translation>
    </message>
    <message>
        <source>Om formålet</source>
        <translation>Om formålet</translation>
    </message>
    <message>
        <source>Forelderen har sagt ja til familieråd (frivillig)</source>
        <translation>Forelderen har sagt ja til familieråd (frivillig)</translation>
    </message>
    <message>
        <source>Sa&amp;mtykke</source>
        <translation>Sa&amp;mtykke</translation>
    </message>
    <message>
        <source>&amp;Koordinator</source>
        <translation>&amp;Koordinator</translation>
    </message>
    <message>
        <source>Koordinatorens &amp;organisasjon</source>
        <translation>&amp;Organisasjonen til koordinatoren</translation>
    </message>
    <message>
        <source>Koordinatoren er ansatt i barnevernstjenesten</source>
        <translation>Koordinatoren er tilsett i barnevernstenesta</translation>
    </message>
    <message>
        <source>Uavhengighet</source>
        <translation>Uavhengigheit</translation>
    </message>
    <message>
        <source>&amp;Planlagt dato</source>
        <translation>&amp;Planlagd dato</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Holdt dato</source>
        <translation>&amp;Halde den</translation>
    </message>
    <message>
        <source>Hvorfor a&amp;vlyst</source>
        <translation>Kvifor a&amp;vlyst</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relasjon</source>
        <translation>Relasjon</translation>
    </message>
    <message>
        <source>Invitert</source>
        <translation>Invitert</translation>
    </message>
    <message>
        <source>Kom</source>
        <translation>Kom</translation>
    </message>
    <message>
        <source>Inviterte</source>
        <translation>Inviterte</translation>
    </message>
    <message>
        <source>Legg til &amp;person</source>
        <translation>Legg til &amp;person</translation>
    </message>
    <message>
        <source>Hent fra &amp;nettverkskartet</source>
        <translation>Hent frå &amp;nettverkskartet</translation>
    </message>
    <message>
        <source>Personene på forelderens nyeste nettverkskart</source>
        <translation>Personane på det nyaste nettverkskartet til forelderen</translation>
    </message>
    <message>
        <source>&amp;Inviterte og hvem som kom</source>
        <translation>&amp;Inviterte og kven som kom</translation>
    </message>
    <message>
        <source>Innen (dd.mm.åååå)</source>
        <translation>Innan (dd.mm.åååå)</translation>
    </message>
    <message>
        <source>Familiens plan</source>
        <translation>Planen til familien</translation>
    </message>
    <message>
        <source>Legg til p&amp;unkt</source>
        <translation>Legg til p&amp;unkt</translation>
    </message>
    <message>
        <source>Familiens &amp;plan</source>
        <translation>&amp;Planen til familien</translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <source>Godkjenn familiens plan</source>
        <translation>Godkjenn planen til familien</translation>
    </message>
    <message>
        <source>&amp;Svar</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Forbehold eller begrunnelse</source>
        <translation>&amp;Atterhald eller grunngjeving</translation>
    </message>
    <message>
        <source>Oppfølgende familieråd</source>
        <translation>Oppfølgjande familieråd</translation>
    </message>
    <message>
        <source>&amp;Oppfølging</source>
        <translation>&amp;Oppfølging</translation>
    </message>
    <message>
        <source>Koordinatoren skal være uavhengig av barnevernstjenesten. Velg en koordinator utenfor tjenesten (for eksempel fra en koordinatorpool i en annen kommune eller Bufetat).</source>
        <translation>Koordinatoren skal vere uavhengig av barnevernstenesta. Vel ein koordinator utanfor tenesta (til dømes frå ein koordinatorpool i ein annan kommune eller Bufetat).</translation>
    </message>
    <message>
        <source>Hver uke</source>
        <translation>Kvar veke</translation>
    </message>
    <message>
        <source>Hver 14. dag</source>
        <translation>Kvar 14. dag</translation>
    </message>
    <message>
        <source>Hver 3. uke</source>
        <translation>Kvar 3. veke</translation>
    </message>
    <message>
        <source>Hver måned</source>
        <translation>Kvar månad</translation>
    </message>
    <message>
        <source>Annenhver måned</source>
        <translation>Annakvar månad</translation>
    </message>
    <message>
        <source>Hver 3. måned</source>
        <translation>Kvar 3. månad</translation>
    </message>
    <message>
        <source>Oppgave {n}: skriv hva som skal gjøres.</source>
        <translation>Oppgåve {n}: skriv kva som skal gjerast.</translation>
    </message>
    <message>
        <source>Oppgave {n}: skriv hvem som er ansvarlig.</source>
        <translation>Oppgåve {n}: skriv kven som er ansvarleg.</translation>
    </message>
    <message>
        <source>Oppgave {n}: fristen kan ikke være før kontakten.</source>
        <translation>Oppgåve {n}: fristen kan ikkje vere før kontakten.</translation>
    </message>
    <message>
        <source>Tidspunktet kan ikke være fram i tid.</source>
        <translation>Tidspunktet kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <source>Datoen ser feil ut – sjekk året.</source>
        <translation>Datoen ser feil ut – sjekk året.</translation>
    </message>
    <message>
        <source>Skriv et kort sammendrag før kontakten markeres som ferdig.</source>
        <translation>Skriv eit kort samandrag før kontakten blir merkt som ferdig.</translation>
    </message>
    <message>
        <source>Det ble ikke oppnådd kontakt, så forelderens egne ord kan ikke fylles ut. Skriv det i sammendraget hvis forelderen sa noe senere.</source>
        <translation>Det vart ikkje oppnådd kontakt, så feltet for orda til forelderen kan ikkje fyllast ut. Skriv det i samandraget dersom forelderen sa noko seinare.</translation>
    </message>
    <message>
        <source>Skriv hvilket språk tolken tolket til.</source>
        <translation>Skriv kva språk tolken tolka til.</translation>
    </message>
    <message>
        <source>Oppføringen er trukket tilbake og kan ikke endres.</source>
        <translation>Oppføringa er trekt tilbake og kan ikkje endrast.</translation>
    </message>
    <message>
        <source>Oppføringen er ferdig. Skriv hvorfor den endres nå – den tidligere teksten tas vare på.</source>
        <translation>Oppføringa er ferdig. Skriv kvifor ho blir endra no – den tidlegare teksten blir teken vare på.</translation>
    </message>
    <message>
        <source>Hyppigheten må være mellom 1 og 365 dager.</source>
        <translation>Hyppigheita må vere mellom 1 og 365 dagar.</translation>
    </message>
    <message>
        <source>Sett en dato for når kontakt skal tilbys igjen.</source>
        <translation>Set ein dato for når kontakt skal tilbydast igjen.</translation>
    </message>
    <message>
        <source>Neste tilbud kan ikke være før forelderen takket nei.</source>
        <translation>Neste tilbod kan ikkje vere før forelderen takka nei.</translation>
    </message>
    <message>
        <source>Skriv spørsmålet familien skal svare på i familierådet.</source>
        <translation>Skriv spørsmålet familien skal svare på i familierådet.</translation>
    </message>
    <message>
        <source>Familieråd bygger på frivillig samtykke. Kryss av når forelderen har sagt ja.</source>
        <translation>Familieråd byggjer på frivillig samtykke. Kryss av når forelderen har sagt ja.</translation>
    </message>
    <message>
        <source>Navnet er for langt.</source>
        <translation>Namnet er for langt.</translation>
    </message>
    <message>
        <source>Skriv datoen familierådet ble holdt.</source>
        <translation>Skriv datoen familierådet vart halde.</translation>
    </message>
    <message>
        <source>Et familieråd kan ikke være holdt fram i tid.</source>
        <translation>Eit familieråd kan ikkje vere halde fram i tid.</translation>
    </message>
    <message>
        <source>Kryss av hvem som kom på familierådet.</source>
        <translation>Kryss av kven som kom på familierådet.</translation>
    </message>
    <message>
        <source>Et familieråd som ikke er holdt, har ingen dato holdt.</source>
        <translation>Eit familieråd som ikkje er halde, har ingen dato for når det vart halde.</translation>
    </message>
    <message>
        <source>Ingen kan ha kommet på et familieråd som ikke er holdt.</source>
        <translation>Ingen kan ha kome på eit familieråd som ikkje er halde.</translation>
    </message>
    <message>
        <source>Familiens plan lages på familierådet. Registrer det holdt.</source>
        <translation>Planen til familien blir laga på familierådet. Registrer det som halde.</translation>
    </message>
    <message>
        <source>Planen kan bare godkjennes etter at familierådet er holdt.</source>
        <translation>Planen kan berre godkjennast etter at familierådet er halde.</translation>
    </message>
    <message>
        <source>Skriv hvorfor familierådet ble avlyst.</source>
        <translation>Skriv kvifor familierådet vart avlyst.</translation>
    </message>
    <message>
        <source>Samme person står to ganger i listen.</source>
        <translation>Same person står to gonger i lista.</translation>
    </message>
    <message>
        <source>Velg om planen er godkjent.</source>
        <translation>Vel om planen er godkjend.</translation>
    </message>
    <message>
        <source>Det er ingen plan å godkjenne ennå.</source>
        <translation>Det er ingen plan å godkjenne enno.</translation>
    </message>
    <message>
        <source>Skriv datoen planen ble behandlet.</source>
        <translation>Skriv datoen planen vart handsama.</translation>
    </message>
    <message>
        <source>Planen kan ikke være behandlet før familierådet.</source>
        <translation>Planen kan ikkje vere handsama før familierådet.</translation>
    </message>
    <message>
        <source>Det oppfølgende familierådet må være etter dette.</source>
        <translation>Det oppfølgjande familierådet må vere etter dette.</translation>
    </message>
    <message>
        <source>Oppfølgingen er mer enn to år fram – sjekk året.</source>
        <translation>Oppfølginga er meir enn to år fram – sjekk året.</translation>
    </message>
    <message>
        <source>Familieråd – registrer det holdt eller avlyst</source>
        <translation>Familieråd – registrer det som halde eller avlyst</translation>
    </message>
    <message>
        <source>Familieråd</source>
        <translation>Familieråd</translation>
    </message>
    <message>
        <source>Oppfølgende familieråd – planlegg det med koordinatoren</source>
        <translation>Oppfølgjande familieråd – planlegg det med koordinatoren</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se familierådene.</source>
        <translation>Vel ein forelder under Foreldre for å sjå familieråda.</translation>
    </message>
    <message>
        <source>&amp;Nytt familieråd …</source>
        <translation>&amp;Nytt familieråd …</translation>
    </message>
    <message>
        <source>&amp;Registrer holdt / endre …</source>
        <translation>&amp;Registrer halde / endre …</translation>
    </message>
    <message>
        <source>&amp;Godkjenn planen …</source>
        <translation>&amp;Godkjenn planen …</translation>
    </message>
    <message>
        <source>Gjør planen til &amp;oppgaver</source>
        <translation>Gjer planen om til &amp;oppgåver</translation>
    </message>
    <message>
        <source>Hvert punkt i familiens plan blir en oppfølgingsoppgave med ansvarlig og frist</source>
        <translation>Kvart punkt i planen til familien blir ei oppfølgingsoppgåve med ansvarleg og frist</translation>
    </message>
    <message>
        <source>Skriv ut &amp;planen …</source>
        <translation>Skriv ut &amp;planen …</translation>
    </message>
    <message>
        <source>Familierådets plan til deltakerne: uten det de ikke kan få vite</source>
        <translation>Planen frå familierådet til deltakarane: utan det dei ikkje kan få vite</translation>
    </message>
    <message>
        <source>Om familierådet</source>
        <translation>Om familierådet</translation>
    </message>
    <message>
        <source>Inviterte og hvem som kom</source>
        <translation>Inviterte og kven som kom</translation>
    </message>
    <message>
        <source>Innen</source>
        <translation>Innan</translation>
    </message>
    <message>
        <source>Oppgave</source>
        <translation>Oppgåve</translation>
    </message>
    <message>
        <source>&amp;Familierådene</source>
        <translation>&amp;Familieråda</translation>
    </message>
    <message>
        <source>Familiens p&amp;lan</source>
        <translation>P&amp;lanen til familien</translation>
    </message>
    <message>
        <source>Ingen familieråd ennå. Et familieråd bygger på frivillig samtykke: familien og nettverket lager sin egen plan, og barnevernstjenesten godkjenner den.</source>
        <translation>Ingen familieråd enno. Eit familieråd byggjer på frivillig samtykke: familien og nettverket lagar sin eigen plan, og barnevernstenesta godkjenner han.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>ikke ennå</source>
        <translation>ikkje enno</translation>
    </message>
    <message>
        <source>oppgave, åpen</source>
        <translation>oppgåve, open</translation>
    </message>
    <message>
        <source>oppgave, {status}</source>
        <translation>oppgåve, {status}</translation>
    </message>
    <message>
        <source>Spørsmålet til familien:</source>
        <translation>Spørsmålet til familien:</translation>
    </message>
    <message>
        <source>Formål: {purpose}</source>
        <translation>Formål: {purpose}</translation>
    </message>
    <message>
        <source>Koordinator: {who}</source>
        <translation>Koordinator: {who}</translation>
    </message>
    <message>
        <source>Planlagt: {day}</source>
        <translation>Planlagt: {day}</translation>
    </message>
    <message>
        <source>Holdt: {day}</source>
        <translation>Halde: {day}</translation>
    </message>
    <message>
        <source>Avlyst: {reason}</source>
        <translation>Avlyst: {reason}</translation>
    </message>
    <message>
        <source>Planen er ikke behandlet av barnevernstjenesten ennå.</source>
        <translation>Barnevernstenesta har ikkje handsama planen enno.</translation>
    </message>
    <message>
        <source>{answer} {day}</source>
        <translation>{answer} {day}</translation>
    </message>
    <message>
        <source>Oppfølgende familieråd: {day}</source>
        <translation>Oppfølgjande familieråd: {day}</translation>
    </message>
    <message>
        <source>Skriv først samtalen i kontaktloggen. Tilbakemeldingen knyttes til den.</source>
        <translation>Skriv først samtalen i kontaktloggen. Tilbakemeldinga blir knytt til han.</translation>
    </message>
    <message>
        <source>Ikke knyttet til en kontakt</source>
        <translation>Ikkje knytt til ein kontakt</translation>
    </message>
    <message>
        <source>Kontakt nr. {n} (eldre)</source>
        <translation>Kontakt nr. {n} (eldre)</translation>
    </message>
    <message>
        <source>KOR-skår fra papirskjema</source>
        <translation>KOR-skår frå papirskjema</translation>
    </message>
    <message>
        <source>Skriv inn tallene forelderen merket på skjemaet: 0–10 med én desimal. Spørsmålene står på skjemaet og vises ikke her.</source>
        <translation>Skriv inn tala forelderen merkte på skjemaet: 0–10 med éin desimal. Spørsmåla står på skjemaet og blir ikkje viste her.</translation>
    </message>
    <message>
        <source>&amp;Skjema</source>
        <translation>&amp;Skjema</translation>
    </message>
    <message>
        <source>&amp;Kontakt</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>Dimensjon &amp;{n}</source>
        <translation>Dimensjon &amp;{n}</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>– (skriv inn alle fire tallene)</source>
        <translation>– (skriv inn alle dei fire tala)</translation>
    </message>
    <message>
        <source>under grensen</source>
        <translation>under grensa</translation>
    </message>
    <message>
        <source>ikke under grensen</source>
        <translation>ikkje under grensa</translation>
    </message>
    <message>
        <source>{total} av 40 ({side} {cut})</source>
        <translation>{total} av 40 ({side} {cut})</translation>
    </message>
    <message>
        <source>Tilbakemelding etter en samtale</source>
        <translation>Tilbakemelding etter ein samtale</translation>
    </message>
    <message>
        <source>&amp;Samtale</source>
        <translation>&amp;Samtale</translation>
    </message>
    <message>
        <source>&amp;Forelderens ord</source>
        <translation>&amp;Orda til forelderen</translation>
    </message>
    <message>
        <source>Det forelderen sa, med egne ord</source>
        <translation>Det forelderen sa, med eigne ord</translation>
    </message>
    <message>
        <source>&amp;ORS</source>
        <translation>&amp;ORS</translation>
    </message>
    <message>
        <source>&amp;SRS</source>
        <translation>&amp;SRS</translation>
    </message>
    <message>
        <source>&amp;Enkel tilbakemelding</source>
        <translation>&amp;Enkel tilbakemelding</translation>
    </message>
    <message>
        <source>{name} over tid</source>
        <translation>{name} over tid</translation>
    </message>
    <message>
        <source>{name}-skårer som tabell</source>
        <translation>{name}-skårar som tabell</translation>
    </message>
    <message>
        <source>&amp;Ny {name}-skår …</source>
        <translation>&amp;Ny {name}-skår …</translation>
    </message>
    <message>
        <source>&amp;Rett valgt skår …</source>
        <translation>&amp;Rett vald skår …</translation>
    </message>
    <message>
        <source>ORS, sum</source>
        <translation>ORS, sum</translation>
    </message>
    <message>
        <source>Klinisk grense {v}</source>
        <translation>Klinisk grense {v}</translation>
    </message>
    <message>
        <source>Ingen pålitelig endring</source>
        <translation>Inga påliteleg endring</translation>
    </message>
    <message>
        <source>ORS: hvordan forelderen har det, slik forelderen selv merket det på papirskjemaet. Stiplet linje: klinisk grense ({cut}). En sum under grensen regnes som i klinisk område. Skravert felt: mindre enn {rc} fra første skår – ingen pålitelig endring.</source>
        <translation>ORS: korleis forelderen har det, slik forelderen sjølv merkte det på papirskjemaet. Stipla linje: klinisk grense ({cut}). Ein sum under grensa blir rekna som i klinisk område. Skravert felt: mindre enn {rc} frå første skår – inga påliteleg endring.</translation>
    </message>
    <message>
        <source>Ingen ORS ennå. Skriv inn skjemaet forelderen fylte ut på papir.</source>
        <translation>Ingen ORS enno. Skriv inn skjemaet forelderen fylte ut på papir.</translation>
    </message>
    <message>
        <source>SRS, sum</source>
        <translation>SRS, sum</translation>
    </message>
    <message>
        <source>Grense {v}</source>
        <translation>Grense {v}</translation>
    </message>
    <message>
        <source>SRS: hvordan samtalen var for forelderen, merket etter samtalen. Stiplet linje: grensen ({cut}). Under grensen: {prompt}. Et ▲ i tabellen viser samtalene det gjelder.</source>
        <translation>SRS: korleis samtalen var for forelderen, merkt etter samtalen. Stipla linje: grensa ({cut}). Under grensa: {prompt}. Ein ▲ i tabellen viser samtalane det gjeld.</translation>
    </message>
    <message>
        <source>Ingen SRS ennå. Skriv inn skjemaet forelderen fylte ut etter en samtale.</source>
        <translation>Ingen SRS enno. Skriv inn skjemaet forelderen fylte ut etter ein samtale.</translation>
    </message>
    <message>
        <source>Enkle tilbakemeldinger</source>
        <translation>Enkle tilbakemeldingar</translation>
    </message>
    <message>
        <source>N&amp;y tilbakemelding …</source>
        <translation>N&amp;y tilbakemelding …</translation>
    </message>
    <message>
        <source>R&amp;ett valgt …</source>
        <translation>R&amp;ett vald …</translation>
    </message>
    <message>
        <source>Etter en samtale: «{q}» – forelderens svar og egne ord. For kontor som ikke bruker KOR, eller i tillegg.</source>
        <translation>Etter ein samtale: «{q}» – svaret til forelderen og eigne ord. For kontor som ikkje brukar KOR, eller i tillegg.</translation>
    </message>
    <message>
        <source>Ingen tilbakemeldinger ennå.</source>
        <translation>Ingen tilbakemeldingar enno.</translation>
    </message>
    <message>
        <source>Tilbakemelding</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se tilbakemeldingene.</source>
        <translation>Vel ein forelder under Foreldre for å sjå tilbakemeldingane.</translation>
    </message>
    <message>
        <source>▲ Siste SRS ({day}) var {total}, under grensen {cut}. {prompt}.</source>
        <translation>▲ Siste SRS ({day}) var {total}, under grensa {cut}. {prompt}.</translation>
    </message>
    <message>
        <source>Barnets plan</source>
        <translation>Planen for barnet</translation>
    </message>
    <message>
        <source>&amp;Barn</source>
        <translation>&amp;Barn</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Datert</source>
        <translation>&amp;Datert</translation>
    </message>
    <message>
        <source>&amp;Mål</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>Målet slik det står i planen</source>
        <translation>Målet slik det står i planen</translation>
    </message>
    <message>
        <source>&amp;Tidsperspektiv</source>
        <translation>&amp;Tidsperspektiv</translation>
    </message>
    <message>
        <source>For eksempel: ny vurdering innen ett år</source>
        <translation>Til dømes: ny vurdering innan eitt år</translation>
    </message>
    <message>
        <source>Formålet med oppfølgingen</source>
        <translation>Formålet med oppfølginga</translation>
    </message>
    <message>
        <source>Med &amp;forelderens ord</source>
        <translation>Med orda til &amp;forelderen</translation>
    </message>
    <message>
        <source>Hva forelderen ønsker å få ut av oppfølgingen</source>
        <translation>Kva forelderen ønskjer å få ut av oppfølginga</translation>
    </message>
    <message>
        <source>Med &amp;dine ord</source>
        <translation>Med &amp;dine ord</translation>
    </message>
    <message>
        <source>&amp;Avtalt</source>
        <translation>&amp;Avtalt</translation>
    </message>
    <message>
        <source>Informasjon gitt</source>
        <translation>Informasjon gitt</translation>
    </message>
    <message>
        <source>&amp;Punkt</source>
        <translation>&amp;Punkt</translation>
    </message>
    <message>
        <source>&amp;Gitt</source>
        <translation>&amp;Gitt</translation>
    </message>
    <message>
        <source>&amp;Hvordan</source>
        <translation>&amp;Korleis</translation>
    </message>
    <message>
        <source>Med tolk</source>
        <translation>Med tolk</translation>
    </message>
    <message>
        <source>&amp;Tolk</source>
        <translation>&amp;Tolk</translation>
    </message>
    <message>
        <source>Støttepersonen var til stede</source>
        <translation>Støttepersonen var til stades</translation>
    </message>
    <message>
        <source>&amp;Støtteperson</source>
        <translation>&amp;Støtteperson</translation>
    </message>
    <message>
        <source>&amp;Forstått</source>
        <translation>&amp;Forstått</translation>
    </message>
    <message>
        <source>Gis &amp;igjen</source>
        <translation>Skal givast &amp;igjen</translation>
    </message>
    <message>
        <source>For eksempel hva forelderen lurte på</source>
        <translation>Til dømes kva forelderen lurte på</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Datert</source>
        <translation>Datert</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Tidsperspektiv</source>
        <translation>Tidsperspektiv</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sist gitt</source>
        <translation>Sist gitt</translation>
    </message>
    <message>
        <source>Hvordan</source>
        <translation>Korleis</translation>
    </message>
    <message>
        <source>Gis igjen</source>
        <translation>Skal givast igjen</translation>
    </message>
    <message>
        <source>Ganger</source>
        <translation>Gonger</translation>
    </message>
    <message>
        <source>tolk</source>
        <translation>tolk</translation>
    </message>
    <message>
        <source>støtteperson</source>
        <translation>støtteperson</translation>
    </message>
    <message>
        <source>Forelderens vurdering</source>
        <translation>Vurderinga til forelderen</translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <source>Ønsket</source>
        <translation>Ønsket</translation>
    </message>
    <message>
        <source>Svar innen / svart</source>
        <translation>Svar innan / svart</translation>
    </message>
    <message>
        <source>Svar er forsinket</source>
        <translation>Svaret er forseinka</translation>
    </message>
    <message>
        <source>Venter på svar</source>
        <translation>Ventar på svar</translation>
    </message>
    <message>
        <source>Besvart</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>Forfalt </source>
        <translation>Over fristen </translation>
    </message>
    <message>
        <source>Barnets planer</source>
        <translation>Planane for barnet</translation>
    </message>
    <message>
        <source>Ny &amp;plan …</source>
        <translation>Ny &amp;plan …</translation>
    </message>
    <message>
        <source>&amp;Endre plan …</source>
        <translation>&amp;Endre plan …</translation>
    </message>
    <message>
        <source>Formål og samarbeidsavtale</source>
        <translation>Formål og samarbeidsavtale</translation>
    </message>
    <message>
        <source>Formål&amp;et …</source>
        <translation>Formål&amp;et …</translation>
    </message>
    <message>
        <source>Sam&amp;arbeidsavtale …</source>
        <translation>Sam&amp;arbeidsavtale …</translation>
    </message>
    <message>
        <source>Hvem bestemmer hva</source>
        <translation>Kven bestemmer kva</translation>
    </message>
    <message>
        <source>Barnets &amp;planer</source>
        <translation>&amp;Planane for barnet</translation>
    </message>
    <message>
        <source>{n} skal gis igjen</source>
        <translation>{n} skal givast igjen</translation>
    </message>
    <message>
        <source>{n} er ikke bekreftet forstått</source>
        <translation>{n} er ikkje stadfesta forstått</translation>
    </message>
    <message>
        <source>{n} er ikke gitt ennå</source>
        <translation>{n} er ikkje gitt enno</translation>
    </message>
    <message>
        <source>Alle punktene er gitt og forstått.</source>
        <translation>Alle punkta er gitt og forstått.</translation>
    </message>
    <message numerus="yes">
        <source>%n punkter</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkt</numerusform>
        </translation>
    </message>
    <message>
        <source>Av {total}: {what}.</source>
        <translation>Av {total}: {what}.</translation>
    </message>
    <message>
        <source>Sjekkliste for informasjon</source>
        <translation>Sjekkliste for informasjon</translation>
    </message>
    <message>
        <source>&amp;Registrer gitt informasjon …</source>
        <translation>&amp;Registrer gitt informasjon …</translation>
    </message>
    <message>
        <source>Historikk for punktet</source>
        <translation>Historikk for punktet</translation>
    </message>
    <message>
        <source>&amp;Historikk for punktet</source>
        <translation>&amp;Historikk for punktet</translation>
    </message>
    <message>
        <source>&amp;Sjekkliste</source>
        <translation>&amp;Sjekkliste</translation>
    </message>
    <message>
        <source>Historikk: {item}</source>
        <translation>Historikk: {item}</translation>
    </message>
    <message>
        <source>Ikke gitt ennå.</source>
        <translation>Ikkje gitt enno.</translation>
    </message>
    <message>
        <source>gis igjen {d}</source>
        <translation>blir gitt igjen {d}</translation>
    </message>
    <message>
        <source>Vurdering og veien hjem</source>
        <translation>Vurdering og vegen heim</translation>
    </message>
    <message>
        <source>&amp;Ny vurdering …</source>
        <translation>&amp;Ny vurdering …</translation>
    </message>
    <message>
        <source>Forelderens evalueringer</source>
        <translation>Evalueringane til forelderen</translation>
    </message>
    <message>
        <source>Ingen evalueringer ennå. Spør forelderen hvordan de synes plasseringen gjennomføres, og skriv det med deres ord.</source>
        <translation>Ingen evalueringar enno. Spør forelderen korleis dei synest plasseringa blir gjennomført, og skriv det med orda deira.</translation>
    </message>
    <message>
        <source>Ny &amp;evaluering …</source>
        <translation>Ny &amp;evaluering …</translation>
    </message>
    <message>
        <source>Forelderens e&amp;valuering av plasseringen</source>
        <translation>Korleis forelderen e&amp;valuerer plasseringa</translation>
    </message>
    <message>
        <source>Forelderens ønsker</source>
        <translation>Ønska til forelderen</translation>
    </message>
    <message>
        <source>Ønsket og svaret</source>
        <translation>Ønsket og svaret</translation>
    </message>
    <message>
        <source>Nytt ø&amp;nske …</source>
        <translation>Nytt ø&amp;nske …</translation>
    </message>
    <message>
        <source>Endre ønske&amp;t …</source>
        <translation>Endre ønske&amp;t …</translation>
    </message>
    <message>
        <source>S&amp;var …</source>
        <translation>S&amp;var …</translation>
    </message>
    <message>
        <source>Ønsker (åpne ø&amp;verst)</source>
        <translation>Ønske (opne ø&amp;vst)</translation>
    </message>
    <message>
        <source>Ingen ønsker registrert.</source>
        <translation>Ingen ønske registrerte.</translation>
    </message>
    <message>
        <source>Ikke besvart. Svar innen {d}.</source>
        <translation>Ikkje svart. Svar innan {d}.</translation>
    </message>
    <message>
        <source>Frister i oppfølgingen</source>
        <translation>Fristar i oppfølginga</translation>
    </message>
    <message>
        <source>Ingen åpne frister i oppfølgingen av denne forelderen.</source>
        <translation>Ingen opne fristar i oppfølginga av denne forelderen.</translation>
    </message>
    <message>
        <source>Fristene vises også i Oversikt.</source>
        <translation>Fristane blir òg viste i Oversikt.</translation>
    </message>
    <message>
        <source>&amp;Frister</source>
        <translation>&amp;Fristar</translation>
    </message>
    <message>
        <source>Kommunens tilpasning av oppfølgingsskjemaet har noe som ikke kan brukes; bufapps egen tekst står der i stedet. Be den som har ansvar for skjemaene se på dette:</source>
        <translation>Kommunen si tilpassing av oppfølgingsskjemaet har noko som ikkje kan brukast; bufapp sin eigen tekst står der i staden. Be den som har ansvaret for skjemaa, sjå på dette:</translation>
    </message>
    <message>
        <source>Første samtale</source>
        <translation>Første samtale</translation>
    </message>
    <message>
        <source>Med forelderens ord</source>
        <translation>Med orda til forelderen</translation>
    </message>
    <message>
        <source>Ikke skrevet</source>
        <translation>Ikkje skrive</translation>
    </message>
    <message>
        <source>Med saksbehandlerens ord</source>
        <translation>Med orda til sakshandsamaren</translation>
    </message>
    <message>
        <source>Ikke skrevet ennå. Skriv formålet sammen med forelderen.</source>
        <translation>Ikkje skrive enno. Skriv formålet saman med forelderen.</translation>
    </message>
    <message>
        <source>Samarbeidsavtale</source>
        <translation>Samarbeidsavtale</translation>
    </message>
    <message>
        <source>forelderen ønsker ikke kontakt nå (siden {d})</source>
        <translation>forelderen ønskjer ikkje kontakt no (sidan {d})</translation>
    </message>
    <message>
        <source>Ikke avtalt</source>
        <translation>Ikkje avtalt</translation>
    </message>
    <message>
        <source>Hvor forelderen vil møtes</source>
        <translation>Kvar forelderen vil møtast</translation>
    </message>
    <message>
        <source>Støtteperson</source>
        <translation>Støtteperson</translation>
    </message>
    <message>
        <source>Ingen barn er knyttet til forelderen.</source>
        <translation>Ingen barn er knytte til forelderen.</translation>
    </message>
    <message>
        <source>forelderen har ikke foreldreansvar</source>
        <translation>forelderen har ikkje foreldreansvar</translation>
    </message>
    <message>
        <source>Plasseringen ble avsluttet {d}</source>
        <translation>Plasseringa vart avslutta {d}</translation>
    </message>
    <message>
        <source>Barnet er ikke registrert plassert.</source>
        <translation>Barnet er ikkje registrert plassert.</translation>
    </message>
    <message>
        <source>Skrevet {d}</source>
        <translation>Skriven {d}</translation>
    </message>
    <message>
        <source>ny vurdering {d}</source>
        <translation>ny vurdering {d}</translation>
    </message>
    <message>
        <source>Barnevernstjenestens vurdering nå</source>
        <translation>Vurderinga til barnevernstenesta no</translation>
    </message>
    <message>
        <source>Ingen vurdering ennå. Skriv til forelderen hva som skal til for at barnet kan flytte hjem, eller hvorfor det ikke er forventet nå.</source>
        <translation>Inga vurdering enno. Skriv til forelderen kva som skal til for at barnet kan flytte heim, eller kvifor det ikkje er venta no.</translation>
    </message>
    <message>
        <source>Tidligere vurderinger</source>
        <translation>Tidlegare vurderingar</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se oppfølgingen.</source>
        <translation>Vel ein forelder under Foreldre for å sjå oppfølginga.</translation>
    </message>
    <message>
        <source>Informasjonsar&amp;k …</source>
        <translation>Informasjonsar&amp;k …</translation>
    </message>
    <message>
        <source>Et ark på enkelt språk til forelderen, for utskrift</source>
        <translation>Eit ark på enkelt språk til forelderen, for utskrift</translation>
    </message>
    <message>
        <source>Formål og &amp;roller</source>
        <translation>Formål og &amp;roller</translation>
    </message>
    <message>
        <source>&amp;Informasjon</source>
        <translation>&amp;Informasjon</translation>
    </message>
    <message>
        <source>Vurdering og veien &amp;hjem</source>
        <translation>Vurdering og vegen &amp;heim</translation>
    </message>
    <message>
        <source>Ø&amp;nsker</source>
        <translation>Ø&amp;nske</translation>
    </message>
    <message>
        <source>Fris&amp;ter</source>
        <translation>Fris&amp;tar</translation>
    </message>
    <message>
        <source>({n} å følge opp)</source>
        <translation>({n} å følgje opp)</translation>
    </message>
    <message>
        <source>({n} ubesvart)</source>
        <translation>({n} utan svar)</translation>
    </message>
    <message>
        <source>V&amp;eien hjem</source>
        <translation>V&amp;egen heim</translation>
    </message>
    <message>
        <source>&amp;Vurderingen</source>
        <translation>&amp;Vurderinga</translation>
    </message>
    <message>
        <source>Skrevet til forelderen, med enkle ord: hva som skal til for at barnet kan flytte hjem – eller hvorfor det ikke er forventet nå.</source>
        <translation>Skrive til forelderen, med enkle ord: kva som skal til for at barnet kan flytte heim – eller kvifor det ikkje er venta no.</translation>
    </message>
    <message>
        <source>&amp;Ny vurdering</source>
        <translation>&amp;Ny vurdering</translation>
    </message>
    <message>
        <source>Forelderens evaluering</source>
        <translation>Evalueringa til forelderen</translation>
    </message>
    <message>
        <source>Med forelderens &amp;ord</source>
        <translation>Med &amp;orda til forelderen</translation>
    </message>
    <message>
        <source>Hvordan forelderen synes plasseringen gjennomføres</source>
        <translation>Korleis forelderen synest plasseringa blir gjennomført</translation>
    </message>
    <message>
        <source>Forelderens ønske</source>
        <translation>Ønsket til forelderen</translation>
    </message>
    <message>
        <source>&amp;Gjelder</source>
        <translation>&amp;Gjeld</translation>
    </message>
    <message>
        <source>&amp;Svar innen</source>
        <translation>&amp;Svar innan</translation>
    </message>
    <message numerus="yes">
        <source>%n dager</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Uten dato: svar innen {days}.</source>
        <translation>Utan dato: svar innan {days}.</translation>
    </message>
    <message>
        <source>Svar på ønsket</source>
        <translation>Svar på ønsket</translation>
    </message>
    <message>
        <source>Ønsket: {words}</source>
        <translation>Ønske: {words}</translation>
    </message>
    <message>
        <source>&amp;Svart</source>
        <translation>&amp;Svart</translation>
    </message>
    <message>
        <source>&amp;Utfall</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <source>Sv&amp;aret</source>
        <translation>Sv&amp;aret</translation>
    </message>
    <message>
        <source>Påkrevd når ønsket ikke kan innfris, helt eller delvis: den faglige grunnen</source>
        <translation>Påkravd når ønsket ikkje kan oppfyllast, heilt eller delvis: den faglege grunnen</translation>
    </message>
    <message>
        <source>Avslutte «{name}»? Tilbudet blir stående i katalogen som avsluttet, og foreldrenes deltakelse beholdes. Det tas ikke med i oversikten.</source>
        <translation>Avslutte «{name}»? Tilbodet blir ståande i katalogen som avslutta, og deltakinga til foreldra blir teken vare på. Det blir ikkje teke med i oversikta.</translation>
    </message>
    <message>
        <source>Slette «{name}» fra katalogen?</source>
        <translation>Slette «{name}» frå katalogen?</translation>
    </message>
    <message>
        <source>Oversikt over gruppetilbud</source>
        <translation>Oversikt over gruppetilbod</translation>
    </message>
    <message>
        <source>Gruppetilbudene generelt</source>
        <translation>Gruppetilboda generelt</translation>
    </message>
    <message>
        <source>1 – ikke nyttig</source>
        <translation>1 – ikkje nyttig</translation>
    </message>
    <message>
        <source>5 – svært nyttig</source>
        <translation>5 – svært nyttig</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Familievernkontorets eget tilbud</source>
        <translation>Familievernkontoret sitt eige tilbod</translation>
    </message>
    <message>
        <source>&amp;Eget tilbud</source>
        <translation>&amp;Eige tilbod</translation>
    </message>
    <message>
        <source>(ikke i adresseboken)</source>
        <translation>(ikkje i adresseboka)</translation>
    </message>
    <message>
        <source>&amp;Hvem driver</source>
        <translation>&amp;Kven driv</translation>
    </message>
    <message>
        <source>&amp;Eller skriv navnet</source>
        <translation>&amp;Eller skriv namnet</translation>
    </message>
    <message>
        <source>&amp;Starter</source>
        <translation>&amp;Startar</translation>
    </message>
    <message>
        <source>&amp;Slutter</source>
        <translation>&amp;Sluttar</translation>
    </message>
    <message>
        <source>&amp;Når (i ord)</source>
        <translation>&amp;Når (i ord)</translation>
    </message>
    <message>
        <source>For eksempel: tirsdager kl. 18–20, annenhver uke</source>
        <translation>Til dømes: tysdagar kl. 18–20, annakvar veke</translation>
    </message>
    <message>
        <source>&amp;Antall samlinger</source>
        <translation>&amp;Tal på samlingar</translation>
    </message>
    <message>
        <source>Ste&amp;d</source>
        <translation>Sta&amp;d</translation>
    </message>
    <message>
        <source>&amp;Kontaktperson</source>
        <translation>&amp;Kontaktperson</translation>
    </message>
    <message>
        <source>&amp;Påmelding</source>
        <translation>&amp;Påmelding</translation>
    </message>
    <message>
        <source>Hvordan foreldrene melder seg på</source>
        <translation>Korleis foreldra meld seg på</translation>
    </message>
    <message>
        <source>&amp;Om tilbudet</source>
        <translation>&amp;Om tilbodet</translation>
    </message>
    <message>
        <source>Tilbudet er aktivt (med i oversikten)</source>
        <translation>Tilbodet er aktivt (med i oversikta)</translation>
    </message>
    <message>
        <source>Akti&amp;vt</source>
        <translation>Akti&amp;vt</translation>
    </message>
    <message>
        <source>Deltakelse i gruppetilbud</source>
        <translation>Deltaking i gruppetilbod</translation>
    </message>
    <message>
        <source>, {n} samlinger</source>
        <translation>, {n} samlingar</translation>
    </message>
    <message>
        <source>&amp;Tilbud</source>
        <translation>&amp;Tilbod</translation>
    </message>
    <message>
        <source>&amp;Informert</source>
        <translation>&amp;Informert</translation>
    </message>
    <message>
        <source>Forelderens &amp;svar</source>
        <translation>&amp;Svaret til forelderen</translation>
    </message>
    <message>
        <source>&amp;Henvist</source>
        <translation>&amp;Tilvist</translation>
    </message>
    <message>
        <source>S&amp;tartet</source>
        <translation>S&amp;tarta</translation>
    </message>
    <message>
        <source>Samlinger &amp;deltatt</source>
        <translation>Samlingar &amp;deltatt</translation>
    </message>
    <message>
        <source>&amp;Fullført</source>
        <translation>&amp;Fullført</translation>
    </message>
    <message>
        <source>Sl&amp;uttet før tiden</source>
        <translation>Sl&amp;utta før tida</translation>
    </message>
    <message>
        <source>H&amp;vorfor sluttet</source>
        <translation>K&amp;vifor slutta</translation>
    </message>
    <message>
        <source>Forelderens &amp;evaluering</source>
        <translation>&amp;Evalueringa til forelderen</translation>
    </message>
    <message>
        <source>Med forelderens egne ord</source>
        <translation>Med forelderen sine eigne ord</translation>
    </message>
    <message>
        <source>Hvor n&amp;yttig</source>
        <translation>Kor n&amp;yttig</translation>
    </message>
    <message>
        <source>Aktive</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Avsluttede</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>Alle typar</translation>
    </message>
    <message>
        <source>Gruppetilbud i området</source>
        <translation>Gruppetilbod i området</translation>
    </message>
    <message>
        <source>&amp;Nytt tilbud …</source>
        <translation>&amp;Nytt tilbod …</translation>
    </message>
    <message>
        <source>&amp;Endre …</source>
        <translation>&amp;Endre …</translation>
    </message>
    <message>
        <source>&amp;Avslutt tilbudet</source>
        <translation>&amp;Avslutt tilbodet</translation>
    </message>
    <message>
        <source>Tilbudet er over: det blir stående i katalogen som avsluttet, med deltakerne</source>
        <translation>Tilbodet er over: det blir ståande i katalogen som avslutta, med deltakarane</translation>
    </message>
    <message>
        <source>S&amp;lett</source>
        <translation>S&amp;lett</translation>
    </message>
    <message>
        <source>Bare et tilbud uten deltakere kan slettes</source>
        <translation>Berre eit tilbod utan deltakarar kan slettast</translation>
    </message>
    <message>
        <source>Skriv ut &amp;oversikt …</source>
        <translation>Skriv ut &amp;oversikt …</translation>
    </message>
    <message>
        <source>De aktive tilbudene som PDF, til en forelder eller kontoret: ingen navn</source>
        <translation>Dei aktive tilboda som PDF, til ein forelder eller kontoret: ingen namn</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>{n} aktive av {all} tilbud</source>
        <translation>{n} aktive av {all} tilbod</translation>
    </message>
    <message>
        <source>Forelderens deltakelse i gruppetilbud</source>
        <translation>Deltakinga til forelderen i gruppetilbod</translation>
    </message>
    <message>
        <source>&amp;Informert om tilbudene …</source>
        <translation>&amp;Informert om tilboda …</translation>
    </message>
    <message>
        <source>Forelderen er fortalt om gruppetilbudene: når, og hva forelderen svarte</source>
        <translation>Forelderen har fått vite om gruppetilboda: når, og kva forelderen svarte</translation>
    </message>
    <message>
        <source>&amp;Henvist til et tilbud …</source>
        <translation>&amp;Tilvist til eit tilbod …</translation>
    </message>
    <message>
        <source>&amp;Neste steg eller endre …</source>
        <translation>&amp;Neste steg eller endre …</translation>
    </message>
    <message>
        <source>Startet, samlinger deltatt, fullført eller sluttet, og forelderens evaluering</source>
        <translation>Starta, samlingar deltatt, fullført eller slutta, og evalueringa til forelderen</translation>
    </message>
    <message>
        <source>&amp;Deltakelse</source>
        <translation>&amp;Deltaking</translation>
    </message>
    <message>
        <source>▲ Forelderen er ikke informert om gruppetilbudene. Barnevernstjenesten bør kjenne til gruppetilbudene i området og fortelle om dem (frist {due}: 30 dager etter plasseringen).</source>
        <translation>▲ Forelderen er ikkje informert om gruppetilboda. Barnevernstenesta bør kjenne til gruppetilboda i området og fortelje om dei (frist {due}: 30 dagar etter plasseringa).</translation>
    </message>
    <message>
        <source>Informert om gruppetilbudene første gang {day}.</source>
        <translation>Informert om gruppetilboda første gong {day}.</translation>
    </message>
    <message>
        <source>Ikke informert om gruppetilbudene ennå.</source>
        <translation>Ikkje informert om gruppetilboda enno.</translation>
    </message>
    <message>
        <source>Forelderens evaluering: «{words}»</source>
        <translation>Evalueringa til forelderen: «{words}»</translation>
    </message>
    <message>
        <source>Hvorfor sluttet: {why}</source>
        <translation>Kvifor slutta: {why}</translation>
    </message>
    <message>
        <source>Merknad: {note}</source>
        <translation>Merknad: {note}</translation>
    </message>
    <message>
        <source>Første samtale etter plassering</source>
        <translation>Første samtale etter plassering</translation>
    </message>
    <message>
        <source>Kontakt med foreldrene</source>
        <translation>Kontakt med foreldra</translation>
    </message>
    <message>
        <source>Foreldrenes evaluering av møter i ansvarsgruppen</source>
        <translation>Evalueringa frå foreldra av møte i ansvarsgruppa</translation>
    </message>
    <message>
        <source>Informasjon foreldrene har fått</source>
        <translation>Informasjon foreldra har fått</translation>
    </message>
    <message>
        <source>Foreldre med barn plassert i perioden</source>
        <translation>Foreldre med barn plasserte i perioden</translation>
    </message>
    <message>
        <source>Fikk tilbud om første samtale innen {days} dager</source>
        <translation>Fekk tilbod om første samtale innan {days} dagar</translation>
    </message>
    <message>
        <source>Hadde første samtale</source>
        <translation>Hadde første samtale</translation>
    </message>
    <message>
        <source>Foreldre med lengre opphold i kontakten enn avtalt</source>
        <translation>Foreldre med lengre opphald i kontakten enn avtalt</translation>
    </message>
    <message>
        <source>Lengste opphold i kontakten, median</source>
        <translation>Lengste opphald i kontakten, median</translation>
    </message>
    <message>
        <source>dager</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>Møter evaluert av forelderen</source>
        <translation>Møte evaluerte av forelderen</translation>
    </message>
    <message>
        <source>Møter i ansvarsgruppen der forelderen ga sin evaluering i perioden.</source>
        <translation>Møte i ansvarsgruppa der forelderen gav evalueringa si i perioden.</translation>
    </message>
    <message>
        <source>«{question}» – gjennomsnitt</source>
        <translation>«{question}» – gjennomsnitt</translation>
    </message>
    <message>
        <source>av 5</source>
        <translation>av 5</translation>
    </message>
    <message>
        <source>Informasjon som forelderen bekreftet at de forsto</source>
        <translation>Informasjon som forelderen stadfesta at dei forstod</translation>
    </message>
    <message>
        <source>Foreldrenes tilbakemelding (KOR: ORS og SRS)</source>
        <translation>Tilbakemeldinga frå foreldra (KOR: ORS og SRS)</translation>
    </message>
    <message>
        <source>Gruppetilbud</source>
        <translation>Gruppetilbod</translation>
    </message>
    <message>
        <source>Foreldre med minst to ORS-målinger</source>
        <translation>Foreldre med minst to ORS-målingar</translation>
    </message>
    <message>
        <source>ORS bedret seg pålitelig</source>
        <translation>ORS vart påliteleg betre</translation>
    </message>
    <message>
        <source>Av foreldrene over: summen steg med minst {points} poeng.</source>
        <translation>Av foreldra over: summen steig med minst {points} poeng.</translation>
    </message>
    <message>
        <source>ORS uten pålitelig endring</source>
        <translation>ORS utan påliteleg endring</translation>
    </message>
    <message>
        <source>Av foreldrene over: summen endret seg med mindre enn {points} poeng.</source>
        <translation>Av foreldra over: summen endra seg med mindre enn {points} poeng.</translation>
    </message>
    <message>
        <source>ORS ble pålitelig dårligere</source>
        <translation>ORS vart påliteleg dårlegare</translation>
    </message>
    <message>
        <source>Av foreldrene over: summen sank med minst {points} poeng.</source>
        <translation>Av foreldra over: summen sokk med minst {points} poeng.</translation>
    </message>
    <message>
        <source>Samtaler der SRS var under {cut}</source>
        <translation>Samtalar der SRS var under {cut}</translation>
    </message>
    <message>
        <source>Foreldre informert om gruppetilbudene</source>
        <translation>Foreldre informerte om gruppetilboda</translation>
    </message>
    <message>
        <source>Henvist til et gruppetilbud</source>
        <translation>Tilvist til eit gruppetilbod</translation>
    </message>
    <message>
        <source>Startet i en gruppe</source>
        <translation>Byrja i ei gruppe</translation>
    </message>
    <message>
        <source>Fullførte en gruppe</source>
        <translation>Fullførte ei gruppe</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se forelderens deltakelse.</source>
        <translation>Vel ein forelder under Foreldre for å sjå deltakinga til forelderen.</translation>
    </message>
    <message>
        <source>&amp;Katalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>Forelderens &amp;deltakelse</source>
        <translation>&amp;Deltakinga til forelderen</translation>
    </message>
    <message>
        <source>Gruppetilbud – {name}</source>
        <translation>Gruppetilbod – {name}</translation>
    </message>
    <message>
        <source>Innkalling til ansvarsgruppemøte {d}</source>
        <translation>Innkalling til ansvarsgruppemøte {d}</translation>
    </message>
    <message>
        <source>Innkalling – hvem skal ha den?</source>
        <translation>Innkalling – kven skal ha ho?</translation>
    </message>
    <message>
        <source>&amp;Lag innkallingen</source>
        <translation>&amp;Lag innkallinga</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Referat – hvilken kopi?</source>
        <translation>Referat – kva kopi?</translation>
    </message>
    <message>
        <source>&amp;Lag referatet</source>
        <translation>&amp;Lag referatet</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <source>Referatet sendes til: {who}.</source>
        <translation>Referatet blir sendt til: {who}.</translation>
    </message>
    <message>
        <source>Får ikke referatet (mangler samtykke):</source>
        <translation>Får ikkje referatet (manglar samtykke):</translation>
    </message>
    <message>
        <source>Registrere utsendingen og ta vare på referatet nå?</source>
        <translation>Registrere utsendinga og ta vare på referatet no?</translation>
    </message>
    <message>
        <source>Utsendingen er registrert, og referatet er tatt vare på i arkivformat.</source>
        <translation>Utsendinga er registrert, og referatet er teke vare på i arkivformat.</translation>
    </message>
    <message>
        <source>Tiltaksliste for ansvarsgruppen</source>
        <translation>Tiltaksliste for ansvarsgruppa</translation>
    </message>
    <message>
        <source>Møtet</source>
        <translation>Møtet</translation>
    </message>
    <message>
        <source>Forstod</source>
        <translation>Forstod</translation>
    </message>
    <message>
        <source>Hørt</source>
        <translation>Høyrd</translation>
    </message>
    <message>
        <source>Evalueringer over tid</source>
        <translation>Evalueringar over tid</translation>
    </message>
    <message>
        <source>Svar fra 1 til 5 (møtet, forstod, hørt) – {list}</source>
        <translation>Svar frå 1 til 5 (møtet, forstod, høyrd) – {list}</translation>
    </message>
    <message>
        <source>Ingen evalueringer ennå</source>
        <translation>Ingen evalueringar enno</translation>
    </message>
    <message>
        <source>Koordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>&amp;Valgt sammen med forelderen</source>
        <translation>&amp;Valt saman med forelderen</translation>
    </message>
    <message>
        <source>Valgt sammen med forelderen</source>
        <translation>Valt saman med forelderen</translation>
    </message>
    <message>
        <source>Ikke valgt ennå</source>
        <translation>Ikkje valt enno</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>Rediger ansvarsgruppe</source>
        <translation>Rediger ansvarsgruppe</translation>
    </message>
    <message>
        <source>Ny ansvarsgruppe</source>
        <translation>Ny ansvarsgruppe</translation>
    </message>
    <message>
        <source>Forelderen (eller representanten) og alle tjenestene som gir hjelp, er med. Koordinatoren velges sammen med forelderen.</source>
        <translation>Forelderen (eller representanten) og alle tenestene som gir hjelp, er med. Koordinatoren blir valt saman med forelderen.</translation>
    </message>
    <message>
        <source>For eksempel: bolig, økonomi og mer samvær med barna</source>
        <translation>Til dømes: bustad, økonomi og meir samvær med barna</translation>
    </message>
    <message>
        <source>S&amp;tartdato</source>
        <translation>S&amp;tartdato</translation>
    </message>
    <message>
        <source>&amp;Medlemmer</source>
        <translation>&amp;Medlemmer</translation>
    </message>
    <message>
        <source>Referatet sendes bare til medlemmer som forelderen har samtykket til at får alle opplysningene som er krysset av.</source>
        <translation>Referatet blir berre sendt til medlemer som forelderen har samtykt til at får alle opplysningane som er kryssa av.</translation>
    </message>
    <message>
        <source>&amp;Opplysninger i referatet</source>
        <translation>&amp;Opplysningar i referatet</translation>
    </message>
    <message>
        <source>&amp;Sluttdato</source>
        <translation>&amp;Sluttdato</translation>
    </message>
    <message>
        <source>Lukk tiltak</source>
        <translation>Lukk tiltak</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hvem driver</source>
        <translation>Kven driv</translation>
    </message>
    <message>
        <source>Når</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Aktivt – sluttdatoen er passert</source>
        <translation>Aktivt – sluttdatoen er passert</translation>
    </message>
    <message>
        <source>Aktivt</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Antall foreldre registrert med dette tilbudet (ingen navn her)</source>
        <translation>Talet på foreldre registrerte med dette tilbodet (ingen namn her)</translation>
    </message>
    <message>
        <source>Tilbud</source>
        <translation>Tilbod</translation>
    </message>
    <message>
        <source>Startet</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Samlinger</source>
        <translation>Samlingar</translation>
    </message>
    <message>
        <source>Hvor nyttig</source>
        <translation>Kor nyttig</translation>
    </message>
    <message>
        <source>{n} av {of}</source>
        <translation>{n} av {of}</translation>
    </message>
    <message>
        <source>Sluttet: {reason}</source>
        <translation>Slutta: {reason}</translation>
    </message>
    <message>
        <source>Tiltak: {what}</source>
        <translation>Tiltak: {what}</translation>
    </message>
    <message>
        <source>Ansvar: {who}</source>
        <translation>Ansvar: {who}</translation>
    </message>
    <message>
        <source>Frist: {due}</source>
        <translation>Frist: {due}</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Hva ble gjort – eller hvorfor tiltaket bortfalt</source>
        <translation>Kva vart gjort – eller kvifor tiltaket fall bort</translation>
    </message>
    <message>
        <source>&amp;Resultat</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>&amp;Lukk tiltak</source>
        <translation>&amp;Lukk tiltak</translation>
    </message>
    <message>
        <source>Ingen tiltak ennå.</source>
        <translation>Ingen tiltak enno.</translation>
    </message>
    <message>
        <source>Legg til &amp;tiltak</source>
        <translation>Legg til &amp;tiltak</translation>
    </message>
    <message>
        <source>Hvem har ansvaret</source>
        <translation>Kven har ansvaret</translation>
    </message>
    <message>
        <source>Velg eller skriv et navn</source>
        <translation>Vel eller skriv eit namn</translation>
    </message>
    <message>
        <source>Har frist</source>
        <translation>Har frist</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Fjern dette nye tiltaket</source>
        <translation>Fjern dette nye tiltaket</translation>
    </message>
    <message>
        <source>Hvert tiltak trenger hva som skal gjøres og hvem som har ansvaret (tiltak {rows}).</source>
        <translation>Kvart tiltak treng kva som skal gjerast og kven som har ansvaret (tiltak {rows}).</translation>
    </message>
    <message>
        <source>– velg –</source>
        <translation>– vel –</translation>
    </message>
    <message>
        <source>Oppmøte for {name}</source>
        <translation>Oppmøte for {name}</translation>
    </message>
    <message>
        <source>Resten var til &amp;stede</source>
        <translation>Resten var til &amp;stades</translation>
    </message>
    <message>
        <source>Alle som ikke er valgt ennå, føres opp som til stede</source>
        <translation>Alle som ikkje er valde enno, blir førte opp som til stades</translation>
    </message>
    <message>
        <source>Uten {parts}. {why}</source>
        <translation>Utan {parts}. {why}</translation>
    </message>
    <message>
        <source>• {name} får det ikke</source>
        <translation>• {name} får det ikkje</translation>
    </message>
    <message>
        <source>• {name} får det uten {parts}</source>
        <translation>• {name} får det utan {parts}</translation>
    </message>
    <message>
        <source>Alle medlemmene får alt.</source>
        <translation>Alle medlemene får alt.</translation>
    </message>
    <message>
        <source>Barnevernstjenestens eget eksemplar</source>
        <translation>Eksemplaret til barnevernstenesta</translation>
    </message>
    <message>
        <source>&amp;Mottaker</source>
        <translation>&amp;Mottakar</translation>
    </message>
    <message>
        <source>Hva denne kopien ikke har med</source>
        <translation>Kva denne kopien ikkje har med</translation>
    </message>
    <message>
        <source>Hvem som ikke får alt</source>
        <translation>Kven som ikkje får alt</translation>
    </message>
    <message>
        <source>Denne kopien:</source>
        <translation>Denne kopien:</translation>
    </message>
    <message>
        <source>Samtykket dekker ikke alt for:</source>
        <translation>Samtykket dekkjer ikkje alt for:</translation>
    </message>
    <message>
        <source>Alt, også hvem som ikke får referatet. Sendes ikke ut.</source>
        <translation>Alt, òg kven som ikkje får referatet. Blir ikkje sendt ut.</translation>
    </message>
    <message>
        <source>Alt.</source>
        <translation>Alt.</translation>
    </message>
    <message>
        <source>&amp;Hvordan var møtet for deg?</source>
        <translation>&amp;Korleis var møtet for deg?</translation>
    </message>
    <message>
        <source>svært dårlig</source>
        <translation>svært dårleg</translation>
    </message>
    <message>
        <source>svært bra</source>
        <translation>svært bra</translation>
    </message>
    <message>
        <source>&amp;Forsto du det som ble sagt?</source>
        <translation>&amp;Forstod du det som vart sagt?</translation>
    </message>
    <message>
        <source>nei, ingenting</source>
        <translation>nei, ingenting</translation>
    </message>
    <message>
        <source>ja, alt</source>
        <translation>ja, alt</translation>
    </message>
    <message>
        <source>&amp;Ble du hørt?</source>
        <translation>&amp;Vart du høyrd?</translation>
    </message>
    <message>
        <source>ja, helt</source>
        <translation>ja, heilt</translation>
    </message>
    <message>
        <source>1 = {low}</source>
        <translation>1 = {low}</translation>
    </message>
    <message>
        <source>5 = {high}</source>
        <translation>5 = {high}</translation>
    </message>
    <message>
        <source>Spør forelderen etter møtet, gjerne uten de andre til stede. Les spørsmålene høyt og skriv ned svarene slik forelderen gir dem.</source>
        <translation>Spør forelderen etter møtet, gjerne utan dei andre til stades. Les spørsmåla høgt og skriv ned svara slik forelderen gir dei.</translation>
    </message>
    <message>
        <source>Møtet {when}</source>
        <translation>Møtet {when}</translation>
    </message>
    <message>
        <source>Det forelderen sier om møtet</source>
        <translation>Det forelderen seier om møtet</translation>
    </message>
    <message>
        <source>Forelderens &amp;egne ord</source>
        <translation>&amp;Forelderen sine eigne ord</translation>
    </message>
    <message>
        <source>Ansvarsgruppemøte {when}{where}</source>
        <translation>Ansvarsgruppemøte {when}{where}</translation>
    </message>
    <message>
        <source>Versjon {n}</source>
        <translation>Versjon {n}</translation>
    </message>
    <message>
        <source>endret fordi: {reason}</source>
        <translation>endra fordi: {reason}</translation>
    </message>
    <message>
        <source>Tidligere &amp;versjoner ({n}) …</source>
        <translation>Tidlegare &amp;versjonar ({n}) …</translation>
    </message>
    <message>
        <source>Avtalt</source>
        <translation>Avtalt</translation>
    </message>
    <message>
        <source>&amp;Oppmøte</source>
        <translation>&amp;Oppmøte</translation>
    </message>
    <message>
        <source>Møte&amp;leder</source>
        <translation>Møte&amp;leiar</translation>
    </message>
    <message>
        <source>&amp;Referent</source>
        <translation>&amp;Referent</translation>
    </message>
    <message>
        <source>Saker</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Tiltak som ble &amp;bestemt</source>
        <translation>Tiltak som vart &amp;bestemde</translation>
    </message>
    <message>
        <source>&amp;Neste møte</source>
        <translation>&amp;Neste møte</translation>
    </message>
    <message>
        <source>Påkrevd: hvorfor endres et ferdig referat?</source>
        <translation>Påkravd: kvifor blir eit ferdig referat endra?</translation>
    </message>
    <message>
        <source>&amp;Grunn til endring</source>
        <translation>&amp;Grunn til endring</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Ferdigstill referat</source>
        <translation>&amp;Ferdigstill referat</translation>
    </message>
    <message>
        <source>Ctrl+Enter – referatet blir journaltekst</source>
        <translation>Ctrl+Enter – referatet blir journaltekst</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Vil du forkaste endringene i referatet?</source>
        <translation>Vil du forkaste endringane i referatet?</translation>
    </message>
    <message>
        <source>Hva ble sagt, og av hvem</source>
        <translation>Kva vart sagt, og av kven</translation>
    </message>
    <message>
        <source>Hva mente forelderen selv? Skriv gjerne med forelderens ord.</source>
        <translation>Kva meinte forelderen sjølv? Skriv gjerne med orda til forelderen.</translation>
    </message>
    <message>
        <source>Én beslutning per linje</source>
        <translation>Éi avgjerd per linje</translation>
    </message>
    <message>
        <source>Sak</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Hva ble sagt</source>
        <translation>Kva vart sagt</translation>
    </message>
    <message>
        <source>Konklusjon</source>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <source>Beslutninger</source>
        <translation>Avgjerder</translation>
    </message>
    <message>
        <source>Fjern punktet</source>
        <translation>Fjern punktet</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(utan tittel)</translation>
    </message>
    <message>
        <source>Punkt {n}: {label}</source>
        <translation>Punkt {n}: {label}</translation>
    </message>
    <message>
        <source>Legg til &amp;punkt som kom opp i møtet</source>
        <translation>Legg til &amp;punkt som kom opp i møtet</translation>
    </message>
    <message>
        <source>Vil du fjerne punktet «{title}» og det som er skrevet i det?</source>
        <translation>Vil du fjerne punktet «{title}» og det som er skrive i det?</translation>
    </message>
    <message>
        <source>Møte i ansvarsgruppen</source>
        <translation>Møte i ansvarsgruppa</translation>
    </message>
    <message>
        <source>Endre planlagt møte</source>
        <translation>Endre planlagt møte</translation>
    </message>
    <message>
        <source>Nytt møte</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <source>&amp;Klokkeslett</source>
        <translation>&amp;Klokkeslett</translation>
    </message>
    <message>
        <source>S&amp;ted</source>
        <translation>S&amp;tad</translation>
    </message>
    <message>
        <source>For eksempel rådhuset, møterom 2</source>
        <translation>Til dømes rådhuset, møterom 2</translation>
    </message>
    <message>
        <source>Én sak per linje</source>
        <translation>Éi sak per linje</translation>
    </message>
    <message>
        <source>Forelderens egne saker</source>
        <translation>Forelderen sine eigne saker</translation>
    </message>
    <message>
        <source>Gå gjennom møtet sammen med forelderen på forhånd: hva vil forelderen selv ta opp? Forelderens saker kommer først på dagsordenen.</source>
        <translation>Gå gjennom møtet saman med forelderen på førehand: kva vil forelderen sjølv ta opp? Sakene til forelderen kjem først på dagsordenen.</translation>
    </message>
    <message>
        <source>&amp;Forelderens saker</source>
        <translation>&amp;Sakene til forelderen</translation>
    </message>
    <message>
        <source>&amp;Andre saker</source>
        <translation>&amp;Andre saker</translation>
    </message>
    <message>
        <source>Innkalling &amp;sendt</source>
        <translation>Innkalling &amp;sendt</translation>
    </message>
    <message>
        <source>Innkalling sendt</source>
        <translation>Innkalling sendt</translation>
    </message>
    <message>
        <source>Dato innkallingen ble sendt</source>
        <translation>Dato innkallinga vart sendt</translation>
    </message>
    <message>
        <source>Frist for innkalling</source>
        <translation>Frist for innkalling</translation>
    </message>
    <message>
        <source>&amp;Innkalling</source>
        <translation>&amp;Innkalling</translation>
    </message>
    <message>
        <source>Dagsorden slik den blir</source>
        <translation>Saksliste slik ho blir</translation>
    </message>
    <message>
        <source>Innkallingen ble sendt {sent} (fristen var {deadline}).</source>
        <translation>Innkallinga vart sendt {sent} (fristen var {deadline}).</translation>
    </message>
    <message>
        <source>Innkallingen bør sendes senest {date}.</source>
        <translation>Innkallinga bør sendast seinast {date}.</translation>
    </message>
    <message>
        <source>Det er mindre enn en uke til møtet – send den nå.</source>
        <translation>Det er mindre enn ei veke til møtet – send innkallinga no.</translation>
    </message>
    <message>
        <source>Ansvarsgruppemøte {when}</source>
        <translation>Ansvarsgruppemøte {when}</translation>
    </message>
    <message>
        <source>Henter åpne tiltak …</source>
        <translation>Hentar opne tiltak …</translation>
    </message>
    <message>
        <source>Datoen kan ikke være fram i tid.</source>
        <translation>Datoen kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <source>Forelderens syn</source>
        <translation>Synet til forelderen</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Møteleder</source>
        <translation>Møteleiar</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Neste møte</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <source>Versjon {n}, gjaldt til {when}</source>
        <translation>Versjon {n}, galdt til {when}</translation>
    </message>
    <message>
        <source>Endret fordi: {reason}</source>
        <translation>Endra fordi: {reason}</translation>
    </message>
    <message>
        <source>Tidligere versjoner av referatet</source>
        <translation>Tidlegare versjonar av referatet</translation>
    </message>
    <message>
        <source>Tidligere versjoner</source>
        <translation>Tidlegare versjonar</translation>
    </message>
    <message>
        <source>mandag</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>tirsdag</source>
        <translation>tysdag</translation>
    </message>
    <message>
        <source>onsdag</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>torsdag</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>fredag</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>lørdag</source>
        <translation>laurdag</translation>
    </message>
    <message>
        <source>søndag</source>
        <translation>søndag</translation>
    </message>
    <message>
        <source>{weekday} {date} kl. {time}</source>
        <translation>{weekday} {date} kl. {time}</translation>
    </message>
    <message>
        <source>Forelderen har ingen egne saker ennå – spør forelderen før møtet.</source>
        <translation>Forelderen har ingen eigne saker enno – spør forelderen før møtet.</translation>
    </message>
    <message>
        <source>Ingen åpne tiltak.</source>
        <translation>Ingen opne tiltak.</translation>
    </message>
    <message>
        <source>Ingen.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>fristen er passert</source>
        <translation>fristen er passert</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Funksjon</source>
        <translation>Funksjon</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Ingen (ikke i adresseboka)</source>
        <translation>Ingen (ikkje i adresseboka)</translation>
    </message>
    <message>
        <source>Medlemmer</source>
        <translation>Medlemer</translation>
    </message>
    <message>
        <source>Nytt me&amp;dlem</source>
        <translation>Nytt me&amp;dlem</translation>
    </message>
    <message>
        <source>Fje&amp;rn medlem</source>
        <translation>Fje&amp;rn medlem</translation>
    </message>
    <message>
        <source>Skriv rett i en celle, eller trykk F2. Rolle og tjeneste velges fra en liste.</source>
        <translation>Skriv rett i ei celle, eller trykk F2. Rolle og teneste vel du frå ei liste.</translation>
    </message>
    <message>
        <source>(tjeneste nr. {id})</source>
        <translation>(teneste nr. {id})</translation>
    </message>
    <message>
        <source>Medlemmet</source>
        <translation>Medlemmet</translation>
    </message>
    <message>
        <source>{name} tas ut av gruppen. Tiltak og tidligere referater som nevner medlemmet, viser da ikke lenger navnet. Vil du ta medlemmet ut?</source>
        <translation>{name} blir teken ut av gruppa. Tiltak og tidlegare referat som nemner medlemmet, viser då ikkje lenger namnet. Vil du ta medlemmet ut?</translation>
    </message>
    <message>
        <source>Ingen ansvarsgruppe for denne forelderen. En ansvarsgruppe samler forelderen (eller representanten) og alle tjenestene som gir hjelp, for å planlegge, følge opp og samordne tiltakene. Koordinatoren velges sammen med forelderen. Møtene har innkalling, dagsorden og referat med hvem som gjør hva innen når, og forelderen evaluerer møtene: opplevde hun eller han seg hørt? Referatet går bare til medlemmer forelderen har samtykket til. Velg «Ny ansvarsgruppe…» for å opprette en.</source>
        <translation>Ingen ansvarsgruppe for denne forelderen. Ei ansvarsgruppe samlar forelderen (eller representanten) og alle tenestene som gir hjelp, for å planleggje, følgje opp og samordne tiltaka. Koordinatoren blir vald saman med forelderen. Møta har innkalling, dagsorden og referat med kven som gjer kva innan når, og forelderen evaluerer møta: opplevde ho eller han seg høyrd? Referatet går berre til medlemmer forelderen har samtykt til. Vel «Ny ansvarsgruppe…» for å opprette ei.</translation>
    </message>
    <message>
        <source>Ansvarsgrupper</source>
        <translation>Ansvarsgrupper</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se ansvarsgruppen.</source>
        <translation>Vel ein forelder under Foreldre for å sjå ansvarsgruppa.</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>&amp;Gruppe:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Ny ansvarsgruppe…</source>
        <translation>&amp;Ny ansvarsgruppe…</translation>
    </message>
    <message>
        <source>&amp;Rediger gruppe…</source>
        <translation>&amp;Rediger gruppe…</translation>
    </message>
    <message>
        <source>Møter</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Evalueringer</source>
        <translation>Evalueringar</translation>
    </message>
    <message>
        <source>&amp;Planlegg møte…</source>
        <translation>&amp;Planlegg møte…</translation>
    </message>
    <message>
        <source>&amp;Åpne møte…</source>
        <translation>&amp;Opne møte…</translation>
    </message>
    <message>
        <source>&amp;Dokumenter og evaluering</source>
        <translation>&amp;Dokument og evaluering</translation>
    </message>
    <message>
        <source>Skriv ut &amp;tiltaksliste…</source>
        <translation>Skriv ut &amp;tiltaksliste…</translation>
    </message>
    <message>
        <source>&amp;Lukk tiltak…</source>
        <translation>&amp;Lukk tiltak…</translation>
    </message>
    <message>
        <source>Ingen møter ennå. Velg «Planlegg møte…».</source>
        <translation>Ingen møte enno. Vel «Planlegg møte…».</translation>
    </message>
    <message>
        <source>Ingen tiltak ennå. Tiltak føres i referatet fra et møte.</source>
        <translation>Ingen tiltak enno. Tiltak blir førte i referatet frå eit møte.</translation>
    </message>
    <message>
        <source>Forelderen har ikke evaluert noe møte ennå. Spør etter møtet: Hvordan var møtet for deg? Var det som ble sagt, til å forstå? Ble du hørt?</source>
        <translation>Forelderen har ikkje evaluert noko møte enno. Spør etter møtet: Korleis var møtet for deg? Var det som vart sagt, til å forstå? Vart du høyrd?</translation>
    </message>
    <message>
        <source>M&amp;øter</source>
        <translation>M&amp;øte</translation>
    </message>
    <message>
        <source>&amp;Tiltak</source>
        <translation>&amp;Tiltak</translation>
    </message>
    <message>
        <source>Forelderens &amp;evaluering av møtene</source>
        <translation>Korleis forelderen &amp;evaluerer møta</translation>
    </message>
    <message>
        <source>Ansvarsgrupper – {name}</source>
        <translation>Ansvarsgrupper – {name}</translation>
    </message>
    <message>
        <source> (avsluttet {d})</source>
        <translation> (avslutta {d})</translation>
    </message>
    <message>
        <source>Får ikke referatet uten samtykke: {names}.</source>
        <translation>Får ikkje referatet utan samtykke: {names}.</translation>
    </message>
    <message>
        <source>Gruppen er avsluttet.</source>
        <translation>Gruppa er avslutta.</translation>
    </message>
    <message>
        <source>Formål:</source>
        <translation>Formål:</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Koordinator:</source>
        <translation>Koordinator:</translation>
    </message>
    <message>
        <source>Referatet deler:</source>
        <translation>Referatet deler:</translation>
    </message>
    <message>
        <source>Startet {d}</source>
        <translation>Starta {d}</translation>
    </message>
    <message>
        <source>, avsluttet {d}</source>
        <translation>, avslutta {d}</translation>
    </message>
    <message>
        <source>Ikke valgt ennå – velg koordinator sammen med forelderen.</source>
        <translation>Ikkje valt enno – vel koordinator saman med forelderen.</translation>
    </message>
    <message>
        <source>{name} (valgt sammen med forelderen)</source>
        <translation>{name} (valt saman med forelderen)</translation>
    </message>
    <message>
        <source>{name} – ikke avklart med forelderen ennå</source>
        <translation>{name} – ikkje avklart med forelderen enno</translation>
    </message>
    <message>
        <source>Ingenting</source>
        <translation>Ingenting</translation>
    </message>
    <message>
        <source>Får referat</source>
        <translation>Får referat</translation>
    </message>
    <message>
        <source>Mangler samtykke: {why}</source>
        <translation>Manglar samtykke: {why}</translation>
    </message>
    <message>
        <source> (koordinator)</source>
        <translation> (koordinator)</translation>
    </message>
    <message>
        <source>Sendt {d}</source>
        <translation>Sendt {d}</translation>
    </message>
    <message>
        <source>Ikke registrert</source>
        <translation>Ikkje registrert</translation>
    </message>
    <message>
        <source>Ikke sendt – frist {d}</source>
        <translation>Ikkje sendt – frist {d}</translation>
    </message>
    <message>
        <source> (forfalt)</source>
        <translation> (over fristen)</translation>
    </message>
    <message>
        <source>Gitt {d}: møtet {a}, forsto {b}, hørt {c} (av 5)</source>
        <translation>Gitt {d}: møtet {a}, forstod {b}, høyrd {c} (av 5)</translation>
    </message>
    <message>
        <source>Ikke gitt</source>
        <translation>Ikkje gitt</translation>
    </message>
    <message>
        <source>Ikke bekreftet forstått</source>
        <translation>Ikkje stadfesta forstått</translation>
    </message>
    <message>
        <source>Skal gis igjen</source>
        <translation>Skal givast igjen</translation>
    </message>
    <message>
        <source>Forstått</source>
        <translation>Forstått</translation>
    </message>
    <message>
        <source>Hvordan var møtet for deg?</source>
        <translation>Korleis var møtet for deg?</translation>
    </message>
    <message>
        <source>Var det som ble sagt, til å forstå?</source>
        <translation>Var det som vart sagt, til å forstå?</translation>
    </message>
    <message>
        <source>Ble du hørt?</source>
        <translation>Vart du høyrd?</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Innkalling</source>
        <translation>Innkalling</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source> (versjon {n})</source>
        <translation> (versjon {n})</translation>
    </message>
    <message>
        <source>Åpen – forfalt</source>
        <translation>Open – over fristen</translation>
    </message>
    <message>
        <source>Fra møte</source>
        <translation>Frå møte</translation>
    </message>
    <message>
        <source>Utenom møte</source>
        <translation>Utanom møte</translation>
    </message>
    <message>
        <source>Ingen frist</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>Resultat: {outcome}</source>
        <translation>Resultat: {outcome}</translation>
    </message>
    <message>
        <source>Møtedato</source>
        <translation>Møtedato</translation>
    </message>
    <message>
        <source>Møtet var</source>
        <translation>Møtet var</translation>
    </message>
    <message>
        <source>Ble hørt</source>
        <translation>Vart høyrd</translation>
    </message>
    <message>
        <source>{n} av 5</source>
        <translation>{n} av 5</translation>
    </message>
    <message>
        <source>Henvisningsutkastet om {a} er lagret under Henvisninger. Det kan ikke ferdigstilles før forelderens samtykke dekker det som deles.

Vil du åpne utkastet nå?</source>
        <translation>Tilvisingsutkastet om {a} er lagra under Tilvisingar. Det kan ikkje ferdigstillast før samtykket frå forelderen dekkjer det som blir delt.

Vil du opne utkastet no?</translation>
    </message>
    <message>
        <source>Oppgaven er lagret på forelderen med frist {d}. Du finner den på kortet og i Oversikt.</source>
        <translation>Oppgåva er lagra på forelderen med frist {d}. Du finn ho på kortet og i Oversikt.</translation>
    </message>
    <message>
        <source>Svært vanskelig</source>
        <translation>Svært vanskeleg</translation>
    </message>
    <message>
        <source>Vanskelig</source>
        <translation>Vanskeleg</translation>
    </message>
    <message>
        <source>Både og</source>
        <translation>Både og</translation>
    </message>
    <message>
        <source>Bra</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Svært bra</source>
        <translation>Svært bra</translation>
    </message>
    <message>
        <source>Ikke svart</source>
        <translation>Ikkje svart</translation>
    </message>
    <message>
        <source>Fyll ut minst ett område: en vurdering, ord eller ønske om hjelp.</source>
        <translation>Fyll ut minst eitt område: ei vurdering, ord eller ønske om hjelp.</translation>
    </message>
    <message>
        <source>{a}: forelderens vurdering</source>
        <translation>{a}: vurderinga til forelderen</translation>
    </message>
    <message>
        <source>{a}: forelderens egne ord</source>
        <translation>{a}: forelderen sine eigne ord</translation>
    </message>
    <message>
        <source>{a}: din vurdering</source>
        <translation>{a}: vurderinga di</translation>
    </message>
    <message>
        <source>{a}: dine ord</source>
        <translation>{a}: orda dine</translation>
    </message>
    <message>
        <source>Forelderen ønsker hjelp med dette</source>
        <translation>Forelderen ønskjer hjelp med dette</translation>
    </message>
    <message>
        <source>{a}: forelderen ønsker hjelp</source>
        <translation>{a}: forelderen ønskjer hjelp</translation>
    </message>
    <message>
        <source>Fortrolig adresse</source>
        <translation>Fortruleg adresse</translation>
    </message>
    <message>
        <source>Strengt fortrolig adresse</source>
        <translation>Strengt fortruleg adresse</translation>
    </message>
    <message>
        <source>Forelderen</source>
        <translation>Forelderen</translation>
    </message>
    <message>
        <source>Andre tjenester</source>
        <translation>Andre tenester</translation>
    </message>
    <message>
        <source>Frivillig plassering (hjelpetiltak)</source>
        <translation>Frivillig plassering (hjelpetiltak)</translation>
    </message>
    <message>
        <source>Omsorgsovertakelse</source>
        <translation>Omsorgsovertaking</translation>
    </message>
    <message>
        <source>Akuttvedtak</source>
        <translation>Akuttvedtak</translation>
    </message>
    <message>
        <source>Fosterhjem</source>
        <translation>Fosterheim</translation>
    </message>
    <message>
        <source>Fosterhjem i slekt/nettverk</source>
        <translation>Fosterheim i slekt/nettverk</translation>
    </message>
    <message>
        <source>Beredskapshjem</source>
        <translation>Beredskapsheim</translation>
    </message>
    <message>
        <source>Barnevernsinstitusjon</source>
        <translation>Barnevernsinstitusjon</translation>
    </message>
    <message>
        <source>Tilbakeføring til foreldre</source>
        <translation>Tilbakeføring til foreldra</translation>
    </message>
    <message>
        <source>Flyttet til annet tiltak</source>
        <translation>Flytta til anna tiltak</translation>
    </message>
    <message>
        <source>Adopsjon</source>
        <translation>Adopsjon</translation>
    </message>
    <message>
        <source>Fylt 18 år</source>
        <translation>Fylt 18 år</translation>
    </message>
    <message>
        <source>Mor</source>
        <translation>Mor</translation>
    </message>
    <message>
        <source>Far</source>
        <translation>Far</translation>
    </message>
    <message>
        <source>Medmor</source>
        <translation>Medmor</translation>
    </message>
    <message>
        <source>Adoptivforelder</source>
        <translation>Adoptivforelder</translation>
    </message>
    <message>
        <source>Annen med foreldreansvar</source>
        <translation>Annan med foreldreansvar</translation>
    </message>
    <message>
        <source>Møte på kontoret</source>
        <translation>Møte på kontoret</translation>
    </message>
    <message>
        <source>Hjemmebesøk</source>
        <translation>Heimebesøk</translation>
    </message>
    <message>
        <source>Nøytralt sted</source>
        <translation>Nøytral stad</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>SMS/e-post</source>
        <translation>SMS/e-post</translation>
    </message>
    <message>
        <source>Forsøk uten å oppnå kontakt</source>
        <translation>Forsøk utan å oppnå kontakt</translation>
    </message>
    <message>
        <source>Informasjon</source>
        <translation>Informasjon</translation>
    </message>
    <message>
        <source>Behandling/terapi</source>
        <translation>Behandling/terapi</translation>
    </message>
    <message>
        <source>Nettverk</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <source>Samarbeid med fosterhjem/institusjon</source>
        <translation>Samarbeid med fosterheim/institusjon</translation>
    </message>
    <message>
        <source>Krise</source>
        <translation>Krise</translation>
    </message>
    <message>
        <source>Tilbakeføring</source>
        <translation>Tilbakeføring</translation>
    </message>
    <message>
        <source>Ansvarsgruppe</source>
        <translation>Ansvarsgruppe</translation>
    </message>
    <message>
        <source>Barnevernstjenesten</source>
        <translation>Barnevernstenesta</translation>
    </message>
    <message>
        <source>Den andre forelderen</source>
        <translation>Den andre forelderen</translation>
    </message>
    <message>
        <source>Fosterhjem/institusjon</source>
        <translation>Fosterheim/institusjon</translation>
    </message>
    <message>
        <source>En annen tjeneste</source>
        <translation>Ei anna teneste</translation>
    </message>
    <message>
        <source>Andre</source>
        <translation>Andre</translation>
    </message>
    <message>
        <source>Under arbeid</source>
        <translation>Under arbeid</translation>
    </message>
    <message>
        <source>Ferdig</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation>Trekt tilbake</translation>
    </message>
    <message>
        <source>Saksbehandler</source>
        <translation>Sakshandsamar</translation>
    </message>
    <message>
        <source>Åpen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Utført</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Bortfalt</source>
        <translation>Fall bort</translation>
    </message>
    <message>
        <source>NAV-kontor</source>
        <translation>NAV-kontor</translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>DPS / psykisk helse for voksne</source>
        <translation>DPS / psykisk helse for vaksne</translation>
    </message>
    <message>
        <source>Rusbehandling</source>
        <translation>Rusbehandling</translation>
    </message>
    <message>
        <source>Kommunal psykisk helse- og rustjeneste</source>
        <translation>Kommunal psykisk helse- og rusteneste</translation>
    </message>
    <message>
        <source>Familievernkontor</source>
        <translation>Familievernkontor</translation>
    </message>
    <message>
        <source>Boligkontor</source>
        <translation>Bustadkontor</translation>
    </message>
    <message>
        <source>Krisesenter</source>
        <translation>Krisesenter</translation>
    </message>
    <message>
        <source>Frivillig organisasjon</source>
        <translation>Frivillig organisasjon</translation>
    </message>
    <message>
        <source>Personalia</source>
        <translation>Personalia</translation>
    </message>
    <message>
        <source>Situasjonen etter plasseringen</source>
        <translation>Situasjonen etter plasseringa</translation>
    </message>
    <message>
        <source>Psykisk helse</source>
        <translation>Psykisk helse</translation>
    </message>
    <message>
        <source>Rus</source>
        <translation>Rus</translation>
    </message>
    <message>
        <source>Økonomi og bolig</source>
        <translation>Økonomi og bustad</translation>
    </message>
    <message>
        <source>Barnevernstjenestens vurderinger</source>
        <translation>Vurderingane til barnevernstenesta</translation>
    </message>
    <message>
        <source>Opplysninger om barna</source>
        <translation>Opplysningar om barna</translation>
    </message>
    <message>
        <source>Skriftlig</source>
        <translation>Skriftleg</translation>
    </message>
    <message>
        <source>Muntlig</source>
        <translation>Munnleg</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Svar mottatt</source>
        <translation>Svar motteke</translation>
    </message>
    <message>
        <source>Ingen svar</source>
        <translation>Ikkje svar</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Levert for hånd</source>
        <translation>Levert for hand</translation>
    </message>
    <message>
        <source>Digitalt</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <source>Gyldig</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <source>Utløper snart</source>
        <translation>Går snart ut</translation>
    </message>
    <message>
        <source>Utløpt</source>
        <translation>Gått ut</translation>
    </message>
    <message>
        <source>Gjelder fra senere dato</source>
        <translation>Gjeld frå seinare dato</translation>
    </message>
    <message>
        <source>Kopi av henvisning til forelderen</source>
        <translation>Kopi av tilvising til forelderen</translation>
    </message>
    <message>
        <source>Innkalling til ansvarsgruppemøte</source>
        <translation>Innkalling til ansvarsgruppemøte</translation>
    </message>
    <message>
        <source>Referat fra ansvarsgruppemøte</source>
        <translation>Referat frå ansvarsgruppemøte</translation>
    </message>
    <message>
        <source>Informasjonsark til forelderen</source>
        <translation>Informasjonsark til forelderen</translation>
    </message>
    <message>
        <source>Første samtale tilbudt</source>
        <translation>Første samtale tilboden</translation>
    </message>
    <message>
        <source>Avtalt kontakt</source>
        <translation>Avtalt kontakt</translation>
    </message>
    <message>
        <source>Tilby kontakt på nytt</source>
        <translation>Tilby kontakt på nytt</translation>
    </message>
    <message>
        <source>Samtykke utløper</source>
        <translation>Samtykke går ut</translation>
    </message>
    <message>
        <source>Svar på henvisning</source>
        <translation>Svar på tilvising</translation>
    </message>
    <message>
        <source>Tiltak fra ansvarsgruppen</source>
        <translation>Tiltak frå ansvarsgruppa</translation>
    </message>
    <message>
        <source>Neste ansvarsgruppemøte</source>
        <translation>Neste ansvarsgruppemøte</translation>
    </message>
    <message>
        <source>Første samtale gjennomført</source>
        <translation>Første samtale gjennomført</translation>
    </message>
    <message>
        <source>Informasjon gis igjen</source>
        <translation>Informasjon blir gitt igjen</translation>
    </message>
    <message>
        <source>Sjekk at informasjonen er forstått</source>
        <translation>Sjekk at informasjonen er forstått</translation>
    </message>
    <message>
        <source>Ny vurdering av veien hjem</source>
        <translation>Ny vurdering av vegen heim</translation>
    </message>
    <message>
        <source>Svar på forelderens ønske</source>
        <translation>Svar på ønsket til forelderen</translation>
    </message>
    <message>
        <source>Oppfølging etter tilbakeføring</source>
        <translation>Oppfølging etter tilbakeføring</translation>
    </message>
    <message>
        <source>Ettervern – snakk om det før 18 år</source>
        <translation>Ettervern – snakk om det før 18 år</translation>
    </message>
    <message>
        <source>Samvær ikke gjennomført flere ganger på rad</source>
        <translation>Samvær ikkje gjennomført fleire gonger på rad</translation>
    </message>
    <message>
        <source>Samværsplanen mangler formål</source>
        <translation>Samværsplanen manglar formål</translation>
    </message>
    <message>
        <source>Levekår skal vurderes på nytt</source>
        <translation>Levekår skal vurderast på nytt</translation>
    </message>
    <message>
        <source>Vedtak (minimum)</source>
        <translation>Vedtak (minimum)</translation>
    </message>
    <message>
        <source>Avtale med foreldrene</source>
        <translation>Avtale med foreldra</translation>
    </message>
    <message>
        <source>uke</source>
        <translation>veke</translation>
    </message>
    <message>
        <source>annen uke</source>
        <translation>to veker</translation>
    </message>
    <message>
        <source>måned</source>
        <translation>månad</translation>
    </message>
    <message>
        <source>kvartal</source>
        <translation>kvartal</translation>
    </message>
    <message>
        <source>halvår</source>
        <translation>halvår</translation>
    </message>
    <message>
        <source>år</source>
        <translation>år</translation>
    </message>
    <message>
        <source>I fosterhjemmet eller institusjonen</source>
        <translation>I fosterheimen eller institusjonen</translation>
    </message>
    <message>
        <source>Hjemme hos forelderen</source>
        <translation>Heime hos forelderen</translation>
    </message>
    <message>
        <source>Møtested med tilsyn (f.eks. familiens hus)</source>
        <translation>Møtestad med tilsyn (t.d. familiens hus)</translation>
    </message>
    <message>
        <source>Annet sted</source>
        <translation>Annan stad</translation>
    </message>
    <message>
        <source>Uten tilsyn</source>
        <translation>Utan tilsyn</translation>
    </message>
    <message>
        <source>Støttet tilsyn</source>
        <translation>Støtta tilsyn</translation>
    </message>
    <message>
        <source>Beskyttet tilsyn</source>
        <translation>Verna tilsyn</translation>
    </message>
    <message>
        <source>Vurdere samværet med sikte på tilbakeføring</source>
        <translation>Vurdere samværet med sikte på tilbakeføring</translation>
    </message>
    <message>
        <source>Holde tilknytningen ved like med sikte på tilbakeføring</source>
        <translation>Halde ved like tilknytinga med sikte på tilbakeføring</translation>
    </message>
    <message>
        <source>Holde kontakt og familiebånd når barnet ikke skal flytte hjem</source>
        <translation>Halde kontakt og familieband når barnet ikkje skal flytte heim</translation>
    </message>
    <message>
        <source>Hjelpe barnet med tap og sorg og et realistisk bilde av foreldrene</source>
        <translation>Hjelpe barnet med tap og sorg og eit realistisk bilete av foreldra</translation>
    </message>
    <message>
        <source>Gjennomført</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <source>Avlyst</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>Forelderen møtte ikke</source>
        <translation>Forelderen møtte ikkje</translation>
    </message>
    <message>
        <source>Brev og bilder</source>
        <translation>Brev og bilete</translation>
    </message>
    <message>
        <source>Fosterhjemmet eller institusjonen</source>
        <translation>Fosterheimen eller institusjonen</translation>
    </message>
    <message>
        <source>Tilsynsføreren</source>
        <translation>Tilsynsføraren</translation>
    </message>
    <message>
        <source>Samtale før samværet</source>
        <translation>Samtale før samværet</translation>
    </message>
    <message>
        <source>Samtale etter samværet</source>
        <translation>Samtale etter samværet</translation>
    </message>
    <message>
        <source>Tiltaksplan</source>
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <source>Omsorgsplan</source>
        <translation>Omsorgsplan</translation>
    </message>
    <message>
        <source>I samtale</source>
        <translation>I samtale</translation>
    </message>
    <message>
        <source>På telefon</source>
        <translation>På telefon</translation>
    </message>
    <message>
        <source>I brev</source>
        <translation>I brev</translation>
    </message>
    <message>
        <source>I møte</source>
        <translation>I møte</translation>
    </message>
    <message>
        <source>Delvis forstått</source>
        <translation>Delvis forstått</translation>
    </message>
    <message>
        <source>Ikke forstått</source>
        <translation>Ikkje forstått</translation>
    </message>
    <message>
        <source>Ikke sjekket ennå</source>
        <translation>Ikkje sjekka enno</translation>
    </message>
    <message>
        <source>Tilbakeføring kan bli aktuelt</source>
        <translation>Tilbakeføring kan bli aktuelt</translation>
    </message>
    <message>
        <source>Ikke nå</source>
        <translation>Ikkje no</translation>
    </message>
    <message>
        <source>Ikke forventet</source>
        <translation>Ikkje venta</translation>
    </message>
    <message>
        <source>Mer samvær</source>
        <translation>Meir samvær</translation>
    </message>
    <message>
        <source>Ny saksbehandler</source>
        <translation>Ny sakshandsamar</translation>
    </message>
    <message>
        <source>Møte fosterforeldrene</source>
        <translation>Møte fosterforeldra</translation>
    </message>
    <message>
        <source>At barnet flytter hjem</source>
        <translation>At barnet flyttar heim</translation>
    </message>
    <message>
        <source>Hjelp eller tiltak</source>
        <translation>Hjelp eller tiltak</translation>
    </message>
    <message>
        <source>Informasjon om barnet</source>
        <translation>Informasjon om barnet</translation>
    </message>
    <message>
        <source>Innfridd</source>
        <translation>Innfridd</translation>
    </message>
    <message>
        <source>Delvis innfridd</source>
        <translation>Delvis innfridd</translation>
    </message>
    <message>
        <source>Kan ikke innfris</source>
        <translation>Kan ikkje innfriast</translation>
    </message>
    <message>
        <source>Forelder</source>
        <translation>Forelder</translation>
    </message>
    <message>
        <source>Representant eller støtteperson</source>
        <translation>Representant eller støtteperson</translation>
    </message>
    <message>
        <source>Fosterhjem eller institusjon</source>
        <translation>Fosterheim eller institusjon</translation>
    </message>
    <message>
        <source>Forelderens saker</source>
        <translation>Sakene til forelderen</translation>
    </message>
    <message>
        <source>Tiltak fra forrige møte</source>
        <translation>Tiltak frå førre møte</translation>
    </message>
    <message>
        <source>Andre saker</source>
        <translation>Andre saker</translation>
    </message>
    <message>
        <source>Holdt – referat skrives</source>
        <translation>Halde – referat blir skrive</translation>
    </message>
    <message>
        <source>Referat ferdig</source>
        <translation>Referat ferdig</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <source>Meldt forfall</source>
        <translation>Meldt forfall</translation>
    </message>
    <message>
        <source>Ikke til stede</source>
        <translation>Ikkje til stades</translation>
    </message>
    <message>
        <source>Sterk og støttende</source>
        <translation>Sterk og støttande</translation>
    </message>
    <message>
        <source>Svak</source>
        <translation>Svak</translation>
    </message>
    <message>
        <source>Konflikt eller belastende</source>
        <translation>Konflikt eller belastande</translation>
    </message>
    <message>
        <source>Sjelden</source>
        <translation>Sjeldan</translation>
    </message>
    <message>
        <source>Noen ganger</source>
        <translation>Nokre gonger</translation>
    </message>
    <message>
        <source>Nesten alltid</source>
        <translation>Nesten alltid</translation>
    </message>
    <message>
        <source>Gir forelderen hjelp</source>
        <translation>Gir forelderen hjelp</translation>
    </message>
    <message>
        <source>Får hjelp av forelderen</source>
        <translation>Får hjelp av forelderen</translation>
    </message>
    <message>
        <source>Begge veier</source>
        <translation>Begge vegar</translation>
    </message>
    <message>
        <source>Daglig</source>
        <translation>Dagleg</translation>
    </message>
    <message>
        <source>Ukentlig</source>
        <translation>Kvar veke</translation>
    </message>
    <message>
        <source>Månedlig</source>
        <translation>Kvar månad</translation>
    </message>
    <message>
        <source>Sjeldnere</source>
        <translation>Sjeldnare</translation>
    </message>
    <message>
        <source>Under 1 år</source>
        <translation>Under 1 år</translation>
    </message>
    <message>
        <source>1–5 år</source>
        <translation>1–5 år</translation>
    </message>
    <message>
        <source>Over 5 år</source>
        <translation>Over 5 år</translation>
    </message>
    <message>
        <source>Økonomi</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Utdanning og arbeid</source>
        <translation>Utdanning og arbeid</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <source>Helse</source>
        <translation>Helse</translation>
    </message>
    <message>
        <source>Sosial kontakt</source>
        <translation>Sosial kontakt</translation>
    </message>
    <message>
        <source>ORS – hvordan forelderen har det</source>
        <translation>ORS – korleis forelderen har det</translation>
    </message>
    <message>
        <source>SRS – hvordan samtalen var</source>
        <translation>SRS – korleis samtalen var</translation>
    </message>
    <message>
        <source>Ville ikke svare</source>
        <translation>Ville ikkje svare</translation>
    </message>
    <message>
        <source>Familierådets plan</source>
        <translation>Planen frå familierådet</translation>
    </message>
    <message>
        <source>Oppfølging av foreldrene etter plasseringen</source>
        <translation>Oppfølging av foreldra etter plasseringa</translation>
    </message>
    <message>
        <source>Samvær og kontakt med familien</source>
        <translation>Samvær og kontakt med familien</translation>
    </message>
    <message>
        <source>Bygge opp igjen nettverket</source>
        <translation>Byggje opp att nettverket</translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation>Godkjend</translation>
    </message>
    <message>
        <source>Godkjent med forbehold</source>
        <translation>Godkjend med atterhald</translation>
    </message>
    <message>
        <source>Ikke godkjent</source>
        <translation>Ikkje godkjend</translation>
    </message>
    <message>
        <source>Forelderen er ikke informert om gruppetilbud</source>
        <translation>Forelderen er ikkje informert om gruppetilbod</translation>
    </message>
    <message>
        <source>ICDP foreldreveiledningsgruppe</source>
        <translation>ICDP-foreldrerettleiingsgruppe</translation>
    </message>
    <message>
        <source>Foreldrekurs basert på PRIDE</source>
        <translation>Foreldrekurs basert på PRIDE</translation>
    </message>
    <message>
        <source>Mestringsgruppe (flerfamiliemodellen)</source>
        <translation>Meistringsgruppe (fleirfamiliemodellen)</translation>
    </message>
    <message>
        <source>Lukket terapeutisk gruppe</source>
        <translation>Lukka terapeutisk gruppe</translation>
    </message>
    <message>
        <source>Åpen gruppe (drop-in)</source>
        <translation>Open gruppe (drop-in)</translation>
    </message>
    <message>
        <source>Interessert</source>
        <translation>Interessert</translation>
    </message>
    <message>
        <source>{a}: spørsmål du kan stille</source>
        <translation>{a}: spørsmål du kan stille</translation>
    </message>
    <message>
        <source>Ny vurdering av levekår</source>
        <translation>Ny vurdering av levekår</translation>
    </message>
    <message>
        <source>Vis &amp;spørsmålene fra veilederen under hvert område</source>
        <translation>Vis &amp;spørsmåla frå rettleiaren under kvart område</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>&amp;Notat</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <source>Siste vurdering av levekår</source>
        <translation>Siste vurdering av levekår</translation>
    </message>
    <message>
        <source>&amp;Områdene</source>
        <translation>&amp;Områda</translation>
    </message>
    <message>
        <source>Ingen vurdering ennå. Spør forelderen hvordan det går med økonomi, arbeid, bolig, helse og sosial kontakt.</source>
        <translation>Inga vurdering enno. Spør forelderen korleis det går med økonomi, arbeid, bustad, helse og sosial kontakt.</translation>
    </message>
    <message>
        <source>Vurdert {d}.</source>
        <translation>Vurdert {d}.</translation>
    </message>
    <message>
        <source>«Siden sist» sammenligner med {d}.</source>
        <translation>«Sidan sist» samanliknar med {d}.</translation>
    </message>
    <message>
        <source>Notat: {n}</source>
        <translation>Notat: {n}</translation>
    </message>
    <message>
        <source>Forelderen har ikke bedt om hjelp på noe område.</source>
        <translation>Forelderen har ikkje bede om hjelp på noko område.</translation>
    </message>
    <message>
        <source>Forelderen ønsker hjelp med dette. Et henvisningsutkast går gjennom samtykkesjekken som alle henvisninger:</source>
        <translation>Forelderen ønskjer hjelp med dette. Eit tilvisingsutkast går gjennom samtykkesjekken som alle tilvisingar:</translation>
    </message>
    <message>
        <source>Lag henvisningsutkast …</source>
        <translation>Lag tilvisingsutkast …</translation>
    </message>
    <message>
        <source>Lag henvisningsutkast om {a}</source>
        <translation>Lag tilvisingsutkast om {a}</translation>
    </message>
    <message>
        <source>Lag oppgave …</source>
        <translation>Lag oppgåve …</translation>
    </message>
    <message>
        <source>Lag oppgave om {a}</source>
        <translation>Lag oppgåve om {a}</translation>
    </message>
    <message>
        <source>{a} over tid</source>
        <translation>{a} over tid</translation>
    </message>
    <message>
        <source>Ingen tall ennå</source>
        <translation>Ingen tal enno</translation>
    </message>
    <message>
        <source>1 = svært vanskelig, 5 = svært bra.
Heltrukken linje: forelderens vurdering. Stiplet linje: saksbehandlerens. Der bare én linje vises, er vurderingene like.
Tallene står også i tabellen under.</source>
        <translation>1 = svært vanskeleg, 5 = svært bra.
Heil linje: vurderinga til forelderen. Stipla linje: vurderinga til sakshandsamaren. Der berre éi linje er vist, er vurderingane like.
Tala står òg i tabellen under.</translation>
    </message>
    <message>
        <source>Område i tabellen</source>
        <translation>Område i tabellen</translation>
    </message>
    <message>
        <source>Vurderingene over tid, som tabell</source>
        <translation>Vurderingane over tid, som tabell</translation>
    </message>
    <message>
        <source>Tabell for &amp;området:</source>
        <translation>Tabell for &amp;området:</translation>
    </message>
    <message>
        <source>Alle vurderinger av levekår</source>
        <translation>Alle vurderingar av levekår</translation>
    </message>
    <message>
        <source>Den valgte vurderingen</source>
        <translation>Den valde vurderinga</translation>
    </message>
    <message>
        <source>&amp;Vurderinger</source>
        <translation>&amp;Vurderingar</translation>
    </message>
    <message>
        <source>Ingen vurdering ennå.</source>
        <translation>Inga vurdering enno.</translation>
    </message>
    <message>
        <source>Vurdering {d}</source>
        <translation>Vurdering {d}</translation>
    </message>
    <message>
        <source> – ønsker hjelp</source>
        <translation> – ønskjer hjelp</translation>
    </message>
    <message>
        <source>Forelderen: {s}</source>
        <translation>Forelderen: {s}</translation>
    </message>
    <message>
        <source>Saksbehandler: {s}</source>
        <translation>Sakshandsamar: {s}</translation>
    </message>
    <message>
        <source>Levekår</source>
        <translation>Levekår</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se levekårene.</source>
        <translation>Vel ein forelder under Foreldre for å sjå levekåra.</translation>
    </message>
    <message>
        <source>Forelderens og din vurdering av økonomi, arbeid, bolig, helse og sosial kontakt</source>
        <translation>Korleis forelderen og du vurderer økonomi, arbeid, bustad, helse og sosial kontakt</translation>
    </message>
    <message>
        <source> mnd.</source>
        <translation> mnd.</translation>
    </message>
    <message>
        <source>Måneder mellom vurderingene</source>
        <translation>Månader mellom vurderingane</translation>
    </message>
    <message>
        <source>&amp;Endre</source>
        <translation>&amp;Endre</translation>
    </message>
    <message>
        <source>Endre hvor ofte levekår vurderes</source>
        <translation>Endre kor ofte levekår blir vurderte</translation>
    </message>
    <message>
        <source>&amp;Siste vurdering</source>
        <translation>&amp;Siste vurdering</translation>
    </message>
    <message>
        <source>Over &amp;tid</source>
        <translation>Over &amp;tid</translation>
    </message>
    <message>
        <source>&amp;Historikk</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <source>Vurderes &amp;hver</source>
        <translation>Blir vurdert &amp;kvar</translation>
    </message>
    <message>
        <source>(ønsker hjelp med {n})</source>
        <translation>(ønskjer hjelp med {n})</translation>
    </message>
    <message>
        <source>hver {n}. måned (standard)</source>
        <translation>kvar {n}. månad (standard)</translation>
    </message>
    <message>
        <source>hver {n}. måned</source>
        <translation>kvar {n}. månad</translation>
    </message>
    <message>
        <source>Ingen barn er plassert nå. Levekår vurderes {every} etter en vurdering.</source>
        <translation>Ingen barn er plasserte no. Levekår blir vurderte {every} etter ei vurdering.</translation>
    </message>
    <message>
        <source>Ikke vurdert ennå – bør gjøres innen {d}, en måned etter plasseringen.</source>
        <translation>Ikkje vurdert enno – bør gjerast innan {d}, ein månad etter plasseringa.</translation>
    </message>
    <message>
        <source>Neste vurdering: {d} ({every}).</source>
        <translation>Neste vurdering: {d} ({every}).</translation>
    </message>
    <message>
        <source>Fristen er passert.</source>
        <translation>Fristen er passert.</translation>
    </message>
    <message>
        <source>DEMO – bare oppdiktede personer. Ikke legg inn ekte opplysninger her.</source>
        <translation>DEMO – berre oppdikta personar. Ikkje legg inn ekte opplysningar her.</translation>
    </message>
    <message>
        <source>Demovarsel</source>
        <translation>Demovarsel</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Lås nå</source>
        <translation>&amp;Lås no</translation>
    </message>
    <message>
        <source>&amp;Innstillinger …</source>
        <translation>&amp;Innstillingar …</translation>
    </message>
    <message>
        <source>Ta &amp;sikkerhetskopi …</source>
        <translation>Ta &amp;tryggingskopi …</translation>
    </message>
    <message>
        <source>&amp;Kontroller databasen …</source>
        <translation>&amp;Kontroller databasen …</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>F&amp;oreldre</source>
        <translation>F&amp;oreldre</translation>
    </message>
    <message>
        <source>&amp;Ny forelder …</source>
        <translation>&amp;Ny forelder …</translation>
    </message>
    <message>
        <source>&amp;Søk</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>Ny &amp;kontakt …</source>
        <translation>Ny &amp;kontakt …</translation>
    </message>
    <message>
        <source>Søk i &amp;kontaktlogg</source>
        <translation>Søk i &amp;kontaktlogg</translation>
    </message>
    <message>
        <source>&amp;Utdrag av kontaktloggen …</source>
        <translation>&amp;Utdrag av kontaktloggen …</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Låst opp – låses automatisk etter {m} min uten bruk</source>
        <translation>Låst opp – blir låst automatisk etter {m} min utan bruk</translation>
    </message>
    <message>
        <source>Nytt passord er satt. Bruk det neste gang du låser opp.</source>
        <translation>Nytt passord er sett. Bruk det neste gong du låser opp.</translation>
    </message>
    <message>
        <source>Nettverkskart {d}</source>
        <translation>Nettverkskart {d}</translation>
    </message>
    <message>
        <source>(pseudonymisert)</source>
        <translation>(pseudonymisert)</translation>
    </message>
    <message>
        <source>Sammenligning av nettverkskart</source>
        <translation>Samanlikning av nettverkskart</translation>
    </message>
    <message>
        <source>Tegning av nettverkskartet</source>
        <translation>Teikning av nettverkskartet</translation>
    </message>
    <message>
        <source>Samme personer som i tabellen. Dra en person til en annen sektor eller ring, eller velg personen og bruk piltastene: opp og ned flytter en ring inn eller ut, venstre og høyre flytter langs sirkelen.</source>
        <translation>Same personar som i tabellen. Dra ein person til ein annan sektor eller ring, eller vel personen og bruk piltastane: opp og ned flyttar ein ring inn eller ut, venstre og høgre flyttar langs sirkelen.</translation>
    </message>
    <message>
        <source>Dra en person, eller velg og bruk piltastene. Ctrl+Z angrer.</source>
        <translation>Dra ein person, eller vel og bruk piltastane. Ctrl+Z angrar.</translation>
    </message>
    <message>
        <source>{name}: ring {a} → {b}</source>
        <translation>{name}: ring {a} → {b}</translation>
    </message>
    <message>
        <source>Nye i nettverket</source>
        <translation>Nye i nettverket</translation>
    </message>
    <message>
        <source>Ikke med lenger</source>
        <translation>Ikkje med lenger</translation>
    </message>
    <message>
        <source>Sterkere forhold</source>
        <translation>Sterkare forhold</translation>
    </message>
    <message>
        <source>Svakere forhold</source>
        <translation>Svakare forhold</translation>
    </message>
    <message>
        <source>Brutt</source>
        <translation>Brote</translation>
    </message>
    <message>
        <source>Nærmere forelderen</source>
        <translation>Nærare forelderen</translation>
    </message>
    <message>
        <source>Lenger unna</source>
        <translation>Lenger unna</translation>
    </message>
    <message>
        <source>Sektorer som fikk personer</source>
        <translation>Sektorar som fekk personar</translation>
    </message>
    <message>
        <source>Sektorer som ble tomme</source>
        <translation>Sektorar som vart tomme</translation>
    </message>
    <message>
        <source>Fra {a} til {b} ({first} → {second}).</source>
        <translation>Frå {a} til {b} ({first} → {second}).</translation>
    </message>
    <message numerus="yes">
        <source>%n personer</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personar</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingen endringer i hvem som er med eller hvordan forholdet er.</source>
        <translation>Ingen endringar i kven som er med eller korleis forholdet er.</translation>
    </message>
    <message>
        <source>Sammenlign nettverkskart</source>
        <translation>Samanlikn nettverkskart</translation>
    </message>
    <message>
        <source>Tidligere kart</source>
        <translation>Tidlegare kart</translation>
    </message>
    <message>
        <source>Senere kart</source>
        <translation>Seinare kart</translation>
    </message>
    <message>
        <source>{d} ({people})</source>
        <translation>{d} ({people})</translation>
    </message>
    <message>
        <source>Endringer</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <source>Pseudonymisert (navn som &amp;initialer)</source>
        <translation>Pseudonymisert (namn som &amp;initialar)</translation>
    </message>
    <message>
        <source>&amp;Forhåndsvis/skriv ut …</source>
        <translation>&amp;Førehandsvis/skriv ut …</translation>
    </message>
    <message>
        <source>&amp;Tidligere kart:</source>
        <translation>&amp;Tidlegare kart:</translation>
    </message>
    <message>
        <source>S&amp;enere kart:</source>
        <translation>S&amp;einare kart:</translation>
    </message>
    <message>
        <source>Dette er endret:</source>
        <translation>Dette er endra:</translation>
    </message>
    <message>
        <source>Tegnet {d}</source>
        <translation>Teikna {d}</translation>
    </message>
    <message>
        <source>Legg til person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <source>&amp;Navn eller betegnelse</source>
        <translation>&amp;Namn eller nemning</translation>
    </message>
    <message>
        <source>For eksempel «Mormor» eller «Kari»</source>
        <translation>Til dømes «Mormor» eller «Kari»</translation>
    </message>
    <message>
        <source>&amp;Sektor</source>
        <translation>&amp;Sektor</translation>
    </message>
    <message>
        <source>&amp;Ring</source>
        <translation>&amp;Ring</translation>
    </message>
    <message>
        <source>&amp;Forhold</source>
        <translation>&amp;Forhold</translation>
    </message>
    <message>
        <source>Resten fyller du ut i tabellen.</source>
        <translation>Resten fyller du ut i tabellen.</translation>
    </message>
    <message>
        <source>Skriv et navn eller en kort betegnelse.</source>
        <translation>Skriv eit namn eller ei kort nemning.</translation>
    </message>
    <message>
        <source>Forbind to personer</source>
        <translation>Knyt saman to personar</translation>
    </message>
    <message>
        <source>&amp;Første person</source>
        <translation>&amp;Første person</translation>
    </message>
    <message>
        <source>&amp;Andre person</source>
        <translation>&amp;Andre person</translation>
    </message>
    <message>
        <source>Ingen forbindelse (fjern)</source>
        <translation>Ikkje noko samband (fjern)</translation>
    </message>
    <message>
        <source>&amp;Forhold mellom dem</source>
        <translation>&amp;Forholdet mellom dei</translation>
    </message>
    <message>
        <source>Forbindelser mellom personer</source>
        <translation>Samband mellom personar</translation>
    </message>
    <message>
        <source>Ingen forbindelser ennå.</source>
        <translation>Ingen samband enno.</translation>
    </message>
    <message>
        <source>Forbindelser &amp;nå</source>
        <translation>Samband &amp;no</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Velg to forskjellige personer.</source>
        <translation>Vel to ulike personar.</translation>
    </message>
    <message>
        <source>Nettverkskart – {name}</source>
        <translation>Nettverkskart – {name}</translation>
    </message>
    <message>
        <source>Nettverkskart</source>
        <translation>Nettverkskart</translation>
    </message>
    <message>
        <source>&amp;Tegnet</source>
        <translation>&amp;Teikna</translation>
    </message>
    <message>
        <source>Det forelderen selv sier om nettverket sitt</source>
        <translation>Det forelderen sjølv seier om nettverket sitt</translation>
    </message>
    <message>
        <source>For eksempel om nettverket kan utvides, og hvordan</source>
        <translation>Til dømes om nettverket kan utvidast, og korleis</translation>
    </message>
    <message>
        <source>&amp;Angre</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Gjør om</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>Angre</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Gjør om</source>
        <translation>Gjer om</translation>
    </message>
    <message>
        <source>Vil du forkaste endringene i nettverkskartet?</source>
        <translation>Vil du forkaste endringane i nettverkskartet?</translation>
    </message>
    <message>
        <source>Legg til &amp;person …</source>
        <translation>Legg til &amp;person …</translation>
    </message>
    <message>
        <source>Insert i tabellen</source>
        <translation>Insert i tabellen</translation>
    </message>
    <message>
        <source>&amp;Fjern person</source>
        <translation>&amp;Fjern person</translation>
    </message>
    <message>
        <source>Delete i tabellen – kan angres</source>
        <translation>Delete i tabellen – kan angrast</translation>
    </message>
    <message>
        <source>&amp;Forbind to personer …</source>
        <translation>&amp;Knyt saman to personar …</translation>
    </message>
    <message>
        <source>P&amp;ersoner i nettverket</source>
        <translation>P&amp;ersonar i nettverket</translation>
    </message>
    <message>
        <source>Skriv i en celle eller trykk F2 for å endre. Insert legger til, Delete fjerner.</source>
        <translation>Skriv i ei celle eller trykk F2 for å endre. Insert legg til, Delete fjernar.</translation>
    </message>
    <message>
        <source>Saksbehandlers &amp;vurdering</source>
        <translation>&amp;Vurderinga til sakshandsamaren</translation>
    </message>
    <message>
        <source>Sektorer i nettverkskartet</source>
        <translation>Sektorar i nettverkskartet</translation>
    </message>
    <message>
        <source>Skriv for å gi nytt navn (eller F2). Rekkefølgen er rekkefølgen rundt kartet, med klokka fra toppen.</source>
        <translation>Skriv for å gi nytt namn (eller F2). Rekkjefølgja er rekkjefølgja rundt kartet, med klokka frå toppen.</translation>
    </message>
    <message>
        <source>&amp;Legg til</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>&amp;Sektorer</source>
        <translation>&amp;Sektorar</translation>
    </message>
    <message>
        <source>&amp;Fjern</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Flytt &amp;opp</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Flytt &amp;ned</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Endringene gjelder nye kart. Kart som alt er tegnet, beholder sine sektorer.</source>
        <translation>Endringane gjeld nye kart. Kart som alt er teikna, held på sektorane sine.</translation>
    </message>
    <message>
        <source>Ny sektor</source>
        <translation>Ny sektor</translation>
    </message>
    <message>
        <source>Tynnere og lysere strek: forbindelse mellom to personer i nettverket.</source>
        <translation>Tynnare og lysare strek: samband mellom to personar i nettverket.</translation>
    </message>
    <message>
        <source>Ringer: </source>
        <translation>Ringar: </translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>Forholdet</source>
        <translation>Forholdet</translation>
    </message>
    <message>
        <source>Per sektor</source>
        <translation>Per sektor</translation>
    </message>
    <message>
        <source>Tomme sektorer</source>
        <translation>Tomme sektorar</translation>
    </message>
    <message>
        <source>Praktisk hjelp nesten alltid</source>
        <translation>Praktisk hjelp nesten alltid</translation>
    </message>
    <message>
        <source>Følelsesmessig støtte nesten alltid</source>
        <translation>Kjenslemessig støtte nesten alltid</translation>
    </message>
    <message>
        <source>Råd og informasjon nesten alltid</source>
        <translation>Råd og informasjon nesten alltid</translation>
    </message>
    <message>
        <source>Kritisk nesten alltid</source>
        <translation>Kritisk nesten alltid</translation>
    </message>
    <message>
        <source>Hjelp begge veier</source>
        <translation>Hjelp begge vegar</translation>
    </message>
    <message>
        <source>Kontakt ukentlig eller oftere</source>
        <translation>Kontakt kvar veke eller oftare</translation>
    </message>
    <message>
        <source>Oppsummering av kartet</source>
        <translation>Oppsummering av kartet</translation>
    </message>
    <message>
        <source>Oppsummering</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>Navn eller kort betegnelse forelderen bruker</source>
        <translation>Namn eller kort nemning forelderen bruker</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Hvilken del av livet personen hører til</source>
        <translation>Kva del av livet personen høyrer til</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Hvor nær forelderen personen står, 1 nærmest</source>
        <translation>Kor nær forelderen personen står, 1 nærast</translation>
    </message>
    <message>
        <source>Forhold</source>
        <translation>Forhold</translation>
    </message>
    <message>
        <source>Hvordan forholdet til forelderen er</source>
        <translation>Korleis forholdet til forelderen er</translation>
    </message>
    <message>
        <source>Praktisk hjelp</source>
        <translation>Praktisk hjelp</translation>
    </message>
    <message>
        <source>Hvor ofte personen gir praktisk hjelp</source>
        <translation>Kor ofte personen gir praktisk hjelp</translation>
    </message>
    <message>
        <source>Følelsesmessig støtte</source>
        <translation>Kjensleleg støtte</translation>
    </message>
    <message>
        <source>Hvor ofte personen gir følelsesmessig støtte</source>
        <translation>Kor ofte personen gir kjensleleg støtte</translation>
    </message>
    <message>
        <source>Råd og informasjon</source>
        <translation>Råd og informasjon</translation>
    </message>
    <message>
        <source>Hvor ofte personen gir råd og informasjon</source>
        <translation>Kor ofte personen gir råd og informasjon</translation>
    </message>
    <message>
        <source>Hjelpen går</source>
        <translation>Hjelpa går</translation>
    </message>
    <message>
        <source>Hvem som hjelper hvem</source>
        <translation>Kven som hjelper kven</translation>
    </message>
    <message>
        <source>Kritisk</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Hvor ofte personen er kritisk til forelderen</source>
        <translation>Kor ofte personen er kritisk til forelderen</translation>
    </message>
    <message>
        <source>Hvor ofte de har kontakt</source>
        <translation>Kor ofte dei har kontakt</translation>
    </message>
    <message>
        <source>Kjent i</source>
        <translation>Kjent i</translation>
    </message>
    <message>
        <source>Hvor lenge de har kjent hverandre</source>
        <translation>Kor lenge dei har kjent kvarandre</translation>
    </message>
    <message>
        <source>Vet om plasseringen</source>
        <translation>Veit om plasseringa</translation>
    </message>
    <message>
        <source>Om personen vet at barnet er plassert</source>
        <translation>Om personen veit at barnet er plassert</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Forelderens eller saksbehandlerens merknad om personen</source>
        <translation>Merknaden til forelderen eller sakshandsamaren om personen</translation>
    </message>
    <message>
        <source>Vet ikke</source>
        <translation>Veit ikkje</translation>
    </message>
    <message>
        <source>Personer i nettverket</source>
        <translation>Personar i nettverket</translation>
    </message>
    <message>
        <source>Én rad per person. Skriv i en celle eller trykk F2 for å endre, Insert legger til en person, Delete fjerner den valgte. Ctrl+Z angrer.</source>
        <translation>Éi rad per person. Skriv i ei celle eller trykk F2 for å endre, Insert legg til ein person, Delete fjernar den valde. Ctrl+Z angrar.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>legg til {name}</source>
        <translation>legg til {name}</translation>
    </message>
    <message>
        <source>fjern {name}</source>
        <translation>fjern {name}</translation>
    </message>
    <message>
        <source>flytt {name}</source>
        <translation>flytt {name}</translation>
    </message>
    <message>
        <source>endre {name}</source>
        <translation>endre {name}</translation>
    </message>
    <message>
        <source>{a} og {b}</source>
        <translation>{a} og {b}</translation>
    </message>
    <message>
        <source>fjern forbindelsen mellom {names}</source>
        <translation>fjern sambandet mellom {names}</translation>
    </message>
    <message>
        <source>forbind {names}</source>
        <translation>knyt saman {names}</translation>
    </message>
    <message>
        <source>Ingen nettverkskart for denne forelderen ennå. Et nettverkskart tegnes sammen med forelderen: hvem som står nær, hvem som støtter og hvem som belaster, hvilke bånd som er brutt – og om nettverket kan utvides. Tegnet på nytt senere viser det om arbeidet hjalp. Velg «Nytt kart …» for å begynne.</source>
        <translation>Ikkje noko nettverkskart for denne forelderen enno. Eit nettverkskart blir teikna saman med forelderen: kven som står nær, kven som støttar og kven som er ei belastning, kva band som er brotne – og om nettverket kan utvidast. Teikna på nytt seinare viser det om arbeidet hjelpte. Vel «Nytt kart …» for å byrje.</translation>
    </message>
    <message>
        <source>Tegnet</source>
        <translation>Teikna</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>Personar</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se nettverkskartene.</source>
        <translation>Vel ein forelder under Foreldre for å sjå nettverkskarta.</translation>
    </message>
    <message>
        <source>Kart</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>&amp;Nytt kart …</source>
        <translation>&amp;Nytt kart …</translation>
    </message>
    <message>
        <source>Begynner med personene fra forrige kart</source>
        <translation>Byrjar med personane frå førre kart</translation>
    </message>
    <message>
        <source>Å&amp;pne/endre …</source>
        <translation>O&amp;pne/endre …</translation>
    </message>
    <message>
        <source>&amp;Sammenlign to kart …</source>
        <translation>&amp;Samanlikn to kart …</translation>
    </message>
    <message>
        <source>S&amp;ektorer …</source>
        <translation>S&amp;ektorar …</translation>
    </message>
    <message>
        <source>Kontorets sektorer for nye kart</source>
        <translation>Sektorane til kontoret for nye kart</translation>
    </message>
    <message>
        <source>&amp;Kart</source>
        <translation>&amp;Kart</translation>
    </message>
    <message>
        <source>Endre forelderens ord</source>
        <translation>Endre orda til forelderen</translation>
    </message>
    <message>
        <source>Velg forelderens ord</source>
        <translation>Vel orda til forelderen</translation>
    </message>
    <message>
        <source>Ordene kommer i kontorets årsrapport for {year}. Skriv dem om så ingen kan kjennes igjen: ingen navn, steder, datoer eller detaljer bare én familie har.</source>
        <translation>Orda kjem i årsrapporten til kontoret for {year}. Skriv dei om så ingen kan kjennast att: ingen namn, stader, datoar eller detaljar som berre éin familie har.</translation>
    </message>
    <message>
        <source>Ord fra journalen</source>
        <translation>Ord frå journalen</translation>
    </message>
    <message>
        <source>Skriv selv, eller velg ord fra journalen …</source>
        <translation>Skriv sjølv, eller vel ord frå journalen …</translation>
    </message>
    <message>
        <source>Ingen egne ord fra foreldrene i journalen i {year}</source>
        <translation>Ingen eigne ord frå foreldra i journalen i {year}</translation>
    </message>
    <message>
        <source>&amp;Fra journalen</source>
        <translation>&amp;Frå journalen</translation>
    </message>
    <message>
        <source>Ordene slik de står i rapporten</source>
        <translation>Orda slik dei står i rapporten</translation>
    </message>
    <message>
        <source>&amp;Ordene i rapporten</source>
        <translation>&amp;Orda i rapporten</translation>
    </message>
    <message>
        <source>&amp;Kilde</source>
        <translation>&amp;Kjelde</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Slik er tallet regnet ut</source>
        <translation>Slik er talet rekna ut</translation>
    </message>
    <message>
        <source>{count} av {of} ({share})</source>
        <translation>{count} av {of} ({share})</translation>
    </message>
    <message>
        <source>{count} av {of}</source>
        <translation>{count} av {of}</translation>
    </message>
    <message>
        <source>Hva kontoret lærer</source>
        <translation>Kva kontoret lærer</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF …</source>
        <translation>Lagre som &amp;PDF …</translation>
    </message>
    <message>
        <source>Rapporten til kommunen, uten navn, som PDF/A</source>
        <translation>Rapporten til kommunen, utan namn, som PDF/A</translation>
    </message>
    <message>
        <source>Tall for hele kontoret, uten navn. Tall fra 1 til 4 vises som «færre enn 5», og tall som kunne avsløre dem er skjult.</source>
        <translation>Tal for heile kontoret, utan namn. Tal frå 1 til 4 blir viste som «færre enn 5», og tal som kunne avsløre nokon, er skjulte.</translation>
    </message>
    <message>
        <source>Tallene</source>
        <translation>Tala</translation>
    </message>
    <message>
        <source>Foreldrenes egne ord i rapporten</source>
        <translation>Foreldra sine eigne ord i rapporten</translation>
    </message>
    <message>
        <source>&amp;Legg til ord …</source>
        <translation>&amp;Legg til ord …</translation>
    </message>
    <message>
        <source>Foreldrenes egne ord om hva som &amp;hjalp</source>
        <translation>Foreldra sine eigne ord om kva som &amp;hjelpte</translation>
    </message>
    <message>
        <source>{year} (hittil i år)</source>
        <translation>{year} (så langt i år)</translation>
    </message>
    <message>
        <source>Ingen ord valgt for {year} ennå.</source>
        <translation>Ingen ord valde for {year} enno.</translation>
    </message>
    <message>
        <source>Vil du ta disse ordene ut av rapporten?</source>
        <translation>Vil du ta desse orda ut av rapporten?</translation>
    </message>
    <message>
        <source>Hva kontoret lærer {year}.pdf</source>
        <translation>Kva kontoret lærer {year}.pdf</translation>
    </message>
    <message>
        <source>Rapporten er lagret: {name}</source>
        <translation>Rapporten er lagra: {name}</translation>
    </message>
    <message>
        <source>Rapporten ble ikke lagret.</source>
        <translation>Rapporten vart ikkje lagra.</translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Samtykkeerklæring</source>
        <translation>Samtykkeerklæring</translation>
    </message>
    <message>
        <source>✓ samtykke gitt</source>
        <translation>✓ samtykke gitt</translation>
    </message>
    <message>
        <source>✗ ikke samtykke</source>
        <translation>✗ ikkje samtykke</translation>
    </message>
    <message>
        <source>✓ annet rettsgrunnlag</source>
        <translation>✓ anna rettsgrunnlag</translation>
    </message>
    <message>
        <source>Hjemmel: {basis}. Begrunnelse: {reason}</source>
        <translation>Heimel: {basis}. Grunngjeving: {reason}</translation>
    </message>
    <message>
        <source>Samtykke for {category}</source>
        <translation>Samtykke for {category}</translation>
    </message>
    <message>
        <source>Begrunnelse for {category}</source>
        <translation>Grunngjeving for {category}</translation>
    </message>
    <message>
        <source>Annet rettsgrunnlag…</source>
        <translation>Anna rettsgrunnlag…</translation>
    </message>
    <message>
        <source>Annet rettsgrunnlag for {category}</source>
        <translation>Anna rettsgrunnlag for {category}</translation>
    </message>
    <message>
        <source>Fjern unntak</source>
        <translation>Fjern unntak</translation>
    </message>
    <message>
        <source>Fjern unntaket for {category}</source>
        <translation>Fjern unntaket for {category}</translation>
    </message>
    <message>
        <source>Ingen opplysninger ble gitt.</source>
        <translation>Ingen opplysningar vart gitte.</translation>
    </message>
    <message>
        <source>Annet rettsgrunnlag</source>
        <translation>Anna rettsgrunnlag</translation>
    </message>
    <message>
        <source>Uten samtykke kan «{category}» bare gis til {recipient} når en lov gir adgang til det. Skriv hjemmelen og hvorfor opplysningen må gis nå. Begrunnelsen lagres med henvisningen og står i brevet.</source>
        <translation>Utan samtykke kan «{category}» berre bli gitt til {recipient} når ei lov gir høve til det. Skriv heimelen og kvifor opplysninga må bli gitt no. Grunngjevinga blir lagra med tilvisinga og står i brevet.</translation>
    </message>
    <message>
        <source>mottakeren</source>
        <translation>mottakaren</translation>
    </message>
    <message>
        <source>&amp;Hjemmel</source>
        <translation>&amp;Heimel</translation>
    </message>
    <message>
        <source>Lov og paragraf som gir adgang</source>
        <translation>Lov og paragraf som gir høve</translation>
    </message>
    <message>
        <source>Hvorfor må opplysningen gis uten samtykke?</source>
        <translation>Kvifor må opplysninga bli gitt utan samtykke?</translation>
    </message>
    <message>
        <source>Br&amp;uk unntaket</source>
        <translation>Br&amp;uk unntaket</translation>
    </message>
    <message>
        <source>Skriv hjemmelen (lov og paragraf).</source>
        <translation>Skriv heimelen (lov og paragraf).</translation>
    </message>
    <message>
        <source>Skriv hvorfor opplysningen må gis uten samtykke.</source>
        <translation>Skriv kvifor opplysninga må bli gitt utan samtykke.</translation>
    </message>
    <message>
        <source>Én bestemt tje&amp;neste:</source>
        <translation>Éi bestemt te&amp;neste:</translation>
    </message>
    <message>
        <source>Alle tjenester av t&amp;ypen:</source>
        <translation>Alle tenester av t&amp;ypen:</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Type tjeneste</source>
        <translation>Type teneste</translation>
    </message>
    <message>
        <source>Adresseboka er tom – velg en type</source>
        <translation>Adresseboka er tom – vel ein type</translation>
    </message>
    <message>
        <source>Endre samtykke</source>
        <translation>Endre samtykke</translation>
    </message>
    <message>
        <source>Nytt samtykke</source>
        <translation>Nytt samtykke</translation>
    </message>
    <message>
        <source>Bare de opplysningene du krysser av, kan gis videre – og bare til mottakeren du velger, for formålet som står her.</source>
        <translation>Berre dei opplysningane du kryssar av, kan bli gitte vidare – og berre til mottakaren du vel, for formålet som står her.</translation>
    </message>
    <message>
        <source>For eksempel: søknad om hjelp til å skaffe bolig</source>
        <translation>Til dømes: søknad om hjelp til å skaffe bustad</translation>
    </message>
    <message>
        <source>&amp;Opplysninger</source>
        <translation>&amp;Opplysningar</translation>
    </message>
    <message>
        <source>&amp;Gitt dato</source>
        <translation>&amp;Gitt dato</translation>
    </message>
    <message>
        <source>&amp;Hvordan gitt</source>
        <translation>&amp;Korleis gitt</translation>
    </message>
    <message>
        <source>&amp;Signert samtykkeerklæring foreligger</source>
        <translation>&amp;Signert samtykkeerklæring ligg føre</translation>
    </message>
    <message>
        <source>Erklæring</source>
        <translation>Erklæring</translation>
    </message>
    <message>
        <source>Signert samtykkeerklæring foreligger</source>
        <translation>Signert samtykkeerklæring ligg føre</translation>
    </message>
    <message>
        <source>Tidsbegrenset</source>
        <translation>Tidsavgrensa</translation>
    </message>
    <message>
        <source>Gyldig &amp;til</source>
        <translation>Gyldig &amp;til</translation>
    </message>
    <message>
        <source>Fra denne datoen kan ingen opplysninger gis videre på grunnlag av dette samtykket. Samtykket blir stående i registeret, merket som trukket tilbake.</source>
        <translation>Frå denne datoen kan ingen opplysningar bli gitte vidare på grunnlag av dette samtykket. Samtykket blir ståande i registeret, merkt som trekt tilbake.</translation>
    </message>
    <message>
        <source>{n} utkast til henvisning bygger på samtykket og blir sperret: de kan ikke gjøres ferdige før forelderen samtykker på nytt eller et annet lovgrunnlag er begrunnet.</source>
        <translation>{n} utkast til tilvising byggjer på samtykket og blir sperra: dei kan ikkje gjerast ferdige før forelderen samtykkjer på nytt eller eit anna lovgrunnlag er grunngitt.</translation>
    </message>
    <message>
        <source>Trekk tilbake samtykke</source>
        <translation>Trekk tilbake samtykke</translation>
    </message>
    <message>
        <source>Samtykke til {recipient}: {categories}. Formål: {purpose}. Gitt {given}.</source>
        <translation>Samtykke til {recipient}: {categories}. Formål: {purpose}. Gitt {given}.</translation>
    </message>
    <message>
        <source>ingen opplysninger</source>
        <translation>ingen opplysningar</translation>
    </message>
    <message>
        <source>Trukket tilbake &amp;den</source>
        <translation>Trekt tilbake &amp;den</translation>
    </message>
    <message>
        <source>For eksempel: mor ringte og sa at hun ikke lenger vil …</source>
        <translation>Til dømes: mor ringde og sa at ho ikkje lenger vil …</translation>
    </message>
    <message>
        <source>Ingen samtykker er registrert for denne forelderen. Opplysninger kan bare gis videre til en annen tjeneste når forelderen har samtykket – til hvilke opplysninger, til hvem og for hvilket formål. Velg «Nytt samtykke…» for å registrere et.</source>
        <translation>Ingen samtykke er registrerte for denne forelderen. Opplysningar kan berre bli gitte vidare til ei anna teneste når forelderen har samtykt – til kva opplysningar, til kven og for kva formål. Vel «Nytt samtykke…» for å registrere eitt.</translation>
    </message>
    <message>
        <source>N&amp;ytt samtykke…</source>
        <translation>N&amp;ytt samtykke…</translation>
    </message>
    <message>
        <source>&amp;Endre…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>Trekk til&amp;bake…</source>
        <translation>Trekk til&amp;bake…</translation>
    </message>
    <message>
        <source>Skriv &amp;ut samtykkeerklæring…</source>
        <translation>Skriv &amp;ut samtykkeerklæring…</translation>
    </message>
    <message>
        <source>{holding} av {consents} gjelder i dag.</source>
        <translation>{holding} av {consents} gjeld i dag.</translation>
    </message>
    <message numerus="yes">
        <source>%n samtykker</source>
        <translation>
            <numerusform>%n samtykke</numerusform>
            <numerusform>%n samtykke</numerusform>
        </translation>
    </message>
    <message>
        <source>Samtykket er trukket tilbake og kan ikke endres. Registrer et nytt samtykke hvis forelderen samtykker igjen.</source>
        <translation>Samtykket er trekt tilbake og kan ikkje endrast. Registrer eit nytt samtykke dersom forelderen samtykkjer igjen.</translation>
    </message>
    <message>
        <source>Trukket tilbake {d}</source>
        <translation>Trekt tilbake {d}</translation>
    </message>
    <message>
        <source> +{n}</source>
        <translation> +{n}</translation>
    </message>
    <message>
        <source>Mottaker</source>
        <translation>Mottakar</translation>
    </message>
    <message>
        <source>Opplysninger</source>
        <translation>Opplysningar</translation>
    </message>
    <message>
        <source>Gitt</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Gyldig til</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>, signert</source>
        <translation>, signert</translation>
    </message>
    <message>
        <source>Ikke satt</source>
        <translation>Ikkje sett</translation>
    </message>
    <message>
        <source>Forelderen trenger tolk ({language}).</source>
        <translation>Forelderen treng tolk ({language}).</translation>
    </message>
    <message>
        <source>Import fra CSV</source>
        <translation>Import frå CSV</translation>
    </message>
    <message>
        <source>Ingen tjenester ble lagt til i adresseboka.</source>
        <translation>Ingen tenester vart lagde til i adresseboka.</translation>
    </message>
    <message>
        <source>{services} ble lagt til i adresseboka.</source>
        <translation>Lagt til i adresseboka: {services}.</translation>
    </message>
    <message numerus="yes">
        <source>%n tjenester</source>
        <translation>
            <numerusform>%n teneste</numerusform>
            <numerusform>%n tenester</numerusform>
        </translation>
    </message>
    <message>
        <source>{lines} ble ikke importert:</source>
        <translation>Ikkje importert ({lines}):</translation>
    </message>
    <message numerus="yes">
        <source>%n linjer</source>
        <translation>
            <numerusform>%n linje</numerusform>
            <numerusform>%n linjer</numerusform>
        </translation>
    </message>
    <message>
        <source>Fil: {name}</source>
        <translation>Fil: {name}</translation>
    </message>
    <message>
        <source>Linjer som ikke ble importert</source>
        <translation>Linjer som ikkje vart importerte</translation>
    </message>
    <message>
        <source>Rett linjene i fila og importer den på nytt, eller legg tjenestene inn for hånd med «Ny tjeneste…». Linjene som ble lagt til nå, må da tas ut av fila for ikke å komme inn to ganger.</source>
        <translation>Rett linjene i fila og importer ho på nytt, eller legg inn tenestene for hand med «Ny teneste…». Linjene som vart lagde til no, må då takast ut av fila, så dei ikkje kjem inn to gonger.</translation>
    </message>
    <message>
        <source>Adresseboka er tom. Her samler du tjenestene dere samarbeider med – NAV, fastlege, DPS, rustjenesten, familievernkontoret, boligkontoret, frivillige organisasjoner – med postadresse og kontaktperson, slik at samtykker og henvisninger peker på riktig mottaker.

Legg inn én og én med «Ny tjeneste…», eller hent kommunens liste med «Importer fra CSV…»: første linje er overskriftene type;navn;adresse;telefon;epost;kontaktperson (semikolon eller komma), og type er for eksempel «NAV-kontor», «Fastlege» eller «Familievernkontor».</source>
        <translation>Adresseboka er tom. Her samlar du tenestene de samarbeider med – NAV, fastlege, DPS, rustenesta, familievernkontoret, bustadkontoret, frivillige organisasjonar – med postadresse og kontaktperson, slik at samtykke og tilvisingar peikar på rett mottakar.

Legg inn éi og éi med «Ny teneste…», eller hent lista til kommunen med «Importer frå CSV…»: første linja er overskriftene type;navn;adresse;telefon;epost;kontaktperson (semikolon eller komma), og type er til dømes «NAV-kontor», «Fastlege» eller «Familievernkontor».</translation>
    </message>
    <message>
        <source>Tjenester i adresseboka</source>
        <translation>Tenester i adresseboka</translation>
    </message>
    <message>
        <source>Adressebok</source>
        <translation>Adressebok</translation>
    </message>
    <message>
        <source>Navn, type, kontaktperson eller adresse</source>
        <translation>Namn, type, kontaktperson eller adresse</translation>
    </message>
    <message>
        <source>Søk i adresseboka</source>
        <translation>Søk i adresseboka</translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Vis type</source>
        <translation>Vis type</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Ny tjeneste…</source>
        <translation>&amp;Ny teneste…</translation>
    </message>
    <message>
        <source>&amp;Rediger…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Importer fra CSV…</source>
        <translation>&amp;Importer frå CSV…</translation>
    </message>
    <message>
        <source>Ingen av {services} passer søket.</source>
        <translation>Ingen av {services} passar med søket.</translation>
    </message>
    <message>
        <source>{shown} av {services}</source>
        <translation>{shown} av {services}</translation>
    </message>
    <message>
        <source>Importer tjenester fra CSV</source>
        <translation>Importer tenester frå CSV</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv *.txt);;Alle filer (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Importen fra «{name}» ble ikke gjort:
{why}</source>
        <translation>Importen frå «{name}» vart ikkje gjord:
{why}</translation>
    </message>
    <message>
        <source>Fjerne unntaket for «{category}»? Hjemmelen og begrunnelsen du skrev blir borte, og opplysningen kan ikke gis uten samtykke.</source>
        <translation>Fjerne unntaket for «{category}»? Heimelen og grunngjevinga du skreiv, blir borte, og opplysninga kan ikkje bli gitt utan samtykke.</translation>
    </message>
    <message>
        <source>Vil du forkaste endringene i denne henvisningen?</source>
        <translation>Vil du forkaste endringane i denne tilvisinga?</translation>
    </message>
    <message>
        <source>Skriv hva mottakeren blir bedt om, og hvorfor nå.</source>
        <translation>Skriv kva mottakaren blir beden om, og kvifor no.</translation>
    </message>
    <message>
        <source>Velg hvordan henvisningen ble sendt.</source>
        <translation>Vel korleis tilvisinga vart sendt.</translation>
    </message>
    <message>
        <source>Svarfristen kan ikke være før sendedatoen.</source>
        <translation>Svarfristen kan ikkje vere før sendedatoen.</translation>
    </message>
    <message>
        <source>Henvisningen kan ikke sendes før den ble ferdigstilt.</source>
        <translation>Tilvisinga kan ikkje sendast før ho vart ferdigstilt.</translation>
    </message>
    <message>
        <source>Svaret kan ikke være registrert før henvisningen ble sendt.</source>
        <translation>Svaret kan ikkje vere registrert før tilvisinga vart sendt.</translation>
    </message>
    <message>
        <source>Fødselsnummeret kan bare tas med når «Personalia» gis, med samtykke eller annet rettsgrunnlag for denne mottakeren.</source>
        <translation>Fødselsnummeret kan berre takast med når «Personalia» blir gitt, med samtykke eller anna rettsgrunnlag for denne mottakaren.</translation>
    </message>
    <message>
        <source>Forelderen har ikke fødselsnummer i registeret. Ta bort krysset, eller registrer det.</source>
        <translation>Forelderen har ikkje fødselsnummer i registeret. Ta bort krysset, eller registrer det.</translation>
    </message>
    <message>
        <source>Svar på henvisning ventes</source>
        <translation>Svar på tilvising er venta</translation>
    </message>
    <message>
        <source>Velg mottakeren.</source>
        <translation>Vel mottakaren.</translation>
    </message>
    <message>
        <source>Lagret kl. {time}</source>
        <translation>Lagra kl. {time}</translation>
    </message>
    <message>
        <source>mottaker</source>
        <translation>mottakar</translation>
    </message>
    <message>
        <source>Henvisning til {service} {day}.pdf</source>
        <translation>Tilvising til {service} {day}.pdf</translation>
    </message>
    <message>
        <source>Henvisning til {service} – forhåndsvisning</source>
        <translation>Tilvising til {service} – førehandsvising</translation>
    </message>
    <message>
        <source>Brevet kunne ikke vises. Teksten din er lagret.</source>
        <translation>Brevet kunne ikkje visast. Teksten din er lagra.</translation>
    </message>
    <message>
        <source>Kopi til forelderen kan ikke sendes med dette: fjern krysset for «Kopi til forelderen» før du ferdigstiller.</source>
        <translation>Kopi til forelderen kan ikkje sendast med dette: fjern krysset for «Kopi til forelderen» før du ferdigstiller.</translation>
    </message>
    <message>
        <source>Ferdigstille henvisningen til {service}? Brevet lagres i arkivet slik det er nå, og henvisningen kan ikke endres etterpå – bare sendes.</source>
        <translation>Ferdigstille tilvisinga til {service}? Brevet blir lagra i arkivet slik det er no, og tilvisinga kan ikkje endrast etterpå – berre sendast.</translation>
    </message>
    <message>
        <source>Henvisningen er «{state}» og kan ikke endres.</source>
        <translation>Tilvisinga er «{state}» og kan ikkje endrast.</translation>
    </message>
    <message>
        <source>Ferdigstilt {d}.</source>
        <translation>Ferdigstilt {d}.</translation>
    </message>
    <message>
        <source>Sendt {d}{how}.</source>
        <translation>Sendt {d}{how}.</translation>
    </message>
    <message>
        <source>Svar ventes innen {d}.</source>
        <translation>Svar er venta innan {d}.</translation>
    </message>
    <message>
        <source>«{state}» registrert {d}.</source>
        <translation>«{state}» registrert {d}.</translation>
    </message>
    <message>
        <source>Mottakerens saksnummer, hvis de har gitt et</source>
        <translation>Saksnummeret til mottakaren, dersom dei har gitt eitt</translation>
    </message>
    <message>
        <source>Deres re&amp;f.</source>
        <translation>Dykkar re&amp;f.</translation>
    </message>
    <message>
        <source>Hva ber vi mottakeren om, og hvorfor akkurat nå? Dette står først i brevet.</source>
        <translation>Kva ber vi mottakaren om, og kvifor akkurat no? Dette står først i brevet.</translation>
    </message>
    <message>
        <source>&amp;Hva ber vi om, og hvorfor nå?</source>
        <translation>&amp;Kva ber vi om, og kvifor no?</translation>
    </message>
    <message>
        <source>Bakgrunn</source>
        <translation>Bakgrunn</translation>
    </message>
    <message>
        <source>&amp;Situasjonen nå</source>
        <translation>&amp;Situasjonen no</translation>
    </message>
    <message>
        <source>Om b&amp;arna</source>
        <translation>Om b&amp;arna</translation>
    </message>
    <message>
        <source>Hva som er &amp;prøvd</source>
        <translation>Kva som er &amp;prøvd</translation>
    </message>
    <message>
        <source>Forelderens &amp;egne ord og ønsker</source>
        <translation>Forelderen sine &amp;eigne ord og ønske</translation>
    </message>
    <message>
        <source>Praktiske &amp;behov – tolk, transport, tidspunkter</source>
        <translation>Praktiske &amp;behov – tolk, transport, tidspunkt</translation>
    </message>
    <message>
        <source>&amp;Opplysninger som gis</source>
        <translation>&amp;Opplysningar som blir gitt</translation>
    </message>
    <message>
        <source>Ve&amp;dlegg</source>
        <translation>Ve&amp;dlegg</translation>
    </message>
    <message>
        <source>&amp;Kopi til andre tjenester</source>
        <translation>&amp;Kopi til andre tenester</translation>
    </message>
    <message>
        <source>Kopi til forelde&amp;ren</source>
        <translation>Kopi til forelde&amp;ren</translation>
    </message>
    <message>
        <source>Kopi til forelderen</source>
        <translation>Kopi til forelderen</translation>
    </message>
    <message>
        <source>Ta med fødsels&amp;nummeret i «Gjelder»</source>
        <translation>Ta med fødsels&amp;nummeret i «Gjeld»</translation>
    </message>
    <message>
        <source>Bare når mottakeren trenger det, og samtykket dekker «Personalia».</source>
        <translation>Berre når mottakaren treng det, og samtykket dekkjer «Personalia».</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>&amp;Gjelder barn</source>
        <translation>&amp;Gjeld barn</translation>
    </message>
    <message>
        <source>&amp;Lagre utkast</source>
        <translation>&amp;Lagre utkast</translation>
    </message>
    <message>
        <source>Ctrl+S – lagres i henvisningslisten, kan skrives videre på</source>
        <translation>Ctrl+S – blir lagra i tilvisingslista, du kan skrive vidare seinare</translation>
    </message>
    <message>
        <source>Forhånds&amp;vis …</source>
        <translation>Førehands&amp;vis …</translation>
    </message>
    <message>
        <source>Lagrer utkastet og viser brevet slik det blir</source>
        <translation>Lagrar utkastet og viser brevet slik det blir</translation>
    </message>
    <message>
        <source>Ferdigs&amp;till</source>
        <translation>Ferdigs&amp;till</translation>
    </message>
    <message>
        <source>Brevet låses og arkiveres; etterpå kan henvisningen bare sendes</source>
        <translation>Brevet blir låst og arkivert; etterpå kan tilvisinga berre sendast</translation>
    </message>
    <message>
        <source>Henvisning til {service}</source>
        <translation>Tilvising til {service}</translation>
    </message>
    <message>
        <source>Ny henvisning</source>
        <translation>Ny tilvising</translation>
    </message>
    <message>
        <source>Henvisning</source>
        <translation>Tilvising</translation>
    </message>
    <message>
        <source>Forelder: {name} – {what}</source>
        <translation>Forelder: {name} – {what}</translation>
    </message>
    <message>
        <source>Henvisningen ble ferdigstilt etter at dette utkastet ble tatt vare på, og kan ikke endres lenger. Teksten under er det ulagrede utkastet: kopier det du trenger før du lukker.</source>
        <translation>Tilvisinga vart ferdigstilt etter at dette utkastet vart teke vare på, og kan ikkje endrast lenger. Teksten under er utkastet som ikkje er lagra: kopier det du treng, før du lukkar.</translation>
    </message>
    <message>
        <source>Gitt {given}</source>
        <translation>Gitt {given}</translation>
    </message>
    <message>
        <source>, gjelder til {until}</source>
        <translation>, gjeld til {until}</translation>
    </message>
    <message>
        <source>, til {all}</source>
        <translation>, til {all}</translation>
    </message>
    <message>
        <source>Kunne ikke sjekke samtykkene ({reason}).</source>
        <translation>Kunne ikkje sjekke samtykka ({reason}).</translation>
    </message>
    <message>
        <source>Velg mottaker for å se hva forelderen har samtykket til å gi videre.</source>
        <translation>Vel mottakar for å sjå kva forelderen har samtykt til å gi vidare.</translation>
    </message>
    <message>
        <source>Kopimottakerne får det samme brevet, men samtykket dekker ikke alt for dem:</source>
        <translation>Kopimottakarane får det same brevet, men samtykket dekkjer ikkje alt for dei:</translation>
    </message>
    <message>
        <source>Henvisninger</source>
        <translation>Tilvisingar</translation>
    </message>
    <message>
        <source>&amp;Ny henvisning…</source>
        <translation>&amp;Ny tilvising…</translation>
    </message>
    <message>
        <source>&amp;Åpne…</source>
        <translation>&amp;Opne…</translation>
    </message>
    <message>
        <source>Forhånds&amp;vis…</source>
        <translation>Førehands&amp;vis…</translation>
    </message>
    <message>
        <source>Registrer &amp;sendt…</source>
        <translation>Registrer &amp;sendt…</translation>
    </message>
    <message>
        <source>Registrer sv&amp;ar…</source>
        <translation>Registrer sv&amp;ar…</translation>
    </message>
    <message>
        <source>Sperrede utkast</source>
        <translation>Sperra utkast</translation>
    </message>
    <message>
        <source>Ingen henvisninger for denne forelderen. En henvisning ber en annen tjeneste om hjelp – bare med opplysninger forelderen har samtykket til. Velg «Ny henvisning…» for å skrive en.</source>
        <translation>Ingen tilvisingar for denne forelderen. Ei tilvising ber ei anna teneste om hjelp – berre med opplysningar forelderen har samtykt til. Vel «Ny tilvising…» for å skrive ei.</translation>
    </message>
    <message>
        <source>Velg en forelder for å se henvisningene.</source>
        <translation>Vel ein forelder for å sjå tilvisingane.</translation>
    </message>
    <message>
        <source>Henvisninger – {name}</source>
        <translation>Tilvisingar – {name}</translation>
    </message>
    <message>
        <source>Adresseboka er tom. Legg inn tjenesten som skal få henvisningen i adresseboka først.</source>
        <translation>Adresseboka er tom. Legg først inn tenesta som skal få tilvisinga, i adresseboka.</translation>
    </message>
    <message>
        <source>Henvisning til {r}</source>
        <translation>Tilvising til {r}</translation>
    </message>
    <message>
        <source>Henvisning til {r} {day}.pdf</source>
        <translation>Tilvising til {r} {day}.pdf</translation>
    </message>
    <message>
        <source>Brevet kunne ikke lages: {reason}</source>
        <translation>Brevet kunne ikkje lagast: {reason}</translation>
    </message>
    <message>
        <source>Brevet kunne ikke lages.</source>
        <translation>Brevet kunne ikkje lagast.</translation>
    </message>
    <message>
        <source>Rediger tjeneste</source>
        <translation>Rediger teneste</translation>
    </message>
    <message>
        <source>Ny tjeneste</source>
        <translation>Ny teneste</translation>
    </message>
    <message>
        <source>For eksempel: NAV Kárášjohka</source>
        <translation>Til dømes: NAV Kárášjohka</translation>
    </message>
    <message>
        <source>Post&amp;adresse</source>
        <translation>Post&amp;adresse</translation>
    </message>
    <message>
        <source>Postboks 120, 9990 Fjellvik</source>
        <translation>Postboks 120, 9990 Fjellvik</translation>
    </message>
    <message>
        <source>Komma deler adressen i linjer i brevets adressefelt.</source>
        <translation>Komma deler adressa i linjer i adressefeltet i brevet.</translation>
    </message>
    <message>
        <source>Tele&amp;fon</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>&amp;E-post</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>Registrer sendt</source>
        <translation>Registrer som sendt</translation>
    </message>
    <message>
        <source>&amp;Hvordan sendt</source>
        <translation>&amp;Korleis sendt</translation>
    </message>
    <message>
        <source>Sendt &amp;dato</source>
        <translation>Sendt &amp;dato</translation>
    </message>
    <message>
        <source>&amp;Svar ventes innen</source>
        <translation>&amp;Svar er venta innan</translation>
    </message>
    <message>
        <source>&amp;Registrer sendt</source>
        <translation>&amp;Registrer sendt</translation>
    </message>
    <message>
        <source>Svarfristen kommer på Oversikt og varsles når den er passert.</source>
        <translation>Svarfristen kjem på Oversikt, og du blir varsla når han er passert.</translation>
    </message>
    <message>
        <source>Sendedatoen kan ikke være fram i tid.</source>
        <translation>Sendedatoen kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <source>Henvisningen ble ferdigstilt {d}; den kan ikke være sendt før.</source>
        <translation>Tilvisinga vart ferdigstilt {d}; ho kan ikkje vere sendt før det.</translation>
    </message>
    <message>
        <source>Registrer svar</source>
        <translation>Registrer svar</translation>
    </message>
    <message>
        <source>For eksempel: time hos NAV 3.12. kl. 10, Máret møter</source>
        <translation>Til dømes: time hos NAV 3.12. kl. 10, Máret møter</translation>
    </message>
    <message>
        <source>&amp;Registrer</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <source>Henvisningen står som «Ingen svar». Et svar som kommer sent, registreres her.</source>
        <translation>Tilvisinga står som «Ingen svar». Eit svar som kjem seint, blir registrert her.</translation>
    </message>
    <message>
        <source>(ukjent tjeneste)</source>
        <translation>(ukjend teneste)</translation>
    </message>
    <message>
        <source>{n} utkast kan ikke ferdigstilles nå:</source>
        <translation>{n} utkast kan ikkje ferdigstillast no:</translation>
    </message>
    <message>
        <source>Et utkast kan ikke ferdigstilles nå:</source>
        <translation>Eit utkast kan ikkje ferdigstillast no:</translation>
    </message>
    <message>
        <source>• Henvisning til {recipient}: {why}</source>
        <translation>• Tilvising til {recipient}: {why}</translation>
    </message>
    <message>
        <source>Fjern opplysningen fra utkastet, registrer et nytt samtykke, eller begrunn et annet rettsgrunnlag i utkastet.</source>
        <translation>Fjern opplysninga frå utkastet, registrer eit nytt samtykke, eller grunngi eit anna rettsgrunnlag i utkastet.</translation>
    </message>
    <message>
        <source>Ferdigstilt</source>
        <translation>Ferdigstilt</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Svar ventes innen</source>
        <translation>Svar er venta innan</translation>
    </message>
    <message>
        <source>Svaret er forsinket ({days})</source>
        <translation>Svaret er forseinka ({days})</translation>
    </message>
    <message>
        <source>Sperret – samtykke mangler</source>
        <translation>Sperra – samtykke manglar</translation>
    </message>
    <message>
        <source>ukjent feil</source>
        <translation>ukjend feil</translation>
    </message>
    <message>
        <source>Velg mottaker …</source>
        <translation>Vel mottakar …</translation>
    </message>
    <message>
        <source>Adresseboka er tom – legg inn mottakeren der først</source>
        <translation>Adresseboka er tom – legg inn mottakaren der først</translation>
    </message>
    <message>
        <source>Ingen barn er registrert på forelderen.</source>
        <translation>Ingen barn er registrerte på forelderen.</translation>
    </message>
    <message>
        <source>Ingen barn er valgt.</source>
        <translation>Ingen barn er valde.</translation>
    </message>
    <message>
        <source>For eksempel: Husleiekontrakt</source>
        <translation>Til dømes: Husleigekontrakt</translation>
    </message>
    <message>
        <source>Navn på vedlegg</source>
        <translation>Namn på vedlegg</translation>
    </message>
    <message>
        <source>Legg t&amp;il</source>
        <translation>Legg t&amp;il</translation>
    </message>
    <message>
        <source>Fjer&amp;n</source>
        <translation>Fjer&amp;n</translation>
    </message>
    <message>
        <source>Vedlegg</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Ingen vedlegg</source>
        <translation>Ingen vedlegg</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Forfalt</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Innen 7 dager</source>
        <translation>Innan 7 dagar</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Seinare</translation>
    </message>
    <message>
        <source>Fristen er retningslinjens norm (Q-1157, kap. B): første samtale tilbudt innen to uker etter plasseringen. Loven sier «kort tid». Et brev eller en SMS med tilbudet holder. Antall dager velges i Innstillinger.</source>
        <translation>Fristen er norma i retningslinja (Q-1157, kap. B): første samtale tilboden innan to veker etter plasseringa. Lova seier «kort tid». Eit brev eller ein SMS med tilbodet er nok. Talet på dagar vel du i Innstillingar.</translation>
    </message>
    <message>
        <source>Samtalen er tilbudt, men ikke gjennomført ennå. Forelderen velger hvor dere møtes: hjemme, på kontoret eller et nøytralt sted. Fristen er like mange dager etter tilbudet som fristen for tilbudet; sier forelderen nei, tilbys kontakt på nytt.</source>
        <translation>Samtalen er tilboden, men ikkje gjennomført enno. Forelderen vel kvar de møtest: heime, på kontoret eller på ein nøytral stad. Fristen er like mange dagar etter tilbodet som fristen for tilbodet; seier forelderen nei, blir kontakt tilboden på nytt.</translation>
    </message>
    <message>
        <source>Informasjon fra sjekklisten skal gis igjen: mye blir ikke forstått første gang.</source>
        <translation>Informasjon frå sjekklista skal bli gitt igjen: mykje blir ikkje forstått første gongen.</translation>
    </message>
    <message>
        <source>Informasjonen er gitt, men det er ikke sjekket om forelderen forsto den.</source>
        <translation>Informasjonen er gitt, men det er ikkje sjekka om forelderen forstod han.</translation>
    </message>
    <message>
        <source>Tjenestens vurdering av hva som skal til for at barnet kan flytte hjem, skal vurderes på nytt.</source>
        <translation>Vurderinga til tenesta av kva som skal til for at barnet kan flytte heim, skal vurderast på nytt.</translation>
    </message>
    <message>
        <source>Forelderen har et ønske som ikke er besvart. Kan det ikke innfris, skal svaret ha en faglig begrunnelse.</source>
        <translation>Forelderen har eit ønske som ikkje er svara på. Kan det ikkje innfriast, skal svaret ha ei fagleg grunngjeving.</translation>
    </message>
    <message>
        <source>Barnet har flyttet hjem igjen. Følg opp familien etter flyttingen.</source>
        <translation>Barnet har flytta heim igjen. Følg opp familien etter flyttinga.</translation>
    </message>
    <message>
        <source>Barnet nærmer seg 18 år. Snakk med forelderen om ettervern (hjelp etter fylte 18 år, til 25 år).</source>
        <translation>Barnet nærmar seg 18 år. Snakk med forelderen om ettervern (hjelp etter fylte 18 år, til 25 år).</translation>
    </message>
    <message>
        <source>Neste samvær etter samværsplanen.</source>
        <translation>Neste samvær etter samværsplanen.</translation>
    </message>
    <message>
        <source>Flere samvær på rad er ikke gjennomført. Et slikt brudd er et signal: snakk med forelderen om hvorfor, og vurder andre former for kontakt.</source>
        <translation>Fleire samvær på rad er ikkje gjennomførte. Eit slikt brot er eit signal: snakk med forelderen om kvifor, og vurder andre former for kontakt.</translation>
    </message>
    <message>
        <source>Samværsplanen evalueres med jevne mellomrom: barnet, forelderen, fosterhjemmet eller institusjonen og tilsynsfører høres hver for seg (veilederen Q-1157, kap. 4.5.5).</source>
        <translation>Samværsplanen blir evaluert med jamne mellomrom: barnet, forelderen, fosterheimen eller institusjonen og tilsynsføraren blir høyrde kvar for seg (rettleiaren Q-1157, kap. 4.5.5).</translation>
    </message>
    <message>
        <source>Samværsplanen har ikke noe formål. Samværet følges opp og vurderes ut fra formålet.</source>
        <translation>Samværsplanen har ikkje noko formål. Samværet blir følgt opp og vurdert ut frå formålet.</translation>
    </message>
    <message>
        <source>Spør forelderen om egen vurdering av økonomi, utdanning og arbeid, bolig, helse og sosial kontakt (veilederen Q-1157, kap. 4.5.6). Etter en vurdering: på nytt etter forelderens intervall (standard hver 6. måned, endres på siden Levekår). Er det ikke gjort ennå: en måned etter plasseringen – da har første samtale vært, og de økonomiske følgene av plasseringen (bortfalt barnetrygd, skatt, bidrag) begynner å merkes (vises for plasseringer fra det siste året). Vises her 30 dager før. Dette er bufapps forslag, ikke en frist i loven.</source>
        <translation>Spør forelderen om eiga vurdering av økonomi, utdanning og arbeid, bustad, helse og sosial kontakt (rettleiaren Q-1157, kap. 4.5.6). Etter ei vurdering: på nytt etter intervallet til forelderen (standard kvar 6. månad, blir endra på sida Levekår). Er det ikkje gjort enno: ein månad etter plasseringa – då har første samtale vore, og dei økonomiske følgjene av plasseringa (bortfallen barnetrygd, skatt, bidrag) byrjar å merkast (blir vist for plasseringar frå det siste året). Blir vist her 30 dagar før. Dette er forslaget til bufapp, ikkje ein frist i lova.</translation>
    </message>
    <message>
        <source>Familierådet avtalte et oppfølgende familieråd for å se hvordan familiens plan har gått (veilederen Q-1157, kap. 4.4). Planlegg det med koordinatoren.</source>
        <translation>Familierådet avtalte eit oppfølgjande familieråd for å sjå korleis planen til familien har gått (rettleiaren Q-1157, kap. 4.4). Planlegg det med koordinatoren.</translation>
    </message>
    <message>
        <source>Et planlagt familieråd de neste to ukene, eller et som ikke er registrert holdt eller avlyst.</source>
        <translation>Eit planlagt familieråd dei neste to vekene, eller eit som ikkje er registrert som halde eller avlyst.</translation>
    </message>
    <message>
        <source>Barnevernstjenesten bør kjenne til gruppetilbudene i området og fortelle foreldrene om dem: mange har glede av å møte andre i samme situasjon (familievernets fagside om kurs og gruppetilbud). Fristen er bufapps egen: 30 dager etter at barnet ble plassert, når de første ukene har roet seg. Den er oppfylt når forelderen er informert, uansett hva forelderen svarte. Vises bare når kontoret har lagt inn minst ett aktivt gruppetilbud.</source>
        <translation>Barnevernstenesta bør kjenne til gruppetilboda i området og fortelje foreldra om dei: mange har glede av å møte andre i same situasjon (fagsida til familievernet om kurs og gruppetilbod). Fristen er bufapp sin eigen: 30 dagar etter at barnet vart plassert, når dei første vekene har roa seg. Han er oppfylt når forelderen er informert, same kva forelderen svarte. Blir berre vist når kontoret har lagt inn minst eitt aktivt gruppetilbod.</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Fristar</translation>
    </message>
    <message>
        <source>Oversikt – frister</source>
        <translation>Oversikt – fristar</translation>
    </message>
    <message>
        <source>{overdue} forfalt · {soon} innen 7 dager · {later} senere</source>
        <translation>{overdue} over fristen · {soon} innan 7 dagar · {later} seinare</translation>
    </message>
    <message>
        <source>Ingen åpne frister.</source>
        <translation>Ingen opne fristar.</translation>
    </message>
    <message>
        <source>{contacts} i loggen</source>
        <translation>{contacts} i loggen</translation>
    </message>
    <message>
        <source>, siste samtale {d}</source>
        <translation>, siste samtale {d}</translation>
    </message>
    <message>
        <source>Ønsker ikke kontakt siden {d} – tilbys igjen {n}.</source>
        <translation>Ønskjer ikkje kontakt sidan {d} – nytt tilbod {n}.</translation>
    </message>
    <message>
        <source>Åpne kontaktloggen</source>
        <translation>Opne kontaktloggen</translation>
    </message>
    <message>
        <source>Utdrag …</source>
        <translation>Utdrag …</translation>
    </message>
    <message>
        <source>Eksporter til arkivet …</source>
        <translation>Eksporter til arkivet …</translation>
    </message>
    <message>
        <source>Sist eksportert til arkivet {d} ({documents} i alt).</source>
        <translation>Sist eksportert til arkivet {d} ({documents} i alt).</translation>
    </message>
    <message>
        <source>Åpne oppfølgingsoppgaver</source>
        <translation>Opne oppfølgingsoppgåver</translation>
    </message>
    <message>
        <source>frist</source>
        <translation>frist</translation>
    </message>
    <message>
        <source>Lukk …</source>
        <translation>Lukk …</translation>
    </message>
    <message>
        <source>trukket tilbake {d}</source>
        <translation>trekt tilbake {d}</translation>
    </message>
    <message>
        <source>utløpt {d}</source>
        <translation>gjekk ut {d}</translation>
    </message>
    <message>
        <source>utløper snart, </source>
        <translation>går snart ut, </translation>
    </message>
    <message>
        <source>gjelder til {d}</source>
        <translation>gjeld til {d}</translation>
    </message>
    <message>
        <source>Ingen samtykker registrert.</source>
        <translation>Ingen samtykke registrerte.</translation>
    </message>
    <message>
        <source>Samtykkeregister …</source>
        <translation>Samtykkeregister …</translation>
    </message>
    <message>
        <source>Nytt samtykke …</source>
        <translation>Nytt samtykke …</translation>
    </message>
    <message>
        <source>sendt {d}</source>
        <translation>sendt {d}</translation>
    </message>
    <message>
        <source>svar ventes {d}</source>
        <translation>svar venta {d}</translation>
    </message>
    <message>
        <source>Åpne …</source>
        <translation>Opne …</translation>
    </message>
    <message>
        <source>Ingen henvisninger.</source>
        <translation>Ingen tilvisingar.</translation>
    </message>
    <message>
        <source>Ny henvisning …</source>
        <translation>Ny tilvising …</translation>
    </message>
    <message>
        <source>Alle henvisninger</source>
        <translation>Alle tilvisingar</translation>
    </message>
    <message>
        <source>Dokumenter</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Vis …</source>
        <translation>Vis …</translation>
    </message>
    <message>
        <source>Bosted skjult for foreldrene</source>
        <translation>Bustad skjult for foreldra</translation>
    </message>
    <message>
        <source> – vedtak {date}: {basis}. Kommer ikke med i dokumenter til foreldrene eller andre.</source>
        <translation> – vedtak {date}: {basis}. Kjem ikkje med i dokument til foreldra eller andre.</translation>
    </message>
    <message>
        <source>Bosted skjult for foreldrene: {children}. Ikke si eller skriv hvor barnet bor til foreldrene eller andre.</source>
        <translation>Bustad skjult for foreldra: {children}. Ikkje sei eller skriv kvar barnet bur, til foreldra eller andre.</translation>
    </message>
    <message>
        <source>Ingen samværsplan registrert.</source>
        <translation>Ingen samværsplan registrert.</translation>
    </message>
    <message>
        <source>Åpne samvær</source>
        <translation>Opne samvær</translation>
    </message>
    <message>
        <source>Fødselsnummer/D-nummer</source>
        <translation>Fødselsnummer/D-nummer</translation>
    </message>
    <message>
        <source>Fødselsdato</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Adressesperre</source>
        <translation>Adressesperre</translation>
    </message>
    <message>
        <source>Skriftspråk</source>
        <translation>Skriftspråk</translation>
    </message>
    <message>
        <source>Tolk</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Notater</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Rediger forelder</source>
        <translation>Rediger forelder</translation>
    </message>
    <message>
        <source>Legg til barn</source>
        <translation>Legg til barn</translation>
    </message>
    <message>
        <source>Koble til et registrert barn</source>
        <translation>Kople til eit registrert barn</translation>
    </message>
    <message>
        <source>Innsyn: alt om forelderen …</source>
        <translation>Innsyn: alt om forelderen …</translation>
    </message>
    <message>
        <source>Innsyn: hvem har sett opplysningene …</source>
        <translation>Innsyn: kven har sett opplysningane …</translation>
    </message>
    <message>
        <source>Ingen frister.</source>
        <translation>Ingen fristar.</translation>
    </message>
    <message>
        <source>utført {date}</source>
        <translation>utført {date}</translation>
    </message>
    <message>
        <source>forfalt</source>
        <translation>over fristen</translation>
    </message>
    <message>
        <source>åpen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Barn og plasseringer</source>
        <translation>Barn og plasseringar</translation>
    </message>
    <message>
        <source>Ingen barn registrert.</source>
        <translation>Ingen barn registrerte.</translation>
    </message>
    <message>
        <source> (uten foreldreansvar)</source>
        <translation> (utan foreldreansvar)</translation>
    </message>
    <message>
        <source>Rediger barn</source>
        <translation>Rediger barn</translation>
    </message>
    <message>
        <source>Ny plassering</source>
        <translation>Ny plassering</translation>
    </message>
    <message>
        <source>pågår</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>Rediger</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Søk etter navn, barn eller plassering (Ctrl+F)</source>
        <translation>Søk etter namn, barn eller plassering (Ctrl+F)</translation>
    </message>
    <message>
        <source>Søk i foreldre</source>
        <translation>Søk i foreldre</translation>
    </message>
    <message>
        <source>&amp;Ny forelder</source>
        <translation>&amp;Ny forelder</translation>
    </message>
    <message>
        <source>Ny forelder</source>
        <translation>Ny forelder</translation>
    </message>
    <message>
        <source>Foreldre</source>
        <translation>Foreldre</translation>
    </message>
    <message>
        <source>Opplysninger om forelderen</source>
        <translation>Opplysningar om forelderen</translation>
    </message>
    <message numerus="yes">
        <source>%n foreldre</source>
        <translation>
            <numerusform>%n forelder</numerusform>
            <numerusform>%n foreldre</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} av {everyone} vises</source>
        <translation>Viser {shown} av {everyone}</translation>
    </message>
    <message>
        <source>Ingen i listen passer med søket.</source>
        <translation>Ingen i lista passar med søket.</translation>
    </message>
    <message>
        <source>Velg en forelder i listen.</source>
        <translation>Vel ein forelder i lista.</translation>
    </message>
    <message>
        <source>Ingen forelder valgt</source>
        <translation>Ingen forelder vald</translation>
    </message>
    <message>
        <source>Når barnet flytter hjem, kommer en frist i Oversikt for å følge opp familien etter flyttingen.</source>
        <translation>Når barnet flyttar heim, kjem det ein frist i Oversikt for å følgje opp familien etter flyttinga.</translation>
    </message>
    <message>
        <source>Ettervern (hjelp etter fylte 18 år, til 25 år) er et eget spørsmål, ikke en årsak til slutt. Oversikt minner om det før barnet fyller 18 år.</source>
        <translation>Ettervern (hjelp etter fylte 18 år, til 25 år) er eit eige spørsmål, ikkje ei årsak til slutt. Oversikt minner om det før barnet fyller 18 år.</translation>
    </message>
    <message>
        <source>Rediger plassering</source>
        <translation>Rediger plassering</translation>
    </message>
    <message>
        <source>&amp;Grunnlag</source>
        <translation>&amp;Grunnlag</translation>
    </message>
    <message>
        <source>&amp;Type tiltak</source>
        <translation>&amp;Type tiltak</translation>
    </message>
    <message>
        <source>&amp;Sted (valgfritt)</source>
        <translation>&amp;Stad (valfritt)</translation>
    </message>
    <message>
        <source>&amp;Fosterforeldre / kontaktperson</source>
        <translation>&amp;Fosterforeldre / kontaktperson</translation>
    </message>
    <message>
        <source>Adr&amp;esse</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <source>&amp;Kommune</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Start&amp;dato</source>
        <translation>Start&amp;dato</translation>
    </message>
    <message>
        <source>S&amp;luttdato</source>
        <translation>S&amp;luttdato</translation>
    </message>
    <message>
        <source>Å&amp;rsak til slutt</source>
        <translation>Å&amp;rsak til slutt</translation>
    </message>
    <message>
        <source>Bostedet skal være skjult for foreldrene</source>
        <translation>Bustaden skal vere skjult for foreldra</translation>
    </message>
    <message>
        <source>Stedet, kommunen, fosterforeldrenes navn, adressen og telefonen kommer da ikke med i noe dokument til foreldrene eller til andre tjenester.</source>
        <translation>Staden, kommunen, namna på fosterforeldra, adressa og telefonen kjem då ikkje med i noko dokument til foreldra eller til andre tenester.</translation>
    </message>
    <message>
        <source>Sperret &amp;bosted</source>
        <translation>Sperra &amp;bustad</translation>
    </message>
    <message>
        <source>&amp;Vedtaksdato</source>
        <translation>&amp;Vedtaksdato</translation>
    </message>
    <message>
        <source>Grunnlag for &amp;sperren</source>
        <translation>Grunnlag for &amp;sperra</translation>
    </message>
    <message>
        <source>F.eks. fylkesnemndas vedtak, dato og saksnummer</source>
        <translation>T.d. vedtaket frå fylkesnemnda, dato og saksnummer</translation>
    </message>
    <message>
        <source>&amp;Fornavn</source>
        <translation>&amp;Førenamn</translation>
    </message>
    <message>
        <source>&amp;Etternavn</source>
        <translation>&amp;Etternamn</translation>
    </message>
    <message>
        <source>Fødselsnummer/&amp;D-nummer</source>
        <translation>Fødselsnummer/&amp;D-nummer</translation>
    </message>
    <message>
        <source>11 siffer – kan stå tomt</source>
        <translation>11 siffer – kan stå tomt</translation>
    </message>
    <message>
        <source>Kjent</source>
        <translation>Kjend</translation>
    </message>
    <message>
        <source>Fødsels&amp;dato</source>
        <translation>Fødsels&amp;dato</translation>
    </message>
    <message>
        <source>&amp;Postnummer</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>Post&amp;sted</source>
        <translation>Post&amp;stad</translation>
    </message>
    <message>
        <source>Adresse&amp;sperre</source>
        <translation>Adresse&amp;sperre</translation>
    </message>
    <message>
        <source>Fortrolig eller strengt fortrolig adresse i Folkeregisteret: adressen kommer bare med i dokumenter til forelderen selv.</source>
        <translation>Fortruleg eller strengt fortruleg adresse i Folkeregisteret: adressa kjem berre med i dokument til forelderen sjølv.</translation>
    </message>
    <message>
        <source>Foretrukket &amp;språk</source>
        <translation>Føretrekt &amp;språk</translation>
    </message>
    <message>
        <source>Språket forelderen snakker best.</source>
        <translation>Språket forelderen snakkar best.</translation>
    </message>
    <message>
        <source>Foretrukket skr&amp;iftspråk</source>
        <translation>Føretrekt skr&amp;iftspråk</translation>
    </message>
    <message>
        <source>Språket forelderen leser best. Brev og dokumenter til forelderen lages på dette språket der de finnes på det, ellers på kontorets målform.</source>
        <translation>Språket forelderen les best. Brev og dokument til forelderen blir laga på dette språket der dei finst på det, elles på målforma til kontoret.</translation>
    </message>
    <message>
        <source>Trenger tolk</source>
        <translation>Treng tolk</translation>
    </message>
    <message>
        <source>Tolkespr&amp;åk</source>
        <translation>Tolkespr&amp;åk</translation>
    </message>
    <message>
        <source>Tolkens &amp;kategori</source>
        <translation>&amp;Kategorien til tolken</translation>
    </message>
    <message>
        <source>St&amp;øtteperson</source>
        <translation>St&amp;øtteperson</translation>
    </message>
    <message>
        <source>&amp;Notater</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <source>Nytt barn</source>
        <translation>Nytt barn</translation>
    </message>
    <message>
        <source>&amp;Saksnummer i fagsystemet</source>
        <translation>&amp;Saksnummer i fagsystemet</translation>
    </message>
    <message>
        <source>Forelderens &amp;rolle</source>
        <translation>&amp;Rolla til forelderen</translation>
    </message>
    <message>
        <source>Har foreldreansvar</source>
        <translation>Har foreldreansvar</translation>
    </message>
    <message>
        <source>Foreldre&amp;ansvar</source>
        <translation>Foreldre&amp;ansvar</translation>
    </message>
    <message>
        <source>Koble til barn</source>
        <translation>Kople til barn</translation>
    </message>
    <message>
        <source>Velg et barn.</source>
        <translation>Vel eit barn.</translation>
    </message>
    <message>
        <source>Vil du velge en sikkerhetskopi å gjenopprette nå?</source>
        <translation>Vil du velje ein tryggingskopi å gjenopprette no?</translation>
    </message>
    <message>
        <source>Velg mappe eller minnepinne for sikkerhetskopien</source>
        <translation>Vel mappe eller minnepinne for tryggingskopien</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er tatt og kontrollert:
{name} ({size})
i {folder}

Oppbevar den på et kryptert medium eller kommunens filserver.</source>
        <translation>Tryggingskopien er teken og kontrollert:
{name} ({size})
i {folder}

Oppbevar han på eit kryptert medium eller på filtenaren til kommunen.</translation>
    </message>
    <message>
        <source>Velg sikkerhetskopien som skal gjenopprettes</source>
        <translation>Vel tryggingskopien som skal gjenopprettast</translation>
    </message>
    <message>
        <source>Gjenoppretter fra sikkerhetskopien …</source>
        <translation>Gjenopprettar frå tryggingskopien …</translation>
    </message>
    <message>
        <source>Sikkerhetskopien fra {made} er gjenopprettet.</source>
        <translation>Tryggingskopien frå {made} er gjenoppretta.</translation>
    </message>
    <message>
        <source>Databasen som var i bruk, er ikke slettet. Den ligger i
{place}</source>
        <translation>Databasen som var i bruk, er ikkje sletta. Han ligg i
{place}</translation>
    </message>
    <message>
        <source>Lås opp med passordet som gjaldt da sikkerhetskopien ble tatt, eller med gjenopprettingsnøkkelen.</source>
        <translation>Lås opp med passordet som galdt då tryggingskopien vart teken, eller med gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>Databasen er ikke erstattet. Lås opp som før.</source>
        <translation>Databasen er ikkje erstatta. Lås opp som før.</translation>
    </message>
    <message>
        <source>Kontrollerer hele databasen …</source>
        <translation>Kontrollerer heile databasen …</translation>
    </message>
    <message>
        <source>Kontakter i kontaktloggen</source>
        <translation>Kontaktar i kontaktloggen</translation>
    </message>
    <message>
        <source>Lagrede dokumenter</source>
        <translation>Lagra dokument</translation>
    </message>
    <message>
        <source>Møter i ansvarsgrupper</source>
        <translation>Møte i ansvarsgrupper</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>Jeg vet at dette er en annen database, og vil likevel erstatte den som er i bruk.</source>
        <translation>Eg veit at dette er ein annan database, og vil likevel erstatte den som er i bruk.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sikkerhetskopi av en annen database.&lt;/b&gt; Den er ikke tatt av databasen som er i bruk her, men av en annen (et annet kontor eller en annen installasjon). Gjenoppretter du den, er det den andre databasen du arbeider i etterpå.</source>
        <translation>&lt;b&gt;Tryggingskopi av ein annan database.&lt;/b&gt; Han er ikkje teken av databasen som er i bruk her, men av ein annan (eit anna kontor eller ein annan installasjon). Gjenopprettar du han, er det den andre databasen du arbeider i etterpå.</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Åtvaring</translation>
    </message>
    <message>
        <source>Sikkerhetskopien inneholder:</source>
        <translation>Tryggingskopien inneheld:</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Tatt:</source>
        <translation>Teken:</translation>
    </message>
    <message>
        <source>Tatt</source>
        <translation>Teken</translation>
    </message>
    <message>
        <source>Størrelse:</source>
        <translation>Storleik:</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Innhald</translation>
    </message>
    <message>
        <source>Databasen som er i bruk nå, slettes ikke: den flyttes til side i mappen {folder}. bufapp låses, og du låser opp med passordet som gjaldt da sikkerhetskopien ble tatt (eller med gjenopprettingsnøkkelen).</source>
        <translation>Databasen som er i bruk no, blir ikkje sletta: han blir flytta til side i mappa {folder}. bufapp blir låst, og du låser opp med passordet som galdt då tryggingskopien vart teken (eller med gjenopprettingsnøkkelen).</translation>
    </message>
    <message>
        <source>Hva som skjer</source>
        <translation>Kva som skjer</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>Hvor mange foreldre, kontakter og dokumenter den inneholder, kan ikke vises: den kan bare åpnes med passordet til den andre databasen.</source>
        <translation>Kor mange foreldre, kontaktar og dokument han inneheld, kan ikkje visast: han kan berre opnast med passordet til den andre databasen.</translation>
    </message>
    <message>
        <source>Hvor mange foreldre, kontakter og dokumenter den inneholder, vises ikke før databasen er låst opp.</source>
        <translation>Kor mange foreldre, kontaktar og dokument han inneheld, blir ikkje vist før databasen er låst opp.</translation>
    </message>
    <message>
        <source>Kontroll av databasen</source>
        <translation>Kontroll av databasen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Databasen er hel.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Databasen er heil.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Databasen er skadet.&lt;/b&gt; Ikke skriv mer i den. Gjenopprett fra siste sikkerhetskopi og kontakt IT. Dette ble funnet:</source>
        <translation>&lt;b&gt;Databasen er skadd.&lt;/b&gt; Ikkje skriv meir i han. Gjenopprett frå siste tryggingskopi og kontakt IT. Dette vart funne:</translation>
    </message>
    <message>
        <source>Funne feil</source>
        <translation>Feil som vart funne</translation>
    </message>
    <message>
        <source>Kontrollert: hver kryptert side, databasens oppbygning, koblingene mellom opplysningene, begge kopiene av nøkkelfilen og revisjonsloggens kjede.</source>
        <translation>Kontrollert: kvar kryptert side, oppbygginga av databasen, koplingane mellom opplysningane, begge kopiane av nøkkelfila og kjeda i revisjonsloggen.</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
        <translation>&amp;Gjenopprett frå tryggingskopi …</translation>
    </message>
    <message>
        <source>aldri</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>i går</source>
        <translation>i går</translation>
    </message>
    <message>
        <source>for {n} dager siden</source>
        <translation>for {n} dagar sidan</translation>
    </message>
    <message>
        <source>Siste sikkerhetskopi</source>
        <translation>Siste tryggingskopi</translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi nå</source>
        <translation>Ta tryggingskopi no</translation>
    </message>
    <message>
        <source>Siste sikkerhetskopi: {when}</source>
        <translation>Siste tryggingskopi: {when}</translation>
    </message>
    <message>
        <source>Advarsel: det er mer enn {n} dager siden siste sikkerhetskopi, eller det finnes ingen. Trykk for å ta en nå.</source>
        <translation>Åtvaring: det er meir enn {n} dagar sidan siste tryggingskopi, eller det finst ingen. Trykk for å ta ein no.</translation>
    </message>
    <message>
        <source>Trykk for å ta en ny sikkerhetskopi.</source>
        <translation>Trykk for å ta ein ny tryggingskopi.</translation>
    </message>
    <message>
        <source>Sikkerhetskopi fra bufapp (*.bufbackup);;Alle filer (*)</source>
        <translation>Tryggingskopi frå bufapp (*.bufbackup);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Tar sikkerhetskopi og kontrollerer den …</source>
        <translation>Tek tryggingskopi og kontrollerer han …</translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation>Tryggingskopi</translation>
    </message>
    <message>
        <source>Fremdrift for sikkerhetskopien</source>
        <translation>Framdrift for tryggingskopien</translation>
    </message>
    <message>
        <source>Kontrollerer sikkerhetskopien …</source>
        <translation>Kontrollerer tryggingskopien …</translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation>Stansar …</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <source>Databasen krypteres på nytt med en ny, tilfeldig datanøkkel, slik at en nøkkel eller et nøkkelark som kan ha kommet på avveie, ikke lenger åpner den. Passordet ditt er det samme, men du får en ny gjenopprettingsnøkkel som du skriver ut og bekrefter; den gamle slutter å virke.

Sikkerhetskopier tatt før i dag åpnes fortsatt med det som gjaldt da. Ta en ny sikkerhetskopi etterpå og slett de gamle hvis de kan ha vært eksponert.</source>
        <translation>Databasen blir kryptert på nytt med ein ny, tilfeldig datanøkkel, slik at ein nøkkel eller eit nøkkelark som kan ha kome på avvegar, ikkje lenger opnar han. Passordet ditt er det same, men du får ein ny gjenopprettingsnøkkel som du skriv ut og stadfestar; den gamle sluttar å verke.

Tryggingskopiar tekne før i dag blir framleis opna med det som galdt då. Ta ein ny tryggingskopi etterpå og slett dei gamle dersom dei kan ha vore eksponerte.</translation>
    </message>
    <message>
        <source>Bytt datanøkkel</source>
        <translation>Byt datanøkkel</translation>
    </message>
    <message>
        <source>Passord</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Skriv &amp;passordet ditt for å bekrefte:</source>
        <translation>Skriv &amp;passordet ditt for å stadfeste:</translation>
    </message>
    <message>
        <source>&amp;Bytt datanøkkel &gt;</source>
        <translation>&amp;Byt datanøkkel &gt;</translation>
    </message>
    <message>
        <source>Ny gjenopprettingsnøkkel</source>
        <translation>Ny gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Bytter datanøkkel og krypterer databasen på nytt … Det kan ta noen minutter.</source>
        <translation>Byter datanøkkel og krypterer databasen på nytt … Det kan ta nokre minutt.</translation>
    </message>
    <message>
        <source>Bytter datanøkkel</source>
        <translation>Byter datanøkkel</translation>
    </message>
    <message>
        <source>Bytt passord</source>
        <translation>Byt passord</translation>
    </message>
    <message>
        <source>&amp;Nåværende passord</source>
        <translation>&amp;Noverande passord</translation>
    </message>
    <message>
        <source>Nåværende passord stemmer ikke.</source>
        <translation>Det noverande passordet stemmer ikkje.</translation>
    </message>
    <message>
        <source>Passordet er byttet. Gjenopprettingsnøkkelen gjelder fortsatt.</source>
        <translation>Passordet er bytt. Gjenopprettingsnøkkelen gjeld framleis.</translation>
    </message>
    <message>
        <source>Kalibrer på nytt</source>
        <translation>Kalibrer på nytt</translation>
    </message>
    <message>
        <source>Passordet ditt:</source>
        <translation>Passordet ditt:</translation>
    </message>
    <message>
        <source>Ferdig: {mib} MiB minne, {rounds} – omtrent {s:.1f} sekunder per opplåsing.</source>
        <translation>Ferdig: {mib} MiB minne, {rounds} – om lag {s:.1f} sekund per opplåsing.</translation>
    </message>
    <message numerus="yes">
        <source>%n runder</source>
        <translation>
            <numerusform>%n runde</numerusform>
            <numerusform>%n rundar</numerusform>
        </translation>
    </message>
    <message>
        <source>Kalibreringen mislyktes.</source>
        <translation>Kalibreringa gjekk ikkje.</translation>
    </message>
    <message>
        <source>Nytt &amp;passord</source>
        <translation>Nytt &amp;passord</translation>
    </message>
    <message>
        <source>&amp;Gjenta passordet</source>
        <translation>&amp;Gjenta passordet</translation>
    </message>
    <message>
        <source>Passordstyrke</source>
        <translation>Passordstyrke</translation>
    </message>
    <message>
        <source>Styrke</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <source>Minst 10 tegn, og vanskelig å gjette: flere ord som ikke hører sammen, gjerne en hel setning. Navn, årstall og vanlige ord alene er lette å gjette.</source>
        <translation>Minst 10 teikn, og vanskeleg å gjette: fleire ord som ikkje høyrer saman, gjerne ei heil setning. Namn, årstal og vanlege ord åleine er lette å gjette.</translation>
    </message>
    <message>
        <source>Gjenopprett tilgang</source>
        <translation>Gjenopprett tilgang</translation>
    </message>
    <message>
        <source>Skriv gjenopprettingsnøkkelen fra arket du fikk da databasen ble opprettet (8 grupper à 5 tegn), og velg et nytt passord. Store og små bokstaver spiller ingen rolle.</source>
        <translation>Skriv gjenopprettingsnøkkelen frå arket du fekk då databasen vart oppretta (8 grupper à 5 teikn), og vel eit nytt passord. Store og små bokstavar spelar inga rolle.</translation>
    </message>
    <message>
        <source>Gjenopprettings&amp;nøkkel</source>
        <translation>Gjenopprettings&amp;nøkkel</translation>
    </message>
    <message>
        <source>Lås opp og sett nytt passord</source>
        <translation>Lås opp og set nytt passord</translation>
    </message>
    <message>
        <source>Du får en ny gjenopprettingsnøkkel som du skriver ut eller skriver av, og bekrefter. Den gamle nøkkelen slutter å virke med en gang, også på papir du har fra før.

Vil du lage en ny nøkkel nå?</source>
        <translation>Du får ein ny gjenopprettingsnøkkel som du skriv ut eller skriv av, og stadfestar. Den gamle nøkkelen sluttar å verke med ein gong, òg på papir du har frå før.

Vil du lage ein ny nøkkel no?</translation>
    </message>
    <message>
        <source>Gjenopprettingsnøkkelen er ikke bekreftet</source>
        <translation>Gjenopprettingsnøkkelen er ikkje stadfesta</translation>
    </message>
    <message>
        <source>Lag og bekreft ny gjenopprettingsnøkkel …</source>
        <translation>Lag og stadfest ny gjenopprettingsnøkkel …</translation>
    </message>
    <message>
        <source>Advarsel: nøkkelen er ikke skrevet inn igjen, så det er ikke sikkert at den virker. Trykk for å lage og bekrefte en ny.</source>
        <translation>Åtvaring: nøkkelen er ikkje skriven inn igjen, så det er ikkje sikkert at han verkar. Trykk for å lage og stadfeste ein ny.</translation>
    </message>
    <message>
        <source>Lag og bekreft &amp;ny gjenopprettingsnøkkel …</source>
        <translation>Lag og stadfest &amp;ny gjenopprettingsnøkkel …</translation>
    </message>
    <message>
        <source>Bytt &amp;datanøkkel …</source>
        <translation>Byt &amp;datanøkkel …</translation>
    </message>
    <message>
        <source>&amp;Ny gjenopprettingsnøkkel …</source>
        <translation>&amp;Ny gjenopprettingsnøkkel …</translation>
    </message>
    <message>
        <source>Lag ny nøkkel</source>
        <translation>Lag ny nøkkel</translation>
    </message>
    <message>
        <source>Du har ikke bekreftet gjenopprettingsnøkkelen. Er den skrevet av feil, kan ingen åpne journalene hvis du glemmer passordet.

Databasen kan brukes likevel, men bufapp minner deg på dette til du har laget og bekreftet en ny nøkkel (Fil → Lag og bekreft ny gjenopprettingsnøkkel …).

Vil du avslutte uten å bekrefte nøkkelen?</source>
        <translation>Du har ikkje stadfesta gjenopprettingsnøkkelen. Er han skriven av feil, kan ingen opne journalane dersom du gløymer passordet.

Databasen kan brukast likevel, men bufapp minner deg på dette til du har laga og stadfesta ein ny nøkkel (Fil → Lag og stadfest ny gjenopprettingsnøkkel …).

Vil du avslutte utan å stadfeste nøkkelen?</translation>
    </message>
    <message>
        <source>&amp;Neste &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Tilbake</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>Bekreftelsen kunne ikke lagres: {reason}
Prøv igjen.</source>
        <translation>Stadfestinga kunne ikkje lagrast: {reason}
Prøv igjen.</translation>
    </message>
    <message>
        <source>Avslutt uten å bekrefte</source>
        <translation>Avslutt utan å stadfeste</translation>
    </message>
    <message>
        <source>Gå tilbake og bekreft</source>
        <translation>Gå tilbake og stadfest</translation>
    </message>
    <message>
        <source>Vises bare til du har bekreftet den. Den lagres ikke noe sted.</source>
        <translation>Blir berre vist til du har stadfesta han. Han blir ikkje lagra nokon stad.</translation>
    </message>
    <message>
        <source>&amp;Skriv ut nøkkelen …</source>
        <translation>&amp;Skriv ut nøkkelen …</translation>
    </message>
    <message>
        <source>Skriv ut nøkkelen eller skriv den av for hånd, og oppbevar den innelåst, adskilt fra PC-en. Med den kan du åpne databasen hvis du glemmer passordet. Mistes både passord og nøkkel, kan ingen – heller ikke IT – åpne journalene igjen.</source>
        <translation>Skriv ut nøkkelen eller skriv han av for hand, og oppbevar han innelåst, skild frå PC-en. Med han kan du opne databasen dersom du gløymer passordet. Blir både passord og nøkkel borte, kan ingen – heller ikkje IT – opne journalane igjen.</translation>
    </message>
    <message>
        <source>Jeg har tatt vare på nøkkelen &gt;</source>
        <translation>Eg har teke vare på nøkkelen &gt;</translation>
    </message>
    <message>
        <source>Nøkkelen kunne ikke lages.</source>
        <translation>Nøkkelen kunne ikkje lagast.</translation>
    </message>
    <message>
        <source>Dette er gjenopprettingsnøkkelen din, i 8 grupper à 5 tegn:</source>
        <translation>Dette er gjenopprettingsnøkkelen din, i 8 grupper à 5 teikn:</translation>
    </message>
    <message>
        <source>Bekreft nøkkelen</source>
        <translation>Stadfest nøkkelen</translation>
    </message>
    <message>
        <source>Skriv gruppe {a} og {b} fra nøkkelen du tok vare på. Trykk «Tilbake» for å se nøkkelen igjen.</source>
        <translation>Skriv gruppe {a} og {b} frå nøkkelen du tok vare på. Trykk «Tilbake» for å sjå nøkkelen igjen.</translation>
    </message>
    <message>
        <source>Gjenopprettingsnøkkel</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Gruppe {n}</source>
        <translation>Gruppe {n}</translation>
    </message>
    <message>
        <source>Gruppe &amp;{n}</source>
        <translation>Gruppe &amp;{n}</translation>
    </message>
    <message>
        <source>Gruppe {n} stemmer ikke med nøkkelen. Se etter skrivefeil, eller trykk «Tilbake» for å se nøkkelen igjen.</source>
        <translation>Gruppe {n} stemmer ikkje med nøkkelen. Sjå etter skrivefeil, eller trykk «Tilbake» for å sjå nøkkelen igjen.</translation>
    </message>
    <message>
        <source>Gruppe {n} har 5 tegn, men du har skrevet {typed}.</source>
        <translation>Gruppe {n} har 5 teikn, men du har skrive {typed}.</translation>
    </message>
    <message>
        <source>Lager en ny nøkkel …</source>
        <translation>Lagar ein ny nøkkel …</translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation>&amp;Ferdig</translation>
    </message>
    <message>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Kontoret</source>
        <translation>Kontoret</translation>
    </message>
    <message>
        <source>&amp;Kommune/tjeneste</source>
        <translation>&amp;Kommune/teneste</translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Organisasjonsnummer</source>
        <translation>&amp;Organisasjonsnummer</translation>
    </message>
    <message>
        <source>&amp;Telefon (sentralbord)</source>
        <translation>&amp;Telefon (sentralbord)</translation>
    </message>
    <message>
        <source>&amp;E-post (postmottak)</source>
        <translation>&amp;E-post (postmottak)</translation>
    </message>
    <message>
        <source>Saksbehandler – står i alle brev</source>
        <translation>Sakshandsamar – står i alle brev</translation>
    </message>
    <message>
        <source>Nav&amp;n</source>
        <translation>Nam&amp;n</translation>
    </message>
    <message>
        <source>&amp;Direkte telefon</source>
        <translation>&amp;Direkte telefon</translation>
    </message>
    <message>
        <source>Enhver gjennomført samtale</source>
        <translation>Kvar gjennomførte samtale</translation>
    </message>
    <message>
        <source>Avkrysset: enhver gjennomført samtale teller som første samtale, tilbudt og gjennomført. Ellers teller bare en kontakt med temaet «Første samtale»: et brev eller en SMS som tilbud, en samtale som gjennomført.</source>
        <translation>Kryssa av: kvar gjennomførte samtale tel som første samtale, både tilboden og gjennomført. Elles tel berre ein kontakt med temaet «Første samtale»: eit brev eller ein SMS som tilbod, ein samtale som gjennomført.</translation>
    </message>
    <message>
        <source>E-&amp;post</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <source>Arbeid og sikkerhet</source>
        <translation>Arbeid og tryggleik</translation>
    </message>
    <message>
        <source>Lås &amp;automatisk etter</source>
        <translation>Lås &amp;automatisk etter</translation>
    </message>
    <message>
        <source> min uten bruk</source>
        <translation> min utan bruk</translation>
    </message>
    <message>
        <source>&amp;Første samtale tilbudt innen</source>
        <translation>&amp;Første samtale tilboden innan</translation>
    </message>
    <message>
        <source> dager etter plassering</source>
        <translation> dagar etter plassering</translation>
    </message>
    <message>
        <source>Retningslinjen (Q-1157, kap. B) sier at foreldrene skal tilbys en samtale innen to uker etter plasseringen. Loven sier bare «kort tid». Et brev eller en SMS med tilbudet holder for fristen; samtalen følges så opp som egen frist, like mange dager etter tilbudet.</source>
        <translation>Retningslinja (Q-1157, kap. B) seier at foreldra skal få tilbod om ein samtale innan to veker etter plasseringa. Lova seier berre «kort tid». Eit brev eller ein SMS med tilbodet held for fristen; samtalen blir så følgd opp som ein eigen frist, like mange dagar etter tilbodet.</translation>
    </message>
    <message>
        <source>Første samtale &amp;gjelder</source>
        <translation>Første samtale &amp;gjeld</translation>
    </message>
    <message>
        <source>&amp;Bytt passord …</source>
        <translation>&amp;Byt passord …</translation>
    </message>
    <message>
        <source>&amp;Kalibrer nøkkelutledning på nytt …</source>
        <translation>&amp;Kalibrer nøkkelutleiing på nytt …</translation>
    </message>
    <message>
        <source>Gjør passordsjekken passe treg (0,5–1 s) på denne maskinen.</source>
        <translation>Gjer passordsjekken passe treg (0,5–1 s) på denne maskina.</translation>
    </message>
    <message>
        <source>Mer enn {days}: retningslinjen (Q-1157, kap. B) sier at første samtale skal tilbys innen to uker etter plasseringen. Det er en faglig norm, ikke en frist i loven – loven sier «kort tid». Du kan likevel lagre.</source>
        <translation>Meir enn {days}: retningslinja (Q-1157, kap. B) seier at foreldra skal få tilbod om første samtale innan to veker etter plasseringa. Det er ein fagleg norm, ikkje ein frist i lova – lova seier «kort tid». Du kan likevel lagre.</translation>
    </message>
    <message>
        <source>Velkommen til bufapp</source>
        <translation>Velkomen til bufapp</translation>
    </message>
    <message>
        <source>Først litt om kontoret og deg. Dette står i brevhodet og i hvert brev du skriver ut, slik at mottakeren vet hvem som kan kontaktes.</source>
        <translation>Først litt om kontoret og deg. Dette står i brevhovudet og i kvart brev du skriv ut, slik at mottakaren veit kven som kan kontaktast.</translation>
    </message>
    <message>
        <source>Barnevernstjenesten i … kommune</source>
        <translation>Barnevernstenesta i … kommune</translation>
    </message>
    <message>
        <source>&amp;Ditt navn (saksbehandler)</source>
        <translation>&amp;Namnet ditt (sakshandsamar)</translation>
    </message>
    <message>
        <source>Din direkte tele&amp;fon</source>
        <translation>Din direkte tele&amp;fon</translation>
    </message>
    <message>
        <source>Din e-&amp;post</source>
        <translation>Di e-&amp;post</translation>
    </message>
    <message>
        <source>Velg passord</source>
        <translation>Vel passord</translation>
    </message>
    <message>
        <source>Passordet låser opp den krypterte databasen. Ingen andre kjenner det.</source>
        <translation>Passordet låser opp den krypterte databasen. Ingen andre kjenner det.</translation>
    </message>
    <message>
        <source>Opprett database</source>
        <translation>Opprett database</translation>
    </message>
    <message>
        <source>Sett opp bufapp</source>
        <translation>Set opp bufapp</translation>
    </message>
    <message>
        <source>Oppretter kryptert database …</source>
        <translation>Opprettar kryptert database …</translation>
    </message>
    <message>
        <source>&amp;Start bufapp</source>
        <translation>&amp;Start bufapp</translation>
    </message>
    <message>
        <source>Databasen kunne ikke opprettes ({kind}).</source>
        <translation>Databasen kunne ikkje opprettast ({kind}).</translation>
    </message>
    <message>
        <source>bufapp er låst</source>
        <translation>bufapp er låst</translation>
    </message>
    <message>
        <source>Database: {place}</source>
        <translation>Database: {place}</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&amp;Lås opp</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <source>&amp;Glemt passordet?</source>
        <translation>&amp;Gløymt passordet?</translation>
    </message>
    <message>
        <source>&amp;Passord:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Skriv passordet ditt.</source>
        <translation>Skriv passordet ditt.</translation>
    </message>
    <message>
        <source>Låser opp …</source>
        <translation>Låser opp …</translation>
    </message>
    <message>
        <source>Passordet stemmer ikke. Prøv igjen – sjekk gjerne Caps Lock.</source>
        <translation>Passordet stemmer ikkje. Prøv igjen – sjekk gjerne Caps Lock.</translation>
    </message>
    <message>
        <source>Du kan prøve igjen om {s} sekunder.</source>
        <translation>Du kan prøve igjen om {s} sekund.</translation>
    </message>
    <message>
        <source>Evalueringen fører til ny plan. Vil du lage den nye versjonen nå?</source>
        <translation>Evalueringa fører til ny plan. Vil du lage den nye versjonen no?</translation>
    </message>
    <message>
        <source>Forelder: {name} · barn: {child}</source>
        <translation>Forelder: {name} · barn: {child}</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>ikke skrevet</source>
        <translation>ikkje fylt ut</translation>
    </message>
    <message>
        <source>Registrer samvær</source>
        <translation>Registrer samvær</translation>
    </message>
    <message>
        <source>&amp;Hvordan gikk det</source>
        <translation>&amp;Korleis gjekk det</translation>
    </message>
    <message>
        <source>Holdt &amp;dato</source>
        <translation>Halde &amp;den</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timar</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Tilsyns&amp;førers notat</source>
        <translation>Notatet til tilsyns&amp;føraren</translation>
    </message>
    <message>
        <source>Forelderen trengte mest å snakke med en voksen</source>
        <translation>Forelderen trong mest å snakke med ein vaksen</translation>
    </message>
    <message>
        <source>S&amp;amtale</source>
        <translation>S&amp;amtale</translation>
    </message>
    <message>
        <source>Avlyst &amp;av</source>
        <translation>Avlyst &amp;av</translation>
    </message>
    <message>
        <source>&amp;Hvorfor</source>
        <translation>&amp;Kvifor</translation>
    </message>
    <message>
        <source>Evaluering av samværsplanen</source>
        <translation>Evaluering av samværsplanen</translation>
    </message>
    <message>
        <source>&amp;Barnet</source>
        <translation>&amp;Barnet</translation>
    </message>
    <message>
        <source>&amp;Forelderen</source>
        <translation>&amp;Forelderen</translation>
    </message>
    <message>
        <source>Fosterforeldrene / &amp;institusjonen</source>
        <translation>Fosterforeldra / &amp;institusjonen</translation>
    </message>
    <message>
        <source>&amp;Tilsynsfører</source>
        <translation>&amp;Tilsynsførar</translation>
    </message>
    <message>
        <source>&amp;Konklusjon</source>
        <translation>&amp;Konklusjon</translation>
    </message>
    <message>
        <source>Evalueringen fører til ny plan</source>
        <translation>Evalueringa fører til ny plan</translation>
    </message>
    <message>
        <source>&amp;Ny plan</source>
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <source>Reisestøtte</source>
        <translation>Reisestøtte</translation>
    </message>
    <message>
        <source>&amp;Søkt</source>
        <translation>&amp;Søkt</translation>
    </message>
    <message>
        <source>&amp;Beløp</source>
        <translation>&amp;Beløp</translation>
    </message>
    <message>
        <source>For eksempel: bussbillett tur-retur</source>
        <translation>Til dømes: bussbillett tur-retur</translation>
    </message>
    <message>
        <source>Ikke knyttet til ett samvær</source>
        <translation>Ikkje knytt til eitt samvær</translation>
    </message>
    <message>
        <source>Sa&amp;mvær</source>
        <translation>Sa&amp;mvær</translation>
    </message>
    <message>
        <source>&amp;Vedtak</source>
        <translation>&amp;Vedtak</translation>
    </message>
    <message>
        <source>Avgjort</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <source>&amp;Innvilget beløp</source>
        <translation>&amp;Innvilga beløp</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>{name}: antall</source>
        <translation>{name}: tal</translation>
    </message>
    <message>
        <source>{name}: per</source>
        <translation>{name}: per</translation>
    </message>
    <message>
        <source>ikke satt</source>
        <translation>ikkje sett</translation>
    </message>
    <message>
        <source>{name}: timer hver gang</source>
        <translation>{name}: timar kvar gong</translation>
    </message>
    <message>
        <source>ganger per</source>
        <translation>gonger per</translation>
    </message>
    <message>
        <source>timer hver gang:</source>
        <translation>timar kvar gong:</translation>
    </message>
    <message>
        <source>Avtalt med forelderen</source>
        <translation>Avtalt med forelderen</translation>
    </message>
    <message>
        <source>Avtalt dato</source>
        <translation>Avtalt dato</translation>
    </message>
    <message>
        <source>Neste samvær</source>
        <translation>Neste samvær</translation>
    </message>
    <message>
        <source>Evaluer samværsplanen med barnet, forelderen, fosterhjemmet og tilsynsfører</source>
        <translation>Evaluer samværsplanen med barnet, forelderen, fosterheimen og tilsynsføraren</translation>
    </message>
    <message>
        <source>Samværsplanen har ikke noe formål – samværet vurderes ut fra formålet</source>
        <translation>Samværsplanen har ikkje noko formål – samværet blir vurdert ut frå formålet</translation>
    </message>
    <message>
        <source>{amount} kr</source>
        <translation>{amount} kr</translation>
    </message>
    <message>
        <source>Samtale før</source>
        <translation>Samtale før</translation>
    </message>
    <message>
        <source>Samtale etter</source>
        <translation>Samtale etter</translation>
    </message>
    <message>
        <source> (mest samtale med en voksen)</source>
        <translation> (mest samtale med ein vaksen)</translation>
    </message>
    <message>
        <source>Ny versjon</source>
        <translation>Ny versjon</translation>
    </message>
    <message>
        <source>Søkt</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Saksbehandler: {words}</source>
        <translation>Sakshandsamar: {words}</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Forelderen (siden sist)</source>
        <translation>Forelderen (sidan sist)</translation>
    </message>
    <message>
        <source>Saksbehandler (siden sist)</source>
        <translation>Sakshandsamar (sidan sist)</translation>
    </message>
    <message>
        <source>Ønsker hjelp</source>
        <translation>Ønskjer hjelp</translation>
    </message>
    <message>
        <source>Ord</source>
        <translation>Ord</translation>
    </message>
    <message>
        <source>Ikke spurt</source>
        <translation>Ikkje spurt</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Delvis</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Saksbehandlers vurdering</source>
        <translation>Vurderinga til sakshandsamaren</translation>
    </message>
    <message>
        <source>Endring (forelder)</source>
        <translation>Endring (forelder)</translation>
    </message>
    <message>
        <source>Ønsker hjelp med</source>
        <translation>Ønskjer hjelp med</translation>
    </message>
    <message>
        <source>Ikke avgjort</source>
        <translation>Ikkje avgjort</translation>
    </message>
    <message>
        <source>Innvilget</source>
        <translation>Innvilga</translation>
    </message>
    <message>
        <source>Avslått</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>For eksempel: evalueringen viste at barnet trenger kortere samvær</source>
        <translation>Til dømes: evalueringa viste at barnet treng kortare samvær</translation>
    </message>
    <message>
        <source>Hvor ofte</source>
        <translation>Kor ofte</translation>
    </message>
    <message>
        <source>Ny versjon av samværsplanen</source>
        <translation>Ny versjon av samværsplanen</translation>
    </message>
    <message>
        <source>Samværsplan</source>
        <translation>Samværsplan</translation>
    </message>
    <message>
        <source>&amp;Hvorfor endres planen</source>
        <translation>&amp;Kvifor blir planen endra</translation>
    </message>
    <message>
        <source>&amp;Gjelder fra</source>
        <translation>&amp;Gjeld frå</translation>
    </message>
    <message>
        <source>&amp;Hvor ofte</source>
        <translation>&amp;Kor ofte</translation>
    </message>
    <message>
        <source>Grunn&amp;lag</source>
        <translation>Grunn&amp;lag</translation>
    </message>
    <message>
        <source>&amp;Avtale</source>
        <translation>&amp;Avtale</translation>
    </message>
    <message>
        <source>Vedtatt &amp;av</source>
        <translation>Vedteke &amp;av</translation>
    </message>
    <message>
        <source>For eksempel: Barneverns- og helsenemnda i …</source>
        <translation>Til dømes: Barneverns- og helsenemnda i …</translation>
    </message>
    <message>
        <source>Vedtaks&amp;dato</source>
        <translation>Vedtaks&amp;dato</translation>
    </message>
    <message>
        <source>Vedtaket s&amp;ier</source>
        <translation>Vedtaket s&amp;eier</translation>
    </message>
    <message>
        <source>&amp;Minimum i vedtaket</source>
        <translation>&amp;Minimum i vedtaket</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Vedtaket sier at samværet skal være med tilsyn</source>
        <translation>Vedtaket seier at samværet skal vere med tilsyn</translation>
    </message>
    <message>
        <source>Tilsyn i vedta&amp;ket</source>
        <translation>Tilsyn i vedta&amp;ket</translation>
    </message>
    <message>
        <source>&amp;Sted</source>
        <translation>&amp;Stad</translation>
    </message>
    <message>
        <source>Møtested&amp;ets navn</source>
        <translation>Namnet på møte&amp;staden</translation>
    </message>
    <message>
        <source>Bare det de som skal dit trenger; skrives ikke til andre</source>
        <translation>Berre det dei som skal dit, treng; blir ikkje skrive til andre</translation>
    </message>
    <message>
        <source>&amp;Tilsyn</source>
        <translation>&amp;Tilsyn</translation>
    </message>
    <message>
        <source>Tilsyns&amp;fører</source>
        <translation>Tilsyns&amp;førar</translation>
    </message>
    <message>
        <source>Andre med samvær&amp;srett</source>
        <translation>Andre med samvær&amp;srett</translation>
    </message>
    <message>
        <source>Én linje hver: «Mormor – fire ganger i året»</source>
        <translation>Éi linje kvar: «Mormor – fire gonger i året»</translation>
    </message>
    <message>
        <source>Mello&amp;m samværene</source>
        <translation>Mello&amp;m samværa</translation>
    </message>
    <message>
        <source>Telefon, video, brev eller bilder</source>
        <translation>Telefon, video, brev eller bilete</translation>
    </message>
    <message>
        <source>Tra&amp;nsport</source>
        <translation>Tra&amp;nsport</translation>
    </message>
    <message>
        <source>Hvem &amp;betaler</source>
        <translation>Kven &amp;betaler</translation>
    </message>
    <message>
        <source>Formålet med &amp;egne ord</source>
        <translation>Formålet med &amp;eigne ord</translation>
    </message>
    <message>
        <source>Første sa&amp;mvær</source>
        <translation>Første sa&amp;mvær</translation>
    </message>
    <message>
        <source>ikke avtalt</source>
        <translation>ikkje avtalt</translation>
    </message>
    <message>
        <source> måneder</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>E&amp;valueres hver</source>
        <translation>Blir e&amp;valuert kvar</translation>
    </message>
    <message>
        <source>Planen har ikke noe formål. Samværet følges opp og vurderes ut fra formålet: velg ett eller flere av de fire i en ny versjon.</source>
        <translation>Planen har ikkje noko formål. Samværet blir følgt opp og vurdert ut frå formålet: vel eitt eller fleire av dei fire i ein ny versjon.</translation>
    </message>
    <message>
        <source>Samværsplanen</source>
        <translation>Samværsplanen</translation>
    </message>
    <message>
        <source>Ny samværs&amp;plan …</source>
        <translation>Ny samværs&amp;plan …</translation>
    </message>
    <message>
        <source>Ny &amp;versjon …</source>
        <translation>Ny &amp;versjon …</translation>
    </message>
    <message>
        <source>Historikk</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Denne versjonen er ikke sendt til partene ennå.</source>
        <translation>Denne versjonen er ikkje sendt til partane enno.</translation>
    </message>
    <message>
        <source>Forelderen har ingen barn registrert.</source>
        <translation>Forelderen har ingen barn registrerte.</translation>
    </message>
    <message>
        <source>Samværene</source>
        <translation>Samværa</translation>
    </message>
    <message>
        <source>&amp;Registrer samvær …</source>
        <translation>&amp;Registrer samvær …</translation>
    </message>
    <message>
        <source>Samtale &amp;før …</source>
        <translation>Samtale &amp;før …</translation>
    </message>
    <message>
        <source>Samtale &amp;etter …</source>
        <translation>Samtale &amp;etter …</translation>
    </message>
    <message>
        <source>Det valgte samværet</source>
        <translation>Det valde samværet</translation>
    </message>
    <message>
        <source>&amp;Samværene</source>
        <translation>&amp;Samværa</translation>
    </message>
    <message>
        <source>I dag er {d}.</source>
        <translation>I dag er {d}.</translation>
    </message>
    <message>
        <source>Neste samvær: {d} (merket ▶).</source>
        <translation>Neste samvær: {d} (merkt ▶).</translation>
    </message>
    <message>
        <source>Samværene følger av planen når den er laget.</source>
        <translation>Samværa følgjer av planen når han er laga.</translation>
    </message>
    <message>
        <source>Ingen samvær i listen ennå.</source>
        <translation>Ingen samvær i lista enno.</translation>
    </message>
    <message>
        <source>&amp;Ny evaluering …</source>
        <translation>&amp;Ny evaluering …</translation>
    </message>
    <message>
        <source>Den valgte evalueringen</source>
        <translation>Den valde evalueringa</translation>
    </message>
    <message>
        <source>E&amp;valueringer</source>
        <translation>E&amp;valueringar</translation>
    </message>
    <message>
        <source>Ingen samværsplan å evaluere ennå.</source>
        <translation>Ingen samværsplan å evaluere enno.</translation>
    </message>
    <message>
        <source>Neste evaluering: {d} (hver {n}. måned). Hør barnet, forelderen, fosterforeldrene eller institusjonen og tilsynsfører hver for seg.</source>
        <translation>Neste evaluering: {d} (kvar {n}. månad). Høyr barnet, forelderen, fosterforeldra eller institusjonen og tilsynsføraren kvar for seg.</translation>
    </message>
    <message>
        <source>Det er ikke avtalt hvor ofte planen skal evalueres.</source>
        <translation>Det er ikkje avtalt kor ofte planen skal evaluerast.</translation>
    </message>
    <message>
        <source>Ingen evaluering ennå.</source>
        <translation>Inga evaluering enno.</translation>
    </message>
    <message>
        <source>Søknader om reisestøtte</source>
        <translation>Søknader om reisestøtte</translation>
    </message>
    <message>
        <source>Ny &amp;søknad …</source>
        <translation>Ny &amp;søknad …</translation>
    </message>
    <message>
        <source>&amp;Vedtak …</source>
        <translation>&amp;Vedtak …</translation>
    </message>
    <message>
        <source>Søknader om &amp;reisestøtte</source>
        <translation>Søknader om &amp;reisestøtte</translation>
    </message>
    <message>
        <source>Innvilget i {year}: {sum}.</source>
        <translation>Innvilga i {year}: {sum}.</translation>
    </message>
    <message>
        <source>Frister for samværet</source>
        <translation>Fristar for samværet</translation>
    </message>
    <message>
        <source>Ingen frister for samværet nå.</source>
        <translation>Ingen fristar for samværet no.</translation>
    </message>
    <message>
        <source>Når samvær er vanskelig</source>
        <translation>Når samvær er vanskeleg</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>minst {f}</source>
        <translation>minst {f}</translation>
    </message>
    <message>
        <source>Vedtaket sier ikke noe om tilsyn</source>
        <translation>Vedtaket seier ikkje noko om tilsyn</translation>
    </message>
    <message>
        <source>Avtalt med forelderen {d}</source>
        <translation>Avtalt med forelderen {d}</translation>
    </message>
    <message>
        <source>Avtale (frivillig plassering)</source>
        <translation>Avtale (frivillig plassering)</translation>
    </message>
    <message>
        <source>{f} – versjon {n}, gjelder fra {d}</source>
        <translation>{f} – versjon {n}, gjeld frå {d}</translation>
    </message>
    <message>
        <source>Rammen</source>
        <translation>Ramma</translation>
    </message>
    <message>
        <source>Samværet</source>
        <translation>Samværet</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Barnet er ikke plassert nå. En samværsplan lages for et barn som bor utenfor hjemmet.</source>
        <translation>Barnet er ikkje plassert no. Ein samværsplan blir laga for eit barn som bur utanfor heimen.</translation>
    </message>
    <message>
        <source>Grunnlag</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Vedtatt av</source>
        <translation>Vedteke av</translation>
    </message>
    <message>
        <source>Vedtaksdato</source>
        <translation>Vedtaksdato</translation>
    </message>
    <message>
        <source>Vedtaket sier</source>
        <translation>Vedtaket seier</translation>
    </message>
    <message>
        <source>Tilsyn</source>
        <translation>Tilsyn</translation>
    </message>
    <message>
        <source>Ikke avtalt med forelderen ennå</source>
        <translation>Ikkje avtalt med forelderen enno</translation>
    </message>
    <message>
        <source>Andre med samværsrett</source>
        <translation>Andre med samværsrett</translation>
    </message>
    <message>
        <source>Mellom samværene</source>
        <translation>Mellom samværa</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Hvem betaler</source>
        <translation>Kven betaler</translation>
    </message>
    <message>
        <source>Første samvær</source>
        <translation>Første samvær</translation>
    </message>
    <message>
        <source>Evalueres</source>
        <translation>Blir evaluert</translation>
    </message>
    <message>
        <source>Ingen samværsplan ennå. Lag en ny samværsplan: hvor ofte, hvor, med eller uten tilsyn, og hvorfor.</source>
        <translation>Ingen samværsplan enno. Lag ein ny samværsplan: kor ofte, kvar, med eller utan tilsyn, og kvifor.</translation>
    </message>
    <message>
        <source>Ingen formål valgt.</source>
        <translation>Ikkje noko formål valt.</translation>
    </message>
    <message>
        <source>Versjon {n} fra {d}</source>
        <translation>Versjon {n} frå {d}</translation>
    </message>
    <message>
        <source>Hvorfor: {r}</source>
        <translation>Kvifor: {r}</translation>
    </message>
    <message>
        <source>Den første planen.</source>
        <translation>Den første planen.</translation>
    </message>
    <message>
        <source>Ingen versjoner ennå.</source>
        <translation>Ingen versjonar enno.</translation>
    </message>
    <message>
        <source>Holdt {d}</source>
        <translation>Halde {d}</translation>
    </message>
    <message>
        <source>{h} timer</source>
        <translation>{h} timar</translation>
    </message>
    <message>
        <source>Forelderen trengte mest å snakke med en voksen.</source>
        <translation>Forelderen trong mest å snakke med ein vaksen.</translation>
    </message>
    <message>
        <source>Avlyst av {who}: {why}</source>
        <translation>Avlyst av {who}: {why}</translation>
    </message>
    <message>
        <source>Tilsynsførers notat</source>
        <translation>Notatet frå tilsynsføraren</translation>
    </message>
    <message>
        <source>Samtale før: registrert</source>
        <translation>Samtale før: registrert</translation>
    </message>
    <message>
        <source>Samtale før: ingen</source>
        <translation>Samtale før: ingen</translation>
    </message>
    <message>
        <source>Samtale etter: registrert</source>
        <translation>Samtale etter: registrert</translation>
    </message>
    <message>
        <source>Samtale etter: ingen</source>
        <translation>Samtale etter: ingen</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>Barnet</translation>
    </message>
    <message>
        <source>Fosterforeldrene / institusjonen</source>
        <translation>Fosterforeldra / institusjonen</translation>
    </message>
    <message>
        <source>Tilsynsfører</source>
        <translation>Tilsynsførar</translation>
    </message>
    <message>
        <source>Evaluering {d}</source>
        <translation>Evaluering {d}</translation>
    </message>
    <message>
        <source>førte til ny versjon av planen</source>
        <translation>førte til ny versjon av planen</translation>
    </message>
    <message>
        <source>Samvær</source>
        <translation>Samvær</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se samværet.</source>
        <translation>Vel ein forelder under Foreldre for å sjå samværet.</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>&amp;Barn:</source>
        <translation>&amp;Barn:</translation>
    </message>
    <message>
        <source>Send p&amp;lanen …</source>
        <translation>Send p&amp;lanen …</translation>
    </message>
    <message>
        <source>Samværsplanen til partene: hver får det taushetsplikten tillater</source>
        <translation>Samværsplanen til partane: kvar får det teieplikta tillèt</translation>
    </message>
    <message>
        <source>Samværs&amp;møte …</source>
        <translation>Samværs&amp;møte …</translation>
    </message>
    <message>
        <source>Møte med forelderen og fosterforeldrene om samværet: en kontakt i loggen</source>
        <translation>Møte med forelderen og fosterforeldra om samværet: ein kontakt i loggen</translation>
    </message>
    <message>
        <source>Pl&amp;an</source>
        <translation>Pl&amp;an</translation>
    </message>
    <message>
        <source>Samvære&amp;ne</source>
        <translation>Sam&amp;væra</translation>
    </message>
    <message>
        <source>Evaluer&amp;ing</source>
        <translation>Evaluer&amp;ing</translation>
    </message>
    <message>
        <source>Reisest&amp;øtte</source>
        <translation>Reisest&amp;øtte</translation>
    </message>
    <message>
        <source> (ikke plassert)</source>
        <translation> (ikkje plassert)</translation>
    </message>
    <message>
        <source>({n} ikke avgjort)</source>
        <translation>({n} ikkje avgjort)</translation>
    </message>
    <message>
        <source>bufapp</source>
        <translation>bufapp</translation>
    </message>
    <message>
        <source>&amp;Forkast</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>F&amp;ortsett å skrive</source>
        <translation>Skriv &amp;vidare</translation>
    </message>
    <message>
        <source>Utkast tatt vare på kl. {time}</source>
        <translation>Utkast teke vare på kl. {time}</translation>
    </message>
    <message>
        <source>Utkastet kunne ikke tas vare på ({reason}). Teksten er fortsatt her.</source>
        <translation>Utkastet kunne ikkje takast vare på ({reason}). Teksten er framleis her.</translation>
    </message>
    <message>
        <source>Utkast tatt vare på – ikke lagret ennå.</source>
        <translation>Utkast teke vare på – ikkje lagra enno.</translation>
    </message>
    <message>
        <source>Ingen verdier ennå</source>
        <translation>Ingen verdiar enno</translation>
    </message>
    <message>
        <source>ingen verdier</source>
        <translation>ingen verdiar</translation>
    </message>
    <message>
        <source>Oversikt</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Kontaktlogg</source>
        <translation>Kontaktlogg</translation>
    </message>
    <message>
        <source>Velg en forelder først.</source>
        <translation>Vel ein forelder først.</translation>
    </message>
    <message>
        <source>Navigasjon</source>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <source>Et unntak krever både hjemmel og en skriftlig begrunnelse.</source>
        <translation>Eit unntak krev både heimel og ei skriftleg grunngjeving.</translation>
    </message>
    <message>
        <source>Samtykket som dekket «{category}» ble trukket tilbake {date}.</source>
        <translation>Samtykket som dekte «{category}», vart trekt tilbake {date}.</translation>
    </message>
    <message>
        <source>Samtykket som dekket «{category}» gjaldt til {date}.</source>
        <translation>Samtykket som dekte «{category}», galdt til {date}.</translation>
    </message>
    <message>
        <source>Samtykket som dekker «{category}» gjelder først fra en senere dato.</source>
        <translation>Samtykket som dekkjer «{category}», gjeld først frå ein seinare dato.</translation>
    </message>
    <message>
        <source>Samtykket som dekker «{category}» gjelder en annen mottaker enn {service}.</source>
        <translation>Samtykket som dekkjer «{category}», gjeld ein annan mottakar enn {service}.</translation>
    </message>
    <message>
        <source>Forelderen har ikke samtykket til at «{category}» gis til {service}.</source>
        <translation>Forelderen har ikkje samtykt til at «{category}» blir gitt til {service}.</translation>
    </message>
    <message>
        <source>alle NAV-kontor</source>
        <translation>alle NAV-kontor</translation>
    </message>
    <message>
        <source>alle fastleger</source>
        <translation>alle fastlegar</translation>
    </message>
    <message>
        <source>alle DPS-er og andre tjenester i psykisk helsevern for voksne</source>
        <translation>alle DPS-ar og andre tenester i psykisk helsevern for vaksne</translation>
    </message>
    <message>
        <source>alle tjenester for rusbehandling</source>
        <translation>alle tenester for rusbehandling</translation>
    </message>
    <message>
        <source>alle kommunale psykisk helse- og rustjenester</source>
        <translation>alle kommunale psykisk helse- og rustenester</translation>
    </message>
    <message>
        <source>alle familievernkontor</source>
        <translation>alle familievernkontor</translation>
    </message>
    <message>
        <source>alle boligkontor</source>
        <translation>alle bustadkontor</translation>
    </message>
    <message>
        <source>alle krisesentre</source>
        <translation>alle krisesenter</translation>
    </message>
    <message>
        <source>alle frivillige organisasjoner</source>
        <translation>alle frivillige organisasjonar</translation>
    </message>
    <message>
        <source>(tjeneste som ikke finnes lenger)</source>
        <translation>(teneste som ikkje finst lenger)</translation>
    </message>
    <message>
        <source>«{field}» hører til «{category}». Den kan bare fylles ut når «{category}» gis til mottakeren, med samtykke eller annet rettsgrunnlag. Ta teksten bort, eller kryss av for kategorien hvis samtykket dekker den.</source>
        <translation>«{field}» høyrer til «{category}». Feltet kan berre fyllast ut når «{category}» blir gitt til mottakaren, med samtykke eller anna rettsgrunnlag. Ta bort teksten, eller kryss av for kategorien om samtykket dekkjer han.</translation>
    </message>
    <message>
        <source>Skåren har fire tall, ett for hver dimensjon.</source>
        <translation>Skåren har fire tal, eitt for kvar dimensjon.</translation>
    </message>
    <message>
        <source>Skriv et tall fra 0 til 10 med høyst én desimal.</source>
        <translation>Skriv eit tal frå 0 til 10 med høgst éin desimal.</translation>
    </message>
    <message>
        <source>Skriv inn tallet forelderen merket (0–10).</source>
        <translation>Skriv inn talet forelderen merkte (0–10).</translation>
    </message>
    <message>
        <source>Tallet må være fra 0 til 10.</source>
        <translation>Talet må vere frå 0 til 10.</translation>
    </message>
    <message>
        <source>Kontakten finnes ikke lenger.</source>
        <translation>Kontakten finst ikkje lenger.</translation>
    </message>
    <message>
        <source>Kontakten gjelder ikke denne forelderen.</source>
        <translation>Kontakten gjeld ikkje denne forelderen.</translation>
    </message>
    <message>
        <source>Velg samtalen tilbakemeldingen gjelder.</source>
        <translation>Vel samtalen tilbakemeldinga gjeld.</translation>
    </message>
    <message>
        <source>Skriv planens mål, slik det står i planen.</source>
        <translation>Skriv målet i planen, slik det står der.</translation>
    </message>
    <message>
        <source>Skriv formålet – med forelderens ord, dine, eller begge.</source>
        <translation>Skriv formålet – med orda til forelderen, dine, eller begge.</translation>
    </message>
    <message>
        <source>Velg et punkt fra sjekklisten.</source>
        <translation>Vel eit punkt frå sjekklista.</translation>
    </message>
    <message>
        <source>Datoen for å gi informasjonen igjen må være etter i dag.</source>
        <translation>Datoen for å gi informasjonen igjen må vere etter i dag.</translation>
    </message>
    <message>
        <source>Skriv vurderingen til forelderen: hva som skal til for at barnet kan flytte hjem, eller hvorfor det ikke er forventet nå.</source>
        <translation>Skriv vurderinga til forelderen: kva som skal til for at barnet kan flytte heim, eller kvifor det ikkje er venta no.</translation>
    </message>
    <message>
        <source>Ny vurdering må være etter datoen for denne.</source>
        <translation>Ny vurdering må vere etter datoen for denne.</translation>
    </message>
    <message>
        <source>Skriv forelderens vurdering med egne ord.</source>
        <translation>Skriv vurderinga til forelderen med eigne ord.</translation>
    </message>
    <message>
        <source>Skriv ønsket med forelderens egne ord.</source>
        <translation>Skriv ønsket med forelderen sine eigne ord.</translation>
    </message>
    <message>
        <source>Svarfristen kan ikke være før ønsket.</source>
        <translation>Svarfristen kan ikkje vere før ønsket.</translation>
    </message>
    <message>
        <source>Svaret kan ikke være før ønsket.</source>
        <translation>Svaret kan ikkje vere før ønsket.</translation>
    </message>
    <message>
        <source>Velg om ønsket er innfridd eller ikke.</source>
        <translation>Vel om ønsket er innfridd eller ikkje.</translation>
    </message>
    <message>
        <source>Skriv svaret forelderen fikk.</source>
        <translation>Skriv svaret forelderen fekk.</translation>
    </message>
    <message>
        <source>Skriv den faglige begrunnelsen forelderen fikk for at ønsket ikke kan innfris.</source>
        <translation>Skriv den faglege grunngjevinga forelderen fekk for at ønsket ikkje kan innfriast.</translation>
    </message>
    <message>
        <source>Skriv navnet på tilbudet.</source>
        <translation>Skriv namnet på tilbodet.</translation>
    </message>
    <message>
        <source>Velg hvem som driver tilbudet fra adresseboken, skriv navnet, eller kryss av for at det er familievernkontorets eget.</source>
        <translation>Vel kven som driv tilbodet frå adresseboka, skriv namnet, eller kryss av for at det er familievernkontoret sitt eige.</translation>
    </message>
    <message>
        <source>Sluttdatoen kan ikke være før startdatoen.</source>
        <translation>Sluttdatoen kan ikkje vere før startdatoen.</translation>
    </message>
    <message>
        <source>Skriv minst én dato.</source>
        <translation>Skriv minst éin dato.</translation>
    </message>
    <message>
        <source>Velg tilbudet forelderen er henvist til eller deltar i.</source>
        <translation>Vel tilbodet forelderen er tilvist til eller deltek i.</translation>
    </message>
    <message>
        <source>Skriv når forelderen startet i gruppen.</source>
        <translation>Skriv når forelderen starta i gruppa.</translation>
    </message>
    <message>
        <source>Kan ikke være før forelderen startet.</source>
        <translation>Kan ikkje vere før forelderen starta.</translation>
    </message>
    <message>
        <source>Forelderen har enten fullført eller sluttet, ikke begge.</source>
        <translation>Forelderen har anten fullført eller slutta, ikkje begge delar.</translation>
    </message>
    <message>
        <source>Skriv hvorfor forelderen sluttet.</source>
        <translation>Skriv kvifor forelderen slutta.</translation>
    </message>
    <message>
        <source>Skriv når forelderen ble informert.</source>
        <translation>Skriv når forelderen vart informert.</translation>
    </message>
    <message>
        <source>Antallet kan ikke være negativt.</source>
        <translation>Talet kan ikkje vere negativt.</translation>
    </message>
    <message>
        <source>Velg et tall fra 1 til 5.</source>
        <translation>Vel eit tal frå 1 til 5.</translation>
    </message>
    <message>
        <source>Fullført</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Avsluttet før tiden</source>
        <translation>Avslutta før tida</translation>
    </message>
    <message>
        <source>Deltar</source>
        <translation>Deltek</translation>
    </message>
    <message>
        <source>Henvist</source>
        <translation>Tilvist</translation>
    </message>
    <message>
        <source>Informert</source>
        <translation>Informert</translation>
    </message>
    <message>
        <source>Ikke informert</source>
        <translation>Ikkje informert</translation>
    </message>
    <message>
        <source>Ikke knyttet til en tjeneste i adresseboka, så samtykket kan ikke kontrolleres.</source>
        <translation>Ikkje knytt til ei teneste i adresseboka, så samtykket kan ikkje kontrollerast.</translation>
    </message>
    <message>
        <source>Skriv hva gruppen skal arbeide med.</source>
        <translation>Skriv kva gruppa skal arbeide med.</translation>
    </message>
    <message>
        <source>Forelderen skal være med i gruppen.</source>
        <translation>Forelderen skal vere med i gruppa.</translation>
    </message>
    <message>
        <source>Hvert medlem må ha et navn.</source>
        <translation>Kvart medlem må ha eit namn.</translation>
    </message>
    <message>
        <source>Koordinatoren må være medlem av gruppen.</source>
        <translation>Koordinatoren må vere medlem av gruppa.</translation>
    </message>
    <message>
        <source>Gruppen kan ikke avsluttes før den startet.</source>
        <translation>Gruppa kan ikkje avsluttast før ho starta.</translation>
    </message>
    <message>
        <source>Skriv hvorfor et ferdig referat endres.</source>
        <translation>Skriv kvifor eit ferdig referat blir endra.</translation>
    </message>
    <message>
        <source>Referatet er ferdig: bare referatet kan endres, og da med en begrunnelse.</source>
        <translation>Referatet er ferdig: berre referatet kan endrast, og då med ei grunngjeving.</translation>
    </message>
    <message>
        <source>Velg et svar fra 1 til 5.</source>
        <translation>Vel eit svar frå 1 til 5.</translation>
    </message>
    <message>
        <source>Send innkalling til ansvarsgruppemøte</source>
        <translation>Send innkalling til ansvarsgruppemøte</translation>
    </message>
    <message>
        <source>Planlegg neste ansvarsgruppemøte</source>
        <translation>Planlegg neste ansvarsgruppemøte</translation>
    </message>
    <message>
        <source>uendret</source>
        <translation>uendra</translation>
    </message>
    <message>
        <source>Levekår er ikke vurdert ennå</source>
        <translation>Levekår er ikkje vurderte enno</translation>
    </message>
    <message>
        <source>Nærmest</source>
        <translation>Nærast</translation>
    </message>
    <message>
        <source>Nær</source>
        <translation>Nær</translation>
    </message>
    <message>
        <source>Litt på avstand</source>
        <translation>Litt på avstand</translation>
    </message>
    <message>
        <source>Lengst unna</source>
        <translation>Lengst unna</translation>
    </message>
    <message>
        <source>Husstand</source>
        <translation>Hushald</translation>
    </message>
    <message>
        <source>Familie og slekt</source>
        <translation>Familie og slekt</translation>
    </message>
    <message>
        <source>Venner</source>
        <translation>Vener</translation>
    </message>
    <message>
        <source>Naboer og nærmiljø</source>
        <translation>Naboar og nærmiljø</translation>
    </message>
    <message>
        <source>Arbeid og skole</source>
        <translation>Arbeid og skule</translation>
    </message>
    <message>
        <source>Organisasjoner</source>
        <translation>Organisasjonar</translation>
    </message>
    <message>
        <source>Fritid og tro</source>
        <translation>Fritid og tru</translation>
    </message>
    <message>
        <source>Offentlige hjelpere</source>
        <translation>Offentlege hjelparar</translation>
    </message>
    <message>
        <source>Fosterhjem/institusjon og barnevernet</source>
        <translation>Fosterheim/institusjon og barnevernet</translation>
    </message>
    <message>
        <source>Kartet kan ikke være tegnet fram i tid.</source>
        <translation>Kartet kan ikkje vere teikna fram i tid.</translation>
    </message>
    <message>
        <source>To sektorer har samme kode.</source>
        <translation>To sektorar har same kode.</translation>
    </message>
    <message>
        <source>Hver sektor må ha et navn.</source>
        <translation>Kvar sektor må ha eit namn.</translation>
    </message>
    <message>
        <source>En forbindelse må gå mellom to personer som er i kartet.</source>
        <translation>Eit samband må gå mellom to personar som er i kartet.</translation>
    </message>
    <message>
        <source>To personer er forbundet to ganger.</source>
        <translation>To personar er knytte saman to gonger.</translation>
    </message>
    <message>
        <source>færre enn 5</source>
        <translation>færre enn 5</translation>
    </message>
    <message>
        <source>Skjult fordi et tall under 5 ellers kunne regnes ut av det.</source>
        <translation>Skjult fordi eit tal under 5 elles kunne reknast ut av det.</translation>
    </message>
    <message>
        <source>ingen data</source>
        <translation>ingen data</translation>
    </message>
    <message>
        <source>Kontakt (forelderens egne ord)</source>
        <translation>Kontakt (forelderen sine eigne ord)</translation>
    </message>
    <message>
        <source>Forelderens vurdering av oppfølgingen</source>
        <translation>Vurderinga forelderen gjer av oppfølginga</translation>
    </message>
    <message>
        <source>Forelderens evaluering av et møte i ansvarsgruppen</source>
        <translation>Evalueringa forelderen gjer av eit møte i ansvarsgruppa</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Ordene inneholder et fødselsnummer. Ta det ut.</source>
        <translation>Orda inneheld eit fødselsnummer. Ta det ut.</translation>
    </message>
    <message>
        <source>Skriv ordene som skal med i rapporten.</source>
        <translation>Skriv orda som skal vere med i rapporten.</translation>
    </message>
    <message>
        <source>Året ser feil ut.</source>
        <translation>Året ser feil ut.</translation>
    </message>
    <message>
        <source>{plan} samvær i året, vedtaket gir minst {minimum}</source>
        <translation>{plan} samvær i året, vedtaket gir minst {minimum}</translation>
    </message>
    <message>
        <source>Vedtaket setter en minste varighet. Skriv hvor lenge hvert samvær varer, så det kan sjekkes mot vedtaket.</source>
        <translation>Vedtaket set ei minste varigheit. Skriv kor lenge kvart samvær varer, så det kan sjekkast mot vedtaket.</translation>
    </message>
    <message>
        <source>{plan} timer samvær i året, vedtaket gir minst {minimum}</source>
        <translation>{plan} timar samvær i året, vedtaket gir minst {minimum}</translation>
    </message>
    <message>
        <source>Planen gir mindre samvær enn vedtaket ({what}). Barnevernstjenesten kan gi mer samvær enn vedtaket, aldri mindre: å begrense samværet krever et nytt vedtak i barneverns- og helsenemnda. Registrer det nye vedtaket i planen når det foreligger.</source>
        <translation>Planen gir mindre samvær enn vedtaket ({what}). Barnevernstenesta kan gi meir samvær enn vedtaket, aldri mindre: å avgrense samværet krev eit nytt vedtak i barneverns- og helsenemnda. Registrer det nye vedtaket i planen når det ligg føre.</translation>
    </message>
    <message>
        <source>Antall samvær må være mellom 0 og 31.</source>
        <translation>Talet på samvær må vere mellom 0 og 31.</translation>
    </message>
    <message>
        <source>Barnet er ikke plassert på denne datoen. Sjekk datoen planen gjelder fra.</source>
        <translation>Barnet er ikkje plassert på denne datoen. Sjekk datoen planen gjeld frå.</translation>
    </message>
    <message>
        <source>Første samvær kan ikke være før planen gjelder.</source>
        <translation>Første samvær kan ikkje vere før planen gjeld.</translation>
    </message>
    <message>
        <source>Evaluer planen minst hvert andre år (1–24 måneder).</source>
        <translation>Evaluer planen minst kvart andre år (1–24 månader).</translation>
    </message>
    <message>
        <source>Skriv hvorfor planen endres – det blir stående i historikken.</source>
        <translation>Skriv kvifor planen blir endra – det blir ståande i historikken.</translation>
    </message>
    <message>
        <source>Barnet er frivillig plassert: da er det ikke noe vedtak om samvær. Planen avtales med foreldrene.</source>
        <translation>Barnet er frivillig plassert: då er det ikkje noko vedtak om samvær. Planen blir avtalt med foreldra.</translation>
    </message>
    <message>
        <source>Barnet er plassert etter vedtak: samværet bygger på vedtaket, og barnevernstjenesten kan ikke avtale mindre enn det.</source>
        <translation>Barnet er plassert etter vedtak: samværet byggjer på vedtaket, og barnevernstenesta kan ikkje avtale mindre enn det.</translation>
    </message>
    <message>
        <source>Skriv datoen for vedtaket om samvær.</source>
        <translation>Skriv datoen for vedtaket om samvær.</translation>
    </message>
    <message>
        <source>Skriv hvem som fattet vedtaket.</source>
        <translation>Skriv kven som gjorde vedtaket.</translation>
    </message>
    <message>
        <source>Skriv minimumet vedtaket setter (0 hvis det ikke gir samvær).</source>
        <translation>Skriv minimumet vedtaket set (0 dersom det ikkje gir samvær).</translation>
    </message>
    <message>
        <source>Vedtaket sier at samværet skal være med tilsyn. Barnevernstjenesten kan ikke ta bort tilsynet på egen hånd: det krever et nytt vedtak i barneverns- og helsenemnda.</source>
        <translation>Vedtaket seier at samværet skal vere med tilsyn. Barnevernstenesta kan ikkje ta bort tilsynet på eiga hand: det krev eit nytt vedtak i barneverns- og helsenemnda.</translation>
    </message>
    <message>
        <source>Vedtaket kan ikke være fattet etter at planen gjelder fra.</source>
        <translation>Vedtaket kan ikkje vere gjort etter datoen planen gjeld frå.</translation>
    </message>
    <message>
        <source>Ved frivillig plassering avtales samværet med foreldrene, og barnevernstjenesten kan ikke begrense det på egen hånd. Kryss av for at planen er avtalt med forelderen, og skriv datoen.</source>
        <translation>Ved frivillig plassering blir samværet avtalt med foreldra, og barnevernstenesta kan ikkje avgrense det på eiga hand. Kryss av for at planen er avtalt med forelderen, og skriv datoen.</translation>
    </message>
    <message>
        <source>Skriv datoen samværet ble holdt.</source>
        <translation>Skriv datoen samværet vart halde.</translation>
    </message>
    <message>
        <source>Varigheten må være mer enn 0 timer.</source>
        <translation>Varigheita må vere meir enn 0 timar.</translation>
    </message>
    <message>
        <source>Velg hvem som avlyste.</source>
        <translation>Vel kven som avlyste.</translation>
    </message>
    <message>
        <source>Skriv hvorfor samværet ble avlyst.</source>
        <translation>Skriv kvifor samværet vart avlyst.</translation>
    </message>
    <message>
        <source>Skriv hva minst én av partene mener – barnet, forelderen, fosterforeldrene eller tilsynsføreren.</source>
        <translation>Skriv kva minst éin av partane meiner – barnet, forelderen, fosterforeldra eller tilsynsføraren.</translation>
    </message>
    <message>
        <source>Skriv beløpet det søkes om, i hele kroner.</source>
        <translation>Skriv beløpet det blir søkt om, i heile kroner.</translation>
    </message>
    <message>
        <source>Vedtaket kan ikke være før søknaden.</source>
        <translation>Vedtaket kan ikkje vere før søknaden.</translation>
    </message>
    <message>
        <source>Velg om søknaden er innvilget eller avslått.</source>
        <translation>Vel om søknaden er innvilga eller avslått.</translation>
    </message>
    <message>
        <source>Skriv beløpet som er innvilget.</source>
        <translation>Skriv beløpet som er innvilga.</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Forelderens ord</source>
        <translation>Orda til forelderen</translation>
    </message>
    <message>
        <source>Skriv ut &amp;innkalling …</source>
        <translation>Skriv ut &amp;innkalling …</translation>
    </message>
    <message>
        <source>Marker innkallingen som &amp;sendt</source>
        <translation>Merk innkallinga som &amp;sendt</translation>
    </message>
    <message>
        <source>Skriv ut &amp;referat …</source>
        <translation>Skriv ut &amp;referat …</translation>
    </message>
    <message>
        <source>&amp;Send referatet (bare til dem samtykke dekker) …</source>
        <translation>&amp;Send referatet (berre til dei samtykket dekkjer) …</translation>
    </message>
    <message>
        <source>Forelderens &amp;evaluering …</source>
        <translation>&amp;Evalueringa til forelderen …</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Brev og dokumenter skrives på kontorets målform. En forelder kan likevel få sine dokumenter på et annet språk når dokumentet finnes på det.</source>
        <translation>Brev og dokument blir skrivne på målforma til kontoret. Ein forelder kan likevel få dokumenta sine på eit anna språk når dokumentet finst på det.</translation>
    </message>
    <message>
        <source>&amp;Målform</source>
        <translation>&amp;Målform</translation>
    </message>
    <message>
        <source>Som kontorets målform</source>
        <translation>Som målforma til kontoret</translation>
    </message>
    <message>
        <source>&amp;Språk i programmet</source>
        <translation>&amp;Språk i programmet</translation>
    </message>
    <message>
        <source>Programmet får det nye språket neste gang bufapp startes.</source>
        <translation>Programmet får det nye språket neste gong bufapp blir starta.</translation>
    </message>
    <message>
        <source>Velg hjemmelen for å unnta kontakten fra innsyn.</source>
        <translation>Vel heimelen for å unnta kontakten frå innsyn.</translation>
    </message>
    <message>
        <source>Hjemmelen er ikke i listen over godkjente hjemler.</source>
        <translation>Heimelen er ikkje i lista over godkjende heimlar.</translation>
    </message>
    <message>
        <source>Skriv hvorfor kontakten er unntatt innsyn – begrunnelsen vises for forelderen.</source>
        <translation>Skriv kvifor kontakten er unnateken frå innsyn – grunngjevinga blir vist for forelderen.</translation>
    </message>
    <message>
        <source>Fødselsnummer/D-nummer må ha 11 siffer.</source>
        <translation>Fødselsnummer/D-nummer må ha 11 siffer.</translation>
    </message>
    <message>
        <source>Kontrollsifrene stemmer ikke. Sjekk at fødselsnummeret/D-nummeret er skrevet riktig.</source>
        <translation>Kontrollsifra stemmer ikkje. Sjekk at fødselsnummeret/D-nummeret er rett skrive.</translation>
    </message>
    <message>
        <source>Fødselsnummeret/D-nummeret er ugyldig: individnummeret passer ikke med fødselsåret.</source>
        <translation>Fødselsnummeret/D-nummeret er ugyldig: individnummeret passar ikkje med fødselsåret.</translation>
    </message>
    <message>
        <source>Datoen i fødselsnummeret/D-nummeret finnes ikke.</source>
        <translation>Datoen i fødselsnummeret/D-nummeret finst ikkje.</translation>
    </message>
    <message>
        <source>Telefonnummeret må ha minst 8 siffer (landkode med + er lov).</source>
        <translation>Telefonnummeret må ha minst 8 siffer (landskode med + er lov).</translation>
    </message>
    <message>
        <source>E-postadressen ser ikke riktig ut (mangler @ eller domene).</source>
        <translation>E-postadressa ser ikkje rett ut (manglar @ eller domene).</translation>
    </message>
    <message>
        <source>Fødselsnummer/D-nummer: fødselsdatoen er fram i tid.</source>
        <translation>Fødselsnummer/D-nummer: fødselsdatoen er fram i tid.</translation>
    </message>
    <message>
        <source>Fødselsdatoen stemmer ikke med fødselsnummeret/D-nummeret.</source>
        <translation>Fødselsdatoen stemmer ikkje med fødselsnummeret/D-nummeret.</translation>
    </message>
    <message>
        <source>Kommune/tjeneste må fylles ut.</source>
        <translation>Kommune/teneste må fyllast ut.</translation>
    </message>
    <message>
        <source>Organisasjonsnummeret må ha 9 siffer med gyldig kontrollsiffer.</source>
        <translation>Organisasjonsnummeret må ha 9 siffer med gyldig kontrollsiffer.</translation>
    </message>
    <message>
        <source>Navnet på saksbehandleren må fylles ut.</source>
        <translation>Namnet på sakshandsamaren må fyllast ut.</translation>
    </message>
    <message>
        <source>Navn må fylles ut (fornavn eller etternavn).</source>
        <translation>Namn må fyllast ut (førenamn eller etternamn).</translation>
    </message>
    <message>
        <source>Fødselsdato kan ikke være fram i tid.</source>
        <translation>Fødselsdato kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <source>Postnummeret må ha 4 siffer.</source>
        <translation>Postnummeret må ha 4 siffer.</translation>
    </message>
    <message>
        <source>Skriv hvilket språk tolken skal tolke til.</source>
        <translation>Skriv kva språk tolken skal tolke til.</translation>
    </message>
    <message>
        <source>Fornavn må fylles ut.</source>
        <translation>Førenamn må fyllast ut.</translation>
    </message>
    <message>
        <source>Saksnummer i fagsystemet må fylles ut (f.eks. 2024/1234).</source>
        <translation>Saksnummer i fagsystemet må fyllast ut (t.d. 2024/1234).</translation>
    </message>
    <message>
        <source>Saksnummeret må se slik ut: år/løpenummer, f.eks. 2024/1234.</source>
        <translation>Saksnummeret må sjå slik ut: år/løpenummer, t.d. 2024/1234.</translation>
    </message>
    <message>
        <source>Samme forelder er koblet til barnet to ganger.</source>
        <translation>Same forelder er kopla til barnet to gonger.</translation>
    </message>
    <message>
        <source>Sluttdato kan ikke være fram i tid.</source>
        <translation>Sluttdato kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <source>Fyll ut sluttdato når du oppgir hvorfor plasseringen endte.</source>
        <translation>Fyll ut sluttdato når du oppgir kvifor plasseringa enda.</translation>
    </message>
    <message>
        <source>Oppgi hvorfor plasseringen endte.</source>
        <translation>Oppgi kvifor plasseringa enda.</translation>
    </message>
    <message>
        <source>Oppgi datoen for vedtaket om at bostedet skal skjules.</source>
        <translation>Oppgi datoen for vedtaket om at bustaden skal skjulast.</translation>
    </message>
    <message>
        <source>Vedtaksdatoen kan ikke være fram i tid.</source>
        <translation>Vedtaksdatoen kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <source>Grunnlaget for å skjule bostedet må fylles ut.</source>
        <translation>Grunnlaget for å skjule bustaden må fyllast ut.</translation>
    </message>
    <message>
        <source>Startdatoen kan ikke være før barnet ble født.</source>
        <translation>Startdatoen kan ikkje vere før barnet vart fødd.</translation>
    </message>
    <message>
        <source>Navnet på tjenesten må fylles ut.</source>
        <translation>Namnet på tenesta må fyllast ut.</translation>
    </message>
    <message>
        <source>Formålet må fylles ut.</source>
        <translation>Formålet må fyllast ut.</translation>
    </message>
    <message>
        <source>Velg hvilke opplysninger samtykket gjelder.</source>
        <translation>Vel kva opplysningar samtykket gjeld.</translation>
    </message>
    <message>
        <source>Velg én mottaker: en bestemt tjeneste eller en type tjeneste.</source>
        <translation>Vel éin mottakar: ei bestemt teneste eller ein type teneste.</translation>
    </message>
    <message>
        <source>Datoen samtykket ble gitt kan ikke være fram i tid.</source>
        <translation>Datoen samtykket vart gitt, kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <source>Gyldig til kan ikke være før samtykket ble gitt.</source>
        <translation>Gyldig til kan ikkje vere før samtykket vart gitt.</translation>
    </message>
    <message>
        <source>Datoen for tilbaketrekking kan ikke være fram i tid.</source>
        <translation>Datoen for tilbaketrekking kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <source>Samtykket kan ikke trekkes før det ble gitt.</source>
        <translation>Samtykket kan ikkje trekkjast før det vart gitt.</translation>
    </message>
    <message>
        <source>Kontakten er lagret i kontaktloggen, men den ble ikke koblet til samværet {day}:

{reason}</source>
        <translation>Kontakten er lagra i kontaktloggen, men han vart ikkje kopla til samværet {day}:

{reason}</translation>
    </message>
    <message>
        <source>Barnet er ikke registrert med denne forelderen.</source>
        <translation>Barnet er ikkje registrert med denne forelderen.</translation>
    </message>
    <message>
        <source>Samværsmøte</source>
        <translation>Samværsmøte</translation>
    </message>
    <message>
        <source>Samværet gjelder en annen forelder. Samtalen skrives i kontaktloggen til forelderen samværet gjelder.</source>
        <translation>Samværet gjeld ein annan forelder. Samtalen blir skriven i kontaktloggen til forelderen samværet gjeld.</translation>
    </message>
    <message>
        <source>Ingen pågående</source>
        <translation>Ingen pågåande</translation>
    </message>
    <message>
        <source>Plassering</source>
        <translation>Plassering</translation>
    </message>
    <message>
        <source>Neste frist</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>Vil du forkaste det du har skrevet?</source>
        <translation>Vil du forkaste det du har skrive?</translation>
    </message>
    <message>
        <source>statsautorisert og tolkeutdanning</source>
        <translation>statsautorisert og tolkeutdanning</translation>
    </message>
    <message>
        <source>statsautorisert</source>
        <translation>statsautorisert</translation>
    </message>
    <message>
        <source>tolkeutdanning</source>
        <translation>tolkeutdanning</translation>
    </message>
    <message>
        <source>bestått ToSPoT og gjennomført TAT-kurs (tolkens ansvar og rolle)</source>
        <translation>bestått ToSPoT og gjennomført TAT-kurs (ansvaret og rolla til tolken)</translation>
    </message>
    <message>
        <source>bestått ToSPoT eller tilsvarende prøve, eller bare TAT-kurs</source>
        <translation>bestått ToSPoT eller tilsvarande prøve, eller berre TAT-kurs</translation>
    </message>
    <message>
        <source>Tolkeloven (2022) krever at offentlige organer bruker kvalifisert tolk, det vil si en tolk i Nasjonalt tolkeregister, når de ikke kan ivareta forelderens rettigheter eller gi hjelp uten tolk. Kategori A er best kvalifisert. Velg den laveste kategorien dere godtar for denne forelderen.</source>
        <translation>Tolkelova (2022) krev at offentlege organ brukar kvalifisert tolk, det vil seie ein tolk i Nasjonalt tolkeregister, når dei ikkje kan ta vare på rettane til forelderen eller gi hjelp utan tolk. Kategori A er best kvalifisert. Vel den lågaste kategorien de godtek for denne forelderen.</translation>
    </message>
    <message>
        <source>Skriftspråket må være en språkkode med 2–3 små bokstaver, f.eks. «se».</source>
        <translation>Skriftspråket må vere ein språkkode med 2–3 små bokstavar, t.d. «se».</translation>
    </message>
    <message>
        <source>Velg en kategori fra Nasjonalt tolkeregister (A–E).</source>
        <translation>Vel ein kategori frå Nasjonalt tolkeregister (A–E).</translation>
    </message>
    <message>
        <source>Tolkens kategori gjelder bare når forelderen trenger tolk. Skriv tolkespråket.</source>
        <translation>Kategorien til tolken gjeld berre når forelderen treng tolk. Skriv tolkespråket.</translation>
    </message>
    <message>
        <source>Innsyn: &amp;alt om forelderen …</source>
        <translation>Innsyn: &amp;alt om forelderen …</translation>
    </message>
    <message>
        <source>Innsyn: &amp;hvem har sett opplysningene …</source>
        <translation>Innsyn: &amp;kven har sett opplysningane …</translation>
    </message>
    <message>
        <source>Innsyn – {name}</source>
        <translation>Innsyn – {name}</translation>
    </message>
    <message>
        <source>Hvem har sett opplysningene – {name}</source>
        <translation>Kven har sett opplysningane – {name}</translation>
    </message>
    <message>
        <source>Eksporter til &amp;arkivet …</source>
        <translation>Eksporter til &amp;arkivet …</translation>
    </message>
    <message>
        <source>Familierådets plan – {name}</source>
        <translation>Planen frå familierådet – {name}</translation>
    </message>
    <message>
        <source>Planen ble skrevet ut eller lagret, men kunne ikke tas vare på i bufapp. Lag planen på nytt og skriv den ut igjen.

{reason}</source>
        <translation>Planen vart skriven ut eller lagra, men kunne ikkje takast vare på i bufapp. Lag planen på nytt og skriv han ut igjen.

{reason}</translation>
    </message>
    <message>
        <source>Informasjonsark – {name}</source>
        <translation>Informasjonsark – {name}</translation>
    </message>
    <message>
        <source>Barna til {name} er plassert på ulike grunnlag, og informasjonsarket er forskjellig for hvert grunnlag. Hvilket ark vil du lage?</source>
        <translation>Barna til {name} er plasserte på ulike grunnlag, og informasjonsarket er ulikt for kvart grunnlag. Kva ark vil du lage?</translation>
    </message>
    <message>
        <source>Informasjonsarket ble skrevet ut eller lagret, men kunne ikke tas vare på i bufapp, og sjekklisten er ikke oppdatert. Lag arket på nytt og skriv det ut igjen.

{reason}</source>
        <translation>Informasjonsarket vart skrive ut eller lagra, men kunne ikkje takast vare på i bufapp, og sjekklista er ikkje oppdatert. Lag arket på nytt og skriv det ut igjen.

{reason}</translation>
    </message>
    <message>
        <source>Ingen skriver er satt opp på denne maskinen, så arket ble ikke skrevet ut. Skriv gjenopprettingsnøkkelen av for hånd på papir, og kontroller den tegn for tegn.</source>
        <translation>Ingen skrivar er sett opp på denne maskina, så arket vart ikkje skrive ut. Skriv av gjenopprettingsnøkkelen for hand på papir, og kontroller han teikn for teikn.</translation>
    </message>
    <message>
        <source>Samværsplan – {name}</source>
        <translation>Samværsplan – {name}</translation>
    </message>
    <message>
        <source>Samværsplanen ble skrevet ut eller lagret, men kunne ikke tas vare på i bufapp, og det er ikke registrert hvem som har fått den. Lag planen på nytt og skriv den ut igjen.

{reason}</source>
        <translation>Samværsplanen vart skriven ut eller lagra, men kunne ikkje takast vare på i bufapp, og det er ikkje registrert kven som har fått han. Lag planen på nytt og skriv han ut igjen.

{reason}</translation>
    </message>
    <message>
        <source>Som kontoret (bokmål/nynorsk)</source>
        <translation>Som kontoret (bokmål/nynorsk)</translation>
    </message>
    <message>
        <source>Ikke oppgitt</source>
        <translation>Ikkje oppgitt</translation>
    </message>
    <message>
        <source>Kategori {category}: {description}</source>
        <translation>Kategori {category}: {description}</translation>
    </message>
    <message>
        <source>Minst kategori {category}: {description}</source>
        <translation>Minst kategori {category}: {description}</translation>
    </message>
    <message>
        <source>{language}, kategori {categories}</source>
        <translation>{language}, kategori {categories}</translation>
    </message>
    <message>
        <source>Passordet må ha minst {n} tegn.</source>
        <translation>Passordet må ha minst {n} teikn.</translation>
    </message>
    <message>
        <source>Passordet må ha flere forskjellige tegn.</source>
        <translation>Passordet må ha fleire ulike teikn.</translation>
    </message>
    <message>
        <source>Passordet kan ikke begynne eller slutte med mellomrom.</source>
        <translation>Passordet kan ikkje byrje eller slutte med mellomrom.</translation>
    </message>
    <message>
        <source>Navnet ditt må fylles ut.</source>
        <translation>Namnet ditt må fyllast ut.</translation>
    </message>
    <message>
        <source>Passordene er ikke like.</source>
        <translation>Passorda er ikkje like.</translation>
    </message>
    <message>
        <source>Svakt</source>
        <translation>Svakt</translation>
    </message>
    <message>
        <source>Godt</source>
        <translation>Godt</translation>
    </message>
    <message>
        <source>Sterkt</source>
        <translation>Sterkt</translation>
    </message>
    <message>
        <source>Gjenopprettingsnøkkelen skal ha {groups} grupper à {width} tegn ({total} tegn); du skrev {typed}.</source>
        <translation>Gjenopprettingsnøkkelen skal ha {groups} grupper à {width} teikn ({total} teikn); du skreiv {typed}.</translation>
    </message>
    <message>
        <source>Tegnet «{char}» i gruppe {group} finnes ikke i en gjenopprettingsnøkkel.</source>
        <translation>Teiknet «{char}» i gruppe {group} finst ikkje i ein gjenopprettingsnøkkel.</translation>
    </message>
    <message>
        <source>Skrivefeil i gruppe {groups} av gjenopprettingsnøkkelen.</source>
        <translation>Skrivefeil i gruppe {groups} av gjenopprettingsnøkkelen.</translation>
    </message>
</context>
</TS>
