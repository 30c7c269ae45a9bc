#pragma once

// A small hand-built trajectory and catalogue for the document tests.

#include "domain/catalog.h"
#include "domain/trajectory.h"

namespace akkoord::test {

// A catalogue text in Dutch (primary) and English.
inline LocalizedText nlEn(const QString &nl, const QString &en) { return {{QStringLiteral("nl"), nl}, {QStringLiteral("en"), en}}; }

inline Catalog sampleCatalog()
{
    Catalog c;
    c.catalogVersion = QStringLiteral("test");
    Phase verkennen{.id = QStringLiteral("verkennen"), .title = nlEn(QStringLiteral("Verkennen"), QStringLiteral("Explore"))};
    verkennen.questions = {
        Question{.id = QStringLiteral("verkennen.vraagstuk"), .phaseId = verkennen.id, .text = nlEn(QStringLiteral("Wat is het vraagstuk?"), QStringLiteral("What is the issue?"))},
        Question{.id = QStringLiteral("verkennen.urgentie"), .phaseId = verkennen.id, .text = nlEn(QStringLiteral("Hoe urgent is het?"), QStringLiteral("How urgent?")),
                 .kind = AnswerKind::PartnerRating},
        Question{.id = QStringLiteral("verkennen.energie"), .phaseId = verkennen.id, .text = nlEn(QStringLiteral("Waar zit de energie?"), QStringLiteral("Energy?")),
                 .perspectives = true},
    };
    Phase ontwikkelen{.id = QStringLiteral("ontwikkelen"), .title = nlEn(QStringLiteral("Ontwikkelen"), QStringLiteral("Develop"))};
    ontwikkelen.questions = {Question{.id = QStringLiteral("ontwikkelen.afspraken"), .phaseId = ontwikkelen.id,
                                      .text = nlEn(QStringLiteral("Welke afspraken maken we?"), QStringLiteral("Which agreements?")), .kind = AnswerKind::Agreements}};
    c.phases = {verkennen, ontwikkelen};
    c.buildingBlocks = {
        BuildingBlock{.id = QStringLiteral("visie-beleid"), .title = nlEn(QStringLiteral("Visie en beleid"), QStringLiteral("Vision and policy"))},
        BuildingBlock{.id = QStringLiteral("werkprocessen"), .title = nlEn(QStringLiteral("Werkprocessen"), QStringLiteral("Work processes"))},
    };
    return c;
}

inline TrajectoryData sampleTrajectory()
{
    TrajectoryData d;
    d.info.title = QStringLiteral("Samen sterk voor kinderen in Heuvelrade");
    d.info.shortTitle = QStringLiteral("Samen sterk Heuvelrade");
    d.info.issue = QStringLiteral("Te veel kinderen starten met een taalachterstand in groep 3.");
    d.info.municipality = QStringLiteral("Gemeente Heuvelrade");
    d.info.facilitator = QStringLiteral("Anouk de Vries");
    d.info.startDate = QDate(2027, 1, 1);
    d.info.durationYears = 4;
    d.info.evaluationRhythm = QStringLiteral("jaarlijks in oktober");
    d.info.signingPlace = QStringLiteral("Heuvelrade");
    d.info.signingDate = QDate(2026, 12, 10);
    d.partners = {
        Partner{.id = 1, .organisation = QStringLiteral("Gemeente Heuvelrade"), .domain = PartnerDomain::Municipality,
                .signatory = {QStringLiteral("J. Smit"), QStringLiteral("wethouder Jeugd"), false}},
        Partner{.id = 2, .organisation = QStringLiteral("Stichting Kindwijs"), .domain = PartnerDomain::PrimaryEducation,
                .signatory = {QStringLiteral("R. Bos"), QStringLiteral("bestuurder"), true}},
        Partner{.id = 3, .organisation = QStringLiteral("Kinderopvang Zonnestraal"), .domain = PartnerDomain::Childcare, .role = PartnerRole::Outer,
                .signatory = {QStringLiteral("M. Peters"), QStringLiteral("directeur"), false}},
    };
    d.answers = {Answer{.questionId = QStringLiteral("verkennen.vraagstuk"), .text = QStringLiteral("Een op de vijf kleuters heeft extra taalsteun nodig."),
                        .status = AnswerStatus::Agreed}};
    d.perspectives = {Perspective{QStringLiteral("verkennen.energie"), 2, QStringLiteral("De scholen willen vooral rust in de aanpak."), {}}};
    d.ratings = {Rating{QStringLiteral("verkennen.urgentie"), 1, 5, QStringLiteral("Raadsprioriteit.")},
                 Rating{QStringLiteral("verkennen.urgentie"), 2, 4, QStringLiteral("Dagelijks merkbaar.")},
                 Rating{QStringLiteral("verkennen.urgentie"), 3, 3, QStringLiteral("Wachtlijsten.")}};
    d.ambitions = {Ambition{.id = 1, .title = QStringLiteral("Elk kind start taalvaardig in groep 3"),
                            .intendedResult = QStringLiteral("Kinderen doen vanaf dag een mee in de klas.")}};
    d.agreements = {
        Agreement{.id = 1, .buildingBlock = QStringLiteral("visie-beleid"), .what = QStringLiteral("Een gedeeld taalkader voor 0-6 jaar"), .owner = 1,
                  .contributors = {2, 3}, .deadline = QDate(2027, 6, 30), .means = QStringLiteral("Procesgeld"),
                  .indicator = QStringLiteral("Kader vastgesteld"), .target = QStringLiteral("Door alle besturen"), .status = AgreementStatus::Agreed,
                  .ambitions = {1}},
        Agreement{.id = 2, .buildingBlock = QStringLiteral("werkprocessen"), .what = QStringLiteral("Warme overdracht van opvang naar school"), .owner = 3,
                  .deadline = QDate(2027, 8, 31), .indicator = QStringLiteral("Aandeel warme overdrachten"), .target = QStringLiteral("95 procent"),
                  .status = AgreementStatus::Agreed, .ambitions = {1}},
    };
    d.accountability = {AccountabilityItem{.id = 1, .about = QStringLiteral("de voortgang van de afspraken"), .toWhom = QStringLiteral("de gemeenteraad"),
                                           .frequency = QStringLiteral("jaarlijks"), .form = QStringLiteral("een korte rapportage")}};
    d.evaluations = {Evaluation{.id = 1, .date = QDate(2028, 10, 1), .description = QStringLiteral("Tussenevaluatie")}};
    return d;
}

// The sample made complete for signing: every party identified, no
// mandate reservation, an accepted recital (issue 15).
inline TrajectoryData completeTrajectory()
{
    TrajectoryData d = sampleTrajectory();
    for (Partner &p : d.partners) {
        p.signatory.underMandateReservation = false;
        p.seat = QStringLiteral("Heuvelrade");
        p.address = QStringLiteral("Markt 1, 1234 AB Heuvelrade");
        p.signatory.basis = RepresentationBasis::Statutory;
        p.legalForm = LegalForm::Foundation;
        p.kvkNumber = QStringLiteral("12345678");
    }
    d.partners[0].legalForm = LegalForm::Municipality;
    d.partners[0].kvkNumber.clear();
    d.partners[0].signatory.basis = RepresentationBasis::Mandate;
    d.partners[0].signatory.decisionDate = QDate(2026, 11, 3);
    d.info.entryIntoForce = EntryIntoForce::LastSignature;
    d.covenantTexts = {CovenantText{QStringLiteral("clause.recital.issue"), QStringLiteral("Te veel kinderen starten met een taalachterstand."), true}};
    return d;
}

} // namespace akkoord::test
