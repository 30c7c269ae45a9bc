#pragma once

#include "domain/trajectory.h"

#include <QWizard>

class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

// Asks title, joint issue, municipality or region, facilitator, and the
// partners; the caller creates the file from the result.
class NewTrajectoryWizard final : public QWizard
{
    Q_OBJECT
public:
    explicit NewTrajectoryWizard(QWidget *parent = nullptr);

    TrajectoryInfo info() const;
    QList<Partner> partners() const;
    // Adds a partner row (also used by tests).
    void addPartnerRow(const Partner &partner = {});
    // Starts the new trajectory's covenant wording from the house template
    // at PATH (Edit ▸ Preferences) as one undoable step; nothing when PATH
    // is empty. A template that cannot be loaded is said in one sentence and
    // the trajectory keeps the standard wording. True if applied.
    static bool applyHouseTemplate(TrajectorySession *session, const QString &path, QWidget *parent);

private:
    QLineEdit *m_title;
    QPlainTextEdit *m_issue;
    QLineEdit *m_municipality;
    QLineEdit *m_facilitator;
    QTableWidget *m_partners;
};

} // namespace akkoord::gui
