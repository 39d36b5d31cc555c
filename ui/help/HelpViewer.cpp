#include "help/HelpViewer.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QPointer>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QVBoxLayout>

namespace sotay {

HelpViewer::HelpViewer(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sổ tay 06 — User guide"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 720);
    loadGuide();
}

void HelpViewer::showGuide(QWidget *parent)
{
    static QPointer<HelpViewer> viewer;
    if (!viewer) {
        viewer = new HelpViewer(parent);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
    }
    viewer->show();
    viewer->raise();
    viewer->activateWindow();
}

void HelpViewer::loadGuide()
{
    QFile file(guideResource());
    if (!file.open(QIODevice::ReadOnly)) {
        m_browser->setPlainText(tr("The user guide is missing from this copy of the program."));
        return;
    }
    // Relative image names ("images/teams.png") resolve against :/help.
    m_browser->setSearchPaths({QStringLiteral(":/help")});
    m_browser->document()->setBaseUrl(QUrl(QStringLiteral("qrc:/help/")));
    m_browser->document()->setMarkdown(QString::fromUtf8(file.readAll()));
    fitImages(760);
    // fitImages() edits the document; the reader starts at the title, not where it ended.
    m_browser->moveCursor(QTextCursor::Start);
}

// Screenshots are shown at most `maxWidth` pixels wide, keeping their proportions.
void HelpViewer::fitImages(int maxWidth)
{
    QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image(QStringLiteral(":/help/") + format.name());
            if (image.isNull() || image.width() <= maxWidth)
                continue;
            format.setWidth(maxWidth);
            format.setHeight(double(image.height()) * maxWidth / image.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

QStringList HelpViewer::missingImages() const
{
    QStringList missing;
    const QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            // The way the browser itself loads it: relative to its search path.
            const QString name = format.toImageFormat().name();
            const QVariant data = m_browser->loadResource(QTextDocument::ImageResource, QUrl(name));
            if (QImage::fromData(data.toByteArray()).isNull())
                missing << name;
        }
    }
    return missing;
}

} // namespace sotay
