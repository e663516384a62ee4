<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>reflekt::EndTimePanel</name>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <translation>
            <numerusform>%n min over</numerusform>
            <numerusform>%n min over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::ExportDialog</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
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
    <name>reflekt::ModuleForm</name>
    <message numerus="yes">
        <source>Use %n min, from the steps</source>
        <translation>
            <numerusform>Use %n min, from the steps</numerusform>
            <numerusform>Use %n min, from the steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::ModuleOverview</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::PackageEditor</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packed %n file(s) into %1.</source>
        <translation>
            <numerusform>Packed %n file into %1.</numerusform>
            <numerusform>Packed %n files into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::PackageOutlineModel</name>
    <message numerus="yes">
        <source>(%n problem(s))</source>
        <translation>
            <numerusform>(%n problem)</numerusform>
            <numerusform>(%n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::QuestionTreeModel</name>
    <message numerus="yes">
        <source>(%n min)</source>
        <translation>
            <numerusform>(%n min)</numerusform>
            <numerusform>(%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::RoomPanel</name>
    <message numerus="yes">
        <source>The room is open at %1. %n phone(s) connected.</source>
        <translation>
            <numerusform>The room is open at %1. %n phone connected.</numerusform>
            <numerusform>The room is open at %1. %n phones connected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to this question:</source>
        <translation>
            <numerusform>%n answer to this question:</numerusform>
            <numerusform>%n answers to this question:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::SessionSetupDialog</name>
    <message numerus="yes">
        <source>%1, led by %2: %n meeting(s), %3</source>
        <translation>
            <numerusform>%1, led by %2: %n meeting, %3</numerusform>
            <numerusform>%1, led by %2: %n meetings, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting %1, %2: %n present, %3 min</source>
        <translation>
            <numerusform>Meeting %1, %2: %n present, %3 min</numerusform>
            <numerusform>Meeting %1, %2: %n present, %3 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting %1, %2: %n present</source>
        <translation>
            <numerusform>Meeting %1, %2: %n present</numerusform>
            <numerusform>Meeting %1, %2: %n present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::SpokenTime</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
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
