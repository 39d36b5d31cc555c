#include "csv/ResidentImporter.h"

#include "csv/CsvValues.h"
#include "csv/ResidentRow.h"
#include "csv/StatusMerge.h"
#include "model/Vocabulary.h"
#include "rules/DateText.h"
#include "rules/PersonName.h"
#include "rules/Text.h"
#include "storage/Database.h"

#include <QSqlError>

namespace sotay {

ResidentImporter::ResidentImporter(Database &db)
    : CsvImporter(db)
    , m_store(db)
    , m_bulk(db)
    , m_teams(db)
{
}

ResidentImporter::~ResidentImporter() = default;

QVector<CsvColumn> ResidentImporter::columns() const
{
    return ResidentRow::columns();
}

Status ResidentImporter::begin()
{
    // What an earlier run of this importer remembered may have been rolled back.
    m_teams.forget();
    m_lastGroupName.clear();
    m_lastGroupId = 0;
    m_lastHousehold.reset();
    m_newHouseholdId = 0;
    m_newMembers.clear();
    m_teamHousehold = 0;
    m_teamName.clear();
    // A row of a residents file is about 200 bytes (the sample ward's export: 212).
    return m_bulk.begin(source(), fileBytes() / 200);
}

Status ResidentImporter::end()
{
    return m_bulk.finish();
}

Result<qint64> ResidentImporter::household(const ResidentRow &row, bool &changed)
{
    const QString groupName = Text::clean(row.group);
    if (groupName != m_lastGroupName || !m_lastGroupId) {
        auto g = m_store.ensureGroup(groupName, asOf());
        if (!g)
            return g;
        m_lastGroupName = groupName;
        m_lastGroupId = g.value();
    }
    if (!m_lastHousehold || m_lastHousehold->code != row.householdCode)
        m_lastHousehold = m_bulk.householdByCode(row.householdCode);
    if (m_lastHousehold && m_lastHousehold->groupId == m_lastGroupId &&
        m_lastHousehold->address == row.address)
        return m_lastHousehold->id;
    Household h;
    h.code = row.householdCode;
    h.groupId = m_lastGroupId;
    h.address = row.address;
    const bool existed = m_lastHousehold.has_value();
    changed = existed;
    auto id = existed ? m_store.saveHousehold(h) : m_bulk.insertHousehold(h);
    if (!id)
        return id;
    m_lastHousehold = h; // saveHousehold filled in the id and the address parts
    if (!existed) {
        m_newHouseholdId = id.value();
        m_newHouseholdTeamed = false;
        m_newMembers.clear();
    }
    return id;
}

Result<bool> ResidentImporter::assignTeam(qint64 householdId, const QString &team)
{
    // Rows of one household follow each other: look the team up once per household.
    if (team.isEmpty() || (householdId == m_teamHousehold && team == m_teamName))
        return false;
    bool changed = false;
    // The household of the previous rows has the team they named; one this import has just
    // created has no team of its own yet: its group's is its team.
    QString current;
    if (householdId == m_teamHousehold)
        current = m_teamName;
    else if (householdId == m_newHouseholdId && !m_newHouseholdTeamed && m_lastHousehold)
        current = m_teams.teamOfGroup(m_lastHousehold->groupId);
    else
        current = m_teams.teamOf(householdId);
    if (householdId == m_newHouseholdId)
        m_newHouseholdTeamed = true;
    if (current != team) {
        if (Status s = m_teams.assign(householdId, team); !s)
            return Result<bool>::failure(s.error());
        changed = true;
    }
    m_teamHousehold = householdId;
    m_teamName = team;
    return changed;
}

Result<bool> ResidentImporter::applyStatuses(const Resident &stored, const ResidentRow &row,
                                             qint64 line)
{
    bool changed = false;
    for (int l = 0; l < 2; ++l) {
        if (!row.level[l])
            continue;
        const AccountStatus wanted = *row.level[l];
        const AccountStatus current = l == 0 ? stored.level1 : stored.level2;
        const QDate currentDate = l == 0 ? stored.level1Date : stored.level2Date;
        // The cache is the status as of today; an earlier as-of day asks the history.
        const AccountStatus asOfStatus =
            asOf() >= today() ? current : m_store.statusAsOf(stored.id, l + 1, asOf()).first;
        const QString levelName = l == 0 ? tr("level 1") : tr("level 2");
        switch (StatusMerge::decide(wanted, row.activatedOn[l], asOfStatus, current, currentDate)) {
        case StatusMerge::Action::Same:
            continue;
        case StatusMerge::Action::Lower:
            warn(line,
                 tr("%1: the file says “%2” but the ward already has “%3”; the stored status stays")
                     .arg(levelName, Vocabulary::statusCsv(wanted),
                          Vocabulary::statusCsv(asOfStatus)));
            continue;
        case StatusMerge::Action::OtherDate:
            warn(line, tr("%1: the file gives the activation date %2 but the ward has %3; the "
                          "stored date stays")
                           .arg(levelName, DateText::format(row.activatedOn[l]),
                                DateText::format(currentDate)));
            continue;
        case StatusMerge::Action::Record:
            break;
        }
        ResidentStore::StatusEvent e;
        e.residentId = stored.id;
        e.level = l + 1;
        e.status = wanted;
        e.date = row.activatedOn[l].isValid() ? row.activatedOn[l] : asOf();
        e.source = source();
        if (auto r = m_store.recordStatus(e); !r)
            return Result<bool>::failure(r.error());
        changed = true;
    }
    return changed;
}

CsvImporter::Outcome ResidentImporter::importRow(const Row &row, RejectedRow &problems,
                                                 QString &failure)
{
    ResidentRow in = ResidentRow::read(*row.cells, *row.header, today(), problems.problems);
    Resident &r = in.resident;
    if (!r.idNumber.isEmpty()) {
        auto earlier = m_bulk.seenIdNumber(r.idNumber, row.line);
        if (!earlier) {
            failure = earlier.error();
            return Outcome::Failed;
        }
        if (earlier.value() > 0)
            problems.problems << RowProblem{
                row.column(QStringLiteral("id_number")),
                tr("the same ID number is already on line %1").arg(earlier.value())};
    }
    if (!problems.problems.isEmpty())
        return Outcome::Rejected;

    bool changed = false;
    auto hh = household(in, changed);
    if (!hh) {
        failure = hh.error();
        return Outcome::Failed;
    }
    // Identity (interchange.md): the ID number, else (household, name, birth date); a row
    // with an ID number matches by identity only a resident without one.
    std::optional<qint64> match;
    if (!r.idNumber.isEmpty() && !m_bulk.wardWasEmpty())
        match = m_bulk.findByIdNumber(r.idNumber);
    if (!match && hh.value() == m_newHouseholdId) {
        // A household this import created: its residents are the ones added just before.
        for (NewMember &m : m_newMembers) {
            if (m.birth == r.birth && (r.idNumber.isEmpty() || !m.hasIdNumber) &&
                PersonName::sameName(m.name, r.fullName)) {
                match = m.id;
                m.hasIdNumber = m.hasIdNumber || !r.idNumber.isEmpty();
                break;
            }
        }
    } else if (!match) {
        match =
            m_store.findByIdentity(in.householdCode, r.fullName, r.birth, !r.idNumber.isEmpty());
    }
    if (!match) {
        r.householdId = hh.value();
        r.knownSince = asOf();
        for (int l = 0; l < 2; ++l) {
            (l == 0 ? r.level1 : r.level2) = in.level[l].value_or(AccountStatus::None);
            (l == 0 ? r.level1Date : r.level2Date) =
                in.activatedOn[l].isValid() ? in.activatedOn[l] : asOf();
        }
        r.exclusion = in.exclusion.value_or(ExclusionReason::None);
        r.excludedOn = asOf();
        auto id = m_bulk.insertResident(r);
        if (!id) {
            failure = id.error();
            return Outcome::Failed;
        }
        if (hh.value() == m_newHouseholdId)
            m_newMembers.push_back({r.fullName, r.birth, !r.idNumber.isEmpty(), id.value()});
        if (auto t = assignTeam(hh.value(), in.team); !t) {
            failure = t.error();
            return Outcome::Failed;
        }
        return Outcome::Added;
    }

    auto stored = m_store.resident(*match);
    if (!stored) {
        failure = tr("The resident %1 vanished during the import.").arg(*match);
        return Outcome::Failed;
    }
    Resident u = *stored;
    u.householdId = hh.value();
    u.fullName = r.fullName;
    u.birth = r.birth;
    if (!r.idNumber.isEmpty())
        u.idNumber = r.idNumber;
    if (in.hasGender)
        u.gender = r.gender;
    if (in.hasPhone)
        u.phone = r.phone;
    if (in.hasRelation)
        u.relation = r.relation;
    if (in.hasResidence)
        u.residence = r.residence;
    if (in.hasSmartphone)
        u.smartphone = r.smartphone;
    if (u.householdId != stored->householdId || u.fullName != stored->fullName ||
        !(u.birth == stored->birth) || u.idNumber != stored->idNumber ||
        u.gender != stored->gender || u.phone != stored->phone || u.relation != stored->relation ||
        u.residence != stored->residence || u.smartphone != stored->smartphone) {
        if (Status s = m_store.updateResident(u); !s) {
            failure = s.error();
            return Outcome::Failed;
        }
        changed = true;
    }
    auto st = applyStatuses(*stored, in, row.line);
    if (!st) {
        failure = st.error();
        return Outcome::Failed;
    }
    changed = changed || st.value();
    if (in.exclusion && *in.exclusion != ExclusionReason::None &&
        *in.exclusion != stored->exclusion) {
        if (auto e = m_store.recordExclusion(u.id, *in.exclusion, asOf(), source()); !e) {
            failure = e.error();
            return Outcome::Failed;
        }
        changed = true;
    }
    auto t = assignTeam(hh.value(), in.team);
    if (!t) {
        failure = t.error();
        return Outcome::Failed;
    }
    changed = changed || t.value();
    return changed ? Outcome::Updated : Outcome::Unchanged;
}

} // namespace sotay
