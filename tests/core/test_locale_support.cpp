#include "test_locale_support.h"

#include <clocale>

namespace reflekt::testing {

ScopedLocale::ScopedLocale(const std::string& name)
{
    const char* previous = std::setlocale(LC_ALL, nullptr);
    m_previous = previous ? previous : "C";
    m_active = std::setlocale(LC_ALL, name.c_str()) != nullptr;
}

ScopedLocale::~ScopedLocale()
{
    std::setlocale(LC_ALL, m_previous.c_str());
}

std::string ScopedLocale::decimalPoint()
{
    const std::lconv* conv = std::localeconv();
    return conv && conv->decimal_point ? conv->decimal_point : ".";
}

} // namespace reflekt::testing
