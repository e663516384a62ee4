<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ExportBuilder</name>
    <message>
        <source>There is no profile with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 has no module %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my reflection notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection notes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not part of group session %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module %1 of package %2 is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportLabels</name>
    <message>
        <source>Group session minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questions are not in the version of the package on this computer. Your answers are kept here as you wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, question %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes have been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has no reflection questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from an earlier version of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and the group&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the OpenDocument writer failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Player for learning modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile to use (created if new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module to open, as BUNDLE/MODULE or BUNDLE/MODULE/STEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the database, library and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with the installed sample modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time to the first painted window and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .reflekt file or bundle folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflekt cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::BundleTextBrowser</name>
    <message>
        <source>The text %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leads out of Reflekt to:

%1

Open it in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::CaptionTracks</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a caption file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::ChapterSeekBar</name>
    <message>
        <source>Position in film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the film. Click to jump, drag to scrub; ticks mark chapters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::ExportDialog</name>
    <message>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the file when it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything I wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of a group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (led by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group session minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::FacilitatorConsole</name>
    <message>
        <source>Facilitator console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflekt facilitator console: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has no facilitator guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator guide (only on this screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank the projector (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timer on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the discussion timer on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the &amp;group agreed (saved as you type):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s note for this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is on the wall. Next scrolls it a page at a time, then moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The film plays on the wall, with its sound. Use the controls below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome everyone. Next starts the module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last item. Next ends the session: you can then credit those present and export the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: end the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the group agreed or wants to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are taken at the reflection questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 of %2 min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is saved. Export the minutes now (module, date, who was there and the group&apos;s notes)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is saved. Someone who was there can export its minutes from File &gt; Export notes… under their own profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::FilmRemote</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the film on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::GroupSessionController</name>
    <message>
        <source>The module is not in the library any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group session is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group session has already been finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::LibraryModel</name>
    <message>
        <source>For the discussion leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package and module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::LibraryPage</name>
    <message>
        <source>&amp;Open module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue &amp;where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages and their modules with your progress. Press Enter to open a module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

About %2 minutes · %3 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by %1 · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::MainWindow</name>
    <message>
        <source>Reflekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to continue yet: open a module to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Reflekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Reflekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reflekt %1&lt;/h3&gt;&lt;p&gt;A player for learning modules: film, text and reflection, alone or in a group.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflekt — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module %1/%2 is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a learning package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflekt packages (*.reflekt);;Bundle manifest (bundle.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported. Nothing in your library was changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of what you wrote could not be saved (see the message under the note). If you quit now, that text is lost. Copy it somewhere safe first.

Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::ModulePage</name>
    <message>
        <source>← &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as &amp;group session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this module as a group session with a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is a printable PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the PDF to print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::NoteEditor</name>
    <message>
        <source>Write your thoughts here. They are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is still here; it will be saved again with your next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::NoteHistoryDialog</name>
    <message>
        <source>Earlier versions of your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::PlayerControls</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space or K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time / length of the film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions language or off (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute the sound (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space or K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::PresentationWindow</name>
    <message>
        <source>Reflekt presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation for the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the printed worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::ProfilePage</name>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is studying today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person on this computer has a profile. Your progress and reflections are kept in your profile and are never shown to others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile and press Enter to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (as others here know you):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::ReflectionView</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of your answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes from an earlier version of this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written for version %1 (question %2, no longer in this version):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not written anything for this question yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::ScreenChooser</name>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen for the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the presentation and this window between the screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wall on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::SessionEndDialog</name>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the group session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile was present, so no one&apos;s progress changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 profile present will have the ticked steps marked as done in a group session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 profiles present will have the ticked steps marked as done in a group session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests (%1) need no profile; the minutes list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish and credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the session and credit those present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep open for the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop for today and continue this session at the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps covered:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::SessionSetupDialog</name>
    <message>
        <source>&amp;Add guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” with a projector. The wall shows the package&apos;s content only; notes, names and progress stay on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a guest without a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest&apos;s name (no profile needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the guest as present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session or continue an open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier sessions of this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest: listed in the minutes, no profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, led by %2: %n present, %3 min, finished</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, led by %2: %n present, open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Continue the session of %1 (led by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned time: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the package suggests %1 min for the whole module)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::StepListModel</name>
    <message>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1, %2: %3, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::TranscriptModel</name>
    <message>
        <source>Play from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::TranscriptPanel</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every caption of the film. Click a line, or press Enter on it, to play from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::VideoCanvas</name>
    <message>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to play or pause, double-click for full screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reflekt::VideoPlayer</name>
    <message>
        <source>Film player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film cannot be played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package may be incomplete. Import it again, or ask its publisher for a complete copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media backend gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the file plays in another program, this computer may lack a video decoder. Install the GStreamer plugins, for example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This film cannot be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of the module still works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
