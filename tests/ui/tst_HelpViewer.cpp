#include "help/HelpViewer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextImageFormat>

using namespace sotay;

class tst_HelpViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guideIsEmbeddedAndRendered();
    void everyScreenshotInTheRepositoryIsShown();
    void wideScreenshotsAreScaledDown();
    void opensAtTheTitle();
};

void tst_HelpViewer::guideIsEmbeddedAndRendered()
{
    QVERIFY(QFile::exists(HelpViewer::guideResource()));
    HelpViewer v;
    const QTextDocument *doc = v.browser()->document();
    // Rendered from Markdown: the first heading is a heading, not "# …" text.
    const QTextBlock first = doc->firstBlock();
    QCOMPARE(first.text(), QStringLiteral("Hướng dẫn sử dụng Sổ tay 06"));
    QCOMPARE(first.blockFormat().headingLevel(), 1);
    const QString text = doc->toPlainText();
    QVERIFY(!text.contains(QLatin1String("](images/")));
    for (const char *step : {"Nhận danh sách từ công an", "Phân công tổ công tác",
                             "In danh sách rà soát", "Nhập kết quả", "Gửi báo cáo thứ Năm"})
        QVERIFY2(text.contains(QString::fromUtf8(step)), step);
}

// A screenshot in docs/images that the guide names must reach the program and load; one the
// guide names that nobody has made yet is only reported.
void tst_HelpViewer::everyScreenshotInTheRepositoryIsShown()
{
    HelpViewer v;
    const QStringList missing = v.missingImages();
    const QDir images(QDir::cleanPath(QStringLiteral(SOTAY06_TEST_DATA "/../../docs")));
    for (const QString &name : missing) {
        QVERIFY2(!QFile::exists(images.filePath(name)),
                 qPrintable(name + QStringLiteral(" is not embedded")));
        qWarning("the guide names %s, which docs/images does not have yet", qPrintable(name));
    }
    QFile guide(HelpViewer::guideResource());
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(guide.readAll());
    QVERIFY(markdown.contains(QLatin1String("(images/about.png)")));
    QVERIFY(QFile::exists(images.filePath(QStringLiteral("images/about.png"))));
    QVERIFY(!missing.contains(QLatin1String("images/about.png")));
}

void tst_HelpViewer::wideScreenshotsAreScaledDown()
{
    HelpViewer v;
    int images = 0;
    const QTextDocument *doc = v.browser()->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().isImageFormat())
                continue;
            ++images;
            const QTextImageFormat f = it.fragment().charFormat().toImageFormat();
            QVERIFY2(f.width() <= 760, qPrintable(f.name()));
        }
    }
    QVERIFY(images >= 6);
}

void tst_HelpViewer::opensAtTheTitle()
{
    HelpViewer v;
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    QVERIFY(v.browser()->verticalScrollBar()->maximum() > 0);
    QCOMPARE(v.browser()->verticalScrollBar()->value(), 0);
    QCOMPARE(v.browser()->textCursor().position(), 0);
}

QTEST_MAIN(tst_HelpViewer)
#include "tst_HelpViewer.moc"
