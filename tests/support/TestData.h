#pragma once

// Qt Test data tables written as tables: the header in one line, each row in one line.
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

// One row of a data table, its values in column order (string literals go into QString columns):
//     addRow("A4 portrait", "A4", "portrait", "595.276 x 841.89");
template<typename... Values> void addRow(const char *name, const Values &...values)
{
    (QTest::newRow(name) << ... << values);
}

} // namespace gkml::test
