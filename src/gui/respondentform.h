#pragma once

#include "domain/catalog.h"
#include "domain/trajectory.h"

#include <QLineEdit>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

class DebouncedLineEdit;

// One answer box: type 1–5, or 0 / ? / w for "weet niet"; the cursor moves on
// by itself, so a stack of paper questionnaires needs only number keys.
class ScoreEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit ScoreEdit(QWidget *parent = nullptr);
    std::optional<int> score() const;
    void setScore(std::optional<int> score);
signals:
    void scoreEdited(std::optional<int> score);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

// The questionnaire of one respondent: who they are, then every statement.
class RespondentForm final : public QWidget
{
    Q_OBJECT
public:
    RespondentForm(TrajectorySession *session, QString language, QWidget *parent = nullptr);
    void setRespondent(RecordId id);
    RecordId respondent() const { return m_respondent; }
    void refresh();
    void focusName();
    ScoreEdit *scoreEdit(int index) const { return m_scores.value(index); }
    int statementCount() const { return int(m_statementIds.size()); }

signals:
    // Ctrl+Enter at any point: this questionnaire is done.
    void finished();

private:
    void commitIdentity();

    TrajectorySession *m_session;
    QString m_language;
    RecordId m_respondent = 0;
    QLabel *m_heading;
    DebouncedLineEdit *m_name;
    QComboBox *m_partner;
    QComboBox *m_role;
    QList<ScoreEdit *> m_scores;
    QStringList m_statementIds;
    QList<DebouncedLineEdit *> m_comments;
    QStringList m_blockIds;
    bool m_updating = false;
};

} // namespace akkoord::gui
