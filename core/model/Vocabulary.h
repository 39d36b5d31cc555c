#pragma once

#include "model/Enums.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sotay {

// User-facing labels of the stored codes, translated through tr().
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
public:
    static QString status(AccountStatus s);
    static QString exclusion(ExclusionReason r);
    static QString gender(Gender g);
    static QString residence(Residence r);
    static QString idCard(IdCardStatus s);
    static QString deviceSurvey(DeviceSurvey d);
    static QString role(MemberRole r);
    static QString outcome(VisitOutcome o);
    static QString nextStep(NextStep n);

    // The Vietnamese words of interchange.md, the same in every UI language.
    static QString statusCsv(AccountStatus s);
    static QString statusKey(AccountStatus s);
    static QString exclusionCsv(ExclusionReason r);
    static QString exclusionKey(ExclusionReason r);
};

} // namespace sotay
