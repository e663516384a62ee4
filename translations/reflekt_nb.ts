<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>DataFolderLock</name>
    <message>
        <source>The data folder %1 cannot be locked: %2</source>
        <translation>Datamappen %1 kan ikke låses: %2</translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another Reflekt (the player, or a command such as reflekt import). Close it, or wait until it has finished, and try again.</source>
        <translation>Datamappen %1 brukes av en annen Reflekt (spilleren eller en kommando som reflekt import). Lukk den, eller vent til den er ferdig, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>ExportBuilder</name>
    <message>
        <source>There is no profile with id %1.</source>
        <translation>Det finnes ingen profil med id %1.</translation>
    </message>
    <message>
        <source>The package %1 is not in the library.</source>
        <translation>Pakken %1 finnes ikke i biblioteket.</translation>
    </message>
    <message>
        <source>The package %1 has no module %2.</source>
        <translation>Pakken %1 har ingen modul %2.</translation>
    </message>
    <message>
        <source>All my reflection notes</source>
        <translation>Alle refleksjonsnotatene mine</translation>
    </message>
    <message>
        <source>Reflection notes of %1</source>
        <translation>Refleksjonsnotater fra %1</translation>
    </message>
    <message>
        <source>There is no group session %1.</source>
        <translation>Det finnes ikke noe gruppemøte %1.</translation>
    </message>
    <message>
        <source>%1 was not part of group session %2.</source>
        <translation>%1 var ikke med på gruppemøte %2.</translation>
    </message>
    <message>
        <source>The module %1 of package %2 is not in the library.</source>
        <translation>Modulen %1 i pakken %2 finnes ikke i biblioteket.</translation>
    </message>
</context>
<context>
    <name>ExportLabels</name>
    <message>
        <source>Group session minutes</source>
        <translation>Referat fra gruppemøte</translation>
    </message>
    <message>
        <source>Reflection notes</source>
        <translation>Refleksjonsnotater</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versjon %2)</translation>
    </message>
    <message>
        <source>Last edited %1</source>
        <translation>Sist endret %1</translation>
    </message>
    <message>
        <source>These questions are not in the version of the package on this computer. Your answers are kept here as you wrote them.</source>
        <translation>Disse spørsmålene finnes ikke i den versjonen av pakken som er på denne datamaskinen. Svarene dine er tatt vare på her slik du skrev dem.</translation>
    </message>
    <message>
        <source>%1, question %2</source>
        <translation>%1, spørsmål %2</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minutt</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutter</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (gjest)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakke</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <source>No notes have been written yet.</source>
        <translation>Det er ikke skrevet noen notater ennå.</translation>
    </message>
    <message>
        <source>This module has no reflection questions.</source>
        <translation>Denne modulen har ingen refleksjonsspørsmål.</translation>
    </message>
    <message>
        <source>Notes from an earlier version of the package</source>
        <translation>Notater fra en tidligere versjon av pakken</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Samtaleleder</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Questions and the group&apos;s notes</source>
        <translation>Spørsmål og gruppens notater</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Eksportert av</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Ingen notater</translation>
    </message>
    <message>
        <source>%1, not finished yet</source>
        <translation>%1, ikke avsluttet ennå</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (kept open: the session goes on at a later meeting)</source>
        <translation>%1 (holdes åpen: gruppesamtalen fortsetter på et senere møte)</translation>
    </message>
    <message>
        <source>%1, from %2, not ended yet</source>
        <translation>%1, fra kl. %2, ikke avsluttet ennå</translation>
    </message>
    <message>
        <source>%1, %2–%3, %4</source>
        <translation>%1, kl. %2–%3, %4</translation>
    </message>
    <message>
        <source>Meeting %1 — %2</source>
        <translation>Møte %1 — %2</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Spørsmål %1: %2</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Gjennomgått</translation>
    </message>
    <message>
        <source>nothing shown</source>
        <translation>ingenting ble vist</translation>
    </message>
    <message>
        <source>From the room (anonymous answers from phones)</source>
        <translation>Fra rommet (anonyme svar fra mobiler)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation>Det ble ikke oppgitt noe filnavn for eksporten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the OpenDocument writer failed.</source>
        <translation>Kan ikke skrive %1: OpenDocument-filen kunne ikke lages.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 finnes ikke</translation>
    </message>
    <message>
        <source>you have no permission to write in %1</source>
        <translation>du har ikke tillatelse til å skrive i %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 er ikke en mappe</translation>
    </message>
</context>
<context>
    <name>PdfExportWriter</name>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF-filen kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>UnsavedTextPrompt</name>
    <message>
        <source>Your answer is not saved</source>
        <translation>Svaret ditt er ikke lagret</translation>
    </message>
    <message>
        <source>Reflekt could not save what you wrote: %1.</source>
        <translation>Reflekt kunne ikke lagre det du skrev: %1.</translation>
    </message>
    <message>
        <source>Save as &amp;text file…</source>
        <translation>Lagre som &amp;tekstfil…</translation>
    </message>
    <message>
        <source>&amp;Stay here</source>
        <translation>&amp;Bli her</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Forkast det</translation>
    </message>
    <message>
        <source>Save your answer as a text file</source>
        <translation>Lagre svaret ditt som tekstfil</translation>
    </message>
    <message>
        <source>reflection.txt</source>
        <translation>refleksjon.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <source>Save a copy as a text file somewhere else (a USB stick, another drive), or stay here and try again once the problem is solved.</source>
        <translation>Lagre en kopi som tekstfil et annet sted (en minnepinne, en annen disk), eller bli her og prøv igjen når problemet er løst.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Your text is still here: choose another place, such as a USB stick.</source>
        <translation>%1 kan ikke skrives: %2. Teksten din er fortsatt her: velg et annet sted, for eksempel en minnepinne.</translation>
    </message>
    <message>
        <source>%1 was written but does not read back as your text. Your text is still here: choose another place, such as a USB stick.</source>
        <translation>%1 ble skrevet, men inneholder ikke teksten din når den leses tilbake. Teksten din er fortsatt her: velg et annet sted, for eksempel en minnepinne.</translation>
    </message>
</context>
<context>
    <name>XapiCredentials</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>The key and secret are kept in %1, a file only you can read.</source>
        <translation>Nøkkelen og hemmeligheten lagres i %1, en fil bare du kan lese.</translation>
    </message>
    <message>
        <source>The key and secret are kept in the system keychain.</source>
        <translation>Nøkkelen og hemmeligheten lagres i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>The key and secret will be kept in the system keychain.</source>
        <translation>Nøkkelen og hemmeligheten vil bli lagret i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>(The system keychain was not available: %1)</source>
        <translation>(Systemets nøkkelring var ikke tilgjengelig: %1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Player for learning modules</source>
        <translation>Avspiller for læringsmoduler</translation>
    </message>
    <message>
        <source>Profile to use (created if new).</source>
        <translation>Profil som skal brukes (opprettes hvis den er ny).</translation>
    </message>
    <message>
        <source>Module to open, as BUNDLE/MODULE or BUNDLE/MODULE/STEP.</source>
        <translation>Modul som skal åpnes, som PAKKE/MODUL eller PAKKE/MODUL/STEG.</translation>
    </message>
    <message>
        <source>Folder for the database, library and settings.</source>
        <translation>Mappe for databasen, biblioteket og innstillingene.</translation>
    </message>
    <message>
        <source>Folder with the installed sample modules.</source>
        <translation>Mappe med de installerte eksempelmodulene.</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and exit.</source>
        <translation>Skriv ut tiden til første vindu er tegnet, og avslutt.</translation>
    </message>
    <message>
        <source>A .reflekt file or bundle folder to open.</source>
        <translation>En .reflekt-fil eller pakkemappe som skal åpnes.</translation>
    </message>
    <message>
        <source>Reflekt cannot start</source>
        <translation>Reflekt kan ikke starte</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Dataene dine</translation>
    </message>
    <message>
        <source>Open FILE in the film player, print the time to its first frame and exit.</source>
        <translation>Åpne FILE i filmavspilleren, skriv ut tiden til første bilde og avslutt.</translation>
    </message>
    <message>
        <source>With --bench-first-frame: play on for SECONDS and print peak memory.</source>
        <translation>Med --bench-first-frame: spill videre i SECONDS sekunder og skriv ut høyeste minnebruk.</translation>
    </message>
    <message>
        <source>With --bench-first-frame: show only the picture, at WIDTHxHEIGHT.</source>
        <translation>Med --bench-first-frame: vis bare bildet, i størrelsen BREDDExHØYDE.</translation>
    </message>
    <message>
        <source>Open the package editor on the bundle folder DIR.</source>
        <translation>Åpne pakkeredigeringen på pakkemappen DIR.</translation>
    </message>
    <message>
        <source>Start a group session of a module, as BUNDLE/MODULE.</source>
        <translation>Start en gruppesamling med en modul, som PAKKE/MODUL.</translation>
    </message>
</context>
<context>
    <name>reflekt::BundleTextBrowser</name>
    <message>
        <source>The text %1 cannot be read: %2</source>
        <translation>Teksten %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Åpne lenke</translation>
    </message>
    <message>
        <source>This link leads out of Reflekt to:

%1

Open it in your web browser?</source>
        <translation>Lenken fører ut av Reflekt til:

%1

Vil du åpne den i nettleseren?</translation>
    </message>
</context>
<context>
    <name>reflekt::CaptionPreview</name>
    <message>
        <source>Caption preview</source>
        <translation>Forhåndsvisning av undertekster</translation>
    </message>
    <message>
        <source>This is how captions look.
Some words can be &lt;i&gt;in italics&lt;/i&gt;.</source>
        <translation>Slik ser undertekstene ut.
Noen ord kan stå i &lt;i&gt;kursiv&lt;/i&gt;.</translation>
    </message>
</context>
<context>
    <name>reflekt::CaptionStyleDialog</name>
    <message>
        <source>Caption style</source>
        <translation>Undertekstenes utseende</translation>
    </message>
</context>
<context>
    <name>reflekt::CaptionStyleEditor</name>
    <message>
        <source>Caption si&amp;ze:</source>
        <translation>Undertekstenes størrels&amp;e:</translation>
    </message>
    <message>
        <source>Ctrl++ and Ctrl+- change it while a film plays, Ctrl+0 goes back to normal</source>
        <translation>Ctrl++ og Ctrl+- endrer størrelsen mens en film spilles av, Ctrl+0 tilbakestiller den</translation>
    </message>
    <message>
        <source>Te&amp;xt colour:</source>
        <translation>Tekst&amp;farge:</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Hvit</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Turkis</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grønn</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Svart</translation>
    </message>
    <message>
        <source>Bac&amp;kground:</source>
        <translation>&amp;Bakgrunn:</translation>
    </message>
    <message>
        <source>Text on a background of its own colour gets an outline</source>
        <translation>Tekst på en bakgrunn i samme farge får en kontur</translation>
    </message>
    <message>
        <source>Background &amp;opacity:</source>
        <translation>Bakgrunnens &amp;gjennomsiktighet:</translation>
    </message>
    <message>
        <source>Without a background the text gets an outline</source>
        <translation>Uten bakgrunn får teksten en kontur</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Ugjennomsiktig</translation>
    </message>
    <message>
        <source>Semi-transparent</source>
        <translation>Halvgjennomsiktig</translation>
    </message>
    <message>
        <source>None (outlined text)</source>
        <translation>Ingen bakgrunn (tekst med kontur)</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>S&amp;krifttype:</translation>
    </message>
    <message>
        <source>Reflekt&apos;s font</source>
        <translation>Reflekts skrifttype</translation>
    </message>
    <message>
        <source>Clear sans serif (%1)</source>
        <translation>Tydelig skrift uten seriffer (%1)</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Pl&amp;assering:</translation>
    </message>
    <message>
        <source>Where captions go when the caption file does not place them</source>
        <translation>Hvor undertekstene vises når undertekstfilen ikke angir det</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Nederst</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Øverst</translation>
    </message>
    <message>
        <source>&amp;Reset to the normal look</source>
        <translation>Tilbakestill til &amp;vanlig utseende</translation>
    </message>
    <message>
        <source>%1 % (normal)</source>
        <translation>%1 % (normal)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>reflekt::CaptionTracks</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a caption file</source>
        <translation>%1 er for stor til å være en undertekstfil</translation>
    </message>
</context>
<context>
    <name>reflekt::ChapterSeekBar</name>
    <message>
        <source>Position in film</source>
        <translation>Posisjon i filmen</translation>
    </message>
    <message>
        <source>Position in the film. Click to jump, drag to scrub; ticks mark chapters.</source>
        <translation>Posisjon i filmen. Klikk for å hoppe, dra for å spole; strekene markerer kapitler.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>reflekt::ConsoleBanners</name>
    <message>
        <source>The wall is blank — press B to show it</source>
        <translation>Lerretet er svart – trykk B for å vise det igjen</translation>
    </message>
    <message>
        <source>Only one screen is connected. If the projector shows this screen too, the room can see this console: the guide, the clocks and the group&apos;s notes.</source>
        <translation>Bare én skjerm er koblet til. Hvis projektoren viser det samme bildet, kan alle i rommet se denne konsollen: veiledningen, klokkene og gruppens notater.</translation>
    </message>
    <message>
        <source>Where the group is and what was covered could not be saved: %1. The meeting goes on; the group&apos;s notes are saved separately.</source>
        <translation>Hvor gruppen er og hva som er gjennomgått, kunne ikke lagres: %1. Møtet fortsetter; gruppens notater lagres for seg.</translation>
    </message>
</context>
<context>
    <name>reflekt::ConsoleSideTabs</name>
    <message>
        <source>Facilitator guide (only on this screen)</source>
        <translation>Veiledning for samtalelederen (bare på denne skjermen)</translation>
    </message>
    <message>
        <source>G&amp;uide</source>
        <translation>Veil&amp;edning</translation>
    </message>
    <message>
        <source>Every item of the session. Enter or a double-click shows it on the wall; ✓ has been shown.</source>
        <translation>Alle punktene i møtet. Enter eller et dobbeltklikk viser punktet på lerretet. ✓ betyr at det allerede er vist.</translation>
    </message>
    <message>
        <source>Items of the session</source>
        <translation>Punktene i møtet</translation>
    </message>
    <message>
        <source>&amp;Jump to</source>
        <translation>Alle &amp;punkter</translation>
    </message>
</context>
<context>
    <name>reflekt::DocumentStepView</name>
    <message>
        <source>Text material</source>
        <translation>Tekstmateriale</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Print this activity</source>
        <translation>Skriv ut denne aktiviteten</translation>
    </message>
    <message>
        <source>This activity is a printable PDF: %1</source>
        <translation>Denne aktiviteten er en PDF som kan skrives ut: %1</translation>
    </message>
    <message>
        <source>&amp;Open the PDF to print it</source>
        <translation>&amp;Åpne PDF-filen for å skrive den ut</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Åpne PDF-filen</translation>
    </message>
    <message>
        <source>No program on this computer opened %1. The file is here:

%2</source>
        <translation>Ingen program på denne datamaskinen kunne åpne %1. Filen ligger her:

%2</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
</context>
<context>
    <name>reflekt::EndTimePanel</name>
    <message>
        <source>End &amp;at</source>
        <translation>Slutt &amp;kl.</translation>
    </message>
    <message>
        <source>Count down to an end time</source>
        <translation>Tell ned til et sluttidspunkt</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttidspunkt</translation>
    </message>
    <message>
        <source>The time is %1</source>
        <translation>Klokken er %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min igjen</numerusform>
            <numerusform>%n min igjen</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden er ute</translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <translation>
            <numerusform>%n min over tiden</numerusform>
            <numerusform>%n min over tiden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::ExportDialog</name>
    <message>
        <source>Export notes</source>
        <translation>Eksporter notater</translation>
    </message>
    <message>
        <source>Notes of %1</source>
        <translation>Notater fra %1</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Velg en profil først.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Hva som skal eksporteres</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Gruppemøte</translation>
    </message>
    <message>
        <source>&amp;Group session:</source>
        <translation>&amp;Gruppemøte:</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument-tekst (ODT)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown-tekst</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papirstørrelse</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil som skal skrives</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Velg filen som skal skrives</translation>
    </message>
    <message>
        <source>&amp;Open the file when it is ready</source>
        <translation>&amp;Åpne filen når den er klar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papirstørrelse:</translation>
    </message>
    <message>
        <source>This module: %1</source>
        <translation>Denne modulen: %1</translation>
    </message>
    <message>
        <source>This package: %1</source>
        <translation>Denne pakken: %1</translation>
    </message>
    <message>
        <source>Everything I wrote</source>
        <translation>Alt jeg har skrevet</translation>
    </message>
    <message>
        <source>Minutes of a group session</source>
        <translation>Referat fra et gruppemøte</translation>
    </message>
    <message>
        <source>%1, %2 (led by %3)</source>
        <translation>%1, %2 (ledet av %3)</translation>
    </message>
    <message>
        <source>Group session minutes</source>
        <translation>Referat fra gruppemøte</translation>
    </message>
    <message>
        <source>Reflection notes</source>
        <translation>Refleksjonsnotater</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-tekst (*.md)</translation>
    </message>
    <message>
        <source>Export notes to</source>
        <translation>Eksporter notater til</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation>Eksporterer notater…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Lagre til:</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Eksporten er ferdig</translation>
    </message>
    <message>
        <source>Your notes are saved in %1.</source>
        <translation>Notatene dine er lagret i %1.</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Åpne filen</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Åpne &amp;mappen</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n møte</numerusform>
            <numerusform>%n møter</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport:</source>
        <translation>E&amp;ksporter:</translation>
    </message>
</context>
<context>
    <name>reflekt::FacilitatorConsole</name>
    <message>
        <source>Facilitator console</source>
        <translation>Samtalelederens konsoll</translation>
    </message>
    <message>
        <source>Reflekt facilitator console: %1</source>
        <translation>Reflekt – samtalelederens konsoll: %1</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tilbake</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Forrige punkt</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Neste →</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Neste punkt</translation>
    </message>
    <message>
        <source>&amp;Blank the wall</source>
        <translation>&amp;Blank ut lerretet</translation>
    </message>
    <message>
        <source>Blank the projector (B)</source>
        <translation>Blank ut projektorbildet (B)</translation>
    </message>
    <message>
        <source>&amp;Timer on the wall</source>
        <translation>&amp;Tidtaker på lerretet</translation>
    </message>
    <message>
        <source>Show the discussion timer on the wall</source>
        <translation>Vis samtaletiden på lerretet</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>&amp;Avslutt møtet…</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Avslutt møtet</translation>
    </message>
    <message>
        <source>What the &amp;group agreed (saved as you type):</source>
        <translation>Hva &amp;gruppen ble enige om (lagres mens du skriver):</translation>
    </message>
    <message>
        <source>The group&apos;s note for this question</source>
        <translation>Gruppens notat til dette spørsmålet</translation>
    </message>
    <message>
        <source>The text is on the wall. Next scrolls it a page at a time, then moves on.</source>
        <translation>Teksten vises på lerretet. Neste blar én side om gangen og går så videre.</translation>
    </message>
    <message>
        <source>The film plays on the wall, with its sound. Use the controls below.</source>
        <translation>Filmen spilles av på lerretet, med lyd. Bruk kontrollene nedenfor.</translation>
    </message>
    <message>
        <source>Welcome everyone. Next starts the module.</source>
        <translation>Velkommen, alle sammen. Neste starter modulen.</translation>
    </message>
    <message>
        <source>Last item. Next ends the session: you can then credit those present and export the minutes.</source>
        <translation>Siste punkt. Neste avslutter møtet: deretter kan du gi de som var til stede uttelling og eksportere referatet.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Neste: %1</translation>
    </message>
    <message>
        <source>Next: end the session</source>
        <translation>Neste: avslutt møtet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Write down what the group agreed or wants to remember.</source>
        <translation>Skriv ned hva gruppen ble enige om eller vil huske.</translation>
    </message>
    <message>
        <source>Notes are taken at the reflection questions.</source>
        <translation>Notater skrives ved refleksjonsspørsmålene.</translation>
    </message>
    <message>
        <source>Session %1 of %2 min planned</source>
        <translation>Møtet %1 av %2 planlagte min</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 av %2 min</translation>
    </message>
    <message>
        <source>Time on this item: %1</source>
        <translation>Tid på dette punktet: %1</translation>
    </message>
    <message>
        <source>The session was not finished</source>
        <translation>Møtet ble ikke avsluttet</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>The session is saved. Export the minutes now (module, date, who was there and the group&apos;s notes)?</source>
        <translation>Møtet er lagret. Vil du eksportere referatet nå (modul, dato, hvem som var der og gruppens notater)?</translation>
    </message>
    <message>
        <source>The session is saved. Someone who was there can export its minutes from File &gt; Export notes… under their own profile.</source>
        <translation>Møtet er lagret. Den som var med, kan eksportere referatet fra Fil &gt; Eksporter notater… i sin egen profil.</translation>
    </message>
    <message>
        <source>The session cannot start</source>
        <translation>Møtet kan ikke starte</translation>
    </message>
    <message numerus="yes">
        <source>%n group note(s) not saved yet (%1). They are kept and saved as soon as possible.</source>
        <translation>
            <numerusform>%n gruppenotat er ikke lagret ennå (%1). Det beholdes og lagres så snart det går.</numerusform>
            <numerusform>%n gruppenotater er ikke lagret ennå (%1). De beholdes og lagres så snart det går.</numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes are saved in %1.</source>
        <translation>Referatet er lagret i %1.</translation>
    </message>
    <message>
        <source>The meeting was not ended</source>
        <translation>Møtet ble ikke avsluttet</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Rommet</translation>
    </message>
</context>
<context>
    <name>reflekt::FacilitatorGuide</name>
    <message>
        <source>Facilitator guide</source>
        <translation>Veiledning for samtalelederen</translation>
    </message>
    <message>
        <source>This module has no facilitator guide.</source>
        <translation>Denne modulen har ingen veiledning for samtalelederen.</translation>
    </message>
</context>
<context>
    <name>reflekt::FilmCanvas</name>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Click to play or pause, double-click for full screen</source>
        <translation>Klikk for å spille av eller pause, dobbeltklikk for fullskjerm</translation>
    </message>
</context>
<context>
    <name>reflekt::FilmErrorPanel</name>
    <message>
        <source>Film cannot be played</source>
        <translation>Filmen kan ikke spilles av</translation>
    </message>
    <message>
        <source>This film cannot be played.</source>
        <translation>Denne filmen kan ikke spilles av.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finnes ikke.</translation>
    </message>
    <message>
        <source>The package may be incomplete. Import it again, or ask its publisher for a complete copy.</source>
        <translation>Pakken kan være ufullstendig. Importer den på nytt, eller be utgiveren om en fullstendig kopi.</translation>
    </message>
    <message>
        <source>The media backend gave no reason.</source>
        <translation>Mediesystemet oppga ingen årsak.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Årsak: %1</translation>
    </message>
    <message>
        <source>The rest of the module still works.</source>
        <translation>Resten av modulen fungerer likevel.</translation>
    </message>
    <message>
        <source>%1 is damaged, or in a format this computer cannot play.</source>
        <translation>%1 er skadet eller i et format denne datamaskinen ikke kan spille av.</translation>
    </message>
    <message>
        <source>Import the package again, or ask its publisher for a new copy of the film.</source>
        <translation>Importer pakken på nytt, eller be utgiveren om en ny kopi av filmen.</translation>
    </message>
    <message>
        <source>%1 is in a video or audio format this computer has no decoder for.</source>
        <translation>%1 er i et video- eller lydformat som denne datamaskinen mangler dekoder for.</translation>
    </message>
    <message>
        <source>Ask whoever looks after this computer to install the GStreamer plug-ins, for example:</source>
        <translation>Be den som har ansvar for datamaskinen om å installere GStreamer-programtilleggene, for eksempel:</translation>
    </message>
</context>
<context>
    <name>reflekt::FilmPlayer</name>
    <message>
        <source>Film player</source>
        <translation>Filmavspiller</translation>
    </message>
    <message>
        <source>The film did not open within %1 seconds.</source>
        <translation>Filmen ble ikke åpnet innen %1 sekunder.</translation>
    </message>
</context>
<context>
    <name>reflekt::FilmPreview</name>
    <message>
        <source>Add a c&amp;hapter here</source>
        <translation>Legg til et &amp;kapittel her</translation>
    </message>
    <message>
        <source>Use this frame as the &amp;poster</source>
        <translation>Bruk dette bildet som &amp;plakat</translation>
    </message>
    <message>
        <source>Chapters:</source>
        <translation>Kapitler:</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Kapittel %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Chapter at %1</source>
        <translation>Kapittel ved %1</translation>
    </message>
    <message>
        <source>No poster taken</source>
        <translation>Ikke noe plakatbilde tatt</translation>
    </message>
    <message>
        <source>Play the film to the picture you want, pause, and try again.</source>
        <translation>Spill filmen frem til bildet du vil ha, sett på pause og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>reflekt::FilmRemote</name>
    <message>
        <source>Play</source>
        <translation>Spill av</translation>
    </message>
    <message>
        <source>Play or pause the film on the wall</source>
        <translation>Spill av eller pause filmen på lerretet</translation>
    </message>
    <message>
        <source>Film position</source>
        <translation>Posisjon i filmen</translation>
    </message>
    <message>
        <source>Captions on the wall</source>
        <translation>Undertekster på lerretet</translation>
    </message>
    <message>
        <source>No captions</source>
        <translation>Ingen undertekster</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 s</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Ten seconds back</source>
        <translation>Ti sekunder tilbake</translation>
    </message>
    <message>
        <source>Ten seconds on</source>
        <translation>Ti sekunder fremover</translation>
    </message>
    <message>
        <source>Go to a chapter of the film</source>
        <translation>Gå til et kapittel i filmen</translation>
    </message>
    <message>
        <source>Chapters…</source>
        <translation>Kapitler…</translation>
    </message>
    <message>
        <source>Caption size on the wall</source>
        <translation>Undertekstenes størrelse på lerretet</translation>
    </message>
    <message>
        <source>AD</source>
        <translation>Synstolking</translation>
    </message>
    <message>
        <source>AD, audio description on the wall</source>
        <translation>Synstolking på lerretet</translation>
    </message>
    <message>
        <source>Audio description: the film on the wall has none</source>
        <translation>Synstolking: filmen på lerretet har ingen</translation>
    </message>
    <message>
        <source>Audio description on the wall: what the film shows is spoken in the room</source>
        <translation>Synstolking på lerretet: det filmen viser, blir lest opp i rommet</translation>
    </message>
</context>
<context>
    <name>reflekt::FilmTimeLabel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>reflekt::GroupSessionController</name>
    <message>
        <source>The module is not in the library any more.</source>
        <translation>Modulen finnes ikke lenger i biblioteket.</translation>
    </message>
    <message>
        <source>That group session is not in the database.</source>
        <translation>Det gruppemøtet finnes ikke i databasen.</translation>
    </message>
    <message>
        <source>That group session has already been finished.</source>
        <translation>Det gruppemøtet er allerede avsluttet.</translation>
    </message>
    <message>
        <source>Title card: %1</source>
        <translation>Tittelbilde: %1</translation>
    </message>
    <message>
        <source>End of the session</source>
        <translation>Slutt på møtet</translation>
    </message>
    <message>
        <source>Question %1 of %2: %3</source>
        <translation>Spørsmål %1 av %2: %3</translation>
    </message>
    <message>
        <source>Film: %1</source>
        <translation>Film: %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Tekst: %1</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Aktivitet: %1</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>Databasen er lukket.</translation>
    </message>
</context>
<context>
    <name>reflekt::LibraryModel</name>
    <message>
        <source>For the discussion leader</source>
        <translation>For samtalelederen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Regional module</source>
        <translation>Regional modul</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Package and module</source>
        <translation>Pakke og modul</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Cannot be opened</source>
        <translation>Kan ikke åpnes</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 av %2 steg</translation>
    </message>
    <message>
        <source>%1 (broken)</source>
        <translation>%1 (ødelagt)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Pakke %1</translation>
    </message>
    <message>
        <source>Broken package %1: %2</source>
        <translation>Ødelagt pakke %1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 min</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Ikke påbegynt ennå</translation>
    </message>
    <message>
        <source>Last opened today</source>
        <translation>Sist åpnet i dag</translation>
    </message>
    <message>
        <source>Last opened yesterday</source>
        <translation>Sist åpnet i går</translation>
    </message>
    <message>
        <source>Last opened %1</source>
        <translation>Sist åpnet %1</translation>
    </message>
    <message>
        <source>%1 of %2 modules</source>
        <translation>%1 av %2 moduler</translation>
    </message>
    <message>
        <source>Published by %1</source>
        <translation>Utgitt av %1</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 fullført</translation>
    </message>
    <message>
        <source>%1, about %2 minutes, %3</source>
        <translation>%1, omtrent %2 minutter, %3</translation>
    </message>
</context>
<context>
    <name>reflekt::LibraryPage</name>
    <message>
        <source>Continue &amp;where I left off</source>
        <translation>Fortsett &amp;der jeg slapp</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>Forsidebilde</translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation>Fortsett der jeg slapp</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Velkommen, %1.</translation>
    </message>
    <message>
        <source>This package cannot be opened</source>
        <translation>Denne pakken kan ikke åpnes</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Mappe: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lisens: %1</translation>
    </message>
    <message>
        <source>Opens %1 where you left it</source>
        <translation>Åpner %1 der du slapp</translation>
    </message>
    <message>
        <source>No module in progress yet: open one to begin.</source>
        <translation>Ingen påbegynt modul ennå: åpne en for å begynne.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Your packages, and how far you have come in each.</source>
        <translation>Pakkene dine, og hvor langt du har kommet i hver av dem.</translation>
    </message>
    <message>
        <source>Packages and their modules with your progress. Use the arrow keys to choose and Enter to open.</source>
        <translation>Pakker og modulene deres med fremdriften din. Velg med piltastene og åpne med Enter.</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Biblioteket ditt er tomt</translation>
    </message>
    <message>
        <source>To add a learning package, choose %1 &gt; %2 in the menu bar and pick the .reflekt file you were given. Reflekt copies it into your library, where it stays for next time. A package folder with a bundle.json file can be opened the same way.</source>
        <translation>For å legge til en kompetansepakke velger du %1 &gt; %2 i menylinjen og velger .reflekt-filen du har fått. Reflekt kopierer den inn i biblioteket ditt, der den blir liggende til neste gang. En pakkemappe med en bundle.json-fil kan åpnes på samme måte.</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Åpne igjen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · about %2 minutes · %3</source>
        <translation>%1 · omtrent %2 minutter · %3</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 fullført</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
</context>
<context>
    <name>reflekt::LocalizedField</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>⚠ Translation missing</source>
        <translation>⚠ Oversettelse mangler</translation>
    </message>
    <message>
        <source>%1: translation missing</source>
        <translation>%1: oversettelse mangler</translation>
    </message>
</context>
<context>
    <name>reflekt::MainWindow</name>
    <message>
        <source>Reflekt</source>
        <translation>Reflekt</translation>
    </message>
    <message>
        <source>Nothing to continue yet: open a module to begin.</source>
        <translation>Det er ingenting å fortsette med ennå: åpne en modul for å begynne.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Åpne pakke…</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation>&amp;Eksporter notater…</translation>
    </message>
    <message>
        <source>&amp;Switch profile</source>
        <translation>&amp;Bytt profil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Større tekst</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre tekst</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal tekststørrelse</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Reflekt</source>
        <translation>&amp;Om Reflekt</translation>
    </message>
    <message>
        <source>About Reflekt</source>
        <translation>Om Reflekt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reflekt %1&lt;/h3&gt;&lt;p&gt;A player for learning modules: film, text and reflection, alone or in a group.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reflekt %1&lt;/h3&gt;&lt;p&gt;En avspiller for læringsmoduler: film, tekst og refleksjon, alene eller i gruppe.&lt;/p&gt;&lt;p&gt;Datamappe: %2&lt;/p&gt;&lt;p&gt;Lisens: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The module %1/%2 is not in the library.</source>
        <translation>Modulen %1/%2 finnes ikke i biblioteket.</translation>
    </message>
    <message>
        <source>Open a learning package</source>
        <translation>Åpne en opplæringspakke</translation>
    </message>
    <message>
        <source>Reflekt packages (*.reflekt);;Bundle manifest (bundle.json)</source>
        <translation>Reflekt-pakker (*.reflekt);;Pakkebeskrivelse (bundle.json)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Pakken ble ikke importert</translation>
    </message>
    <message>
        <source>%1 could not be imported. Nothing in your library was changed.

%2</source>
        <translation>%1 kunne ikke importeres. Ingenting i biblioteket ditt er endret.

%2</translation>
    </message>
    <message>
        <source>Imported %1 version %2.</source>
        <translation>Importerte %1 versjon %2.</translation>
    </message>
    <message>
        <source>Choose your profile first: you can export only your own notes.</source>
        <translation>Velg profilen din først: du kan bare eksportere dine egne notater.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>Progress &amp;reporting…</source>
        <translation>&amp;Rapportering av framdrift…</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>Nytt språk</translation>
    </message>
    <message>
        <source>Reflekt shows the new language after a restart. Restart now? What you wrote is saved first, and you come back to where you are.</source>
        <translation>Reflekt viser det nye språket etter en omstart. Starte på nytt nå? Det du har skrevet, lagres først, og du kommer tilbake dit du er nå.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Start på &amp;nytt nå</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <source>&amp;New package…</source>
        <translation>&amp;Ny pakke…</translation>
    </message>
    <message>
        <source>Edit pac&amp;kage…</source>
        <translation>Rediger pa&amp;kke…</translation>
    </message>
    <message>
        <source>Edit a package: choose the folder that holds bundle.json</source>
        <translation>Rediger en pakke: velg mappen der bundle.json ligger</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2 (is the disk full?).</source>
        <translation>%1 kunne ikke kopieres til %2 (er disken full?).</translation>
    </message>
    <message>
        <source>Reflekt packages</source>
        <translation>Reflekt-pakker</translation>
    </message>
    <message>
        <source>Edit a copy?</source>
        <translation>Redigere en kopi?</translation>
    </message>
    <message>
        <source>This package is installed in Reflekt. You edit a copy of it, in %1; the installed one stays as participants have it until you import the new version.</source>
        <translation>Denne pakken er installert i Reflekt. Du redigerer en kopi av den, i %1; den installerte forblir slik deltakerne har den til du importerer den nye versjonen.</translation>
    </message>
    <message>
        <source>%1 already exists: it is opened as it is.</source>
        <translation>%1 finnes allerede: den åpnes som den er.</translation>
    </message>
    <message>
        <source>Package not copied</source>
        <translation>Pakken ble ikke kopiert</translation>
    </message>
</context>
<context>
    <name>reflekt::MarkdownEditor</name>
    <message>
        <source>Markdown of %1</source>
        <translation>Markdown i %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Forhåndsvisning av %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Insert &amp;image…</source>
        <translation>Sett inn &amp;bilde…</translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation>Sett inn et bilde</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>Image not inserted</source>
        <translation>Bildet ble ikke satt inn</translation>
    </message>
</context>
<context>
    <name>reflekt::ModuleCompletePage</name>
    <message>
        <source>You have finished “%1”</source>
        <translation>Du har fullført «%1»</translation>
    </message>
    <message>
        <source>You have reached the end of “%1”</source>
        <translation>Du har kommet til slutten av «%1»</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 av %2 steg ferdige.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Gjenstår</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gå til %1</translation>
    </message>
    <message>
        <source>Opens this step</source>
        <translation>Åpner dette steget</translation>
    </message>
    <message>
        <source>&amp;Export my notes…</source>
        <translation>&amp;Eksporter notatene mine…</translation>
    </message>
    <message>
        <source>Export my notes from this module</source>
        <translation>Eksporter notatene mine fra denne modulen</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>&amp;Tilbake til biblioteket</translation>
    </message>
    <message>
        <source>Begun on %1, finished on %2</source>
        <translation>Startet %1, ferdig %2</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Ferdig %1</translation>
    </message>
    <message>
        <source>Begun on %1</source>
        <translation>Startet %1</translation>
    </message>
    <message>
        <source>planned for about %1 min</source>
        <translation>planlagt til omtrent %1 min</translation>
    </message>
    <message>
        <source>What&apos;s next</source>
        <translation>Hva nå</translation>
    </message>
    <message>
        <source>The next module in “%1” is “%2”.</source>
        <translation>Neste modul i «%1» er «%2».</translation>
    </message>
    <message>
        <source>Next in “%1”: “%2”. %3</source>
        <translation>Neste i «%1»: «%2». %3</translation>
    </message>
    <message>
        <source>Go on to “%1”</source>
        <translation>Gå videre til «%1»</translation>
    </message>
    <message>
        <source>Opens the overview of the next module</source>
        <translation>Åpner oversikten over neste modul</translation>
    </message>
    <message>
        <source>This was the last module in “%1”.</source>
        <translation>Dette var den siste modulen i «%1».</translation>
    </message>
</context>
<context>
    <name>reflekt::ModuleForm</name>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Introduction for the discussion leader</source>
        <translation>Innledning for samtalslederen</translation>
    </message>
    <message>
        <source>Regional module</source>
        <translation>Regional modul</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <source>Use %n min, from the steps</source>
        <translation>
            <numerusform>Bruk %n min, fra stegene</numerusform>
            <numerusform>Bruk %n min, fra stegene</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated &amp;minutes:</source>
        <translation>Beregnede &amp;minutter:</translation>
    </message>
    <message>
        <source>Add &amp;film</source>
        <translation>Legg til &amp;film</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>Legg til &amp;tekst</translation>
    </message>
    <message>
        <source>Add &amp;reflection</source>
        <translation>Legg til &amp;refleksjon</translation>
    </message>
    <message>
        <source>Add a&amp;ctivity</source>
        <translation>Legg til a&amp;ktivitet</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steg:</translation>
    </message>
    <message>
        <source>Facilitator guide (shown only on the facilitator&apos;s laptop):</source>
        <translation>Veiledning for samtalslederen (vises bare på samtalslederens PC):</translation>
    </message>
    <message>
        <source>&amp;Write a guide in %1</source>
        <translation>&amp;Skriv en veiledning på %1</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflekter</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
</context>
<context>
    <name>reflekt::ModuleOverview</name>
    <message>
        <source>Cannot be shown</source>
        <translation>Kan ikke vises</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Opens this step</source>
        <translation>Åpner dette steget</translation>
    </message>
    <message>
        <source>For the discussion leader</source>
        <translation>For samtalelederen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Regional module</source>
        <translation>Regional modul</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n steg</numerusform>
            <numerusform>%n steg</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min in all</source>
        <translation>omtrent %1 min i alt</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 av %2 ferdige</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start the module</source>
        <translation>Start modulen</translation>
    </message>
    <message>
        <source>Go through it &amp;again</source>
        <translation>Gå gjennom den &amp;igjen</translation>
    </message>
    <message>
        <source>Go through it again from the first step</source>
        <translation>Gå gjennom den igjen fra første steg</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>Continue at step %1</source>
        <translation>Fortsett ved steg %1</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Alle stegene er ferdige.</translation>
    </message>
    <message>
        <source>Goes on with %1</source>
        <translation>Fortsetter med %1</translation>
    </message>
    <message>
        <source>Begins with %1</source>
        <translation>Begynner med %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
</context>
<context>
    <name>reflekt::ModulePage</name>
    <message>
        <source>← &amp;Previous</source>
        <translation>← Fo&amp;rrige</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Neste →</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Tilbake til biblioteket</translation>
    </message>
    <message>
        <source>Run as &amp;group session…</source>
        <translation>Kjør som &amp;gruppemøte…</translation>
    </message>
    <message>
        <source>Steps of this module</source>
        <translation>Stegene i denne modulen</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Forrige steg</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 av %2 steg ferdige</translation>
    </message>
    <message>
        <source>Next: the end of the module</source>
        <translation>Neste: slutten av modulen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Oversikt</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Ferdige steg</translation>
    </message>
    <message>
        <source>Run as group session: this module with a projector</source>
        <translation>Kjør som gruppemøte: denne modulen med en prosjektor</translation>
    </message>
    <message>
        <source>Overview of this module</source>
        <translation>Oversikt over denne modulen</translation>
    </message>
</context>
<context>
    <name>reflekt::NewPackageDialog</name>
    <message>
        <source>New package</source>
        <translation>Ny pakke</translation>
    </message>
    <message>
        <source>Reflekt packages</source>
        <translation>Reflekt-pakker</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>V&amp;elg…</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Mappe for pakken</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Skrevet på:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Opprett</translation>
    </message>
    <message>
        <source>Give the package a title first.</source>
        <translation>Gi pakken en tittel først.</translation>
    </message>
    <message>
        <source>%1 already holds files. Choose a new or empty folder, so nothing is written over.</source>
        <translation>%1 inneholder allerede filer. Velg en ny eller tom mappe, så ingenting blir skrevet over.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Mappen %1 kan ikke opprettes.</translation>
    </message>
</context>
<context>
    <name>reflekt::NoteEditor</name>
    <message>
        <source>Write your thoughts here. They are saved as you type.</source>
        <translation>Skriv tankene dine her. De lagres mens du skriver.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigerer…</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is still here; it will be saved again with your next change.</source>
        <translation>Ikke lagret: %1. Teksten din er fortsatt her og lagres på nytt ved neste endring.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
</context>
<context>
    <name>reflekt::NoteHistoryDialog</name>
    <message>
        <source>Earlier versions of your note</source>
        <translation>Tidligere versjoner av notatet ditt</translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation>Lagrede versjoner, nyeste først</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Teksten i den valgte versjonen</translation>
    </message>
    <message>
        <source>%1 — (empty)</source>
        <translation>%1 — (tom)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Gjenopprett denne versjonen</translation>
    </message>
</context>
<context>
    <name>reflekt::PackageEditor</name>
    <message>
        <source>Package outline</source>
        <translation>Pakkens innhold</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Package not opened</source>
        <translation>Pakken ble ikke åpnet</translation>
    </message>
    <message>
        <source>%1 cannot be edited:
%2</source>
        <translation>%1 kan ikke redigeres:
%2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Pack…</source>
        <translation>&amp;Pakk…</translation>
    </message>
    <message>
        <source>Preview as &amp;participant</source>
        <translation>Forhåndsvis som &amp;deltaker</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Pakke</translation>
    </message>
    <message>
        <source>Add &amp;module</source>
        <translation>Legg til &amp;modul</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Kontroller nå</translation>
    </message>
    <message>
        <source>%1[*] — Package editor</source>
        <translation>%1[*] — Pakkeredigering</translation>
    </message>
    <message>
        <source>No problems: the package can be packed.</source>
        <translation>Ingen problemer: pakken kan pakkes.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Lagret %1.</translation>
    </message>
    <message>
        <source>Pack the package</source>
        <translation>Pakk pakken</translation>
    </message>
    <message>
        <source>Reflekt packages (*.reflekt)</source>
        <translation>Reflekt-pakker (*.reflekt)</translation>
    </message>
    <message>
        <source>Not packed</source>
        <translation>Ikke pakket</translation>
    </message>
    <message>
        <source>%1 was not written:
%2</source>
        <translation>%1 ble ikke skrevet:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Packed %n file(s) into %1.</source>
        <translation>
            <numerusform>Pakket %n fil i %1.</numerusform>
            <numerusform>Pakket %n filer i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, because nothing refers to them: %1.</source>
        <translation>Utelatt, fordi ingenting viser til dem: %1.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>Ny modul</translation>
    </message>
    <message>
        <source>Save the package?</source>
        <translation>Lagre pakken?</translation>
    </message>
    <message>
        <source>The package has changes that are not saved.</source>
        <translation>Pakken har endringer som ikke er lagret.</translation>
    </message>
    <message>
        <source>Preview the &amp;wall</source>
        <translation>Forhåndsvis &amp;veggen</translation>
    </message>
    <message>
        <source>%1

Nothing you wrote is lost: it stays in the editor. Free some space on the disk, then save again.</source>
        <translation>%1

Ingenting du har skrevet går tapt: det blir værende i redigeringen. Frigjør plass på disken, og lagre så på nytt.</translation>
    </message>
</context>
<context>
    <name>reflekt::PackageForm</name>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Utgiver:</translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;web address:</source>
        <translation>Utgiverens &amp;nettadresse:</translation>
    </message>
    <message>
        <source>All rights reserved</source>
        <translation>Alle rettigheter forbeholdt</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Lisens:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versjon:</translation>
    </message>
    <message>
        <source>Package &amp;id:</source>
        <translation>Pakkens &amp;id:</translation>
    </message>
    <message>
        <source>A name that is yours and never changes, like a reversed web address (se.region-exempel.motet). Participants&apos; notes are kept under it.</source>
        <translation>Et navn som er deres og aldri endres, som en baklengs nettadresse (no.region-eksempel.motet). Deltakernes notater lagres under det.</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Aksentfarge:</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>V&amp;elg bilde…</translation>
    </message>
    <message>
        <source>Cover image:</source>
        <translation>Forsidebilde:</translation>
    </message>
    <message>
        <source>Written in %1</source>
        <translation>Skrevet på %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Legg til et språk</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Legg til et språk…</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Choose the cover image</source>
        <translation>Velg forsidebilde</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Cover not changed</source>
        <translation>Forsiden ble ikke endret</translation>
    </message>
</context>
<context>
    <name>reflekt::PackageOutlineModel</name>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksjon</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ingen tittel)</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Pakke: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation>Modul %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n problem(s))</source>
        <translation>
            <numerusform>(%n problem)</numerusform>
            <numerusform>(%n problemer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::PlayerControls</name>
    <message>
        <source>Play</source>
        <translation>Spill av</translation>
    </message>
    <message>
        <source>Play (Space or K)</source>
        <translation>Spill av (mellomrom eller K)</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Medgått og total tid</translation>
    </message>
    <message>
        <source>Elapsed time / length of the film</source>
        <translation>Medgått tid / filmens lengde</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitler</translation>
    </message>
    <message>
        <source>Jump to a chapter</source>
        <translation>Hopp til et kapittel</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Undertekster</translation>
    </message>
    <message>
        <source>Captions language or off (C)</source>
        <translation>Språk for undertekster eller av (C)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <source>Show or hide the transcript</source>
        <translation>Vis eller skjul transkripsjonen</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Avspillingshastighet</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Slå av lyden</translation>
    </message>
    <message>
        <source>Mute or unmute the sound (M)</source>
        <translation>Slå lyden av eller på (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volum</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Fullskjerm</translation>
    </message>
    <message>
        <source>Full screen (F; Esc leaves)</source>
        <translation>Fullskjerm (F; Esc avslutter)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause (Space or K)</source>
        <translation>Pause (mellomrom eller K)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Captions: %1</source>
        <translation>Undertekster: %1</translation>
    </message>
    <message>
        <source>Captions are off</source>
        <translation>Underteksting er slått av</translation>
    </message>
    <message>
        <source>Captions in %1</source>
        <translation>Undertekster på %1</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Slå på lyden</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Avslutt fullskjerm</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>Undertekster av</translation>
    </message>
    <message>
        <source>Caption &amp;style…</source>
        <translation>Undertekstenes &amp;utseende…</translation>
    </message>
    <message>
        <source>AD, audio description</source>
        <translation>Synstolking</translation>
    </message>
    <message>
        <source>AD</source>
        <translation>Synstolking</translation>
    </message>
    <message>
        <source>Audio description: this film has none</source>
        <translation>Synstolking: denne filmen har ingen</translation>
    </message>
    <message>
        <source>Audio description is on: what the film shows is spoken (D)</source>
        <translation>Synstolkingen er på: det filmen viser, blir lest opp (D)</translation>
    </message>
    <message>
        <source>Audio description: have what the film shows spoken (D)</source>
        <translation>Synstolking: få det filmen viser, lest opp (D)</translation>
    </message>
</context>
<context>
    <name>reflekt::PresentationWindow</name>
    <message>
        <source>Reflekt presentation</source>
        <translation>Reflekt-presentasjon</translation>
    </message>
    <message>
        <source>Presentation for the projector</source>
        <translation>Presentasjon for projektoren</translation>
    </message>
    <message>
        <source>Discussion time</source>
        <translation>Samtaletid</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 av %2 min</translation>
    </message>
    <message>
        <source>Text of the step</source>
        <translation>Teksten i steget</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Takk</translation>
    </message>
    <message>
        <source>Use the printed worksheet.</source>
        <translation>Bruk det utskrevne arbeidsarket.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Spørsmål %1 av %2</translation>
    </message>
</context>
<context>
    <name>reflekt::ProblemListModel</name>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>bundle.json line %1</source>
        <translation>bundle.json linje %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>reflekt::ProfileListModel</name>
    <message>
        <source>Used last on this computer</source>
        <translation>Sist brukt på denne datamaskinen</translation>
    </message>
</context>
<context>
    <name>reflekt::ProfilePage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Gi nytt navn…</translation>
    </message>
    <message>
        <source>Who is studying today?</source>
        <translation>Hvem studerer i dag?</translation>
    </message>
    <message>
        <source>Each person on this computer has a profile. Your progress and reflections are kept in your profile and are never shown to others.</source>
        <translation>Hver person som bruker denne datamaskinen, har en profil. Framdriften og refleksjonene dine lagres i profilen din og vises aldri for andre.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <source>Choose your profile and press Enter to continue</source>
        <translation>Velg profilen din og trykk Enter for å fortsette</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Ny profil…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Gi profilen nytt navn</translation>
    </message>
    <message>
        <source>Continue with the selected profile</source>
        <translation>Fortsett med den valgte profilen</translation>
    </message>
    <message>
        <source>Your name (as others here know you):</source>
        <translation>Navnet ditt (slik andre her kjenner deg):</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <source>No profiles here yet. Your name (as others here know you):</source>
        <translation>Her finnes ingen profiler ennå. Navnet ditt (slik de andre her kjenner deg):</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Opprett profil</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Opprett profil</translation>
    </message>
</context>
<context>
    <name>reflekt::QtSpeechEngine</name>
    <message>
        <source>The speech service did not answer.</source>
        <translation>Taletjenesten svarte ikke.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed.</source>
        <translation>Ingen stemme for %1 er installert.</translation>
    </message>
</context>
<context>
    <name>reflekt::QuestionEditor</name>
    <message>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>Legg til &amp;spørsmål</translation>
    </message>
    <message>
        <source>Add &amp;sub-question</source>
        <translation>Legg til &amp;underspørsmål</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Rykk inn</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Rykk ut</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Spørsmål %1</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>ikke planlagt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned &amp;minutes:</source>
        <translation>Planlagte &amp;minutter:</translation>
    </message>
    <message>
        <source>Id: %1 (made once; answers are kept under it)</source>
        <translation>Id: %1 (lages én gang; svarene lagres under den)</translation>
    </message>
    <message>
        <source>Questions (drag them, or Alt+arrows to indent, outdent and move the selected one):</source>
        <translation>Spørsmål (dra dem, eller bruk Alt+piler for å rykke inn, rykke ut og flytte det valgte):</translation>
    </message>
</context>
<context>
    <name>reflekt::QuestionTreeModel</name>
    <message>
        <source>(no question text yet)</source>
        <translation>(ingen spørsmålstekst ennå)</translation>
    </message>
    <message numerus="yes">
        <source>(%n min)</source>
        <translation>
            <numerusform>(%n min)</numerusform>
            <numerusform>(%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::ReflectionView</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Your answer to question %1</source>
        <translation>Svaret ditt på spørsmål %1</translation>
    </message>
    <message>
        <source>Your notes from an earlier version of this package</source>
        <translation>Notatene dine fra en tidligere versjon av denne pakken</translation>
    </message>
    <message>
        <source>Written for version %1 (question %2, no longer in this version):</source>
        <translation>Skrevet for versjon %1 (spørsmål %2, finnes ikke lenger i denne versjonen):</translation>
    </message>
    <message>
        <source>Note from an earlier version</source>
        <translation>Notat fra en tidligere versjon</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>You have not written anything for this question yet.</source>
        <translation>Du har ikke skrevet noe til dette spørsmålet ennå.</translation>
    </message>
    <message>
        <source>Reflection questions</source>
        <translation>Refleksjonsspørsmål</translation>
    </message>
    <message>
        <source>In Swedish</source>
        <translation>På svensk</translation>
    </message>
    <message>
        <source>In Norwegian Bokmål</source>
        <translation>På norsk bokmål</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>På engelsk</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>På %1</translation>
    </message>
    <message>
        <source>History of your answer to question %1</source>
        <translation>Historikk for svaret ditt på spørsmål %1</translation>
    </message>
</context>
<context>
    <name>reflekt::RoomAnswersModel</name>
    <message>
        <source>On the wall: %1</source>
        <translation>På lerretet: %1</translation>
    </message>
    <message>
        <source>Hidden: %1</source>
        <translation>Skjult: %1</translation>
    </message>
</context>
<context>
    <name>reflekt::RoomController</name>
    <message>
        <source>The room could not open: %1</source>
        <translation>Rommet kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>Databasen er lukket.</translation>
    </message>
</context>
<context>
    <name>reflekt::RoomPanel</name>
    <message>
        <source>Open the room</source>
        <translation>Åpne rommet</translation>
    </message>
    <message>
        <source>Keep open for the whole session</source>
        <translation>Hold åpent hele samtalen</translation>
    </message>
    <message>
        <source>Otherwise the room closes when the wall leaves this question.</source>
        <translation>Ellers lukkes rommet når lerretet forlater dette spørsmålet.</translation>
    </message>
    <message>
        <source>Answers from the room</source>
        <translation>Svar fra rommet</translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation>Vis på lerretet</translation>
    </message>
    <message>
        <source>Take off the wall</source>
        <translation>Ta bort fra lerretet</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Hidden answers never reach the wall or the minutes.</source>
        <translation>Skjulte svar kommer aldri opp på lerretet eller i referatet.</translation>
    </message>
    <message>
        <source>Copy to the group&apos;s note</source>
        <translation>Kopier til gruppens notat</translation>
    </message>
    <message>
        <source>Ticked answers go into the minutes. Enter shows the chosen answer on the wall.</source>
        <translation>Avkryssede svar kommer med i referatet. Enter viser det valgte svaret på lerretet.</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Lukk rommet</translation>
    </message>
    <message numerus="yes">
        <source>The room is open at %1. %n phone(s) connected.</source>
        <translation>
            <numerusform>Rommet er åpent på %1. %n mobil tilkoblet.</numerusform>
            <numerusform>Rommet er åpent på %1. %n mobiler tilkoblet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room is closed. Open it to let the group answer anonymously from their phones.</source>
        <translation>Rommet er lukket. Åpne det, så kan gruppen svare anonymt fra mobilene sine.</translation>
    </message>
    <message>
        <source>This laptop has no local network address: phones cannot reach the room. Connect it to the meeting room&apos;s Wi-Fi.</source>
        <translation>Datamaskinen har ingen adresse i et lokalt nettverk: mobilene når ikke rommet. Koble den til møterommets wifi.</translation>
    </message>
    <message>
        <source>Answers are shown but could not be kept: %1</source>
        <translation>Svarene vises, men kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>The wall is not on a question: answers come when it is.</source>
        <translation>Lerretet viser ikke et spørsmål: svarene kommer når det gjør det.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to this question:</source>
        <translation>
            <numerusform>%n svar på dette spørsmålet:</numerusform>
            <numerusform>%n svar på dette spørsmålet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unhide</source>
        <translation>Vis igjen</translation>
    </message>
</context>
<context>
    <name>reflekt::RoomWallPanel</name>
    <message>
        <source>Answer on your phone</source>
        <translation>Svar på mobilen</translation>
    </message>
    <message>
        <source>Anonymous: no name is asked.</source>
        <translation>Anonymt: det spørres ikke etter navn.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation>QR-kode for %1</translation>
    </message>
</context>
<context>
    <name>reflekt::ScreenChooser</name>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Fullskjerm</translation>
    </message>
    <message>
        <source>&amp;Swap screens</source>
        <translation>Bytt sk&amp;jermer</translation>
    </message>
    <message>
        <source>Screen for the presentation</source>
        <translation>Skjerm for presentasjonen</translation>
    </message>
    <message>
        <source>Presentation full screen</source>
        <translation>Presentasjonen i fullskjerm</translation>
    </message>
    <message>
        <source>Swap the presentation and this window between the screens</source>
        <translation>Bytt plass på presentasjonen og dette vinduet mellom skjermene</translation>
    </message>
    <message>
        <source>&amp;Wall on:</source>
        <translation>&amp;Lerretet på:</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Skjerm %1: %2 (%3×%4)</translation>
    </message>
</context>
<context>
    <name>reflekt::SessionEndDialog</name>
    <message>
        <source>End the session</source>
        <translation>Avslutt møtet</translation>
    </message>
    <message>
        <source>End the group session?</source>
        <translation>Avslutte gruppemøtet?</translation>
    </message>
    <message>
        <source>No profile was present, so no one&apos;s progress changes.</source>
        <translation>Ingen profil var til stede, så ingens framdrift endres.</translation>
    </message>
    <message>
        <source>1 profile present will have the ticked steps marked as done in a group session.</source>
        <translation>1 profil som var til stede, får de avkryssede stegene registrert som ferdige på et gruppemøte.</translation>
    </message>
    <message>
        <source>%1 profiles present will have the ticked steps marked as done in a group session.</source>
        <translation>%1 profiler som var til stede, får de avkryssede stegene registrert som ferdige på et gruppemøte.</translation>
    </message>
    <message>
        <source>Guests (%1) need no profile; the minutes list them.</source>
        <translation>Gjester (%1) trenger ingen profil; de står oppført i referatet.</translation>
    </message>
    <message>
        <source>Steps to mark as done</source>
        <translation>Steg som skal markeres som ferdige</translation>
    </message>
    <message>
        <source>&amp;Finish and credit</source>
        <translation>&amp;Avslutt og gi uttelling</translation>
    </message>
    <message>
        <source>Finish the session and credit those present</source>
        <translation>Avslutt møtet og gi de som var til stede uttelling</translation>
    </message>
    <message>
        <source>&amp;Keep open for the next meeting</source>
        <translation>&amp;Hold åpent til neste møte</translation>
    </message>
    <message>
        <source>Stop for today and continue this session at the next meeting</source>
        <translation>Stopp for i dag og fortsett dette møtet neste gang</translation>
    </message>
    <message>
        <source>&amp;Back to the session</source>
        <translation>&amp;Tilbake til møtet</translation>
    </message>
    <message>
        <source>Go back to the session</source>
        <translation>Gå tilbake til møtet</translation>
    </message>
    <message>
        <source>Steps covered:</source>
        <translation>Gjennomgåtte steg:</translation>
    </message>
    <message>
        <source>This was meeting %1. Each of the %2 profiles that came will have a ticked step marked as done if they were at a meeting where the wall showed it.</source>
        <translation>Dette var møte %1. Hver av de %2 profilene som kom, får et avkrysset steg markert som fullført hvis de var med på et møte der veggen viste det.</translation>
    </message>
</context>
<context>
    <name>reflekt::SessionItemsModel</name>
    <message>
        <source>On the wall now</source>
        <translation>Vises på lerretet nå</translation>
    </message>
    <message>
        <source>Already shown</source>
        <translation>Allerede vist</translation>
    </message>
    <message>
        <source>Not shown yet</source>
        <translation>Ikke vist ennå</translation>
    </message>
</context>
<context>
    <name>reflekt::SessionSetupDialog</name>
    <message>
        <source>&amp;Add guest</source>
        <translation>&amp;Legg til gjest</translation>
    </message>
    <message>
        <source>Group session: %1</source>
        <translation>Gruppemøte: %1</translation>
    </message>
    <message>
        <source>Run “%1” with a projector. The wall shows the package&apos;s content only; notes, names and progress stay on this screen.</source>
        <translation>Kjør «%1» med projektor. Lerretet viser bare innholdet i pakken; notater, navn og framdrift blir værende på denne skjermen.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s name</source>
        <translation>Samtalelederens navn</translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation>Hvem som er til stede</translation>
    </message>
    <message>
        <source>Name of a guest without a profile</source>
        <translation>Navn på en gjest uten profil</translation>
    </message>
    <message>
        <source>Guest&apos;s name (no profile needed)</source>
        <translation>Gjestens navn (ingen profil trengs)</translation>
    </message>
    <message>
        <source>Add the guest as present</source>
        <translation>Legg til gjesten som til stede</translation>
    </message>
    <message>
        <source>Steps to cover</source>
        <translation>Steg som skal gjennomgås</translation>
    </message>
    <message>
        <source>New session or continue an open one</source>
        <translation>Nytt møte eller fortsett et åpent</translation>
    </message>
    <message>
        <source>Earlier sessions of this module</source>
        <translation>Tidligere møter med denne modulen</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Sa&amp;mtaleleder:</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>T&amp;il stede:</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>S&amp;teg:</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Start møtet</translation>
    </message>
    <message>
        <source>Start the group session</source>
        <translation>Start gruppemøtet</translation>
    </message>
    <message>
        <source>Guest: listed in the minutes, no profile</source>
        <translation>Gjest: står oppført i referatet, ingen profil</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>En ny gruppesamtale</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <source>Planned time: %1 min</source>
        <translation>Planlagt tid: %1 min</translation>
    </message>
    <message>
        <source> (the package suggests %1 min for the whole module)</source>
        <translation> (pakken foreslår %1 min for hele modulen)</translation>
    </message>
    <message>
        <source>Earlier meetings:</source>
        <translation>Tidligere møter:</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message numerus="yes">
        <source>%1, led by %2: %n meeting(s), %3</source>
        <translation>
            <numerusform>%1, ledet av %2: %n møte, %3</numerusform>
            <numerusform>%1, ledet av %2: %n møter, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting %1, %2: %n present, %3 min</source>
        <translation>
            <numerusform>Møte %1, %2: %n til stede, %3 min</numerusform>
            <numerusform>Møte %1, %2: %n til stede, %3 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting %1, %2: %n present</source>
        <translation>
            <numerusform>Møte %1, %2: %n til stede</numerusform>
            <numerusform>Møte %1, %2: %n til stede</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue the session of %1 (led by %2): meeting %3</source>
        <translation>Fortsett gruppesamtalen fra %1 (ledet av %2): møte %3</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>&amp;Gruppesamtale:</translation>
    </message>
</context>
<context>
    <name>reflekt::SettingsDialog</name>
    <message>
        <source>Show &amp;captions when the film has them</source>
        <translation>Vis &amp;undertekster når filmen har det</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Applies after a restart, which Reflekt offers</source>
        <translation>Gjelder etter en omstart, som Reflekt tilbyr</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Size of the texts, questions and notes you read and write</source>
        <translation>Størrelsen på tekster, spørsmål og notater som du leser og skriver</translation>
    </message>
    <message>
        <source>Same as Reflekt&apos;s language</source>
        <translation>Samme som språket i Reflekt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A new language needs a restart; Reflekt offers one when you press OK.</source>
        <translation>Et nytt språk krever en omstart; Reflekt tilbyr en når du trykker OK.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tekststørrelse:</translation>
    </message>
    <message>
        <source>Caption l&amp;anguage:</source>
        <translation>Underteksts&amp;pråk:</translation>
    </message>
    <message>
        <source>When a film has no captions in this language, Reflekt&apos;s language is tried, then the package&apos;s, then the film&apos;s first caption track; the Captions menu shows another language</source>
        <translation>Når en film mangler undertekster på dette språket, prøves Reflekts språk, så pakkens og til slutt filmens første undertekstspor; menyen Undertekster viser et annet språk</translation>
    </message>
    <message>
        <source>Caption size on the wall</source>
        <translation>Undertekstenes størrelse på lerretet</translation>
    </message>
    <message>
        <source>For the projector or big screen in group sessions, the same for every profile</source>
        <translation>For projektoren eller storskjermen i gruppmøter, lik for alle profiler</translation>
    </message>
    <message>
        <source>Caption size on the &amp;wall:</source>
        <translation>Størrelse på &amp;lerretet:</translation>
    </message>
    <message>
        <source>Caption style</source>
        <translation>Undertekstenes utseende</translation>
    </message>
</context>
<context>
    <name>reflekt::SpeechWorker</name>
    <message>
        <source>No speech engine is installed (speech-dispatcher).</source>
        <translation>Ingen talesyntese er installert (speech-dispatcher).</translation>
    </message>
    <message>
        <source>The speech service cannot be used: %1</source>
        <translation>Taletjenesten kan ikke brukes: %1</translation>
    </message>
    <message>
        <source>Speech failed: %1</source>
        <translation>Opplesningen mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>reflekt::SpokenTime</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutt</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A film position and the film&apos;s length, both spoken: &quot;1 minute 5 seconds of 1 minute 38 seconds&quot;</extracomment>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>reflekt::StepForm</name>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>ikke planlagt</translation>
    </message>
    <message>
        <source>Planned &amp;minutes:</source>
        <translation>Planlagte &amp;minutter:</translation>
    </message>
    <message>
        <source>Id: %1 (made once; progress is kept under it)</source>
        <translation>Id: %1 (lages én gang; fremdriften lagres under den)</translation>
    </message>
    <message>
        <source>Choose &amp;film…</source>
        <translation>Velg &amp;film…</translation>
    </message>
    <message>
        <source>Choose the film</source>
        <translation>Velg filmen</translation>
    </message>
    <message>
        <source>Films (*.mp4 *.m4v *.webm *.mkv)</source>
        <translation>Filmer (*.mp4 *.m4v *.webm *.mkv)</translation>
    </message>
    <message>
        <source>Film:</source>
        <translation>Film:</translation>
    </message>
    <message>
        <source>The share of the film a participant must have seen for the step to count as done.</source>
        <translation>Hvor stor del av filmen en deltaker må ha sett for at steget skal regnes som ferdig.</translation>
    </message>
    <message>
        <source>Share that must be &amp;watched:</source>
        <translation>Andel som må &amp;ses:</translation>
    </message>
    <message>
        <source>Language of the captions</source>
        <translation>Tekstingens språk</translation>
    </message>
    <message>
        <source>Add &amp;captions…</source>
        <translation>Legg til &amp;teksting…</translation>
    </message>
    <message>
        <source>Choose the captions</source>
        <translation>Velg tekstingen</translation>
    </message>
    <message>
        <source>Captions (*.vtt *.srt)</source>
        <translation>Teksting (*.vtt *.srt)</translation>
    </message>
    <message>
        <source>Captions:</source>
        <translation>Teksting:</translation>
    </message>
    <message>
        <source>No film chosen yet.</source>
        <translation>Ingen film valgt ennå.</translation>
    </message>
    <message>
        <source>%1, %2 long</source>
        <translation>%1, %2 lang</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None yet: a film without captions excludes viewers who cannot hear it.</source>
        <translation>Ingen ennå: en film uten teksting stenger ute dem som ikke hører lyden.</translation>
    </message>
    <message>
        <source>Film not added</source>
        <translation>Filmen ble ikke lagt til</translation>
    </message>
    <message>
        <source>Captions not added</source>
        <translation>Tekstingen ble ikke lagt til</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbeidsark</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>Samtalekort</translation>
    </message>
    <message>
        <source>&amp;Kind of activity:</source>
        <translation>&amp;Type aktivitet:</translation>
    </message>
    <message>
        <source>No text in this language yet.</source>
        <translation>Ingen tekst på dette språket ennå.</translation>
    </message>
    <message>
        <source>A PDF: %1</source>
        <translation>En PDF: %1</translation>
    </message>
    <message>
        <source>&amp;Write it in %1</source>
        <translation>&amp;Skriv den på %1</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Innledning</translation>
    </message>
    <message>
        <source>none: take one from the film below</source>
        <translation>ingen: ta en fra filmen nedenfor</translation>
    </message>
    <message>
        <source>Poster:</source>
        <translation>Plakatbilde:</translation>
    </message>
    <message>
        <source>Use a P&amp;DF for this language…</source>
        <translation>Bruk en P&amp;DF for dette språket…</translation>
    </message>
    <message>
        <source>Choose the PDF</source>
        <translation>Velg PDF-filen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not used</source>
        <translation>PDF-filen ble ikke brukt</translation>
    </message>
</context>
<context>
    <name>reflekt::StepListModel</name>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksjon</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — ferdig</translation>
    </message>
    <message>
        <source>Step %1, %2: %3, done</source>
        <translation>Steg %1, %2: %3, ferdig</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Steg %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 — cannot be shown: %2</source>
        <translation>%1 — kan ikke vises: %2</translation>
    </message>
    <message>
        <source>Step %1, %2: %3, cannot be shown</source>
        <translation>Steg %1, %2: %3, kan ikke vises</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Åpnet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Step %1, %2: %3, opened</source>
        <translation>Steg %1, %2: %3, åpnet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>reflekt::StepUnavailableView</name>
    <message>
        <source>This step cannot be shown</source>
        <translation>Dette steget kan ikke vises</translation>
    </message>
    <message>
        <source>A file it needs is missing or damaged in %1:
%2</source>
        <translation>En fil som steget trenger, mangler eller er skadet i %1:
%2</translation>
    </message>
    <message>
        <source>The other steps of the package work as usual, and your notes are safe. Import the package again, or ask its publisher for a new copy.</source>
        <translation>De andre stegene i pakken virker som vanlig, og notatene dine er trygge. Importer pakken på nytt, eller be utgiveren om en ny kopi.</translation>
    </message>
</context>
<context>
    <name>reflekt::TranscriptModel</name>
    <message>
        <source>Play from %1</source>
        <translation>Spill av fra %1</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, ved %2</translation>
    </message>
</context>
<context>
    <name>reflekt::TranscriptPanel</name>
    <message>
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <source>Every caption of the film. Click a line, or press Enter on it, to play from there.</source>
        <translation>Alle filmens undertekster. Klikk på en linje, eller trykk Enter på den, for å spille av derfra.</translation>
    </message>
    <message>
        <source>Transcript (%1)</source>
        <translation>Transkripsjon (%1)</translation>
    </message>
</context>
<context>
    <name>reflekt::WallPreview</name>
    <message>
        <source>What the wall shows now</source>
        <translation>Det som vises på lerretet nå</translation>
    </message>
    <message>
        <source>What the wall shows next</source>
        <translation>Det som vises på lerretet etterpå</translation>
    </message>
    <message>
        <source>On the wall</source>
        <translation>På lerretet</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
</context>
<context>
    <name>reflekt::WallThumbnail</name>
    <message>
        <source>Film, %1</source>
        <translation>Film, %1</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
</context>
<context>
    <name>reflekt::XapiSender</name>
    <message>
        <source>No learning record store is set up.</source>
        <translation>Ingen LRS (Learning Record Store) er satt opp.</translation>
    </message>
    <message>
        <source>The learning record store refused the key and secret (HTTP %1).</source>
        <translation>LRS-en avviste nøkkelen og hemmeligheten (HTTP %1).</translation>
    </message>
    <message>
        <source>The learning record store answered HTTP %1: %2</source>
        <translation>LRS-en svarte HTTP %1: %2</translation>
    </message>
    <message>
        <source>Could not reach the learning record store: %1</source>
        <translation>Fikk ikke kontakt med LRS-en: %1</translation>
    </message>
</context>
<context>
    <name>reflekt::XapiSettingsDialog</name>
    <message>
        <source>Progress reporting (xAPI)</source>
        <translation>Rapportering av framdrift (xAPI)</translation>
    </message>
    <message>
        <source>Reflekt can report progress to your organisation&apos;s Learning Record Store (LRS): modules started and completed, how much of each film was watched, which questions were answered and which group sessions you attended. It works offline and sends later. The text of your notes is not sent unless the option below is on.</source>
        <translation>Reflekt kan rapportere framdrift til organisasjonens Learning Record Store (LRS): hvilke moduler som er startet og fullført, hvor mye av hver film som er sett, hvilke spørsmål som er besvart, og hvilke gruppemøter du har deltatt på. Det fungerer uten nett og sender senere. Teksten i notatene dine sendes ikke med mindre alternativet nedenfor er slått på.</translation>
    </message>
    <message>
        <source>https://lrs.example.org/xapi/</source>
        <translation>https://lrs.example.org/xapi/</translation>
    </message>
    <message>
        <source>the endpoint&apos;s address</source>
        <translation>adressen til endepunktet</translation>
    </message>
    <message>
        <source>LRS &amp;endpoint:</source>
        <translation>LRS-&amp;endepunkt:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Nøkkel:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Hemmelighet:</translation>
    </message>
    <message>
        <source>Account &amp;home page:</source>
        <translation>Kontoens hjemme&amp;side:</translation>
    </message>
    <message>
        <source>Include the text of reflection notes (only if your organisation asked for it)</source>
        <translation>Ta med teksten i refleksjonsnotatene (bare hvis organisasjonen din har bedt om det)</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Send n&amp;å</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender…</translation>
    </message>
    <message>
        <source>The endpoint must be a web address starting with https://</source>
        <translation>Endepunktet må være en nettadresse som begynner med https://</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Sist sendt: %1</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Ingenting er sendt ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n post venter på å bli sendt.</numerusform>
            <numerusform>%n poster venter på å bli sendt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) were refused by the LRS and are kept aside.</source>
        <translation>
            <numerusform>%n post ble avvist av LRS-en og er lagt til side.</numerusform>
            <numerusform>%n poster ble avvist av LRS-en og er lagt til side.</numerusform>
        </translation>
    </message>
    <message>
        <source>The LRS refused a statement: %1</source>
        <translation>LRS-en avviste en post: %1</translation>
    </message>
    <message>
        <source>a random pseudonym</source>
        <translation>et tilfeldig pseudonym</translation>
    </message>
    <message>
        <source>The name your statements carry instead of your own. Leave it as the pseudonym unless your organisation gave you an account name.</source>
        <translation>Navnet utsagnene dine bærer i stedet for ditt eget. Behold pseudonymet med mindre organisasjonen din har gitt deg et kontonavn.</translation>
    </message>
    <message>
        <source>&amp;Account name for %1:</source>
        <translation>&amp;Kontonavn for %1:</translation>
    </message>
</context>
</TS>
