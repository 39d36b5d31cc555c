#include "csv/ResidentRow.h"

#include "csv/CsvHeader.h"
#include "csv/CsvValues.h"
#include "rules/DateText.h"
#include "rules/IdNumber.h"
#include "rules/PhoneNumber.h"

namespace sotay {

QVector<CsvColumn> ResidentRow::columns()
{
    return {
        {QStringLiteral("household_code"), QStringLiteral("Mã hộ"), true},
        {QStringLiteral("group"), QStringLiteral("Tổ dân phố"), true},
        {QStringLiteral("address"), QStringLiteral("Địa chỉ"), true},
        {QStringLiteral("full_name"), QStringLiteral("Họ và tên"), true},
        {QStringLiteral("birth_date"), QStringLiteral("Ngày sinh"), true},
        {QStringLiteral("gender"), QStringLiteral("Giới tính"), false},
        {QStringLiteral("id_number"), QStringLiteral("Số định danh"), false},
        {QStringLiteral("phone"), QStringLiteral("Số điện thoại"), false},
        {QStringLiteral("relation"), QStringLiteral("Quan hệ với chủ hộ"), false},
        {QStringLiteral("residence"), QStringLiteral("Cư trú"), false},
        {QStringLiteral("level1"), QStringLiteral("Mức 1"), false},
        {QStringLiteral("level1_activated_on"), QStringLiteral("Ngày kích hoạt mức 1"), false},
        {QStringLiteral("level2"), QStringLiteral("Mức 2"), false},
        {QStringLiteral("level2_activated_on"), QStringLiteral("Ngày kích hoạt mức 2"), false},
        {QStringLiteral("exclusion"), QStringLiteral("Loại trừ"), false},
        {QStringLiteral("smartphone"), QStringLiteral("Điện thoại thông minh"), false},
        {QStringLiteral("team"), QStringLiteral("Tổ công tác"), false},
    };
}

ResidentRow ResidentRow::read(const QStringList &cells, const CsvHeader &header, const QDate &today,
                              QVector<RowProblem> &problems)
{
    ResidentRow row;
    auto cell = [&](const char *key) {
        const int i = header.index(QLatin1String(key));
        return i >= 0 && i < cells.size() ? cells.at(i) : QString();
    };
    auto bad = [&](const char *key, const QString &message) {
        problems << RowProblem{header.spelled(QLatin1String(key)), message};
    };
    auto required = [&](const char *key) {
        const QString v = cell(key);
        if (v.isEmpty())
            bad(key, tr("the value is missing; this column is required"));
        return v;
    };
    row.householdCode = required("household_code");
    row.group = required("group");
    row.address = required("address");
    Resident &r = row.resident;
    r.fullName = required("full_name");
    const QString birth = required("birth_date");
    if (!birth.isEmpty()) {
        r.birth = BirthDate::parse(birth);
        if (!r.birth.isValid())
            bad("birth_date",
                tr("“%1” is not a date; write dd/mm/yyyy, or the year yyyy").arg(birth));
        else if (r.birth.effectiveDate() > today)
            bad("birth_date", tr("the birth date %1 is in the future").arg(birth));
    }
    if (const QString g = cell("gender"); !g.isEmpty()) {
        if (const auto v = CsvValues::gender(g)) {
            r.gender = *v;
            row.hasGender = true;
        } else {
            bad("gender", tr("“%1” is not a gender; write Nam or Nữ").arg(g));
        }
    }
    if (QString id = cell("id_number"); !id.isEmpty()) {
        id.remove(QLatin1Char(' '));
        const QString why = IdNumber::check(id, r.birth.isValid() ? r.birth.year() : 0, r.gender);
        if (!why.isEmpty())
            bad("id_number", why);
        r.idNumber = id;
    }
    if (const QString p = cell("phone"); !p.isEmpty()) {
        r.phone = PhoneNumber::normalize(p);
        const QString why = PhoneNumber::check(r.phone);
        if (!why.isEmpty())
            bad("phone", why);
        row.hasPhone = true;
    }
    r.relation = cell("relation");
    row.hasRelation = !r.relation.isEmpty();
    if (const QString v = cell("residence"); !v.isEmpty()) {
        if (const auto res = CsvValues::residence(v)) {
            r.residence = *res;
            row.hasResidence = true;
        } else {
            bad("residence",
                tr("“%1” is not a residence status; write Thường trú or Tạm trú").arg(v));
        }
    }
    static const char *const levelKeys[2] = {"level1", "level2"};
    static const char *const dateKeys[2] = {"level1_activated_on", "level2_activated_on"};
    for (int l = 0; l < 2; ++l) {
        const QString v = cell(levelKeys[l]);
        if (!v.isEmpty()) {
            row.level[l] = CsvValues::status(v);
            if (!row.level[l])
                bad(levelKeys[l],
                    tr("“%1” is not a status; write Chưa đăng ký, Đã thu nhận, Đã phê "
                       "duyệt or Đã kích hoạt")
                        .arg(v));
        }
        const QString d = cell(dateKeys[l]);
        if (d.isEmpty())
            continue;
        row.activatedOn[l] = DateText::parse(d);
        if (!row.activatedOn[l].isValid())
            bad(dateKeys[l], tr("“%1” is not a date; write dd/mm/yyyy").arg(d));
        else if (row.activatedOn[l] > today)
            bad(dateKeys[l], tr("the activation date %1 is after today").arg(d));
        else if (row.level[l] != AccountStatus::Activated && !(!v.isEmpty() && !row.level[l]))
            bad(dateKeys[l],
                tr("an activation date needs the status “Đã kích hoạt” in the column “%1”")
                    .arg(header.spelled(QLatin1String(levelKeys[l])).isEmpty()
                             ? ResidentRow::columns().at(l == 0 ? 10 : 12).name
                             : header.spelled(QLatin1String(levelKeys[l]))));
    }
    if (const QString v = cell("exclusion"); !v.isEmpty()) {
        row.exclusion = CsvValues::exclusion(v);
        if (!row.exclusion)
            bad("exclusion",
                tr("“%1” is not an exclusion reason; write Đã chết, Vắng mặt dài ngày, "
                   "Đang chấp hành án, Đi nước ngoài, Đi nghĩa vụ quân sự or Không thực "
                   "tế cư trú, or leave it empty")
                    .arg(v));
    }
    if (const QString v = cell("smartphone"); !v.isEmpty()) {
        if (const auto s = CsvValues::smartphone(v)) {
            r.smartphone = *s;
            row.hasSmartphone = true;
        } else {
            bad("smartphone",
                tr("“%1” is not an answer; write Có or Không, or leave it empty").arg(v));
        }
    }
    row.team = cell("team");
    return row;
}

} // namespace sotay
