#pragma once

#include "domain/trajectory.h"

#include <QWizard>

class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

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

private:
    QLineEdit *m_title;
    QPlainTextEdit *m_issue;
    QLineEdit *m_municipality;
    QLineEdit *m_facilitator;
    QTableWidget *m_partners;
};

} // namespace akkoord::gui
