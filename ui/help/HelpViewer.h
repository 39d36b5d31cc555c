#pragma once

#include <QDialog>

class QTextBrowser;

namespace sotay {

// Help → User guide: docs/huong-dan-su-dung.md and its screenshots, embedded under :/help
// (ui/CMakeLists.txt), rendered from Markdown with QTextDocument::setMarkdown.
class HelpViewer : public QDialog
{
    Q_OBJECT
public:
    explicit HelpViewer(QWidget *parent = nullptr);

    // Opens the one guide window (created on first use, raised afterwards).
    static void showGuide(QWidget *parent);

    QTextBrowser *browser() const { return m_browser; }
    // Images the guide names but the program does not hold (empty when all are there).
    QStringList missingImages() const;

    static QString guideResource() { return QStringLiteral(":/help/huong-dan-su-dung.md"); }

private:
    void loadGuide();
    void fitImages(int maxWidth);

    QTextBrowser *m_browser = nullptr;
};

} // namespace sotay
