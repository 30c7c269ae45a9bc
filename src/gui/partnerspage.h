#pragma once

#include "domain/trajectory.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

class DebouncedLineEdit;
class OptionalDateEdit;
class PartnersModel;

// Add, edit, reorder and remove the partners of the trajectory.
class PartnersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PartnersPage(TrajectorySession *session, QWidget *parent = nullptr);
    void refresh();
    void selectPartner(PartnerId id);
    PartnerId selectedPartner() const { return m_selected; }
    // Focuses the field a covenant gap names: "legal" (identification),
    // "signatory", "legalName"; the organisation's name otherwise.
    void focusField(const QString &key);
    // Asks first when the partner has input or agreements; true if removed.
    bool removeSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void showHints(const Partner &p);
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
    QLabel *m_departmentWarning;
    DebouncedLineEdit *m_legalName;
    QComboBox *m_legalForm;
    DebouncedLineEdit *m_seat;
    DebouncedLineEdit *m_address;
    DebouncedLineEdit *m_kvk;
    QComboBox *m_basis;
    OptionalDateEdit *m_decisionDate;
    OptionalDateEdit *m_reservationDeadline;
    QLabel *m_signatoryHint;
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
