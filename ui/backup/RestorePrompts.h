#pragma once

#include <QString>

class QWidget;

namespace sotay {

// The questions and messages of File → Restore from backup…, behind a seam: tests answer at
// once instead of showing modal message boxes.
class RestorePrompts
{
public:
    virtual ~RestorePrompts() = default;
    virtual bool confirm(QWidget *parent, const QString &question) = 0;
    virtual void showError(QWidget *parent, const QString &message) = 0;
};

// The real message boxes.
class MessageBoxRestorePrompts : public RestorePrompts
{
public:
    bool confirm(QWidget *parent, const QString &question) override;
    void showError(QWidget *parent, const QString &message) override;
};

} // namespace sotay
