#include "gui/editors.h"

#include "gui/debounced.h"
#include "domain/progress.h"
#include "session/session.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QCoreApplication>
#include <QVBoxLayout>

namespace akkoord::gui {

SessionWidget::SessionWidget(TrajectorySession *session, QString language, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_language(std::move(language))
{
}

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

namespace {

class TextAnswerEditor final : public SessionWidget
{
public:
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::TextAnswerEditor)

public:
    TextAnswerEditor(TrajectorySession *s, const Question &q, const QString &lang, QWidget *parent)
        : SessionWidget(s, lang, parent)
        , m_questionId(q.id)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_edit = new DebouncedTextEdit(this);
        m_edit->setObjectName(QStringLiteral("answerEdit"));
        m_edit->setPlaceholderText(q.kind == AnswerKind::List ? tr("Joint answer — one point per line") : tr("Joint answer"));
        m_edit->setReadOnly(s->isReadOnly());
        m_edit->setCommit([this](const QString &text) { session()->setAnswerText(m_questionId, text); });
        layout->addWidget(m_edit);
        refresh();
    }
    void refresh() override
    {
        const Answer *a = session()->data().answer(m_questionId);
        m_edit->setFromModel(a ? a->text : QString());
    }

private:
    QString m_questionId;
    DebouncedTextEdit *m_edit;
};

// Perspectives: one small editor per partner, and who has not yet spoken.
class PerspectivesEditor final : public SessionWidget
{
public:
    Q_DECLARE_TR_FUNCTIONS(akkoord::gui::PerspectivesEditor)

public:
    PerspectivesEditor(TrajectorySession *s, const Question &q, const QString &lang, QWidget *parent)
        : SessionWidget(s, lang, parent)
        , m_question(q)
    {
        m_layout = new QGridLayout(this);
        m_layout->setContentsMargins(0, 0, 0, 0);
        m_layout->setColumnStretch(1, 1);
        m_missing = new QLabel(this);
        m_missing->setObjectName(QStringLiteral("missingPerspectives"));
        m_missing->setWordWrap(true);
        m_missing->setTextFormat(Qt::PlainText);
        rebuild();
    }

    void refresh() override
    {
        if (session()->data().partnerIds() != m_partnerIds) {
            rebuild();
            return;
        }
        for (int i = 0; i < m_partnerIds.size(); ++i) {
            QString text;
            for (const Perspective &p : session()->data().perspectives)
                if (p.questionId == m_question.id && p.partnerId == m_partnerIds[i])
                    text = p.text;
            m_edits[i]->setFromModel(text);
        }
        QStringList names;
        for (PartnerId id : partnersWithoutInput(m_question, session()->data()))
            names << session()->data().partner(id)->organisation;
        m_missing->setText(names.isEmpty() ? tr("All partners have given their input.") : tr("No input yet from: %1").arg(names.join(QStringLiteral(", "))));
        m_missing->setStyleSheet(names.isEmpty() ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #8a5a00;"));
    }

private:
    void rebuild()
    {
        qDeleteAll(m_labels);
        qDeleteAll(m_edits);
        m_labels.clear();
        m_edits.clear();
        m_partnerIds.clear();
        m_layout->addWidget(m_missing, 0, 0, 1, 2);
        int row = 1;
        for (const Partner &p : session()->data().partners) {
            auto *label = new QLabel(p.organisation, this);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setMaximumWidth(220);
            label->setAlignment(Qt::AlignRight | Qt::AlignTop);
            auto *edit = new DebouncedTextEdit(this);
            edit->setObjectName(QStringLiteral("perspective_%1").arg(p.id));
            edit->setLineRange(2, 8);
            edit->setPlaceholderText(tr("Input from %1").arg(p.organisation));
            edit->setReadOnly(session()->isReadOnly());
            const PartnerId id = p.id;
            edit->setCommit([this, id](const QString &text) { session()->setPerspective(m_question.id, id, text); });
            label->setBuddy(edit);
            m_layout->addWidget(label, row, 0);
            m_layout->addWidget(edit, row, 1);
            m_labels.append(label);
            m_edits.append(edit);
            m_partnerIds.append(id);
            ++row;
        }
        refresh();
    }

    Question m_question;
    QGridLayout *m_layout;
    QLabel *m_missing;
    QList<QLabel *> m_labels;
    QList<DebouncedTextEdit *> m_edits;
    QList<PartnerId> m_partnerIds;
};

} // namespace

SessionWidget *createTextAnswerEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent)
{
    return new TextAnswerEditor(session, question, language, parent);
}

SessionWidget *createPerspectivesEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent)
{
    return new PerspectivesEditor(session, question, language, parent);
}

SessionWidget *createAnswerEditor(TrajectorySession *session, const Question &question, const QString &language, QWidget *parent)
{
    switch (question.kind) {
    case AnswerKind::Text:
    case AnswerKind::List:
        return createTextAnswerEditor(session, question, language, parent);
    case AnswerKind::PartnerChecklist:
    case AnswerKind::DomainChecklist:
        return createChecklistEditor(session, question, language, parent);
    case AnswerKind::PartnerRating:
        return createRatingEditor(session, question, language, parent);
    case AnswerKind::Ambitions:
        return createAmbitionsEditor(session, question, language, parent);
    case AnswerKind::Agreements:
        return createAgreementsEditor(session, language, parent);
    case AnswerKind::Accountability:
        return createAccountabilityEditor(session, language, parent);
    case AnswerKind::Situation:
        return createSituationEditor(session, question, language, parent);
    case AnswerKind::Gaps:
        return createGapsEditor(session, question, language, parent);
    case AnswerKind::Dilemmas:
        return createDilemmaEditor(session, question, language, parent);
    }
    return createTextAnswerEditor(session, question, language, parent);
}

} // namespace akkoord::gui
