#pragma once

#include "csv/ImportKinds.h"
#include "csv/ImportTypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sotay {

class Database;

// One import run off the GUI thread: call run() from the worker thread. It opens its own
// connection to the ward file there (Database::openAnother) and closes it before returning.
class ImportWorker
{
    Q_DECLARE_TR_FUNCTIONS(ImportWorker)
public:
    struct Request
    {
        QString path;
        std::optional<ImportKind> kind; // nullopt: detect from the header
        ImportOptions options;
    };
    struct Outcome
    {
        ImportSummary summary;
        std::optional<ImportKind> kind; // the kind used
    };
    static Outcome run(const Database &ward, const Request &request);
};

} // namespace sotay
