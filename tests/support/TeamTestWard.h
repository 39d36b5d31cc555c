#pragma once

// A small ward in a temporary file, built through core's write paths (ResidentStore,
// TeamStore, TargetStore), for the team and dashboard tests. Header-only test support.

#include "model/Household.h"
#include "model/Resident.h"
#include "storage/Database.h"
#include "storage/ResidentStore.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace sotay::test {

class TeamTestWard
{
public:
    TeamTestWard()
    {
        auto r =
            Database::open(m_dir.filePath(QStringLiteral("ward.sotay06")), Database::Mode::Create);
        if (r)
            m_db = r.take();
        else
            m_error = r.error();
        if (m_db)
            m_store = std::make_unique<ResidentStore>(*m_db);
    }
    bool ok() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    Database &db() { return *m_db; }
    ResidentStore &residents() { return *m_store; }
    QString path() const { return m_dir.filePath(QStringLiteral("ward.sotay06")); }

    qint64 group(const QString &name)
    {
        if (!m_groups.contains(name))
            m_groups.insert(name, m_store->ensureGroup(name, QDate(2026, 1, 1)).value());
        return m_groups.value(name);
    }
    qint64 household(const QString &groupName, const QString &code, const QString &address = {})
    {
        if (m_households.contains(code))
            return m_households.value(code);
        Household h;
        h.code = code;
        h.groupId = group(groupName);
        h.address = address.isEmpty() ? QStringLiteral("Số %1 phố Trần Phú").arg(code) : address;
        h.headName = QStringLiteral("Chủ hộ %1").arg(code);
        h.houseNumber = QStringLiteral("Số %1").arg(code);
        h.lane = QStringLiteral("-");
        h.street = QStringLiteral("phố Trần Phú");
        const auto saved = m_store->saveHousehold(h);
        if (!saved)
            qWarning("household: %s", qPrintable(saved.error()));
        const qint64 id = saved ? saved.value() : 0;
        m_households.insert(code, id);
        return id;
    }
    // Statuses with their dates; an exclusion when reason is not None.
    qint64 resident(const QString &householdCode, const QString &name, const QDate &birth,
                    AccountStatus l1 = AccountStatus::None, const QDate &l1Date = {},
                    AccountStatus l2 = AccountStatus::None, const QDate &l2Date = {},
                    ExclusionReason exclusion = ExclusionReason::None)
    {
        Resident r;
        r.householdId = m_households.value(householdCode);
        r.fullName = name;
        r.phone = QStringLiteral("0912345678");
        r.relation = QStringLiteral("Con");
        r.birth = BirthDate::fromDate(birth);
        r.knownSince = QDate(2026, 1, 1);
        r.level1 = l1;
        r.level1Date = l1Date;
        r.level2 = l2;
        r.level2Date = l2Date;
        r.exclusion = exclusion;
        r.excludedOn = QDate(2026, 2, 1);
        auto id = m_store->insertResident(r, QStringLiteral("test"));
        if (!id)
            qWarning("resident: %s", qPrintable(id.error()));
        return id ? id.value() : 0;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ResidentStore> m_store;
    QHash<QString, qint64> m_groups;
    QHash<QString, qint64> m_households;
    QString m_error;
};

} // namespace sotay::test
