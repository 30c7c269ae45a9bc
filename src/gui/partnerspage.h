#pragma once

#include "domain/trajectory.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QTableView;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

class DebouncedLineEdit;
class PartnersModel;

// Add, edit, reorder and remove the partners of the trajectory.
class PartnersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PartnersPage(TrajectorySession *session, QWidget *parent = nullptr);
    void refresh();
    void selectPartner(PartnerId id);
    // Asks first when the partner has input or agreements; true if removed.
    bool removeSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void commit();
    PartnerId selectedId() const;

    TrajectorySession *m_session;
    bool m_stale = false;
    PartnersModel *m_model;
    QTableView *m_table;
    QWidget *m_form;
    DebouncedLineEdit *m_organisation;
    QComboBox *m_domain;
    QComboBox *m_role;
    DebouncedLineEdit *m_contactName;
    DebouncedLineEdit *m_contactEmail;
    DebouncedLineEdit *m_contactPhone;
    DebouncedLineEdit *m_signatoryName;
    DebouncedLineEdit *m_signatoryFunction;
    QCheckBox *m_mandate;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    PartnerId m_selected = 0;
    bool m_updating = false;
    bool m_removingRows = false;
};

// The same form fields, for the new-trajectory wizard and the partners page.
struct PartnerFormLabels
{
    static QStringList domainLabels();
};

} // namespace akkoord::gui
