#include "core/PackageTemplateTexts.h"

namespace reflekt {

namespace {

TemplateTexts swedish()
{
    TemplateTexts t;
    t.packageTitle = "Mitt nya paket";
    t.description = "Skriv här vad paketet handlar om och hur det är tänkt att användas, till exempel "
                    "på arbetsplatsträffar under en termin.";
    t.audience = "Skriv här vilka paketet är till för, till exempel lärare och bibliotekarier";
    t.publisher = "Skriv utgivarens namn här";
    t.moduleTitle = "Modul 1";
    t.moduleSummary = "En mening eller två om vad modulen tar upp.";
    t.filmTitle = "Film";
    t.captionLabel = "Svenska";
    t.chapterOne = "Början";
    t.chapterTwo = "Andra delen";
    t.textTitle = "Läs mer";
    t.reflectionTitle = "Reflektera tillsammans";
    t.reflectionIntro = "Samtala två och två. Nämn inga personer ni möter i arbetet.";
    t.questionOne = "Vad i filmen känner du igen från ditt eget arbete?";
    t.subQuestion = "Vad gjorde du då, och vad skulle du göra i dag?";
    t.questionTwo = "Vad vill du pröva under den närmaste veckan?";
    t.captions = "WEBVTT\n\n00:00:00.500 --> 00:00:04.500\nHär kommer din film.\n\n"
                 "00:00:05.000 --> 00:00:09.500\nByt ut filmen och den här textfilen.\n";
    t.text = "# Läs mer\n\nSkriv modulens text här. En tom rad börjar ett nytt stycke.\n\n"
             "## En mellanrubrik\n\n- en punkt i en lista\n- en punkt till\n\n"
             "Hur du visar en bild i texten står i README.md.\n";
    t.guide = "# Handledning för samtalsledaren\n\nSkriv här hur mötet kan gå till: hur lång tid varje "
              "del tar, vad du säger innan filmen och vad du gör om samtalet stannar av.\n\n"
              "## Före mötet\n\n- Se filmen själv.\n- Boka ett rum med projektor.\n";
    t.readme = R"(# Ditt nya Reflekt-paket

Den här mappen är ett litet paket som fungerar som det är: en modul med en film, en text och
reflektionsfrågor. Byt ut innehållet mot ditt eget, fil för fil.

## Filerna

- `bundle.json` beskriver paketet: titel, utgivare, moduler och steg. Texterna står under
  språkkoden `"sv"`. Ändra texterna mellan citattecknen, men låt fältnamnen vara.
- `media/film.mp4` är en platshållare som säger "Byt ut den här filmen". Lägg din film på samma
  plats med samma namn (MP4 med H.264, eller WebM). Skriv sedan filmens längd i sekunder i
  `"durationSeconds"`; `reflekt validate` läser den verkliga längden och säger till om de skiljer sig.
- `media/film.sv.vtt` är filmens undertexter i WebVTT. Har du en SRT-fil gör Reflekt om den:
  `reflekt convert-captions film.srt media/film.sv.vtt`.
- `"chapters"` i bundle.json är kapitelmarkeringar: sekunder från filmens början och en titel.
- `text/modul-1.md` är textsteget, skrivet i Markdown (`#` för rubrik, `-` för lista). En bild
  läggs i mappen `media` och visas med raden `![Vad bilden visar](../media/bild.png)`; texten
  inom hakparenteserna läses upp av skärmläsare.
- `guides/modul-1.md` är handledningen som samtalsledaren ser på sin skärm under ett gruppmöte.
  Den visas aldrig på projektorn.
- Frågorna står under `"questions"` i reflektionssteget. En fråga kan ha egna delfrågor under
  `"questions"`, och `"minutes"` är den tid samtalet planeras ta.

Varje `"id"` är ett namn som Reflekt känner igen steget och frågan på. Ändra det inte efter att
paketet har börjat användas: deltagarnas anteckningar hör till det.

## Pröva och packa

    reflekt validate .                  visar varje fel med rad i bundle.json
    reflekt pack . -o mitt-paket.reflekt

`pack` lämnar bara filer som bundle.json hänvisar till, som den här README-filen, utanför paketet.
)";
    return t;
}

TemplateTexts bokmal()
{
    TemplateTexts t;
    t.packageTitle = "Min nye pakke";
    t.description = "Skriv her hva pakken handler om og hvordan den er tenkt brukt, for eksempel på "
                    "avdelingsmøter gjennom et semester.";
    t.audience = "Skriv her hvem pakken er for, for eksempel programrådgivere og veiledere";
    t.publisher = "Skriv utgiverens navn her";
    t.moduleTitle = "Modul 1";
    t.moduleSummary = "En setning eller to om hva modulen tar opp.";
    t.filmTitle = "Film";
    t.captionLabel = "Norsk";
    t.chapterOne = "Begynnelsen";
    t.chapterTwo = "Andre del";
    t.textTitle = "Les mer";
    t.reflectionTitle = "Reflekter sammen";
    t.reflectionIntro = "Snakk sammen to og to. Ikke nevn personer dere møter i arbeidet.";
    t.questionOne = "Hva i filmen kjenner du igjen fra ditt eget arbeid?";
    t.subQuestion = "Hva gjorde du da, og hva ville du gjort i dag?";
    t.questionTwo = "Hva vil du prøve ut den nærmeste uken?";
    t.captions = "WEBVTT\n\n00:00:00.500 --> 00:00:04.500\nHer kommer filmen din.\n\n"
                 "00:00:05.000 --> 00:00:09.500\nBytt ut filmen og denne tekstfilen.\n";
    t.text = "# Les mer\n\nSkriv modulens tekst her. En tom linje begynner et nytt avsnitt.\n\n"
             "## En mellomtittel\n\n- et punkt i en liste\n- et punkt til\n\n"
             "Hvordan du viser et bilde i teksten, står i README.md.\n";
    t.guide = "# Veiledning for møteleder\n\nSkriv her hvordan møtet kan gå: hvor lang tid hver del tar, "
              "hva du sier før filmen og hva du gjør hvis samtalen stopper opp.\n\n"
              "## Før møtet\n\n- Se filmen selv.\n- Bestill et rom med projektor.\n";
    t.readme = R"(# Den nye Reflekt-pakken din

Denne mappen er en liten pakke som virker som den er: én modul med en film, en tekst og
refleksjonsspørsmål. Bytt ut innholdet med ditt eget, fil for fil.

## Filene

- `bundle.json` beskriver pakken: tittel, utgiver, moduler og steg. Tekstene står under
  språkkoden `"nb"`. Endre tekstene mellom anførselstegnene, men la feltnavnene være.
- `media/film.mp4` er en plassholder som sier "Bytt ut denne filmen". Legg filmen din på samme
  sted med samme navn (MP4 med H.264, eller WebM). Skriv så filmens lengde i sekunder i
  `"durationSeconds"`; `reflekt validate` leser den virkelige lengden og sier fra hvis de er ulike.
- `media/film.nb.vtt` er filmens undertekster i WebVTT. Har du en SRT-fil, gjør Reflekt den om:
  `reflekt convert-captions film.srt media/film.nb.vtt`.
- `"chapters"` i bundle.json er kapittelmerker: sekunder fra filmens begynnelse og en tittel.
- `text/modul-1.md` er tekststeget, skrevet i Markdown (`#` for overskrift, `-` for liste). Et
  bilde legges i mappen `media` og vises med linjen `![Hva bildet viser](../media/bilde.png)`;
  teksten i hakeparentesene leses opp av skjermlesere.
- `guides/modul-1.md` er veiledningen møtelederen ser på sin egen skjerm under et gruppemøte.
  Den vises aldri på projektoren.
- Spørsmålene står under `"questions"` i refleksjonssteget. Et spørsmål kan ha egne
  underspørsmål under `"questions"`, og `"minutes"` er tiden samtalen er planlagt å ta.

Hver `"id"` er et navn Reflekt kjenner igjen steget og spørsmålet på. Ikke endre det etter at
pakken er tatt i bruk: deltakernes notater hører til det.

## Prøv og pakk

    reflekt validate .                  viser hver feil med linje i bundle.json
    reflekt pack . -o min-pakke.reflekt

`pack` lar filer som bundle.json ikke viser til, som denne README-filen, ligge utenfor pakken.
)";
    return t;
}

TemplateTexts english()
{
    TemplateTexts t;
    t.packageTitle = "My new package";
    t.description = "Say here what the package is about and how it is meant to be used, for example at "
                    "team meetings over a term.";
    t.audience = "Say here who the package is for, for example teachers and librarians";
    t.publisher = "Your organisation's name";
    t.moduleTitle = "Module 1";
    t.moduleSummary = "A sentence or two on what the module covers.";
    t.filmTitle = "Film";
    t.captionLabel = "English";
    t.chapterOne = "The beginning";
    t.chapterTwo = "The second part";
    t.textTitle = "Read more";
    t.reflectionTitle = "Reflect together";
    t.reflectionIntro = "Talk in pairs. Do not name anyone you meet at work.";
    t.questionOne = "What in the film do you recognise from your own work?";
    t.subQuestion = "What did you do then, and what would you do today?";
    t.questionTwo = "What will you try in the coming week?";
    t.captions = "WEBVTT\n\n00:00:00.500 --> 00:00:04.500\nYour film goes here.\n\n"
                 "00:00:05.000 --> 00:00:09.500\nReplace the film and this caption file.\n";
    t.text = "# Read more\n\nWrite the module's text here. An empty line starts a new paragraph.\n\n"
             "## A subheading\n\n- an item in a list\n- another item\n\n"
             "How to show a picture in the text is explained in README.md.\n";
    t.guide = "# Guide for the discussion leader\n\nSay here how the meeting can go: how long each part "
              "takes, what to say before the film and what to do when the talk runs dry.\n\n"
              "## Before the meeting\n\n- Watch the film yourself.\n- Book a room with a projector.\n";
    t.readme = R"(# Your new Reflekt package

This folder is a small package that works as it is: one module with a film, a text and reflection
questions. Replace its content with your own, file by file.

## The files

- `bundle.json` describes the package: title, publisher, modules and steps. The texts are under
  the language code `"en"`. Change the texts between the quotes, but keep the field names.
- `media/film.mp4` is a placeholder that says "Replace this film". Put your film in its place with
  the same name (MP4 with H.264, or WebM). Then write its length in seconds in
  `"durationSeconds"`; `reflekt validate` reads the real length and tells you when they differ.
- `media/film.en.vtt` holds the film's captions in WebVTT. If you have an SRT file, Reflekt
  converts it: `reflekt convert-captions film.srt media/film.en.vtt`.
- `"chapters"` in bundle.json are chapter marks: seconds from the film's start and a title.
- `text/modul-1.md` is the text step, in Markdown (`#` for a heading, `-` for a list). Put a
  picture in the `media` folder and show it with the line `![What it shows](../media/picture.png)`;
  the text in the square brackets is what a screen reader says.
- `guides/modul-1.md` is the guide the discussion leader sees on their own screen during a group
  session. It never reaches the projector.
- The questions are under `"questions"` in the reflection step. A question can have its own
  sub-questions under `"questions"`, and `"minutes"` is the time its talk is planned to take.

Each `"id"` is the name Reflekt knows a step or a question by. Do not change it once the package
is in use: the participants' notes belong to it.

## Try it and pack it

    reflekt validate .                  names each problem with its line in bundle.json
    reflekt pack . -o my-package.reflekt

`pack` leaves files that bundle.json does not refer to, such as this README, out of the package.
)";
    return t;
}

} // namespace

const TemplateTexts& templateTexts(const std::string& language)
{
    static const TemplateTexts kSwedish = swedish();
    static const TemplateTexts kBokmal = bokmal();
    static const TemplateTexts kEnglish = english();
    if (language == "sv")
        return kSwedish;
    if (language == "nb")
        return kBokmal;
    return kEnglish;
}

} // namespace reflekt
