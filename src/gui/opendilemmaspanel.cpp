#include "gui/dilemmaparts.h"
#include "gui/editors.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QFrame>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {

using dilemmas::firstLine;
using dilemmas::kQuietColour;
using dilemmas::plainLabel;

// The dilemmas still open, compact, where the agreements are made: what the
// agreements still have to settle. Hidden when none are open.
class OpenDilemmasPanel final : public SessionWidget
{
public:
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::OpenDilemmasPanel)

public:
    OpenDilemmasPanel(TrajectorySession *s, const QString &lang, QWidget *parent)
        : SessionWidget(s, lang, parent)
    {
        setObjectName(QStringLiteral("openDilemmasPanel"));
        auto *outer = new QVBoxLayout(this);
        outer->setContentsMargins(0, 0, 0, 0);
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("openDilemmasFrame"));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setStyleSheet(QStringLiteral("QFrame#openDilemmasFrame { background: #fff8e6; border: 1px solid #e6cf95; border-radius: 4px; }"));
        outer->addWidget(frame);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(10, 6, 10, 8);
        layout->setSpacing(4);

        m_toggle = new QToolButton(frame);
        m_toggle->setObjectName(QStringLiteral("openDilemmasToggle"));
        m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_toggle->setArrowType(Qt::DownArrow);
        m_toggle->setCheckable(true);
        m_toggle->setChecked(true);
        m_toggle->setAutoRaise(true);
        QFont bold = m_toggle->font();
        bold.setBold(true);
        m_toggle->setFont(bold);
        layout->addWidget(m_toggle, 0, Qt::AlignLeft);

        m_body = new QWidget(frame);
        m_list = new QVBoxLayout(m_body);
        m_list->setContentsMargins(18, 0, 0, 0);
        m_list->setSpacing(6);
        layout->addWidget(m_body);
        auto *hint = plainLabel(tr("In Analyse, link the dilemma to the agreement that settles it, and set it to Settled there."), m_body);
        hint->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kQuietColour)));
        m_hint = hint;

        connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
            m_body->setVisible(on);
            m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        });
        refresh();
    }

    void refresh() override
    {
        const TrajectoryData &d = session()->data();
        const QList<DilemmaEntry> open = d.openDilemmas();
        m_toggle->setText(tr("Dilemmas still open (%1) — what the agreements still need to settle").arg(open.size()));
        m_toggle->setAccessibleName(m_toggle->text());

        // Rebuilt only when something shown changes.
        QStringList shown;
        for (const DilemmaEntry &e : open)
            shown << QString::number(e.id) << e.title << affectsText(d, e) << e.handling;
        if (shown != m_shown) {
            m_shown = shown;
            qDeleteAll(m_rows);
            m_rows.clear();
            m_list->removeWidget(m_hint);
            for (const DilemmaEntry &e : open) {
                auto *row = new QWidget(m_body);
                row->setObjectName(QStringLiteral("openDilemma_%1").arg(e.id));
                auto *v = new QVBoxLayout(row);
                v->setContentsMargins(0, 0, 0, 0);
                v->setSpacing(1);
                auto *title = plainLabel(QStringLiteral("○ ") + (firstLine(e.title).isEmpty() ? tr("(untitled)") : firstLine(e.title)), row);
                title->setObjectName(QStringLiteral("openDilemmaTitle"));
                QFont f = title->font();
                f.setBold(true);
                title->setFont(f);
                v->addWidget(title);
                const QString affects = affectsText(d, e);
                if (!affects.isEmpty()) {
                    auto *who = plainLabel(tr("Affects: %1").arg(affects), row);
                    who->setObjectName(QStringLiteral("openDilemmaAffects"));
                    v->addWidget(who);
                }
                const QString handling = e.handling.trimmed();
                auto *how = plainLabel(handling.isEmpty() ? tr("Not yet agreed how we handle it.") : tr("Approach: %1").arg(handling), row);
                how->setObjectName(QStringLiteral("openDilemmaHandling"));
                if (handling.isEmpty())
                    how->setStyleSheet(QStringLiteral("color: %1; font-style: italic;").arg(QLatin1String(kQuietColour)));
                v->addWidget(how);
                m_list->addWidget(row);
                m_rows.append(row);
            }
            m_list->addWidget(m_hint);
        }
        setVisible(!open.isEmpty());
    }

private:
    static QString affectsText(const TrajectoryData &d, const DilemmaEntry &e)
    {
        QStringList who;
        for (PartnerId id : e.affects)
            if (const Partner *p = d.partner(id))
                who << p->organisation;
        if (!e.affectsOthers.trimmed().isEmpty())
            who << e.affectsOthers.trimmed();
        return who.join(QStringLiteral(", "));
    }

    QToolButton *m_toggle;
    QWidget *m_body;
    QVBoxLayout *m_list;
    QLabel *m_hint;
    QList<QWidget *> m_rows;
    QStringList m_shown;
};

} // namespace

SessionWidget *createOpenDilemmasPanel(TrajectorySession *session, const QString &language, QWidget *parent)
{
    return new OpenDilemmasPanel(session, language, parent);
}

} // namespace akkoord::gui
