// TrajectoryFile: the partners.

#include "storage/sqlhelpers.h"

namespace akkoord {

using namespace detail;

namespace {

constexpr Columns kPartners{"partners", "id, position",
                            "organisation, domain, role, contact_name, contact_email, contact_phone, "
                            "signatory_name, signatory_function, signatory_mandate, "
                            "legal_name, legal_form, seat, address, kvk_number, "
                            "signatory_basis, signatory_decision_date, signatory_reservation_deadline"};

void bindPartner(SQLite::Statement &q, const Partner &p)
{
    bindText(q, 1, p.organisation);
    bindText(q, 2, domainKey(p.domain));
    bindText(q, 3, roleKey(p.role));
    bindText(q, 4, p.contactName);
    bindText(q, 5, p.contactEmail);
    bindText(q, 6, p.contactPhone);
    bindText(q, 7, p.signatory.name);
    bindText(q, 8, p.signatory.function);
    q.bind(9, p.signatory.underMandateReservation ? 1 : 0);
    bindText(q, 10, p.legalName);
    bindText(q, 11, legalFormKey(p.legalForm));
    bindText(q, 12, p.seat);
    bindText(q, 13, p.address);
    bindText(q, 14, p.kvkNumber);
    bindText(q, 15, representationBasisKey(p.signatory.basis));
    bindText(q, 16, dateToText(p.signatory.decisionDate));
    bindText(q, 17, dateToText(p.signatory.reservationDeadline));
}

Partner readPartner(SQLite::Statement &q)
{
    Partner p;
    p.id = q.getColumn(0).getInt64();
    p.position = q.getColumn(1).getInt();
    p.organisation = text(q.getColumn(2));
    p.domain = domainFromKey(text(q.getColumn(3))).value_or(PartnerDomain::Other);
    p.role = roleFromKey(text(q.getColumn(4))).value_or(PartnerRole::Core);
    p.contactName = text(q.getColumn(5));
    p.contactEmail = text(q.getColumn(6));
    p.contactPhone = text(q.getColumn(7));
    p.signatory.name = text(q.getColumn(8));
    p.signatory.function = text(q.getColumn(9));
    p.signatory.underMandateReservation = q.getColumn(10).getInt() != 0;
    p.legalName = text(q.getColumn(11));
    p.legalForm = legalFormFromKey(text(q.getColumn(12))).value_or(LegalForm::Unknown);
    p.seat = text(q.getColumn(13));
    p.address = text(q.getColumn(14));
    p.kvkNumber = text(q.getColumn(15));
    p.signatory.basis = representationBasisFromKey(text(q.getColumn(16))).value_or(RepresentationBasis::Unknown);
    p.signatory.decisionDate = dateFromText(text(q.getColumn(17)));
    p.signatory.reservationDeadline = dateFromText(text(q.getColumn(18)));
    return p;
}

} // namespace

void TrajectoryFile::loadPartners(TrajectoryData &d) const
{
    readAll(*m_db, kPartners.select("ORDER BY position, id"), d.partners, readPartner);
}

void TrajectoryFile::writePartners(const TrajectoryData &d, Places places)
{
    SQLite::Statement q(*m_db, kPartners.insert("id, position", "?, ?"));
    for (qsizetype i = 0; i < d.partners.size(); ++i) {
        bindPartner(q, d.partners[i]);
        q.bind(18, d.partners[i].id);
        q.bind(19, places == Places::AsRecorded ? d.partners[i].position : int(i));
        q.exec();
        q.reset();
    }
}

PartnerId TrajectoryFile::addPartner(const Partner &p)
{
    return write([&] {
        return PartnerId(insertRecord(*m_db, kPartners, bindPartner, p, "?, (SELECT COALESCE(MAX(position) + 1, 0) FROM partners)"));
    });
}

void TrajectoryFile::updatePartner(const Partner &p)
{
    write([&] {
        updateRecord(*m_db, kPartners, bindPartner, p);
        requireChanged();
    });
}

void TrajectoryFile::removePartner(PartnerId id)
{
    write([&] {
        removeRecord(*m_db, kPartners, id);
    });
}

void TrajectoryFile::setPartnerOrder(const QList<PartnerId> &order)
{
    write([&] {
        SQLite::Statement q(*m_db, "UPDATE partners SET position = ? WHERE id = ?");
        for (qsizetype i = 0; i < order.size(); ++i) {
            q.bind(1, int(i));
            q.bind(2, order[i]);
            q.exec();
            q.reset();
        }
    });
}

} // namespace akkoord
