#pragma once

// Help > Glossary: the catalogue's abbreviations and terms (JGZ, VE, OAB,
// doorzettingsmacht, …) explained in plain words, with a filter, so a parent
// at the table can follow what the professionals say.

#include "domain/catalog.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace akkoord::gui {

class GlossaryDialog final : public QDialog
{
    Q_OBJECT
public:
    GlossaryDialog(const Catalog &catalog, const QString &language, QWidget *parent = nullptr);

    // Rows shown for FILTER (a term or a word of its explanation); for tests.
    void setFilter(const QString &filter);
    int visibleRows() const;

private:
    void applyFilter();

    QLineEdit *m_filter;
    QTableWidget *m_table;
};

} // namespace akkoord::gui
