#include "app/CliInit.h"

#include "app/CliArgs.h"
#include "core/BundleLoader.h"
#include "core/PackageTemplate.h"
#include "core/UnicodeText.h"

#include <QFile>

#include <iostream>

namespace reflekt {

int CliInit::run(const std::vector<std::string>& argsIn)
{
    std::vector<std::string> args = argsIn;
    const std::string language = CliArgs::takeOption(args, "--language").value_or("en");
    if (args.size() != 1 || language.empty()) {
        std::cerr << "reflekt: init needs one folder for the new package\n"
                     "usage: reflekt init DIR [--language sv|nb|en]\n";
        return 2;
    }
    QFile film(QStringLiteral(":/reflekt/template/placeholder-film.mp4"));
    if (!film.open(QIODevice::ReadOnly)) {
        std::cerr << "reflekt: the placeholder film is missing from this build of Reflekt\n";
        return 1;
    }
    const QByteArray filmBytes = film.readAll();
    const TemplateResult result =
        writePackageTemplate(args[0], language, std::string_view(filmBytes.constData(),
                                                                  static_cast<std::size_t>(filmBytes.size())));
    for (const Problem& p : result.problems)
        std::cerr << "reflekt: " << terminalSafe(p.toString()) << "\n";
    if (!result.ok())
        return 1;
    // What was written must pass the checks an author will run next; say so if it does not.
    const LoadResult check = loadBundle(args[0], LoadOptions{true, true, true});
    for (const Problem& p : check.problems)
        std::cerr << "  " << terminalSafe(p.toString()) << "\n";
    std::cout << "wrote a new package in " << terminalSafe(args[0]) << ":\n";
    for (const std::string& f : result.written)
        std::cout << "  " << terminalSafe(f) << "\n";
    std::cout << "Read README.md there first. Check it with: reflekt validate " << terminalSafe(args[0])
              << "\n";
    return check.ok() ? 0 : 1;
}

} // namespace reflekt
