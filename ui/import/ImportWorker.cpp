#include "import/ImportWorker.h"

#include "csv/CsvImporter.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace sotay {

ImportWorker::Outcome ImportWorker::run(const Database &ward, const Request &request)
{
    Outcome out;
    out.summary.fileName = QFileInfo(request.path).fileName();
    out.kind = request.kind;
    if (!out.kind) {
        auto detected = ImportKinds::detectFile(request.path);
        if (!detected) {
            out.summary.refusal = detected.error();
            return out;
        }
        out.kind = detected.value();
    }
    auto db = ward.openAnother();
    if (!db) {
        out.summary.databaseError = db.error();
        return out;
    }
    {
        auto importer = ImportKinds::importer(*out.kind, *db.value());
        out.summary = importer->run(request.path, request.options);
    }
    return out;
}

} // namespace sotay
