#pragma once

#include "domain/trajectory.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

class AssessmentResultsView;
class RespondentForm;

// The self-assessment ("doorlichting"): rounds, respondents entered by
// keyboard (or by the respondents themselves), and the results.
class AssessmentPage final : public QWidget
{
    Q_OBJECT
public:
    AssessmentPage(TrajectorySession *session, QString language, QWidget *parent = nullptr);

    RecordId currentRound() const;
    void selectRound(RecordId id);
    RespondentForm *form() const { return m_form; }
    // Starts a new respondent in the current round and focuses the form.
    RecordId newRespondent();
    // Opens the respondent mode: one fresh form at a time, others hidden.
    void startRespondentMode();
    void exportCsv(const QString &path) const;
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshRespondents();

    TrajectorySession *m_session;
    bool m_stale = false;
    QString m_language;
    QComboBox *m_rounds;
    QLabel *m_coverage;
    QListWidget *m_respondents;
    RespondentForm *m_form;
    AssessmentResultsView *m_results;
    QTabWidget *m_tabs;
};

} // namespace akkoord::gui
