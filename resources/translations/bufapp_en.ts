<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name></name>
    <message>
        <source>Demo: passordet er «{p}».</source>
        <translation>Demo: the password is &quot;{p}&quot;.</translation>
    </message>
    <message>
        <source>Noe uventet gikk galt ({kind}). Det som var lagret, er uendret.</source>
        <translation>Something unexpected went wrong ({kind}). What was saved is unchanged.</translation>
    </message>
    <message>
        <source>Åpner demodatabasen (første gang lages oppdiktede personer – noen sekunder) …</source>
        <translation>Opening the demo database (the first time, fictional people are created – a few seconds) …</translation>
    </message>
    <message>
        <source>Kontakten er trukket tilbake og kan ikke endres.</source>
        <translation>The contact has been withdrawn and cannot be changed.</translation>
    </message>
    <message>
        <source>Utdrag av kontaktloggen – {name}</source>
        <translation>Extract from the contact log – {name}</translation>
    </message>
    <message>
        <source>Ingen fast avtale</source>
        <translation>No fixed arrangement</translation>
    </message>
    <message>
        <source>Hver {n}. dag</source>
        <translation>Every {n} days</translation>
    </message>
    <message>
        <source>&amp;Hyppighet</source>
        <translation>&amp;Frequency</translation>
    </message>
    <message>
        <source>Avtalt &amp;dato</source>
        <translation>Agreed &amp;date</translation>
    </message>
    <message>
        <source>Hvorda&amp;n</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>For eksempel samtaler, telefon, melding, hjemmebesøk</source>
        <translation>For example conversations, phone, message, home visit</translation>
    </message>
    <message>
        <source>Hvor forelderen &amp;vil møtes</source>
        <translation>Where the parent &amp;wants to meet</translation>
    </message>
    <message>
        <source>For eksempel hjemme, på kontoret, på kafé</source>
        <translation>For example at home, at the office, at a café</translation>
    </message>
    <message>
        <source>Tilbudt eller valgt – navn og hvem det er</source>
        <translation>Offered or chosen – name and who they are</translation>
    </message>
    <message>
        <source>Forelderen ønsker ikke kontakt nå</source>
        <translation>The parent does not want contact now</translation>
    </message>
    <message>
        <source>&amp;Takket nei</source>
        <translation>De&amp;clined</translation>
    </message>
    <message>
        <source>Takket nei &amp;den</source>
        <translation>Declined &amp;on</translation>
    </message>
    <message>
        <source>Tilby kontakt &amp;igjen</source>
        <translation>Offer contact &amp;again</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lukk oppgave</source>
        <translation>Close task</translation>
    </message>
    <message>
        <source>Oppgave: {what}</source>
        <translation>Task: {what}</translation>
    </message>
    <message>
        <source>Trekk tilbake kontakt</source>
        <translation>Withdraw contact</translation>
    </message>
    <message>
        <source>For eksempel: registrert på feil forelder</source>
        <translation>For example: recorded on the wrong parent</translation>
    </message>
    <message>
        <source>&amp;Trekk tilbake</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Oppføringen blir stående, merket som trukket tilbake med grunnen du skriver.</source>
        <translation>The entry remains, marked as withdrawn with the reason you write.</translation>
    </message>
    <message>
        <source>Endre kontakt</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>Ny kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>&amp;Tidspunkt</source>
        <translation>Ti&amp;me</translation>
    </message>
    <message>
        <source>&amp;Initiativ fra</source>
        <translation>&amp;Initiative from</translation>
    </message>
    <message>
        <source>For eksempel hjemme, kontoret, kafé</source>
        <translation>For example at home, the office, a café</translation>
    </message>
    <message>
        <source>Også til stede</source>
        <translation>Also present</translation>
    </message>
    <message>
        <source>Støtte&amp;person</source>
        <translation>Support &amp;person</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tolkens språk</source>
        <translation>Interpreter&apos;s language</translation>
    </message>
    <message>
        <source>Tolkens navn</source>
        <translation>Interpreter&apos;s name</translation>
    </message>
    <message>
        <source>T&amp;olk</source>
        <translation>I&amp;nterpreter</translation>
    </message>
    <message>
        <source>Fosterhjem/&amp;institusjon</source>
        <translation>Foster home/instit&amp;ution</translation>
    </message>
    <message>
        <source>&amp;Andre</source>
        <translation>O&amp;thers</translation>
    </message>
    <message>
        <source>Te&amp;ma</source>
        <translation>Topi&amp;c</translation>
    </message>
    <message>
        <source>&amp;Sammendrag</source>
        <translation>Summar&amp;y</translation>
    </message>
    <message>
        <source>Av&amp;talt</source>
        <translation>&amp;Agreed</translation>
    </message>
    <message>
        <source>Innsyn</source>
        <translation>Access to records</translation>
    </message>
    <message>
        <source>O&amp;ppfølging</source>
        <translation>Follo&amp;w-up</translation>
    </message>
    <message>
        <source>I&amp;nformasjon gitt</source>
        <translation>Information &amp;given</translation>
    </message>
    <message>
        <source>Påkrevd: hvorfor endres en ferdig oppføring?</source>
        <translation>Required: why is a finished entry being changed?</translation>
    </message>
    <message>
        <source>&amp;Grunn til endringen</source>
        <translation>Reason for the c&amp;hange</translation>
    </message>
    <message>
        <source>Utkaststatus</source>
        <translation>Draft status</translation>
    </message>
    <message>
        <source>Lagre ny &amp;versjon</source>
        <translation>Save new &amp;version</translation>
    </message>
    <message>
        <source>&amp;Lagre (ikke ferdig)</source>
        <translation>&amp;Save (not finished)</translation>
    </message>
    <message>
        <source>Ctrl+S – kan skrives videre på senere</source>
        <translation>Ctrl+S – you can continue writing later</translation>
    </message>
    <message>
        <source>Lagre som &amp;ferdig</source>
        <translation>Save as &amp;finished</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Endringer ikke lagret ennå …</source>
        <translation>Changes not saved yet …</translation>
    </message>
    <message>
        <source>Vil du forkaste det du har skrevet i denne kontakten?</source>
        <translation>Discard what you have written in this contact?</translation>
    </message>
    <message>
        <source>&amp;Unntatt innsyn</source>
        <translation>&amp;Exempt from access</translation>
    </message>
    <message>
        <source>Unntatt innsyn</source>
        <translation>Exempt from access</translation>
    </message>
    <message>
        <source>Kontakten tas ikke med når forelderen ber om innsyn; datoen, hjemmelen og begrunnelsen vises.</source>
        <translation>The contact is left out when the parent requests access to records; the date, legal basis and reason are shown.</translation>
    </message>
    <message>
        <source>Hjemmel for unntak fra innsyn</source>
        <translation>Legal basis for exemption from access to records</translation>
    </message>
    <message>
        <source>Velg hjemmel …</source>
        <translation>Choose legal basis …</translation>
    </message>
    <message>
        <source>Begrunnelse for unntak fra innsyn</source>
        <translation>Reason for exemption from access to records</translation>
    </message>
    <message>
        <source>Påkrevd: hvorfor (vises for forelderen)</source>
        <translation>Required: why (shown to the parent)</translation>
    </message>
    <message>
        <source>Informasjon gitt i denne kontakten</source>
        <translation>Information given in this contact</translation>
    </message>
    <message>
        <source>{item} – registrert for denne kontakten</source>
        <translation>{item} – recorded for this contact</translation>
    </message>
    <message>
        <source>Forstod forelderen informasjonen</source>
        <translation>Did the parent understand the information</translation>
    </message>
    <message>
        <source>Forstod forelderen det som er krysset av?</source>
        <translation>Did the parent understand what is ticked?</translation>
    </message>
    <message>
        <source>Kontakten er lagret, men informasjonen som var krysset av, ble ikke registrert:

{reason}

Registrer den på siden Oppfølging.</source>
        <translation>The contact has been saved, but the information that was ticked was not recorded:

{reason}

Record it on the Follow-up page.</translation>
    </message>
    <message>
        <source>Spørsmålene er til hjelp, ikke et skjema. Skriv forelderens egne ord i feltet «Forelderens egne ord».</source>
        <translation>The questions are there to help, not a form. Write the parent&apos;s own words in the field &quot;The parent&apos;s own words&quot;.</translation>
    </message>
    <message>
        <source>Spørsmål du kan &amp;bruke</source>
        <translation>Questions you can &amp;use</translation>
    </message>
    <message>
        <source>Vis eller skjul spørsmålene fra veilederen</source>
        <translation>Show or hide the questions from the guidance</translation>
    </message>
    <message>
        <source>Spørsmål fra veilederen</source>
        <translation>Questions from the guidance</translation>
    </message>
    <message>
        <source>{day} kl. {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>støtteperson {name}</source>
        <translation>support person {name}</translation>
    </message>
    <message>
        <source>tolk ({who})</source>
        <translation>interpreter ({who})</translation>
    </message>
    <message>
        <source>Trukket tilbake: {why}</source>
        <translation>Withdrawn: {why}</translation>
    </message>
    <message>
        <source>Under arbeid – ikke markert som ferdig.</source>
        <translation>In progress – not marked as finished.</translation>
    </message>
    <message>
        <source>Versjon {n}, endret fordi: {why}</source>
        <translation>Version {n}, changed because: {why}</translation>
    </message>
    <message>
        <source>Unntatt innsyn: {why}</source>
        <translation>Exempt from access: {why}</translation>
    </message>
    <message>
        <source>Hjemmel: {basis}</source>
        <translation>Legal basis: {basis}</translation>
    </message>
    <message>
        <source>Initiativ</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Forelderens egne ord</source>
        <translation>The parent&apos;s own words</translation>
    </message>
    <message>
        <source>erstattet {when}: {why}</source>
        <translation>replaced {when}: {why}</translation>
    </message>
    <message>
        <source>Endre</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Fortsett å skrive</source>
        <translation>Continue writing</translation>
    </message>
    <message>
        <source>Marker som ferdig</source>
        <translation>Mark as finished</translation>
    </message>
    <message>
        <source>Trekk tilbake …</source>
        <translation>Withdraw …</translation>
    </message>
    <message>
        <source>ikke valgt</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Utdrag av kontaktloggen</source>
        <translation>Extract from the contact log</translation>
    </message>
    <message>
        <source>Forelderen (innsyn: det som er unntatt, holdes tilbake)</source>
        <translation>The parent (access to records: what is exempt is withheld)</translation>
    </message>
    <message>
        <source>Barnevernstjenestens eget eksemplar (alt)</source>
        <translation>The child welfare service&apos;s own copy (everything)</translation>
    </message>
    <message>
        <source>&amp;Utdrag til</source>
        <translation>Extract &amp;for</translation>
    </message>
    <message>
        <source>&amp;Fra</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <source>&amp;Til</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Ingen valgt: alle temaer.</source>
        <translation>None chosen: all topics.</translation>
    </message>
    <message>
        <source>&amp;Temaer</source>
        <translation>To&amp;pics</translation>
    </message>
    <message>
        <source>Alle barn</source>
        <translation>All children</translation>
    </message>
    <message>
        <source>&amp;Lag utdrag</source>
        <translation>Create &amp;extract</translation>
    </message>
    <message>
        <source>Sluttdatoen er før startdatoen.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Filtrer på tema</source>
        <translation>Filter by topic</translation>
    </message>
    <message>
        <source>Alle temaer</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Filtrer på form</source>
        <translation>Filter by form</translation>
    </message>
    <message>
        <source>Alle former</source>
        <translation>All forms</translation>
    </message>
    <message>
        <source>Filtrer på barn</source>
        <translation>Filter by child</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Søk i loggen</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <source>Søk i denne forelderens kontakter</source>
        <translation>Search this parent&apos;s contacts</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre.</source>
        <translation>Choose a parent under Parents.</translation>
    </message>
    <message>
        <source>&amp;Ny kontakt (Ctrl+K)</source>
        <translation>&amp;New contact (Ctrl+K)</translation>
    </message>
    <message>
        <source>Kontakt&amp;avtale …</source>
        <translation>Contact &amp;arrangement …</translation>
    </message>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Kontakten</source>
        <translation>The contact</translation>
    </message>
    <message>
        <source>Kontaktlogg – {name}</source>
        <translation>Contact log – {name}</translation>
    </message>
    <message>
        <source>Ønsker ikke kontakt siden {d}; tilbys igjen {n}.</source>
        <translation>Has not wanted contact since {d}; offer again {n}.</translation>
    </message>
    <message>
        <source>Avtalt kontakt: {f}.</source>
        <translation>Agreed contact: {f}.</translation>
    </message>
    <message>
        <source>Ingen avtalt kontakthyppighet.</source>
        <translation>No agreed contact frequency.</translation>
    </message>
    <message>
        <source>Siste samtale {d}.</source>
        <translation>Last conversation {d}.</translation>
    </message>
    <message numerus="yes">
        <source>%n åpne oppfølgingsoppgaver.</source>
        <translation>
            <numerusform>%n open follow-up task.</numerusform>
            <numerusform>%n open follow-up tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kontakter</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Viser {n} av {total}</source>
        <translation>Showing {n} of {total}</translation>
    </message>
    <message>
        <source>Funnet i</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Utdrag</source>
        <translation>Extract</translation>
    </message>
    <message>
        <source>[trukket tilbake] </source>
        <translation>[withdrawn] </translation>
    </message>
    <message>
        <source>Søk i sammendrag, forelderens ord og avtaler – for eksempel «samvær bolig»</source>
        <translation>Search summaries, the parent&apos;s words and agreements – for example &quot;visits housing&quot;</translation>
    </message>
    <message>
        <source>Søk i kontaktlogg</source>
        <translation>Search contact log</translation>
    </message>
    <message>
        <source>Skriv ett eller flere ord. Æ, ø, å og samiske bokstaver kan skrives som ae, o, a.</source>
        <translation>Type one or more words. Æ, ø, å and Sami letters can be typed as ae, o, a.</translation>
    </message>
    <message>
        <source>Søkeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Valgt kontakt</source>
        <translation>Selected contact</translation>
    </message>
    <message>
        <source>Skriv ett eller flere ord.</source>
        <translation>Type one or more words.</translation>
    </message>
    <message>
        <source>Ingen kontakter inneholder alle ordene.</source>
        <translation>No contacts contain all the words.</translation>
    </message>
    <message>
        <source>Over {cap} treff, de sist skrevne først. Legg til et ord for å snevre inn.</source>
        <translation>Over {cap} hits, most recently written first. Add a word to narrow the search.</translation>
    </message>
    <message>
        <source>{n} treff. Enter åpner kontakten i kontaktloggen.</source>
        <translation>{n} hits. Enter opens the contact in the contact log.</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Oppfølgingsoppgaver</source>
        <translation>Follow-up tasks</translation>
    </message>
    <message>
        <source>Legg til &amp;oppgave</source>
        <translation>Add &amp;task</translation>
    </message>
    <message>
        <source>Fjern oppgave</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <source>Hva skal gjøres</source>
        <translation>What needs doing</translation>
    </message>
    <message>
        <source>Navn/tjeneste</source>
        <translation>Name/service</translation>
    </message>
    <message>
        <source>Hvem er ansvarlig</source>
        <translation>Who is responsible</translation>
    </message>
    <message>
        <source>[Unntatt innsyn] </source>
        <translation>[Exempt from access] </translation>
    </message>
    <message>
        <source>versjon {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>med forelderens egne ord</source>
        <translation>with the parent&apos;s own words</translation>
    </message>
    <message>
        <source>unntatt innsyn</source>
        <translation>exempt from access</translation>
    </message>
    <message>
        <source>Eksporter til arkivet</source>
        <translation>Export to the archive</translation>
    </message>
    <message>
        <source>&amp;Denne forelderen: {name}</source>
        <translation>&amp;This parent: {name}</translation>
    </message>
    <message>
        <source>Et barns &amp;saksnummer:</source>
        <translation>A child&apos;s case &amp;number:</translation>
    </message>
    <message>
        <source>Saksnummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Ingen barn med saksnummer</source>
        <translation>No children with a case number</translation>
    </message>
    <message>
        <source>Antall per dokumenttype</source>
        <translation>Number per document type</translation>
    </message>
    <message>
        <source>Dokumenter som eksporteres</source>
        <translation>Documents to be exported</translation>
    </message>
    <message>
        <source>Mappe</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Velg mappen eksporten skal legges i</source>
        <translation>Choose the folder for the export</translation>
    </message>
    <message>
        <source>&amp;Velg mappe …</source>
        <translation>Choose &amp;folder …</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Eksporter</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Mappe:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hva skal eksporteres?&lt;/b&gt;</source>
        <translation>&lt;b&gt;What should be exported?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Disse dokumentene er ferdige og ikke eksportert før:</source>
        <translation>These documents are finished and have not been exported before:</translation>
    </message>
    <message>
        <source>Velg mappe for eksporten</source>
        <translation>Choose folder for the export</translation>
    </message>
    <message>
        <source>Eksporterer {documents} til arkivet …</source>
        <translation>Exporting {documents} to the archive …</translation>
    </message>
    <message numerus="yes">
        <source>%n dokumenter</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Eksporterer til arkivet</source>
        <translation>Exporting to the archive</translation>
    </message>
    <message>
        <source>Eksporterer dokument {d} av {n} …</source>
        <translation>Exporting document {d} of {n} …</translation>
    </message>
    <message>
        <source>Det var ingenting nytt å eksportere.</source>
        <translation>There was nothing new to export.</translation>
    </message>
    <message>
        <source>{documents} er eksportert til arkivet {d} kl. {t}, i mappen {f} (metadata: {m}). De er merket som eksportert, og neste eksport tar bare med det som er nytt.</source>
        <translation>{documents} exported to the archive on {d} at {t}, in the folder {f} (metadata: {m}). They are marked as exported, and the next export includes only what is new.</translation>
    </message>
    <message>
        <source>Dokumenttype</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Nye nå</source>
        <translation>New now</translation>
    </message>
    <message>
        <source>Eksportert før</source>
        <translation>Exported before</translation>
    </message>
    <message>
        <source>Journalpost</source>
        <translation>Record entry</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Filnavn</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Ingenting herfra er eksportert til arkivet før.</source>
        <translation>Nothing from here has been exported to the archive before.</translation>
    </message>
    <message>
        <source>Sist eksportert til arkivet {d} ({documents} herfra i alt).</source>
        <translation>Last exported to the archive {d} ({documents} from here in total).</translation>
    </message>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Side {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ingen skriver er satt opp på denne maskinen, så ingenting ble skrevet ut. Sett opp en skriver (spør IT om du trenger hjelp), og prøv igjen.</source>
        <translation>No printer is set up on this computer, so nothing was printed. Set up a printer (ask IT if you need help), and try again.</translation>
    </message>
    <message>
        <source>bufapp skriver ikke ut til fil: en fil med saksopplysninger ville ligget ukryptert på disken. Velg en skriver. Et dokument kan lagres med «Lagre som PDF …» der du selv velger.</source>
        <translation>bufapp does not print to file: a file with case information would lie unencrypted on the disk. Choose a printer. A document can be saved with &quot;Save as PDF …&quot; where you choose the location yourself.</translation>
    </message>
    <message>
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>&amp;Lagre som PDF …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Dokumentets språk</source>
        <translation>The document&apos;s language</translation>
    </message>
    <message>
        <source>Lagre som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Velg en annen mappe.</source>
        <translation>Choose another folder.</translation>
    </message>
    <message>
        <source>Skjult bosted</source>
        <translation>Hidden address</translation>
    </message>
    <message>
        <source>Fylkesnemnda har bestemt at foreldrene ikke skal vite hvor barnet bor. Bare hvis det er nødvendig for akkurat dette dokumentet, kan du ta det med. Skriv hvorfor: begrunnelsen lagres med dokumentet og i loggen, som forelderen kan få se. Ikke gjenta adressen eller navnene i begrunnelsen.</source>
        <translation>The county board has decided that the parents must not know where the child lives. Only if it is necessary for this particular document may you include it. Write why: the reason is saved with the document and in the log, which the parent may see. Do not repeat the address or the names in the reason.</translation>
    </message>
    <message>
        <source>&amp;Begrunnelse</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Ta med i dette dokumentet</source>
        <translation>&amp;Include in this document</translation>
    </message>
    <message>
        <source>Hvem skal få samværsplanen? Hver mottaker får sin egen kopi, med det den kan få vite. Møtestedet står bare i kopiene til dem som er med på samværet.</source>
        <translation>Who is to receive the visit plan? Each recipient gets their own copy, with what they may be told. The venue is only in the copies for those taking part in the visit.</translation>
    </message>
    <message>
        <source>Send samværsplanen</source>
        <translation>Send the visit plan</translation>
    </message>
    <message>
        <source>&amp;Lag planen</source>
        <translation>&amp;Make the plan</translation>
    </message>
    <message>
        <source>Du hadde ulagrede endringer. De er tatt vare på og åpnes nå.</source>
        <translation>You had unsaved changes. They have been kept and will open now.</translation>
    </message>
    <message>
        <source>{n} oppgaver er laget fra familiens plan. De står i kontaktloggen under oppgaver og i Oversikt.</source>
        <translation>{n} tasks have been created from the family&apos;s plan. They are in the contact log under tasks and in Overview.</translation>
    </message>
    <message>
        <source>Alle punktene i planen er allerede gjort til oppgaver.</source>
        <translation>All items in the plan have already been made into tasks.</translation>
    </message>
    <message>
        <source>Forelder: {name}</source>
        <translation>Parent: {name}</translation>
    </message>
    <message>
        <source>Punktet er allerede gjort til en oppgave og blir stående i planen. Lukk oppgaven i kontaktloggen hvis den ikke skal gjøres.</source>
        <translation>The item has already been made into a task and stays in the plan. Close the task in the contact log if it is not to be done.</translation>
    </message>
    <message>
        <source>Fjern raden</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <source>Punkt {row}: skriv datoen som dd.mm.åååå, for eksempel 01.09.2026.</source>
        <translation>Item {row}: write the date as dd.mm.yyyy, for example 01.09.2026.</translation>
    </message>
    <message>
        <source>Planlegg familieråd</source>
        <translation>Plan family group conference</translation>
    </message>
    <message>
        <source>&amp;Spørsmålet til familien</source>
        <translation>&amp;Question for the family</translation>
    </message>
    <message>
        <source>&amp;Formål</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <source>Om formålet</source>
        <translation>About the purpose</translation>
    </message>
    <message>
        <source>Forelderen har sagt ja til familieråd (frivillig)</source>
        <translation>The parent has agreed to a family group conference (voluntary)</translation>
    </message>
    <message>
        <source>Sa&amp;mtykke</source>
        <translation>Con&amp;sent</translation>
    </message>
    <message>
        <source>&amp;Koordinator</source>
        <translation>&amp;Coordinator</translation>
    </message>
    <message>
        <source>Koordinatorens &amp;organisasjon</source>
        <translation>Coordinator&apos;s &amp;organisation</translation>
    </message>
    <message>
        <source>Koordinatoren er ansatt i barnevernstjenesten</source>
        <translation>The coordinator works for the child welfare service</translation>
    </message>
    <message>
        <source>Uavhengighet</source>
        <translation>Independence</translation>
    </message>
    <message>
        <source>&amp;Planlagt dato</source>
        <translation>Planned &amp;date</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Holdt dato</source>
        <translation>Date &amp;held</translation>
    </message>
    <message>
        <source>Hvorfor a&amp;vlyst</source>
        <translation>&amp;Why cancelled</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relasjon</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Invitert</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Kom</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>Inviterte</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Legg til &amp;person</source>
        <translation>Add &amp;person</translation>
    </message>
    <message>
        <source>Hent fra &amp;nettverkskartet</source>
        <translation>Fetch from the &amp;network map</translation>
    </message>
    <message>
        <source>Personene på forelderens nyeste nettverkskart</source>
        <translation>The people on the parent&apos;s latest network map</translation>
    </message>
    <message>
        <source>&amp;Inviterte og hvem som kom</source>
        <translation>&amp;Invited and who came</translation>
    </message>
    <message>
        <source>Innen (dd.mm.åååå)</source>
        <translation>By (dd.mm.yyyy)</translation>
    </message>
    <message>
        <source>Familiens plan</source>
        <translation>Family&apos;s plan</translation>
    </message>
    <message>
        <source>Legg til p&amp;unkt</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>Familiens &amp;plan</source>
        <translation>&amp;Family&apos;s plan</translation>
    </message>
    <message>
        <source>&amp;Merknad</source>
        <translation>Not&amp;e</translation>
    </message>
    <message>
        <source>Godkjenn familiens plan</source>
        <translation>Approve the family&apos;s plan</translation>
    </message>
    <message>
        <source>&amp;Svar</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Forbehold eller begrunnelse</source>
        <translation>&amp;Reservations or reasons</translation>
    </message>
    <message>
        <source>Oppfølgende familieråd</source>
        <translation>Follow-up family group conference</translation>
    </message>
    <message>
        <source>&amp;Oppfølging</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>Koordinatoren skal være uavhengig av barnevernstjenesten. Velg en koordinator utenfor tjenesten (for eksempel fra en koordinatorpool i en annen kommune eller Bufetat).</source>
        <translation>The coordinator must be independent of the child welfare service. Choose a coordinator outside the service (for example from a coordinator pool in another municipality or Bufetat).</translation>
    </message>
    <message>
        <source>Hver uke</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Hver 14. dag</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <source>Hver 3. uke</source>
        <translation>Every three weeks</translation>
    </message>
    <message>
        <source>Hver måned</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Annenhver måned</source>
        <translation>Every other month</translation>
    </message>
    <message>
        <source>Hver 3. måned</source>
        <translation>Every three months</translation>
    </message>
    <message>
        <source>Oppgave {n}: skriv hva som skal gjøres.</source>
        <translation>Task {n}: write what is to be done.</translation>
    </message>
    <message>
        <source>Oppgave {n}: skriv hvem som er ansvarlig.</source>
        <translation>Task {n}: write who is responsible.</translation>
    </message>
    <message>
        <source>Oppgave {n}: fristen kan ikke være før kontakten.</source>
        <translation>Task {n}: the deadline cannot be before the contact.</translation>
    </message>
    <message>
        <source>Tidspunktet kan ikke være fram i tid.</source>
        <translation>The time cannot be in the future.</translation>
    </message>
    <message>
        <source>Datoen ser feil ut – sjekk året.</source>
        <translation>The date looks wrong – check the year.</translation>
    </message>
    <message>
        <source>Skriv et kort sammendrag før kontakten markeres som ferdig.</source>
        <translation>Write a short summary before the contact is marked as finished.</translation>
    </message>
    <message>
        <source>Det ble ikke oppnådd kontakt, så forelderens egne ord kan ikke fylles ut. Skriv det i sammendraget hvis forelderen sa noe senere.</source>
        <translation>No contact was made, so the parent&apos;s own words cannot be filled in. Write it in the summary if the parent said something later.</translation>
    </message>
    <message>
        <source>Skriv hvilket språk tolken tolket til.</source>
        <translation>Write which language the interpreter interpreted into.</translation>
    </message>
    <message>
        <source>Oppføringen er trukket tilbake og kan ikke endres.</source>
        <translation>The entry has been withdrawn and cannot be changed.</translation>
    </message>
    <message>
        <source>Oppføringen er ferdig. Skriv hvorfor den endres nå – den tidligere teksten tas vare på.</source>
        <translation>The entry is finished. Write why it is being changed now – the earlier text is kept.</translation>
    </message>
    <message>
        <source>Hyppigheten må være mellom 1 og 365 dager.</source>
        <translation>The frequency must be between 1 and 365 days.</translation>
    </message>
    <message>
        <source>Sett en dato for når kontakt skal tilbys igjen.</source>
        <translation>Set a date for when contact is to be offered again.</translation>
    </message>
    <message>
        <source>Neste tilbud kan ikke være før forelderen takket nei.</source>
        <translation>The next offer cannot be before the parent declined.</translation>
    </message>
    <message>
        <source>Skriv spørsmålet familien skal svare på i familierådet.</source>
        <translation>Write the question the family is to answer at the family group conference.</translation>
    </message>
    <message>
        <source>Familieråd bygger på frivillig samtykke. Kryss av når forelderen har sagt ja.</source>
        <translation>A family group conference is based on voluntary consent. Tick when the parent has said yes.</translation>
    </message>
    <message>
        <source>Navnet er for langt.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <source>Skriv datoen familierådet ble holdt.</source>
        <translation>Write the date the family group conference was held.</translation>
    </message>
    <message>
        <source>Et familieråd kan ikke være holdt fram i tid.</source>
        <translation>A family group conference cannot have been held in the future.</translation>
    </message>
    <message>
        <source>Kryss av hvem som kom på familierådet.</source>
        <translation>Tick who came to the family group conference.</translation>
    </message>
    <message>
        <source>Et familieråd som ikke er holdt, har ingen dato holdt.</source>
        <translation>A family group conference that has not been held has no date held.</translation>
    </message>
    <message>
        <source>Ingen kan ha kommet på et familieråd som ikke er holdt.</source>
        <translation>Nobody can have come to a family group conference that has not been held.</translation>
    </message>
    <message>
        <source>Familiens plan lages på familierådet. Registrer det holdt.</source>
        <translation>The family&apos;s plan is made at the family group conference. Record it as held.</translation>
    </message>
    <message>
        <source>Planen kan bare godkjennes etter at familierådet er holdt.</source>
        <translation>The plan can only be approved after the family group conference has been held.</translation>
    </message>
    <message>
        <source>Skriv hvorfor familierådet ble avlyst.</source>
        <translation>Write why the family group conference was cancelled.</translation>
    </message>
    <message>
        <source>Samme person står to ganger i listen.</source>
        <translation>The same person is in the list twice.</translation>
    </message>
    <message>
        <source>Velg om planen er godkjent.</source>
        <translation>Choose whether the plan is approved.</translation>
    </message>
    <message>
        <source>Det er ingen plan å godkjenne ennå.</source>
        <translation>There is no plan to approve yet.</translation>
    </message>
    <message>
        <source>Skriv datoen planen ble behandlet.</source>
        <translation>Write the date the plan was considered.</translation>
    </message>
    <message>
        <source>Planen kan ikke være behandlet før familierådet.</source>
        <translation>The plan cannot have been considered before the family group conference.</translation>
    </message>
    <message>
        <source>Det oppfølgende familierådet må være etter dette.</source>
        <translation>The follow-up family group conference must be after this one.</translation>
    </message>
    <message>
        <source>Oppfølgingen er mer enn to år fram – sjekk året.</source>
        <translation>The follow-up is more than two years ahead – check the year.</translation>
    </message>
    <message>
        <source>Familieråd – registrer det holdt eller avlyst</source>
        <translation>Family group conference – record it as held or cancelled</translation>
    </message>
    <message>
        <source>Familieråd</source>
        <translation>Family group conference</translation>
    </message>
    <message>
        <source>Oppfølgende familieråd – planlegg det med koordinatoren</source>
        <translation>Follow-up family group conference – plan it with the coordinator</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se familierådene.</source>
        <translation>Choose a parent under Parents to see the family group conferences.</translation>
    </message>
    <message>
        <source>&amp;Nytt familieråd …</source>
        <translation>&amp;New family group conference …</translation>
    </message>
    <message>
        <source>&amp;Registrer holdt / endre …</source>
        <translation>&amp;Record held / change …</translation>
    </message>
    <message>
        <source>&amp;Godkjenn planen …</source>
        <translation>&amp;Approve the plan …</translation>
    </message>
    <message>
        <source>Gjør planen til &amp;oppgaver</source>
        <translation>Make the plan into &amp;tasks</translation>
    </message>
    <message>
        <source>Hvert punkt i familiens plan blir en oppfølgingsoppgave med ansvarlig og frist</source>
        <translation>Each item in the family&apos;s plan becomes a follow-up task with a person responsible and a deadline</translation>
    </message>
    <message>
        <source>Skriv ut &amp;planen …</source>
        <translation>Print the &amp;plan …</translation>
    </message>
    <message>
        <source>Familierådets plan til deltakerne: uten det de ikke kan få vite</source>
        <translation>The conference plan for the participants: without what they may not be told</translation>
    </message>
    <message>
        <source>Om familierådet</source>
        <translation>About the family group conference</translation>
    </message>
    <message>
        <source>Inviterte og hvem som kom</source>
        <translation>Invited and who came</translation>
    </message>
    <message>
        <source>Innen</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Oppgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>&amp;Familierådene</source>
        <translation>&amp;Family group conferences</translation>
    </message>
    <message>
        <source>Familiens p&amp;lan</source>
        <translation>Family&apos;s p&amp;lan</translation>
    </message>
    <message>
        <source>Ingen familieråd ennå. Et familieråd bygger på frivillig samtykke: familien og nettverket lager sin egen plan, og barnevernstjenesten godkjenner den.</source>
        <translation>No family group conferences yet. A family group conference is based on voluntary consent: the family and network make their own plan, and the child welfare service approves it.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ikke ennå</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>oppgave, åpen</source>
        <translation>task, open</translation>
    </message>
    <message>
        <source>oppgave, {status}</source>
        <translation>task, {status}</translation>
    </message>
    <message>
        <source>Spørsmålet til familien:</source>
        <translation>The question for the family:</translation>
    </message>
    <message>
        <source>Formål: {purpose}</source>
        <translation>Purpose: {purpose}</translation>
    </message>
    <message>
        <source>Koordinator: {who}</source>
        <translation>Coordinator: {who}</translation>
    </message>
    <message>
        <source>Planlagt: {day}</source>
        <translation>Planned: {day}</translation>
    </message>
    <message>
        <source>Holdt: {day}</source>
        <translation>Held: {day}</translation>
    </message>
    <message>
        <source>Avlyst: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <source>Planen er ikke behandlet av barnevernstjenesten ennå.</source>
        <translation>The child welfare service has not considered the plan yet.</translation>
    </message>
    <message>
        <source>{answer} {day}</source>
        <translation>{answer} {day}</translation>
    </message>
    <message>
        <source>Oppfølgende familieråd: {day}</source>
        <translation>Follow-up family group conference: {day}</translation>
    </message>
    <message>
        <source>Skriv først samtalen i kontaktloggen. Tilbakemeldingen knyttes til den.</source>
        <translation>First record the conversation in the contact log. The feedback is linked to it.</translation>
    </message>
    <message>
        <source>Ikke knyttet til en kontakt</source>
        <translation>Not linked to a contact</translation>
    </message>
    <message>
        <source>Kontakt nr. {n} (eldre)</source>
        <translation>Contact no. {n} (older)</translation>
    </message>
    <message>
        <source>KOR-skår fra papirskjema</source>
        <translation>KOR score from paper form</translation>
    </message>
    <message>
        <source>Skriv inn tallene forelderen merket på skjemaet: 0–10 med én desimal. Spørsmålene står på skjemaet og vises ikke her.</source>
        <translation>Enter the numbers the parent marked on the form: 0–10 with one decimal. The questions are on the form and are not shown here.</translation>
    </message>
    <message>
        <source>&amp;Skjema</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Kontakt</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>Dimensjon &amp;{n}</source>
        <translation>Dimension &amp;{n}</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>– (skriv inn alle fire tallene)</source>
        <translation>– (enter all four numbers)</translation>
    </message>
    <message>
        <source>under grensen</source>
        <translation>below the cut-off</translation>
    </message>
    <message>
        <source>ikke under grensen</source>
        <translation>not below the cut-off</translation>
    </message>
    <message>
        <source>{total} av 40 ({side} {cut})</source>
        <translation>{total} of 40 ({side} {cut})</translation>
    </message>
    <message>
        <source>Tilbakemelding etter en samtale</source>
        <translation>Feedback after a conversation</translation>
    </message>
    <message>
        <source>&amp;Samtale</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;Forelderens ord</source>
        <translation>&amp;Parent&apos;s words</translation>
    </message>
    <message>
        <source>Det forelderen sa, med egne ord</source>
        <translation>What the parent said, in their own words</translation>
    </message>
    <message>
        <source>&amp;ORS</source>
        <translation>&amp;ORS</translation>
    </message>
    <message>
        <source>&amp;SRS</source>
        <translation>S&amp;RS</translation>
    </message>
    <message>
        <source>&amp;Enkel tilbakemelding</source>
        <translation>&amp;Simple feedback</translation>
    </message>
    <message>
        <source>{name} over tid</source>
        <translation>{name} over time</translation>
    </message>
    <message>
        <source>{name}-skårer som tabell</source>
        <translation>{name} scores as a table</translation>
    </message>
    <message>
        <source>&amp;Ny {name}-skår …</source>
        <translation>&amp;New {name} score …</translation>
    </message>
    <message>
        <source>&amp;Rett valgt skår …</source>
        <translation>&amp;Correct selected score …</translation>
    </message>
    <message>
        <source>ORS, sum</source>
        <translation>ORS, total</translation>
    </message>
    <message>
        <source>Klinisk grense {v}</source>
        <translation>Clinical cut-off {v}</translation>
    </message>
    <message>
        <source>Ingen pålitelig endring</source>
        <translation>No reliable change</translation>
    </message>
    <message>
        <source>ORS: hvordan forelderen har det, slik forelderen selv merket det på papirskjemaet. Stiplet linje: klinisk grense ({cut}). En sum under grensen regnes som i klinisk område. Skravert felt: mindre enn {rc} fra første skår – ingen pålitelig endring.</source>
        <translation>ORS: how the parent is doing, as the parent marked it on the paper form. Dashed line: clinical cut-off ({cut}). A total below the cut-off counts as in the clinical range. Shaded area: less than {rc} from the first score – no reliable change.</translation>
    </message>
    <message>
        <source>Ingen ORS ennå. Skriv inn skjemaet forelderen fylte ut på papir.</source>
        <translation>No ORS yet. Enter the form the parent filled in on paper.</translation>
    </message>
    <message>
        <source>SRS, sum</source>
        <translation>SRS, total</translation>
    </message>
    <message>
        <source>Grense {v}</source>
        <translation>Cut-off {v}</translation>
    </message>
    <message>
        <source>SRS: hvordan samtalen var for forelderen, merket etter samtalen. Stiplet linje: grensen ({cut}). Under grensen: {prompt}. Et ▲ i tabellen viser samtalene det gjelder.</source>
        <translation>SRS: how the conversation was for the parent, marked after the conversation. Dashed line: the cut-off ({cut}). Below the cut-off: {prompt}. A ▲ in the table shows the conversations concerned.</translation>
    </message>
    <message>
        <source>Ingen SRS ennå. Skriv inn skjemaet forelderen fylte ut etter en samtale.</source>
        <translation>No SRS yet. Enter the form the parent filled in after a conversation.</translation>
    </message>
    <message>
        <source>Enkle tilbakemeldinger</source>
        <translation>Simple feedback</translation>
    </message>
    <message>
        <source>N&amp;y tilbakemelding …</source>
        <translation>N&amp;ew feedback …</translation>
    </message>
    <message>
        <source>R&amp;ett valgt …</source>
        <translation>C&amp;orrect selected …</translation>
    </message>
    <message>
        <source>Etter en samtale: «{q}» – forelderens svar og egne ord. For kontor som ikke bruker KOR, eller i tillegg.</source>
        <translation>After a conversation: &quot;{q}&quot; – the parent&apos;s answer and own words. For offices that do not use KOR, or in addition.</translation>
    </message>
    <message>
        <source>Ingen tilbakemeldinger ennå.</source>
        <translation>No feedback yet.</translation>
    </message>
    <message>
        <source>Tilbakemelding</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se tilbakemeldingene.</source>
        <translation>Choose a parent under Parents to see the feedback.</translation>
    </message>
    <message>
        <source>▲ Siste SRS ({day}) var {total}, under grensen {cut}. {prompt}.</source>
        <translation>▲ Last SRS ({day}) was {total}, below the cut-off {cut}. {prompt}.</translation>
    </message>
    <message>
        <source>Barnets plan</source>
        <translation>Child&apos;s plan</translation>
    </message>
    <message>
        <source>&amp;Barn</source>
        <translation>&amp;Child</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Datert</source>
        <translation>&amp;Dated</translation>
    </message>
    <message>
        <source>&amp;Mål</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <source>Målet slik det står i planen</source>
        <translation>The goal as stated in the plan</translation>
    </message>
    <message>
        <source>&amp;Tidsperspektiv</source>
        <translation>&amp;Time frame</translation>
    </message>
    <message>
        <source>For eksempel: ny vurdering innen ett år</source>
        <translation>For example: new assessment within a year</translation>
    </message>
    <message>
        <source>Formålet med oppfølgingen</source>
        <translation>Purpose of the follow-up</translation>
    </message>
    <message>
        <source>Med &amp;forelderens ord</source>
        <translation>In the &amp;parent&apos;s words</translation>
    </message>
    <message>
        <source>Hva forelderen ønsker å få ut av oppfølgingen</source>
        <translation>What the parent wants from the follow-up</translation>
    </message>
    <message>
        <source>Med &amp;dine ord</source>
        <translation>In &amp;your words</translation>
    </message>
    <message>
        <source>&amp;Avtalt</source>
        <translation>&amp;Agreed</translation>
    </message>
    <message>
        <source>Informasjon gitt</source>
        <translation>Information given</translation>
    </message>
    <message>
        <source>&amp;Punkt</source>
        <translation>I&amp;tem</translation>
    </message>
    <message>
        <source>&amp;Gitt</source>
        <translation>&amp;Given</translation>
    </message>
    <message>
        <source>&amp;Hvordan</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>Med tolk</source>
        <translation>With interpreter</translation>
    </message>
    <message>
        <source>&amp;Tolk</source>
        <translation>&amp;Interpreter</translation>
    </message>
    <message>
        <source>Støttepersonen var til stede</source>
        <translation>The support person was present</translation>
    </message>
    <message>
        <source>&amp;Støtteperson</source>
        <translation>&amp;Support person</translation>
    </message>
    <message>
        <source>&amp;Forstått</source>
        <translation>&amp;Understood</translation>
    </message>
    <message>
        <source>Gis &amp;igjen</source>
        <translation>Give &amp;again</translation>
    </message>
    <message>
        <source>For eksempel hva forelderen lurte på</source>
        <translation>For example what the parent wondered about</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Datert</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Tidsperspektiv</source>
        <translation>Time frame</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sist gitt</source>
        <translation>Last given</translation>
    </message>
    <message>
        <source>Hvordan</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Gis igjen</source>
        <translation>Give again</translation>
    </message>
    <message>
        <source>Ganger</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>tolk</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <source>støtteperson</source>
        <translation>support person</translation>
    </message>
    <message>
        <source>Forelderens vurdering</source>
        <translation>Parent&apos;s assessment</translation>
    </message>
    <message>
        <source>Gjelder</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Ønsket</source>
        <translation>Wish</translation>
    </message>
    <message>
        <source>Svar innen / svart</source>
        <translation>Answer by / answered</translation>
    </message>
    <message>
        <source>Svar er forsinket</source>
        <translation>Reply is late</translation>
    </message>
    <message>
        <source>Venter på svar</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <source>Besvart</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Forfalt </source>
        <translation>Overdue </translation>
    </message>
    <message>
        <source>Barnets planer</source>
        <translation>The child&apos;s plans</translation>
    </message>
    <message>
        <source>Ny &amp;plan …</source>
        <translation>&amp;New plan …</translation>
    </message>
    <message>
        <source>&amp;Endre plan …</source>
        <translation>E&amp;dit plan …</translation>
    </message>
    <message>
        <source>Formål og samarbeidsavtale</source>
        <translation>Purpose and cooperation agreement</translation>
    </message>
    <message>
        <source>Formål&amp;et …</source>
        <translation>Purpos&amp;e …</translation>
    </message>
    <message>
        <source>Sam&amp;arbeidsavtale …</source>
        <translation>Coo&amp;peration agreement …</translation>
    </message>
    <message>
        <source>Hvem bestemmer hva</source>
        <translation>Who decides what</translation>
    </message>
    <message>
        <source>Barnets &amp;planer</source>
        <translation>&amp;Child&apos;s plans</translation>
    </message>
    <message>
        <source>{n} skal gis igjen</source>
        <translation>{n} to be given again</translation>
    </message>
    <message>
        <source>{n} er ikke bekreftet forstått</source>
        <translation>{n} not confirmed understood</translation>
    </message>
    <message>
        <source>{n} er ikke gitt ennå</source>
        <translation>{n} not given yet</translation>
    </message>
    <message>
        <source>Alle punktene er gitt og forstått.</source>
        <translation>All items have been given and understood.</translation>
    </message>
    <message numerus="yes">
        <source>%n punkter</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Av {total}: {what}.</source>
        <translation>Of {total}: {what}.</translation>
    </message>
    <message>
        <source>Sjekkliste for informasjon</source>
        <translation>Information checklist</translation>
    </message>
    <message>
        <source>&amp;Registrer gitt informasjon …</source>
        <translation>&amp;Record information given …</translation>
    </message>
    <message>
        <source>Historikk for punktet</source>
        <translation>History of the item</translation>
    </message>
    <message>
        <source>&amp;Historikk for punktet</source>
        <translation>&amp;History of the item</translation>
    </message>
    <message>
        <source>&amp;Sjekkliste</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>Historikk: {item}</source>
        <translation>History: {item}</translation>
    </message>
    <message>
        <source>Ikke gitt ennå.</source>
        <translation>Not given yet.</translation>
    </message>
    <message>
        <source>gis igjen {d}</source>
        <translation>to be repeated {d}</translation>
    </message>
    <message>
        <source>Vurdering og veien hjem</source>
        <translation>Assessment and the way home</translation>
    </message>
    <message>
        <source>&amp;Ny vurdering …</source>
        <translation>&amp;New assessment …</translation>
    </message>
    <message>
        <source>Forelderens evalueringer</source>
        <translation>The parent&apos;s evaluations</translation>
    </message>
    <message>
        <source>Ingen evalueringer ennå. Spør forelderen hvordan de synes plasseringen gjennomføres, og skriv det med deres ord.</source>
        <translation>No evaluations yet. Ask the parent how they think the placement is being carried out, and write it in their words.</translation>
    </message>
    <message>
        <source>Ny &amp;evaluering …</source>
        <translation>New &amp;evaluation …</translation>
    </message>
    <message>
        <source>Forelderens e&amp;valuering av plasseringen</source>
        <translation>The parent&apos;s e&amp;valuation of the placement</translation>
    </message>
    <message>
        <source>Forelderens ønsker</source>
        <translation>The parent&apos;s wishes</translation>
    </message>
    <message>
        <source>Ønsket og svaret</source>
        <translation>The wish and the answer</translation>
    </message>
    <message>
        <source>Nytt ø&amp;nske …</source>
        <translation>&amp;New wish …</translation>
    </message>
    <message>
        <source>Endre ønske&amp;t …</source>
        <translation>Edit &amp;wish …</translation>
    </message>
    <message>
        <source>S&amp;var …</source>
        <translation>&amp;Answer …</translation>
    </message>
    <message>
        <source>Ønsker (åpne ø&amp;verst)</source>
        <translation>Wishes (open at &amp;top)</translation>
    </message>
    <message>
        <source>Ingen ønsker registrert.</source>
        <translation>No wishes recorded.</translation>
    </message>
    <message>
        <source>Ikke besvart. Svar innen {d}.</source>
        <translation>Not answered. Answer by {d}.</translation>
    </message>
    <message>
        <source>Frister i oppfølgingen</source>
        <translation>Deadlines in the follow-up</translation>
    </message>
    <message>
        <source>Ingen åpne frister i oppfølgingen av denne forelderen.</source>
        <translation>No open deadlines in the follow-up of this parent.</translation>
    </message>
    <message>
        <source>Fristene vises også i Oversikt.</source>
        <translation>The deadlines are also shown in Overview.</translation>
    </message>
    <message>
        <source>&amp;Frister</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <source>Kommunens tilpasning av oppfølgingsskjemaet har noe som ikke kan brukes; bufapps egen tekst står der i stedet. Be den som har ansvar for skjemaene se på dette:</source>
        <translation>The municipality&apos;s adaptation of the follow-up form contains something that cannot be used; bufapp&apos;s own text is shown instead. Ask the person responsible for the forms to look at this:</translation>
    </message>
    <message>
        <source>Første samtale</source>
        <translation>First conversation</translation>
    </message>
    <message>
        <source>Med forelderens ord</source>
        <translation>In the parent&apos;s words</translation>
    </message>
    <message>
        <source>Ikke skrevet</source>
        <translation>Not written</translation>
    </message>
    <message>
        <source>Med saksbehandlerens ord</source>
        <translation>In the caseworker&apos;s words</translation>
    </message>
    <message>
        <source>Ikke skrevet ennå. Skriv formålet sammen med forelderen.</source>
        <translation>Not written yet. Write the purpose together with the parent.</translation>
    </message>
    <message>
        <source>Samarbeidsavtale</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <source>forelderen ønsker ikke kontakt nå (siden {d})</source>
        <translation>the parent does not want contact now (since {d})</translation>
    </message>
    <message>
        <source>Ikke avtalt</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>Hvor forelderen vil møtes</source>
        <translation>Where the parent wants to meet</translation>
    </message>
    <message>
        <source>Støtteperson</source>
        <translation>Support person</translation>
    </message>
    <message>
        <source>Ingen barn er knyttet til forelderen.</source>
        <translation>No children are linked to the parent.</translation>
    </message>
    <message>
        <source>forelderen har ikke foreldreansvar</source>
        <translation>the parent does not have parental responsibility</translation>
    </message>
    <message>
        <source>Plasseringen ble avsluttet {d}</source>
        <translation>The placement ended {d}</translation>
    </message>
    <message>
        <source>Barnet er ikke registrert plassert.</source>
        <translation>The child is not recorded as placed.</translation>
    </message>
    <message>
        <source>Skrevet {d}</source>
        <translation>Written {d}</translation>
    </message>
    <message>
        <source>ny vurdering {d}</source>
        <translation>new assessment {d}</translation>
    </message>
    <message>
        <source>Barnevernstjenestens vurdering nå</source>
        <translation>The child welfare service&apos;s current assessment</translation>
    </message>
    <message>
        <source>Ingen vurdering ennå. Skriv til forelderen hva som skal til for at barnet kan flytte hjem, eller hvorfor det ikke er forventet nå.</source>
        <translation>No assessment yet. Write to the parent what it will take for the child to move home, or why that is not expected now.</translation>
    </message>
    <message>
        <source>Tidligere vurderinger</source>
        <translation>Earlier assessments</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se oppfølgingen.</source>
        <translation>Choose a parent under Parents to see the follow-up.</translation>
    </message>
    <message>
        <source>Informasjonsar&amp;k …</source>
        <translation>I&amp;nformation sheet …</translation>
    </message>
    <message>
        <source>Et ark på enkelt språk til forelderen, for utskrift</source>
        <translation>A sheet in plain language for the parent, for printing</translation>
    </message>
    <message>
        <source>Formål og &amp;roller</source>
        <translation>Purpose and &amp;roles</translation>
    </message>
    <message>
        <source>&amp;Informasjon</source>
        <translation>&amp;Information</translation>
    </message>
    <message>
        <source>Vurdering og veien &amp;hjem</source>
        <translation>Assessment and the way &amp;home</translation>
    </message>
    <message>
        <source>Ø&amp;nsker</source>
        <translation>Wi&amp;shes</translation>
    </message>
    <message>
        <source>Fris&amp;ter</source>
        <translation>Dead&amp;lines</translation>
    </message>
    <message>
        <source>({n} å følge opp)</source>
        <translation>({n} to follow up)</translation>
    </message>
    <message>
        <source>({n} ubesvart)</source>
        <translation>({n} unanswered)</translation>
    </message>
    <message>
        <source>V&amp;eien hjem</source>
        <translation>The way &amp;home</translation>
    </message>
    <message>
        <source>&amp;Vurderingen</source>
        <translation>&amp;The assessment</translation>
    </message>
    <message>
        <source>Skrevet til forelderen, med enkle ord: hva som skal til for at barnet kan flytte hjem – eller hvorfor det ikke er forventet nå.</source>
        <translation>Written to the parent, in plain words: what it takes for the child to move home – or why that is not expected now.</translation>
    </message>
    <message>
        <source>&amp;Ny vurdering</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <source>Forelderens evaluering</source>
        <translation>Parent&apos;s evaluation</translation>
    </message>
    <message>
        <source>Med forelderens &amp;ord</source>
        <translation>In the parent&apos;s &amp;words</translation>
    </message>
    <message>
        <source>Hvordan forelderen synes plasseringen gjennomføres</source>
        <translation>How the parent thinks the placement is being carried out</translation>
    </message>
    <message>
        <source>Forelderens ønske</source>
        <translation>Parent&apos;s wish</translation>
    </message>
    <message>
        <source>&amp;Gjelder</source>
        <translation>&amp;Concerns</translation>
    </message>
    <message>
        <source>&amp;Svar innen</source>
        <translation>&amp;Answer by</translation>
    </message>
    <message numerus="yes">
        <source>%n dager</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Uten dato: svar innen {days}.</source>
        <translation>No date: reply within {days}.</translation>
    </message>
    <message>
        <source>Svar på ønsket</source>
        <translation>Answer to the wish</translation>
    </message>
    <message>
        <source>Ønsket: {words}</source>
        <translation>Wish: {words}</translation>
    </message>
    <message>
        <source>&amp;Svart</source>
        <translation>&amp;Answered</translation>
    </message>
    <message>
        <source>&amp;Utfall</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Sv&amp;aret</source>
        <translation>The ans&amp;wer</translation>
    </message>
    <message>
        <source>Påkrevd når ønsket ikke kan innfris, helt eller delvis: den faglige grunnen</source>
        <translation>Required when the wish cannot be met, fully or partly: the professional reason</translation>
    </message>
    <message>
        <source>Avslutte «{name}»? Tilbudet blir stående i katalogen som avsluttet, og foreldrenes deltakelse beholdes. Det tas ikke med i oversikten.</source>
        <translation>End &quot;{name}&quot;? The offer remains in the catalogue as ended, and the parents&apos; participation is kept. It is left out of the overview.</translation>
    </message>
    <message>
        <source>Slette «{name}» fra katalogen?</source>
        <translation>Delete &quot;{name}&quot; from the catalogue?</translation>
    </message>
    <message>
        <source>Oversikt over gruppetilbud</source>
        <translation>Overview of group offers</translation>
    </message>
    <message>
        <source>Gruppetilbudene generelt</source>
        <translation>The group offers in general</translation>
    </message>
    <message>
        <source>1 – ikke nyttig</source>
        <translation>1 – not useful</translation>
    </message>
    <message>
        <source>5 – svært nyttig</source>
        <translation>5 – very useful</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Familievernkontorets eget tilbud</source>
        <translation>The family counselling office&apos;s own offer</translation>
    </message>
    <message>
        <source>&amp;Eget tilbud</source>
        <translation>&amp;Own offer</translation>
    </message>
    <message>
        <source>(ikke i adresseboken)</source>
        <translation>(not in the address book)</translation>
    </message>
    <message>
        <source>&amp;Hvem driver</source>
        <translation>&amp;Who runs it</translation>
    </message>
    <message>
        <source>&amp;Eller skriv navnet</source>
        <translation>Or wr&amp;ite the name</translation>
    </message>
    <message>
        <source>&amp;Starter</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <source>&amp;Slutter</source>
        <translation>&amp;Ends</translation>
    </message>
    <message>
        <source>&amp;Når (i ord)</source>
        <translation>W&amp;hen (in words)</translation>
    </message>
    <message>
        <source>For eksempel: tirsdager kl. 18–20, annenhver uke</source>
        <translation>For example: Tuesdays 6–8 pm, every other week</translation>
    </message>
    <message>
        <source>&amp;Antall samlinger</source>
        <translation>&amp;Number of sessions</translation>
    </message>
    <message>
        <source>Ste&amp;d</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Kontaktperson</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <source>&amp;Påmelding</source>
        <translation>&amp;Registration</translation>
    </message>
    <message>
        <source>Hvordan foreldrene melder seg på</source>
        <translation>How parents sign up</translation>
    </message>
    <message>
        <source>&amp;Om tilbudet</source>
        <translation>A&amp;bout the offer</translation>
    </message>
    <message>
        <source>Tilbudet er aktivt (med i oversikten)</source>
        <translation>The offer is active (included in the overview)</translation>
    </message>
    <message>
        <source>Akti&amp;vt</source>
        <translation>Acti&amp;ve</translation>
    </message>
    <message>
        <source>Deltakelse i gruppetilbud</source>
        <translation>Participation in group offers</translation>
    </message>
    <message>
        <source>, {n} samlinger</source>
        <translation>, {n} sessions</translation>
    </message>
    <message>
        <source>&amp;Tilbud</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>&amp;Informert</source>
        <translation>&amp;Informed</translation>
    </message>
    <message>
        <source>Forelderens &amp;svar</source>
        <translation>Pa&amp;rent&apos;s answer</translation>
    </message>
    <message>
        <source>&amp;Henvist</source>
        <translation>Re&amp;ferred</translation>
    </message>
    <message>
        <source>S&amp;tartet</source>
        <translation>S&amp;tarted</translation>
    </message>
    <message>
        <source>Samlinger &amp;deltatt</source>
        <translation>Sessions &amp;attended</translation>
    </message>
    <message>
        <source>&amp;Fullført</source>
        <translation>&amp;Completed</translation>
    </message>
    <message>
        <source>Sl&amp;uttet før tiden</source>
        <translation>&amp;Stopped early</translation>
    </message>
    <message>
        <source>H&amp;vorfor sluttet</source>
        <translation>W&amp;hy stopped</translation>
    </message>
    <message>
        <source>Forelderens &amp;evaluering</source>
        <translation>&amp;Parent&apos;s evaluation</translation>
    </message>
    <message>
        <source>Med forelderens egne ord</source>
        <translation>In the parent&apos;s own words</translation>
    </message>
    <message>
        <source>Hvor n&amp;yttig</source>
        <translation>How &amp;useful</translation>
    </message>
    <message>
        <source>Aktive</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Avsluttede</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Gruppetilbud i området</source>
        <translation>Group offers in the area</translation>
    </message>
    <message>
        <source>&amp;Nytt tilbud …</source>
        <translation>&amp;New offer …</translation>
    </message>
    <message>
        <source>&amp;Endre …</source>
        <translation>E&amp;dit …</translation>
    </message>
    <message>
        <source>&amp;Avslutt tilbudet</source>
        <translation>&amp;End the offer</translation>
    </message>
    <message>
        <source>Tilbudet er over: det blir stående i katalogen som avsluttet, med deltakerne</source>
        <translation>The offer is over: it remains in the catalogue as ended, with the participants</translation>
    </message>
    <message>
        <source>S&amp;lett</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Bare et tilbud uten deltakere kan slettes</source>
        <translation>Only an offer without participants can be deleted</translation>
    </message>
    <message>
        <source>Skriv ut &amp;oversikt …</source>
        <translation>Print &amp;overview …</translation>
    </message>
    <message>
        <source>De aktive tilbudene som PDF, til en forelder eller kontoret: ingen navn</source>
        <translation>The active offers as PDF, for a parent or the office: no names</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>{n} aktive av {all} tilbud</source>
        <translation>{n} active of {all} offers</translation>
    </message>
    <message>
        <source>Forelderens deltakelse i gruppetilbud</source>
        <translation>The parent&apos;s participation in group offers</translation>
    </message>
    <message>
        <source>&amp;Informert om tilbudene …</source>
        <translation>&amp;Informed about the offers …</translation>
    </message>
    <message>
        <source>Forelderen er fortalt om gruppetilbudene: når, og hva forelderen svarte</source>
        <translation>The parent has been told about the group offers: when, and what the parent answered</translation>
    </message>
    <message>
        <source>&amp;Henvist til et tilbud …</source>
        <translation>&amp;Referred to an offer …</translation>
    </message>
    <message>
        <source>&amp;Neste steg eller endre …</source>
        <translation>&amp;Next step or edit …</translation>
    </message>
    <message>
        <source>Startet, samlinger deltatt, fullført eller sluttet, og forelderens evaluering</source>
        <translation>Started, sessions attended, completed or stopped, and the parent&apos;s evaluation</translation>
    </message>
    <message>
        <source>&amp;Deltakelse</source>
        <translation>&amp;Participation</translation>
    </message>
    <message>
        <source>▲ Forelderen er ikke informert om gruppetilbudene. Barnevernstjenesten bør kjenne til gruppetilbudene i området og fortelle om dem (frist {due}: 30 dager etter plasseringen).</source>
        <translation>▲ The parent has not been informed about the group offers. The child welfare service should know the group offers in the area and tell the parent about them (deadline {due}: 30 days after the placement).</translation>
    </message>
    <message>
        <source>Informert om gruppetilbudene første gang {day}.</source>
        <translation>First informed about the group offers {day}.</translation>
    </message>
    <message>
        <source>Ikke informert om gruppetilbudene ennå.</source>
        <translation>Not informed about the group offers yet.</translation>
    </message>
    <message>
        <source>Forelderens evaluering: «{words}»</source>
        <translation>The parent&apos;s evaluation: &quot;{words}&quot;</translation>
    </message>
    <message>
        <source>Hvorfor sluttet: {why}</source>
        <translation>Why they stopped: {why}</translation>
    </message>
    <message>
        <source>Merknad: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Første samtale etter plassering</source>
        <translation>First conversation after placement</translation>
    </message>
    <message>
        <source>Kontakt med foreldrene</source>
        <translation>Contact with the parents</translation>
    </message>
    <message>
        <source>Foreldrenes evaluering av møter i ansvarsgruppen</source>
        <translation>Parents&apos; evaluation of responsibility group meetings</translation>
    </message>
    <message>
        <source>Informasjon foreldrene har fått</source>
        <translation>Information the parents have been given</translation>
    </message>
    <message>
        <source>Foreldre med barn plassert i perioden</source>
        <translation>Parents with children placed in the period</translation>
    </message>
    <message>
        <source>Fikk tilbud om første samtale innen {days} dager</source>
        <translation>Offered a first conversation within {days} days</translation>
    </message>
    <message>
        <source>Hadde første samtale</source>
        <translation>Had first conversation</translation>
    </message>
    <message>
        <source>Foreldre med lengre opphold i kontakten enn avtalt</source>
        <translation>Parents with a longer gap in contact than agreed</translation>
    </message>
    <message>
        <source>Lengste opphold i kontakten, median</source>
        <translation>Longest gap in contact, median</translation>
    </message>
    <message>
        <source>dager</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Møter evaluert av forelderen</source>
        <translation>Meetings evaluated by the parent</translation>
    </message>
    <message>
        <source>Møter i ansvarsgruppen der forelderen ga sin evaluering i perioden.</source>
        <translation>Responsibility group meetings where the parent gave their evaluation in the period.</translation>
    </message>
    <message>
        <source>«{question}» – gjennomsnitt</source>
        <translation>&quot;{question}&quot; – average</translation>
    </message>
    <message>
        <source>av 5</source>
        <translation>out of 5</translation>
    </message>
    <message>
        <source>Informasjon som forelderen bekreftet at de forsto</source>
        <translation>Information the parent confirmed they understood</translation>
    </message>
    <message>
        <source>Foreldrenes tilbakemelding (KOR: ORS og SRS)</source>
        <translation>Parents&apos; feedback (KOR: ORS and SRS)</translation>
    </message>
    <message>
        <source>Gruppetilbud</source>
        <translation>Group offers</translation>
    </message>
    <message>
        <source>Foreldre med minst to ORS-målinger</source>
        <translation>Parents with at least two ORS scores</translation>
    </message>
    <message>
        <source>ORS bedret seg pålitelig</source>
        <translation>ORS reliably improved</translation>
    </message>
    <message>
        <source>Av foreldrene over: summen steg med minst {points} poeng.</source>
        <translation>Of the parents above: the total rose by at least {points} points.</translation>
    </message>
    <message>
        <source>ORS uten pålitelig endring</source>
        <translation>ORS without reliable change</translation>
    </message>
    <message>
        <source>Av foreldrene over: summen endret seg med mindre enn {points} poeng.</source>
        <translation>Of the parents above: the total changed by less than {points} points.</translation>
    </message>
    <message>
        <source>ORS ble pålitelig dårligere</source>
        <translation>ORS reliably worsened</translation>
    </message>
    <message>
        <source>Av foreldrene over: summen sank med minst {points} poeng.</source>
        <translation>Of the parents above: the total fell by at least {points} points.</translation>
    </message>
    <message>
        <source>Samtaler der SRS var under {cut}</source>
        <translation>Conversations where SRS was below {cut}</translation>
    </message>
    <message>
        <source>Foreldre informert om gruppetilbudene</source>
        <translation>Parents told about the group offers</translation>
    </message>
    <message>
        <source>Henvist til et gruppetilbud</source>
        <translation>Referred to a group offer</translation>
    </message>
    <message>
        <source>Startet i en gruppe</source>
        <translation>Started in a group</translation>
    </message>
    <message>
        <source>Fullførte en gruppe</source>
        <translation>Completed a group</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se forelderens deltakelse.</source>
        <translation>Choose a parent under Parents to see the parent&apos;s participation.</translation>
    </message>
    <message>
        <source>&amp;Katalog</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>Forelderens &amp;deltakelse</source>
        <translation>The parent&apos;s p&amp;articipation</translation>
    </message>
    <message>
        <source>Gruppetilbud – {name}</source>
        <translation>Group offers – {name}</translation>
    </message>
    <message>
        <source>Innkalling til ansvarsgruppemøte {d}</source>
        <translation>Invitation to responsibility group meeting {d}</translation>
    </message>
    <message>
        <source>Innkalling – hvem skal ha den?</source>
        <translation>Invitation – who should receive it?</translation>
    </message>
    <message>
        <source>&amp;Lag innkallingen</source>
        <translation>Create &amp;the invitation</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Referat – hvilken kopi?</source>
        <translation>Minutes – which copy?</translation>
    </message>
    <message>
        <source>&amp;Lag referatet</source>
        <translation>&amp;Create the minutes</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <source>Referatet sendes til: {who}.</source>
        <translation>The minutes are sent to: {who}.</translation>
    </message>
    <message>
        <source>Får ikke referatet (mangler samtykke):</source>
        <translation>Will not receive the minutes (no consent):</translation>
    </message>
    <message>
        <source>Registrere utsendingen og ta vare på referatet nå?</source>
        <translation>Record the sending and keep the minutes now?</translation>
    </message>
    <message>
        <source>Utsendingen er registrert, og referatet er tatt vare på i arkivformat.</source>
        <translation>The sending is recorded, and the minutes have been kept in archive format.</translation>
    </message>
    <message>
        <source>Tiltaksliste for ansvarsgruppen</source>
        <translation>Action list for the responsibility group</translation>
    </message>
    <message>
        <source>Møtet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>Forstod</source>
        <translation>Understood</translation>
    </message>
    <message>
        <source>Hørt</source>
        <translation>Heard</translation>
    </message>
    <message>
        <source>Evalueringer over tid</source>
        <translation>Evaluations over time</translation>
    </message>
    <message>
        <source>Svar fra 1 til 5 (møtet, forstod, hørt) – {list}</source>
        <translation>Answers from 1 to 5 (meeting, understood, heard) – {list}</translation>
    </message>
    <message>
        <source>Ingen evalueringer ennå</source>
        <translation>No evaluations yet</translation>
    </message>
    <message>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>&amp;Valgt sammen med forelderen</source>
        <translation>&amp;Chosen together with the parent</translation>
    </message>
    <message>
        <source>Valgt sammen med forelderen</source>
        <translation>Chosen together with the parent</translation>
    </message>
    <message>
        <source>Ikke valgt ennå</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>(uten navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Rediger ansvarsgruppe</source>
        <translation>Edit responsibility group</translation>
    </message>
    <message>
        <source>Ny ansvarsgruppe</source>
        <translation>New responsibility group</translation>
    </message>
    <message>
        <source>Forelderen (eller representanten) og alle tjenestene som gir hjelp, er med. Koordinatoren velges sammen med forelderen.</source>
        <translation>The parent (or their representative) and all the services that provide help take part. The coordinator is chosen together with the parent.</translation>
    </message>
    <message>
        <source>For eksempel: bolig, økonomi og mer samvær med barna</source>
        <translation>For example: housing, finances and more contact visits with the children</translation>
    </message>
    <message>
        <source>S&amp;tartdato</source>
        <translation>S&amp;tart date</translation>
    </message>
    <message>
        <source>&amp;Medlemmer</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>Referatet sendes bare til medlemmer som forelderen har samtykket til at får alle opplysningene som er krysset av.</source>
        <translation>The minutes are sent only to members who, with the parent&apos;s consent, may receive all the information ticked.</translation>
    </message>
    <message>
        <source>&amp;Opplysninger i referatet</source>
        <translation>&amp;Information in the minutes</translation>
    </message>
    <message>
        <source>&amp;Sluttdato</source>
        <translation>&amp;End date</translation>
    </message>
    <message>
        <source>Lukk tiltak</source>
        <translation>Close action</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hvem driver</source>
        <translation>Who runs it</translation>
    </message>
    <message>
        <source>Når</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Avsluttet</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Aktivt – sluttdatoen er passert</source>
        <translation>Active – the end date has passed</translation>
    </message>
    <message>
        <source>Aktivt</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Antall foreldre registrert med dette tilbudet (ingen navn her)</source>
        <translation>Number of parents recorded with this offer (no names here)</translation>
    </message>
    <message>
        <source>Tilbud</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Startet</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Samlinger</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Hvor nyttig</source>
        <translation>How useful</translation>
    </message>
    <message>
        <source>{n} av {of}</source>
        <translation>{n} of {of}</translation>
    </message>
    <message>
        <source>Sluttet: {reason}</source>
        <translation>Stopped: {reason}</translation>
    </message>
    <message>
        <source>Tiltak: {what}</source>
        <translation>Action: {what}</translation>
    </message>
    <message>
        <source>Ansvar: {who}</source>
        <translation>Responsible: {who}</translation>
    </message>
    <message>
        <source>Frist: {due}</source>
        <translation>Deadline: {due}</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Hva ble gjort – eller hvorfor tiltaket bortfalt</source>
        <translation>What was done – or why the action was dropped</translation>
    </message>
    <message>
        <source>&amp;Resultat</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>&amp;Lukk tiltak</source>
        <translation>&amp;Close action</translation>
    </message>
    <message>
        <source>Ingen tiltak ennå.</source>
        <translation>No actions yet.</translation>
    </message>
    <message>
        <source>Legg til &amp;tiltak</source>
        <translation>Add &amp;action</translation>
    </message>
    <message>
        <source>Hvem har ansvaret</source>
        <translation>Who is responsible</translation>
    </message>
    <message>
        <source>Velg eller skriv et navn</source>
        <translation>Choose or type a name</translation>
    </message>
    <message>
        <source>Har frist</source>
        <translation>Has deadline</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern dette nye tiltaket</source>
        <translation>Remove this new action</translation>
    </message>
    <message>
        <source>Hvert tiltak trenger hva som skal gjøres og hvem som har ansvaret (tiltak {rows}).</source>
        <translation>Each action needs what is to be done and who is responsible (action {rows}).</translation>
    </message>
    <message>
        <source>– velg –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>Oppmøte for {name}</source>
        <translation>Attendance for {name}</translation>
    </message>
    <message>
        <source>Resten var til &amp;stede</source>
        <translation>The rest were &amp;present</translation>
    </message>
    <message>
        <source>Alle som ikke er valgt ennå, føres opp som til stede</source>
        <translation>Everyone not yet chosen is recorded as present</translation>
    </message>
    <message>
        <source>Uten {parts}. {why}</source>
        <translation>Without {parts}. {why}</translation>
    </message>
    <message>
        <source>• {name} får det ikke</source>
        <translation>• {name} does not receive it</translation>
    </message>
    <message>
        <source>• {name} får det uten {parts}</source>
        <translation>• {name} receives it without {parts}</translation>
    </message>
    <message>
        <source>Alle medlemmene får alt.</source>
        <translation>All members receive everything.</translation>
    </message>
    <message>
        <source>Barnevernstjenestens eget eksemplar</source>
        <translation>The child welfare service&apos;s own copy</translation>
    </message>
    <message>
        <source>&amp;Mottaker</source>
        <translation>R&amp;ecipient</translation>
    </message>
    <message>
        <source>Hva denne kopien ikke har med</source>
        <translation>What this copy leaves out</translation>
    </message>
    <message>
        <source>Hvem som ikke får alt</source>
        <translation>Who does not receive everything</translation>
    </message>
    <message>
        <source>Denne kopien:</source>
        <translation>This copy:</translation>
    </message>
    <message>
        <source>Samtykket dekker ikke alt for:</source>
        <translation>The consent does not cover everything for:</translation>
    </message>
    <message>
        <source>Alt, også hvem som ikke får referatet. Sendes ikke ut.</source>
        <translation>Everything, including who does not receive the minutes. Not sent out.</translation>
    </message>
    <message>
        <source>Alt.</source>
        <translation>Everything.</translation>
    </message>
    <message>
        <source>&amp;Hvordan var møtet for deg?</source>
        <translation>&amp;How was the meeting for you?</translation>
    </message>
    <message>
        <source>svært dårlig</source>
        <translation>very bad</translation>
    </message>
    <message>
        <source>svært bra</source>
        <translation>very good</translation>
    </message>
    <message>
        <source>&amp;Forsto du det som ble sagt?</source>
        <translation>&amp;Did you understand what was said?</translation>
    </message>
    <message>
        <source>nei, ingenting</source>
        <translation>no, nothing</translation>
    </message>
    <message>
        <source>ja, alt</source>
        <translation>yes, everything</translation>
    </message>
    <message>
        <source>&amp;Ble du hørt?</source>
        <translation>&amp;Were you heard?</translation>
    </message>
    <message>
        <source>ja, helt</source>
        <translation>yes, fully</translation>
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
        <translation>Ask the parent after the meeting, preferably without the others present. Read the questions aloud and write down the answers as the parent gives them.</translation>
    </message>
    <message>
        <source>Møtet {when}</source>
        <translation>The meeting {when}</translation>
    </message>
    <message>
        <source>Det forelderen sier om møtet</source>
        <translation>What the parent says about the meeting</translation>
    </message>
    <message>
        <source>Forelderens &amp;egne ord</source>
        <translation>The parent&apos;s &amp;own words</translation>
    </message>
    <message>
        <source>Ansvarsgruppemøte {when}{where}</source>
        <translation>Responsibility group meeting {when}{where}</translation>
    </message>
    <message>
        <source>Versjon {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>endret fordi: {reason}</source>
        <translation>changed because: {reason}</translation>
    </message>
    <message>
        <source>Tidligere &amp;versjoner ({n}) …</source>
        <translation>Earlier &amp;versions ({n}) …</translation>
    </message>
    <message>
        <source>Avtalt</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>&amp;Oppmøte</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>Møte&amp;leder</source>
        <translation>Meeting &amp;chair</translation>
    </message>
    <message>
        <source>&amp;Referent</source>
        <translation>&amp;Minute-taker</translation>
    </message>
    <message>
        <source>Saker</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Tiltak som ble &amp;bestemt</source>
        <translation>Actions &amp;decided</translation>
    </message>
    <message>
        <source>&amp;Neste møte</source>
        <translation>&amp;Next meeting</translation>
    </message>
    <message>
        <source>Påkrevd: hvorfor endres et ferdig referat?</source>
        <translation>Required: why are finished minutes being changed?</translation>
    </message>
    <message>
        <source>&amp;Grunn til endring</source>
        <translation>&amp;Reason for change</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Ferdigstill referat</source>
        <translation>&amp;Finalise minutes</translation>
    </message>
    <message>
        <source>Ctrl+Enter – referatet blir journaltekst</source>
        <translation>Ctrl+Enter – the minutes become part of the record</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Vil du forkaste endringene i referatet?</source>
        <translation>Discard the changes to the minutes?</translation>
    </message>
    <message>
        <source>Hva ble sagt, og av hvem</source>
        <translation>What was said, and by whom</translation>
    </message>
    <message>
        <source>Hva mente forelderen selv? Skriv gjerne med forelderens ord.</source>
        <translation>What did the parent think? Feel free to use the parent&apos;s own words.</translation>
    </message>
    <message>
        <source>Én beslutning per linje</source>
        <translation>One decision per line</translation>
    </message>
    <message>
        <source>Sak</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Hva ble sagt</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Konklusjon</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Beslutninger</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Fjern punktet</source>
        <translation>Remove the item</translation>
    </message>
    <message>
        <source>(uten tittel)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>Punkt {n}: {label}</source>
        <translation>Item {n}: {label}</translation>
    </message>
    <message>
        <source>Legg til &amp;punkt som kom opp i møtet</source>
        <translation>Add &amp;item raised in the meeting</translation>
    </message>
    <message>
        <source>Vil du fjerne punktet «{title}» og det som er skrevet i det?</source>
        <translation>Do you want to remove the item &quot;{title}&quot; and what is written in it?</translation>
    </message>
    <message>
        <source>Møte i ansvarsgruppen</source>
        <translation>Responsibility group meeting</translation>
    </message>
    <message>
        <source>Endre planlagt møte</source>
        <translation>Edit planned meeting</translation>
    </message>
    <message>
        <source>Nytt møte</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>&amp;Klokkeslett</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>S&amp;ted</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <source>For eksempel rådhuset, møterom 2</source>
        <translation>For example the town hall, meeting room 2</translation>
    </message>
    <message>
        <source>Én sak per linje</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <source>Forelderens egne saker</source>
        <translation>The parent&apos;s own matters</translation>
    </message>
    <message>
        <source>Gå gjennom møtet sammen med forelderen på forhånd: hva vil forelderen selv ta opp? Forelderens saker kommer først på dagsordenen.</source>
        <translation>Go through the meeting with the parent beforehand: what does the parent want to raise? The parent&apos;s items come first on the agenda.</translation>
    </message>
    <message>
        <source>&amp;Forelderens saker</source>
        <translation>&amp;Parent&apos;s items</translation>
    </message>
    <message>
        <source>&amp;Andre saker</source>
        <translation>&amp;Other items</translation>
    </message>
    <message>
        <source>Innkalling &amp;sendt</source>
        <translation>Invitation &amp;sent</translation>
    </message>
    <message>
        <source>Innkalling sendt</source>
        <translation>Invitation sent</translation>
    </message>
    <message>
        <source>Dato innkallingen ble sendt</source>
        <translation>Date the invitation was sent</translation>
    </message>
    <message>
        <source>Frist for innkalling</source>
        <translation>Deadline for invitation</translation>
    </message>
    <message>
        <source>&amp;Innkalling</source>
        <translation>&amp;Invitation</translation>
    </message>
    <message>
        <source>Dagsorden slik den blir</source>
        <translation>Agenda as it will be</translation>
    </message>
    <message>
        <source>Innkallingen ble sendt {sent} (fristen var {deadline}).</source>
        <translation>The invitation was sent {sent} (the deadline was {deadline}).</translation>
    </message>
    <message>
        <source>Innkallingen bør sendes senest {date}.</source>
        <translation>The invitation should be sent by {date}.</translation>
    </message>
    <message>
        <source>Det er mindre enn en uke til møtet – send den nå.</source>
        <translation>It is less than a week until the meeting – send it now.</translation>
    </message>
    <message>
        <source>Ansvarsgruppemøte {when}</source>
        <translation>Responsibility group meeting {when}</translation>
    </message>
    <message>
        <source>Henter åpne tiltak …</source>
        <translation>Fetching open actions …</translation>
    </message>
    <message>
        <source>Datoen kan ikke være fram i tid.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>Forelderens syn</source>
        <translation>The parent&apos;s view</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Møteleder</source>
        <translation>Meeting chair</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>Neste møte</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Versjon {n}, gjaldt til {when}</source>
        <translation>Version {n}, valid until {when}</translation>
    </message>
    <message>
        <source>Endret fordi: {reason}</source>
        <translation>Changed because: {reason}</translation>
    </message>
    <message>
        <source>Tidligere versjoner av referatet</source>
        <translation>Earlier versions of the minutes</translation>
    </message>
    <message>
        <source>Tidligere versjoner</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <source>mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>søndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>{weekday} {date} kl. {time}</source>
        <translation>{weekday} {date} at {time}</translation>
    </message>
    <message>
        <source>Forelderen har ingen egne saker ennå – spør forelderen før møtet.</source>
        <translation>The parent has no matters of their own yet – ask the parent before the meeting.</translation>
    </message>
    <message>
        <source>Ingen åpne tiltak.</source>
        <translation>No open actions.</translation>
    </message>
    <message>
        <source>Ingen.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>fristen er passert</source>
        <translation>the deadline has passed</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Funksjon</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Ingen (ikke i adresseboka)</source>
        <translation>None (not in the address book)</translation>
    </message>
    <message>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Nytt me&amp;dlem</source>
        <translation>New mem&amp;ber</translation>
    </message>
    <message>
        <source>Fje&amp;rn medlem</source>
        <translation>Re&amp;move member</translation>
    </message>
    <message>
        <source>Skriv rett i en celle, eller trykk F2. Rolle og tjeneste velges fra en liste.</source>
        <translation>Type directly in a cell, or press F2. Role and service are chosen from a list.</translation>
    </message>
    <message>
        <source>(tjeneste nr. {id})</source>
        <translation>(service no. {id})</translation>
    </message>
    <message>
        <source>Medlemmet</source>
        <translation>The member</translation>
    </message>
    <message>
        <source>{name} tas ut av gruppen. Tiltak og tidligere referater som nevner medlemmet, viser da ikke lenger navnet. Vil du ta medlemmet ut?</source>
        <translation>{name} will be removed from the group. Actions and earlier minutes that mention the member will then no longer show the name. Do you want to remove the member?</translation>
    </message>
    <message>
        <source>Ingen ansvarsgruppe for denne forelderen. En ansvarsgruppe samler forelderen (eller representanten) og alle tjenestene som gir hjelp, for å planlegge, følge opp og samordne tiltakene. Koordinatoren velges sammen med forelderen. Møtene har innkalling, dagsorden og referat med hvem som gjør hva innen når, og forelderen evaluerer møtene: opplevde hun eller han seg hørt? Referatet går bare til medlemmer forelderen har samtykket til. Velg «Ny ansvarsgruppe…» for å opprette en.</source>
        <translation>No responsibility group for this parent. A responsibility group brings together the parent (or their representative) and all the services that give help, to plan, follow up and coordinate the actions. The coordinator is chosen together with the parent. The meetings have an invitation, an agenda and minutes with who does what by when, and the parent evaluates the meetings: did they feel heard? The minutes go only to members the parent has consented to. Choose &quot;New responsibility group…&quot; to create one.</translation>
    </message>
    <message>
        <source>Ansvarsgrupper</source>
        <translation>Responsibility groups</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se ansvarsgruppen.</source>
        <translation>Choose a parent under Parents to see the responsibility group.</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>&amp;Gruppe:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Ny ansvarsgruppe…</source>
        <translation>&amp;New responsibility group…</translation>
    </message>
    <message>
        <source>&amp;Rediger gruppe…</source>
        <translation>E&amp;dit group…</translation>
    </message>
    <message>
        <source>Møter</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Evalueringer</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>&amp;Planlegg møte…</source>
        <translation>P&amp;lan meeting…</translation>
    </message>
    <message>
        <source>&amp;Åpne møte…</source>
        <translation>&amp;Open meeting…</translation>
    </message>
    <message>
        <source>&amp;Dokumenter og evaluering</source>
        <translation>Documents &amp;and evaluation</translation>
    </message>
    <message>
        <source>Skriv ut &amp;tiltaksliste…</source>
        <translation>&amp;Print action list…</translation>
    </message>
    <message>
        <source>&amp;Lukk tiltak…</source>
        <translation>&amp;Close action…</translation>
    </message>
    <message>
        <source>Ingen møter ennå. Velg «Planlegg møte…».</source>
        <translation>No meetings yet. Choose &quot;Plan meeting…&quot;.</translation>
    </message>
    <message>
        <source>Ingen tiltak ennå. Tiltak føres i referatet fra et møte.</source>
        <translation>No actions yet. Actions are entered in the minutes of a meeting.</translation>
    </message>
    <message>
        <source>Forelderen har ikke evaluert noe møte ennå. Spør etter møtet: Hvordan var møtet for deg? Var det som ble sagt, til å forstå? Ble du hørt?</source>
        <translation>The parent has not evaluated any meeting yet. Ask after the meeting: How was the meeting for you? Was what was said understandable? Were you heard?</translation>
    </message>
    <message>
        <source>M&amp;øter</source>
        <translation>Meet&amp;ings</translation>
    </message>
    <message>
        <source>&amp;Tiltak</source>
        <translation>Ac&amp;tions</translation>
    </message>
    <message>
        <source>Forelderens &amp;evaluering av møtene</source>
        <translation>The parent&apos;s &amp;evaluation of the meetings</translation>
    </message>
    <message>
        <source>Ansvarsgrupper – {name}</source>
        <translation>Responsibility groups – {name}</translation>
    </message>
    <message>
        <source> (avsluttet {d})</source>
        <translation> (ended {d})</translation>
    </message>
    <message>
        <source>Får ikke referatet uten samtykke: {names}.</source>
        <translation>Will not receive the minutes without consent: {names}.</translation>
    </message>
    <message>
        <source>Gruppen er avsluttet.</source>
        <translation>The group has ended.</translation>
    </message>
    <message>
        <source>Formål:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Koordinator:</source>
        <translation>Coordinator:</translation>
    </message>
    <message>
        <source>Referatet deler:</source>
        <translation>The minutes share:</translation>
    </message>
    <message>
        <source>Startet {d}</source>
        <translation>Started {d}</translation>
    </message>
    <message>
        <source>, avsluttet {d}</source>
        <translation>, ended {d}</translation>
    </message>
    <message>
        <source>Ikke valgt ennå – velg koordinator sammen med forelderen.</source>
        <translation>Not chosen yet – choose a coordinator together with the parent.</translation>
    </message>
    <message>
        <source>{name} (valgt sammen med forelderen)</source>
        <translation>{name} (chosen together with the parent)</translation>
    </message>
    <message>
        <source>{name} – ikke avklart med forelderen ennå</source>
        <translation>{name} – not yet agreed with the parent</translation>
    </message>
    <message>
        <source>Ingenting</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>Får referat</source>
        <translation>Receives minutes</translation>
    </message>
    <message>
        <source>Mangler samtykke: {why}</source>
        <translation>No consent: {why}</translation>
    </message>
    <message>
        <source> (koordinator)</source>
        <translation> (coordinator)</translation>
    </message>
    <message>
        <source>Sendt {d}</source>
        <translation>Sent {d}</translation>
    </message>
    <message>
        <source>Ikke registrert</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Ikke sendt – frist {d}</source>
        <translation>Not sent – deadline {d}</translation>
    </message>
    <message>
        <source> (forfalt)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>Gitt {d}: møtet {a}, forsto {b}, hørt {c} (av 5)</source>
        <translation>Given {d}: meeting {a}, understood {b}, heard {c} (out of 5)</translation>
    </message>
    <message>
        <source>Ikke gitt</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Ikke bekreftet forstått</source>
        <translation>Not confirmed understood</translation>
    </message>
    <message>
        <source>Skal gis igjen</source>
        <translation>To be given again</translation>
    </message>
    <message>
        <source>Forstått</source>
        <translation>Understood</translation>
    </message>
    <message>
        <source>Hvordan var møtet for deg?</source>
        <translation>How was the meeting for you?</translation>
    </message>
    <message>
        <source>Var det som ble sagt, til å forstå?</source>
        <translation>Was what was said understandable?</translation>
    </message>
    <message>
        <source>Ble du hørt?</source>
        <translation>Were you heard?</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Innkalling</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source> (versjon {n})</source>
        <translation> (version {n})</translation>
    </message>
    <message>
        <source>Åpen – forfalt</source>
        <translation>Open – overdue</translation>
    </message>
    <message>
        <source>Fra møte</source>
        <translation>From meeting</translation>
    </message>
    <message>
        <source>Utenom møte</source>
        <translation>Outside a meeting</translation>
    </message>
    <message>
        <source>Ingen frist</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Resultat: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <source>Møtedato</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Møtet var</source>
        <translation>The meeting was</translation>
    </message>
    <message>
        <source>Ble hørt</source>
        <translation>Was heard</translation>
    </message>
    <message>
        <source>{n} av 5</source>
        <translation>{n} of 5</translation>
    </message>
    <message>
        <source>Henvisningsutkastet om {a} er lagret under Henvisninger. Det kan ikke ferdigstilles før forelderens samtykke dekker det som deles.

Vil du åpne utkastet nå?</source>
        <translation>The draft referral about {a} is saved under Referrals. It cannot be finalised until the parent&apos;s consent covers what is shared.

Do you want to open the draft now?</translation>
    </message>
    <message>
        <source>Oppgaven er lagret på forelderen med frist {d}. Du finner den på kortet og i Oversikt.</source>
        <translation>The task is saved on the parent with deadline {d}. You will find it on the card and in Overview.</translation>
    </message>
    <message>
        <source>Svært vanskelig</source>
        <translation>Very difficult</translation>
    </message>
    <message>
        <source>Vanskelig</source>
        <translation>Difficult</translation>
    </message>
    <message>
        <source>Både og</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>Bra</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Svært bra</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>Ikke svart</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Fyll ut minst ett område: en vurdering, ord eller ønske om hjelp.</source>
        <translation>Fill in at least one area: an assessment, words or a wish for help.</translation>
    </message>
    <message>
        <source>{a}: forelderens vurdering</source>
        <translation>{a}: the parent&apos;s assessment</translation>
    </message>
    <message>
        <source>{a}: forelderens egne ord</source>
        <translation>{a}: the parent&apos;s own words</translation>
    </message>
    <message>
        <source>{a}: din vurdering</source>
        <translation>{a}: your assessment</translation>
    </message>
    <message>
        <source>{a}: dine ord</source>
        <translation>{a}: your words</translation>
    </message>
    <message>
        <source>Forelderen ønsker hjelp med dette</source>
        <translation>The parent wants help with this</translation>
    </message>
    <message>
        <source>{a}: forelderen ønsker hjelp</source>
        <translation>{a}: the parent wants help</translation>
    </message>
    <message>
        <source>Fortrolig adresse</source>
        <translation>Confidential address</translation>
    </message>
    <message>
        <source>Strengt fortrolig adresse</source>
        <translation>Strictly confidential address</translation>
    </message>
    <message>
        <source>Forelderen</source>
        <translation>The parent</translation>
    </message>
    <message>
        <source>Andre tjenester</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>Frivillig plassering (hjelpetiltak)</source>
        <translation>Voluntary placement (support measure)</translation>
    </message>
    <message>
        <source>Omsorgsovertakelse</source>
        <translation>Care order</translation>
    </message>
    <message>
        <source>Akuttvedtak</source>
        <translation>Emergency order</translation>
    </message>
    <message>
        <source>Fosterhjem</source>
        <translation>Foster home</translation>
    </message>
    <message>
        <source>Fosterhjem i slekt/nettverk</source>
        <translation>Kinship foster home</translation>
    </message>
    <message>
        <source>Beredskapshjem</source>
        <translation>Emergency foster home</translation>
    </message>
    <message>
        <source>Barnevernsinstitusjon</source>
        <translation>Child welfare institution</translation>
    </message>
    <message>
        <source>Tilbakeføring til foreldre</source>
        <translation>Returned to parents</translation>
    </message>
    <message>
        <source>Flyttet til annet tiltak</source>
        <translation>Moved to another placement</translation>
    </message>
    <message>
        <source>Adopsjon</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Fylt 18 år</source>
        <translation>Turned 18</translation>
    </message>
    <message>
        <source>Mor</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Far</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Medmor</source>
        <translation>Co-mother</translation>
    </message>
    <message>
        <source>Adoptivforelder</source>
        <translation>Adoptive parent</translation>
    </message>
    <message>
        <source>Annen med foreldreansvar</source>
        <translation>Other with parental responsibility</translation>
    </message>
    <message>
        <source>Møte på kontoret</source>
        <translation>Meeting at the office</translation>
    </message>
    <message>
        <source>Hjemmebesøk</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Nøytralt sted</source>
        <translation>Neutral place</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>SMS/e-post</source>
        <translation>Text/email</translation>
    </message>
    <message>
        <source>Forsøk uten å oppnå kontakt</source>
        <translation>Attempt, no contact made</translation>
    </message>
    <message>
        <source>Informasjon</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Behandling/terapi</source>
        <translation>Treatment/therapy</translation>
    </message>
    <message>
        <source>Nettverk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Samarbeid med fosterhjem/institusjon</source>
        <translation>Cooperation with foster home/institution</translation>
    </message>
    <message>
        <source>Krise</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Tilbakeføring</source>
        <translation>Return home</translation>
    </message>
    <message>
        <source>Ansvarsgruppe</source>
        <translation>Responsibility group</translation>
    </message>
    <message>
        <source>Barnevernstjenesten</source>
        <translation>Child welfare service</translation>
    </message>
    <message>
        <source>Den andre forelderen</source>
        <translation>The other parent</translation>
    </message>
    <message>
        <source>Fosterhjem/institusjon</source>
        <translation>Foster home/institution</translation>
    </message>
    <message>
        <source>En annen tjeneste</source>
        <translation>Another service</translation>
    </message>
    <message>
        <source>Andre</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Under arbeid</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Ferdig</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Trukket tilbake</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Saksbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Åpen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Bortfalt</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>NAV-kontor</source>
        <translation>NAV office</translation>
    </message>
    <message>
        <source>Fastlege</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>DPS / psykisk helse for voksne</source>
        <translation>DPS / adult mental health</translation>
    </message>
    <message>
        <source>Rusbehandling</source>
        <translation>Substance abuse treatment</translation>
    </message>
    <message>
        <source>Kommunal psykisk helse- og rustjeneste</source>
        <translation>Municipal mental health and substance abuse service</translation>
    </message>
    <message>
        <source>Familievernkontor</source>
        <translation>Family counselling office</translation>
    </message>
    <message>
        <source>Boligkontor</source>
        <translation>Housing office</translation>
    </message>
    <message>
        <source>Krisesenter</source>
        <translation>Crisis centre</translation>
    </message>
    <message>
        <source>Frivillig organisasjon</source>
        <translation>Voluntary organisation</translation>
    </message>
    <message>
        <source>Personalia</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Situasjonen etter plasseringen</source>
        <translation>The situation after the placement</translation>
    </message>
    <message>
        <source>Psykisk helse</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Rus</source>
        <translation>Substance use</translation>
    </message>
    <message>
        <source>Økonomi og bolig</source>
        <translation>Finances and housing</translation>
    </message>
    <message>
        <source>Barnevernstjenestens vurderinger</source>
        <translation>The child welfare service&apos;s assessments</translation>
    </message>
    <message>
        <source>Opplysninger om barna</source>
        <translation>Information about the children</translation>
    </message>
    <message>
        <source>Skriftlig</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Muntlig</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Svar mottatt</source>
        <translation>Reply received</translation>
    </message>
    <message>
        <source>Ingen svar</source>
        <translation>No reply</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Levert for hånd</source>
        <translation>Delivered by hand</translation>
    </message>
    <message>
        <source>Digitalt</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Gyldig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Utløper snart</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <source>Utløpt</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Gjelder fra senere dato</source>
        <translation>Applies from a later date</translation>
    </message>
    <message>
        <source>Kopi av henvisning til forelderen</source>
        <translation>Copy of referral to the parent</translation>
    </message>
    <message>
        <source>Innkalling til ansvarsgruppemøte</source>
        <translation>Invitation to responsibility group meeting</translation>
    </message>
    <message>
        <source>Referat fra ansvarsgruppemøte</source>
        <translation>Minutes of responsibility group meeting</translation>
    </message>
    <message>
        <source>Informasjonsark til forelderen</source>
        <translation>Information sheet for the parent</translation>
    </message>
    <message>
        <source>Første samtale tilbudt</source>
        <translation>First conversation offered</translation>
    </message>
    <message>
        <source>Avtalt kontakt</source>
        <translation>Agreed contact</translation>
    </message>
    <message>
        <source>Tilby kontakt på nytt</source>
        <translation>Offer contact again</translation>
    </message>
    <message>
        <source>Samtykke utløper</source>
        <translation>Consent expires</translation>
    </message>
    <message>
        <source>Svar på henvisning</source>
        <translation>Reply to referral</translation>
    </message>
    <message>
        <source>Tiltak fra ansvarsgruppen</source>
        <translation>Action from the responsibility group</translation>
    </message>
    <message>
        <source>Neste ansvarsgruppemøte</source>
        <translation>Next responsibility group meeting</translation>
    </message>
    <message>
        <source>Første samtale gjennomført</source>
        <translation>First conversation held</translation>
    </message>
    <message>
        <source>Informasjon gis igjen</source>
        <translation>Give information again</translation>
    </message>
    <message>
        <source>Sjekk at informasjonen er forstått</source>
        <translation>Check the information is understood</translation>
    </message>
    <message>
        <source>Ny vurdering av veien hjem</source>
        <translation>Reassess the way home</translation>
    </message>
    <message>
        <source>Svar på forelderens ønske</source>
        <translation>Answer the parent&apos;s wish</translation>
    </message>
    <message>
        <source>Oppfølging etter tilbakeføring</source>
        <translation>Follow-up after return home</translation>
    </message>
    <message>
        <source>Ettervern – snakk om det før 18 år</source>
        <translation>Aftercare – discuss it before 18</translation>
    </message>
    <message>
        <source>Samvær ikke gjennomført flere ganger på rad</source>
        <translation>Several visits in a row not held</translation>
    </message>
    <message>
        <source>Samværsplanen mangler formål</source>
        <translation>The visit plan has no purpose</translation>
    </message>
    <message>
        <source>Levekår skal vurderes på nytt</source>
        <translation>Living conditions to be reassessed</translation>
    </message>
    <message>
        <source>Vedtak (minimum)</source>
        <translation>Decision (minimum)</translation>
    </message>
    <message>
        <source>Avtale med foreldrene</source>
        <translation>Agreement with the parents</translation>
    </message>
    <message>
        <source>uke</source>
        <translation>week</translation>
    </message>
    <message>
        <source>annen uke</source>
        <translation>fortnight</translation>
    </message>
    <message>
        <source>måned</source>
        <translation>month</translation>
    </message>
    <message>
        <source>kvartal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>halvår</source>
        <translation>half-year</translation>
    </message>
    <message>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <source>I fosterhjemmet eller institusjonen</source>
        <translation>In the foster home or institution</translation>
    </message>
    <message>
        <source>Hjemme hos forelderen</source>
        <translation>At the parent&apos;s home</translation>
    </message>
    <message>
        <source>Møtested med tilsyn (f.eks. familiens hus)</source>
        <translation>Supervised venue (e.g. family centre)</translation>
    </message>
    <message>
        <source>Annet sted</source>
        <translation>Other place</translation>
    </message>
    <message>
        <source>Uten tilsyn</source>
        <translation>Unsupervised</translation>
    </message>
    <message>
        <source>Støttet tilsyn</source>
        <translation>Supported supervision</translation>
    </message>
    <message>
        <source>Beskyttet tilsyn</source>
        <translation>Protective supervision</translation>
    </message>
    <message>
        <source>Vurdere samværet med sikte på tilbakeføring</source>
        <translation>Assess the visits with a view to return home</translation>
    </message>
    <message>
        <source>Holde tilknytningen ved like med sikte på tilbakeføring</source>
        <translation>Maintain the bond with a view to return home</translation>
    </message>
    <message>
        <source>Holde kontakt og familiebånd når barnet ikke skal flytte hjem</source>
        <translation>Maintain contact and family ties when the child is not moving home</translation>
    </message>
    <message>
        <source>Hjelpe barnet med tap og sorg og et realistisk bilde av foreldrene</source>
        <translation>Help the child with loss and grief and a realistic picture of the parents</translation>
    </message>
    <message>
        <source>Gjennomført</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Avlyst</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Forelderen møtte ikke</source>
        <translation>The parent did not attend</translation>
    </message>
    <message>
        <source>Brev og bilder</source>
        <translation>Letters and photos</translation>
    </message>
    <message>
        <source>Fosterhjemmet eller institusjonen</source>
        <translation>The foster home or institution</translation>
    </message>
    <message>
        <source>Tilsynsføreren</source>
        <translation>The supervisor</translation>
    </message>
    <message>
        <source>Samtale før samværet</source>
        <translation>Conversation before the visit</translation>
    </message>
    <message>
        <source>Samtale etter samværet</source>
        <translation>Conversation after the visit</translation>
    </message>
    <message>
        <source>Tiltaksplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Omsorgsplan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>I samtale</source>
        <translation>In conversation</translation>
    </message>
    <message>
        <source>På telefon</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>I brev</source>
        <translation>By letter</translation>
    </message>
    <message>
        <source>I møte</source>
        <translation>In a meeting</translation>
    </message>
    <message>
        <source>Delvis forstått</source>
        <translation>Partly understood</translation>
    </message>
    <message>
        <source>Ikke forstått</source>
        <translation>Not understood</translation>
    </message>
    <message>
        <source>Ikke sjekket ennå</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Tilbakeføring kan bli aktuelt</source>
        <translation>Return home may become relevant</translation>
    </message>
    <message>
        <source>Ikke nå</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Ikke forventet</source>
        <translation>Not expected</translation>
    </message>
    <message>
        <source>Mer samvær</source>
        <translation>More visits</translation>
    </message>
    <message>
        <source>Ny saksbehandler</source>
        <translation>New caseworker</translation>
    </message>
    <message>
        <source>Møte fosterforeldrene</source>
        <translation>Meet the foster parents</translation>
    </message>
    <message>
        <source>At barnet flytter hjem</source>
        <translation>For the child to move home</translation>
    </message>
    <message>
        <source>Hjelp eller tiltak</source>
        <translation>Help or support measures</translation>
    </message>
    <message>
        <source>Informasjon om barnet</source>
        <translation>Information about the child</translation>
    </message>
    <message>
        <source>Innfridd</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Delvis innfridd</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <source>Kan ikke innfris</source>
        <translation>Cannot be met</translation>
    </message>
    <message>
        <source>Forelder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Representant eller støtteperson</source>
        <translation>Representative or support person</translation>
    </message>
    <message>
        <source>Fosterhjem eller institusjon</source>
        <translation>Foster home or institution</translation>
    </message>
    <message>
        <source>Forelderens saker</source>
        <translation>The parent&apos;s items</translation>
    </message>
    <message>
        <source>Tiltak fra forrige møte</source>
        <translation>Actions from the last meeting</translation>
    </message>
    <message>
        <source>Andre saker</source>
        <translation>Other items</translation>
    </message>
    <message>
        <source>Holdt – referat skrives</source>
        <translation>Held – minutes being written</translation>
    </message>
    <message>
        <source>Referat ferdig</source>
        <translation>Minutes finished</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Meldt forfall</source>
        <translation>Sent apologies</translation>
    </message>
    <message>
        <source>Ikke til stede</source>
        <translation>Not present</translation>
    </message>
    <message>
        <source>Sterk og støttende</source>
        <translation>Strong and supportive</translation>
    </message>
    <message>
        <source>Svak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Konflikt eller belastende</source>
        <translation>Conflict or stressful</translation>
    </message>
    <message>
        <source>Sjelden</source>
        <translation>Rarely</translation>
    </message>
    <message>
        <source>Noen ganger</source>
        <translation>Sometimes</translation>
    </message>
    <message>
        <source>Nesten alltid</source>
        <translation>Almost always</translation>
    </message>
    <message>
        <source>Gir forelderen hjelp</source>
        <translation>Helps the parent</translation>
    </message>
    <message>
        <source>Får hjelp av forelderen</source>
        <translation>Gets help from the parent</translation>
    </message>
    <message>
        <source>Begge veier</source>
        <translation>Both ways</translation>
    </message>
    <message>
        <source>Daglig</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Ukentlig</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Månedlig</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Sjeldnere</source>
        <translation>Less often</translation>
    </message>
    <message>
        <source>Under 1 år</source>
        <translation>Under 1 year</translation>
    </message>
    <message>
        <source>1–5 år</source>
        <translation>1–5 years</translation>
    </message>
    <message>
        <source>Over 5 år</source>
        <translation>Over 5 years</translation>
    </message>
    <message>
        <source>Økonomi</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Utdanning og arbeid</source>
        <translation>Education and work</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Helse</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Sosial kontakt</source>
        <translation>Social contact</translation>
    </message>
    <message>
        <source>ORS – hvordan forelderen har det</source>
        <translation>ORS – how the parent is doing</translation>
    </message>
    <message>
        <source>SRS – hvordan samtalen var</source>
        <translation>SRS – how the conversation went</translation>
    </message>
    <message>
        <source>Ville ikke svare</source>
        <translation>Did not want to answer</translation>
    </message>
    <message>
        <source>Familierådets plan</source>
        <translation>The family&apos;s plan</translation>
    </message>
    <message>
        <source>Oppfølging av foreldrene etter plasseringen</source>
        <translation>Follow-up of the parents after the placement</translation>
    </message>
    <message>
        <source>Samvær og kontakt med familien</source>
        <translation>Visits and contact with the family</translation>
    </message>
    <message>
        <source>Bygge opp igjen nettverket</source>
        <translation>Rebuilding the network</translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Godkjent med forbehold</source>
        <translation>Approved with reservations</translation>
    </message>
    <message>
        <source>Ikke godkjent</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Forelderen er ikke informert om gruppetilbud</source>
        <translation>The parent has not been informed about group offers</translation>
    </message>
    <message>
        <source>ICDP foreldreveiledningsgruppe</source>
        <translation>ICDP parenting guidance group</translation>
    </message>
    <message>
        <source>Foreldrekurs basert på PRIDE</source>
        <translation>Parenting course based on PRIDE</translation>
    </message>
    <message>
        <source>Mestringsgruppe (flerfamiliemodellen)</source>
        <translation>Coping group (multi-family model)</translation>
    </message>
    <message>
        <source>Lukket terapeutisk gruppe</source>
        <translation>Closed therapeutic group</translation>
    </message>
    <message>
        <source>Åpen gruppe (drop-in)</source>
        <translation>Open group (drop-in)</translation>
    </message>
    <message>
        <source>Interessert</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>{a}: spørsmål du kan stille</source>
        <translation>{a}: questions you can ask</translation>
    </message>
    <message>
        <source>Ny vurdering av levekår</source>
        <translation>New assessment of living conditions</translation>
    </message>
    <message>
        <source>Vis &amp;spørsmålene fra veilederen under hvert område</source>
        <translation>Show &amp;questions from the guidance under each area</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Notat</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Siste vurdering av levekår</source>
        <translation>Latest assessment of living conditions</translation>
    </message>
    <message>
        <source>&amp;Områdene</source>
        <translation>&amp;Areas</translation>
    </message>
    <message>
        <source>Ingen vurdering ennå. Spør forelderen hvordan det går med økonomi, arbeid, bolig, helse og sosial kontakt.</source>
        <translation>No assessment yet. Ask the parent how things are going with finances, work, housing, health and social contact.</translation>
    </message>
    <message>
        <source>Vurdert {d}.</source>
        <translation>Assessed {d}.</translation>
    </message>
    <message>
        <source>«Siden sist» sammenligner med {d}.</source>
        <translation>&quot;Since last time&quot; compares with {d}.</translation>
    </message>
    <message>
        <source>Notat: {n}</source>
        <translation>Note: {n}</translation>
    </message>
    <message>
        <source>Forelderen har ikke bedt om hjelp på noe område.</source>
        <translation>The parent has not asked for help in any area.</translation>
    </message>
    <message>
        <source>Forelderen ønsker hjelp med dette. Et henvisningsutkast går gjennom samtykkesjekken som alle henvisninger:</source>
        <translation>The parent wants help with this. A draft referral goes through the consent check like all referrals:</translation>
    </message>
    <message>
        <source>Lag henvisningsutkast …</source>
        <translation>Create draft referral …</translation>
    </message>
    <message>
        <source>Lag henvisningsutkast om {a}</source>
        <translation>Draft referral about {a}</translation>
    </message>
    <message>
        <source>Lag oppgave …</source>
        <translation>Create task …</translation>
    </message>
    <message>
        <source>Lag oppgave om {a}</source>
        <translation>Create task about {a}</translation>
    </message>
    <message>
        <source>{a} over tid</source>
        <translation>{a} over time</translation>
    </message>
    <message>
        <source>Ingen tall ennå</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <source>1 = svært vanskelig, 5 = svært bra.
Heltrukken linje: forelderens vurdering. Stiplet linje: saksbehandlerens. Der bare én linje vises, er vurderingene like.
Tallene står også i tabellen under.</source>
        <translation>1 = very difficult, 5 = very good.
Solid line: the parent&apos;s assessment. Dashed line: the caseworker&apos;s. Where only one line is shown, the assessments are the same.
The figures are also in the table below.</translation>
    </message>
    <message>
        <source>Område i tabellen</source>
        <translation>Area in the table</translation>
    </message>
    <message>
        <source>Vurderingene over tid, som tabell</source>
        <translation>The assessments over time, as a table</translation>
    </message>
    <message>
        <source>Tabell for &amp;området:</source>
        <translation>Table for the &amp;area:</translation>
    </message>
    <message>
        <source>Alle vurderinger av levekår</source>
        <translation>All assessments of living conditions</translation>
    </message>
    <message>
        <source>Den valgte vurderingen</source>
        <translation>The selected assessment</translation>
    </message>
    <message>
        <source>&amp;Vurderinger</source>
        <translation>&amp;Assessments</translation>
    </message>
    <message>
        <source>Ingen vurdering ennå.</source>
        <translation>No assessment yet.</translation>
    </message>
    <message>
        <source>Vurdering {d}</source>
        <translation>Assessment {d}</translation>
    </message>
    <message>
        <source> – ønsker hjelp</source>
        <translation> – wants help</translation>
    </message>
    <message>
        <source>Forelderen: {s}</source>
        <translation>The parent: {s}</translation>
    </message>
    <message>
        <source>Saksbehandler: {s}</source>
        <translation>Caseworker: {s}</translation>
    </message>
    <message>
        <source>Levekår</source>
        <translation>Living conditions</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se levekårene.</source>
        <translation>Choose a parent under Parents to see the living conditions.</translation>
    </message>
    <message>
        <source>Forelderens og din vurdering av økonomi, arbeid, bolig, helse og sosial kontakt</source>
        <translation>The parent&apos;s and your assessment of finances, work, housing, health and social contact</translation>
    </message>
    <message>
        <source> mnd.</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Måneder mellom vurderingene</source>
        <translation>Months between assessments</translation>
    </message>
    <message>
        <source>&amp;Endre</source>
        <translation>E&amp;dit</translation>
    </message>
    <message>
        <source>Endre hvor ofte levekår vurderes</source>
        <translation>Change how often living conditions are assessed</translation>
    </message>
    <message>
        <source>&amp;Siste vurdering</source>
        <translation>&amp;Latest assessment</translation>
    </message>
    <message>
        <source>Over &amp;tid</source>
        <translation>Over &amp;time</translation>
    </message>
    <message>
        <source>&amp;Historikk</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Vurderes &amp;hver</source>
        <translation>Assess &amp;every</translation>
    </message>
    <message>
        <source>(ønsker hjelp med {n})</source>
        <translation>(wants help with {n})</translation>
    </message>
    <message>
        <source>hver {n}. måned (standard)</source>
        <translation>every {n} months (default)</translation>
    </message>
    <message>
        <source>hver {n}. måned</source>
        <translation>every {n} months</translation>
    </message>
    <message>
        <source>Ingen barn er plassert nå. Levekår vurderes {every} etter en vurdering.</source>
        <translation>No children are placed now. Living conditions are assessed {every} after an assessment.</translation>
    </message>
    <message>
        <source>Ikke vurdert ennå – bør gjøres innen {d}, en måned etter plasseringen.</source>
        <translation>Not assessed yet – should be done by {d}, one month after the placement.</translation>
    </message>
    <message>
        <source>Neste vurdering: {d} ({every}).</source>
        <translation>Next assessment: {d} ({every}).</translation>
    </message>
    <message>
        <source>Fristen er passert.</source>
        <translation>The deadline has passed.</translation>
    </message>
    <message>
        <source>DEMO – bare oppdiktede personer. Ikke legg inn ekte opplysninger her.</source>
        <translation>DEMO – fictional people only. Do not enter real information here.</translation>
    </message>
    <message>
        <source>Demovarsel</source>
        <translation>Demo notice</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lås nå</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Innstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <source>Ta &amp;sikkerhetskopi …</source>
        <translation>Make &amp;backup …</translation>
    </message>
    <message>
        <source>&amp;Kontroller databasen …</source>
        <translation>&amp;Check the database …</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>F&amp;oreldre</source>
        <translation>&amp;Parents</translation>
    </message>
    <message>
        <source>&amp;Ny forelder …</source>
        <translation>&amp;New parent …</translation>
    </message>
    <message>
        <source>&amp;Søk</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Ny &amp;kontakt …</source>
        <translation>New &amp;contact …</translation>
    </message>
    <message>
        <source>Søk i &amp;kontaktlogg</source>
        <translation>Search contact &amp;log</translation>
    </message>
    <message>
        <source>&amp;Utdrag av kontaktloggen …</source>
        <translation>&amp;Extract from the contact log …</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Låst opp – låses automatisk etter {m} min uten bruk</source>
        <translation>Unlocked – locks automatically after {m} min of inactivity</translation>
    </message>
    <message>
        <source>Nytt passord er satt. Bruk det neste gang du låser opp.</source>
        <translation>New password set. Use it the next time you unlock.</translation>
    </message>
    <message>
        <source>Nettverkskart {d}</source>
        <translation>Network map {d}</translation>
    </message>
    <message>
        <source>(pseudonymisert)</source>
        <translation>(pseudonymised)</translation>
    </message>
    <message>
        <source>Sammenligning av nettverkskart</source>
        <translation>Comparison of network maps</translation>
    </message>
    <message>
        <source>Tegning av nettverkskartet</source>
        <translation>Drawing of the network map</translation>
    </message>
    <message>
        <source>Samme personer som i tabellen. Dra en person til en annen sektor eller ring, eller velg personen og bruk piltastene: opp og ned flytter en ring inn eller ut, venstre og høyre flytter langs sirkelen.</source>
        <translation>The same people as in the table. Drag a person to another sector or ring, or select the person and use the arrow keys: up and down move one ring in or out, left and right move along the circle.</translation>
    </message>
    <message>
        <source>Dra en person, eller velg og bruk piltastene. Ctrl+Z angrer.</source>
        <translation>Drag a person, or select and use the arrow keys. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>{name}: ring {a} → {b}</source>
        <translation>{name}: ring {a} → {b}</translation>
    </message>
    <message>
        <source>Nye i nettverket</source>
        <translation>New in the network</translation>
    </message>
    <message>
        <source>Ikke med lenger</source>
        <translation>No longer included</translation>
    </message>
    <message>
        <source>Sterkere forhold</source>
        <translation>Stronger relationship</translation>
    </message>
    <message>
        <source>Svakere forhold</source>
        <translation>Weaker relationship</translation>
    </message>
    <message>
        <source>Brutt</source>
        <translation>Broken off</translation>
    </message>
    <message>
        <source>Nærmere forelderen</source>
        <translation>Closer to the parent</translation>
    </message>
    <message>
        <source>Lenger unna</source>
        <translation>Further away</translation>
    </message>
    <message>
        <source>Sektorer som fikk personer</source>
        <translation>Sectors that gained people</translation>
    </message>
    <message>
        <source>Sektorer som ble tomme</source>
        <translation>Sectors that became empty</translation>
    </message>
    <message>
        <source>Fra {a} til {b} ({first} → {second}).</source>
        <translation>From {a} to {b} ({first} → {second}).</translation>
    </message>
    <message numerus="yes">
        <source>%n personer</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingen endringer i hvem som er med eller hvordan forholdet er.</source>
        <translation>No changes in who is included or what the relationships are like.</translation>
    </message>
    <message>
        <source>Sammenlign nettverkskart</source>
        <translation>Compare network maps</translation>
    </message>
    <message>
        <source>Tidligere kart</source>
        <translation>Earlier map</translation>
    </message>
    <message>
        <source>Senere kart</source>
        <translation>Later map</translation>
    </message>
    <message>
        <source>{d} ({people})</source>
        <translation>{d} ({people})</translation>
    </message>
    <message>
        <source>Endringer</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Pseudonymisert (navn som &amp;initialer)</source>
        <translation>Pseudonymised (names as &amp;initials)</translation>
    </message>
    <message>
        <source>&amp;Forhåndsvis/skriv ut …</source>
        <translation>Pre&amp;view/print …</translation>
    </message>
    <message>
        <source>&amp;Tidligere kart:</source>
        <translation>&amp;Earlier map:</translation>
    </message>
    <message>
        <source>S&amp;enere kart:</source>
        <translation>&amp;Later map:</translation>
    </message>
    <message>
        <source>Dette er endret:</source>
        <translation>This has changed:</translation>
    </message>
    <message>
        <source>Tegnet {d}</source>
        <translation>Drawn {d}</translation>
    </message>
    <message>
        <source>Legg til person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>&amp;Navn eller betegnelse</source>
        <translation>&amp;Name or label</translation>
    </message>
    <message>
        <source>For eksempel «Mormor» eller «Kari»</source>
        <translation>For example &quot;Grandma&quot; or &quot;Kari&quot;</translation>
    </message>
    <message>
        <source>&amp;Sektor</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;Ring</source>
        <translation>R&amp;ing</translation>
    </message>
    <message>
        <source>&amp;Forhold</source>
        <translation>&amp;Relationship</translation>
    </message>
    <message>
        <source>Resten fyller du ut i tabellen.</source>
        <translation>Fill in the rest in the table.</translation>
    </message>
    <message>
        <source>Skriv et navn eller en kort betegnelse.</source>
        <translation>Type a name or a short description.</translation>
    </message>
    <message>
        <source>Forbind to personer</source>
        <translation>Connect two people</translation>
    </message>
    <message>
        <source>&amp;Første person</source>
        <translation>&amp;First person</translation>
    </message>
    <message>
        <source>&amp;Andre person</source>
        <translation>&amp;Second person</translation>
    </message>
    <message>
        <source>Ingen forbindelse (fjern)</source>
        <translation>No connection (remove)</translation>
    </message>
    <message>
        <source>&amp;Forhold mellom dem</source>
        <translation>&amp;Relationship between them</translation>
    </message>
    <message>
        <source>Forbindelser mellom personer</source>
        <translation>Connections between people</translation>
    </message>
    <message>
        <source>Ingen forbindelser ennå.</source>
        <translation>No connections yet.</translation>
    </message>
    <message>
        <source>Forbindelser &amp;nå</source>
        <translation>Connections &amp;now</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Velg to forskjellige personer.</source>
        <translation>Choose two different people.</translation>
    </message>
    <message>
        <source>Nettverkskart – {name}</source>
        <translation>Network map – {name}</translation>
    </message>
    <message>
        <source>Nettverkskart</source>
        <translation>Network map</translation>
    </message>
    <message>
        <source>&amp;Tegnet</source>
        <translation>&amp;Drawn</translation>
    </message>
    <message>
        <source>Det forelderen selv sier om nettverket sitt</source>
        <translation>What the parent says about their own network</translation>
    </message>
    <message>
        <source>For eksempel om nettverket kan utvides, og hvordan</source>
        <translation>For example whether the network can be extended, and how</translation>
    </message>
    <message>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gjør om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Vil du forkaste endringene i nettverkskartet?</source>
        <translation>Discard the changes to the network map?</translation>
    </message>
    <message>
        <source>Legg til &amp;person …</source>
        <translation>Add &amp;person …</translation>
    </message>
    <message>
        <source>Insert i tabellen</source>
        <translation>Insert in the table</translation>
    </message>
    <message>
        <source>&amp;Fjern person</source>
        <translation>&amp;Remove person</translation>
    </message>
    <message>
        <source>Delete i tabellen – kan angres</source>
        <translation>Delete in the table – can be undone</translation>
    </message>
    <message>
        <source>&amp;Forbind to personer …</source>
        <translation>&amp;Connect two people …</translation>
    </message>
    <message>
        <source>P&amp;ersoner i nettverket</source>
        <translation>P&amp;eople in the network</translation>
    </message>
    <message>
        <source>Skriv i en celle eller trykk F2 for å endre. Insert legger til, Delete fjerner.</source>
        <translation>Type in a cell or press F2 to edit. Insert adds, Delete removes.</translation>
    </message>
    <message>
        <source>Saksbehandlers &amp;vurdering</source>
        <translation>Caseworker&apos;s &amp;assessment</translation>
    </message>
    <message>
        <source>Sektorer i nettverkskartet</source>
        <translation>Sectors in the network map</translation>
    </message>
    <message>
        <source>Skriv for å gi nytt navn (eller F2). Rekkefølgen er rekkefølgen rundt kartet, med klokka fra toppen.</source>
        <translation>Type to rename (or F2). The order is the order around the map, clockwise from the top.</translation>
    </message>
    <message>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Sektorer</source>
        <translation>S&amp;ectors</translation>
    </message>
    <message>
        <source>&amp;Fjern</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Flytt &amp;opp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flytt &amp;ned</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Endringene gjelder nye kart. Kart som alt er tegnet, beholder sine sektorer.</source>
        <translation>The changes apply to new maps. Maps already drawn keep their sectors.</translation>
    </message>
    <message>
        <source>Ny sektor</source>
        <translation>New sector</translation>
    </message>
    <message>
        <source>Tynnere og lysere strek: forbindelse mellom to personer i nettverket.</source>
        <translation>Thinner, lighter line: connection between two people in the network.</translation>
    </message>
    <message>
        <source>Ringer: </source>
        <translation>Rings: </translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Forholdet</source>
        <translation>The relationship</translation>
    </message>
    <message>
        <source>Per sektor</source>
        <translation>Per sector</translation>
    </message>
    <message>
        <source>Tomme sektorer</source>
        <translation>Empty sectors</translation>
    </message>
    <message>
        <source>Praktisk hjelp nesten alltid</source>
        <translation>Practical help almost always</translation>
    </message>
    <message>
        <source>Følelsesmessig støtte nesten alltid</source>
        <translation>Emotional support almost always</translation>
    </message>
    <message>
        <source>Råd og informasjon nesten alltid</source>
        <translation>Advice and information almost always</translation>
    </message>
    <message>
        <source>Kritisk nesten alltid</source>
        <translation>Critical almost always</translation>
    </message>
    <message>
        <source>Hjelp begge veier</source>
        <translation>Help both ways</translation>
    </message>
    <message>
        <source>Kontakt ukentlig eller oftere</source>
        <translation>Contact weekly or more often</translation>
    </message>
    <message>
        <source>Oppsummering av kartet</source>
        <translation>Summary of the map</translation>
    </message>
    <message>
        <source>Oppsummering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Navn eller kort betegnelse forelderen bruker</source>
        <translation>Name or short label the parent uses</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Hvilken del av livet personen hører til</source>
        <translation>Which part of life the person belongs to</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Hvor nær forelderen personen står, 1 nærmest</source>
        <translation>How close the person is to the parent, 1 closest</translation>
    </message>
    <message>
        <source>Forhold</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Hvordan forholdet til forelderen er</source>
        <translation>What the relationship with the parent is like</translation>
    </message>
    <message>
        <source>Praktisk hjelp</source>
        <translation>Practical help</translation>
    </message>
    <message>
        <source>Hvor ofte personen gir praktisk hjelp</source>
        <translation>How often the person gives practical help</translation>
    </message>
    <message>
        <source>Følelsesmessig støtte</source>
        <translation>Emotional support</translation>
    </message>
    <message>
        <source>Hvor ofte personen gir følelsesmessig støtte</source>
        <translation>How often the person gives emotional support</translation>
    </message>
    <message>
        <source>Råd og informasjon</source>
        <translation>Advice and information</translation>
    </message>
    <message>
        <source>Hvor ofte personen gir råd og informasjon</source>
        <translation>How often the person gives advice and information</translation>
    </message>
    <message>
        <source>Hjelpen går</source>
        <translation>Direction of help</translation>
    </message>
    <message>
        <source>Hvem som hjelper hvem</source>
        <translation>Who helps whom</translation>
    </message>
    <message>
        <source>Kritisk</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Hvor ofte personen er kritisk til forelderen</source>
        <translation>How often the person is critical of the parent</translation>
    </message>
    <message>
        <source>Hvor ofte de har kontakt</source>
        <translation>How often they are in contact</translation>
    </message>
    <message>
        <source>Kjent i</source>
        <translation>Known for</translation>
    </message>
    <message>
        <source>Hvor lenge de har kjent hverandre</source>
        <translation>How long they have known each other</translation>
    </message>
    <message>
        <source>Vet om plasseringen</source>
        <translation>Knows about the placement</translation>
    </message>
    <message>
        <source>Om personen vet at barnet er plassert</source>
        <translation>Whether the person knows that the child is placed</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Forelderens eller saksbehandlerens merknad om personen</source>
        <translation>The parent&apos;s or caseworker&apos;s note about the person</translation>
    </message>
    <message>
        <source>Vet ikke</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Personer i nettverket</source>
        <translation>People in the network</translation>
    </message>
    <message>
        <source>Én rad per person. Skriv i en celle eller trykk F2 for å endre, Insert legger til en person, Delete fjerner den valgte. Ctrl+Z angrer.</source>
        <translation>One row per person. Type in a cell or press F2 to edit, Insert adds a person, Delete removes the selected one. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>legg til {name}</source>
        <translation>add {name}</translation>
    </message>
    <message>
        <source>fjern {name}</source>
        <translation>remove {name}</translation>
    </message>
    <message>
        <source>flytt {name}</source>
        <translation>move {name}</translation>
    </message>
    <message>
        <source>endre {name}</source>
        <translation>edit {name}</translation>
    </message>
    <message>
        <source>{a} og {b}</source>
        <translation>{a} and {b}</translation>
    </message>
    <message>
        <source>fjern forbindelsen mellom {names}</source>
        <translation>remove the connection between {names}</translation>
    </message>
    <message>
        <source>forbind {names}</source>
        <translation>connect {names}</translation>
    </message>
    <message>
        <source>Ingen nettverkskart for denne forelderen ennå. Et nettverkskart tegnes sammen med forelderen: hvem som står nær, hvem som støtter og hvem som belaster, hvilke bånd som er brutt – og om nettverket kan utvides. Tegnet på nytt senere viser det om arbeidet hjalp. Velg «Nytt kart …» for å begynne.</source>
        <translation>No network map for this parent yet. A network map is drawn together with the parent: who is close, who supports and who is a burden, which ties are broken – and whether the network can be extended. Drawn again later, it shows whether the work helped. Choose &quot;New map …&quot; to begin.</translation>
    </message>
    <message>
        <source>Tegnet</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se nettverkskartene.</source>
        <translation>Choose a parent under Parents to see the network maps.</translation>
    </message>
    <message>
        <source>Kart</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>&amp;Nytt kart …</source>
        <translation>&amp;New map …</translation>
    </message>
    <message>
        <source>Begynner med personene fra forrige kart</source>
        <translation>Starts with the people from the previous map</translation>
    </message>
    <message>
        <source>Å&amp;pne/endre …</source>
        <translation>O&amp;pen/edit …</translation>
    </message>
    <message>
        <source>&amp;Sammenlign to kart …</source>
        <translation>&amp;Compare two maps …</translation>
    </message>
    <message>
        <source>S&amp;ektorer …</source>
        <translation>S&amp;ectors …</translation>
    </message>
    <message>
        <source>Kontorets sektorer for nye kart</source>
        <translation>The office&apos;s sectors for new maps</translation>
    </message>
    <message>
        <source>&amp;Kart</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Endre forelderens ord</source>
        <translation>Edit the parent&apos;s words</translation>
    </message>
    <message>
        <source>Velg forelderens ord</source>
        <translation>Choose the parent&apos;s words</translation>
    </message>
    <message>
        <source>Ordene kommer i kontorets årsrapport for {year}. Skriv dem om så ingen kan kjennes igjen: ingen navn, steder, datoer eller detaljer bare én familie har.</source>
        <translation>The words go into the office&apos;s annual report for {year}. Rewrite them so no one can be recognised: no names, places, dates or details only one family has.</translation>
    </message>
    <message>
        <source>Ord fra journalen</source>
        <translation>Words from the record</translation>
    </message>
    <message>
        <source>Skriv selv, eller velg ord fra journalen …</source>
        <translation>Write your own, or choose words from the record …</translation>
    </message>
    <message>
        <source>Ingen egne ord fra foreldrene i journalen i {year}</source>
        <translation>No parents&apos; own words in the record in {year}</translation>
    </message>
    <message>
        <source>&amp;Fra journalen</source>
        <translation>&amp;From the record</translation>
    </message>
    <message>
        <source>Ordene slik de står i rapporten</source>
        <translation>The words as they appear in the report</translation>
    </message>
    <message>
        <source>&amp;Ordene i rapporten</source>
        <translation>&amp;Words in the report</translation>
    </message>
    <message>
        <source>&amp;Kilde</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Slik er tallet regnet ut</source>
        <translation>How the figure is calculated</translation>
    </message>
    <message>
        <source>{count} av {of} ({share})</source>
        <translation>{count} of {of} ({share})</translation>
    </message>
    <message>
        <source>{count} av {of}</source>
        <translation>{count} of {of}</translation>
    </message>
    <message>
        <source>Hva kontoret lærer</source>
        <translation>What the office learns</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Lagre som &amp;PDF …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <source>Rapporten til kommunen, uten navn, som PDF/A</source>
        <translation>The report to the municipality, without names, as PDF/A</translation>
    </message>
    <message>
        <source>Tall for hele kontoret, uten navn. Tall fra 1 til 4 vises som «færre enn 5», og tall som kunne avsløre dem er skjult.</source>
        <translation>Figures for the whole office, without names. Figures from 1 to 4 are shown as &quot;fewer than 5&quot;, and figures that could reveal them are hidden.</translation>
    </message>
    <message>
        <source>Tallene</source>
        <translation>The figures</translation>
    </message>
    <message>
        <source>Foreldrenes egne ord i rapporten</source>
        <translation>The parents&apos; own words in the report</translation>
    </message>
    <message>
        <source>&amp;Legg til ord …</source>
        <translation>&amp;Add words …</translation>
    </message>
    <message>
        <source>Foreldrenes egne ord om hva som &amp;hjalp</source>
        <translation>Parents&apos; own words about what &amp;helped</translation>
    </message>
    <message>
        <source>{year} (hittil i år)</source>
        <translation>{year} (so far this year)</translation>
    </message>
    <message>
        <source>Ingen ord valgt for {year} ennå.</source>
        <translation>No words chosen for {year} yet.</translation>
    </message>
    <message>
        <source>Vil du ta disse ordene ut av rapporten?</source>
        <translation>Do you want to remove these words from the report?</translation>
    </message>
    <message>
        <source>Hva kontoret lærer {year}.pdf</source>
        <translation>What the office learns {year}.pdf</translation>
    </message>
    <message>
        <source>Rapporten er lagret: {name}</source>
        <translation>The report has been saved: {name}</translation>
    </message>
    <message>
        <source>Rapporten ble ikke lagret.</source>
        <translation>The report was not saved.</translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Samtykkeerklæring</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>✓ samtykke gitt</source>
        <translation>✓ consent given</translation>
    </message>
    <message>
        <source>✗ ikke samtykke</source>
        <translation>✗ no consent</translation>
    </message>
    <message>
        <source>✓ annet rettsgrunnlag</source>
        <translation>✓ other legal basis</translation>
    </message>
    <message>
        <source>Hjemmel: {basis}. Begrunnelse: {reason}</source>
        <translation>Legal basis: {basis}. Reason: {reason}</translation>
    </message>
    <message>
        <source>Samtykke for {category}</source>
        <translation>Consent for {category}</translation>
    </message>
    <message>
        <source>Begrunnelse for {category}</source>
        <translation>Reason for {category}</translation>
    </message>
    <message>
        <source>Annet rettsgrunnlag…</source>
        <translation>Other legal basis…</translation>
    </message>
    <message>
        <source>Annet rettsgrunnlag for {category}</source>
        <translation>Other legal basis for {category}</translation>
    </message>
    <message>
        <source>Fjern unntak</source>
        <translation>Remove exception</translation>
    </message>
    <message>
        <source>Fjern unntaket for {category}</source>
        <translation>Remove the exception for {category}</translation>
    </message>
    <message>
        <source>Ingen opplysninger ble gitt.</source>
        <translation>No information was given.</translation>
    </message>
    <message>
        <source>Annet rettsgrunnlag</source>
        <translation>Other legal basis</translation>
    </message>
    <message>
        <source>Uten samtykke kan «{category}» bare gis til {recipient} når en lov gir adgang til det. Skriv hjemmelen og hvorfor opplysningen må gis nå. Begrunnelsen lagres med henvisningen og står i brevet.</source>
        <translation>Without consent, &quot;{category}&quot; may only be given to {recipient} when an act permits it. Write the legal basis and why the information must be given now. The reason is saved with the referral and appears in the letter.</translation>
    </message>
    <message>
        <source>mottakeren</source>
        <translation>the recipient</translation>
    </message>
    <message>
        <source>&amp;Hjemmel</source>
        <translation>&amp;Legal basis</translation>
    </message>
    <message>
        <source>Lov og paragraf som gir adgang</source>
        <translation>Act and section that permit it</translation>
    </message>
    <message>
        <source>Hvorfor må opplysningen gis uten samtykke?</source>
        <translation>Why must the information be given without consent?</translation>
    </message>
    <message>
        <source>Br&amp;uk unntaket</source>
        <translation>&amp;Use the exception</translation>
    </message>
    <message>
        <source>Skriv hjemmelen (lov og paragraf).</source>
        <translation>Write the legal basis (act and section).</translation>
    </message>
    <message>
        <source>Skriv hvorfor opplysningen må gis uten samtykke.</source>
        <translation>Write why the information must be given without consent.</translation>
    </message>
    <message>
        <source>Én bestemt tje&amp;neste:</source>
        <translation>One specific ser&amp;vice:</translation>
    </message>
    <message>
        <source>Alle tjenester av t&amp;ypen:</source>
        <translation>All services of the t&amp;ype:</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Type tjeneste</source>
        <translation>Type of service</translation>
    </message>
    <message>
        <source>Adresseboka er tom – velg en type</source>
        <translation>The address book is empty – choose a type</translation>
    </message>
    <message>
        <source>Endre samtykke</source>
        <translation>Edit consent</translation>
    </message>
    <message>
        <source>Nytt samtykke</source>
        <translation>New consent</translation>
    </message>
    <message>
        <source>Bare de opplysningene du krysser av, kan gis videre – og bare til mottakeren du velger, for formålet som står her.</source>
        <translation>Only the information you tick may be passed on – and only to the recipient you choose, for the purpose stated here.</translation>
    </message>
    <message>
        <source>For eksempel: søknad om hjelp til å skaffe bolig</source>
        <translation>For example: application for help finding housing</translation>
    </message>
    <message>
        <source>&amp;Opplysninger</source>
        <translation>&amp;Information</translation>
    </message>
    <message>
        <source>&amp;Gitt dato</source>
        <translation>&amp;Date given</translation>
    </message>
    <message>
        <source>&amp;Hvordan gitt</source>
        <translation>&amp;How given</translation>
    </message>
    <message>
        <source>&amp;Signert samtykkeerklæring foreligger</source>
        <translation>&amp;Signed consent form on file</translation>
    </message>
    <message>
        <source>Erklæring</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>Signert samtykkeerklæring foreligger</source>
        <translation>Signed consent form on file</translation>
    </message>
    <message>
        <source>Tidsbegrenset</source>
        <translation>Time-limited</translation>
    </message>
    <message>
        <source>Gyldig &amp;til</source>
        <translation>&amp;Valid until</translation>
    </message>
    <message>
        <source>Fra denne datoen kan ingen opplysninger gis videre på grunnlag av dette samtykket. Samtykket blir stående i registeret, merket som trukket tilbake.</source>
        <translation>From this date, no information may be passed on based on this consent. The consent remains in the register, marked as withdrawn.</translation>
    </message>
    <message>
        <source>{n} utkast til henvisning bygger på samtykket og blir sperret: de kan ikke gjøres ferdige før forelderen samtykker på nytt eller et annet lovgrunnlag er begrunnet.</source>
        <translation>Draft referrals based on the consent will be blocked ({n}): they cannot be finalised until the parent consents again or another legal basis is justified.</translation>
    </message>
    <message>
        <source>Trekk tilbake samtykke</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Samtykke til {recipient}: {categories}. Formål: {purpose}. Gitt {given}.</source>
        <translation>Consent to {recipient}: {categories}. Purpose: {purpose}. Given {given}.</translation>
    </message>
    <message>
        <source>ingen opplysninger</source>
        <translation>no information</translation>
    </message>
    <message>
        <source>Trukket tilbake &amp;den</source>
        <translation>Withdrawn &amp;on</translation>
    </message>
    <message>
        <source>For eksempel: mor ringte og sa at hun ikke lenger vil …</source>
        <translation>For example: the mother phoned and said she no longer wants …</translation>
    </message>
    <message>
        <source>Ingen samtykker er registrert for denne forelderen. Opplysninger kan bare gis videre til en annen tjeneste når forelderen har samtykket – til hvilke opplysninger, til hvem og for hvilket formål. Velg «Nytt samtykke…» for å registrere et.</source>
        <translation>No consents are recorded for this parent. Information may only be passed on to another service when the parent has consented – to which information, to whom and for what purpose. Choose &quot;New consent…&quot; to record one.</translation>
    </message>
    <message>
        <source>N&amp;ytt samtykke…</source>
        <translation>&amp;New consent…</translation>
    </message>
    <message>
        <source>&amp;Endre…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Trekk til&amp;bake…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Skriv &amp;ut samtykkeerklæring…</source>
        <translation>P&amp;rint consent form…</translation>
    </message>
    <message>
        <source>{holding} av {consents} gjelder i dag.</source>
        <translation>{holding} of {consents} valid today.</translation>
    </message>
    <message numerus="yes">
        <source>%n samtykker</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message>
        <source>Samtykket er trukket tilbake og kan ikke endres. Registrer et nytt samtykke hvis forelderen samtykker igjen.</source>
        <translation>The consent has been withdrawn and cannot be changed. Record a new consent if the parent consents again.</translation>
    </message>
    <message>
        <source>Trukket tilbake {d}</source>
        <translation>Withdrawn {d}</translation>
    </message>
    <message>
        <source> +{n}</source>
        <translation> +{n}</translation>
    </message>
    <message>
        <source>Mottaker</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Opplysninger</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Gitt</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Gyldig til</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>, signert</source>
        <translation>, signed</translation>
    </message>
    <message>
        <source>Ikke satt</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Forelderen trenger tolk ({language}).</source>
        <translation>The parent needs an interpreter ({language}).</translation>
    </message>
    <message>
        <source>Import fra CSV</source>
        <translation>Import from CSV</translation>
    </message>
    <message>
        <source>Ingen tjenester ble lagt til i adresseboka.</source>
        <translation>No services were added to the address book.</translation>
    </message>
    <message>
        <source>{services} ble lagt til i adresseboka.</source>
        <translation>{services} added to the address book.</translation>
    </message>
    <message numerus="yes">
        <source>%n tjenester</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>{lines} ble ikke importert:</source>
        <translation>{lines} not imported:</translation>
    </message>
    <message numerus="yes">
        <source>%n linjer</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Fil: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>Linjer som ikke ble importert</source>
        <translation>Lines not imported</translation>
    </message>
    <message>
        <source>Rett linjene i fila og importer den på nytt, eller legg tjenestene inn for hånd med «Ny tjeneste…». Linjene som ble lagt til nå, må da tas ut av fila for ikke å komme inn to ganger.</source>
        <translation>Correct the lines in the file and import it again, or enter the services by hand with &quot;New service…&quot;. The lines added now must then be taken out of the file so they are not added twice.</translation>
    </message>
    <message>
        <source>Adresseboka er tom. Her samler du tjenestene dere samarbeider med – NAV, fastlege, DPS, rustjenesten, familievernkontoret, boligkontoret, frivillige organisasjoner – med postadresse og kontaktperson, slik at samtykker og henvisninger peker på riktig mottaker.

Legg inn én og én med «Ny tjeneste…», eller hent kommunens liste med «Importer fra CSV…»: første linje er overskriftene type;navn;adresse;telefon;epost;kontaktperson (semikolon eller komma), og type er for eksempel «NAV-kontor», «Fastlege» eller «Familievernkontor».</source>
        <translation>The address book is empty. Here you collect the services you work with – NAV, GP, DPS, substance abuse services, the family counselling office, the housing office, voluntary organisations – with postal address and contact person, so that consents and referrals point to the right recipient.

Add them one by one with &quot;New service…&quot;, or import the municipality&apos;s list with &quot;Import from CSV…&quot;: the first line holds the headings type;navn;adresse;telefon;epost;kontaktperson (semicolon or comma), and type is for example &quot;NAV-kontor&quot;, &quot;Fastlege&quot; or &quot;Familievernkontor&quot;.</translation>
    </message>
    <message>
        <source>Tjenester i adresseboka</source>
        <translation>Services in the address book</translation>
    </message>
    <message>
        <source>Adressebok</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>Navn, type, kontaktperson eller adresse</source>
        <translation>Name, type, contact person or address</translation>
    </message>
    <message>
        <source>Søk i adresseboka</source>
        <translation>Search the address book</translation>
    </message>
    <message>
        <source>&amp;Søk:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Vis type</source>
        <translation>Show type</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Ny tjeneste…</source>
        <translation>&amp;New service…</translation>
    </message>
    <message>
        <source>&amp;Rediger…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Importer fra CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <source>Ingen av {services} passer søket.</source>
        <translation>None of {services} match the search.</translation>
    </message>
    <message>
        <source>{shown} av {services}</source>
        <translation>{shown} of {services}</translation>
    </message>
    <message>
        <source>Importer tjenester fra CSV</source>
        <translation>Import services from CSV</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv *.txt);;Alle filer (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Importen fra «{name}» ble ikke gjort:
{why}</source>
        <translation>The import from &quot;{name}&quot; was not done:
{why}</translation>
    </message>
    <message>
        <source>Fjerne unntaket for «{category}»? Hjemmelen og begrunnelsen du skrev blir borte, og opplysningen kan ikke gis uten samtykke.</source>
        <translation>Remove the exception for &quot;{category}&quot;? The legal basis and reason you wrote will be lost, and the information cannot be given without consent.</translation>
    </message>
    <message>
        <source>Vil du forkaste endringene i denne henvisningen?</source>
        <translation>Discard the changes to this referral?</translation>
    </message>
    <message>
        <source>Skriv hva mottakeren blir bedt om, og hvorfor nå.</source>
        <translation>Write what the recipient is asked to do, and why now.</translation>
    </message>
    <message>
        <source>Velg hvordan henvisningen ble sendt.</source>
        <translation>Choose how the referral was sent.</translation>
    </message>
    <message>
        <source>Svarfristen kan ikke være før sendedatoen.</source>
        <translation>The reply deadline cannot be before the date sent.</translation>
    </message>
    <message>
        <source>Henvisningen kan ikke sendes før den ble ferdigstilt.</source>
        <translation>The referral cannot be sent before it was finalised.</translation>
    </message>
    <message>
        <source>Svaret kan ikke være registrert før henvisningen ble sendt.</source>
        <translation>The reply cannot be recorded before the referral was sent.</translation>
    </message>
    <message>
        <source>Fødselsnummeret kan bare tas med når «Personalia» gis, med samtykke eller annet rettsgrunnlag for denne mottakeren.</source>
        <translation>The national ID number can only be included when &quot;Personal details&quot; are given, with consent or another legal basis for this recipient.</translation>
    </message>
    <message>
        <source>Forelderen har ikke fødselsnummer i registeret. Ta bort krysset, eller registrer det.</source>
        <translation>The parent has no national ID number in the register. Remove the tick, or record it.</translation>
    </message>
    <message>
        <source>Svar på henvisning ventes</source>
        <translation>Reply to referral expected</translation>
    </message>
    <message>
        <source>Velg mottakeren.</source>
        <translation>Choose the recipient.</translation>
    </message>
    <message>
        <source>Lagret kl. {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>mottaker</source>
        <translation>recipient</translation>
    </message>
    <message>
        <source>Henvisning til {service} {day}.pdf</source>
        <translation>Referral to {service} {day}.pdf</translation>
    </message>
    <message>
        <source>Henvisning til {service} – forhåndsvisning</source>
        <translation>Referral to {service} – preview</translation>
    </message>
    <message>
        <source>Brevet kunne ikke vises. Teksten din er lagret.</source>
        <translation>The letter could not be shown. Your text is saved.</translation>
    </message>
    <message>
        <source>Kopi til forelderen kan ikke sendes med dette: fjern krysset for «Kopi til forelderen» før du ferdigstiller.</source>
        <translation>A copy to the parent cannot be sent with this: untick &quot;Copy to the parent&quot; before you finalise.</translation>
    </message>
    <message>
        <source>Ferdigstille henvisningen til {service}? Brevet lagres i arkivet slik det er nå, og henvisningen kan ikke endres etterpå – bare sendes.</source>
        <translation>Finalise the referral to {service}? The letter is saved in the archive as it is now, and the referral cannot be changed afterwards – only sent.</translation>
    </message>
    <message>
        <source>Henvisningen er «{state}» og kan ikke endres.</source>
        <translation>The referral is &quot;{state}&quot; and cannot be changed.</translation>
    </message>
    <message>
        <source>Ferdigstilt {d}.</source>
        <translation>Finalised {d}.</translation>
    </message>
    <message>
        <source>Sendt {d}{how}.</source>
        <translation>Sent {d}{how}.</translation>
    </message>
    <message>
        <source>Svar ventes innen {d}.</source>
        <translation>Reply expected by {d}.</translation>
    </message>
    <message>
        <source>«{state}» registrert {d}.</source>
        <translation>&quot;{state}&quot; recorded {d}.</translation>
    </message>
    <message>
        <source>Mottakerens saksnummer, hvis de har gitt et</source>
        <translation>The recipient&apos;s case number, if they have given one</translation>
    </message>
    <message>
        <source>Deres re&amp;f.</source>
        <translation>Your re&amp;f.</translation>
    </message>
    <message>
        <source>Hva ber vi mottakeren om, og hvorfor akkurat nå? Dette står først i brevet.</source>
        <translation>What are we asking the recipient for, and why right now? This comes first in the letter.</translation>
    </message>
    <message>
        <source>&amp;Hva ber vi om, og hvorfor nå?</source>
        <translation>&amp;What are we asking for, and why now?</translation>
    </message>
    <message>
        <source>Bakgrunn</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>&amp;Situasjonen nå</source>
        <translation>T&amp;he situation now</translation>
    </message>
    <message>
        <source>Om b&amp;arna</source>
        <translation>&amp;About the children</translation>
    </message>
    <message>
        <source>Hva som er &amp;prøvd</source>
        <translation>What has been &amp;tried</translation>
    </message>
    <message>
        <source>Forelderens &amp;egne ord og ønsker</source>
        <translation>The &amp;parent&apos;s own words and wishes</translation>
    </message>
    <message>
        <source>Praktiske &amp;behov – tolk, transport, tidspunkter</source>
        <translation>Practical needs – &amp;interpreter, transport, times</translation>
    </message>
    <message>
        <source>&amp;Opplysninger som gis</source>
        <translation>Information &amp;given</translation>
    </message>
    <message>
        <source>Ve&amp;dlegg</source>
        <translation>Attach&amp;ments</translation>
    </message>
    <message>
        <source>&amp;Kopi til andre tjenester</source>
        <translation>&amp;Copy to other services</translation>
    </message>
    <message>
        <source>Kopi til forelde&amp;ren</source>
        <translation>Copy to the pa&amp;rent</translation>
    </message>
    <message>
        <source>Kopi til forelderen</source>
        <translation>Copy to the parent</translation>
    </message>
    <message>
        <source>Ta med fødsels&amp;nummeret i «Gjelder»</source>
        <translation>Include the national ID &amp;number under &quot;Regarding&quot;</translation>
    </message>
    <message>
        <source>Bare når mottakeren trenger det, og samtykket dekker «Personalia».</source>
        <translation>Only when the recipient needs it, and the consent covers &quot;Personal details&quot;.</translation>
    </message>
    <message>
        <source>Fødselsnummer</source>
        <translation>National ID number</translation>
    </message>
    <message>
        <source>&amp;Gjelder barn</source>
        <translation>Concerns chil&amp;d</translation>
    </message>
    <message>
        <source>&amp;Lagre utkast</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Ctrl+S – lagres i henvisningslisten, kan skrives videre på</source>
        <translation>Ctrl+S – saved in the referral list, you can continue writing</translation>
    </message>
    <message>
        <source>Forhånds&amp;vis …</source>
        <translation>Pre&amp;view …</translation>
    </message>
    <message>
        <source>Lagrer utkastet og viser brevet slik det blir</source>
        <translation>Saves the draft and shows the letter as it will be</translation>
    </message>
    <message>
        <source>Ferdigs&amp;till</source>
        <translation>Fina&amp;lise</translation>
    </message>
    <message>
        <source>Brevet låses og arkiveres; etterpå kan henvisningen bare sendes</source>
        <translation>The letter is locked and archived; afterwards the referral can only be sent</translation>
    </message>
    <message>
        <source>Henvisning til {service}</source>
        <translation>Referral to {service}</translation>
    </message>
    <message>
        <source>Ny henvisning</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Henvisning</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Forelder: {name} – {what}</source>
        <translation>Parent: {name} – {what}</translation>
    </message>
    <message>
        <source>Henvisningen ble ferdigstilt etter at dette utkastet ble tatt vare på, og kan ikke endres lenger. Teksten under er det ulagrede utkastet: kopier det du trenger før du lukker.</source>
        <translation>The referral was finalised after this draft was kept, and can no longer be changed. The text below is the unsaved draft: copy what you need before you close.</translation>
    </message>
    <message>
        <source>Gitt {given}</source>
        <translation>Given {given}</translation>
    </message>
    <message>
        <source>, gjelder til {until}</source>
        <translation>, valid until {until}</translation>
    </message>
    <message>
        <source>, til {all}</source>
        <translation>, to {all}</translation>
    </message>
    <message>
        <source>Kunne ikke sjekke samtykkene ({reason}).</source>
        <translation>Could not check the consents ({reason}).</translation>
    </message>
    <message>
        <source>Velg mottaker for å se hva forelderen har samtykket til å gi videre.</source>
        <translation>Choose a recipient to see what the parent has consented to pass on.</translation>
    </message>
    <message>
        <source>Kopimottakerne får det samme brevet, men samtykket dekker ikke alt for dem:</source>
        <translation>The copy recipients get the same letter, but the consent does not cover everything for them:</translation>
    </message>
    <message>
        <source>Henvisninger</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>&amp;Ny henvisning…</source>
        <translation>&amp;New referral…</translation>
    </message>
    <message>
        <source>&amp;Åpne…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Forhånds&amp;vis…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Registrer &amp;sendt…</source>
        <translation>Record &amp;sent…</translation>
    </message>
    <message>
        <source>Registrer sv&amp;ar…</source>
        <translation>Record rep&amp;ly…</translation>
    </message>
    <message>
        <source>Sperrede utkast</source>
        <translation>Blocked drafts</translation>
    </message>
    <message>
        <source>Ingen henvisninger for denne forelderen. En henvisning ber en annen tjeneste om hjelp – bare med opplysninger forelderen har samtykket til. Velg «Ny henvisning…» for å skrive en.</source>
        <translation>No referrals for this parent. A referral asks another service for help – only with information the parent has consented to. Choose &quot;New referral…&quot; to write one.</translation>
    </message>
    <message>
        <source>Velg en forelder for å se henvisningene.</source>
        <translation>Choose a parent to see the referrals.</translation>
    </message>
    <message>
        <source>Henvisninger – {name}</source>
        <translation>Referrals – {name}</translation>
    </message>
    <message>
        <source>Adresseboka er tom. Legg inn tjenesten som skal få henvisningen i adresseboka først.</source>
        <translation>The address book is empty. First add the service that is to receive the referral to the address book.</translation>
    </message>
    <message>
        <source>Henvisning til {r}</source>
        <translation>Referral to {r}</translation>
    </message>
    <message>
        <source>Henvisning til {r} {day}.pdf</source>
        <translation>Referral to {r} {day}.pdf</translation>
    </message>
    <message>
        <source>Brevet kunne ikke lages: {reason}</source>
        <translation>The letter could not be created: {reason}</translation>
    </message>
    <message>
        <source>Brevet kunne ikke lages.</source>
        <translation>The letter could not be created.</translation>
    </message>
    <message>
        <source>Rediger tjeneste</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <source>Ny tjeneste</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>For eksempel: NAV Kárášjohka</source>
        <translation>For example: NAV Kárášjohka</translation>
    </message>
    <message>
        <source>Post&amp;adresse</source>
        <translation>&amp;Postal address</translation>
    </message>
    <message>
        <source>Postboks 120, 9990 Fjellvik</source>
        <translation>Postboks 120, 9990 Fjellvik</translation>
    </message>
    <message>
        <source>Komma deler adressen i linjer i brevets adressefelt.</source>
        <translation>Commas split the address into lines in the letter&apos;s address field.</translation>
    </message>
    <message>
        <source>Tele&amp;fon</source>
        <translation>Pho&amp;ne</translation>
    </message>
    <message>
        <source>&amp;E-post</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Registrer sendt</source>
        <translation>Record as sent</translation>
    </message>
    <message>
        <source>&amp;Hvordan sendt</source>
        <translation>&amp;How sent</translation>
    </message>
    <message>
        <source>Sendt &amp;dato</source>
        <translation>Date &amp;sent</translation>
    </message>
    <message>
        <source>&amp;Svar ventes innen</source>
        <translation>Reply &amp;expected by</translation>
    </message>
    <message>
        <source>&amp;Registrer sendt</source>
        <translation>&amp;Record sent</translation>
    </message>
    <message>
        <source>Svarfristen kommer på Oversikt og varsles når den er passert.</source>
        <translation>The reply deadline appears in Overview and is flagged when it has passed.</translation>
    </message>
    <message>
        <source>Sendedatoen kan ikke være fram i tid.</source>
        <translation>The sending date cannot be in the future.</translation>
    </message>
    <message>
        <source>Henvisningen ble ferdigstilt {d}; den kan ikke være sendt før.</source>
        <translation>The referral was finalised {d}; it cannot have been sent before then.</translation>
    </message>
    <message>
        <source>Registrer svar</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <source>For eksempel: time hos NAV 3.12. kl. 10, Máret møter</source>
        <translation>For example: appointment at NAV on 3 Dec at 10, Máret attends</translation>
    </message>
    <message>
        <source>&amp;Registrer</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Henvisningen står som «Ingen svar». Et svar som kommer sent, registreres her.</source>
        <translation>The referral is marked &quot;No reply&quot;. A late reply is recorded here.</translation>
    </message>
    <message>
        <source>(ukjent tjeneste)</source>
        <translation>(unknown service)</translation>
    </message>
    <message>
        <source>{n} utkast kan ikke ferdigstilles nå:</source>
        <translation>{n} drafts cannot be finalised now:</translation>
    </message>
    <message>
        <source>Et utkast kan ikke ferdigstilles nå:</source>
        <translation>One draft cannot be finalised now:</translation>
    </message>
    <message>
        <source>• Henvisning til {recipient}: {why}</source>
        <translation>• Referral to {recipient}: {why}</translation>
    </message>
    <message>
        <source>Fjern opplysningen fra utkastet, registrer et nytt samtykke, eller begrunn et annet rettsgrunnlag i utkastet.</source>
        <translation>Remove the information from the draft, record a new consent, or justify another legal basis in the draft.</translation>
    </message>
    <message>
        <source>Ferdigstilt</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Svar ventes innen</source>
        <translation>Reply expected by</translation>
    </message>
    <message>
        <source>Svaret er forsinket ({days})</source>
        <translation>The reply is late ({days})</translation>
    </message>
    <message>
        <source>Sperret – samtykke mangler</source>
        <translation>Blocked – consent missing</translation>
    </message>
    <message>
        <source>ukjent feil</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>Velg mottaker …</source>
        <translation>Choose recipient …</translation>
    </message>
    <message>
        <source>Adresseboka er tom – legg inn mottakeren der først</source>
        <translation>The address book is empty – add the recipient there first</translation>
    </message>
    <message>
        <source>Ingen barn er registrert på forelderen.</source>
        <translation>No children are registered on the parent.</translation>
    </message>
    <message>
        <source>Ingen barn er valgt.</source>
        <translation>No child is selected.</translation>
    </message>
    <message>
        <source>For eksempel: Husleiekontrakt</source>
        <translation>For example: Tenancy agreement</translation>
    </message>
    <message>
        <source>Navn på vedlegg</source>
        <translation>Name of attachment</translation>
    </message>
    <message>
        <source>Legg t&amp;il</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Fjer&amp;n</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>Vedlegg</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Ingen vedlegg</source>
        <translation>No attachments</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Forfalt</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Innen 7 dager</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Fristen er retningslinjens norm (Q-1157, kap. B): første samtale tilbudt innen to uker etter plasseringen. Loven sier «kort tid». Et brev eller en SMS med tilbudet holder. Antall dager velges i Innstillinger.</source>
        <translation>The deadline is the guideline&apos;s norm (Q-1157, ch. B): first conversation offered within two weeks of the placement. The Act says &quot;a short time&quot;. A letter or text message with the offer is enough. The number of days is chosen in Settings.</translation>
    </message>
    <message>
        <source>Samtalen er tilbudt, men ikke gjennomført ennå. Forelderen velger hvor dere møtes: hjemme, på kontoret eller et nøytralt sted. Fristen er like mange dager etter tilbudet som fristen for tilbudet; sier forelderen nei, tilbys kontakt på nytt.</source>
        <translation>The conversation has been offered but not held yet. The parent chooses where you meet: at home, at the office or at a neutral place. The deadline is as many days after the offer as the deadline for the offer; if the parent says no, contact is offered again.</translation>
    </message>
    <message>
        <source>Informasjon fra sjekklisten skal gis igjen: mye blir ikke forstått første gang.</source>
        <translation>Information from the checklist is to be given again: much is not understood the first time.</translation>
    </message>
    <message>
        <source>Informasjonen er gitt, men det er ikke sjekket om forelderen forsto den.</source>
        <translation>The information has been given, but it has not been checked whether the parent understood it.</translation>
    </message>
    <message>
        <source>Tjenestens vurdering av hva som skal til for at barnet kan flytte hjem, skal vurderes på nytt.</source>
        <translation>The service&apos;s assessment of what is needed for the child to move home is to be reassessed.</translation>
    </message>
    <message>
        <source>Forelderen har et ønske som ikke er besvart. Kan det ikke innfris, skal svaret ha en faglig begrunnelse.</source>
        <translation>The parent has a wish that has not been answered. If it cannot be met, the answer must give professional reasons.</translation>
    </message>
    <message>
        <source>Barnet har flyttet hjem igjen. Følg opp familien etter flyttingen.</source>
        <translation>The child has moved home again. Follow up the family after the move.</translation>
    </message>
    <message>
        <source>Barnet nærmer seg 18 år. Snakk med forelderen om ettervern (hjelp etter fylte 18 år, til 25 år).</source>
        <translation>The child is approaching 18. Talk to the parent about aftercare (help after turning 18, up to 25).</translation>
    </message>
    <message>
        <source>Neste samvær etter samværsplanen.</source>
        <translation>Next visit according to the visit plan.</translation>
    </message>
    <message>
        <source>Flere samvær på rad er ikke gjennomført. Et slikt brudd er et signal: snakk med forelderen om hvorfor, og vurder andre former for kontakt.</source>
        <translation>Several visits in a row have not been held. Such a break is a signal: talk to the parent about why, and consider other forms of contact.</translation>
    </message>
    <message>
        <source>Samværsplanen evalueres med jevne mellomrom: barnet, forelderen, fosterhjemmet eller institusjonen og tilsynsfører høres hver for seg (veilederen Q-1157, kap. 4.5.5).</source>
        <translation>The visit plan is evaluated at regular intervals: the child, the parent, the foster home or institution and the supervisor are heard separately (the guide Q-1157, ch. 4.5.5).</translation>
    </message>
    <message>
        <source>Samværsplanen har ikke noe formål. Samværet følges opp og vurderes ut fra formålet.</source>
        <translation>The visit plan has no purpose. The visits are followed up and assessed against the purpose.</translation>
    </message>
    <message>
        <source>Spør forelderen om egen vurdering av økonomi, utdanning og arbeid, bolig, helse og sosial kontakt (veilederen Q-1157, kap. 4.5.6). Etter en vurdering: på nytt etter forelderens intervall (standard hver 6. måned, endres på siden Levekår). Er det ikke gjort ennå: en måned etter plasseringen – da har første samtale vært, og de økonomiske følgene av plasseringen (bortfalt barnetrygd, skatt, bidrag) begynner å merkes (vises for plasseringer fra det siste året). Vises her 30 dager før. Dette er bufapps forslag, ikke en frist i loven.</source>
        <translation>Ask the parent for their own assessment of finances, education and work, housing, health and social contact (the guide Q-1157, ch. 4.5.6). After an assessment: again after the parent&apos;s interval (by default every 6 months, changed on the Living conditions page). If not done yet: one month after the placement – by then the first conversation has taken place, and the financial consequences of the placement (lost child benefit, tax, maintenance) begin to be felt (shown for placements in the last year). Shown here 30 days before. This is bufapp&apos;s suggestion, not a statutory deadline.</translation>
    </message>
    <message>
        <source>Familierådet avtalte et oppfølgende familieråd for å se hvordan familiens plan har gått (veilederen Q-1157, kap. 4.4). Planlegg det med koordinatoren.</source>
        <translation>The family group conference agreed on a follow-up conference to see how the family&apos;s plan has gone (the guide Q-1157, ch. 4.4). Plan it with the coordinator.</translation>
    </message>
    <message>
        <source>Et planlagt familieråd de neste to ukene, eller et som ikke er registrert holdt eller avlyst.</source>
        <translation>A family group conference planned in the next two weeks, or one not recorded as held or cancelled.</translation>
    </message>
    <message>
        <source>Barnevernstjenesten bør kjenne til gruppetilbudene i området og fortelle foreldrene om dem: mange har glede av å møte andre i samme situasjon (familievernets fagside om kurs og gruppetilbud). Fristen er bufapps egen: 30 dager etter at barnet ble plassert, når de første ukene har roet seg. Den er oppfylt når forelderen er informert, uansett hva forelderen svarte. Vises bare når kontoret har lagt inn minst ett aktivt gruppetilbud.</source>
        <translation>The child welfare service should know the group offers in the area and tell the parents about them: many benefit from meeting others in the same situation (the family counselling service&apos;s professional pages on courses and group offers). The deadline is bufapp&apos;s own: 30 days after the child was placed, when the first weeks have settled. It is met when the parent has been informed, whatever the parent answered. Shown only when the office has entered at least one active group offer.</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Oversikt – frister</source>
        <translation>Overview – deadlines</translation>
    </message>
    <message>
        <source>{overdue} forfalt · {soon} innen 7 dager · {later} senere</source>
        <translation>{overdue} overdue · {soon} within 7 days · {later} later</translation>
    </message>
    <message>
        <source>Ingen åpne frister.</source>
        <translation>No open deadlines.</translation>
    </message>
    <message>
        <source>{contacts} i loggen</source>
        <translation>{contacts} in the log</translation>
    </message>
    <message>
        <source>, siste samtale {d}</source>
        <translation>, last conversation {d}</translation>
    </message>
    <message>
        <source>Ønsker ikke kontakt siden {d} – tilbys igjen {n}.</source>
        <translation>Has not wanted contact since {d} – offer again {n}.</translation>
    </message>
    <message>
        <source>Åpne kontaktloggen</source>
        <translation>Open the contact log</translation>
    </message>
    <message>
        <source>Utdrag …</source>
        <translation>Extract …</translation>
    </message>
    <message>
        <source>Eksporter til arkivet …</source>
        <translation>Export to the archive …</translation>
    </message>
    <message>
        <source>Sist eksportert til arkivet {d} ({documents} i alt).</source>
        <translation>Last exported to the archive {d} ({documents} in total).</translation>
    </message>
    <message>
        <source>Åpne oppfølgingsoppgaver</source>
        <translation>Open follow-up tasks</translation>
    </message>
    <message>
        <source>frist</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>Lukk …</source>
        <translation>Close …</translation>
    </message>
    <message>
        <source>trukket tilbake {d}</source>
        <translation>withdrawn {d}</translation>
    </message>
    <message>
        <source>utløpt {d}</source>
        <translation>expired {d}</translation>
    </message>
    <message>
        <source>utløper snart, </source>
        <translation>expires soon, </translation>
    </message>
    <message>
        <source>gjelder til {d}</source>
        <translation>valid until {d}</translation>
    </message>
    <message>
        <source>Ingen samtykker registrert.</source>
        <translation>No consents recorded.</translation>
    </message>
    <message>
        <source>Samtykkeregister …</source>
        <translation>Consent register …</translation>
    </message>
    <message>
        <source>Nytt samtykke …</source>
        <translation>New consent …</translation>
    </message>
    <message>
        <source>sendt {d}</source>
        <translation>sent {d}</translation>
    </message>
    <message>
        <source>svar ventes {d}</source>
        <translation>reply expected {d}</translation>
    </message>
    <message>
        <source>Åpne …</source>
        <translation>Open …</translation>
    </message>
    <message>
        <source>Ingen henvisninger.</source>
        <translation>No referrals.</translation>
    </message>
    <message>
        <source>Ny henvisning …</source>
        <translation>New referral …</translation>
    </message>
    <message>
        <source>Alle henvisninger</source>
        <translation>All referrals</translation>
    </message>
    <message>
        <source>Dokumenter</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Vis …</source>
        <translation>View …</translation>
    </message>
    <message>
        <source>Bosted skjult for foreldrene</source>
        <translation>Address hidden from the parents</translation>
    </message>
    <message>
        <source> – vedtak {date}: {basis}. Kommer ikke med i dokumenter til foreldrene eller andre.</source>
        <translation> – decision {date}: {basis}. Not included in documents to the parents or others.</translation>
    </message>
    <message>
        <source>Bosted skjult for foreldrene: {children}. Ikke si eller skriv hvor barnet bor til foreldrene eller andre.</source>
        <translation>Address hidden from the parents: {children}. Do not say or write where the child lives to the parents or others.</translation>
    </message>
    <message>
        <source>Ingen samværsplan registrert.</source>
        <translation>No visit plan recorded.</translation>
    </message>
    <message>
        <source>Åpne samvær</source>
        <translation>Open visits</translation>
    </message>
    <message>
        <source>Fødselsnummer/D-nummer</source>
        <translation>National ID/D number</translation>
    </message>
    <message>
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Adressesperre</source>
        <translation>Address protection</translation>
    </message>
    <message>
        <source>Skriftspråk</source>
        <translation>Written language</translation>
    </message>
    <message>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Rediger forelder</source>
        <translation>Edit parent</translation>
    </message>
    <message>
        <source>Legg til barn</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>Koble til et registrert barn</source>
        <translation>Link a registered child</translation>
    </message>
    <message>
        <source>Innsyn: alt om forelderen …</source>
        <translation>Access to records: everything about the parent …</translation>
    </message>
    <message>
        <source>Innsyn: hvem har sett opplysningene …</source>
        <translation>Access to records: who has seen the information …</translation>
    </message>
    <message>
        <source>Ingen frister.</source>
        <translation>No deadlines.</translation>
    </message>
    <message>
        <source>utført {date}</source>
        <translation>done {date}</translation>
    </message>
    <message>
        <source>forfalt</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>åpen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Barn og plasseringer</source>
        <translation>Children and placements</translation>
    </message>
    <message>
        <source>Ingen barn registrert.</source>
        <translation>No children registered.</translation>
    </message>
    <message>
        <source> (uten foreldreansvar)</source>
        <translation> (without parental responsibility)</translation>
    </message>
    <message>
        <source>Rediger barn</source>
        <translation>Edit child</translation>
    </message>
    <message>
        <source>Ny plassering</source>
        <translation>New placement</translation>
    </message>
    <message>
        <source>pågår</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Rediger</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Søk etter navn, barn eller plassering (Ctrl+F)</source>
        <translation>Search by name, child or placement (Ctrl+F)</translation>
    </message>
    <message>
        <source>Søk i foreldre</source>
        <translation>Search parents</translation>
    </message>
    <message>
        <source>&amp;Ny forelder</source>
        <translation>&amp;New parent</translation>
    </message>
    <message>
        <source>Ny forelder</source>
        <translation>New parent</translation>
    </message>
    <message>
        <source>Foreldre</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Opplysninger om forelderen</source>
        <translation>Details of the parent</translation>
    </message>
    <message numerus="yes">
        <source>%n foreldre</source>
        <translation>
            <numerusform>%n parent</numerusform>
            <numerusform>%n parents</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} av {everyone} vises</source>
        <translation>{shown} of {everyone} shown</translation>
    </message>
    <message>
        <source>Ingen i listen passer med søket.</source>
        <translation>No one in the list matches the search.</translation>
    </message>
    <message>
        <source>Velg en forelder i listen.</source>
        <translation>Choose a parent in the list.</translation>
    </message>
    <message>
        <source>Ingen forelder valgt</source>
        <translation>No parent chosen</translation>
    </message>
    <message>
        <source>Når barnet flytter hjem, kommer en frist i Oversikt for å følge opp familien etter flyttingen.</source>
        <translation>When the child moves home, a deadline appears in Overview to follow up the family after the move.</translation>
    </message>
    <message>
        <source>Ettervern (hjelp etter fylte 18 år, til 25 år) er et eget spørsmål, ikke en årsak til slutt. Oversikt minner om det før barnet fyller 18 år.</source>
        <translation>Aftercare (help after turning 18, up to 25) is a separate question, not a reason for ending. Overview gives a reminder before the child turns 18.</translation>
    </message>
    <message>
        <source>Rediger plassering</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <source>&amp;Grunnlag</source>
        <translation>&amp;Basis</translation>
    </message>
    <message>
        <source>&amp;Type tiltak</source>
        <translation>&amp;Type of placement</translation>
    </message>
    <message>
        <source>&amp;Sted (valgfritt)</source>
        <translation>&amp;Place (optional)</translation>
    </message>
    <message>
        <source>&amp;Fosterforeldre / kontaktperson</source>
        <translation>&amp;Foster parents / contact person</translation>
    </message>
    <message>
        <source>Adr&amp;esse</source>
        <translation>Addr&amp;ess</translation>
    </message>
    <message>
        <source>&amp;Kommune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation>Ph&amp;one</translation>
    </message>
    <message>
        <source>Start&amp;dato</source>
        <translation>&amp;Start date</translation>
    </message>
    <message>
        <source>S&amp;luttdato</source>
        <translation>E&amp;nd date</translation>
    </message>
    <message>
        <source>Å&amp;rsak til slutt</source>
        <translation>&amp;Reason for ending</translation>
    </message>
    <message>
        <source>Bostedet skal være skjult for foreldrene</source>
        <translation>The address is to be hidden from the parents</translation>
    </message>
    <message>
        <source>Stedet, kommunen, fosterforeldrenes navn, adressen og telefonen kommer da ikke med i noe dokument til foreldrene eller til andre tjenester.</source>
        <translation>The place, the municipality, the foster parents&apos; names, the address and the phone number are then left out of every document to the parents or to other services.</translation>
    </message>
    <message>
        <source>Sperret &amp;bosted</source>
        <translation>&amp;Hidden address</translation>
    </message>
    <message>
        <source>&amp;Vedtaksdato</source>
        <translation>Date of dec&amp;ision</translation>
    </message>
    <message>
        <source>Grunnlag for &amp;sperren</source>
        <translation>&amp;Grounds for hiding it</translation>
    </message>
    <message>
        <source>F.eks. fylkesnemndas vedtak, dato og saksnummer</source>
        <translation>E.g. the county board&apos;s decision, date and case number</translation>
    </message>
    <message>
        <source>&amp;Fornavn</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Etternavn</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>Fødselsnummer/&amp;D-nummer</source>
        <translation>National ID/&amp;D number</translation>
    </message>
    <message>
        <source>11 siffer – kan stå tomt</source>
        <translation>11 digits – may be left empty</translation>
    </message>
    <message>
        <source>Kjent</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Fødsels&amp;dato</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>&amp;Postnummer</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>Post&amp;sted</source>
        <translation>Post to&amp;wn</translation>
    </message>
    <message>
        <source>Adresse&amp;sperre</source>
        <translation>Add&amp;ress protection</translation>
    </message>
    <message>
        <source>Fortrolig eller strengt fortrolig adresse i Folkeregisteret: adressen kommer bare med i dokumenter til forelderen selv.</source>
        <translation>Confidential or strictly confidential address in the National Population Register: the address is only included in documents to the parent themselves.</translation>
    </message>
    <message>
        <source>Foretrukket &amp;språk</source>
        <translation>Preferred lan&amp;guage</translation>
    </message>
    <message>
        <source>Språket forelderen snakker best.</source>
        <translation>The language the parent speaks best.</translation>
    </message>
    <message>
        <source>Foretrukket skr&amp;iftspråk</source>
        <translation>Preferred wr&amp;itten language</translation>
    </message>
    <message>
        <source>Språket forelderen leser best. Brev og dokumenter til forelderen lages på dette språket der de finnes på det, ellers på kontorets målform.</source>
        <translation>The language the parent reads best. Letters and documents for the parent are made in this language where they exist in it, otherwise in the office&apos;s written standard.</translation>
    </message>
    <message>
        <source>Trenger tolk</source>
        <translation>Needs interpreter</translation>
    </message>
    <message>
        <source>Tolkespr&amp;åk</source>
        <translation>Interpreter&apos;s lang&amp;uage</translation>
    </message>
    <message>
        <source>Tolkens &amp;kategori</source>
        <translation>Interpreter&apos;s &amp;category</translation>
    </message>
    <message>
        <source>St&amp;øtteperson</source>
        <translation>Support p&amp;erson</translation>
    </message>
    <message>
        <source>&amp;Notater</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Nytt barn</source>
        <translation>New child</translation>
    </message>
    <message>
        <source>&amp;Saksnummer i fagsystemet</source>
        <translation>&amp;Case number in the case management system</translation>
    </message>
    <message>
        <source>Forelderens &amp;rolle</source>
        <translation>Parent&apos;s &amp;role</translation>
    </message>
    <message>
        <source>Har foreldreansvar</source>
        <translation>Has parental responsibility</translation>
    </message>
    <message>
        <source>Foreldre&amp;ansvar</source>
        <translation>&amp;Parental responsibility</translation>
    </message>
    <message>
        <source>Koble til barn</source>
        <translation>Link child</translation>
    </message>
    <message>
        <source>Velg et barn.</source>
        <translation>Choose a child.</translation>
    </message>
    <message>
        <source>Vil du velge en sikkerhetskopi å gjenopprette nå?</source>
        <translation>Do you want to choose a backup to restore now?</translation>
    </message>
    <message>
        <source>Velg mappe eller minnepinne for sikkerhetskopien</source>
        <translation>Choose a folder or USB stick for the backup</translation>
    </message>
    <message>
        <source>Sikkerhetskopien er tatt og kontrollert:
{name} ({size})
i {folder}

Oppbevar den på et kryptert medium eller kommunens filserver.</source>
        <translation>The backup has been made and checked:
{name} ({size})
in {folder}

Keep it on an encrypted medium or the municipality&apos;s file server.</translation>
    </message>
    <message>
        <source>Velg sikkerhetskopien som skal gjenopprettes</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Gjenoppretter fra sikkerhetskopien …</source>
        <translation>Restoring from the backup …</translation>
    </message>
    <message>
        <source>Sikkerhetskopien fra {made} er gjenopprettet.</source>
        <translation>The backup from {made} has been restored.</translation>
    </message>
    <message>
        <source>Databasen som var i bruk, er ikke slettet. Den ligger i
{place}</source>
        <translation>The database that was in use has not been deleted. It is in
{place}</translation>
    </message>
    <message>
        <source>Lås opp med passordet som gjaldt da sikkerhetskopien ble tatt, eller med gjenopprettingsnøkkelen.</source>
        <translation>Unlock with the password that applied when the backup was made, or with the recovery key.</translation>
    </message>
    <message>
        <source>Databasen er ikke erstattet. Lås opp som før.</source>
        <translation>The database has not been replaced. Unlock as before.</translation>
    </message>
    <message>
        <source>Kontrollerer hele databasen …</source>
        <translation>Checking the whole database …</translation>
    </message>
    <message>
        <source>Kontakter i kontaktloggen</source>
        <translation>Contacts in the contact log</translation>
    </message>
    <message>
        <source>Lagrede dokumenter</source>
        <translation>Saved documents</translation>
    </message>
    <message>
        <source>Møter i ansvarsgrupper</source>
        <translation>Responsibility group meetings</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Jeg vet at dette er en annen database, og vil likevel erstatte den som er i bruk.</source>
        <translation>I know this is a different database, and still want to replace the one in use.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sikkerhetskopi av en annen database.&lt;/b&gt; Den er ikke tatt av databasen som er i bruk her, men av en annen (et annet kontor eller en annen installasjon). Gjenoppretter du den, er det den andre databasen du arbeider i etterpå.</source>
        <translation>&lt;b&gt;Backup of a different database.&lt;/b&gt; It was not made from the database in use here, but from another one (another office or another installation). If you restore it, you will be working in that other database afterwards.</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Sikkerhetskopien inneholder:</source>
        <translation>The backup contains:</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tatt:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Tatt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Størrelse:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Databasen som er i bruk nå, slettes ikke: den flyttes til side i mappen {folder}. bufapp låses, og du låser opp med passordet som gjaldt da sikkerhetskopien ble tatt (eller med gjenopprettingsnøkkelen).</source>
        <translation>The database in use now is not deleted: it is moved aside in the folder {folder}. bufapp is locked, and you unlock with the password that applied when the backup was made (or with the recovery key).</translation>
    </message>
    <message>
        <source>Hva som skjer</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Hvor mange foreldre, kontakter og dokumenter den inneholder, kan ikke vises: den kan bare åpnes med passordet til den andre databasen.</source>
        <translation>How many parents, contacts and documents it contains cannot be shown: it can only be opened with the password of the other database.</translation>
    </message>
    <message>
        <source>Hvor mange foreldre, kontakter og dokumenter den inneholder, vises ikke før databasen er låst opp.</source>
        <translation>How many parents, contacts and documents it contains is not shown until the database is unlocked.</translation>
    </message>
    <message>
        <source>Kontroll av databasen</source>
        <translation>Database check</translation>
    </message>
    <message>
        <source>&lt;b&gt;Databasen er hel.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The database is intact.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&lt;b&gt;Databasen er skadet.&lt;/b&gt; Ikke skriv mer i den. Gjenopprett fra siste sikkerhetskopi og kontakt IT. Dette ble funnet:</source>
        <translation>&lt;b&gt;The database is damaged.&lt;/b&gt; Do not write any more in it. Restore from the latest backup and contact IT. This was found:</translation>
    </message>
    <message>
        <source>Funne feil</source>
        <translation>Errors found</translation>
    </message>
    <message>
        <source>Kontrollert: hver kryptert side, databasens oppbygning, koblingene mellom opplysningene, begge kopiene av nøkkelfilen og revisjonsloggens kjede.</source>
        <translation>Checked: every encrypted page, the database&apos;s structure, the links between the records, both copies of the key file and the audit log&apos;s chain.</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
        <translation>&amp;Restore from backup …</translation>
    </message>
    <message>
        <source>aldri</source>
        <translation>never</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>i går</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>for {n} dager siden</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <source>Siste sikkerhetskopi</source>
        <translation>Latest backup</translation>
    </message>
    <message>
        <source>Ta sikkerhetskopi nå</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Siste sikkerhetskopi: {when}</source>
        <translation>Latest backup: {when}</translation>
    </message>
    <message>
        <source>Advarsel: det er mer enn {n} dager siden siste sikkerhetskopi, eller det finnes ingen. Trykk for å ta en nå.</source>
        <translation>Warning: it is more than {n} days since the latest backup, or there is none. Click to make one now.</translation>
    </message>
    <message>
        <source>Trykk for å ta en ny sikkerhetskopi.</source>
        <translation>Click to make a new backup.</translation>
    </message>
    <message>
        <source>Sikkerhetskopi fra bufapp (*.bufbackup);;Alle filer (*)</source>
        <translation>bufapp backup (*.bufbackup);;All files (*)</translation>
    </message>
    <message>
        <source>Tar sikkerhetskopi og kontrollerer den …</source>
        <translation>Making a backup and checking it …</translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Fremdrift for sikkerhetskopien</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>Kontrollerer sikkerhetskopien …</source>
        <translation>Checking the backup …</translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
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
        <translation>The database is re-encrypted with a new, random data key, so that a key or key sheet that may have gone astray no longer opens it. Your password stays the same, but you get a new recovery key which you print and confirm; the old one stops working.

Backups made before today still open with what applied then. Make a new backup afterwards and delete the old ones if they may have been exposed.</translation>
    </message>
    <message>
        <source>Bytt datanøkkel</source>
        <translation>Change data key</translation>
    </message>
    <message>
        <source>Passord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Skriv &amp;passordet ditt for å bekrefte:</source>
        <translation>Type your &amp;password to confirm:</translation>
    </message>
    <message>
        <source>&amp;Bytt datanøkkel &gt;</source>
        <translation>&amp;Change data key &gt;</translation>
    </message>
    <message>
        <source>Ny gjenopprettingsnøkkel</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>Bytter datanøkkel og krypterer databasen på nytt … Det kan ta noen minutter.</source>
        <translation>Changing the data key and re-encrypting the database … This may take a few minutes.</translation>
    </message>
    <message>
        <source>Bytter datanøkkel</source>
        <translation>Changing data key</translation>
    </message>
    <message>
        <source>Bytt passord</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Nåværende passord</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>Nåværende passord stemmer ikke.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <source>Passordet er byttet. Gjenopprettingsnøkkelen gjelder fortsatt.</source>
        <translation>The password has been changed. The recovery key still applies.</translation>
    </message>
    <message>
        <source>Kalibrer på nytt</source>
        <translation>Recalibrate</translation>
    </message>
    <message>
        <source>Passordet ditt:</source>
        <translation>Your password:</translation>
    </message>
    <message>
        <source>Ferdig: {mib} MiB minne, {rounds} – omtrent {s:.1f} sekunder per opplåsing.</source>
        <translation>Done: {mib} MiB memory, {rounds} – about {s:.1f} seconds per unlock.</translation>
    </message>
    <message numerus="yes">
        <source>%n runder</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
    <message>
        <source>Kalibreringen mislyktes.</source>
        <translation>The calibration failed.</translation>
    </message>
    <message>
        <source>Nytt &amp;passord</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <source>&amp;Gjenta passordet</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>Passordstyrke</source>
        <translation>Password strength</translation>
    </message>
    <message>
        <source>Styrke</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Minst 10 tegn, og vanskelig å gjette: flere ord som ikke hører sammen, gjerne en hel setning. Navn, årstall og vanlige ord alene er lette å gjette.</source>
        <translation>At least 10 characters, and hard to guess: several unrelated words, ideally a whole sentence. Names, years and common words alone are easy to guess.</translation>
    </message>
    <message>
        <source>Gjenopprett tilgang</source>
        <translation>Restore access</translation>
    </message>
    <message>
        <source>Skriv gjenopprettingsnøkkelen fra arket du fikk da databasen ble opprettet (8 grupper à 5 tegn), og velg et nytt passord. Store og små bokstaver spiller ingen rolle.</source>
        <translation>Type the recovery key from the sheet you got when the database was created (8 groups of 5 characters), and choose a new password. Upper and lower case do not matter.</translation>
    </message>
    <message>
        <source>Gjenopprettings&amp;nøkkel</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <source>Lås opp og sett nytt passord</source>
        <translation>Unlock and set new password</translation>
    </message>
    <message>
        <source>Du får en ny gjenopprettingsnøkkel som du skriver ut eller skriver av, og bekrefter. Den gamle nøkkelen slutter å virke med en gang, også på papir du har fra før.

Vil du lage en ny nøkkel nå?</source>
        <translation>You get a new recovery key, which you print or copy out by hand, and confirm. The old key stops working at once, including on paper you already have.

Do you want to create a new key now?</translation>
    </message>
    <message>
        <source>Gjenopprettingsnøkkelen er ikke bekreftet</source>
        <translation>The recovery key has not been confirmed</translation>
    </message>
    <message>
        <source>Lag og bekreft ny gjenopprettingsnøkkel …</source>
        <translation>Create and confirm a new recovery key …</translation>
    </message>
    <message>
        <source>Advarsel: nøkkelen er ikke skrevet inn igjen, så det er ikke sikkert at den virker. Trykk for å lage og bekrefte en ny.</source>
        <translation>Warning: the key has not been typed in again, so it may not work. Click to create and confirm a new one.</translation>
    </message>
    <message>
        <source>Lag og bekreft &amp;ny gjenopprettingsnøkkel …</source>
        <translation>Create and confirm a &amp;new recovery key …</translation>
    </message>
    <message>
        <source>Bytt &amp;datanøkkel …</source>
        <translation>Change &amp;data key …</translation>
    </message>
    <message>
        <source>&amp;Ny gjenopprettingsnøkkel …</source>
        <translation>&amp;New recovery key …</translation>
    </message>
    <message>
        <source>Lag ny nøkkel</source>
        <translation>Create new key</translation>
    </message>
    <message>
        <source>Du har ikke bekreftet gjenopprettingsnøkkelen. Er den skrevet av feil, kan ingen åpne journalene hvis du glemmer passordet.

Databasen kan brukes likevel, men bufapp minner deg på dette til du har laget og bekreftet en ny nøkkel (Fil → Lag og bekreft ny gjenopprettingsnøkkel …).

Vil du avslutte uten å bekrefte nøkkelen?</source>
        <translation>You have not confirmed the recovery key. If it was copied wrongly, nobody can open the records if you forget the password.

The database can still be used, but bufapp will remind you of this until you have created and confirmed a new key (File → Create and confirm a new recovery key …).

Do you want to exit without confirming the key?</translation>
    </message>
    <message>
        <source>&amp;Neste &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Tilbake</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Bekreftelsen kunne ikke lagres: {reason}
Prøv igjen.</source>
        <translation>The confirmation could not be saved: {reason}
Try again.</translation>
    </message>
    <message>
        <source>Avslutt uten å bekrefte</source>
        <translation>Exit without confirming</translation>
    </message>
    <message>
        <source>Gå tilbake og bekreft</source>
        <translation>Go back and confirm</translation>
    </message>
    <message>
        <source>Vises bare til du har bekreftet den. Den lagres ikke noe sted.</source>
        <translation>Shown only until you have confirmed it. It is not saved anywhere.</translation>
    </message>
    <message>
        <source>&amp;Skriv ut nøkkelen …</source>
        <translation>&amp;Print the key …</translation>
    </message>
    <message>
        <source>Skriv ut nøkkelen eller skriv den av for hånd, og oppbevar den innelåst, adskilt fra PC-en. Med den kan du åpne databasen hvis du glemmer passordet. Mistes både passord og nøkkel, kan ingen – heller ikke IT – åpne journalene igjen.</source>
        <translation>Print the key or copy it out by hand, and keep it locked away, separate from the PC. With it you can open the database if you forget the password. If both the password and the key are lost, nobody – not even IT – can open the records again.</translation>
    </message>
    <message>
        <source>Jeg har tatt vare på nøkkelen &gt;</source>
        <translation>I have kept the key safe &gt;</translation>
    </message>
    <message>
        <source>Nøkkelen kunne ikke lages.</source>
        <translation>The key could not be created.</translation>
    </message>
    <message>
        <source>Dette er gjenopprettingsnøkkelen din, i 8 grupper à 5 tegn:</source>
        <translation>This is your recovery key, in 8 groups of 5 characters:</translation>
    </message>
    <message>
        <source>Bekreft nøkkelen</source>
        <translation>Confirm the key</translation>
    </message>
    <message>
        <source>Skriv gruppe {a} og {b} fra nøkkelen du tok vare på. Trykk «Tilbake» for å se nøkkelen igjen.</source>
        <translation>Type group {a} and {b} from the key you kept. Press &quot;Back&quot; to see the key again.</translation>
    </message>
    <message>
        <source>Gjenopprettingsnøkkel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Gruppe {n}</source>
        <translation>Group {n}</translation>
    </message>
    <message>
        <source>Gruppe &amp;{n}</source>
        <translation>Group &amp;{n}</translation>
    </message>
    <message>
        <source>Gruppe {n} stemmer ikke med nøkkelen. Se etter skrivefeil, eller trykk «Tilbake» for å se nøkkelen igjen.</source>
        <translation>Group {n} does not match the key. Check for typing errors, or press &quot;Back&quot; to see the key again.</translation>
    </message>
    <message>
        <source>Gruppe {n} har 5 tegn, men du har skrevet {typed}.</source>
        <translation>Group {n} has 5 characters, but you have typed {typed}.</translation>
    </message>
    <message>
        <source>Lager en ny nøkkel …</source>
        <translation>Creating a new key …</translation>
    </message>
    <message>
        <source>&amp;Ferdig</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Kontoret</source>
        <translation>The office</translation>
    </message>
    <message>
        <source>&amp;Kommune/tjeneste</source>
        <translation>&amp;Municipality/service</translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Organisasjonsnummer</source>
        <translation>&amp;Organisation number</translation>
    </message>
    <message>
        <source>&amp;Telefon (sentralbord)</source>
        <translation>&amp;Phone (switchboard)</translation>
    </message>
    <message>
        <source>&amp;E-post (postmottak)</source>
        <translation>&amp;Email (central inbox)</translation>
    </message>
    <message>
        <source>Saksbehandler – står i alle brev</source>
        <translation>Caseworker – appears in all letters</translation>
    </message>
    <message>
        <source>Nav&amp;n</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Direkte telefon</source>
        <translation>&amp;Direct phone</translation>
    </message>
    <message>
        <source>Enhver gjennomført samtale</source>
        <translation>Any conversation held</translation>
    </message>
    <message>
        <source>Avkrysset: enhver gjennomført samtale teller som første samtale, tilbudt og gjennomført. Ellers teller bare en kontakt med temaet «Første samtale»: et brev eller en SMS som tilbud, en samtale som gjennomført.</source>
        <translation>Ticked: any conversation held counts as the first conversation, both offered and held. Otherwise only a contact with the topic &quot;First conversation&quot; counts: a letter or text message as the offer, a conversation as held.</translation>
    </message>
    <message>
        <source>E-&amp;post</source>
        <translation>Emai&amp;l</translation>
    </message>
    <message>
        <source>Arbeid og sikkerhet</source>
        <translation>Work and security</translation>
    </message>
    <message>
        <source>Lås &amp;automatisk etter</source>
        <translation>Lock au&amp;tomatically after</translation>
    </message>
    <message>
        <source> min uten bruk</source>
        <translation> min of inactivity</translation>
    </message>
    <message>
        <source>&amp;Første samtale tilbudt innen</source>
        <translation>&amp;First conversation offered within</translation>
    </message>
    <message>
        <source> dager etter plassering</source>
        <translation> days after placement</translation>
    </message>
    <message>
        <source>Retningslinjen (Q-1157, kap. B) sier at foreldrene skal tilbys en samtale innen to uker etter plasseringen. Loven sier bare «kort tid». Et brev eller en SMS med tilbudet holder for fristen; samtalen følges så opp som egen frist, like mange dager etter tilbudet.</source>
        <translation>The guideline (Q-1157, ch. B) says the parents are to be offered a conversation within two weeks of the placement. The act only says &quot;a short time&quot;. A letter or text message with the offer meets the deadline; the conversation is then followed up as a separate deadline, the same number of days after the offer.</translation>
    </message>
    <message>
        <source>Første samtale &amp;gjelder</source>
        <translation>What co&amp;unts as first conversation</translation>
    </message>
    <message>
        <source>&amp;Bytt passord …</source>
        <translation>&amp;Change password …</translation>
    </message>
    <message>
        <source>&amp;Kalibrer nøkkelutledning på nytt …</source>
        <translation>&amp;Recalibrate key derivation …</translation>
    </message>
    <message>
        <source>Gjør passordsjekken passe treg (0,5–1 s) på denne maskinen.</source>
        <translation>Makes the password check suitably slow (0.5–1 s) on this computer.</translation>
    </message>
    <message>
        <source>Mer enn {days}: retningslinjen (Q-1157, kap. B) sier at første samtale skal tilbys innen to uker etter plasseringen. Det er en faglig norm, ikke en frist i loven – loven sier «kort tid». Du kan likevel lagre.</source>
        <translation>More than {days}: the guideline (Q-1157, ch. B) says the first conversation should be offered within two weeks of the placement. It is a professional standard, not a statutory deadline – the act says &quot;a short time&quot;. You can still save.</translation>
    </message>
    <message>
        <source>Velkommen til bufapp</source>
        <translation>Welcome to bufapp</translation>
    </message>
    <message>
        <source>Først litt om kontoret og deg. Dette står i brevhodet og i hvert brev du skriver ut, slik at mottakeren vet hvem som kan kontaktes.</source>
        <translation>First a little about the office and you. This appears in the letterhead and in every letter you print, so the recipient knows who to contact.</translation>
    </message>
    <message>
        <source>Barnevernstjenesten i … kommune</source>
        <translation>The child welfare service in … municipality</translation>
    </message>
    <message>
        <source>&amp;Ditt navn (saksbehandler)</source>
        <translation>&amp;Your name (caseworker)</translation>
    </message>
    <message>
        <source>Din direkte tele&amp;fon</source>
        <translation>Your direct p&amp;hone</translation>
    </message>
    <message>
        <source>Din e-&amp;post</source>
        <translation>Your emai&amp;l</translation>
    </message>
    <message>
        <source>Velg passord</source>
        <translation>Choose password</translation>
    </message>
    <message>
        <source>Passordet låser opp den krypterte databasen. Ingen andre kjenner det.</source>
        <translation>The password unlocks the encrypted database. No one else knows it.</translation>
    </message>
    <message>
        <source>Opprett database</source>
        <translation>Create database</translation>
    </message>
    <message>
        <source>Sett opp bufapp</source>
        <translation>Set up bufapp</translation>
    </message>
    <message>
        <source>Oppretter kryptert database …</source>
        <translation>Creating encrypted database …</translation>
    </message>
    <message>
        <source>&amp;Start bufapp</source>
        <translation>&amp;Start bufapp</translation>
    </message>
    <message>
        <source>Databasen kunne ikke opprettes ({kind}).</source>
        <translation>The database could not be created ({kind}).</translation>
    </message>
    <message>
        <source>bufapp er låst</source>
        <translation>bufapp is locked</translation>
    </message>
    <message>
        <source>Database: {place}</source>
        <translation>Database: {place}</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Lås opp</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Glemt passordet?</source>
        <translation>&amp;Forgotten the password?</translation>
    </message>
    <message>
        <source>&amp;Passord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Skriv passordet ditt.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Låser opp …</source>
        <translation>Unlocking …</translation>
    </message>
    <message>
        <source>Passordet stemmer ikke. Prøv igjen – sjekk gjerne Caps Lock.</source>
        <translation>The password is not correct. Try again – check Caps Lock.</translation>
    </message>
    <message>
        <source>Du kan prøve igjen om {s} sekunder.</source>
        <translation>You can try again in {s} seconds.</translation>
    </message>
    <message>
        <source>Evalueringen fører til ny plan. Vil du lage den nye versjonen nå?</source>
        <translation>The evaluation leads to a new plan. Do you want to create the new version now?</translation>
    </message>
    <message>
        <source>Forelder: {name} · barn: {child}</source>
        <translation>Parent: {name} · child: {child}</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>ikke skrevet</source>
        <translation>not written</translation>
    </message>
    <message>
        <source>Registrer samvær</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <source>&amp;Hvordan gikk det</source>
        <translation>How &amp;did it go</translation>
    </message>
    <message>
        <source>Holdt &amp;dato</source>
        <translation>D&amp;ate held</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>H&amp;ours</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>Fo&amp;rm</translation>
    </message>
    <message>
        <source>Tilsyns&amp;førers notat</source>
        <translation>Supervisor&apos;s &amp;note</translation>
    </message>
    <message>
        <source>Forelderen trengte mest å snakke med en voksen</source>
        <translation>The parent mostly needed to talk to an adult</translation>
    </message>
    <message>
        <source>S&amp;amtale</source>
        <translation>Con&amp;versation</translation>
    </message>
    <message>
        <source>Avlyst &amp;av</source>
        <translation>Cancelled &amp;by</translation>
    </message>
    <message>
        <source>&amp;Hvorfor</source>
        <translation>W&amp;hy</translation>
    </message>
    <message>
        <source>Evaluering av samværsplanen</source>
        <translation>Evaluation of the visit plan</translation>
    </message>
    <message>
        <source>&amp;Barnet</source>
        <translation>&amp;The child</translation>
    </message>
    <message>
        <source>&amp;Forelderen</source>
        <translation>The &amp;parent</translation>
    </message>
    <message>
        <source>Fosterforeldrene / &amp;institusjonen</source>
        <translation>Foster parents / &amp;institution</translation>
    </message>
    <message>
        <source>&amp;Tilsynsfører</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>&amp;Konklusjon</source>
        <translation>&amp;Conclusion</translation>
    </message>
    <message>
        <source>Evalueringen fører til ny plan</source>
        <translation>The evaluation leads to a new plan</translation>
    </message>
    <message>
        <source>&amp;Ny plan</source>
        <translation>&amp;New plan</translation>
    </message>
    <message>
        <source>Reisestøtte</source>
        <translation>Travel support</translation>
    </message>
    <message>
        <source>&amp;Søkt</source>
        <translation>A&amp;pplied</translation>
    </message>
    <message>
        <source>&amp;Beløp</source>
        <translation>A&amp;mount</translation>
    </message>
    <message>
        <source>For eksempel: bussbillett tur-retur</source>
        <translation>For example: return bus ticket</translation>
    </message>
    <message>
        <source>Ikke knyttet til ett samvær</source>
        <translation>Not linked to one visit</translation>
    </message>
    <message>
        <source>Sa&amp;mvær</source>
        <translation>&amp;Visit</translation>
    </message>
    <message>
        <source>&amp;Vedtak</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>Avgjort</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>&amp;Innvilget beløp</source>
        <translation>&amp;Amount granted</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> NOK</translation>
    </message>
    <message>
        <source>{name}: antall</source>
        <translation>{name}: number</translation>
    </message>
    <message>
        <source>{name}: per</source>
        <translation>{name}: per</translation>
    </message>
    <message>
        <source>ikke satt</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>{name}: timer hver gang</source>
        <translation>{name}: hours each time</translation>
    </message>
    <message>
        <source>ganger per</source>
        <translation>times per</translation>
    </message>
    <message>
        <source>timer hver gang:</source>
        <translation>hours each time:</translation>
    </message>
    <message>
        <source>Avtalt med forelderen</source>
        <translation>Agreed with the parent</translation>
    </message>
    <message>
        <source>Avtalt dato</source>
        <translation>Date agreed</translation>
    </message>
    <message>
        <source>Neste samvær</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>Evaluer samværsplanen med barnet, forelderen, fosterhjemmet og tilsynsfører</source>
        <translation>Evaluate the visit plan with the child, the parent, the foster home and the supervisor</translation>
    </message>
    <message>
        <source>Samværsplanen har ikke noe formål – samværet vurderes ut fra formålet</source>
        <translation>The visit plan has no purpose – the visits are assessed against the purpose</translation>
    </message>
    <message>
        <source>{amount} kr</source>
        <translation>NOK {amount}</translation>
    </message>
    <message>
        <source>Samtale før</source>
        <translation>Conversation before</translation>
    </message>
    <message>
        <source>Samtale etter</source>
        <translation>Conversation after</translation>
    </message>
    <message>
        <source> (mest samtale med en voksen)</source>
        <translation> (mostly conversation with an adult)</translation>
    </message>
    <message>
        <source>Ny versjon</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Søkt</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Beløp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Saksbehandler: {words}</source>
        <translation>Caseworker: {words}</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Forelderen (siden sist)</source>
        <translation>Parent (since last time)</translation>
    </message>
    <message>
        <source>Saksbehandler (siden sist)</source>
        <translation>Caseworker (since last time)</translation>
    </message>
    <message>
        <source>Ønsker hjelp</source>
        <translation>Wants help</translation>
    </message>
    <message>
        <source>Ord</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Ikke spurt</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Delvis</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Saksbehandlers vurdering</source>
        <translation>Caseworker&apos;s assessment</translation>
    </message>
    <message>
        <source>Endring (forelder)</source>
        <translation>Change (parent)</translation>
    </message>
    <message>
        <source>Ønsker hjelp med</source>
        <translation>Wants help with</translation>
    </message>
    <message>
        <source>Ikke avgjort</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Innvilget</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Avslått</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>For eksempel: evalueringen viste at barnet trenger kortere samvær</source>
        <translation>For example: the evaluation showed that the child needs shorter visits</translation>
    </message>
    <message>
        <source>Hvor ofte</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Ny versjon av samværsplanen</source>
        <translation>New version of the visit plan</translation>
    </message>
    <message>
        <source>Samværsplan</source>
        <translation>Visit plan</translation>
    </message>
    <message>
        <source>&amp;Hvorfor endres planen</source>
        <translation>&amp;Why the plan is changing</translation>
    </message>
    <message>
        <source>&amp;Gjelder fra</source>
        <translation>&amp;Applies from</translation>
    </message>
    <message>
        <source>&amp;Hvor ofte</source>
        <translation>&amp;How often</translation>
    </message>
    <message>
        <source>Grunn&amp;lag</source>
        <translation>Bas&amp;is</translation>
    </message>
    <message>
        <source>&amp;Avtale</source>
        <translation>A&amp;greement</translation>
    </message>
    <message>
        <source>Vedtatt &amp;av</source>
        <translation>&amp;Decided by</translation>
    </message>
    <message>
        <source>For eksempel: Barneverns- og helsenemnda i …</source>
        <translation>For example: The Child Welfare and Health Board in …</translation>
    </message>
    <message>
        <source>Vedtaks&amp;dato</source>
        <translation>D&amp;ecision date</translation>
    </message>
    <message>
        <source>Vedtaket s&amp;ier</source>
        <translation>&amp;The decision says</translation>
    </message>
    <message>
        <source>&amp;Minimum i vedtaket</source>
        <translation>Minimum in the de&amp;cision</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Vedtaket sier at samværet skal være med tilsyn</source>
        <translation>The decision says the visits are to be supervised</translation>
    </message>
    <message>
        <source>Tilsyn i vedta&amp;ket</source>
        <translation>Supervision in the decisi&amp;on</translation>
    </message>
    <message>
        <source>&amp;Sted</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <source>Møtested&amp;ets navn</source>
        <translation>Na&amp;me of the venue</translation>
    </message>
    <message>
        <source>Bare det de som skal dit trenger; skrives ikke til andre</source>
        <translation>Only what those attending need; not written to others</translation>
    </message>
    <message>
        <source>&amp;Tilsyn</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>Tilsyns&amp;fører</source>
        <translation>Supe&amp;rvisor</translation>
    </message>
    <message>
        <source>Andre med samvær&amp;srett</source>
        <translation>Others with &amp;visiting rights</translation>
    </message>
    <message>
        <source>Én linje hver: «Mormor – fire ganger i året»</source>
        <translation>One line each: &quot;Grandma – four times a year&quot;</translation>
    </message>
    <message>
        <source>Mello&amp;m samværene</source>
        <translation>&amp;Between visits</translation>
    </message>
    <message>
        <source>Telefon, video, brev eller bilder</source>
        <translation>Phone, video, letters or photos</translation>
    </message>
    <message>
        <source>Tra&amp;nsport</source>
        <translation>Tra&amp;nsport</translation>
    </message>
    <message>
        <source>Hvem &amp;betaler</source>
        <translation>Who &amp;pays</translation>
    </message>
    <message>
        <source>Formålet med &amp;egne ord</source>
        <translation>Purpose in &amp;own words</translation>
    </message>
    <message>
        <source>Første sa&amp;mvær</source>
        <translation>&amp;First visit</translation>
    </message>
    <message>
        <source>ikke avtalt</source>
        <translation>not agreed</translation>
    </message>
    <message>
        <source> måneder</source>
        <translation> months</translation>
    </message>
    <message>
        <source>E&amp;valueres hver</source>
        <translation>Evaluate ever&amp;y</translation>
    </message>
    <message>
        <source>Planen har ikke noe formål. Samværet følges opp og vurderes ut fra formålet: velg ett eller flere av de fire i en ny versjon.</source>
        <translation>The plan has no purpose. The visits are followed up and assessed against the purpose: choose one or more of the four in a new version.</translation>
    </message>
    <message>
        <source>Samværsplanen</source>
        <translation>The visit plan</translation>
    </message>
    <message>
        <source>Ny samværs&amp;plan …</source>
        <translation>New visit &amp;plan …</translation>
    </message>
    <message>
        <source>Ny &amp;versjon …</source>
        <translation>New &amp;version …</translation>
    </message>
    <message>
        <source>Historikk</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Denne versjonen er ikke sendt til partene ennå.</source>
        <translation>This version has not been sent to the parties yet.</translation>
    </message>
    <message>
        <source>Forelderen har ingen barn registrert.</source>
        <translation>The parent has no children registered.</translation>
    </message>
    <message>
        <source>Samværene</source>
        <translation>The visits</translation>
    </message>
    <message>
        <source>&amp;Registrer samvær …</source>
        <translation>&amp;Record visit …</translation>
    </message>
    <message>
        <source>Samtale &amp;før …</source>
        <translation>Conversation &amp;before …</translation>
    </message>
    <message>
        <source>Samtale &amp;etter …</source>
        <translation>Conversation &amp;after …</translation>
    </message>
    <message>
        <source>Det valgte samværet</source>
        <translation>The selected visit</translation>
    </message>
    <message>
        <source>&amp;Samværene</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <source>I dag er {d}.</source>
        <translation>Today is {d}.</translation>
    </message>
    <message>
        <source>Neste samvær: {d} (merket ▶).</source>
        <translation>Next visit: {d} (marked ▶).</translation>
    </message>
    <message>
        <source>Samværene følger av planen når den er laget.</source>
        <translation>The visits follow from the plan once it is made.</translation>
    </message>
    <message>
        <source>Ingen samvær i listen ennå.</source>
        <translation>No visits in the list yet.</translation>
    </message>
    <message>
        <source>&amp;Ny evaluering …</source>
        <translation>&amp;New evaluation …</translation>
    </message>
    <message>
        <source>Den valgte evalueringen</source>
        <translation>The selected evaluation</translation>
    </message>
    <message>
        <source>E&amp;valueringer</source>
        <translation>E&amp;valuations</translation>
    </message>
    <message>
        <source>Ingen samværsplan å evaluere ennå.</source>
        <translation>No visit plan to evaluate yet.</translation>
    </message>
    <message>
        <source>Neste evaluering: {d} (hver {n}. måned). Hør barnet, forelderen, fosterforeldrene eller institusjonen og tilsynsfører hver for seg.</source>
        <translation>Next evaluation: {d} (every {n} months). Hear the child, the parent, the foster parents or the institution and the supervisor separately.</translation>
    </message>
    <message>
        <source>Det er ikke avtalt hvor ofte planen skal evalueres.</source>
        <translation>It has not been agreed how often the plan is to be evaluated.</translation>
    </message>
    <message>
        <source>Ingen evaluering ennå.</source>
        <translation>No evaluation yet.</translation>
    </message>
    <message>
        <source>Søknader om reisestøtte</source>
        <translation>Applications for travel support</translation>
    </message>
    <message>
        <source>Ny &amp;søknad …</source>
        <translation>New &amp;application …</translation>
    </message>
    <message>
        <source>&amp;Vedtak …</source>
        <translation>&amp;Decision …</translation>
    </message>
    <message>
        <source>Søknader om &amp;reisestøtte</source>
        <translation>Applications for &amp;travel support</translation>
    </message>
    <message>
        <source>Innvilget i {year}: {sum}.</source>
        <translation>Granted in {year}: {sum}.</translation>
    </message>
    <message>
        <source>Frister for samværet</source>
        <translation>Deadlines for the visits</translation>
    </message>
    <message>
        <source>Ingen frister for samværet nå.</source>
        <translation>No deadlines for the visits now.</translation>
    </message>
    <message>
        <source>Når samvær er vanskelig</source>
        <translation>When visits are difficult</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>minst {f}</source>
        <translation>at least {f}</translation>
    </message>
    <message>
        <source>Vedtaket sier ikke noe om tilsyn</source>
        <translation>The decision says nothing about supervision</translation>
    </message>
    <message>
        <source>Avtalt med forelderen {d}</source>
        <translation>Agreed with the parent {d}</translation>
    </message>
    <message>
        <source>Avtale (frivillig plassering)</source>
        <translation>Agreement (voluntary placement)</translation>
    </message>
    <message>
        <source>{f} – versjon {n}, gjelder fra {d}</source>
        <translation>{f} – version {n}, valid from {d}</translation>
    </message>
    <message>
        <source>Rammen</source>
        <translation>The framework</translation>
    </message>
    <message>
        <source>Samværet</source>
        <translation>The visits</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Barnet er ikke plassert nå. En samværsplan lages for et barn som bor utenfor hjemmet.</source>
        <translation>The child is not placed now. A visit plan is made for a child living away from home.</translation>
    </message>
    <message>
        <source>Grunnlag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Vedtatt av</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Vedtaksdato</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Vedtaket sier</source>
        <translation>The decision says</translation>
    </message>
    <message>
        <source>Tilsyn</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Ikke avtalt med forelderen ennå</source>
        <translation>Not agreed with the parent yet</translation>
    </message>
    <message>
        <source>Andre med samværsrett</source>
        <translation>Others with visiting rights</translation>
    </message>
    <message>
        <source>Mellom samværene</source>
        <translation>Between visits</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Hvem betaler</source>
        <translation>Who pays</translation>
    </message>
    <message>
        <source>Første samvær</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Evalueres</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Ingen samværsplan ennå. Lag en ny samværsplan: hvor ofte, hvor, med eller uten tilsyn, og hvorfor.</source>
        <translation>No visit plan yet. Make a new visit plan: how often, where, with or without supervision, and why.</translation>
    </message>
    <message>
        <source>Ingen formål valgt.</source>
        <translation>No purpose chosen.</translation>
    </message>
    <message>
        <source>Versjon {n} fra {d}</source>
        <translation>Version {n} from {d}</translation>
    </message>
    <message>
        <source>Hvorfor: {r}</source>
        <translation>Why: {r}</translation>
    </message>
    <message>
        <source>Den første planen.</source>
        <translation>The first plan.</translation>
    </message>
    <message>
        <source>Ingen versjoner ennå.</source>
        <translation>No versions yet.</translation>
    </message>
    <message>
        <source>Holdt {d}</source>
        <translation>Held {d}</translation>
    </message>
    <message>
        <source>{h} timer</source>
        <translation>{h} hours</translation>
    </message>
    <message>
        <source>Forelderen trengte mest å snakke med en voksen.</source>
        <translation>The parent mostly needed to talk to an adult.</translation>
    </message>
    <message>
        <source>Avlyst av {who}: {why}</source>
        <translation>Cancelled by {who}: {why}</translation>
    </message>
    <message>
        <source>Tilsynsførers notat</source>
        <translation>Supervisor&apos;s note</translation>
    </message>
    <message>
        <source>Samtale før: registrert</source>
        <translation>Conversation before: recorded</translation>
    </message>
    <message>
        <source>Samtale før: ingen</source>
        <translation>Conversation before: none</translation>
    </message>
    <message>
        <source>Samtale etter: registrert</source>
        <translation>Conversation after: recorded</translation>
    </message>
    <message>
        <source>Samtale etter: ingen</source>
        <translation>Conversation after: none</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Fosterforeldrene / institusjonen</source>
        <translation>Foster parents / institution</translation>
    </message>
    <message>
        <source>Tilsynsfører</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Evaluering {d}</source>
        <translation>Evaluation {d}</translation>
    </message>
    <message>
        <source>førte til ny versjon av planen</source>
        <translation>led to a new version of the plan</translation>
    </message>
    <message>
        <source>Samvær</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Velg en forelder under Foreldre for å se samværet.</source>
        <translation>Choose a parent under Parents to see the contact visits.</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>&amp;Barn:</source>
        <translation>&amp;Child:</translation>
    </message>
    <message>
        <source>Send p&amp;lanen …</source>
        <translation>Send the &amp;plan …</translation>
    </message>
    <message>
        <source>Samværsplanen til partene: hver får det taushetsplikten tillater</source>
        <translation>The visit plan for the parties: each gets what the duty of confidentiality allows</translation>
    </message>
    <message>
        <source>Samværs&amp;møte …</source>
        <translation>Visit &amp;meeting …</translation>
    </message>
    <message>
        <source>Møte med forelderen og fosterforeldrene om samværet: en kontakt i loggen</source>
        <translation>Meeting with the parent and the foster parents about the visits: a contact in the log</translation>
    </message>
    <message>
        <source>Pl&amp;an</source>
        <translation>Pl&amp;an</translation>
    </message>
    <message>
        <source>Samvære&amp;ne</source>
        <translation>Visit&amp;s</translation>
    </message>
    <message>
        <source>Evaluer&amp;ing</source>
        <translation>&amp;Evaluation</translation>
    </message>
    <message>
        <source>Reisest&amp;øtte</source>
        <translation>&amp;Travel support</translation>
    </message>
    <message>
        <source> (ikke plassert)</source>
        <translation> (not placed)</translation>
    </message>
    <message>
        <source>({n} ikke avgjort)</source>
        <translation>({n} not decided)</translation>
    </message>
    <message>
        <source>bufapp</source>
        <translation>bufapp</translation>
    </message>
    <message>
        <source>&amp;Forkast</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>F&amp;ortsett å skrive</source>
        <translation>&amp;Continue writing</translation>
    </message>
    <message>
        <source>Utkast tatt vare på kl. {time}</source>
        <translation>Draft kept at {time}</translation>
    </message>
    <message>
        <source>Utkastet kunne ikke tas vare på ({reason}). Teksten er fortsatt her.</source>
        <translation>The draft could not be kept ({reason}). The text is still here.</translation>
    </message>
    <message>
        <source>Utkast tatt vare på – ikke lagret ennå.</source>
        <translation>Draft kept – not saved yet.</translation>
    </message>
    <message>
        <source>Ingen verdier ennå</source>
        <translation>No values yet</translation>
    </message>
    <message>
        <source>ingen verdier</source>
        <translation>no values</translation>
    </message>
    <message>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Kontaktlogg</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <source>Velg en forelder først.</source>
        <translation>Choose a parent first.</translation>
    </message>
    <message>
        <source>Navigasjon</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Et unntak krever både hjemmel og en skriftlig begrunnelse.</source>
        <translation>An exemption requires both a legal basis and a written reason.</translation>
    </message>
    <message>
        <source>Samtykket som dekket «{category}» ble trukket tilbake {date}.</source>
        <translation>The consent that covered &quot;{category}&quot; was withdrawn {date}.</translation>
    </message>
    <message>
        <source>Samtykket som dekket «{category}» gjaldt til {date}.</source>
        <translation>The consent that covered &quot;{category}&quot; was valid until {date}.</translation>
    </message>
    <message>
        <source>Samtykket som dekker «{category}» gjelder først fra en senere dato.</source>
        <translation>The consent that covers &quot;{category}&quot; only applies from a later date.</translation>
    </message>
    <message>
        <source>Samtykket som dekker «{category}» gjelder en annen mottaker enn {service}.</source>
        <translation>The consent that covers &quot;{category}&quot; applies to a recipient other than {service}.</translation>
    </message>
    <message>
        <source>Forelderen har ikke samtykket til at «{category}» gis til {service}.</source>
        <translation>The parent has not consented to &quot;{category}&quot; being given to {service}.</translation>
    </message>
    <message>
        <source>alle NAV-kontor</source>
        <translation>all NAV offices</translation>
    </message>
    <message>
        <source>alle fastleger</source>
        <translation>all GPs</translation>
    </message>
    <message>
        <source>alle DPS-er og andre tjenester i psykisk helsevern for voksne</source>
        <translation>all DPS and other adult mental health services</translation>
    </message>
    <message>
        <source>alle tjenester for rusbehandling</source>
        <translation>all substance abuse treatment services</translation>
    </message>
    <message>
        <source>alle kommunale psykisk helse- og rustjenester</source>
        <translation>all municipal mental health and substance abuse services</translation>
    </message>
    <message>
        <source>alle familievernkontor</source>
        <translation>all family counselling offices</translation>
    </message>
    <message>
        <source>alle boligkontor</source>
        <translation>all housing offices</translation>
    </message>
    <message>
        <source>alle krisesentre</source>
        <translation>all crisis centres</translation>
    </message>
    <message>
        <source>alle frivillige organisasjoner</source>
        <translation>all voluntary organisations</translation>
    </message>
    <message>
        <source>(tjeneste som ikke finnes lenger)</source>
        <translation>(service that no longer exists)</translation>
    </message>
    <message>
        <source>«{field}» hører til «{category}». Den kan bare fylles ut når «{category}» gis til mottakeren, med samtykke eller annet rettsgrunnlag. Ta teksten bort, eller kryss av for kategorien hvis samtykket dekker den.</source>
        <translation>&quot;{field}&quot; belongs to &quot;{category}&quot;. It can only be filled in when &quot;{category}&quot; is given to the recipient, with consent or another legal basis. Remove the text, or tick the category if the consent covers it.</translation>
    </message>
    <message>
        <source>Skåren har fire tall, ett for hver dimensjon.</source>
        <translation>The score has four numbers, one for each dimension.</translation>
    </message>
    <message>
        <source>Skriv et tall fra 0 til 10 med høyst én desimal.</source>
        <translation>Write a number from 0 to 10 with at most one decimal.</translation>
    </message>
    <message>
        <source>Skriv inn tallet forelderen merket (0–10).</source>
        <translation>Enter the number the parent marked (0–10).</translation>
    </message>
    <message>
        <source>Tallet må være fra 0 til 10.</source>
        <translation>The number must be from 0 to 10.</translation>
    </message>
    <message>
        <source>Kontakten finnes ikke lenger.</source>
        <translation>The contact no longer exists.</translation>
    </message>
    <message>
        <source>Kontakten gjelder ikke denne forelderen.</source>
        <translation>The contact does not concern this parent.</translation>
    </message>
    <message>
        <source>Velg samtalen tilbakemeldingen gjelder.</source>
        <translation>Choose the conversation the feedback concerns.</translation>
    </message>
    <message>
        <source>Skriv planens mål, slik det står i planen.</source>
        <translation>Write the plan&apos;s goal, as it is in the plan.</translation>
    </message>
    <message>
        <source>Skriv formålet – med forelderens ord, dine, eller begge.</source>
        <translation>Write the purpose – in the parent&apos;s words, yours, or both.</translation>
    </message>
    <message>
        <source>Velg et punkt fra sjekklisten.</source>
        <translation>Choose an item from the checklist.</translation>
    </message>
    <message>
        <source>Datoen for å gi informasjonen igjen må være etter i dag.</source>
        <translation>The date for giving the information again must be after today.</translation>
    </message>
    <message>
        <source>Skriv vurderingen til forelderen: hva som skal til for at barnet kan flytte hjem, eller hvorfor det ikke er forventet nå.</source>
        <translation>Write the assessment to the parent: what it will take for the child to move home, or why that is not expected now.</translation>
    </message>
    <message>
        <source>Ny vurdering må være etter datoen for denne.</source>
        <translation>A new assessment must be after the date of this one.</translation>
    </message>
    <message>
        <source>Skriv forelderens vurdering med egne ord.</source>
        <translation>Write the parent&apos;s assessment in their own words.</translation>
    </message>
    <message>
        <source>Skriv ønsket med forelderens egne ord.</source>
        <translation>Write the wish in the parent&apos;s own words.</translation>
    </message>
    <message>
        <source>Svarfristen kan ikke være før ønsket.</source>
        <translation>The answer deadline cannot be before the wish.</translation>
    </message>
    <message>
        <source>Svaret kan ikke være før ønsket.</source>
        <translation>The answer cannot be before the wish.</translation>
    </message>
    <message>
        <source>Velg om ønsket er innfridd eller ikke.</source>
        <translation>Choose whether the wish is met or not.</translation>
    </message>
    <message>
        <source>Skriv svaret forelderen fikk.</source>
        <translation>Write the answer the parent got.</translation>
    </message>
    <message>
        <source>Skriv den faglige begrunnelsen forelderen fikk for at ønsket ikke kan innfris.</source>
        <translation>Write the professional reason the parent got for why the wish cannot be met.</translation>
    </message>
    <message>
        <source>Skriv navnet på tilbudet.</source>
        <translation>Write the name of the offer.</translation>
    </message>
    <message>
        <source>Velg hvem som driver tilbudet fra adresseboken, skriv navnet, eller kryss av for at det er familievernkontorets eget.</source>
        <translation>Choose who runs the offer from the address book, write the name, or tick that it is the family counselling office&apos;s own.</translation>
    </message>
    <message>
        <source>Sluttdatoen kan ikke være før startdatoen.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>Skriv minst én dato.</source>
        <translation>Write at least one date.</translation>
    </message>
    <message>
        <source>Velg tilbudet forelderen er henvist til eller deltar i.</source>
        <translation>Choose the offer the parent is referred to or takes part in.</translation>
    </message>
    <message>
        <source>Skriv når forelderen startet i gruppen.</source>
        <translation>Write when the parent started in the group.</translation>
    </message>
    <message>
        <source>Kan ikke være før forelderen startet.</source>
        <translation>Cannot be before the parent started.</translation>
    </message>
    <message>
        <source>Forelderen har enten fullført eller sluttet, ikke begge.</source>
        <translation>The parent has either completed or stopped, not both.</translation>
    </message>
    <message>
        <source>Skriv hvorfor forelderen sluttet.</source>
        <translation>Write why the parent stopped.</translation>
    </message>
    <message>
        <source>Skriv når forelderen ble informert.</source>
        <translation>Write when the parent was informed.</translation>
    </message>
    <message>
        <source>Antallet kan ikke være negativt.</source>
        <translation>The number cannot be negative.</translation>
    </message>
    <message>
        <source>Velg et tall fra 1 til 5.</source>
        <translation>Choose a number from 1 to 5.</translation>
    </message>
    <message>
        <source>Fullført</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Avsluttet før tiden</source>
        <translation>Stopped early</translation>
    </message>
    <message>
        <source>Deltar</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>Henvist</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Informert</source>
        <translation>Informed</translation>
    </message>
    <message>
        <source>Ikke informert</source>
        <translation>Not informed</translation>
    </message>
    <message>
        <source>Ikke knyttet til en tjeneste i adresseboka, så samtykket kan ikke kontrolleres.</source>
        <translation>Not linked to a service in the address book, so the consent cannot be checked.</translation>
    </message>
    <message>
        <source>Skriv hva gruppen skal arbeide med.</source>
        <translation>Write what the group is to work on.</translation>
    </message>
    <message>
        <source>Forelderen skal være med i gruppen.</source>
        <translation>The parent must be in the group.</translation>
    </message>
    <message>
        <source>Hvert medlem må ha et navn.</source>
        <translation>Each member must have a name.</translation>
    </message>
    <message>
        <source>Koordinatoren må være medlem av gruppen.</source>
        <translation>The coordinator must be a member of the group.</translation>
    </message>
    <message>
        <source>Gruppen kan ikke avsluttes før den startet.</source>
        <translation>The group cannot be ended before it started.</translation>
    </message>
    <message>
        <source>Skriv hvorfor et ferdig referat endres.</source>
        <translation>Write why finished minutes are being changed.</translation>
    </message>
    <message>
        <source>Referatet er ferdig: bare referatet kan endres, og da med en begrunnelse.</source>
        <translation>The minutes are finished: only the minutes can be changed, and then with a reason.</translation>
    </message>
    <message>
        <source>Velg et svar fra 1 til 5.</source>
        <translation>Choose an answer from 1 to 5.</translation>
    </message>
    <message>
        <source>Send innkalling til ansvarsgruppemøte</source>
        <translation>Send invitation to responsibility group meeting</translation>
    </message>
    <message>
        <source>Planlegg neste ansvarsgruppemøte</source>
        <translation>Plan next responsibility group meeting</translation>
    </message>
    <message>
        <source>uendret</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Levekår er ikke vurdert ennå</source>
        <translation>Living conditions not assessed yet</translation>
    </message>
    <message>
        <source>Nærmest</source>
        <translation>Closest</translation>
    </message>
    <message>
        <source>Nær</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Litt på avstand</source>
        <translation>A little distant</translation>
    </message>
    <message>
        <source>Lengst unna</source>
        <translation>Furthest away</translation>
    </message>
    <message>
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Familie og slekt</source>
        <translation>Family and relatives</translation>
    </message>
    <message>
        <source>Venner</source>
        <translation>Friends</translation>
    </message>
    <message>
        <source>Naboer og nærmiljø</source>
        <translation>Neighbours and local community</translation>
    </message>
    <message>
        <source>Arbeid og skole</source>
        <translation>Work and school</translation>
    </message>
    <message>
        <source>Organisasjoner</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Fritid og tro</source>
        <translation>Leisure and faith</translation>
    </message>
    <message>
        <source>Offentlige hjelpere</source>
        <translation>Public helpers</translation>
    </message>
    <message>
        <source>Fosterhjem/institusjon og barnevernet</source>
        <translation>Foster home/institution and child welfare</translation>
    </message>
    <message>
        <source>Kartet kan ikke være tegnet fram i tid.</source>
        <translation>The map cannot have been drawn in the future.</translation>
    </message>
    <message>
        <source>To sektorer har samme kode.</source>
        <translation>Two sectors have the same code.</translation>
    </message>
    <message>
        <source>Hver sektor må ha et navn.</source>
        <translation>Each sector must have a name.</translation>
    </message>
    <message>
        <source>En forbindelse må gå mellom to personer som er i kartet.</source>
        <translation>A connection must be between two people who are on the map.</translation>
    </message>
    <message>
        <source>To personer er forbundet to ganger.</source>
        <translation>Two people are connected twice.</translation>
    </message>
    <message>
        <source>færre enn 5</source>
        <translation>fewer than 5</translation>
    </message>
    <message>
        <source>Skjult fordi et tall under 5 ellers kunne regnes ut av det.</source>
        <translation>Hidden because a number below 5 could otherwise be worked out from it.</translation>
    </message>
    <message>
        <source>ingen data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Kontakt (forelderens egne ord)</source>
        <translation>Contact (the parent&apos;s own words)</translation>
    </message>
    <message>
        <source>Forelderens vurdering av oppfølgingen</source>
        <translation>The parent&apos;s assessment of the follow-up</translation>
    </message>
    <message>
        <source>Forelderens evaluering av et møte i ansvarsgruppen</source>
        <translation>The parent&apos;s evaluation of a responsibility group meeting</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Ordene inneholder et fødselsnummer. Ta det ut.</source>
        <translation>The words contain a national ID number. Take it out.</translation>
    </message>
    <message>
        <source>Skriv ordene som skal med i rapporten.</source>
        <translation>Write the words to be included in the report.</translation>
    </message>
    <message>
        <source>Året ser feil ut.</source>
        <translation>The year looks wrong.</translation>
    </message>
    <message>
        <source>{plan} samvær i året, vedtaket gir minst {minimum}</source>
        <translation>{plan} visits a year; the decision gives at least {minimum}</translation>
    </message>
    <message>
        <source>Vedtaket setter en minste varighet. Skriv hvor lenge hvert samvær varer, så det kan sjekkes mot vedtaket.</source>
        <translation>The decision sets a minimum duration. Write how long each visit lasts, so it can be checked against the decision.</translation>
    </message>
    <message>
        <source>{plan} timer samvær i året, vedtaket gir minst {minimum}</source>
        <translation>{plan} hours of visits a year; the decision gives at least {minimum}</translation>
    </message>
    <message>
        <source>Planen gir mindre samvær enn vedtaket ({what}). Barnevernstjenesten kan gi mer samvær enn vedtaket, aldri mindre: å begrense samværet krever et nytt vedtak i barneverns- og helsenemnda. Registrer det nye vedtaket i planen når det foreligger.</source>
        <translation>The plan gives fewer visits than the decision ({what}). The child welfare service can give more visits than the decision, never fewer: limiting visits needs a new decision by the Child Welfare and Health Board. Record the new decision in the plan when it is made.</translation>
    </message>
    <message>
        <source>Antall samvær må være mellom 0 og 31.</source>
        <translation>The number of visits must be between 0 and 31.</translation>
    </message>
    <message>
        <source>Barnet er ikke plassert på denne datoen. Sjekk datoen planen gjelder fra.</source>
        <translation>The child is not placed on this date. Check the date the plan applies from.</translation>
    </message>
    <message>
        <source>Første samvær kan ikke være før planen gjelder.</source>
        <translation>The first visit cannot be before the plan applies.</translation>
    </message>
    <message>
        <source>Evaluer planen minst hvert andre år (1–24 måneder).</source>
        <translation>Evaluate the plan at least every two years (1–24 months).</translation>
    </message>
    <message>
        <source>Skriv hvorfor planen endres – det blir stående i historikken.</source>
        <translation>Write why the plan is changing – it stays in the history.</translation>
    </message>
    <message>
        <source>Barnet er frivillig plassert: da er det ikke noe vedtak om samvær. Planen avtales med foreldrene.</source>
        <translation>The child is placed voluntarily: then there is no decision on visits. The plan is agreed with the parents.</translation>
    </message>
    <message>
        <source>Barnet er plassert etter vedtak: samværet bygger på vedtaket, og barnevernstjenesten kan ikke avtale mindre enn det.</source>
        <translation>The child is placed by decision: the visits are based on the decision, and the child welfare service cannot agree to less than that.</translation>
    </message>
    <message>
        <source>Skriv datoen for vedtaket om samvær.</source>
        <translation>Write the date of the decision on visits.</translation>
    </message>
    <message>
        <source>Skriv hvem som fattet vedtaket.</source>
        <translation>Write who made the decision.</translation>
    </message>
    <message>
        <source>Skriv minimumet vedtaket setter (0 hvis det ikke gir samvær).</source>
        <translation>Write the minimum the decision sets (0 if it gives no visits).</translation>
    </message>
    <message>
        <source>Vedtaket sier at samværet skal være med tilsyn. Barnevernstjenesten kan ikke ta bort tilsynet på egen hånd: det krever et nytt vedtak i barneverns- og helsenemnda.</source>
        <translation>The decision says the visits are to be supervised. The child welfare service cannot remove the supervision on its own: that requires a new decision by the Child Welfare and Health Board.</translation>
    </message>
    <message>
        <source>Vedtaket kan ikke være fattet etter at planen gjelder fra.</source>
        <translation>The decision cannot have been made after the date the plan applies from.</translation>
    </message>
    <message>
        <source>Ved frivillig plassering avtales samværet med foreldrene, og barnevernstjenesten kan ikke begrense det på egen hånd. Kryss av for at planen er avtalt med forelderen, og skriv datoen.</source>
        <translation>In a voluntary placement the visits are agreed with the parents, and the child welfare service cannot restrict them on its own. Tick that the plan is agreed with the parent, and write the date.</translation>
    </message>
    <message>
        <source>Skriv datoen samværet ble holdt.</source>
        <translation>Write the date the visit was held.</translation>
    </message>
    <message>
        <source>Varigheten må være mer enn 0 timer.</source>
        <translation>The duration must be more than 0 hours.</translation>
    </message>
    <message>
        <source>Velg hvem som avlyste.</source>
        <translation>Choose who cancelled.</translation>
    </message>
    <message>
        <source>Skriv hvorfor samværet ble avlyst.</source>
        <translation>Write why the visit was cancelled.</translation>
    </message>
    <message>
        <source>Skriv hva minst én av partene mener – barnet, forelderen, fosterforeldrene eller tilsynsføreren.</source>
        <translation>Write what at least one of the parties thinks – the child, the parent, the foster parents or the supervisor.</translation>
    </message>
    <message>
        <source>Skriv beløpet det søkes om, i hele kroner.</source>
        <translation>Write the amount applied for, in whole kroner.</translation>
    </message>
    <message>
        <source>Vedtaket kan ikke være før søknaden.</source>
        <translation>The decision cannot be before the application.</translation>
    </message>
    <message>
        <source>Velg om søknaden er innvilget eller avslått.</source>
        <translation>Choose whether the application is granted or refused.</translation>
    </message>
    <message>
        <source>Skriv beløpet som er innvilget.</source>
        <translation>Write the amount granted.</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Forelderens ord</source>
        <translation>Parent&apos;s words</translation>
    </message>
    <message>
        <source>Skriv ut &amp;innkalling …</source>
        <translation>Print &amp;invitation …</translation>
    </message>
    <message>
        <source>Marker innkallingen som &amp;sendt</source>
        <translation>&amp;Mark the invitation as sent</translation>
    </message>
    <message>
        <source>Skriv ut &amp;referat …</source>
        <translation>&amp;Print minutes …</translation>
    </message>
    <message>
        <source>&amp;Send referatet (bare til dem samtykke dekker) …</source>
        <translation>&amp;Send the minutes (only to those consent covers) …</translation>
    </message>
    <message>
        <source>Forelderens &amp;evaluering …</source>
        <translation>The parent&apos;s &amp;evaluation …</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
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
        <translation>Letters and documents are written in the office&apos;s written standard. A parent can still get their documents in another language when the document exists in it.</translation>
    </message>
    <message>
        <source>&amp;Målform</source>
        <translation>&amp;Written standard</translation>
    </message>
    <message>
        <source>Som kontorets målform</source>
        <translation>As the office&apos;s written standard</translation>
    </message>
    <message>
        <source>&amp;Språk i programmet</source>
        <translation>&amp;Language in the program</translation>
    </message>
    <message>
        <source>Programmet får det nye språket neste gang bufapp startes.</source>
        <translation>The program switches to the new language the next time bufapp starts.</translation>
    </message>
    <message>
        <source>Velg hjemmelen for å unnta kontakten fra innsyn.</source>
        <translation>Choose the legal basis for exempting the contact from access to records.</translation>
    </message>
    <message>
        <source>Hjemmelen er ikke i listen over godkjente hjemler.</source>
        <translation>The legal basis is not in the list of approved legal bases.</translation>
    </message>
    <message>
        <source>Skriv hvorfor kontakten er unntatt innsyn – begrunnelsen vises for forelderen.</source>
        <translation>Write why the contact is exempt from access – the reason is shown to the parent.</translation>
    </message>
    <message>
        <source>Fødselsnummer/D-nummer må ha 11 siffer.</source>
        <translation>The national ID/D number must have 11 digits.</translation>
    </message>
    <message>
        <source>Kontrollsifrene stemmer ikke. Sjekk at fødselsnummeret/D-nummeret er skrevet riktig.</source>
        <translation>The check digits do not match. Check that the national ID/D number is typed correctly.</translation>
    </message>
    <message>
        <source>Fødselsnummeret/D-nummeret er ugyldig: individnummeret passer ikke med fødselsåret.</source>
        <translation>The national ID/D number is invalid: the individual number does not match the year of birth.</translation>
    </message>
    <message>
        <source>Datoen i fødselsnummeret/D-nummeret finnes ikke.</source>
        <translation>The date in the national ID/D number does not exist.</translation>
    </message>
    <message>
        <source>Telefonnummeret må ha minst 8 siffer (landkode med + er lov).</source>
        <translation>The phone number must have at least 8 digits (a country code with + is allowed).</translation>
    </message>
    <message>
        <source>E-postadressen ser ikke riktig ut (mangler @ eller domene).</source>
        <translation>The email address does not look right (missing @ or domain).</translation>
    </message>
    <message>
        <source>Fødselsnummer/D-nummer: fødselsdatoen er fram i tid.</source>
        <translation>National ID/D number: the date of birth is in the future.</translation>
    </message>
    <message>
        <source>Fødselsdatoen stemmer ikke med fødselsnummeret/D-nummeret.</source>
        <translation>The date of birth does not match the national ID/D number.</translation>
    </message>
    <message>
        <source>Kommune/tjeneste må fylles ut.</source>
        <translation>Municipality/service must be filled in.</translation>
    </message>
    <message>
        <source>Organisasjonsnummeret må ha 9 siffer med gyldig kontrollsiffer.</source>
        <translation>The organisation number must have 9 digits with a valid check digit.</translation>
    </message>
    <message>
        <source>Navnet på saksbehandleren må fylles ut.</source>
        <translation>The caseworker&apos;s name must be filled in.</translation>
    </message>
    <message>
        <source>Navn må fylles ut (fornavn eller etternavn).</source>
        <translation>Name must be filled in (first name or surname).</translation>
    </message>
    <message>
        <source>Fødselsdato kan ikke være fram i tid.</source>
        <translation>Date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>Postnummeret må ha 4 siffer.</source>
        <translation>The postcode must have 4 digits.</translation>
    </message>
    <message>
        <source>Skriv hvilket språk tolken skal tolke til.</source>
        <translation>Write which language the interpreter is to interpret into.</translation>
    </message>
    <message>
        <source>Fornavn må fylles ut.</source>
        <translation>First name must be filled in.</translation>
    </message>
    <message>
        <source>Saksnummer i fagsystemet må fylles ut (f.eks. 2024/1234).</source>
        <translation>The case number in the case management system must be filled in (e.g. 2024/1234).</translation>
    </message>
    <message>
        <source>Saksnummeret må se slik ut: år/løpenummer, f.eks. 2024/1234.</source>
        <translation>The case number must look like this: year/serial number, e.g. 2024/1234.</translation>
    </message>
    <message>
        <source>Samme forelder er koblet til barnet to ganger.</source>
        <translation>The same parent is linked to the child twice.</translation>
    </message>
    <message>
        <source>Sluttdato kan ikke være fram i tid.</source>
        <translation>End date cannot be in the future.</translation>
    </message>
    <message>
        <source>Fyll ut sluttdato når du oppgir hvorfor plasseringen endte.</source>
        <translation>Fill in the end date when you give the reason the placement ended.</translation>
    </message>
    <message>
        <source>Oppgi hvorfor plasseringen endte.</source>
        <translation>Give the reason the placement ended.</translation>
    </message>
    <message>
        <source>Oppgi datoen for vedtaket om at bostedet skal skjules.</source>
        <translation>Give the date of the decision that the address is to be hidden.</translation>
    </message>
    <message>
        <source>Vedtaksdatoen kan ikke være fram i tid.</source>
        <translation>The decision date cannot be in the future.</translation>
    </message>
    <message>
        <source>Grunnlaget for å skjule bostedet må fylles ut.</source>
        <translation>The grounds for hiding the address must be filled in.</translation>
    </message>
    <message>
        <source>Startdatoen kan ikke være før barnet ble født.</source>
        <translation>The start date cannot be before the child was born.</translation>
    </message>
    <message>
        <source>Navnet på tjenesten må fylles ut.</source>
        <translation>The name of the service must be filled in.</translation>
    </message>
    <message>
        <source>Formålet må fylles ut.</source>
        <translation>The purpose must be filled in.</translation>
    </message>
    <message>
        <source>Velg hvilke opplysninger samtykket gjelder.</source>
        <translation>Choose which information the consent covers.</translation>
    </message>
    <message>
        <source>Velg én mottaker: en bestemt tjeneste eller en type tjeneste.</source>
        <translation>Choose one recipient: a specific service or a type of service.</translation>
    </message>
    <message>
        <source>Datoen samtykket ble gitt kan ikke være fram i tid.</source>
        <translation>The date the consent was given cannot be in the future.</translation>
    </message>
    <message>
        <source>Gyldig til kan ikke være før samtykket ble gitt.</source>
        <translation>Valid until cannot be before the consent was given.</translation>
    </message>
    <message>
        <source>Datoen for tilbaketrekking kan ikke være fram i tid.</source>
        <translation>The date of withdrawal cannot be in the future.</translation>
    </message>
    <message>
        <source>Samtykket kan ikke trekkes før det ble gitt.</source>
        <translation>The consent cannot be withdrawn before it was given.</translation>
    </message>
    <message>
        <source>Kontakten er lagret i kontaktloggen, men den ble ikke koblet til samværet {day}:

{reason}</source>
        <translation>The contact has been saved in the contact log, but it was not linked to the visit on {day}:

{reason}</translation>
    </message>
    <message>
        <source>Barnet er ikke registrert med denne forelderen.</source>
        <translation>The child is not registered with this parent.</translation>
    </message>
    <message>
        <source>Samværsmøte</source>
        <translation>Visit meeting</translation>
    </message>
    <message>
        <source>Samværet gjelder en annen forelder. Samtalen skrives i kontaktloggen til forelderen samværet gjelder.</source>
        <translation>The visit concerns another parent. The conversation is written in the contact log of the parent the visit concerns.</translation>
    </message>
    <message>
        <source>Ingen pågående</source>
        <translation>None ongoing</translation>
    </message>
    <message>
        <source>Plassering</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Neste frist</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Vil du forkaste det du har skrevet?</source>
        <translation>Discard what you have written?</translation>
    </message>
    <message>
        <source>statsautorisert og tolkeutdanning</source>
        <translation>state-authorised and trained in interpreting</translation>
    </message>
    <message>
        <source>statsautorisert</source>
        <translation>state-authorised</translation>
    </message>
    <message>
        <source>tolkeutdanning</source>
        <translation>trained in interpreting</translation>
    </message>
    <message>
        <source>bestått ToSPoT og gjennomført TAT-kurs (tolkens ansvar og rolle)</source>
        <translation>passed ToSPoT and completed the TAT course (the interpreter&apos;s responsibility and role)</translation>
    </message>
    <message>
        <source>bestått ToSPoT eller tilsvarende prøve, eller bare TAT-kurs</source>
        <translation>passed ToSPoT or a similar test, or only the TAT course</translation>
    </message>
    <message>
        <source>Tolkeloven (2022) krever at offentlige organer bruker kvalifisert tolk, det vil si en tolk i Nasjonalt tolkeregister, når de ikke kan ivareta forelderens rettigheter eller gi hjelp uten tolk. Kategori A er best kvalifisert. Velg den laveste kategorien dere godtar for denne forelderen.</source>
        <translation>The Interpreting Act (2022) requires public bodies to use a qualified interpreter, that is an interpreter in the National Register of Interpreters, when they cannot safeguard the parent&apos;s rights or provide help without an interpreter. Category A is the best qualified. Choose the lowest category you accept for this parent.</translation>
    </message>
    <message>
        <source>Skriftspråket må være en språkkode med 2–3 små bokstaver, f.eks. «se».</source>
        <translation>The written language must be a language code of 2–3 lower-case letters, e.g. &quot;se&quot;.</translation>
    </message>
    <message>
        <source>Velg en kategori fra Nasjonalt tolkeregister (A–E).</source>
        <translation>Choose a category from the National Register of Interpreters (A–E).</translation>
    </message>
    <message>
        <source>Tolkens kategori gjelder bare når forelderen trenger tolk. Skriv tolkespråket.</source>
        <translation>The interpreter&apos;s category only applies when the parent needs an interpreter. Write the interpreter&apos;s language.</translation>
    </message>
    <message>
        <source>Innsyn: &amp;alt om forelderen …</source>
        <translation>&amp;Access to records: everything about the parent …</translation>
    </message>
    <message>
        <source>Innsyn: &amp;hvem har sett opplysningene …</source>
        <translation>Access to records: &amp;who has seen the information …</translation>
    </message>
    <message>
        <source>Innsyn – {name}</source>
        <translation>Access to records – {name}</translation>
    </message>
    <message>
        <source>Hvem har sett opplysningene – {name}</source>
        <translation>Who has seen the information – {name}</translation>
    </message>
    <message>
        <source>Eksporter til &amp;arkivet …</source>
        <translation>Export to the a&amp;rchive …</translation>
    </message>
    <message>
        <source>Familierådets plan – {name}</source>
        <translation>The family&apos;s plan – {name}</translation>
    </message>
    <message>
        <source>Planen ble skrevet ut eller lagret, men kunne ikke tas vare på i bufapp. Lag planen på nytt og skriv den ut igjen.

{reason}</source>
        <translation>The plan was printed or saved, but could not be kept in bufapp. Make the plan again and print it again.

{reason}</translation>
    </message>
    <message>
        <source>Informasjonsark – {name}</source>
        <translation>Information sheet – {name}</translation>
    </message>
    <message>
        <source>Barna til {name} er plassert på ulike grunnlag, og informasjonsarket er forskjellig for hvert grunnlag. Hvilket ark vil du lage?</source>
        <translation>{name}&apos;s children are placed on different bases, and the information sheet is different for each basis. Which sheet do you want to create?</translation>
    </message>
    <message>
        <source>Informasjonsarket ble skrevet ut eller lagret, men kunne ikke tas vare på i bufapp, og sjekklisten er ikke oppdatert. Lag arket på nytt og skriv det ut igjen.

{reason}</source>
        <translation>The information sheet was printed or saved, but could not be kept in bufapp, and the checklist has not been updated. Make the sheet again and print it again.

{reason}</translation>
    </message>
    <message>
        <source>Ingen skriver er satt opp på denne maskinen, så arket ble ikke skrevet ut. Skriv gjenopprettingsnøkkelen av for hånd på papir, og kontroller den tegn for tegn.</source>
        <translation>No printer is set up on this computer, so the sheet was not printed. Copy the recovery key out by hand on paper, and check it character by character.</translation>
    </message>
    <message>
        <source>Samværsplan – {name}</source>
        <translation>Visit plan – {name}</translation>
    </message>
    <message>
        <source>Samværsplanen ble skrevet ut eller lagret, men kunne ikke tas vare på i bufapp, og det er ikke registrert hvem som har fått den. Lag planen på nytt og skriv den ut igjen.

{reason}</source>
        <translation>The visit plan was printed or saved, but could not be kept in bufapp, and who has received it has not been recorded. Make the plan again and print it again.

{reason}</translation>
    </message>
    <message>
        <source>Som kontoret (bokmål/nynorsk)</source>
        <translation>As the office (Bokmål/Nynorsk)</translation>
    </message>
    <message>
        <source>Ikke oppgitt</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Kategori {category}: {description}</source>
        <translation>Category {category}: {description}</translation>
    </message>
    <message>
        <source>Minst kategori {category}: {description}</source>
        <translation>At least category {category}: {description}</translation>
    </message>
    <message>
        <source>{language}, kategori {categories}</source>
        <translation>{language}, category {categories}</translation>
    </message>
    <message>
        <source>Passordet må ha minst {n} tegn.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>Passordet må ha flere forskjellige tegn.</source>
        <translation>The password needs more different characters.</translation>
    </message>
    <message>
        <source>Passordet kan ikke begynne eller slutte med mellomrom.</source>
        <translation>The password cannot begin or end with a space.</translation>
    </message>
    <message>
        <source>Navnet ditt må fylles ut.</source>
        <translation>Your name must be filled in.</translation>
    </message>
    <message>
        <source>Passordene er ikke like.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Svakt</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Godt</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Sterkt</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Gjenopprettingsnøkkelen skal ha {groups} grupper à {width} tegn ({total} tegn); du skrev {typed}.</source>
        <translation>The recovery key has {groups} groups of {width} characters ({total} characters); you typed {typed}.</translation>
    </message>
    <message>
        <source>Tegnet «{char}» i gruppe {group} finnes ikke i en gjenopprettingsnøkkel.</source>
        <translation>The character &quot;{char}&quot; in group {group} does not occur in a recovery key.</translation>
    </message>
    <message>
        <source>Skrivefeil i gruppe {groups} av gjenopprettingsnøkkelen.</source>
        <translation>Typing error in group {groups} of the recovery key.</translation>
    </message>
</context>
</TS>
