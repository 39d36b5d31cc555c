#include "csv/TargetImporter.h"

#include "csv/ImportKinds.h"
#include "rules/DateText.h"
#include "rules/Text.h"
#include "storage/Database.h"

#include <QSqlError>

namespace sotay {

TargetImporter::TargetImporter(Database &db)
    : CsvImporter(db)
{
}

TargetImporter::~TargetImporter() = default;

QVector<CsvColumn> TargetImporter::columns() const
{
    return ImportKinds::columns(ImportKind::Targets);
}

Status TargetImporter::begin()
{
    QSqlQuery q(db().connection());
    if (!q.exec(QStringLiteral("SELECT id, name FROM res_group")))
        return Status::failure(q.lastError().text());
    while (q.next())
        m_groups.insert(Text::fold(q.value(1).toString()), q.value(0).toLongLong());
    return Status::success();
}

CsvImporter::Outcome TargetImporter::importRow(const Row &row, RejectedRow &problems,
                                               QString &failure)
{
    auto bad = [&](const char *key, const QString &message) {
        problems.problems << RowProblem{row.column(QLatin1String(key)), message};
    };
    const QString group = row.value(QStringLiteral("group"));
    const QString targetText = row.value(QStringLiteral("target"));
    const QString deadlineText = row.value(QStringLiteral("deadline"));
    qint64 groupId = 0;
    if (group.isEmpty()) {
        bad("group", tr("the value is missing; this column is required"));
    } else {
        groupId = m_groups.value(Text::fold(group), 0);
        if (!groupId)
            bad("group",
                tr("the ward has no residential group “%1”; check the spelling or import the "
                   "residents list first")
                    .arg(group));
        else if (const qint64 earlier = m_seenLine.value(groupId, 0))
            bad("group", tr("this group already has a target on line %1").arg(earlier));
    }
    bool ok = false;
    QString digits = targetText;
    digits.remove(QLatin1Char('.')).remove(QLatin1Char(' '));
    const int target = digits.toInt(&ok);
    if (targetText.isEmpty())
        bad("target", tr("the value is missing; this column is required"));
    else if (!ok || target < 0)
        bad("target", tr("“%1” is not a number of accounts; write a whole number such as 250")
                          .arg(targetText));
    QDate deadline;
    if (!deadlineText.isEmpty()) {
        deadline = DateText::parse(deadlineText);
        if (!deadline.isValid())
            bad("deadline", tr("“%1” is not a date; write dd/mm/yyyy").arg(deadlineText));
    }
    if (!problems.problems.isEmpty())
        return Outcome::Rejected;
    m_seenLine.insert(groupId, row.line);

    // The target in force on the as-of day.
    QSqlQuery q(db().connection());
    q.prepare(
        QStringLiteral("SELECT id, target, deadline, effective_from FROM target WHERE group_id = ? "
                       "AND campaign_id IS NULL AND effective_from <= ? "
                       "ORDER BY effective_from DESC, id DESC LIMIT 1"));
    q.addBindValue(groupId);
    q.addBindValue(asOf().toString(Qt::ISODate));
    if (!q.exec()) {
        failure = q.lastError().text();
        return Outcome::Failed;
    }
    const QVariant deadlineValue =
        deadline.isValid() ? QVariant(deadline.toString(Qt::ISODate)) : QVariant();
    Outcome outcome = Outcome::Added;
    if (q.next()) {
        if (q.value(1).toInt() == target && q.value(2).toString() == deadlineValue.toString())
            return Outcome::Unchanged;
        outcome = Outcome::Updated;
        if (q.value(3).toString() == asOf().toString(Qt::ISODate)) {
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            QSqlQuery up(db().connection());
            up.prepare(QStringLiteral(
                "UPDATE target SET target = ?, deadline = ?, source = ? WHERE id = ?"));
            up.addBindValue(target);
            up.addBindValue(deadlineValue);
            up.addBindValue(source());
            up.addBindValue(id);
            if (!up.exec()) {
                failure = up.lastError().text();
                return Outcome::Failed;
            }
            return outcome;
        }
    }
    q.finish();
    QSqlQuery ins(db().connection());
    ins.prepare(
        QStringLiteral("INSERT INTO target(group_id, target, deadline, effective_from, source) "
                       "VALUES (?, ?, ?, ?, ?)"));
    ins.addBindValue(groupId);
    ins.addBindValue(target);
    ins.addBindValue(deadlineValue);
    ins.addBindValue(asOf().toString(Qt::ISODate));
    ins.addBindValue(source());
    if (!ins.exec()) {
        failure = ins.lastError().text();
        return Outcome::Failed;
    }
    return outcome;
}

} // namespace sotay
