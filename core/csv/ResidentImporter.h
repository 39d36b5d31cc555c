#pragma once

#include "csv/CsvImporter.h"
#include "csv/HouseholdTeams.h"
#include "storage/ResidentStore.h"

#include <QSqlQuery>

#include <memory>

namespace sotay {

struct ResidentRow;

// Kind 1 of interchange.md: the residents list. Identity, "never backwards" statuses and
// "an empty cell leaves the stored value" as the contract says; all writes through
// ResidentStore.
class ResidentImporter : public CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(ResidentImporter)
public:
    explicit ResidentImporter(Database &db);
    ~ResidentImporter() override;

protected:
    QVector<CsvColumn> columns() const override;
    QString auditAction() const override { return QStringLiteral("import.residents"); }
    Status begin() override;
    Outcome importRow(const Row &row, RejectedRow &problems, QString &failure) override;

private:
    // Line of an earlier row of this file with the same ID number, or 0 (and remembers it).
    Result<qint64> seenIdNumber(const QString &id, qint64 line);
    Result<qint64> household(const ResidentRow &row, bool &changed);
    // Assigns the household to the team named in the file; true when that changed anything.
    Result<bool> assignTeam(qint64 householdId, const QString &team);
    Result<bool> applyStatuses(const Resident &stored, const ResidentRow &row, qint64 line);

    ResidentStore m_store;
    HouseholdTeams m_teams;
    std::unique_ptr<QSqlQuery> m_seenFind, m_seenAdd;
    QString m_lastGroupName;
    qint64 m_lastGroupId = 0;
    std::optional<Household> m_lastHousehold;
    // The household this import created last and the residents it added to it, so that the
    // identity of the next rows of that household needs no query.
    struct NewMember
    {
        QString name;
        BirthDate birth;
        bool hasIdNumber = false;
        qint64 id = 0;
    };
    qint64 m_newHouseholdId = 0;
    QVector<NewMember> m_newMembers;
    qint64 m_teamHousehold = 0;
    QString m_teamName;
};

} // namespace sotay
