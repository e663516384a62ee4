// The tagged PDF as assistive technology and a reader meet it: poppler's pdfinfo -struct-text for the
// structure tree, the file's own catalog and outline objects, and pdftotext page by page.
#include "ExportFixture.h"

#include "export/Exporter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <map>

using namespace reflekt;
using namespace reflekt::test;

namespace {

const char* const kWords[] = {"ärlighet", "förtroende", "bemötande", "gemenskap", "språk", "möte", "åtgärd",
                              "väg", "höst", "tillåtelse", "överblick", "närhet"};

// A package in Swedish and Bokmål: `modules` modules of two reflection steps, each step with
// `questions` questions that have one sub-question each.
Bundle makeBundle(int modules, int questions)
{
    Bundle b;
    b.id = "test.tagged";
    b.version = "1.0.0";
    b.defaultLanguage = "sv";
    b.languages = {"sv", "nb"};
    b.title.set("sv", "Bemötande i vardagen");
    b.title.set("nb", "Møter i hverdagen");
    for (int m = 1; m <= modules; ++m) {
        Module module;
        module.id = "m" + std::to_string(m);
        module.title.set("sv", "Modul " + std::to_string(m) + ": samtal om förtroende");
        module.title.set("nb", "Modul " + std::to_string(m) + ": samtaler om tillit og ærlighet");
        for (const char* s : {"a", "b"}) {
            Step step;
            step.id = std::string("reflect-") + s;
            step.type = StepType::Reflection;
            step.title.set("sv", "Reflektion " + std::string(s) + " i modul " + std::to_string(m));
            step.title.set("nb", "Refleksjon " + std::string(s) + " i modul " + std::to_string(m));
            for (int q = 1; q <= questions; ++q) {
                Question question;
                question.id = module.id + s + "q" + std::to_string(q);
                question.text.set("sv", "Vad betyder fråga " + std::to_string(q) + std::string(s) + " i modul " +
                                            std::to_string(m) + " för dig?");
                question.text.set("nb", "Hva betyr spørsmål " + std::to_string(q) + std::string(s) + " i modul " +
                                            std::to_string(m) + " for deg, på ærlig vis?");
                Question sub;
                sub.id = question.id + "x";
                sub.text.set("sv", "Ge ett exempel på " + std::to_string(q) + std::string(s) + " från modul " +
                                       std::to_string(m) + ".");
                sub.text.set("nb", "Gi et eksempel på " + std::to_string(q) + std::string(s) + " fra modul " +
                                       std::to_string(m) + ".");
                question.children.push_back(sub);
                step.questions.push_back(question);
            }
            module.steps.push_back(step);
        }
        b.modules.push_back(module);
    }
    return b;
}

/** An answer of `words` words, each unique in the whole export (a running counter), with å ä ö. */
std::string answer(int words, int& counter)
{
    std::string text;
    for (int i = 0; i < words; ++i) {
        text += kWords[counter % 12] + std::to_string(counter) + (i % 9 == 8 ? ". " : " ");
        ++counter;
    }
    return text + "slut" + std::to_string(counter++) + ".";
}

QString exportPdf(ExportFixture& f, const Bundle& bundle, const QString& name, const QString& language = {})
{
    ExportRequest r;
    r.participantId = f.asa;
    r.scope = ExportScope::Package;
    r.bundleId = QString::fromStdString(bundle.id);
    r.language = language;
    r.locale = QLocale(QLocale::Swedish, QLocale::Sweden);
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.filePath = f.file(name);
    const ExportResult result = Exporter::exportNotes(*f.store, {&bundle}, r, options);
    REQUIRE(result.ok());
    return options.filePath;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString decodePdfString(const QString& s)
{
    if (s.startsWith(u'(')) // cairo writes plain ASCII as a literal string
        return s.mid(1, s.size() - 2);
    const QByteArray bytes = QByteArray::fromHex(s.mid(1, s.size() - 2).toLatin1());
    QString out;
    for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
        out += QChar(static_cast<char16_t>((static_cast<unsigned char>(bytes[i]) << 8) | static_cast<unsigned char>(bytes[i + 1])));
    return out;
}

/** Bookmarks: object number -> (title, parent object number). */
std::map<int, std::pair<QString, int>> outlines(const QByteArray& pdf)
{
    std::map<int, std::pair<QString, int>> found;
    static const QRegularExpression item(
        QStringLiteral("(\\d+) 0 obj\\n<< /Title (<[0-9A-Fa-f]*>|\\([^)]*\\))\\n\\s*/Parent (\\d+) 0 R"));
    auto it = item.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        const auto m = it.next();
        found[m.captured(1).toInt()] = {decodePdfString(m.captured(2)), m.captured(3).toInt()};
    }
    return found;
}

/** The structure tree as pdfinfo prints it: element names and their text, in reading order. */
struct StructLine {
    QString element; ///< empty for a text line
    QString text;
};

std::vector<StructLine> structTree(const QString& pdf)
{
    std::vector<StructLine> lines;
    const QString out = run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), pdf});
    static const QRegularExpression element(QStringLiteral("^\\s*([A-Za-z0-9]+)( \\(\\w+\\))?\\s*$"));
    for (const QString& line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QString t = line.trimmed();
        if (t.startsWith(u'"'))
            lines.push_back({QString(), t.mid(1, t.size() - 2)});
        else if (const auto m = element.match(line); m.hasMatch())
            lines.push_back({m.captured(1), QString()});
    }
    return lines;
}

/** The page's lines as pdftotext reads them, without the running header and the footer. */
QStringList bodyLines(const QString& pdf, int page, const QString& header)
{
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                           QStringLiteral("-f"), QString::number(page),
                                                           QStringLiteral("-l"), QString::number(page), pdf,
                                                           QStringLiteral("-")});
    static const QRegularExpression footer(QStringLiteral("^Page \\d+ of \\d+$"));
    QStringList lines;
    for (const QString& raw : text.split(u'\n')) {
        const QString line = raw.simplified();
        if (!line.isEmpty() && line != header && !footer.match(line).hasMatch())
            lines << line;
    }
    return lines;
}

} // namespace

TEST_CASE("PDF export is tagged with language, title and bookmarks", "[pdf][a11y]")
{
    ExportFixture f;
    const Bundle bundle = makeBundle(2, 2);
    int counter = 0;
    std::map<std::string, std::string> answers;
    for (const Module& m : bundle.modules)
        for (const Step& s : m.steps)
            for (const Question& q : s.questions) {
                answers[q.id] = answer(40, counter);
                f.store->notes().save(f.asa, bundle.id, bundle.version, q.id, answers[q.id]);
            }

    SECTION("in the document's language")
    {
        const QString pdf = exportPdf(f, bundle, QStringLiteral("tagged.pdf"));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        INFO(info.toStdString());
        CHECK(info.contains(QRegularExpression(QStringLiteral("Tagged:\\s+yes\\n"))));
        CHECK(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Bemötande i vardagen\\n"))));
        CHECK(info.contains(QRegularExpression(QStringLiteral("Author:\\s+Åsa Öberg\\n"))));
        CHECK(info.contains(QRegularExpression(QStringLiteral("CreationDate:\\s+\\S"))));

        // The catalog: marked, in Swedish, and a viewer shows the title rather than the file name.
        const QByteArray bytes = readAll(pdf);
        CHECK(bytes.contains("/MarkInfo << /Marked true >>"));
        CHECK(bytes.contains("/Lang (sv-SE)"));
        CHECK(bytes.contains("/ViewerPreferences << /DisplayDocTitle true >>"));

        // The structure tree in reading order: title, module, step, question, its answer, next module.
        const std::vector<StructLine> tree = structTree(pdf);
        REQUIRE(!tree.empty());
        CHECK(tree.front().element == QStringLiteral("Document"));
        const auto find = [&](const QString& element, const QString& text, std::size_t from = 0) {
            for (std::size_t i = from; i + 1 < tree.size(); ++i)
                if (tree[i].element == element) {
                    QString inside; // the text of the element and its children
                    for (std::size_t j = i + 1; j < tree.size() && tree[j].element != element &&
                                                (tree[j].element.isEmpty() || tree[j].element == QStringLiteral("Span"));
                         ++j)
                        inside += tree[j].text;
                    if (inside.simplified().contains(text))
                        return i;
                }
            return tree.size();
        };
        const std::size_t title = find(QStringLiteral("H1"), QStringLiteral("Bemötande i vardagen"));
        const std::size_t module1 = find(QStringLiteral("H2"), QStringLiteral("Modul 1: samtal om förtroende"));
        const std::size_t step = find(QStringLiteral("H3"), QStringLiteral("Reflektion a i modul 1"));
        const std::size_t question =
            find(QStringLiteral("P"), QStringLiteral("Vad betyder fråga 1a i modul 1 för dig?"));
        const std::size_t firstAnswer = find(QStringLiteral("P"), QString::fromStdString(answers["m1aq1"]).left(30));
        const std::size_t module2 = find(QStringLiteral("H2"), QStringLiteral("Modul 2: samtal om förtroende"));
        CHECK(title < module1);
        CHECK(module1 < step);
        CHECK(step < question);
        CHECK(question < firstAnswer);
        CHECK(firstAnswer < module2);
        CHECK(module2 < tree.size());
        // Questions are a list: item, its number as the label, the question and answer in the body.
        CHECK(question > 3);
        CHECK(tree[question - 1].element == QStringLiteral("LBody"));
        CHECK(tree[question - 3].element == QStringLiteral("Lbl"));
        CHECK(tree[question - 2].text == QStringLiteral("1"));
        // The whole answer is in the tree; the running header and the footer are not.
        QString all;
        for (const StructLine& l : tree)
            all += l.text;
        const QString squeezed = QString(all).remove(u' ');
        CHECK(squeezed.contains(QString::fromStdString(answers["m2bq2"]).remove(u' ')));
        CHECK(!all.contains(QStringLiteral("Page 2 of")));

        // Bookmarks: modules, their steps, the questions inside, sub-questions inside those.
        const auto marks = outlines(bytes);
        const auto byTitle = [&](const QString& t) {
            for (const auto& [id, entry] : marks)
                if (entry.first == t)
                    return id;
            return -1;
        };
        const int m1 = byTitle(QStringLiteral("Modul 1: samtal om förtroende"));
        const int s1 = byTitle(QStringLiteral("Reflektion a i modul 1"));
        const int q1 = byTitle(QStringLiteral("1 Vad betyder fråga 1a i modul 1 för dig?"));
        const int q11 = byTitle(QStringLiteral("1.1 Ge ett exempel på 1a från modul 1."));
        INFO("bookmarks: " << marks.size());
        REQUIRE(m1 > 0);
        REQUIRE(s1 > 0);
        REQUIRE(q1 > 0);
        REQUIRE(q11 > 0);
        CHECK(marks.at(s1).second == m1);
        CHECK(marks.at(q1).second == s1);
        CHECK(marks.at(q11).second == q1);
        CHECK(byTitle(QStringLiteral("Modul 2: samtal om förtroende")) > 0);
    }

    SECTION("with the package in another language, its texts are marked as such")
    {
        const QString pdf = exportPdf(f, bundle, QStringLiteral("bokmal.pdf"), QStringLiteral("nb"));
        const QString text = pdfText(pdf);
        CHECK(text.contains(QStringLiteral("Modul 1: samtaler om tillit og ærlighet")));
        CHECK(text.contains(QStringLiteral("Hva betyr spørsmål 1a i modul 1 for deg, på ærlig vis?")));
        const QByteArray bytes = readAll(pdf);
        CHECK(bytes.contains("/Lang (sv-SE)")); // the labels and dates are still Swedish
        // The last version of every structure element (the update appends new ones).
        std::map<int, QByteArray> elements;
        static const QRegularExpression object(QStringLiteral("(\\d+) 0 obj\\n(<< /Type /StructElem.*?)endobj"),
                                               QRegularExpression::DotMatchesEverythingOption);
        auto it = object.globalMatch(QString::fromLatin1(bytes));
        while (it.hasNext()) {
            const auto m = it.next();
            elements[m.captured(1).toInt()] = m.captured(2).toLatin1();
        }
        std::map<QByteArray, int> marked, all;
        for (const auto& [id, obj] : elements) {
            const QByteArray type = QRegularExpression(QStringLiteral("/S /(\\w+)")).match(QString::fromLatin1(obj)).captured(1).toLatin1();
            ++all[type];
            if (obj.contains("/Lang (nb)"))
                ++marked[type];
        }
        CHECK(all[QByteArrayLiteral("H2")] == 2);
        CHECK(marked[QByteArrayLiteral("H2")] == 2); // module titles
        CHECK(marked[QByteArrayLiteral("H3")] == 4); // step titles
        CHECK(marked[QByteArrayLiteral("H1")] == 1); // the package's title on the title page
        // 16 questions and sub-questions are Bokmål; answers, dates and "Last edited" are not marked.
        CHECK(marked[QByteArrayLiteral("P")] == 16);
        CHECK(all[QByteArrayLiteral("P")] > 16 + 8);
        CHECK(marked[QByteArrayLiteral("Lbl")] == 0);
    }
}

TEST_CASE("no line of an export appears on two pages", "[pdf][a11y]")
{
    ExportFixture f;
    const Bundle bundle = makeBundle(12, 3);
    int counter = 0;
    int k = 0;
    for (const Module& m : bundle.modules)
        for (const Step& s : m.steps)
            for (const Question& q : s.questions) {
                ++k;
                f.store->notes().save(f.asa, bundle.id, bundle.version, q.id, answer(20 + (k * 41) % 260, counter));
                if (k % 3 != 0) // every third sub-question stays unanswered
                    f.store->notes().save(f.asa, bundle.id, bundle.version, q.children[0].id,
                                          answer(5 + (k * 13) % 90, counter));
            }
    const QString pdf = exportPdf(f, bundle, QStringLiteral("long.pdf"));
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    REQUIRE(pages >= 30);

    QSet<QString> headings;
    for (const Module& m : bundle.modules) {
        headings << QString::fromStdString(m.title.get("sv", "sv"));
        for (const Step& s : m.steps)
            headings << QString::fromStdString(s.title.get("sv", "sv"));
    }
    static const QRegularExpression question(QStringLiteral("^\\d+(\\.\\d+)? (Vad betyder|Ge ett exempel)"));
    static const QRegularExpression word(QStringLiteral("\\b\\p{L}+(\\d+)\\b"));
    std::map<QString, int> pageOfLine;
    std::map<int, int> seenWords; // every answer word is unique: how often each was printed
    for (int page = 2; page <= pages; ++page) {
        const QStringList lines = bodyLines(pdf, page, QStringLiteral("Bemötande i vardagen"));
        INFO("page " << page << ":\n" << lines.join(u'\n').toStdString());
        REQUIRE(!lines.isEmpty());
        for (const QString& line : lines) {
            if (line.startsWith(QStringLiteral("Last edited")) || line == QStringLiteral("No answer"))
                continue; // the same on many questions
            const auto [at, inserted] = pageOfLine.emplace(line, page);
            INFO("line: " << line.toStdString());
            CHECK((inserted || at->second == page));
            auto words = word.globalMatch(line);
            while (words.hasNext())
                ++seenWords[words.next().captured(1).toInt()];
        }
        if (page < pages) { // a page never ends with a heading or a question: they keep with what follows
            INFO("last line: " << lines.last().toStdString());
            CHECK(!headings.contains(lines.last()));
            CHECK(!question.match(lines.last()).hasMatch());
        }
    }
    // Every word of every answer is printed once: no line doubled at a page break, none lost.
    CHECK(static_cast<int>(seenWords.size()) == counter);
    int twice = 0;
    for (const auto& [w, count] : seenWords)
        twice += count > 1 ? 1 : 0;
    CHECK(twice == 0);
}
