#include "storage/WardFile.h"

#include "rules/Text.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/WardStore.h"

#include <QRegularExpression>

namespace sotay {

namespace {
// "Phường Phước Tiến" → kind "phường", proper name "Phước Tiến".
const QRegularExpression &kindOfUnit()
{
    static const QRegularExpression kind(QStringLiteral("^(phường|xã|thị trấn|đặc khu)\\s+"),
                                         QRegularExpression::CaseInsensitiveOption);
    return kind;
}
} // namespace

WardInfo WardFile::completed(WardInfo info)
{
    info.name = Text::clean(info.name);
    info.unit = Text::clean(info.unit);
    info.province = Text::clean(info.province);
    info.upperUnit = Text::clean(info.upperUnit);
    info.signerName = Text::clean(info.signerName);
    info.signerTitle = Text::clean(info.signerTitle);
    info.place = Text::clean(info.place);
    const QRegularExpressionMatch kind = kindOfUnit().match(info.name);
    const QString proper = kind.hasMatch() ? info.name.mid(kind.capturedEnd()) : info.name;
    if (info.unit.isEmpty() && !info.name.isEmpty())
        info.unit =
            QStringLiteral("UBND ") +
            (kind.hasMatch() ? kind.captured(1).toLower() + QLatin1Char(' ') + proper : proper);
    if (info.upperUnit.isEmpty() && !info.province.isEmpty())
        info.upperUnit = QStringLiteral("Công an tỉnh ") + info.province;
    if (info.signerTitle.isEmpty())
        info.signerTitle = QStringLiteral("TỔ TRƯỞNG");
    if (info.place.isEmpty())
        info.place = proper;
    return info;
}

QString WardFile::fileNameFor(const QString &wardName)
{
    QString base = Text::fold(wardName);
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("phuong");
    return base + QLatin1Char('.') + extension();
}

Status WardFile::create(const QString &path, const WardInfo &info)
{
    const WardInfo ward = completed(info);
    if (ward.name.isEmpty())
        return Status::failure(tr("The ward needs a name."));
    auto opened = Database::open(path, Database::Mode::Create);
    if (!opened)
        return Status::failure(opened.error());
    auto db = opened.take();
    if (db->operatorName().isEmpty())
        db->setOperatorName(db->osUser()); // who filled in the ward's details
    Transaction tx(*db);
    Status s = WardStore(*db).saveWard(ward);
    if (s)
        s = AuditLog(*db).record(QStringLiteral("ward.create"), QStringLiteral("ward"), 1, {},
                                 ward.name);
    if (s)
        s = tx.commit();
    return s;
}

} // namespace sotay
