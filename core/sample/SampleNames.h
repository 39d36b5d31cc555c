#pragma once

#include "model/Enums.h"
#include "sample/SampleRandom.h"

#include <QString>
#include <QStringList>

namespace sotay {

// Word lists of the sample ward: Vietnamese names drawn with the real frequency of family
// names, gendered middle names, given names, streets, mobile prefixes and province codes.
class SampleNames
{
public:
    static QString familyName(SampleRandom &rng);
    static QString middleName(SampleRandom &rng, Gender gender, int birthYear);
    static QString givenName(SampleRandom &rng, Gender gender);
    static QStringList streets();
    // A valid mobile number (10 digits, a real network prefix).
    static QString mobile(SampleRandom &rng);
    // Mostly 056 (Khánh Hòa), some from elsewhere.
    static QString provinceCode(SampleRandom &rng);
    // The share of Vietnamese carrying each family name, for tests: {name, percent}.
    static QVector<QPair<QString, double>> familyNameShares();
};

} // namespace sotay
