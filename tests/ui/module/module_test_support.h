#pragma once

#include <QString>

namespace reflekt {

class UiTestFixture;

/**
 * Replaces `from`, which must be there, with `to` in the minimal fixture's bundle.json (call before
 * open()): a longer title, a question without one of its languages.
 */
void editManifest(UiTestFixture& f, const QString& from, const QString& to);

} // namespace reflekt
