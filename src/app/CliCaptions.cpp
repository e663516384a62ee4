#include "app/CliCaptions.h"

#include "app/CliArgs.h"
#include "core/DurableFile.h"
#include "core/SrtConverter.h"
#include "core/UnicodeText.h"
#include "core/WebVtt.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace fs = std::filesystem;

namespace reflekt {

int CliCaptions::run(const std::vector<std::string>& argsIn)
{
    std::vector<std::string> args = argsIn;
    const bool force = CliArgs::takeFlag(args, "--force");
    if (args.empty() || args.size() > 2) {
        std::cerr << "reflekt: convert-captions needs an .srt file and optionally the .vtt file to write\n"
                  << "usage: reflekt convert-captions [--force] IN.srt [OUT.vtt]\n";
        return 2;
    }
    const fs::path in(args[0]);
    fs::path out = args.size() == 2 ? fs::path(args[1]) : fs::path(in).replace_extension(".vtt");
    std::ifstream file(in, std::ios::binary);
    if (!file) {
        std::cerr << "reflekt: could not read " << terminalSafe(in.string()) << "\n";
        return 1;
    }
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (bytes.size() > kMaxWebVttBytes) {
        std::cerr << "reflekt: " << terminalSafe(in.string()) << " is over the caption size limit of "
                  << kMaxWebVttBytes << " bytes\n";
        return 1;
    }
    std::error_code ec;
    if (!force && fs::exists(out, ec)) {
        std::cerr << "reflekt: " << terminalSafe(out.string())
                  << " already exists; nothing was written (add --force to replace it)\n";
        return 1;
    }
    const SrtConversion result = convertSrtToWebVtt(bytes, in.string());
    for (const auto& p : result.problems)
        std::cerr << terminalSafe(p.toString()) << "\n";
    if (!result.ok()) {
        std::cerr << "reflekt: " << terminalSafe(in.string()) << " was not converted; nothing was written\n";
        return 1;
    }
    const WriteResult written = writeFileDurably(out, result.vtt);
    if (!written.ok()) {
        std::cerr << "reflekt: " << terminalSafe(written.error) << "; nothing was written\n";
        return 1;
    }
    const std::size_t cues = parseWebVtt(result.vtt, out.string()).cues.size();
    std::cout << "converted " << terminalSafe(in.string()) << " into " << terminalSafe(out.string()) << " ("
              << cues << (cues == 1 ? " cue)\n" : " cues)\n");
    return 0;
}

} // namespace reflekt
