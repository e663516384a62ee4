#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace reflekt {

// An OpenDocument package in memory: the ZIP that ODF 1.3 part 2 asks for, written with libzip.
// "mimetype" comes first, stored (not compressed), so tools that sniff the first bytes find the
// media type at offset 38; then META-INF/manifest.xml, which lists every part; then the parts.
class OdtPackage {
public:
    explicit OdtPackage(QString mediaType);

    /** Adds an XML part (e.g. "content.xml"), compressed, listed in the manifest as text/xml. */
    void add(const QString& path, const QByteArray& xml);
    /** The package bytes, or an empty array if libzip failed. */
    QByteArray zip() const;

private:
    QByteArray manifest() const;

    QString m_mediaType;
    std::vector<std::pair<QString, QByteArray>> m_parts;
};

} // namespace reflekt
