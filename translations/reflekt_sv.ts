<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>DataFolderLock</name>
    <message>
        <source>The data folder %1 cannot be locked: %2</source>
        <translation>Datamappen %1 kan inte låsas: %2</translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another Reflekt (the player, or a command such as reflekt import). Close it, or wait until it has finished, and try again.</source>
        <translation>Datamappen %1 används av ett annat Reflekt (spelaren eller ett kommando som reflekt import). Stäng det, eller vänta tills det är klart, och försök igen.</translation>
    </message>
</context>
<context>
    <name>ExportBuilder</name>
    <message>
        <source>There is no profile with id %1.</source>
        <translation>Det finns ingen profil med id %1.</translation>
    </message>
    <message>
        <source>The package %1 is not in the library.</source>
        <translation>Paketet %1 finns inte i biblioteket.</translation>
    </message>
    <message>
        <source>The package %1 has no module %2.</source>
        <translation>Paketet %1 har ingen modul %2.</translation>
    </message>
    <message>
        <source>All my reflection notes</source>
        <translation>Alla mina reflektionsanteckningar</translation>
    </message>
    <message>
        <source>Reflection notes of %1</source>
        <translation>Reflektionsanteckningar av %1</translation>
    </message>
    <message>
        <source>There is no group session %1.</source>
        <translation>Det finns ingen gruppträff %1.</translation>
    </message>
    <message>
        <source>%1 was not part of group session %2.</source>
        <translation>%1 var inte med på gruppträff %2.</translation>
    </message>
    <message>
        <source>The module %1 of package %2 is not in the library.</source>
        <translation>Modulen %1 i paketet %2 finns inte i biblioteket.</translation>
    </message>
</context>
<context>
    <name>ExportLabels</name>
    <message>
        <source>Group session minutes</source>
        <translation>Minnesanteckningar från gruppträff</translation>
    </message>
    <message>
        <source>Reflection notes</source>
        <translation>Reflektionsanteckningar</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Last edited %1</source>
        <translation>Senast ändrad %1</translation>
    </message>
    <message>
        <source>These questions are not in the version of the package on this computer. Your answers are kept here as you wrote them.</source>
        <translation>De här frågorna finns inte i den version av paketet som finns på den här datorn. Dina svar sparas här så som du skrev dem.</translation>
    </message>
    <message>
        <source>%1, question %2</source>
        <translation>%1, fråga %2</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minut</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuter</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (gäst)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>No notes have been written yet.</source>
        <translation>Inga anteckningar har skrivits än.</translation>
    </message>
    <message>
        <source>This module has no reflection questions.</source>
        <translation>Den här modulen har inga reflektionsfrågor.</translation>
    </message>
    <message>
        <source>Notes from an earlier version of the package</source>
        <translation>Anteckningar från en tidigare version av paketet</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Samtalsledare</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Questions and the group&apos;s notes</source>
        <translation>Frågor och gruppens anteckningar</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exporterad av</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Inga anteckningar</translation>
    </message>
    <message>
        <source>%1, not finished yet</source>
        <translation>%1, inte avslutad än</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (kept open: the session goes on at a later meeting)</source>
        <translation>%1 (hålls öppet: gruppsamtalet fortsätter vid en senare träff)</translation>
    </message>
    <message>
        <source>%1, from %2, not ended yet</source>
        <translation>%1, från kl. %2, inte avslutad än</translation>
    </message>
    <message>
        <source>%1, %2–%3, %4</source>
        <translation>%1, kl. %2–%3, %4</translation>
    </message>
    <message>
        <source>Meeting %1 — %2</source>
        <translation>Träff %1 — %2</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Fråga %1: %2</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Genomgått</translation>
    </message>
    <message>
        <source>nothing shown</source>
        <translation>inget visades</translation>
    </message>
    <message>
        <source>From the room (anonymous answers from phones)</source>
        <translation>Från rummet (anonyma svar från mobiler)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation>Inget filnamn angavs för exporten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the OpenDocument writer failed.</source>
        <translation>Kan inte skriva %1: det gick inte att skapa OpenDocument-filen.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 finns inte</translation>
    </message>
    <message>
        <source>you have no permission to write in %1</source>
        <translation>du har inte behörighet att skriva i %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 är ingen mapp</translation>
    </message>
</context>
<context>
    <name>PdfExportWriter</name>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF-filen kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>UnsavedTextPrompt</name>
    <message>
        <source>Your answer is not saved</source>
        <translation>Ditt svar är inte sparat</translation>
    </message>
    <message>
        <source>Reflekt could not save what you wrote: %1.</source>
        <translation>Reflekt kunde inte spara det du skrev: %1.</translation>
    </message>
    <message>
        <source>Save as &amp;text file…</source>
        <translation>Spara som &amp;textfil…</translation>
    </message>
    <message>
        <source>&amp;Stay here</source>
        <translation>S&amp;tanna här</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Kasta det</translation>
    </message>
    <message>
        <source>Save your answer as a text file</source>
        <translation>Spara ditt svar som textfil</translation>
    </message>
    <message>
        <source>reflection.txt</source>
        <translation>reflektion.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textfiler (*.txt)</translation>
    </message>
    <message>
        <source>Save a copy as a text file somewhere else (a USB stick, another drive), or stay here and try again once the problem is solved.</source>
        <translation>Spara en kopia som textfil någon annanstans (ett USB-minne, en annan enhet), eller stanna här och försök igen när problemet är löst.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Your text is still here: choose another place, such as a USB stick.</source>
        <translation>%1 kan inte skrivas: %2. Din text finns kvar här: välj en annan plats, till exempel ett USB-minne.</translation>
    </message>
    <message>
        <source>%1 was written but does not read back as your text. Your text is still here: choose another place, such as a USB stick.</source>
        <translation>%1 skrevs, men innehåller inte din text när den läses tillbaka. Din text finns kvar här: välj en annan plats, till exempel ett USB-minne.</translation>
    </message>
</context>
<context>
    <name>XapiCredentials</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunde inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <source>The key and secret are kept in %1, a file only you can read.</source>
        <translation>Nyckeln och hemligheten sparas i %1, en fil som bara du kan läsa.</translation>
    </message>
    <message>
        <source>The key and secret are kept in the system keychain.</source>
        <translation>Nyckeln och hemligheten sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>The key and secret will be kept in the system keychain.</source>
        <translation>Nyckeln och hemligheten kommer att sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>(The system keychain was not available: %1)</source>
        <translation>(Systemets nyckelring var inte tillgänglig: %1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Player for learning modules</source>
        <translation>Spelare för lärmoduler</translation>
    </message>
    <message>
        <source>Profile to use (created if new).</source>
        <translation>Profil att använda (skapas om den är ny).</translation>
    </message>
    <message>
        <source>Module to open, as BUNDLE/MODULE or BUNDLE/MODULE/STEP.</source>
        <translation>Modul att öppna, som PAKET/MODUL eller PAKET/MODUL/STEG.</translation>
    </message>
    <message>
        <source>Folder for the database, library and settings.</source>
        <translation>Mapp för databasen, biblioteket och inställningarna.</translation>
    </message>
    <message>
        <source>Folder with the installed sample modules.</source>
        <translation>Mapp med de installerade exempelmodulerna.</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and exit.</source>
        <translation>Skriv ut tiden tills första fönstret ritats och avsluta.</translation>
    </message>
    <message>
        <source>A .reflekt file or bundle folder to open.</source>
        <translation>En .reflekt-fil eller paketmapp att öppna.</translation>
    </message>
    <message>
        <source>Reflekt cannot start</source>
        <translation>Reflekt kan inte starta</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Dina data</translation>
    </message>
    <message>
        <source>Open FILE in the film player, print the time to its first frame and exit.</source>
        <translation>Öppna FILE i filmspelaren, skriv ut tiden till första bildrutan och avsluta.</translation>
    </message>
    <message>
        <source>With --bench-first-frame: play on for SECONDS and print peak memory.</source>
        <translation>Med --bench-first-frame: spela vidare i SECONDS sekunder och skriv ut den högsta minnesanvändningen.</translation>
    </message>
    <message>
        <source>With --bench-first-frame: show only the picture, at WIDTHxHEIGHT.</source>
        <translation>Med --bench-first-frame: visa bara bilden, i storleken BREDDxHÖJD.</translation>
    </message>
    <message>
        <source>Open the package editor on the bundle folder DIR.</source>
        <translation>Öppna paketredigeraren på paketmappen DIR.</translation>
    </message>
    <message>
        <source>Start a group session of a module, as BUNDLE/MODULE.</source>
        <translation>Starta en gruppträff med en modul, som PAKET/MODUL.</translation>
    </message>
</context>
<context>
    <name>reflekt::BundleTextBrowser</name>
    <message>
        <source>The text %1 cannot be read: %2</source>
        <translation>Texten %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Öppna länk</translation>
    </message>
    <message>
        <source>This link leads out of Reflekt to:

%1

Open it in your web browser?</source>
        <translation>Länken leder ut ur Reflekt till:

%1

Vill du öppna den i webbläsaren?</translation>
    </message>
</context>
<context>
    <name>reflekt::CaptionPreview</name>
    <message>
        <source>Caption preview</source>
        <translation>Förhandsvisning av undertexter</translation>
    </message>
    <message>
        <source>This is how captions look.
Some words can be &lt;i&gt;in italics&lt;/i&gt;.</source>
        <translation>Så här ser undertexterna ut.
Vissa ord kan vara &lt;i&gt;kursiva&lt;/i&gt;.</translation>
    </message>
</context>
<context>
    <name>reflekt::CaptionStyleDialog</name>
    <message>
        <source>Caption style</source>
        <translation>Undertexternas utseende</translation>
    </message>
</context>
<context>
    <name>reflekt::CaptionStyleEditor</name>
    <message>
        <source>Caption si&amp;ze:</source>
        <translation>Undertexternas st&amp;orlek:</translation>
    </message>
    <message>
        <source>Ctrl++ and Ctrl+- change it while a film plays, Ctrl+0 goes back to normal</source>
        <translation>Ctrl++ och Ctrl+- ändrar storleken medan en film spelas, Ctrl+0 återställer den</translation>
    </message>
    <message>
        <source>Te&amp;xt colour:</source>
        <translation>Text&amp;färg:</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Vit</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Turkos</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Svart</translation>
    </message>
    <message>
        <source>Bac&amp;kground:</source>
        <translation>&amp;Bakgrund:</translation>
    </message>
    <message>
        <source>Text on a background of its own colour gets an outline</source>
        <translation>Text på en bakgrund i samma färg får en kontur</translation>
    </message>
    <message>
        <source>Background &amp;opacity:</source>
        <translation>Bakgrundens &amp;genomskinlighet:</translation>
    </message>
    <message>
        <source>Without a background the text gets an outline</source>
        <translation>Utan bakgrund får texten en kontur</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Ogenomskinlig</translation>
    </message>
    <message>
        <source>Semi-transparent</source>
        <translation>Halvgenomskinlig</translation>
    </message>
    <message>
        <source>None (outlined text)</source>
        <translation>Ingen bakgrund (text med kontur)</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>T&amp;ypsnitt:</translation>
    </message>
    <message>
        <source>Reflekt&apos;s font</source>
        <translation>Reflekts typsnitt</translation>
    </message>
    <message>
        <source>Clear sans serif (%1)</source>
        <translation>Tydligt typsnitt utan seriffer (%1)</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>P&amp;lacering:</translation>
    </message>
    <message>
        <source>Where captions go when the caption file does not place them</source>
        <translation>Var undertexterna visas när undertextfilen inte anger det</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Nederst</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Överst</translation>
    </message>
    <message>
        <source>&amp;Reset to the normal look</source>
        <translation>Åte&amp;rställ det vanliga utseendet</translation>
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
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a caption file</source>
        <translation>%1 är för stor för att vara en undertextfil</translation>
    </message>
</context>
<context>
    <name>reflekt::ChapterSeekBar</name>
    <message>
        <source>Position in film</source>
        <translation>Position i filmen</translation>
    </message>
    <message>
        <source>Position in the film. Click to jump, drag to scrub; ticks mark chapters.</source>
        <translation>Position i filmen. Klicka för att hoppa, dra för att spola; strecken markerar kapitel.</translation>
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
        <translation>Duken är släckt – tryck B för att visa den igen</translation>
    </message>
    <message>
        <source>Only one screen is connected. If the projector shows this screen too, the room can see this console: the guide, the clocks and the group&apos;s notes.</source>
        <translation>Bara en skärm är ansluten. Om projektorn visar samma bild kan alla i rummet se den här konsolen: handledningen, klockorna och gruppens anteckningar.</translation>
    </message>
    <message>
        <source>Where the group is and what was covered could not be saved: %1. The meeting goes on; the group&apos;s notes are saved separately.</source>
        <translation>Var gruppen är och vad som har gåtts igenom kunde inte sparas: %1. Träffen fortsätter; gruppens anteckningar sparas för sig.</translation>
    </message>
</context>
<context>
    <name>reflekt::ConsoleSideTabs</name>
    <message>
        <source>Facilitator guide (only on this screen)</source>
        <translation>Samtalsledarens handledning (bara på den här skärmen)</translation>
    </message>
    <message>
        <source>G&amp;uide</source>
        <translation>Hand&amp;ledning</translation>
    </message>
    <message>
        <source>Every item of the session. Enter or a double-click shows it on the wall; ✓ has been shown.</source>
        <translation>Alla punkter i träffen. Enter eller ett dubbelklick visar punkten på duken. ✓ betyder att den redan har visats.</translation>
    </message>
    <message>
        <source>Items of the session</source>
        <translation>Träffens punkter</translation>
    </message>
    <message>
        <source>&amp;Jump to</source>
        <translation>Alla &amp;punkter</translation>
    </message>
</context>
<context>
    <name>reflekt::DocumentStepView</name>
    <message>
        <source>Text material</source>
        <translation>Textmaterial</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Print this activity</source>
        <translation>Skriv ut den här aktiviteten</translation>
    </message>
    <message>
        <source>This activity is a printable PDF: %1</source>
        <translation>Den här aktiviteten är en PDF att skriva ut: %1</translation>
    </message>
    <message>
        <source>&amp;Open the PDF to print it</source>
        <translation>&amp;Öppna PDF-filen för att skriva ut den</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Öppna PDF-filen</translation>
    </message>
    <message>
        <source>No program on this computer opened %1. The file is here:

%2</source>
        <translation>Inget program på den här datorn öppnade %1. Filen finns här:

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
        <translation>Slut &amp;kl.</translation>
    </message>
    <message>
        <source>Count down to an end time</source>
        <translation>Räkna ner till en sluttid</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>The time is %1</source>
        <translation>Klockan är %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min kvar</numerusform>
            <numerusform>%n min kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden är ute</translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <translation>
            <numerusform>%n min över tiden</numerusform>
            <numerusform>%n min över tiden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::ExportDialog</name>
    <message>
        <source>Export notes</source>
        <translation>Exportera anteckningar</translation>
    </message>
    <message>
        <source>Notes of %1</source>
        <translation>Anteckningar av %1</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Välj en profil först.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Vad som ska exporteras</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Gruppträff</translation>
    </message>
    <message>
        <source>&amp;Group session:</source>
        <translation>&amp;Gruppträff:</translation>
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
        <translation>OpenDocument-text (ODT)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown-text</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Pappersstorlek</translation>
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
        <translation>Fil att skriva</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Välj filen som ska skrivas</translation>
    </message>
    <message>
        <source>&amp;Open the file when it is ready</source>
        <translation>&amp;Öppna filen när den är klar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Pappersstorlek:</translation>
    </message>
    <message>
        <source>This module: %1</source>
        <translation>Den här modulen: %1</translation>
    </message>
    <message>
        <source>This package: %1</source>
        <translation>Det här paketet: %1</translation>
    </message>
    <message>
        <source>Everything I wrote</source>
        <translation>Allt jag har skrivit</translation>
    </message>
    <message>
        <source>Minutes of a group session</source>
        <translation>Minnesanteckningar från en gruppträff</translation>
    </message>
    <message>
        <source>%1, %2 (led by %3)</source>
        <translation>%1, %2 (ledd av %3)</translation>
    </message>
    <message>
        <source>Group session minutes</source>
        <translation>Minnesanteckningar från gruppträff</translation>
    </message>
    <message>
        <source>Reflection notes</source>
        <translation>Reflektionsanteckningar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-text (*.odt)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-text (*.md)</translation>
    </message>
    <message>
        <source>Export notes to</source>
        <translation>Exportera anteckningar till</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation>Exporterar anteckningar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Spara till:</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exporten är klar</translation>
    </message>
    <message>
        <source>Your notes are saved in %1.</source>
        <translation>Dina anteckningar är sparade i %1.</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Öppna filen</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Öppna &amp;mappen</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport:</source>
        <translation>E&amp;xportera:</translation>
    </message>
</context>
<context>
    <name>reflekt::FacilitatorConsole</name>
    <message>
        <source>Facilitator console</source>
        <translation>Samtalsledarens konsol</translation>
    </message>
    <message>
        <source>Reflekt facilitator console: %1</source>
        <translation>Reflekt – samtalsledarens konsol: %1</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Föregående punkt</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Nästa →</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nästa punkt</translation>
    </message>
    <message>
        <source>&amp;Blank the wall</source>
        <translation>&amp;Släck duken</translation>
    </message>
    <message>
        <source>Blank the projector (B)</source>
        <translation>Släck projektorbilden (B)</translation>
    </message>
    <message>
        <source>&amp;Timer on the wall</source>
        <translation>&amp;Tidtagning på duken</translation>
    </message>
    <message>
        <source>Show the discussion timer on the wall</source>
        <translation>Visa samtalstiden på duken</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>&amp;Avsluta träffen…</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Avsluta träffen</translation>
    </message>
    <message>
        <source>What the &amp;group agreed (saved as you type):</source>
        <translation>Vad &amp;gruppen kom fram till (sparas medan du skriver):</translation>
    </message>
    <message>
        <source>The group&apos;s note for this question</source>
        <translation>Gruppens anteckning till den här frågan</translation>
    </message>
    <message>
        <source>The text is on the wall. Next scrolls it a page at a time, then moves on.</source>
        <translation>Texten visas på duken. Nästa bläddrar en sida i taget och går sedan vidare.</translation>
    </message>
    <message>
        <source>The film plays on the wall, with its sound. Use the controls below.</source>
        <translation>Filmen spelas upp på duken, med ljud. Använd kontrollerna nedan.</translation>
    </message>
    <message>
        <source>Welcome everyone. Next starts the module.</source>
        <translation>Välkomna allihop. Nästa startar modulen.</translation>
    </message>
    <message>
        <source>Last item. Next ends the session: you can then credit those present and export the minutes.</source>
        <translation>Sista punkten. Nästa avslutar träffen: sedan kan du tillgodoräkna de närvarande och exportera minnesanteckningarna.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nästa: %1</translation>
    </message>
    <message>
        <source>Next: end the session</source>
        <translation>Nästa: avsluta träffen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Write down what the group agreed or wants to remember.</source>
        <translation>Skriv ner vad gruppen kom fram till eller vill minnas.</translation>
    </message>
    <message>
        <source>Notes are taken at the reflection questions.</source>
        <translation>Anteckningar görs vid reflektionsfrågorna.</translation>
    </message>
    <message>
        <source>Session %1 of %2 min planned</source>
        <translation>Träffen %1 av %2 planerade min</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 av %2 min</translation>
    </message>
    <message>
        <source>Time on this item: %1</source>
        <translation>Tid på den här punkten: %1</translation>
    </message>
    <message>
        <source>The session was not finished</source>
        <translation>Träffen avslutades inte</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <source>The session is saved. Export the minutes now (module, date, who was there and the group&apos;s notes)?</source>
        <translation>Träffen är sparad. Vill du exportera minnesanteckningarna nu (modul, datum, vilka som var där och gruppens anteckningar)?</translation>
    </message>
    <message>
        <source>The session is saved. Someone who was there can export its minutes from File &gt; Export notes… under their own profile.</source>
        <translation>Träffen är sparad. Den som var med kan exportera minnesanteckningarna under Arkiv &gt; Exportera anteckningar… i sin egen profil.</translation>
    </message>
    <message>
        <source>The session cannot start</source>
        <translation>Träffen kan inte starta</translation>
    </message>
    <message numerus="yes">
        <source>%n group note(s) not saved yet (%1). They are kept and saved as soon as possible.</source>
        <translation>
            <numerusform>%n gruppanteckning är inte sparad än (%1). Den behålls och sparas så snart det går.</numerusform>
            <numerusform>%n gruppanteckningar är inte sparade än (%1). De behålls och sparas så snart det går.</numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes are saved in %1.</source>
        <translation>Minnesanteckningarna är sparade i %1.</translation>
    </message>
    <message>
        <source>The meeting was not ended</source>
        <translation>Träffen avslutades inte</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Rummet</translation>
    </message>
</context>
<context>
    <name>reflekt::FacilitatorGuide</name>
    <message>
        <source>Facilitator guide</source>
        <translation>Samtalsledarens handledning</translation>
    </message>
    <message>
        <source>This module has no facilitator guide.</source>
        <translation>Den här modulen har ingen handledning för samtalsledaren.</translation>
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
        <translation>Klicka för att spela upp eller pausa, dubbelklicka för helskärm</translation>
    </message>
</context>
<context>
    <name>reflekt::FilmErrorPanel</name>
    <message>
        <source>Film cannot be played</source>
        <translation>Filmen kan inte spelas upp</translation>
    </message>
    <message>
        <source>This film cannot be played.</source>
        <translation>Den här filmen kan inte spelas upp.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <source>The package may be incomplete. Import it again, or ask its publisher for a complete copy.</source>
        <translation>Paketet kan vara ofullständigt. Importera det igen, eller be utgivaren om en fullständig kopia.</translation>
    </message>
    <message>
        <source>The media backend gave no reason.</source>
        <translation>Mediesystemet angav ingen orsak.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <source>The rest of the module still works.</source>
        <translation>Resten av modulen fungerar ändå.</translation>
    </message>
    <message>
        <source>%1 is damaged, or in a format this computer cannot play.</source>
        <translation>%1 är skadad eller i ett format som den här datorn inte kan spela upp.</translation>
    </message>
    <message>
        <source>Import the package again, or ask its publisher for a new copy of the film.</source>
        <translation>Importera paketet igen, eller be utgivaren om en ny kopia av filmen.</translation>
    </message>
    <message>
        <source>%1 is in a video or audio format this computer has no decoder for.</source>
        <translation>%1 är i ett video- eller ljudformat som den här datorn saknar avkodare för.</translation>
    </message>
    <message>
        <source>Ask whoever looks after this computer to install the GStreamer plug-ins, for example:</source>
        <translation>Be den som sköter datorn att installera GStreamer-insticksmodulerna, till exempel:</translation>
    </message>
</context>
<context>
    <name>reflekt::FilmPlayer</name>
    <message>
        <source>Film player</source>
        <translation>Filmspelare</translation>
    </message>
    <message>
        <source>The film did not open within %1 seconds.</source>
        <translation>Filmen öppnades inte inom %1 sekunder.</translation>
    </message>
</context>
<context>
    <name>reflekt::FilmPreview</name>
    <message>
        <source>Add a c&amp;hapter here</source>
        <translation>Lägg till ett &amp;kapitel här</translation>
    </message>
    <message>
        <source>Use this frame as the &amp;poster</source>
        <translation>Använd den här bilden som &amp;affisch</translation>
    </message>
    <message>
        <source>Chapters:</source>
        <translation>Kapitel:</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Kapitel %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Chapter at %1</source>
        <translation>Kapitel vid %1</translation>
    </message>
    <message>
        <source>No poster taken</source>
        <translation>Ingen affischbild tagen</translation>
    </message>
    <message>
        <source>Play the film to the picture you want, pause, and try again.</source>
        <translation>Spela filmen fram till bilden du vill ha, pausa och försök igen.</translation>
    </message>
</context>
<context>
    <name>reflekt::FilmRemote</name>
    <message>
        <source>Play</source>
        <translation>Spela upp</translation>
    </message>
    <message>
        <source>Play or pause the film on the wall</source>
        <translation>Spela upp eller pausa filmen på duken</translation>
    </message>
    <message>
        <source>Film position</source>
        <translation>Position i filmen</translation>
    </message>
    <message>
        <source>Captions on the wall</source>
        <translation>Undertexter på duken</translation>
    </message>
    <message>
        <source>No captions</source>
        <translation>Inga undertexter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
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
        <translation>Tio sekunder bakåt</translation>
    </message>
    <message>
        <source>Ten seconds on</source>
        <translation>Tio sekunder framåt</translation>
    </message>
    <message>
        <source>Go to a chapter of the film</source>
        <translation>Gå till ett kapitel i filmen</translation>
    </message>
    <message>
        <source>Chapters…</source>
        <translation>Kapitel…</translation>
    </message>
    <message>
        <source>Caption size on the wall</source>
        <translation>Undertexternas storlek på duken</translation>
    </message>
    <message>
        <source>AD</source>
        <translation>Syntolkning</translation>
    </message>
    <message>
        <source>AD, audio description on the wall</source>
        <translation>Syntolkning på duken</translation>
    </message>
    <message>
        <source>Audio description: the film on the wall has none</source>
        <translation>Syntolkning: filmen på duken har ingen</translation>
    </message>
    <message>
        <source>Audio description on the wall: what the film shows is spoken in the room</source>
        <translation>Syntolkning på duken: det filmen visar läses upp i rummet</translation>
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
        <translation>Modulen finns inte längre i biblioteket.</translation>
    </message>
    <message>
        <source>That group session is not in the database.</source>
        <translation>Den gruppträffen finns inte i databasen.</translation>
    </message>
    <message>
        <source>That group session has already been finished.</source>
        <translation>Den gruppträffen är redan avslutad.</translation>
    </message>
    <message>
        <source>Title card: %1</source>
        <translation>Titelbild: %1</translation>
    </message>
    <message>
        <source>End of the session</source>
        <translation>Träffens slut</translation>
    </message>
    <message>
        <source>Question %1 of %2: %3</source>
        <translation>Fråga %1 av %2: %3</translation>
    </message>
    <message>
        <source>Film: %1</source>
        <translation>Film: %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Aktivitet: %1</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>Databasen är stängd.</translation>
    </message>
</context>
<context>
    <name>reflekt::LibraryModel</name>
    <message>
        <source>For the discussion leader</source>
        <translation>För samtalsledaren</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
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
        <translation>Paket och modul</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Cannot be opened</source>
        <translation>Kan inte öppnas</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 av %2 steg</translation>
    </message>
    <message>
        <source>%1 (broken)</source>
        <translation>%1 (trasigt)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>Broken package %1: %2</source>
        <translation>Trasigt paket %1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
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
        <translation>Inte påbörjad än</translation>
    </message>
    <message>
        <source>Last opened today</source>
        <translation>Senast öppnad i dag</translation>
    </message>
    <message>
        <source>Last opened yesterday</source>
        <translation>Senast öppnad i går</translation>
    </message>
    <message>
        <source>Last opened %1</source>
        <translation>Senast öppnad %1</translation>
    </message>
    <message>
        <source>%1 of %2 modules</source>
        <translation>%1 av %2 moduler</translation>
    </message>
    <message>
        <source>Published by %1</source>
        <translation>Utgiven av %1</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 klara</translation>
    </message>
    <message>
        <source>%1, about %2 minutes, %3</source>
        <translation>%1, cirka %2 minuter, %3</translation>
    </message>
</context>
<context>
    <name>reflekt::LibraryPage</name>
    <message>
        <source>Continue &amp;where I left off</source>
        <translation>Fortsätt &amp;där jag slutade</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>Omslagsbild</translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation>Fortsätt där jag slutade</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Välkommen, %1.</translation>
    </message>
    <message>
        <source>This package cannot be opened</source>
        <translation>Det här paketet kan inte öppnas</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Mapp: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>För: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licens: %1</translation>
    </message>
    <message>
        <source>Opens %1 where you left it</source>
        <translation>Öppnar %1 där du slutade</translation>
    </message>
    <message>
        <source>No module in progress yet: open one to begin.</source>
        <translation>Ingen påbörjad modul än: öppna en för att börja.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Your packages, and how far you have come in each.</source>
        <translation>Dina paket, och hur långt du har kommit i vart och ett.</translation>
    </message>
    <message>
        <source>Packages and their modules with your progress. Use the arrow keys to choose and Enter to open.</source>
        <translation>Paket och deras moduler med dina framsteg. Välj med piltangenterna och öppna med Enter.</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Ditt bibliotek är tomt</translation>
    </message>
    <message>
        <source>To add a learning package, choose %1 &gt; %2 in the menu bar and pick the .reflekt file you were given. Reflekt copies it into your library, where it stays for next time. A package folder with a bundle.json file can be opened the same way.</source>
        <translation>Om du vill lägga till ett utbildningspaket väljer du %1 &gt; %2 i menyraden och väljer den .reflekt-fil du har fått. Reflekt kopierar den till ditt bibliotek, där den finns kvar till nästa gång. En paketmapp med en bundle.json-fil kan öppnas på samma sätt.</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · about %2 minutes · %3</source>
        <translation>%1 · cirka %2 minuter · %3</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 klara</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
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
        <translation>⚠ Översättning saknas</translation>
    </message>
    <message>
        <source>%1: translation missing</source>
        <translation>%1: översättning saknas</translation>
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
        <translation>Det finns inget att fortsätta med än: öppna en modul för att börja.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Öppna paket…</translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation>&amp;Exportera anteckningar…</translation>
    </message>
    <message>
        <source>&amp;Switch profile</source>
        <translation>&amp;Byt profil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>S&amp;törre text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal textstorlek</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
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
        <translation>&lt;h3&gt;Reflekt %1&lt;/h3&gt;&lt;p&gt;En spelare för lärmoduler: film, text och reflektion, ensam eller i grupp.&lt;/p&gt;&lt;p&gt;Datamapp: %2&lt;/p&gt;&lt;p&gt;Licens: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The module %1/%2 is not in the library.</source>
        <translation>Modulen %1/%2 finns inte i biblioteket.</translation>
    </message>
    <message>
        <source>Open a learning package</source>
        <translation>Öppna ett utbildningspaket</translation>
    </message>
    <message>
        <source>Reflekt packages (*.reflekt);;Bundle manifest (bundle.json)</source>
        <translation>Reflekt-paket (*.reflekt);;Paketbeskrivning (bundle.json)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Paketet importerades inte</translation>
    </message>
    <message>
        <source>%1 could not be imported. Nothing in your library was changed.

%2</source>
        <translation>%1 kunde inte importeras. Ingenting i ditt bibliotek har ändrats.

%2</translation>
    </message>
    <message>
        <source>Imported %1 version %2.</source>
        <translation>Importerade %1 version %2.</translation>
    </message>
    <message>
        <source>Choose your profile first: you can export only your own notes.</source>
        <translation>Välj din profil först: du kan bara exportera dina egna anteckningar.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Progress &amp;reporting…</source>
        <translation>&amp;Rapportering av framsteg…</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>Nytt språk</translation>
    </message>
    <message>
        <source>Reflekt shows the new language after a restart. Restart now? What you wrote is saved first, and you come back to where you are.</source>
        <translation>Reflekt visar det nya språket efter en omstart. Starta om nu? Det du har skrivit sparas först, och du kommer tillbaka dit du är nu.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Starta &amp;om nu</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
    <message>
        <source>&amp;New package…</source>
        <translation>&amp;Nytt paket…</translation>
    </message>
    <message>
        <source>Edit pac&amp;kage…</source>
        <translation>Redigera pa&amp;ket…</translation>
    </message>
    <message>
        <source>Edit a package: choose the folder that holds bundle.json</source>
        <translation>Redigera ett paket: välj mappen där bundle.json ligger</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2 (is the disk full?).</source>
        <translation>%1 kunde inte kopieras till %2 (är disken full?).</translation>
    </message>
    <message>
        <source>Reflekt packages</source>
        <translation>Reflekt-paket</translation>
    </message>
    <message>
        <source>Edit a copy?</source>
        <translation>Redigera en kopia?</translation>
    </message>
    <message>
        <source>This package is installed in Reflekt. You edit a copy of it, in %1; the installed one stays as participants have it until you import the new version.</source>
        <translation>Det här paketet är installerat i Reflekt. Du redigerar en kopia av det, i %1; det installerade förblir som deltagarna har det tills du importerar den nya versionen.</translation>
    </message>
    <message>
        <source>%1 already exists: it is opened as it is.</source>
        <translation>%1 finns redan: den öppnas som den är.</translation>
    </message>
    <message>
        <source>Package not copied</source>
        <translation>Paketet kopierades inte</translation>
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
        <translation>Förhandsvisning av %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Insert &amp;image…</source>
        <translation>Infoga &amp;bild…</translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation>Infoga en bild</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>Image not inserted</source>
        <translation>Bilden infogades inte</translation>
    </message>
</context>
<context>
    <name>reflekt::ModuleCompletePage</name>
    <message>
        <source>You have finished “%1”</source>
        <translation>Du har gått igenom hela ”%1”</translation>
    </message>
    <message>
        <source>You have reached the end of “%1”</source>
        <translation>Du har kommit till slutet av ”%1”</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 av %2 steg klara.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Kvar att göra</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gå till %1</translation>
    </message>
    <message>
        <source>Opens this step</source>
        <translation>Öppnar det här steget</translation>
    </message>
    <message>
        <source>&amp;Export my notes…</source>
        <translation>&amp;Exportera mina anteckningar…</translation>
    </message>
    <message>
        <source>Export my notes from this module</source>
        <translation>Exportera mina anteckningar från den här modulen</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>&amp;Tillbaka till biblioteket</translation>
    </message>
    <message>
        <source>Begun on %1, finished on %2</source>
        <translation>Påbörjad %1, klar %2</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Klar %1</translation>
    </message>
    <message>
        <source>Begun on %1</source>
        <translation>Påbörjad %1</translation>
    </message>
    <message>
        <source>planned for about %1 min</source>
        <translation>planerad till cirka %1 min</translation>
    </message>
    <message>
        <source>What&apos;s next</source>
        <translation>Vad händer sedan</translation>
    </message>
    <message>
        <source>The next module in “%1” is “%2”.</source>
        <translation>Nästa modul i ”%1” är ”%2”.</translation>
    </message>
    <message>
        <source>Next in “%1”: “%2”. %3</source>
        <translation>Nästa i ”%1”: ”%2”. %3</translation>
    </message>
    <message>
        <source>Go on to “%1”</source>
        <translation>Gå vidare till ”%1”</translation>
    </message>
    <message>
        <source>Opens the overview of the next module</source>
        <translation>Öppnar översikten över nästa modul</translation>
    </message>
    <message>
        <source>This was the last module in “%1”.</source>
        <translation>Det här var den sista modulen i ”%1”.</translation>
    </message>
</context>
<context>
    <name>reflekt::ModuleForm</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Introduction for the discussion leader</source>
        <translation>Introduktion för samtalsledaren</translation>
    </message>
    <message>
        <source>Regional module</source>
        <translation>Regional modul</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Sort:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <source>Use %n min, from the steps</source>
        <translation>
            <numerusform>Använd %n min, från stegen</numerusform>
            <numerusform>Använd %n min, från stegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated &amp;minutes:</source>
        <translation>Beräknade &amp;minuter:</translation>
    </message>
    <message>
        <source>Add &amp;film</source>
        <translation>Lägg till &amp;film</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>Lägg till &amp;text</translation>
    </message>
    <message>
        <source>Add &amp;reflection</source>
        <translation>Lägg till &amp;reflektion</translation>
    </message>
    <message>
        <source>Add a&amp;ctivity</source>
        <translation>Lägg till a&amp;ktivitet</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steg:</translation>
    </message>
    <message>
        <source>Facilitator guide (shown only on the facilitator&apos;s laptop):</source>
        <translation>Handledning för samtalsledaren (visas bara på samtalsledarens dator):</translation>
    </message>
    <message>
        <source>&amp;Write a guide in %1</source>
        <translation>&amp;Skriv en handledning på %1</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Läs</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflektera</translation>
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
        <translation>Kan inte visas</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Opens this step</source>
        <translation>Öppnar det här steget</translation>
    </message>
    <message>
        <source>For the discussion leader</source>
        <translation>För samtalsledaren</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
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
        <translation>cirka %1 min totalt</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 av %2 klara</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
    <message>
        <source>Start the module</source>
        <translation>Starta modulen</translation>
    </message>
    <message>
        <source>Go through it &amp;again</source>
        <translation>Gå igenom den &amp;igen</translation>
    </message>
    <message>
        <source>Go through it again from the first step</source>
        <translation>Gå igenom den igen från första steget</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>Continue at step %1</source>
        <translation>Fortsätt vid steg %1</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Alla steg är klara.</translation>
    </message>
    <message>
        <source>Goes on with %1</source>
        <translation>Fortsätter med %1</translation>
    </message>
    <message>
        <source>Begins with %1</source>
        <translation>Börjar med %1</translation>
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
        <translation>← &amp;Föregående</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Nästa →</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Tillbaka till biblioteket</translation>
    </message>
    <message>
        <source>Run as &amp;group session…</source>
        <translation>Kör som &amp;gruppträff…</translation>
    </message>
    <message>
        <source>Steps of this module</source>
        <translation>Stegen i den här modulen</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Föregående steg</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 av %2 steg klara</translation>
    </message>
    <message>
        <source>Next: the end of the module</source>
        <translation>Nästa: slutet av modulen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Öv&amp;ersikt</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Klara steg</translation>
    </message>
    <message>
        <source>Run as group session: this module with a projector</source>
        <translation>Kör som gruppträff: den här modulen med en projektor</translation>
    </message>
    <message>
        <source>Overview of this module</source>
        <translation>Översikt över den här modulen</translation>
    </message>
</context>
<context>
    <name>reflekt::NewPackageDialog</name>
    <message>
        <source>New package</source>
        <translation>Nytt paket</translation>
    </message>
    <message>
        <source>Reflekt packages</source>
        <translation>Reflekt-paket</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>V&amp;älj…</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Mapp för paketet</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Skrivet på:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <source>Give the package a title first.</source>
        <translation>Ge paketet en titel först.</translation>
    </message>
    <message>
        <source>%1 already holds files. Choose a new or empty folder, so nothing is written over.</source>
        <translation>%1 innehåller redan filer. Välj en ny eller tom mapp, så att inget skrivs över.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
</context>
<context>
    <name>reflekt::NoteEditor</name>
    <message>
        <source>Write your thoughts here. They are saved as you type.</source>
        <translation>Skriv dina tankar här. De sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigerar…</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is still here; it will be saved again with your next change.</source>
        <translation>Inte sparat: %1. Din text finns kvar här och sparas igen vid nästa ändring.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
</context>
<context>
    <name>reflekt::NoteHistoryDialog</name>
    <message>
        <source>Earlier versions of your note</source>
        <translation>Tidigare versioner av din anteckning</translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation>Sparade versioner, nyaste först</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Texten i den valda versionen</translation>
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
        <translation>&amp;Återställ den här versionen</translation>
    </message>
</context>
<context>
    <name>reflekt::PackageEditor</name>
    <message>
        <source>Package outline</source>
        <translation>Paketets innehåll</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Package not opened</source>
        <translation>Paketet öppnades inte</translation>
    </message>
    <message>
        <source>%1 cannot be edited:
%2</source>
        <translation>%1 kan inte redigeras:
%2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Pack…</source>
        <translation>&amp;Packa…</translation>
    </message>
    <message>
        <source>Preview as &amp;participant</source>
        <translation>Förhandsvisa som &amp;deltagare</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Paket</translation>
    </message>
    <message>
        <source>Add &amp;module</source>
        <translation>Lägg till &amp;modul</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Kontrollera nu</translation>
    </message>
    <message>
        <source>%1[*] — Package editor</source>
        <translation>%1[*] — Paketredigerare</translation>
    </message>
    <message>
        <source>No problems: the package can be packed.</source>
        <translation>Inga problem: paketet kan packas.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Pack the package</source>
        <translation>Packa paketet</translation>
    </message>
    <message>
        <source>Reflekt packages (*.reflekt)</source>
        <translation>Reflekt-paket (*.reflekt)</translation>
    </message>
    <message>
        <source>Not packed</source>
        <translation>Inte packat</translation>
    </message>
    <message>
        <source>%1 was not written:
%2</source>
        <translation>%1 skrevs inte:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Packed %n file(s) into %1.</source>
        <translation>
            <numerusform>Packade %n fil i %1.</numerusform>
            <numerusform>Packade %n filer i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, because nothing refers to them: %1.</source>
        <translation>Utelämnade, eftersom inget hänvisar till dem: %1.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>Ny modul</translation>
    </message>
    <message>
        <source>Save the package?</source>
        <translation>Spara paketet?</translation>
    </message>
    <message>
        <source>The package has changes that are not saved.</source>
        <translation>Paketet har ändringar som inte är sparade.</translation>
    </message>
    <message>
        <source>Preview the &amp;wall</source>
        <translation>Förhandsvisa &amp;väggen</translation>
    </message>
    <message>
        <source>%1

Nothing you wrote is lost: it stays in the editor. Free some space on the disk, then save again.</source>
        <translation>%1

Inget du skrivit går förlorat: det finns kvar i redigeraren. Frigör utrymme på disken och spara sedan igen.</translation>
    </message>
</context>
<context>
    <name>reflekt::PackageForm</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Utgivare:</translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;web address:</source>
        <translation>Utgivarens &amp;webbadress:</translation>
    </message>
    <message>
        <source>All rights reserved</source>
        <translation>Alla rättigheter förbehållna</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licens:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Package &amp;id:</source>
        <translation>Paketets &amp;id:</translation>
    </message>
    <message>
        <source>A name that is yours and never changes, like a reversed web address (se.region-exempel.motet). Participants&apos; notes are kept under it.</source>
        <translation>Ett namn som är ert och aldrig ändras, som en baklänges webbadress (se.region-exempel.motet). Deltagarnas anteckningar sparas under det.</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Accentfärg:</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>V&amp;älj bild…</translation>
    </message>
    <message>
        <source>Cover image:</source>
        <translation>Omslagsbild:</translation>
    </message>
    <message>
        <source>Written in %1</source>
        <translation>Skrivet på %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Lägg till ett språk</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Lägg till ett språk…</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Choose the cover image</source>
        <translation>Välj omslagsbild</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Cover not changed</source>
        <translation>Omslaget ändrades inte</translation>
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
        <translation>Text</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflektion</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ingen titel)</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Paket: %1</translation>
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
            <numerusform>(%n problem)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reflekt::PlayerControls</name>
    <message>
        <source>Play</source>
        <translation>Spela upp</translation>
    </message>
    <message>
        <source>Play (Space or K)</source>
        <translation>Spela upp (mellanslag eller K)</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Förfluten och total tid</translation>
    </message>
    <message>
        <source>Elapsed time / length of the film</source>
        <translation>Förfluten tid / filmens längd</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Jump to a chapter</source>
        <translation>Hoppa till ett kapitel</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Undertexter</translation>
    </message>
    <message>
        <source>Captions language or off (C)</source>
        <translation>Undertexternas språk eller av (C)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <source>Show or hide the transcript</source>
        <translation>Visa eller dölj transkriptionen</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Uppspelningshastighet</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stäng av ljudet</translation>
    </message>
    <message>
        <source>Mute or unmute the sound (M)</source>
        <translation>Stäng av eller slå på ljudet (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volym</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <source>Full screen (F; Esc leaves)</source>
        <translation>Helskärm (F; Esc lämnar)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause (Space or K)</source>
        <translation>Pausa (mellanslag eller K)</translation>
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
        <translation>Undertexter: %1</translation>
    </message>
    <message>
        <source>Captions are off</source>
        <translation>Undertexterna är avstängda</translation>
    </message>
    <message>
        <source>Captions in %1</source>
        <translation>Undertexter på %1</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Slå på ljudet</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Lämna helskärm</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>Undertexter av</translation>
    </message>
    <message>
        <source>Caption &amp;style…</source>
        <translation>Undertexternas &amp;utseende…</translation>
    </message>
    <message>
        <source>AD, audio description</source>
        <translation>Syntolkning</translation>
    </message>
    <message>
        <source>AD</source>
        <translation>Syntolkning</translation>
    </message>
    <message>
        <source>Audio description: this film has none</source>
        <translation>Syntolkning: den här filmen har ingen</translation>
    </message>
    <message>
        <source>Audio description is on: what the film shows is spoken (D)</source>
        <translation>Syntolkningen är på: det filmen visar läses upp (D)</translation>
    </message>
    <message>
        <source>Audio description: have what the film shows spoken (D)</source>
        <translation>Syntolkning: få det filmen visar uppläst (D)</translation>
    </message>
</context>
<context>
    <name>reflekt::PresentationWindow</name>
    <message>
        <source>Reflekt presentation</source>
        <translation>Reflekt-presentation</translation>
    </message>
    <message>
        <source>Presentation for the projector</source>
        <translation>Presentation för projektorn</translation>
    </message>
    <message>
        <source>Discussion time</source>
        <translation>Samtalstid</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 av %2 min</translation>
    </message>
    <message>
        <source>Text of the step</source>
        <translation>Stegets text</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Tack</translation>
    </message>
    <message>
        <source>Use the printed worksheet.</source>
        <translation>Använd det utskrivna arbetsbladet.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Fråga %1 av %2</translation>
    </message>
</context>
<context>
    <name>reflekt::ProblemListModel</name>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>bundle.json line %1</source>
        <translation>bundle.json rad %1</translation>
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
        <translation>Användes senast på den här datorn</translation>
    </message>
</context>
<context>
    <name>reflekt::ProfilePage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>Who is studying today?</source>
        <translation>Vem studerar i dag?</translation>
    </message>
    <message>
        <source>Each person on this computer has a profile. Your progress and reflections are kept in your profile and are never shown to others.</source>
        <translation>Varje person som använder den här datorn har en profil. Dina framsteg och reflektioner sparas i din profil och visas aldrig för andra.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <source>Choose your profile and press Enter to continue</source>
        <translation>Välj din profil och tryck Enter för att fortsätta</translation>
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
        <translation>Byt namn på profil</translation>
    </message>
    <message>
        <source>Continue with the selected profile</source>
        <translation>Fortsätt med den valda profilen</translation>
    </message>
    <message>
        <source>Your name (as others here know you):</source>
        <translation>Ditt namn (så som andra här känner dig):</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>No profiles here yet. Your name (as others here know you):</source>
        <translation>Här finns inga profiler än. Ditt namn (som de andra här känner dig):</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Skapa profil</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Skapa profil</translation>
    </message>
</context>
<context>
    <name>reflekt::QtSpeechEngine</name>
    <message>
        <source>The speech service did not answer.</source>
        <translation>Taltjänsten svarade inte.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed.</source>
        <translation>Ingen röst för %1 är installerad.</translation>
    </message>
</context>
<context>
    <name>reflekt::QuestionEditor</name>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>Lägg till &amp;fråga</translation>
    </message>
    <message>
        <source>Add &amp;sub-question</source>
        <translation>Lägg till &amp;delfråga</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Dra in</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Flytta ut</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Fråga %1</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>inte planerat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned &amp;minutes:</source>
        <translation>Planerade &amp;minuter:</translation>
    </message>
    <message>
        <source>Id: %1 (made once; answers are kept under it)</source>
        <translation>Id: %1 (skapas en gång; svaren sparas under det)</translation>
    </message>
    <message>
        <source>Questions (drag them, or Alt+arrows to indent, outdent and move the selected one):</source>
        <translation>Frågor (dra dem, eller använd Alt+pilar för att dra in, flytta ut och flytta den valda):</translation>
    </message>
</context>
<context>
    <name>reflekt::QuestionTreeModel</name>
    <message>
        <source>(no question text yet)</source>
        <translation>(ingen frågetext än)</translation>
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
        <translation>Ditt svar på fråga %1</translation>
    </message>
    <message>
        <source>Your notes from an earlier version of this package</source>
        <translation>Dina anteckningar från en tidigare version av det här paketet</translation>
    </message>
    <message>
        <source>Written for version %1 (question %2, no longer in this version):</source>
        <translation>Skrivet för version %1 (fråga %2, finns inte längre i den här versionen):</translation>
    </message>
    <message>
        <source>Note from an earlier version</source>
        <translation>Anteckning från en tidigare version</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>You have not written anything for this question yet.</source>
        <translation>Du har inte skrivit något till den här frågan än.</translation>
    </message>
    <message>
        <source>Reflection questions</source>
        <translation>Reflektionsfrågor</translation>
    </message>
    <message>
        <source>In Swedish</source>
        <translation>På svenska</translation>
    </message>
    <message>
        <source>In Norwegian Bokmål</source>
        <translation>På norskt bokmål</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>På engelska</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>På %1</translation>
    </message>
    <message>
        <source>History of your answer to question %1</source>
        <translation>Historik för ditt svar på fråga %1</translation>
    </message>
</context>
<context>
    <name>reflekt::RoomAnswersModel</name>
    <message>
        <source>On the wall: %1</source>
        <translation>På duken: %1</translation>
    </message>
    <message>
        <source>Hidden: %1</source>
        <translation>Dolt: %1</translation>
    </message>
</context>
<context>
    <name>reflekt::RoomController</name>
    <message>
        <source>The room could not open: %1</source>
        <translation>Rummet kunde inte öppnas: %1</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>Databasen är stängd.</translation>
    </message>
</context>
<context>
    <name>reflekt::RoomPanel</name>
    <message>
        <source>Open the room</source>
        <translation>Öppna rummet</translation>
    </message>
    <message>
        <source>Keep open for the whole session</source>
        <translation>Håll öppet hela samtalet</translation>
    </message>
    <message>
        <source>Otherwise the room closes when the wall leaves this question.</source>
        <translation>Annars stängs rummet när duken lämnar den här frågan.</translation>
    </message>
    <message>
        <source>Answers from the room</source>
        <translation>Svar från rummet</translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation>Visa på duken</translation>
    </message>
    <message>
        <source>Take off the wall</source>
        <translation>Ta bort från duken</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Hidden answers never reach the wall or the minutes.</source>
        <translation>Dolda svar kommer aldrig upp på duken eller i protokollet.</translation>
    </message>
    <message>
        <source>Copy to the group&apos;s note</source>
        <translation>Kopiera till gruppens anteckning</translation>
    </message>
    <message>
        <source>Ticked answers go into the minutes. Enter shows the chosen answer on the wall.</source>
        <translation>Markerade svar kommer med i protokollet. Enter visar det valda svaret på duken.</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Stäng rummet</translation>
    </message>
    <message numerus="yes">
        <source>The room is open at %1. %n phone(s) connected.</source>
        <translation>
            <numerusform>Rummet är öppet på %1. %n mobil ansluten.</numerusform>
            <numerusform>Rummet är öppet på %1. %n mobiler anslutna.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room is closed. Open it to let the group answer anonymously from their phones.</source>
        <translation>Rummet är stängt. Öppna det så kan gruppen svara anonymt från sina mobiler.</translation>
    </message>
    <message>
        <source>This laptop has no local network address: phones cannot reach the room. Connect it to the meeting room&apos;s Wi-Fi.</source>
        <translation>Datorn har ingen adress i ett lokalt nätverk: mobilerna når inte rummet. Anslut den till mötesrummets wifi.</translation>
    </message>
    <message>
        <source>Answers are shown but could not be kept: %1</source>
        <translation>Svaren visas men kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The wall is not on a question: answers come when it is.</source>
        <translation>Duken visar ingen fråga: svaren kommer när den gör det.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to this question:</source>
        <translation>
            <numerusform>%n svar på den här frågan:</numerusform>
            <numerusform>%n svar på den här frågan:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unhide</source>
        <translation>Visa igen</translation>
    </message>
</context>
<context>
    <name>reflekt::RoomWallPanel</name>
    <message>
        <source>Answer on your phone</source>
        <translation>Svara i mobilen</translation>
    </message>
    <message>
        <source>Anonymous: no name is asked.</source>
        <translation>Anonymt: inget namn frågas efter.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adress: %1</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation>QR-kod för %1</translation>
    </message>
</context>
<context>
    <name>reflekt::ScreenChooser</name>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Helskärm</translation>
    </message>
    <message>
        <source>&amp;Swap screens</source>
        <translation>&amp;Byt skärmar</translation>
    </message>
    <message>
        <source>Screen for the presentation</source>
        <translation>Skärm för presentationen</translation>
    </message>
    <message>
        <source>Presentation full screen</source>
        <translation>Presentationen i helskärm</translation>
    </message>
    <message>
        <source>Swap the presentation and this window between the screens</source>
        <translation>Byt plats på presentationen och det här fönstret mellan skärmarna</translation>
    </message>
    <message>
        <source>&amp;Wall on:</source>
        <translation>&amp;Duken på:</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Skärm %1: %2 (%3×%4)</translation>
    </message>
</context>
<context>
    <name>reflekt::SessionEndDialog</name>
    <message>
        <source>End the session</source>
        <translation>Avsluta träffen</translation>
    </message>
    <message>
        <source>End the group session?</source>
        <translation>Avsluta gruppträffen?</translation>
    </message>
    <message>
        <source>No profile was present, so no one&apos;s progress changes.</source>
        <translation>Ingen profil var närvarande, så ingens framsteg ändras.</translation>
    </message>
    <message>
        <source>1 profile present will have the ticked steps marked as done in a group session.</source>
        <translation>1 närvarande profil får de markerade stegen noterade som klara på en gruppträff.</translation>
    </message>
    <message>
        <source>%1 profiles present will have the ticked steps marked as done in a group session.</source>
        <translation>%1 närvarande profiler får de markerade stegen noterade som klara på en gruppträff.</translation>
    </message>
    <message>
        <source>Guests (%1) need no profile; the minutes list them.</source>
        <translation>Gäster (%1) behöver ingen profil; de står med i minnesanteckningarna.</translation>
    </message>
    <message>
        <source>Steps to mark as done</source>
        <translation>Steg att markera som klara</translation>
    </message>
    <message>
        <source>&amp;Finish and credit</source>
        <translation>&amp;Avsluta och tillgodoräkna</translation>
    </message>
    <message>
        <source>Finish the session and credit those present</source>
        <translation>Avsluta träffen och tillgodoräkna de närvarande</translation>
    </message>
    <message>
        <source>&amp;Keep open for the next meeting</source>
        <translation>&amp;Håll öppen till nästa träff</translation>
    </message>
    <message>
        <source>Stop for today and continue this session at the next meeting</source>
        <translation>Sluta för i dag och fortsätt den här träffen nästa gång</translation>
    </message>
    <message>
        <source>&amp;Back to the session</source>
        <translation>&amp;Tillbaka till träffen</translation>
    </message>
    <message>
        <source>Go back to the session</source>
        <translation>Gå tillbaka till träffen</translation>
    </message>
    <message>
        <source>Steps covered:</source>
        <translation>Genomgångna steg:</translation>
    </message>
    <message>
        <source>This was meeting %1. Each of the %2 profiles that came will have a ticked step marked as done if they were at a meeting where the wall showed it.</source>
        <translation>Det här var träff %1. Var och en av de %2 profiler som kom får ett förbockat steg markerat som klart om de var med på en träff där väggen visade det.</translation>
    </message>
</context>
<context>
    <name>reflekt::SessionItemsModel</name>
    <message>
        <source>On the wall now</source>
        <translation>Visas på duken nu</translation>
    </message>
    <message>
        <source>Already shown</source>
        <translation>Redan visad</translation>
    </message>
    <message>
        <source>Not shown yet</source>
        <translation>Inte visad än</translation>
    </message>
</context>
<context>
    <name>reflekt::SessionSetupDialog</name>
    <message>
        <source>&amp;Add guest</source>
        <translation>&amp;Lägg till gäst</translation>
    </message>
    <message>
        <source>Group session: %1</source>
        <translation>Gruppträff: %1</translation>
    </message>
    <message>
        <source>Run “%1” with a projector. The wall shows the package&apos;s content only; notes, names and progress stay on this screen.</source>
        <translation>Kör ”%1” med projektor. Duken visar bara paketets innehåll; anteckningar, namn och framsteg stannar på den här skärmen.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s name</source>
        <translation>Samtalsledarens namn</translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation>Vilka som är närvarande</translation>
    </message>
    <message>
        <source>Name of a guest without a profile</source>
        <translation>Namn på en gäst utan profil</translation>
    </message>
    <message>
        <source>Guest&apos;s name (no profile needed)</source>
        <translation>Gästens namn (ingen profil behövs)</translation>
    </message>
    <message>
        <source>Add the guest as present</source>
        <translation>Lägg till gästen som närvarande</translation>
    </message>
    <message>
        <source>Steps to cover</source>
        <translation>Steg att gå igenom</translation>
    </message>
    <message>
        <source>New session or continue an open one</source>
        <translation>Ny träff eller fortsätt en öppen</translation>
    </message>
    <message>
        <source>Earlier sessions of this module</source>
        <translation>Tidigare träffar med den här modulen</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Sa&amp;mtalsledare:</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>&amp;Närvarande:</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>S&amp;teg:</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Starta träffen</translation>
    </message>
    <message>
        <source>Start the group session</source>
        <translation>Starta gruppträffen</translation>
    </message>
    <message>
        <source>Guest: listed in the minutes, no profile</source>
        <translation>Gäst: står med i minnesanteckningarna, ingen profil</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>Ett nytt gruppsamtal</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Inga än</translation>
    </message>
    <message>
        <source>Planned time: %1 min</source>
        <translation>Planerad tid: %1 min</translation>
    </message>
    <message>
        <source> (the package suggests %1 min for the whole module)</source>
        <translation> (paketet föreslår %1 min för hela modulen)</translation>
    </message>
    <message>
        <source>Earlier meetings:</source>
        <translation>Tidigare träffar:</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message numerus="yes">
        <source>%1, led by %2: %n meeting(s), %3</source>
        <translation>
            <numerusform>%1, lett av %2: %n träff, %3</numerusform>
            <numerusform>%1, lett av %2: %n träffar, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting %1, %2: %n present, %3 min</source>
        <translation>
            <numerusform>Träff %1, %2: %n närvarande, %3 min</numerusform>
            <numerusform>Träff %1, %2: %n närvarande, %3 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting %1, %2: %n present</source>
        <translation>
            <numerusform>Träff %1, %2: %n närvarande</numerusform>
            <numerusform>Träff %1, %2: %n närvarande</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue the session of %1 (led by %2): meeting %3</source>
        <translation>Fortsätt gruppsamtalet från %1 (lett av %2): träff %3</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>&amp;Gruppsamtal:</translation>
    </message>
</context>
<context>
    <name>reflekt::SettingsDialog</name>
    <message>
        <source>Show &amp;captions when the film has them</source>
        <translation>Visa &amp;undertexter när filmen har sådana</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Applies after a restart, which Reflekt offers</source>
        <translation>Gäller efter en omstart, som Reflekt erbjuder</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Size of the texts, questions and notes you read and write</source>
        <translation>Storleken på texter, frågor och anteckningar som du läser och skriver</translation>
    </message>
    <message>
        <source>Same as Reflekt&apos;s language</source>
        <translation>Samma som Reflekts språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A new language needs a restart; Reflekt offers one when you press OK.</source>
        <translation>Ett nytt språk kräver en omstart; Reflekt erbjuder en när du trycker OK.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Textstorlek:</translation>
    </message>
    <message>
        <source>Caption l&amp;anguage:</source>
        <translation>Undertexternas s&amp;pråk:</translation>
    </message>
    <message>
        <source>When a film has no captions in this language, Reflekt&apos;s language is tried, then the package&apos;s, then the film&apos;s first caption track; the Captions menu shows another language</source>
        <translation>När en film saknar undertexter på det här språket prövas Reflekts språk, sedan paketets och sist filmens första undertextspår; menyn Undertexter visar ett annat språk</translation>
    </message>
    <message>
        <source>Caption size on the wall</source>
        <translation>Undertexternas storlek på duken</translation>
    </message>
    <message>
        <source>For the projector or big screen in group sessions, the same for every profile</source>
        <translation>För projektorn eller storskärmen vid gruppträffar, samma för alla profiler</translation>
    </message>
    <message>
        <source>Caption size on the &amp;wall:</source>
        <translation>Storlek på &amp;duken:</translation>
    </message>
    <message>
        <source>Caption style</source>
        <translation>Undertexternas utseende</translation>
    </message>
</context>
<context>
    <name>reflekt::SpeechWorker</name>
    <message>
        <source>No speech engine is installed (speech-dispatcher).</source>
        <translation>Ingen talsyntes är installerad (speech-dispatcher).</translation>
    </message>
    <message>
        <source>The speech service cannot be used: %1</source>
        <translation>Taltjänsten kan inte användas: %1</translation>
    </message>
    <message>
        <source>Speech failed: %1</source>
        <translation>Uppläsningen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>reflekt::SpokenTime</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
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
        <translation>Titel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>inte planerat</translation>
    </message>
    <message>
        <source>Planned &amp;minutes:</source>
        <translation>Planerade &amp;minuter:</translation>
    </message>
    <message>
        <source>Id: %1 (made once; progress is kept under it)</source>
        <translation>Id: %1 (skapas en gång; framstegen sparas under det)</translation>
    </message>
    <message>
        <source>Choose &amp;film…</source>
        <translation>Välj &amp;film…</translation>
    </message>
    <message>
        <source>Choose the film</source>
        <translation>Välj filmen</translation>
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
        <translation>Hur stor del av filmen en deltagare måste ha sett för att steget ska räknas som klart.</translation>
    </message>
    <message>
        <source>Share that must be &amp;watched:</source>
        <translation>Andel som måste &amp;ses:</translation>
    </message>
    <message>
        <source>Language of the captions</source>
        <translation>Undertexternas språk</translation>
    </message>
    <message>
        <source>Add &amp;captions…</source>
        <translation>Lägg till &amp;undertexter…</translation>
    </message>
    <message>
        <source>Choose the captions</source>
        <translation>Välj undertexterna</translation>
    </message>
    <message>
        <source>Captions (*.vtt *.srt)</source>
        <translation>Undertexter (*.vtt *.srt)</translation>
    </message>
    <message>
        <source>Captions:</source>
        <translation>Undertexter:</translation>
    </message>
    <message>
        <source>No film chosen yet.</source>
        <translation>Ingen film vald än.</translation>
    </message>
    <message>
        <source>%1, %2 long</source>
        <translation>%1, %2 lång</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None yet: a film without captions excludes viewers who cannot hear it.</source>
        <translation>Inga än: en film utan undertexter stänger ute den som inte hör ljudet.</translation>
    </message>
    <message>
        <source>Film not added</source>
        <translation>Filmen lades inte till</translation>
    </message>
    <message>
        <source>Captions not added</source>
        <translation>Undertexterna lades inte till</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbetsblad</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>Samtalskort</translation>
    </message>
    <message>
        <source>&amp;Kind of activity:</source>
        <translation>&amp;Sorts aktivitet:</translation>
    </message>
    <message>
        <source>No text in this language yet.</source>
        <translation>Ingen text på det här språket än.</translation>
    </message>
    <message>
        <source>A PDF: %1</source>
        <translation>En pdf: %1</translation>
    </message>
    <message>
        <source>&amp;Write it in %1</source>
        <translation>&amp;Skriv den på %1</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduktion</translation>
    </message>
    <message>
        <source>none: take one from the film below</source>
        <translation>ingen: ta en från filmen nedan</translation>
    </message>
    <message>
        <source>Poster:</source>
        <translation>Affischbild:</translation>
    </message>
    <message>
        <source>Use a P&amp;DF for this language…</source>
        <translation>Använd en p&amp;df för det här språket…</translation>
    </message>
    <message>
        <source>Choose the PDF</source>
        <translation>Välj pdf-filen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not used</source>
        <translation>Pdf-filen användes inte</translation>
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
        <translation>Text</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflektion</translation>
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
        <translation>%1 — klar</translation>
    </message>
    <message>
        <source>Step %1, %2: %3, done</source>
        <translation>Steg %1, %2: %3, klart</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Steg %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 — cannot be shown: %2</source>
        <translation>%1 — kan inte visas: %2</translation>
    </message>
    <message>
        <source>Step %1, %2: %3, cannot be shown</source>
        <translation>Steg %1, %2: %3, kan inte visas</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjat</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Step %1, %2: %3, opened</source>
        <translation>Steg %1, %2: %3, öppnat</translation>
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
        <translation>Det här steget kan inte visas</translation>
    </message>
    <message>
        <source>A file it needs is missing or damaged in %1:
%2</source>
        <translation>En fil som steget behöver saknas eller är skadad i %1:
%2</translation>
    </message>
    <message>
        <source>The other steps of the package work as usual, and your notes are safe. Import the package again, or ask its publisher for a new copy.</source>
        <translation>Paketets övriga steg fungerar som vanligt, och dina anteckningar är kvar. Importera paketet igen, eller be utgivaren om en ny kopia.</translation>
    </message>
</context>
<context>
    <name>reflekt::TranscriptModel</name>
    <message>
        <source>Play from %1</source>
        <translation>Spela upp från %1</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, vid %2</translation>
    </message>
</context>
<context>
    <name>reflekt::TranscriptPanel</name>
    <message>
        <source>Transcript</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <source>Every caption of the film. Click a line, or press Enter on it, to play from there.</source>
        <translation>Filmens alla undertexter. Klicka på en rad, eller tryck Enter på den, för att spela upp därifrån.</translation>
    </message>
    <message>
        <source>Transcript (%1)</source>
        <translation>Transkription (%1)</translation>
    </message>
</context>
<context>
    <name>reflekt::WallPreview</name>
    <message>
        <source>What the wall shows now</source>
        <translation>Det som visas på duken nu</translation>
    </message>
    <message>
        <source>What the wall shows next</source>
        <translation>Det som visas på duken härnäst</translation>
    </message>
    <message>
        <source>On the wall</source>
        <translation>På duken</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Härnäst</translation>
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
        <translation>Ingen LRS (Learning Record Store) är inställd.</translation>
    </message>
    <message>
        <source>The learning record store refused the key and secret (HTTP %1).</source>
        <translation>LRS:en avvisade nyckeln och hemligheten (HTTP %1).</translation>
    </message>
    <message>
        <source>The learning record store answered HTTP %1: %2</source>
        <translation>LRS:en svarade HTTP %1: %2</translation>
    </message>
    <message>
        <source>Could not reach the learning record store: %1</source>
        <translation>Kunde inte nå LRS:en: %1</translation>
    </message>
</context>
<context>
    <name>reflekt::XapiSettingsDialog</name>
    <message>
        <source>Progress reporting (xAPI)</source>
        <translation>Rapportering av framsteg (xAPI)</translation>
    </message>
    <message>
        <source>Reflekt can report progress to your organisation&apos;s Learning Record Store (LRS): modules started and completed, how much of each film was watched, which questions were answered and which group sessions you attended. It works offline and sends later. The text of your notes is not sent unless the option below is on.</source>
        <translation>Reflekt kan rapportera framsteg till din organisations Learning Record Store (LRS): vilka moduler som påbörjats och slutförts, hur mycket av varje film som setts, vilka frågor som besvarats och vilka gruppträffar du deltagit i. Det fungerar utan nätverk och skickar senare. Texten i dina anteckningar skickas inte om inte alternativet nedan är påslaget.</translation>
    </message>
    <message>
        <source>https://lrs.example.org/xapi/</source>
        <translation>https://lrs.example.org/xapi/</translation>
    </message>
    <message>
        <source>the endpoint&apos;s address</source>
        <translation>slutpunktens adress</translation>
    </message>
    <message>
        <source>LRS &amp;endpoint:</source>
        <translation>LRS-&amp;slutpunkt:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Nyckel:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Hemlighet:</translation>
    </message>
    <message>
        <source>Account &amp;home page:</source>
        <translation>Kontots &amp;webbplats:</translation>
    </message>
    <message>
        <source>Include the text of reflection notes (only if your organisation asked for it)</source>
        <translation>Skicka med texten i reflektionsanteckningarna (bara om din organisation har bett om det)</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Skicka n&amp;u</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>The endpoint must be a web address starting with https://</source>
        <translation>Slutpunkten måste vara en webbadress som börjar med https://</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Senast skickat: %1</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Inget har skickats än.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n post väntar på att skickas.</numerusform>
            <numerusform>%n poster väntar på att skickas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) were refused by the LRS and are kept aside.</source>
        <translation>
            <numerusform>%n post avvisades av LRS:en och har lagts åt sidan.</numerusform>
            <numerusform>%n poster avvisades av LRS:en och har lagts åt sidan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The LRS refused a statement: %1</source>
        <translation>LRS:en avvisade en post: %1</translation>
    </message>
    <message>
        <source>a random pseudonym</source>
        <translation>en slumpad pseudonym</translation>
    </message>
    <message>
        <source>The name your statements carry instead of your own. Leave it as the pseudonym unless your organisation gave you an account name.</source>
        <translation>Namnet som dina uttalanden bär i stället för ditt eget. Behåll pseudonymen om inte din organisation har gett dig ett kontonamn.</translation>
    </message>
    <message>
        <source>&amp;Account name for %1:</source>
        <translation>&amp;Kontonamn för %1:</translation>
    </message>
</context>
</TS>
