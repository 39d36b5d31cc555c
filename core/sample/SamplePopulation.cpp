#include "sample/SamplePopulation.h"

#include "rules/StatusRules.h"
#include "sample/SampleNames.h"

#include <algorithm>
#include <cmath>

namespace sotay {

namespace {
// Household sizes 1–8 (Vietnam averages about 3.5 people per household).
const std::vector<double> kSizes = {10, 18, 22, 25, 13, 7, 3, 2};
// Exclusion reasons 1–6 of Enums.h.
const std::vector<double> kExclusions = {12, 30, 8, 15, 10, 25};

QString padded(quint64 v, int width)
{
    return QString::number(v).rightJustified(width, QLatin1Char('0'));
}
} // namespace

int SamplePopulation::groupCountFor(int residents)
{
    return std::max(3, int(std::lround(residents / 1500.0)));
}

SamplePopulation::SamplePopulation(const Options &options)
    : m_o(options)
    , m_rng(options.seed)
{
    if (!m_o.today.isValid())
        m_o.today = QDate(2025, 1, 1);
    campaignStart = m_o.today.addDays(-75);
    const int k = groupCountFor(m_o.residents);
    for (int g = 1; g <= k; ++g)
        groups << m_o.groupWord + QLatin1Char(' ') + QString::number(g);

    // Each group lies along 2–4 streets; households fill the groups in turn.
    const QStringList streets = SampleNames::streets();
    QVector<QStringList> groupStreets(k);
    for (int g = 0; g < k; ++g) {
        const int n = m_rng.between(2, 4);
        for (int i = 0; i < n; ++i)
            groupStreets[g] << streets.at((g * 3 + i * 7 + m_rng.below(3)) % streets.size());
    }
    households.reserve(m_o.residents / 3 + 8);
    while (m_made < m_o.residents) {
        const int g = int(households.size() % k);
        makeHousehold(g, groupStreets[g].at(m_rng.below(int(groupStreets[g].size()))));
    }
}

QDate SamplePopulation::dayInCampaign()
{
    return campaignStart.addDays(m_rng.between(1, int(campaignStart.daysTo(m_o.today))));
}

void SamplePopulation::makeHousehold(int group, const QString &street)
{
    SampleHousehold sh;
    sh.group = group;
    Household &h = sh.household;
    h.code = QStringLiteral("H") + padded(households.size() + 1, 6);
    // "Số 27 hẻm 85 đường Lê Hồng Phong", or on the street itself.
    const QString house =
        QString::number(m_rng.between(1, 240)) +
        (m_rng.chance(0.08) ? QStringLiteral("/") + QString::number(m_rng.between(1, 30))
                            : QString());
    if (m_rng.chance(0.55)) {
        const QString lane = m_rng.chance(0.75) ? QStringLiteral("hẻm") : QStringLiteral("ngõ");
        h.address = QStringLiteral("Số %1 %2 %3 %4")
                        .arg(house, lane, QString::number(m_rng.between(2, 180)), street);
    } else {
        h.address = QStringLiteral("Số %1 %2").arg(house, street);
    }
    h.device = DeviceSurvey(m_rng.weighted({30, 50, 8, 12}));

    const int size = std::min(1 + m_rng.weighted(kSizes), std::max(1, m_o.residents - m_made));
    // Born up to a year before the day they reached `age`: never a birth date after today,
    // which an export → import of the sample ward on the same day would rightly refuse.
    auto birthAt = [&](int age) {
        return m_o.today.addYears(-age).addDays(-qint64(m_rng.below(365)));
    };
    // Head: mostly men, 22–85, weighted toward middle age.
    const bool single = size == 1;
    const Gender headGender = m_rng.chance(single ? 0.45 : 0.8) ? Gender::Male : Gender::Female;
    const int headAge =
        single ? (m_rng.chance(0.5) ? m_rng.between(22, 40) : m_rng.between(60, 92))
               : m_rng.between(24, 70) + (m_rng.chance(0.2) ? m_rng.between(0, 15) : 0);
    const QString family = SampleNames::familyName(m_rng);
    auto fullName = [&](const QString &fam, Gender g, int birthYear) {
        return fam + QLatin1Char(' ') + SampleNames::middleName(m_rng, g, birthYear) +
               QLatin1Char(' ') + SampleNames::givenName(m_rng, g);
    };
    auto add = [&](Gender g, int age, const QString &fam, const QString &relation) {
        const QDate birth = birthAt(age);
        const bool yearOnly = age >= 75 && m_rng.chance(0.5);
        Resident r = makePerson(g, birth, yearOnly, fullName(fam, g, birth.year()));
        r.relation = relation;
        sh.members << r;
    };
    add(headGender, headAge, family, QStringLiteral("Chủ hộ"));
    int left = size - 1;
    QString childFamily = family;
    int motherAge = headGender == Gender::Female ? headAge : 0;
    if (left > 0 && m_rng.chance(0.85)) {
        const Gender sg = headGender == Gender::Male ? Gender::Female : Gender::Male;
        const int age = std::max(
            20, headAge + (sg == Gender::Female ? -m_rng.between(0, 6) : m_rng.between(0, 5)));
        const QString spouseFamily = SampleNames::familyName(m_rng);
        add(sg, age, spouseFamily,
            sg == Gender::Female ? QStringLiteral("Vợ") : QStringLiteral("Chồng"));
        if (sg == Gender::Male)
            childFamily = spouseFamily; // children carry the father's family name
        motherAge = sg == Gender::Female ? age : headAge;
        --left;
    }
    // Elderly parents of the head in larger households.
    int parents = (left >= 3 && headAge <= 55) ? std::min(left - 1, m_rng.between(0, 2)) : 0;
    for (int p = 0; p < parents; ++p) {
        const Gender pg = p == 0 && m_rng.chance(0.4) ? Gender::Male : Gender::Female;
        const int age = std::min(100, headAge + m_rng.between(22, 34));
        add(pg, age, pg == Gender::Male ? family : SampleNames::familyName(m_rng),
            pg == Gender::Male ? QStringLiteral("Bố") : QStringLiteral("Mẹ"));
        --left;
    }
    const int parentAge = motherAge ? motherAge : headAge;
    for (int c = 0; c < left; ++c) {
        const int maxAge = std::max(0, parentAge - 19);
        const int age = std::max(0, maxAge - m_rng.between(0, 22) - 2 * c);
        const Gender cg = m_rng.chance(0.51) ? Gender::Male : Gender::Female;
        const bool grandchild = age + 42 < headAge;
        add(cg, age, childFamily, grandchild ? QStringLiteral("Cháu") : QStringLiteral("Con"));
        // Some turn 14 in the coming weeks: the lists the campaign must catch next.
        if (m_rng.chance(0.03)) {
            Resident &r = sh.members.last();
            r.birth = BirthDate::fromDate(m_o.today.addYears(-14).addDays(m_rng.between(1, 42)));
            r.idNumber.clear();
            r.level1 = r.level2 = AccountStatus::None;
            r.exclusion = ExclusionReason::None;
        }
    }
    h.headName = sh.members.first().fullName;
    m_made += int(sh.members.size());
    households << sh;
}

Resident SamplePopulation::makePerson(Gender gender, const QDate &birth, bool yearOnly,
                                      const QString &name)
{
    Resident r;
    r.fullName = name;
    r.gender = gender;
    r.birth = yearOnly ? BirthDate::fromYear(birth.year()) : BirthDate::fromDate(birth);
    r.knownSince = m_rng.chance(0.97) ? campaignStart : dayInCampaign();
    r.residence = m_rng.chance(0.92) ? Residence::Permanent : Residence::Temporary;
    const int age = r.birth.ageOn(m_o.today);
    // Nearly every adult holds an ID card; since 2024 some children do too.
    if (m_rng.chance(age >= 14 ? 0.94 : 0.08)) {
        const int y = r.birth.year();
        const int digit = (y / 100 - 19) * 2 + (gender == Gender::Female ? 1 : 0);
        QString id;
        do {
            id = SampleNames::provinceCode(m_rng) + QString::number(digit) + padded(y % 100, 2) +
                 padded(m_rng.next() % 1000000, 6);
        } while (m_ids.contains(id));
        m_ids.insert(id);
        r.idNumber = id;
        r.idCard = IdCardStatus::Issued;
    }
    if (age >= 14 && m_rng.chance(age >= 18 ? (age > 75 ? 0.5 : 0.88) : 0.4))
        r.phone = SampleNames::mobile(m_rng);
    if (age >= 14)
        r.smartphone =
            Smartphone(m_rng.weighted({15.0, age > 70 ? 35.0 : 75.0, age > 70 ? 50.0 : 10.0}));
    giveStatuses(r);
    return r;
}

void SamplePopulation::giveStatuses(Resident &r)
{
    if (!StatusRules::isAged14(r.birth, m_o.today))
        return;
    if (m_rng.chance(0.03)) {
        r.exclusion = ExclusionReason(1 + m_rng.weighted(kExclusions));
        r.excludedOn = std::max(r.knownSince, dayInCampaign());
        return;
    }
    if (r.idNumber.isEmpty())
        return;
    // Activations spread over the campaign so every week has new ones; 40 % of them date
    // from before it (the first list already showed them activated).
    auto activatedOn = [&] { return m_rng.chance(0.4) ? campaignStart : dayInCampaign(); };
    switch (m_rng.weighted({20, 45, 15, 10, 10})) {
    case 0:
        r.level1 = AccountStatus::Activated;
        r.level1Date = activatedOn();
        r.level2 = AccountStatus::Activated;
        r.level2Date = std::max(r.level1Date, dayInCampaign());
        break;
    case 1:
        r.level1 = AccountStatus::Activated;
        r.level1Date = activatedOn();
        if (m_rng.chance(0.2)) {
            r.level2 = m_rng.chance(0.5) ? AccountStatus::Received : AccountStatus::Approved;
            r.level2Date = std::max(r.level1Date, dayInCampaign());
        }
        break;
    case 2:
        r.level1 = AccountStatus::Approved;
        r.level1Date = dayInCampaign();
        break;
    case 3:
        r.level1 = AccountStatus::Received;
        r.level1Date = dayInCampaign();
        break;
    default:
        break;
    }
    // Nothing is dated before the ward knew of the resident.
    if (r.level1Date.isValid())
        r.level1Date = std::max(r.level1Date, r.knownSince);
    if (r.level2Date.isValid())
        r.level2Date = std::max(r.level2Date, r.level1Date.isValid() ? r.level1Date : r.knownSince);
}

} // namespace sotay
