#include "core/FileSniffer.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include <sys/stat.h>

using namespace reflekt;
using namespace std::string_literals;
namespace fs = std::filesystem;

namespace {

std::string bytesOf(std::initializer_list<int> values)
{
    std::string out;
    for (int v : values)
        out += static_cast<char>(static_cast<unsigned char>(v));
    return out;
}

// A scratch folder for files written by one test, removed again afterwards.
struct TempDir {
    fs::path path;
    TempDir()
    {
        std::random_device rd;
        path = fs::temp_directory_path() / ("reflekt-sniff-" + std::to_string(rd()));
        fs::create_directories(path);
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    fs::path write(const std::string& name, const std::string& bytes) const
    {
        std::ofstream out(path / name, std::ios::binary);
        out << bytes;
        return path / name;
    }
};

} // namespace

TEST_CASE("FileSniffer: films are recognised by their magic bytes", "[sniff]")
{
    CHECK(sniffBytes(bytesOf({0, 0, 0, 0x20}) + "ftypisom" + std::string(8, '\0')) == FileKind::Mp4);
    CHECK(sniffBytes(bytesOf({0, 0, 0, 0x18}) + "ftypqt  " + std::string(8, '\0')) == FileKind::Mp4);
    CHECK(sniffBytes(bytesOf({0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81})) == FileKind::WebM);
    CHECK(sniffBytes(std::string("OggS") + bytesOf({0, 2})) == FileKind::Ogg);
    // A HEIC/AVIF still image is ISO BMFF too, but no film.
    CHECK(sniffBytes(bytesOf({0, 0, 0, 0x1C}) + "ftypavif" + std::string(8, '\0')) == FileKind::Unknown);
    CHECK(sniffBytes(bytesOf({0, 0, 0, 0x1C}) + "ftypheic" + std::string(8, '\0')) == FileKind::Unknown);
    // "ftyp" at the wrong offset, or truncated before the brand.
    CHECK(sniffBytes("ftypisom00000000") == FileKind::Unknown);
    CHECK(sniffBytes(bytesOf({0, 0, 0, 0x20}) + "ftyp") == FileKind::Unknown);
    for (FileKind k : {FileKind::Mp4, FileKind::WebM, FileKind::Ogg}) {
        CHECK(isVideo(k));
        CHECK_FALSE(isImage(k));
    }
}

TEST_CASE("FileSniffer: images and PDF are recognised", "[sniff]")
{
    CHECK(sniffBytes(bytesOf({0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13})) == FileKind::Png);
    CHECK(sniffBytes(bytesOf({0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'})) == FileKind::Jpeg);
    CHECK(sniffBytes("GIF89a\x01\x00") == FileKind::Gif);
    CHECK(sniffBytes("GIF87a\x01\x00") == FileKind::Gif);
    CHECK(sniffBytes("RIFF\x24\x00\x00\x00WEBPVP8 "s) == FileKind::WebP);
    CHECK(sniffBytes("RIFF\x24\x00\x00\x00WAVEfmt "s) == FileKind::Unknown);  // a WAV file is no image
    CHECK(sniffBytes("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") == FileKind::Pdf);
    CHECK(sniffBytes("%PD") == FileKind::Unknown);
    // A PNG signature with a broken line-ending byte (text-mode transfer damage) is not a PNG.
    CHECK(sniffBytes(bytesOf({0x89, 'P', 'N', 'G', '\n', 0x1A, '\n', 0})) == FileKind::Unknown);
    for (FileKind k : {FileKind::Png, FileKind::Jpeg, FileKind::Gif, FileKind::WebP, FileKind::Svg}) {
        CHECK(isImage(k));
        CHECK_FALSE(isVideo(k));
    }
    CHECK_FALSE(isImage(FileKind::Pdf));
    CHECK_FALSE(isVideo(FileKind::Unknown));
}

TEST_CASE("FileSniffer: SVG is text that opens with an svg element", "[sniff]")
{
    CHECK(sniffBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") == FileKind::Svg);
    CHECK(sniffBytes("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg>") == FileKind::Svg);
    CHECK(sniffBytes("<?xml version=\"1.0\"?>\r\n<!-- Skapad i Inkscape -->\n"
                     "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                     "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                     "<svg\n  width=\"10\">") == FileKind::Svg);
    CHECK(sniffBytes("<!DOCTYPE svg [ <!ENTITY a \"<b>\"> ]>\n<svg>") == FileKind::Svg);
    CHECK(sniffBytes("  \n\t<svg>") == FileKind::Svg);

    CHECK(sniffBytes("<html><svg></svg></html>") == FileKind::Unknown);
    CHECK(sniffBytes("<svgx>") == FileKind::Unknown);
    CHECK(sniffBytes("<svg") == FileKind::Unknown);
    CHECK(sniffBytes("<!-- never closed <svg>") == FileKind::Unknown);
    CHECK(sniffBytes("# Rubrik\n\nText med <svg> i.") == FileKind::Unknown);
    CHECK(sniffBytes("") == FileKind::Unknown);
}

TEST_CASE("FileSniffer: files are sniffed by content, not by name", "[sniff]")
{
    TempDir dir;
    const std::string png = bytesOf({0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}) + std::string(10000, 'x');
    CHECK(sniffFile(dir.write("cover.png", png)) == FileKind::Png);
    CHECK(sniffFile(dir.write("film.mp4", png)) == FileKind::Png);
    CHECK(sniffFile(dir.write("film.mp4.txt", "Det här är ingen film.\n")) == FileKind::Unknown);
    CHECK(sniffFile(dir.write("empty.webm", "")) == FileKind::Unknown);
    CHECK(sniffFile(dir.path / "missing.mp4") == FileKind::Unknown);
    CHECK(sniffFile(dir.path) == FileKind::Unknown);  // a folder
    // A FIFO in a hostile bundle folder must not block validation.
    REQUIRE(::mkfifo((dir.path / "pipe.mp4").c_str(), 0600) == 0);
    CHECK(sniffFile(dir.path / "pipe.mp4") == FileKind::Unknown);
    CHECK(sniffFile("/dev/zero") == FileKind::Unknown);
    CHECK(sniffFile(std::string(REFLEKT_TEST_DATA_DIR) + "/good/minimal/media/clip.mp4") == FileKind::Mp4);
    CHECK(sniffFile(std::string(REFLEKT_TEST_DATA_DIR) + "/good/minimal/media/cover.png") == FileKind::Png);
}

TEST_CASE("FileSniffer: describe names each kind", "[sniff]")
{
    CHECK(describe(FileKind::Mp4) == "MP4 video");
    CHECK(describe(FileKind::Svg) == "SVG image");
    CHECK(describe(FileKind::Pdf) == "PDF document");
    CHECK(describe(FileKind::Unknown) == "unrecognised file");
}

TEST_CASE("FileSniffer: UTF-8 validation accepts Nordic text and rejects malformed bytes", "[sniff][utf8]")
{
    CHECK(isValidUtf8(""));
    CHECK(isValidUtf8("Räksmörgås, blåbærsyltetøy, ÆØÅ äö"));
    CHECK(isValidUtf8("\xF0\x9F\x98\x80 \xE2\x82\xAC \xEF\xBB\xBF"));  // emoji, euro sign, BOM
    CHECK(isValidUtf8("\xF4\x8F\xBF\xBF"));                            // U+10FFFF, the last code point

    CHECK_FALSE(isValidUtf8("R\xE4ksm\xF6rg\xE5s"));  // Latin-1, the usual mistake
    CHECK(firstInvalidUtf8("R\xE4ksm\xF6rg\xE5s") == 1u);
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(isValidUtf8("\xE0\x80\xAF"));      // overlong, three bytes
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));      // UTF-16 surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(isValidUtf8("\xF5\x80\x80\x80"));
    CHECK_FALSE(isValidUtf8("abc\xC3"));           // truncated at the end
    CHECK(firstInvalidUtf8("abc\xC3") == 3u);
    CHECK_FALSE(isValidUtf8("\x80"));              // lone continuation byte
    CHECK_FALSE(isValidUtf8("\xFF\xFE" "a\0b\0"s)); // UTF-16 with BOM
    CHECK_FALSE(firstInvalidUtf8("blåbær"));

    CHECK(utf8SequenceLength("å", 0) == 2);
    CHECK(utf8SequenceLength("a", 0) == 1);
    CHECK(utf8SequenceLength("a", 1) == 0);
}
