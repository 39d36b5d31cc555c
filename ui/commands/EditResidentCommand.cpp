#include "commands/EditResidentCommand.h"

#include "storage/AuditLog.h"
#include "storage/ResidentStore.h"

namespace sotay {

EditResidentCommand::EditResidentCommand(CommandContext context, Resident before, Resident after)
    : DbCommand(std::move(context), tr("Edit %1").arg(after.fullName))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

std::pair<QString, QString> EditResidentCommand::describeChange(const Resident &a,
                                                                const Resident &b)
{
    QStringList from, to;
    auto field = [&](const char *name, const QString &x, const QString &y) {
        if (x != y) {
            from << QString::fromLatin1(name) + QLatin1Char('=') + x;
            to << QString::fromLatin1(name) + QLatin1Char('=') + y;
        }
    };
    field("full_name", a.fullName, b.fullName);
    field("birth_date", a.birth.toStorage(), b.birth.toStorage());
    field("gender", QString::number(int(a.gender)), QString::number(int(b.gender)));
    field("id_number", a.idNumber, b.idNumber);
    field("phone", a.phone, b.phone);
    field("relation", a.relation, b.relation);
    field("residence", QString::number(int(a.residence)), QString::number(int(b.residence)));
    field("id_card", QString::number(int(a.idCard)), QString::number(int(b.idCard)));
    field("smartphone", QString::number(int(a.smartphone)), QString::number(int(b.smartphone)));
    field("household_id", QString::number(a.householdId), QString::number(b.householdId));
    return {from.join(QStringLiteral("; ")), to.join(QStringLiteral("; "))};
}

Status EditResidentCommand::write(Database &db, const Resident &from, const Resident &to)
{
    if (Status s = ResidentStore(db).updateResident(to); !s)
        return s;
    const auto change = describeChange(from, to);
    return AuditLog(db).record(QStringLiteral("resident.update"), QStringLiteral("resident"), to.id,
                               change.first, change.second);
}

Status EditResidentCommand::apply(Database &db)
{
    return write(db, m_before, m_after);
}

Status EditResidentCommand::revert(Database &db)
{
    return write(db, m_after, m_before);
}

} // namespace sotay
