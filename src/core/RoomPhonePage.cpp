#include "core/RoomPhonePage.h"

#include "core/RoomText.h"

#include <array>

namespace reflekt {

namespace {

struct Texts {
    const char* sv;
    const char* nb;
    const char* en;
};

// Indexed by RoomPhonePage::Text. The page is the participants' own, so it speaks their language.
constexpr std::array<Texts, 18> kTexts = {{
    {"Reflekt – svara", "Reflekt – svar", "Reflekt – answer"},
    {"Fråga %1 av %2", "Spørsmål %1 av %2", "Question %1 of %2"},
    {"Ditt svar (anonymt)", "Svaret ditt (anonymt)", "Your answer (anonymous)"},
    {"Skicka", "Send", "Send"},
    {"Tack! Ditt svar har kommit fram. Du kan skicka ett till.",
     "Takk! Svaret ditt er kommet fram. Du kan sende ett til.",
     "Thank you! Your answer has arrived. You can send another."},
    {"Skriv något innan du skickar.", "Skriv noe før du sender.", "Write something before you send."},
    {"Vänta på nästa fråga. Sidan visar den när samtalsledaren går vidare.",
     "Vent på neste spørsmål. Siden viser det når samtalslederen går videre.",
     "Wait for the next question. This page shows it when the facilitator moves on."},
    {"Gruppen har gått vidare till en ny fråga.", "Gruppen har gått videre til et nytt spørsmål.",
     "The group has moved on to a new question."},
    {"Visa den nya frågan", "Vis det nye spørsmålet", "Show the new question"},
    {"Inget namn frågas efter och inget som pekar ut din telefon sparas. Samtalsledaren ser svaret "
     "och kan visa det på duken.",
     "Det spørres ikke etter navn, og ingenting som peker ut telefonen din, lagres. Samtalslederen "
     "ser svaret og kan vise det på lerretet.",
     "No name is asked and nothing that identifies your phone is kept. The facilitator sees your "
     "answer and may show it on the wall."},
    {"Rummet är stängt, eller adressen är fel.", "Rommet er stengt, eller adressen er feil.",
     "The room is closed, or the address is wrong."},
    {"Sidan är för gammal. Ladda om den för att svara.", "Siden er for gammel. Last den inn på nytt for å svare.",
     "This page has expired. Reload it to answer."},
    {"Svaret är för långt: högst %1 tecken.", "Svaret er for langt: høyst %1 tegn.",
     "The answer is too long: at most %1 characters."},
    {"Du har skickat många svar på en minut. Vänta en stund och försök igen.",
     "Du har sendt mange svar på ett minutt. Vent litt og prøv igjen.",
     "You have sent many answers in a minute. Wait a moment and try again."},
    {"Rummet är fullt.", "Rommet er fullt.", "The room is full."},
    {"Det finns inget här.", "Det finnes ingenting her.", "There is nothing here."},
    {"Förfrågan är för stor.", "Forespørselen er for stor.", "The request is too large."},
    {"Förfrågan kunde inte läsas.", "Forespørselen kunne ikke leses.", "The request could not be read."},
}};

std::string replaceAll(std::string text, const std::string& what, const std::string& with)
{
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
        text.replace(at, what.size(), with);
    return text;
}

} // namespace

RoomPhonePage::RoomPhonePage(std::string language, std::size_t maxCharacters)
    : m_language(std::move(language)), m_maxCharacters(maxCharacters)
{
    if (m_language != "sv" && m_language != "nb")
        m_language = "en";
}

std::string RoomPhonePage::text(Text which) const
{
    const Texts& t = kTexts[static_cast<std::size_t>(which)];
    return m_language == "sv" ? t.sv : m_language == "nb" ? t.nb : t.en;
}

std::string RoomPhonePage::message(const std::string& text) const
{
    return "<!DOCTYPE html>\n<html lang=\"" + m_language +
           "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
           "initial-scale=1\"><title>" +
           escapeHtml(this->text(Text::Title)) + "</title></head><body><main><p>" + escapeHtml(text) +
           "</p></main></body></html>\n";
}

std::string RoomPhonePage::render(const RoomQuestion* question, const std::string& prefix,
                                  const std::string& phoneKey, long revision, RoomNotice notice) const
{
    const std::string p = escapeHtml(prefix);
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + m_language + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                       escapeHtml(text(Text::Title)) + "</title>\n<link rel=\"stylesheet\" href=\"" + p +
                       "/room.css\">\n</head>\n<body data-revision=\"" + std::to_string(revision) +
                       "\" data-now=\"" + p + "/now\">\n<main>\n";
    if (notice == RoomNotice::Sent)
        html += "<p class=\"notice\" role=\"status\" id=\"notice\">" + escapeHtml(text(Text::Thanks)) + "</p>\n";
    else if (notice == RoomNotice::Empty)
        html += "<p class=\"notice\" role=\"status\" id=\"notice\">" + escapeHtml(text(Text::Empty)) + "</p>\n";
    else if (notice == RoomNotice::Moved)
        html += "<p class=\"notice\" role=\"status\" id=\"notice\">" + escapeHtml(text(Text::Moved)) + "</p>\n";
    if (!question) {
        html += "<p class=\"waiting\" id=\"waiting\">" + escapeHtml(text(Text::Waiting)) + "</p>\n";
    } else {
        if (question->count > 1)
            html += "<p class=\"context\">" +
                    escapeHtml(replaceAll(replaceAll(text(Text::QuestionOf), "%1", std::to_string(question->number)),
                                          "%2", std::to_string(question->count))) +
                    "</p>\n";
        html += "<h1 id=\"question\">" + escapeHtml(question->text) + "</h1>\n";
        if (!question->subQuestions.empty()) {
            html += "<ul class=\"sub\">\n";
            for (const std::string& sub : question->subQuestions)
                html += "<li>" + escapeHtml(sub) + "</li>\n";
            html += "</ul>\n";
        }
        html += "<form method=\"post\" action=\"" + p + "/answer\" accept-charset=\"utf-8\">\n"
                "<input type=\"hidden\" name=\"phone\" value=\"" + escapeHtml(phoneKey) + "\">\n"
                "<input type=\"hidden\" name=\"q\" value=\"" + escapeHtml(question->id) + "\">\n"
                "<label for=\"answer\">" + escapeHtml(text(Text::YourAnswer)) + "</label>\n"
                "<textarea id=\"answer\" name=\"text\" rows=\"5\" maxlength=\"" +
                std::to_string(m_maxCharacters) + "\" required></textarea>\n"
                "<button type=\"submit\" id=\"send\">" + escapeHtml(text(Text::Send)) + "</button>\n</form>\n";
    }
    html += "<p class=\"moved\" id=\"moved\" hidden>" + escapeHtml(text(Text::Moved)) + " <a href=\"" + p + "/\">" +
            escapeHtml(text(Text::ShowNew)) + "</a></p>\n";
    html += "<p class=\"privacy\">" + escapeHtml(text(Text::Privacy)) + "</p>\n";
    html += "</main>\n<script src=\"" + p + "/room.js\"></script>\n</body>\n</html>\n";
    return html;
}

} // namespace reflekt
