// The whole residents import (interchange.md kind 1) as a dry run over any file: reading,
// row validation, identity matching against a ward that already holds residents, statuses,
// and the rollback. The ward must come out of every input unchanged and intact.
#include "FuzzCheck.h"

#include "Clock.h"
#include "csv/ImportTypes.h"
#include "csv/ResidentImporter.h"
#include "storage/Database.h"

#include <QDate>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace sotay;

namespace {
const char kStored[] =
    "Mã hộ,Tổ dân phố,Địa chỉ,Họ và tên,Ngày sinh,Giới tính,Số định danh,Số điện thoại,Mức 1\n"
    "HK001,Tổ dân phố 5,Số 27 ngõ 85 phố Trần Phú,Nguyễn Văn An,15/03/1985,Nam,001085012345,"
    "0912345678,Đã kích hoạt\n"
    "HK001,Tổ dân phố 5,Số 27 ngõ 85 phố Trần Phú,Trần Thị Bình,1990,Nữ,,,Đã thu nhận\n"
    "HK002,Tổ dân phố 10,Số 9 phố Lê Lợi,Lê Thị Hường,01/01/1950,Nữ,001150098765,,\n";

qint64 residents(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM resident")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

Database &ward()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        Clock::setFixedToday(QDate(2026, 11, 26));
        auto opened =
            Database::open(dir.filePath(QStringLiteral("fuzz.sotay06")), Database::Mode::Create);
        fuzz::require(opened.ok(), "the fuzz ward opens");
        auto d = opened.take();
        ResidentImporter importer(*d);
        const QString path =
            fuzz::asFile(reinterpret_cast<const uint8_t *>(kStored), sizeof(kStored) - 1);
        const ImportSummary s = importer.run(path, ImportOptions{});
        fuzz::require(s.written && s.added == 3, "the fuzz ward holds its residents");
        return d;
    }();
    return *db;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Database &db = ward();
    const QString path = fuzz::asFile(data, size);
    ResidentImporter importer(db);
    ImportOptions options;
    options.dryRun = true;
    options.validOnly = size % 2 == 1;
    const ImportSummary s = importer.run(path, options);
    fuzz::require(!s.written, "a dry run writes nothing");
    fuzz::require(s.databaseError.isEmpty(), "a dry run never fails the database");
    fuzz::require(s.rejectedCount >= s.rejected.size(), "rejected rows are counted");
    for (const RejectedRow &r : std::as_const(s.rejected))
        fuzz::require(r.line >= 2 && !r.problems.isEmpty(),
                      "a rejected row has a line and a reason");
    fuzz::require(residents(db) == 3, "the ward is unchanged");
    return 0;
}
