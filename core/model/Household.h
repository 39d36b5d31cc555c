#pragma once

#include "model/Enums.h"

#include <QString>

namespace sotay {

struct Household
{
    qint64 id = 0;
    QString code;
    qint64 groupId = 0;
    QString address;     // as given: "Số 27 ngõ 85 phố Trần Phú"
    QString houseNumber; // parts derived by Address::parse
    QString lane;
    QString street;
    QString headName;
    DeviceSurvey device = DeviceSurvey::Unknown;
};

} // namespace sotay
