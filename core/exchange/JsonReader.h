#pragma once

#include <QCoreApplication>

#include "ImportResult.h"

#include <QByteArray>

namespace gkml {

// Reads GKML's own JSON export ({unit, standard, items: [...]}) back into items.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    static ImportResult read(const QByteArray &bytes, const ImportOptions &options);
};

} // namespace gkml
