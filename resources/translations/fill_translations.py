#!/usr/bin/env python3
"""Fill the Qt Linguist files akkoord_en.ts and akkoord_nl.ts.

Akkoord's source strings are mixed by design:

* the interface (src/gui, contexts akkoord::gui::*, QObject, main) and the
  domain labels in src/domain/trajectory.cpp (akkoord::Domain, akkoord::Role,
  akkoord::AnswerStatus, akkoord::AgreementStatus) are written in DUTCH and
  get English translations in akkoord_en.ts;
* the lower layers (akkoord::TrajectoryFile, akkoord::Import, akkoord::Catalog,
  akkoord::cli, akkoord::report) are written in ENGLISH and get Dutch
  translations in akkoord_nl.ts.

A string in its own language stays unfinished with an empty translation, so
Qt shows the source text. The one exception are Dutch %n strings: Dutch needs
real singular and plural forms, so akkoord_nl.ts gets those too.

Documents (covenant, session report, questionnaire) do not use tr(): they pick
their language from DocumentOptions::language with their own tables in
src/domain/document*.cpp, so nothing of theirs appears here.

Usage, after changing strings in the C++ code:

    cmake --build build/dev --target update_translations   # runs lupdate
    python3 resources/translations/fill_translations.py

The script reports every string that needs a translation but has none in the
dictionaries below (exit status 1 with --check); add it to EN or NL and rerun.
It also checks that placeholders (%1, %n), keyboard shortcuts and menu
accelerators survive the translation.

Keys are either the source text, or (context, source) where one Dutch or
English word needs a different translation in one context. Values are the
translation, or a tuple of numerus forms for %n strings.
"""

from __future__ import annotations

import argparse
import html
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE.parent.parent / "src"

DUTCH_SOURCE_CONTEXTS = {
    "QObject", "main",
    "akkoord::Domain", "akkoord::Role", "akkoord::AnswerStatus", "akkoord::AgreementStatus", "akkoord::DilemmaStatus",
}
ENGLISH_SOURCE_CONTEXTS = {
    "akkoord::TrajectoryFile", "akkoord::Import", "akkoord::Catalog", "akkoord::cli", "akkoord::report", "akkoord::Backups",
}


def is_dutch_source(context: str) -> bool:
    if context.startswith("akkoord::gui::"):
        return True
    if context in DUTCH_SOURCE_CONTEXTS:
        return True
    if context in ENGLISH_SOURCE_CONTEXTS:
        return False
    raise SystemExit(f"fill_translations.py: unknown context {context!r}; add it to DUTCH_SOURCE_CONTEXTS or ENGLISH_SOURCE_CONTEXTS")


# --------------------------------------------------------------------------
# Dutch source -> English (akkoord_en.ts)
# --------------------------------------------------------------------------
EN: dict = {
    # backups, projector
    "&Reservekopie terugzetten…": "&Restore a backup…",
    "&Projectie aan/uit": "&Projector on/off",
    "Tijdklok &starten/pauzeren": "&Start/pause the clock",
    "Tijdklok &terugzetten": "R&eset the clock",
    "Geen reservekopie gemaakt: %1": "No backup made: %1",
    "%1\n\nEr is een automatische reservekopie van %2. Wilt u die openen? Ze wordt bewaard als een nieuw bestand; het oorspronkelijke bestand blijft zoals het is.":
        "%1\n\nThere is an automatic backup from %2. Open it? It is saved as a new file; the original file stays as it is.",
    "%1 (hersteld %2)": "%1 (restored %2)",
    "Reservekopie teruggezet als %1": "Backup restored as %1",
    "Reservekopieën": "Backups",
    "Er zijn nog geen reservekopieën van dit bestand.": "There are no backups of this file yet.",
    "Reservekopie terugzetten": "Restore a backup",
    "Kies een reservekopie. Ze wordt als nieuw bestand naast dit bestand bewaard en geopend.": "Choose a backup. It is saved as a new file beside this one and opened.",
    "Akkoord — projectie": "Akkoord — projector",
    "Tijd is om  +%1": "Time is up  +%1",

    # MainWindow: projector, timer and zoom (View menu accelerators:
    # &Reference &Projector s&hows Pa&use R&eset &Start &minute &question Zoom &in Zoom &out &Actual)
    "Tijdklok (F6 starten/pauzeren, Shift+F6 terugzetten, Ctrl+F6 een minuut erbij)":
        "Timer (F6 start/pause, Shift+F6 reset, Ctrl+F6 add a minute)",
    "Zoom %1%": "Zoom %1%",
    "Projectie &toont": "Projector s&hows",
    "De &huidige vraag": "The &current question",
    "De &resultaten van de zelfevaluatie": "The self-assessment &results",
    "Een &pauzescherm": "A &pause screen",
    "Pauzescherm aan/&uit": "Pa&use screen on/off",
    "Een &minuut erbij": "Add a &minute",
    "Tijdklok per &vraag in plaats van per fase": "Timer per &question instead of per phase",
    "&Inzoomen": "Zoom &in",
    "&Uitzoomen": "Zoom &out",
    "&Ware grootte": "&Actual size",
    "Tijd: %1": "Time: %1",
    "De tijd voor dit onderdeel is om.": "Time is up for this part.",

    # DilemmaStatus, DilemmaEditor, OpenDilemmasPanel
    "Beslecht": "Settled",
    "Uit de lijst &kiezen…": "Choose from the &list…",
    "&Eigen dilemma toevoegen": "&Add your own dilemma",
    "Er staan nog geen dilemma's in het register. Kies een veelvoorkomend dilemma uit de lijst, of voeg een dilemma toe dat de groep zelf benoemt.":
        "There are no dilemmas in the register yet. Choose a common dilemma from the list, or add a dilemma the group names itself.",
    "Dilemma": "Dilemma",
    "Afspraken": "Agreements",
    "(nog zonder titel)": "(untitled)",
    "%1 in het register, %2 open": "%1 in the register, %2 open",
    "Het gekozen dilemma": "The selected dilemma",
    "Het dilemma in één zin": "The dilemma in one sentence",
    "&Titel": "&Title",
    "Waar knelt het, en voor wie?": "Where is the tension, and for whom?",
    "T&oelichting": "&Explanation",
    "Anderen, bijvoorbeeld ouders van peuters": "Others, for example parents of toddlers",
    "Wie het verder raakt": "Who else it affects",
    "&Wie raakt het?": "&Who is affected?",
    "Bijvoorbeeld: een escalatieroute, een gezamenlijk budget of een vaste overlegtafel":
        "For example: an escalation route, a joint budget or a standing consultation group",
    "&Hoe gaan we ermee om?": "&How do we handle it?",
    "Afspraken die het dilemma beslechten": "Agreements that settle the dilemma",
    "Er zijn nog geen afspraken. Die worden gemaakt in de fase Ontwikkelen; koppel het dilemma daarna hier aan de afspraak die het beslecht. Tot dan blijft het dilemma daar zichtbaar als open.":
        "There are no agreements yet. They are made in the Develop phase; then link the dilemma here to the agreement "
        "that settles it. Until then, the dilemma stays visible there as open.",
    "Welke afspraak &beslecht het?": "Which a&greement settles it?",
    "Een veelvoorkomend dilemma uit de handreiking toevoegen": "Add a common dilemma from the guide",
    "Alle dilemma's uit de lijst staan al in het register.": "All dilemmas from the list are already in the register.",
    "Dilemma verwijderen": "Remove dilemma",
    "Het dilemma ‘%1’ uit het register verwijderen? U kunt dit ongedaan maken met Ctrl+Z.":
        "Remove the dilemma ‘%1’ from the register? You can undo this with Ctrl+Z.",
    "%1 — %2": "%1 — %2",
    "Uit de lijst met veelvoorkomende dilemma's; pas de tekst gerust aan op de eigen situatie.":
        "From the list of common dilemmas; feel free to adapt the text to your own situation.",
    "Koppel in Analyseren bij het dilemma de afspraak die het beslecht, en zet het daar op Beslecht.":
        "In Analyse, link the dilemma to the agreement that settles it, and set it to Settled there.",
    "Nog open dilemma's (%1) — wat de afspraken nog moeten beslechten":
        "Dilemmas still open (%1) — what the agreements still need to settle",
    "Raakt: %1": "Affects: %1",
    "Nog niet afgesproken hoe we ermee omgaan.": "Not yet agreed how we handle it.",
    "Aanpak: %1": "Approach: %1",

    # SituationEditor, GapsEditor, RoundBar (now and desired, hidden rounds)
    "Gewenst": "Desired",
    "1 – nauwelijks geregeld": "1 – hardly in place",
    "2 – matig": "2 – poor",
    "4 – goed": "4 – good",
    "5 – uitstekend geregeld": "5 – excellently in place",
    "&Partner:": "&Partner:",
    "&Invullen voor deze partner": "&Fill in for this partner",
    "&Opslaan en verbergen": "&Save and hide",
    "Annuleren": "Cancel",
    "&Grafiek:": "&Chart:",
    "Scores van %1 (alleen voor deze partner)": "Scores from %1 (for this partner only)",
    "Scores van %1": "Scores from %1",
    "%1 heeft al gescoord; de scores blijven verborgen tot ze worden onthuld. Opnieuw invullen vervangt ze.":
        "%1 has already scored; the scores stay hidden until they are revealed. Filling in again replaces them.",
    "Kies een partner en klik op Invullen. De partner vult zelf in; na opslaan wordt het formulier weer leeg.":
        "Choose a partner and click Fill in. The partner fills in the scores themselves; after saving, the form is cleared again.",
    "Alle partners (gemiddeld, met spreiding)": "All partners (average, with spread)",
    "De ronde ‘nu en gewenst’ in %1 is nog verborgen. Onthul de scores daar om ze hier te bespreken.":
        "The ‘now and desired’ round in %1 is still hidden. Reveal the scores there to discuss them here.",
    "Nog geen scores voor nu en gewenst. Laat de partners in %1 per bouwsteen scoren; de analyse verschijnt dan hier.":
        "No scores for now and desired yet. Have the partners score each building block in %1; the analysis then appears here.",
    "<b>Grootste afstand</b> — %1: gemiddeld %2 punt (nu %3, gewenst %4)":
        "<b>Largest gap</b> — %1: %2 points on average (now %3, desired %4)",
    "<b>Meeste verschil van inzicht</b> — %1: partners verschillen %2 punten over %3":
        "<b>Most disagreement</b> — %1: partners differ by %2 points on %3",
    "de huidige situatie": "the current situation",
    "de gewenste situatie": "the desired situation",
    "Geen opvallende afstand of verschil van inzicht: de partners zien het ongeveer hetzelfde.":
        "No notable gap or disagreement: the partners see it roughly the same way.",
    "Gespreksonderwerpen:": "Topics for discussion:",
    "<b>Verborgen ronde</b> — %1 van %2 partners hebben gescoord. Niemand ziet de scores tot u ze onthult.":
        "<b>Hidden round</b> — %1 of %2 partners have scored. No one sees the scores until you reveal them.",
    "Scores &onthullen": "&Reveal scores",
    "Scores zijn zichtbaar terwijl ze worden ingevuld. Start een verborgen ronde om te voorkomen dat partners zich op de eerste score richten.":
        "Scores are visible while they are being filled in. Start a hidden round to keep partners from anchoring on the first score.",
    "&Verborgen ronde starten": "Start &hidden round",
    "Alle partners hebben gescoord.": "All partners have scored.",
    "Nog niet gescoord: %1": "Not yet scored: %1",
    "Verborgen ronde starten": "Start hidden round",
    "Er zijn al scores ingevuld. Een nieuwe verborgen ronde begint leeg: de huidige scores worden gewist (met Ongedaan maken terug te halen). Doorgaan?":
        "Some scores have already been filled in. A new hidden round starts empty: the current scores are cleared "
        "(you can bring them back with Undo). Continue?",

    # RatingEditor (hidden round)
    "Waarom? (optioneel)": "Why? (optional)",
    "✓ gescoord (verborgen)": "✓ scored (hidden)",
    "Opnieuw invullen": "Fill in again",
    "Invullen": "Fill in",
    "Score van %1 — alleen voor deze partner": "Score from %1 — for this partner only",
    "Score (1–5)": "Score (1–5)",

    # ProjectorWindow
    "Nog geen resultaten": "No results yet",
    "Zodra respondenten de vragenlijst hebben ingevuld, verschijnt hier het beeld per bouwsteen.":
        "As soon as respondents have filled in the questionnaire, the picture for each building block appears here.",
    "Resultaten per bouwsteen": "Results per building block",
    "Nog niet gehoord: %1": "Not yet heard from: %1",
    "Verborgen ronde: %1 van %2 partners hebben gescoord.\nDe scores verschijnen hier tegelijk zodra ze worden onthuld.":
        "Hidden round: %1 of %2 partners have scored.\nThe scores appear here all at once as soon as they are revealed.",
    "De scores voor nu en gewenst zijn nog verborgen.": "The scores for now and desired are still hidden.",

    # TrajectorySession (undo-stack texts)
    "Dilemma toevoegen": "Add dilemma",
    "Dilemma bewerken": "Edit dilemma",
    "Nu en gewenst wijzigen": "Change now and desired",
    "Scores onthullen": "Reveal scores",
    # QObject, main
    "Dat lukte niet": "That did not work",
    "Uiterlijk: %1": "Deadline: %1",
    "Middelen: %1": "Resources: %1",
    "Indicator: %1": "Indicator: %1",
    "Streefwaarde: %1": "Target value: %1",
    "Status: %1": "Status: %1",
    "%1 verwijderen": "Remove %1",
    "De vragencatalogus bevat fouten, dus Akkoord kan niet starten.\n\n%1":
        "The question catalogue contains errors, so Akkoord cannot start.\n\n%1",
    "Openen mislukt": "Could not open the file",

    # Domain labels
    "Gemeente": "Municipality",
    "Primair onderwijs": "Primary education",
    "Voortgezet onderwijs": "Secondary education",
    "Samenwerkingsverband passend onderwijs": "Appropriate-education partnership",
    "Kinderopvang": "Childcare",
    "Jeugdgezondheidszorg": "Youth health care",
    "Welzijn": "Welfare",
    "Jeugdhulp": "Youth care",
    "Veiligheid en politie": "Safety and police",
    "Sport en cultuur": "Sport and culture",
    "Ouders": "Parents",
    "Jongeren": "Young people",
    "Overig": "Other",
    "Kernpartner": "Core partner",
    "Schilpartner": "Outer partner",
    # Answer status
    "Open": "Open",
    "Besproken": "Discussed",
    ("akkoord::AnswerStatus", "Akkoord"): "Agreed",
    # Agreement status
    "Voorstel": "Proposed",
    "Afgesproken": "Agreed",
    "In uitvoering": "In progress",
    "Gerealiseerd": "Done",
    "Vervallen": "Dropped",

    # AccountabilityEditor
    "Verantwoording toevoegen": "Add accountability",
    "Evaluatiemomenten": "Evaluation moments",
    "Evaluatiemoment toevoegen": "Add evaluation moment",
    "Waarover": "About what",
    "Aan wie": "To whom",
    "Hoe vaak": "How often",
    "In welke vorm": "In what form",
    "bijv. voortgang van de afspraken": "e.g. progress on the agreements",
    "bijv. gemeenteraad, besturen, ouders": "e.g. municipal council, boards, parents",
    "bijv. jaarlijks in oktober": "e.g. every year in October",
    "bijv. gezamenlijke rapportage": "e.g. a joint report",
    "Verantwoording": "Accountability",
    "Wat evalueren we, met wie?": "What do we evaluate, and with whom?",
    "Evaluatiemoment": "Evaluation moment",

    # AgreementsEditor
    "&Bouwsteen:": "&Building block:",
    "Afspraak toevoegen": "Add agreement",
    "Verwijderen": "Remove",
    "Geschiedenis…": "History…",
    "Afspraak": "Agreement",
    "Eigenaar": "Owner",
    "Uiterlijk": "Deadline",
    "Status": "Status",
    "(nog niet beschreven)": "(not yet described)",
    "–": "–",
    "Wat spreken we af?": "What do we agree on?",
    "Uiterlijk op": "No later than",
    "Uren, geld, huisvesting": "Hours, money, accommodation",
    "Hoe weten we dat het werkt?": "How do we know it works?",
    "Streefwaarde": "Target value",
    "&Wat": "&What",
    "&Eigenaar": "&Owner",
    "Bijdragende partners": "Contributing partners",
    "Termijn": "Deadline",
    "&Middelen": "&Resources",
    "&Indicator": "&Indicator",
    "Streef&waarde": "&Target value",
    "&Status": "&Status",
    "Dient ambitie(s)": "Serves ambition(s)",
    "Vragen die een afspraak in deze bouwsteen beantwoordt": "Questions that an agreement in this building block answers",
    "Invoegen": "Insert",
    "(nog geen eigenaar)": "(no owner yet)",
    "(ambitie zonder titel)": "(untitled ambition)",

    # AmbitionsEditor
    "Ambitie toevoegen": "Add ambition",
    "Ambitie": "Ambition",
    "Wat hebben kinderen en ouders eraan?": "What do children and parents gain from it?",
    "Bijvoorbeeld: elk kind start taalvaardig in groep 3":
        "For example: every child starts Year 2 with good language skills",
    "Beoogd resultaat voor kinderen en ouders": "Intended result for children and parents",

    # AssessmentPage
    "Zelfevaluatie": "Self-assessment",
    "Een eerlijke blik op de samenwerking: iedere respondent beoordeelt stellingen per bouwsteen. Het waardevolst is waar kern- en schilpartners verschillend kijken.":
        "An honest look at the partnership: every respondent rates statements for each building block. "
        "Most valuable are the places where core and outer partners see things differently.",
    "&Ronde:": "&Round:",
    "&Nieuwe ronde": "&New round",
    "Ronde verwijderen…": "Remove round…",
    "Respondenten zelf laten invullen…": "Let respondents fill it in themselves…",
    "Exporteren als CSV…": "Export as CSV…",
    "Nieuwe &respondent": "New &respondent",
    "Ctrl+R": "Ctrl+R",
    "&Invoeren": "&Enter",
    "Resul&taten": "Resul&ts",
    "Ronde %1": "Round %1",
    "Ronde verwijderen": "Remove round",
    "Deze ronde met al haar respondenten en antwoorden verwijderen? U kunt dit ongedaan maken met Ctrl+Z.":
        "Remove this round with all its respondents and answers? You can undo this with Ctrl+Z.",
    "Antwoorden exporteren": "Export answers",
    "zelfevaluatie.csv": "self-assessment.csv",
    "CSV (*.csv)": "CSV (*.csv)",
    "Ronde 1": "Round 1",
    "Zelfevaluatie invullen": "Fill in the self-assessment",
    "Vul de vragenlijst in en kies Klaar. Uw antwoorden zijn daarna niet meer zichtbaar voor de volgende persoon.":
        "Fill in the questionnaire and choose Done. Your answers are then hidden from the next person.",
    "Klaar — volgende persoon": "Done — next person",
    "Stoppen": "Stop",
    "Respondent %1": "Respondent %1",
    "geen organisatie": "no organisation",
    "Respondenten per partner — %1": "Respondents per partner — %1",
    "nog geen": "none yet",
    "Nog geen respondent van: %1": "No respondent yet from: %1",

    # AssessmentResultsView
    "te weinig respondenten": "too few respondents",
    "geen gegevens": "no data",
    "%1 (± %2)": "%1 (± %2)",
    "Bouwsteen": "Building block",
    "Iedereen": "Everyone",
    "Kernpartners": "Core partners",
    "Schilpartners": "Outer partners",
    "Grootste verschil tussen kern- en schilpartners": "Largest differences between core and outer partners",
    "Meeste onenigheid tussen respondenten": "Most disagreement between respondents",
    "&Vergelijk met ronde:": "&Compare with round:",
    "Eerder": "Before",
    "Nu": "Now",
    "Verschil": "Change",
    "Nog geen ronde. Kies Nieuwe ronde om een zelfevaluatie te beginnen, of druk een blanco vragenlijst af via Documenten.":
        "No round yet. Choose New round to start a self-assessment, or print a blank questionnaire from Documents.",
    "%1 respondenten: %2 van kernpartners, %3 van schilpartners.":
        "%1 respondents: %2 from core partners, %3 from outer partners.",
    "Alleen schilpartners hebben geantwoord: dit beeld is eenzijdig.":
        "Only outer partners have answered: this picture is one-sided.",
    "Alleen kernpartners hebben geantwoord: dit beeld is eenzijdig. Vraag ook schilpartners om hun kijk.":
        "Only core partners have answered: this picture is one-sided. Ask the outer partners for their view as well.",
    "Minder dan %1 kernpartners: hun uitkomsten worden niet apart getoond, zodat niemand herkenbaar is.":
        "Fewer than %1 core partners: their results are not shown separately, so that no one can be identified.",
    "Minder dan %1 schilpartners: hun uitkomsten worden niet apart getoond, zodat niemand herkenbaar is.":
        "Fewer than %1 outer partners: their results are not shown separately, so that no one can be identified.",
    "Nog geen respondent van: %1.": "No respondent yet from: %1.",
    "%1 — kern %2, schil %3": "%1 — core %2, outer %3",
    "Te weinig respondenten in een van beide groepen om te vergelijken.":
        "Too few respondents in one of the two groups to compare.",
    "%1 — spreiding %2": "%1 — spread %2",
    "(geen)": "(none)",
    "%1 (eerder)": "%1 (before)",

    # ChecklistEditor
    "Toelichting, bijvoorbeeld welke gemeentelijke afdelingen nodig zijn":
        "Explanation, for example which municipal departments are needed",
    "Toelichting": "Explanation",
    "Voeg eerst partners toe op de pagina Partners.": "First add partners on the Partners page.",

    # DocumentsPage
    "Documenten": "Documents",
    "Convenant": "Covenant",
    "Sessieverslag": "Session report",
    "Vragenlijst zelfevaluatie (blanco)": "Self-assessment questionnaire (blank)",
    "Concept zolang er iets ontbreekt": "Draft while anything is missing",
    "Altijd concept": "Always draft",
    "Definitief": "Final",
    "&Document": "&Document",
    "&Versie": "&Version",
    "Gegevens van het convenant": "Covenant details",
    "Korte titel voor de kop van elke pagina": "Short title for the header of every page",
    " jaar": " years",
    "bijv. jaarlijks in november": "e.g. every year in November",
    "&Korte titel": "S&hort title",
    "&Ingangsdatum": "&Start date",
    "&Looptijd": "&Term",
    "&Evaluatieritme": "&Evaluation cycle",
    "&Plaats van ondertekening": "&Place of signing",
    "Datum van &ondertekening": "Date of si&gning",
    "Exporteren als &PDF…": "Export as &PDF…",
    "Exporteren als &ODT…": "Export as &ODT…",
    "&Afdrukken…": "P&rint…",
    "Het convenant is compleet: alle partners, afspraken en afspraken over looptijd en evaluatie zijn ingevuld.":
        "The covenant is complete: all partners and agreements, and the arrangements for its term and evaluation, are filled in.",
    "Dit ontbreekt nog aan een sluitend convenant (u kunt wel een concept maken):":
        "Still missing for a complete covenant (you can make a draft in the meantime):",
    "Vingerafdruk van de inhoud: %1": "Content fingerprint: %1",
    "Convenantgegevens wijzigen": "Change covenant details",
    "Voorbeeld wordt bijgewerkt…": "Updating preview…",
    "Voorbeeld: %n pagina('s)": ("Preview: %n page", "Preview: %n pages"),
    "convenant": "covenant",
    "sessieverslag": "session-report",
    "vragenlijst": "questionnaire",
    "Document exporteren": "Export document",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "OpenDocument-tekst (*.odt)": "OpenDocument Text (*.odt)",
    "Opgeslagen als %1": "Saved as %1",

    # HistoryDialog
    "Geschiedenis": "History",
    "Elke opgeslagen versie blijft bewaard. Kies een versie om haar te bekijken en zo nodig terug te zetten.":
        "Every saved version is kept. Choose a version to view it and, if needed, restore it.",
    "Deze versie terugzetten": "Restore this version",
    "Nog geen eerdere versies.": "No earlier versions yet.",
    "Terugzetten mislukt": "Could not restore the version",

    # MainWindow (menu accelerators: &File &Edit &Navigate &View &Help)
    "Naslag": "Reference",
    "Dilemma's": "Dilemmas",
    "&Bestand": "&File",
    "&Nieuw traject…": "&New trajectory…",
    "&Openen…": "&Open…",
    "&Recente bestanden": "&Recent files",
    "&Demo openen": "Open &demo",
    "&Kopie opslaan als…": "Save a cop&y as…",
    "Ctrl+Shift+S": "Ctrl+Shift+S",
    "&Exporteren als JSON…": "&Export as JSON…",
    "S&luiten": "&Close",
    "&Afsluiten": "&Quit",
    "Be&werken": "&Edit",
    "&Ongedaan maken": "&Undo",
    "Opn&ieuw": "&Redo",
    "Ctrl+Y": "Ctrl+Y",
    "&Voorkeuren…": "&Preferences…",
    "&Navigeren": "&Navigate",
    "&Volgende vraag": "&Next question",
    "Ctrl+PgDown": "Ctrl+PgDown",
    "V&orige vraag": "&Previous question",
    "Ctrl+PgUp": "Ctrl+PgUp",
    "Volgende &fase": "Next p&hase",
    "Ctrl+Shift+PgDown": "Ctrl+Shift+PgDown",
    "Vorige f&ase": "Previous ph&ase",
    "Ctrl+Shift+PgUp": "Ctrl+Shift+PgUp",
    "Partners": "Partners",
    "Beel&d": "&View",
    "&Naslag": "&Reference",
    "&Help": "&Help",
    "&Over Akkoord": "&About Akkoord",
    "Over &Qt": "About &Qt",
    "&Ongedaan maken: %1": "&Undo: %1",
    "Opn&ieuw: %1": "&Redo: %1",
    "Partners (%1)": "Partners (%1)",
    "Akkoord": "Akkoord",
    "alleen lezen": "read-only",
    "Opgeslagen om %1": "Saved at %1",
    "Niet opgeslagen: %1 Akkoord probeert het steeds opnieuw; uw tekst blijft staan.":
        "Not saved: %1 Akkoord keeps trying; your text is kept.",
    "Niet opgeslagen": "Not saved",
    "Alleen lezen: %1": "Read-only: %1",
    "Wijzigingen worden direct opgeslagen": "Changes are saved immediately",
    "Niet alles is opgeslagen": "Not everything has been saved",
    "De laatste wijzigingen konden niet worden opgeslagen. Toch sluiten? Kies Annuleren en bewaar eerst een kopie elders.":
        "The latest changes could not be saved. Close anyway? Choose Cancel and save a copy elsewhere first.",
    "Traject openen": "Open trajectory",
    "Akkoord-trajecten (*.akkoord);;Alle bestanden (*)": "Akkoord trajectories (*.akkoord);;All files (*)",
    "Traject bewaren als": "Save trajectory as",
    "Akkoord-trajecten (*.akkoord)": "Akkoord trajectories (*.akkoord)",
    "De demo ontbreekt in deze versie van Akkoord.": "The demo is missing from this version of Akkoord.",
    "Kopie opslaan als": "Save a copy as",
    "Kopie opslaan": "Save a copy",
    "Kies een andere naam dan het geopende bestand.": "Choose a name other than that of the open file.",
    "Kopie opgeslagen als %1": "Copy saved as %1",
    "Exporteren als JSON": "Export as JSON",
    "JSON (*.json)": "JSON (*.json)",
    "%1 kon niet worden geschreven: %2.": "%1 could not be written: %2.",
    "Taal van Akkoord en de vragen: nu %1. Overschakelen naar %2?":
        "Language of Akkoord and the questions: currently %1. Switch to %2?",
    "Nederlands": "Dutch",
    "Engels": "English",
    "Voorkeuren": "Preferences",
    "Over Akkoord": "About Akkoord",
    "Akkoord %1\n\nBegeleidt de partners rond kinderen en jongeren in zes fasen van verkenning naar convenant. Werkt zonder internet; alles staat in één bestand op uw eigen computer.":
        "Akkoord %1\n\nGuides the partners around children and young people in six phases from exploration to covenant. "
        "Works without an internet connection; everything is kept in a single file on your own computer.",
    "Zelfevaluatie (%1)": "Self-assessment (%1)",

    # NewTrajectoryWizard
    "Nieuw traject": "New trajectory",
    "Het traject": "The trajectory",
    "Waar gaat de samenwerking over? Alles is later nog aan te passen.":
        "What is the partnership about? Everything can be changed later.",
    "Bijvoorbeeld: Kansrijk opgroeien in Lindeveen": "For example: Growing up with opportunities in Lindeveen",
    "Het gezamenlijke vraagstuk, zo concreet mogelijk": "The joint issue, as concretely as possible",
    "&Titel *": "&Title *",
    "Gezamenlijk &vraagstuk": "Joint &issue",
    "&Gemeente of regio": "&Municipality or region",
    "&Begeleider": "&Facilitator",
    "De partners": "The partners",
    "Welke organisaties doen mee? Ouders en jongeren horen er vanaf het begin bij.":
        "Which organisations take part? Parents and young people belong from the very start.",
    "Organisatie": "Organisation",
    "Domein": "Domain",
    "Rol": "Role",
    "Contactpersoon": "Contact person",
    "Ondertekenaar": "Signatory",
    "Functie": "Position",
    "Partner &toevoegen": "&Add partner",
    "&Verwijderen": "&Remove",

    # PartnersPage
    "De organisaties die samenwerken, met hun rol en wie namens hen tekent. Kernpartners dragen het traject; schilpartners sluiten aan waar het hen raakt.":
        "The organisations working together, with their role and who signs on their behalf. "
        "Core partners carry the trajectory; outer partners join in where it concerns them.",
    "&Verwijderen…": "&Remove…",
    "Omhoog": "Move up",
    "Omlaag": "Move down",
    "Gegevens van de partner": "Partner details",
    "Tekent onder voorbehoud van mandaat": "Signs subject to mandate",
    "&Organisatie": "&Organisation",
    "&Domein": "&Domain",
    "&Rol": "&Role",
    "&Contactpersoon": "&Contact person",
    "&E-mail": "&Email",
    "Tele&foon": "&Phone",
    "Ondertekenaar: &naam": "Signatory: &name",
    "Ondertekenaar: f&unctie": "Signatory: pos&ition",
    "Nieuwe partner": "New partner",
    "(nog onbekend)": "(not yet known)",
    "%1 verwijderen?\n\nDit heeft gevolgen:\n• %2\n\nU kunt dit ongedaan maken met Ctrl+Z.":
        "Remove %1?\n\nThis has consequences:\n• %2\n\nYou can undo this with Ctrl+Z.",
    "Partner verwijderen": "Remove partner",

    # PerspectivesEditor
    "Alle partners hebben hun inbreng gegeven.": "All partners have given their input.",
    "Nog geen inbreng van: %1": "No input yet from: %1",
    "Inbreng van %1": "Input from %1",

    # PhasePage
    "Toelichting voor de begeleider (ongeveer %1 minuten)": "Notes for the facilitator (about %1 minutes)",
    "Vraag %1 van %2": "Question %1 of %2",
    "S&tatus:": "S&tatus:",
    "Voorbeelden uit de praktijk": "Examples from practice",
    "Zet dit voorbeeld in het antwoord, om het daarna aan te passen": "Put this example in the answer, to adapt it afterwards",
    "Inbreng per partner": "Input per partner",

    # RatingEditor
    "Partner": "Partner",
    "Urgentie (1–5)": "Urgency (1–5)",
    "Waarom?": "Why?",
    "– nog niet": "– not yet",
    "1 – nauwelijks": "1 – hardly",
    "2 – beperkt": "2 – limited",
    "3 – redelijk": "3 – moderate",
    "4 – groot": "4 – high",
    "5 – zeer groot": "5 – very high",
    "Reden van %1": "Reason given by %1",

    # RespondentForm, ScoreEdit
    "Naam (mag ook een rol zijn, bijv. 'leerkracht groep 2')":
        "Name (may also be a role, e.g. 'Reception class teacher')",
    "&Naam": "&Name",
    "&Rol in dit traject": "&Role in this trajectory",
    "Typ per stelling 1 (helemaal oneens) tot 5 (helemaal eens), of 0 voor weet niet / n.v.t. De cursor gaat vanzelf verder. Ctrl+Enter: volgende respondent.":
        "For each statement, type 1 (strongly disagree) to 5 (strongly agree), or 0 for don't know / not applicable. "
        "The cursor moves on by itself. Ctrl+Enter: next respondent.",
    "Toelichting (optioneel)": "Explanation (optional)",
    "(geen of andere organisatie)": "(no or another organisation)",
    "Kies of maak een respondent": "Choose or create a respondent",
    "Nieuwe respondent": "New respondent",
    "1 (oneens) tot 5 (eens); 0, ? of w: weet niet / n.v.t.; Backspace wist":
        "1 (disagree) to 5 (agree); 0, ? or w: don't know / not applicable; Backspace clears",

    # TextAnswerEditor
    "Gezamenlijk antwoord — één punt per regel": "Joint answer — one point per line",
    "Gezamenlijk antwoord": "Joint answer",

    # TrajectorySession (undo-stack texts, shown as "Undo: …")
    "Antwoord bewerken": "Edit answer",
    "Status wijzigen": "Change status",
    "Keuze wijzigen": "Change selection",
    "Eerdere versie herstellen": "Restore earlier version",
    "Inbreng bewerken": "Edit input",
    "Score wijzigen": "Change score",
    "Score wissen": "Clear score",
    "Partner toevoegen": "Add partner",
    "Partner bewerken": "Edit partner",
    "%n eigen inbreng(en) bij vragen worden verwijderd":
        ("%n partner contribution to a question will be removed", "%n partner contributions to questions will be removed"),
    "%n score(s) worden verwijderd": ("%n score will be removed", "%n scores will be removed"),
    "%n afspraak/afspraken verliezen hun eigenaar":
        ("%n agreement will lose its owner", "%n agreements will lose their owner"),
    "%n afspraak/afspraken verliezen deze partner als bijdrager":
        ("%n agreement will lose this partner as a contributor", "%n agreements will lose this partner as a contributor"),
    "Volgorde wijzigen": "Change order",
    "Ambitie bewerken": "Edit ambition",
    "Ambitie verwijderen": "Remove ambition",
    "Afspraak bewerken": "Edit agreement",
    "Afspraak verwijderen": "Remove agreement",
    "Verantwoording bewerken": "Edit accountability",
    "Verantwoording verwijderen": "Remove accountability",
    "Evaluatiemoment bewerken": "Edit evaluation moment",
    "Evaluatiemoment verwijderen": "Remove evaluation moment",
    "Ronde toevoegen": "Add round",
    "Ronde bewerken": "Edit round",
    "Respondent toevoegen": "Add respondent",
    "Respondent bewerken": "Edit respondent",
    "Respondent verwijderen": "Remove respondent",
    "Score invoeren": "Enter score",
    "Toelichting invoeren": "Enter explanation",

    # WelcomePage
    "Samen van verkenning naar convenant: een gesprek in zes fasen voor de partners rond kinderen en jongeren.":
        "Together from exploration to covenant: a conversation in six phases for the partners around children and young people.",
    "&Demo bekijken": "View the &demo",
    "Nog geen recente bestanden.": "No recent files yet.",
}

# Dutch %n strings need real Dutch singular and plural forms in akkoord_nl.ts
# (the source text "pagina('s)" is only a fallback).
NL_NUMERUS: dict = {
    "Voorbeeld: %n pagina('s)": ("Voorbeeld: %n pagina", "Voorbeeld: %n pagina's"),
    "%n eigen inbreng(en) bij vragen worden verwijderd":
        ("%n eigen inbreng bij een vraag wordt verwijderd", "%n eigen inbrengen bij vragen worden verwijderd"),
    "%n score(s) worden verwijderd": ("%n score wordt verwijderd", "%n scores worden verwijderd"),
    "%n afspraak/afspraken verliezen hun eigenaar":
        ("%n afspraak verliest haar eigenaar", "%n afspraken verliezen hun eigenaar"),
    "%n afspraak/afspraken verliezen deze partner als bijdrager":
        ("%n afspraak verliest deze partner als bijdrager", "%n afspraken verliezen deze partner als bijdrager"),
}

# --------------------------------------------------------------------------
# English source -> Dutch (akkoord_nl.ts)
# --------------------------------------------------------------------------
CLI_USAGE_EN = (
    "Usage:\n"
    "  akkoord [FILE.akkoord]                       open the program (on FILE)\n"
    "  akkoord new FILE.akkoord --title \"…\"          create an empty trajectory\n"
    "        [--municipality \"…\"] [--facilitator \"…\"] [--issue \"…\"]\n"
    "  akkoord export FILE.akkoord -o OUT.json      write everything in FILE as JSON (-o - for stdout)\n"
    "  akkoord import IN.json -o FILE.akkoord       make a new file from an export\n"
    "  akkoord demo -o FILE.akkoord                 write the demo trajectory\n"
    "  akkoord catalog check [DIR] [--json]         validate a question catalogue\n"
    "  akkoord restore FILE.akkoord --list          list the automatic backups of FILE\n"
    "  akkoord restore FILE.akkoord [--backup N] -o OUT.akkoord   restore a backup (1 = newest)\n"
    "  akkoord report FILE.akkoord --kind convenant|sessie|vragenlijst -o OUT.pdf|OUT.odt\n"
    "        [--lang nl|en] [--draft|--final]       write the covenant, the session report or a blank\n"
    "                                               self-assessment questionnaire for paper\n"
    "\n"
    "Options:\n"
    "  --catalog DIR      use the catalogue in DIR instead of the built-in one\n"
    "  --lang nl|en       language of the interface and the catalogue\n"
    "  -h, --help         show this help\n"
    "  -v, --version      show the version\n"
)
CLI_USAGE_NL = (
    "Gebruik:\n"
    "  akkoord [FILE.akkoord]                       open het programma (met FILE)\n"
    "  akkoord new FILE.akkoord --title \"…\"          maak een leeg traject\n"
    "        [--municipality \"…\"] [--facilitator \"…\"] [--issue \"…\"]\n"
    "  akkoord export FILE.akkoord -o OUT.json      schrijf alles uit FILE als JSON (-o - voor stdout)\n"
    "  akkoord import IN.json -o FILE.akkoord       maak een nieuw bestand van een export\n"
    "  akkoord demo -o FILE.akkoord                 schrijf het demotraject\n"
    "  akkoord catalog check [DIR] [--json]         controleer een vragencatalogus\n"
    "  akkoord restore FILE.akkoord --list          toon de automatische reservekopieën van FILE\n"
    "  akkoord restore FILE.akkoord [--backup N] -o OUT.akkoord   zet een reservekopie terug (1 = nieuwste)\n"
    "  akkoord report FILE.akkoord --kind convenant|sessie|vragenlijst -o OUT.pdf|OUT.odt\n"
    "        [--lang nl|en] [--draft|--final]       schrijf het convenant, het sessieverslag of een\n"
    "                                               blanco vragenlijst zelfevaluatie voor op papier\n"
    "\n"
    "Opties:\n"
    "  --catalog DIR      gebruik de catalogus in DIR in plaats van de ingebouwde\n"
    "  --lang nl|en       taal van de interface en de catalogus\n"
    "  -h, --help         toon deze hulp\n"
    "  -v, --version      toon het versienummer\n"
)

NL: dict = {
    # backups, restore, late fixes
    "No backup could be made: the folder %1 cannot be created.": "Er kon geen reservekopie worden gemaakt: de map %1 kan niet worden aangemaakt.",
    "%1 already exists; choose another name for the restored file.": "%1 bestaat al; kies een andere naam voor het teruggezette bestand.",
    "The backup could not be copied to %1 (is the disk full or the folder read-only?).": "De reservekopie kon niet naar %1 worden gekopieerd (is de schijf vol of de map alleen-lezen?).",
    "The restored file could not be written as %1.": "Het teruggezette bestand kon niet als %1 worden geschreven.",
    "not valid JSON: %1": "geen geldige JSON: %1",
    "This file is nested more than %1 levels deep (at byte %2): it is not an Akkoord export.": "Dit bestand is meer dan %1 niveaus diep genest (bij byte %2): het is geen Akkoord-export.",
    "This file holds a number too large to read (%1): it may be damaged or not an Akkoord export.": "Dit bestand bevat een getal dat te groot is om te lezen (%1): het is mogelijk beschadigd of geen Akkoord-export.",
    "This file is not valid JSON: %1.": "Dit bestand is geen geldige JSON: %1.",
    "The copy could not be saved as %1.": "De kopie kon niet worden opgeslagen als %1.",
    "List the automatic backups of FILE.": "Toon de automatische reservekopieën van FILE.",
    "Restore backup N from the list (1 = newest).": "Zet reservekopie N uit de lijst terug (1 = nieuwste).",
    "Akkoord file whose backups to use": "Akkoord-bestand waarvan de reservekopieën gebruikt worden",
    "There are no backups of %1.": "Er zijn geen reservekopieën van %1.",
    "--backup needs a number from the list (1 = newest).": "--backup verwacht een nummer uit de lijst (1 = nieuwste).",
    "There are no automatic backups of %1.": "Er zijn geen automatische reservekopieën van %1.",
    "There are only %1 backups of %2.": "Er zijn maar %1 reservekopieën van %2.",
    "Restored the backup of %1 to %2.": "De reservekopie van %1 is teruggezet als %2.",
    "Something unexpected went wrong: %1": "Er ging iets onverwachts mis: %1",
    # akkoord::Catalog (fragments of "file: path: error: message")
    "an object {…} is expected": "hier wordt een object {…} verwacht",
    "unknown field": "onbekend veld",
    "missing": "ontbreekt",
    "text is expected": "hier wordt tekst verwacht",
    "a whole number of zero or more is expected": "hier wordt een geheel getal van nul of meer verwacht",
    "true or false is expected": "hier wordt true of false verwacht",
    'a text in every language is expected, like {"nl": "…", "en": "…"}':
        'hier wordt een tekst in elke taal verwacht, zoals {"nl": "…", "en": "…"}',
    "not a language of this catalogue": "geen taal van deze catalogus",
    "empty": "leeg",
    "a list […] is expected": "hier wordt een lijst […] verwacht",
    "at least %1 example is needed": "er zijn minstens %1 voorbeelden nodig",
    'the id "%1" is used more than once': 'de id "%1" komt meer dan eens voor',
    "the file is missing": "het bestand ontbreekt",
    "the file cannot be read": "het bestand kan niet worden gelezen",
    "the file is larger than 16 MB": "het bestand is groter dan 16 MB",
    "not valid JSON at byte %1: %2": "geen geldige JSON bij byte %1: %2",
    "nested more than %1 levels deep": "meer dan %1 niveaus diep genest",
    'the id "%1" must look like "%2.some-name" (lowercase letters, digits, hyphens)':
        'de id "%1" moet de vorm "%2.een-naam" hebben (kleine letters, cijfers, koppeltekens)',
    "this Akkoord reads catalogue format %1": "deze versie van Akkoord leest catalogusformaat %1",
    'must be "%1", the name of the file': 'moet "%1" zijn, de naam van het bestand',
    'unknown kind "%1"': 'onbekende soort "%1"',
    "a phase works best with 6 to 12 questions; this one has %1":
        "een fase werkt het best met 6 tot 12 vragen; deze heeft er %1",
    'unknown building block "%1"': 'onbekende bouwsteen "%1"',
    "a building block needs covenant-builder questions": "een bouwsteen heeft vragen voor de convenantbouwer nodig",
    "a building block needs self-assessment statements": "een bouwsteen heeft stellingen voor de zelfevaluatie nodig",
    'the building block "%1" is missing': 'de bouwsteen "%1" ontbreekt',
    "error": "fout",
    "warning": "waarschuwing",
    "the catalogue folder does not exist": "de catalogusmap bestaat niet",
    "this Akkoord reads catalogue format %1, not %2": "deze versie van Akkoord leest catalogusformaat %1, niet %2",
    'a language code such as "nl" is expected': 'hier wordt een taalcode zoals "nl" verwacht',
    'the language "%1" is required': 'de taal "%1" is verplicht',
    "a phase id is expected": "hier wordt een fase-id verwacht",
    "the phases must be, in this order: %1": "de fasen moeten zijn, in deze volgorde: %1",
    "Catalogue %1 (version %2): %3 phases with %4 questions and %5 examples; %6 building blocks with %7 covenant questions and %8 statements; %9 reference topics, %10 dilemmas.":
        "Catalogus %1 (versie %2): %3 fasen met %4 vragen en %5 voorbeelden; %6 bouwstenen met %7 convenantvragen "
        "en %8 stellingen; %9 naslagonderwerpen, %10 dilemma's.",
    "built in": "ingebouwd",
    "Errors: %1, warnings: %2.": "Fouten: %1, waarschuwingen: %2.",

    # akkoord::Import
    "This is not a valid Akkoord export: at %1, %2.": "Dit is geen geldige Akkoord-export: bij %1, %2.",
    "an object {…} was expected": "hier werd een object {…} verwacht",
    "this field is unknown": "dit veld is onbekend",
    "this required field is missing": "dit verplichte veld ontbreekt",
    "text was expected": "hier werd tekst verwacht",
    "a whole number was expected": "hier werd een geheel getal verwacht",
    "true or false was expected": "hier werd true of false verwacht",
    "a date like 2027-01-31 was expected": "hier werd een datum zoals 2027-01-31 verwacht",
    "a time like 2027-01-31T09:30:00.000Z was expected": "hier werd een tijdstip zoals 2027-01-31T09:30:00.000Z verwacht",
    "a list […] was expected": "hier werd een lijst […] verwacht",
    'the value "%1" is not one Akkoord knows': 'de waarde "%1" kent Akkoord niet',
    "a question id is needed": "er is een vraag-id nodig",
    "an id must be a positive whole number": "een id moet een positief geheel getal zijn",
    "the id %1 is used twice": "de id %1 komt twee keer voor",
    "it refers to %1 %2, which is not in the file": "dit verwijst naar %1 %2, die niet in het bestand staat",
    "This file is too large to be an Akkoord export (more than 64 MB).":
        "Dit bestand is te groot voor een Akkoord-export (meer dan 64 MB).",
    "This file is nested too deeply to be an Akkoord export.":
        "Dit bestand is te diep genest voor een Akkoord-export.",
    "This file is not valid JSON (at byte %1): it may be damaged or not an Akkoord export.":
        "Dit bestand is geen geldige JSON (bij byte %1): het is mogelijk beschadigd of geen Akkoord-export.",
    "this is not an Akkoord trajectory export": "dit is geen export van een Akkoord-traject",
    "This export was made by a newer version of Akkoord (format %1); please update Akkoord to import it.":
        "Deze export is gemaakt met een nieuwere versie van Akkoord (formaat %1); werk Akkoord bij om hem te importeren.",
    "the format version must be 1 or higher": "de formaatversie moet 1 of hoger zijn",
    "the duration must be between 0 and 100 years": "de looptijd moet tussen 0 en 100 jaar liggen",
    'the question "%1" is answered twice': 'de vraag "%1" is twee keer beantwoord',
    "partner": "partner",
    'this partner has two entries for the question "%1"': 'deze partner heeft twee bijdragen bij de vraag "%1"',
    "a rating must be between 1 and 5": "een score moet tussen 1 en 5 liggen",
    "ambition": "ambitie",
    "a partner is listed twice": "een partner staat er twee keer in",
    "an ambition is listed twice": "een ambitie staat er twee keer in",
    "a rating must be 0 (don't know) or between 1 and 5": "een score moet 0 (weet niet) zijn of tussen 1 en 5 liggen",
    "a rating must be 0 (not given) or between 1 and 5": "een score moet 0 (niet gegeven) zijn of tussen 1 en 5 liggen",
    'this partner has two entries for the building block "%1"': 'deze partner heeft twee bijdragen bij de bouwsteen "%1"',
    "agreement": "afspraak",
    "an agreement is listed twice": "een afspraak staat er twee keer in",
    "a question id was expected": "hier werd een vraag-id verwacht",

    # akkoord::TrajectoryFile
    "%1 is a database, but not an Akkoord file.": "%1 is een database, maar geen Akkoord-bestand.",
    "%1 was made by a newer version of Akkoord; please update Akkoord to open it.":
        "%1 is gemaakt met een nieuwere versie van Akkoord; werk Akkoord bij om het te openen.",
    "%1 is damaged and cannot be opened safely. Open one of its backups instead.":
        "%1 is beschadigd en kan niet veilig worden geopend. Open in plaats daarvan een van de reservekopieën.",
    "%1 is damaged or not an Akkoord file.": "%1 is beschadigd of geen Akkoord-bestand.",
    "%1 was made by an older version of Akkoord and must be upgraded, but it is read-only. Copy it to a folder you can write and open the copy.":
        "%1 is gemaakt met een oudere versie van Akkoord en moet worden bijgewerkt, maar het is alleen-lezen. "
        "Kopieer het naar een map waarin u mag schrijven en open de kopie.",
    "%1 must be upgraded, but a copy of the old file could not be made first. Check the free space and try again.":
        "%1 moet worden bijgewerkt, maar er kon eerst geen kopie van het oude bestand worden gemaakt. "
        "Controleer de vrije schijfruimte en probeer het opnieuw.",
    "The file is read-only, so changes cannot be saved.":
        "Het bestand is alleen-lezen, dus wijzigingen kunnen niet worden opgeslagen.",
    "The folder of this file is read-only, so changes cannot be saved.":
        "De map van dit bestand is alleen-lezen, dus wijzigingen kunnen niet worden opgeslagen.",
    "%1 is already open in another Akkoord window (process %2 on %3). Close it there first, or open it read-only.":
        "%1 is al geopend in een ander Akkoord-venster (proces %2 op %3). Sluit het daar eerst, of open het alleen-lezen.",
    "%1 already exists; choose another name.": "%1 bestaat al; kies een andere naam.",
    "The folder %1 does not exist.": "De map %1 bestaat niet.",
    "Cannot create a file in %1: the folder is not writable or the disk is full.":
        "Er kan geen bestand worden gemaakt in %1: u mag niet schrijven in de map, of de schijf is vol.",
    "%1 could not be created.": "%1 kon niet worden gemaakt.",
    "This file is open read-only; changes cannot be saved.":
        "Dit bestand is alleen-lezen geopend; wijzigingen kunnen niet worden opgeslagen.",
    "This item no longer exists in the file.": "Dit onderdeel bestaat niet meer in het bestand.",
    "A rating must be between 1 and 5.": "Een score moet tussen 1 en 5 liggen.",
    "This agreement no longer exists in the file.": "Deze afspraak bestaat niet meer in het bestand.",
    "The disk is full: the last change to %1 could not be saved. Free some space; your text is kept and saved again when there is room.":
        "De schijf is vol: de laatste wijziging in %1 kon niet worden opgeslagen. Maak wat ruimte vrij; "
        "uw tekst blijft bewaard en wordt opnieuw opgeslagen zodra er ruimte is.",
    "%1 cannot be written (it or its folder is read-only). Your text is kept; save a copy elsewhere.":
        "%1 kan niet worden geschreven (het bestand of de map is alleen-lezen). Uw tekst blijft bewaard; sla een kopie elders op.",
    "%1 was moved or removed while it was open, so the last change could not be saved. Your text is kept and saved as soon as the file is back in its place; or save a copy elsewhere.":
        "%1 is verplaatst of verwijderd terwijl het open was, dus de laatste wijziging kon niet worden opgeslagen. "
        "Uw tekst blijft bewaard en wordt opgeslagen zodra het bestand weer op zijn plaats staat; of sla een kopie elders op.",
    "You have no permission to write %1.": "U hebt geen toestemming om %1 te schrijven.",
    "%1 is in use by another program; try again in a moment.":
        "%1 is in gebruik door een ander programma; probeer het zo meteen opnieuw.",
    "%1 is damaged and cannot be read. Open one of its backups instead.":
        "%1 is beschadigd en kan niet worden gelezen. Open in plaats daarvan een van de reservekopieën.",
    "%1 cannot be opened: it may have been moved, removed, or its folder is not accessible.":
        "%1 kan niet worden geopend: het is mogelijk verplaatst of verwijderd, of de map is niet toegankelijk.",
    "Reading or writing %1 failed (a disk or network error). Your text is kept; check the disk and try again.":
        "Lezen of schrijven van %1 is mislukt (een schijf- of netwerkfout). Uw tekst blijft bewaard; "
        "controleer de schijf en probeer het opnieuw.",
    "This text is too large to be saved in %1.": "Deze tekst is te groot om in %1 op te slaan.",
    "%1 could not be used: %2.": "%1 kon niet worden gebruikt: %2.",
    "The file %1 does not exist.": "Het bestand %1 bestaat niet.",
    "%1 is a folder, not an Akkoord file.": "%1 is een map, geen Akkoord-bestand.",
    "You have no permission to read %1.": "U hebt geen toestemming om %1 te lezen.",
    "%1 is empty: it is not an Akkoord file, or it was cut off while being copied.":
        "%1 is leeg: het is geen Akkoord-bestand, of het is tijdens het kopiëren afgebroken.",
    "%1 is not an Akkoord file.": "%1 is geen Akkoord-bestand.",
    'A rating must be between 1 and 5, or "don\'t know".': 'Een score moet tussen 1 en 5 liggen, of "weet niet" zijn.',

    # akkoord::cli (option names, commands and kinds stay as they are)
    "Say where to write the result with -o FILE.": "Geef met -o FILE aan waar het resultaat moet komen.",
    "Give exactly one %1.": "Geef precies één %1 op.",
    "Cannot write %1: %2.": "Kan %1 niet schrijven: %2.",
    "Writing %1 failed (is the disk full?); nothing was written.":
        "Schrijven van %1 is mislukt (is de schijf vol?); er is niets geschreven.",
    "%1 is a folder, not a file.": "%1 is een map, geen bestand.",
    "%1 is too large to be an Akkoord export (more than 64 MB).":
        "%1 is te groot voor een Akkoord-export (meer dan 64 MB).",
    "Write to FILE.": "Schrijf naar FILE.",
    "The title of the trajectory.": "De titel van het traject.",
    "The municipality or region.": "De gemeente of regio.",
    "Who facilitates the dialogue.": "Wie het gesprek begeleidt.",
    "The joint issue, in a sentence.": "Het gezamenlijke vraagstuk, in één zin.",
    "file to create": "te maken bestand",
    'Give the trajectory a title with --title "…".': 'Geef het traject een titel met --title "…".',
    "Created %1.": "%1 gemaakt.",
    "Akkoord file to export": "te exporteren Akkoord-bestand",
    "JSON file to import": "te importeren JSON-bestand",
    "Created %1 from %2.": "%1 gemaakt uit %2.",
    "demo takes no file name of its own; use -o FILE.": "demo neemt geen eigen bestandsnaam; gebruik -o FILE.",
    "The demo trajectory is missing from this build of Akkoord.": "Het demotraject ontbreekt in deze versie van Akkoord.",
    "Wrote the demo trajectory to %1.": "Demotraject geschreven naar %1.",
    "Print the summary as JSON.": "Toon de samenvatting als JSON.",
    "Use: akkoord catalog check [DIR] [--json]": "Gebruik: akkoord catalog check [DIR] [--json]",
    "Give at most one catalogue folder.": "Geef hoogstens één catalogusmap op.",
    "Language of the document: nl or en.": "Taal van het document: nl of en.",
    "Use the catalogue in DIR.": "Gebruik de catalogus in DIR.",
    "Mark the document as a draft (CONCEPT).": "Markeer het document als concept (CONCEPT).",
    "Do not mark the covenant as a draft, even with gaps.":
        "Markeer het convenant niet als concept, ook niet als er nog iets ontbreekt.",
    "Akkoord file to report on": "Akkoord-bestand voor het document",
    "--lang is nl or en.": "--lang is nl of en.",
    "Give --draft or --final, not both.": "Geef --draft of --final op, niet allebei.",
    "Cannot tell which format to write for %1; use a name ending in .pdf or .odt.":
        "Onduidelijk in welk formaat %1 moet worden geschreven; gebruik een naam die eindigt op .pdf of .odt.",
    "The catalogue in %1 has errors; check it with: akkoord catalog check %1":
        "De catalogus in %1 bevat fouten; controleer hem met: akkoord catalog check %1",
    "Wrote %1 (fingerprint %2).": "%1 geschreven (vingerafdruk %2).",
    'Unknown command "%1".': 'Onbekende opdracht "%1".',
    "convenant (the covenant), sessie (the session report) or vragenlijst (the blank self-assessment questionnaire).":
        "convenant (het convenant), sessie (het sessieverslag) of vragenlijst (de blanco vragenlijst zelfevaluatie).",
    "--kind is convenant, sessie or vragenlijst.": "--kind is convenant, sessie of vragenlijst.",
    CLI_USAGE_EN: CLI_USAGE_NL,

    # akkoord::report
    "The ODT document could not be made; please try again.": "Het ODT-document kon niet worden gemaakt; probeer het opnieuw.",
    "The PDF could not be started; please try again.": "De PDF kon niet worden gestart; probeer het opnieuw.",
    "%1 is a folder; give a file name ending in .pdf or .odt.":
        "%1 is een map; geef een bestandsnaam die eindigt op .pdf of .odt.",
    "The folder %1 does not exist; choose an existing folder.": "De map %1 bestaat niet; kies een bestaande map.",
    "Cannot write %1: %2; choose another folder.": "Kan %1 niet schrijven: %2; kies een andere map.",
}

# Menu titles of the main window's menu bar: each needs its own accelerator.
MENU_BAR = ["&Bestand", "Be&werken", "&Navigeren", "Beel&d", "&Help"]

# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")
SHORTCUT = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)+\w+$")


def accelerator(text: str) -> str | None:
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def check(source: str, forms: list[str]) -> list[str]:
    problems = []
    for t in forms:
        want = set(PLACEHOLDER.findall(source))
        got = set(PLACEHOLDER.findall(t))
        if want != got and not (want - {"%n"} == got - {"%n"} and "%n" in want):
            problems.append(f"placeholders {sorted(want)} became {sorted(got)}")
        if SHORTCUT.match(source) and t != source:
            problems.append("keyboard shortcut changed")
        if (accelerator(source) is None) != (accelerator(t) is None):
            problems.append("accelerator (&) added or lost")
    return problems


# --------------------------------------------------------------------------
# .ts editing: text based, so the file keeps lupdate's exact layout.
# --------------------------------------------------------------------------
CONTEXT_RE = re.compile(r"<context>\n    <name>(.*?)</name>\n(.*?)</context>\n", re.S)
MESSAGE_RE = re.compile(r"    <message( numerus=\"yes\")?>\n(.*?)    </message>\n", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION_RE = re.compile(r"        <translation[^>]*?(?:/>|>.*?</translation>)\n", re.S)


def unescape(text: str) -> str:
    return html.unescape(text)


def escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def translation_xml(value, numerus: bool) -> str:
    if value is None:
        if numerus:
            return ("        <translation type=\"unfinished\">\n"
                    "            <numerusform></numerusform>\n"
                    "            <numerusform></numerusform>\n"
                    "        </translation>\n")
        return "        <translation type=\"unfinished\"></translation>\n"
    if numerus:
        forms = "".join(f"            <numerusform>{escape(f)}</numerusform>\n" for f in value)
        return f"        <translation>\n{forms}        </translation>\n"
    return f"        <translation>{escape(value)}</translation>\n"


def lookup(table: dict, context: str, source: str):
    if (context, source) in table:
        return table[(context, source)]
    return table.get(source)


class Result:
    def __init__(self):
        self.filled = 0
        self.missing: list[tuple[str, str]] = []
        self.problems: list[str] = []


def fill(ts_path: pathlib.Path, language: str, extra_contexts: dict[str, list[str]]) -> Result:
    text = ts_path.read_text(encoding="utf-8")
    result = Result()
    table = EN if language == "en" else NL

    def message_value(context: str, source: str, numerus: bool):
        dutch = is_dutch_source(context)
        needs = dutch if language == "en" else not dutch
        if not needs:
            # Own language: Qt shows the source, except Dutch plural forms.
            if language == "nl" and numerus and source in NL_NUMERUS:
                return NL_NUMERUS[source]
            return None
        value = lookup(table, context, source)
        if value is None:
            result.missing.append((context, source))
            return None
        if numerus != isinstance(value, tuple):
            result.problems.append(f"{context}: {source!r}: numerus form mismatch")
            return None
        return value

    def fill_context(context: str, body: str) -> str:
        def fill_message(m: re.Match) -> str:
            numerus = bool(m.group(1))
            inner = m.group(2)
            source = unescape(SOURCE_RE.search(inner).group(1))
            value = message_value(context, source, numerus)
            if value is not None:
                forms = list(value) if numerus else [value]
                for p in check(source, forms):
                    result.problems.append(f"{ts_path.name}: {context}: {source!r}: {p}")
                result.filled += 1
            inner = TRANSLATION_RE.sub(lambda _: translation_xml(value, numerus), inner, count=1)
            return f"    <message{m.group(1) or ''}>\n{inner}    </message>\n"
        return MESSAGE_RE.sub(fill_message, body)

    # Mirror contexts whose tr() resolves to another class at run time
    # (see mirrored_contexts()); drop an earlier mirror first.
    contexts = {m.group(1): m.group(2) for m in CONTEXT_RE.finditer(text)}
    for target, sources in extra_contexts.items():
        seen = set(SOURCE_RE.findall(contexts.get(target, "")))
        extra = ""
        for src_ctx in sources:
            for m in MESSAGE_RE.finditer(contexts.get(src_ctx, "")):
                s = SOURCE_RE.search(m.group(2)).group(1)
                if s not in seen:
                    seen.add(s)
                    extra += m.group(0)
        if not extra:
            continue
        if target in contexts:
            text = text.replace(f"<context>\n    <name>{target}</name>\n{contexts[target]}",
                                f"<context>\n    <name>{target}</name>\n{contexts[target]}{extra}", 1)
        else:
            block = f"<context>\n    <name>{target}</name>\n{extra}</context>\n"
            names = sorted(list(contexts) + [target])
            after = names[names.index(target) + 1] if names.index(target) + 1 < len(names) else None
            if after:
                text = text.replace(f"<context>\n    <name>{after}</name>\n", block + f"<context>\n    <name>{after}</name>\n", 1)
            else:
                text = text.replace("</TS>", block + "</TS>", 1)
        contexts = {m.group(1): m.group(2) for m in CONTEXT_RE.finditer(text)}

    missing_before = len(result.missing)
    text = CONTEXT_RE.sub(lambda m: f"<context>\n    <name>{m.group(1)}</name>\n{fill_context(m.group(1), m.group(2))}</context>\n", text)
    # Mirrored messages are counted and reported once, under their own class.
    mirrored = set(extra_contexts)
    result.missing = result.missing[:missing_before] + [(c, s) for c, s in result.missing[missing_before:] if c not in mirrored]
    ts_path.write_text(text, encoding="utf-8")
    return result


def mirrored_contexts() -> dict[str, list[str]]:
    """Classes that call tr() without their own Q_OBJECT use the tr() of their
    base class, so at run time their strings are looked up in the base class's
    context, while lupdate files them under the class's own name. Copy them
    into the base class's context too. Once such a class gets Q_OBJECT or
    Q_DECLARE_TR_FUNCTIONS, it drops out of this list by itself."""
    out: dict[str, list[str]] = {}
    class_re = re.compile(r"class\s+(\w+)\s+(?:final\s+)?:\s*public\s+(\w+)\s*\{(.*?)\n\};", re.S)
    for path in sorted((SRC / "gui").glob("*.cpp")):
        for m in class_re.finditer(path.read_text(encoding="utf-8")):
            name, base, body = m.groups()
            if base.startswith("Q") or "Q_OBJECT" in body or "Q_DECLARE_TR_FUNCTIONS" in body or "tr(" not in body:
                continue
            out.setdefault(f"akkoord::gui::{base}", []).append(f"akkoord::gui::{name}")
    return out


def check_menu_bar() -> list[str]:
    keys = [accelerator(EN[t]) for t in MENU_BAR]
    dutch = [accelerator(t) for t in MENU_BAR]
    problems = []
    if len(set(keys)) != len(keys):
        problems.append(f"English menu bar accelerators are not distinct: {keys}")
    if len(set(dutch)) != len(dutch):
        problems.append(f"Dutch menu bar accelerators are not distinct: {dutch}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit with status 1 if anything is missing")
    args = parser.parse_args()
    mirrors = mirrored_contexts()
    problems = check_menu_bar()
    missing = []
    for language in ("en", "nl"):
        path = HERE / f"akkoord_{language}.ts"
        r = fill(path, language, mirrors)
        print(f"{path.name}: {r.filled} translations filled, {len(r.missing)} missing")
        missing += [(path.name, c, s) for c, s in r.missing]
        problems += r.problems
    if mirrors:
        print("note: tr() in these classes resolves to the base class (no Q_OBJECT); mirrored:")
        for target, sources in mirrors.items():
            print(f"  {target} <- {', '.join(s.split('::')[-1] for s in sources)}")
    for name, c, s in missing:
        print(f"missing in {name}: [{c}] {s!r}")
    for p in problems:
        print(f"problem: {p}")
    return 1 if (problems or (args.check and missing)) else 0


if __name__ == "__main__":
    sys.exit(main())
