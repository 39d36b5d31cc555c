#include "sample/SampleNames.h"

#include <QVector>

#include <vector>

namespace sotay {

namespace {
struct Weighted
{
    const char16_t *word;
    double weight;
};

// Family names by share of the population (percent); the rest spread over the tail.
const Weighted kFamily[] = {
    {u"Nguyễn", 38.0}, {u"Trần", 11.0}, {u"Lê", 9.5},     {u"Phạm", 7.0},  {u"Hoàng", 2.6},
    {u"Huỳnh", 2.5},   {u"Phan", 4.5},  {u"Vũ", 2.0},     {u"Võ", 1.9},    {u"Đặng", 2.1},
    {u"Bùi", 2.0},     {u"Đỗ", 1.4},    {u"Hồ", 1.3},     {u"Ngô", 1.3},   {u"Dương", 1.0},
    {u"Lý", 0.5},      {u"Đinh", 0.8},  {u"Trương", 0.8}, {u"Lâm", 0.5},   {u"Mai", 0.5},
    {u"Đoàn", 0.6},    {u"Cao", 0.5},   {u"Lương", 0.4},  {u"Tô", 0.3},    {u"Trịnh", 0.5},
    {u"Lưu", 0.4},     {u"Châu", 0.3},  {u"Tạ", 0.3},     {u"Thái", 0.3},  {u"Hà", 0.5},
    {u"Văn", 0.2},     {u"Kiều", 0.2},  {u"Tăng", 0.2},   {u"Quách", 0.2}, {u"Phùng", 0.3},
    {u"Lã", 0.1},      {u"Từ", 0.1},    {u"Âu", 0.1},     {u"Khúc", 0.1},  {u"Nghiêm", 0.1},
};

const char16_t *const kMaleMiddle[] = {u"Văn",  u"Văn",  u"Văn",   u"Đức",   u"Minh", u"Quang",
                                       u"Hữu",  u"Công", u"Thành", u"Xuân",  u"Ngọc", u"Hoàng",
                                       u"Quốc", u"Anh",  u"Gia",   u"Trọng", u"Đình", u"Tấn"};
const char16_t *const kFemaleMiddle[] = {
    u"Ngọc",   u"Thu", u"Thanh", u"Minh", u"Bảo",      u"Khánh", u"Mai",   u"Hồng",
    u"Phương", u"Kim", u"Thùy",  u"Mỹ",   u"Ngọc Bảo", u"Diệu",  u"Quỳnh", u"Thảo"};
const char16_t *const kMaleGiven[] = {
    u"Hùng",  u"Dũng",  u"Tuấn",  u"Minh", u"Nam",  u"Hải",   u"Long", u"Phong", u"Quân", u"Sơn",
    u"Thắng", u"Trung", u"Cường", u"Đạt",  u"Hiếu", u"Khoa",  u"Lâm",  u"Nghĩa", u"Phúc", u"Tài",
    u"Thành", u"Toàn",  u"Trí",   u"Việt", u"Vinh", u"Bình",  u"Hòa",  u"An",    u"Bảo",  u"Khang",
    u"Huy",   u"Kiên",  u"Lộc",   u"Tùng", u"Hưng", u"Đông",  u"Khải", u"Nhân",  u"Quý",  u"Thịnh",
    u"Tiến",  u"Tú",    u"Vũ",    u"Duy",  u"Đức",  u"Hoàng", u"Kha",  u"Lợi",   u"Sang", u"Tâm"};
const char16_t *const kFemaleGiven[] = {
    u"Lan",  u"Hoa",   u"Hương", u"Mai",    u"Linh",   u"Ngọc",  u"Thảo", u"Trang", u"Hằng",
    u"Hà",   u"Nga",   u"Nhung", u"Phương", u"Thủy",   u"Yến",   u"Vy",   u"Anh",   u"Châu",
    u"Diệp", u"Giang", u"Hạnh",  u"Hiền",   u"Huyền",  u"Loan",  u"My",   u"Oanh",  u"Quyên",
    u"Tâm",  u"Tuyết", u"Uyên",  u"Xuân",   u"Hường",  u"Nhi",   u"Ánh",  u"Dung",  u"Đào",
    u"Liên", u"Lý",    u"Ngân",  u"Nhàn",   u"Phượng", u"Sương", u"Thơ",  u"Thúy",  u"Trâm",
    u"Vân",  u"Hồng",  u"Khánh", u"Quỳnh",  u"Thư"};

// Streets of a Nha Trang-like ward.
const char16_t *const kStreets[] = {u"đường Lê Hồng Phong",
                                    u"đường Trần Phú",
                                    u"đường Nguyễn Thị Minh Khai",
                                    u"đường Hoàng Văn Thụ",
                                    u"đường Phước Long",
                                    u"đường Lê Thánh Tôn",
                                    u"đường Yersin",
                                    u"đường Hùng Vương",
                                    u"đường Thái Nguyên",
                                    u"đường Nguyễn Trãi",
                                    u"đường Võ Thị Sáu",
                                    u"đường Đống Đa",
                                    u"đường Bạch Đằng",
                                    u"đường Trần Quý Cáp",
                                    u"đường Phù Đổng",
                                    u"đường Lê Lợi",
                                    u"đường Quang Trung",
                                    u"đường 23 Tháng 10",
                                    u"đường 2 Tháng 4",
                                    u"đường Cao Bá Quát",
                                    u"đường Tô Hiến Thành",
                                    u"đường Ngô Gia Tự",
                                    u"đường Phạm Văn Đồng",
                                    u"đường Nguyễn Chánh",
                                    u"đường Lạc Long Quân",
                                    u"đường Phước Tiến",
                                    u"đường Mê Linh",
                                    u"đường Hai Bà Trưng",
                                    u"đường Lý Tự Trọng",
                                    u"đường Nguyễn Khuyến",
                                    u"đường Trần Nhật Duật",
                                    u"đường Võ Trứ",
                                    u"đường Sinh Trung",
                                    u"đường Hồng Bàng",
                                    u"đường Nguyễn Bỉnh Khiêm",
                                    u"đường Tô Vĩnh Diện"};

// Mobile prefixes in use (Viettel, Vinaphone, MobiFone, Vietnamobile, Gmobile).
const char *const kMobilePrefixes[] = {"032", "033", "034", "035", "036", "037", "038", "039",
                                       "070", "076", "077", "078", "079", "081", "082", "083",
                                       "084", "085", "086", "088", "089", "090", "091", "093",
                                       "094", "096", "097", "098", "056", "058", "059", "099"};

// Provinces people move to Khánh Hòa from (all valid codes).
const char *const kOtherProvinces[] = {"001", "040", "042", "044", "045", "046", "048",
                                       "049", "051", "052", "054", "058", "062", "064",
                                       "066", "068", "079", "038", "036", "034"};

template <size_t N> QString pick(SampleRandom &rng, const char16_t *const (&words)[N])
{
    return QString::fromUtf16(words[rng.below(int(N))]);
}
} // namespace

QString SampleNames::familyName(SampleRandom &rng)
{
    static const std::vector<double> weights = [] {
        std::vector<double> w;
        for (const auto &f : kFamily)
            w.push_back(f.weight);
        return w;
    }();
    return QString::fromUtf16(kFamily[rng.weighted(weights)].word);
}

QString SampleNames::middleName(SampleRandom &rng, Gender gender, int birthYear)
{
    if (gender == Gender::Female) {
        // "Thị" was nearly universal for women born before 1980 and is rarer since.
        const double thi = birthYear < 1980 ? 0.8 : birthYear < 2000 ? 0.5 : 0.2;
        return rng.chance(thi) ? QStringLiteral("Thị") : pick(rng, kFemaleMiddle);
    }
    return pick(rng, kMaleMiddle);
}

QString SampleNames::givenName(SampleRandom &rng, Gender gender)
{
    return gender == Gender::Female ? pick(rng, kFemaleGiven) : pick(rng, kMaleGiven);
}

QStringList SampleNames::streets()
{
    QStringList out;
    for (const char16_t *s : kStreets)
        out << QString::fromUtf16(s);
    return out;
}

QString SampleNames::mobile(SampleRandom &rng)
{
    QString n = QString::fromLatin1(kMobilePrefixes[rng.below(int(std::size(kMobilePrefixes)))]);
    for (int i = 0; i < 7; ++i)
        n += QChar(char16_t(u'0' + rng.below(10)));
    return n;
}

QString SampleNames::provinceCode(SampleRandom &rng)
{
    if (rng.chance(0.85))
        return QStringLiteral("056");
    return QString::fromLatin1(kOtherProvinces[rng.below(int(std::size(kOtherProvinces)))]);
}

QVector<QPair<QString, double>> SampleNames::familyNameShares()
{
    QVector<QPair<QString, double>> out;
    double total = 0;
    for (const auto &f : kFamily)
        total += f.weight;
    for (const auto &f : kFamily)
        out.append({QString::fromUtf16(f.word), 100.0 * f.weight / total});
    return out;
}

} // namespace sotay
