#include "app/CliHelp.h"

#include "app/CliExport.h"
#include "app/CliXapi.h"

#include <algorithm>

namespace reflekt {

const std::vector<CliHelp::Command>& CliHelp::commands()
{
    static const std::vector<Command> all = {
        {"validate", "check bundle folders or .reflekt files; each problem names file, field and line",
         "reflekt validate [--json] PATH...",
         "  --json   one JSON document on standard output instead of text\n"
         "Exit status: 0 all valid, 1 problems found, 2 usage error."},
        {"init", "start a new package: a small valid bundle folder with a README that explains it",
         "reflekt init DIR [--language sv|nb|en]",
         "  --language sv|nb|en   the language of the package's texts and README (default en)\n"
         "Exit status: 0 written, 1 failed (the reason is printed), 2 usage error."},
        {"pack", "make a reproducible .reflekt archive of a bundle folder (same input, same bytes)",
         "reflekt pack [--include-unreferenced] DIR -o FILE.reflekt",
         "  --include-unreferenced   also pack files that bundle.json does not refer to (they are\n"
         "                           listed and left out otherwise); a local schema copy never goes in\n"
         "Exit status: 0 written, 1 the bundle has errors, 2 usage error."},
        {"import", "check a .reflekt file and unpack it into your library",
         "reflekt import [--data-dir DIR] FILE.reflekt",
         "  --data-dir DIR   the data folder (default ~/.local/share/reflekt/reflekt)\n"
         "Exit status: 0 imported, 1 refused (the reason is printed), 2 usage error."},
        {"list", "the packages in your library, with each one's status",
         "reflekt list [--data-dir DIR] [--modules-dir DIR] [--json]",
         "  --json   one JSON document on standard output instead of text"},
        {"export", "a profile's reflection notes, or a session's minutes, as PDF, ODT or Markdown",
         CliExport::usageLine(),
         "  --language sv|nb|en   the language of the document's labels and dates (default: the\n"
         "                        language chosen in Reflekt's settings, else the system's)\n"
         "  --session ID          the minutes of group session ID instead of notes\n"
         "Exit status: 0 written, 1 failed (the reason is printed), 2 usage error."},
        {"xapi", "a profile's progress as xAPI statements in a JSON file", CliXapi::usageLine(),
         "Exit status: 0 written, 1 failed, 2 usage error."},
        {"convert-captions", "an SRT caption file as WebVTT, the caption format packages use",
         "reflekt convert-captions [--force] IN.srt [OUT.vtt]",
         "  OUT.vtt   the file to write (default: IN with .vtt instead of .srt)\n"
         "  --force   replace OUT.vtt if it exists\n"
         "Exit status: 0 written, 1 failed (the reason is printed), 2 usage error."},
        {"help", "this list, or how one command is used", "reflekt help [COMMAND]", {}},
    };
    return all;
}

const CliHelp::Command* CliHelp::find(const std::string& name)
{
    const auto& all = commands();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Command& c) { return c.name == name; });
    return it == all.end() ? nullptr : &*it;
}

std::string CliHelp::overview()
{
    std::string out = "Commands (they need no display):\n";
    std::size_t width = 0;
    for (const Command& c : commands())
        width = std::max(width, c.name.size());
    for (const Command& c : commands())
        out += "  " + c.name + std::string(width + 2 - c.name.size(), ' ') + c.summary + "\n";
    out += "Run 'reflekt help COMMAND' or 'reflekt COMMAND --help' for one command's options.\n";
    return out;
}

std::string CliHelp::usage(const std::string& name)
{
    const Command* c = find(name);
    if (!c)
        return {};
    std::string out = "usage: " + c->usage + "\n" + c->summary + "\n";
    if (!c->details.empty())
        out += c->details + "\n";
    return out;
}

bool CliHelp::wantsHelp(const std::vector<std::string>& args)
{
    return std::any_of(args.begin(), args.end(),
                       [](const std::string& a) { return a == "--help" || a == "-h"; });
}

} // namespace reflekt
