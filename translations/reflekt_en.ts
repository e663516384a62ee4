<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>reflekt::FacilitatorConsole</name>
    <message numerus="yes">
        <source>%n group note(s) not saved yet (%1). They are kept and saved as soon as possible.</source>
        <translation>
            <numerusform>%n group note not saved yet (%1). It is kept and saved as soon as possible.</numerusform>
            <numerusform>%n group notes not saved yet (%1). They are kept and saved as soon as possible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::SessionSetupDialog</name>
    <message numerus="yes">
        <source>%1, led by %2: %n present, %3 min, finished</source>
        <translation>
            <numerusform>%1, led by %2: %n present, %3 min, finished</numerusform>
            <numerusform>%1, led by %2: %n present, %3 min, finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, led by %2: %n present, open</source>
        <translation>
            <numerusform>%1, led by %2: %n present, open</numerusform>
            <numerusform>%1, led by %2: %n present, open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::XapiSettingsDialog</name>
    <message numerus="yes">
        <source>%n statement(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n statement waiting to be sent.</numerusform>
            <numerusform>%n statements waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) were refused by the LRS and are kept aside.</source>
        <translation>
            <numerusform>%n statement was refused by the LRS and is kept aside.</numerusform>
            <numerusform>%n statements were refused by the LRS and are kept aside.</numerusform>
        </translation>
    </message>
</context>
</TS>
