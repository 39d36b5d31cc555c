#include "sample/SampleWard.h"

#include "Clock.h"
#include "rules/StatusRules.h"
#include "sample/SamplePopulation.h"
#include "sample/SampleTeams.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ResidentStore.h"
#include "storage/Transaction.h"
#include "storage/WardStore.h"

#include <QSqlQuery>

namespace sotay {

WardInfo SampleWard::defaultWard()
{
    WardInfo w;
    w.name = QStringLiteral("Phường Phước Tiến");
    w.unit = QStringLiteral("UBND phường Phước Tiến");
    w.province = QStringLiteral("Khánh Hòa");
    w.upperUnit = QStringLiteral("Công an tỉnh Khánh Hòa");
    w.signerName = QStringLiteral("Nguyễn Văn Hùng");
    w.signerTitle = QStringLiteral("TỔ TRƯỞNG TỔ CÔNG TÁC");
    w.place = QStringLiteral("Phước Tiến");
    return w;
}

Result<SampleWard::Summary> SampleWard::fill(Database &db, const Options &options)
{
    using R = Result<Summary>;
    if (options.residents < 1)
        return R::failure(tr("The sample ward needs at least one resident."));
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM resident")) && q.next() &&
            q.value(0).toLongLong() > 0)
            return R::failure(tr("This ward already has residents; a sample ward can only fill an "
                                 "empty one."));
    }
    const QDate today = Clock::today();
    SamplePopulation::Options po;
    po.residents = options.residents;
    po.seed = options.seed;
    po.today = today;
    po.groupWord = options.groupWord;
    const SamplePopulation people(po);

    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    WardStore ward(db);
    if (!ward.hasWard()) {
        if (Status s = ward.saveWard(defaultWard()); !s)
            return R::failure(s.error());
    }
    ResidentStore store(db);
    Summary sum;
    QVector<qint64> groupIds;
    for (const QString &g : people.groups) {
        auto id = store.ensureGroup(g, people.campaignStart);
        if (!id)
            return R::failure(id.error());
        groupIds << id.value();
    }
    const QString source = QStringLiteral("sample");
    const QDate cutoff = StatusRules::cutoff14(today);
    QVector<SampleTeams::Home> homes;
    homes.reserve(people.households.size());
    for (const auto &sh : people.households) {
        Household h = sh.household;
        h.groupId = groupIds.at(sh.group);
        auto hid = store.saveHousehold(h);
        if (!hid)
            return R::failure(hid.error());
        SampleTeams::Home home{hid.value(), sh.group, {}};
        for (Resident r : sh.members) {
            r.householdId = hid.value();
            auto rid = store.insertResident(r, source);
            if (!rid)
                return R::failure(rid.error());
            if (r.birth.effectiveDate() <= cutoff)
                home.aged14.append({rid.value(), r.level1});
            ++sum.residents;
        }
        homes.append(home);
    }
    // Teams, targets, the campaign and visits go through their stores, which audit every
    // change; the sample is audited as one entry (below) instead.
    auto extras = [&] {
        const AuditLog::BulkScope bulk(db);
        return SampleTeams::create(db, options.seed, groupIds, homes, people.campaignStart, today);
    }();
    if (!extras)
        return R::failure(extras.error());
    sum.groups = int(groupIds.size());
    sum.households = int(people.households.size());
    sum.teams = extras.value().first;
    sum.visits = extras.value().second;
    if (Status s =
            AuditLog(db).record(QStringLiteral("sample.create"), QStringLiteral("ward"), 1, {}, {},
                                QStringLiteral("residents=%1 households=%2 seed=%3")
                                    .arg(sum.residents)
                                    .arg(sum.households)
                                    .arg(options.seed));
        !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return sum;
}

} // namespace sotay
