#include "export/OdtPackage.h"

#include <QXmlStreamWriter>

#include <zip.h>

#include <memory>

namespace reflekt {

namespace {

struct ArchiveCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct SourceFreer {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};

bool addFile(zip_t* archive, const QString& path, const QByteArray& bytes, bool compress)
{
    // The buffer is only read at zip_close(); the caller keeps `bytes` alive until then.
    zip_source_t* source =
        zip_source_buffer(archive, bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0);
    if (!source)
        return false;
    const zip_int64_t index = zip_file_add(archive, path.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return false;
    }
    const auto i = static_cast<zip_uint64_t>(index);
    return zip_set_file_compression(archive, i, compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) == 0;
}

QByteArray readAll(zip_source_t* source)
{
    if (zip_source_open(source) < 0)
        return {};
    QByteArray out;
    char chunk[16384];
    zip_int64_t n = 0;
    while ((n = zip_source_read(source, chunk, sizeof chunk)) > 0)
        out.append(chunk, static_cast<qsizetype>(n));
    zip_source_close(source);
    return n < 0 ? QByteArray() : out;
}

} // namespace

OdtPackage::OdtPackage(QString mediaType) : m_mediaType(std::move(mediaType)) {}

void OdtPackage::add(const QString& path, const QByteArray& xml)
{
    m_parts.emplace_back(path, xml);
}

QByteArray OdtPackage::manifest() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    xml.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"),
                       QStringLiteral("manifest"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
    const auto entry = [&](const QString& path, const QString& type) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
        if (path == u'/')
            xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
        xml.writeAttribute(QStringLiteral("manifest:media-type"), type);
    };
    entry(QStringLiteral("/"), m_mediaType);
    for (const auto& part : m_parts)
        entry(part.first, QStringLiteral("text/xml"));
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtPackage::zip() const
{
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceFreer> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        zip_error_fini(&error);
        return {};
    }
    std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    zip_error_fini(&error);
    if (!archive)
        return {};
    zip_source_keep(buffer.get()); // the archive releases it at close; the bytes are read after that

    const QByteArray mediaType = m_mediaType.toUtf8();
    const QByteArray manifestXml = manifest();
    bool ok = addFile(archive.get(), QStringLiteral("mimetype"), mediaType, false) &&
              addFile(archive.get(), QStringLiteral("META-INF/manifest.xml"), manifestXml, true);
    for (const auto& part : m_parts)
        ok = ok && addFile(archive.get(), part.first, part.second, true);
    if (!ok || zip_close(archive.get()) < 0)
        return {};
    archive.release(); // zip_close freed it
    return readAll(buffer.get());
}

} // namespace reflekt
