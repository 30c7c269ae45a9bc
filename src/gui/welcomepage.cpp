#include "gui/welcomepage.h"
#include "gui/zoom.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace akkoord::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *center = new QWidget(this);
    center->setMaximumWidth(720);
    auto *v = new QVBoxLayout(center);
    auto *title = new QLabel(tr("Akkoord"), center);
    zoom::setRelativeFont(title, 2.4, true);
    v->addWidget(title);
    auto *lead = new QLabel(tr("Together from exploration to covenant: a conversation in six phases for the partners around children and young people."), center);
    lead->setWordWrap(true);
    zoom::setRelativeFont(lead, 1.2, false);
    v->addWidget(lead);
    v->addSpacing(16);
    auto *buttons = new QGridLayout;
    auto *create = new QPushButton(tr("&New trajectory…"), center);
    create->setObjectName(QStringLiteral("welcomeNew"));
    auto *open = new QPushButton(tr("&Open…"), center);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    auto *demo = new QPushButton(tr("View the &demo"), center);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    for (QPushButton *b : {create, open, demo})
        b->setMinimumHeight(44);
    buttons->addWidget(create, 0, 0);
    buttons->addWidget(open, 0, 1);
    buttons->addWidget(demo, 0, 2);
    v->addLayout(buttons);
    v->addSpacing(16);
    auto *recentLabel = new QLabel(tr("&Recent files"), center);
    v->addWidget(recentLabel);
    m_recent = new QListWidget(center);
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_recent->setMinimumHeight(160);
    recentLabel->setBuddy(m_recent);
    v->addWidget(m_recent);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(center, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &path : files) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())), m_recent);
        item->setData(Qt::UserRole, path);
    }
    if (files.isEmpty())
        m_recent->addItem(tr("No recent files yet."));
}

} // namespace akkoord::gui
