#include "ui/widgets/AccessibleReadOnlyText.h"

#include <algorithm>

namespace reflekt {

void AccessibleReadOnlyText::selection(int, int* startOffset, int* endOffset) const
{
    *startOffset = 0;
    *endOffset = 0;
}

QString AccessibleReadOnlyText::text(int startOffset, int endOffset) const
{
    const QString all = readOnlyText();
    const int length = static_cast<int>(all.size());
    const int end = endOffset < 0 ? length : std::min(endOffset, length);
    const int start = std::clamp(startOffset, 0, end);
    return all.mid(start, end - start);
}

int AccessibleReadOnlyText::characterCount() const
{
    return static_cast<int>(readOnlyText().size());
}

QString AccessibleReadOnlyText::attributes(int, int* startOffset, int* endOffset) const
{
    // One run without attributes over the whole text.
    *startOffset = 0;
    *endOffset = characterCount();
    return {};
}

} // namespace reflekt
