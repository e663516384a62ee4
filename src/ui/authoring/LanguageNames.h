#pragma once

#include <QString>
#include <QStringList>

namespace reflekt {

/** "svenska (sv)": the language in its own words, and its code, as the author wrote it. */
QString languageName(const QString& code);

/** The languages offered when a package gets another one (Nordic first; any code may be typed). */
QStringList offeredLanguages();

/** Common licences for learning material, SPDX ids, the most used first. */
QStringList commonLicences();

} // namespace reflekt
