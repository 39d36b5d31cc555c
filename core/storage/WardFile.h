#pragma once

#include "Result.h"
#include "model/WardInfo.h"

#include <QCoreApplication>
#include <QString>

namespace sotay {

// A new ward file: the defaults a ward's details take when left empty, the file name it is
// saved under and its creation (schema, ward row, audit entry) in one transaction.
class WardFile
{
    Q_DECLARE_TR_FUNCTIONS(WardFile)
public:
    // Empty fields filled from the others: unit "UBND phường X" from the name "Phường X",
    // upper unit "Công an tỉnh P" from the province, signer title "TỔ TRƯỞNG", place "X".
    static WardInfo completed(WardInfo info);

    // "Phường Phước Tiến" → "phuong-phuoc-tien.sotay06" (ASCII, safe on every file system).
    static QString fileNameFor(const QString &wardName);

    static QString extension() { return QStringLiteral("sotay06"); }

    // Creates the ward file at `path` (refused when it exists) holding `info` as completed().
    static Status create(const QString &path, const WardInfo &info);
};

} // namespace sotay
