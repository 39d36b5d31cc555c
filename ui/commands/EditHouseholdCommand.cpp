#include "commands/EditHouseholdCommand.h"

#include "storage/AuditLog.h"
#include "storage/ResidentStore.h"

namespace sotay {

EditHouseholdCommand::EditHouseholdCommand(CommandContext context, Household before,
                                           Household after)
    : DbCommand(std::move(context), tr("Edit household %1").arg(after.code))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status EditHouseholdCommand::write(Database &db, const Household &from, Household to)
{
    // Address parts are derived again from the address.
    to.houseNumber.clear();
    to.lane.clear();
    to.street.clear();
    if (auto r = ResidentStore(db).saveHousehold(to); !r)
        return Status::from(r);
    QStringList a, b;
    auto field = [&](const char *name, const QString &x, const QString &y) {
        if (x != y) {
            a << QString::fromLatin1(name) + QLatin1Char('=') + x;
            b << QString::fromLatin1(name) + QLatin1Char('=') + y;
        }
    };
    field("address", from.address, to.address);
    field("head_name", from.headName, to.headName);
    field("device", QString::number(int(from.device)), QString::number(int(to.device)));
    field("group_id", QString::number(from.groupId), QString::number(to.groupId));
    return AuditLog(db).record(QStringLiteral("household.update"), QStringLiteral("household"),
                               to.id, a.join(QStringLiteral("; ")), b.join(QStringLiteral("; ")));
}

Status EditHouseholdCommand::apply(Database &db)
{
    return write(db, m_before, m_after);
}

Status EditHouseholdCommand::revert(Database &db)
{
    return write(db, m_after, m_before);
}

} // namespace sotay
