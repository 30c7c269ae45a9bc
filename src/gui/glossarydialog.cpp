#include "gui/glossarydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace akkoord::gui {

GlossaryDialog::GlossaryDialog(const Catalog &catalog, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("glossaryDialog"));
    setWindowTitle(tr("Glossary"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The abbreviations and terms the questions and documents use, in plain words."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_filter->setObjectName(QStringLiteral("glossaryFilter"));
    m_filter->setPlaceholderText(tr("Find a term…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_table->setObjectName(QStringLiteral("glossaryTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Term"), tr("Explanation")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setRowCount(int(catalog.glossary.size()));
    int row = 0;
    for (const GlossaryEntry &e : catalog.glossary) {
        auto *term = new QTableWidgetItem(e.term.in(language));
        QFont bold = term->font();
        bold.setBold(true);
        term->setFont(bold);
        m_table->setItem(row, 0, term);
        m_table->setItem(row, 1, new QTableWidgetItem(e.explanation.in(language)));
        ++row;
    }
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);
    if (catalog.glossary.isEmpty())
        layout->addWidget(new QLabel(tr("This catalogue has no glossary."), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &GlossaryDialog::applyFilter);
    // Rows are re-wrapped when the explanation column changes width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, [this] { m_table->resizeRowsToContents(); });
    resize(720, 560);
}

void GlossaryDialog::setFilter(const QString &filter) { m_filter->setText(filter); }

void GlossaryDialog::applyFilter()
{
    const QString f = m_filter->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool shown = f.isEmpty() || m_table->item(row, 0)->text().contains(f, Qt::CaseInsensitive) ||
                           m_table->item(row, 1)->text().contains(f, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !shown);
    }
}

int GlossaryDialog::visibleRows() const
{
    int n = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        n += m_table->isRowHidden(row) ? 0 : 1;
    return n;
}

} // namespace akkoord::gui
