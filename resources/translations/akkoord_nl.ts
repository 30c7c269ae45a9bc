<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>QObject</name>
    <message>
        <source>Dat lukte niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uiterlijk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middelen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streefwaarde: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord</name>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 16 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; must look like &quot;%2.some-name&quot; (lowercase letters, digits, hyphens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Akkoord reads catalogue format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, the name of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phase works best with 6 to 12 questions; this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown building block &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a building block needs covenant-builder questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a building block needs self-assessment statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the building block &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Akkoord reads catalogue format %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language code such as &quot;nl&quot; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phase id is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phases must be, in this order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue %1 (version %2): %3 phases with %4 questions and %5 examples; %6 building blocks with %7 covenant questions and %8 statements; %9 reference topics, %10 dilemmas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid Akkoord export: at %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {…} was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date like 2027-01-31 was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time like 2027-01-31T09:30:00.000Z was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list […] was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not one Akkoord knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question id is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to %1 %2, which is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to be an Akkoord export (more than 64 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is nested too deeply to be an Akkoord export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not valid JSON (at byte %1): it may be damaged or not an Akkoord export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an Akkoord trajectory export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export was made by a newer version of Akkoord (format %1); please update Akkoord to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version must be 1 or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration must be between 0 and 100 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; is answered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this partner has two entries for the question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating must be between 1 and 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ambition is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the last change to %1 could not be saved. Free some space; your text is kept and saved again when there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (it or its folder is read-only). Your text is kept; save a copy elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no permission to write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Open one of its backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: it may have been moved, removed, or its folder is not accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (a disk or network error). Your text is kept; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too large to be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an Akkoord file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no permission to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Akkoord file, or it was cut off while being copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Akkoord file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::AgreementStatus</name>
    <message>
        <source>Voorstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In uitvoering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gerealiseerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::AnswerStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::CatalogProblem</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::Domain</name>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primair onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgezet onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenwerkingsverband passend onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinderopvang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeugdgezondheidszorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welzijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeugdhulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiligheid en politie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sport en cultuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jongeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::FileReader</name>
    <message>
        <source>an object {…} is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of zero or more is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text in every language is expected, like {&quot;nl&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a language of this catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list […] is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 example is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::Role</name>
    <message>
        <source>Kernpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schilpartner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::TrajectoryFile</name>
    <message>
        <source>%1 is a database, but not an Akkoord file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Akkoord; please update Akkoord to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened safely. Open one of its backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not an Akkoord file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older version of Akkoord and must be upgraded, but it is read-only. Copy it to a folder you can write and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be upgraded, but a copy of the old file could not be made first. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only, so changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of this file is read-only, so changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Akkoord window (process %2 on %3). Close it there first, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a file in %1: the folder is not writable or the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating must be between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement no longer exists in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::cli</name>
    <message>
        <source>Say where to write the result with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no permission to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an Akkoord export (more than 64 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of the trajectory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who facilitates the dialogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joint issue, in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the trajectory a title with --title &quot;…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord file to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no file name of its own; use -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo trajectory is missing from this build of Akkoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo trajectory to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: akkoord catalog check [DIR] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one catalogue folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convenant (the covenant) or sessie (the session report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the document: nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the catalogue in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the document as a draft (CONCEPT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not mark the covenant as a draft, even with gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord file to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is convenant or sessie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --draft or --final, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell which format to write for %1; use a name ending in .pdf or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue in %1 has errors; check it with: akkoord catalog check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (fingerprint %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  akkoord [FILE.akkoord]                       open the program (on FILE)
  akkoord new FILE.akkoord --title &quot;…&quot;          create an empty trajectory
        [--municipality &quot;…&quot;] [--facilitator &quot;…&quot;] [--issue &quot;…&quot;]
  akkoord export FILE.akkoord -o OUT.json      write everything in FILE as JSON (-o - for stdout)
  akkoord import IN.json -o FILE.akkoord       make a new file from an export
  akkoord demo -o FILE.akkoord                 write the demo trajectory
  akkoord catalog check [DIR] [--json]         validate a question catalogue
  akkoord report FILE.akkoord --kind convenant|sessie -o OUT.pdf|OUT.odt
        [--lang nl|en] [--draft|--final]       write the covenant or the session report

Options:
  --catalog DIR      use the catalogue in DIR instead of the built-in one
  --lang nl|en       language of the interface and the catalogue
  -h, --help         show this help
  -v, --version      show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AccountabilityEditor</name>
    <message>
        <source>Verantwoording toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatiemomenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatiemoment toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe vaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In welke vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. voortgang van de afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. gemeenteraad, besturen, ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. jaarlijks in oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. gezamenlijke rapportage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat evalueren we, met wie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatiemoment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AgreementsEditor</name>
    <message>
        <source>&amp;Bouwsteen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschiedenis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog niet beschreven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat spreken we af?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uiterlijk op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uren, geld, huisvesting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe weten we dat het werkt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijdragende partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Middelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streef&amp;waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dient ambitie(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragen die een afspraak in deze bouwsteen beantwoordt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog geen eigenaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ambitie zonder titel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AmbitionsEditor</name>
    <message>
        <source>Ambitie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat hebben kinderen en ouders eraan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld: elk kind start taalvaardig in groep 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beoogd resultaat voor kinderen en ouders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ChecklistEditor</name>
    <message>
        <source>Toelichting, bijvoorbeeld welke gemeentelijke afdelingen nodig zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voeg eerst partners toe op de pagina Partners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::HistoryDialog</name>
    <message>
        <source>Geschiedenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke opgeslagen versie blijft bewaard. Kies een versie om haar te bekijken en zo nodig terug te zetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze versie terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen eerdere versies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten mislukt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::MainWindow</name>
    <message>
        <source>Naslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilemma&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw traject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopie opslaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporteren als JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;luiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opn&amp;ieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voorkeuren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volgende vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;orige vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende &amp;fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige f&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over Akkoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opn&amp;ieuw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen om %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1 Akkoord probeert het steeds opnieuw; uw tekst blijft staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen lezen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen worden direct opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet alles is opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De laatste wijzigingen konden niet worden opgeslagen. Toch sluiten? Kies Annuleren en bewaar eerst een kopie elders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openen mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traject openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord-trajecten (*.akkoord);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traject bewaren als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord-trajecten (*.akkoord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De demo ontbreekt in deze versie van Akkoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie opslaan als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een andere naam dan het geopende bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie opgeslagen als %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren als JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kon niet worden geschreven: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal van Akkoord en de vragen: nu %1. Overschakelen naar %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorkeuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over Akkoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord %1

Begeleidt de partners rond kinderen en jongeren in zes fasen van verkenning naar convenant. Werkt zonder internet; alles staat in één bestand op uw eigen computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::NewTrajectoryWizard</name>
    <message>
        <source>Nieuw traject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het traject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar gaat de samenwerking over? Alles is later nog aan te passen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Kansrijk opgroeien in Lindeveen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gezamenlijke vraagstuk, zo concreet mogelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezamenlijk &amp;vraagstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gemeente of regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke organisaties doen mee? Ouders en jongeren horen er vanaf het begin bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De organisaties die samenwerken, met hun rol en wie namens hen tekent. Kernpartners dragen het traject; schilpartners sluiten aan waar het hen raakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens van de partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekent onder voorbehoud van mandaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;foon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekenaar: &amp;naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekenaar: f&amp;unctie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verwijderen?

Dit heeft gevolgen:
• %2

U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PerspectivesEditor</name>
    <message>
        <source>Alle partners hebben hun inbreng gegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen inbreng van: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbreng van %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PhasePage</name>
    <message>
        <source>Toelichting voor de begeleider (ongeveer %1 minuten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschiedenis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeelden uit de praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet dit voorbeeld in het antwoord, om het daarna aan te passen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbreng per partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::RatingEditor</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgentie (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – nauwelijks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – beperkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – redelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – groot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – zeer groot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::TextAnswerEditor</name>
    <message>
        <source>Gezamenlijk antwoord — één punt per regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezamenlijk antwoord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::TrajectorySession</name>
    <message>
        <source>Antwoord bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keuze wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerdere versie herstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbreng bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n eigen inbreng(en) bij vragen worden verwijderd</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) worden verwijderd</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n afspraak/afspraken verliezen hun eigenaar</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n afspraak/afspraken verliezen deze partner als bijdrager</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Partner verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgorde wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambitie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambitie bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambitie verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoording toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoording bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verantwoording verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatiemoment toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatiemoment bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatiemoment verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::WelcomePage</name>
    <message>
        <source>Akkoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samen van verkenning naar convenant: een gesprek in zes fasen voor de partners rond kinderen en jongeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw traject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen recente bestanden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::report</name>
    <message>
        <source>The ODT document could not be made; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name ending in .pdf or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell which format to write for %1; use a name ending in .pdf or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>De vragencatalogus bevat fouten, dus Akkoord kan niet starten.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openen mislukt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>a whole number was expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
