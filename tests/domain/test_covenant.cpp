// Issue 15: filled in by the covenant work.

#include "support/support.h"

// The covenant's legal skeleton as pure domain logic: which standard
// articles it holds, whose wording, which recitals, when it enters into
// force, and what stands between a trajectory and a covenant to sign.

#include "domain/covenanttext.h"
#include "domain/document.h"
#include "report/sample.h"

using namespace akkoord;
using akkoord::test::sampleCatalog;
using akkoord::test::sampleTrajectory;

namespace {

TrajectoryData signable() { return akkoord::test::completeTrajectory(); }

QString text(const Document &doc)
{
    QStringList parts;
    for (const DocumentSection &s : doc.sections) {
        parts << s.number << s.title;
        for (const DocumentBlock &b : s.blocks) {
            parts << b.lead << b.text;
            for (const QStringList &row : b.table.rows)
                parts << row;
            for (const SignatureBlock &sig : b.signatures)
                parts << sig.organisation << sig.name << sig.function;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

QStringList gapKeys(const QList<CovenantGap> &gaps)
{
    QStringList out;
    for (const CovenantGap &g : gaps)
        out << QString::number(int(g.where)) + QLatin1Char('/') + QString::number(g.id) + QLatin1Char('/') + g.key;
    return out;
}

bool hasArticle(const Document &doc, const QString &id) { return doc.section(QStringLiteral("article.") + id) != nullptr; }

} // namespace

TEST_CASE("a complete trajectory has no gaps and every applicable article", "[covenant]")
{
    const TrajectoryData d = signable();
    const Catalog c = sampleCatalog();
    INFO(covenantGaps(d, c, QStringLiteral("en")).join(QLatin1Char('\n')).toStdString());
    CHECK(covenantGapList(d, c, QStringLiteral("en")).isEmpty());
    for (const StandardArticle &a : standardArticles(d, QStringLiteral("en"))) {
        INFO(a.id.toStdString());
        CHECK(!a.title.isEmpty());
        CHECK(articleEnabled(a.id, d) == a.applies);
        CHECK(!standardArticleText(a.id, d, QStringLiteral("en")).isEmpty());
    }
    const Document doc = buildCovenant(d, c, {.language = QStringLiteral("en")});
    for (const char *id : {"definitions", "purpose", "commitments", "governance", "finances", "budget-reservation", "privacy", "evaluation",
                           "duration", "amendment", "accession", "leaving", "disputes", "legal-status", "publication", "applicable-law", "annexes",
                           "citation"}) {
        INFO(id);
        CHECK(hasArticle(doc, QLatin1String(id)));
    }
    CHECK_FALSE(doc.draft);
    CHECK(doc.section(QStringLiteral("annex.workagenda")));
}

TEST_CASE("an optional article can be switched off but a mandatory one cannot", "[covenant]")
{
    TrajectoryData d = signable();
    const Catalog c = sampleCatalog();
    d.covenantTexts << CovenantText{QStringLiteral("article.definitions"), {}, false}
                    << CovenantText{QStringLiteral("article.legal-status"), {}, false};
    CHECK_FALSE(articleEnabled(QStringLiteral("definitions"), d));
    CHECK(articleEnabled(QStringLiteral("legal-status"), d));
    const Document doc = buildCovenant(d, c, {.language = QStringLiteral("en")});
    CHECK_FALSE(hasArticle(doc, QStringLiteral("definitions")));
    CHECK(hasArticle(doc, QStringLiteral("legal-status")));
    CHECK(gapKeys(covenantGapList(d, c, QStringLiteral("en"))) == QStringList{QStringLiteral("5/0/legal-status")});
}

TEST_CASE("the budget reservation applies only when a public body promises means", "[covenant]")
{
    TrajectoryData d = signable();
    CHECK(articleEnabled(QStringLiteral("budget-reservation"), d));
    for (Agreement &a : d.agreements)
        a.means.clear();
    CHECK_FALSE(articleEnabled(QStringLiteral("budget-reservation"), d));
}

TEST_CASE("edited wording replaces the standard article", "[covenant]")
{
    TrajectoryData d = signable();
    d.covenantTexts << CovenantText{QStringLiteral("article.disputes"), QStringLiteral("Eerste lid eigen tekst.\n\nTweede lid eigen tekst."), true};
    CHECK(articleText(QStringLiteral("disputes"), d, QStringLiteral("nl")) == QStringLiteral("Eerste lid eigen tekst.\n\nTweede lid eigen tekst."));
    const Document doc = buildCovenant(d, sampleCatalog(), {.language = QStringLiteral("nl")});
    const DocumentSection *s = doc.section(QStringLiteral("article.disputes"));
    REQUIRE(s);
    REQUIRE(s->blocks.size() == 2);
    CHECK(s->blocks[0].number == QStringLiteral("1."));
    CHECK(s->blocks[0].text == QStringLiteral("Eerste lid eigen tekst."));
    CHECK(s->blocks[1].text == QStringLiteral("Tweede lid eigen tekst."));
    CHECK(s->number.contains(QStringLiteral("Artikel")));
}

TEST_CASE("recitals come only from accepted clauses", "[covenant]")
{
    TrajectoryData d = signable();
    const Catalog c = sampleCatalog();
    d.answers << Answer{.questionId = QStringLiteral("verkennen.rol-gemeente"), .text = QStringLiteral("We zijn regisseur. Dat blijft zo."), .status = AnswerStatus::Agreed};
    const Document doc = buildCovenant(d, c, {.language = QStringLiteral("nl")});
    const QString all = text(doc);
    CHECK(all.contains(QStringLiteral("Te veel kinderen starten met een taalachterstand.")));
    // The raw answers are not in the covenant.
    CHECK_FALSE(all.contains(QStringLiteral("Een op de vijf kleuters")));
    CHECK_FALSE(all.contains(QStringLiteral("We zijn regisseur")));
    CHECK_FALSE(all.contains(QStringLiteral("kindcentrum")));
    d.covenantTexts.clear();
    CHECK(gapKeys(covenantGapList(d, c, QStringLiteral("en"))) == QStringList{QStringLiteral("6/0/clause.recital.issue")});
}

TEST_CASE("a covenant holds no urgency scores perspectives or proposals", "[covenant]")
{
    TrajectoryData d = signable();
    d.agreements << Agreement{.id = 9, .buildingBlock = QStringLiteral("werkprocessen"), .what = QStringLiteral("Een gezamenlijke scholing"),
                              .owner = 2, .status = AgreementStatus::Proposed};
    for (const QString &lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const Document doc = buildCovenant(d, sampleCatalog(), {.language = lang, .draft = DocumentOptions::Draft::Draft});
        const QString all = text(doc);
        CHECK_FALSE(all.contains(QStringLiteral("Raadsprioriteit")));
        CHECK_FALSE(all.contains(QStringLiteral("rust in de aanpak")));
        CHECK_FALSE(all.contains(QStringLiteral("Een gezamenlijke scholing")));
        CHECK_FALSE(doc.section(QStringLiteral("annex.urgency")));
        CHECK_FALSE(doc.section(QStringLiteral("annex.assessment")));
        for (const DocumentSection &s : doc.sections)
            for (const DocumentBlock &b : s.blocks)
                CHECK(b.kind != DocumentBlock::Kind::Chart);
    }
}

TEST_CASE("lasting commitments are articles and dated agreements are the work agenda", "[covenant]")
{
    TrajectoryData d = signable();
    d.agreements << Agreement{.id = 7, .buildingBlock = QStringLiteral("visie-beleid"), .what = QStringLiteral("Een vast overleg van de besturen"),
                              .owner = 1, .indicator = QStringLiteral("-"), .status = AgreementStatus::Agreed};
    const Document doc = buildCovenant(d, sampleCatalog(), {.language = QStringLiteral("nl")});
    const DocumentSection *commitments = doc.section(QStringLiteral("article.commitments"));
    const DocumentSection *agenda = doc.section(QStringLiteral("annex.workagenda"));
    REQUIRE(commitments);
    REQUIRE(agenda);
    QString c;
    for (const DocumentBlock &b : commitments->blocks)
        c += b.text + QLatin1Char('\n');
    QString a;
    for (const DocumentBlock &b : agenda->blocks)
        a += b.lead + b.text + QLatin1Char('\n');
    CHECK(c.contains(QStringLiteral("Een vast overleg van de besturen")));
    CHECK_FALSE(c.contains(QStringLiteral("Warme overdracht")));
    CHECK(a.contains(QStringLiteral("Warme overdracht")));
    CHECK(a.contains(QStringLiteral("31 augustus 2027")));
    CHECK_FALSE(a.contains(QStringLiteral("Een vast overleg van de besturen")));
}

TEST_CASE("entry into force follows the chosen rule", "[covenant]")
{
    TrajectoryData d = signable();
    const Catalog c = sampleCatalog();
    const QString en = QStringLiteral("en");
    d.info.entryIntoForce = EntryIntoForce::LastSignature;
    CHECK(articleText(QStringLiteral("duration"), d, en).contains(QStringLiteral("the day on which the last party signs")));
    CHECK(covenantGapList(d, c, en).isEmpty());

    d.info.entryIntoForce = EntryIntoForce::OnDate;
    d.info.startDate = QDate(2027, 1, 1); // after signing on 10 December 2026
    CHECK(articleText(QStringLiteral("duration"), d, en).contains(QStringLiteral("enters into force on 1 January 2027")));
    CHECK(covenantGapList(d, c, en).isEmpty());

    d.info.startDate = QDate(2026, 9, 1); // before signing
    CHECK(gapKeys(covenantGapList(d, c, en)) == QStringList{QStringLiteral("4/0/startDate")});

    d.info.entryIntoForce = EntryIntoForce::Retroactive;
    CHECK(covenantGapList(d, c, en).isEmpty());
    CHECK(articleText(QStringLiteral("duration"), d, en).contains(QStringLiteral("retroactive effect from 1 September 2026")));

    d.info.renewal = Renewal::Tacit;
    d.info.renewalTimes = 1;
    d.info.renewalYears = 4;
    d.info.noticeMonths = 6;
    const QString duration = articleText(QStringLiteral("duration"), d, en);
    CHECK(duration.contains(QStringLiteral("tacitly renewed for 4 years each time, at most once")));
    CHECK(duration.count(QStringLiteral("4 years")) == 2); // the term once, the renewal once
}

TEST_CASE("the gap list names each thing that stands in the way", "[covenant]")
{
    TrajectoryData d = signable();
    const Catalog c = sampleCatalog();
    d.agreements[1].status = AgreementStatus::Proposed;
    d.partners[1].signatory.underMandateReservation = true;
    d.partners[1].signatory.reservationDeadline = QDate(2027, 2, 1);
    d.partners[2].legalForm = LegalForm::Unknown;
    d.partners[2].kvkNumber.clear();
    d.partners[0].signatory.decisionDate = {};
    d.dilemmas << DilemmaEntry{.id = 4, .title = QStringLiteral("Wie betaalt"), .agreements = {1}};
    d.info.signingPlace.clear();
    const QList<CovenantGap> gaps = covenantGapList(d, c, QStringLiteral("en"));
    QStringList texts;
    for (const CovenantGap &g : gaps)
        texts << g.text;
    CHECK(texts
          == QStringList{
              QStringLiteral("The agreement ‘Warme overdracht van opvang naar school’ is still a proposal."),
              QStringLiteral("There are no agreed agreements yet for the building block Work processes."),
              QStringLiteral("The dilemma ‘Wie betaalt’ is still open while agreements depend on it."),
              QStringLiteral("Stichting Kindwijs still signs subject to a mandate reservation (to be confirmed by 1 February 2027)."),
              QStringLiteral("Gemeente Heuvelrade is not fully identified; missing: date of the decision."),
              QStringLiteral("Kinderopvang Zonnestraal is not fully identified; missing: legal form and KvK number."),
              QStringLiteral("The place of signing has not been filled in."),
          });
    CHECK(gaps[0].where == CovenantGap::Where::Agreement);
    CHECK(gaps[0].id == 2);
    CHECK(gaps[3].where == CovenantGap::Where::Partner);
    CHECK(gaps[3].id == 2);
    CHECK(covenantGaps(d, c, QStringLiteral("en")) == texts);
}

TEST_CASE("a party that looks like a department is warned about", "[covenant]")
{
    TrajectoryData d = signable();
    const QString en = QStringLiteral("en");
    d.partners << Partner{.id = 8, .organisation = QStringLiteral("GGD Noord")} << Partner{.id = 9, .organisation = QStringLiteral("GGD Noord, Jeugdgezondheidszorg")}
               << Partner{.id = 10, .organisation = QStringLiteral("Afdeling Onderwijs")} << Partner{.id = 11, .organisation = QStringLiteral("GGD Zuid, Jeugdgezondheidszorg")};
    CHECK(departmentWarning(d.partners[3], d, en).isEmpty());
    CHECK(departmentWarning(d.partners[4], d, en).contains(QStringLiteral("department of GGD Noord")));
    CHECK_FALSE(departmentWarning(d.partners[5], d, en).isEmpty());
    CHECK_FALSE(departmentWarning(d.partners[6], d, en).isEmpty());
    // The legal entity named as the legal name: no longer a department.
    d.partners[6].legalName = QStringLiteral("Gemeenschappelijke regeling GGD Zuid");
    CHECK(departmentWarning(d.partners[6], d, en).isEmpty());
    for (const Partner &p : signable().partners)
        CHECK(departmentWarning(p, d, en).isEmpty());
}

TEST_CASE("dialogue clauses propose a short sentence never the whole answer", "[covenant]")
{
    TrajectoryData d = signable();
    const QString answer = QStringLiteral("We willen dat onze kinderen eerder gezien worden. Daarnaast willen we dat ouders ons sneller vinden en dat de scholen "
                                          "en de opvang hun overdracht samen regelen, ook in de kleine kernen waar de peutergroep onder druk staat.");
    d.answers << Answer{.questionId = QStringLiteral("verkennen.rol-gemeente"), .text = answer, .status = AnswerStatus::Agreed};
    const QList<DialogueClause> clauses = dialogueClauses(d, sampleCatalog(), QStringLiteral("nl"));
    QStringList keys;
    for (const DialogueClause &c : clauses)
        keys << c.key;
    for (const char *key : {"clause.recital.issue", "clause.recital.exploration", "clause.purpose.children", "clause.purpose.parents",
                            "clause.role.municipality", "clause.lasting"})
        CHECK(keys.contains(QLatin1String(key)));
    const auto role = std::find_if(clauses.cbegin(), clauses.cend(), [](const DialogueClause &c) { return c.key == QStringLiteral("clause.role.municipality"); });
    REQUIRE(role != clauses.cend());
    CHECK(role->proposal == QStringLiteral("De partijen willen dat hun kinderen eerder gezien worden."));
    CHECK(role->accepted.isEmpty());
    CHECK(role->sourceQuestion == QStringLiteral("verkennen.rol-gemeente"));
    const auto issue = std::find_if(clauses.cbegin(), clauses.cend(), [](const DialogueClause &c) { return c.key == QStringLiteral("clause.recital.issue"); });
    REQUIRE(issue != clauses.cend());
    CHECK(issue->accepted == QStringLiteral("Te veel kinderen starten met een taalachterstand."));

    d.answers.last().text = QString(400, QLatin1Char('x')).replace(QStringLiteral("xxxxxxxxx"), QStringLiteral("wij doen "));
    for (const DialogueClause &c : dialogueClauses(d, sampleCatalog(), QStringLiteral("nl")))
        if (c.key == QStringLiteral("clause.role.municipality"))
            CHECK(c.proposal.size() <= 242);
}

TEST_CASE("the privacy article follows whether personal data are shared", "[covenant]")
{
    TrajectoryData d = signable();
    const Catalog c = sampleCatalog();
    const QString en = QStringLiteral("en");
    d.info.sharesPersonalData = false;
    CHECK(articleText(QStringLiteral("privacy"), d, en).contains(QStringLiteral("does not provide for the sharing")));
    CHECK_FALSE(articleText(QStringLiteral("privacy"), d, en).contains(QStringLiteral("Before the sharing of personal data begins")));
    d.info.sharesPersonalData = true;
    CHECK(gapKeys(covenantGapList(d, c, en)) == QStringList{QStringLiteral("4/0/dataProtocol")});
    d.info.dataProtocol = QStringLiteral("Protocol gegevensdeling Heuvelrade");
    const QString privacy = articleText(QStringLiteral("privacy"), d, en);
    CHECK(privacy.contains(QStringLiteral("‘Protocol gegevensdeling Heuvelrade’")));
    CHECK(privacy.contains(QStringLiteral("data protection impact assessment (DPIA)")));
    CHECK(covenantGapList(d, c, en).isEmpty());
}

TEST_CASE("a department as a party and a missing signing date are gaps", "[covenant]")
{
    TrajectoryData d = signable();
    const Catalog c = sampleCatalog();
    d.partners[2].organisation = QStringLiteral("Kinderopvang Zonnestraal, afdeling Peuters");
    d.info.signingDate = {};
    CHECK(gapKeys(covenantGapList(d, c, QStringLiteral("en"))) == QStringList{QStringLiteral("1/3/legalName"), QStringLiteral("4/0/signingDate")});
}

TEST_CASE("one governing body name throughout the covenant", "[covenant]")
{
    TrajectoryData d = signable();
    d.info.governingBody = QStringLiteral("de regiegroep Heuvelrade");
    const Document doc = buildCovenant(d, sampleCatalog(), {.language = QStringLiteral("en")});
    const QString all = text(doc);
    CHECK(all.contains(QStringLiteral("De regiegroep Heuvelrade may, by joint decision, update the work agenda")));
    CHECK(all.contains(QStringLiteral("Under Article 4, de regiegroep Heuvelrade may update it")));
    CHECK_FALSE(all.contains(QStringLiteral("steering group")));
}

// Issue 20: the session report explains the glossary terms it uses — only
// those — in the report's language.
TEST_CASE("the session report ends with the glossary terms it uses", "[report][glossary]")
{
    Catalog c;
    GlossaryEntry jgz{QStringLiteral("jgz"), LocalizedText{{QStringLiteral("nl"), QStringLiteral("JGZ")}, {QStringLiteral("en"), QStringLiteral("YHC")}},
                      LocalizedText{{QStringLiteral("nl"), QStringLiteral("Jeugdgezondheidszorg.")}, {QStringLiteral("en"), QStringLiteral("Youth health care.")}}};
    GlossaryEntry ve{QStringLiteral("ve"), LocalizedText{{QStringLiteral("nl"), QStringLiteral("VE/VVE")}, {QStringLiteral("en"), QStringLiteral("ECE")}},
                     LocalizedText{{QStringLiteral("nl"), QStringLiteral("Voorschoolse educatie.")}, {QStringLiteral("en"), QStringLiteral("Early childhood education.")}}};
    GlossaryEntry oab{QStringLiteral("oab"), LocalizedText{{QStringLiteral("nl"), QStringLiteral("OAB")}, {QStringLiteral("en"), QStringLiteral("OAB")}},
                      LocalizedText{{QStringLiteral("nl"), QStringLiteral("Onderwijsachterstandenbeleid.")}, {QStringLiteral("en"), QStringLiteral("Educational disadvantage policy.")}}};
    c.glossary = {jgz, ve, oab};
    Document d;
    DocumentSection s;
    s.title = QStringLiteral("Afspraken");
    s.blocks << DocumentBlock::paragraph(QStringLiteral("De jgz en de VVE-locaties overleggen; JGZ-tijd telt mee."));
    d.sections << s;
    const QList<const GlossaryEntry *> used = glossaryTermsUsedIn(d, c, QStringLiteral("nl"));
    REQUIRE(used.size() == 2);
    CHECK(used[0]->id == QStringLiteral("jgz"));
    CHECK(used[1]->id == QStringLiteral("ve")); // "VVE" is one part of "VE/VVE"
    CHECK(glossaryTermsUsedIn(d, c, QStringLiteral("en")).isEmpty()); // the English terms are not in this text
}
