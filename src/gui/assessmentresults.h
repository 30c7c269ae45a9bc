#pragma once

#include "domain/trajectory.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

class RadarChartWidget;

// The results of a round: who answered, notices, mean and spread per
// building block, the radar, and the topics for the next conversation; and a
// comparison with another round.
class AssessmentResultsView final : public QWidget
{
    Q_OBJECT
public:
    AssessmentResultsView(TrajectorySession *session, QString language, QWidget *parent = nullptr);
    void setRound(RecordId round);
    void refresh();
    QString noticeText() const;
    QTableWidget *blockTable() const { return m_blocks; }

private:
    TrajectorySession *m_session;
    QString m_language;
    RecordId m_round = 0;
    QLabel *m_summary;
    QLabel *m_notice;
    QTableWidget *m_blocks;
    RadarChartWidget *m_radar;
    QListWidget *m_gaps;
    QListWidget *m_disagreements;
    QComboBox *m_compareWith;
    QTableWidget *m_changes;
};

} // namespace akkoord::gui
