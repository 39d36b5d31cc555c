#include "Clock.h"
#include "storage/AuditLog.h"
#include "storage/AuditedEdits.h"
#include "storage/Database.h"
#include "storage/ResidentStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sotay;

// Every one-by-one change writes exactly one audit entry (who, when, what, old → new) with
// the change, in one transaction; undo and redo write their own.
class tst_AuditedEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void residentEditOldToNew();
    void residentUndoRedoAreEntriesOfTheirOwn();
    void auditFailureRollsTheChangeBack();
    void missingResidentWritesNothing();
    void householdEdit();
    void statusRecordAndUndo();
    void exclusionRecordAndUndo();
    void outcomeRecordReplaceAndUndo();

private:
    int auditCount();
    AuditLog::Entry last();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_household = 0;
    qint64 m_resident = 0;
    int m_counter = 0;
};

void tst_AuditedEdits::init()
{
    Clock::setFixedToday(QDate(2026, 11, 19));
    auto r = Database::open(m_dir.filePath(QStringLiteral("w%1.sotay06").arg(++m_counter)),
                            Database::Mode::Create);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    m_db = r.take();
    m_db->setOperatorName(QStringLiteral("Trần Văn Bình"));
    ResidentStore store(*m_db);
    auto g = store.ensureGroup(QStringLiteral("Tổ dân phố 5"), QDate(2026, 1, 1));
    QVERIFY(g.ok());
    Household h;
    h.code = QStringLiteral("HK001");
    h.groupId = g.value();
    h.address = QStringLiteral("Số 27 ngõ 85 phố Trần Phú");
    h.headName = QStringLiteral("Nguyễn Văn An");
    auto hid = store.saveHousehold(h);
    QVERIFY(hid.ok());
    m_household = hid.value();
    Resident p;
    p.householdId = m_household;
    p.fullName = QStringLiteral("Nguyễn Thị Hường");
    p.birth = BirthDate::fromDate(QDate(1990, 5, 1));
    p.idNumber = QStringLiteral("056190001234");
    p.phone = QStringLiteral("0905111222");
    p.knownSince = QDate(2026, 1, 1);
    auto id = store.insertResident(p, QStringLiteral("test"));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_resident = id.value();
    QCOMPARE(auditCount(), 0);
}

void tst_AuditedEdits::cleanup()
{
    m_db.reset();
    Clock::setFixedToday(QDate());
}

int tst_AuditedEdits::auditCount()
{
    QSqlQuery q(m_db->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toInt()
                                                                                : -1;
}

AuditLog::Entry tst_AuditedEdits::last()
{
    const auto all = AuditLog(*m_db).entries({});
    return all.isEmpty() ? AuditLog::Entry{} : all.first();
}

void tst_AuditedEdits::residentEditOldToNew()
{
    Resident r = ResidentStore(*m_db).resident(m_resident).value();
    r.fullName = QStringLiteral("  Nguyễn Thị  Hương ");
    r.phone = QStringLiteral("0905333444");
    QVERIFY(AuditedEdits(*m_db).updateResident(r));

    QCOMPARE(auditCount(), 1);
    const AuditLog::Entry e = last();
    QCOMPARE(e.action, QStringLiteral("resident.update"));
    QCOMPARE(e.entity, QStringLiteral("resident"));
    QCOMPARE(e.entityId, m_resident);
    // The values as stored (the name cleaned), unchanged fields left out.
    QCOMPARE(e.oldValue, QStringLiteral("full_name=Nguyễn Thị Hường; phone=0905111222"));
    QCOMPARE(e.newValue, QStringLiteral("full_name=Nguyễn Thị Hương; phone=0905333444"));
    QCOMPARE(e.operatorName, QStringLiteral("Trần Văn Bình"));
    QCOMPARE(e.osUser, m_db->osUser());
    QCOMPARE(e.at.date(), Clock::now().date());
    QCOMPARE(ResidentStore(*m_db).resident(m_resident)->phone, QStringLiteral("0905333444"));
}

void tst_AuditedEdits::residentUndoRedoAreEntriesOfTheirOwn()
{
    const Resident before = ResidentStore(*m_db).resident(m_resident).value();
    Resident after = before;
    after.idNumber = QStringLiteral("056190009999");
    AuditedEdits edits(*m_db);
    QVERIFY(edits.updateResident(after));
    QVERIFY(edits.updateResident(before, AuditStep::Undo));
    QCOMPARE(ResidentStore(*m_db).resident(m_resident)->idNumber, before.idNumber);
    QVERIFY(edits.updateResident(after, AuditStep::Redo));

    const auto all = AuditLog(*m_db).entries({});
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[2].action, QStringLiteral("resident.update"));
    QCOMPARE(all[1].action, QStringLiteral("resident.update.undo"));
    QCOMPARE(all[1].oldValue, QStringLiteral("id_number=056190009999"));
    QCOMPARE(all[1].newValue, QStringLiteral("id_number=056190001234"));
    QCOMPARE(all[0].action, QStringLiteral("resident.update.redo"));
    QCOMPARE(all[0].newValue, QStringLiteral("id_number=056190009999"));
    AuditLog::Filter f;
    f.action = QStringLiteral("resident.update");
    QCOMPARE(AuditLog(*m_db).entries(f).size(), 3);
}

void tst_AuditedEdits::auditFailureRollsTheChangeBack()
{
    QVERIFY(
        m_db->execScript(QStringLiteral("CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit_log "
                                        "BEGIN SELECT RAISE(ABORT, 'audit refused'); END")));
    Resident r = ResidentStore(*m_db).resident(m_resident).value();
    r.phone = QStringLiteral("0905999888");
    const Status s = AuditedEdits(*m_db).updateResident(r);
    QVERIFY(!s);
    QVERIFY(s.error().contains(QStringLiteral("audit refused")));
    QCOMPARE(ResidentStore(*m_db).resident(m_resident)->phone, QStringLiteral("0905111222"));
    QVERIFY(!AuditedEdits(*m_db).recordExclusion(m_resident, ExclusionReason::None,
                                                 ExclusionReason::Deceased, QDate(2026, 11, 2)));
    QCOMPARE(ResidentStore(*m_db).resident(m_resident)->exclusion, ExclusionReason::None);
    QVERIFY(m_db->execScript(QStringLiteral("DROP TRIGGER no_audit")));
    QCOMPARE(auditCount(), 0);
}

void tst_AuditedEdits::missingResidentWritesNothing()
{
    Resident r = ResidentStore(*m_db).resident(m_resident).value();
    r.id = m_resident + 100;
    QVERIFY(!AuditedEdits(*m_db).updateResident(r));
    QCOMPARE(auditCount(), 0);
}

void tst_AuditedEdits::householdEdit()
{
    Household h = ResidentStore(*m_db).household(m_household).value();
    h.address = QStringLiteral("Số 30 ngõ 85 phố Trần Phú");
    h.device = DeviceSurvey::Smartphone;
    QVERIFY(AuditedEdits(*m_db).updateHousehold(h));
    const AuditLog::Entry e = last();
    QCOMPARE(e.action, QStringLiteral("household.update"));
    QCOMPARE(e.entityId, m_household);
    QCOMPARE(e.oldValue, QStringLiteral("address=Số 27 ngõ 85 phố Trần Phú; device=%1")
                             .arg(int(DeviceSurvey::Unknown)));
    QCOMPARE(e.newValue, QStringLiteral("address=Số 30 ngõ 85 phố Trần Phú; device=%1")
                             .arg(int(DeviceSurvey::Smartphone)));
    QCOMPARE(ResidentStore(*m_db).household(m_household)->houseNumber, QStringLiteral("30"));
    QCOMPARE(auditCount(), 1);
}

void tst_AuditedEdits::statusRecordAndUndo()
{
    ResidentStore::StatusEvent ev;
    ev.residentId = m_resident;
    ev.level = 2;
    ev.status = AccountStatus::Activated;
    ev.date = QDate(2026, 11, 18);
    AuditedEdits edits(*m_db);
    auto id = edits.recordStatus(ev, AccountStatus::None);
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(ResidentStore(*m_db).resident(m_resident)->level2, AccountStatus::Activated);
    AuditLog::Entry e = last();
    QCOMPARE(e.action, QStringLiteral("status.record"));
    QCOMPARE(e.oldValue, QStringLiteral("level=l2=none"));
    QCOMPARE(e.newValue, QStringLiteral("level=l2=activated 2026-11-18"));

    QVERIFY(edits.undoStatus(id.value(), ev, AccountStatus::None));
    QCOMPARE(ResidentStore(*m_db).resident(m_resident)->level2, AccountStatus::None);
    e = last();
    QCOMPARE(e.action, QStringLiteral("status.record.undo"));
    QCOMPARE(e.oldValue, QStringLiteral("level=l2=activated"));
    QCOMPARE(e.newValue, QStringLiteral("level=l2=none"));

    QVERIFY(edits.recordStatus(ev, AccountStatus::None, AuditStep::Redo));
    QCOMPARE(last().action, QStringLiteral("status.record.redo"));
    QCOMPARE(auditCount(), 3);
}

void tst_AuditedEdits::exclusionRecordAndUndo()
{
    AuditedEdits edits(*m_db);
    auto id = edits.recordExclusion(m_resident, ExclusionReason::None, ExclusionReason::Deceased,
                                    QDate(2026, 11, 2));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(ResidentStore(*m_db).resident(m_resident)->exclusion, ExclusionReason::Deceased);
    AuditLog::Entry e = last();
    QCOMPARE(e.action, QStringLiteral("exclusion.record"));
    QCOMPARE(e.oldValue, QStringLiteral("exclusion=none"));
    QCOMPARE(e.newValue, QStringLiteral("exclusion=deceased 2026-11-02"));
    const Status undone = edits.undoExclusion(id.value(), m_resident, ExclusionReason::Deceased,
                                              ExclusionReason::None);
    QVERIFY2(undone, qPrintable(undone.error()));
    QCOMPARE(ResidentStore(*m_db).resident(m_resident)->exclusion, ExclusionReason::None);
    e = last();
    QCOMPARE(e.action, QStringLiteral("exclusion.record.undo"));
    QCOMPARE(e.oldValue, QStringLiteral("exclusion=deceased"));
    QCOMPARE(e.newValue, QStringLiteral("exclusion=none"));
    QCOMPARE(auditCount(), 2);
}

void tst_AuditedEdits::outcomeRecordReplaceAndUndo()
{
    auto visits = [this] {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM visit")) && q.next() ? q.value(0).toInt()
                                                                                : -1;
    };
    AuditedEdits edits(*m_db);
    AuditedEdits::OutcomeEntry first;
    first.householdId = m_household;
    first.residentId = m_resident;
    first.date = QDate(2026, 11, 18);
    first.outcome = VisitOutcome::NotHome;
    auto a = edits.recordOutcome(first);
    QVERIFY2(a, qPrintable(a.error()));
    QVERIFY(a.value().createdVisit);
    QCOMPARE(visits(), 1);
    AuditLog::Entry e = last();
    QCOMPARE(e.action, QStringLiteral("visit.outcome"));
    QCOMPARE(e.entityId, m_resident);
    QCOMPARE(e.oldValue, QStringLiteral("outcome="));
    QCOMPARE(e.newValue, QStringLiteral("outcome=%1").arg(int(VisitOutcome::NotHome)));
    QCOMPARE(e.detail, QStringLiteral("2026-11-18"));

    AuditedEdits::OutcomeEntry second = first;
    second.outcome = VisitOutcome::Done;
    auto b = edits.recordOutcome(second);
    QVERIFY(b);
    QVERIFY(b.value().replaced.has_value());
    QVERIFY(!b.value().createdVisit);
    QCOMPARE(last().oldValue, QStringLiteral("outcome=%1").arg(int(VisitOutcome::NotHome)));

    AuditedEdits::RecordedOutcome doneB = b.value();
    QVERIFY(edits.undoOutcome(second, doneB));
    QCOMPARE(last().action, QStringLiteral("visit.outcome.undo"));
    QCOMPARE(last().newValue, QStringLiteral("outcome=%1").arg(int(VisitOutcome::NotHome)));
    QCOMPARE(VisitStore(*m_db).outcomeOf(a.value().visitId, m_resident)->outcome,
             VisitOutcome::NotHome);
    AuditedEdits::RecordedOutcome doneA = a.value();
    QVERIFY(edits.undoOutcome(first, doneA));
    QCOMPARE(visits(), 0);
    QCOMPARE(auditCount(), 4);
}

QTEST_GUILESS_MAIN(tst_AuditedEdits)
#include "tst_AuditedEdits.moc"
