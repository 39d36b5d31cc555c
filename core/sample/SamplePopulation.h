#pragma once

#include "model/Household.h"
#include "model/Resident.h"
#include "sample/SampleRandom.h"

#include <QDate>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace sotay {

// The people of the sample ward, made in memory before anything is written: households of
// 1–8 (head, spouse, children with the father's family name, elderly parents), ages over
// the real pyramid, valid ID numbers and mobiles, and statuses like a ward mid-campaign.
class SamplePopulation
{
public:
    struct Options
    {
        int residents = 1000;
        quint64 seed = 6;
        QDate today;
        QString groupWord = QStringLiteral("Tổ dân phố"); // or "Thôn", "Khu phố"
    };
    struct SampleHousehold
    {
        Household household;
        int group = 0; // index into groups
        QVector<Resident> members;
    };

    explicit SamplePopulation(const Options &options);

    QStringList groups;
    QVector<SampleHousehold> households;
    QDate campaignStart; // the day the ward first learned of everyone

    static int groupCountFor(int residents);

private:
    void makeHousehold(int group, const QString &street);
    Resident makePerson(Gender gender, const QDate &birth, bool yearOnly, const QString &name);
    void giveStatuses(Resident &r);
    QDate dayInCampaign();

    Options m_o;
    SampleRandom m_rng;
    QSet<QString> m_ids;
    int m_made = 0;
};

} // namespace sotay
