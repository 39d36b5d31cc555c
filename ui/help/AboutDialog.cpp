#include "help/AboutDialog.h"

#include "BuildInfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sotay {

QString AboutDialog::versionText()
{
    return tr("Version %1").arg(BuildInfo::version());
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Sổ tay 06"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sotay06.svg")).pixmap(64, 64));
    auto *name = new QLabel(QStringLiteral("Sổ tay 06"), this);
    QFont f = name->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    name->setFont(f);
    auto *version = new QLabel(versionText(), this);
    version->setObjectName(QStringLiteral("version"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *names = new QVBoxLayout;
    names->addWidget(name);
    names->addWidget(version);
    top->addWidget(icon);
    top->addLayout(names, 1);
    layout->addLayout(top);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("licence"));
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        QStringLiteral("<p>%1</p><p>%2</p><p>%3</p><ul><li>%4</li><li>%5</li><li>%6</li><li>%7</"
                       "li><li>%8</li></ul>")
            .arg(
                tr("A notebook for the ward work teams of Đề án 06: VNeID accounts and their "
                   "activation, resident by resident."),
                tr("Free software under the GNU General Public License, version 3 or any later "
                   "version (GPL-3.0-or-later). It comes with no warranty. See "
                   "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">the licence</a>."),
                tr("Built with:"),
                tr("Qt %1 (Core, GUI, Widgets, SQL, Print Support, Concurrent, SVG) — LGPL-3.0")
                    .arg(BuildInfo::qtVersion()),
                tr("Qt Charts %1 (the dashboard) — GPL-3.0").arg(BuildInfo::qtVersion()),
                tr("SQLite %1 — public domain").arg(BuildInfo::sqliteVersion()),
                tr("ICU, through Qt (Vietnamese sorting and text normalisation) — Unicode licence"),
                tr("Liberation fonts — SIL Open Font License 1.1 (reports and printouts)")));
    layout->addWidget(text);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace sotay
