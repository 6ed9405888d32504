#pragma once

#include <QJsonObject>

namespace gkml {

// The JSON Schemas (2020-12 subset, see JsonSchema) of the json files of a submission package.
// verify-package checks received packages against them; docs/package.md prints them.
class PackageSchemas
{
public:
    static QJsonObject manifest(); // manifest.json
    static QJsonObject catalogue(); // catalogue.json: {unit, standard, items: [...]}, no withheld item
    static QJsonObject validation(); // validation.json: {findings: [...]}, no error
};

} // namespace gkml
