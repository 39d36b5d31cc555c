#pragma once
// Small hand-made wards for the report tests, built through ResidentStore.

#include "model/WardInfo.h"
#include "storage/Database.h"
#include "storage/ResidentStore.h"
#include "storage/WardStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sotay::testing {

class ReportTestWard {
public:
    ReportTestWard() {
        auto opened =
            Database::open(dir.filePath(QStringLiteral("ward.sotay06")), Database::Mode::Create);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        db = opened.take();
        WardInfo w;
        w.name = QStringLiteral("Phường Phước Tiến");
        w.unit = QStringLiteral("UBND phường Phước Tiến");
        w.province = QStringLiteral("Khánh Hòa");
        w.upperUnit = QStringLiteral("Công an tỉnh Khánh Hòa");
        w.signerName = QStringLiteral("Trần Thị Bích");
        w.signerTitle = QStringLiteral("Tổ trưởng");
        QVERIFY(WardStore(*db).saveWard(w).ok());
        store = std::make_unique<ResidentStore>(*db);
    }

    qint64 group(const QString &name) {
        auto g = store->ensureGroup(name, QDate(2026, 1, 1));
        return g.ok() ? g.value() : 0;
    }
    qint64 household(qint64 groupId, const QString &code, const QString &address,
                     const QString &head = QStringLiteral("Nguyễn Văn Chủ")) {
        Household h;
        h.code = code;
        h.groupId = groupId;
        h.address = address;
        h.headName = head;
        auto id = store->saveHousehold(h);
        if (!id.ok())
            qWarning("saveHousehold: %s", qPrintable(id.error()));
        return id.ok() ? id.value() : 0;
    }
    qint64 resident(qint64 householdId, const QString &name, const QString &birth,
                    const QDate &knownSince = QDate(2026, 1, 1), const QString &idNumber = {},
                    const QString &phone = {}) {
        Resident r;
        r.householdId = householdId;
        r.fullName = name;
        r.birth = BirthDate::fromStorage(birth);
        r.knownSince = knownSince;
        r.idNumber = idNumber;
        r.phone = phone;
        auto id = store->insertResident(r, QStringLiteral("test"));
        if (!id.ok())
            qWarning("insertResident: %s", qPrintable(id.error()));
        return id.ok() ? id.value() : 0;
    }
    bool status(qint64 residentId, int level, AccountStatus s, const QDate &date,
                bool correction = false) {
        ResidentStore::StatusEvent e;
        e.residentId = residentId;
        e.level = level;
        e.status = s;
        e.date = date;
        e.correction = correction;
        return store->recordStatus(e).ok();
    }
    bool exclude(qint64 residentId, ExclusionReason reason, const QDate &date) {
        return store->recordExclusion(residentId, reason, date, QStringLiteral("test")).ok();
    }
    qint64 team(const QString &name) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO team(name, leader_name) VALUES (?, ?)"));
        q.addBindValue(name);
        q.addBindValue(QStringLiteral("Lê Văn Tổ"));
        return q.exec() ? q.lastInsertId().toLongLong() : 0;
    }
    bool assign(qint64 teamId, qint64 groupId, qint64 householdId) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO assignment(team_id, group_id, household_id) VALUES (?, ?, ?)"));
        q.addBindValue(teamId);
        q.addBindValue(groupId ? QVariant(groupId) : QVariant());
        q.addBindValue(householdId ? QVariant(householdId) : QVariant());
        return q.exec();
    }
    bool target(qint64 groupId, qint64 teamId, int value, const QDate &from,
                const QDate &deadline = {}) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO target(group_id, team_id, target, deadline, effective_from) "
            "VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(groupId ? QVariant(groupId) : QVariant());
        q.addBindValue(teamId ? QVariant(teamId) : QVariant());
        q.addBindValue(value);
        q.addBindValue(deadline.isValid() ? QVariant(deadline.toString(Qt::ISODate)) : QVariant());
        q.addBindValue(from.toString(Qt::ISODate));
        return q.exec();
    }

    // The CLI is another program: it may write to the ward only while this test has let go
    // of it (one writer, WardLock).
    void close() {
        store.reset();
        db.reset();
    }
    void reopen() {
        auto opened = Database::open(dir.filePath(QStringLiteral("ward.sotay06")));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        db = opened.take();
        store = std::make_unique<ResidentStore>(*db);
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<ResidentStore> store;
};

} // namespace sotay::testing
