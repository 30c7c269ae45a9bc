#pragma once

// Shared helpers for assembling documents (internal to the domain library).

#include "domain/document.h"
#include "domain/language.h"

namespace akkoord::doctext {


QString partnerName(const TrajectoryData &data, PartnerId id, const QString &language);
QString partnerNames(const TrajectoryData &data, const QList<PartnerId> &ids, const QString &language);
QString roleText(PartnerRole role, const QString &language);
QString domainText(PartnerDomain domain, const QString &language);
QString agreementStatusText(AgreementStatus status, const QString &language);
QString answerStatusText(AnswerStatus status, const QString &language);
// "A, B en C" / "A, B and C".
QString joinedList(const QStringList &items, const QString &language);
// The first sentence of a text (up to a full stop, question or exclamation
// mark followed by a capital, or the first line break), shortened at a word
// to about `maxLength` characters with "…".
QString firstSentence(const QString &text, int maxLength = 240);
// The items of a list answer: one per non-blank line, bullets stripped.
QStringList listItems(const QString &text);
QString ambitionTitles(const TrajectoryData &data, const QList<RecordId> &ids, const QString &language);
// The agreements a covenant holds, in building-block and position order.
QList<Agreement> covenantAgreements(const TrajectoryData &data, const Catalog &catalog, bool includeProposals);
QString buildingBlockTitle(const Catalog &catalog, const QString &id, const QString &language);
// "4,2" in Dutch, "4.2" in English.
QString decimal(double value, const QString &language);
// Readable choices of a checklist answer (partner names or domain labels).
QStringList choiceLabels(const Question &q, const Answer &a, const TrajectoryData &data, const QString &language);
DocumentTable agreementsTable(const TrajectoryData &data, const Catalog &catalog, const QList<Agreement> &agreements, const QString &language);
// The results of the latest answered self-assessment round (and the change
// since the one before); empty when no round has respondents.
QList<DocumentBlock> assessmentBlocks(const TrajectoryData &data, const Catalog &catalog, const QString &language, bool withComments);

// Workshop mode (documentworkshop.cpp). While a round is hidden only who
// has given a score is told, never the scores.
QList<DocumentBlock> ratingBlocks(const TrajectoryData &data, const Catalog &catalog, const Question &question, const QString &language);
QList<DocumentBlock> situationBlocks(const TrajectoryData &data, const Catalog &catalog, const Question &question, const QString &language);
// The discussion topics of the gap analysis (largest gaps, largest
// disagreements) as bullets.
QList<DocumentBlock> gapTopicBlocks(const TrajectoryData &data, const Catalog &catalog, const QString &language);
// Each dilemma with whom it affects, how it is handled and what settles it.
QList<DocumentBlock> dilemmaBlocks(const TrajectoryData &data, const Catalog &catalog, const QList<DilemmaEntry> &dilemmas, const QString &language);

} // namespace akkoord::doctext
