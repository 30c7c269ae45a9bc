#include "gui/debounced.h"
#include "gui/editors.h"
#include "session/session.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QCoreApplication>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {

// Tick partners (who leads) or domains (who is needed), with a note.
class ChecklistEditor final : public SessionWidget
{
public:
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::ChecklistEditor)

public:
    ChecklistEditor(TrajectorySession *s, const Question &q, const QString &lang, QWidget *parent)
        : SessionWidget(s, lang, parent)
        , m_question(q)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_grid = new QGridLayout;
        layout->addLayout(m_grid);
        m_note = new DebouncedTextEdit(this);
        m_note->setObjectName(QStringLiteral("answerEdit"));
        m_note->setLineRange(3, 10);
        m_note->setPlaceholderText(q.kind == AnswerKind::DomainChecklist ? tr("Explanation, for example which municipal departments are needed")
                                                                          : tr("Explanation"));
        m_note->setReadOnly(s->isReadOnly());
        m_note->setCommit([this](const QString &text) { session()->setAnswerText(m_question.id, text); });
        layout->addWidget(m_note);
        rebuild();
    }

    void refresh() override
    {
        if (options() != m_keys) {
            rebuild();
            return;
        }
        const Answer *a = session()->data().answer(m_question.id);
        const QStringList chosen = a ? a->choices : QStringList();
        for (int i = 0; i < m_boxes.size(); ++i) {
            const QSignalBlocker block(m_boxes[i]);
            m_boxes[i]->setChecked(chosen.contains(m_keys[i]));
        }
        m_note->setFromModel(a ? a->text : QString());
    }

private:
    QStringList options() const
    {
        QStringList keys;
        if (m_question.kind == AnswerKind::PartnerChecklist) {
            for (const Partner &p : session()->data().partners)
                keys << QString::number(p.id);
        } else {
            for (PartnerDomain d : allDomains())
                keys << domainKey(d);
        }
        return keys;
    }

    QString labelFor(const QString &key) const
    {
        if (m_question.kind == AnswerKind::PartnerChecklist) {
            const Partner *p = session()->data().partner(key.toLongLong());
            return p ? p->organisation : key;
        }
        return domainLabel(*domainFromKey(key));
    }

    void rebuild()
    {
        qDeleteAll(m_boxes);
        m_boxes.clear();
        m_keys = options();
        const int columns = 3;
        for (int i = 0; i < m_keys.size(); ++i) {
            auto *box = new QCheckBox(labelFor(m_keys[i]), this);
            box->setObjectName(QStringLiteral("choice_%1").arg(m_keys[i]));
            box->setEnabled(!session()->isReadOnly());
            connect(box, &QCheckBox::toggled, this, [this] {
                QStringList chosen;
                for (int j = 0; j < m_boxes.size(); ++j)
                    if (m_boxes[j]->isChecked())
                        chosen << m_keys[j];
                session()->setAnswerChoices(m_question.id, chosen);
            });
            m_grid->addWidget(box, i / columns, i % columns);
            m_boxes.append(box);
        }
        if (m_keys.isEmpty() && m_question.kind == AnswerKind::PartnerChecklist) {
            auto *hint = new QLabel(tr("First add partners on the Partners page."), this);
            m_grid->addWidget(hint, 0, 0);
        }
        refresh();
    }

    Question m_question;
    QGridLayout *m_grid;
    DebouncedTextEdit *m_note;
    QStringList m_keys;
    QList<QCheckBox *> m_boxes;
};

} // namespace

SessionWidget *createChecklistEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent)
{
    return new ChecklistEditor(session, question, language, parent);
}

} // namespace akkoord::gui
