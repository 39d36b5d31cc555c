#pragma once

#include <QString>

namespace sotay {

// The ward and who its reports come from and go to.
struct WardInfo
{
    QString name;        // "Phường Phước Tiến"
    QString unit;        // governing unit: "UBND phường Phước Tiến"
    QString province;    // "Khánh Hòa"
    QString upperUnit;   // where reports go: "Công an tỉnh Khánh Hòa"
    QString signerName;
    QString signerTitle; // "TỔ TRƯỞNG" / "CHỦ TỊCH"
    QString place;       // the place of the date line: "Phước Tiến"
};

} // namespace sotay
