#include "rules/Address.h"

#include "rules/Text.h"

#include <QRegularExpression>

namespace sotay {

Address Address::parse(const QString &text)
{
    Address a;
    const QString t = Text::clean(text);
    const QString f = Text::fold(t);
    // Markers found on the folded text; the folded text has the same length as t for
    // precomposed Vietnamese, so positions carry over.
    static const QRegularExpression house(QStringLiteral(R"(^(so nha|so|sn)\s*([0-9][0-9a-z/\-]*)\s*)"));
    static const QRegularExpression lane(
        QStringLiteral(R"(\b(ngo|ngach|hem|kiet|hxh)\s+[0-9][0-9a-z/\-]*(\s*/\s*[0-9]+)*)"));
    static const QRegularExpression bareNumber(QStringLiteral(R"(^([0-9][0-9a-z/\-]*)\s+)"));
    qsizetype pos = 0;
    if (f.size() != t.size()) {
        a.street = t;
        return a;
    }
    if (auto m = house.match(f); m.hasMatch()) {
        a.houseNumber = t.mid(m.capturedStart(2), m.capturedLength(2));
        pos = m.capturedEnd(0);
    } else if (auto m2 = bareNumber.match(f); m2.hasMatch()) {
        a.houseNumber = t.mid(m2.capturedStart(1), m2.capturedLength(1));
        pos = m2.capturedEnd(0);
    }
    QString rest = t.mid(pos);
    const QString restFolded = f.mid(pos);
    // Lanes nest (ngõ 85 ngách 12): keep every lane marker in order.
    QStringList lanes;
    qsizetype streetFrom = 0;
    auto it = lane.globalMatch(restFolded);
    while (it.hasNext()) {
        const auto m = it.next();
        lanes << rest.mid(m.capturedStart(0), m.capturedLength(0)).trimmed();
        streetFrom = m.capturedEnd(0);
    }
    a.lane = lanes.join(QLatin1Char(' '));
    static const QRegularExpression leadingCommas(QStringLiteral("^[,\\s]+"));
    a.street = Text::clean(rest.mid(streetFrom)).remove(leadingCommas);
    return a;
}

QString Address::walkKey() const
{
    const QChar sep(0x02);
    return Text::naturalKey(street) + sep + Text::naturalKey(lane) + sep +
           Text::naturalKey(houseNumber);
}

} // namespace sotay
