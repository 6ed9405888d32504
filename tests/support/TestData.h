#pragma once

// Qt Test data tables: the header of a table in one line, as the rows below it read.
#include <QTest>

#include <cstddef>

namespace gkml::test {

// QTest::addColumn for every column of a data table, in order:
//     addColumns<QString, bool>({ "name", "safe" });
// The name list must be as long as the type list (the array size checks it at compile time).
template<typename... Types> void addColumns(const char *const (&names)[sizeof...(Types)])
{
    std::size_t i = 0;
    (QTest::addColumn<Types>(names[i++]), ...);
}

} // namespace gkml::test
