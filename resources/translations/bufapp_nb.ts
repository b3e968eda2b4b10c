<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="nb_NO">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n åpne oppfølgingsoppgaver.</source>
        <translation>
            <numerusform>%n åpen oppfølgingsoppgave.</numerusform>
            <numerusform>%n åpne oppfølgingsoppgaver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kontakter</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dokumenter</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n punkter</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dager</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personer</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samtykker</source>
        <translation>
            <numerusform>%n samtykke</numerusform>
            <numerusform>%n samtykker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tjenester</source>
        <translation>
            <numerusform>%n tjeneste</numerusform>
            <numerusform>%n tjenester</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linjer</source>
        <translation>
            <numerusform>%n linje</numerusform>
            <numerusform>%n linjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreldre</source>
        <translation>
            <numerusform>%n forelder</numerusform>
            <numerusform>%n foreldre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runder</source>
        <translation>
            <numerusform>%n runde</numerusform>
            <numerusform>%n runder</numerusform>
        </translation>
    </message>
</context>
</TS>
